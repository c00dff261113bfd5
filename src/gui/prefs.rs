//! UI preferences kept by eframe's storage: recent files, language, theme, panels. Never the programme.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// What is remembered between runs. `#[serde(default)]`: older preference files still load.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct UiPrefs {
    /// Most recent first, at most [`RECENT_MAX`].
    pub recent_files: Vec<PathBuf>,
    /// "de" or "en"; `None` follows the system.
    pub lang: Option<String>,
    /// Theme.
    pub theme: ThemeChoice,
    /// Whether the clash panel is hidden.
    pub hide_clash_panel: bool,
    /// The folder each purpose last chose a file in ("open", "save", "import", "export", "agenda").
    pub folders: BTreeMap<String, PathBuf>,
}

/// How many recent files are kept.
pub const RECENT_MAX: usize = 8;

impl UiPrefs {
    /// Puts a file first in the recent list.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent_files.retain(|p| p != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(RECENT_MAX);
    }

    /// Remembers the folder of a file chosen for `purpose` (the next chooser for it starts there).
    pub fn remember_folder(&mut self, purpose: &str, file: &std::path::Path) {
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            self.folders.insert(purpose.to_owned(), dir.to_owned());
        }
    }
}
