//! Forms that never trap (issue 13 §3, §5), driven by role and label through the accessibility tree
//! (egui_kittest, no GPU), in German: Verwerfen and Esc discard text Podium did not understand; problems
//! stand under their own field; Strg+Enter leaves the applied value in the focused field; duration 0 and
//! over a day warn; "Ende" is never stale; a new contribution's problem is in its own box, by position;
//! the acronym is lowercased; the session form lists its clashes and opens the track of one; the track
//! palette; "Person hinzufügen" takes the only match on Enter and creates a new person; the day choice
//! names weekday and label.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use podium::gui::files::NoDialogs;
use podium::gui::prefs::UiPrefs;
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;
use podium::model::Programme;

fn harness(path: Option<&Path>) -> Harness<'static, PodiumApp> {
    let app = PodiumApp::new(AppOptions {
        path: path.map(Path::to_owned),
        lang: Some(Lang::De),
        prefs: UiPrefs::default(),
        files: Box::new(NoDialogs),
        recovery_dir: None,
        autosave_after: Duration::from_secs(3600),
    });
    let mut h =
        Harness::builder().with_size([1500.0, 1000.0]).build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    h
}

fn p<'a>(h: &'a Harness<'static, PodiumApp>) -> &'a Programme {
    h.state().doc.programme()
}

fn click(h: &mut Harness<'static, PodiumApp>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).click();
    h.run();
}

fn nav(h: &mut Harness<'static, PodiumApp>, starts: &str) {
    h.get_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| l.starts_with(starts))).click();
    h.run();
}

/// Replaces the text of the field labelled `label` with `text` (as typed).
fn fill(h: &mut Harness<'static, PodiumApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    h.get_by_role_and_label(Role::TextInput, label).type_text(text);
    h.run();
}

fn value(h: &Harness<'static, PodiumApp>, label: &str) -> String {
    h.get_by_role_and_label(Role::TextInput, label).accesskit_node().value().unwrap_or_default().to_owned()
}

fn enabled(h: &Harness<'static, PodiumApp>, label: &str) -> bool {
    !h.get_by_role_and_label(Role::Button, label).accesskit_node().is_disabled()
}

/// Opens the session list and clicks the session's row.
fn select_session(h: &mut Harness<'static, PodiumApp>, title: &str) {
    nav(h, "Sessions");
    h.get_all_by_label(title).next().unwrap().click();
    h.run();
}

fn first_session_title(h: &Harness<'static, PodiumApp>) -> String {
    p(h).sessions.values().find(|s| s.start.is_some() && s.day.is_some()).unwrap().title.clone()
}

#[test]
fn verwerfen_and_esc_discard_text_that_was_not_understood_in_every_form() {
    let mut h = harness(None);
    let title = first_session_title(&h);
    // Session: a start time that is no time.
    select_session(&mut h, &title);
    let before = value(&h, "Beginn");
    fill(&mut h, "Beginn", "25:99");
    assert!(enabled(&h, "Verwerfen"), "Verwerfen works with only text not understood");
    click(&mut h, Role::Button, "Verwerfen");
    assert_eq!(value(&h, "Beginn"), before);
    // Esc does the same.
    fill(&mut h, "Beginn", "25:99");
    h.key_press(Key::Escape);
    h.run();
    h.run();
    assert_eq!(value(&h, "Beginn"), before, "Esc discards");
    // Hall: letters in the seats; the event: a changeover that is no duration.
    nav(&mut h, "Säle");
    h.get_all_by_label("Halle 7").next().unwrap().click();
    h.run();
    for (view, field, bad) in [(None, "Plätze", "viele"), (Some("Veranstaltung"), "Umbauzeit (Min.)", "kurz")] {
        if let Some(view) = view {
            nav(&mut h, view);
        }
        let before = value(&h, field);
        fill(&mut h, field, bad);
        assert!(enabled(&h, "Verwerfen"), "{field}");
        h.key_press(Key::Escape);
        h.run();
        h.run();
        assert_eq!(value(&h, field), before, "{field}: Esc discards");
    }
}

#[test]
fn problems_stand_under_their_field_and_the_form_does_not_move() {
    let mut h = harness(None);
    let title = first_session_title(&h);
    select_session(&mut h, &title);
    let below = h.get_by_role_and_label(Role::TextInput, "Dauer (Min.)").rect().top();
    fill(&mut h, "Beginn", "25:99");
    let hint = h.get_by_label("Uhrzeit nicht erkannt (z. B. 9:30, 930, 24:15)").rect();
    let start = h.get_by_role_and_label(Role::TextInput, "Beginn").rect();
    let hall = h.get_by_role_and_label(Role::ComboBox, "Saal").rect();
    assert!(hint.top() >= start.bottom() && hint.bottom() <= hall.top(), "under Beginn, above Saal");
    let after = h.get_by_role_and_label(Role::TextInput, "Dauer (Min.)").rect().top();
    assert_eq!(below, after, "the line was reserved: nothing below moved");
}

#[test]
fn after_strg_enter_the_focused_field_shows_the_applied_value() {
    let mut h = harness(None);
    let title = first_session_title(&h);
    select_session(&mut h, &title);
    fill(&mut h, "Beginn", "9");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    h.run();
    assert_eq!(value(&h, "Beginn"), "09:00");
}

#[test]
fn durations_warn_at_zero_and_over_a_day_and_the_end_is_never_stale() {
    let mut h = harness(None);
    let title = first_session_title(&h);
    select_session(&mut h, &title);
    fill(&mut h, "Beginn", "9:00");
    fill(&mut h, "Dauer (Min.)", "0");
    h.get_by_label_contains("Dauer 0: die Session belegt keine Zeit");
    assert_eq!(value(&h, "Ende"), "09:00");
    assert!(enabled(&h, "Übernehmen"), "0 is accepted");
    fill(&mut h, "Dauer (Min.)", "26h");
    h.get_by_label_contains("Länger als ein Tag (26 Std. 0 Min.)");
    fill(&mut h, "Dauer (Min.)", "1:75");
    assert_eq!(value(&h, "Ende"), "", "no end of the old duration");
    h.get_by_label_contains("Ende erst, wenn Beginn und Dauer verstanden sind");
}

#[test]
fn a_new_contributions_problem_is_in_its_own_box_named_by_position() {
    let mut h = harness(None);
    let title = first_session_title(&h);
    select_session(&mut h, &title);
    let n = p(&h).sessions.values().find(|s| s.title == title).unwrap().contributions.len();
    click(&mut h, Role::Button, "Beitrag hinzufügen");
    let header = h.get_by_label_contains(&format!("Beitrag {}  ·", n + 1)).rect();
    let problem = h.get_all_by_label("Name oder Titel fehlt").map(|x| x.rect()).find(|r| r.top() > header.top());
    assert!(problem.is_some(), "the missing title stands in the new box");
    assert!(h.query_by_label_contains("beitrag-").is_none(), "never the internal key");
}

#[test]
fn the_acronym_field_lowercases_what_is_typed() {
    let mut h = harness(None);
    nav(&mut h, "Veranstaltung");
    fill(&mut h, "Kürzel", "NSP2022");
    assert_eq!(value(&h, "Kürzel"), "nsp2022");
}

#[test]
fn the_session_form_lists_its_clashes_and_a_track_colour_opens_the_track() {
    let draft = Path::new("sample_data/bundeskongress-2022-entwurf.ron");
    let mut h = harness(Some(draft));
    select_session(&mut h, "Empfang zur Eröffnung");
    h.get_by_label("Konflikte dieser Session");
    let text =
        "Die Farbe „#7F8C“ ist unvollständig – sechs Ziffern nach #, z. B. #1F77B4 – Track „Rahmenprogramm“ öffnen";
    click(&mut h, Role::Button, text);
    assert_eq!(value(&h, "Hex-Code"), "#7F8C", "the track's form is open");
    h.get_by_role_and_label(Role::Button, "Grün");
}

#[test]
fn a_track_colour_is_picked_by_name_and_the_hex_code_stays_editable() {
    let mut h = harness(None);
    nav(&mut h, "Tracks");
    click(&mut h, Role::Button, "Neu…");
    fill(&mut h, "Name", "Probe");
    click(&mut h, Role::Button, "Türkis");
    assert_eq!(value(&h, "Hex-Code"), "#17becf");
    for name in ["Blau", "Orange", "Grün", "Rot", "Violett", "Braun", "Rosa", "Grau", "Oliv", "Dunkelblau", "Gelb"] {
        h.get_by_role_and_label(Role::Button, name);
    }
    fill(&mut h, "Hex-Code", "#123456");
    click(&mut h, Role::Button, "Übernehmen");
    assert!(p(&h).tracks.values().any(|t| t.name == "Probe" && t.colour == "#123456"));
}

#[test]
fn person_hinzufuegen_takes_the_only_match_on_enter_and_creates_a_new_person() {
    let mut h = harness(None);
    let title = first_session_title(&h);
    select_session(&mut h, &title);
    let (name, count) = {
        let s = p(&h).sessions.values().find(|s| s.title == title).unwrap();
        let taken: Vec<_> = s.people.iter().map(|x| x.person.clone()).collect();
        let (_, x) = p(&h).people.iter().find(|(k, _)| !taken.contains(k)).unwrap();
        (x.name.clone(), s.people.len())
    };
    fill(&mut h, "Person hinzufügen", &name);
    h.key_press(Key::Enter);
    h.run();
    assert!(h.query_by_label_contains(&format!("+ {name}")).is_none(), "taken, the search is empty again");

    fill(&mut h, "Person hinzufügen", "Zora Neumann");
    click(&mut h, Role::Button, "Neue Person „Zora Neumann“ anlegen");
    assert!(p(&h).people.values().any(|x| x.name == "Zora Neumann"), "created");
    click(&mut h, Role::Button, "Übernehmen");
    let s = p(&h).sessions.values().find(|s| s.title == title).unwrap();
    assert!(s.people.iter().any(|x| p(&h).people[&x.person].name == "Zora Neumann"), "and in the session");
    assert!(s.people.iter().any(|x| p(&h).people[&x.person].name == name), "Enter took the only match");
    assert_eq!(s.people.len(), count + 2);
}

#[test]
fn the_day_choice_shows_weekday_and_label() {
    let mut h = harness(None);
    let title = first_session_title(&h);
    select_session(&mut h, &title);
    click(&mut h, Role::ComboBox, "Tag");
    h.get_by_label("Do., 15.09. · Kongresstag");
    h.get_by_label("Mi., 14.09. · Rahmenprogramm");
}
