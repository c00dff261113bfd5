//! File choosers behind a small trait, so tests never open one. The native one uses rfd through the XDG
//! portal; where no portal runs (CI, Xvfb) it returns `None` at once, and the path field beside it is
//! the way in.

use std::path::PathBuf;

use super::dialogs::agenda::AgendaFormat;

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
    /// The file name a save chooser suggests.
    pub fn suggested_name(self) -> Option<&'static str> {
        match self {
            Self::Save => Some("programm.ron"),
            Self::Agenda(AgendaFormat::Pdf) => Some("agenda.pdf"),
            Self::Agenda(AgendaFormat::Html) => Some("agenda.html"),
            Self::Open | Self::Import | Self::Export => None,
        }
    }
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
            Purpose::Save => dialog
                .add_filter("Podium", &["ron"])
                .set_file_name(purpose.suggested_name().unwrap_or_default())
                .save_file(),
            Purpose::Import => dialog.add_filter("Schedule", &["xml", "json"]).pick_file(),
            Purpose::Export => dialog
                .add_filter("Schedule XML", &["xml"])
                .add_filter("Schedule JSON", &["json"])
                .add_filter("iCalendar", &["ics"])
                .add_filter("CSV", &["csv"])
                .save_file(),
            Purpose::Agenda(format) => {
                // The chosen format's filter first, so the chooser offers a name that matches it.
                let (first, second) = match format {
                    AgendaFormat::Pdf => (("PDF", "pdf"), ("HTML", "html")),
                    AgendaFormat::Html => (("HTML", "html"), ("PDF", "pdf")),
                };
                let dialog = dialog.add_filter(first.0, &[first.1]).add_filter(second.0, &[second.1]);
                dialog.set_file_name(purpose.suggested_name().unwrap_or_default()).save_file()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_agenda_chooser_suggests_the_chosen_format() {
        assert_eq!(Purpose::Agenda(AgendaFormat::Pdf).suggested_name(), Some("agenda.pdf"));
        assert_eq!(Purpose::Agenda(AgendaFormat::Html).suggested_name(), Some("agenda.html"));
        assert_eq!(Purpose::Open.suggested_name(), None);
    }
}
