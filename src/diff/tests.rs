//! The diff's properties: a programme compared with itself has no changes; every kind of change is
//! found, and only it; keys, not titles, decide which session is which.

use proptest::prelude::*;

use super::*;
use crate::model::{Clock, HallKey, Participation, PersonKey, Role, SessionKind, Track, TrackKey};

fn base(seed: u64) -> Programme {
    let mut p = crate::synth::programme(60, seed);
    p.tracks.insert(TrackKey::new("t1"), Track { name: "Resilienz".into(), ..Track::default() });
    p
}

/// A confirmed session of the programme, chosen by `pick`.
fn confirmed(p: &Programme, pick: usize) -> SessionKey {
    let keys: Vec<&SessionKey> =
        p.sessions.iter().filter(|(_, s)| s.status == Status::Confirmed && s.hall.is_some()).map(|(k, _)| k).collect();
    keys[pick % keys.len()].clone()
}

fn kinds_of(changes: &[Change], key: &SessionKey) -> Vec<ChangeKind> {
    changes.iter().filter(|c| &c.session == key).map(|c| c.kind).collect()
}

/// Changes one session in one way; returns the kind the diff must report.
fn mutate(p: &mut Programme, key: &SessionKey, how: u8) -> ChangeKind {
    let other_hall: HallKey = p.halls.keys().last().cloned().unwrap();
    let s = p.sessions.get_mut(key).unwrap();
    match how % 12 {
        0 => {
            s.start = s.start.and_then(|c| c.add_mins(5));
            ChangeKind::Moved
        }
        1 => {
            let here = s.hall_key().cloned();
            s.hall = Some(HallPlacement::Hall(if here.as_ref() == Some(&other_hall) {
                HallKey::new("h0000")
            } else {
                other_hall
            }));
            ChangeKind::Moved
        }
        2 => {
            s.duration_mins += 15;
            ChangeKind::Duration
        }
        3 => {
            s.title.push_str(" (neu)");
            ChangeKind::Retitled
        }
        4 => {
            s.people.push(Participation { person: PersonKey::new("p000000x"), role: Role::Moderator });
            ChangeKind::People
        }
        5 => {
            for pr in &mut s.people {
                pr.role = Role::Host;
            }
            ChangeKind::People
        }
        6 => {
            s.subtitle = "Neuer Untertitel".into();
            ChangeKind::Details
        }
        7 => {
            s.track = Some(TrackKey::new("t1"));
            ChangeKind::Details
        }
        8 => {
            s.kind = SessionKind::Panel;
            ChangeKind::Details
        }
        9 => {
            s.status = Status::Cancelled;
            ChangeKind::Cancelled
        }
        10 => {
            s.status = Status::Draft;
            ChangeKind::Removed
        }
        _ => {
            p.sessions.remove(key);
            ChangeKind::Removed
        }
    }
}

#[test]
fn a_draft_that_becomes_confirmed_is_added_and_a_cancelled_one_restored() {
    let mut old = base(1);
    let draft = old.sessions.iter().find(|(_, s)| s.status == Status::Draft).map(|(k, _)| k.clone()).unwrap();
    let gone = confirmed(&old, 3);
    old.sessions.get_mut(&gone).unwrap().status = Status::Cancelled;
    let mut new = old.clone();
    new.sessions.get_mut(&draft).unwrap().status = Status::Confirmed;
    new.sessions.get_mut(&gone).unwrap().status = Status::Confirmed;
    let changes = diff(&old, &new, DiffOptions::default());
    assert_eq!(kinds_of(&changes, &draft), vec![ChangeKind::Added]);
    assert_eq!(kinds_of(&changes, &gone), vec![ChangeKind::Restored]);
    assert_eq!(changes.len(), 2);
    let added = changes.iter().find(|c| c.session == draft).unwrap();
    assert!(added.before.is_none() && added.after.is_some());
    // With drafts, the draft was there all along: nothing but the restored one.
    let with = diff(&old, &new, DiffOptions { include_drafts: true });
    assert!(kinds_of(&with, &draft).is_empty(), "{with:?}");
}

#[test]
fn time_and_hall_change_is_one_moved_entry_with_before_and_after() {
    let old = base(2);
    let key = confirmed(&old, 5);
    let mut new = old.clone();
    let s = new.sessions.get_mut(&key).unwrap();
    s.start = Clock::from_hm(15, 0);
    s.hall = Some(HallPlacement::Hall(HallKey::new("h0001")));
    s.duration_mins = 45;
    let changes = diff(&old, &new, DiffOptions::default());
    assert_eq!(kinds_of(&changes, &key), vec![ChangeKind::Moved, ChangeKind::Duration]);
    let moved = &changes[0];
    assert_eq!(moved.after.as_ref().unwrap().start, Clock::from_hm(15, 0));
    assert_eq!(moved.before.as_ref().unwrap().start, old.sessions[&key].start);
    assert_eq!(moved.after.as_ref().unwrap().duration_mins, 45);
}

#[test]
fn people_joined_left_and_roles() {
    let old = base(3);
    let key = confirmed(&old, 7);
    let mut new = old.clone();
    let s = new.sessions.get_mut(&key).unwrap();
    let first = s.people[0].person.clone();
    s.people[0].role = Role::Moderator;
    s.people.push(Participation { person: PersonKey::new("p999"), role: Role::Speaker });
    let changes = diff(&old, &new, DiffOptions::default());
    let Some(ChangeDetail::People(people)) = changes.iter().find(|c| c.session == key).map(|c| &c.detail) else {
        panic!("{changes:?}")
    };
    assert_eq!(people.joined.iter().map(|p| p.person.as_str()).collect::<Vec<_>>(), ["p999"]);
    assert!(people.left.is_empty());
    assert_eq!(people.roles.len(), 1);
    assert_eq!(people.roles[0].person, first);
    assert_eq!(people.roles[0].after, vec![Role::Moderator]);
}

#[test]
fn changes_are_sorted_by_where_the_session_is_now() {
    let old = base(4);
    let mut new = old.clone();
    for s in new.sessions.values_mut() {
        s.title.push('!');
    }
    let changes = diff(&old, &new, DiffOptions::default());
    let starts: Vec<_> = changes.iter().map(|c| slot_start(&new, c.after.as_ref().unwrap())).collect();
    let order: Vec<_> = starts.iter().map(|s| (s.is_none(), *s)).collect();
    assert!(!order.is_empty() && order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_programme_compared_with_itself_has_no_changes(seed in 0u64..1000, drafts in any::<bool>()) {
        let p = base(seed);
        let opts = DiffOptions { include_drafts: drafts };
        prop_assert!(diff(&p, &p, opts).is_empty());
        prop_assert!(diff(&p, &p.clone(), opts).is_empty());
    }

    #[test]
    fn every_kind_is_found_and_only_it(seed in 0u64..1000, pick in 0usize..1000, how in 0u8..12) {
        let old = base(seed);
        let key = confirmed(&old, pick);
        let mut new = old.clone();
        let want = mutate(&mut new, &key, how);
        let changes = diff(&old, &new, DiffOptions::default());
        prop_assert_eq!(kinds_of(&changes, &key), vec![want]);
        prop_assert!(changes.iter().all(|c| c.session == key), "{:?}", changes);
        // And back: the reverse change is found too (removed ↔ added, cancelled ↔ restored).
        let back = diff(&new, &old, DiffOptions::default());
        let reverse = match want {
            ChangeKind::Removed => ChangeKind::Added,
            ChangeKind::Cancelled => ChangeKind::Restored,
            other => other,
        };
        prop_assert_eq!(kinds_of(&back, &key), vec![reverse]);
    }

    #[test]
    fn keys_not_titles_decide_identity(seed in 0u64..1000, a in 0usize..1000, b in 0usize..1000) {
        let old = base(seed);
        let (ka, kb) = (confirmed(&old, a), confirmed(&old, b));
        prop_assume!(ka != kb && old.sessions[&ka].title != old.sessions[&kb].title);
        // Two sessions swap titles: two retitled sessions, nothing added, removed or moved.
        let mut swapped = old.clone();
        let ta = swapped.sessions[&ka].title.clone();
        let tb = std::mem::replace(&mut swapped.sessions.get_mut(&kb).unwrap().title, ta);
        swapped.sessions.get_mut(&ka).unwrap().title = tb;
        let changes = diff(&old, &swapped, DiffOptions::default());
        prop_assert_eq!(changes.len(), 2);
        prop_assert!(changes.iter().all(|c| c.kind == ChangeKind::Retitled));
        // The same session under a new key is another session: removed and added, even with its title.
        let mut rekeyed = old.clone();
        let s = rekeyed.sessions.remove(&ka).unwrap();
        rekeyed.sessions.insert(SessionKey::new("zz-neu"), s);
        let changes = diff(&old, &rekeyed, DiffOptions::default());
        prop_assert_eq!(kinds_of(&changes, &ka), vec![ChangeKind::Removed]);
        prop_assert_eq!(kinds_of(&changes, &SessionKey::new("zz-neu")), vec![ChangeKind::Added]);
    }
}
