//! The editor's publishing rounds: opening the agenda dialog on a publishing layout with the releases to
//! compare with, "Veröffentlichen…" (record a release of the programme as it is in the editor, beside its
//! file), and "Änderungen seit …" (the changes since a chosen release as a panel, with the changed blocks
//! marked in the timetable). Reading and writing the release folder happens here, at the edge.

use std::sync::Arc;

use chrono::Utc;

use super::app::PodiumApp;
use super::dialogs::agenda::AgendaDialog;
use super::dialogs::publish::PublishDialog;
use super::modal::Modal;
use super::panels::changes::ChangesPanel;
use crate::export::agenda::AgendaLayout;
use crate::export::{Baseline, ReleaseContext};
use crate::i18n::{self, PublishWord, publish_word};
use crate::release::{self, Listing};

/// Text for the screen: egui's bundled fonts have no "→", which the printed change phrases use.
pub fn on_screen(text: &str) -> String {
    text.replace('→', "->")
}

/// What the publishing views ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishAction {
    /// Open the agenda dialog on a publishing layout.
    Export(AgendaLayout),
    /// Open "Veröffentlichen…".
    OpenPublish,
    /// Record the release the dialog names.
    Record,
    /// Close "Veröffentlichen…".
    ClosePublish,
    /// Show or hide "Änderungen seit …".
    ToggleChanges,
}

impl PodiumApp {
    /// The releases of the open file (none for an unsaved document); an unreadable folder is told.
    fn listing(&mut self) -> Listing {
        let Some(path) = self.doc.path().map(std::path::Path::to_owned) else { return Listing::default() };
        match release::list(&path) {
            Ok(listing) => {
                if let Some((_, e)) = listing.broken.first() {
                    self.notices.push(i18n::release_error(self.lang, e), true);
                }
                listing
            }
            Err(e) => {
                self.notices.push(i18n::release_error(self.lang, &e), true);
                Listing::default()
            }
        }
    }

    /// The releases as baselines, newest first, and the latest label when the programme still is it.
    fn release_context(&mut self) -> (Vec<Arc<Baseline>>, Option<String>) {
        let listing = self.listing();
        let public = release::public(self.doc.programme());
        let current = listing.latest().filter(|r| r.file.programme == public).map(|r| r.label().to_owned());
        let baselines = listing
            .releases
            .into_iter()
            .rev()
            .map(|r| Arc::new(Baseline { label: r.file.label, programme: r.file.programme }))
            .collect();
        (baselines, current)
    }

    /// The release context of a plain export: the latest release's label while the programme still is
    /// what it released (schedule exports carry it as `<version>`).
    pub(super) fn release_now(&mut self) -> ReleaseContext {
        let (_, label) = self.release_context();
        ReleaseContext { label, since: None }
    }

    /// Applies a publishing action.
    pub(super) fn publish_action(&mut self, action: PublishAction) {
        match action {
            PublishAction::Export(layout) => {
                let (releases, label) = self.release_context();
                let mut dialog = AgendaDialog::new(self.lang);
                if let Some(settings) = self.agenda_settings.clone() {
                    dialog.settings = settings;
                }
                dialog.settings.agenda.layout = layout;
                // Compared with the newest release the programme differs from: right after recording a
                // release, the one before it (else "keine Änderungen" would be all there is to print).
                let differs = if label.is_some() { releases.get(1) } else { releases.first() };
                let since = match layout {
                    AgendaLayout::Changes | AgendaLayout::Letters => differs.cloned(),
                    _ => None,
                };
                dialog.settings.release = ReleaseContext { label, since };
                dialog.releases = releases;
                self.modals.push(Modal::Agenda(Box::new(dialog)));
            }
            PublishAction::OpenPublish => {
                if self.doc.path().is_none() {
                    let heading = publish_word(self.lang, PublishWord::Publish).to_owned();
                    let text = publish_word(self.lang, PublishWord::SaveFirst).to_owned();
                    self.modals.push(Modal::Message { heading, text });
                    return;
                }
                let listing = self.listing();
                self.modals.push(Modal::Publish(PublishDialog::new(self.lang, self.doc.programme(), listing)));
            }
            PublishAction::Record => self.record_release(),
            PublishAction::ClosePublish => {
                self.modals.take(|m| matches!(m, Modal::Publish(_)));
            }
            PublishAction::ToggleChanges => {
                if self.changes_panel.take().is_none() {
                    let (releases, _) = self.release_context();
                    self.changes_panel = Some(ChangesPanel::new(releases));
                }
                self.state.timetable.changed.clear();
            }
        }
    }

    fn record_release(&mut self) {
        let Some(path) = self.doc.path().map(std::path::Path::to_owned) else { return };
        let Some(dialog) = self.modals.publish() else { return };
        let (label, note) = (dialog.label.clone(), dialog.note.clone());
        match release::record(&path, self.doc.programme(), &label, &note, Utc::now()) {
            Ok(r) => {
                let sessions = r.file.programme.sessions.len();
                let text = i18n::release_recorded(self.lang, r.label(), sessions, &r.path.display().to_string());
                self.notices.push(on_screen(&text), false);
                self.modals.take(|m| matches!(m, Modal::Publish(_)));
                // The panel compares with the releases as they are now.
                if self.changes_panel.is_some() {
                    let (releases, _) = self.release_context();
                    self.changes_panel = Some(ChangesPanel::new(releases));
                }
            }
            Err(e) => {
                let error = i18n::release_error(self.lang, &e);
                if let Some(dialog) = self.modals.publish() {
                    dialog.error = Some(error);
                }
            }
        }
    }
}

impl PodiumApp {
    /// "Änderungen seit …" as a side panel while it is open; the timetable marks what it lists.
    pub(super) fn changes_panel_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<super::action::Action>) {
        let Some(panel) = &mut self.changes_panel else { return };
        let lang = self.lang;
        let (p, revision) = (self.doc.programme(), self.doc.revision());
        let mut fresh = false;
        egui::Panel::right("changes_panel").resizable(true).min_size(260.0).default_size(340.0).show(ui, |ui| {
            fresh = panel.ui(ui, lang, (p, revision), actions);
        });
        if fresh {
            self.state.timetable.changed = panel.changed();
        }
    }
}
