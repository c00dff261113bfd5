//! Clash messages in German and English, rendered from a clash's data and the programme
//! ("Klara Geywitz ist gleichzeitig in „…“ und „…“ eingeplant").

use super::catalogue::{tr, word};
use super::{Lang, problem_message};
use crate::clash::{Clash, ClashKind, ClashSession, Detail};
use crate::model::Programme;

/// A session's title in quotes, with the contribution when the clash comes from one.
fn session_ref(lang: Lang, p: &Programme, s: &ClashSession) -> String {
    let Some(session) = p.sessions.get(&s.session) else { return lang.quote(s.session.as_str()) };
    let title = lang.quote(&session.title);
    match s.contribution.and_then(|i| session.contributions.get(i)) {
        Some(c) => tr!(lang, "clash-with-contribution", session = title, contribution = lang.quote(&c.title)),
        None => title,
    }
}

fn hall_name(p: &Programme, clash: &Clash) -> String {
    clash
        .hall
        .as_ref()
        .map(|h| p.halls.get(h).map_or_else(|| h.to_string(), |hall| hall.name.clone()))
        .unwrap_or_default()
}

fn person_name(p: &Programme, clash: &Clash) -> String {
    clash
        .speaker
        .as_ref()
        .map(|k| p.people.get(k).map_or_else(|| k.to_string(), |person| person.name.clone()))
        .unwrap_or_default()
}

fn venue_of(p: &Programme, s: Option<&ClashSession>) -> String {
    s.and_then(|s| p.sessions.get(&s.session))
        .and_then(|session| p.placement_venue(session.hall.as_ref()?))
        .unwrap_or_default()
        .to_owned()
}

/// The message of a clash, in one sentence.
pub fn clash_message(lang: Lang, p: &Programme, clash: &Clash) -> String {
    let a = clash.sessions.first().map(|s| session_ref(lang, p, s)).unwrap_or_default();
    let b = clash.sessions.get(1).map(|s| session_ref(lang, p, s)).unwrap_or_default();
    let hall = hall_name(p, clash);
    let person = person_name(p, clash);
    match (clash.kind, &clash.detail) {
        (ClashKind::Invalid, Detail::Problem(problem)) => problem_message(lang, p, problem),
        (kind, Detail::Grouped { pairs, involved }) => grouped(lang, p, clash, kind, *pairs, involved.len()),
        (ClashKind::RoomOverlap, _) => tr!(lang, "clash-room-overlap", hall = hall, a = a, b = b),
        (ClashKind::SpeakerOverlap, _) => tr!(lang, "clash-speaker-overlap", person = person, a = a, b = b),
        (ClashKind::SpeakerUnavailable, _) => tr!(lang, "clash-speaker-unavailable", person = person, a = a),
        (ClashKind::HallUnavailable, _) => tr!(lang, "clash-hall-unavailable", hall = hall, a = a),
        (ClashKind::OutsideDayHours, Detail::DayHours { early_mins, late_mins }) => {
            day_hours(lang, &a, *early_mins, *late_mins)
        }
        (ClashKind::OverCapacity, Detail::Capacity { audience, capacity }) => tr!(
            lang,
            "clash-over-capacity",
            hall = hall,
            a = a,
            audience = audience.to_string(),
            capacity = capacity.to_string(),
        ),
        (ClashKind::Changeover, Detail::Gap { gap_mins, needed_mins }) => tr!(
            lang,
            "clash-changeover",
            hall = hall,
            a = a,
            b = b,
            gap = gap_mins.to_string(),
            needed = needed_mins.to_string(),
        ),
        (ClashKind::TravelTime, Detail::Gap { gap_mins, needed_mins }) => tr!(
            lang,
            "clash-travel-time",
            person = person,
            a = a,
            b = b,
            from = venue_of(p, clash.sessions.first()),
            to = venue_of(p, clash.sessions.get(1)),
            gap = gap_mins.to_string(),
            needed = needed_mins.to_string(),
        ),
        (ClashKind::Unscheduled, Detail::Missing { day, start, hall }) => unscheduled(lang, &a, *day, *start, *hall),
        (kind, _) => format!("{}: {a} {b}", kind.as_str()),
    }
}

/// The message of a grouped clash: how many overlaps among how many sessions, naming the first three.
fn grouped(lang: Lang, p: &Programme, clash: &Clash, kind: ClashKind, pairs: usize, sessions: usize) -> String {
    let named: Vec<String> = clash.sessions.iter().take(3).map(|s| session_ref(lang, p, s)).collect();
    let among = named.join(", ");
    match kind {
        ClashKind::SpeakerOverlap => tr!(
            lang,
            "clash-grouped-speaker",
            person = person_name(p, clash),
            pairs = pairs,
            sessions = sessions,
            among = among,
        ),
        _ => tr!(
            lang,
            "clash-grouped-hall",
            hall = hall_name(p, clash),
            pairs = pairs,
            sessions = sessions,
            among = among
        ),
    }
}

fn day_hours(lang: Lang, a: &str, early_mins: i64, late_mins: i64) -> String {
    let (early, late) = (early_mins.to_string(), late_mins.to_string());
    match (early_mins > 0, late_mins > 0) {
        (true, true) => tr!(lang, "clash-early-and-late", a = a, early = early, late = late),
        (true, false) => tr!(lang, "clash-early", a = a, early = early),
        (false, _) => tr!(lang, "clash-late", a = a, late = late),
    }
}

fn unscheduled(lang: Lang, a: &str, day: bool, start: bool, hall: bool) -> String {
    let parts: Vec<&str> = [(day, "clash-missing-day"), (start, "clash-missing-start"), (hall, "clash-missing-hall")]
        .into_iter()
        .filter(|(missing, _)| *missing)
        .map(|(_, id)| word(lang, id))
        .collect();
    let list = match parts.as_slice() {
        [one] => (*one).to_owned(),
        [init @ .., last] => tr!(lang, "clash-list-and", init = init.join(", "), last = *last),
        [] => String::new(),
    };
    tr!(lang, "clash-unscheduled", a = a, list = list)
}
