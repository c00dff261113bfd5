//! The headless commands: load → work → print or write, with exit codes 0 (clean), 1 (error-severity
//! problems) and 2 (the input could not be read or the command could not do its work). No egui here.

mod check;
mod delimiter;
mod diff;
mod export;
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
    match (e, lang) {
        (SelectError::Unknown { field: f, given, known }, Lang::De) => {
            format!("{} {}: nicht gefunden. Vorhanden: {}", field(f), lang.quote(given), known.join(", "))
        }
        (SelectError::Unknown { field: f, given, known }, Lang::En) => {
            format!("{} {}: not found. Known: {}", field(f), lang.quote(given), known.join(", "))
        }
        (SelectError::Ambiguous { field: f, given, keys }, Lang::De) => {
            format!(
                "{} {}: mehrdeutig, bitte einen Schlüssel angeben: {}",
                field(f),
                lang.quote(given),
                keys.join(", ")
            )
        }
        (SelectError::Ambiguous { field: f, given, keys }, Lang::En) => {
            format!("{} {}: ambiguous, give one of these keys: {}", field(f), lang.quote(given), keys.join(", "))
        }
    }
}

/// The user-facing text of a command error.
pub fn report(lang: Lang, e: &CliError) -> String {
    match (e, lang) {
        (CliError::Load { path, source }, _) => format!("{path}: {}", i18n::load_error(lang, source)),
        (CliError::Import { path, source }, _) => format!("{path}: {}", i18n::import_error(lang, source)),
        (CliError::UnknownInput(path), Lang::De) => {
            format!("{path}: unbekanntes Eingabeformat (erwartet .ron, .xml oder .json)")
        }
        (CliError::UnknownInput(path), Lang::En) => {
            format!("{path}: unknown input format (expected .ron, .xml or .json)")
        }
        (CliError::UnknownOutput(path), Lang::De) => {
            format!("{path}: unbekanntes Ausgabeformat (erwartet .pdf, .html, .ics, .csv, .xml, .json oder .ron)")
        }
        (CliError::UnknownOutput(path), Lang::En) => {
            format!("{path}: unknown output format (expected .pdf, .html, .ics, .csv, .xml, .json or .ron)")
        }
        (CliError::PrivateNotAllowed, Lang::De) => {
            "--include-private ist nur für die Referierenden-CSV erlaubt (--what speakers)".to_owned()
        }
        (CliError::PrivateNotAllowed, Lang::En) => {
            "--include-private is only allowed for the speakers CSV (--what speakers)".to_owned()
        }
        (CliError::NotText(what), Lang::De) => format!("{what} kann nicht auf die Standardausgabe geschrieben werden"),
        (CliError::NotText(what), Lang::En) => format!("{what} cannot be written to standard output"),
        (CliError::Select(e), _) => select_error(lang, e),
        (CliError::Encode(message), _) => format!("{}: {message}", lang.pick("Export fehlgeschlagen", "export failed")),
        (CliError::Save(e @ SaveError::Io { path, .. }), _) => {
            format!("{}: {}", path.display(), i18n::save_error(lang, e))
        }
        (CliError::Save(e @ SaveError::ReadOnly { path }), _) => {
            format!("{}: {}", path.display(), i18n::save_error(lang, e))
        }
        (CliError::Save(e), _) => i18n::save_error(lang, e),
        (CliError::OverInput(path), Lang::De) => {
            format!("{path}: das ist die Eingabedatei; sie wird nicht überschrieben, nichts wurde geschrieben")
        }
        (CliError::OverInput(path), Lang::En) => {
            format!("{path}: this is the input file; it is not overwritten, nothing was written")
        }
        (CliError::WrongExtension { path, format }, Lang::De) => {
            format!("{path}: die Endung passt nicht zum geschriebenen Format ({format}); nichts wurde geschrieben")
        }
        (CliError::WrongExtension { path, format }, Lang::En) => {
            format!("{path}: the extension does not match the format written ({format}); nothing was written")
        }
        (CliError::NeedsTo, Lang::De) => {
            "-o - schreibt auf die Standardausgabe: bitte das Format mit --to angeben (html, ics, csv, xml, json \
             oder ron)"
                .to_owned()
        }
        (CliError::NeedsTo, Lang::En) => {
            "-o - writes to standard output: name the format with --to (html, ics, csv, xml, json or ron)".to_owned()
        }
        (CliError::UnknownFormat(given), Lang::De) => {
            format!("--to {given}: unbekanntes Format (erwartet pdf, html, ics, csv, xml, json oder ron)")
        }
        (CliError::UnknownFormat(given), Lang::En) => {
            format!("--to {given}: unknown format (expected pdf, html, ics, csv, xml, json or ron)")
        }
        (CliError::Stdout(e), _) => i18n::stdout_error(lang, e),
        (CliError::UnknownSession(key), Lang::De) => format!("Session {}: gibt es nicht", lang.quote(key)),
        (CliError::UnknownSession(key), Lang::En) => format!("session {}: does not exist", lang.quote(key)),
        (CliError::Release(e), _) => i18n::release_error(lang, e),
        (CliError::NeedsSince, _) => i18n::needs_since(lang).to_owned(),
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
        output::say(&terminal_safe(&format!("{}: {shown}: {warning}", lang.pick("Warnung", "warning"))));
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
