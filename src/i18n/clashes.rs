//! Clash messages in German and English, rendered from a clash's data and the programme
//! ("Klara Geywitz ist gleichzeitig in „…“ und „…“ eingeplant").

use super::{Lang, number, problem_message};
use crate::clash::{Clash, ClashKind, ClashSession, Detail};
use crate::model::Programme;

/// A session's title in quotes, with the contribution when the clash comes from one.
fn session_ref(lang: Lang, p: &Programme, s: &ClashSession) -> String {
    let Some(session) = p.sessions.get(&s.session) else { return lang.quote(s.session.as_str()) };
    let title = lang.quote(&session.title);
    match s.contribution.and_then(|i| session.contributions.get(i)) {
        Some(c) => format!("{title} ({} {})", lang.pick("Beitrag", "contribution"), lang.quote(&c.title)),
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
    match (clash.kind, &clash.detail, lang) {
        (ClashKind::Invalid, Detail::Problem(problem), _) => problem_message(lang, p, problem),
        (kind, Detail::Grouped { pairs, involved }, _) => grouped(lang, p, clash, kind, *pairs, involved.len()),
        (ClashKind::RoomOverlap, _, Lang::De) => format!("{hall}: {a} überschneidet sich mit {b}"),
        (ClashKind::RoomOverlap, _, Lang::En) => format!("{hall}: {a} overlaps {b}"),
        (ClashKind::SpeakerOverlap, _, Lang::De) => format!("{person} ist gleichzeitig in {a} und {b} eingeplant"),
        (ClashKind::SpeakerOverlap, _, Lang::En) => format!("{person} is booked into {a} and {b} at the same time"),
        (ClashKind::SpeakerUnavailable, _, Lang::De) => format!("{person} ist zur Zeit von {a} nicht verfügbar"),
        (ClashKind::SpeakerUnavailable, _, Lang::En) => format!("{person} is not available at the time of {a}"),
        (ClashKind::HallUnavailable, _, Lang::De) => format!("{hall} ist zur Zeit von {a} nicht verfügbar"),
        (ClashKind::HallUnavailable, _, Lang::En) => format!("{hall} is not available at the time of {a}"),
        (ClashKind::OutsideDayHours, Detail::DayHours { early_mins, late_mins }, _) => {
            day_hours(lang, &a, *early_mins, *late_mins)
        }
        (ClashKind::OverCapacity, Detail::Capacity { audience, capacity }, Lang::De) => {
            format!("{hall}: {a} erwartet {audience} Personen, der Saal hat {capacity} Plätze")
        }
        (ClashKind::OverCapacity, Detail::Capacity { audience, capacity }, Lang::En) => {
            format!("{hall}: {a} expects {audience} people, the hall seats {capacity}")
        }
        (ClashKind::Changeover, Detail::Gap { gap_mins, needed_mins }, Lang::De) => {
            format!("{hall}: nur {gap_mins} Min. zwischen {a} und {b}, Umbauzeit {needed_mins} Min.")
        }
        (ClashKind::Changeover, Detail::Gap { gap_mins, needed_mins }, Lang::En) => {
            format!("{hall}: only {gap_mins} min between {a} and {b}, changeover needs {needed_mins} min")
        }
        (ClashKind::TravelTime, Detail::Gap { gap_mins, needed_mins }, _) => {
            let from = venue_of(p, clash.sessions.first());
            let to = venue_of(p, clash.sessions.get(1));
            match lang {
                Lang::De => format!(
                    "{person} hat nur {gap_mins} Min. von {a} ({from}) zu {b} ({to}), Wegezeit {needed_mins} Min."
                ),
                Lang::En => format!(
                    "{person} has only {gap_mins} min from {a} ({from}) to {b} ({to}), travel needs {needed_mins} min"
                ),
            }
        }
        (ClashKind::Unscheduled, Detail::Missing { day, start, hall }, _) => unscheduled(lang, &a, *day, *start, *hall),
        (kind, _, _) => format!("{}: {a} {b}", kind.as_str()),
    }
}

/// The message of a grouped clash: how many overlaps among how many sessions, naming the first three.
fn grouped(lang: Lang, p: &Programme, clash: &Clash, kind: ClashKind, pairs: usize, sessions: usize) -> String {
    let named: Vec<String> = clash.sessions.iter().take(3).map(|s| session_ref(lang, p, s)).collect();
    let among = named.join(", ");
    let (pairs, sessions) = (number(lang, pairs), number(lang, sessions));
    match (kind, lang) {
        (ClashKind::SpeakerOverlap, Lang::De) => format!(
            "{} ist {pairs}-mal doppelt eingeplant, in {sessions} Sessions, darunter {among} – zu viele, um jede \
             Überschneidung einzeln aufzuführen",
            person_name(p, clash)
        ),
        (ClashKind::SpeakerOverlap, Lang::En) => format!(
            "{} is double-booked {pairs} times across {sessions} sessions, including {among} (too many to list \
             one by one)",
            person_name(p, clash)
        ),
        (_, Lang::De) => format!(
            "{}: {pairs} Überschneidungen zwischen {sessions} Sessions, darunter {among} – zu viele, um jede \
             einzeln aufzuführen",
            hall_name(p, clash)
        ),
        (_, Lang::En) => format!(
            "{}: {pairs} overlaps among {sessions} sessions, including {among} (too many to list one by one)",
            hall_name(p, clash)
        ),
    }
}

fn day_hours(lang: Lang, a: &str, early_mins: i64, late_mins: i64) -> String {
    match (lang, early_mins > 0, late_mins > 0) {
        (Lang::De, true, true) => {
            format!("{a} beginnt {early_mins} Min. vor Öffnung und endet {late_mins} Min. nach Schluss des Tages")
        }
        (Lang::De, true, false) => format!("{a} beginnt {early_mins} Min. vor Öffnung des Tages"),
        (Lang::De, false, _) => format!("{a} endet {late_mins} Min. nach Schluss des Tages"),
        (Lang::En, true, true) => {
            format!("{a} starts {early_mins} min before the day opens and ends {late_mins} min after it closes")
        }
        (Lang::En, true, false) => format!("{a} starts {early_mins} min before the day opens"),
        (Lang::En, false, _) => format!("{a} ends {late_mins} min after the day closes"),
    }
}

fn unscheduled(lang: Lang, a: &str, day: bool, start: bool, hall: bool) -> String {
    let parts: Vec<&str> =
        [(day, lang.pick("Tag", "day")), (start, lang.pick("Beginn", "start")), (hall, lang.pick("Saal", "hall"))]
            .into_iter()
            .filter_map(|(missing, word)| missing.then_some(word))
            .collect();
    let list = match parts.as_slice() {
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.pick("und", "and")),
        [] => String::new(),
    };
    match lang {
        Lang::De => format!("{a} ist bestätigt, aber ohne {list}"),
        Lang::En => format!("{a} is confirmed but has no {list}"),
    }
}
