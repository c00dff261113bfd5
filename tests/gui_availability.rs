//! Availability per day in the person and hall forms, driven by role and label (egui_kittest, no GPU), in
//! German: every day of the event with "ganztägig verfügbar / nicht verfügbar / nur von … bis …"; a
//! choice becomes the model's day, a span's times are typed, and a person limited on one day is no longer
//! silently unavailable on the others.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;
use podium::model::{Clock, DayAvailability, DayKey, HallKey, PersonKey, Programme, Span};

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

/// Picks `option` in the combo box labelled `label` (the option nearest the combo box).
fn pick(h: &mut Harness<'static, PodiumApp>, label: &str, option: &str) {
    let combo = h.get_by_role_and_label(Role::ComboBox, label).rect();
    click(h, Role::ComboBox, label);
    let distance = |r: egui::Rect| (r.left() - combo.left()).abs() + (r.center().y - combo.center().y).abs();
    let options = h.get_all_by_label(option).collect::<Vec<_>>();
    let nearest = options.iter().min_by(|a, b| distance(a.rect()).total_cmp(&distance(b.rect()))).unwrap();
    nearest.click();
    h.run();
}

/// Types into the last "bis" field (the last day's span).
fn type_last_to(h: &mut Harness<'static, PodiumApp>, text: &str) {
    h.get_all_by_role_and_label(Role::TextInput, "bis").last().unwrap().click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    h.get_all_by_role_and_label(Role::TextInput, "bis").last().unwrap().type_text(text);
}

fn clock(h: u32, m: u32) -> Clock {
    Clock::from_hm(h, m).unwrap()
}

#[test]
fn the_person_form_shows_each_day_and_sets_it_explicitly() {
    let mut h = harness();
    nav(&mut h, "Referierende");
    h.get_all_by_label("Annette Brandt").next().unwrap().click();
    h.run();
    for day in ["Mi., 14.09. · Rahmenprogramm", "Do., 15.09. · Kongresstag", "Fr., 16.09. · Exkursionen"] {
        h.get_by_role_and_label(Role::ComboBox, day);
    }
    // The old file's meaning, shown: not on the excursion day.
    let combo = h.get_by_role_and_label(Role::ComboBox, "Fr., 16.09. · Exkursionen");
    assert_eq!(combo.accesskit_node().value().as_deref(), Some("nicht verfügbar"));
    pick(&mut h, "Fr., 16.09. · Exkursionen", "ganztägig verfügbar");
    pick(&mut h, "Mi., 14.09. · Rahmenprogramm", "nicht verfügbar");
    click(&mut h, Role::Button, "Übernehmen");
    let a = &p(&h).people[&PersonKey::new("annette-brandt")].availability;
    assert_eq!(a.on(&DayKey::new("exkursionen")), &DayAvailability::AllDay);
    assert_eq!(a.on(&DayKey::new("rahmenprogramm")), &DayAvailability::Unavailable);
    assert!(matches!(a.on(&DayKey::new("kongresstag")), DayAvailability::Only(_)), "the rest stays");
}

#[test]
fn the_hall_form_takes_a_span_typed_for_one_day() {
    let mut h = harness();
    nav(&mut h, "Säle");
    h.get_all_by_label("Halle 7").next().unwrap().click();
    h.run();
    pick(&mut h, "Fr., 16.09. · Exkursionen", "nur von … bis …");
    type_last_to(&mut h, "1230");
    h.run();
    click(&mut h, Role::Button, "Übernehmen");
    let a = &p(&h).halls[&HallKey::new("halle-7")].availability;
    let opens = p(&h).days[&DayKey::new("exkursionen")].opens;
    assert_eq!(
        a.on(&DayKey::new("exkursionen")),
        &DayAvailability::Only(vec![Span { from: opens, to: clock(12, 30) }])
    );
}

#[test]
fn a_span_that_ends_before_it_starts_is_said_under_its_row() {
    let mut h = harness();
    nav(&mut h, "Säle");
    h.get_all_by_label("Halle 7").next().unwrap().click();
    h.run();
    pick(&mut h, "Fr., 16.09. · Exkursionen", "nur von … bis …");
    type_last_to(&mut h, "8");
    h.run();
    h.get_by_label("„bis“ muss nach „von“ liegen");
}
