//! Letters to the people in the programme as PDF pages: each letter starts on a new page and numbers its
//! own pages ("Seite 1 von 2"). Date on the right, the person's name and affiliation, the subject, the
//! salutation and introduction, the event's facts, then each session as a block with a blue edge
//! (title, date and time, hall, role, who else is on stage, moderation, own contribution), what changed
//! (with `--since`; new and cancelled on green and red bands), and the closing.

use super::changes::{marked_title, tone_colours};
use super::flow::{Block, Flow};
use super::page::{ACCENT, Frame, INK, MUTED, PageNumber, Sheet};
use super::text::{Align, Face, Rgb, Rich, Style, Typesetter};
use crate::export::publish::letters::{Letter, LetterSession};
use crate::i18n::{Lang, PublishWord, Tone, publish_word};

const LABEL_W: f32 = 128.0;
const BODY: f32 = 10.0;

fn body(text: &str) -> Rich {
    Rich::one(text, Style::new(BODY, Face::Regular, INK))
}

fn labelled(ts: &mut Typesetter, b: &mut Block, x: f32, w: f32, label: &str, text: &str) {
    let mut rich = Rich::one(&format!("{label}: "), Style::new(9.5, Face::SemiBold, MUTED));
    rich.push(text, Style::new(9.5, Face::Regular, INK));
    b.line(ts, &rich, x, w, 1.35, 1.5);
}

fn session_block(ts: &mut Typesetter, frame: &Frame, s: &LetterSession) -> Block {
    let mut b = Block::new();
    let (x, w) = (8.0, frame.width - 8.0);
    b.line(ts, &Rich::one(&s.title, Style::new(10.5, Face::SemiBold, INK)), x, w, 1.3, 2.0);
    let mut place = Rich::one(&s.when, Style::new(9.5, Face::SemiBold, ACCENT));
    place.newline();
    place.push(&s.hall, Style::new(9.5, Face::Regular, INK));
    b.line(ts, &place, x, w, 1.35, 3.0);
    for (label, text) in &s.lines {
        labelled(ts, &mut b, x, w, label, text);
    }
    b.band = Some((Rgb(0xf4, 0xf6, 0xf9), ACCENT));
    b
}

/// Space above a heading.
fn heading_gap(flow: &mut Flow<'_>) {
    flow.place(Block::new(), 10.0);
}

/// The pages of one letter, numbered on their own.
pub fn letter_sheets(ts: &mut Typesetter, frame: &Frame, lang: Lang, l: &Letter) -> Vec<Sheet> {
    let w = frame.width;
    let mut flow = Flow::new(frame);
    let mut top = Block::new();
    top.side(ts, &Rich::one(&l.date, Style::new(9.5, Face::Regular, MUTED)), 0.0, w, Align::Right);
    top.line(ts, &Rich::one(&l.name, Style::new(10.5, Face::SemiBold, INK)), 0.0, w * 0.6, 1.3, 1.0);
    if !l.affiliation.is_empty() {
        top.line(ts, &Rich::one(&l.affiliation, Style::new(9.5, Face::Regular, MUTED)), 0.0, w * 0.6, 1.3, 0.0);
    }
    top.space(22.0);
    top.line(ts, &Rich::one(&l.subject, Style::new(11.5, Face::SemiBold, INK)), 0.0, w, 1.3, 14.0);
    top.line(ts, &body(&l.salutation), 0.0, w, 1.4, 7.0);
    top.line(ts, &body(&l.intro), 0.0, w, 1.45, 9.0);
    flow.place(top, 4.0);
    // The event's facts: label and text side by side.
    for (label, text) in &l.facts {
        let mut b = Block::new();
        b.side(ts, &Rich::one(label, Style::new(9.5, Face::SemiBold, MUTED)), 0.0, LABEL_W, Align::Left);
        b.line(ts, &Rich::one(text, Style::new(9.5, Face::Regular, INK)), LABEL_W, w - LABEL_W, 1.35, 0.0);
        flow.place(b, 2.0);
    }
    let mut heading = Block::new();
    heading.line(ts, &Rich::one(&l.sessions_heading, Style::new(12.0, Face::SemiBold, ACCENT)), 0.0, w, 1.3, 0.0);
    flow.keep(80.0);
    heading_gap(&mut flow);
    flow.place(heading, 6.0);
    for s in &l.sessions {
        flow.place(session_block(ts, frame, s), 10.0);
    }
    if let Some(changes_heading) = &l.changes_heading {
        let mut heading = Block::new();
        heading.line(ts, &Rich::one(changes_heading, Style::new(12.0, Face::SemiBold, ACCENT)), 0.0, w, 1.3, 0.0);
        flow.keep(60.0);
        heading_gap(&mut flow);
        flow.place(heading, 6.0);
        if l.changes.is_empty() {
            let mut b = Block::new();
            b.line(ts, &body(publish_word(lang, PublishWord::NoChanges)), 0.0, w, 1.4, 0.0);
            flow.place(b, 8.0);
        }
        for c in &l.changes {
            let mut b = Block::new();
            b.line(ts, &marked_title(lang, &c.title, c.tone, 10.0), 8.0, w - 8.0, 1.3, 1.5);
            for phrase in &c.phrases {
                let colour =
                    if phrase.tone == Tone::Changed { INK } else { tone_colours(phrase.tone).map_or(INK, |c| c.1) };
                b.line(
                    ts,
                    &Rich::one(&format!("– {}", phrase.text), Style::new(9.5, Face::Regular, colour)),
                    8.0,
                    w - 8.0,
                    1.3,
                    1.0,
                );
            }
            b.band = tone_colours(c.tone);
            flow.place(b, 6.0);
        }
    }
    let mut closing = Block::new();
    closing.space(8.0);
    closing.line(ts, &body(&l.closing), 0.0, w, 1.45, 0.0);
    flow.place(closing, 0.0);
    let mut sheets = flow.finish();
    let of = sheets.len();
    for (i, sheet) in sheets.iter_mut().enumerate() {
        sheet.number = PageNumber::Own { page: i + 1, of };
    }
    sheets
}

/// The pages of every letter, each letter starting on a new page.
pub fn sheets(ts: &mut Typesetter, frame: &Frame, lang: Lang, letters: &[Letter]) -> Vec<Sheet> {
    letters.iter().flat_map(|l| letter_sheets(ts, frame, lang, l)).collect()
}
