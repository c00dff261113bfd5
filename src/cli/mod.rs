//! The headless commands: load → work → print or write, with exit codes 0 (clean), 1 (error-severity
//! problems) and 2 (the file could not be read). No egui here.

mod check;

use std::path::Path;
use std::process::ExitCode;

pub use check::{CheckFormat, check_json, check_text};

use crate::format::LoadError;
use crate::i18n::{self, Lang};
use crate::model::Programme;

/// Why a command could not do its work; printed for people by [`report`].
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The input file could not be read.
    #[error("{path}: {source}")]
    Load {
        /// The input.
        path: String,
        /// Why.
        source: LoadError,
    },
    /// The input's extension names no format Podium reads.
    #[error("{0}: unknown input format (expected .ron, .xml or .json)")]
    UnknownInput(String),
    /// A schedule file, which this build cannot import yet.
    #[error("{0}: importing schedule files is not built yet")]
    ImportNotBuilt(String),
}

/// The user-facing text of a command error.
pub fn report(lang: Lang, e: &CliError) -> String {
    match (e, lang) {
        (CliError::Load { path, source }, _) => format!("{path}: {}", i18n::load_error(lang, source)),
        (CliError::UnknownInput(path), Lang::De) => {
            format!("{path}: unbekanntes Eingabeformat (erwartet .ron, .xml oder .json)")
        }
        (CliError::UnknownInput(path), Lang::En) => {
            format!("{path}: unknown input format (expected .ron, .xml or .json)")
        }
        (CliError::ImportNotBuilt(path), Lang::De) => {
            format!("{path}: Zeitplan-Dateien (XML/JSON) können noch nicht importiert werden")
        }
        (CliError::ImportNotBuilt(path), Lang::En) => {
            format!("{path}: schedule files (XML/JSON) cannot be imported yet")
        }
    }
}

/// Loads an input file by its extension.
pub fn load_input(path: &Path) -> Result<Programme, CliError> {
    let shown = path.display().to_string();
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("ron") => crate::format::load_file(path).map_err(|source| CliError::Load { path: shown, source }),
        Some("xml" | "json") => Err(CliError::ImportNotBuilt(shown)),
        _ => Err(CliError::UnknownInput(shown)),
    }
}

/// `podium check FILE`: prints the problems and returns the exit code.
pub fn run_check(path: &Path, format: CheckFormat, lang: Lang) -> ExitCode {
    let programme = match load_input(path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}: {}", lang.pick("Fehler", "error"), report(lang, &e));
            return ExitCode::from(2);
        }
    };
    let clashes = crate::clash::detect(&programme);
    let text = match format {
        CheckFormat::Text => check_text(lang, &programme, &clashes),
        CheckFormat::Json => check_json(lang, &programme, &clashes),
    };
    print!("{text}");
    if crate::clash::Counts::of(&clashes).errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
