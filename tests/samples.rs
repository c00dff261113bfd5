//! The bundled Bundeskongress keeps every fact of the brief verbatim; the clean sample has no clash and
//! the draft has every kind (CONTRACTS §7).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use podium::clash::{ClashKind, detect};
use podium::format;
use podium::model::{HallPlacement, Programme, SessionKind, Status};

fn clean() -> Programme {
    format::load_str(podium::sample::BUNDESKONGRESS).unwrap()
}

fn at(p: &Programme, title: &str) -> (String, String, String, u32) {
    let s = p.sessions.values().find(|s| s.title == title).unwrap_or_else(|| panic!("no session {title:?}"));
    let day = p.days.get(s.day.as_ref().unwrap()).unwrap().date.to_string();
    let hall = p.hall_name(s.hall.as_ref().unwrap(), "*").to_owned();
    (day, s.start.unwrap().to_string(), hall, s.duration_mins)
}

#[test]
fn event_facts_are_verbatim() {
    let p = clean();
    let e = &p.event;
    assert_eq!(e.title, "15. Bundeskongress Nationale Stadtentwicklungspolitik");
    assert_eq!(e.motto, "Transformation gestalten – Aufbruch zur urbanen Resilienz");
    assert_eq!(e.venue.name, "STATION Berlin");
    assert_eq!(e.website, "http://www.nsp-kongress.de");
    assert_eq!(e.registration_deadline.unwrap().to_string(), "2022-09-01");
    assert_eq!(e.time_zone, "Europe/Berlin");
    assert_eq!(e.organisers.len(), 4);
    assert!(e.organisers[0].contains("BMWSB"));
    assert_eq!(
        &e.organisers[1..],
        ["Bauministerkonferenz der Länder", "Deutscher Städtetag", "Deutscher Städte- und Gemeindebund"]
    );
    assert!(e.notice.contains("Beispieldaten – nicht das offizielle Programm"));
    assert!(e.notice.contains("Sample data – not the official programme"));
    let dates: Vec<String> = p.days.values().map(|d| d.date.to_string()).collect();
    assert_eq!(dates, ["2022-09-14", "2022-09-15", "2022-09-16"]);
    let labels: Vec<&str> = p.days.values().map(|d| d.label.as_str()).collect();
    assert_eq!(labels, ["Rahmenprogramm", "Kongresstag", "Exkursionen"]);
}

#[test]
fn smart_cities_sessions_are_where_the_brief_says() {
    let p = clean();
    let debate =
        "Wie können Smart-City-Strategien zu zukunftsfähiger und gemeinwohlorientierter Stadtentwicklung beitragen?";
    assert_eq!(at(&p, debate), ("2022-09-14".into(), "14:00".into(), "Halle 6".into(), 150));
    let arena = "Entwicklung und Einsatz von Urbanen Digitalen Zwillingen";
    assert_eq!(at(&p, arena), ("2022-09-15".into(), "14:40".into(), "Halle 6".into(), 155));
    let s = p.sessions.values().find(|s| s.title == arena).unwrap();
    let contributions: String = s.contributions.iter().map(|c| c.title.as_str()).collect::<Vec<_>>().join(" | ");
    for city in ["Hamburg", "München", "Leipzig", "Connected Urban Twins"] {
        assert!(contributions.contains(city) || s.description.contains(city), "{city} in {contributions}");
    }
}

#[test]
fn podium_with_the_minister_and_the_climate_researcher_on_day_two() {
    let p = clean();
    let geywitz = p.people.iter().find(|(_, x)| x.name == "Klara Geywitz").unwrap();
    assert_eq!(geywitz.1.function, "Bundesbauministerin");
    let schellnhuber = p.people.iter().find(|(_, x)| x.name == "Hans Joachim Schellnhuber").unwrap();
    let both = p.sessions.values().find(|s| {
        s.people.iter().any(|x| &x.person == geywitz.0) && s.people.iter().any(|x| &x.person == schellnhuber.0)
    });
    let both = both.expect("a session with both");
    assert_eq!(p.days.get(both.day.as_ref().unwrap()).unwrap().date.to_string(), "2022-09-15");
}

#[test]
fn programme_is_full_and_marked_illustrative() {
    let p = clean();
    assert!(
        p.days.len() >= 3
            && p.halls.len() >= 5
            && p.sessions.len() >= 25
            && p.people.len() >= 20
            && p.tracks.len() >= 4
    );
    assert!(p.halls.values().any(|h| h.venue.is_some()), "off-site excursion places");
    assert!(p.sessions.values().any(|s| s.is_all_halls() && s.kind == SessionKind::Break));
    assert!(p.sessions.values().any(|s| s.kind == SessionKind::Excursion
        && matches!(&s.hall, Some(HallPlacement::Hall(h)) if p.halls[h].venue.is_some())));
    // Everyone but the two real persons of the brief is fictional and says so.
    for person in p.people.values() {
        if person.name != "Klara Geywitz" && person.name != "Hans Joachim Schellnhuber" {
            assert!(person.bio.contains("Fiktive Person"), "{} is not marked fictional", person.name);
        }
    }
    assert!(p.sessions.values().all(|s| s.status == Status::Confirmed));
}

#[test]
fn clean_sample_has_no_clash_and_the_draft_every_kind() {
    assert_eq!(detect(&clean()), vec![]);
    let draft = format::load_str(podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let kinds: std::collections::BTreeSet<ClashKind> = detect(&draft).into_iter().map(|c| c.kind).collect();
    assert_eq!(kinds.len(), ClashKind::ALL.len(), "{kinds:?}");
}
