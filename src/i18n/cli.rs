//! The words of the command line's own errors in German and English: unknown formats, refused outputs,
//! selections that match nothing (`podium export --hall …`).

use super::Lang;
use super::catalogue::{tr, word};

/// A fixed sentence of a command error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CliWord {
    /// The input's extension is none Podium reads.
    UnknownInput,
    /// The output's extension is none Podium writes.
    UnknownOutput,
    /// `--include-private` outside the speakers CSV.
    PrivateNotAllowed,
    /// The output is the input.
    OverInput,
    /// `-o -` without `--to`.
    NeedsTo,
}

/// The text of a fixed sentence.
pub fn cli_word(lang: Lang, w: CliWord) -> &'static str {
    word(
        lang,
        match w {
            CliWord::UnknownInput => "cli-unknown-input",
            CliWord::UnknownOutput => "cli-unknown-output",
            CliWord::PrivateNotAllowed => "cli-private-not-allowed",
            CliWord::OverInput => "cli-over-input",
            CliWord::NeedsTo => "cli-needs-to",
        },
    )
}

/// "--hall „X“: nicht gefunden. Vorhanden: …" (`given` quoted already).
pub fn cli_select_unknown(lang: Lang, field: &str, given: &str, known: &str) -> String {
    tr!(lang, "cli-select-unknown", field = field, given = given, known = known)
}

/// "--hall „X“: mehrdeutig, …" (`given` quoted already).
pub fn cli_select_ambiguous(lang: Lang, field: &str, given: &str, keys: &str) -> String {
    tr!(lang, "cli-select-ambiguous", field = field, given = given, keys = keys)
}

/// "PDF kann nicht auf die Standardausgabe geschrieben werden".
pub fn cli_not_text(lang: Lang, what: &str) -> String {
    tr!(lang, "cli-not-text", what = what)
}

/// The extension does not match the format written.
pub fn cli_wrong_extension(lang: Lang, format: &str) -> String {
    tr!(lang, "cli-wrong-extension", format = format)
}

/// `--to` names no format.
pub fn cli_unknown_format(lang: Lang, given: &str) -> String {
    tr!(lang, "cli-unknown-format", given = given)
}

/// No session with this key (`key` quoted already).
pub fn cli_unknown_session(lang: Lang, key: &str) -> String {
    tr!(lang, "cli-unknown-session", key = key)
}
