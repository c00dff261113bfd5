//! Unit tests of the clash rules: one small programme per case.

use chrono::NaiveDate;

use super::*;
use crate::model::{
    Clock, Contribution, Day, Hall, HallPlacement, Participation, Person, Role, Session, SessionKind, Status, Window,
};

fn t(s: &str) -> Clock {
    s.parse().unwrap()
}

/// Two days (14.9. 08:00–26:00, 15.9. 08:00–20:00), halls a, b (and p, parallel), people x, y.
fn base() -> Programme {
    let mut p = Programme::default();
    p.event.title = "Test".into();
    p.event.venue.name = "STATION Berlin".into();
    for (key, date, closes) in [("d1", "2022-09-14", "26:00"), ("d2", "2022-09-15", "20:00")] {
        let day = Day {
            date: date.parse::<NaiveDate>().unwrap(),
            label: String::new(),
            opens: t("08:00"),
            closes: t(closes),
        };
        p.days.insert(key.into(), day);
    }
    for key in ["a", "b"] {
        p.halls.insert(key.into(), Hall { name: format!("Halle {key}"), ..Hall::default() });
    }
    p.halls.insert("p".into(), Hall { name: "Foyer".into(), parallel: true, ..Hall::default() });
    for key in ["x", "y"] {
        p.people.insert(key.into(), Person { name: format!("Person {key}"), ..Person::default() });
    }
    p
}

fn session(day: &str, start: &str, mins: u32, hall: &str) -> Session {
    Session {
        title: format!("{hall} {start}"),
        status: Status::Confirmed,
        day: Some(day.into()),
        start: Some(t(start)),
        hall: Some(if hall == "*" { HallPlacement::All } else { HallPlacement::Hall(hall.into()) }),
        duration_mins: mins,
        ..Session::default()
    }
}

fn with_person(mut s: Session, person: &str) -> Session {
    s.people.push(Participation { person: person.into(), role: Role::Speaker });
    s
}

fn kinds(p: &Programme) -> Vec<ClashKind> {
    detect(p).into_iter().map(|c| c.kind).collect()
}

fn count(p: &Programme, kind: ClashKind) -> usize {
    detect(p).into_iter().filter(|c| c.kind == kind).count()
}

#[test]
fn back_to_back_is_no_clash() {
    let mut p = base();
    p.sessions.insert("s1".into(), session("d1", "09:00", 60, "a"));
    p.sessions.insert("s2".into(), session("d1", "10:00", 60, "a"));
    assert_eq!(kinds(&p), vec![]);
}

#[test]
fn identical_sessions_clash() {
    let mut p = base();
    p.sessions.insert("s1".into(), session("d1", "09:00", 60, "a"));
    p.sessions.insert("s2".into(), session("d1", "09:00", 60, "a"));
    let clashes = detect(&p);
    assert_eq!(clashes.len(), 1);
    assert_eq!(clashes[0].kind, ClashKind::RoomOverlap);
    assert_eq!(clashes[0].hall, Some("a".into()));
    assert_eq!(clashes[0].severity(), Severity::Error);
    let keys: Vec<_> = clashes[0].sessions.iter().map(|s| s.session.as_str()).collect();
    assert_eq!(keys, ["s1", "s2"]);
}

#[test]
fn one_minute_of_overlap_and_nesting_clash() {
    let mut p = base();
    p.sessions.insert("s1".into(), session("d1", "09:00", 61, "a"));
    p.sessions.insert("s2".into(), session("d1", "10:00", 60, "a"));
    p.sessions.insert("s3".into(), session("d1", "12:00", 120, "b"));
    p.sessions.insert("s4".into(), session("d1", "12:30", 30, "b"));
    assert_eq!(kinds(&p), vec![ClashKind::RoomOverlap, ClashKind::RoomOverlap]);
}

#[test]
fn three_at_once_are_three_clashes() {
    let mut p = base();
    for key in ["s1", "s2", "s3"] {
        p.sessions.insert(key.into(), session("d1", "09:00", 60, "a"));
    }
    assert_eq!(count(&p, ClashKind::RoomOverlap), 3);
}

#[test]
fn midnight_crossing_clashes_with_next_day() {
    let mut p = base();
    // 14.9. 23:30–00:30 (written 23:30 on day 1) and 15.9. 00:00 written as 24:00 on day 1 / 08:00 on day 2.
    p.sessions.insert("late".into(), session("d1", "23:30", 60, "a"));
    p.sessions.insert("night".into(), session("d1", "24:15", 30, "a"));
    let clashes = detect(&p);
    assert_eq!(clashes.iter().filter(|c| c.kind == ClashKind::RoomOverlap).count(), 1);
    // Across programme days: day 1 runs to 26:00 = 15.9. 02:00; a day-2 session at 08:00 does not clash,
    // but one person in a day-1 session at 25:00 and a day-2 session at 00:30 written on day 2 would.
    let mut q = base();
    q.days.get_mut("d2").unwrap().opens = t("00:00");
    q.sessions.insert("s1".into(), with_person(session("d1", "25:00", 60, "a"), "x"));
    q.sessions.insert("s2".into(), with_person(session("d2", "01:30", 60, "b"), "x"));
    assert_eq!(count(&q, ClashKind::SpeakerOverlap), 1);
}

#[test]
fn zero_length_and_cancelled_clash_with_nothing() {
    let mut p = base();
    p.sessions.insert("s1".into(), session("d1", "09:00", 60, "a"));
    p.sessions.insert("zero".into(), with_person(session("d1", "09:30", 0, "a"), "x"));
    let mut cancelled = session("d1", "09:00", 60, "a");
    cancelled.status = Status::Cancelled;
    p.sessions.insert("cancelled".into(), cancelled);
    p.sessions.insert("other".into(), with_person(session("d1", "09:00", 60, "b"), "x"));
    assert_eq!(kinds(&p), vec![]);
}

#[test]
fn all_halls_break_occupies_every_exclusive_hall() {
    let mut p = base();
    let mut lunch = session("d1", "12:00", 60, "*");
    lunch.kind = SessionKind::Break;
    p.sessions.insert("lunch".into(), lunch);
    p.sessions.insert("in-a".into(), session("d1", "12:30", 60, "a"));
    p.sessions.insert("in-b".into(), session("d1", "11:30", 45, "b"));
    p.sessions.insert("in-foyer".into(), session("d1", "12:00", 60, "p"));
    let clashes = detect(&p);
    let halls: Vec<_> =
        clashes.iter().filter(|c| c.kind == ClashKind::RoomOverlap).map(|c| c.hall.clone().unwrap()).collect();
    assert_eq!(halls, vec!["b".into(), "a".into()] as Vec<crate::model::HallKey>);
    // Two all-halls sessions overlapping are reported once.
    let mut q = base();
    q.sessions.insert("l1".into(), session("d1", "12:00", 60, "*"));
    q.sessions.insert("l2".into(), session("d1", "12:30", 60, "*"));
    assert_eq!(count(&q, ClashKind::RoomOverlap), 1);
}

#[test]
fn parallel_hall_is_exempt() {
    let mut p = base();
    p.event.changeover_mins = 15;
    p.sessions.insert("s1".into(), session("d1", "09:00", 60, "p"));
    p.sessions.insert("s2".into(), session("d1", "09:00", 60, "p"));
    p.sessions.insert("s3".into(), session("d1", "10:00", 60, "p"));
    assert_eq!(kinds(&p), vec![]);
}

#[test]
fn speaker_overlap_per_person_and_pair() {
    let mut p = base();
    let s1 = with_person(with_person(session("d1", "09:00", 60, "a"), "x"), "y");
    let s2 = with_person(with_person(session("d1", "09:30", 60, "b"), "x"), "y");
    p.sessions.insert("s1".into(), s1);
    p.sessions.insert("s2".into(), s2);
    let clashes = detect(&p);
    let speakers: Vec<_> = clashes.iter().map(|c| c.speaker.clone().unwrap().to_string()).collect();
    assert_eq!(speakers, ["x", "y"]);
    assert!(clashes.iter().all(|c| c.kind == ClashKind::SpeakerOverlap));
}

fn contribution(key: &str, mins: u32, person: Option<&str>) -> Contribution {
    Contribution {
        key: key.into(),
        title: key.to_uppercase(),
        duration_mins: mins,
        offset_mins: None,
        people: person.map(|x| Participation { person: x.into(), role: Role::Speaker }).into_iter().collect(),
        external: Default::default(),
    }
}

#[test]
fn contributions_clash_at_their_own_time() {
    let mut p = base();
    // Arena 14:00–16:00; x presents 15:00–15:30 only.
    let mut arena = session("d1", "14:00", 120, "a");
    arena.contributions = vec![contribution("c1", 60, None), contribution("c2", 30, Some("x"))];
    p.sessions.insert("arena".into(), arena);
    p.sessions.insert("early".into(), with_person(session("d1", "14:00", 60, "b"), "x"));
    assert_eq!(kinds(&p), vec![], "x is free until 15:00");
    p.sessions.insert("late".into(), with_person(session("d1", "15:15", 30, "b"), "x"));
    let clashes = detect(&p);
    assert_eq!(clashes.len(), 1);
    assert_eq!(clashes[0].sessions[0], ClashSession { session: "arena".into(), contribution: Some(1) });
    assert_eq!(clashes[0].start, Some(crate::model::time::abs_minute("2022-09-14".parse().unwrap(), t("15:00"))));
}

#[test]
fn two_contributions_overlapping_one_session_are_one_clash() {
    let mut p = base();
    let mut arena = session("d1", "14:00", 120, "a");
    arena.contributions = vec![contribution("c1", 30, Some("x")), contribution("c2", 30, Some("x"))];
    p.sessions.insert("arena".into(), arena);
    p.sessions.insert("other".into(), with_person(session("d1", "14:00", 60, "b"), "x"));
    assert_eq!(count(&p, ClashKind::SpeakerOverlap), 1);
}

#[test]
fn availability_windows() {
    let mut p = base();
    let window = |from: &str, to: &str| Window { day: "d1".into(), from: t(from), to: t(to) };
    let days: Vec<_> = p.days.keys().cloned().collect();
    let of = |windows: &[Window]| crate::model::Availability::from_windows(&days, windows);
    p.people.get_mut("x").unwrap().availability = of(&[window("09:00", "12:00"), window("12:00", "13:00")]);
    p.halls.get_mut("a").unwrap().availability = of(&[window("08:00", "18:00")]);
    p.sessions.insert("fits".into(), with_person(session("d1", "11:30", 60, "a"), "x"));
    assert_eq!(kinds(&p), vec![], "adjacent windows merge");
    p.sessions.insert("late".into(), with_person(session("d1", "17:30", 60, "a"), "x"));
    assert_eq!(kinds(&p), vec![ClashKind::SpeakerUnavailable, ClashKind::HallUnavailable]);
    // y has no windows: always available.
    p.sessions.insert("y".into(), with_person(session("d2", "19:00", 30, "b"), "y"));
    assert_eq!(count(&p, ClashKind::SpeakerUnavailable), 1);
}

#[test]
fn day_hours_capacity_and_unscheduled() {
    let mut p = base();
    p.halls.get_mut("a").unwrap().capacity = Some(100);
    let mut big = session("d2", "19:30", 60, "a");
    big.audience = Some(150);
    p.sessions.insert("big".into(), big);
    let mut unplaced = session("d2", "10:00", 60, "a");
    unplaced.hall = None;
    unplaced.start = None;
    p.sessions.insert("unplaced".into(), unplaced);
    let mut draft = session("d2", "10:00", 60, "a");
    draft.hall = None;
    draft.status = Status::Draft;
    p.sessions.insert("draft".into(), draft);
    let clashes = detect(&p);
    let got: Vec<_> = clashes.iter().map(|c| (c.kind, c.detail.clone())).collect();
    assert_eq!(
        got,
        vec![
            (ClashKind::OutsideDayHours, Detail::DayHours { early_mins: 0, late_mins: 30 }),
            (ClashKind::OverCapacity, Detail::Capacity { audience: 150, capacity: 100 }),
            (ClashKind::Unscheduled, Detail::Missing { day: false, start: true, hall: true }),
        ]
    );
}

#[test]
fn changeover_between_non_break_sessions() {
    let mut p = base();
    p.event.changeover_mins = 15;
    p.sessions.insert("s1".into(), session("d1", "09:00", 60, "a"));
    p.sessions.insert("s2".into(), session("d1", "10:10", 60, "a"));
    let clashes = detect(&p);
    assert_eq!(clashes.len(), 1);
    assert_eq!(clashes[0].detail, Detail::Gap { gap_mins: 10, needed_mins: 15 });
    // A hall's own setting wins; breaks are exempt.
    p.halls.get_mut("a").unwrap().changeover_mins = Some(5);
    assert_eq!(kinds(&p), vec![]);
    p.halls.get_mut("b").unwrap().changeover_mins = Some(30);
    let mut coffee = session("d1", "10:00", 30, "b");
    coffee.kind = SessionKind::Break;
    p.sessions.insert("b1".into(), session("d1", "09:00", 60, "b"));
    p.sessions.insert("b2".into(), coffee);
    p.sessions.insert("b3".into(), session("d1", "10:30", 60, "b"));
    assert_eq!(kinds(&p), vec![], "30 minutes between b1 and b3, the break in between is exempt");
}

#[test]
fn travel_time_between_venues() {
    let mut p = base();
    p.event.travel_mins = 45;
    p.halls.insert(
        "tour".into(),
        Hall { name: "Treffpunkt".into(), venue: Some("Tempelhofer Feld".into()), ..Hall::default() },
    );
    p.sessions.insert("s1".into(), with_person(session("d1", "09:00", 60, "a"), "x"));
    p.sessions.insert("s2".into(), with_person(session("d1", "10:30", 60, "tour"), "x"));
    let clashes = detect(&p);
    assert_eq!(clashes.len(), 1);
    assert_eq!(clashes[0].kind, ClashKind::TravelTime);
    assert_eq!(clashes[0].detail, Detail::Gap { gap_mins: 30, needed_mins: 45 });
    // Same venue: no travel needed.
    p.sessions.get_mut("s2").unwrap().hall = Some(HallPlacement::Hall("b".into()));
    assert_eq!(kinds(&p), vec![]);
}

#[test]
fn validation_problems_are_invalid_errors_and_sorted_last_without_time() {
    let mut p = base();
    p.halls.get_mut("b").unwrap().name = "Halle a".into();
    p.sessions.insert("s1".into(), session("d1", "09:00", 60, "a"));
    p.sessions.insert("s2".into(), session("d1", "09:00", 60, "a"));
    let clashes = detect(&p);
    assert_eq!(clashes.iter().map(|c| c.kind).collect::<Vec<_>>(), vec![ClashKind::RoomOverlap, ClashKind::Invalid]);
    assert_eq!(Counts::of(&clashes), Counts { errors: 2, warnings: 0, infos: 0 });
}

/// Two sessions at once in halls a and b with one person in each and in all of their `n` one-minute
/// contributions.
fn busy_person(n: usize) -> Programme {
    let mut p = base();
    for hall in ["a", "b"] {
        let mut s = with_person(session("d1", "10:00", 600, hall), "x");
        s.contributions = (0..n)
            .map(|i| Contribution {
                key: format!("c{i}").into(),
                title: format!("Beitrag {i}"),
                duration_mins: 1,
                offset_mins: None,
                people: vec![Participation { person: "x".into(), role: Role::Speaker }],
                external: Default::default(),
            })
            .collect();
        p.sessions.insert(format!("s-{hall}").into(), s);
    }
    p
}

#[test]
fn a_person_in_many_contributions_keeps_the_contribution_named() {
    // 10 contributions: the sweep lists the pair itself; 200: it looks at too many presence pairs and
    // counts instead. Both name the same presences.
    let named = |p: &Programme| -> Vec<ClashSession> {
        let overlaps: Vec<Clash> = detect(p).into_iter().filter(|c| c.kind == ClashKind::SpeakerOverlap).collect();
        assert_eq!(overlaps.len(), 1, "{overlaps:?}");
        overlaps.into_iter().next().unwrap().sessions
    };
    let few = named(&busy_person(10));
    let many = named(&busy_person(200));
    assert_eq!(few, many);
    assert_eq!(few.iter().map(|s| s.contribution).collect::<Vec<_>>(), [Some(0), Some(0)]);
}
