//! Door signs (Raumaushang) as PDF pages: each sign on its own page — the hall's name large, its venue,
//! the date and day label, then the day's sessions there with time, title, subtitle and people in large
//! type; all-halls breaks on a grey band. A sign that does not fit continues on a next page headed
//! "Halle 6 (Fortsetzung)". The footer has the public notice and the "Stand"; no page numbers.

use super::flow::{Block, Flow};
use super::page::{ACCENT, Frame, INK, Line, MUTED, PageNumber, RULE, Sheet, WARN};
use super::text::{Align, Face, Rgb, Rich, Style, Typesetter};
use crate::export::publish::doors::{DoorItem, DoorSign};
use crate::i18n::{AgendaWord, Lang, agenda_word};

const TIME_W: f32 = 118.0;
const BREAK: Rgb = Rgb(0xee, 0xf0, 0xf3);

fn head(ts: &mut Typesetter, frame: &Frame, lang: Lang, sign: &DoorSign, continued: bool) -> Block {
    let w = frame.width;
    let mut b = Block::new();
    let name = if continued {
        format!("{} ({})", sign.hall, agenda_word(lang, AgendaWord::Continued))
    } else {
        sign.hall.clone()
    };
    let size = if continued { 26.0 } else { 46.0 };
    b.line(ts, &Rich::one(&name, Style::new(size, Face::SemiBold, INK)), 0.0, w, 1.1, 4.0);
    if let Some(venue) = &sign.venue {
        b.line(ts, &Rich::one(venue, Style::new(13.0, Face::Regular, MUTED)), 0.0, w, 1.3, 4.0);
    }
    let mut date = Rich::one(&sign.date, Style::new(18.0, Face::SemiBold, ACCENT));
    if !sign.day_label.is_empty() {
        date.push(&format!("  ·  {}", sign.day_label), Style::new(18.0, Face::Regular, MUTED));
    }
    b.line(ts, &date, 0.0, w, 1.3, 0.0);
    b.rule(0.0, w, Line::solid(ACCENT, 1.5), 8.0);
    b
}

fn row(ts: &mut Typesetter, frame: &Frame, item: &DoorItem) -> Block {
    let mut b = Block::new();
    let (x, w) = (TIME_W + 14.0, frame.width - TIME_W - 14.0);
    let ink = if item.all_halls { MUTED } else { INK };
    b.side(ts, &Rich::one(&item.time, Style::new(15.0, Face::SemiBold, ink)), 0.0, TIME_W, Align::Left);
    let mut title = Rich::one(&item.title, Style::new(15.0, Face::SemiBold, ink));
    if let Some(mark) = &item.mark {
        title.push(&format!("  {mark}"), Style::new(11.0, Face::SemiBold, WARN));
    }
    b.line(ts, &title, x, w, 1.25, 2.0);
    if !item.subtitle.is_empty() {
        b.line(ts, &Rich::one(&item.subtitle, Style::new(11.5, Face::Italic, ink)), x, w, 1.3, 2.0);
    }
    for line in &item.people {
        b.line(ts, &Rich::one(line, Style::new(11.0, Face::Regular, MUTED)), x, w, 1.3, 1.0);
    }
    b.rule(0.0, frame.width, Line::solid(RULE, 0.6), 7.0);
    if item.all_halls {
        b.band = Some((BREAK, Rgb(0xae, 0xb3, 0xba)));
    }
    b
}

/// One sign's pages.
fn sign_sheets(ts: &mut Typesetter, frame: &Frame, lang: Lang, sign: &DoorSign) -> Vec<Sheet> {
    let mut flow = Flow::new(frame);
    flow.place(head(ts, frame, lang, sign, false), 14.0);
    for item in &sign.items {
        let block = row(ts, frame, item);
        if block.h > flow.room() {
            flow.new_page();
            flow.place(head(ts, frame, lang, sign, true), 10.0);
        }
        flow.place(block, 4.0);
    }
    flow.finish()
}

/// The pages of every sign, each sign starting on a new page.
pub fn sheets(ts: &mut Typesetter, frame: &Frame, lang: Lang, signs: &[DoorSign]) -> Vec<Sheet> {
    let mut out = Vec::new();
    for sign in signs {
        out.extend(sign_sheets(ts, frame, lang, sign));
    }
    for sheet in &mut out {
        sheet.number = PageNumber::Hidden;
    }
    out
}
