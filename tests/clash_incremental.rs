//! Property test: a `Checker` told of one session edit after another gives exactly the clashes that
//! `detect` finds from scratch, after every edit — moves, resizes, all-halls and unscheduled placements,
//! cancelling, breaks, people and contributions changed, sessions added in the middle of the key order and
//! removed, and validation problems coming and going.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use podium::clash::{Checker, ClashKind, detect};
use podium::edit::{self, Edit, Item, ItemKey, Placement, Removal, Update};
use podium::model::{
    Availability, Clock, Contribution, ContributionKey, HallPlacement, Participation, Programme, Role, SessionKey,
    SessionKind, Status, Window,
};
use podium::synth::{self, Shape};
use proptest::prelude::*;

/// A synthetic programme over 2 days and 6 halls at 3 venues, with a parallel hall, a hall open only in
/// the morning, a small hall and a short changeover, so that every rule has something to find.
fn programme(seed: u64) -> Programme {
    let mut p = synth::programme_with(Shape { days: 2, halls: 6, halls_per_venue: 2 }, 60, seed);
    let day = p.days.keys().next().cloned().unwrap();
    let halls: Vec<_> = p.halls.keys().cloned().collect();
    p.halls[&halls[1]].parallel = true;
    let window = Window { day, from: Clock::from_hm(8, 0).unwrap(), to: Clock::from_hm(12, 0).unwrap() };
    p.halls[&halls[2]].availability = Availability::from_windows(p.days.keys(), &[window]);
    p.halls[&halls[3]].capacity = Some(30);
    p
}

#[derive(Clone, Debug)]
struct Op {
    kind: u8,
    target: usize,
    a: u32,
    b: u32,
}

fn op() -> impl Strategy<Value = Op> {
    (0u8..9, 0usize..1000, 0u32..1000, 0u32..1000).prop_map(|(kind, target, a, b)| Op { kind, target, a, b })
}

/// Applies one random session edit; returns the session it touched.
fn apply(p: &mut Programme, op: &Op, n: usize) -> Option<SessionKey> {
    let keys: Vec<SessionKey> = p.sessions.keys().cloned().collect();
    let key = keys.get(op.target % keys.len().max(1))?.clone();
    let mut s = p.sessions.get(&key)?.clone();
    let days: Vec<_> = p.days.keys().cloned().collect();
    let halls: Vec<_> = p.halls.keys().cloned().collect();
    let people: Vec<_> = p.people.keys().cloned().collect();
    let person = |i: u32| Participation { person: people[i as usize % people.len()].clone(), role: Role::Speaker };
    let edit = match op.kind {
        0 => {
            let hall = match op.b % 8 {
                6 => Some(HallPlacement::All),
                7 => None,
                h => Some(HallPlacement::Hall(halls[h as usize % halls.len()].clone())),
            };
            let to = Placement {
                day: (!op.a.is_multiple_of(7)).then(|| days[op.a as usize % days.len()].clone()),
                start: (!op.b.is_multiple_of(11)).then(|| Clock::from_mins(420 + (op.a % 60) * 15).unwrap()),
                hall,
                duration_mins: s.duration_mins,
            };
            Edit::Place(key.clone(), to)
        }
        1 => Edit::Place(
            key.clone(),
            Placement { duration_mins: [0, 15, 45, 60, 90, 240][op.a as usize % 6], ..Placement::of(&s) },
        ),
        2 => {
            s.status = [Status::Confirmed, Status::Draft, Status::Cancelled][op.a as usize % 3];
            s.kind = if op.b.is_multiple_of(3) { SessionKind::Break } else { SessionKind::Talk };
            s.audience = (op.b.is_multiple_of(2)).then_some(op.a % 80);
            Edit::Update(Update::Session(key.clone(), Box::new(s)))
        }
        3 => {
            s.people = (0..op.b % 4).map(|i| person(op.a + i * 7)).collect();
            if op.a.is_multiple_of(9) {
                s.people.push(person(op.a)); // listed twice: a validation problem
            }
            Edit::Update(Update::Session(key.clone(), Box::new(s)))
        }
        4 => {
            s.contributions = (0..op.b % 3)
                .map(|c| Contribution {
                    key: ContributionKey::new(format!("c{c}")),
                    title: format!("Beitrag {c}"),
                    duration_mins: 10 + op.a % 40,
                    offset_mins: (c == 1 && op.a.is_multiple_of(2)).then_some(5),
                    people: vec![person(op.a + c)],
                    external: Default::default(),
                })
                .collect();
            Edit::Update(Update::Session(key.clone(), Box::new(s)))
        }
        5 => Edit::Remove(Removal::Session(key.clone())),
        6 | 7 => {
            // A new key made from the title: one sorting between existing ones ("session-12-3"), so later
            // sessions move up by one, or one of its own.
            s.title = if op.a.is_multiple_of(5) { String::new() } else { format!("{key} {n}") };
            let created = edit::apply(p, Edit::Create(Item::Session(Box::new(s)))).ok()?.created;
            return match created.first() {
                Some(ItemKey::Session(k)) => Some(k.clone()),
                _ => None,
            };
        }
        _ => {
            s.title = if op.a.is_multiple_of(2) { " ".into() } else { "Wieder da".into() };
            s.duration_mins = if op.b.is_multiple_of(4) { 2000 } else { s.duration_mins };
            Edit::Update(Update::Session(key.clone(), Box::new(s)))
        }
    };
    edit::apply(p, edit).ok().map(|_| key)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_checker_told_of_each_edit_agrees_with_detect(seed in 0u64..1000, ops in prop::collection::vec(op(), 1..40)) {
        let mut p = programme(seed);
        let mut checker = Checker::new(&p);
        prop_assert_eq!(checker.clashes().to_vec(), detect(&p));
        for (n, op) in ops.iter().enumerate() {
            let Some(key) = apply(&mut p, op, n) else { continue };
            checker.session_changed(&p, &key);
            prop_assert_eq!(checker.clashes().to_vec(), detect(&p), "after edit {} ({:?}) to {}", n, op, key);
        }
    }
}

/// The generator above reaches every kind the engine reports for sessions, so the property covers them.
#[test]
fn the_edits_reach_every_kind() {
    let mut seen = std::collections::BTreeSet::new();
    let mut rng = fastrand::Rng::with_seed(11);
    for seed in 0..20 {
        let mut p = programme(seed);
        for n in 0..60 {
            let op = Op { kind: rng.u8(0..9), target: rng.usize(0..1000), a: rng.u32(0..1000), b: rng.u32(0..1000) };
            apply(&mut p, &op, n);
            seen.extend(detect(&p).into_iter().map(|c| c.kind));
        }
    }
    let missing: Vec<ClashKind> = ClashKind::ALL.into_iter().filter(|k| !seen.contains(k)).collect();
    assert!(missing.is_empty(), "never produced: {missing:?}");
}
