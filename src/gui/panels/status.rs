//! The status bar: counts of errors, warnings and sessions, the file, the unsaved mark and the last
//! message.

use super::severity_colour;
use crate::clash::{Counts, Severity};
use crate::gui::document::Document;
use crate::i18n::{Lang, T, t};

/// Draws the status bar.
pub fn status_ui(ui: &mut egui::Ui, lang: Lang, doc: &Document, message: Option<&str>) {
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
        if let Some(message) = message {
            ui.separator();
            ui.label(message);
        }
    });
}
