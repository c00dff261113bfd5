//! Suggestions and automatic placement in the editor, driven through the accessibility tree (egui_kittest,
//! no GPU), in German: "Freie Plätze…" from the session form (the list, the ghost of the place under the
//! pointer, a click that moves the session, undo), the pin, "Automatisch einplanen…" from the menu with
//! its report and one undo step, and "Konflikte auflösen…" on the draft congress.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use podium::clash::{ClashKind, detect};
use podium::gui::action::View;
use podium::gui::files::NoDialogs;
use podium::gui::prefs::UiPrefs;
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;
use podium::model::{Programme, SessionKey};

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

/// Opens the session list and clicks the session's row.
fn select_session(h: &mut Harness<'static, PodiumApp>, title: &str) {
    h.get_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| l.starts_with("Sessions"))).click();
    h.run();
    h.get_all_by_label(title).next().unwrap().click();
    h.run();
}

/// Runs frames until `done` holds (the placing runs on its own thread), at most 20 s.
fn run_until(h: &mut Harness<'static, PodiumApp>, done: impl Fn(&Harness<'static, PodiumApp>) -> bool) {
    let started = Instant::now();
    while !done(h) {
        assert!(started.elapsed() < Duration::from_secs(20), "gave up waiting");
        std::thread::sleep(Duration::from_millis(20));
        h.run();
    }
}

const ARENA: &str = "Arena Krisenfeste Daseinsvorsorge";

#[test]
fn free_places_from_the_form_show_a_ghost_and_a_click_moves_the_session_in_one_undo_step() {
    let mut h = harness(None);
    select_session(&mut h, ARENA);
    let key = p(&h).sessions.iter().find(|(_, s)| s.title == ARENA).map(|(k, _)| k.clone()).unwrap();
    let before = p(&h).sessions[&key].clone();
    click(&mut h, Role::Button, "Freie Plätze…");
    assert_eq!(h.state().view(), View::Timetable, "the places are shown beside the timetable");
    h.get_by_label_contains("Freie Plätze für „Arena Krisenfeste Daseinsvorsorge“");
    let places: Vec<String> =
        h.query_all_by_label_contains("ohne Warnung").filter_map(|n| n.accesskit_node().label()).collect();
    assert!(places.len() >= 5, "{places:?}");
    assert!(places[0].starts_with("Do., 15.09.2022"), "nearest first: the same day ({})", places[0]);
    // Hovering a place shows the session there as a ghost block.
    h.get_by_label(&places[2]).hover();
    h.run();
    let ghost = h.state().timetable().ghost.clone();
    let Some((ghost_key, place)) = ghost else { panic!("no ghost for {}", places[2]) };
    assert_eq!(ghost_key, key);
    assert_eq!(h.state().timetable().day.as_ref(), Some(&place.day), "the ghost's day is shown");
    // A click moves it there; the window closes; undo puts it back.
    h.get_by_label(&places[2]).click();
    h.run();
    let moved = &p(&h).sessions[&key];
    assert_eq!(
        (moved.day.as_ref(), moved.start, moved.hall.as_ref()),
        (Some(&place.day), Some(place.start), Some(&place.hall))
    );
    assert!(h.query_by_label_contains("Freie Plätze für").is_none(), "closed");
    assert!(h.state().timetable().ghost.is_none());
    assert!(
        detect(p(&h))
            .iter()
            .all(|c| !c.involved().any(|k| *k == key) || c.severity() != podium::clash::Severity::Error)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(p(&h).sessions[&key], before);
}

#[test]
fn the_pin_is_set_in_the_form() {
    let mut h = harness(None);
    select_session(&mut h, ARENA);
    click(&mut h, Role::CheckBox, "Fixiert (automatisches Einplanen verschiebt sie nie)");
    click(&mut h, Role::Button, "Übernehmen");
    assert!(p(&h).sessions.values().find(|s| s.title == ARENA).unwrap().pinned);
}

#[test]
fn automatic_placement_from_the_menu_places_all_reports_and_is_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Some(&common::arenas_off(dir.path())));
    let unplaced = |h: &Harness<'static, PodiumApp>| -> Vec<SessionKey> {
        p(h).sessions
            .iter()
            .filter(|(_, s)| s.title.starts_with("Arena") && s.start.is_none())
            .map(|(k, _)| k.clone())
            .collect()
    };
    assert_eq!(unplaced(&h).len(), 4);
    click(&mut h, Role::Button, "Bearbeiten");
    click(&mut h, Role::Button, "Automatisch einplanen…");
    h.get_by_role_and_label(Role::TextInput, "Zeitbudget (Sekunden)");
    click(&mut h, Role::Button, "Starten");
    run_until(&mut h, |h| h.query_by_label_contains("Sessions eingeplant").is_some());
    h.get_by_label("4 Sessions eingeplant, 0 nicht eingeplant, 0 verschoben · 0 Fehler übrig");
    h.get_by_label_contains("• „Arena Krisenfeste Daseinsvorsorge“: Do., 15.09.2022");
    assert!(unplaced(&h).is_empty());
    assert_eq!(
        h.state().doc.undo_summary().map(|s| podium::i18n::edit_label(Lang::De, s)).as_deref(),
        Some("Automatisch eingeplant: 4 Sessions")
    );
    click(&mut h, Role::Button, "Schließen");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(unplaced(&h).len(), 4, "one undo takes the whole run back");
}

#[test]
fn resolving_clashes_ends_the_overlaps_of_the_draft_congress() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entwurf.ron");
    std::fs::write(&path, podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let mut h = harness(Some(&path));
    let overlaps = |p: &Programme| {
        detect(p).iter().filter(|c| matches!(c.kind, ClashKind::RoomOverlap | ClashKind::SpeakerOverlap)).count()
    };
    assert!(overlaps(p(&h)) > 0);
    click(&mut h, Role::Button, "Bearbeiten");
    click(&mut h, Role::Button, "Konflikte auflösen…");
    click(&mut h, Role::Button, "Starten");
    run_until(&mut h, |h| h.query_by_label_contains("Fehler übrig").is_some());
    assert_eq!(overlaps(p(&h)), 0, "no hall or person twice");
    h.get_by_label_contains("Verschoben:");
    assert!(h.state().doc.undo_summary().is_some_and(|s| s.name.starts_with("Konflikte aufgelöst:")));
}

#[test]
fn every_clash_in_the_panel_offers_free_places_for_its_first_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entwurf.ron");
    std::fs::write(&path, podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    let mut h = harness(Some(&path));
    // Every error and warning about a session (not the infos, not a track's colour).
    let errors_and_warnings = detect(p(&h))
        .iter()
        .filter(|c| c.severity() != podium::clash::Severity::Info && !c.sessions.is_empty())
        .count();
    let offers = h.query_all_by_role_and_label(Role::Button, "Freie Plätze…").count();
    assert_eq!(offers, errors_and_warnings, "one offer per error and warning about a session");
    // The panel lists the errors first.
    let first = detect(p(&h))
        .into_iter()
        .find(|c| c.severity() == podium::clash::Severity::Error && !c.sessions.is_empty())
        .unwrap()
        .sessions[0]
        .session
        .clone();
    let title = p(&h).sessions[&first].title.clone();
    h.query_all_by_role_and_label(Role::Button, "Freie Plätze…").next().unwrap().click();
    h.run();
    h.get_by_label_contains(&format!("Freie Plätze für „{title}“"));
}

#[test]
fn abbrechen_stops_the_run_shows_progress_first_and_keeps_the_best_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = podium::synth::packed(4, 50, 2000, 3);
    for s in big.sessions.values_mut().step_by(2) {
        (s.day, s.start, s.hall) = (None, None, None);
    }
    let path = dir.path().join("gross.ron");
    podium::format::save_file(&big, &path).unwrap();
    let mut h = harness(Some(&path));
    click(&mut h, Role::Button, "Bearbeiten");
    click(&mut h, Role::Button, "Automatisch einplanen…");
    h.get_by_label_contains("1.000 Sessions ohne Tag, Beginn oder Saal werden eingeplant");
    click(&mut h, Role::Button, "Starten");
    assert!(h.query_by_role(Role::ProgressIndicator).is_some(), "a progress bar while it runs");
    click(&mut h, Role::Button, "Abbrechen");
    run_until(&mut h, |h| h.query_by_label_contains("Fehler übrig").is_some());
    h.get_by_label("Vorzeitig beendet (abgebrochen oder Zeitbudget erreicht): der beste bis dahin gefundene Plan wurde übernommen.");
    assert_eq!(podium::clash::Counts::of(&detect(p(&h))).errors, 0, "what was placed is placed without errors");
}
