//! `podium suggest` and `podium schedule` end to end (CONTRACTS §8): output in both languages and as
//! JSON, the exit codes, the written plan, and what is refused.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use common::{arenas_off, podium};
use serde_json::Value;

const CLEAN: &str = "sample_data/bundeskongress-2022.ron";

#[test]
fn suggest_lists_free_places_in_words_and_as_json() {
    let out = podium()
        .args(["suggest", CLEAN, "--session", "arena-digitale-zwillinge", "--limit", "3", "--lang", "de"])
        .assert()
        .code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.starts_with("Freie Plätze für „Entwicklung und Einsatz von Urbanen Digitalen Zwillingen“:\n"),
        "{text}"
    );
    assert_eq!(text.lines().filter(|l| l.contains("ohne Warnung")).count(), 3, "{text}");
    let halle_6 = |l: &&str| l.contains("Do., 15.09.2022") && l.contains("Halle 6");
    assert!(text.lines().nth(1).as_ref().is_some_and(halle_6), "nearest first: {text}");
    assert_eq!(text.lines().filter(halle_6).count(), 2, "at most two of one day and hall: {text}");
    let out = podium()
        .args(["suggest", CLEAN, "--session", "arena-digitale-zwillinge", "--format", "json", "--limit", "40"])
        .assert()
        .code(0);
    let json: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["session"], "arena-digitale-zwillinge");
    let candidates = json["candidates"].as_array().unwrap();
    // Every day and hall where the arena fits, two each at most; never the foyer (parallel use).
    assert!((3..=40).contains(&candidates.len()), "{candidates:?}");
    let mut groups = std::collections::BTreeMap::new();
    for c in candidates {
        *groups.entry((c["day"].to_string(), c["hall"].to_string())).or_insert(0) += 1;
        assert_ne!(c["hall"], "foyer", "a panel in the registration foyer");
        assert_eq!(c["errors"], 0);
        assert!(c["day"].is_string() && c["start"].as_str().unwrap().len() == 5 && c["warnings"].is_u64());
    }
    assert!(groups.values().all(|n| *n <= 2), "{groups:?}");
    assert!(candidates.iter().all(|c| !(c["start"] == "14:40" && c["hall"] == "halle-6")), "not where it is now");
}

#[test]
fn suggest_refuses_an_unknown_session_and_an_unreadable_file() {
    let out = podium().args(["suggest", CLEAN, "--session", "gibt-es-nicht", "--lang", "en"]).assert().code(2);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("session “gibt-es-nicht”: does not exist"));
    podium().args(["suggest", "nirgends.ron", "--session", "x"]).assert().code(2);
}

#[test]
fn schedule_places_the_arenas_on_their_day_and_writes_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let input = arenas_off(dir.path());
    let out_path = dir.path().join("geplant.ron");
    let out = podium().arg("schedule").arg(&input).arg("-o").arg(&out_path).args(["--lang", "de"]).assert().code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("Eingeplant:\n") && text.contains("„Arena Krisenfeste Daseinsvorsorge“ → Do., 15.09.2022"),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("4 Sessions eingeplant, 0 nicht eingeplant, 0 verschoben · 0 Fehler übrig"),
        "{text}"
    );
    let planned = podium::format::load_file(&out_path).unwrap();
    for s in planned.sessions.values().filter(|s| s.title.starts_with("Arena")) {
        assert_eq!(s.day.as_ref().map(|d| d.as_str()), Some("kongresstag"), "the day they had is kept");
        assert!(s.start.is_some() && s.hall.is_some());
    }
    podium().arg("check").arg(&out_path).assert().code(0);
}

#[test]
fn schedule_exits_one_listing_what_is_left_and_refuses_other_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let s = p.sessions.get_mut("arena-digitale-zwillinge").unwrap();
    (s.start, s.hall, s.audience) = (None, None, Some(90_000));
    let input = dir.path().join("zu-gross.ron");
    podium::format::save_file(&p, &input).unwrap();
    let out_path = dir.path().join("geplant.ron");
    let out = podium().arg("schedule").arg(&input).arg("-o").arg(&out_path).args(["--lang", "en"]).assert().code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains(
            "Checked first:\n  • “Entwicklung und Einsatz von Urbanen Digitalen Zwillingen”: an audience of 90000"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Not placed:\n  “Entwicklung und Einsatz von Urbanen Digitalen Zwillingen”: no day, hall and time"
        ),
        "{text}"
    );
    assert!(out_path.exists(), "the best plan found is written");
    podium().arg("schedule").arg(&input).arg("-o").arg(&input).assert().code(2);
    podium().arg("schedule").arg(&input).arg("-o").arg(dir.path().join("plan.xml")).assert().code(2);
    let out =
        podium().arg("schedule").arg(&input).arg("-o").arg(&out_path).args(["--sessions", "nope"]).assert().code(2);
    assert!(!String::from_utf8_lossy(&out.get_output().stderr).is_empty());
}
