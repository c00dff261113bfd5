//! User-facing text in German and English (CONTRACTS §6): the language choice, date and time formatting,
//! and messages rendered from structured data (clashes, validation problems, load errors). `Display` impls
//! elsewhere stay English for logs.
//!
//! Every word lives in the Fluent catalogues `locales/de/*.ftl` and `locales/en/*.ftl` (one file per topic,
//! see `catalogue.rs`); the functions here pick the message and fill in its data. Only dates and numbers are
//! formatted by hand (`dates.rs`, [`number`]).
//!
//! ## Adding a message
//! 1. Add one line to the topic's file in **both** languages, the id starting with the file's name:
//!    `gui-zoom-in = Vergrößern` in `locales/de/gui.ftl`, `gui-zoom-in = Zoom in` in `locales/en/gui.ftl`.
//!    Arguments are `{ $name }`; a count selects its plural by CLDR rules:
//!    `{ $n -> [one] { $n } Hinweis *[other] { $n } Hinweise }`.
//! 2. Look it up: `i18n::text(lang, "gui-zoom-in")` for plain words (a `&'static str`),
//!    `i18n::counted(lang, "gui-and-more", n)` for one count, `i18n::message_with(lang, id, &[("name", text)])`
//!    for text arguments, or inside `src/i18n/`
//!    `tr!(lang, "clash-room-overlap", hall = name, a = first, b = second)`; or give a `T` variant its id
//!    in `ui.rs`.
//!
//! `cargo test --test i18n_catalogues` fails when an id is in one language only, when the two languages use
//! different arguments, or when the code names an id that no catalogue has. A new `.ftl` file is added to
//! `TOPICS` in `catalogue.rs`. Never choose words with `match lang` outside this module.
//!
//! Converting a `lang.pick("Deutsch", "English")` (e.g. in a newly merged file): add
//! `topic-some-id = Deutsch` / `topic-some-id = English` to `locales/{de,en}/topic.ftl` (topic `gui` for the
//! editor) and replace the call by `crate::i18n::text(lang, "topic-some-id")`.

mod agenda;
mod bulk;
mod catalogue;
mod changes;
mod clashes;
mod cli;
pub mod collate;
mod dates;
mod errors;
mod form_words;
mod forms;
mod interchange;
mod parse;
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
pub use cli::{
    CliWord, cli_not_text, cli_select_ambiguous, cli_select_unknown, cli_unknown_format, cli_unknown_session, cli_word,
    cli_wrong_extension,
};
pub use dates::{date_long, date_short, month_name, time_range, weekday_name, weekday_short};
pub use errors::{io_reason, load_error, save_error, stdout_error};
pub use form_words::{
    EntityWord, FormWord, TRACK_COLOURS, colour_fix, colour_name, contribution_at, create_person, day_choice,
    enter_takes, form_word, open_entity, over_a_day,
};
pub use forms::{F, date_text, f, input_error, role_name};
pub use interchange::{import_error, import_warning};
pub use parse::{parse_text, parser_message};
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
pub use ui::{T, about_text, edit_label, kind_name, status_name, t};

use catalogue::{tr, word};

/// A language Podium speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// German (the default).
    #[default]
    De,
    /// English.
    En,
}

/// A plain message (no arguments) by id: `text(lang, "gui-zoom-in")`. Shows the id if there is none.
pub fn text(lang: Lang, id: &'static str) -> &'static str {
    word(lang, id)
}

/// A message with one count `$n` (thousands-separated, choosing the plural form): "… und 3 weitere".
pub fn counted(lang: Lang, id: &'static str, n: usize) -> String {
    tr_n(lang, id, n)
}

/// A message by an id made at run time (the CLI help: `help-check-file`); `None` when the catalogue has
/// no such message, so that the caller keeps its own text.
pub fn catalogue_text(lang: Lang, id: &str) -> Option<String> {
    catalogue::has(lang, id).then(|| catalogue::message(lang, id, None))
}

/// A message with text arguments by an id made at run time (the CLI's usage errors).
pub fn message_with(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    catalogue::message(lang, id, Some(&fluent))
}

fn tr_n(lang: Lang, id: &str, n: usize) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("n", n);
    catalogue::message(lang, id, Some(&args))
}

impl Lang {
    /// The ISO 639-1 code: `de`, `en` (document metadata, preferences).
    pub fn code(self) -> &'static str {
        match self {
            Self::De => "de",
            Self::En => "en",
        }
    }

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

    /// A quoted title: „…“ in German, “…” in English.
    pub fn quote(self, text: &str) -> String {
        tr!(self, "word-quote", text = text)
    }
}

/// The word for a severity, upper case, as the check's text output prints it.
pub fn severity_label(lang: Lang, severity: crate::clash::Severity) -> &'static str {
    use crate::clash::Severity;
    word(
        lang,
        match severity {
            Severity::Error => "word-severity-error",
            Severity::Warning => "word-severity-warning",
            Severity::Info => "word-severity-info",
        },
    )
}

/// "Zeile 3, Spalte 7: {text}" / "line 3, column 7: {text}".
pub fn at_line(lang: Lang, line: usize, col: usize, text: &str) -> String {
    tr!(lang, "error-at-line", line = line.to_string(), col = col.to_string(), text = text)
}

/// A whole number with thousands separators: `4.498.500`, `4,498,500` (hand-formatted, CONTRACTS §6).
pub fn number(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// "3 Fehler, 1 Warnung, 0 Hinweise · 42 Sessions" and its English form (thousands separated).
pub fn summary(lang: Lang, counts: crate::clash::Counts, sessions: usize) -> String {
    tr!(
        lang,
        "word-summary",
        errors = tr!(lang, "word-errors", n = counts.errors),
        warnings = tr!(lang, "word-warnings", n = counts.warnings),
        infos = tr!(lang, "word-infos", n = counts.infos),
        sessions = tr!(lang, "word-sessions", n = sessions),
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
