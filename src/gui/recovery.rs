//! Autosave to a recovery file while there are unsaved changes, and the offer to restore it after a
//! crash. The recovery copy lives in the app's data folder, never beside the user's file.

use std::path::{Path, PathBuf};

use crate::format;
use crate::model::Programme;

/// Where recovery copies go.
#[derive(Clone, Debug)]
pub struct Recovery {
    dir: PathBuf,
}

impl Recovery {
    /// Recovery in `dir` (created on first write).
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The platform's data folder for Podium, if there is one.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("de", "Podium", "Podium").map(|d| d.data_dir().join("recovery"))
    }

    fn copy(&self) -> PathBuf {
        self.dir.join("wiederherstellung.ron")
    }

    fn origin(&self) -> PathBuf {
        self.dir.join("wiederherstellung.pfad")
    }

    /// Writes the recovery copy (atomically) and the path of the file it belongs to.
    pub fn write(&self, p: &Programme, origin: Option<&Path>) -> Result<(), format::SaveError> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|source| format::SaveError::Io { source, path: self.dir.clone() })?;
        format::save_file(p, &self.copy())?;
        let origin = origin.map(|o| o.display().to_string()).unwrap_or_default();
        format::write_atomic(&self.origin(), origin.as_bytes())
    }

    /// A recovery copy left by a run that did not end properly.
    pub fn read(&self) -> Option<(Programme, Option<PathBuf>)> {
        let p = format::load_file(&self.copy()).ok()?;
        let origin = std::fs::read_to_string(self.origin()).ok().filter(|o| !o.is_empty()).map(PathBuf::from);
        Some((p, origin))
    }

    /// Removes the recovery copy (after a save, a discard or a clean exit).
    pub fn clear(&self) {
        std::fs::remove_file(self.copy()).ok();
        std::fs::remove_file(self.origin()).ok();
    }
}
