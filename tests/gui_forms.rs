//! The forms driven as a user would, through the accessibility tree (egui_kittest, no GPU), in German:
//! create a hall, a person and two sessions, make them clash, move one, undo; lenient time input;
//! an invalid date; deleting a used hall and undoing it.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use podium::clash::ClashKind;
use podium::gui::action::{Selected, View};
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;
use podium::model::{Clock, DayKey, HallKey, HallPlacement, PersonKey, Programme};

/// The editor on the bundled congress (no file), in German.
fn harness() -> Harness<'static, PodiumApp> {
    let app = PodiumApp::new(AppOptions::headless(None, Lang::De));
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

/// Picks `option` in the combo box labelled `label`.
fn pick(h: &mut Harness<'static, PodiumApp>, label: &str, option: &str) {
    let combo = h.get_by_role_and_label(Role::ComboBox, label).rect();
    click(h, Role::ComboBox, label);
    // The option in the popup, not a list row of the same name: the one nearest the combo box.
    let distance = |r: egui::Rect| (r.left() - combo.left()).abs() + (r.center().y - combo.center().y).abs();
    let options = h.get_all_by_label(option).collect::<Vec<_>>();
    let nearest = options.iter().min_by(|a, b| distance(a.rect()).total_cmp(&distance(b.rect()))).unwrap();
    nearest.click();
    h.run();
}

fn apply(h: &mut Harness<'static, PodiumApp>) {
    click(h, Role::Button, "Übernehmen");
}

fn clash_kinds(h: &Harness<'static, PodiumApp>) -> Vec<ClashKind> {
    h.state().doc.clashes().iter().map(|c| c.kind).collect()
}

fn session_key(h: &Harness<'static, PodiumApp>, title: &str) -> podium::model::SessionKey {
    p(h).sessions.iter().find(|(_, s)| s.title == title).map(|(k, _)| k.clone()).unwrap()
}

/// Creates a session through the form: title, day, start, hall, duration, one speaker.
fn new_session(h: &mut Harness<'static, PodiumApp>, title: &str, start: &str, speaker: &str) {
    click(h, Role::Button, "Neu…");
    fill(h, "Titel", title);
    pick(h, "Tag", "Do., 15.09. · Kongresstag");
    fill(h, "Beginn", start);
    pick(h, "Saal", "Saal Probe");
    fill(h, "Dauer (Min.)", "1h30");

    fill(h, "Person hinzufügen", speaker);
    h.get_by_label_contains(&format!("+ {speaker}")).click();
    h.run();
    apply(h);
}

#[test]
fn a_programme_made_in_the_forms_shows_its_clash_and_undo_restores_it() {
    let mut h = harness();
    assert!(h.state().doc.clashes().is_empty(), "the bundled congress is clean");

    // A hall.
    nav(&mut h, "Säle");
    click(&mut h, Role::Button, "Neu…");
    fill(&mut h, "Name", "Saal Probe");
    fill(&mut h, "Plätze", "80");
    apply(&mut h);

    let hall = HallKey::new("saal-probe");
    assert_eq!(p(&h).halls[&hall].capacity, Some(80));
    assert_eq!(h.state().selected().cloned(), Some(Selected::Hall(hall.clone())), "the new hall is selected");

    // A speaker, with a private field.
    nav(&mut h, "Referierende");
    click(&mut h, Role::Button, "Neu…");
    fill(&mut h, "Name", "Erika Probe");
    fill(&mut h, "Funktion", "Stadtbaurätin");
    fill(&mut h, "E-Mail", "erika@example.org");
    apply(&mut h);
    let erika = &p(&h).people[&podium::model::PersonKey::new("erika-probe")];
    assert_eq!((erika.function.as_str(), erika.email.as_str()), ("Stadtbaurätin", "erika@example.org"));

    // Two sessions in the new hall that overlap.
    nav(&mut h, "Sessions");
    new_session(&mut h, "Probe A", "930", "Erika Probe");
    new_session(&mut h, "Probe B", "10", "Erika Probe");
    let a = session_key(&h, "Probe A");
    let b = &p(&h).sessions[&session_key(&h, "Probe B")];
    assert_eq!(p(&h).sessions[&a].start, Some(Clock::from_hm(9, 30).unwrap()), "930 means 09:30");
    assert_eq!(p(&h).sessions[&a].duration_mins, 90, "1h30 means 90 minutes");
    assert_eq!(b.hall, Some(HallPlacement::Hall(hall.clone())));
    assert_eq!(p(&h).sessions[&a].hall, Some(HallPlacement::Hall(hall.clone())));
    assert!(clash_kinds(&h).contains(&ClashKind::RoomOverlap), "{:?}", clash_kinds(&h));
    assert!(clash_kinds(&h).contains(&ClashKind::SpeakerOverlap));
    h.get_by_label("Saal Probe: „Probe A“ überschneidet sich mit „Probe B“");

    // Move B after A: the clash goes.
    fill(&mut h, "Beginn", "11:00");
    apply(&mut h);
    assert!(!clash_kinds(&h).contains(&ClashKind::RoomOverlap), "{:?}", clash_kinds(&h));
    assert!(h.query_by_label("Saal Probe: „Probe A“ überschneidet sich mit „Probe B“").is_none());

    // Undo brings it back, and the form shows the old start.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(clash_kinds(&h).contains(&ClashKind::RoomOverlap));
    h.get_by_label("Saal Probe: „Probe A“ überschneidet sich mit „Probe B“");
    assert_eq!(h.get_by_role_and_label(Role::TextInput, "Beginn").value().as_deref(), Some("10:00"));
}

#[test]
fn typed_times_are_read_leniently_and_bad_input_is_marked_not_applied() {
    let mut h = harness();
    nav(&mut h, "Sessions");
    let (key, title) =
        p(&h).sessions.iter().find(|(_, s)| s.start.is_some()).map(|(k, s)| (k.clone(), s.title.clone())).unwrap();
    h.state_mut().select(Selected::Session(key.clone()));
    h.run();
    h.get_all_by_label(&title).next().unwrap();
    fill(&mut h, "Beginn", "930");
    // Leaving the field shows the time as the programme will store it.
    h.get_by_role_and_label(Role::TextInput, "Titel").click();
    h.run();
    assert_eq!(h.get_by_role_and_label(Role::TextInput, "Beginn").value().as_deref(), Some("09:30"));
    apply(&mut h);
    assert_eq!(p(&h).sessions[&key].start, Some(Clock::from_hm(9, 30).unwrap()));

    // A time that is not one: marked, explained, and the form will not apply.
    fill(&mut h, "Beginn", "25:99");
    h.get_by_label("Uhrzeit nicht erkannt (z. B. 9:30, 930, 24:15)");
    h.get_by_label("Ungültige Eingaben: bitte korrigieren oder verwerfen");
    assert!(h.get_by_role_and_label(Role::Button, "Übernehmen").accesskit_node().is_disabled());
    assert_eq!(p(&h).sessions[&key].start, Some(Clock::from_hm(9, 30).unwrap()), "not applied");
}

#[test]
fn an_invalid_date_is_marked_and_not_applied() {
    let mut h = harness();
    nav(&mut h, "Tage");
    let (key, date) = p(&h).days.iter().next().map(|(k, d)| (k.clone(), d.date)).unwrap();
    h.state_mut().select(Selected::Day(key.clone()));
    h.run();
    fill(&mut h, "Datum", "31.9.2022");
    h.get_by_label("Datum nicht erkannt (z. B. 14.9.2022; Jahre 1900–2200)");
    assert!(h.get_by_role_and_label(Role::Button, "Übernehmen").accesskit_node().is_disabled());
    // Leaving would apply the form, which cannot apply: the user is asked, and "Zurück zum Formular"
    // keeps them on it.
    nav(&mut h, "Säle");
    h.get_by_label("Formular verlassen?");
    h.get_by_role_and_label(Role::Button, "Zurück zum Formular").click();
    h.run();
    assert!(h.query_by_label("Formular verlassen?").is_none());
    assert_eq!(h.state().selected().cloned(), Some(Selected::Day(key.clone())), "still on the day");
    assert_eq!(h.state().view(), View::Days, "still in the list of days");
    assert_eq!(p(&h).days[&key].date, date, "nothing applied");
    h.get_by_label("Datum nicht erkannt (z. B. 14.9.2022; Jahre 1900–2200)");
    // A good date applies; "2022-09-13" in ISO is read as well.
    fill(&mut h, "Datum", "13.9.2022");
    apply(&mut h);
    assert_eq!(p(&h).days[&key].date.to_string(), "2022-09-13");
}

#[test]
fn deleting_a_day_names_the_availability_that_goes_with_it() {
    let mut h = harness();
    let day = DayKey::new("rahmenprogramm");
    let before = p(&h).clone();
    nav(&mut h, "Tage");
    h.state_mut().select(Selected::Day(day.clone()));
    h.run();
    click(&mut h, Role::Button, "Löschen");
    h.get_by_label_contains("Diese Säle und Personen verlieren ihre Verfügbarkeit an dem Tag");
    h.get_by_label("• Halle 7");
    h.get_by_label("• Annette Brandt");
    assert!(h.query_by_label("• Hans Joachim Schellnhuber").is_none(), "his only window is on another day");
    h.get_all_by_role_and_label(Role::Button, "Löschen").last().unwrap().click();
    h.run();
    let brandt = &p(&h).people[&PersonKey::new("annette-brandt")];
    assert!(!brandt.availability.mentions(&day), "the windows on the day went");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(p(&h), &before, "one undo brings them back");
}

#[test]
fn a_halls_changeover_is_read_as_minutes_and_seats_refuse_a_stray_point() {
    let mut h = harness();
    nav(&mut h, "Säle");
    let hall = HallKey::new("halle-6");
    h.state_mut().select(Selected::Hall(hall.clone()));
    h.run();
    // "1.5" used to be read as 15 (a thousands point); as minutes it is not understood.
    fill(&mut h, "Umbauzeit (Min.)", "1.5");
    h.get_by_label("Dauer nicht erkannt (z. B. 90, 1:30, 1h30)");
    assert!(h.get_by_role_and_label(Role::Button, "Übernehmen").accesskit_node().is_disabled());
    fill(&mut h, "Umbauzeit (Min.)", "1h");
    apply(&mut h);
    assert_eq!(p(&h).halls[&hall].changeover_mins, Some(60));
    // Emptied, the event's changeover applies again.
    fill(&mut h, "Umbauzeit (Min.)", "");
    apply(&mut h);
    assert_eq!(p(&h).halls[&hall].changeover_mins, None);
    // Seats take German thousands points, but not a point in the wrong place.
    fill(&mut h, "Plätze", "1.5");
    h.get_by_label("Bitte eine ganze Zahl ab 0 eingeben (z. B. 200 oder 1.200)");
    fill(&mut h, "Plätze", "1.200");
    apply(&mut h);
    assert_eq!(p(&h).halls[&hall].capacity, Some(1200));
}

#[test]
fn deleting_a_used_hall_unassigns_its_sessions_and_undo_restores_them() {
    let mut h = harness();
    let hall = HallKey::new("halle-6");
    let users: Vec<_> =
        p(&h).sessions.iter().filter(|(_, s)| s.hall_key() == Some(&hall)).map(|(k, _)| k.clone()).collect();
    assert!(users.len() >= 2);
    let before = p(&h).clone();
    nav(&mut h, "Säle");
    h.state_mut().select(Selected::Hall(hall.clone()));
    h.run();
    click(&mut h, Role::Button, "Löschen");
    // The question names what will be unassigned; Esc cancels.
    h.get_by_label("Wirklich löschen?");
    h.get_by_label("• Entwicklung und Einsatz von Urbanen Digitalen Zwillingen");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Wirklich löschen?").is_none());
    assert_eq!(p(&h), &before, "cancelled");

    click(&mut h, Role::Button, "Löschen");
    h.get_all_by_role_and_label(Role::Button, "Löschen").last().unwrap().click();
    h.run();
    assert!(!p(&h).halls.contains_key(&hall));
    assert!(users.iter().all(|k| p(&h).sessions[k].hall.is_none()), "unassigned");
    assert!(clash_kinds(&h).contains(&ClashKind::Unscheduled), "confirmed sessions without a hall show up");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(p(&h), &before, "one undo restores hall and sessions");
}

#[test]
fn new_day_suggests_the_next_date_and_halls_reorder() {
    let mut h = harness();
    nav(&mut h, "Tage");
    click(&mut h, Role::Button, "Neu…");
    assert_eq!(h.get_by_role_and_label(Role::TextInput, "Datum").value().as_deref(), Some("17.09.2022"));
    apply(&mut h);
    assert_eq!(p(&h).days.len(), 4);

    nav(&mut h, "Säle");
    let second = p(&h).halls.keys().nth(1).unwrap().clone();
    h.state_mut().select(Selected::Hall(second.clone()));
    h.run();
    click(&mut h, Role::Button, "Nach oben");
    assert_eq!(p(&h).halls.keys().next(), Some(&second));
}

#[test]
fn problems_show_next_to_the_field_while_typing() {
    let mut h = harness();
    nav(&mut h, "Säle");
    let second = p(&h).halls.keys().nth(1).unwrap().clone();
    h.state_mut().select(Selected::Hall(second.clone()));
    h.run();
    fill(&mut h, "Name", "halle 1");
    // From the model's validation, before anything is applied.
    h.get_by_label("Name „halle 1“ doppelt (wie „halle-1“)");
    assert_ne!(p(&h).halls[&second].name, "halle 1");
    fill(&mut h, "Name", "");
    h.get_by_label("Name oder Titel fehlt");
    click(&mut h, Role::Button, "Verwerfen");
    assert!(h.query_by_label("Name oder Titel fehlt").is_none());
}

#[test]
fn save_and_undo_take_what_is_typed_in_a_form() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kongress.ron");
    podium::format::save_file(&podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap(), &path).unwrap();
    let app = PodiumApp::new(AppOptions::headless(Some(path.clone()), Lang::De));
    let mut h =
        Harness::builder().with_size([1500.0, 1000.0]).build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    nav(&mut h, "Veranstaltung");

    // Typed, not applied, then Strg+S: the file holds the new title and nothing is left unsaved.
    fill(&mut h, "Titel", "Bundeskongress, geänderter Titel");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("Bundeskongress, geänderter Titel"), "the typed title was not saved");
    assert!(!h.state().doc.is_dirty());
    assert!(h.state().may_close(), "nothing unsaved, closing needs no question");

    // Typed, then Strg+Z: in the text field it is the field's own undo, so the programme and its
    // history stay as they are; Esc then drops the draft, and leaving the form does not bring it back.
    fill(&mut h, "Titel", "Noch ein Titel");
    assert!(!h.state().may_close(), "a form with changes counts as unsaved");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(p(&h).event.title, "Bundeskongress, geänderter Titel");
    assert!(h.state().doc.redo_summary().is_none(), "the programme's history is untouched");
    h.key_press(Key::Escape);
    h.run();
    nav(&mut h, "Sessions");
    nav(&mut h, "Veranstaltung");
    assert_eq!(p(&h).event.title, "Bundeskongress, geänderter Titel");
    assert!(!h.state().doc.is_dirty());
}

#[test]
fn typing_a_new_name_letter_by_letter_keeps_the_focus() {
    let mut h = harness();
    nav(&mut h, "Referierende");
    click(&mut h, Role::Button, "Neu…");
    h.get_by_role_and_label(Role::TextInput, "Name").click();
    h.run();
    // One letter a frame, as people type: the hint "Name fehlt" goes away after the first letter, and
    // the caret must stay in the field.
    for ch in "Anna Test".chars() {
        h.event(egui::Event::Text(ch.to_string()));
        h.run();
    }
    assert_eq!(h.get_by_role_and_label(Role::TextInput, "Name").value().as_deref(), Some("Anna Test"));
    apply(&mut h);
    assert!(p(&h).people.values().any(|x| x.name == "Anna Test"));
}
