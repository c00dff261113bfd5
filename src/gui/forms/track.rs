//! The track form: name and colour, picked from a palette of twelve clearly distinct named colours (each
//! a swatch button named for screen readers), with the `#rrggbb` code beside it, secondary but editable.

use super::widgets;
use super::{EntityForm, Field, Problems};
use crate::i18n::{self, FormWord, Lang, T, TRACK_COLOURS, form_word, t};
use crate::model::{Programme, Track, is_colour};

/// A new track with the next colour of the palette.
pub fn suggest(p: &Programme) -> Track {
    let colour = TRACK_COLOURS.get(p.tracks.len() % TRACK_COLOURS.len()).map_or("#1f77b4", |(_, hex)| *hex);
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
        palette(ui, lang, &mut tr.colour);
        ui.end_row();
        let hex = widgets::label(ui, form_word(lang, FormWord::HexCode));
        ui.horizontal(|ui| {
            let mut rgb = parse(&tr.colour).unwrap_or([128, 128, 128]);
            let name = form_word(lang, FormWord::Palette);
            if ui.color_edit_button_srgb(&mut rgb).on_hover_text(name).labelled_by(id).changed() {
                tr.colour = format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
            }
            ui.add(egui::TextEdit::singleline(&mut tr.colour).desired_width(80.0)).labelled_by(hex);
        });
        ui.end_row();
        let texts = match tr.colour.as_str() {
            c if !c.is_empty() && !is_colour(c) => vec![i18n::colour_fix(lang, c)],
            _ => problems.at(Field::Colour),
        };
        widgets::message_row(ui, &texts);
    });
}

/// The named colours as swatches in two rows; the chosen one is framed.
fn palette(ui: &mut egui::Ui, lang: Lang, colour: &mut String) {
    ui.vertical(|ui| {
        for row in TRACK_COLOURS.chunks(6) {
            ui.horizontal(|ui| {
                for (id, hex) in row {
                    let name = i18n::colour_name(lang, id);
                    let Some([r, g, b]) = parse(hex) else { continue };
                    let chosen = colour.eq_ignore_ascii_case(hex);
                    let fill = egui::Color32::from_rgb(r, g, b);
                    let stroke = if chosen {
                        egui::Stroke::new(3.0, ui.visuals().strong_text_color())
                    } else {
                        egui::Stroke::new(1.0, ui.visuals().weak_text_color())
                    };
                    let swatch = egui::Button::new("").fill(fill).stroke(stroke).min_size(egui::vec2(28.0, 20.0));
                    let response = ui.add(swatch).on_hover_text(name).accessible_name(name);
                    if response.clicked() {
                        *colour = (*hex).to_owned();
                    }
                }
            });
        }
        let current = TRACK_COLOURS.iter().find(|(_, hex)| colour.eq_ignore_ascii_case(hex));
        if let Some((id, _)) = current {
            ui.label(egui::RichText::new(i18n::colour_name(lang, id)).weak());
        } else {
            ui.label(" ");
        }
    });
}
