//! UI preferences kept by eframe's storage: recent files, language, theme, panels. Never the programme.

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
}
