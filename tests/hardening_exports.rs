//! Exports under hostile or unusual input (issue 16): very long ICS lines fold in linear time, no control
//! character or lone CR reaches a calendar or web page, UIDs stay unique when a source repeats a guid,
//! CSV cells cannot start a spreadsheet formula, `--delimiter` takes only what makes a valid CSV, and
//! Podium's own schedule XML/JSON re-import to the same text, biographies and person codes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use std::collections::BTreeSet;
use std::sync::mpsc;
use std::time::Duration;

use common::{opts, podium};

use podium::export::agenda::AgendaOptions;
use podium::export::csv::{CsvOptions, CsvWhat, to_csv};
use podium::export::html::to_html;
use podium::export::ics::to_ics;
use podium::export::{Selection, guid};
use podium::i18n::Lang;
use podium::interchange::{SourceFormat, import_str, to_json, to_xml};
use podium::model::{Programme, SessionKey, Status};

const CLEAN: &str = "sample_data/bundeskongress-2022.ron";

fn sample() -> Programme {
    podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap()
}

/// A confirmed, placed session with people and no contributions (its description stands alone).
fn plain_session(p: &Programme) -> SessionKey {
    p.sessions
        .iter()
        .find(|(_, s)| {
            s.status == Status::Confirmed
                && p.session_range(s).is_some()
                && s.contributions.is_empty()
                && !s.people.is_empty()
        })
        .map(|(k, _)| k.clone())
        .unwrap()
}

/// The content lines of an ICS text with folding undone.
fn unfolded_lines(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "").split_terminator("\r\n").map(str::to_owned).collect()
}

// ---- ICS ----

#[test]
fn an_eight_megabyte_title_exports_folded_and_whole() {
    let mut p = sample();
    let key = plain_session(&p);
    let title = "Äpfel, Birnen; Öl\\ x ".repeat(8 * 1024 * 1024 / 24);
    assert!(title.len() >= 8_000_000);
    p.sessions.get_mut(&key).unwrap().title = title.clone();
    // A generous deadline, not a benchmark (`cargo run --release --example ics_folding` measures): the
    // crate's quadratic folding took about a minute for 8 MB, linear folding well under a second.
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || send.send(to_ics(&p, &opts(Selection::default(), Lang::De))).ok());
    let ics = receive.recv_timeout(Duration::from_secs(20)).expect("an 8 MB title exports within 20 s");
    assert!(ics.split("\r\n").all(|line| line.len() <= 75), "every line within 75 octets");
    let escaped = title.replace('\\', "\\\\").replace(',', "\\,").replace(';', "\\;");
    let summary = format!("SUMMARY:{escaped}");
    assert!(unfolded_lines(&ics).contains(&summary), "the title unfolds to itself, escaped");
}

#[test]
fn a_carriage_return_cannot_add_a_calendar_property() {
    let mut p = sample();
    p.event.title = "Kongress\rATTENDEE:mailto:a@example.org".into();
    let key = plain_session(&p);
    let s = p.sessions.get_mut(&key).unwrap();
    s.title = "Titel\rATTENDEE:mailto:b@example.org".into();
    s.description = "Text\rATTENDEE:mailto:c@example.org\r\nweiter".into();
    let ics = to_ics(&p, &opts(Selection::default(), Lang::De));
    // Some parsers end a line at a lone CR or LF: split at every one of them.
    let lines: Vec<&str> = ics.split(['\r', '\n']).collect();
    assert!(!lines.iter().any(|l| l.starts_with("ATTENDEE")), "{ics}");
    assert_eq!(ics.matches('\r').count(), ics.matches("\r\n").count(), "no lone CR");
    let all = unfolded_lines(&ics);
    assert!(all.contains(&"X-WR-CALNAME:Kongress\\nATTENDEE:mailto:a@example.org".to_owned()), "{all:?}");
    assert!(all.contains(&"SUMMARY:Titel\\nATTENDEE:mailto:b@example.org".to_owned()), "{all:?}");
}

#[test]
fn control_characters_reach_neither_calendar_nor_web_page() {
    let mut p = sample();
    p.event.title = "Kon\0gress\u{1b}[2J".into();
    let key = plain_session(&p);
    let s = p.sessions.get_mut(&key).unwrap();
    s.title = "Null\0Esc\u{1b}Del\u{7f}".into();
    s.subtitle = "Unter\u{7}titel".into();
    s.description = "Be\0schrei\u{1b}bung\u{7f}".into();
    let person = s.people.first().unwrap().person.clone();
    p.people.get_mut(&person).unwrap().name = "Na\0me\u{1b}".into();
    let o = opts(Selection::default(), Lang::De);
    let ics = to_ics(&p, &o);
    let html = to_html(&p, &o, &AgendaOptions { descriptions: true, ..AgendaOptions::default() });
    for (what, text) in [("ics", &ics), ("html", &html)] {
        for c in ['\0', '\u{1b}', '\u{7f}', '\u{7}'] {
            assert!(!text.contains(c), "{what} carries {c:?}");
        }
    }
    assert!(unfolded_lines(&ics).contains(&"SUMMARY:NullEscDel".to_owned()));
    assert!(html.contains("NullEscDel") && html.contains("Name"), "the text around them stays");
}

#[test]
fn a_repeated_source_guid_gives_distinct_stable_uids() {
    let mut p = sample();
    let repeated = "3e4c9f0a-36c3-4b5e-9d0e-0123456789ab";
    let keys: Vec<SessionKey> = p
        .sessions
        .iter()
        .filter(|(_, s)| s.status == Status::Confirmed && p.session_range(s).is_some())
        .take(3)
        .map(|(k, _)| k.clone())
        .collect();
    for key in &keys {
        p.sessions.get_mut(key).unwrap().external.insert("guid".into(), repeated.into());
    }
    let o = opts(Selection::default(), Lang::De);
    let ics = to_ics(&p, &o);
    let uids: Vec<String> = unfolded_lines(&ics).into_iter().filter(|l| l.starts_with("UID:")).collect();
    let distinct: BTreeSet<&String> = uids.iter().collect();
    assert_eq!(distinct.len(), uids.len(), "UIDs are unique: {uids:?}");
    assert_eq!(uids.iter().filter(|u| u.contains(repeated)).count(), 1, "the source guid is kept once");
    assert_eq!(ics, to_ics(&p, &o), "stable between two exports");
    // The first session by key keeps it, also when a selection leaves others out.
    let first = &keys[0];
    let day = p.sessions[first].day.clone();
    let day_only = to_ics(&p, &opts(Selection { day, ..Selection::default() }, Lang::De));
    assert!(day_only.contains(&format!("UID:{repeated}@podium")));
    assert_eq!(guid(&p, "session", first.as_str(), &p.sessions[first].external).to_string(), repeated);
}

// ---- CSV ----

const FORMULAS: [&str; 6] = ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "\rCR"];

fn records(csv: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(csv).unwrap().trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).from_reader(text.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
}

#[test]
fn csv_cells_cannot_start_a_formula() {
    let mut p = sample();
    let key = plain_session(&p);
    let s = p.sessions.get_mut(&key).unwrap();
    s.title = FORMULAS[0].into();
    s.subtitle = FORMULAS[1].into();
    s.description = FORMULAS[2].into();
    s.language = FORMULAS[3].into();
    let person = s.people.first().unwrap().person.clone();
    let x = p.people.get_mut(&person).unwrap();
    x.name = FORMULAS[4].into();
    x.function = FORMULAS[5].into();
    x.organisation = FORMULAS[0].into();
    x.bio = FORMULAS[1].into();
    x.email = FORMULAS[3].into();
    let o = opts(Selection::default(), Lang::De);
    let sessions = records(&to_csv(&p, &o, &CsvOptions::default()).unwrap(), b';');
    let speakers = CsvOptions { what: CsvWhat::Speakers, include_private: true, ..CsvOptions::default() };
    let speakers = records(&to_csv(&p, &o, &speakers).unwrap(), b';');
    for (what, rows) in [("sessions", &sessions), ("speakers", &speakers)] {
        for cell in rows.iter().flatten() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{what}: {cell:?}");
        }
    }
    let cells: BTreeSet<&String> = sessions.iter().chain(&speakers).flatten().collect();
    for formula in FORMULAS {
        assert!(cells.contains(&format!("'{formula}")), "{formula:?} is kept after a quote");
    }
    // What Podium writes itself stays as it is: dates, times, counts.
    let row = sessions.iter().find(|r| r.contains(&format!("'{}", FORMULAS[0]))).unwrap();
    assert!(row[0].chars().next().unwrap().is_ascii_digit() && row[1].contains(':'), "{row:?}");
    let speaker = speakers.iter().find(|r| r.contains(&format!("'{}", FORMULAS[4]))).unwrap();
    assert!(speaker[5].parse::<usize>().is_ok_and(|n| n >= 1), "{speaker:?}");
}

// ---- --delimiter ----

fn export_csv(delimiter: &str, lang: &str) -> assert_cmd::assert::Assert {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.csv");
    let assert =
        podium().args(["export", CLEAN, "-o"]).arg(&out).args(["--delimiter", delimiter, "--lang", lang]).assert();
    if out.exists() {
        assert!(std::fs::read(&out).is_ok_and(|b| std::str::from_utf8(&b).is_ok()), "valid UTF-8");
    }
    assert
}

#[test]
fn delimiter_refuses_what_breaks_a_csv() {
    for bad in ["\"", "\r", "\n", "é", "€", "a", "7", " ", ";;", ""] {
        let out = export_csv(bad, "en").code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(err.contains("--delimiter"), "{bad:?}: {err}");
        assert!(err.contains("ASCII-Satzzeichen") && err.contains("ASCII punctuation"), "{bad:?}: {err}");
    }
}

#[test]
fn delimiter_takes_punctuation_and_tab() {
    for (given, byte) in [(",", b','), ("|", b'|'), ("\t", b'\t'), ("tab", b'\t'), ("TAB", b'\t'), (";", b';')] {
        let out = podium().args(["export", CLEAN, "-o", "-", "--to", "csv", "--delimiter", given]).assert().code(0);
        let rows = records(&out.get_output().stdout, byte);
        assert!(rows.len() > 20 && rows.iter().all(|r| r.len() == 13), "{given:?}: {} rows", rows.len());
    }
}

// ---- schedule XML / JSON round trip ----

const AWKWARD: &str = "Option<T> & a & b\n<script>alert(1)</script> &amp; &lt;p&gt;\n\nZweiter Absatz";

#[test]
fn own_schedule_exports_reimport_to_the_same_text() {
    // With the sample's public notice and its sessions' contributions, which the exports add to the
    // description: a file Podium wrote reads its abstract as the description.
    let mut p = sample();
    assert!(!p.event.notice.is_empty() && p.sessions.values().any(|s| !s.contributions.is_empty()));
    let key = plain_session(&p);
    let s = p.sessions.get_mut(&key).unwrap();
    s.title = "Option<T> & <script>".into();
    s.subtitle = "a & b <i>".into();
    s.description = AWKWARD.into();
    let person = s.people.first().unwrap().person.clone();
    let x = p.people.get_mut(&person).unwrap();
    x.bio = format!("Bio: {AWKWARD}");
    x.external.insert("code".into(), "K7QX2M".into());
    let name = x.name.clone();
    let o = opts(Selection::default(), Lang::De);
    for (format, bytes) in [(SourceFormat::Xml, to_xml(&p, &o)), (SourceFormat::Json, to_json(&p, &o))] {
        let back = import_str(std::str::from_utf8(&bytes).unwrap(), format, None).unwrap().programme;
        let s = back.sessions.values().find(|s| s.title == "Option<T> & <script>").expect("the title comes back");
        assert_eq!(s.subtitle, "a & b <i>", "{format:?}");
        assert_eq!(s.description, AWKWARD, "{format:?}");
        for original in p.sessions.values().filter(|s| s.status == podium::model::Status::Confirmed) {
            let when = p.session_range(original);
            let again =
                back.sessions.values().find(|s| s.title == original.title && back.session_range(s) == when).unwrap();
            assert_eq!(again.description, original.description.trim(), "{format:?}: {}", original.title);
        }
        let x = back.people.values().find(|x| x.name == name).unwrap();
        if format == SourceFormat::Json {
            // The XSD has no place for a person's biography or code; the JSON schema has (pretalx).
            assert_eq!(x.bio, format!("Bio: {AWKWARD}"));
            assert_eq!(x.external.get("code").map(String::as_str), Some("K7QX2M"));
        }
    }
}
