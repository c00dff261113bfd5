//! The booklet: a title block, then day → time → session as a three-column table (time, programme,
//! hall) with every detail — kind and track, title, subtitle, moderators, hosts and speakers with
//! function and organisation, contributions with their times, descriptions on request. Plenary
//! sessions and all-halls breaks stand out on a tinted band. Body text is 9 pt or larger.
//!
//! Pagination: a session is kept on one page when it fits on a page at all (else it breaks between its
//! lines); a day heading always has its first session below it; after a page break inside a day the
//! heading ("… (Fortsetzung)") and the column heads are repeated.

use super::page::{ACCENT, Frame, INK, Line, MUTED, RULE, Sheet, WARN};
use super::text::{Align, Face, Para, Rgb, Rich, Style, Typesetter};
use crate::export::ExportOptions;
use crate::export::agenda::{self as shared, AgendaOptions};
use crate::i18n::{self, AgendaWord, Lang, agenda_word};
use crate::model::Programme;
use crate::model::agenda::{Agenda, AgendaSession, Place};

const LH: f32 = 1.3;
const BODY: f32 = 9.0;
const ROW_GAP: f32 = 7.0;
const SOFT: Rgb = Rgb(0x3a, 0x40, 0x48);
const BAND: Rgb = Rgb(0xee, 0xf0, 0xf3);

/// The x positions of the table's columns.
#[derive(Clone, Copy)]
struct Cols {
    time_x: f32,
    time_w: f32,
    mid_x: f32,
    mid_w: f32,
    hall_x: f32,
    hall_w: f32,
    label_w: f32,
}

impl Cols {
    fn new(frame: &Frame) -> Self {
        let time_w = 58.0;
        let gap = if frame.width < 400.0 { 8.0 } else { 12.0 };
        let hall_w = (frame.width * 0.17).clamp(64.0, 120.0);
        let mid_x = frame.left + time_w + gap;
        let hall_x = frame.right() - hall_w;
        let label_w = if frame.width < 400.0 { 58.0 } else { 64.0 };
        Self { time_x: frame.left, time_w, mid_x, mid_w: hall_x - gap - mid_x, hall_x, hall_w, label_w }
    }
}

/// A horizontal slice of a session row: paragraphs at (x, dy).
#[derive(Default)]
struct Strip {
    h: f32,
    items: Vec<(f32, f32, Para)>,
}

impl Strip {
    fn put(&mut self, x: f32, dy: f32, para: Para) {
        self.h = self.h.max(dy + para.height());
        self.items.push((x, dy, para));
    }
}

/// A session row: strips, and the band colour when it stands out.
struct Row {
    strips: Vec<Strip>,
    band: Option<(Rgb, Rgb)>,
}

impl Row {
    fn height(&self) -> f32 {
        self.strips.iter().map(|s| s.h).sum()
    }
}

/// The page flow: the current sheet, the y position, and what to repeat after a page break.
struct Flow<'f> {
    frame: &'f Frame,
    cols: Cols,
    lang: Lang,
    /// Finished pages.
    done: Vec<Sheet>,
    /// The page being filled.
    cur: Sheet,
    y: f32,
    /// The heading of the day in progress, repeated after a page break.
    heading: Option<String>,
}

impl Flow<'_> {
    fn sheet(&mut self) -> &mut Sheet {
        &mut self.cur
    }

    /// All pages, the last one included.
    fn finish(mut self) -> Vec<Sheet> {
        self.done.push(self.cur);
        self.done
    }

    fn room(&self) -> f32 {
        self.frame.bottom - self.y
    }

    fn new_page(&mut self, ts: &mut Typesetter) {
        self.done.push(std::mem::take(&mut self.cur));
        self.y = self.frame.top;
        if let Some(heading) = self.heading.clone() {
            let continued = format!("{heading} ({})", agenda_word(self.lang, AgendaWord::Continued));
            let para = ts.para(
                &Rich::one(&continued, Style::new(10.5, Face::SemiBold, ACCENT)),
                self.frame.width,
                Align::Left,
                LH,
            );
            let h = para.height();
            let (x, y) = (self.frame.left, self.y);
            self.sheet().text(x, y, para);
            self.y += h + 4.0;
            self.table_head(ts);
        }
    }

    fn table_head(&mut self, ts: &mut Typesetter) {
        let style = Style::new(7.5, Face::SemiBold, MUTED);
        let c = self.cols;
        let y = self.y;
        let lang = self.lang;
        let mut h: f32 = 0.0;
        for (x, w, word, align) in [
            (c.time_x, c.time_w, AgendaWord::Time, Align::Left),
            (c.mid_x, c.mid_w, AgendaWord::Programme, Align::Left),
            (c.hall_x, c.hall_w, AgendaWord::Hall, Align::Left),
        ] {
            let para = ts.para(&Rich::one(&agenda_word(lang, word).to_uppercase(), style), w, align, LH);
            h = h.max(para.height());
            self.sheet().text(x, y, para);
        }
        let (l, r) = (self.frame.left, self.frame.right());
        self.sheet().hrule(l, r, y + h + 2.5, Line::solid(RULE, 0.6));
        self.y += h + 8.0;
    }

    /// Places a row, breaking the page before it when it does not fit (or between its strips when it
    /// does not fit on any page).
    fn place_row(&mut self, ts: &mut Typesetter, row: Row) {
        let whole = row.height();
        let page_h = self.frame.bottom - self.frame.top - 60.0;
        if whole > self.room() && (whole <= page_h || self.room() < 60.0) {
            self.new_page(ts);
        }
        let band = row.band;
        let mut start_y = self.y;
        let mut band_marks: Vec<(f32, f32)> = Vec::new();
        for strip in row.strips {
            if strip.h > self.room() {
                band_marks.push((start_y, self.y));
                self.new_page(ts);
                start_y = self.y;
            }
            let y = self.y;
            for (x, dy, para) in strip.items {
                self.sheet().text(x, y + dy, para);
            }
            self.y += strip.h;
        }
        band_marks.push((start_y, self.y));
        if let Some((fill, bar)) = band {
            // Bands go under the text: insert them first on the pages they belong to (the last is the
            // current page, the others the pages finished last).
            let earlier = band_marks.len().saturating_sub(1);
            let first_done = self.done.len().saturating_sub(earlier);
            let (l, w) = (self.frame.left - 6.0, self.frame.width + 12.0);
            for (i, (top, bottom)) in band_marks.into_iter().enumerate() {
                let sheet = if i < earlier { self.done.get_mut(first_done + i) } else { Some(&mut self.cur) };
                if let Some(sheet) = sheet {
                    let (y, h) = (top - 3.5, bottom - top + 7.0);
                    sheet.marks.insert(0, super::page::Mark::Rect { x: l, y, w, h, fill: Some(fill), stroke: None });
                    sheet
                        .marks
                        .insert(1, super::page::Mark::Rect { x: l, y, w: 2.5, h, fill: Some(bar), stroke: None });
                }
            }
        } else {
            let (l, r, y) = (self.frame.left, self.frame.right(), self.y + ROW_GAP / 2.0);
            self.sheet().hrule(l, r, y, Line::solid(RULE.tint(0.6), 0.4));
        }
        self.y += ROW_GAP;
    }
}

/// The booklet's pages.
pub fn sheets(
    ts: &mut Typesetter,
    frame: &Frame,
    p: &Programme,
    agenda: &Agenda<'_>,
    opts: &ExportOptions,
    aopts: &AgendaOptions,
) -> Vec<Sheet> {
    let lang = opts.lang;
    let cols = Cols::new(frame);
    let mut flow =
        Flow { frame, cols, lang, done: Vec::new(), cur: Sheet::default(), y: frame.top_bare, heading: None };
    title_block(ts, &mut flow, p, opts);
    // The colour legend of the tracks the booklet shows, under the title.
    let tracks = super::legend::tracks_of(p, agenda.days.iter().flat_map(|d| &d.sessions).chain(&agenda.unscheduled));
    let y = flow.y;
    let h = super::legend::draw(ts, flow.sheet(), lang, frame.left, y, frame.width, &tracks);
    if h > 0.0 {
        flow.y += h + 8.0;
    }
    if agenda.is_empty() {
        let para =
            ts.para(&Rich::one(agenda_word(lang, AgendaWord::NothingSelected), body()), frame.width, Align::Left, LH);
        let y = flow.y;
        flow.sheet().text(frame.left, y, para);
    }
    for day in &agenda.days {
        let mut heading = i18n::date_long(lang, day.date);
        if !day.label.trim().is_empty() {
            heading = format!("{heading} · {}", day.label.trim());
        }
        let rows: Vec<Row> = day.sessions.iter().map(|s| session_row(ts, &flow.cols, s, lang, aopts)).collect();
        day_heading(ts, &mut flow, &heading, rows.first().map_or(0.0, Row::height));
        for row in rows {
            flow.place_row(ts, row);
        }
        flow.heading = None;
    }
    if !agenda.unscheduled.is_empty() {
        let heading = agenda_word(lang, AgendaWord::TimeTba).to_owned();
        let rows: Vec<Row> = agenda.unscheduled.iter().map(|s| session_row(ts, &flow.cols, s, lang, aopts)).collect();
        day_heading(ts, &mut flow, &heading, rows.first().map_or(0.0, Row::height));
        for row in rows {
            flow.place_row(ts, row);
        }
    }
    flow.finish()
}

fn body() -> Style {
    Style::new(BODY, Face::Regular, INK)
}

/// Event title, motto, dates and venue, the selection's caption and the public notice.
fn title_block(ts: &mut Typesetter, flow: &mut Flow<'_>, p: &Programme, opts: &ExportOptions) {
    let lang = opts.lang;
    let (w, x) = (flow.frame.width, flow.frame.left);
    let big = if w < 400.0 { 16.0 } else { 20.0 };
    let mut parts: Vec<(Para, f32)> = Vec::new();
    parts.push((ts.para(&Rich::one(&p.event.title, Style::new(big, Face::SemiBold, INK)), w, Align::Left, 1.2), 3.0));
    if !p.event.motto.trim().is_empty() {
        let motto = Rich::one(p.event.motto.trim(), Style::new(big * 0.58, Face::Italic, MUTED));
        parts.push((ts.para(&motto, w, Align::Left, LH), 6.0));
    }
    let mut line = Rich::new();
    if let Some(dates) = shared::event_dates(p, lang) {
        line.push(&dates, Style::new(BODY + 0.5, Face::SemiBold, INK));
    }
    let venue = shared::venue_line(p);
    if !venue.is_empty() {
        if !line.is_empty() {
            line.push(" · ", Style::new(BODY + 0.5, Face::Regular, MUTED));
        }
        line.push(&venue, Style::new(BODY + 0.5, Face::Regular, INK));
    }
    if !line.is_empty() {
        parts.push((ts.para(&line, w, Align::Left, LH), 8.0));
    }
    if let Some(caption) = shared::caption(p, opts) {
        parts.push((ts.para(&Rich::one(&caption, Style::new(12.0, Face::SemiBold, ACCENT)), w, Align::Left, LH), 8.0));
    }
    for (para, gap) in parts {
        let h = para.height();
        let y = flow.y;
        flow.sheet().text(x, y, para);
        flow.y += h + gap;
    }
    let notice = p.event.notice.trim();
    if !notice.is_empty() {
        let para = ts.para(&Rich::one(notice, Style::new(BODY, Face::SemiBold, WARN)), w - 16.0, Align::Left, LH);
        let h = para.height() + 10.0;
        let y = flow.y;
        flow.sheet().marks.push(super::page::Mark::Rect {
            x,
            y,
            w,
            h,
            fill: Some(WARN.tint(0.07)),
            stroke: Some(Line::solid(WARN.tint(0.35), 0.6)),
        });
        flow.sheet().text(x + 8.0, y + 5.0, para);
        flow.y += h + 8.0;
    }
    flow.y += 10.0;
}

/// A day heading with its column heads, on a new page unless the first session fits below it.
fn day_heading(ts: &mut Typesetter, flow: &mut Flow<'_>, heading: &str, first_row: f32) {
    let para =
        ts.para(&Rich::one(heading, Style::new(14.0, Face::SemiBold, ACCENT)), flow.frame.width, Align::Left, 1.2);
    let head_h = para.height() + 6.0 + 20.0;
    let page_h = flow.frame.bottom - flow.frame.top;
    let needed = head_h + first_row.min(page_h * 0.5);
    if needed > flow.room() && flow.y > flow.frame.top + 1.0 {
        flow.heading = None;
        flow.new_page(ts);
    } else if flow.y > flow.frame.top + 1.0 {
        flow.y += 8.0;
    }
    let (x, y) = (flow.frame.left, flow.y);
    let h = para.height();
    flow.sheet().text(x, y, para);
    let r = flow.frame.right();
    flow.sheet().hrule(x, r, y + h + 2.5, Line::solid(ACCENT, 1.0));
    flow.y += h + 9.0;
    flow.table_head(ts);
    flow.heading = Some(heading.to_owned());
}

/// The row of one session.
fn session_row(ts: &mut Typesetter, c: &Cols, s: &AgendaSession<'_>, lang: Lang, aopts: &AgendaOptions) -> Row {
    let cancelled = s.status() == crate::model::Status::Cancelled;
    let title_color = if cancelled { MUTED } else { INK };
    let track_color = s.track.and_then(|t| Rgb::from_hex(&t.colour)).unwrap_or(MUTED);
    let mut first = Strip::default();
    // Time and hall columns.
    first.put(
        c.time_x,
        0.0,
        ts.para(&Rich::one(&shared::session_time(s), Style::new(BODY, Face::SemiBold, INK)), c.time_w, Align::Left, LH),
    );
    let mut hall = Rich::one(shared::hall_text(lang, s), Style::new(BODY, Face::SemiBold, INK));
    if let Some(venue) = s.venue {
        hall.newline().push(venue, Style::new(8.5, Face::Regular, MUTED));
    }
    first.put(c.hall_x, 0.0, ts.para(&hall, c.hall_w, Align::Left, LH));
    // Kind, track and status; then the title.
    let mut kind = Rich::one(&shared::kind_and_track(lang, s), Style::new(8.0, Face::SemiBold, darken(track_color)));
    if let Some(mark) = shared::status_mark(lang, s) {
        kind.push("   ", Style::new(8.0, Face::Regular, WARN)).push(mark, Style::new(8.0, Face::SemiBold, WARN));
    }
    let kind = ts.para(&kind, c.mid_w, Align::Left, LH);
    let kind_h = kind.height();
    first.put(c.mid_x, 0.0, kind);
    let title_size = if s.stands_out() { 11.0 } else { 10.5 };
    let title =
        ts.para(&Rich::one(s.title(), Style::new(title_size, Face::SemiBold, title_color)), c.mid_w, Align::Left, 1.22);
    first.put(c.mid_x, kind_h + 1.0, title);
    let mut strips = vec![first];
    let subtitle = s.session.subtitle.trim();
    if !subtitle.is_empty() {
        strips.push(single(ts, c.mid_x, c.mid_w, &Rich::one(subtitle, Style::new(9.5, Face::Italic, SOFT)), 1.0));
    }
    for (label, people) in shared::people_groups(lang, s) {
        for (i, person) in people.iter().enumerate() {
            let mut strip = Strip::default();
            if i == 0 {
                let label =
                    ts.para(&Rich::one(label, Style::new(BODY, Face::SemiBold, MUTED)), c.label_w, Align::Left, LH);
                strip.put(c.mid_x, 2.0, label);
            }
            let mut text = Rich::one(&person.name, body());
            let details = shared::person_details(person);
            if !details.is_empty() {
                text.push(", ", body()).push(&details, Style::new(BODY, Face::Regular, MUTED));
            }
            strip.put(c.mid_x + c.label_w, 2.0, ts.para(&text, c.mid_w - c.label_w, Align::Left, LH));
            strips.push(strip);
        }
    }
    for contribution in &s.contributions {
        let mut strip = Strip::default();
        let time = ts.para(
            &Rich::one(
                &crate::model::agenda::clock_label(contribution.start_mins),
                Style::new(BODY, Face::Regular, MUTED),
            ),
            c.label_w,
            Align::Left,
            LH,
        );
        strip.put(c.mid_x, 2.0, time);
        let mut text = Rich::one(contribution.title, body());
        for (i, person) in contribution.people.iter().enumerate() {
            text.push(if i == 0 { " — " } else { "; " }, Style::new(BODY, Face::Regular, MUTED));
            text.push(&person.name, Style::new(BODY, Face::Regular, SOFT));
            let details = shared::person_details(person);
            if !details.is_empty() {
                text.push(", ", Style::new(BODY, Face::Regular, MUTED))
                    .push(&details, Style::new(BODY, Face::Regular, MUTED));
            }
        }
        strip.put(c.mid_x + c.label_w, 2.0, ts.para(&text, c.mid_w - c.label_w, Align::Left, LH));
        strips.push(strip);
    }
    let description = s.session.description.trim();
    if aopts.descriptions && !description.is_empty() {
        strips.push(single(ts, c.mid_x, c.mid_w, &Rich::one(description, Style::new(BODY, Face::Regular, SOFT)), 4.0));
    }
    let band = match s.place {
        Place::AllHalls => Some((BAND, MUTED.tint(0.5))),
        _ if s.stands_out() => Some((ACCENT.tint(0.09), ACCENT)),
        _ => None,
    };
    Row { strips, band }
}

fn single(ts: &mut Typesetter, x: f32, w: f32, rich: &Rich, gap: f32) -> Strip {
    let mut strip = Strip::default();
    strip.put(x, gap, ts.para(rich, w, Align::Left, LH));
    strip
}

/// A track colour dark enough for small text.
fn darken(c: Rgb) -> Rgb {
    let d = |v: u8| (f32::from(v) * 0.8) as u8;
    Rgb(d(c.0), d(c.1), d(c.2))
}
