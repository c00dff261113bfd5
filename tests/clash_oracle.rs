//! Property test: on random programmes, `room_overlap` and `speaker_overlap` equal a brute-force O(n²)
//! oracle that reads CONTRACTS §2 and the rules literally; and on crowded ones, the bounded reports of
//! CONTRACTS §4: every pair below the cap, one grouped clash with the exact count above it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use podium::clash::{ClashKind, Counts, Detail, GROUP_SESSIONS, PAIR_CAP, detect};
use podium::model::{
    Clock, Contribution, Day, Hall, HallPlacement, Participation, Person, Programme, Role, Session, Status, TimeRange,
};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Spec {
    day: usize,
    start_quarter: u32,
    duration: u32,
    hall: usize, // 0..3 = hall, 3 = all halls, 4 = no hall
    status: u8,
    people: Vec<usize>,
    contributions: Vec<(u32, Option<u32>, Vec<usize>)>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0usize..2,
        0u32..(4 * 30),
        prop_oneof![Just(0u32), 15u32..180],
        0usize..5,
        0u8..6,
        prop::collection::vec(0usize..4, 0..3),
        prop::collection::vec((0u32..60, prop::option::of(0u32..120), prop::collection::vec(0usize..4, 0..2)), 0..3),
    )
        .prop_map(|(day, start_quarter, duration, hall, status, people, contributions)| Spec {
            day,
            start_quarter,
            duration,
            hall,
            status,
            people,
            contributions,
        })
}

fn build(specs: &[Spec]) -> Programme {
    let mut p = Programme::default();
    p.event.title = "Orakel".into();
    for (i, date) in ["2022-09-14", "2022-09-15"].iter().enumerate() {
        let day = Day {
            date: date.parse::<NaiveDate>().unwrap(),
            label: String::new(),
            opens: Clock::MIDNIGHT,
            closes: Clock::from_hm(30, 0).unwrap(),
        };
        p.days.insert(format!("d{i}").into(), day);
    }
    for h in 0..3 {
        p.halls.insert(format!("h{h}").into(), Hall { name: format!("H{h}"), parallel: h == 2, ..Hall::default() });
    }
    for x in 0..4 {
        p.people.insert(format!("p{x}").into(), Person { name: format!("P{x}"), ..Person::default() });
    }
    let part = |x: &usize| Participation { person: format!("p{x}").into(), role: Role::Speaker };
    for (i, s) in specs.iter().enumerate() {
        let mut people: Vec<Participation> = s.people.iter().collect::<BTreeSet<_>>().into_iter().map(part).collect();
        people.dedup();
        let session = Session {
            title: format!("S{i}"),
            status: [Status::Confirmed, Status::Draft, Status::Cancelled][usize::from(s.status % 3)],
            day: Some(format!("d{}", s.day).into()),
            start: Clock::from_mins(s.start_quarter * 15),
            hall: match s.hall {
                h @ 0..=2 => Some(HallPlacement::Hall(format!("h{h}").into())),
                3 => Some(HallPlacement::All),
                _ => None,
            },
            duration_mins: s.duration,
            people,
            contributions: s
                .contributions
                .iter()
                .enumerate()
                .map(|(c, (mins, offset, who))| Contribution {
                    key: format!("c{c}").into(),
                    title: format!("C{c}"),
                    duration_mins: *mins,
                    offset_mins: *offset,
                    people: who.iter().collect::<BTreeSet<_>>().into_iter().map(part).collect(),
                    external: Default::default(),
                })
                .collect(),
            ..Session::default()
        };
        p.sessions.insert(format!("s{i:03}").into(), session);
    }
    p
}

type Pair = (String, String, String); // (resource, session a, session b) with a < b

fn oracle(p: &Programme) -> (BTreeSet<Pair>, BTreeSet<Pair>) {
    let live: Vec<_> = p.sessions.iter().filter(|(_, s)| s.status != Status::Cancelled).collect();
    let mut rooms = BTreeSet::new();
    let mut people = BTreeSet::new();
    let all_exclusive: Vec<String> = p.halls.iter().filter(|(_, h)| !h.parallel).map(|(k, _)| k.to_string()).collect();
    let halls_of = |s: &Session| -> Vec<String> {
        match &s.hall {
            Some(HallPlacement::All) => all_exclusive.clone(),
            Some(HallPlacement::Hall(h)) if !p.halls[h].parallel => vec![h.to_string()],
            _ => vec![],
        }
    };
    // Every (person, range) of a session: the whole session for its people, each contribution for its own.
    let presences = |s: &Session| -> Vec<(String, TimeRange)> {
        let Some(range) = p.session_range(s) else { return vec![] };
        let mut out: Vec<_> = s.people.iter().map(|x| (x.person.to_string(), range)).collect();
        for (c, r) in s.contributions.iter().zip(p.contribution_ranges(s)) {
            out.extend(c.people.iter().map(|x| (x.person.to_string(), r)));
        }
        out
    };
    for (i, (ka, a)) in live.iter().enumerate() {
        for (kb, b) in live.iter().skip(i + 1) {
            let (Some(ra), Some(rb)) = (p.session_range(a), p.session_range(b)) else { continue };
            if ra.overlaps(rb) {
                let both_all = a.is_all_halls() && b.is_all_halls();
                for h in halls_of(a) {
                    if halls_of(b).contains(&h) && (!both_all || Some(&h) == all_exclusive.first()) {
                        rooms.insert((h, ka.to_string(), kb.to_string()));
                    }
                }
            }
            for (x, rx) in presences(a) {
                for (y, ry) in presences(b) {
                    if x == y && rx.overlaps(ry) {
                        people.insert((x.clone(), ka.to_string(), kb.to_string()));
                    }
                }
            }
        }
    }
    (rooms, people)
}

/// The hall or person a clash is about.
fn resource(c: &podium::clash::Clash) -> String {
    c.hall.as_ref().map(|h| h.to_string()).or(c.speaker.as_ref().map(|s| s.to_string())).unwrap()
}

/// A clash of two sessions as the oracle's pair.
fn pair_of(c: &podium::clash::Clash) -> Pair {
    let mut keys: Vec<String> = c.sessions.iter().map(|s| s.session.to_string()).collect();
    keys.sort();
    (resource(c), keys[0].clone(), keys[1].clone())
}

fn detected(p: &Programme, kind: ClashKind) -> Vec<Pair> {
    detect(p).iter().filter(|c| c.kind == kind).map(pair_of).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn overlaps_equal_the_brute_force_oracle(specs in prop::collection::vec(spec(), 0..14)) {
        let p = build(&specs);
        let (rooms, people) = oracle(&p);
        let got_rooms = detected(&p, ClashKind::RoomOverlap);
        let got_people = detected(&p, ClashKind::SpeakerOverlap);
        // No duplicates, and the same set as the oracle.
        prop_assert_eq!(got_rooms.len(), got_rooms.iter().collect::<BTreeSet<_>>().len());
        prop_assert_eq!(got_people.len(), got_people.iter().collect::<BTreeSet<_>>().len());
        prop_assert_eq!(got_rooms.into_iter().collect::<BTreeSet<_>>(), rooms);
        prop_assert_eq!(got_people.into_iter().collect::<BTreeSet<_>>(), people);
    }
}

/// Sessions crowded into two hours of one day, mostly in the first hall or all halls, mostly not
/// cancelled, with one to three of four people: halls and people past the cap.
fn crowded() -> impl Strategy<Value = Spec> {
    (
        0u32..8,
        prop_oneof![Just(0u32), 15u32..180],
        prop_oneof![4 => Just(0usize), 2 => Just(1usize), 1 => Just(3usize), 1 => Just(4usize)],
        prop_oneof![5 => Just(0u8), 1 => Just(1u8), 1 => Just(2u8)],
        prop::collection::vec(0usize..4, 0..3),
        prop::collection::vec((0u32..60, prop::option::of(0u32..120), prop::collection::vec(0usize..4, 0..2)), 0..3),
    )
        .prop_map(|(start_quarter, duration, hall, status, people, contributions)| Spec {
            day: 0,
            start_quarter,
            duration,
            hall,
            status,
            people,
            contributions,
        })
}

/// The oracle's pairs by resource.
fn by_resource(pairs: &BTreeSet<Pair>) -> std::collections::BTreeMap<String, BTreeSet<(String, String)>> {
    let mut map: std::collections::BTreeMap<String, BTreeSet<(String, String)>> = Default::default();
    for (r, a, b) in pairs {
        map.entry(r.clone()).or_default().insert((a.clone(), b.clone()));
    }
    map
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn crowded_halls_and_people_are_reported_in_bounds(specs in prop::collection::vec(crowded(), 20..110)) {
        let p = build(&specs);
        let (rooms, people) = oracle(&p);
        let clashes = detect(&p);
        for (kind, expected) in [(ClashKind::RoomOverlap, by_resource(&rooms)), (ClashKind::SpeakerOverlap, by_resource(&people))] {
            let mut got: std::collections::BTreeMap<String, Vec<&podium::clash::Clash>> = Default::default();
            for c in clashes.iter().filter(|c| c.kind == kind) {
                got.entry(resource(c)).or_default().push(c);
            }
            prop_assert_eq!(got.keys().collect::<Vec<_>>(), expected.keys().collect::<Vec<_>>());
            for (resource, pairs) in &expected {
                let found = &got[resource];
                if pairs.len() <= PAIR_CAP {
                    let listed: BTreeSet<(String, String)> =
                        found.iter().map(|c| pair_of(c)).map(|(_, a, b)| (a, b)).collect();
                    prop_assert_eq!(found.len(), pairs.len());
                    prop_assert_eq!(&listed, pairs);
                } else {
                    prop_assert_eq!(found.len(), 1, "{}: one grouped clash", resource);
                    let Detail::Grouped { pairs: n, involved: all } = &found[0].detail else {
                        panic!("{resource}: {:?}", found[0])
                    };
                    let (n, sessions) = (*n, all.len());
                    let all: BTreeSet<String> = all.iter().map(|k| k.to_string()).collect();
                    prop_assert_eq!(n, pairs.len());
                    let involved: BTreeSet<&String> = pairs.iter().flat_map(|(a, b)| [a, b]).collect();
                    prop_assert_eq!(sessions, involved.len());
                    prop_assert_eq!(all.iter().collect::<BTreeSet<_>>(), involved.clone(), "every session involved");
                    prop_assert_eq!(found[0].sessions.len(), involved.len().min(GROUP_SESSIONS));
                    for s in &found[0].sessions {
                        prop_assert!(involved.contains(&s.session.to_string()), "{} not in a pair", s.session);
                    }
                    prop_assert_eq!(found[0].weight(), pairs.len());
                }
            }
        }
        // The counts stay exact: every pair of the oracle is an error.
        let others = clashes.iter().filter(|c| c.severity() == podium::clash::Severity::Error)
            .filter(|c| !matches!(c.kind, ClashKind::RoomOverlap | ClashKind::SpeakerOverlap)).count();
        prop_assert_eq!(Counts::of(&clashes).errors, rooms.len() + people.len() + others);
    }
}
