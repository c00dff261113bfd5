//! `podium schedule FILE -o OUT.ron`: places the unplaced sessions (or repairs clashes with `--repair`)
//! and writes the result (CONTRACTS §8). Prints the checks before solving, what was placed or moved where,
//! what could not be placed and why, and a summary. Exit 0 when all are placed with no error clash, 1 when
//! some are left, 2 when the file cannot be read or written.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use super::{CliError, fail, load_input, output, refuse_over_input};
use crate::i18n::{self, Lang, PlaceWord};
use crate::model::SessionKey;
use crate::place::{Options, Outcome, Progress, schedule};

/// What `podium schedule` was asked.
pub struct ScheduleArgs<'a> {
    /// The programme.
    pub file: &'a Path,
    /// Where to write the result (.ron).
    pub out: &'a Path,
    /// Seconds to search at most.
    pub budget_secs: f64,
    /// Only these sessions.
    pub sessions: Option<Vec<String>>,
    /// Move sessions in error clashes.
    pub repair: bool,
    /// Language of the report.
    pub lang: Lang,
}

/// The report for people.
pub fn schedule_report(lang: Lang, out: &Outcome) -> String {
    let p = &out.programme;
    let mut text = String::new();
    let word = |w| i18n::place_word(lang, w);
    if !out.prechecks.is_empty() {
        text.push_str(word(PlaceWord::Prechecks));
        text.push('\n');
        for check in &out.prechecks {
            text.push_str(&format!("  • {}\n", i18n::precheck_text(lang, p, check)));
        }
    }
    let title = |k: &SessionKey| p.sessions.get(k).map_or_else(|| k.to_string(), |s| s.title.clone());
    if !out.placed.is_empty() {
        text.push_str(word(PlaceWord::Placed));
        text.push('\n');
        for (k, place) in &out.placed {
            text.push_str(&format!("  {} → {}\n", lang.quote(&title(k)), i18n::place_text(lang, p, k, place)));
        }
    }
    if !out.moved.is_empty() {
        text.push_str(word(PlaceWord::Moved));
        text.push('\n');
        for (k, from, to) in &out.moved {
            let to = to.as_ref().map_or_else(|| "—".to_owned(), |t| i18n::place_text(lang, p, k, t));
            text.push_str(&format!("  {}: {} → {to}\n", lang.quote(&title(k)), i18n::place_text(lang, p, k, from)));
        }
    }
    if !out.unplaced.is_empty() {
        text.push_str(word(PlaceWord::NotPlaced));
        text.push('\n');
        for (k, why) in &out.unplaced {
            text.push_str(&format!("  {}: {}\n", lang.quote(&title(k)), i18n::unplaced_text(lang, why)));
        }
    }
    if out.stopped_early {
        text.push_str(word(PlaceWord::StoppedEarly));
        text.push('\n');
    }
    text.push_str(&i18n::schedule_summary(
        lang,
        out.placed.len(),
        out.unplaced.len(),
        out.moved.len(),
        out.errors_left,
    ));
    text.push('\n');
    output::terminal_lines(&text)
}

/// Runs `podium schedule`.
pub fn run_schedule(args: &ScheduleArgs<'_>) -> ExitCode {
    let lang = args.lang;
    let programme = match load_input(args.file, None, lang) {
        Ok(p) => p,
        Err(e) => return fail(lang, &e),
    };
    if let Err(e) = refuse_over_input(args.file, args.out) {
        return fail(lang, &e);
    }
    if args.out.extension().and_then(|e| e.to_str()).is_none_or(|e| !e.eq_ignore_ascii_case("ron")) {
        let e = CliError::WrongExtension { path: args.out.display().to_string(), format: ".ron" };
        return fail(lang, &e);
    }
    let sessions: Option<Vec<SessionKey>> =
        args.sessions.as_ref().map(|list| list.iter().map(|k| SessionKey::new(k.trim())).collect());
    if let Some(missing) = sessions.iter().flatten().find(|k| !programme.sessions.contains_key(*k)) {
        return fail(lang, &CliError::UnknownSession(missing.to_string()));
    }
    let budget = Duration::try_from_secs_f64(args.budget_secs.max(0.0)).unwrap_or(Duration::from_secs(30));
    let opts = Options { budget, sessions, repair: args.repair, ..Options::default() };
    let outcome = schedule(programme, &opts, &Progress::default());
    if let Err(e) = crate::format::save_file(&outcome.programme, args.out) {
        return fail(lang, &CliError::Save(e));
    }
    if let Err(e) = output::to_stdout(schedule_report(lang, &outcome).as_bytes()) {
        return fail(lang, &CliError::Stdout(e));
    }
    if outcome.unplaced.is_empty() && outcome.errors_left == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
