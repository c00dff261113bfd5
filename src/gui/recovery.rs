//! Recovery copies: while there are unsaved changes each running Podium keeps its own copy in the app's
//! data folder (never beside the user's file), and after a crash the next start offers the copies that
//! no running Podium holds. A copy belongs to a window by a lock file the window holds while it runs
//! (`<id>.lock`, locked with the standard library's file locks), so a second window never offers the
//! first one's copy.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::format;
use crate::model::Programme;

/// This window's recovery copy.
#[derive(Debug)]
pub struct Recovery {
    dir: PathBuf,
    id: String,
    /// Held (locked) while this window runs.
    _lock: Option<File>,
}

/// Where one recovery copy is written (cheap to clone into the writing thread).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyPaths {
    /// The programme.
    pub copy: PathBuf,
    /// The path of the file it belongs to (empty for a new programme).
    pub origin: PathBuf,
}

impl CopyPaths {
    fn of(dir: &Path, id: &str) -> Self {
        Self { copy: dir.join(format!("{id}.ron")), origin: dir.join(format!("{id}.pfad")) }
    }

    /// Writes the copy (atomically) and the path it belongs to.
    pub fn write(&self, p: &Programme, origin: Option<&Path>) -> Result<(), format::SaveError> {
        if let Some(dir) = self.copy.parent() {
            std::fs::create_dir_all(dir).map_err(|source| format::SaveError::Io { source, path: dir.to_owned() })?;
        }
        format::save_file(p, &self.copy)?;
        let origin = origin.map(|o| o.display().to_string()).unwrap_or_default();
        format::write_atomic(&self.origin, origin.as_bytes())
    }

    /// Removes the copy.
    pub fn clear(&self) {
        std::fs::remove_file(&self.copy).ok();
        std::fs::remove_file(&self.origin).ok();
    }
}

/// A copy left by a window that is gone.
#[derive(Debug)]
pub struct Orphan {
    /// The programme as it was.
    pub programme: Programme,
    /// The file it belonged to.
    pub origin: Option<PathBuf>,
    paths: CopyPaths,
}

impl Recovery {
    /// This window's recovery in `dir` (created now, with the lock file).
    pub fn new(dir: PathBuf) -> Self {
        let id = format!("fenster-{}", uuid::Uuid::new_v4().simple());
        std::fs::create_dir_all(&dir).ok();
        let lock = File::create(dir.join(format!("{id}.lock"))).ok().filter(|f| f.try_lock().is_ok());
        Self { dir, id, _lock: lock }
    }

    /// The platform's data folder for Podium, if there is one.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("de", "Podium", "Podium").map(|d| d.data_dir().join("recovery"))
    }

    /// Where this window's copy goes.
    pub fn paths(&self) -> CopyPaths {
        CopyPaths::of(&self.dir, &self.id)
    }

    /// Writes this window's copy now.
    pub fn write(&self, p: &Programme, origin: Option<&Path>) -> Result<(), format::SaveError> {
        self.paths().write(p, origin)
    }

    /// Removes this window's copy (after a save, a discard or a clean exit).
    pub fn clear(&self) {
        self.paths().clear();
    }

    /// The newest copy that no running window holds (its lock file is gone or free), if one loads.
    /// Copies of earlier versions (`wiederherstellung.ron`, no lock) count as left behind.
    pub fn orphan(&self) -> Option<Orphan> {
        let names: Vec<String> = std::fs::read_dir(&self.dir)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        // The lock of a window that crashed before it wrote a copy is of no use: it goes.
        for id in names.iter().filter_map(|n| n.strip_suffix(".lock")) {
            if id != self.id && !names.iter().any(|n| n.strip_suffix(".ron") == Some(id)) && !self.held(id) {
                std::fs::remove_file(self.dir.join(format!("{id}.lock"))).ok();
            }
        }
        let entries = std::fs::read_dir(&self.dir).ok()?;
        let mut found: Vec<(std::time::SystemTime, String)> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let id = name.strip_suffix(".ron")?.to_owned();
                let modified = e.metadata().and_then(|m| m.modified()).ok()?;
                (id != self.id && !self.held(&id)).then_some((modified, id))
            })
            .collect();
        found.sort();
        found.into_iter().rev().find_map(|(_, id)| {
            let paths = CopyPaths::of(&self.dir, &id);
            let programme = format::load_file(&paths.copy).ok()?;
            let origin = std::fs::read_to_string(&paths.origin).ok().filter(|o| !o.is_empty()).map(PathBuf::from);
            Some(Orphan { programme, origin, paths })
        })
    }

    /// Whether a running window holds the copy `id`.
    fn held(&self, id: &str) -> bool {
        let Ok(file) = File::open(self.dir.join(format!("{id}.lock"))) else { return false };
        match file.try_lock() {
            Ok(()) => {
                file.unlock().ok();
                // Nobody holds it: the window is gone; its lock file goes with the copy.
                false
            }
            Err(_) => true,
        }
    }

    /// Throws a left-behind copy away.
    pub fn discard(&self, orphan: &Orphan) {
        orphan.paths.clear();
        let lock = orphan.paths.copy.with_extension("lock");
        std::fs::remove_file(lock).ok();
    }

    /// Takes a left-behind copy over as this window's (restored: it stays on disk until saved).
    pub fn adopt(&self, orphan: &Orphan) {
        let mine = self.paths();
        std::fs::rename(&orphan.paths.copy, &mine.copy).ok();
        std::fs::rename(&orphan.paths.origin, &mine.origin).ok();
        std::fs::remove_file(orphan.paths.copy.with_extension("lock")).ok();
    }
}

impl Drop for Recovery {
    fn drop(&mut self) {
        // A clean end: the lock file goes; a copy that is still there stays for the next start.
        std::fs::remove_file(self.dir.join(format!("{}.lock", self.id))).ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn programme(title: &str) -> Programme {
        let mut p = Programme::default();
        p.event.title = title.into();
        p
    }

    #[test]
    fn a_second_window_never_offers_the_first_ones_copy() {
        let dir = tempfile::tempdir().unwrap();
        let first = Recovery::new(dir.path().to_owned());
        first.write(&programme("Erstes Fenster"), None).unwrap();
        let second = Recovery::new(dir.path().to_owned());
        assert!(second.orphan().is_none(), "the first window still runs");
        drop(first);
        let third = Recovery::new(dir.path().to_owned());
        let orphan = third.orphan().expect("the first window is gone: its copy is offered");
        assert_eq!(orphan.programme.event.title, "Erstes Fenster");
        third.adopt(&orphan);
        assert!(Recovery::new(dir.path().to_owned()).orphan().is_none(), "adopted: held by the third");
    }

    #[test]
    fn a_copy_of_an_earlier_version_is_offered_and_discarded() {
        let dir = tempfile::tempdir().unwrap();
        format::save_file(&programme("Alt"), &dir.path().join("wiederherstellung.ron")).unwrap();
        let r = Recovery::new(dir.path().to_owned());
        let orphan = r.orphan().unwrap();
        assert_eq!(orphan.programme.event.title, "Alt");
        r.discard(&orphan);
        assert!(r.orphan().is_none());
    }

    #[test]
    fn the_lock_of_a_window_gone_without_a_copy_is_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("fenster-weg.lock"), "").unwrap();
        let running = Recovery::new(dir.path().to_owned());
        assert!(running.orphan().is_none());
        assert!(!dir.path().join("fenster-weg.lock").exists(), "a free lock without a copy goes");
        let second = Recovery::new(dir.path().to_owned());
        assert!(second.orphan().is_none());
        assert!(dir.path().join(format!("{}.lock", running.id)).exists(), "a held lock stays");
    }
}
