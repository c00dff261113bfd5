//! One entry for every export format, chosen by the file extension: the command line and the editor
//! both write exports through [`render`].

use super::ExportOptions;
use super::agenda::AgendaOptions;
use super::csv::{CsvError, CsvOptions, to_csv};

/// The formats `podium export` writes, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Schedule XML.
    Xml,
    /// Schedule JSON.
    Json,
    /// iCalendar.
    Ics,
    /// CSV for spreadsheets.
    Csv,
    /// A public copy of the programme.
    Ron,
    /// Printable agenda.
    Pdf,
    /// Agenda as a web page.
    Html,
}

impl Format {
    /// The format of an extension such as `xml` or `.ICS`.
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext.trim_start_matches('.').to_ascii_lowercase().as_str() {
            "xml" => Some(Self::Xml),
            "json" => Some(Self::Json),
            "ics" => Some(Self::Ics),
            "csv" => Some(Self::Csv),
            "ron" => Some(Self::Ron),
            "pdf" => Some(Self::Pdf),
            "html" | "htm" => Some(Self::Html),
            _ => None,
        }
    }

    /// The usual extension, with its dot: `.xml`, `.html`.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Xml => ".xml",
            Self::Json => ".json",
            Self::Ics => ".ics",
            Self::Csv => ".csv",
            Self::Ron => ".ron",
            Self::Pdf => ".pdf",
            Self::Html => ".html",
        }
    }

    /// Whether the format is text (may go to standard output).
    pub fn is_text(self) -> bool {
        self != Self::Pdf
    }
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// Contact data asked for anything but the speakers CSV (CONTRACTS §5).
    #[error("--include-private is only allowed for the speakers CSV")]
    PrivateNotAllowed,
    /// An exporter failed to encode (a bug).
    #[error("cannot encode the export: {0}")]
    Encode(String),
    /// The change list (`--layout changes`) has no earlier programme to compare with.
    #[error("the change list needs --since")]
    NeedsSince,
}

/// The options of single formats: CSV and the printed agendas (PDF, HTML).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FormatOptions {
    /// CSV.
    pub csv: CsvOptions,
    /// PDF and HTML agendas.
    pub agenda: AgendaOptions,
}

/// The bytes of an export of `p` in `format`.
pub fn render(
    p: &crate::model::Programme,
    opts: &ExportOptions,
    format: Format,
    options: &FormatOptions,
) -> Result<Vec<u8>, RenderError> {
    let csv = &options.csv;
    if csv.include_private && format != Format::Csv {
        return Err(RenderError::PrivateNotAllowed);
    }
    match format {
        Format::Xml => Ok(crate::interchange::to_xml(p, opts)),
        Format::Json => Ok(crate::interchange::to_json(p, opts)),
        Format::Ics => Ok(super::ics::to_ics(p, opts).into_bytes()),
        Format::Csv => to_csv(p, opts, csv).map_err(|e| match e {
            CsvError::PrivateOnlyForSpeakers => RenderError::PrivateNotAllowed,
            other => RenderError::Encode(other.to_string()),
        }),
        Format::Ron => crate::format::to_string(&super::ron::public_programme(p, &opts.selection))
            .map(String::into_bytes)
            .map_err(|e| RenderError::Encode(e.to_string())),
        Format::Pdf => super::pdf::to_pdf(p, opts, &options.agenda).map_err(|e| match e {
            super::pdf::PdfError::NeedsSince => RenderError::NeedsSince,
            other => RenderError::Encode(other.to_string()),
        }),
        Format::Html if options.agenda.layout.is_publishing() => {
            super::publish::to_html(p, opts, options.agenda.layout)
                .map(String::into_bytes)
                .ok_or(RenderError::NeedsSince)
        }
        Format::Html => Ok(super::html::to_html(p, opts, &options.agenda).into_bytes()),
    }
}
