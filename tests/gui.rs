//! The editor driven as a user would, through the accessibility tree (egui_kittest, no GPU), with the
//! language set explicitly.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use podium::edit::{Edit, Update};
use podium::gui::action::Selected;
use podium::gui::files::NoDialogs;
use podium::gui::prefs::UiPrefs;
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;

/// A copy of the draft sample in a temporary folder: tests never write into the repository.
struct Draft {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn draft() -> Draft {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entwurf.ron");
    std::fs::write(&path, podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    Draft { _dir: dir, path }
}

fn app(path: Option<&Path>, lang: Lang, recovery_dir: Option<PathBuf>) -> PodiumApp {
    PodiumApp::new(AppOptions {
        path: path.map(Path::to_owned),
        lang: Some(lang),
        prefs: UiPrefs::default(),
        files: Box::new(NoDialogs),
        recovery_dir,
        autosave_after: Duration::from_secs(3600),
    })
}

fn harness(app: PodiumApp) -> Harness<'static, PodiumApp> {
    let mut h = Harness::builder().with_size([1400.0, 900.0]).build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    h
}

/// Renames the first session (an edit, as the forms will make).
fn rename_first_session(app: &mut PodiumApp, title: &str) -> String {
    let (key, mut session) = app.doc.programme().sessions.iter().next().map(|(k, s)| (k.clone(), s.clone())).unwrap();
    let old = session.title.clone();
    session.title = title.to_owned();
    app.doc.apply(Edit::Update(Update::Session(key, Box::new(session)))).unwrap();
    old
}

fn first_title(app: &PodiumApp) -> String {
    app.doc.programme().sessions.values().next().unwrap().title.clone()
}

#[test]
fn draft_shows_its_clashes_and_a_click_selects_the_session() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    h.get_by_label("Fehler (3)");
    h.get_by_label("Warnungen (6)");
    let message = "Petra Lange ist gleichzeitig in „Arena Krisenfeste Daseinsvorsorge“ und „Arena Resiliente Innenstädte und Ortszentren“ eingeplant";
    h.get_by_label(message).click();
    h.run();
    let selected = h.state().selected().cloned();
    let Some(Selected::Session(key)) = selected else { panic!("nothing selected: {selected:?}") };
    assert_eq!(h.state().doc.programme().sessions[&key].title, "Arena Krisenfeste Daseinsvorsorge");
    // The detail area shows it.
    assert!(h.query_all_by_label("Arena Krisenfeste Daseinsvorsorge").count() >= 2, "list row and detail heading");
}

#[test]
fn undo_and_redo_with_the_keyboard_and_labelled_menu_items() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    let old = rename_first_session(h.state_mut(), "Neuer Titel");
    h.run();
    assert!(h.state().doc.is_dirty());
    h.get_by_label("Bearbeiten").click();
    h.run();
    h.get_by_label_contains("Rückgängig: Session „Neuer Titel“ ändern");
    h.key_press(Key::Escape);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(first_title(h.state()), old);
    assert!(!h.state().doc.is_dirty(), "undoing back to the opened state clears the unsaved mark");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(first_title(h.state()), "Neuer Titel");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(first_title(h.state()), "Neuer Titel");
}

fn type_path_and_confirm(h: &mut Harness<'static, PodiumApp>, path: &Path, button: &str) {
    // The field has the focus when the dialog opens; replace whatever it holds.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Dateiname").type_text(path.to_str().unwrap());
    h.run();
    h.get_by_role_and_label(Role::Button, button).click();
    h.run();
}

#[test]
fn save_as_then_reopen_gives_the_same_programme() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kongress.ron");
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    rename_first_session(h.state_mut(), "Gespeicherter Titel");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    type_path_and_confirm(&mut h, &path, "Speichern");
    assert!(!h.state().doc.is_dirty(), "saved");
    assert_eq!(h.state().doc.path(), Some(path.as_path()));
    let reopened = harness(app(Some(&path), Lang::De, None));
    assert_eq!(reopened.state().doc.programme(), h.state().doc.programme());
}

#[test]
fn the_unsaved_changes_guard_stops_quitting() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    rename_first_session(h.state_mut(), "Ungespeichert");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_label("Ungespeicherte Änderungen speichern?");
    assert!(!h.state().may_close(), "the window stays until the user decides");
    h.get_by_role_and_label(Role::Button, "Abbrechen").click();
    h.run();
    assert!(h.query_by_label("Ungespeicherte Änderungen speichern?").is_none());
    assert!(h.state().doc.is_dirty());
    assert!(!h.state().may_close());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_role_and_label(Role::Button, "Verwerfen").click();
    h.run();
    assert!(h.state().may_close(), "discarding lets the window close");
}

#[test]
fn a_malformed_file_shows_its_error_and_leaves_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kaputt.ron");
    std::fs::write(&bad, "(version: 1, event: (key: \"e\", titel: 3))").unwrap();
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    let before = h.state().doc.programme().clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    type_path_and_confirm(&mut h, &bad, "Öffnen");
    h.get_by_label("Datei konnte nicht geöffnet werden");
    h.get_by_label_contains("Zeile 1, Spalte");
    assert_eq!(h.state().doc.programme(), &before);
    assert_eq!(h.state().doc.path(), Some(d.path.as_path()));
}

#[test]
fn switching_the_language_changes_the_menus() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    h.get_by_label("Datei");
    h.get_by_label("Ansicht").click();
    h.run();
    h.get_by_label("Sprache").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    assert_eq!(h.state().lang, Lang::En);
    h.get_by_label("File");
    h.get_by_label("View");
    assert!(h.query_by_label("Datei").is_none());
    h.get_by_label("Errors (3)");
}

#[test]
fn recovery_after_a_crash_restores_the_unsaved_edit() {
    let recovery = tempfile::tempdir().unwrap();
    let d = draft();
    {
        let mut h = harness(app(Some(&d.path), Lang::De, Some(recovery.path().to_owned())));
        rename_first_session(h.state_mut(), "Vor dem Absturz");
        h.state_mut().autosave_now();
        // The process dies here: no save, no clean exit.
    }
    let mut h = harness(app(Some(&d.path), Lang::De, Some(recovery.path().to_owned())));
    assert_ne!(first_title(h.state()), "Vor dem Absturz");
    h.get_by_role_and_label(Role::Button, "Wiederherstellen").click();
    h.run();
    assert_eq!(first_title(h.state()), "Vor dem Absturz");
    assert!(h.state().doc.is_dirty(), "a restored copy is not saved yet");
    assert_eq!(h.state().doc.path(), Some(d.path.as_path()));
}

#[test]
fn import_a_schedule_and_export_it_from_the_menu() {
    let democon = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/pretalx-democon.json");
    if !democon.exists() {
        println!("skipped: {} is not there", democon.display());
        return;
    }
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    type_path_and_confirm(&mut h, &democon, "Importieren");
    assert_eq!(h.state().doc.programme().sessions.len(), 36);
    assert!(h.state().doc.is_dirty(), "an import is a new, unsaved programme");
    h.get_by_label_contains("Zeitzone „UTC“");
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    h.get_by_label("Fehler (1)");
    let out = d._dir.path().join("democon.xml");
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    type_path_and_confirm(&mut h, &out, "Exportieren");
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("Inverse motivating array"));
    assert!(h.state().notice().is_some_and(|s| s.starts_with("Exportiert nach")));
}

#[test]
fn a_failed_save_says_why_and_keeps_the_document_unsaved() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    rename_first_session(h.state_mut(), "Geändert");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    let impossible = d.path.join("gibt-es-nicht").join("x.ron");
    type_path_and_confirm(&mut h, &impossible, "Speichern");
    h.get_by_label("Speichern fehlgeschlagen");
    assert!(h.state().doc.is_dirty());
    assert_eq!(h.state().doc.path(), Some(d.path.as_path()), "still the old file");
}

#[test]
fn a_file_changed_on_disk_is_offered_for_reload() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    let changed = podium::sample::BUNDESKONGRESS_ENTWURF.replacen("(Entwurf)", "(Entwurf, von Kollegin geändert)", 1);
    assert_ne!(changed, podium::sample::BUNDESKONGRESS_ENTWURF);
    std::thread::sleep(Duration::from_millis(2100)); // the app looks at the file every two seconds
    std::fs::write(&d.path, &changed).unwrap();
    h.run();
    h.get_by_label("Die Datei wurde außerhalb von Podium geändert.");
    h.get_by_role_and_label(Role::Button, "Neu laden").click();
    h.run();
    assert!(h.state().doc.programme().event.title.ends_with("(Entwurf, von Kollegin geändert)"));
    assert!(!h.state().doc.is_dirty());
}

#[cfg(unix)]
#[test]
fn saving_over_a_read_only_file_asks_first() {
    use std::os::unix::fs::PermissionsExt;
    let d = draft();
    std::fs::set_permissions(&d.path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    rename_first_session(h.state_mut(), "Trotz Schreibschutz");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Die Datei ist schreibgeschützt. Trotzdem speichern? Sie bleibt danach schreibgeschützt.");
    assert!(h.state().doc.is_dirty());
    assert_eq!(std::fs::read_to_string(&d.path).unwrap(), podium::sample::BUNDESKONGRESS_ENTWURF, "not yet");
    h.get_by_role_and_label(Role::Button, "Abbrechen").click();
    h.run();
    assert!(h.query_by_label_contains("schreibgeschützt").is_none());
    assert!(h.state().doc.is_dirty(), "left unsaved");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_role_and_label(Role::Button, "Trotzdem speichern").click();
    h.run();
    assert!(!h.state().doc.is_dirty());
    assert!(std::fs::read_to_string(&d.path).unwrap().contains("Trotz Schreibschutz"));
    assert!(std::fs::metadata(&d.path).unwrap().permissions().readonly(), "still read-only");
}

#[test]
fn an_export_never_replaces_the_open_programme() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    type_path_and_confirm(&mut h, &d.path, "Exportieren");
    h.get_by_label_contains("Das ist die Datei des geöffneten Programms");
    assert_eq!(std::fs::read_to_string(&d.path).unwrap(), podium::sample::BUNDESKONGRESS_ENTWURF);
}

#[test]
fn a_crowded_hall_is_one_entry_in_the_clash_panel_with_the_exact_count() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("voll.ron");
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let (key, session) = p
        .sessions
        .iter()
        .find(|(_, s)| s.hall.is_some() && s.start.is_some())
        .map(|(k, s)| (k.clone(), s.clone()))
        .unwrap();
    for i in 0..300 {
        let mut copy = session.clone();
        copy.title = format!("Kopie {i}");
        copy.people.clear();
        copy.contributions.clear();
        p.sessions.insert(format!("{key}-kopie-{i:03}").into(), copy);
    }
    podium::format::save_file(&p, &path).unwrap();
    let h = harness(app(Some(&path), Lang::De, None));
    h.get_by_label("Fehler (45.150)");
    let grouped: Vec<_> = h.query_all_by_label_contains("Überschneidungen zwischen 301 Sessions").collect();
    assert_eq!(grouped.len(), 1, "one entry for 45,150 pairs");
    h.get_by_label_contains("• 45.150 Fehler");
}

#[test]
fn save_as_adds_ron_and_never_writes_a_programme_into_a_schedule_file() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    let xml = d._dir.path().join("quelle.xml");
    std::fs::write(&xml, "<schedule/>").unwrap();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    type_path_and_confirm(&mut h, &xml, "Speichern");
    h.get_by_label_contains("Ein Programm wird als .ron gespeichert");
    assert_eq!(std::fs::read_to_string(&xml).unwrap(), "<schedule/>");
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    type_path_and_confirm(&mut h, &d._dir.path().join("kopie"), "Speichern");
    assert_eq!(h.state().doc.path(), Some(d._dir.path().join("kopie.ron").as_path()));
    assert!(d._dir.path().join("kopie.ron").exists());
}

#[test]
fn a_severity_heading_folds_its_clashes_away_and_back() {
    let d = draft();
    let mut h = harness(app(Some(&d.path), Lang::De, None));
    let message = "Petra Lange ist gleichzeitig in „Arena Krisenfeste Daseinsvorsorge“ und „Arena Resiliente Innenstädte und Ortszentren“ eingeplant";
    h.get_by_label(message);
    h.get_by_label("Fehler (3)").click();
    h.run();
    assert!(h.query_by_label(message).is_none(), "the errors are folded away");
    h.get_by_label("Warnungen (6)");
    h.get_by_label("Fehler (3)").click();
    h.run();
    h.get_by_label(message);
}
