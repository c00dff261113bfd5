//! The colour legend of the printed grid and booklet: a swatch and the name of each track the pages
//! show, in track order, in one or more rows (the timetable on screen shows the same legend).

use super::page::{MUTED, Sheet};
use super::text::{Align, Face, Rgb, Rich, Style, Typesetter};
use crate::i18n::{B, Lang, bulk_word};
use crate::model::agenda::AgendaSession;
use crate::model::{Programme, Track};

/// Height of one legend row.
pub const ROW_H: f32 = 11.0;
/// Width of one entry.
const SLOT_W: f32 = 150.0;
/// Width of the label before the entries.
const LABEL_W: f32 = 42.0;

/// The tracks of these sessions that have a colour, in track order.
pub fn tracks_of<'a>(p: &'a Programme, sessions: impl Iterator<Item = &'a AgendaSession<'a>>) -> Vec<&'a Track> {
    let mut used: Vec<usize> =
        sessions.filter_map(|s| s.track).filter_map(|t| p.tracks.values().position(|x| std::ptr::eq(x, t))).collect();
    used.sort_unstable();
    used.dedup();
    used.into_iter()
        .filter_map(|i| p.tracks.get_index(i).map(|(_, t)| t))
        .filter(|t| Rgb::from_hex(&t.colour).is_some())
        .collect()
}

/// How high the legend of `n` tracks is in `width`.
pub fn height(n: usize, width: f32) -> f32 {
    if n == 0 {
        return 0.0;
    }
    let per_row = (((width - LABEL_W) / SLOT_W).floor() as usize).max(1);
    n.div_ceil(per_row) as f32 * ROW_H
}

/// Draws the legend at (`x`, `y`) in `width`; returns its height.
pub fn draw(ts: &mut Typesetter, sheet: &mut Sheet, lang: Lang, x: f32, y: f32, width: f32, tracks: &[&Track]) -> f32 {
    if tracks.is_empty() {
        return 0.0;
    }
    let style = Style::new(7.0, Face::Regular, MUTED);
    sheet.text(x, y + 1.0, ts.para(&Rich::one(bulk_word(lang, B::Legend), style), LABEL_W, Align::Left, 1.1));
    let per_row = (((width - LABEL_W) / SLOT_W).floor() as usize).max(1);
    for (i, track) in tracks.iter().enumerate() {
        let (row, col) = (i / per_row, i % per_row);
        let sx = x + LABEL_W + col as f32 * SLOT_W;
        let sy = y + row as f32 * ROW_H;
        if let Some(colour) = Rgb::from_hex(&track.colour) {
            sheet.fill(sx, sy + 2.0, 7.0, 7.0, colour);
        }
        sheet.text(sx + 10.0, sy + 1.0, ts.para(&Rich::one(&track.name, style), SLOT_W - 14.0, Align::Left, 1.1));
    }
    height(tracks.len(), width)
}
