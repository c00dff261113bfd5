//! Property test: undo by kept changes (what each edit replaced) behaves exactly as undo by copies of the
//! whole programme did. Random edits of every kind — creations, updates, removals that unassign, hall
//! moves, placements, the event, batches (some refused half-way) and updates of keys already removed —
//! are applied to a `Document` and to a reference that keeps a copy before every edit; after each step
//! and each undo or redo, both programmes are equal, save to the same bytes, and the document's clashes
//! are those `detect` finds from scratch (undo and redo update the checker session by session).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use podium::clash::detect;
use podium::edit::{self, Edit, EditError, Item, Placement, Removal, Update};
use podium::gui::document::Document;
use podium::model::{
    Availability, Clock, Day, Hall, HallPlacement, Participation, Person, Programme, Role, SessionKey, Track, Window,
};
use podium::synth::{self, Shape};
use proptest::prelude::*;

fn programme(seed: u64) -> Programme {
    let mut p = synth::programme_with(Shape { days: 3, halls: 5, halls_per_venue: 2 }, 40, seed);
    let day = p.days.keys().nth(1).cloned().unwrap();
    let hall = p.halls.keys().nth(2).cloned().unwrap();
    let days: Vec<_> = p.days.keys().cloned().collect();
    let hall_window =
        Window { day: day.clone(), from: Clock::from_hm(8, 0).unwrap(), to: Clock::from_hm(12, 0).unwrap() };
    p.halls[&hall].availability = Availability::from_windows(&days, &[hall_window]);
    if let Some(person) = p.people.values_mut().next() {
        let window = Window { day, from: Clock::from_hm(9, 0).unwrap(), to: Clock::from_hm(17, 0).unwrap() };
        person.availability = Availability::from_windows(&days, &[window]);
    }
    p
}

#[derive(Clone, Debug)]
struct Op {
    kind: u8,
    target: usize,
    a: u32,
}

fn op() -> impl Strategy<Value = Op> {
    (0u8..16, 0usize..1000, 0u32..1000).prop_map(|(kind, target, a)| Op { kind, target, a })
}

fn nth<K: Clone>(keys: impl ExactSizeIterator<Item = K>, i: usize) -> Option<K> {
    let n = keys.len();
    let mut keys = keys;
    if n == 0 { None } else { keys.nth(i % n) }
}

/// The edit an op stands for, read against the programme (`None` when there is nothing to edit).
fn edit_for(p: &Programme, op: &Op, removed: &[SessionKey]) -> Option<Edit> {
    let session = nth(p.sessions.keys().cloned(), op.target);
    let day = nth(p.days.keys().cloned(), op.a as usize);
    let hall = nth(p.halls.keys().cloned(), op.a as usize / 3);
    let person = nth(p.people.keys().cloned(), op.a as usize / 7);
    Some(match op.kind {
        0 | 1 => {
            let key = session?;
            let s = &p.sessions[&key];
            let to = Placement {
                day: if op.a.is_multiple_of(9) { None } else { day },
                start: Clock::from_mins(420 + (op.a % 50) * 15),
                hall: if op.a.is_multiple_of(11) { Some(HallPlacement::All) } else { hall.map(HallPlacement::Hall) },
                duration_mins: [30, 45, 60, 90][op.a as usize % 4],
            };
            Edit::Place(key, if op.a.is_multiple_of(13) { Placement::unscheduled(s.duration_mins) } else { to })
        }
        2 => {
            let key = session?;
            let mut s = p.sessions[&key].clone();
            s.title = format!("Geändert {}", op.a);
            if let Some(person) = person {
                s.people = vec![Participation { person, role: Role::Moderator }];
            }
            Edit::Update(Update::Session(key, Box::new(s)))
        }
        3 => {
            // A copy of a session under the same title: the new key gets a suffix.
            let key = session?;
            Edit::Create(Item::Session(Box::new(p.sessions[&key].clone())))
        }
        4 => Edit::Remove(Removal::Session(session?)),
        5 => Edit::Remove(match op.a % 4 {
            0 => Removal::Day(day?),
            1 => Removal::Hall(hall?),
            2 => Removal::Person(person?),
            _ => Removal::Track(nth(p.tracks.keys().cloned(), op.a as usize)?),
        }),
        6 => Edit::Create(match op.a % 4 {
            0 => Item::Hall(Box::new(Hall { name: format!("Saal {}", op.a % 3), ..Hall::default() })),
            1 => Item::Person(Box::new(Person { name: format!("Person {}", op.a % 3), ..Person::default() })),
            2 => {
                Item::Track(Track { name: format!("Track {}", op.a % 3), colour: "#1f77b4".into(), ..Track::default() })
            }
            _ => {
                let last = p.days.values().last()?;
                Item::Day(Day { date: last.date.succ_opt()?, label: String::new(), ..last.clone() })
            }
        }),
        7 => {
            let key = hall?;
            let mut h = p.halls[&key].clone();
            h.capacity = Some(op.a);
            let windows: Vec<Window> = day
                .map(|day| Window { day, from: Clock::from_hm(7, 0).unwrap(), to: Clock::from_hm(20, 0).unwrap() })
                .into_iter()
                .collect();
            h.availability = Availability::from_windows(p.days.keys(), &windows);
            Edit::Update(Update::Hall(key, Box::new(h)))
        }
        8 => {
            let key = person?;
            let mut x = p.people[&key].clone();
            x.function = format!("Funktion {}", op.a);
            Edit::Update(Update::Person(key, Box::new(x)))
        }
        9 => Edit::MoveHall(hall?, op.a as usize % 4),
        10 => {
            let mut e = p.event.clone();
            e.title = format!("Kongress {}", op.a);
            Edit::SetEvent(Box::new(e))
        }
        11 | 12 => {
            // A batch of placements and an update; sometimes one edit in the middle is refused.
            let mut edits = Vec::new();
            for i in 0..3 {
                let sub = Op { kind: [0, 2, 9][i], target: op.target + i * 17, a: op.a + i as u32 };
                edits.extend(edit_for(p, &sub, removed));
            }
            if op.kind == 12 {
                edits.insert(1, Edit::Place(SessionKey::new("gibt-es-nicht"), Placement::unscheduled(30)));
            }
            Edit::Batch(format!("{} Änderungen", edits.len()), edits)
        }
        13 => {
            // A form still open on a session that an edit since removed: its update is refused.
            let key = removed.get(op.target % removed.len().max(1))?.clone();
            Edit::Update(Update::Session(key, Box::default()))
        }
        14 => Edit::Update(Update::Day(day?, p.days.values().next()?.clone())),
        _ => return None,
    })
}

/// The document and the reference: copies of the programme before each edit, as undo kept them before.
struct Both {
    doc: Document,
    reference: Programme,
    past: Vec<Programme>,
    future: Vec<Programme>,
}

impl Both {
    fn agree(&self, after: &str) -> Result<(), TestCaseError> {
        prop_assert!(self.doc.programme() == &self.reference, "programmes differ after {}", after);
        let saved = podium::format::to_string(self.doc.programme()).unwrap();
        prop_assert_eq!(saved, podium::format::to_string(&self.reference).unwrap(), "saved bytes after {}", after);
        prop_assert_eq!(self.doc.clashes().to_vec(), detect(self.doc.programme()), "clashes after {}", after);
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn undo_by_changes_equals_undo_by_copies(seed in 0u64..500, ops in prop::collection::vec(op(), 1..30), undo_every in 2usize..6) {
        let p = programme(seed);
        let mut both = Both { doc: Document::new(p.clone(), None, true), reference: p, past: Vec::new(), future: Vec::new() };
        let mut removed = Vec::new();
        for (n, op) in ops.iter().enumerate() {
            let step = format!("op {n} {op:?}");
            if op.kind == 15 || n % undo_every == undo_every - 1 {
                // Undo one or two steps, then redo one.
                for _ in 0..1 + op.a % 2 {
                    let undone = both.doc.undo();
                    prop_assert_eq!(undone, !both.past.is_empty());
                    if let Some(before) = both.past.pop() {
                        both.future.push(std::mem::replace(&mut both.reference, before));
                    }
                    both.agree(&format!("undo at {step}"))?;
                }
                let redone = both.doc.redo();
                prop_assert_eq!(redone, !both.future.is_empty());
                if let Some(after) = both.future.pop() {
                    both.past.push(std::mem::replace(&mut both.reference, after));
                }
                both.agree(&format!("redo at {step}"))?;
                continue;
            }
            let Some(edit) = edit_for(&both.reference, op, &removed) else { continue };
            if let Edit::Remove(Removal::Session(k)) = &edit {
                removed.push(k.clone());
            }
            let mut next = both.reference.clone();
            let expected = edit::apply(&mut next, edit.clone()).map(|a| a.created);
            let got = both.doc.apply(edit);
            prop_assert_eq!(&got, &expected, "{}", step);
            if got.is_ok() {
                both.past.push(std::mem::replace(&mut both.reference, next));
                both.future.clear();
            } else {
                prop_assert!(next == both.reference, "a refused edit changed the copy at {}", step);
            }
            both.agree(&step)?;
        }
        // Undo everything: back to the programme as opened, unchanged and not dirty.
        while both.doc.undo() {}
        let first = both.past.first().cloned().unwrap_or(both.reference.clone());
        prop_assert!(both.doc.programme() == &first);
        prop_assert!(!both.doc.is_dirty());
    }
}

/// Each kind of refusal names what is missing and leaves the document as it was (no undo step either).
#[test]
fn refused_edits_name_the_missing_key_and_change_nothing() {
    let p = programme(3);
    let mut doc = Document::new(p.clone(), None, true);
    let gone = SessionKey::new("gibt-es-nicht");
    let refused = [
        (Edit::Update(Update::Session(gone.clone(), Box::default())), EditError::UnknownSession(gone.to_string())),
        (Edit::Update(Update::Track("t-x".into(), Track::default())), EditError::UnknownTrack("t-x".into())),
        (
            Edit::Update(Update::Day("d-x".into(), p.days.values().next().unwrap().clone())),
            EditError::UnknownDay("d-x".into()),
        ),
        (
            Edit::Batch(
                "zwei".into(),
                vec![
                    Edit::Remove(Removal::Session(p.sessions.keys().next().unwrap().clone())),
                    Edit::Remove(Removal::Session(gone.clone())),
                ],
            ),
            EditError::UnknownSession(gone.to_string()),
        ),
    ];
    for (edit, error) in refused {
        assert_eq!(doc.apply(edit), Err(error));
        assert!(doc.programme() == &p);
        assert!(doc.undo_summary().is_none() && !doc.is_dirty());
    }
}

/// A batch is one undo step with its label; `Create` returns the keys it made, from the names.
#[test]
fn a_batch_is_one_step_and_creations_say_their_keys() {
    let p = programme(4);
    let mut doc = Document::new(p.clone(), None, true);
    let keys: Vec<SessionKey> = p.sessions.keys().take(3).cloned().collect();
    let title = p.sessions[&keys[0]].title.clone();
    let edits = keys.iter().map(|k| Edit::Place(k.clone(), Placement::unscheduled(30))).collect();
    assert_eq!(doc.apply(Edit::Batch("3 Sessions ausplanen".into(), edits)), Ok(Vec::new()));
    assert!(keys.iter().all(|k| doc.programme().sessions[k].day.is_none()));
    assert_eq!(
        doc.undo_summary().map(|s| podium::i18n::edit_label(podium::i18n::Lang::De, s)),
        Some("3 Sessions ausplanen".into())
    );
    let copy = Edit::Create(Item::Session(Box::new(p.sessions[&keys[0]].clone())));
    let created = doc.apply(copy).unwrap();
    let slug = podium::model::slugify(&title);
    assert!(
        matches!(&created[..], [edit::ItemKey::Session(k)] if k.as_str().starts_with(&slug) && !p.sessions.contains_key(k)),
        "{created:?} from {slug}"
    );
    let again = doc.apply(Edit::Create(Item::Session(Box::new(p.sessions[&keys[0]].clone())))).unwrap();
    assert_ne!(again, created, "a second copy gets a key of its own");
    assert!(doc.undo());
    assert!(doc.undo() && doc.undo());
    assert!(doc.programme() == &p, "one undo took back all three placements");
}
