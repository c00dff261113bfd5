//! Validation: every problem in a programme that loads but cannot be right (days overlapping, closing
//! before opening, duplicate names, a session longer than its day, …), reported all at once as data.
//! The check reports them as kind `invalid`; `i18n` renders them in German or English; the GUI shows them
//! next to the field. Clash detection runs the same checks through `programme_problems` and
//! `session_problems`, the latter inside its own pass over the sessions.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use super::folded::Folded;
use super::time::MAX_CLOCK_MINS;
use super::{
    ContributionKey, DayKey, DayLookup, HallKey, PersonKey, Programme, SNAP_STEPS_MINS, Session, SessionKey, TimeRange,
    TrackKey, Window,
};

/// What a problem is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// The event.
    Event,
    /// A day.
    Day(DayKey),
    /// A hall.
    Hall(HallKey),
    /// A person.
    Person(PersonKey),
    /// A track.
    Track(TrackKey),
    /// A session.
    Session(SessionKey),
    /// A contribution inside a session.
    Contribution(SessionKey, ContributionKey),
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProblemKind {
    /// The title or name is empty.
    EmptyName,
    /// Another entity of the same kind has the same name.
    DuplicateName {
        /// Key of the other entity.
        other: String,
        /// The shared name.
        name: String,
    },
    /// A day closes at or before it opens.
    ClosesBeforeOpening,
    /// Two days' opening hours overlap.
    DaysOverlap {
        /// The other day.
        other: DayKey,
    },
    /// A session is longer than its day's opening hours.
    LongerThanDay {
        /// Session length.
        duration_mins: u32,
        /// Day length.
        day_mins: u32,
    },
    /// A session or contribution ends after 47:59 of its day.
    EndsTooLate,
    /// An availability window ends at or before it starts (index in the list, from 0).
    EmptyWindow {
        /// Position in the list.
        index: usize,
    },
    /// Two availability windows overlap (indices in the list).
    WindowsOverlap {
        /// First window.
        first: usize,
        /// Second window.
        second: usize,
    },
    /// The time zone is not an IANA name.
    UnknownTimeZone(String),
    /// The acronym is not a lowercase slug.
    BadAcronym(String),
    /// The snap step is not one of 5, 10, 15, 30.
    BadSnapStep(u32),
    /// A colour is not `#rrggbb`.
    BadColour(String),
    /// Contributions run past the end of their session.
    ContributionsOverrun {
        /// Where the last contribution ends, in minutes from the session's start.
        end_mins: u32,
        /// Session length.
        duration_mins: u32,
    },
    /// The same person is listed twice in one session or contribution.
    PersonTwice(PersonKey),
    /// Two contributions of a session share a key.
    DuplicateContribution(ContributionKey),
}

/// One validation problem.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Problem {
    /// What it is about.
    pub subject: Subject,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// Every validation problem of a programme, sorted.
pub fn validate(p: &Programme) -> Vec<Problem> {
    let days = DayLookup::new(p);
    let mut out = programme_problems(p, &days);
    for (key, s) in &p.sessions {
        let day = s.day.as_ref().and_then(|d| days.get(d)).map(|(_, open)| open);
        session_problems(key, s, day, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

/// The validation problems of the session `s` under `key` in `p` (in place of the session of that key, or
/// added): what [`validate`] of the programme with it would say about it and its contributions, sorted.
/// Only its day's hours are read from the programme, so a form can check a draft on every keystroke.
pub fn session_validation(p: &Programme, key: &SessionKey, s: &Session) -> Vec<Problem> {
    let day = s.day.as_ref().and_then(|d| p.day_range(d));
    let mut out = Vec::new();
    session_problems(key, s, day, &mut out);
    out.sort();
    out.dedup();
    out
}

/// The problems of everything but the sessions, unsorted. With [`session_problems`] of every session,
/// sorted and without duplicates, they are [`validate`]: clash detection checks the sessions in its own
/// pass over them. None of them is about a session or contribution: the clash checker does not look at
/// these again after a session edit.
pub(crate) fn programme_problems(p: &Programme, days: &DayLookup) -> Vec<Problem> {
    let mut out = Vec::new();
    event_problems(p, &mut out);
    day_problems(p, &mut out);
    hall_problems(p, days, &mut out);
    person_problems(p, days, &mut out);
    track_problems(p, &mut out);
    out
}

fn push(out: &mut Vec<Problem>, subject: Subject, kind: ProblemKind) {
    out.push(Problem { subject, kind });
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !s.starts_with('-')
}

/// Whether a text is a colour `#rrggbb`.
pub fn is_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s.bytes().skip(1).all(|b| b.is_ascii_hexdigit())
}

fn event_problems(p: &Programme, out: &mut Vec<Problem>) {
    let e = &p.event;
    if e.title.trim().is_empty() {
        push(out, Subject::Event, ProblemKind::EmptyName);
    }
    if e.time_zone.parse::<chrono_tz::Tz>().is_err() {
        push(out, Subject::Event, ProblemKind::UnknownTimeZone(e.time_zone.clone()));
    }
    if !e.acronym.is_empty() && !is_slug(&e.acronym) {
        push(out, Subject::Event, ProblemKind::BadAcronym(e.acronym.clone()));
    }
    if !SNAP_STEPS_MINS.contains(&e.snap_mins) {
        push(out, Subject::Event, ProblemKind::BadSnapStep(e.snap_mins));
    }
}

/// Reports entities of one kind that share a (trimmed, case-folded) name.
fn duplicate_names<'a>(names: impl Iterator<Item = (Subject, &'a str, &'a str)>, out: &mut Vec<Problem>) {
    let mut seen: FxHashMap<Folded<'a>, &str> = FxHashMap::default();
    let mut buf = String::new();
    for (subject, key, name) in names {
        let folded = Folded::new(name, &mut buf);
        if folded.is_blank() {
            push(out, subject, ProblemKind::EmptyName);
        } else if let Some(first) = seen.get(&folded) {
            let kind = ProblemKind::DuplicateName { other: (*first).to_owned(), name: folded.trimmed().to_owned() };
            push(out, subject, kind);
        } else {
            seen.insert(folded, key);
        }
    }
}

fn day_problems(p: &Programme, out: &mut Vec<Problem>) {
    let mut ranges = Vec::new();
    for key in p.days.keys() {
        let Some(range) = p.day_range(key) else { continue };
        if range.end <= range.start {
            push(out, Subject::Day(key.clone()), ProblemKind::ClosesBeforeOpening);
        }
        ranges.push((range, key));
    }
    ranges.sort();
    // Each day that overlaps an earlier one is named once, with the earlier day reaching furthest (or one
    // on the same date): linear however many days share a date, where naming every pair was quadratic.
    let mut reach: Option<&(crate::model::TimeRange, &DayKey)> = None;
    let mut previous: Option<&(crate::model::TimeRange, &DayKey)> = None;
    for day in &ranges {
        let (b, key_b) = day;
        // Two days on the same date overlap even when one of them closes before it opens.
        let other = match (previous, reach) {
            (Some((a, key_a)), _) if a.start == b.start => Some(key_a),
            (_, Some((a, key_a))) if a.overlaps(*b) => Some(key_a),
            _ => None,
        };
        if let Some(key_a) = other {
            push(out, Subject::Day((*key_b).clone()), ProblemKind::DaysOverlap { other: (*key_a).clone() });
        }
        if reach.is_none_or(|(a, _)| b.end > a.end) {
            reach = Some(day);
        }
        previous = Some(day);
    }
}

fn window_problems(days: &DayLookup, subject: impl Fn() -> Subject, windows: &[Window], out: &mut Vec<Problem>) {
    let mut ranges = Vec::with_capacity(windows.len());
    for (index, w) in windows.iter().enumerate() {
        let Some(range) = days.window_range(w) else { continue };
        if range.is_empty() {
            push(out, subject(), ProblemKind::EmptyWindow { index });
        } else {
            ranges.push((range, index));
        }
    }
    ranges.sort_unstable();
    for pair in ranges.windows(2) {
        if let [(a, first), (b, second)] = pair
            && a.overlaps(*b)
        {
            let (first, second) = ((*first).min(*second), (*first).max(*second));
            push(out, subject(), ProblemKind::WindowsOverlap { first, second });
        }
    }
}

fn hall_problems(p: &Programme, days: &DayLookup, out: &mut Vec<Problem>) {
    duplicate_names(p.halls.iter().map(|(k, h)| (Subject::Hall(k.clone()), k.as_str(), h.name.as_str())), out);
    for (key, hall) in &p.halls {
        window_problems(days, || Subject::Hall(key.clone()), &hall.availability.span_windows(p), out);
    }
}

fn person_problems(p: &Programme, days: &DayLookup, out: &mut Vec<Problem>) {
    // Two people of the same name are one problem unless their imported ids tell them apart.
    let mut seen: FxHashMap<Folded<'_>, (&PersonKey, &super::External)> = FxHashMap::default();
    seen.reserve(p.people.len());
    let mut buf = String::new();
    for (key, person) in &p.people {
        let subject = || Subject::Person(key.clone());
        let folded = Folded::new(&person.name, &mut buf);
        if folded.is_blank() {
            push(out, subject(), ProblemKind::EmptyName);
        } else if let Some((first, ext)) = seen.get(&folded) {
            let told_apart = !ext.is_empty() && !person.external.is_empty() && **ext != person.external;
            if !told_apart {
                let kind =
                    ProblemKind::DuplicateName { other: first.as_str().to_owned(), name: folded.trimmed().to_owned() };
                push(out, subject(), kind);
            }
        } else {
            seen.insert(folded, (key, &person.external));
        }
        if !person.availability.is_always() {
            window_problems(days, subject, &person.availability.span_windows(p), out);
        }
    }
}

fn track_problems(p: &Programme, out: &mut Vec<Problem>) {
    duplicate_names(p.tracks.iter().map(|(k, t)| (Subject::Track(k.clone()), k.as_str(), t.name.as_str())), out);
    for (key, track) in &p.tracks {
        if !track.colour.is_empty() && !is_colour(&track.colour) {
            push(out, Subject::Track(key.clone()), ProblemKind::BadColour(track.colour.clone()));
        }
    }
}

fn people_twice(subject: impl Fn() -> Subject, people: &[super::Participation], out: &mut Vec<Problem>) {
    // Lists are short: comparing each with those before it beats building a set, up to a point (an
    // imported event may list tens of thousands).
    if people.len() <= 32 {
        for (i, part) in people.iter().enumerate() {
            if people.iter().take(i).any(|earlier| earlier.person == part.person) {
                push(out, subject(), ProblemKind::PersonTwice(part.person.clone()));
            }
        }
        return;
    }
    let mut seen = rustc_hash::FxHashSet::default();
    for part in people {
        if !seen.insert(&part.person) {
            push(out, subject(), ProblemKind::PersonTwice(part.person.clone()));
        }
    }
}

/// The problems of one session, appended unsorted; `day` is the opening hours of its day, when that exists.
pub(crate) fn session_problems(key: &SessionKey, s: &Session, day: Option<TimeRange>, out: &mut Vec<Problem>) {
    let subject = || Subject::Session(key.clone());
    if s.title.trim().is_empty() {
        push(out, subject(), ProblemKind::EmptyName);
    }
    if let Some(day) = day
        && !day.is_empty()
        && i64::from(s.duration_mins) > day.duration_mins()
    {
        let day_mins = u32::try_from(day.duration_mins()).unwrap_or(u32::MAX);
        push(out, subject(), ProblemKind::LongerThanDay { duration_mins: s.duration_mins, day_mins });
    }
    if let Some(start) = s.start
        && start.mins().saturating_add(s.duration_mins) > u32::from(MAX_CLOCK_MINS) + 1
    {
        push(out, subject(), ProblemKind::EndsTooLate);
    }
    people_twice(subject, &s.people, out);
    if !s.contributions.is_empty() {
        contribution_problems(key, s, out);
    }
}

fn contribution_problems(key: &SessionKey, s: &Session, out: &mut Vec<Problem>) {
    let subject = || Subject::Session(key.clone());
    // Short lists (the usual case) compare each key with those before it; long ones use a set.
    let mut keys = BTreeSet::new();
    let mut end_mins = 0u32;
    for ((i, c), (offset, duration)) in s.contributions.iter().enumerate().zip(s.contribution_offsets_iter()) {
        let c_subject = || Subject::Contribution(key.clone(), c.key.clone());
        let repeated = if s.contributions.len() <= SHORT_LIST {
            s.contributions.iter().take(i).any(|earlier| earlier.key == c.key)
        } else {
            !keys.insert(&c.key)
        };
        if repeated {
            push(out, subject(), ProblemKind::DuplicateContribution(c.key.clone()));
        }
        if c.title.trim().is_empty() {
            push(out, c_subject(), ProblemKind::EmptyName);
        }
        people_twice(c_subject, &c.people, out);
        end_mins = end_mins.max(offset.saturating_add(duration));
    }
    if end_mins > s.duration_mins {
        push(out, subject(), ProblemKind::ContributionsOverrun { end_mins, duration_mins: s.duration_mins });
    }
}

/// Lists up to this long are checked for repeats pairwise.
const SHORT_LIST: usize = 16;

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::{Clock, Day, Hall, Session};

    fn day(date: &str, opens: &str, closes: &str) -> Day {
        Day {
            date: date.parse::<NaiveDate>().unwrap(),
            label: String::new(),
            opens: opens.parse::<Clock>().unwrap(),
            closes: closes.parse::<Clock>().unwrap(),
        }
    }

    fn base() -> Programme {
        let mut p = Programme::default();
        p.event.title = "Kongress".into();
        p
    }

    #[test]
    fn clean_programme_has_no_problems() {
        let mut p = base();
        p.days.insert("d1".into(), day("2022-09-14", "09:00", "26:00"));
        p.days.insert("d2".into(), day("2022-09-15", "09:00", "18:00"));
        assert_eq!(validate(&p), vec![]);
    }

    #[test]
    fn reports_every_problem_at_once() {
        let mut p = base();
        p.event.time_zone = "Mars/Olympus".into();
        p.event.snap_mins = 7;
        p.days.insert("d1".into(), day("2022-09-14", "18:00", "09:00"));
        p.days.insert("d2".into(), day("2022-09-15", "09:00", "18:00"));
        p.days.insert("d3".into(), day("2022-09-15", "12:00", "20:00"));
        p.halls.insert("a".into(), Hall { name: "Halle 6".into(), ..Hall::default() });
        p.halls.insert("b".into(), Hall { name: " halle 6 ".into(), ..Hall::default() });
        let long = Session { title: "Lang".into(), day: Some("d2".into()), duration_mins: 600, ..Session::default() };
        p.sessions.insert("s".into(), long);
        let kinds: Vec<_> = validate(&p).into_iter().map(|pr| pr.kind).collect();
        assert!(kinds.contains(&ProblemKind::UnknownTimeZone("Mars/Olympus".into())));
        assert!(kinds.contains(&ProblemKind::BadSnapStep(7)));
        assert!(kinds.contains(&ProblemKind::ClosesBeforeOpening));
        assert!(kinds.contains(&ProblemKind::DaysOverlap { other: "d2".into() }));
        assert!(kinds.contains(&ProblemKind::DuplicateName { other: "a".into(), name: "halle 6".into() }));
        assert!(kinds.contains(&ProblemKind::LongerThanDay { duration_mins: 600, day_mins: 540 }));
    }
}
