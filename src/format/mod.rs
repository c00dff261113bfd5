//! The programme file: RON, version 1 (CONTRACTS §3). Loading checks the version first, then parses with
//! line and column errors, then resolves keys; saving writes deterministic pretty RON atomically
//! (`files.rs`: temporary file in the same folder, fsync, rename). A leading UTF-8 byte order mark, as
//! some Windows editors write, is skipped.

mod convert;
mod error;
mod files;
mod release;
mod v1;
mod values;

use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

pub use error::{EntityKind, EntityRef, LoadError, ParseCode, SaveError, SyntaxProblem};
pub use files::{
    InputRefusal, MAX_INPUT_BYTES, ReadOnly, read_input, same_file, write_atomic, write_atomic_with, write_new,
};
pub use release::{RELEASE_VERSION, ReleaseFile, load_release_str, release_to_string};
pub use values::{TimeReason, ValueError};

use crate::model::Programme;

/// The file version this build writes.
pub const VERSION: u32 = 1;

fn ron_options() -> ron::Options {
    // `hall: "halle-6"` rather than `hall: Some("halle-6")`; Some(…) is still accepted.
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

fn pretty() -> PrettyConfig {
    PrettyConfig::new().indentor("    ").new_line("\n").struct_names(false).separate_tuple_members(false)
}

/// Line and column (from 1, the column in characters) of byte offset `at` in `bytes`: the one way
/// positions are counted, in programme files and schedule files alike.
pub(crate) fn line_col(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = bytes.get(..at).unwrap_or(bytes);
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(before.get(line_start..).unwrap_or_default()).chars().count() + 1;
    (line, col)
}

fn syntax(e: &ron::error::SpannedError) -> LoadError {
    LoadError::Syntax { line: e.span.start.line, col: e.span.start.col, problem: SyntaxProblem::from_ron(&e.code) }
}

/// Reads a programme from the bytes of a file.
pub fn load_bytes(bytes: &[u8]) -> Result<Programme, LoadError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, col) = line_col(bytes, e.valid_up_to());
            return Err(LoadError::NotText { line, col });
        }
    };
    load_str(text)
}

/// Reads a programme from RON text.
pub fn load_str(text: &str) -> Result<Programme, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron_options();
    if let Ok(probe) = options.from_str::<v1::VersionProbe>(text) {
        match probe.version {
            VERSION => {}
            newer if newer > VERSION => return Err(LoadError::NewerVersion(newer)),
            other => return Err(LoadError::UnknownVersion(other)),
        }
    }
    let file: v1::FileV1 = options.from_str(text).map_err(|e| syntax(&e))?;
    convert::from_v1(file)
}

/// Reads a programme file.
pub fn load_file(path: &Path) -> Result<Programme, LoadError> {
    let bytes = read_input(path).map_err(|source| LoadError::Io { source, path: path.to_owned() })?;
    load_bytes(&bytes)
}

/// The RON text of a programme: deterministic, ends with a newline.
pub fn to_string(p: &Programme) -> Result<String, SaveError> {
    let mut text =
        ron_options().to_string_pretty(&convert::to_v1(p), pretty()).map_err(|e| SaveError::Encode(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Saves a programme atomically.
pub fn save_file(p: &Programme, path: &Path) -> Result<(), SaveError> {
    write_atomic(path, to_string(p)?.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let bytes = "ab\nxä\u{fffd}".as_bytes();
        assert_eq!(line_col(bytes, 0), (1, 1));
        assert_eq!(line_col(bytes, 3), (2, 1));
        assert_eq!(line_col(bytes, 6), (2, 3));
    }

    const MINIMAL: &str = r#"(
    version: 1,
    event: (key: "e", uuid: "6f1c1d4e-3f0b-4a8c-9d43-6f1f0c2c7a10", title: "Kongress"),
    days: [(key: "d1", date: "2022-09-14", opens: "09:00", closes: "18:00")],
    halls: [(key: "h1", name: "Halle 1")],
    sessions: {
        "s1": (title: "Eröffnung", day: "d1", start: "09:30", hall: "h1", duration_mins: 60),
    },
)"#;

    #[test]
    fn minimal_file_loads_and_saves_stably() {
        let p = load_str(MINIMAL).unwrap();
        assert_eq!(p.sessions.len(), 1);
        let text = to_string(&p).unwrap();
        assert!(text.starts_with("(\n    version: 1,"), "{text}");
        assert!(text.contains("hall: \"h1\""), "{text}");
        let again = load_str(&text).unwrap();
        assert_eq!(again, p);
        assert_eq!(to_string(&again).unwrap(), text);
    }
}
