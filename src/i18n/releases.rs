//! Releases in words, German and English: what `podium release` and "Veröffentlichen…" say when a
//! release is recorded, the warnings before it, the list of releases, and the errors.

use chrono::{DateTime, Utc};

use super::{Lang, number};
use crate::release::ReleaseError;

/// "Veröffentlicht: Stand 3 (34 Sessions) → kongress.releases/003-stand-3.ron".
pub fn release_recorded(lang: Lang, label: &str, sessions: usize, path: &str) -> String {
    let n = number(lang, sessions);
    match lang {
        Lang::De => format!("Veröffentlicht: {} ({n} Sessions) → {path}", lang.quote(label)),
        Lang::En => format!("Released: {} ({n} sessions) → {path}", lang.quote(label)),
    }
}

/// The warning about error-severity clashes in what is released.
pub fn release_errors_warning(lang: Lang, errors: usize) -> String {
    match (lang, errors) {
        (Lang::De, 1) => "Achtung: Das Programm hat 1 Fehler (podium check zeigt ihn).".to_owned(),
        (Lang::De, n) => format!("Achtung: Das Programm hat {} Fehler (podium check zeigt sie).", number(lang, n)),
        (Lang::En, 1) => "Warning: the programme has 1 error (podium check shows it).".to_owned(),
        (Lang::En, n) => format!("Warning: the programme has {} errors (podium check shows them).", number(lang, n)),
    }
}

/// The note that drafts are left out of a release.
pub fn release_drafts_note(lang: Lang, drafts: usize) -> String {
    match (lang, drafts) {
        (Lang::De, 1) => "1 Entwurf ist nicht enthalten (nur bestätigte Sessions werden veröffentlicht).".to_owned(),
        (Lang::De, n) => {
            format!(
                "{} Entwürfe sind nicht enthalten (nur bestätigte Sessions werden veröffentlicht).",
                number(lang, n)
            )
        }
        (Lang::En, 1) => "1 draft is left out (only confirmed sessions are released).".to_owned(),
        (Lang::En, n) => format!("{} drafts are left out (only confirmed sessions are released).", number(lang, n)),
    }
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
    let n = number(lang, sessions);
    let sessions = lang.pick("Sessions", "sessions");
    let line = format!("{number_:>3}  {label:<16} {when}  {n} {sessions}");
    if note.is_empty() { line } else { format!("{line}  – {note}") }
}

/// "Noch keine Veröffentlichungen." / "No releases yet."
pub fn no_releases(lang: Lang) -> &'static str {
    lang.pick("Noch keine Veröffentlichungen.", "No releases yet.")
}

/// "Seit der letzten Veröffentlichung (Stand 2): 3 Änderungen" and its English form.
pub fn since_latest(lang: Lang, label: &str, changes: &str) -> String {
    match lang {
        Lang::De => format!("Seit der letzten Veröffentlichung ({label}): {changes}"),
        Lang::En => format!("Since the latest release ({label}): {changes}"),
    }
}

/// The user-facing text of a release error.
pub fn release_error(lang: Lang, e: &ReleaseError) -> String {
    match (e, lang) {
        (ReleaseError::Io { source, path }, _) => format!("{}: {}", path.display(), super::io_reason(lang, source)),
        (ReleaseError::Load { source, path }, _) => format!("{}: {}", path.display(), super::load_error(lang, source)),
        (ReleaseError::Save(e), _) => super::save_error(lang, e),
        (ReleaseError::EmptyLabel, Lang::De) => "eine Veröffentlichung braucht einen Namen (--label)".to_owned(),
        (ReleaseError::EmptyLabel, Lang::En) => "a release needs a label (--label)".to_owned(),
        (ReleaseError::LabelTaken { label, path }, Lang::De) => format!(
            "{} gibt es schon ({}); Veröffentlichungen werden nie überschrieben, bitte einen anderen Namen wählen",
            lang.quote(label),
            path.display()
        ),
        (ReleaseError::LabelTaken { label, path }, Lang::En) => format!(
            "{} exists already ({}); releases are never overwritten, choose another label",
            lang.quote(label),
            path.display()
        ),
        (ReleaseError::NotFound { given, known }, Lang::De) if known.is_empty() => {
            format!("keine Veröffentlichung {}: es gibt noch keine (podium release DATEI --label …)", lang.quote(given))
        }
        (ReleaseError::NotFound { given, known }, Lang::En) if known.is_empty() => {
            format!("no release {}: there are none yet (podium release FILE --label …)", lang.quote(given))
        }
        (ReleaseError::NotFound { given, known }, Lang::De) => {
            format!("keine Veröffentlichung {}. Vorhanden: {}", lang.quote(given), known.join(", "))
        }
        (ReleaseError::NotFound { given, known }, Lang::En) => {
            format!("no release {}. Known: {}", lang.quote(given), known.join(", "))
        }
        (ReleaseError::BrokenFolder { path }, Lang::De) => format!(
            "{} ist keine lesbare Veröffentlichung; bitte zuerst reparieren oder entfernen, nichts wurde veröffentlicht",
            path.display()
        ),
        (ReleaseError::BrokenFolder { path }, Lang::En) => {
            format!("{} is not a readable release; fix or remove it first, nothing was released", path.display())
        }
    }
}

/// The error of a change list without `--since`.
pub fn needs_since(lang: Lang) -> &'static str {
    lang.pick(
        "--layout changes braucht --since mit einer Veröffentlichung oder einer älteren Programmdatei",
        "--layout changes needs --since with a release label or an older programme file",
    )
}
