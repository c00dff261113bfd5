//! `podium diff OLD NEW` and `podium diff FILE --since LABEL` (CONTRACTS §8): the changes between two
//! programmes by session key, as text grouped by day in the user's language, or as the stable JSON.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use super::{CheckFormat, CliError, fail, load_input, output, terminal_safe};
use crate::diff::{Change, ChangeDetail, DiffOptions, Slot, by_day, diff, slot_start};
use crate::export::Baseline;
use crate::i18n::{self, Lang, Sides};
use crate::model::{Programme, time};

/// What `podium diff` was asked.
#[derive(Clone, Debug)]
pub struct DiffArgs {
    /// OLD, or FILE with `--since`.
    pub first: PathBuf,
    /// NEW.
    pub second: Option<PathBuf>,
    /// A release label (or an older programme file) to compare FILE with.
    pub since: Option<String>,
    /// Text or JSON.
    pub format: CheckFormat,
    /// Drafts count as visible.
    pub include_drafts: bool,
    /// Language.
    pub lang: Lang,
    /// Time zone of schedule inputs.
    pub tz: Option<String>,
}

#[derive(Serialize)]
struct JsonSlot {
    day: Option<String>,
    start: Option<String>,
    end: Option<String>,
    hall: Option<String>,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    kind: &'static str,
    session: &'a str,
    title: &'a str,
    before: Option<JsonSlot>,
    after: Option<JsonSlot>,
    /// `retitled`: the title before.
    #[serde(skip_serializing_if = "Option::is_none")]
    old_title: Option<&'a str>,
    /// `people`: keys of who joined, who left, whose role changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    people: Option<JsonPeople<'a>>,
    /// `details`: the fields that changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<Vec<&'static str>>,
}

#[derive(Serialize)]
struct JsonPeople<'a> {
    joined: Vec<&'a str>,
    left: Vec<&'a str>,
    roles: Vec<&'a str>,
}

fn json_slot(lang: Lang, p: &Programme, slot: &Slot) -> JsonSlot {
    let stamp = |m: i64| time::to_datetime(m).map(|d| d.format("%Y-%m-%dT%H:%M").to_string());
    let start = slot_start(p, slot);
    JsonSlot {
        day: crate::diff::slot_date(p, slot).map(|d| d.format("%Y-%m-%d").to_string()),
        start: start.and_then(stamp),
        end: start.and_then(|s| stamp(s + i64::from(slot.duration_mins))),
        hall: slot.hall.as_ref().map(|h| p.hall_name(h, i18n::t(lang, i18n::T::AllHalls)).to_owned()),
    }
}

/// The JSON of CONTRACTS §8, pretty-printed, ending with a newline.
pub fn diff_json(lang: Lang, old: &Programme, new: &Programme, changes: &[Change]) -> String {
    let changes: Vec<JsonChange<'_>> = changes
        .iter()
        .map(|c| JsonChange {
            kind: c.kind.as_str(),
            session: c.session.as_str(),
            title: &c.title,
            before: c.before.as_ref().map(|s| json_slot(lang, old, s)),
            after: c.after.as_ref().map(|s| json_slot(lang, new, s)),
            old_title: match &c.detail {
                ChangeDetail::Title { before } => Some(before.as_str()),
                _ => None,
            },
            people: match &c.detail {
                ChangeDetail::People(p) => Some(JsonPeople {
                    joined: p.joined.iter().map(|x| x.person.as_str()).collect(),
                    left: p.left.iter().map(|x| x.person.as_str()).collect(),
                    roles: p.roles.iter().map(|x| x.person.as_str()).collect(),
                }),
                _ => None,
            },
            fields: match &c.detail {
                ChangeDetail::Fields(f) => Some(f.iter().map(|x| x.as_str()).collect()),
                _ => None,
            },
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&serde_json::json!({ "changes": changes })).unwrap_or_default();
    text.push('\n');
    text
}

/// The text form: a heading, then per day the sessions with their changes in words.
pub fn diff_text(lang: Lang, old: &Baseline, new: &Baseline, changes: &[Change]) -> String {
    let sides = Sides { old: &old.programme, new: &new.programme };
    let mut out = String::new();
    let heading = i18n::compared_with(lang, &new.label, &old.label);
    writeln!(out, "{}: {}", terminal_safe(&heading), i18n::change_count(lang, crate::diff::by_session(changes).len()))
        .ok();
    for day in by_day(sides.old, sides.new, changes) {
        let heading = day.date.map_or_else(|| i18n::t(lang, i18n::T::NoDate).to_owned(), |d| i18n::date_long(lang, d));
        writeln!(out, "\n{heading}").ok();
        for s in &day.sessions {
            let (time, hall) = match s.shown(sides.old, sides.new) {
                Some((p, slot)) => (i18n::slot_time(lang, slot), i18n::slot_hall(lang, p, slot)),
                None => (String::new(), String::new()),
            };
            let phrases = i18n::change_phrases(lang, sides, &s.changes);
            let words = phrases.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("; ");
            let line = format!("  {time:<18} {hall:<14} {}: {words}", lang.quote(s.title()));
            writeln!(out, "{}", terminal_safe(&line)).ok();
        }
    }
    out
}

fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn sides(args: &DiffArgs) -> Result<(Baseline, Baseline), CliError> {
    let tz = args.tz.as_deref();
    let first = load_input(&args.first, tz, args.lang)?;
    match (&args.second, &args.since) {
        (Some(second), _) => {
            let new = Baseline { label: file_label(second), programme: load_input(second, tz, args.lang)? };
            Ok((Baseline { label: file_label(&args.first), programme: first }, new))
        }
        (None, since) => {
            let since = since.as_deref().unwrap_or_default();
            let old = super::release::baseline(&args.first, since, tz, args.lang)?;
            Ok((old, Baseline { label: file_label(&args.first), programme: first }))
        }
    }
}

/// Runs `podium diff`; 0, or 2 when a side cannot be read.
pub fn run_diff(args: &DiffArgs) -> ExitCode {
    let (old, new) = match sides(args) {
        Ok(sides) => sides,
        Err(e) => return fail(args.lang, &e),
    };
    let changes = diff(&old.programme, &new.programme, DiffOptions { include_drafts: args.include_drafts });
    let text = match args.format {
        CheckFormat::Text => diff_text(args.lang, &old, &new, &changes),
        CheckFormat::Json => diff_json(args.lang, &old.programme, &new.programme, &changes),
    };
    match output::to_stdout(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(args.lang, &CliError::Stdout(e)),
    }
}
