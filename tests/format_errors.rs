//! Malformed files give a positioned or entity-naming error and never panic; problems that still make
//! sense load and are reported by the check as `invalid`; a failed save leaves the old file as it was.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use podium::format::{self, EntityKind, LoadError, SyntaxProblem, TimeReason, ValueError};
use proptest::prelude::*;

const GOOD: &str = r#"(
    version: 1,
    event: (key: "e", uuid: "6f1c1d4e-3f0b-4a8c-9d43-6f1f0c2c7a10", title: "Kongress"),
    days: [(key: "d1", date: "2022-09-14", opens: "09:00", closes: "18:00")],
    halls: [(key: "h1", name: "Halle 1")],
    people: {"p1": (name: "Erika Muster")},
    sessions: {
        "s1": (title: "Eröffnung", day: "d1", start: "09:30", hall: "h1", duration_mins: 60,
               people: [(person: "p1", role: Speaker)]),
    },
)"#;

fn load(text: &str) -> LoadError {
    match format::load_str(text) {
        Ok(_) => panic!("loaded:\n{text}"),
        Err(e) => e,
    }
}

fn syntax(text: &str) -> (usize, usize, SyntaxProblem) {
    match load(text) {
        LoadError::Syntax { line, col, problem } => (line, col, problem),
        other => panic!("not a syntax error: {other:?}"),
    }
}

#[test]
fn the_good_file_loads() {
    assert!(format::load_str(GOOD).is_ok());
}

#[test]
fn truncated_file() {
    let cut = &GOOD[..GOOD.len() / 2];
    let (line, col, _) = syntax(cut);
    assert!(line >= 5 && col >= 1, "{line}:{col}");
}

#[test]
fn empty_file() {
    let (line, col, _) = syntax("");
    assert_eq!((line, col), (1, 1));
}

#[test]
fn binary_garbage() {
    let garbage: Vec<u8> = (0u8..=255).cycle().skip(100).take(600).collect();
    match format::load_bytes(&garbage) {
        Err(LoadError::NotText { line, col }) => assert!(line >= 1 && col >= 1),
        other => panic!("{other:?}"),
    }
    // Valid UTF-8 that is not RON.
    let (line, col, _) = syntax("\u{1}\u{2}PK\u{3}\u{4} ~~~");
    assert_eq!((line, col), (1, 1));
}

#[test]
fn wrong_type() {
    let (line, _, problem) = syntax(&GOOD.replace("duration_mins: 60", "duration_mins: \"sechzig\""));
    assert_eq!(line, 8);
    assert!(!matches!(problem, SyntaxProblem::Other(_)) || format!("{problem}").contains("integer"), "{problem:?}");
}

#[test]
fn unknown_field_is_named_with_position() {
    let (line, col, problem) = syntax(&GOOD.replace("title: \"Eröffnung\"", "titel: \"Eröffnung\""));
    assert_eq!(line, 8);
    assert!(col > 1);
    assert!(matches!(&problem, SyntaxProblem::UnknownField { found, .. } if found == "titel"), "{problem:?}");
}

#[test]
fn missing_field() {
    let (line, _, problem) = syntax(&GOOD.replace(", duration_mins: 60", ""));
    assert!(line >= 8, "{line}");
    assert_eq!(problem, SyntaxProblem::MissingField("duration_mins".into()));
}

#[test]
fn impossible_date() {
    let (line, col, problem) = syntax(&GOOD.replace("2022-09-14", "2022-02-30"));
    assert_eq!((line, problem), (4, SyntaxProblem::Value(ValueError::Date("2022-02-30".into()))));
    assert!(col > 20);
}

#[test]
fn impossible_times() {
    let (line, _, problem) = syntax(&GOOD.replace("\"09:30\"", "\"9:75\""));
    assert_eq!(line, 8);
    assert_eq!(problem, SyntaxProblem::Value(ValueError::Time { text: "9:75".into(), reason: TimeReason::Minutes }));
    let (line, _, problem) = syntax(&GOOD.replace("closes: \"18:00\"", "closes: \"48:00\""));
    assert_eq!(line, 4);
    assert_eq!(problem, SyntaxProblem::Value(ValueError::Time { text: "48:00".into(), reason: TimeReason::TooLate }));
}

#[test]
fn unknown_and_newer_versions() {
    assert!(matches!(load(&GOOD.replace("version: 1", "version: 0")), LoadError::UnknownVersion(0)));
    let newer =
        GOOD.replace("version: 1", "version: 7").replace("title: \"Kongress\"", "titel: \"neu\", extra: [1, 2]");
    let e = load(&newer);
    assert!(matches!(e, LoadError::NewerVersion(7)));
    assert_eq!(e.to_string(), "written by a newer Podium (version 7)");
}

#[test]
fn dangling_key_names_the_entity() {
    let e = load(&GOOD.replace("hall: \"h1\"", "hall: \"halle-9\""));
    match &e {
        LoadError::UnknownReference { entity, field, key } => {
            assert_eq!(
                (entity.kind, entity.key.as_str(), *field, key.as_str()),
                (EntityKind::Session, "s1", "hall", "halle-9")
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.to_string(), "session \"s1\": hall \"halle-9\" does not exist");
    assert!(matches!(
        load(&GOOD.replace("person: \"p1\"", "person: \"p2\"")),
        LoadError::UnknownReference { field: "person", .. }
    ));
}

#[test]
fn duplicate_keys() {
    // In a map: positioned.
    let twice = GOOD.replace("\"p1\": (name: \"Erika Muster\")", "\"p1\": (name: \"A\"), \"p1\": (name: \"B\")");
    let (line, _, problem) = syntax(&twice);
    assert_eq!((line, problem), (6, SyntaxProblem::Value(ValueError::DuplicateKey("p1".into()))));
    // In a list: named.
    let halls = GOOD.replace(
        "(key: \"h1\", name: \"Halle 1\")",
        "(key: \"h1\", name: \"Halle 1\"), (key: \"h1\", name: \"Halle 2\")",
    );
    match load(&halls) {
        LoadError::DuplicateKey(entity) => assert_eq!((entity.kind, entity.key.as_str()), (EntityKind::Hall, "h1")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn load_errors_render_in_both_languages() {
    use podium::i18n::{Lang, load_error};
    let e = load(&GOOD.replace("\"09:30\"", "\"9:75\""));
    let de = load_error(Lang::De, &e);
    let en = load_error(Lang::En, &e);
    assert!(de.starts_with("Zeile 8, Spalte "), "{de}");
    assert!(de.contains("ungültige Uhrzeit „9:75“"), "{de}");
    assert!(en.starts_with("line 8, column "), "{en}");
}

#[test]
fn validation_problems_load_and_are_invalid() {
    let text = GOOD.replace("closes: \"18:00\"", "closes: \"08:00\"").replace(
        "(key: \"h1\", name: \"Halle 1\")",
        "(key: \"h1\", name: \"Halle 1\"), (key: \"h2\", name: \"HALLE 1\")",
    );
    let p = format::load_str(&text).unwrap();
    let clashes = podium::clash::detect(&p);
    let invalid: Vec<_> = clashes.iter().filter(|c| c.kind == podium::clash::ClashKind::Invalid).collect();
    // Closes before opening, and a duplicate hall name; the session is not also "longer than its day".
    assert_eq!(invalid.len(), 2, "{clashes:#?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn no_panic_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = format::load_bytes(&bytes);
    }

    #[test]
    fn no_panic_on_mutated_good_file(cut in 0usize..400, insert in "[(){}\\[\\]:,\"a-z0-9 ]{0,6}") {
        let mut text: String = GOOD.chars().take(cut).collect();
        text.push_str(&insert);
        text.extend(GOOD.chars().skip(cut + 1));
        let _ = format::load_str(&text);
    }
}
