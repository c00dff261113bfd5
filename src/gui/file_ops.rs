//! The editor's file work: new, open, save, import, export, the unsaved-changes guard, the recovery
//! copy, noticing changes on disk, and the window title. A failed load leaves the open document as it
//! was; a failed save keeps it unsaved and the old file intact.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::Utc;

use super::action::GuardChoice;
use super::agenda_job::{AgendaJob, JobState, with_extension};
use super::app::PodiumApp;
use super::dialogs::chooser::Chooser;
use super::document::Document;
use super::files::{Picked, Purpose, start_folder};
use super::modal::{Modal, Then};
use crate::export::{ExportOptions, Selection};
use crate::i18n::{self, S, T, s, t};
use crate::interchange::SourceFormat;
use crate::model::Programme;

/// How often the file on disk is looked at.
const DISK_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

fn empty_programme(lang: crate::i18n::Lang) -> Programme {
    let mut p = Programme::default();
    p.event.title = s(lang, S::NewEventTitle).to_owned();
    p.event.uuid = uuid::Uuid::new_v4();
    p
}

impl PodiumApp {
    /// Runs `then` now, or first asks about unsaved changes.
    pub(super) fn guarded(&mut self, ctx: &egui::Context, then: Then) {
        if self.doc.is_dirty() {
            self.modals.push(Modal::Unsaved { then });
        } else {
            self.perform(ctx, then);
        }
    }

    pub(super) fn perform(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => self.replace(Document::new(empty_programme(self.lang), None, true)),
            Then::Open => self.choose(ctx, Purpose::Open, Some(Then::Open)),
            Then::OpenPath(path) => self.open_path(&path),
            Then::Import => self.choose(ctx, Purpose::Import, Some(Then::Import)),
            Then::ImportPath(path) => self.import_path(&path),
            Then::Quit => {
                self.closing = true;
                if let Some(a) = &mut self.autosave {
                    a.clear();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Asks the desktop's chooser; where there is none, opens Podium's own. `then` goes on after a save;
    /// for opening and importing it says the unsaved-changes question was answered already.
    pub(super) fn choose(&mut self, ctx: &egui::Context, purpose: Purpose, then: Option<Then>) {
        let remembered = self.prefs.folders.get(purpose.key()).map(PathBuf::as_path);
        let start = start_folder(purpose, remembered, self.doc.path());
        let name = match (purpose, self.doc.path()) {
            (Purpose::Save, Some(own)) => own.file_name().map(|n| n.to_string_lossy().into_owned()),
            _ => purpose.suggested_name(&self.doc.programme().event.acronym),
        };
        match self.files.choose_file(purpose, &start, name.as_deref(), self.lang) {
            Picked::Path(path) => self.path_chosen(ctx, purpose, path, then),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let mut chooser = Chooser::new(purpose, start, name).with_own(self.doc.path().map(Path::to_owned));
                if purpose == Purpose::Export {
                    let left = Selection::default().left_out(self.doc.programme());
                    chooser = chooser.with_drafts(self.export_drafts, left);
                }
                if let Some(heading) = self.agenda_heading(purpose) {
                    chooser = chooser.with_heading(heading);
                }
                self.modals.push(Modal::Chooser { chooser, then });
            }
        }
    }

    /// The heading of the agenda's chooser for a publishing layout ("Raumaushang speichern"): the
    /// default one says "Agenda exportieren".
    fn agenda_heading(&self, purpose: Purpose) -> Option<String> {
        use crate::export::agenda::AgendaLayout;
        use crate::i18n::{PublishWord, publish_word};
        let layout =
            self.agenda_settings.as_ref().map(|s| s.agenda.layout).filter(|_| matches!(purpose, Purpose::Agenda(_)))?;
        let word = match layout {
            AgendaLayout::Changes => PublishWord::ChangesTitle,
            AgendaLayout::Doors => PublishWord::DoorsTitle,
            AgendaLayout::Letters => PublishWord::LettersTitle,
            AgendaLayout::Booklet | AgendaLayout::Grid => return None,
        };
        Some(format!("{} – {}", publish_word(self.lang, word), t(self.lang, T::Save)))
    }

    /// A file was chosen (in a chooser or the recent list).
    pub(super) fn path_chosen(&mut self, ctx: &egui::Context, purpose: Purpose, path: PathBuf, then: Option<Then>) {
        self.prefs.remember_folder(purpose.key(), &path);
        match purpose {
            // From the recent list: still ask about unsaved changes.
            Purpose::Open if then.is_none() => self.guarded(ctx, Then::OpenPath(path)),
            Purpose::Open => self.open_path(&path),
            Purpose::Import if then.is_none() => self.guarded(ctx, Then::ImportPath(path)),
            Purpose::Import => self.import_path(&path),
            Purpose::Save => {
                if self.save_to(&path, then.clone())
                    && let Some(next) = then
                {
                    self.perform(ctx, next);
                }
            }
            Purpose::Export => self.export_to(&path),
            Purpose::Agenda(_) => self.start_agenda(&path),
        }
    }

    pub(super) fn guard_answered(&mut self, ctx: &egui::Context, choice: GuardChoice) {
        let Some(Modal::Unsaved { then }) = self.modals.take(|m| matches!(m, Modal::Unsaved { .. })) else { return };
        match choice {
            GuardChoice::Cancel => {}
            GuardChoice::Discard => {
                if let Some(a) = &mut self.autosave {
                    a.clear();
                }
                self.perform(ctx, then);
            }
            GuardChoice::Save => match self.doc.path().map(Path::to_owned) {
                Some(path) => {
                    if self.save_to(&path, Some(then.clone())) {
                        self.perform(ctx, then);
                    }
                }
                None => self.choose(ctx, Purpose::Save, Some(then)),
            },
        }
    }

    fn replace(&mut self, doc: Document) {
        self.doc = doc;
        self.forget_view_state();
        if let Some(path) = self.doc.path().map(Path::to_owned) {
            self.prefs.remember(path);
        }
        if let Some(a) = &mut self.autosave {
            a.clear();
        }
    }

    /// What belonged to the previous document: selection, form, the timetable view, the agenda options
    /// (its day, hall, track or person may not exist in the new document).
    fn forget_view_state(&mut self) {
        self.state.forget_document();
        self.form = None;
        self.free_places = None;
        self.agenda_settings = None;
    }

    /// Shows what went wrong with a file, in a message that stays until read.
    pub(super) fn fail(&mut self, heading: T, path: &Path, text: String) {
        let heading = t(self.lang, heading).to_owned();
        self.modals.push(Modal::Message { heading, text: format!("{}\n{text}", path.display()) });
    }

    /// Opens a file; on error the current document stays as it was and the error is shown.
    pub fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(doc) => self.replace(doc),
            Err(e) => self.fail(T::LoadFailed, path, i18n::load_error(self.lang, &e)),
        }
    }

    /// Imports a schedule file as a new, unsaved document.
    pub fn import_path(&mut self, path: &Path) {
        let format = SourceFormat::of_path(path).unwrap_or(SourceFormat::Xml);
        match crate::interchange::import_file(path, format, None) {
            Ok(imported) => {
                let warnings: Vec<String> =
                    imported.warnings.iter().map(|w| i18n::import_warning(self.lang, w)).collect();
                let mut doc = Document::new(imported.programme, None, false);
                doc.mark_unsaved();
                self.replace(doc);
                if !warnings.is_empty() {
                    let heading = t(self.lang, T::Import).trim_end_matches('…').to_owned();
                    self.modals.push(Modal::Message { heading, text: warnings.join("\n") });
                }
            }
            Err(e) => self.fail(T::LoadFailed, path, i18n::import_error(self.lang, &e)),
        }
    }

    /// Saves; `false` (and a message, or the question whether to save over a read-only file, after which
    /// `then` goes on) when it did not — the document then stays unsaved.
    pub fn save_to(&mut self, path: &Path, then: Option<Then>) -> bool {
        self.save_with(path, crate::format::ReadOnly::Refuse, then)
    }

    /// The answer to "save over the read-only file?": then what waited for the save goes on.
    pub(super) fn read_only_answered(&mut self, ctx: &egui::Context, replace: bool) {
        let Some(Modal::ReadOnly { path, then }) = self.modals.take(|m| matches!(m, Modal::ReadOnly { .. })) else {
            return;
        };
        if replace
            && self.save_with(&path, crate::format::ReadOnly::Replace, None)
            && let Some(next) = then
        {
            self.perform(ctx, next);
        }
    }

    /// Saves as RON: a name without an extension gets `.ron`; another extension is refused (a schedule
    /// file chosen by mistake, say the one just imported, is never written over with RON).
    fn save_with(&mut self, path: &Path, read_only: crate::format::ReadOnly, then: Option<Then>) -> bool {
        let path = match path.extension().and_then(|e| e.to_str()) {
            None => path.with_extension("ron"),
            Some(ext) if ext.eq_ignore_ascii_case("ron") => path.to_owned(),
            Some(_) => {
                self.fail(T::SaveFailed, path, t(self.lang, T::SaveNeedsRon).to_owned());
                return false;
            }
        };
        let path = path.as_path();
        match self.doc.save_with(path, read_only) {
            Ok(()) => {
                self.prefs.remember(path.to_owned());
                self.notices.push(format!("{}: {}", t(self.lang, T::Saved), path.display()), false);
                if let Some(a) = &mut self.autosave {
                    a.clear();
                }
                true
            }
            Err(crate::format::SaveError::ReadOnly { .. }) => {
                self.modals.push(Modal::ReadOnly { path: path.to_owned(), then });
                false
            }
            Err(e) => {
                self.fail(T::SaveFailed, path, i18n::save_error(self.lang, &e));
                false
            }
        }
    }

    /// Whether `path` is the open programme's own file (an export must never replace it); says so.
    fn refuse_over_programme(&mut self, path: &Path) -> bool {
        let own = self.doc.path().is_some_and(|own| crate::format::same_file(own, path));
        if own {
            self.fail(T::SaveFailed, path, t(self.lang, T::ExportOverProgramme).to_owned());
        }
        own
    }

    /// Writes a public export chosen by the extension (.xml, .json, .ics, .csv, .ron); never over the
    /// open programme's own file.
    pub fn export_to(&mut self, path: &Path) {
        if self.refuse_over_programme(path) {
            return;
        }
        let release = self.release_now();
        let p = self.doc.programme();
        let selection = Selection { include_drafts: self.export_drafts, ..Selection::default() };
        let left = selection.left_out(p);
        let opts = ExportOptions { selection, lang: self.lang, now: Utc::now(), release };
        let format = path.extension().and_then(|e| e.to_str()).and_then(crate::export::Format::from_extension);
        let bytes = match format {
            Some(format) => crate::export::render(p, &opts, format, &crate::export::FormatOptions::default())
                .map_err(|e| e.to_string()),
            None => Err(crate::i18n::text(self.lang, "gui-expected-extension").to_owned()),
        };
        let lang = self.lang;
        match bytes.and_then(|b| crate::format::write_atomic(path, &b).map_err(|e| i18n::save_error(lang, &e))) {
            Ok(()) => {
                let mut text = format!("{} {}", t(self.lang, T::ExportWritten), path.display());
                if let Some(note) = i18n::export_left_out(self.lang, left.drafts, left.cancelled) {
                    text = format!("{text} – {note}");
                }
                self.notices.push(text, left.drafts + left.cancelled > 0);
            }
            Err(text) => self.fail(T::SaveFailed, path, text),
        }
    }

    /// Starts writing the agenda with the chosen options in the background (see [`AgendaJob`]).
    pub fn start_agenda(&mut self, path: &Path) {
        let settings = self
            .agenda_settings
            .clone()
            .unwrap_or_else(|| super::dialogs::agenda::AgendaDialog::new(self.lang).settings);
        let path = with_extension(path, settings.format);
        if self.refuse_over_programme(&path) {
            return;
        }
        self.agenda_job = Some(AgendaJob::start(self.doc.programme().clone(), &settings, path, self.lang));
        self.notices.push(t(self.lang, T::AgendaRunning), false);
    }

    /// Looks at the running agenda export; reports where it wrote the file or why it failed.
    fn poll_agenda(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.agenda_job else { return };
        match job.poll() {
            JobState::Running => ctx.request_repaint_after(std::time::Duration::from_millis(50)),
            JobState::Done => {
                self.notices.push(format!("{} {}", t(self.lang, T::AgendaWritten), job.path.display()), false);
                self.agenda_job = None;
                ctx.request_repaint();
            }
            JobState::Failed(reason) => {
                let path = job.path.clone();
                self.agenda_job = None;
                self.fail(T::SaveFailed, &path, reason);
                ctx.request_repaint();
            }
        }
    }

    /// The answer to the recovery offer: restore the copy as an unsaved document, or throw it away.
    pub(super) fn recover(&mut self, restore: bool) {
        let Some(Modal::Recovery(orphan)) = self.modals.take(|m| matches!(m, Modal::Recovery(_))) else { return };
        let Some(autosave) = &mut self.autosave else { return };
        if restore {
            autosave.recovery.adopt(&orphan);
            let mut doc = Document::new(orphan.programme, orphan.origin, false);
            doc.mark_unsaved();
            self.doc = doc;
            self.forget_view_state();
        } else {
            autosave.recovery.discard(&orphan);
        }
    }

    pub(super) fn reload(&mut self, reload: bool) {
        self.modals.take(|m| matches!(m, Modal::Reload));
        match (reload, self.doc.path().map(Path::to_owned)) {
            (true, Some(path)) => self.open_path(&path),
            _ => self.doc.accept_disk_state(),
        }
    }

    /// Writes the recovery copy now, on this thread (when there are unsaved changes).
    pub fn autosave_now(&mut self) {
        if let Some(a) = &mut self.autosave {
            a.write_now(&self.doc);
        }
    }

    /// Whether the recovery copy is being written in the background.
    pub fn autosave_busy(&self) -> bool {
        self.autosave.as_ref().is_some_and(super::autosave::Autosave::busy)
    }

    /// After the frame: window title, the recovery copy, a look at the file on disk, fading notices.
    pub(super) fn housekeeping(&mut self, ctx: &egui::Context) {
        self.poll_agenda(ctx);
        let title = self.title();
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
        if let Some(a) = &mut self.autosave {
            let (again, event) = a.tick(&self.doc, Instant::now());
            if let Some(again) = again {
                ctx.request_repaint_after(again);
            }
            if let Some(super::autosave::AutosaveEvent::Failed(reason)) = event {
                self.notices.push(format!("{}: {reason}", s(self.lang, S::RecoveryWriteFailed)), true);
            }
        }
        let due = self.last_disk_check.is_none_or(|l: Instant| l.elapsed() >= DISK_CHECK_EVERY);
        if due {
            self.last_disk_check = Some(Instant::now());
            if !self.modals.any(|m| matches!(m, Modal::Reload)) && self.doc.changed_on_disk() {
                self.modals.push(Modal::Reload);
                ctx.request_repaint();
            }
        }
        if self.notices.any() {
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
        ctx.request_repaint_after(DISK_CHECK_EVERY);
    }
}
