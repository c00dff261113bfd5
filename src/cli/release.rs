//! `podium release FILE --label LABEL [--note TEXT]` records a release; `podium release FILE --list` lists
//! them. Also the one place the commands turn `--since OLD|LABEL` into the programme it names: a
//! programme file when OLD is one, else a release of FILE.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::{CliError, fail, load_input, output, terminal_safe};
use crate::diff::{DiffOptions, diff};
use crate::export::Baseline;
use crate::i18n::{self, Lang};
use crate::model::Status;
use crate::release;

/// What `podium release` was asked.
#[derive(Clone, Debug)]
pub struct ReleaseArgs {
    /// The programme (.ron).
    pub file: std::path::PathBuf,
    /// The label of the new release; `None` with `--list`.
    pub label: Option<String>,
    /// The note.
    pub note: String,
    /// List the releases instead.
    pub list: bool,
    /// Language.
    pub lang: Lang,
    /// The moment of the release.
    pub now: DateTime<Utc>,
}

/// Whether `since` names a programme file (an existing file with a programme's extension).
fn is_file(since: &str) -> bool {
    let path = Path::new(since);
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("ron" | "xml" | "json")) && path.is_file()
}

/// The earlier programme `--since` names: a programme file, else the release of `file` with that label.
pub fn baseline(file: &Path, since: &str, tz: Option<&str>, lang: Lang) -> Result<Baseline, CliError> {
    if is_file(since) {
        let programme = load_input(Path::new(since), tz, lang)?;
        let label = Path::new(since).file_name().map_or_else(|| since.to_owned(), |n| n.to_string_lossy().into_owned());
        return Ok(Baseline { label, programme });
    }
    let listing = release::list(file).map_err(CliError::Release)?;
    let found = listing.find(since).map_err(CliError::Release)?;
    Ok(Baseline { label: found.label().to_owned(), programme: found.file.programme.clone() })
}

/// The label of the latest release of `file` when `p` still is what it released (so an export may call
/// itself "Stand 3"); `None` when there is no release or the programme has changed since.
pub fn current_label(file: &Path, p: &crate::model::Programme) -> Option<String> {
    let listing = release::list(file).ok()?;
    let latest = listing.latest()?;
    (latest.file.programme == release::public(p)).then(|| latest.label().to_owned())
}

/// `--since` as export options carry it.
pub fn since_context(
    file: &Path,
    since: Option<&str>,
    tz: Option<&str>,
    lang: Lang,
) -> Result<Option<Arc<Baseline>>, CliError> {
    since.map(|s| baseline(file, s, tz, lang).map(Arc::new)).transpose()
}

fn list(args: &ReleaseArgs) -> ExitCode {
    let lang = args.lang;
    let listing = match release::list(&args.file) {
        Ok(listing) => listing,
        Err(e) => return fail(lang, &CliError::Release(e)),
    };
    let mut text = String::new();
    if listing.releases.is_empty() && listing.broken.is_empty() {
        text.push_str(i18n::no_releases(lang));
        text.push('\n');
    }
    for r in &listing.releases {
        let tz = crate::export::time_zone(&r.file.programme);
        let when = i18n::moment(lang, r.file.recorded, tz);
        let sessions = r.file.programme.sessions.len();
        text.push_str(&terminal_safe(&i18n::release_line(lang, r.number, r.label(), &when, sessions, &r.file.note)));
        text.push('\n');
    }
    if let Err(e) = output::to_stdout(text.as_bytes()) {
        return fail(lang, &CliError::Stdout(e));
    }
    for (_, e) in &listing.broken {
        output::say(&terminal_safe(&format!(
            "{}: {}",
            i18n::t(lang, i18n::T::ErrorWord),
            i18n::release_error(lang, e)
        )));
    }
    if listing.broken.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) }
}

/// Runs `podium release`; 0 or 2.
pub fn run_release(args: &ReleaseArgs) -> ExitCode {
    let lang = args.lang;
    if args.list {
        return list(args);
    }
    let ext = args.file.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if ext.as_deref() != Some("ron") {
        return fail(lang, &CliError::UnknownInput(args.file.display().to_string()));
    }
    let p = match load_input(&args.file, None, lang) {
        Ok(p) => p,
        Err(e) => return fail(lang, &e),
    };
    let previous = release::list(&args.file).ok().and_then(|l| l.latest().cloned());
    let label = args.label.as_deref().unwrap_or_default();
    let recorded = match release::record(&args.file, &p, label, &args.note, args.now) {
        Ok(r) => r,
        Err(e) => return fail(lang, &CliError::Release(e)),
    };
    let errors = crate::clash::Counts::of(&crate::clash::detect(&p)).errors;
    if errors > 0 {
        output::say(&i18n::release_errors_warning(lang, errors));
    }
    let drafts = p.sessions.values().filter(|s| s.status == Status::Draft).count();
    if drafts > 0 {
        output::say(&i18n::release_drafts_note(lang, drafts));
    }
    let sessions = recorded.file.programme.sessions.len();
    let path = recorded.path.display().to_string();
    let mut text = terminal_safe(&i18n::release_recorded(lang, recorded.label(), sessions, &path));
    text.push('\n');
    if let Some(prev) = previous {
        let changes = diff(&prev.file.programme, &recorded.file.programme, DiffOptions::default());
        let n = crate::diff::by_session(&changes).len();
        text.push_str(&terminal_safe(&i18n::since_latest(lang, prev.label(), &i18n::change_count(lang, n))));
        text.push('\n');
    }
    match output::to_stdout(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(lang, &CliError::Stdout(e)),
    }
}
