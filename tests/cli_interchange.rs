//! `podium import` and `podium export` end to end: exit codes, formats by extension, `-o -`, selections,
//! the public-by-default rule, and `podium check` reading schedule files directly.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use common::{podium, shared};

use assert_cmd::Command;

const CLEAN: &str = "sample_data/bundeskongress-2022.ron";
const DRAFT: &str = "sample_data/bundeskongress-2022-entwurf.ron";

fn stdout(cmd: &mut Command, code: i32) -> String {
    let out = cmd.assert().code(code);
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

fn stderr(cmd: &mut Command, code: i32) -> String {
    let out = cmd.assert().code(code);
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

#[test]
fn import_then_check_finds_the_double_booking() {
    let Some(democon) = shared("pretalx-democon.json") else { return };
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("democon.ron");
    let warnings = stderr(podium().arg("import").arg(&democon).arg("-o").arg(&ron).args(["--lang", "de"]), 0);
    assert!(warnings.contains("Zeitzone „UTC“"), "{warnings}");
    let json = stdout(podium().arg("check").arg(&ron).args(["--format", "json", "--lang", "en"]), 1);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["errors"], 1);
    assert_eq!(report["clashes"][0]["kind"], "speaker_overlap");
    assert_eq!(report["clashes"][0]["sessions"][0]["start"], "2020-12-16T09:00");
    // The schedule file can be checked directly too.
    let direct = stdout(podium().arg("check").arg(&democon).args(["--format", "json", "--lang", "en"]), 1);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&direct).unwrap()["clashes"], report["clashes"]);
}

#[test]
fn unreadable_schedule_exits_two() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kaputt.xml");
    std::fs::write(&bad, "<schedule><day>").unwrap();
    let err =
        stderr(podium().arg("import").arg(&bad).arg("-o").arg(dir.path().join("x.ron")).args(["--lang", "en"]), 2);
    assert!(err.contains("line 1, column"), "{err}");
    assert!(!dir.path().join("x.ron").exists());
}

#[test]
fn export_formats_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["xml", "json", "ics", "csv", "ron"] {
        let out = dir.path().join(format!("programm.{ext}"));
        podium().args(["export", CLEAN, "-o"]).arg(&out).args(["--lang", "de"]).assert().code(0);
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.len() > 1000, "{ext}: {} bytes", bytes.len());
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("Entwicklung und Einsatz von Urbanen Digitalen Zwillingen"), "{ext}");
    }
    let ron = std::fs::read_to_string(dir.path().join("programm.ron")).unwrap();
    assert!(podium::format::load_str(&ron).is_ok(), "the public RON copy loads");
    let err = stderr(podium().args(["export", CLEAN, "-o"]).arg(dir.path().join("x.docx")).args(["--lang", "en"]), 2);
    assert!(err.contains("unknown output format"), "{err}");
    let err = stderr(podium().args(["export", CLEAN, "-o", "-", "--to", "pdf", "--lang", "en"]), 2);
    assert!(err.contains("cannot be written to standard output"), "{err}");
}

#[test]
fn export_to_standard_output_with_a_selection() {
    let ics = stdout(podium().args(["export", CLEAN, "-o", "-", "--to", "ics", "--speaker", "KLARA GEYWITZ"]), 0);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "{ics}");
    let csv =
        stdout(podium().args(["export", CLEAN, "-o", "-", "--to", "csv", "--day", "2022-09-16", "--lang", "en"]), 0);
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.lines().skip(1).all(|l| l.starts_with("2022-09-16")), "{csv}");
    let err =
        stderr(podium().args(["export", CLEAN, "-o", "-", "--to", "xml", "--hall", "Halle 99", "--lang", "en"]), 2);
    assert!(err.contains("halle-6 (Halle 6)"), "lists what exists: {err}");
}

#[test]
fn public_by_default_and_private_only_for_speakers_csv() {
    let p = podium::format::load_str(podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let email = p.people.values().map(|x| x.email.clone()).find(|e| !e.is_empty()).unwrap();
    let draft = p.sessions.values().find(|s| s.status == podium::model::Status::Draft).unwrap().title.clone();
    for to in ["xml", "json", "ics", "csv", "ron"] {
        let text = stdout(podium().args(["export", DRAFT, "-o", "-", "--to", to]), 0);
        assert!(!text.contains(&email), "{to} leaks an e-mail");
        assert!(!text.contains(&draft), "{to} shows a draft by default");
    }
    let private = stdout(
        podium().args(["export", DRAFT, "-o", "-", "--to", "csv", "--what", "speakers", "--include-private"]),
        0,
    );
    assert!(private.contains(&email));
    for to in ["xml", "ics", "ron"] {
        stderr(podium().args(["export", DRAFT, "-o", "-", "--to", to, "--include-private"]), 2);
    }
    let with_drafts = stdout(podium().args(["export", DRAFT, "-o", "-", "--to", "xml", "--include-drafts"]), 0);
    assert!(with_drafts.contains(&draft));
}

#[test]
fn a_failed_export_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("programm.xml");
    std::fs::write(&out, "alt").unwrap();
    stderr(podium().args(["export", CLEAN, "-o"]).arg(&out).args(["--hall", "nirgends"]), 2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "alt");
}
