//! Load errors for people: where the file is wrong and what to do, in German or English.

use super::Lang;
use crate::format::{EntityKind, LoadError, SyntaxProblem, TimeReason, ValueError};

fn entity_kind(lang: Lang, kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Day => lang.pick("Tag", "day"),
        EntityKind::Hall => lang.pick("Saal", "hall"),
        EntityKind::Track => lang.pick("Track", "track"),
        EntityKind::Person => lang.pick("Person", "person"),
        EntityKind::Session => lang.pick("Session", "session"),
        EntityKind::Contribution => lang.pick("Beitrag", "contribution"),
    }
}

fn value(lang: Lang, e: &ValueError) -> String {
    match (e, lang) {
        (ValueError::Time { text, reason }, _) => {
            let why = match reason {
                TimeReason::Malformed => lang.pick("erwartet HH:MM", "expected HH:MM"),
                TimeReason::Minutes => lang.pick("Minuten müssen unter 60 liegen", "minutes must be below 60"),
                TimeReason::TooLate => lang.pick("Uhrzeiten gehen bis 47:59", "times go up to 47:59"),
            };
            format!("{} {}: {why}", lang.pick("ungültige Uhrzeit", "invalid time"), lang.quote(text))
        }
        (ValueError::Date(text), _) => format!(
            "{} {} ({})",
            lang.pick("ungültiges Datum", "invalid date"),
            lang.quote(text),
            lang.pick("erwartet ein echtes Datum JJJJ-MM-TT", "expected a real date YYYY-MM-DD")
        ),
        (ValueError::DateOutOfRange(text), _) => format!(
            "{} {} ({})",
            lang.pick("Datum außerhalb des Bereichs", "date out of range"),
            lang.quote(text),
            lang.pick("Podium plant Jahre von 1900 bis 2200", "Podium plans years from 1900 to 2200")
        ),
        (ValueError::Uuid(text), _) => format!("{} {}", lang.pick("ungültige UUID", "invalid uuid"), lang.quote(text)),
        (ValueError::DuplicateKey(key), Lang::De) => format!("Schlüssel „{key}“ ist doppelt vergeben"),
        (ValueError::DuplicateKey(key), Lang::En) => format!("key “{key}” is used twice"),
    }
}

fn syntax(lang: Lang, problem: &SyntaxProblem) -> String {
    match (problem, lang) {
        (SyntaxProblem::UnexpectedEnd, _) => {
            lang.pick("die Datei endet mittendrin", "the file ends unexpectedly").to_owned()
        }
        (SyntaxProblem::MissingField(f), Lang::De) => format!("Pflichtfeld `{f}` fehlt"),
        (SyntaxProblem::MissingField(f), Lang::En) => format!("required field `{f}` is missing"),
        (SyntaxProblem::UnknownField { found, expected }, Lang::De) => {
            format!("unbekanntes Feld `{found}` (erlaubt: {})", expected.join(", "))
        }
        (SyntaxProblem::UnknownField { found, expected }, Lang::En) => {
            format!("unknown field `{found}` (allowed: {})", expected.join(", "))
        }
        (SyntaxProblem::DuplicateField(f), Lang::De) => format!("Feld `{f}` steht doppelt"),
        (SyntaxProblem::DuplicateField(f), Lang::En) => format!("field `{f}` appears twice"),
        (SyntaxProblem::UnknownVariant { found, expected }, Lang::De) => {
            format!("unbekannter Wert `{found}` (erlaubt: {})", expected.join(", "))
        }
        (SyntaxProblem::UnknownVariant { found, expected }, Lang::En) => {
            format!("unknown value `{found}` (allowed: {})", expected.join(", "))
        }
        (SyntaxProblem::WrongType { expected, found }, Lang::De) => format!("erwartet {expected}, gefunden {found}"),
        (SyntaxProblem::WrongType { expected, found }, Lang::En) => format!("expected {expected}, found {found}"),
        (SyntaxProblem::Value(e), _) => value(lang, e),
        (SyntaxProblem::Other(message), _) => message.clone(),
    }
}

/// Why a file could not be read or written, in the user's language for the common cases (else the
/// system's own text).
pub fn io_reason(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match crate::format::InputRefusal::of(e) {
        Some(crate::format::InputRefusal::NotRegular) => {
            return lang
                .pick(
                    "keine gewöhnliche Datei (Podium liest und ersetzt kein Gerät, keine Pipe, keinen Socket)",
                    "not a regular file (Podium neither reads nor replaces a device, pipe or socket)",
                )
                .to_owned();
        }
        Some(crate::format::InputRefusal::TooLarge) => {
            return lang.pick("größer als 1 GB", "larger than 1 GB").to_owned();
        }
        Some(crate::format::InputRefusal::LinkLoop) => {
            return lang.pick("die Verknüpfungen bilden eine Schleife", "the symbolic links form a loop").to_owned();
        }
        None => {}
    }
    match e.kind() {
        ErrorKind::NotFound => lang.pick("Datei oder Ordner nicht gefunden", "no such file or folder").to_owned(),
        ErrorKind::PermissionDenied => lang.pick("keine Berechtigung", "permission denied").to_owned(),
        ErrorKind::IsADirectory => lang.pick("das ist ein Ordner", "that is a folder").to_owned(),
        ErrorKind::StorageFull => lang.pick("der Datenträger ist voll", "the disk is full").to_owned(),
        ErrorKind::ReadOnlyFilesystem => lang.pick("nur lesbarer Datenträger", "read-only disk").to_owned(),
        _ => e.to_string(),
    }
}

/// A save error for people (the caller names the file).
pub fn save_error(lang: Lang, e: &crate::format::SaveError) -> String {
    match e {
        crate::format::SaveError::Io { source, .. } => {
            format!("{}: {}", lang.pick("Schreiben fehlgeschlagen", "cannot write"), io_reason(lang, source))
        }
        crate::format::SaveError::ReadOnly { .. } => lang
            .pick(
                "Die Datei ist schreibgeschützt; sie wurde nicht überschrieben",
                "the file is read-only; it was not overwritten",
            )
            .to_owned(),
        other => other.to_string(),
    }
}

/// Standard output could not be written, and why.
pub fn stdout_error(lang: Lang, e: &std::io::Error) -> String {
    let what = lang.pick("Standardausgabe nicht beschreibbar", "cannot write to standard output");
    format!("{what}: {}", io_reason(lang, e))
}

/// A load error for people (the caller names the file).
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    match (e, lang) {
        (LoadError::Io { source, .. }, Lang::De) => {
            format!("Datei kann nicht gelesen werden: {}", io_reason(lang, source))
        }
        (LoadError::Io { source, .. }, Lang::En) => format!("cannot read the file: {}", io_reason(lang, source)),
        (LoadError::NotText { line, col }, Lang::De) => {
            format!("Zeile {line}, Spalte {col}: keine Podium-Datei (kein UTF-8-Text)")
        }
        (LoadError::NotText { line, col }, Lang::En) => {
            format!("line {line}, column {col}: not a Podium file (not UTF-8 text)")
        }
        (LoadError::Syntax { line, col, problem }, Lang::De) => {
            format!("Zeile {line}, Spalte {col}: {}", syntax(lang, problem))
        }
        (LoadError::Syntax { line, col, problem }, Lang::En) => {
            format!("line {line}, column {col}: {}", syntax(lang, problem))
        }
        (LoadError::NewerVersion(v), Lang::De) => {
            format!("von einem neueren Podium geschrieben (Version {v}); bitte Podium aktualisieren")
        }
        (LoadError::NewerVersion(v), Lang::En) => {
            format!("written by a newer Podium (version {v}); please update Podium")
        }
        (LoadError::UnknownVersion(v), Lang::De) => {
            format!("unbekannte Dateiversion {v} (dieses Podium liest Version 1)")
        }
        (LoadError::UnknownVersion(v), Lang::En) => format!("unknown file version {v} (this Podium reads version 1)"),
        (LoadError::UnknownReference { entity, field, key }, Lang::De) => {
            format!("{} „{}“: {field} „{key}“ existiert nicht", entity_kind(lang, entity.kind), entity.key)
        }
        (LoadError::UnknownReference { entity, field, key }, Lang::En) => {
            format!("{} “{}”: {field} “{key}” does not exist", entity_kind(lang, entity.kind), entity.key)
        }
        (LoadError::DuplicateKey(entity), Lang::De) => {
            format!("{} „{}“ ist doppelt definiert", entity_kind(lang, entity.kind), entity.key)
        }
        (LoadError::DuplicateKey(entity), Lang::En) => {
            format!("{} “{}” is defined twice", entity_kind(lang, entity.kind), entity.key)
        }
        (LoadError::HallAndAllHalls(entity), Lang::De) => {
            format!("{} „{}“: `hall` und `all_halls` sind beide gesetzt", entity_kind(lang, entity.kind), entity.key)
        }
        (LoadError::HallAndAllHalls(entity), Lang::En) => {
            format!("{} “{}”: both `hall` and `all_halls` are set", entity_kind(lang, entity.kind), entity.key)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::SaveError;

    #[test]
    fn io_errors_are_told_in_the_users_language_without_the_path() {
        let path = std::path::PathBuf::from("/nirgends/programm.ron");
        let e = SaveError::Io { source: std::io::ErrorKind::NotFound.into(), path };
        assert_eq!(save_error(Lang::De, &e), "Schreiben fehlgeschlagen: Datei oder Ordner nicht gefunden");
        assert_eq!(save_error(Lang::En, &e), "cannot write: no such file or folder");
        let denied: std::io::Error = std::io::ErrorKind::PermissionDenied.into();
        assert_eq!(io_reason(Lang::De, &denied), "keine Berechtigung");
    }
}
