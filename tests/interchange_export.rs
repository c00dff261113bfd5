//! Schedule XML and JSON exports are valid against the official schemas (xmllint where installed, the
//! `jsonschema` crate), keep their guids, carry nothing private, and survive import → export → import.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use common::shared;

use std::process::Command;

use chrono::{TimeZone as _, Utc};
use podium::export::{ExportOptions, Selection};
use podium::i18n::Lang;
use podium::interchange::{SourceFormat, import_file, import_str, to_json, to_xml};
use podium::model::Programme;

fn opts(selection: Selection) -> ExportOptions {
    ExportOptions {
        selection,
        lang: Lang::De,
        now: Utc.with_ymd_and_hms(2022, 9, 1, 12, 0, 0).unwrap(),
        release: Default::default(),
    }
}

fn sample() -> Programme {
    podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap()
}

/// Validates XML against the official XSD with xmllint; `false` when it could not run.
fn xmllint_valid(xml: &[u8]) -> Option<bool> {
    let xsd = shared("schedule.xml.xsd")?;
    if Command::new("xmllint").arg("--version").output().is_err() {
        common::skip_without_tool("xmllint is not installed (apt-get install libxml2-utils)");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("schedule.xml");
    std::fs::write(&file, xml).unwrap();
    let out = Command::new("xmllint").arg("--noout").arg("--schema").arg(&xsd).arg(&file).output().unwrap();
    if !out.status.success() {
        println!("{}", String::from_utf8_lossy(&out.stderr));
    }
    Some(out.status.success())
}

fn json_errors(json: &[u8]) -> Option<Vec<String>> {
    let schema_path = shared("schedule.schema.json")?;
    let schema: serde_json::Value = serde_json::from_slice(&std::fs::read(schema_path).unwrap()).unwrap();
    let instance: serde_json::Value = serde_json::from_slice(json).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    Some(validator.iter_errors(&instance).map(|e| format!("{e} at {}", e.instance_path())).collect())
}

fn assert_valid(p: &Programme, what: &str) {
    let o = opts(Selection::default());
    let xml = to_xml(p, &o);
    if let Some(valid) = xmllint_valid(&xml) {
        assert!(valid, "{what}: XML fails the XSD");
    }
    if let Some(errors) = json_errors(&to_json(p, &o)) {
        assert!(errors.is_empty(), "{what}: JSON fails the schema: {errors:#?}");
    }
}

#[test]
fn sample_exports_are_schema_valid() {
    assert_valid(&sample(), "Bundeskongress");
    let draft = podium::format::load_str(podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    assert_valid(&draft, "Entwurf");
}

#[test]
fn imported_real_files_export_schema_valid() {
    for (name, format) in [
        ("pretalx-democon.json", SourceFormat::Json),
        ("frab-camp2019.json", SourceFormat::Json),
        ("wafer-debconf23.xml", SourceFormat::Xml),
    ] {
        let Some(path) = shared(name) else { continue };
        let p = import_file(&path, format, None).unwrap().programme;
        assert_valid(&p, name);
    }
}

#[test]
fn a_programme_with_awkward_names_still_validates() {
    let mut p = sample();
    p.event.acronym = "X".into();
    p.event.website = "not a url".into();
    let track = p.tracks.values_mut().next().unwrap();
    track.colour = "oops".into();
    let s = p.sessions.values_mut().next().unwrap();
    s.title = "<script>alert(1)</script> & Co \"quoted\"".into();
    assert_valid(&p, "awkward");
    let xml = String::from_utf8(to_xml(&p, &opts(Selection::default()))).unwrap();
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), "escaped");
}

#[test]
fn round_trip_keeps_titles_times_halls_and_people() {
    let p = sample();
    let xml = to_xml(&p, &opts(Selection::default()));
    let back = import_str(std::str::from_utf8(&xml).unwrap(), SourceFormat::Xml, None).unwrap();
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    let q = back.programme;
    let summary = |p: &Programme, s: &podium::model::Session| {
        let day = s.day.as_ref().map(|d| p.days[d].date);
        let hall = s.hall_key().map(|h| p.halls[h].name.clone());
        let mut people: Vec<String> = s.people.iter().map(|x| p.people[&x.person].name.clone()).collect();
        people.extend(s.contributions.iter().flat_map(|c| &c.people).map(|x| p.people[&x.person].name.clone()));
        people.sort();
        people.dedup();
        (s.title.clone(), day, s.start, s.duration_mins, hall, people)
    };
    let first_hall = p.halls.values().next().unwrap().name.clone();
    let mut before: Vec<_> = p
        .sessions
        .values()
        .map(|s| {
            let mut row = summary(&p, s);
            if s.is_all_halls() {
                row.4 = Some(first_hall.clone()); // all-halls sessions stand once, in the first hall
            }
            row
        })
        .collect();
    let mut after: Vec<_> = q.sessions.values().map(|s| summary(&q, s)).collect();
    before.sort();
    after.sort();
    assert_eq!(before, after);
    // JSON as well.
    let json = to_json(&p, &opts(Selection::default()));
    let q2 = import_str(std::str::from_utf8(&json).unwrap(), SourceFormat::Json, None).unwrap().programme;
    let mut after2: Vec<_> = q2.sessions.values().map(|s| summary(&q2, s)).collect();
    after2.sort();
    assert_eq!(before, after2);
}

#[test]
fn guids_are_stable_and_imported_ones_are_reused() {
    let p = sample();
    let a = to_xml(&p, &opts(Selection::default()));
    let b = to_xml(&p, &opts(Selection::default()));
    assert_eq!(a, b, "same programme, same options: same bytes");
    let Some(path) = shared("frab-camp2019.json") else { return };
    let imported = import_file(&path, SourceFormat::Json, None).unwrap().programme;
    let xml = String::from_utf8(to_xml(&imported, &opts(Selection::default()))).unwrap();
    assert!(xml.contains("guid=\"a0a0fcfe-b7fb-46e3-84b6-97a5406016b4\""), "source guid reused");
    assert!(xml.contains("id=\"10386\""), "source id reused");
}

#[test]
fn nothing_private_leaves() {
    let p = podium::format::load_str(podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let all = opts(Selection { include_drafts: true, ..Selection::default() });
    for out in [to_xml(&p, &all), to_json(&p, &all)] {
        let text = String::from_utf8(out).unwrap();
        for person in p.people.values() {
            for private in [&person.email, &person.phone, &person.notes] {
                assert!(private.is_empty() || !text.contains(private.as_str()), "{private:?} leaked");
            }
        }
        for s in p.sessions.values().filter(|s| !s.notes.is_empty()) {
            assert!(!text.contains(&s.notes), "session notes leaked: {}", s.notes);
        }
        for h in p.halls.values().filter(|h| !h.notes.is_empty()) {
            assert!(!text.contains(&h.notes), "hall notes leaked");
        }
    }
    // Drafts only when asked.
    let public = String::from_utf8(to_xml(&p, &opts(Selection::default()))).unwrap();
    let draft_title = &p.sessions.values().find(|s| s.status == podium::model::Status::Draft).unwrap().title;
    assert!(!public.contains(draft_title.as_str()));
    let with = String::from_utf8(to_xml(&p, &all)).unwrap();
    assert!(with.contains(&format!("{draft_title} (Entwurf)")));
}

#[test]
fn characters_xml_cannot_carry_are_dropped_on_export() {
    // Found by fuzzing: JSON may carry control characters that no XML document may contain.
    let json = r#"{"schedule":{"conference":{"title":"a\u0001b","days":[{"date":"2019-08-21","rooms":{"Cu\u0013rie":[
        {"title":"T\uffff","date":"2019-08-21T10:00:00+02:00","duration":"00:30","track":"Ethoty \u0013it",
         "persons":[{"id":3,"public_name":"X\u001cY"}]}]}}]}}}"#;
    let p = import_str(json, SourceFormat::Json, None).unwrap().programme;
    let xml = to_xml(&p, &opts(Selection::default()));
    let back = import_str(std::str::from_utf8(&xml).unwrap(), SourceFormat::Xml, None).unwrap().programme;
    assert_eq!(back.event.title, "ab");
    assert_eq!(back.sessions.values().next().unwrap().title, "T");
    assert!(back.tracks.values().any(|t| t.name == "Ethoty it"));
    assert!(back.people.values().any(|x| x.name == "XY"));
    assert!(back.halls.values().any(|h| h.name == "Curie"));
}

#[test]
fn duplicate_source_ids_guids_and_slugs_still_export_valid() {
    let xml = r#"<schedule><conference><title>Doppelt</title><acronym>dopp</acronym><time_zone_name>Europe/Berlin</time_zone_name></conference>
      <day index="1" date="2024-05-01" start="2024-05-01T09:00:00+02:00" end="2024-05-01T18:00:00+02:00"><room name="A">
        <event id="5" guid="11111111-2222-3333-4444-555555555555"><date>2024-05-01T10:00:00+02:00</date><start>10:00</start><duration>00:30</duration><title>Eins</title><slug>dopp-gleicher-slug</slug></event>
        <event id="5" guid="11111111-2222-3333-4444-555555555555"><date>2024-05-01T11:00:00+02:00</date><start>11:00</start><duration>00:30</duration><title>Zwei</title><slug>dopp-gleicher-slug</slug></event>
      </room></day></schedule>"#;
    let p = import_str(xml, SourceFormat::Xml, None).unwrap().programme;
    assert_eq!(p.sessions.len(), 2, "both events with id 5 are kept");
    assert_valid(&p, "duplicates");
    let out = String::from_utf8(to_xml(&p, &opts(Selection::default()))).unwrap();
    assert_eq!(out.matches("11111111-2222-3333-4444-555555555555").count(), 1, "the source guid is kept once");
}
