//! Releases in words, German and English: what `podium release` and "Veröffentlichen…" say when a
//! release is recorded, the warnings before it, the list of releases, and the errors.

use chrono::{DateTime, Utc};

use super::Lang;
use super::catalogue::{tr, word};
use crate::release::ReleaseError;

/// "Veröffentlicht: Stand 3 (34 Sessions) → kongress.releases/003-stand-3.ron".
pub fn release_recorded(lang: Lang, label: &str, sessions: usize, path: &str) -> String {
    tr!(
        lang,
        "release-recorded",
        label = lang.quote(label),
        sessions = tr!(lang, "word-sessions", n = sessions),
        path = path
    )
}

/// The warning about error-severity clashes in what is released.
pub fn release_errors_warning(lang: Lang, errors: usize) -> String {
    tr!(lang, "release-errors-warning", n = errors)
}

/// The note that drafts are left out of a release.
pub fn release_drafts_note(lang: Lang, drafts: usize) -> String {
    tr!(lang, "release-drafts-note", n = drafts)
}

/// A moment in the event's time zone: "01.09.2022 10:30" / "2022-09-01 10:30".
pub fn moment(lang: Lang, at: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    let local = at.with_timezone(&tz);
    match lang {
        Lang::De => local.format("%d.%m.%Y %H:%M").to_string(),
        Lang::En => local.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// One line of `podium release --list`: number, label, moment, sessions, note.
pub fn release_line(lang: Lang, number_: u32, label: &str, when: &str, sessions: usize, note: &str) -> String {
    let sessions = tr!(lang, "word-sessions", n = sessions);
    let line = format!("{number_:>3}  {label:<16} {when}  {sessions}");
    if note.is_empty() { line } else { format!("{line}  – {note}") }
}

/// "Noch keine Veröffentlichungen." / "No releases yet."
pub fn no_releases(lang: Lang) -> &'static str {
    word(lang, "release-none")
}

/// "Seit der letzten Veröffentlichung (Stand 2): 3 Änderungen" and its English form.
pub fn since_latest(lang: Lang, label: &str, changes: &str) -> String {
    tr!(lang, "release-since-latest", label = label, changes = changes)
}

/// The user-facing text of a release error.
pub fn release_error(lang: Lang, e: &ReleaseError) -> String {
    match e {
        ReleaseError::Io { source, path } => format!("{}: {}", path.display(), super::io_reason(lang, source)),
        ReleaseError::Load { source, path } => format!("{}: {}", path.display(), super::load_error(lang, source)),
        ReleaseError::Save(e) => super::save_error(lang, e),
        ReleaseError::EmptyLabel => tr!(lang, "release-empty-label"),
        ReleaseError::LabelTaken { label, path } => {
            tr!(lang, "release-label-taken", label = lang.quote(label), path = path.display().to_string())
        }
        ReleaseError::NotFound { given, known } if known.is_empty() => {
            tr!(lang, "release-none-yet", given = lang.quote(given))
        }
        ReleaseError::NotFound { given, known } => {
            tr!(lang, "release-not-found", given = lang.quote(given), known = known.join(", "))
        }
        ReleaseError::BrokenFolder { path } => tr!(lang, "release-broken-folder", path = path.display().to_string()),
    }
}

/// The error of a change list without `--since`.
pub fn needs_since(lang: Lang) -> &'static str {
    word(lang, "release-needs-since")
}
