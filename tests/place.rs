//! Suggestions and automatic placement (`podium::place`): every suggested place really leaves the session
//! in no error clash (checked from scratch), pinned sessions never move, a clean plan comes back
//! unchanged, the same seed gives the same plan, repair moves few sessions, and the checks before solving
//! say what no placement can fix.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use podium::clash::{ClashKind, Counts, Severity, detect};
use podium::edit::{self, Edit, Placement};
use podium::model::{HallPlacement, Programme, SessionKey};
use podium::place::{Options, Plan, Precheck, Progress, Unplaced, free_places, schedule};
use podium::synth;
use proptest::prelude::*;

fn placed_at(p: &Programme, key: &SessionKey, place: &podium::place::Place) -> Programme {
    let mut q = p.clone();
    let s = &q.sessions[key];
    let to = Placement {
        day: Some(place.day.clone()),
        start: Some(place.start),
        hall: Some(place.hall.clone()),
        duration_mins: s.duration_mins,
    };
    edit::apply(&mut q, Edit::Place(key.clone(), to)).unwrap();
    q
}

/// Whether `key` is in an error clash, or outside hours, availability or seats, in `p` (from scratch).
fn in_trouble(p: &Programme, key: &SessionKey) -> Option<ClashKind> {
    detect(p)
        .into_iter()
        .filter(|c| c.involved().any(|k| k == key))
        .find(|c| {
            c.severity() == Severity::Error
                || matches!(
                    c.kind,
                    ClashKind::HallUnavailable
                        | ClashKind::SpeakerUnavailable
                        | ClashKind::OutsideDayHours
                        | ClashKind::OverCapacity
                )
        })
        .map(|c| c.kind)
}

fn take_off(p: &mut Programme, share: f64, seed: u64) -> Vec<SessionKey> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut off = Vec::new();
    for (k, s) in p.sessions.iter_mut() {
        if rng.f64() < share {
            (s.day, s.start, s.hall) = (None, None, None);
            off.push(k.clone());
        }
    }
    off
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// On synthetic programmes with clashes (people booked twice, sessions running late, availability
    /// windows), every place suggested for a random session leaves it in no error clash and inside
    /// hours, availability and seats, as `detect` on a copy finds.
    #[test]
    fn every_suggested_place_is_really_free(seed in 0u64..400, pick in 0usize..1000, packed in any::<bool>()) {
        let mut p = if packed { synth::packed(2, 6, 90, seed) } else { synth::programme(120, seed) };
        take_off(&mut p, 0.2, seed + 1);
        let keys: Vec<SessionKey> = p.sessions.keys().cloned().collect();
        let key = keys[pick % keys.len()].clone();
        let mut plan = Plan::new(p.clone());
        let found = free_places(&mut plan, &key, None, 12, None);
        prop_assert!(plan.programme() == &p, "suggesting changes nothing");
        for c in &found {
            let q = placed_at(&p, &key, &c.place);
            prop_assert_eq!(in_trouble(&q, &key), None, "{} at {:?}", key, c.place);
            prop_assert_eq!(c.cost.errors, 0);
        }
        // Ranked: fewest warnings first.
        prop_assert!(found.windows(2).all(|w| w[0].cost.soft <= w[1].cost.soft));
    }
}

#[test]
fn a_session_in_a_clash_gets_places_that_end_it_and_not_its_own() {
    let p = podium::format::load_str(podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let clash = detect(&p).into_iter().find(|c| c.kind == ClashKind::RoomOverlap).expect("the draft has a hall twice");
    let key = clash.sessions[0].session.clone();
    let mut plan = Plan::new(p.clone());
    let found = free_places(&mut plan, &key, None, 5, Some(2));
    assert!(!found.is_empty(), "the congress has room elsewhere");
    let now = (p.sessions[&key].day.clone(), p.sessions[&key].start, p.sessions[&key].hall.clone());
    for c in &found {
        assert_ne!((Some(c.place.day.clone()), Some(c.place.start), Some(c.place.hall.clone())), now);
        assert_eq!(in_trouble(&placed_at(&p, &key, &c.place), &key), None);
    }
}

#[test]
fn the_bundeskongress_afternoon_is_placed_again_without_errors() {
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let off: Vec<SessionKey> = p
        .sessions
        .iter()
        .filter(|(_, s)| s.start.is_some_and(|c| (12 * 60..18 * 60).contains(&c.mins())))
        .filter(|(_, s)| s.hall_key().and_then(|h| p.halls.get(h)).is_some_and(|h| !h.parallel))
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(off.len(), 12, "the twelve afternoon sessions in halls of their own");
    for k in &off {
        let s = p.sessions.get_mut(k).unwrap();
        (s.day, s.start, s.hall) = (None, None, None);
    }
    let out = schedule(p, &Options::default(), &Progress::default());
    assert_eq!(out.placed.len(), 12, "{:?}", out.unplaced);
    assert!(out.unplaced.is_empty() && out.moved.is_empty());
    assert_eq!(Counts::of(&detect(&out.programme)).errors, 0);
    for k in &off {
        assert_eq!(in_trouble(&out.programme, k), None, "{k}");
    }
}

#[test]
fn a_clean_plan_comes_back_unchanged_also_with_repair() {
    let p = synth::packed(2, 5, 60, 7);
    assert_eq!(Counts::of(&detect(&p)).errors, 0);
    for repair in [false, true] {
        let out = schedule(p.clone(), &Options { repair, ..Options::default() }, &Progress::default());
        assert!(out.programme == p, "repair {repair}");
        assert!(out.placed.is_empty() && out.moved.is_empty() && out.unplaced.is_empty());
    }
}

#[test]
fn the_same_seed_gives_the_same_plan_and_all_are_placed() {
    let mut p = synth::packed(3, 8, 160, 9);
    let off = take_off(&mut p, 0.4, 10);
    let opts = Options { max_steps: 5_000, ..Options::default() };
    let a = schedule(p.clone(), &opts, &Progress::default());
    let b = schedule(p, &opts, &Progress::default());
    assert!(a.programme == b.programme);
    assert_eq!(a.placed.len(), off.len(), "{:?}", a.unplaced);
    assert_eq!(Counts::of(&detect(&a.programme)).errors, 0);
}

#[test]
fn repair_ends_overlaps_moving_few_and_never_a_pinned_session() {
    let mut p = synth::packed(2, 6, 100, 11);
    let keys: Vec<SessionKey> = p.sessions.keys().cloned().collect();
    // Ten talks put onto another talk's time in another hall: each now shares a hall with it.
    let mut pinned = Vec::new();
    for i in 0..10 {
        let (a, b) = (&keys[i * 5], &keys[i * 5 + 50]);
        let target = p.sessions[b].clone();
        let s = p.sessions.get_mut(a).unwrap();
        (s.day, s.start, s.hall) = (target.day.clone(), target.start, target.hall.clone());
        if i % 2 == 0 {
            p.sessions.get_mut(b).unwrap().pinned = true;
            pinned.push(b.clone());
        }
    }
    let before = detect(&p);
    let involved: std::collections::BTreeSet<SessionKey> = before
        .iter()
        .filter(|c| c.severity() == Severity::Error)
        .flat_map(|c| c.involved().cloned().collect::<Vec<_>>())
        .collect();
    assert!(Counts::of(&before).errors >= 10);
    let out = schedule(p.clone(), &Options { repair: true, ..Options::default() }, &Progress::default());
    assert_eq!(Counts::of(&detect(&out.programme)).errors, 0, "{:?}", out.unplaced);
    assert!(out.moved.len() <= involved.len() / 2 + 1, "{} moved of {} involved", out.moved.len(), involved.len());
    for k in &pinned {
        assert_eq!(out.programme.sessions[k].start, p.sessions[k].start, "{k} is pinned");
        assert_eq!(out.programme.sessions[k].hall, p.sessions[k].hall);
    }
    // Sessions not involved stay where they were.
    for (k, s) in &p.sessions {
        if !involved.contains(k) {
            assert_eq!(out.programme.sessions[k].start, s.start, "{k} was not in a clash");
        }
    }
}

#[test]
fn a_pinned_unplaced_session_is_left_and_a_set_day_is_kept() {
    let mut p = synth::packed(3, 4, 40, 12);
    let keys: Vec<SessionKey> = p.sessions.keys().cloned().collect();
    let (pin, keep) = (&keys[3], &keys[5]);
    let day = p.sessions[keep].day.clone();
    for k in [pin, keep] {
        let s = p.sessions.get_mut(k).unwrap();
        (s.start, s.hall) = (None, None);
    }
    p.sessions.get_mut(pin).unwrap().pinned = true;
    let out = schedule(p, &Options::default(), &Progress::default());
    assert_eq!(out.programme.sessions[pin].start, None, "pinned: not placed");
    assert!(out.unplaced.contains(&(pin.clone(), Unplaced::Pinned)), "and said so: {:?}", out.unplaced);
    assert_eq!(out.programme.sessions[keep].day, day, "its day is kept");
    assert!(out.programme.sessions[keep].start.is_some());
}

#[test]
fn what_cannot_fit_is_said_before_solving_and_left_with_its_reason() {
    let mut p = synth::packed(1, 3, 12, 13);
    let keys: Vec<SessionKey> = p.sessions.keys().cloned().collect();
    let big = &keys[0];
    let s = p.sessions.get_mut(big).unwrap();
    (s.day, s.start, s.hall, s.audience) = (None, None, None, Some(5000));
    let out = schedule(p.clone(), &Options::default(), &Progress::default());
    assert!(out.prechecks.iter().any(|c| matches!(c, Precheck::AudienceTooLarge { session, .. } if session == big)));
    assert_eq!(out.unplaced, vec![(big.clone(), Unplaced::NoPlace)]);
    let words = podium::i18n::precheck_text(podium::i18n::Lang::De, &out.programme, &out.prechecks[0]);
    assert!(words.contains("5000 erwartete Personen") && words.contains("Plätze"), "{words}");
    // An all-halls session of a whole day on a day that already has sessions cannot fit either.
    let mut q = synth::packed(1, 3, 12, 14);
    let s = q.sessions.get_mut(&keys[1]).unwrap();
    (s.start, s.hall, s.duration_mins) = (None, Some(HallPlacement::All), 600);
    let out = schedule(q, &Options::default(), &Progress::default());
    assert!(out.prechecks.iter().any(|c| matches!(c, Precheck::LongerThanEveryDay { .. })));
}

#[test]
fn a_pin_survives_save_and_load_and_stays_out_of_the_public_copy() {
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let plain = podium::format::to_string(&p).unwrap();
    assert!(!plain.contains("pinned"), "an unpinned file does not mention pins");
    p.sessions.get_mut("arena-digitale-zwillinge").unwrap().pinned = true;
    let text = podium::format::to_string(&p).unwrap();
    assert_eq!(text.matches("pinned: true").count(), 1);
    assert!(podium::format::load_str(&text).unwrap().sessions["arena-digitale-zwillinge"].pinned);
    let public = podium::export::ron::public_programme(&p, &podium::export::Selection::default());
    assert!(public.sessions.values().all(|s| !s.pinned));
}

/// A greedy first pick that blocks a later session: the search takes it off again and both fit.
#[test]
fn the_search_makes_room_when_the_first_choice_blocks_a_later_session() {
    use podium::model::{Clock, Day, DayKey, Hall, HallKey, Participation, Person, PersonKey, Role, Session, Status};
    let mut p = Programme::default();
    p.event.title = "Klein".into();
    p.event.changeover_mins = 0;
    let day = DayKey::new("tag");
    let date = chrono::NaiveDate::from_ymd_opt(2030, 5, 6).unwrap();
    p.days.insert(
        day.clone(),
        Day {
            date,
            label: String::new(),
            opens: Clock::from_hm(9, 0).unwrap(),
            closes: Clock::from_hm(10, 0).unwrap(),
        },
    );
    p.halls.insert(HallKey::new("gross"), Hall { name: "Groß".into(), capacity: Some(200), ..Hall::default() });
    p.halls.insert(HallKey::new("klein"), Hall { name: "Klein".into(), capacity: Some(50), ..Hall::default() });
    for k in ["a", "b"] {
        p.people.insert(PersonKey::new(k), Person { name: k.to_uppercase(), ..Person::default() });
    }
    let speaker = |k: &str| Participation { person: PersonKey::new(k), role: Role::Speaker };
    // Two speakers: placed first, earliest, in the first hall — where the large audience must go.
    let small = Session {
        title: "Klein".into(),
        status: Status::Confirmed,
        duration_mins: 30,
        audience: Some(20),
        people: vec![speaker("a"), speaker("b")],
        ..Session::default()
    };
    let large = Session {
        title: "Groß".into(),
        status: Status::Confirmed,
        duration_mins: 60,
        audience: Some(150),
        ..Session::default()
    };
    p.sessions.insert(SessionKey::new("klein"), small);
    p.sessions.insert(SessionKey::new("gross"), large);
    let out = schedule(p, &Options::default(), &Progress::default());
    assert!(out.unplaced.is_empty(), "{:?}", out.unplaced);
    assert!(out.pushed_out >= 1, "the first choice was taken back");
    assert_eq!(out.programme.sessions["gross"].hall, Some(HallPlacement::Hall(HallKey::new("gross"))));
    assert_eq!(out.programme.sessions["klein"].hall, Some(HallPlacement::Hall(HallKey::new("klein"))));
    assert_eq!(Counts::of(&detect(&out.programme)).errors, 0);
}

/// What the new-user trial found: arenas put back by "Automatisch einplanen" ran against the keynote and
/// sat in the registration foyer, and a set start was changed. Now they do neither, and a session with a
/// day and a start keeps its start (only the hall is found).
#[test]
fn arenas_are_not_put_against_a_plenary_nor_in_the_foyer_and_a_set_start_is_kept() {
    use podium::model::SessionKind;
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let arenas: Vec<SessionKey> =
        p.sessions.iter().filter(|(_, s)| s.kind == SessionKind::Arena).map(|(k, _)| k.clone()).collect();
    assert_eq!(arenas.len(), 5);
    for k in &arenas[..4] {
        let s = p.sessions.get_mut(k).unwrap();
        (s.start, s.hall) = (None, None);
    }
    let kept = &arenas[4];
    let start = p.sessions[kept].start;
    p.sessions.get_mut(kept).unwrap().hall = None;
    let out = schedule(p, &Options::default(), &Progress::default());
    assert!(out.unplaced.is_empty(), "{:?}", out.unplaced);
    let q = &out.programme;
    let mains: Vec<_> = q
        .sessions
        .values()
        .filter(|s| matches!(s.kind, SessionKind::Plenary | SessionKind::Keynote))
        .filter_map(|s| q.session_range(s))
        .collect();
    for k in &arenas {
        let s = &q.sessions[k];
        let hall = s.hall_key().and_then(|h| q.halls.get(h)).unwrap();
        assert!(!hall.parallel, "{} in {}", s.title, hall.name);
        let r = q.session_range(s).unwrap();
        assert!(mains.iter().all(|m| !m.overlaps(r)), "{} runs against a plenary", s.title);
    }
    assert_eq!(q.sessions[kept].start, start, "its start was set");
}
