//! Importing real schedule files written by others (`../shared/data`; skipped with a printed reason when
//! absent): they load, keep their identifiers, and show the clashes they really have.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use common::shared;

use podium::clash::{ClashKind, detect};
use podium::interchange::{ImportWarning, SourceFormat, import_file, import_str};

fn count(p: &podium::model::Programme, kind: ClashKind) -> usize {
    detect(p).iter().filter(|c| c.kind == kind).count()
}

#[test]
fn pretalx_democon_has_exactly_its_one_double_booking() {
    let Some(path) = shared("pretalx-democon.json") else { return };
    let imported = import_file(&path, SourceFormat::Json, None).unwrap();
    let p = &imported.programme;
    assert_eq!(p.days.len(), 3);
    assert_eq!(p.halls.len(), 2);
    assert_eq!(p.sessions.len(), 36);
    assert_eq!(count(p, ClashKind::RoomOverlap), 0);
    let overlaps: Vec<_> = detect(p).into_iter().filter(|c| c.kind == ClashKind::SpeakerOverlap).collect();
    assert_eq!(overlaps.len(), 1, "{overlaps:#?}");
    let titles: Vec<&str> = overlaps[0].sessions.iter().map(|s| p.sessions[&s.session].title.as_str()).collect();
    assert!(titles.contains(&"Inverse motivating array"), "{titles:?}");
    assert!(titles.contains(&"Re-engineered bandwidth-monitored focus group"), "{titles:?}");
    // The file names "UTC" but writes +01:00: the programme keeps the times people saw (09:00–10:30).
    assert_eq!(p.event.time_zone, "Europe/Berlin");
    assert!(imported.warnings.iter().any(|w| matches!(w, ImportWarning::ZoneContradicted { .. })));
    let inverse = p.sessions.values().find(|s| s.title == "Inverse motivating array").unwrap();
    assert_eq!((inverse.start.unwrap().to_string(), inverse.duration_mins), ("09:00".to_owned(), 90));
    assert_eq!(p.hall_name(inverse.hall.as_ref().unwrap(), ""), "Tan Room");
    let person = &p.people[overlaps[0].speaker.as_ref().unwrap()];
    assert_eq!(person.external.get("id").map(String::as_str), Some("37"));
    // Two rooms share one guid in this file: still two halls, by name, in file order.
    let names: Vec<&str> = p.halls.values().map(|h| h.name.as_str()).collect();
    assert_eq!(names, ["Gray Room", "Tan Room"]);
}

#[test]
fn frab_camp_imports_without_clashes() {
    let Some(path) = shared("frab-camp2019.json") else { return };
    let imported = import_file(&path, SourceFormat::Json, None).unwrap();
    let p = &imported.programme;
    assert_eq!((p.days.len(), p.halls.len(), p.sessions.len()), (5, 2, 79));
    assert_eq!(count(p, ClashKind::RoomOverlap) + count(p, ClashKind::SpeakerOverlap), 0);
    assert_eq!(p.event.time_zone, "Europe/Berlin");
    // Days run past midnight: 09:00 to 04:00 the next morning.
    let first = p.days.values().next().unwrap();
    assert_eq!((first.opens.to_string(), first.closes.to_string()), ("09:00".into(), "28:00".into()));
    let opening = p.sessions.values().find(|s| s.title == "Opening Ceremony").unwrap();
    assert_eq!(opening.external.get("guid").map(String::as_str), Some("a0a0fcfe-b7fb-46e3-84b6-97a5406016b4"));
    assert_eq!(opening.start.map(|c| c.to_string()), Some("11:00".into()));
}

#[test]
fn wafer_debconf_converts_utc_into_india() {
    let Some(path) = shared("wafer-debconf23.xml") else { return };
    let imported = import_file(&path, SourceFormat::Xml, None).unwrap();
    let p = &imported.programme;
    assert_eq!(p.event.time_zone, "Asia/Kolkata");
    assert_eq!(p.halls.len(), 5);
    assert_eq!(p.sessions.len(), 117);
    assert_eq!(count(p, ClashKind::RoomOverlap) + count(p, ClashKind::SpeakerOverlap), 0);
    let opening = p.sessions.values().find(|s| s.title == "Opening Ceremony").unwrap();
    let day = &p.days[opening.day.as_ref().unwrap()];
    assert_eq!(day.date.to_string(), "2023-09-10");
    assert_eq!(opening.start.map(|c| c.to_string()), Some("10:30".into()), "05:00 UTC is 10:30 in India");
    assert_eq!(opening.duration_mins, 20);
    let no_warnings_about_time = imported.warnings.iter().all(|w| !matches!(w, ImportWarning::EventWithoutTime { .. }));
    assert!(no_warnings_about_time, "{:?}", imported.warnings);
}

const QUIRKY: &str = r#"<?xml version="1.0"?>
<schedule>
  <conference><title>Quirks</title><acronym>Quirks 2024</acronym></conference>
  <day index="1" date="2024-05-01">
    <room name="Saal A" guid="11111111-1111-1111-1111-111111111111">
      <event id="1"><start>23:30</start><duration>1:00</duration><room>Other name</room>
        <title>Nachtvortrag</title><type>lecture</type>
        <abstract>&lt;p&gt;Mit &lt;b&gt;HTML&lt;/b&gt; &amp;amp; Entities&lt;/p&gt;</abstract>
        <persons><person id="0">Ann Example</person><person id="7">Bob Beispiel</person></persons></event>
      <event id="1"><start>10:00</start><duration>00:00:00</duration><title>Null-Minuten</title><type>Talk</type>
        <persons><person id="0">Ann Example</person></persons></event>
      <event id="2"><start>12:00</start><duration>kaputt</duration><title></title></event>
    </room>
    <room name="Saal B" guid="11111111-1111-1111-1111-111111111111">
      <event id="3"><start>10:00</start><duration>01:00:00</duration><title>Zwei Bobs</title>
        <persons><person id="8">Bob Beispiel</person></persons></event>
    </room>
  </day>
</schedule>"#;

#[test]
fn every_known_quirk_is_accepted() {
    let imported = import_str(QUIRKY, SourceFormat::Xml, Some("Europe/Vienna")).unwrap();
    let p = &imported.programme;
    assert_eq!(p.event.time_zone, "Europe/Vienna");
    assert_eq!(p.event.acronym, "quirks-2024");
    let names: Vec<&str> = p.halls.values().map(|h| h.name.as_str()).collect();
    assert_eq!(names, ["Saal A", "Saal B"], "the parent room's name, not the event's <room> text");
    let night = p.sessions.values().find(|s| s.title == "Nachtvortrag").unwrap();
    assert_eq!(night.description, "Mit HTML & Entities");
    assert_eq!(night.start.map(|c| c.to_string()), Some("23:30".into()));
    assert_eq!(night.duration_mins, 60);
    let zero = p.sessions.values().find(|s| s.title == "Null-Minuten").unwrap();
    assert_eq!(zero.duration_mins, 0);
    // Person id 0 is no id: Ann is one person by name; two Bobs with different ids stay two people.
    let anns = p.people.values().filter(|x| x.name == "Ann Example").count();
    let bobs = p.people.values().filter(|x| x.name == "Bob Beispiel").count();
    assert_eq!((anns, bobs), (1, 2));
    let w = &imported.warnings;
    assert!(w.iter().any(|x| matches!(x, ImportWarning::DuplicateEventId { id, .. } if id == "1")), "{w:?}");
    assert!(w.iter().any(|x| matches!(x, ImportWarning::BadDuration { text, .. } if text == "kaputt")), "{w:?}");
    assert!(w.iter().any(|x| matches!(x, ImportWarning::EventWithoutTitle { .. })), "{w:?}");
    // Both events with id 1 are kept.
    assert_eq!(p.sessions.values().filter(|s| s.external.get("id").map(String::as_str) == Some("1")).count(), 2);
    // The result is a programme like any other: it saves and loads.
    let text = podium::format::to_string(p).unwrap();
    assert_eq!(&podium::format::load_str(&text).unwrap(), p);
}

#[test]
fn no_time_zone_is_a_warning_and_berlin() {
    let imported = import_str(QUIRKY, SourceFormat::Xml, None).unwrap();
    assert_eq!(imported.programme.event.time_zone, "Europe/Berlin");
    assert!(imported.warnings.iter().any(|w| matches!(w, ImportWarning::AssumedTimeZone { .. })));
}

#[test]
fn unreadable_input_is_an_error_with_position() {
    let err = import_str("<schedule><day></schedule>", SourceFormat::Xml, None).unwrap_err();
    assert!(matches!(err, podium::interchange::ImportError::Syntax { line: 1, .. }), "{err:?}");
    let err = import_str("{\"schedule\": ", SourceFormat::Json, None).unwrap_err();
    assert!(matches!(err, podium::interchange::ImportError::Syntax { .. }), "{err:?}");
    let err = import_str("{\"hello\": 1}", SourceFormat::Json, None).unwrap_err();
    assert!(matches!(err, podium::interchange::ImportError::NotASchedule), "{err:?}");
}
