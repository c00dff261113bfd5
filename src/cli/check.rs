//! The output of `podium check`: a text form for people, grouped by day (text from the file with its
//! control characters escaped), and the stable JSON form of CONTRACTS §4.

use std::fmt::Write as _;

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::clash::{Clash, ClashSession, Counts};
use crate::i18n::{self, Lang};
use crate::model::{Programme, TimeRange, time};

/// Output form of the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CheckFormat {
    /// One line per problem, grouped by day, and a summary.
    #[default]
    Text,
    /// The stable JSON of CONTRACTS §4.
    Json,
}

/// The time of a clash session: the contribution's when it comes from one.
fn range_of(p: &Programme, s: &ClashSession) -> Option<TimeRange> {
    let session = p.sessions.get(&s.session)?;
    match s.contribution {
        Some(i) => p.contribution_ranges(session).get(i).copied(),
        None => p.session_range(session),
    }
}

fn datetime(minute: i64) -> Option<NaiveDateTime> {
    time::to_datetime(minute)
}

#[derive(Serialize)]
struct JsonReport<'a> {
    sessions: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    clashes: Vec<JsonClash<'a>>,
}

#[derive(Serialize)]
struct JsonClash<'a> {
    kind: &'static str,
    severity: &'static str,
    message: String,
    hall: Option<&'a str>,
    speaker: Option<&'a str>,
    sessions: Vec<JsonSession<'a>>,
    /// The exact number of overlapping pairs a grouped clash stands for (CONTRACTS §4); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pairs: Option<usize>,
}

#[derive(Serialize)]
struct JsonSession<'a> {
    id: &'a str,
    title: &'a str,
    contribution: Option<&'a str>,
    day: Option<String>,
    start: Option<String>,
    end: Option<String>,
    hall: Option<String>,
}

fn json_session<'a>(lang: Lang, p: &'a Programme, s: &'a ClashSession) -> JsonSession<'a> {
    let session = p.sessions.get(&s.session);
    let range = range_of(p, s);
    // `YYYY-MM-DDTHH:MM` as the contract has it; the end of a session said to last for millennia (an
    // `invalid` problem) cannot be written so and is null.
    let four_digits = |d: &NaiveDateTime| (0..=9999).contains(&chrono::Datelike::year(d));
    let stamp = |m: i64| datetime(m).filter(four_digits).map(|d| d.format("%Y-%m-%dT%H:%M").to_string());
    JsonSession {
        id: s.session.as_str(),
        title: session.map_or("", |x| x.title.as_str()),
        contribution: session
            .and_then(|x| s.contribution.and_then(|i| x.contributions.get(i)))
            .map(|c| c.title.as_str()),
        day: session
            .and_then(|x| x.day.as_ref())
            .and_then(|d| p.days.get(d))
            .map(|d| d.date.format("%Y-%m-%d").to_string()),
        start: range.and_then(|r| stamp(r.start)),
        end: range.and_then(|r| stamp(r.end)),
        hall: session
            .and_then(|x| x.hall.as_ref())
            .map(|h| p.hall_name(h, crate::i18n::text(lang, "cli-all-halls")).to_owned()),
    }
}

/// The JSON report, pretty-printed, ending with a newline.
pub fn check_json(lang: Lang, p: &Programme, clashes: &[Clash]) -> String {
    let mut bytes = Vec::new();
    write_check_json(&mut bytes, lang, p, clashes).ok();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Writes the JSON report, pretty-printed and ending with a newline, as it is made (no string of the
/// whole report). An error of the writer is returned as it was (a closed pipe stays `BrokenPipe`).
pub fn write_check_json(
    out: &mut dyn std::io::Write,
    lang: Lang,
    p: &Programme,
    clashes: &[Clash],
) -> std::io::Result<()> {
    let counts = Counts::of(clashes);
    let report = JsonReport {
        sessions: p.sessions.len(),
        errors: counts.errors,
        warnings: counts.warnings,
        infos: counts.infos,
        clashes: clashes
            .iter()
            .map(|c| JsonClash {
                kind: c.kind.as_str(),
                severity: c.severity().as_str(),
                message: i18n::clash_message(lang, p, c),
                hall: c.hall.as_ref().map(|h| p.halls.get(h).map_or(h.as_str(), |x| x.name.as_str())),
                speaker: c.speaker.as_ref().map(|k| p.people.get(k).map_or(k.as_str(), |x| x.name.as_str())),
                sessions: c.sessions.iter().map(|s| json_session(lang, p, s)).collect(),
                pairs: match c.detail {
                    crate::clash::Detail::Grouped { pairs, .. } => Some(pairs),
                    _ => None,
                },
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    out.write_all(b"\n")
}

/// The text report: a heading per day, one line per problem, and a summary line.
pub fn check_text(lang: Lang, p: &Programme, clashes: &[Clash]) -> String {
    let mut out = String::new();
    let mut current_day = None;
    let mut first = true;
    for clash in clashes {
        let range = clash.sessions.first().and_then(|s| range_of(p, s));
        let start = clash.start.and_then(datetime);
        let day = start.map(|d| d.date());
        if first || day != current_day {
            let heading = match day {
                Some(date) => i18n::date_long(lang, date),
                None => i18n::t(lang, i18n::T::NoDate).to_owned(),
            };
            if !first {
                out.push('\n');
            }
            writeln!(out, "{heading}").ok();
            current_day = day;
            first = false;
        }
        let when = match (start, range.and_then(|r| Some((datetime(r.start)?, datetime(r.end)?)))) {
            (Some(s), Some((a, b))) => {
                let date = s.date();
                let short = i18n::weekday_short(lang, date).trim_end_matches('.');
                let date_part = match lang {
                    Lang::De => s.format("%d.%m.").to_string(),
                    Lang::En => s.format("%-d %b").to_string(),
                };
                format!("{short} {date_part} {}", i18n::time_range(a, b))
            }
            _ => String::new(),
        };
        let label = i18n::severity_label(lang, clash.severity());
        // Titles come from the file: a terminal must not take their control characters as commands.
        let message = super::terminal_safe(&i18n::clash_message(lang, p, clash));
        writeln!(out, "  {label:<8} {when:<22} {message}").ok();
    }
    if !clashes.is_empty() {
        out.push('\n');
    }
    writeln!(out, "{}", i18n::summary(lang, Counts::of(clashes), p.sessions.len())).ok();
    out
}
