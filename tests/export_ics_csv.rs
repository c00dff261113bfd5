//! The iCalendar and CSV exports of the Bundeskongress sample: they parse with real parsers, keep UIDs
//! stable, write UTC times, honour selections and drafts, and never leak contact data or internal notes
//! (CONTRACTS §5).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use std::collections::BTreeSet;

use common::{draft, opts};

use icalendar::parser::{read_calendar, unfold};
use podium::export::csv::{BOM, CsvError, CsvOptions, CsvWhat, to_csv};
use podium::export::ics::to_ics;
use podium::export::{ExportOptions, Selection, guid};
use podium::format;
use podium::i18n::Lang;
use podium::model::{DayKey, PersonKey, Programme, Status};

fn clean() -> Programme {
    format::load_str(podium::sample::BUNDESKONGRESS).unwrap()
}

/// A parsed VEVENT: its properties (name, unescaped value) in order.
type Event = Vec<(String, String)>;

/// The VEVENTs of an ICS text, parsed by the `icalendar` crate's parser (which unfolds and unescapes).
fn events(ics: &str) -> Vec<Event> {
    let unfolded = unfold(ics);
    let cal = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{ics}"));
    let names: Vec<&str> = cal.properties.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"PRODID") && names.contains(&"VERSION"), "{names:?}");
    cal.components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|c| c.properties.iter().map(|p| (p.name.as_str().to_owned(), p.val.as_str().to_owned())).collect())
        .collect()
}

fn prop<'a>(event: &'a Event, name: &str) -> &'a str {
    event.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
}

fn uids(ics: &str) -> BTreeSet<String> {
    events(ics).iter().map(|e| prop(e, "UID").to_owned()).collect()
}

/// The UIDs the model says a selection must produce (placed sessions only).
fn expected_uids(p: &Programme, selection: &Selection) -> BTreeSet<String> {
    selection
        .sessions(p)
        .into_iter()
        .filter(|(_, s)| p.session_range(s).is_some())
        .map(|(k, s)| format!("{}@podium", guid(p, "session", k.as_str(), &s.external)))
        .collect()
}

#[test]
fn ics_parses_with_one_event_per_confirmed_placed_session() {
    let p = clean();
    let ics = to_ics(&p, &opts(Selection::default(), Lang::De));
    let placed = p.sessions.values().filter(|s| s.status == Status::Confirmed && p.session_range(s).is_some()).count();
    let evs = events(&ics);
    assert_eq!(evs.len(), placed);
    assert!(placed > 20, "{placed}");
    assert!(ics.contains("PRODID:-//Podium//Podium 0.1//DE\r\n"));
    assert!(ics.contains("X-WR-CALNAME:15. Bundeskongress Nationale Stadtentwicklungspolitik\r\n"));
    assert!(evs.iter().all(|e| prop(e, "DTSTAMP") == "20220901T083000Z"));
    assert!(evs.iter().all(|e| prop(e, "STATUS") == "CONFIRMED"));
    assert!(evs.iter().all(|e| prop(e, "DTSTART").ends_with('Z') && prop(e, "DTEND").ends_with('Z')));
    assert!(!ics.contains("TZID"));
    assert_eq!(uids(&ics), expected_uids(&p, &Selection::default()));
    assert_eq!(uids(&ics).len(), evs.len(), "UIDs are unique");
}

#[test]
fn ics_is_stable_and_the_arena_is_in_utc() {
    let p = clean();
    let first = to_ics(&p, &opts(Selection::default(), Lang::De));
    let second = to_ics(&p, &opts(Selection::default(), Lang::De));
    assert_eq!(first, second, "same input, same bytes");
    let evs = events(&first);
    let arena = evs
        .iter()
        .find(|e| prop(e, "SUMMARY") == "Entwicklung und Einsatz von Urbanen Digitalen Zwillingen")
        .expect("the Halle 6 arena");
    assert_eq!(prop(arena, "DTSTART"), "20220915T124000Z", "14:40 CEST");
    assert_eq!(prop(arena, "DTEND"), "20220915T151500Z", "17:15 CEST");
    let location = prop(arena, "LOCATION");
    assert!(location.contains("Halle 6") && location.contains("STATION Berlin"), "{location}");
    let description = prop(arena, "DESCRIPTION");
    assert!(description.contains("Modellprojekte Smart Cities"), "{description}");
    assert!(description.contains("14:50–15:10 Connected Urban Twins: der Beitrag Hamburgs"), "{description}");
    assert!(description.contains("Beispieldaten – nicht das offizielle Programm"), "{description}");
    let uid = format!(
        "{}@podium",
        guid(&p, "session", "arena-digitale-zwillinge", &p.sessions["arena-digitale-zwillinge"].external)
    );
    assert_eq!(prop(arena, "UID"), uid);
    let lunch = evs.iter().find(|e| prop(e, "LOCATION").starts_with("Alle Säle, STATION Berlin")).expect("all halls");
    assert!(!prop(lunch, "SUMMARY").is_empty());
    let english = to_ics(&p, &opts(Selection::default(), Lang::En));
    assert!(events(&english).iter().any(|e| prop(e, "LOCATION").starts_with("All halls, STATION Berlin")));
}

#[test]
fn ics_lines_are_folded_crlf_and_text_round_trips() {
    let mut p = clean();
    let title = "Wohnen, Boden; Klima \\ Stadt\nzweite Zeile";
    let long = "Sehr lange Beschreibung mit Umlauten – äöüß – und Satzzeichen, die gefaltet werden muss; ".repeat(8);
    let s = p.sessions.get_mut("arena-digitale-zwillinge").unwrap();
    s.title = title.to_owned();
    s.description = long.trim().to_owned();
    p.event.title = "Kongress, Berlin; 2022".to_owned();
    let ics = to_ics(&p, &opts(Selection::default(), Lang::De));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "bare line break in {line:?}");
    }
    assert!(ics.contains("SUMMARY:Wohnen\\, Boden\\; Klima \\\\ Stadt\\nzweite Zeile"), "{ics}");
    assert!(ics.contains("NAME;VALUE=TEXT:Kongress\\, Berlin\\; 2022\r\n"), "{ics}");
    let evs = events(&ics);
    let arena = evs.iter().find(|e| prop(e, "SUMMARY") == title).expect("title round-trips");
    assert!(prop(arena, "DESCRIPTION").contains(long.trim()), "long text round-trips through folding");
}

#[test]
fn ics_selections_by_speaker_and_day() {
    let p = clean();
    let felix = Selection { speaker: Some(PersonKey::new("felix-schubert")), ..Selection::default() };
    let got = uids(&to_ics(&p, &opts(felix.clone(), Lang::De)));
    assert!(!got.is_empty());
    assert_eq!(got, expected_uids(&p, &felix));
    assert!(got.len() < uids(&to_ics(&p, &opts(Selection::default(), Lang::De))).len());
    for e in events(&to_ics(&p, &opts(felix, Lang::De))) {
        assert!(prop(&e, "DESCRIPTION").contains("Felix Schubert"), "{}", prop(&e, "SUMMARY"));
    }
    let day = Selection { day: Some(DayKey::new("exkursionen")), ..Selection::default() };
    let evs = events(&to_ics(&p, &opts(day.clone(), Lang::De)));
    assert!(!evs.is_empty());
    assert!(evs.iter().all(|e| prop(e, "DTSTART").starts_with("20220916T")));
    assert_eq!(uids(&to_ics(&p, &opts(day.clone(), Lang::De))), expected_uids(&p, &day));
}

fn csv_text(p: &Programme, o: &ExportOptions, c: &CsvOptions) -> String {
    let bytes = to_csv(p, o, c).unwrap();
    assert!(bytes.starts_with(BOM), "UTF-8 BOM first");
    String::from_utf8(bytes[BOM.len()..].to_vec()).unwrap()
}

fn read(text: &str, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(text.as_bytes());
    let header = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    (header, rows)
}

#[test]
fn sessions_csv_round_trips_in_both_languages() {
    let p = clean();
    let de = csv_text(&p, &opts(Selection::default(), Lang::De), &CsvOptions::default());
    assert!(de.starts_with(
        "Datum;Beginn;Ende;Saal;Titel;Untertitel;Art;Track;Status;Referierende;Moderation;Sprache;Beschreibung\r\n"
    ));
    let (header, rows) = read(&de, b';');
    assert_eq!(header.len(), 13);
    let selected = Selection::default().sessions(&p);
    assert_eq!(rows.len(), selected.len());
    let titles: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    let expected: Vec<&str> = selected.iter().map(|(_, s)| s.title.as_str()).collect();
    assert_eq!(titles, expected, "programme order, umlauts intact");
    let arena = rows.iter().find(|r| r[4] == "Entwicklung und Einsatz von Urbanen Digitalen Zwillingen").unwrap();
    assert_eq!(&arena[..4], ["15.09.2022", "14:40", "17:15", "Halle 6"]);
    assert!(arena[9].contains("Felix Schubert") && arena[10].contains("Miriam Koch"), "{arena:?}");
    assert!(rows.iter().any(|r| r[4].contains("Innenstädte")));

    let en =
        csv_text(&p, &opts(Selection::default(), Lang::En), &CsvOptions { delimiter: b',', ..CsvOptions::default() });
    assert!(en.starts_with(
        "Date,Start,End,Hall,Title,Subtitle,Kind,Track,Status,Speakers,Moderation,Language,Description\r\n"
    ));
    let (_, rows) = read(&en, b',');
    assert_eq!(rows.len(), selected.len());
    let arena = rows.iter().find(|r| r[4] == "Entwicklung und Einsatz von Urbanen Digitalen Zwillingen").unwrap();
    assert_eq!(&arena[..3], ["2022-09-15", "14:40", "17:15"]);
}

#[test]
fn speakers_csv_lists_people_of_the_selection_sorted() {
    let p = clean();
    let speakers = CsvOptions { what: CsvWhat::Speakers, ..CsvOptions::default() };
    let text = csv_text(&p, &opts(Selection::default(), Lang::De), &speakers);
    let (header, rows) = read(&text, b';');
    assert_eq!(header, ["Name", "Titel", "Funktion", "Organisation", "Kurzbiografie", "Sessions"]);
    assert!(rows.iter().any(|r| r[3] == "Deutscher Städtetag"), "umlauts intact");
    let felix = rows.iter().find(|r| r[0] == "Felix Schubert").unwrap();
    assert_eq!(felix[5], "1", "two contributions in one session count once");
    let one = Selection { speaker: Some(PersonKey::new("felix-schubert")), ..Selection::default() };
    let (_, few) = read(&csv_text(&p, &opts(one, Lang::En), &speakers), b';');
    assert!(few.len() < rows.len() && few.iter().any(|r| r[0] == "Felix Schubert"));
}

/// Every private string of the sample: people's e-mail, phone and notes, session and hall notes.
fn secrets(p: &Programme) -> Vec<String> {
    let people = p.people.values().flat_map(|x| [&x.email, &x.phone, &x.notes]);
    let sessions = p.sessions.values().map(|s| &s.notes);
    let halls = p.halls.values().map(|h| &h.notes);
    people.chain(sessions).chain(halls).filter(|t| !t.trim().is_empty()).cloned().collect()
}

fn assert_no_secrets(what: &str, text: &str, secrets: &[String]) {
    for secret in secrets {
        assert!(!text.contains(secret.as_str()), "{what} leaks {secret:?}");
    }
}

#[test]
fn no_contact_data_or_notes_unless_asked_for_the_speakers_csv() {
    for (p, include_drafts) in [(clean(), false), (draft(), true)] {
        let secrets = secrets(&p);
        assert!(secrets.len() > 30, "{}", secrets.len());
        let sel = Selection { include_drafts, ..Selection::default() };
        for lang in [Lang::De, Lang::En] {
            let o = opts(sel.clone(), lang);
            let ics = to_ics(&p, &o);
            assert_no_secrets("ics", &unfold(&ics), &secrets);
            let values: Vec<String> = events(&ics).into_iter().flatten().map(|(_, v)| v).collect();
            assert_no_secrets("ics values", &values.join("\n"), &secrets);
            for what in [CsvWhat::Sessions, CsvWhat::Speakers] {
                let text = csv_text(&p, &o, &CsvOptions { what, ..CsvOptions::default() });
                assert_no_secrets("csv", &text, &secrets);
            }
        }
        let private = CsvOptions { what: CsvWhat::Speakers, include_private: true, ..CsvOptions::default() };
        let text = csv_text(&p, &opts(sel.clone(), Lang::De), &private);
        let (header, rows) = read(&text, b';');
        assert_eq!(&header[6..], ["E-Mail", "Telefon", "Interne Notizen"]);
        assert!(rows.iter().all(|r| r.len() == 9));
        assert!(text.contains("felix.schubert@example.org") && text.contains("Stellt auch das Toolkit vor."));
        let err = to_csv(&p, &opts(sel, Lang::De), &CsvOptions { include_private: true, ..CsvOptions::default() });
        assert!(matches!(err, Err(CsvError::PrivateOnlyForSpeakers)), "{err:?}");
    }
}

#[test]
fn drafts_only_when_asked_and_then_marked() {
    let p = draft();
    let hidden: Vec<&str> =
        p.sessions.values().filter(|s| s.status != Status::Confirmed).map(|s| s.title.as_str()).collect();
    assert!(hidden.len() > 3);
    let public_ics = to_ics(&p, &opts(Selection::default(), Lang::De));
    let public_csv = csv_text(&p, &opts(Selection::default(), Lang::De), &CsvOptions::default());
    let public_titles: Vec<String> = events(&public_ics).iter().map(|e| prop(e, "SUMMARY").to_owned()).collect();
    let (_, rows) = read(&public_csv, b';');
    for title in &hidden {
        assert!(!public_titles.iter().any(|t| t == title), "ics shows draft {title:?}");
        assert!(!rows.iter().any(|r| r[4] == *title), "csv shows draft {title:?}");
    }
    let all = Selection { include_drafts: true, ..Selection::default() };
    for (lang, draft_word, cancelled_word) in [(Lang::De, "Entwurf", "Abgesagt"), (Lang::En, "Draft", "Cancelled")] {
        let evs = events(&to_ics(&p, &opts(all.clone(), lang)));
        for s in p.sessions.values().filter(|s| s.status != Status::Confirmed && p.session_range(s).is_some()) {
            let (word, status) =
                if s.status == Status::Draft { (draft_word, "TENTATIVE") } else { (cancelled_word, "CANCELLED") };
            let marked = format!("{} – {word}", s.title);
            let e = evs.iter().find(|e| prop(e, "SUMMARY") == marked).unwrap_or_else(|| panic!("{marked:?} missing"));
            assert_eq!(prop(e, "STATUS"), status);
        }
        let (_, rows) = read(&csv_text(&p, &opts(all.clone(), lang), &CsvOptions::default()), b';');
        assert_eq!(rows.len(), p.sessions.len());
        assert!(rows.iter().any(|r| r[8] == draft_word) && rows.iter().any(|r| r[8] == cancelled_word));
    }
}
