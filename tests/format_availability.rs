//! Availability in the RON file: a first-format window list (files written before availability per
//! day) loads with its meaning — a window on day 1 alone still means "not on day 2" — and is saved as the
//! explicit `availability_by_day` map; a day the map does not name is available all day; the clash checker
//! follows that rule.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use podium::clash::{ClashKind, detect};
use podium::format::{load_str, to_string};
use podium::model::{Clock, DayAvailability, DayKey, PersonKey, Span};

/// A file as Podium wrote it before: Anna has one window, on day 1.
const OLD: &str = r#"(
    version: 1,
    event: (
        key: "t",
        uuid: "3b0c7f9e-2d4a-4c1e-9a57-8e2f6d1b4c03",
        title: "Test",
        venue: (name: "Haus"),
        time_zone: "Europe/Berlin",
    ),
    days: [
        (key: "d1", date: "2022-09-14", opens: "09:00", closes: "18:00"),
        (key: "d2", date: "2022-09-15", opens: "09:00", closes: "18:00"),
    ],
    halls: [(key: "a", name: "Saal A")],
    people: {
        "anna": (
            name: "Anna",
            availability: [(day: "d1", from: "09:00", to: "12:00")],
        ),
    },
    sessions: {
        "s2": (
            title: "Am zweiten Tag",
            day: "d2",
            start: "10:00",
            hall: "a",
            duration_mins: 60,
            status: Confirmed,
            people: [(person: "anna", role: Speaker)],
        ),
    },
)"#;

fn clock(h: u32, m: u32) -> Clock {
    Clock::from_hm(h, m).unwrap()
}

#[test]
fn an_old_window_list_keeps_its_meaning() {
    let p = load_str(OLD).unwrap();
    let anna = &p.people[&PersonKey::new("anna")].availability;
    assert_eq!(anna.on(&DayKey::new("d1")), &DayAvailability::Only(vec![Span { from: clock(9, 0), to: clock(12, 0) }]));
    assert_eq!(anna.on(&DayKey::new("d2")), &DayAvailability::Unavailable, "not on the other days, as before");
    let clashes = detect(&p);
    assert!(clashes.iter().any(|c| c.kind == ClashKind::SpeakerUnavailable), "{clashes:?}");
}

#[test]
fn an_old_file_is_saved_explicitly_and_loads_the_same() {
    let p = load_str(OLD).unwrap();
    let text = to_string(&p).unwrap();
    assert!(!text.contains("availability: ["), "the old list is not written:\n{text}");
    assert!(text.contains("availability_by_day: {"), "{text}");
    assert!(text.contains("\"d2\": Unavailable"), "day 2 says so:\n{text}");
    assert!(text.contains("\"d1\": Only(["), "{text}");
    let again = load_str(&text).unwrap();
    assert_eq!(again, p);
    assert_eq!(to_string(&again).unwrap(), text, "byte-stable");
}

#[test]
fn a_day_not_named_is_available_all_day() {
    let text = OLD.replace(
        r#"availability: [(day: "d1", from: "09:00", to: "12:00")],"#,
        r#"availability_by_day: { "d1": Only([(from: "09:00", to: "12:00")]) },"#,
    );
    let p = load_str(&text).unwrap();
    let anna = &p.people[&PersonKey::new("anna")].availability;
    assert_eq!(anna.on(&DayKey::new("d2")), &DayAvailability::AllDay);
    assert!(!detect(&p).iter().any(|c| c.kind == ClashKind::SpeakerUnavailable), "day 2 is free for her");
    let explicit = OLD.replace(
        r#"availability: [(day: "d1", from: "09:00", to: "12:00")],"#,
        r#"availability_by_day: { "d1": AllDay, "d2": Unavailable },"#,
    );
    let p = load_str(&explicit).unwrap();
    assert!(detect(&p).iter().any(|c| c.kind == ClashKind::SpeakerUnavailable));
}

#[test]
fn an_unknown_day_or_a_typo_is_refused() {
    let text = OLD.replace(
        r#"availability: [(day: "d1", from: "09:00", to: "12:00")],"#,
        r#"availability_by_day: { "d9": Unavailable },"#,
    );
    assert!(load_str(&text).unwrap_err().to_string().contains("d9"));
    let text = OLD.replace(
        r#"availability: [(day: "d1", from: "09:00", to: "12:00")],"#,
        r#"availability_by_day: { "d1": Nie },"#,
    );
    assert!(load_str(&text).is_err());
}
