//! What a file is chosen for, the formats and names each purpose offers, the folder a chooser starts in,
//! and the desktop's file chooser behind a small trait (so tests never open one). The native chooser
//! uses rfd through the XDG portal; where no portal runs (minimal desktops, Xvfb) it answers at once,
//! and Podium's own chooser ([`crate::gui::dialogs::chooser`]) takes over.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::i18n::{Lang, S, s};

/// PDF or HTML.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgendaFormat {
    /// A printable PDF.
    #[default]
    Pdf,
    /// One web page.
    Html,
}

impl AgendaFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Html => "html",
        }
    }
}

/// What a chooser is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Open a programme (.ron).
    Open,
    /// Save a programme (.ron).
    Save,
    /// Import a schedule (.xml, .json).
    Import,
    /// Export (.xml, .json, .ics, .csv, .ron).
    Export,
    /// The printable agenda, in the format chosen in its dialog.
    Agenda(AgendaFormat),
}

impl Purpose {
    /// The extensions the chooser lists (lower case, without the dot), the usual one first.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Open | Self::Save => &["ron"],
            Self::Import => &["xml", "json"],
            Self::Export => &["xml", "json", "ics", "csv", "ron"],
            Self::Agenda(AgendaFormat::Pdf) => &["pdf", "html"],
            Self::Agenda(AgendaFormat::Html) => &["html", "pdf"],
        }
    }

    /// Whether the chooser writes a new file (and so offers a name) rather than picking one.
    pub fn writes(self) -> bool {
        matches!(self, Self::Save | Self::Export | Self::Agenda(_))
    }

    /// The key under which the preferences remember this purpose's last folder.
    pub fn key(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Save => "save",
            Self::Import => "import",
            Self::Export => "export",
            Self::Agenda(_) => "agenda",
        }
    }

    /// The file name a writing chooser suggests, from the event's acronym (`nsp2022.ron`,
    /// `nsp2022-programm.pdf`); `programm…` without one.
    pub fn suggested_name(self, acronym: &str) -> Option<String> {
        let stem = slug(acronym);
        let name = |suffix: &str, ext: &str| match &stem {
            Some(stem) if suffix.is_empty() => format!("{stem}.{ext}"),
            Some(stem) => format!("{stem}-{suffix}.{ext}"),
            None => format!("{}.{ext}", if suffix.is_empty() { "programm" } else { suffix }),
        };
        match self {
            Self::Save => Some(name("", "ron")),
            Self::Export => Some(name("", "xml")),
            Self::Agenda(format) => Some(name("programm", format.extension())),
            Self::Open | Self::Import => None,
        }
    }
}

/// The acronym as a file name stem: lower case letters, digits and `-`; `None` when nothing is left.
fn slug(acronym: &str) -> Option<String> {
    let stem: String = acronym
        .trim()
        .chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-').to_owned();
    (!stem.is_empty()).then_some(stem)
}

/// The folder a chooser for `purpose` starts in: saving starts beside the open file; the others start
/// where this purpose last chose a file, else beside the open file; else the documents folder, else the
/// home folder, else the working folder.
pub fn start_folder(purpose: Purpose, remembered: Option<&Path>, open_file: Option<&Path>) -> PathBuf {
    let beside = open_file.and_then(Path::parent).filter(|d| !d.as_os_str().is_empty()).map(Path::to_owned);
    let remembered = remembered.filter(|d| d.is_dir()).map(Path::to_owned);
    let chosen = match purpose {
        Purpose::Save => beside.or(remembered),
        _ => remembered.or(beside),
    };
    let folder = chosen.or_else(documents_folder).unwrap_or_else(|| PathBuf::from("."));
    // A file opened by a relative path still shows where it is.
    std::path::absolute(&folder).unwrap_or(folder)
}

/// The user's documents folder (the desktop's own setting, else a `Dokumente` or `Documents` folder in
/// the home folder), else the home folder.
pub fn documents_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    let home = dirs.home_dir();
    dirs.document_dir()
        .map(Path::to_owned)
        .into_iter()
        .chain(["Dokumente", "Documents"].map(|name| home.join(name)))
        .find(|d| d.is_dir())
        .or_else(|| Some(home.to_owned()))
}

/// What a chooser answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// A path was chosen.
    Path(PathBuf),
    /// The user cancelled.
    Cancelled,
    /// There is no chooser here: Podium's own is shown.
    Unavailable,
}

/// Something that lets the user pick a file.
pub trait FileDialogs {
    /// The chosen path, a cancel, or that no chooser is available.
    fn choose_file(&self, purpose: Purpose, start: &Path, name: Option<&str>, lang: Lang) -> Picked;
}

/// A native chooser that answers faster than this found no portal (no one cancels that fast).
const NO_PORTAL_WITHIN: Duration = Duration::from_millis(300);

/// The desktop's own file chooser (rfd, XDG portal). Once it answered "nothing" at once, there is no
/// portal: it is not asked again during this run.
#[derive(Default)]
pub struct NativeDialogs {
    no_portal: std::cell::Cell<bool>,
}

impl FileDialogs for NativeDialogs {
    fn choose_file(&self, purpose: Purpose, start: &Path, name: Option<&str>, lang: Lang) -> Picked {
        if self.no_portal.get() {
            return Picked::Unavailable;
        }
        let asked = Instant::now();
        let mut dialog = rfd::FileDialog::new().set_directory(start);
        let filter = match purpose {
            Purpose::Open | Purpose::Save => "Podium",
            Purpose::Import => s(lang, S::FilterSchedule),
            Purpose::Export => s(lang, S::FilterExport),
            Purpose::Agenda(_) => s(lang, S::FilterAgenda),
        };
        dialog = dialog.add_filter(filter, purpose.extensions());
        if let Some(name) = name {
            dialog = dialog.set_file_name(name);
        }
        let path = if purpose.writes() { dialog.save_file() } else { dialog.pick_file() };
        match path {
            Some(path) => Picked::Path(path),
            None if asked.elapsed() < NO_PORTAL_WITHIN => {
                self.no_portal.set(true);
                Picked::Unavailable
            }
            None => Picked::Cancelled,
        }
    }
}

/// No desktop chooser at all (tests, or by choice): Podium's own chooser is used.
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn choose_file(&self, _purpose: Purpose, _start: &Path, _name: Option<&str>, _lang: Lang) -> Picked {
        Picked::Unavailable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_come_from_the_acronym() {
        assert_eq!(Purpose::Save.suggested_name("nsp2022").as_deref(), Some("nsp2022.ron"));
        assert_eq!(
            Purpose::Agenda(AgendaFormat::Pdf).suggested_name("NSP 2022").as_deref(),
            Some("nsp-2022-programm.pdf")
        );
        assert_eq!(Purpose::Agenda(AgendaFormat::Html).suggested_name("").as_deref(), Some("programm.html"));
        assert_eq!(Purpose::Save.suggested_name("  ").as_deref(), Some("programm.ron"));
        assert_eq!(Purpose::Open.suggested_name("nsp2022"), None);
    }

    #[test]
    fn saving_starts_beside_the_file_the_others_where_they_were_last() {
        let dir = tempfile::tempdir().unwrap();
        let last = dir.path().join("exports");
        std::fs::create_dir(&last).unwrap();
        let file = dir.path().join("kongress").join("nsp.ron");
        assert_eq!(start_folder(Purpose::Save, Some(&last), Some(&file)), dir.path().join("kongress"));
        assert_eq!(start_folder(Purpose::Export, Some(&last), Some(&file)), last);
        assert_eq!(start_folder(Purpose::Export, None, Some(&file)), dir.path().join("kongress"));
        // A remembered folder that is gone is passed over.
        assert_eq!(start_folder(Purpose::Import, Some(&dir.path().join("weg")), Some(&file)), file.parent().unwrap());
    }
}
