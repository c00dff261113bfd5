//! "Veröffentlichen…": names the release (offering "Stand N+1"), takes a note, shows what changed since
//! the previous release before anything is recorded, and warns about error clashes and the drafts that are
//! left out. A label that is taken is refused before the button can be pressed.

use crate::clash::Counts;
use crate::diff::{DiffOptions, by_session, diff};
use crate::gui::action::Action;
use crate::gui::publish::PublishAction;
use crate::i18n::{self, Lang, PublishWord, Sides, T, publish_word, t};
use crate::model::{Programme, Status};
use crate::release::{Listing, Release};

/// The open dialog.
pub struct PublishDialog {
    /// The label typed.
    pub label: String,
    /// The note typed.
    pub note: String,
    /// Why recording failed, if it did.
    pub error: Option<String>,
    /// The labels taken.
    taken: Vec<String>,
    /// The latest release's label, if any.
    previous: Option<String>,
    /// What changed since it, one line per session.
    changes: Vec<String>,
    /// Error-severity clashes in the programme.
    errors: usize,
    /// Drafts left out.
    drafts: usize,
}

fn change_lines(lang: Lang, previous: &Release, p: &Programme) -> Vec<String> {
    let public = crate::release::public(p);
    let changes = diff(&previous.file.programme, &public, DiffOptions::default());
    let sides = Sides { old: &previous.file.programme, new: &public };
    by_session(&changes)
        .iter()
        .map(|s| {
            let words = i18n::change_phrases(lang, sides, &s.changes);
            let words = words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join("; ");
            crate::gui::publish::on_screen(&format!("{}: {words}", lang.quote(s.title())))
        })
        .collect()
}

impl PublishDialog {
    /// The dialog for `p`, whose file has the releases of `listing`.
    pub fn new(lang: Lang, p: &Programme, listing: Listing) -> Self {
        let previous = listing.latest();
        Self {
            label: i18n::next_label(lang, listing.releases.len()),
            note: String::new(),
            error: None,
            changes: previous.map(|r| change_lines(lang, r, p)).unwrap_or_default(),
            previous: previous.map(|r| r.label().to_owned()),
            taken: listing.releases.iter().map(|r| r.label().trim().to_lowercase()).collect(),
            errors: Counts::of(&crate::clash::detect(p)).errors,
            drafts: p.sessions.values().filter(|s| s.status == Status::Draft).count(),
        }
    }

    fn label_taken(&self) -> bool {
        self.taken.contains(&self.label.trim().to_lowercase())
    }

    /// Draws the dialog; pushes `Record` or `ClosePublish`.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        egui::Modal::new(egui::Id::unique("publish_dialog")).show(ctx, |ui| {
            ui.set_min_width(460.0);
            ui.set_max_width(620.0);
            ui.heading(publish_word(lang, PublishWord::Publish));
            egui::Grid::new("publish_form").num_columns(2).show(ui, |ui| {
                let label = ui.label(publish_word(lang, PublishWord::LabelField));
                ui.text_edit_singleline(&mut self.label).labelled_by(label.id);
                ui.end_row();
                let label = ui.label(publish_word(lang, PublishWord::NoteField));
                ui.text_edit_singleline(&mut self.note).labelled_by(label.id);
                ui.end_row();
            });
            let taken = self.label_taken();
            if taken {
                ui.colored_label(ui.visuals().error_fg_color, publish_word(lang, PublishWord::LabelTaken));
            }
            ui.add_space(6.0);
            match &self.previous {
                Some(previous) => {
                    let count = i18n::change_count(lang, self.changes.len());
                    ui.strong(i18n::since_latest(lang, previous, &count));
                    egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
                        for line in &self.changes {
                            ui.label(line);
                        }
                    });
                }
                None => {
                    ui.label(publish_word(lang, PublishWord::FirstRelease));
                }
            }
            ui.add_space(6.0);
            if self.errors > 0 {
                ui.colored_label(ui.visuals().error_fg_color, i18n::release_errors_warning(lang, self.errors));
            }
            if self.drafts > 0 {
                ui.colored_label(ui.visuals().warn_fg_color, i18n::release_drafts_note(lang, self.drafts));
            }
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ready = !taken && !self.label.trim().is_empty();
                let button = egui::Button::new(publish_word(lang, PublishWord::Publish));
                if ui.add_enabled(ready, button).clicked() {
                    actions.push(Action::Publish(PublishAction::Record));
                }
                if ui.button(t(lang, T::Cancel)).clicked() {
                    actions.push(Action::Publish(PublishAction::ClosePublish));
                }
            });
        });
    }
}
