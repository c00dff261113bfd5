//! Export → Agenda… in the editor, driven through the accessibility tree (egui_kittest, no GPU): the
//! options dialog, the path field in place of a file chooser, the export on its own thread, and the
//! status line that says where the file went.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use std::path::Path;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;

fn harness(path: &Path) -> Harness<'static, PodiumApp> {
    let app = PodiumApp::new(AppOptions::headless(Some(path.to_owned()), Lang::De));
    let mut h = Harness::builder().with_size([1400.0, 900.0]).build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    h
}

#[test]
fn export_agenda_from_the_menu_runs_in_the_background_and_reports_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let programme = dir.path().join("kongress.ron");
    std::fs::write(&programme, podium::sample::BUNDESKONGRESS).unwrap();
    let mut h = harness(&programme);
    h.get_by_label("Export").click();
    h.run();
    h.get_by_label_contains("Agenda…").click();
    h.run();
    h.get_by_label("Agenda exportieren");
    h.get_by_role_and_label(Role::RadioButton, "Raster (Säle × Zeit)").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Datei wählen…").click();
    h.run();
    // No file chooser here: the path field takes over.
    let out = dir.path().join("agenda");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Dateiname").type_text(out.to_str().unwrap());
    h.run();
    h.get_by_role_and_label(Role::Button, "Speichern").click();
    h.run();
    let written = dir.path().join("agenda.pdf");
    let start = Instant::now();
    while !h.state().notice().is_some_and(|s| s.starts_with("Agenda geschrieben")) {
        assert!(start.elapsed() < Duration::from_secs(60), "status: {:?}", h.state().notice());
        std::thread::sleep(Duration::from_millis(20));
        h.run();
    }
    let status = h.state().notice().unwrap().to_owned();
    assert!(status.ends_with(written.to_str().unwrap()), "{status}");
    assert!(std::fs::read(&written).unwrap().starts_with(b"%PDF-"));
    h.get_by_label_contains("Agenda geschrieben");
}
