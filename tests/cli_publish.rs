//! Publishing rounds from the command line (CONTRACTS §8): `podium release` records and lists releases,
//! `podium diff` compares by key (text in German and English, the stable JSON), and the three publishing
//! layouts — Programmänderungen, door signs, letters — written as PDF (read back with `pdftotext` and
//! `pdfinfo`: words, page counts, no e-mail or phone of anyone) and HTML (user text escaped).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::podium;
use podium::format;
use podium::model::{HallKey, HallPlacement, Programme, Status};

/// A folder with the Bundeskongress as `k.ron`.
fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.ron");
    std::fs::write(&path, podium::sample::BUNDESKONGRESS).unwrap();
    (dir, path)
}

fn load(path: &Path) -> Programme {
    format::load_file(path).unwrap()
}

/// The "Stand 3" edits: two arenas swap halls, one is cancelled, the closing plenary runs longer, and
/// a title gets markup that the HTML must escape.
fn edit_for_stand_3(path: &Path) {
    let mut p = load(path);
    let s = p.sessions.get_mut("arena-digitale-zwillinge").unwrap();
    s.hall = Some(HallPlacement::Hall(HallKey::new("halle-4")));
    let s = p.sessions.get_mut("arena-bodenpolitik").unwrap();
    s.hall = Some(HallPlacement::Hall(HallKey::new("halle-6")));
    p.sessions.get_mut("arena-innenstaedte").unwrap().status = Status::Cancelled;
    p.sessions.get_mut("abschlussplenum").unwrap().duration_mins += 15;
    p.sessions.get_mut("arena-bodenpolitik").unwrap().title.push_str(" <script>alert(1)</script> & Co");
    format::save_file(&p, path).unwrap();
}

fn release(path: &Path, label: &str) -> assert_cmd::assert::Assert {
    podium().arg("release").arg(path).args(["--label", label, "--lang", "de"]).assert()
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

/// Runs a poppler tool on a PDF file; `None` (with the reason printed) when it is not installed.
fn poppler(tool: &str, path: &Path) -> Option<String> {
    let mut cmd = Command::new(tool);
    if tool == "pdftotext" {
        cmd.args(["-enc", "UTF-8"]).arg(path).arg("-");
    } else {
        cmd.arg(path);
    }
    match cmd.output() {
        Ok(out) => {
            assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
            Some(String::from_utf8(out.stdout).unwrap())
        }
        Err(e) => {
            common::skip_without_tool(&format!("{tool} is not installed ({e}); CI installs poppler-utils"));
            None
        }
    }
}

fn pdf_text(path: &Path) -> Option<String> {
    Some(poppler("pdftotext", path)?.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn pdf_pages(path: &Path) -> Option<usize> {
    let info = poppler("pdfinfo", path)?;
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    Some(line.split_whitespace().nth(1).unwrap().parse().unwrap())
}

fn no_contact_data(p: &Programme, text: &str) {
    for person in p.people.values() {
        for private in [&person.email, &person.phone] {
            assert!(private.is_empty() || !text.contains(private.as_str()), "{private} was printed");
        }
    }
    if let Some(at) = text.find('@') {
        let from = text.floor_char_boundary(at.saturating_sub(80));
        panic!("no e-mail address of anyone: …{}…", &text[from..text.ceil_char_boundary(at + 40)]);
    }
    assert!(!text.contains("+49"), "no phone number of anyone");
}

fn export(path: &Path, out: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    podium().arg("export").arg(path).arg("-o").arg(out).args(args).assert()
}

#[test]
fn release_records_lists_and_never_overwrites() {
    let (dir, path) = setup();
    let first = release(&path, "Stand 1").success();
    assert!(stdout(&first).contains("Veröffentlicht: „Stand 1“ (33 Sessions)"), "{}", stdout(&first));
    let file = dir.path().join("k.releases/001-stand-1.ron");
    let before = std::fs::read(&file).unwrap();
    assert!(String::from_utf8_lossy(&before).contains("label: \"Stand 1\""));
    edit_for_stand_3(&path);
    let second = podium()
        .arg("release")
        .arg(&path)
        .args(["--label", "Stand 2", "--note", "Hallen getauscht", "--lang", "en"])
        .assert()
        .success();
    assert!(stdout(&second).contains("Since the latest release (Stand 1): 4 changes"), "{}", stdout(&second));
    // The label is taken (ignoring case): exit 2, and the release on disk stays as it was.
    let again = release(&path, "stand 1").code(2);
    let err = String::from_utf8_lossy(&again.get_output().stderr).into_owned();
    assert!(err.contains("„Stand 1“ gibt es schon"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let list = podium().arg("release").arg(&path).args(["--list", "--lang", "de"]).assert().success();
    let text = stdout(&list);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].contains("Stand 1") && lines[0].contains("33 Sessions"), "{text}");
    assert!(lines[1].contains("Stand 2") && lines[1].contains("32 Sessions") && lines[1].contains("Hallen getauscht"));
    // The date as the event's local time, e.g. "02.12.2026 00:25".
    assert!(lines[0].split_whitespace().any(|w| w.len() == 10 && w.matches('.').count() == 2), "{text}");
}

#[test]
fn release_of_the_draft_warns_about_errors_and_left_out_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entwurf.ron");
    std::fs::write(&path, podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let a = release(&path, "Stand 1").success();
    let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(err.contains("Achtung: Das Programm hat 3 Fehler"), "{err}");
    assert!(err.contains("Entwürfe sind nicht enthalten"), "{err}");
    let kept = format::load_release_str(
        &std::fs::read_to_string(dir.path().join("entwurf.releases/001-stand-1.ron")).unwrap(),
    )
    .unwrap();
    assert!(kept.programme.sessions.values().all(|s| s.status == Status::Confirmed));
    assert!(kept.programme.people.values().all(|p| p.email.is_empty() && p.phone.is_empty() && p.notes.is_empty()));
}

#[test]
fn diff_since_a_release_in_words_and_as_json() {
    let (_dir, path) = setup();
    release(&path, "Stand 2").success();
    edit_for_stand_3(&path);
    let de = podium().arg("diff").arg(&path).args(["--since", "Stand 2", "--lang", "de"]).assert().success();
    let text = stdout(&de);
    assert!(text.starts_with("k.ron (gegenüber Stand 2): 4 Änderungen"), "{text}");
    assert!(text.contains("Donnerstag, 15. September 2022"), "{text}");
    assert!(text.contains("Raum geändert: Halle 6 → Halle 4"), "{text}");
    assert!(text.contains("„Arena Resiliente Innenstädte und Ortszentren“: entfällt"), "{text}");
    assert!(text.contains("endet jetzt um 18:45 statt 18:30 Uhr"), "{text}");
    let en = podium().arg("diff").arg(&path).args(["--since", "Stand 2", "--lang", "en"]).assert().success();
    assert!(stdout(&en).contains("room changed: Halle 6 → Halle 4"), "{}", stdout(&en));
    assert!(stdout(&en).contains("Thursday, 15 September 2022"));
    let json = podium().arg("diff").arg(&path).args(["--since", "stand 2", "--format", "json"]).assert().success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let changes = v["changes"].as_array().unwrap();
    let kinds: BTreeSet<(&str, &str)> =
        changes.iter().map(|c| (c["kind"].as_str().unwrap(), c["session"].as_str().unwrap())).collect();
    assert!(kinds.contains(&("moved", "arena-digitale-zwillinge")), "{kinds:?}");
    assert!(kinds.contains(&("cancelled", "arena-innenstaedte")), "{kinds:?}");
    assert!(kinds.contains(&("duration", "abschlussplenum")), "{kinds:?}");
    assert!(kinds.contains(&("retitled", "arena-bodenpolitik")), "{kinds:?}");
    let moved = changes.iter().find(|c| c["session"] == "arena-digitale-zwillinge").unwrap();
    assert_eq!(moved["before"]["hall"], "Halle 6");
    assert_eq!(moved["after"]["hall"], "Halle 4");
    assert_eq!(moved["after"]["start"], "2022-09-15T14:40");
    assert_eq!(moved["before"]["day"], "2022-09-15");
    let cancelled = changes.iter().find(|c| c["kind"] == "cancelled").unwrap();
    assert!(cancelled["after"].is_null() && cancelled["before"].is_object());
}

#[test]
fn diff_of_two_files_counts_a_confirmed_draft_as_added_and_fails_on_unreadable_input() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("alt.ron");
    let new = dir.path().join("neu.ron");
    std::fs::write(&old, podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let mut p = format::load_str(podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let draft = p.sessions.iter().find(|(_, s)| s.status == Status::Draft).map(|(k, _)| k.clone()).unwrap();
    p.sessions.get_mut(&draft).unwrap().status = Status::Confirmed;
    format::save_file(&p, &new).unwrap();
    let a = podium().arg("diff").arg(&old).arg(&new).args(["--format", "json"]).assert().success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&a)).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v["changes"][0]["kind"], "added");
    assert_eq!(v["changes"][0]["session"], draft.as_str());
    assert!(v["changes"][0]["before"].is_null());
    // With drafts, the draft was there all along.
    let a = podium().arg("diff").arg(&old).arg(&new).args(["--format", "json", "--include-drafts"]).assert();
    let v: serde_json::Value = serde_json::from_str(&stdout(&a.success())).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{v}");
    let same = podium().arg("diff").arg(&old).arg(&old).args(["--lang", "en"]).assert().success();
    assert!(stdout(&same).contains("no changes"), "{}", stdout(&same));
    std::fs::write(&new, "(version: 1, event: (").unwrap();
    podium().arg("diff").arg(&old).arg(&new).assert().code(2);
    podium().arg("diff").arg(&old).args(["--since", "Stand 9", "--lang", "de"]).assert().code(2);
}

#[test]
fn changes_layout_pdf_and_html() {
    let (dir, path) = setup();
    release(&path, "Stand 2").success();
    edit_for_stand_3(&path);
    release(&path, "Stand 3").success();
    let out = dir.path().join("aenderungen.pdf");
    export(&path, &out, &["--layout", "changes", "--since", "Stand 2", "--lang", "de"]).success();
    export(&path, &dir.path().join("x.pdf"), &["--layout", "changes", "--lang", "de"]).code(2);
    let html_out = dir.path().join("aenderungen.html");
    export(&path, &html_out, &["--layout", "changes", "--since", "Stand 2", "--lang", "de"]).success();
    let html = std::fs::read_to_string(&html_out).unwrap();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), "user text is escaped");
    assert!(!html.contains("<script>"));
    assert!(html.contains("Stand 3 (gegenüber Stand 2)"));
    assert!(html.contains("class=\"change gone\""), "the cancelled session stands out");
    // An older programme file works as --since too.
    let old = dir.path().join("alt.ron");
    std::fs::write(&old, podium::sample::BUNDESKONGRESS).unwrap();
    let by_file = dir.path().join("seit-datei.html");
    export(&path, &by_file, &["--layout", "changes", "--since", old.to_str().unwrap(), "--lang", "de"]).success();
    let html = std::fs::read_to_string(&by_file).unwrap();
    assert!(html.contains("Stand 3 (gegenüber alt.ron)") && html.contains("Raum geändert: Halle 6 → Halle 4"));
    let Some(text) = pdf_text(&out) else { return };
    for needle in [
        "Programmänderungen",
        "15. Bundeskongress Nationale Stadtentwicklungspolitik",
        "Stand 3 (gegenüber Stand 2)",
        "Donnerstag, 15. September 2022",
        "Raum geändert: Halle 6 → Halle 4",
        "ENTFÄLLT Arena Resiliente Innenstädte und Ortszentren",
        "endet jetzt um 18:45 statt 18:30 Uhr",
        "Beispieldaten – nicht das offizielle Programm",
    ] {
        assert!(text.contains(needle), "{needle:?} missing in {text}");
    }
    no_contact_data(&load(&path), &text);
    let en = dir.path().join("changes-en.pdf");
    export(&path, &en, &["--layout", "changes", "--since", "Stand 2", "--lang", "en"]).success();
    let text = pdf_text(&en).unwrap();
    assert!(text.contains("Programme changes") && text.contains("Stand 3 (compared with Stand 2)"), "{text}");
    assert!(text.contains("CANCELLED") && text.contains("room changed: Halle 6 → Halle 4"), "{text}");
}

/// The (day, hall) pairs that have a confirmed session of their own.
fn hall_days(p: &Programme) -> BTreeSet<(String, String)> {
    p.sessions
        .values()
        .filter(|s| s.status == Status::Confirmed && s.start.is_some())
        .filter_map(|s| Some((s.day.as_ref()?.to_string(), s.hall_key()?.to_string())))
        .collect()
}

#[test]
fn door_signs_one_page_per_hall_and_day() {
    let (dir, path) = setup();
    release(&path, "Stand 1").success();
    let p = load(&path);
    let out = dir.path().join("tueren.pdf");
    export(&path, &out, &["--layout", "doors", "--lang", "de"]).success();
    let Some(pages) = pdf_pages(&out) else { return };
    assert_eq!(pages, hall_days(&p).len(), "one page per hall and day");
    let text = pdf_text(&out).unwrap();
    for needle in ["Halle 6", "Donnerstag, 15. September 2022", "Stand 1 · gedruckt am", "Beispieldaten – nicht"] {
        assert!(text.contains(needle), "{needle:?} missing in {text}");
    }
    assert!(!text.contains("Seite 1 von"), "door signs carry no page numbers");
    no_contact_data(&p, &text);
    // One hall on one day, landscape, in English; the lunch break across all halls is on it.
    let one = dir.path().join("halle6.pdf");
    export(
        &path,
        &one,
        &["--layout", "doors", "--day", "2022-09-15", "--hall", "Halle 6", "--landscape", "--lang", "en"],
    )
    .success();
    assert_eq!(pdf_pages(&one), Some(1));
    let info = poppler("pdfinfo", &one).unwrap();
    assert!(info.contains("841.89 x 595.28") || info.contains("842 x 595"), "landscape: {info}");
    let text = pdf_text(&one).unwrap();
    assert!(text.contains("Halle 6") && text.contains("Thursday, 15 September 2022"), "{text}");
    let lunch =
        p.sessions.values().find(|s| s.is_all_halls() && s.day.as_ref().is_some_and(|d| d.as_str() == "kongresstag"));
    let lunch = lunch.unwrap();
    assert!(text.contains(lunch.title.as_str()), "the all-halls break is on the sign: {text}");
    assert!(!text.contains("Halle 7"), "only that hall: {text}");
    let html_out = dir.path().join("tueren.html");
    export(&path, &html_out, &["--layout", "doors", "--lang", "de"]).success();
    let html = std::fs::read_to_string(&html_out).unwrap();
    assert_eq!(html.matches("<section class=\"sign\">").count(), hall_days(&p).len());
}

/// The people with at least one confirmed session.
fn people_in_public(p: &Programme) -> BTreeSet<String> {
    p.sessions
        .values()
        .filter(|s| s.status == Status::Confirmed)
        .flat_map(|s| s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)))
        .map(|x| x.person.to_string())
        .collect()
}

#[test]
fn letters_one_per_person_never_with_contact_data() {
    let (dir, path) = setup();
    release(&path, "Stand 2").success();
    edit_for_stand_3(&path);
    let mut p = load(&path);
    p.people.get_mut("klara-geywitz").unwrap().salutation = "Sehr geehrte Frau Bundesministerin".into();
    format::save_file(&p, &path).unwrap();
    let people = people_in_public(&p);
    let out = dir.path().join("briefe.pdf");
    export(&path, &out, &["--layout", "letters", "--since", "Stand 2", "--lang", "de"]).success();
    let Some(text) = pdf_text(&out) else { return };
    assert!(pdf_pages(&out).unwrap() >= people.len());
    assert_eq!(text.matches("Ihre Mitwirkung: 15. Bundeskongress").count(), people.len(), "one letter per person");
    for needle in [
        "Sehr geehrte Frau Bundesministerin,",
        "Guten Tag Dr. Andrea Krüger,",
        "Ihre Rolle:",
        "Moderation:",
        "STATION Berlin, Luckenwalder Straße 4–6, 10963 Berlin",
        "14.–16. September 2022",
        "Was sich seit Stand 2 für Sie geändert hat",
        "Raum geändert: Halle 4 → Halle 6",
        "Mit freundlichen Grüßen",
        "Seite 1 von 1",
    ] {
        assert!(text.contains(needle), "{needle:?} missing");
    }
    no_contact_data(&p, &text);
    for person in p.people.values() {
        assert!(person.notes.is_empty() || !text.contains(person.notes.as_str()), "notes printed");
    }
    // One person, in English; then one PDF per person into a folder.
    let one = dir.path().join("geywitz.pdf");
    export(&path, &one, &["--layout", "letters", "--speaker", "Klara Geywitz", "--lang", "en"]).success();
    let text = pdf_text(&one).unwrap();
    assert_eq!(text.matches("Your part in").count(), 1, "{text}");
    assert!(text.contains("Sehr geehrte Frau Bundesministerin,") && text.contains("Your sessions"), "{text}");
    assert!(text.contains("Kind regards"), "{text}");
    let folder = dir.path().join("briefe");
    let mut arg = folder.clone().into_os_string();
    arg.push("/");
    export(&path, Path::new(&arg), &["--layout", "letters", "--lang", "de"]).success();
    let files: BTreeSet<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".pdf").to_owned())
        .collect();
    assert_eq!(files, people);
    let html_out = dir.path().join("briefe.html");
    export(&path, &html_out, &["--layout", "letters", "--lang", "de"]).success();
    let html = std::fs::read_to_string(&html_out).unwrap();
    assert_eq!(html.matches("<article class=\"letter\">").count(), people.len());
    assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"));
    no_contact_data(&p, html.split("</style>").nth(1).unwrap());
}

#[test]
fn schedule_exports_carry_the_release_label_as_version() {
    let (dir, path) = setup();
    release(&path, "Stand 1").success();
    let out = dir.path().join("schedule.xml");
    export(&path, &out, &[]).success();
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("<version>Stand 1</version>"), "{}", &xml[..400]);
    // Changed since the release: the export no longer claims to be "Stand 1".
    edit_for_stand_3(&path);
    export(&path, &out, &[]).success();
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(!xml.contains("<version>Stand 1</version>"));
}
