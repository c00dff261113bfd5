//! The clash panel: every clash, live, grouped by severity with counts, in the user's language (a grouped
//! clash of a crowded hall or person is one entry, and counts as the pairs it stands for). Clicking an
//! entry selects and reveals its first session. Messages are rendered once per revision and language.

use super::severity_colour;
use crate::clash::{Clash, Severity};
use crate::gui::action::Action;
use crate::i18n::{self, Lang, T, t};
use crate::model::Programme;

/// Rendered messages, rebuilt only when the document or the language changes.
#[derive(Default)]
pub struct ClashTexts {
    key: Option<(u64, Lang)>,
    texts: Vec<String>,
}

impl ClashTexts {
    fn get(&mut self, revision: u64, lang: Lang, p: &Programme, clashes: &[Clash]) -> &[String] {
        if self.key != Some((revision, lang)) {
            self.texts = clashes.iter().map(|c| i18n::clash_message(lang, p, c)).collect();
            self.key = Some((revision, lang));
        }
        &self.texts
    }
}

/// Draws the clash panel.
pub fn clash_panel_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    (p, clashes, revision): (&Programme, &[Clash], u64),
    cache: &mut ClashTexts,
    actions: &mut Vec<Action>,
) {
    ui.heading(t(lang, T::Clashes));
    if clashes.is_empty() {
        ui.label(t(lang, T::NoClashes));
        return;
    }
    let texts = cache.get(revision, lang, p, clashes);
    egui::ScrollArea::vertical().id_salt("clash_scroll").auto_shrink([false, false]).show(ui, |ui| {
        for (severity, word) in
            [(Severity::Error, T::Errors), (Severity::Warning, T::Warnings), (Severity::Info, T::Infos)]
        {
            let entries: Vec<(&Clash, &String)> =
                clashes.iter().zip(texts.iter()).filter(|(c, _)| c.severity() == severity).collect();
            if entries.is_empty() {
                continue;
            }
            let count = i18n::number(lang, entries.iter().map(|(c, _)| c.weight()).sum());
            let title = egui::RichText::new(format!("{} ({count})", t(lang, word))).color(severity_colour(severity));
            egui::CollapsingHeader::new(title).id_salt(word as u8).default_open(true).show(ui, |ui| {
                for (clash, text) in entries {
                    let response = ui.add(egui::Button::selectable(false, text.as_str()).wrap());
                    if response.clicked()
                        && let Some(first) = clash.sessions.first()
                    {
                        actions.push(Action::Reveal(first.session.clone()));
                    }
                }
            });
        }
    });
}
