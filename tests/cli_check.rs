//! `podium check` end to end: exit codes 0/1/2, text and JSON output, both languages.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use common::podium;

use serde_json::Value;

const CLEAN: &str = "sample_data/bundeskongress-2022.ron";
const DRAFT: &str = "sample_data/bundeskongress-2022-entwurf.ron";

#[test]
fn clean_sample_exits_zero() {
    let out = podium().args(["check", CLEAN, "--lang", "de"]).assert().code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert_eq!(text, "0 Fehler, 0 Warnungen, 0 Hinweise · 33 Sessions\n");
}

#[test]
fn draft_sample_exits_one_and_shows_every_kind_in_json() {
    let out = podium().args(["check", DRAFT, "--format", "json", "--lang", "en"]).assert().code(1);
    let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let clashes = json["clashes"].as_array().unwrap();
    let kinds: std::collections::BTreeSet<&str> = clashes.iter().map(|c| c["kind"].as_str().unwrap()).collect();
    for kind in podium::clash::ClashKind::ALL {
        assert!(kinds.contains(kind.as_str()), "no {} in {kinds:?}", kind.as_str());
    }
    assert_eq!(json["errors"].as_u64().unwrap() as usize, clashes.iter().filter(|c| c["severity"] == "error").count());
    assert_eq!(json["sessions"], 34);
    let room = clashes.iter().find(|c| c["kind"] == "room_overlap").unwrap();
    assert_eq!(room["hall"], "Halle 6");
    assert_eq!(room["speaker"], Value::Null);
    let first = &room["sessions"][0];
    assert_eq!(first["start"], "2022-09-14T14:00");
    assert_eq!(first["end"], "2022-09-14T16:30");
    assert_eq!(first["day"], "2022-09-14");
    assert_eq!(first["hall"], "Halle 6");
    assert!(room["message"].as_str().unwrap().contains("overlaps"), "{room}");
    let invalid = clashes.iter().find(|c| c["kind"] == "invalid").unwrap();
    assert_eq!(invalid["sessions"], Value::Array(vec![]));
    // Sorted: every timed clash before the untimed ones, by start.
    let starts: Vec<Option<&str>> = clashes.iter().map(|c| c["sessions"][0]["start"].as_str()).collect();
    let timed: Vec<&str> = starts.iter().map_while(|s| *s).collect();
    assert!(timed.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
}

#[test]
fn text_form_is_grouped_by_day_in_german() {
    let out = podium().args(["check", DRAFT, "--lang", "de"]).assert().code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("Donnerstag, 15. September 2022\n"), "{text}");
    assert!(text.contains("FEHLER   Mi 14.09. 14:00–16:30  Halle 6: „Wie können"), "{text}");
    assert!(text.contains("ist gleichzeitig in „"), "{text}");
    assert!(text.trim_end().ends_with("3 Fehler, 6 Warnungen, 1 Hinweis · 34 Sessions"), "{text}");
}

#[test]
fn english_text_form() {
    let out = podium().args(["check", DRAFT, "--lang", "en"]).assert().code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("Thursday, 15 September 2022\n"), "{text}");
    assert!(text.contains("is booked into"), "{text}");
    assert!(text.trim_end().ends_with("3 errors, 6 warnings, 1 info · 34 sessions"), "{text}");
}

#[test]
fn malformed_file_exits_two_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaputt.ron");
    let broken = podium::sample::BUNDESKONGRESS.replacen("duration_mins: 150", "duration_mins: \"150\"", 1);
    std::fs::write(&path, broken).unwrap();
    let out = podium().args(["check", path.to_str().unwrap(), "--lang", "de"]).assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("Zeile ") && err.contains(", Spalte "), "{err}");
    let out = podium().args(["check", path.to_str().unwrap(), "--lang", "en", "--format", "json"]).assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("line ") && err.contains(", column "), "{err}");
    assert!(out.get_output().stdout.is_empty());
}

#[test]
fn missing_file_exits_two() {
    let out = podium().args(["check", "does/not/exist.ron", "--lang", "en"]).assert().code(2);
    let text = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert_eq!(text.trim(), "error: does/not/exist.ron: cannot read the file: no such file or folder");
    let out = podium().args(["check", "does/not/exist.ron", "--lang", "de"]).assert().code(2);
    let text = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert_eq!(text.matches("exist.ron").count(), 1, "the file is named once: {text}");
    assert!(text.contains("Datei oder Ordner nicht gefunden"), "{text}");
}

#[test]
fn help_explains_the_commands() {
    let out = podium().arg("--help").assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("check"), "{text}");
    let out = podium().args(["check", "--help", "--lang", "en"]).assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("Exit code 0"), "{text}");
}
