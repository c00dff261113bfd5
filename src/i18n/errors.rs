//! Load errors for people: where the file is wrong and what to do, in German or English.

use super::Lang;
use super::catalogue::{tr, word};
use crate::format::{EntityKind, LoadError, SyntaxProblem, TimeReason, ValueError};

fn entity_kind(lang: Lang, kind: EntityKind) -> &'static str {
    word(
        lang,
        match kind {
            EntityKind::Day => "error-entity-day",
            EntityKind::Hall => "error-entity-hall",
            EntityKind::Track => "error-entity-track",
            EntityKind::Person => "error-entity-person",
            EntityKind::Session => "error-entity-session",
            EntityKind::Contribution => "error-entity-contribution",
        },
    )
}

fn value(lang: Lang, e: &ValueError) -> String {
    match e {
        ValueError::Time { text, reason } => {
            let why = word(
                lang,
                match reason {
                    TimeReason::Malformed => "error-time-malformed",
                    TimeReason::Minutes => "error-time-minutes",
                    TimeReason::TooLate => "error-time-too-late",
                },
            );
            tr!(lang, "error-time", text = lang.quote(text), why = why)
        }
        ValueError::Date(text) => tr!(lang, "error-date", text = lang.quote(text)),
        ValueError::DateOutOfRange(text) => tr!(lang, "error-date-out-of-range", text = lang.quote(text)),
        ValueError::Uuid(text) => tr!(lang, "error-uuid", text = lang.quote(text)),
        ValueError::DuplicateKey(key) => tr!(lang, "error-duplicate-key", key = key.as_str()),
    }
}

fn syntax(lang: Lang, problem: &SyntaxProblem) -> String {
    match problem {
        SyntaxProblem::UnexpectedEnd => tr!(lang, "error-unexpected-end"),
        SyntaxProblem::MissingField(f) => tr!(lang, "error-missing-field", field = f.as_str()),
        SyntaxProblem::UnknownField { found, expected } => {
            tr!(lang, "error-unknown-field", found = found.as_str(), expected = expected.join(", "))
        }
        SyntaxProblem::DuplicateField(f) => tr!(lang, "error-duplicate-field", field = f.as_str()),
        SyntaxProblem::UnknownVariant { found, expected } => {
            tr!(lang, "error-unknown-variant", found = found.as_str(), expected = expected.join(", "))
        }
        SyntaxProblem::WrongType { expected, found } => {
            tr!(lang, "error-wrong-type", expected = expected.as_str(), found = found.as_str())
        }
        SyntaxProblem::Value(e) => value(lang, e),
        SyntaxProblem::Parse(code) => super::parse::parse_text(lang, *code),
        SyntaxProblem::Other(_) => super::parse::parse_text(lang, crate::format::ParseCode::Unrecognised),
    }
}

/// Why a file could not be read or written, in the user's language for the common cases (else the
/// system's own text).
pub fn io_reason(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let id = match (crate::format::InputRefusal::of(e), e.kind()) {
        (Some(crate::format::InputRefusal::NotRegular), _) => "error-io-not-regular",
        (Some(crate::format::InputRefusal::TooLarge), _) => "error-io-too-large",
        (Some(crate::format::InputRefusal::LinkLoop), _) => "error-io-link-loop",
        (None, ErrorKind::NotFound) => "error-io-not-found",
        (None, ErrorKind::PermissionDenied) => "error-io-permission-denied",
        (None, ErrorKind::IsADirectory) => "error-io-is-a-directory",
        (None, ErrorKind::StorageFull) => "error-io-storage-full",
        (None, ErrorKind::ReadOnlyFilesystem) => "error-io-read-only-filesystem",
        (None, _) => return e.to_string(),
    };
    word(lang, id).to_owned()
}

/// A save error for people (the caller names the file).
pub fn save_error(lang: Lang, e: &crate::format::SaveError) -> String {
    match e {
        crate::format::SaveError::Io { source, .. } => {
            tr!(lang, "error-cannot-write", reason = io_reason(lang, source))
        }
        crate::format::SaveError::ReadOnly { .. } => tr!(lang, "error-read-only"),
        other => other.to_string(),
    }
}

/// Standard output could not be written, and why.
pub fn stdout_error(lang: Lang, e: &std::io::Error) -> String {
    tr!(lang, "error-stdout", reason = io_reason(lang, e))
}

/// A load error for people (the caller names the file).
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    match e {
        LoadError::Io { source, .. } => tr!(lang, "error-cannot-read", reason = io_reason(lang, source)),
        LoadError::NotText { line, col } => tr!(lang, "error-not-text", line = line.to_string(), col = col.to_string()),
        LoadError::Syntax { line, col, problem } => super::at_line(lang, *line, *col, &syntax(lang, problem)),
        LoadError::NewerVersion(v) => tr!(lang, "error-newer-version", version = v.to_string()),
        LoadError::UnknownVersion(v) => tr!(lang, "error-unknown-version", version = v.to_string()),
        LoadError::UnknownReference { entity, field, key } => tr!(
            lang,
            "error-unknown-reference",
            kind = entity_kind(lang, entity.kind),
            key = entity.key.as_str(),
            field = field.to_string(),
            missing = key.as_str(),
        ),
        LoadError::DuplicateKey(entity) => {
            tr!(lang, "error-duplicate-entity", kind = entity_kind(lang, entity.kind), key = entity.key.as_str())
        }
        LoadError::HallAndAllHalls(entity) => {
            tr!(lang, "error-hall-and-all-halls", kind = entity_kind(lang, entity.kind), key = entity.key.as_str())
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
