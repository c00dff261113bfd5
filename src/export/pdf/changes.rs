//! The Programmänderungen as PDF pages: a title block (title, event, "Stand 3 (gegenüber Stand 2)", the
//! count), then by day each changed session as a block — time and hall on the left; title, people and
//! what changed on the right. New sessions stand out on a green band ("NEU"), cancelled ones on a red
//! band ("ENTFÄLLT"). A day heading is kept with its first session.

use super::flow::{Block, Flow};
use super::page::{ACCENT, Frame, INK, Line, MUTED, Sheet, WARN};
use super::text::{Align, Face, Rgb, Rich, Style, Typesetter};
use crate::export::publish::changes::{ChangeItem, ChangesDoc};
use crate::i18n::{Lang, PublishWord, Tone, publish_word};

/// The colour of new things.
pub const NEW: Rgb = Rgb(0x1e, 0x7b, 0x4a);
const LEFT_W: f32 = 92.0;
const GAP: f32 = 12.0;

/// The band and colour of a tone.
pub fn tone_colours(tone: Tone) -> Option<(Rgb, Rgb)> {
    match tone {
        Tone::New => Some((NEW.tint(0.1), NEW)),
        Tone::Gone => Some((WARN.tint(0.1), WARN)),
        Tone::Changed => None,
    }
}

/// The title of a session with its mark ("NEU", "ENTFÄLLT") in the tone's colour.
pub fn marked_title(lang: Lang, title: &str, tone: Tone, size: f32) -> Rich {
    let mut rich = Rich::new();
    let mark = match tone {
        Tone::New => Some((publish_word(lang, PublishWord::NewMark), NEW)),
        Tone::Gone => Some((publish_word(lang, PublishWord::GoneMark), WARN)),
        Tone::Changed => None,
    };
    if let Some((word, colour)) = mark {
        rich.push(word, Style::new(size - 1.5, Face::SemiBold, colour));
        rich.push("  ", Style::new(size, Face::Regular, INK));
    }
    rich.push(title, Style::new(size, Face::SemiBold, INK));
    rich
}

fn item_block(ts: &mut Typesetter, frame: &Frame, lang: Lang, item: &ChangeItem) -> Block {
    let mut b = Block::new();
    let right_x = LEFT_W + GAP;
    let right_w = frame.width - right_x;
    let mut left = Rich::one(&item.time, Style::new(9.5, Face::SemiBold, INK));
    left.newline();
    left.push(&item.hall, Style::new(9.0, Face::Regular, MUTED));
    b.side(ts, &left, 0.0, LEFT_W, Align::Left);
    b.line(ts, &marked_title(lang, &item.title, item.tone, 10.5), right_x, right_w, 1.3, 1.5);
    if !item.people.is_empty() {
        b.line(ts, &Rich::one(&item.people, Style::new(9.0, Face::Regular, MUTED)), right_x, right_w, 1.3, 2.0);
    }
    for phrase in &item.phrases {
        let colour = match phrase.tone {
            Tone::Gone => WARN,
            Tone::New => NEW,
            Tone::Changed => INK,
        };
        let text = format!("– {}", phrase.text);
        b.line(ts, &Rich::one(&text, Style::new(9.5, Face::Regular, colour)), right_x, right_w, 1.3, 1.0);
    }
    b.band = tone_colours(item.tone);
    b
}

/// The pages of the change list.
pub fn sheets(ts: &mut Typesetter, frame: &Frame, lang: Lang, doc: &ChangesDoc) -> Vec<Sheet> {
    let mut flow = Flow::new(frame);
    let mut head = Block::new();
    let w = frame.width;
    head.line(ts, &Rich::one(&doc.title, Style::new(22.0, Face::SemiBold, INK)), 0.0, w, 1.2, 3.0);
    head.line(ts, &Rich::one(&doc.event, Style::new(11.5, Face::Regular, INK)), 0.0, w, 1.3, 3.0);
    head.line(ts, &Rich::one(&doc.stand, Style::new(11.5, Face::SemiBold, ACCENT)), 0.0, w, 1.3, 2.0);
    head.line(ts, &Rich::one(&doc.summary, Style::new(9.5, Face::Regular, MUTED)), 0.0, w, 1.3, 0.0);
    flow.place(head, 16.0);
    for day in &doc.days {
        let mut heading = Block::new();
        heading.line(ts, &Rich::one(&day.heading, Style::new(13.0, Face::SemiBold, ACCENT)), 0.0, w, 1.3, 0.0);
        heading.rule(0.0, w, Line::solid(ACCENT, 1.0), 3.0);
        let blocks: Vec<Block> = day.items.iter().map(|item| item_block(ts, frame, lang, item)).collect();
        let first = blocks.first().map_or(0.0, |b| b.h + 8.0);
        flow.keep(heading.h + first + 6.0);
        flow.place(heading, 6.0);
        for block in blocks {
            flow.place(block, 8.0);
        }
        flow.keep(30.0);
    }
    flow.finish()
}
