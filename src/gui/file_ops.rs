//! The editor's file work: new, open, save, import, export, the unsaved-changes guard, autosave to the
//! recovery copy, noticing changes on disk, and the window title. A failed load leaves the open
//! document as it was; a failed save keeps it unsaved.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::Utc;

use super::action::GuardChoice;
use super::agenda_job::{AgendaJob, JobState, with_extension};
use super::app::{Pending, PodiumApp};
use super::dialogs::path::PathDialog;
use super::document::Document;
use super::files::Purpose;
use crate::export::{ExportOptions, Selection};
use crate::i18n::{self, T, t};
use crate::interchange::SourceFormat;
use crate::model::Programme;

/// How often the file on disk is looked at.
const DISK_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

fn empty_programme() -> Programme {
    let mut p = Programme::default();
    p.event.title = "Neue Veranstaltung".to_owned();
    p.event.uuid = uuid::Uuid::new_v4();
    p
}

impl PodiumApp {
    /// Runs `pending` now, or first asks about unsaved changes.
    pub(super) fn guarded(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.doc.is_dirty() {
            self.pending = Some(pending);
        } else {
            self.perform(ctx, pending);
        }
    }

    fn perform(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => self.replace(Document::new(empty_programme(), None, true)),
            Pending::Open => self.choose(ctx, Purpose::Open),
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Import => self.choose(ctx, Purpose::Import),
            Pending::ImportPath(path) => self.import_path(&path),
            Pending::Quit => {
                self.quit_confirmed = true;
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Asks the file chooser; without one (or when cancelled), shows the path field.
    pub(super) fn choose(&mut self, ctx: &egui::Context, purpose: Purpose) {
        match self.files.pick(purpose) {
            Some(path) => self.path_chosen(ctx, purpose, path),
            None => {
                let start = match purpose {
                    Purpose::Save => self.doc.path().map(|p| p.display().to_string()).unwrap_or_default(),
                    _ => String::new(),
                };
                self.path_dialog = Some(PathDialog::new(purpose, start));
            }
        }
    }

    pub(super) fn path_chosen(&mut self, ctx: &egui::Context, purpose: Purpose, path: PathBuf) {
        match purpose {
            // From the recent list: still ask about unsaved changes.
            Purpose::Open if self.doc.is_dirty() => self.pending = Some(Pending::OpenPath(path)),
            Purpose::Open => self.open_path(&path),
            Purpose::Import if self.doc.is_dirty() => self.pending = Some(Pending::ImportPath(path)),
            Purpose::Import => self.import_path(&path),
            Purpose::Save => {
                if self.save_to(&path)
                    && let Some(next) = self.after_save.take()
                {
                    self.perform(ctx, next);
                }
            }
            Purpose::Export => self.export_to(&path),
            Purpose::Agenda(_) => self.start_agenda(&path),
        }
    }

    pub(super) fn guard_answered(&mut self, ctx: &egui::Context, choice: GuardChoice) {
        let Some(pending) = self.pending.take() else { return };
        match choice {
            GuardChoice::Cancel => {}
            GuardChoice::Discard => {
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                self.perform(ctx, pending);
            }
            GuardChoice::Save => match self.doc.path().map(Path::to_owned) {
                Some(path) => {
                    if self.save_to(&path) {
                        self.perform(ctx, pending);
                    } else if self.read_only_ask.is_some() {
                        // Goes on once the user agrees to save over the read-only file.
                        self.after_save = Some(pending);
                    }
                }
                None => {
                    self.after_save = Some(pending);
                    self.choose(ctx, Purpose::Save);
                }
            },
        }
    }

    fn replace(&mut self, doc: Document) {
        self.doc = doc;
        self.forget_view_state();
        self.search.clear();
        if let Some(path) = self.doc.path().map(Path::to_owned) {
            self.prefs.remember(path);
        }
        if let Some(r) = &self.recovery {
            r.clear();
        }
    }

    /// What belonged to the previous document: selection, form, delete question, and the whole timetable
    /// view (filters, zoom, column width, chosen person, drag and its dialogs).
    fn forget_view_state(&mut self) {
        self.selected = None;
        self.form = None;
        self.delete_ask = None;
        self.timetable = super::timetable::TimetableState::default();
        // Its day, hall, track or person may not exist in the new document.
        self.agenda_settings = None;
    }

    fn fail(&mut self, heading: T, path: &Path, text: String) {
        self.message = Some((t(self.lang, heading).to_owned(), format!("{}\n{text}", path.display())));
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
                    self.message =
                        Some((t(self.lang, T::Import).trim_end_matches('…').to_owned(), warnings.join("\n")));
                }
            }
            Err(e) => self.fail(T::LoadFailed, path, i18n::import_error(self.lang, &e)),
        }
    }

    /// Saves; `false` (and a message, or the question whether to save over a read-only file) when it
    /// failed — the document then stays unsaved.
    pub fn save_to(&mut self, path: &Path) -> bool {
        self.save_with(path, crate::format::ReadOnly::Refuse)
    }

    /// The answer to "save over the read-only file?": then what waited for the save goes on.
    pub(super) fn read_only_answered(&mut self, ctx: &egui::Context, replace: bool) {
        let Some(path) = self.read_only_ask.take() else { return };
        if !replace {
            self.after_save = None;
            return;
        }
        if self.save_with(&path, crate::format::ReadOnly::Replace)
            && let Some(next) = self.after_save.take()
        {
            self.perform(ctx, next);
        }
    }

    /// Saves as RON: a name without an extension gets `.ron`; another extension is refused (a schedule
    /// file chosen by mistake, say the one just imported, is never written over with RON).
    fn save_with(&mut self, path: &Path, read_only: crate::format::ReadOnly) -> bool {
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
                self.status = Some(format!("{}: {}", t(self.lang, T::Saved), path.display()));
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                true
            }
            Err(crate::format::SaveError::ReadOnly { .. }) => {
                self.read_only_ask = Some(path.to_owned());
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
        let opts = ExportOptions { selection: Selection::default(), lang: self.lang, now: Utc::now(), release };
        let format = path.extension().and_then(|e| e.to_str()).and_then(crate::export::Format::from_extension);
        let bytes = match format {
            Some(format) => crate::export::render(p, &opts, format, &crate::export::FormatOptions::default())
                .map_err(|e| e.to_string()),
            None => Err(crate::i18n::text(self.lang, "gui-expected-extension").to_owned()),
        };
        let lang = self.lang;
        match bytes.and_then(|b| crate::format::write_atomic(path, &b).map_err(|e| i18n::save_error(lang, &e))) {
            Ok(()) => self.status = Some(format!("{} {}", t(self.lang, T::ExportWritten), path.display())),
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
        self.status = Some(t(self.lang, T::AgendaRunning).to_owned());
    }

    /// Looks at the running agenda export; reports where it wrote the file or why it failed.
    fn poll_agenda(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.agenda_job else { return };
        match job.poll() {
            JobState::Running => ctx.request_repaint_after(std::time::Duration::from_millis(50)),
            JobState::Done => {
                self.status = Some(format!("{} {}", t(self.lang, T::AgendaWritten), job.path.display()));
                self.agenda_job = None;
                ctx.request_repaint();
            }
            JobState::Failed(reason) => {
                let path = job.path.clone();
                self.agenda_job = None;
                self.status = None;
                self.fail(T::SaveFailed, &path, reason);
                ctx.request_repaint();
            }
        }
    }

    pub(super) fn recover(&mut self, restore: bool) {
        let Some((programme, origin)) = self.offered_recovery.take() else { return };
        if restore {
            let mut doc = Document::new(programme, origin, false);
            doc.mark_unsaved();
            self.doc = doc;
            self.forget_view_state();
        } else if let Some(r) = &self.recovery {
            r.clear();
        }
    }

    pub(super) fn reload(&mut self, reload: bool) {
        self.reload_offer = false;
        match (reload, self.doc.path().map(Path::to_owned)) {
            (true, Some(path)) => self.open_path(&path),
            _ => self.doc.accept_disk_state(),
        }
    }

    /// Writes the recovery copy now (when there are unsaved changes).
    pub fn autosave_now(&mut self) {
        if let Some(r) = &self.recovery
            && self.doc.is_dirty()
            && r.write(self.doc.programme(), self.doc.path()).is_ok()
        {
            self.last_autosave = Some(Instant::now());
        }
    }

    /// After the frame: window title, autosave, a look at the file on disk.
    pub(super) fn housekeeping(&mut self, ctx: &egui::Context) {
        self.poll_agenda(ctx);
        let title = self.title();
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
        let due = |last: Option<Instant>, every| last.is_none_or(|l: Instant| l.elapsed() >= every);
        if self.doc.is_dirty() && due(self.last_autosave, self.autosave_every) {
            self.autosave_now();
        }
        if due(self.last_disk_check, DISK_CHECK_EVERY) {
            self.last_disk_check = Some(Instant::now());
            if !self.reload_offer && self.doc.changed_on_disk() {
                self.reload_offer = true;
                ctx.request_repaint();
            }
        }
        ctx.request_repaint_after(DISK_CHECK_EVERY);
    }
}
