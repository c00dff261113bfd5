//! The colour legend of the timetable: one swatch per track in track order, with its name, in a row
//! under the toolbar (the printed grid and booklet draw the same legend, `export::agenda`).

use crate::i18n::{B, Lang, bulk_word};
use crate::model::Programme;

/// Draws the legend (nothing when the programme has no tracks).
pub fn ui(ui: &mut egui::Ui, lang: Lang, p: &Programme) {
    if p.tracks.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        ui.label(egui::RichText::new(bulk_word(lang, B::Legend)).small().weak());
        for track in p.tracks.values() {
            let colour = super::layout::parse_colour(&track.colour).unwrap_or(egui::Color32::GRAY);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, colour);
            ui.label(egui::RichText::new(&track.name).small());
        }
    });
}
