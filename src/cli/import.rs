//! `podium import SCHEDULE -o EVENT.ron`: a schedule file becomes a Podium programme.

use std::path::Path;
use std::process::ExitCode;

use super::{CliError, fail, load_input};
use crate::i18n::Lang;

/// Imports `input` and saves it as RON at `out`; 0 (with warnings on standard error) or 2.
pub fn run_import(input: &Path, out: &Path, tz: Option<&str>, lang: Lang) -> ExitCode {
    let result = load_input(input, tz, lang).and_then(|p| crate::format::save_file(&p, out).map_err(CliError::from));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(lang, &e),
    }
}
