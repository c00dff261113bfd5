//! The editor's shell driven as a user would (egui_kittest, by role and label): the one stack of
//! dialogs and Esc, shortcuts that wait, notices that fade, Podium's own file chooser with its start
//! folders and suggested names, the recovery copy per window written shortly after an edit, the Hilfe
//! windows with German key names, every quick Strg+Z, and the guidance of an empty programme.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use podium::edit::{Edit, Update};
use podium::gui::action::View;
use podium::gui::files::NoDialogs;
use podium::gui::prefs::UiPrefs;
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;

struct Draft {
    dir: tempfile::TempDir,
    path: PathBuf,
}

fn draft() -> Draft {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entwurf.ron");
    std::fs::write(&path, podium::sample::BUNDESKONGRESS_ENTWURF).unwrap();
    Draft { dir, path }
}

fn app_with(path: Option<&Path>, prefs: UiPrefs, recovery: Option<PathBuf>, after: Duration) -> PodiumApp {
    PodiumApp::new(AppOptions {
        path: path.map(Path::to_owned),
        lang: Some(Lang::De),
        prefs,
        files: Box::new(NoDialogs),
        recovery_dir: recovery,
        autosave_after: after,
    })
}

fn app(path: &Path) -> PodiumApp {
    app_with(Some(path), UiPrefs::default(), None, Duration::from_secs(3600))
}

fn harness(app: PodiumApp) -> Harness<'static, PodiumApp> {
    let mut h = Harness::builder().with_size([1400.0, 900.0]).build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    h
}

fn click(h: &mut Harness<'static, PodiumApp>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).click();
    h.run();
}

fn rename_first_session(app: &mut PodiumApp, title: &str) {
    let (key, mut session) = app.doc.programme().sessions.iter().next().map(|(k, s)| (k.clone(), s.clone())).unwrap();
    session.title = title.to_owned();
    app.doc.apply(Edit::Update(Update::Session(key, Box::new(session)))).unwrap();
}

fn first_title(app: &PodiumApp) -> String {
    app.doc.programme().sessions.values().next().unwrap().title.clone()
}

fn text_of(h: &Harness<'static, PodiumApp>, label: &str) -> String {
    let node = h.get_by_role_and_label(Role::TextInput, label);
    node.accesskit_node().value().unwrap_or_default().to_owned()
}

#[test]
fn esc_closes_exactly_the_top_dialog_and_shortcuts_wait_below_it() {
    let d = draft();
    let recovery = tempfile::tempdir().unwrap();
    {
        let mut crashed = app_with(Some(&d.path), UiPrefs::default(), Some(recovery.path().to_owned()), Duration::ZERO);
        rename_first_session(&mut crashed, "Vor dem Absturz");
        crashed.autosave_now();
    }
    // A broken file and a recovery copy: two dialogs, one over the other.
    let broken = d.dir.path().join("kaputt.ron");
    std::fs::write(&broken, "(event: (title: \"x\",").unwrap();
    let mut h = harness(app_with(Some(&broken), UiPrefs::default(), Some(recovery.path().to_owned()), Duration::ZERO));
    h.get_by_label("Datei konnte nicht geöffnet werden");
    h.get_by_label_contains("Ungespeicherte Änderungen wiederherstellen?");
    // Strg+N waits while a dialog is open.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert_ne!(h.state().doc.programme().event.title, "Neue Veranstaltung", "Strg+N acted behind a dialog");
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label_contains("Ungespeicherte Änderungen wiederherstellen?").is_none(),
        "Esc closes the top dialog"
    );
    h.get_by_label("Datei konnte nicht geöffnet werden");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Datei konnte nicht geöffnet werden").is_none());
    assert!(!h.state().dialog_open());
    // "Später" kept the copy: the next start offers it again.
    drop(h);
    let h = harness(app_with(Some(&d.path), UiPrefs::default(), Some(recovery.path().to_owned()), Duration::ZERO));
    h.get_by_label_contains("Ungespeicherte Änderungen wiederherstellen?");
}

#[test]
fn a_notice_shows_in_the_status_bar_and_fades_after_about_eight_seconds() {
    let d = draft();
    let mut h = harness(app(&d.path));
    rename_first_session(h.state_mut(), "Geändert");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let saved = format!("Gespeichert: {}", d.path.display());
    h.get_by_label(&saved);
    // Each kittest frame is a quarter second: 20 frames are 5 s, 40 are 10 s.
    h.run_steps(20);
    h.get_by_label(&saved);
    h.run_steps(20);
    assert!(h.query_by_label(&saved).is_none(), "the notice is gone after 10 s");
    assert!(h.state().notice().is_none());
}

#[test]
fn the_file_chooser_starts_beside_the_file_lists_folders_and_opens_by_click() {
    let d = draft();
    let sub = d.dir.path().join("Archiv");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("alt.ron"), podium::sample::BUNDESKONGRESS).unwrap();
    std::fs::write(sub.join("notizen.txt"), "nicht gelistet").unwrap();
    let mut h = harness(app(&d.path));
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert_eq!(text_of(&h, "Ordner"), d.dir.path().display().to_string(), "starts beside the open file");
    h.get_by_label("Formate: .ron");
    click(&mut h, Role::Button, "Archiv/");
    assert_eq!(text_of(&h, "Ordner"), sub.display().to_string());
    assert!(h.query_by_label("notizen.txt").is_none(), "only programmes are listed");
    assert!(h.get_by_role_and_label(Role::Button, "Öffnen").accesskit_node().is_disabled(), "nothing chosen yet");
    click(&mut h, Role::Button, "alt.ron");
    click(&mut h, Role::Button, "Öffnen");
    assert_eq!(h.state().doc.path(), Some(sub.join("alt.ron").as_path()));
    assert!(!h.state().dialog_open());
    // "Übergeordneter Ordner" goes up; the next Open starts where this purpose chose last.
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert_eq!(text_of(&h, "Ordner"), sub.display().to_string());
    click(&mut h, Role::Button, "Übergeordneter Ordner");
    assert_eq!(text_of(&h, "Ordner"), d.dir.path().display().to_string());
    click(&mut h, Role::Button, "Abbrechen");
    assert!(!h.state().dialog_open());
    assert_eq!(h.state().prefs.folders.get("open"), Some(&sub));
}

#[test]
fn save_as_suggests_the_acronym_adds_ron_and_remembers_the_folder() {
    let d = draft();
    let mut h = harness(app(&d.path));
    let mut event = h.state().doc.programme().event.clone();
    event.acronym = "nsp2022".into();
    h.state_mut().doc.apply(Edit::SetEvent(Box::new(event))).unwrap();
    // Export suggests a name from the acronym and lists the formats it writes.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    assert_eq!(text_of(&h, "Dateiname"), "nsp2022.xml");
    h.get_by_label("Formate: .xml, .json, .ics, .csv, .ron");
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().dialog_open(), "Esc closes the chooser");
    // Save As keeps the file's own name; a name without extension gets .ron.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert_eq!(text_of(&h, "Dateiname"), "entwurf.ron");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Dateiname").type_text("kopie");
    h.run();
    click(&mut h, Role::Button, "Speichern");
    let copy = d.dir.path().join("kopie.ron");
    assert_eq!(h.state().doc.path(), Some(copy.as_path()));
    assert!(copy.exists());
    assert_eq!(h.state().prefs.folders.get("save"), Some(&d.dir.path().to_owned()));
}

#[test]
fn the_recovery_copy_is_written_shortly_after_the_last_edit_off_the_ui_thread() {
    let d = draft();
    let recovery = tempfile::tempdir().unwrap();
    let after = Duration::from_millis(300);
    let mut h = harness(app_with(Some(&d.path), UiPrefs::default(), Some(recovery.path().to_owned()), after));
    let copies = || {
        std::fs::read_dir(recovery.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
            .count()
    };
    rename_first_session(h.state_mut(), "Nach der Pause");
    h.run();
    assert_eq!(copies(), 0, "not at once: the copy waits for a pause in editing");
    let start = Instant::now();
    while copies() == 0 || h.state().autosave_busy() {
        assert!(start.elapsed() < Duration::from_secs(10), "no recovery copy within 10 s");
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    assert!(start.elapsed() >= after, "written {:?} after the edit, before the pause", start.elapsed());
    // Saving removes it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(copies(), 0, "a saved programme needs no recovery copy");
}

#[test]
fn a_second_window_is_not_offered_the_copy_of_the_first() {
    let d = draft();
    let recovery = tempfile::tempdir().unwrap();
    let mut first =
        harness(app_with(Some(&d.path), UiPrefs::default(), Some(recovery.path().to_owned()), Duration::ZERO));
    rename_first_session(first.state_mut(), "Im ersten Fenster");
    first.state_mut().autosave_now();
    let second = harness(app_with(Some(&d.path), UiPrefs::default(), Some(recovery.path().to_owned()), Duration::ZERO));
    assert!(
        second.query_by_label_contains("Ungespeicherte Änderungen wiederherstellen?").is_none(),
        "the first window still runs"
    );
    assert!(!second.state().dialog_open());
    first.run();
    assert_eq!(first_title(first.state()), "Im ersten Fenster");
}

#[test]
fn a_failed_recovery_write_is_reported_once_and_retried_later() {
    let d = draft();
    let parent = tempfile::tempdir().unwrap();
    let blocked = parent.path().join("besetzt");
    let mut h = harness(app_with(Some(&d.path), UiPrefs::default(), Some(blocked.clone()), Duration::ZERO));
    // The folder is taken by a file now: every write fails.
    std::fs::remove_dir_all(&blocked).unwrap();
    std::fs::write(&blocked, "keine Mappe").unwrap();
    rename_first_session(h.state_mut(), "Geändert");
    let mut reports = 0;
    for _ in 0..40 {
        std::thread::sleep(Duration::from_millis(20));
        h.step();
        if h.query_by_label_contains("Wiederherstellungskopie ließ sich nicht schreiben").is_some() {
            reports += 1;
            // Let it fade, then look whether it comes again.
            h.run_steps(40);
        }
    }
    assert_eq!(reports, 1, "told once, not every frame");
}

#[test]
fn two_presses_of_strg_z_in_one_frame_undo_twice() {
    let d = draft();
    let mut h = harness(app(&d.path));
    let before = first_title(h.state());
    rename_first_session(h.state_mut(), "Eins");
    rename_first_session(h.state_mut(), "Zwei");
    let press = |pressed| egui::Event::Key {
        key: Key::Z,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    };
    // Both presses reach the app in the same frame (kittest's key_press would give each its own).
    h.input_mut().events.extend([
        egui::Event::ModifiersChanged(Modifiers::COMMAND),
        press(true),
        press(false),
        press(true),
        press(false),
    ]);
    h.step();
    h.input_mut().events.push(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run();
    assert_eq!(first_title(h.state()), before, "both presses undid");
}

#[test]
fn hilfe_lists_every_shortcut_with_german_key_names() {
    let d = draft();
    let mut h = harness(app(&d.path));
    click(&mut h, Role::Button, "Datei");
    // The menu shows German key names.
    h.get_by_label_contains("Strg+Umschalt+S");
    h.key_press(Key::Escape);
    h.run();
    click(&mut h, Role::Button, "Hilfe");
    click(&mut h, Role::Button, "Tastenkürzel");
    h.get_by_label("Tastenkürzel");
    for (keys, what) in [
        ("Strg+Umschalt+S", "Speichern unter"),
        ("Strg+Z", "Rückgängig"),
        ("Strg+Umschalt+Z / Strg+Y", "Wiederholen"),
        ("Strg+Eingabe", "Formular übernehmen"),
        ("Entf", "Ausgewähltes löschen"),
    ] {
        h.get_by_label(keys);
        h.get_by_label(what);
    }
    assert!(h.query_by_label_contains("Ctrl").is_none(), "no English key names in German");
    click(&mut h, Role::Button, "Schließen");
    assert!(!h.state().dialog_open());
    click(&mut h, Role::Button, "Hilfe");
    click(&mut h, Role::Button, "Erste Schritte");
    h.get_by_label_contains("2. Tage anlegen");
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().dialog_open());
}

#[test]
fn a_new_programme_says_what_to_do_first_and_its_buttons_open_the_forms() {
    let d = draft();
    let mut h = harness(app(&d.path));
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Ein neues Programm");
    click(&mut h, Role::Button, "1. Tage anlegen");
    assert_eq!(h.state().view(), View::Days);
    assert!(h.state().form.as_ref().is_some_and(|f| f.is_new()), "a form for a new day is open");
}

#[test]
fn leaving_a_form_with_input_not_understood_asks_and_verwerfen_goes_on() {
    let d = draft();
    let mut h = harness(app(&d.path));
    h.state_mut().navigate(View::Days);
    let key = h.state().doc.programme().days.keys().next().unwrap().clone();
    h.state_mut().select(podium::gui::action::Selected::Day(key.clone()));
    h.run();
    let date = h.state().doc.programme().days[&key].date;
    let field = h.get_by_role_and_label(Role::TextInput, "Datum");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Datum").type_text("31.9.2022");
    h.run();
    // Strg+O would leave the form: asked first.
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label("Formular verlassen?");
    // The form has its own "Verwerfen"; the dialog's is drawn over it, last.
    h.query_all_by_role_and_label(Role::Button, "Verwerfen").last().unwrap().click();
    h.run();
    // Discarded, and what was asked for goes on: the chooser opens.
    assert_eq!(h.state().doc.programme().days[&key].date, date);
    h.get_by_label("Formate: .ron");
}

#[test]
fn strg_z_in_a_text_field_undoes_the_typing_not_the_programme() {
    let d = draft();
    let mut h = harness(app(&d.path));
    rename_first_session(h.state_mut(), "Schritt davor");
    h.state_mut().navigate(View::Days);
    let key = h.state().doc.programme().days.keys().next().unwrap().clone();
    h.state_mut().select(podium::gui::action::Selected::Day(key.clone()));
    h.run();
    let label = h.state().doc.programme().days[&key].label.clone();
    h.get_by_role_and_label(Role::TextInput, "Bezeichnung").focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Bezeichnung").type_text(" XYZ");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(first_title(h.state()), "Schritt davor", "the programme's last step stays");
    assert!(h.state().doc.redo_summary().is_none(), "Strg+Z went to the field: the programme's history is untouched");
    assert_eq!(h.state().doc.programme().days[&key].label, label, "nothing applied");
    assert!(!text_of(&h, "Bezeichnung").ends_with("XYZ"), "the field undid the typing");
}

#[test]
fn an_export_asks_before_replacing_a_file_and_says_what_it_left_out() {
    let d = draft();
    let mut h = harness(app(&d.path));
    let p = h.state().doc.programme().clone();
    let drafts = p.sessions.values().filter(|s| s.status == podium::model::Status::Draft).count();
    assert!(drafts > 0, "the draft sample has drafts");
    let out = d.dir.path().join("plan.xml");
    std::fs::write(&out, "alt").unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label_contains(&format!("{drafts} Entwürfe"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Dateiname").type_text("plan.xml");
    h.run();
    click(&mut h, Role::Button, "Exportieren");
    h.get_by_label("Diese Datei gibt es schon. Ersetzen?");
    click(&mut h, Role::Button, "Abbrechen");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "alt", "nothing written yet");
    click(&mut h, Role::Button, "Exportieren");
    click(&mut h, Role::Button, "Ersetzen");
    assert_ne!(std::fs::read_to_string(&out).unwrap(), "alt");
    let notice = h.state().notice().unwrap().to_owned();
    assert!(notice.contains(&format!("{drafts} Entwürfe")) && notice.contains("nicht exportiert"), "{notice}");
    // With drafts included, the next export names none left out, and the choice is remembered.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    click(&mut h, Role::CheckBox, "Entwürfe und Abgesagtes einschließen");
    h.get_by_role_and_label(Role::TextInput, "Dateiname").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Dateiname").type_text("alles.xml");
    h.run();
    click(&mut h, Role::Button, "Exportieren");
    assert!(!h.state().notice().unwrap().contains("nicht exportiert"));
    let xml = std::fs::read_to_string(d.dir.path().join("alles.xml")).unwrap();
    let draft_title = p.sessions.values().find(|s| s.status == podium::model::Status::Draft).unwrap().title.clone();
    assert!(xml.contains(&html_escape::encode_text(&draft_title).to_string()) || xml.contains(&draft_title));
}

#[test]
fn a_new_form_does_not_start_with_an_error_for_the_name_not_given_yet() {
    let d = draft();
    let mut h = harness(app(&d.path));
    h.state_mut().navigate(View::Halls);
    h.run();
    click(&mut h, Role::Button, "Neu…");
    assert!(h.state().form.as_ref().is_some_and(|f| f.is_new()));
    assert!(h.query_by_label("Name oder Titel fehlt").is_none(), "no error before anything was typed");
    assert!(h.get_by_role_and_label(Role::Button, "Übernehmen").accesskit_node().is_disabled());
}

#[test]
fn a_new_programme_is_titled_in_the_language_shown() {
    let d = draft();
    let app = PodiumApp::new(AppOptions::headless(Some(d.path.clone()), Lang::En));
    let mut h = harness(app);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert_eq!(h.state().doc.programme().event.title, "New event");
    h.get_by_label("A new programme");
}
