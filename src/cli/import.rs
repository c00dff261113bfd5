//! `podium import SCHEDULE -o EVENT.ron`: a schedule file becomes a Podium programme.

use std::path::Path;
use std::process::ExitCode;

use super::{CliError, fail, load_input, refuse_over_input};
use crate::i18n::Lang;

/// Imports `input` and saves it as RON at `out`; 0 (with warnings on standard error) or 2. `out` must end
/// in `.ron` and must not be the input.
pub fn run_import(input: &Path, out: &Path, tz: Option<&str>, lang: Lang) -> ExitCode {
    let is_ron = out.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    let result =
        if is_ron { Ok(()) } else { Err(CliError::WrongExtension { path: out.display().to_string(), format: ".ron" }) };
    let result = result
        .and_then(|()| refuse_over_input(input, out))
        .and_then(|()| load_input(input, tz, lang))
        .and_then(|p| crate::format::save_file(&p, out).map_err(CliError::from));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(lang, &e),
    }
}
