//! File choosers behind a small trait, so tests never open one. The native one uses rfd through the XDG
//! portal; where no portal runs (CI, Xvfb) it returns `None` at once, and the path field beside it is
//! the way in.

use std::path::PathBuf;

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
    /// The printable agenda (.pdf, .html).
    Agenda,
}

/// Something that lets the user pick a file.
pub trait FileDialogs {
    /// The chosen path, or `None` when cancelled or when no chooser is available.
    fn pick(&self, purpose: Purpose) -> Option<PathBuf>;
}

/// The desktop's own file chooser (rfd, XDG portal).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick(&self, purpose: Purpose) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new();
        match purpose {
            Purpose::Open => dialog.add_filter("Podium", &["ron"]).pick_file(),
            Purpose::Save => dialog.add_filter("Podium", &["ron"]).set_file_name("programm.ron").save_file(),
            Purpose::Import => dialog.add_filter("Schedule", &["xml", "json"]).pick_file(),
            Purpose::Export => dialog
                .add_filter("Schedule XML", &["xml"])
                .add_filter("Schedule JSON", &["json"])
                .add_filter("iCalendar", &["ics"])
                .add_filter("CSV", &["csv"])
                .save_file(),
            Purpose::Agenda => {
                dialog.add_filter("PDF", &["pdf"]).add_filter("HTML", &["html"]).set_file_name("agenda.pdf").save_file()
            }
        }
    }
}

/// No chooser at all (tests): the path field is used.
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick(&self, _purpose: Purpose) -> Option<PathBuf> {
        None
    }
}
