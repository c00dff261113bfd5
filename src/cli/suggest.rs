//! `podium suggest FILE --session KEY`: the free places of one session, best first (CONTRACTS §8), as
//! lines for people or as JSON for scripts. Exit 0, or 2 when the file cannot be read or the session does
//! not exist.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::{CheckFormat, CliError, fail, load_input, output};
use crate::i18n::{self, Lang};
use crate::model::{HallPlacement, Programme, SessionKey, time};
use crate::place::{Candidate, Plan, free_places};

#[derive(Serialize)]
struct JsonSuggest<'a> {
    session: &'a str,
    candidates: Vec<JsonCandidate>,
}

#[derive(Serialize)]
struct JsonCandidate {
    day: String,
    date: String,
    start: String,
    end: String,
    hall: Option<String>,
    all_halls: bool,
    errors: usize,
    warnings: usize,
}

fn json(p: &Programme, key: &SessionKey, candidates: &[Candidate]) -> String {
    let duration = p.sessions.get(key).map_or(0, |s| s.duration_mins);
    let out = JsonSuggest {
        session: key.as_str(),
        candidates: candidates
            .iter()
            .map(|c| JsonCandidate {
                day: c.place.day.to_string(),
                date: p.days.get(&c.place.day).map(|d| d.date.to_string()).unwrap_or_default(),
                start: c.place.start.to_string(),
                end: time::wall_clock(c.place.start.mins().saturating_add(duration)).to_string(),
                hall: match &c.place.hall {
                    HallPlacement::Hall(h) => Some(h.to_string()),
                    HallPlacement::All => None,
                },
                all_halls: c.place.hall == HallPlacement::All,
                errors: c.cost.errors,
                warnings: c.cost.soft,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&out).map(|s| s + "\n").unwrap_or_default()
}

fn text(lang: Lang, p: &Programme, key: &SessionKey, candidates: &[Candidate]) -> String {
    let title = p.sessions.get(key).map_or("", |s| s.title.as_str());
    let mut out = format!("{} {}:\n", i18n::place_word(lang, i18n::PlaceWord::FreePlacesFor), lang.quote(title));
    if candidates.is_empty() {
        out.push_str(i18n::place_word(lang, i18n::PlaceWord::NoFreePlaces));
        out.push('\n');
    }
    for (i, c) in candidates.iter().enumerate() {
        out.push_str(&format!(
            "{:>3}. {} ({})\n",
            i + 1,
            i18n::place_text(lang, p, key, &c.place),
            i18n::cost_text(lang, &c.cost)
        ));
    }
    output::terminal_lines(&out)
}

/// Runs `podium suggest`.
pub fn run_suggest(path: &Path, session: &str, limit: usize, format: CheckFormat, lang: Lang) -> ExitCode {
    let programme = match load_input(path, None, lang) {
        Ok(p) => p,
        Err(e) => return fail(lang, &e),
    };
    let key = SessionKey::new(session);
    if !programme.sessions.contains_key(&key) {
        return fail(lang, &CliError::UnknownSession(session.to_owned()));
    }
    let mut plan = Plan::new(programme);
    // As in the editor: at most two places of one day and hall.
    let candidates = free_places(&mut plan, &key, None, limit.max(1), Some(2));
    let p = plan.programme();
    let out = match format {
        CheckFormat::Text => text(lang, p, &key, &candidates),
        CheckFormat::Json => json(p, &key, &candidates),
    };
    match output::to_stdout(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(lang, &CliError::Stdout(e)),
    }
}
