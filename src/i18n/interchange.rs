//! Import warnings and errors for people, in German and English.

use super::Lang;
use super::catalogue::tr;
use crate::interchange::{ImportError, ImportWarning};

/// An import warning in one sentence.
pub fn import_warning(lang: Lang, w: &ImportWarning) -> String {
    let q = |t: &str| lang.quote(t);
    match w {
        ImportWarning::AssumedTimeZone { zone, file: None } => {
            tr!(lang, "import-assumed-zone", zone = zone.to_string())
        }
        ImportWarning::AssumedTimeZone { zone, file: Some(f) } => {
            tr!(lang, "import-unknown-zone", file = q(f), zone = zone.to_string())
        }
        ImportWarning::ZoneContradicted { file, zone } => {
            tr!(lang, "import-zone-contradicted", file = q(file), zone = zone.to_string())
        }
        ImportWarning::DuplicateEventId { id, first, title } => {
            tr!(lang, "import-duplicate-id", id = id.to_string(), first = q(first), title = q(title))
        }
        ImportWarning::EventWithoutTime { title } => tr!(lang, "import-without-time", title = q(title)),
        ImportWarning::EventOutsideDays { title } => tr!(lang, "import-outside-days", title = q(title)),
        ImportWarning::BadDuration { title, text } => {
            tr!(lang, "import-bad-duration", title = q(title), text = q(text))
        }
        ImportWarning::EventWithoutTitle { id } => tr!(lang, "import-without-title", id = id.to_string()),
        ImportWarning::DayWithoutDate { index } => tr!(lang, "import-day-without-date", index = index.to_string()),
    }
}

/// An import error for people.
pub fn import_error(lang: Lang, e: &ImportError) -> String {
    match e {
        ImportError::Io { source, .. } => tr!(lang, "error-cannot-read", reason = super::io_reason(lang, source)),
        ImportError::NotText => tr!(lang, "import-not-text"),
        ImportError::Syntax { line, col, message } => {
            super::at_line(lang, *line, *col, &super::parse::parser_message(lang, message))
        }
        ImportError::TooManyAttributes { line, col, limit } => {
            super::at_line(lang, *line, *col, &tr!(lang, "import-too-many-attributes", limit = limit.to_string()))
        }
        ImportError::Dtd { line, col } => super::at_line(lang, *line, *col, &tr!(lang, "import-dtd")),
        ImportError::DateOutOfRange { text, at } => {
            let why = tr!(lang, "import-date-out-of-range", text = lang.quote(text));
            match at {
                Some((line, col)) => super::at_line(lang, *line, *col, &why),
                None => why,
            }
        }
        ImportError::NotASchedule => tr!(lang, "import-not-a-schedule"),
    }
}
