//! User-facing text in German and English (CONTRACTS §6): the language choice, date and time formatting,
//! and messages rendered from structured data (clashes, validation problems, load errors). `Display` impls
//! elsewhere stay English for logs.

mod agenda;
mod bulk;
mod changes;
mod clashes;
mod dates;
mod errors;
mod form_words;
mod forms;
mod interchange;
mod place;
mod problems;
mod publish;
mod releases;
mod shell;
mod ui;

pub use agenda::{AgendaWord, agenda_word, as_of, date_plain, date_span, hall_part, page_of, personal_schedule};
pub use bulk::{
    B, BulkLabel, bulk_label, bulk_word, copied_count, delete_question, left_out, match_count, selected_count,
    shift_count,
};
pub use changes::{
    Phrase, Sides, Tone, change_count, change_phrases, clock_suffix, compared_with, person_name, slot_hall, slot_line,
    slot_time,
};
pub use clashes::clash_message;
pub use dates::{date_long, date_short, month_name, time_range, weekday_name, weekday_short};
pub use errors::{io_reason, load_error, save_error, stdout_error};
pub use form_words::{
    EntityWord, FormWord, TRACK_COLOURS, colour_fix, colour_name, contribution_at, create_person, day_choice,
    enter_takes, form_word, open_entity, over_a_day,
};
pub use forms::{F, date_text, f, input_error, role_name};
pub use interchange::{import_error, import_warning};
pub use place::{
    PlaceWord, cost_text, moved_text, place_text, place_word, placing_intro, precheck_text, schedule_label,
    schedule_summary, unplaced_text,
};
pub use problems::{problem_message, problem_text};
pub use publish::{
    PublishWord, changed_for_you, default_closing, default_intro, letter_subject, next_label, publish_count,
    publish_word, release_as_of, roles_text, salutation,
};
pub use releases::{
    moment, needs_since, no_releases, release_drafts_note, release_error, release_errors_warning, release_line,
    release_recorded, since_latest,
};
pub use shell::{S, export_left_out, s};
#[cfg(feature = "gui")]
pub use shell::{key_name, shortcut_text};
pub use ui::{T, edit_label, kind_name, status_name, t};

/// A language Podium speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// German (the default).
    #[default]
    De,
    /// English.
    En,
}

impl Lang {
    /// The language of a locale name such as `de_DE.UTF-8` or `en_GB`; `None` for others (`C`, `fr_FR`).
    pub fn from_locale(locale: &str) -> Option<Self> {
        let lower = locale.to_ascii_lowercase();
        if lower.starts_with("de") {
            Some(Self::De)
        } else if lower.starts_with("en") {
            Some(Self::En)
        } else {
            None
        }
    }

    /// The language to use: the explicit choice, else the first set of LC_ALL, LC_MESSAGES, LANG that
    /// names German or English, else German.
    pub fn resolve(explicit: Option<Self>, env: impl Fn(&str) -> Option<String>) -> Self {
        explicit
            .or_else(|| {
                ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .iter()
                    .filter_map(|var| env(var).filter(|v| !v.is_empty()))
                    .find_map(|v| Self::from_locale(&v))
            })
            .unwrap_or_default()
    }

    /// Picks the German or the English text.
    pub fn pick<'a>(self, de: &'a str, en: &'a str) -> &'a str {
        match self {
            Self::De => de,
            Self::En => en,
        }
    }

    /// A quoted title: „…“ in German, “…” in English.
    pub fn quote(self, text: &str) -> String {
        match self {
            Self::De => format!("„{text}“"),
            Self::En => format!("“{text}”"),
        }
    }
}

/// The word for a severity, upper case, as the check's text output prints it.
pub fn severity_label(lang: Lang, severity: crate::clash::Severity) -> &'static str {
    use crate::clash::Severity;
    match (lang, severity) {
        (Lang::De, Severity::Error) => "FEHLER",
        (Lang::De, Severity::Warning) => "WARNUNG",
        (Lang::De, Severity::Info) => "HINWEIS",
        (Lang::En, Severity::Error) => "ERROR",
        (Lang::En, Severity::Warning) => "WARNING",
        (Lang::En, Severity::Info) => "INFO",
    }
}

/// A whole number with thousands separators: `4.498.500`, `4,498,500`.
pub fn number(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let sep = lang.pick(".", ",");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(d);
    }
    out
}

/// "3 Fehler, 1 Warnung, 0 Hinweise · 42 Sessions" and its English form (thousands separated).
pub fn summary(lang: Lang, counts: crate::clash::Counts, sessions: usize) -> String {
    let n = |count: usize, de1: &str, de_n: &str, en1: &str, en_n: &str| {
        let word = match (lang, count == 1) {
            (Lang::De, true) => de1,
            (Lang::De, false) => de_n,
            (Lang::En, true) => en1,
            (Lang::En, false) => en_n,
        };
        format!("{} {word}", number(lang, count))
    };
    format!(
        "{}, {}, {} · {}",
        n(counts.errors, "Fehler", "Fehler", "error", "errors"),
        n(counts.warnings, "Warnung", "Warnungen", "warning", "warnings"),
        n(counts.infos, "Hinweis", "Hinweise", "info", "infos"),
        n(sessions, "Session", "Sessions", "session", "sessions"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_follows_explicit_then_locale_then_german() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(Lang::resolve(Some(Lang::En), env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(Lang::resolve(None, env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(Lang::resolve(None, env(&[("LC_ALL", "de_AT"), ("LANG", "en_US")])), Lang::De);
        assert_eq!(Lang::resolve(None, env(&[("LC_ALL", "C"), ("LANG", "en_US")])), Lang::En);
        assert_eq!(Lang::resolve(None, env(&[("LANG", "fr_FR.UTF-8")])), Lang::De);
        assert_eq!(Lang::resolve(None, env(&[])), Lang::De);
    }

    #[test]
    fn summary_counts_in_both_languages() {
        let counts = crate::clash::Counts { errors: 1, warnings: 2, infos: 0 };
        assert_eq!(summary(Lang::De, counts, 42), "1 Fehler, 2 Warnungen, 0 Hinweise · 42 Sessions");
        assert_eq!(summary(Lang::En, counts, 1), "1 error, 2 warnings, 0 infos · 1 session");
    }
}
