//! The status bar: counts of errors, warnings and sessions, the file, the unsaved mark and the newest
//! notice, fading out (the earlier ones on hover).

use super::severity_colour;
use crate::clash::{Counts, Severity};
use crate::gui::document::Document;
use crate::gui::notices::Notices;
use crate::i18n::{Lang, T, t};

/// Draws the status bar.
pub fn status_ui(ui: &mut egui::Ui, lang: Lang, doc: &Document, notices: &Notices) {
    let counts = Counts::of(doc.clashes());
    ui.horizontal(|ui| {
        for (severity, n, id) in [
            (Severity::Error, counts.errors, "word-errors"),
            (Severity::Warning, counts.warnings, "word-warnings"),
            (Severity::Info, counts.infos, "word-infos"),
        ] {
            ui.colored_label(severity_colour(severity), format!("• {}", crate::i18n::counted(lang, id, n)));
            ui.separator();
        }
        ui.label(crate::i18n::counted(lang, "word-sessions", doc.programme().sessions.len()));
        ui.separator();
        let file = doc.file_label(lang);
        if doc.is_dirty() {
            ui.label(format!("{file} ({})", t(lang, T::Unsaved)));
        } else {
            ui.label(file);
        }
        if let Some(newest) = notices.newest() {
            ui.separator();
            let colour = if newest.error { ui.visuals().error_fg_color } else { ui.visuals().text_color() };
            let colour = colour.gamma_multiply(notices.opacity(newest));
            let label = ui.add(egui::Label::new(egui::RichText::new(&newest.text).color(colour)).truncate());
            let earlier: Vec<&str> = notices.showing().rev().skip(1).map(|n| n.text.as_str()).collect();
            if !earlier.is_empty() {
                label.on_hover_text(earlier.join("\n"));
            }
        }
    });
}
