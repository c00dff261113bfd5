//! The grid: one page group per day, halls as columns in hall order, times as rows, each session a
//! block as tall as it lasts. More halls than fit on a page (`halls_per_page`) continue on further
//! pages that cover the same times; a day too long for one page at a readable scale continues on
//! further pages by whole hours, with the day heading and the hall heads repeated.
//!
//! Text in a block is 7 pt or larger: a block too small for its text first shrinks it down to 7 pt,
//! then cuts it with "…" (the booklet always has the full text). All-halls sessions are drawn as one
//! band across the halls that are free at that time. Sessions that overlap in one hall (a foyer used
//! in parallel) share the column side by side.

use super::page::{ACCENT, Frame, INK, Line, MUTED, Mark, RULE, Sheet, WARN};
use super::text::{Align, Face, Rgb, Rich, Style, Typesetter};
use crate::export::ExportOptions;
use crate::export::agenda::{self as shared, AgendaOptions};
use crate::i18n::{self, AgendaWord, Lang, agenda_word};
use crate::model::agenda::{Agenda, AgendaDay, AgendaSession, Place, clock_label};
use crate::model::{SessionKind, Status};

/// Width of the time axis.
const AXIS_W: f32 = 32.0;
/// Padding inside a block.
const PAD: f32 = 2.0;
/// Width of a block's colour bar.
const BAR: f32 = 2.5;
/// The smallest text in the grid.
const MIN_SIZE: f32 = 7.0;
/// Line height factor in blocks.
const LH: f32 = 1.18;
/// A block of this height holds one line of 7 pt text.
const ONE_LINE: f32 = MIN_SIZE * LH + 2.0 * PAD + 0.6;
/// Sessions shorter than this do not set the scale (they get less than a line).
const SHORTEST_READABLE_MINS: u32 = 15;
/// The largest scale in points per minute (short days do not get giant blocks).
const MAX_PT_PER_MIN: f32 = 2.4;
const GREY: Rgb = Rgb(0x8a, 0x90, 0x99);
const BAND: Rgb = Rgb(0xe9, 0xec, 0xf0);
const HEAD_FILL: Rgb = Rgb(0xf3, 0xf5, 0xf8);

/// The grid's pages.
pub fn sheets(
    ts: &mut Typesetter,
    frame: &Frame,
    p: &crate::model::Programme,
    agenda: &Agenda<'_>,
    opts: &ExportOptions,
    aopts: &AgendaOptions,
) -> Vec<Sheet> {
    let mut sheets = Vec::new();
    for day in &agenda.days {
        let tracks = super::legend::tracks_of(p, day.sessions.iter());
        day_pages(ts, frame, day, &tracks, opts.lang, aopts.halls_per_page.max(1), &mut sheets);
    }
    if !agenda.unscheduled.is_empty() {
        unscheduled_pages(ts, frame, &agenda.unscheduled, opts.lang, &mut sheets);
    }
    if sheets.is_empty() {
        let mut sheet = Sheet::default();
        let style = Style::new(10.0, Face::Regular, INK);
        let para = ts.para(
            &Rich::one(agenda_word(opts.lang, AgendaWord::NothingSelected), style),
            frame.width,
            Align::Left,
            1.3,
        );
        sheet.text(frame.left, frame.top, para);
        sheets.push(sheet);
    }
    sheets
}

/// The most hall columns (halls plus "Saal folgt") any day of the agenda needs.
pub fn max_columns(agenda: &Agenda<'_>) -> usize {
    agenda.days.iter().map(|d| d.halls.len() + usize::from(d.has_unplaced())).max().unwrap_or(0)
}

/// A column: a hall's name and off-site venue.
struct Column<'a> {
    name: &'a str,
    venue: Option<&'a str>,
}

/// One session's lane in its column: (lane, lanes side by side).
type Lane = (usize, usize);

/// Lanes by (session index in the day, column).
type Lanes = std::collections::BTreeMap<(usize, usize), Lane>;

fn day_pages(
    ts: &mut Typesetter,
    frame: &Frame,
    day: &AgendaDay<'_>,
    tracks: &[&crate::model::Track],
    lang: Lang,
    per_page: usize,
    out: &mut Vec<Sheet>,
) {
    let mut columns: Vec<Column<'_>> = day.halls.iter().map(|h| Column { name: h.name, venue: h.venue }).collect();
    if day.has_unplaced() {
        columns.push(Column { name: agenda_word(lang, AgendaWord::HallTba), venue: None });
    }
    let column_of = |s: &AgendaSession<'_>| match s.place {
        Place::Hall(i) => Some(i),
        Place::Unplaced => Some(day.halls.len()),
        Place::AllHalls => None,
    };
    let lanes = lanes(day, &column_of);
    let per_page = per_page.min(columns.len()).max(1);
    let col_w = (frame.width - AXIS_W) / per_page as f32;
    // Heading and hall heads: the same height on every page of the day.
    let mut heading = i18n::date_long(lang, day.date);
    if !day.label.trim().is_empty() {
        heading = format!("{heading} · {}", day.label.trim());
    }
    let heading_para =
        ts.para(&Rich::one(&heading, Style::new(13.0, Face::SemiBold, ACCENT)), frame.width * 0.7, Align::Left, 1.2);
    let heading_h = heading_para.height() + 8.0;
    let head_h = columns.iter().map(|c| column_head(ts, c, col_w).height()).fold(0.0, f32::max) + 2.0 * 3.0;
    let body_top = frame.top + heading_h + head_h;
    // The colour legend of the day's tracks along the bottom of every page.
    let legend_h = super::legend::height(tracks.len(), frame.width);
    let legend_h = if legend_h > 0.0 { legend_h + 4.0 } else { 0.0 };
    let body_h = frame.bottom - legend_h - body_top;
    // The scale: the whole day on one page when its shortest session still gets a line, else by hours.
    let t0 = day.first_start_mins / 60 * 60;
    // A programme day ends by 48:00: a session said to last longer (an `invalid` problem of the check)
    // is cut there, rather than drawn over millions of pages.
    let t1 = day.last_end_mins.min(48 * 60).div_ceil(60).max(1) * 60;
    let t1 = if t1 <= t0 { t0 + 60 } else { t1 };
    let shortest = day.sessions.iter().map(AgendaSession::duration_mins).filter(|d| *d > 0).min().unwrap_or(60);
    let min_ppm = ONE_LINE / shortest.max(SHORTEST_READABLE_MINS) as f32;
    let fit_ppm = body_h / (t1 - t0) as f32;
    let (ppm, hours_per_page) = if fit_ppm >= min_ppm {
        (fit_ppm.min(MAX_PT_PER_MIN), (t1 - t0).div_ceil(60))
    } else {
        (min_ppm, ((body_h / (60.0 * min_ppm)).floor() as u32).max(1))
    };
    let time_chunks: Vec<(u32, u32)> =
        (t0..t1).step_by((hours_per_page * 60) as usize).map(|a| (a, (a + hours_per_page * 60).min(t1))).collect();
    let col_chunks: Vec<(usize, usize)> =
        (0..columns.len()).step_by(per_page).map(|a| (a, (a + per_page).min(columns.len()))).collect();
    for &(ct0, ct1) in &time_chunks {
        for &(c0, c1) in &col_chunks {
            let mut sheet = Sheet::default();
            let geo = Geo { frame, body_top, ppm, ct0, ct1, c0, col_w };
            // Heading, and on the right which halls and times this page shows.
            let mut part = Vec::new();
            if col_chunks.len() > 1 {
                part.push(i18n::hall_part(lang, c0 + 1, c1, columns.len()));
            }
            if time_chunks.len() > 1 {
                part.push(shared::time_span(ct0, ct1));
            }
            sheet.text(
                frame.left,
                frame.top,
                ts.para(
                    &Rich::one(&heading, Style::new(13.0, Face::SemiBold, ACCENT)),
                    frame.width * 0.7,
                    Align::Left,
                    1.2,
                ),
            );
            if !part.is_empty() {
                let style = Style::new(8.5, Face::Regular, MUTED);
                let para = ts.para(&Rich::one(&part.join(" · "), style), frame.width * 0.3, Align::Right, 1.2);
                sheet.text(frame.right() - frame.width * 0.3, frame.top + 3.5, para);
            }
            heads(ts, &mut sheet, &geo, columns.get(c0..c1).unwrap_or(&[]), frame.top + heading_h, head_h);
            super::legend::draw(ts, &mut sheet, lang, frame.left, frame.bottom - legend_h + 4.0, frame.width, tracks);
            axis(ts, &mut sheet, &geo, c1 - c0);
            for (i, s) in day.sessions.iter().enumerate() {
                match column_of(s) {
                    Some(col) if (c0..c1).contains(&col) => {
                        let (lane, of) = lanes.get(&(i, col)).copied().unwrap_or((0, 1));
                        let lane_w = col_w / of as f32;
                        let x = geo.col_x(col) + lane as f32 * lane_w;
                        block(ts, &mut sheet, &geo, s, x, lane_w, lang);
                    }
                    Some(_) => {}
                    None => band(ts, &mut sheet, &geo, (i, s), c1, &lanes, lang),
                }
            }
            out.push(sheet);
        }
    }
}

/// Page geometry of one grid page.
struct Geo<'f> {
    frame: &'f Frame,
    body_top: f32,
    ppm: f32,
    ct0: u32,
    ct1: u32,
    c0: usize,
    col_w: f32,
}

impl Geo<'_> {
    fn col_x(&self, col: usize) -> f32 {
        self.frame.left + AXIS_W + col.saturating_sub(self.c0) as f32 * self.col_w
    }

    fn y(&self, mins: u32) -> f32 {
        self.body_top + (mins.clamp(self.ct0, self.ct1) - self.ct0) as f32 * self.ppm
    }

    fn bottom(&self) -> f32 {
        self.y(self.ct1)
    }
}

fn column_head(ts: &mut Typesetter, c: &Column<'_>, col_w: f32) -> super::text::Para {
    let mut rich = Rich::one(c.name, Style::new(8.5, Face::SemiBold, INK));
    if let Some(venue) = c.venue {
        rich.newline().push(venue, Style::new(MIN_SIZE, Face::Regular, MUTED));
    }
    ts.para(&rich, col_w - 8.0, Align::Left, 1.2)
}

fn heads(ts: &mut Typesetter, sheet: &mut Sheet, geo: &Geo<'_>, columns: &[Column<'_>], top: f32, h: f32) {
    let right = geo.col_x(geo.c0 + columns.len());
    sheet.fill(geo.frame.left + AXIS_W, top, right - geo.frame.left - AXIS_W, h - 2.0, HEAD_FILL);
    for (i, c) in columns.iter().enumerate() {
        let x = geo.col_x(geo.c0 + i);
        let para = column_head(ts, c, geo.col_w);
        sheet.text(x + 4.0, top + 3.0, para);
    }
    sheet.hrule(geo.frame.left, right, top + h - 2.0, Line::solid(INK.tint(0.7), 0.8));
}

/// Hour lines with labels, half-hour lines when there is room, column separators.
fn axis(ts: &mut Typesetter, sheet: &mut Sheet, geo: &Geo<'_>, cols: usize) {
    let right = geo.frame.left + AXIS_W + cols as f32 * geo.col_w;
    let half = geo.ppm * 30.0 >= 14.0;
    let mut t = geo.ct0;
    while t <= geo.ct1 {
        let y = geo.y(t);
        if t.is_multiple_of(60) {
            sheet.hrule(geo.frame.left, right, y, Line::solid(RULE, 0.5));
            if t < geo.ct1 {
                let label = ts.para(
                    &Rich::one(&clock_label(t), Style::new(MIN_SIZE, Face::Regular, MUTED)),
                    AXIS_W - 4.0,
                    Align::Left,
                    1.1,
                );
                sheet.text(geo.frame.left, y + 1.5, label);
            }
        } else if half {
            sheet.hrule(geo.frame.left + AXIS_W, right, y, Line::solid(RULE.tint(0.45), 0.3));
        }
        t += 30;
    }
    for i in 0..=cols {
        let x = geo.frame.left + AXIS_W + i as f32 * geo.col_w;
        sheet.vrule(x, geo.body_top, geo.bottom(), Line::solid(RULE, 0.5));
    }
}

/// Lanes by (session index, column) for sessions that overlap in one column. An all-halls session takes
/// part in the columns where something else runs at its time (a foyer used in parallel).
fn lanes(day: &AgendaDay<'_>, column_of: &dyn Fn(&AgendaSession<'_>) -> Option<usize>) -> Lanes {
    let mut out = Lanes::new();
    let columns = day.halls.len() + 1;
    for col in 0..columns {
        // Sessions are sorted by start already.
        let members: Vec<usize> = day
            .sessions
            .iter()
            .enumerate()
            .filter(|(_, s)| column_of(s) == Some(col) || (column_of(s).is_none() && busy(day, s, col, column_of)))
            .map(|(i, _)| i)
            .collect();
        let mut lane_ends: Vec<u32> = Vec::new();
        let mut cluster: Vec<(usize, usize)> = Vec::new();
        let mut cluster_end = 0u32;
        let flush = |cluster: &mut Vec<(usize, usize)>, lanes: usize, out: &mut Lanes| {
            for (i, lane) in cluster.drain(..) {
                out.insert((i, col), (lane, lanes.max(1)));
            }
        };
        for i in members {
            let Some(s) = day.sessions.get(i) else { continue };
            let end = s.end_mins.max(s.start_mins + 1);
            if !cluster.is_empty() && s.start_mins >= cluster_end {
                flush(&mut cluster, lane_ends.len(), &mut out);
                lane_ends.clear();
            }
            let lane = match lane_ends.iter().position(|e| *e <= s.start_mins) {
                Some(free) => free,
                None => {
                    lane_ends.push(0);
                    lane_ends.len() - 1
                }
            };
            if let Some(e) = lane_ends.get_mut(lane) {
                *e = end;
            }
            cluster_end = if cluster.is_empty() { end } else { cluster_end.max(end) };
            cluster.push((i, lane));
        }
        flush(&mut cluster, lane_ends.len(), &mut out);
    }
    out
}

/// Whether a session of the column runs while the all-halls session `s` does.
fn busy(
    day: &AgendaDay<'_>,
    s: &AgendaSession<'_>,
    col: usize,
    column_of: &dyn Fn(&AgendaSession<'_>) -> Option<usize>,
) -> bool {
    day.sessions.iter().any(|o| {
        column_of(o) == Some(col)
            && o.start_mins < s.end_mins.max(s.start_mins + 1)
            && s.start_mins < o.end_mins.max(o.start_mins + 1)
    })
}

/// The text of a block: time (and status), title, people; `compact` puts the title first and the time
/// after it on the same line, for blocks with room for a line or two.
fn block_text(s: &AgendaSession<'_>, lang: Lang, title_size: f32, small: f32, compact: bool) -> Rich {
    let cancelled = s.status() == Status::Cancelled;
    let color = if cancelled { MUTED } else { INK };
    let mut time = Rich::one(&shared::session_time(s), Style::new(small, Face::Regular, MUTED));
    if let Some(mark) = shared::status_mark(lang, s) {
        time.push(" · ", Style::new(small, Face::Regular, MUTED)).push(mark, Style::new(small, Face::SemiBold, WARN));
    }
    let mut rich = Rich::new();
    if compact {
        // Status first so that "…" never hides it.
        if let Some(mark) = shared::status_mark(lang, s) {
            rich.push(mark, Style::new(small, Face::SemiBold, WARN)).push(" ", Style::new(small, Face::Regular, MUTED));
        }
        rich.push(s.title(), Style::new(title_size, Face::SemiBold, color));
        rich.push("  ", Style::new(small, Face::Regular, MUTED));
        rich.push(&shared::session_time(s), Style::new(small, Face::Regular, MUTED));
    } else {
        rich = time;
        rich.newline().push(s.title(), Style::new(title_size, Face::SemiBold, color));
    }
    let names: Vec<&str> = s.moderators.iter().chain(&s.hosts).chain(&s.speakers).map(|p| p.name.as_str()).collect();
    if !names.is_empty() {
        rich.newline().push(&names.join(", "), Style::new(small, Face::Regular, Rgb(0x3a, 0x40, 0x48)));
    }
    rich
}

/// Where a block's text goes.
#[derive(Clone, Copy)]
struct Area {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Area {
    /// The text area inside a block at (x, top) of size w × h.
    fn inside(x: f32, top: f32, w: f32, h: f32) -> Self {
        Self { x: x + BAR + PAD + 0.5, y: top + PAD, w: w - BAR - 2.0 * PAD - 0.5, h: h - 2.0 * PAD }
    }
}

/// Places the block's text: the largest sizes that fit, else 7 pt cut with "…".
fn fit_text(ts: &mut Typesetter, sheet: &mut Sheet, s: &AgendaSession<'_>, lang: Lang, area: Area) {
    let Area { x, y, w, h } = area;
    if h < MIN_SIZE || w < 8.0 {
        return;
    }
    for (title, small) in [(8.5, 7.5), (8.0, 7.0), (7.5, 7.0), (MIN_SIZE, MIN_SIZE)] {
        let para = ts.para(&block_text(s, lang, title, small, false), w, Align::Left, LH);
        if para.height() <= h {
            sheet.text(x, y, para);
            return;
        }
    }
    if let Some(para) = ts.para_fitting(&block_text(s, lang, MIN_SIZE, MIN_SIZE, true), w, h, LH) {
        sheet.text(x, y, para);
    }
}

fn colours(s: &AgendaSession<'_>) -> (Rgb, Rgb) {
    let track = s.track.and_then(|t| Rgb::from_hex(&t.colour));
    if s.place == Place::AllHalls && s.status() != Status::Cancelled {
        return (BAND, GREY);
    }
    match (s.status(), s.kind(), track) {
        (Status::Cancelled, _, _) => (Rgb(0xf2, 0xf2, 0xf2), GREY),
        (_, SessionKind::Plenary, _) => (ACCENT.tint(0.2), ACCENT),
        (_, _, Some(c)) => (c.tint(0.15), c),
        (_, _, None) => (GREY.tint(0.16), GREY),
    }
}

/// One session block in its column (or lane).
fn block(ts: &mut Typesetter, sheet: &mut Sheet, geo: &Geo<'_>, s: &AgendaSession<'_>, x: f32, w: f32, lang: Lang) {
    if s.end_mins.max(s.start_mins + 1) <= geo.ct0 || s.start_mins >= geo.ct1 {
        return;
    }
    let top = geo.y(s.start_mins) + 0.6;
    let h = (geo.y(s.end_mins) - geo.y(s.start_mins) - 1.2).max(2.0);
    let (x, w) = (x + 1.2, w - 2.4);
    let (fill, bar) = colours(s);
    let stroke = (s.status() != Status::Confirmed).then_some(Line { color: WARN, width: 0.7, dashed: true });
    sheet.marks.push(Mark::Rect { x, y: top, w, h, fill: Some(fill), stroke });
    sheet.fill(x, top, BAR, h, bar);
    fit_text(ts, sheet, s, lang, Area::inside(x, top, w, h));
}

/// An all-halls session: a band across each run of adjacent columns that are free at that time, and
/// a block in its lane in the columns where something else runs.
fn band(
    ts: &mut Typesetter,
    sheet: &mut Sheet,
    geo: &Geo<'_>,
    (i, s): (usize, &AgendaSession<'_>),
    c1: usize,
    lanes: &Lanes,
    lang: Lang,
) {
    if s.start_mins >= geo.ct1 || s.end_mins.max(s.start_mins + 1) <= geo.ct0 {
        return;
    }
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for col in geo.c0..c1 {
        if let Some((lane, of)) = lanes.get(&(i, col)) {
            let lane_w = geo.col_w / *of as f32;
            block(ts, sheet, geo, s, geo.col_x(col) + *lane as f32 * lane_w, lane_w, lang);
            continue;
        }
        match runs.last_mut() {
            Some((_, end)) if *end == col => *end = col + 1,
            _ => runs.push((col, col + 1)),
        }
    }
    for (a, b) in runs {
        let x = geo.col_x(a);
        block(ts, sheet, geo, s, x, geo.col_x(b) - x, lang);
    }
}

/// Sessions without a time: a list on pages of their own.
fn unscheduled_pages(
    ts: &mut Typesetter,
    frame: &Frame,
    sessions: &[AgendaSession<'_>],
    lang: Lang,
    out: &mut Vec<Sheet>,
) {
    let heading_style = Style::new(13.0, Face::SemiBold, ACCENT);
    let mut sheet = Sheet::default();
    let mut y = frame.bottom;
    for s in sessions {
        let mut rich = Rich::one(s.title(), Style::new(9.0, Face::SemiBold, INK));
        rich.push(" — ", Style::new(9.0, Face::Regular, MUTED))
            .push(shared::hall_text(lang, s), Style::new(9.0, Face::Regular, MUTED));
        if let Some(mark) = shared::status_mark(lang, s) {
            rich.push(" · ", Style::new(9.0, Face::Regular, MUTED)).push(mark, Style::new(9.0, Face::SemiBold, WARN));
        }
        let para = ts.para(&rich, frame.width, Align::Left, 1.3);
        let h = para.height();
        if y + h > frame.bottom {
            if !sheet.marks.is_empty() {
                out.push(std::mem::take(&mut sheet));
            }
            let heading = ts.para(
                &Rich::one(agenda_word(lang, AgendaWord::TimeTba), heading_style),
                frame.width,
                Align::Left,
                1.2,
            );
            y = frame.top + heading.height() + 8.0;
            sheet.text(frame.left, frame.top, heading);
        }
        sheet.text(frame.left, y, para);
        y += h + 3.0;
    }
    if !sheet.marks.is_empty() {
        out.push(sheet);
    }
}
