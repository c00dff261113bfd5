//! The open document: the programme, its undo history, its file, the clashes and the revision that was
//! saved. Every change is an [`Edit`] through [`Document::apply`]; the history keeps what each edit
//! replaced, not copies. Clashes are found again after each change, never saved: a [`Checker`] kept next
//! to the programme takes in an edit, undo or redo that touched only sessions by sweeping only what those
//! sessions touch; any other change checks the whole programme.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use crate::clash::{Checker, Clash};
use crate::edit::{self, Change, Edit, EditError, EditSummary, History, ItemKey};
use crate::format::{self, LoadError, SaveError};
use crate::model::Programme;

/// A programme being edited.
pub struct Document {
    programme: Programme,
    history: History,
    path: Option<PathBuf>,
    checker: Checker,
    revision: u64,
    saved_revision: Option<u64>,
    disk_stamp: Option<SystemTime>,
    bundled: bool,
    /// The sessions the last undo or redo touched (empty when it touched more than sessions).
    stepped: Vec<crate::model::SessionKey>,
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl Document {
    /// A document for a programme not yet saved anywhere (`saved` marks it as unchanged, e.g. the bundled
    /// sample).
    pub fn new(programme: Programme, path: Option<PathBuf>, saved: bool) -> Self {
        let checker = Checker::new(&programme);
        let disk_stamp = path.as_deref().and_then(modified);
        let mut doc = Self {
            programme,
            history: History::default(),
            path,
            checker,
            revision: fresh_revision(),
            saved_revision: None,
            disk_stamp,
            bundled: false,
            stepped: Vec::new(),
        };
        if saved {
            doc.saved_revision = Some(doc.revision);
        }
        doc
    }

    /// The bundled sample congress, not yet saved anywhere.
    pub fn bundled(programme: Programme) -> Self {
        Self { bundled: true, ..Self::new(programme, None, true) }
    }

    /// The file's name for titles and the status bar: the file name, else "Beispielprogramm" for the
    /// bundled congress, else "Unbenannt".
    pub fn file_label(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{T, t};
        match self.path.as_deref().and_then(Path::file_name) {
            Some(name) => name.to_string_lossy().into_owned(),
            None if self.bundled && self.path.is_none() => t(lang, T::Bundled).to_owned(),
            None => t(lang, T::Untitled).to_owned(),
        }
    }

    /// Opens a file; the caller's current document is not touched when this fails.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let programme = format::load_file(path)?;
        Ok(Self::new(programme, Some(path.to_owned()), true))
    }

    /// The programme.
    pub fn programme(&self) -> &Programme {
        &self.programme
    }

    /// Clashes of the current programme, sorted.
    pub fn clashes(&self) -> &[Clash] {
        self.checker.clashes()
    }

    /// The file, when it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether there are changes since the last save (or since opening).
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision)
    }

    /// The current revision (changes with every edit, undo and redo).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies an edit as one undo step; says which keys it created.
    pub fn apply(&mut self, edit: Edit) -> Result<Vec<ItemKey>, EditError> {
        let summary = edit.summary(&self.programme);
        let applied = edit::apply(&mut self.programme, edit)?;
        take_in(&mut self.checker, &self.programme, &applied.change);
        self.history.record(summary, applied.change, self.revision);
        self.revision = fresh_revision();
        Ok(applied.created)
    }

    /// Tries an edit without keeping it: `look` sees the programme and its clashes with the edit made
    /// and the keys it would create; then everything is put back as it was (programme, clashes,
    /// revision, history). `None` when the edit is refused.
    pub fn try_edit<R>(&mut self, edit: Edit, look: impl FnOnce(&Programme, &[Clash], &[ItemKey]) -> R) -> Option<R> {
        let applied = edit::apply(&mut self.programme, edit).ok()?;
        take_in(&mut self.checker, &self.programme, &applied.change);
        let seen = look(&self.programme, self.checker.clashes(), &applied.created);
        let back = applied.change.put_back(&mut self.programme);
        take_in(&mut self.checker, &self.programme, &back);
        Some(seen)
    }

    /// What undo would undo.
    pub fn undo_summary(&self) -> Option<&EditSummary> {
        self.history.undo_summary()
    }

    /// What redo would redo.
    pub fn redo_summary(&self) -> Option<&EditSummary> {
        self.history.redo_summary()
    }

    /// Undoes the last edit; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let Some((revision, change)) = self.history.undo(&mut self.programme, self.revision) else { return false };
        take_in(&mut self.checker, &self.programme, change);
        self.stepped = change.only_sessions().unwrap_or_default();
        self.revision = revision;
        true
    }

    /// Redoes the last undone edit; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        let Some((revision, change)) = self.history.redo(&mut self.programme, self.revision) else { return false };
        take_in(&mut self.checker, &self.programme, change);
        self.stepped = change.only_sessions().unwrap_or_default();
        self.revision = revision;
        true
    }

    /// The sessions the last undo or redo touched (empty when it touched days, halls or the like too).
    pub fn stepped_sessions(&self) -> &[crate::model::SessionKey] {
        &self.stepped
    }

    /// Saves atomically to `path` and remembers it; on failure the document stays unsaved and the old file
    /// is left as it was.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        self.save_with(path, format::ReadOnly::Refuse)
    }

    /// [`Self::save_to`], saying what to do with a read-only file.
    pub fn save_with(&mut self, path: &Path, read_only: format::ReadOnly) -> Result<(), SaveError> {
        format::write_atomic_with(path, format::to_string(&self.programme)?.as_bytes(), read_only)?;
        self.path = Some(path.to_owned());
        self.saved_revision = Some(self.revision);
        self.disk_stamp = modified(path);
        Ok(())
    }

    /// Whether the file changed on disk since it was opened or saved here.
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, self.disk_stamp) {
            (Some(path), Some(stamp)) => modified(path).is_some_and(|now| now != stamp),
            _ => false,
        }
    }

    /// Forgets a change on disk (the user chose to keep the open version).
    pub fn accept_disk_state(&mut self) {
        self.disk_stamp = self.path.as_deref().and_then(modified);
    }

    /// Marks the document as unsaved (a restored recovery copy).
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = None;
    }
}

/// Brings the checker up to date after `change`: session by session when it touched only sessions,
/// else from scratch.
fn take_in(checker: &mut Checker, p: &Programme, change: &Change) {
    match change.only_sessions() {
        Some(keys) => {
            for key in &keys {
                checker.session_changed(p, key);
            }
        }
        None => *checker = Checker::new(p),
    }
}

/// A revision number never used before in this process, so that views cached by revision (lists,
/// timetable, forms) never mistake one document for another after Open, New or Reload.
fn fresh_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_are_never_shared_between_documents() {
        let p = crate::synth::programme(20, 1);
        let mut a = Document::new(p.clone(), None, true);
        let b = Document::new(p, None, true);
        assert_ne!(a.revision(), b.revision(), "a view cached for one document would show for the other");
        assert!(!a.is_dirty() && !b.is_dirty());
        let first = a.revision();
        let key = a.programme().sessions.keys().next().cloned().unwrap();
        a.apply(Edit::Remove(crate::edit::Removal::Session(key))).unwrap();
        assert!(a.is_dirty());
        assert_ne!(a.revision(), b.revision());
        assert!(a.undo());
        assert_eq!(a.revision(), first);
        assert!(!a.is_dirty());
    }

    #[test]
    fn clashes_follow_session_edits_other_edits_and_undo() {
        use crate::edit::Placement;
        let p = format::load_str(crate::sample::BUNDESKONGRESS_ENTWURF).unwrap();
        let mut doc = Document::new(p, None, true);
        let agrees = |doc: &Document| assert_eq!(doc.clashes(), crate::clash::detect(doc.programme()).as_slice());
        agrees(&doc);
        let before = doc.clashes().len();
        // Move every session into the first hall at 10:00 on its day: many overlaps.
        let hall = doc.programme().halls.keys().next().cloned().unwrap();
        let keys: Vec<_> = doc.programme().sessions.keys().cloned().collect();
        for key in &keys {
            let mut to = Placement::of(&doc.programme().sessions[key]);
            to.hall = Some(crate::model::HallPlacement::Hall(hall.clone()));
            to.start = "10:00".parse().ok();
            doc.apply(Edit::Place(key.clone(), to)).unwrap();
            agrees(&doc);
        }
        assert!(doc.clashes().len() > before);
        doc.apply(Edit::Remove(crate::edit::Removal::Hall(hall))).unwrap();
        agrees(&doc);
        assert!(doc.undo());
        agrees(&doc);
        doc.apply(Edit::Remove(crate::edit::Removal::Session(keys[0].clone()))).unwrap();
        agrees(&doc);
    }

    #[test]
    fn the_bundled_sample_has_a_name_until_it_is_saved() {
        let p = format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let mut doc = Document::bundled(p);
        assert_eq!(doc.file_label(crate::i18n::Lang::De), "Beispielprogramm (mitgeliefert)");
        let dir = tempfile::tempdir().unwrap();
        doc.save_to(&dir.path().join("nsp.ron")).unwrap();
        assert_eq!(doc.file_label(crate::i18n::Lang::En), "nsp.ron");
    }

    #[test]
    fn undo_back_to_the_saved_state_clears_the_mark() {
        let p = format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let mut doc = Document::new(p, None, true);
        assert!(!doc.is_dirty());
        let mut event = doc.programme().event.clone();
        event.title = "Neu".into();
        doc.apply(Edit::SetEvent(Box::new(event))).unwrap();
        assert!(doc.is_dirty());
        assert!(doc.undo());
        assert!(!doc.is_dirty());
        assert!(doc.redo());
        assert!(doc.is_dirty());
        assert_eq!(doc.programme().event.title, "Neu");
    }
}
