//! Schedule interchange with pretalx, frab and the schedule apps: import of schedule XML and JSON
//! (lenient: real files are messy) and export of schedule XML and JSON (strict: valid against the
//! official schemas). Private fields never leave through here.

mod build;
mod html;
mod json_in;
mod json_loose;
mod json_out;
mod keyed;
mod out;
mod raw;
mod stream;
mod xml_in;
mod xml_out;
mod xml_wf;
mod zone;

use std::path::Path;

pub use build::parse_duration;
pub use json_out::to_json;
pub use xml_out::to_xml;

use crate::model::Programme;

/// The two schedule formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceFormat {
    /// Schedule XML.
    Xml,
    /// Schedule JSON.
    Json,
}

impl SourceFormat {
    /// The format of a file by its extension (`.xml`, `.json`).
    pub fn of_path(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "xml" => Some(Self::Xml),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// Why a schedule file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("cannot read the file: {source}: {path}")]
    Io {
        /// Why.
        source: std::io::Error,
        /// The file.
        path: std::path::PathBuf,
    },
    /// Not UTF-8 text.
    #[error("the file is not UTF-8 text")]
    NotText,
    /// Not well-formed XML or JSON.
    #[error("line {line}, column {col}: {message}")]
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
        /// The parser's message (English).
        message: String,
    },
    /// An XML element with more attributes than a schedule ever has.
    #[error("line {line}, column {col}: an element with more than {limit} attributes")]
    TooManyAttributes {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
        /// The most Podium reads.
        limit: usize,
    },
    /// A document type declaration: not read (no entities, no external files).
    #[error("line {line}, column {col}: a DTD (<!DOCTYPE …>) is not read")]
    Dtd {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
    },
    /// A date outside the years a programme may have (1900–2200), as written, and where it first
    /// stands in the file when it can be found there.
    #[error("date {text:?} is outside the years 1900 to 2200")]
    DateOutOfRange {
        /// The date or date-time as written.
        text: String,
        /// Line and column (from 1) of its first appearance in the file.
        at: Option<(usize, usize)>,
    },
    /// Well-formed, but not a schedule (no `<schedule>` root or `schedule.conference`).
    #[error("not a schedule file (no schedule/conference)")]
    NotASchedule,
}

/// Something the import could not map and how it went on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportWarning {
    /// No usable time zone in the file: times without offset were taken in `zone`.
    AssumedTimeZone {
        /// The zone used.
        zone: String,
        /// What the file said, if anything.
        file: Option<String>,
    },
    /// The file's time zone name contradicts its timestamps' offsets; `zone`, whose offsets match, was used.
    ZoneContradicted {
        /// What the file said.
        file: String,
        /// The zone used.
        zone: String,
    },
    /// Two events share an id; both were kept.
    DuplicateEventId {
        /// The id.
        id: String,
        /// Title of the first event with it.
        first: String,
        /// Title of this event.
        title: String,
    },
    /// An event without a readable start: imported without day and start.
    EventWithoutTime {
        /// Its title.
        title: String,
    },
    /// An event that lies on none of the days: imported without day and start.
    EventOutsideDays {
        /// Its title.
        title: String,
    },
    /// An unreadable duration: imported as 0 minutes.
    BadDuration {
        /// The event.
        title: String,
        /// What was written.
        text: String,
    },
    /// An event without a title: named after its id.
    EventWithoutTitle {
        /// Its id or slug.
        id: String,
    },
    /// A day without any date: skipped with its events.
    DayWithoutDate {
        /// Its index.
        index: String,
    },
}

/// A programme read from a schedule file, with what could not be mapped.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The programme (always loads).
    pub programme: Programme,
    /// Warnings, in the order they arose.
    pub warnings: Vec<ImportWarning>,
}

/// Reads a schedule from text. `tz` is used when the file names no (known) time zone.
pub fn import_str(text: &str, format: SourceFormat, tz: Option<&str>) -> Result<Imported, ImportError> {
    built_from(text, format, tz).map(keyed::Built::finish)
}

/// [`import_str`] short of putting the sessions into their map, which needs nothing of the text.
fn built_from(text: &str, format: SourceFormat, tz: Option<&str>) -> Result<keyed::Built, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let out_of_range = |date: String| ImportError::DateOutOfRange { at: source_position(text, &date), text: date };
    let raw = match format {
        SourceFormat::Xml => match stream::import(text, tz)? {
            stream::Streamed::Built(built) => return Ok(*built),
            stream::Streamed::OutOfRange(date) => return Err(out_of_range(date)),
            stream::Streamed::ReadWhole => xml_in::read(text)?,
        },
        SourceFormat::Json => json_in::read(text)?,
    };
    build::build(raw, tz).map_err(out_of_range)
}

/// Line and column of the first place `needle` stands in `source` (the parsers keep no positions for
/// values; a date as written is found again).
fn source_position(source: &str, needle: &str) -> Option<(usize, usize)> {
    source.find(needle).map(|at| crate::format::line_col(source.as_bytes(), at))
}

/// Reads a schedule from bytes.
pub fn import_bytes(bytes: &[u8], format: SourceFormat, tz: Option<&str>) -> Result<Imported, ImportError> {
    built_from_bytes(bytes, format, tz).map(keyed::Built::finish)
}

fn built_from_bytes(bytes: &[u8], format: SourceFormat, tz: Option<&str>) -> Result<keyed::Built, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    built_from(text, format, tz)
}

/// Reads a schedule file.
pub fn import_file(path: &Path, format: SourceFormat, tz: Option<&str>) -> Result<Imported, ImportError> {
    let bytes = crate::format::read_input(path).map_err(|source| ImportError::Io { source, path: path.to_owned() })?;
    let built = built_from_bytes(&bytes, format, tz)?;
    // The file is let go before the sessions are put into their map: the two are never held at once.
    drop(bytes);
    Ok(built.finish())
}
