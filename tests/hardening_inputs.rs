//! Hostile inputs (issue "Hardening"): bounded clash reports for crowded halls and people, linear
//! corners of the import, positions in parser errors, and dates far outside any congress, which are
//! refused at load and import and never panic an export.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use std::fmt::Write as _;
use std::time::Duration;

use common::podium;
use podium::export::{ExportOptions, Format, FormatOptions, Selection};
use podium::i18n::Lang;
use podium::interchange::{SourceFormat, import_str};
use proptest::prelude::*;
use serde_json::Value;

/// A schedule XML: `events` of (room, start HH:MM, duration HH:MM, people ids) on 2022-09-14.
fn schedule(events: &[(usize, &str, &str, Vec<usize>)]) -> String {
    let mut rooms: std::collections::BTreeMap<usize, String> = Default::default();
    for (i, (room, start, duration, people)) in events.iter().enumerate() {
        let persons: String = people.iter().map(|p| format!("<person id=\"{}\">Person {p}</person>", p + 1)).collect();
        write!(
            rooms.entry(*room).or_default(),
            "<event id=\"{}\" guid=\"00000000-0000-4000-8000-{:012}\"><date>2022-09-14T{start}:00+02:00</date>\
             <start>{start}</start><duration>{duration}</duration><room>Saal {room}</room><title>Vortrag {i}</title>\
             <type>Talk</type><persons>{persons}</persons></event>",
            i + 1,
            i + 1
        )
        .unwrap();
    }
    let rooms: String = rooms.iter().map(|(r, events)| format!("<room name=\"Saal {r}\">{events}</room>")).collect();
    format!(
        "<?xml version=\"1.0\"?>\n<schedule><version>1</version><conference><acronym>hostile</acronym>\
         <title>Hostile</title><time_zone_name>Europe/Berlin</time_zone_name></conference>\n\
         <day index=\"1\" date=\"2022-09-14\" start=\"2022-09-14T08:00:00+02:00\" end=\"2022-09-14T20:00:00+02:00\">\
         {rooms}</day></schedule>\n"
    )
}

fn check_json(path: &std::path::Path) -> Value {
    let out = podium()
        .arg("check")
        .arg(path)
        .args(["--format", "json", "--lang", "en"])
        .timeout(Duration::from_secs(120))
        .assert()
        .code(1);
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

#[test]
fn ten_thousand_sessions_in_one_hall_at_once_are_one_grouped_clash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crowded.xml");
    let events: Vec<_> = (0..10_000).map(|_| (1, "10:00", "01:00", vec![])).collect();
    std::fs::write(&path, schedule(&events)).unwrap();
    let report = check_json(&path);
    let pairs = 10_000 * 9_999 / 2;
    assert_eq!(report["errors"], pairs);
    let clashes = report["clashes"].as_array().unwrap();
    let rooms: Vec<&Value> = clashes.iter().filter(|c| c["kind"] == "room_overlap").collect();
    assert_eq!(rooms.len(), 1, "one grouped clash, not {pairs}");
    assert_eq!(rooms[0]["pairs"], pairs);
    assert_eq!(rooms[0]["severity"], "error");
    assert_eq!(rooms[0]["hall"], "Saal 1");
    assert_eq!(rooms[0]["sessions"].as_array().unwrap().len(), podium::clash::GROUP_SESSIONS);
    let message = rooms[0]["message"].as_str().unwrap();
    assert!(message.starts_with("Saal 1: 49,995,000 overlaps among 10,000 sessions, including"), "{message}");
}

#[test]
fn one_person_in_three_thousand_sessions_across_thirty_halls() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("everywhere.xml");
    let events: Vec<_> = (0..3_000).map(|i| (i % 30, "10:00", "01:00", vec![0])).collect();
    std::fs::write(&path, schedule(&events)).unwrap();
    let report = check_json(&path);
    let clashes = report["clashes"].as_array().unwrap();
    let person: Vec<&Value> = clashes.iter().filter(|c| c["kind"] == "speaker_overlap").collect();
    assert_eq!(person.len(), 1);
    assert_eq!(person[0]["pairs"], 3_000 * 2_999 / 2);
    assert_eq!(person[0]["speaker"], "Person 0");
    let rooms = clashes.iter().filter(|c| c["kind"] == "room_overlap").count();
    assert_eq!(rooms, 30, "each hall of 100 sessions (4,950 pairs) is one clash");
    assert_eq!(report["errors"], 3_000 * 2_999 / 2 + 30 * 4_950);
    // The German text form says it in one line per hall and one for the person.
    let out = podium().arg("check").arg(&path).args(["--lang", "de"]).assert().code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("Person 0 ist 4.498.500-mal doppelt eingeplant, in 3.000 Sessions"), "{text}");
    assert_eq!(text.lines().filter(|l| l.contains("FEHLER")).count(), 31, "{text}");
    assert!(text.trim_end().ends_with("4.647.000 Fehler, 0 Warnungen, 0 Hinweise · 3.000 Sessions"), "{text}");
}

#[test]
fn a_thousand_days_on_one_date_are_a_thousand_problems_not_half_a_million() {
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let day = p.days.values().next().unwrap().clone();
    for i in 0..1_000 {
        p.days.insert(format!("extra-{i:04}").into(), day.clone());
    }
    let overlaps = podium::model::validate(&p)
        .into_iter()
        .filter(|x| matches!(x.kind, podium::model::ProblemKind::DaysOverlap { .. }))
        .count();
    assert_eq!(overlaps, 1_000, "each day that overlaps an earlier one, once");
}

#[test]
fn fifty_thousand_people_in_one_event_import_once_each_in_linear_time() {
    let people: Vec<usize> = (0..50_000).map(|i| i % 40_000).collect();
    let xml = schedule(&[(1, "10:00", "01:00", people)]);
    // Pairwise de-duplication took 13 s here (a debug build), the set takes a fraction of a second: the
    // deadline is loose, the figures are in `hostile_scaling`.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(import_str(&xml, SourceFormat::Xml, None).map(|i| Box::new(i.programme))).ok());
    let p = rx.recv_timeout(Duration::from_secs(5)).expect("not within 5 s").unwrap();
    assert_eq!(p.people.len(), 40_000);
    let session = p.sessions.values().next().unwrap();
    assert_eq!(session.people.len(), 40_000);
    assert_eq!(session.people.first().unwrap().person.as_str(), "person-0");
    assert!(podium::model::validate(&p).is_empty(), "nobody twice");
}

#[test]
fn an_element_with_a_flood_of_attributes_is_refused_with_its_position() {
    let attrs: String = (0..100_000).map(|i| format!(" a{i}=\"x\"")).collect();
    let xml = format!("<?xml version=\"1.0\"?>\n<schedule>\n  <conference{attrs}/>\n</schedule>\n");
    let e = import_str(&xml, SourceFormat::Xml, None).unwrap_err();
    let text = podium::i18n::import_error(Lang::En, &e);
    assert_eq!(text, "line 3, column 3: an element with more than 1000 attributes is not read");
}

#[test]
fn parser_errors_give_their_real_position_once() {
    let xml = "<?xml version=\"1.0\"?>\n\n   <!DOCTYPE schedule [<!ENTITY x \"y\">]>\n<schedule/>\n";
    let e = import_str(xml, SourceFormat::Xml, None).unwrap_err();
    assert_eq!(
        podium::i18n::import_error(Lang::De, &e),
        "Zeile 3, Spalte 4: eine DTD (<!DOCTYPE …>) wird nicht gelesen; bitte die Zeile entfernen"
    );
    let e = import_str("<schedule>\n  <day>\n</schedule>", SourceFormat::Xml, None).unwrap_err();
    let text = podium::i18n::import_error(Lang::En, &e);
    assert!(text.starts_with("line 3, column"), "{text}");
    assert!(!text.contains("3:"), "the position once: {text}");
    let e = import_str("{\"schedule\": {\n", SourceFormat::Json, None).unwrap_err();
    let text = podium::i18n::import_error(Lang::En, &e);
    assert!(text.starts_with("line 2, column 1: "), "{text}");
    assert_eq!(text.matches("line").count(), 1, "{text}");
    let e = import_str("{\"schedule\": [1,,]}", SourceFormat::Json, None).unwrap_err();
    assert_eq!(podium::i18n::import_error(Lang::En, &e), "line 1, column 17: expected value");
}

#[test]
fn a_date_far_outside_any_congress_is_refused_at_load_and_import_with_its_position() {
    let text = std::fs::read_to_string("sample_data/bundeskongress-2022.ron").unwrap();
    let bad = text.replacen("\"2022-09-15\"", "\"+262142-12-31\"", 1);
    let (line, col) = bad
        .lines()
        .enumerate()
        .find_map(|(i, l)| l.find("+262142").map(|c| (i + 1, l[..c].chars().count() + 1)))
        .unwrap();
    let e = podium::format::load_str(&bad).unwrap_err();
    assert_eq!(
        podium::i18n::load_error(Lang::En, &e),
        format!("line {line}, column {col}: date out of range “+262142-12-31” (Podium plans years from 1900 to 2200)")
    );
    let xml =
        schedule(&[(1, "10:00", "01:00", vec![])]).replace("2022-09-14T10:00:00+02:00", "+262142-12-31T23:59+00:00");
    let e = import_str(&xml, SourceFormat::Xml, None).unwrap_err();
    let text = podium::i18n::import_error(Lang::De, &e);
    assert!(text.starts_with("Zeile 3, Spalte "), "{text}");
    assert!(text.contains("„+262142-12-31T23:59+00:00“ außerhalb des Bereichs"), "{text}");
}

fn public(_: &podium::model::Programme) -> ExportOptions {
    ExportOptions { selection: Selection::default(), lang: Lang::De, now: common::now(), release: Default::default() }
}

/// Every export format of a programme, and both check reports.
fn every_output(p: &podium::model::Programme) {
    let clashes = podium::clash::detect(p);
    podium::cli::check_text(Lang::De, p, &clashes);
    podium::cli::check_json(Lang::En, p, &clashes);
    let everything = Selection::resolve(p, &podium::export::SelectArgs { include_drafts: true, ..Default::default() });
    let opts = ExportOptions {
        selection: everything.unwrap(),
        lang: Lang::De,
        now: common::now(),
        release: Default::default(),
    };
    for format in [Format::Xml, Format::Json, Format::Ics, Format::Csv, Format::Ron, Format::Pdf, Format::Html] {
        podium::export::render(p, &opts, format, &FormatOptions::default()).unwrap();
    }
}

fn extreme_year() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => Just(262_142i64),
        1 => Just(-262_143i64),
        1 => prop_oneof![Just(1899i64), Just(1900), Just(2200), Just(2201)],
        1 => -262_143i64..262_143
    ]
}

/// Month and day: the last day of the year (where chrono's calendar ends) half of the time.
fn month_day() -> impl Strategy<Value = (u32, u32)> {
    prop_oneof![Just((12u32, 31u32)), Just((1, 1)), (1u32..=12, prop_oneof![Just(1u32), Just(28)])]
}

fn stamp(year: i64, (month, day): (u32, u32), time: &str) -> String {
    let y = if (0..=9999).contains(&year) { format!("{year:04}") } else { format!("{year:+07}") };
    format!("{y}-{month:02}-{day:02}{time}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Import → check → every export format, with dates and times at and far past the edges: a
    /// schedule is refused or exported, never a panic; and the same for a programme file.
    #[test]
    fn extreme_dates_never_panic(
        day_year in extreme_year(),
        event_year in extreme_year(),
        md in month_day(),
        start in prop_oneof![Just("00:00"), Just("23:59"), Just("24:00"), Just("47:59"), Just("99:99")],
        offset in prop_oneof![Just("+00:00"), Just("+14:00"), Just("-12:00"), Just("")],
        duration in prop_oneof![Just("00:00"), Just("01:00"), Just("47:59"), Just("9999:00")],
        closes in prop_oneof![Just("23:59:59"), Just("24:00:00"), Just("03:59:59")],
        ron_closes in prop_oneof![Just("23:59"), Just("24:00"), Just("47:59")],
        opens in prop_oneof![Just("T08:00:00+00:00"), Just("T23:30:00+00:00"), Just("T00:30:00+14:00")],
    ) {
        let day = stamp(day_year, md, opens);
        let end = stamp(day_year, md, &format!("T{closes}+00:00"));
        let date = stamp(day_year, md, "");
        let event = stamp(event_year, md, &format!("T{start}{offset}"));
        let xml = format!(
            "<schedule><conference><title>X</title><time_zone_name>Europe/Berlin</time_zone_name></conference>\
             <day index=\"1\" date=\"{date}\" start=\"{day}\" end=\"{end}\"><room name=\"R\"><event id=\"1\">\
             <date>{event}</date><start>{start}</start><duration>{duration}</duration><title>T</title>\
             <persons><person id=\"1\">P</person></persons></event></room></day></schedule>"
        );
        if let Ok(imported) = import_str(&xml, SourceFormat::Xml, None) {
            every_output(&imported.programme);
            let ron = podium::format::to_string(&imported.programme).unwrap();
            let again = podium::format::load_str(&ron).expect("an import saves as a file that loads");
            every_output(&again);
        }
        // A programme file with that day, closing at or after midnight.
        let text = podium::sample::BUNDESKONGRESS
            .replacen("\"2022-09-14\"", &format!("{date:?}"), 1)
            .replacen("closes: \"23:00\"", &format!("closes: \"{ron_closes}\""), 1);
        assert!(text.contains(&format!("closes: \"{ron_closes}\"")));
        if let Ok(p) = podium::format::load_str(&text) {
            every_output(&p);
            // Podium reads its own schedule exports back, also of the first and last days it plans.
            for (format, bytes) in [
                (SourceFormat::Xml, podium::interchange::to_xml(&p, &public(&p))),
                (SourceFormat::Json, podium::interchange::to_json(&p, &public(&p))),
            ] {
                let text = String::from_utf8(bytes).unwrap();
                if let Err(e) = import_str(&text, format, None) {
                    panic!("{format:?} of a day on {date} does not import: {e}");
                }
            }
        }
    }
}

#[test]
fn positions_count_characters_and_skip_comments() {
    let e =
        import_str("{\"schedule\": {\"conference\": {\"title\": \"äöü€\", }}}", SourceFormat::Json, None).unwrap_err();
    let text = podium::i18n::import_error(Lang::En, &e);
    assert!(text.starts_with("line 1, column 47: "), "{text}");
    let xml = "<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE x> -->\n<!DOCTYPE schedule>\n<schedule/>\n";
    let e = import_str(xml, SourceFormat::Xml, None).unwrap_err();
    assert!(podium::i18n::import_error(Lang::En, &e).starts_with("line 3, column 1: a DTD"));
    let e = import_str("<schedule>\n  <day a=\"1\" a=\"2\"/></schedule>", SourceFormat::Xml, None).unwrap_err();
    let text = podium::i18n::import_error(Lang::En, &e);
    assert_eq!(text.matches("2:").count(), 0, "the position once: {text}");
    assert!(text.starts_with("line 2, column "), "{text}");
}

#[test]
fn a_session_said_to_last_for_years_prints_a_grid_of_one_day() {
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let s = p.sessions.values_mut().find(|s| s.start.is_some() && s.day.is_some()).unwrap();
    s.duration_mins = 10_000_000;
    let agenda = podium::export::agenda::AgendaOptions {
        layout: podium::export::agenda::AgendaLayout::Grid,
        ..Default::default()
    };
    let opts = ExportOptions {
        selection: Selection::default(),
        lang: Lang::De,
        now: common::now(),
        release: Default::default(),
    };
    let pdf = podium::export::render(&p, &opts, Format::Pdf, &FormatOptions { agenda, ..Default::default() }).unwrap();
    assert!(pdf.len() < 2_000_000, "{} bytes", pdf.len());
}

#[test]
fn the_check_report_and_the_calendar_keep_their_date_forms_for_a_session_of_millennia() {
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let s = p.sessions.values_mut().find(|s| s.start.is_some() && s.day.is_some()).unwrap();
    s.duration_mins = u32::MAX;
    let report: Value =
        serde_json::from_str(&podium::cli::check_json(Lang::En, &p, &podium::clash::detect(&p))).unwrap();
    for c in report["clashes"].as_array().unwrap() {
        for s in c["sessions"].as_array().unwrap() {
            for field in ["start", "end"] {
                let v = &s[field];
                assert!(v.is_null() || v.as_str().is_some_and(|t| t.len() == 16), "{field}: {v}");
            }
        }
    }
}
