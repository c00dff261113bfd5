//! "Änderungen seit …": the changes of the programme in the editor since a chosen release, one line per
//! session in the user's language; a click selects the session. The list is worked out again only when
//! the document, the language or the chosen release changes, and the changed sessions are handed to the
//! timetable, which marks their blocks while the panel is open.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::diff::{DiffOptions, by_session, diff};
use crate::export::Baseline;
use crate::gui::action::{Action, Selected};
use crate::gui::publish::PublishAction;
use crate::i18n::{self, Lang, PublishWord, Sides, Tone, publish_word};
use crate::model::{Programme, SessionKey};

/// One line of the panel.
struct Row {
    key: SessionKey,
    title: String,
    words: String,
    tone: Tone,
    /// Whether the session still exists (a removed one cannot be selected).
    exists: bool,
}

/// The open panel.
pub struct ChangesPanel {
    /// The releases, newest first.
    releases: Vec<Arc<Baseline>>,
    /// The one compared with.
    chosen: usize,
    /// The rows and what they were made for.
    rows: Vec<Row>,
    made_for: Option<(u64, Lang, usize)>,
}

impl ChangesPanel {
    /// A panel comparing with the newest of `releases`.
    pub fn new(releases: Vec<Arc<Baseline>>) -> Self {
        Self { releases, chosen: 0, rows: Vec::new(), made_for: None }
    }

    /// The changed sessions (for the timetable), after [`ChangesPanel::ui`] brought the rows up to date.
    pub fn changed(&self) -> BTreeSet<SessionKey> {
        self.rows.iter().map(|r| r.key.clone()).collect()
    }

    fn refresh(&mut self, p: &Programme, revision: u64, lang: Lang) -> bool {
        let key = (revision, lang, self.chosen);
        if self.made_for == Some(key) {
            return false;
        }
        self.made_for = Some(key);
        self.rows.clear();
        let Some(base) = self.releases.get(self.chosen) else { return true };
        let changes = diff(&base.programme, p, DiffOptions::default());
        let sides = Sides { old: &base.programme, new: p };
        for s in by_session(&changes) {
            let phrases = i18n::change_phrases(lang, sides, &s.changes);
            self.rows.push(Row {
                key: s.key.clone(),
                title: s.title().to_owned(),
                words: crate::gui::publish::on_screen(
                    &phrases.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join("; "),
                ),
                tone: crate::export::publish::overall_tone(&phrases),
                exists: p.sessions.contains_key(s.key),
            });
        }
        true
    }

    /// Draws the panel; returns whether the set of changed sessions is new.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        (p, revision): (&Programme, u64),
        actions: &mut Vec<Action>,
    ) -> bool {
        ui.horizontal(|ui| {
            ui.heading(publish_word(lang, PublishWord::ChangesSinceHeading));
            if ui.button(publish_word(lang, PublishWord::Close)).clicked() {
                actions.push(Action::Publish(PublishAction::ToggleChanges));
            }
        });
        if self.releases.is_empty() {
            ui.label(i18n::no_releases(lang));
            return false;
        }
        let shown = self.releases.get(self.chosen).map(|b| b.label.clone()).unwrap_or_default();
        egui::ComboBox::from_label(publish_word(lang, PublishWord::CompareWith)).selected_text(shown).show_ui(
            ui,
            |ui| {
                for (i, b) in self.releases.iter().enumerate() {
                    ui.selectable_value(&mut self.chosen, i, &b.label);
                }
            },
        );
        let fresh = self.refresh(p, revision, lang);
        ui.label(i18n::change_count(lang, self.rows.len()));
        ui.separator();
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            for row in &self.rows {
                let colour = match row.tone {
                    Tone::Gone => ui.visuals().error_fg_color,
                    Tone::New => egui::Color32::from_rgb(30, 140, 80),
                    Tone::Changed => ui.visuals().text_color(),
                };
                let text = egui::RichText::new(format!("{} — {}", row.title, row.words)).color(colour);
                let response = ui.add_enabled(row.exists, egui::Button::new(text).frame(false).wrap());
                if response.clicked() {
                    actions.push(Action::Select(Selected::Session(row.key.clone())));
                }
            }
        });
        fresh
    }
}
