//! The detail area when no form is open: a hint that nothing is selected. The forms (`gui::forms`) show
//! and edit the selection.

use crate::i18n::{Lang, T, t};

/// Nothing selected (or the selection no longer exists).
pub fn empty_ui(ui: &mut egui::Ui, lang: Lang) {
    ui.label(egui::RichText::new(t(lang, T::NothingSelected)).weak());
}
