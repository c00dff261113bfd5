//! The headless commands: load → work → print or write, with exit codes 0 (clean), 1 (error-severity
//! problems) and 2 (the input could not be read or the command could not do its work). No egui here.

mod check;
mod delimiter;
mod diff;
mod export;
pub mod help;
mod import;
mod output;
mod release;
mod schedule;
mod suggest;

use std::path::Path;
use std::process::ExitCode;

pub use check::{CheckFormat, check_json, check_text};
pub use delimiter::parse_delimiter;
pub use diff::{DiffArgs, diff_json, diff_text, run_diff};
pub use export::{ExportArgs, run_export};
pub use import::run_import;
pub use output::terminal_safe;
pub use release::{ReleaseArgs, baseline, current_label, run_release, since_context};
pub use schedule::{ScheduleArgs, run_schedule, schedule_report};
pub use suggest::run_suggest;

use crate::export::SelectError;
use crate::format::{LoadError, SaveError};
use crate::i18n::{self, Lang};
use crate::interchange::{ImportError, SourceFormat};
use crate::model::Programme;

/// Why a command could not do its work; printed for people by [`report`].
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A Podium file could not be read.
    #[error("{path}: {source}")]
    Load {
        /// The input.
        path: String,
        /// Why.
        source: LoadError,
    },
    /// A schedule file could not be read.
    #[error("{path}: {source}")]
    Import {
        /// The input.
        path: String,
        /// Why.
        source: ImportError,
    },
    /// The input's extension names no format Podium reads.
    #[error("{0}: unknown input format (expected .ron, .xml or .json)")]
    UnknownInput(String),
    /// The output's extension names no format Podium writes.
    #[error("{0}: unknown output format (expected .pdf, .html, .ics, .csv, .xml, .json or .ron)")]
    UnknownOutput(String),
    /// `--include-private` for anything but the speakers CSV.
    #[error("--include-private is only allowed for the speakers CSV (--what speakers)")]
    PrivateNotAllowed,
    /// A binary format asked for standard output.
    #[error("{0} cannot be written to standard output")]
    NotText(String),
    /// An exporter failed to encode (a bug; the message is English).
    #[error("cannot encode the export: {0}")]
    Encode(String),
    /// A selection that names nothing or several things.
    #[error(transparent)]
    Select(#[from] SelectError),
    /// Writing the output failed; an existing file is left as it was.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// OUT is the input file (also through a link): nothing is written.
    #[error("{0}: this is the input file; nothing was written")]
    OverInput(String),
    /// OUT's extension names another format than the one written.
    #[error("{path}: the extension does not match the format written ({format})")]
    WrongExtension {
        /// The output.
        path: String,
        /// The extension of what is written, e.g. `.ron`.
        format: &'static str,
    },
    /// `-o -` without `--to`: standard output has no extension to tell the format.
    #[error("-o - needs --to (pdf, html, ics, csv, xml, json or ron)")]
    NeedsTo,
    /// `--to` names no format Podium writes.
    #[error("--to {0}: unknown format (expected pdf, html, ics, csv, xml, json or ron)")]
    UnknownFormat(String),
    /// Writing to standard output failed.
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    /// A session key that the programme does not have.
    #[error("session {0:?} does not exist")]
    UnknownSession(String),
    /// A release could not be listed, found or recorded.
    #[error(transparent)]
    Release(#[from] crate::release::ReleaseError),
    /// `--layout changes` without `--since`.
    #[error("--layout changes needs --since OLD|LABEL")]
    NeedsSince,
}

fn select_error(lang: Lang, e: &SelectError) -> String {
    use crate::export::SelectField;
    let field = |f: &SelectField| match f {
        SelectField::Day => "--day",
        SelectField::Hall => "--hall",
        SelectField::Track => "--track",
        SelectField::Speaker => "--speaker",
    };
    match e {
        SelectError::Unknown { field: f, given, known } => {
            i18n::cli_select_unknown(lang, field(f), &lang.quote(given), &known.join(", "))
        }
        SelectError::Ambiguous { field: f, given, keys } => {
            i18n::cli_select_ambiguous(lang, field(f), &lang.quote(given), &keys.join(", "))
        }
    }
}

/// The user-facing text of a command error.
pub fn report(lang: Lang, e: &CliError) -> String {
    use i18n::CliWord as W;
    match e {
        CliError::Load { path, source } => format!("{path}: {}", i18n::load_error(lang, source)),
        CliError::Import { path, source } => format!("{path}: {}", i18n::import_error(lang, source)),
        CliError::UnknownInput(path) => format!("{path}: {}", i18n::cli_word(lang, W::UnknownInput)),
        CliError::UnknownOutput(path) => format!("{path}: {}", i18n::cli_word(lang, W::UnknownOutput)),
        CliError::PrivateNotAllowed => i18n::cli_word(lang, W::PrivateNotAllowed).to_owned(),
        CliError::NotText(what) => i18n::cli_not_text(lang, what),
        CliError::Select(e) => select_error(lang, e),
        CliError::Encode(message) => format!("{}: {message}", crate::i18n::text(lang, "cli-export-failed")),
        CliError::Save(e @ SaveError::Io { path, .. }) => format!("{}: {}", path.display(), i18n::save_error(lang, e)),
        CliError::Save(e @ SaveError::ReadOnly { path }) => {
            format!("{}: {}", path.display(), i18n::save_error(lang, e))
        }
        CliError::Save(e) => i18n::save_error(lang, e),
        CliError::OverInput(path) => format!("{path}: {}", i18n::cli_word(lang, W::OverInput)),
        CliError::WrongExtension { path, format } => format!("{path}: {}", i18n::cli_wrong_extension(lang, format)),
        CliError::NeedsTo => i18n::cli_word(lang, W::NeedsTo).to_owned(),
        CliError::UnknownFormat(given) => i18n::cli_unknown_format(lang, given),
        CliError::Stdout(e) => i18n::stdout_error(lang, e),
        CliError::UnknownSession(key) => i18n::cli_unknown_session(lang, &lang.quote(key)),
        CliError::Release(e) => i18n::release_error(lang, e),
        CliError::NeedsSince => i18n::needs_since(lang).to_owned(),
    }
}

/// Refuses to write `out` when it is the input file (also through a link or another name for it).
pub fn refuse_over_input(input: &Path, out: &Path) -> Result<(), CliError> {
    if crate::format::same_file(input, out) {
        return Err(CliError::OverInput(out.display().to_string()));
    }
    Ok(())
}

/// Loads an input file by its extension; a schedule file is imported on the fly, its warnings go to
/// standard error.
pub fn load_input(path: &Path, tz: Option<&str>, lang: Lang) -> Result<Programme, CliError> {
    let shown = path.display().to_string();
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if ext.as_deref() == Some("ron") {
        return crate::format::load_file(path).map_err(|source| CliError::Load { path: shown, source });
    }
    let Some(format) = SourceFormat::of_path(path) else { return Err(CliError::UnknownInput(shown)) };
    let imported = crate::interchange::import_file(path, format, tz)
        .map_err(|source| CliError::Import { path: shown.clone(), source })?;
    for w in &imported.warnings {
        let warning = i18n::import_warning(lang, w);
        output::say(&terminal_safe(&format!("{}: {shown}: {warning}", crate::i18n::text(lang, "cli-warning"))));
    }
    Ok(imported.programme)
}

/// Prints a command error and returns exit code 2.
pub fn fail(lang: Lang, e: &CliError) -> ExitCode {
    output::say(&terminal_safe(&format!("{}: {}", i18n::t(lang, i18n::T::ErrorWord), report(lang, e))));
    ExitCode::from(2)
}

/// `podium check FILE`: prints the problems and returns the exit code.
pub fn run_check(path: &Path, format: CheckFormat, lang: Lang, tz: Option<&str>) -> ExitCode {
    let programme = match load_input(path, tz, lang) {
        Ok(p) => p,
        Err(e) => return fail(lang, &e),
    };
    // What `clash::detect` returns, without taking the checker's index apart only to exit.
    let checker = crate::clash::Checker::new(&programme);
    let clashes = checker.clashes();
    let written = match format {
        CheckFormat::Text => output::to_stdout(check_text(lang, &programme, clashes).as_bytes()),
        CheckFormat::Json => output::with_stdout(|out| check::write_check_json(out, lang, &programme, clashes)),
    };
    if let Err(e) = written {
        return fail(lang, &CliError::Stdout(e));
    }
    // A reader that has gone (`| head`) saw what it wanted: the exit code is the check's.
    let code = if crate::clash::Counts::of(clashes).errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS };
    // The process ends with the check: freeing 100,000 sessions one by one took a tenth of its time, and
    // the operating system takes the memory back at once.
    std::mem::forget(checker);
    std::mem::forget(programme);
    code
}
