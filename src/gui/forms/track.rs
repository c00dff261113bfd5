//! The track form: name and colour (picker or `#rrggbb`).

use super::widgets;
use super::{EntityForm, Field, Problems};
use crate::i18n::{Lang, T, t};
use crate::model::{Programme, Track, is_colour};

/// Colours offered to new tracks in turn.
const PALETTE: [&str; 8] = ["#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];

/// A new track with the next colour of the palette.
pub fn suggest(p: &Programme) -> Track {
    let colour = PALETTE.get(p.tracks.len() % PALETTE.len()).copied().unwrap_or("#1f77b4");
    Track { colour: colour.to_owned(), ..Track::default() }
}

fn parse(colour: &str) -> Option<[u8; 3]> {
    if !is_colour(colour) {
        return None;
    }
    let byte = |i: usize| colour.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
    Some([byte(1)?, byte(3)?, byte(5)?])
}

/// Draws the track form.
pub fn ui(ui: &mut egui::Ui, lang: Lang, form: &mut EntityForm<Track>, problems: &Problems<'_>) {
    let tr = &mut form.draft;
    widgets::grid(ui, "track_form", |ui| {
        widgets::text_row(ui, t(lang, T::Name), &mut tr.name);
        problems.row(ui, Field::Name);
        let id = widgets::label(ui, t(lang, T::Colour));
        ui.horizontal(|ui| {
            let mut rgb = parse(&tr.colour).unwrap_or([128, 128, 128]);
            if ui.color_edit_button_srgb(&mut rgb).labelled_by(id).changed() {
                tr.colour = format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
            }
            ui.add(egui::TextEdit::singleline(&mut tr.colour).desired_width(80.0)).labelled_by(id);
        });
        ui.end_row();
        problems.row(ui, Field::Colour);
    });
}
