//! Import warnings and errors for people, in German and English.

use super::Lang;
use crate::interchange::{ImportError, ImportWarning};

/// An import warning in one sentence.
pub fn import_warning(lang: Lang, w: &ImportWarning) -> String {
    let q = |t: &str| lang.quote(t);
    match (w, lang) {
        (ImportWarning::AssumedTimeZone { zone, file: None }, Lang::De) => {
            format!("Die Datei nennt keine Zeitzone; Zeiten ohne Angabe gelten in {zone} (ändern mit --tz)")
        }
        (ImportWarning::AssumedTimeZone { zone, file: None }, Lang::En) => {
            format!("the file names no time zone; times without an offset are taken in {zone} (change with --tz)")
        }
        (ImportWarning::AssumedTimeZone { zone, file: Some(f) }, Lang::De) => {
            format!("Unbekannte Zeitzone {}; Zeiten ohne Angabe gelten in {zone}", q(f))
        }
        (ImportWarning::AssumedTimeZone { zone, file: Some(f) }, Lang::En) => {
            format!("unknown time zone {}; times without an offset are taken in {zone}", q(f))
        }
        (ImportWarning::ZoneContradicted { file, zone }, Lang::De) => {
            format!("Die Zeitzone {} passt nicht zu den Zeitangaben der Datei; verwendet wird {zone}", q(file))
        }
        (ImportWarning::ZoneContradicted { file, zone }, Lang::En) => {
            format!("time zone {} contradicts the file's timestamps; using {zone}, which matches them", q(file))
        }
        (ImportWarning::DuplicateEventId { id, first, title }, Lang::De) => {
            format!("Die ID {id} steht bei {} und bei {}; beide wurden übernommen", q(first), q(title))
        }
        (ImportWarning::DuplicateEventId { id, first, title }, Lang::En) => {
            format!("id {id} is used by {} and {}; both were kept", q(first), q(title))
        }
        (ImportWarning::EventWithoutTime { title }, Lang::De) => {
            format!("{} hat keine lesbare Startzeit und wurde ohne Termin übernommen", q(title))
        }
        (ImportWarning::EventWithoutTime { title }, Lang::En) => {
            format!("{} has no readable start and was imported without a time", q(title))
        }
        (ImportWarning::EventOutsideDays { title }, Lang::De) => {
            format!("{} liegt an keinem der Tage und wurde ohne Termin übernommen", q(title))
        }
        (ImportWarning::EventOutsideDays { title }, Lang::En) => {
            format!("{} lies on none of the days and was imported without a time", q(title))
        }
        (ImportWarning::BadDuration { title, text }, Lang::De) => {
            format!("{}: Dauer {} ist unlesbar und wurde als 0 Minuten übernommen", q(title), q(text))
        }
        (ImportWarning::BadDuration { title, text }, Lang::En) => {
            format!("{}: duration {} is unreadable and was imported as 0 minutes", q(title), q(text))
        }
        (ImportWarning::EventWithoutTitle { id }, Lang::De) => {
            format!("Ein Programmpunkt ohne Titel (ID {id}) wurde nach seiner ID benannt")
        }
        (ImportWarning::EventWithoutTitle { id }, Lang::En) => {
            format!("an event without a title (id {id}) was named after its id")
        }
        (ImportWarning::DayWithoutDate { index }, Lang::De) => {
            format!("Tag {index} hat kein Datum und wurde übersprungen")
        }
        (ImportWarning::DayWithoutDate { index }, Lang::En) => format!("day {index} has no date and was skipped"),
    }
}

/// An import error for people.
pub fn import_error(lang: Lang, e: &ImportError) -> String {
    match (e, lang) {
        (ImportError::Io { source, .. }, Lang::De) => {
            format!("Datei kann nicht gelesen werden: {}", super::io_reason(lang, source))
        }
        (ImportError::Io { source, .. }, Lang::En) => {
            format!("cannot read the file: {}", super::io_reason(lang, source))
        }
        (ImportError::NotText, _) => {
            lang.pick("keine Textdatei (kein UTF-8)", "not a text file (not UTF-8)").to_owned()
        }
        (ImportError::Syntax { line, col, message }, Lang::De) => format!("Zeile {line}, Spalte {col}: {message}"),
        (ImportError::Syntax { line, col, message }, Lang::En) => format!("line {line}, column {col}: {message}"),
        (ImportError::TooManyAttributes { line, col, limit }, Lang::De) => {
            format!("Zeile {line}, Spalte {col}: ein Element mit mehr als {limit} Attributen wird nicht gelesen")
        }
        (ImportError::TooManyAttributes { line, col, limit }, Lang::En) => {
            format!("line {line}, column {col}: an element with more than {limit} attributes is not read")
        }
        (ImportError::Dtd { line, col }, Lang::De) => {
            format!("Zeile {line}, Spalte {col}: eine DTD (<!DOCTYPE …>) wird nicht gelesen; bitte die Zeile entfernen")
        }
        (ImportError::Dtd { line, col }, Lang::En) => {
            format!("line {line}, column {col}: a DTD (<!DOCTYPE …>) is not read; remove that line")
        }
        (ImportError::DateOutOfRange { text, at }, _) => {
            let place = match (at, lang) {
                (Some((line, col)), Lang::De) => format!("Zeile {line}, Spalte {col}: "),
                (Some((line, col)), Lang::En) => format!("line {line}, column {col}: "),
                (None, _) => String::new(),
            };
            let why = match lang {
                Lang::De => {
                    format!("Datum {} außerhalb des Bereichs (Podium plant Jahre von 1900 bis 2200)", lang.quote(text))
                }
                Lang::En => format!("date {} out of range (Podium plans years from 1900 to 2200)", lang.quote(text)),
            };
            format!("{place}{why}")
        }
        (ImportError::NotASchedule, _) => lang
            .pick(
                "keine Zeitplan-Datei (weder <schedule> noch schedule.conference)",
                "not a schedule file (neither <schedule> nor schedule.conference)",
            )
            .to_owned(),
    }
}
