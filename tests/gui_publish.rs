//! Publishing rounds in the editor, driven through the accessibility tree (egui_kittest, no GPU):
//! Datei → Veröffentlichen… records a release beside the file after showing what changed and refusing a
//! taken label; Ansicht → Änderungen seit … lists the changes (a click selects the session, the timetable
//! marks the block); Export → Briefe… / Raumaushänge… open the agenda dialog with a count preview.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use podium::edit::{Edit, Update};
use podium::gui::action::Selected;
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;
use podium::model::{Clock, SessionKey};

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kongress.ron");
    std::fs::write(&path, podium::sample::BUNDESKONGRESS).unwrap();
    (dir, path)
}

fn harness(path: &Path) -> Harness<'static, PodiumApp> {
    let app = PodiumApp::new(AppOptions::headless(Some(path.to_owned()), Lang::De));
    let mut h = Harness::builder().with_size([1400.0, 900.0]).build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    h
}

fn menu(h: &mut Harness<'_, PodiumApp>, top: &str, item: &str) {
    h.get_by_label(top).click();
    h.run();
    h.get_by_label_contains(item).click();
    h.run();
}

/// Moves the Zwillinge arena to 15:00 (an edit, as a drag would make).
fn move_arena(h: &mut Harness<'_, PodiumApp>) -> SessionKey {
    let key = SessionKey::new("arena-digitale-zwillinge");
    let mut s = h.state().doc.programme().sessions[&key].clone();
    s.start = Clock::from_hm(15, 0);
    h.state_mut().doc.apply(Edit::Update(Update::Session(key.clone(), Box::new(s)))).unwrap();
    h.run();
    key
}

#[test]
fn publish_shows_the_changes_first_refuses_a_taken_label_and_records_beside_the_file() {
    let (dir, path) = setup();
    let mut h = harness(&path);
    menu(&mut h, "Datei", "Veröffentlichen…");
    h.get_by_label("Die erste Veröffentlichung.");
    h.get_by_role_and_label(Role::Button, "Veröffentlichen").click();
    h.run();
    let status = h.state().notice().unwrap().to_owned();
    assert!(status.starts_with("Veröffentlicht: „Stand 1“ (33 Sessions)"), "{status}");
    assert!(dir.path().join("kongress.releases/001-stand-1.ron").is_file());
    move_arena(&mut h);
    menu(&mut h, "Datei", "Veröffentlichen…");
    h.get_by_label("Seit der letzten Veröffentlichung (Stand 1): 1 Änderung");
    h.get_by_label_contains("verschoben von 14:40 auf 15:00 Uhr");
    // "Stand 2" is offered; "stand 1" is taken and cannot be recorded.
    h.get_by_role_and_label(Role::TextInput, "Name").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Name").type_text("stand 1");
    h.run();
    h.get_by_label("Diesen Namen gibt es schon.");
    h.get_by_role_and_label(Role::Button, "Veröffentlichen").click();
    h.run();
    assert!(!dir.path().join("kongress.releases/002-stand-1.ron").exists());
    h.get_by_role_and_label(Role::Button, "Abbrechen").click();
    h.run();
    assert!(h.query_by_label("Diesen Namen gibt es schon.").is_none(), "the dialog is closed");
}

#[test]
fn changes_since_a_release_select_the_session_and_mark_its_block() {
    let (_dir, path) = setup();
    let programme = podium::format::load_file(&path).unwrap();
    podium::release::record(&path, &programme, "Stand 1", "", chrono::Utc::now()).unwrap();
    let mut h = harness(&path);
    let key = move_arena(&mut h);
    menu(&mut h, "Ansicht", "Änderungen seit …");
    h.get_by_label("1 Änderung");
    let row = "Entwicklung und Einsatz von Urbanen Digitalen Zwillingen — verschoben von 14:40 auf 15:00 Uhr";
    h.get_by_label(row).click();
    h.run();
    assert_eq!(h.state().selected().cloned(), Some(Selected::Session(key.clone())));
    assert!(h.state().timetable().changed.contains(&key), "the timetable marks the changed block");
    assert_eq!(h.state().timetable().changed.len(), 1);
    // Closing the panel clears the marks.
    h.get_by_role_and_label(Role::Button, "Schließen").click();
    h.run();
    assert!(h.state().timetable().changed.is_empty());
}

#[test]
fn letters_and_door_signs_from_the_export_menu_with_a_count_preview() {
    let (dir, path) = setup();
    let mut h = harness(&path);
    menu(&mut h, "Export", "Raumaushänge…");
    h.get_by_label("18 Aushänge");
    h.get_by_role_and_label(Role::Button, "Abbrechen").click();
    h.run();
    menu(&mut h, "Export", "Briefe an die Mitwirkenden…");
    let p = h.state().doc.programme().clone();
    let people = podium::export::publish::letters::recipients(&p, &podium::export::Selection::default()).len();
    h.get_by_label(&format!("{people} Briefe"));
    h.get_by_role_and_label(Role::Button, "Datei wählen…").click();
    h.run();
    // The chooser says what it saves, not "Agenda exportieren".
    h.get_by_label("Briefe an die Mitwirkenden – Speichern");
    let out = dir.path().join("briefe");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Dateiname").type_text(out.to_str().unwrap());
    h.run();
    h.get_by_role_and_label(Role::Button, "Speichern").click();
    h.run();
    let written = dir.path().join("briefe.pdf");
    let start = Instant::now();
    while !h.state().notice().is_some_and(|s| s.starts_with("Agenda geschrieben")) {
        assert!(start.elapsed() < Duration::from_secs(60), "status: {:?}", h.state().notice());
        std::thread::sleep(Duration::from_millis(20));
        h.run();
    }
    assert!(std::fs::read(&written).unwrap().starts_with(b"%PDF-"));
}
