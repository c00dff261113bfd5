//! The timetable driven as a user would (egui_kittest, no GPU), in German: dragging blocks to another
//! hall and time, the clash preview while dragging, "Pause in allen Sälen", unscheduling via the
//! sidebar, nudging with the arrow keys, one person's sessions found by name and marked, and a new session
//! made by a double-click on an empty cell.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use podium::clash::ClashKind;
use podium::gui::action::{Selected, View};
use podium::gui::timetable::DEFAULT_PX_PER_MIN;
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;
use podium::model::{Clock, HallPlacement, Programme, Session, SessionKey, SessionKind};

const NETZWERK: &str = "Netzwerktreffen Städtebauförderung: Resilienz als Förderziel";
/// Width of a hall column in the grid.
const COLUMN: f32 = podium::gui::timetable::COLUMN_W;

/// The editor on the bundled congress, showing the timetable of its first day.
fn harness() -> Harness<'static, PodiumApp> {
    harness_stepping(0.25)
}

/// The same, with frames `step_dt` seconds apart.
fn harness_stepping(step_dt: f32) -> Harness<'static, PodiumApp> {
    let mut app = PodiumApp::new(AppOptions::headless(None, Lang::De));
    app.navigate(View::Timetable);
    let mut h = Harness::builder()
        .with_size([1500.0, 1000.0])
        .with_step_dt(step_dt)
        .build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    h
}

fn p<'a>(h: &'a Harness<'static, PodiumApp>) -> &'a Programme {
    h.state().doc.programme()
}

fn session<'a>(h: &'a Harness<'static, PodiumApp>, title: &str) -> (&'a SessionKey, &'a Session) {
    p(h).sessions.iter().find(|(_, s)| s.title == title).unwrap()
}

fn centre(h: &Harness<'static, PodiumApp>, title: &str) -> Pos2 {
    h.get_by_role_and_label(Role::Button, title).rect().center()
}

/// Presses on `from`, moves to `to` (the preview is up) and returns without releasing.
fn drag_to(h: &mut Harness<'static, PodiumApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    h.hover_at(from + Vec2::new(3.0, 8.0));
    h.run();
    h.hover_at(to);
    h.run();
}

fn drop_at(h: &mut Harness<'static, PodiumApp>, to: Pos2) {
    h.drop_at(to);
    h.run();
}

fn clash_kinds(h: &Harness<'static, PodiumApp>) -> Vec<ClashKind> {
    h.state().doc.clashes().iter().map(|c| c.kind).collect()
}

#[test]
fn dragging_a_block_moves_it_to_another_hall_and_time_and_undo_restores_it() {
    let mut h = harness();
    let (key, before) = session(&h, NETZWERK);
    let (key, before) = (key.clone(), before.clone());
    assert_eq!(before.hall, Some(HallPlacement::Hall("halle-2".into())));
    let from = centre(&h, NETZWERK);
    // One column to the left (Halle 1) and 45 minutes later.
    let to = from + Vec2::new(-COLUMN, 45.0 * DEFAULT_PX_PER_MIN);
    drag_to(&mut h, from, to);
    drop_at(&mut h, to);
    let moved = &p(&h).sessions[&key];
    assert_eq!(moved.hall, Some(HallPlacement::Hall("halle-1".into())));
    assert_eq!(moved.start, before.start.and_then(|s| s.add_mins(45)));
    assert_eq!(moved.duration_mins, before.duration_mins);
    assert_eq!(
        h.state().doc.undo_summary().map(|s| podium::i18n::edit_label(Lang::De, s)).as_deref(),
        Some(format!("Verschieben: „{NETZWERK}“").as_str())
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(p(&h).sessions[&key], before, "one undo step");
}

#[test]
fn a_drag_into_an_occupied_hall_previews_the_overlap_and_the_drop_lists_it() {
    let mut h = harness();
    assert!(h.state().doc.clashes().is_empty());
    let from = centre(&h, NETZWERK);
    // One column to the right (Halle 4), where a workshop runs 11:00–13:00.
    let to = from + Vec2::new(COLUMN, 0.0);
    drag_to(&mut h, from, to);
    h.get_by_label("Vorschau – Konflikte:");
    // Labels carry their text as value, buttons as label.
    let overlap =
        |text: Option<String>| text.is_some_and(|l| l.starts_with("Halle 4:") && l.contains("überschneidet sich"));
    let preview = h.query_all_by(|n| n.role() == Role::Label && overlap(n.value())).count();
    assert_eq!(preview, 1, "the room overlap is previewed before the drop");
    assert!(h.state().doc.clashes().is_empty(), "nothing changed yet");
    drop_at(&mut h, to);
    assert!(clash_kinds(&h).contains(&ClashKind::RoomOverlap));
    assert!(h.query_by_label("Vorschau – Konflikte:").is_none(), "the preview ends with the drop");
    // The clash panel lists it.
    let listed = h.query_all_by(|n| n.role() == Role::Button && overlap(n.label())).count();
    assert!(listed >= 1);
}

#[test]
fn a_break_in_all_halls_is_one_edit() {
    let mut h = harness();
    let count = p(&h).sessions.len();
    h.get_by_label("Pause in allen Sälen…").click();
    h.run();
    // The dialog names the day, and says what the break would run into before it is made.
    h.get_by_role_and_label(Role::Label, "Mi., 14.09.2022 · Rahmenprogramm");
    let set_start = |h: &mut Harness<'static, PodiumApp>, text: &str| {
        h.get_by_role_and_label(Role::TextInput, "Beginn").click();
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.get_by_role_and_label(Role::TextInput, "Beginn").type_text(text);
        h.run();
    };
    set_start(&mut h, "1700");
    h.get_by_label("Überschneidet sich mit nichts.");
    set_start(&mut h, "1330");
    h.get_by_label("Das ergäbe:");
    // Labels carry their text as the accessible value.
    let lines: Vec<String> = h
        .query_all_by(|n| n.value().or_else(|| n.label()).is_some_and(|l| l.starts_with("• ")))
        .map(|n| n.accesskit_node().value().or_else(|| n.accesskit_node().label()).unwrap_or_default())
        .collect();
    assert!(lines.iter().any(|l| l.contains("Smart-City")), "{lines:?}");
    assert_eq!(p(&h).sessions.len(), count, "nothing made yet");
    h.get_by_label("Anlegen").click();
    h.run();
    assert_eq!(p(&h).sessions.len(), count + 1);
    let (_, pause) = session(&h, "Pause");
    assert_eq!(
        (pause.kind, pause.hall.clone(), pause.start),
        (SessionKind::Break, Some(HallPlacement::All), Clock::from_hm(13, 30))
    );
    assert_eq!(pause.day.as_ref().map(|d| d.as_str()), Some("rahmenprogramm"), "on the day shown");
    h.get_by_role_and_label(Role::Button, "Pause");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(p(&h).sessions.len(), count, "one undo step removes it");
}

#[test]
fn dropping_on_the_sidebar_unschedules_and_dragging_back_schedules() {
    let mut h = harness();
    let (key, before) = session(&h, NETZWERK);
    let (key, before) = (key.clone(), before.clone());
    let from = centre(&h, NETZWERK);
    let sidebar = h.get_by_label("Alles eingeplant.").rect().center();
    drag_to(&mut h, from, sidebar);
    drop_at(&mut h, sidebar);
    let s = &p(&h).sessions[&key];
    assert_eq!((s.day.clone(), s.start, s.hall.clone()), (None, None, None));
    assert_eq!(s.duration_mins, before.duration_mins);
    let item = format!("{NETZWERK}  ({} Min.)", before.duration_mins);
    let waiting = h.get_by_label(&item).rect().center();
    // Back into the grid at the place it came from.
    drag_to(&mut h, waiting, from - Vec2::new(0.0, (before.duration_mins as f32 / 2.0) * DEFAULT_PX_PER_MIN));
    drop_at(&mut h, from - Vec2::new(0.0, (before.duration_mins as f32 / 2.0) * DEFAULT_PX_PER_MIN));
    let s = &p(&h).sessions[&key];
    assert_eq!(s.hall, before.hall);
    assert_eq!(s.day, before.day);
    assert_eq!(s.start, before.start);
}

#[test]
fn arrow_keys_nudge_the_selected_block_and_enter_opens_its_form() {
    let mut h = harness();
    let (key, before) = session(&h, NETZWERK);
    let (key, before) = (key.clone(), before.clone());
    h.get_by_role_and_label(Role::Button, NETZWERK).click();
    h.run();
    assert_eq!(h.state().selected().cloned(), Some(Selected::Session(key.clone())));
    let step = p(&h).event.snap_mins;
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(p(&h).sessions[&key].start, before.start.and_then(|s| s.add_mins(step)));
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(p(&h).sessions[&key].hall, Some(HallPlacement::Hall("halle-1".into())));
    h.key_press(Key::Enter);
    h.run();
    // The form opens beside the grid: the timetable stays in view.
    assert_eq!(h.state().view(), View::Timetable);
    h.get_by_role_and_label(Role::TextInput, "Titel");
}

#[test]
fn a_person_found_by_name_has_their_blocks_marked() {
    let mut h = harness();
    h.get_by_label_contains("Kongresstag").click();
    h.run();
    assert!(h.state().timetable().marked_blocks().is_empty());
    h.get_by_role_and_label(Role::ComboBox, "Zeitplan von").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Person suchen").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Person suchen").type_text("geyw");
    h.run();
    // Only she is left in the list.
    assert!(h.query_by_label("Annette Brandt").is_none());
    h.get_by_label("Klara Geywitz").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::TextInput, "Person suchen").is_none(), "picking closes the list");
    let key = podium::model::PersonKey::new("klara-geywitz");
    assert_eq!(h.state().timetable().person.as_ref(), Some(&key));
    let hers: Vec<&SessionKey> = p(&h)
        .sessions
        .iter()
        .filter(|(_, s)| s.day.as_ref().is_some_and(|d| d.as_str() == "kongresstag"))
        .filter(|(_, s)| s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)).any(|x| x.person == key))
        .map(|(k, _)| k)
        .collect();
    assert!(!hers.is_empty());
    let marked: Vec<&SessionKey> = h.state().timetable().marked_blocks().iter().collect();
    assert_eq!(marked.len(), hers.len(), "{marked:?} vs {hers:?}");
    assert!(hers.iter().all(|k| marked.contains(k)));
}

#[test]
fn several_halls_are_hidden_in_one_go() {
    let mut h = harness();
    h.get_by_label_contains("Säle (").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Halle 7").click();
    h.run();
    // The list is still open for the next one.
    h.get_by_role_and_label(Role::CheckBox, "Halle 4").click();
    h.run();
    let hidden: Vec<&str> = h.state().timetable().hidden_halls.iter().map(|k| k.as_str()).collect();
    assert_eq!(hidden, ["halle-4", "halle-7"]);
    h.get_by_label_contains("Säle (8/");
}

/// Press, release, press, release, one frame each: the harness's frames are 50 ms apart here, so the
/// second click comes well within egui's double-click time.
fn double_click_at(h: &mut Harness<'static, PodiumApp>, pos: Pos2) {
    h.hover_at(pos);
    h.run();
    for pressed in [true, false, true, false] {
        let button = egui::PointerButton::Primary;
        h.event(egui::Event::PointerButton { pos, button, pressed, modifiers: Modifiers::NONE });
        h.step();
    }
    h.run();
}

#[test]
fn a_double_click_on_an_empty_cell_asks_for_a_title_and_makes_one_session() {
    let mut h = harness_stepping(0.05);
    let count = p(&h).sessions.len();
    // Halle 1, beside the Netzwerktreffen in Halle 2: empty in the morning of the first day.
    let pos = centre(&h, NETZWERK) - Vec2::new(COLUMN, 0.0);
    double_click_at(&mut h, pos);
    assert!(h.state().timetable().create.is_some(), "the dialog is open");
    h.get_by_label("Neue Session");
    assert_eq!(p(&h).sessions.len(), count, "nothing is made before it has a title");
    assert!(h.get_by_role_and_label(Role::Button, "Anlegen").accesskit_node().is_disabled());
    h.get_by_role_and_label(Role::TextInput, "Titel").type_text("Fachforum Wärmeplanung");
    h.run();
    h.get_by_label("Überschneidet sich mit nichts.");
    // Shortcuts wait while the dialog is open: Strg+S or Strg+Z would act on the document behind it.
    let before = p(&h).clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(p(&h), &before, "no undo behind the dialog");
    assert!(h.state().timetable().create.is_some(), "still open");
    // (Strg+Z undid the typing in the field itself.) Enter in the title field creates it.
    h.get_by_role_and_label(Role::TextInput, "Titel").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Titel").type_text("Fachforum Wärmeplanung");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().timetable().create.is_none(), "the dialog closed");
    let (key, made) = session(&h, "Fachforum Wärmeplanung");
    let key = key.clone();
    assert_eq!(made.hall, Some(HallPlacement::Hall("halle-1".into())));
    assert_eq!(made.day.as_ref().map(|d| d.as_str()), Some("rahmenprogramm"));
    assert_eq!(made.duration_mins, 60);
    assert!(made.start.is_some_and(|s| (10 * 60..=12 * 60).contains(&s.mins())), "{:?}", made.start);
    assert_eq!(h.state().selected().cloned(), Some(Selected::Session(key)));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(p(&h).sessions.len(), count, "one undo step removes it");
}

#[test]
fn narrower_halls_show_more_of_them_and_drops_still_land_in_the_right_hall() {
    let mut h = harness();
    let wide = h.state().timetable().visible_blocks().len();
    for _ in 0..3 {
        h.get_by_role_and_label(Role::Button, "Säle schmaler").click();
        h.run();
    }
    let narrow = h.state().timetable().column_w;
    assert!(narrow < COLUMN * 0.6, "{narrow}");
    assert!(h.state().timetable().visible_blocks().len() > wide, "more blocks fit in the window");
    // A drop one (narrower) column to the left lands in Halle 1.
    let (key, _) = session(&h, NETZWERK);
    let key = key.clone();
    let from = centre(&h, NETZWERK);
    let to = from - Vec2::new(narrow, 0.0);
    drag_to(&mut h, from, to);
    drop_at(&mut h, to);
    assert_eq!(p(&h).sessions[&key].hall, Some(HallPlacement::Hall("halle-1".into())));
}
