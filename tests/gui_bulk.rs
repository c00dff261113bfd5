//! Working on many sessions at once, driven as a user would (egui_kittest, no GPU), in German: the bulk
//! form, Strg+click and the rubber band, dragging several blocks, drags onto another day's tab and outside
//! the grid, copy and paste, "Tag duplizieren…", "Ab hier verschieben…", lanes of overlapping sessions,
//! the timetable's search, and the small defects of issue 13 that live here.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use podium::gui::action::{Selected, View};
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;
use podium::model::{Clock, DayKey, HallPlacement, Programme, SessionKey, Status};

const NETZWERK: &str = "Netzwerktreffen Städtebauförderung: Resilienz als Förderziel";
const HITZE: &str = "Werkstatt Hitzeaktionspläne: vom Konzept zur Umsetzung";
const IDEEN: &str = "Ideenlabor: Junge Stadtmacherinnen und Stadtmacher";

fn harness() -> Harness<'static, PodiumApp> {
    let app = PodiumApp::new(AppOptions::headless(None, Lang::De));
    let mut h = Harness::builder()
        .with_size([1500.0, 1000.0])
        .with_step_dt(0.25)
        .build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    h
}

/// The editor showing the timetable of the first day (reached by the navigation, as a user does).
fn timetable() -> Harness<'static, PodiumApp> {
    let mut h = harness();
    h.get_by_role_and_label(Role::Button, "Zeitplan").click();
    h.run();
    assert_eq!(h.state().view(), View::Timetable);
    h
}

fn p<'a>(h: &'a Harness<'static, PodiumApp>) -> &'a Programme {
    h.state().doc.programme()
}

fn key(h: &Harness<'static, PodiumApp>, title: &str) -> SessionKey {
    p(h).sessions.iter().find(|(_, s)| s.title == title).map(|(k, _)| k.clone()).unwrap()
}

fn block(h: &Harness<'static, PodiumApp>, title: &str) -> egui::Rect {
    h.get_by_role_and_label(Role::Button, title).rect()
}

fn ctrl_click(h: &mut Harness<'static, PodiumApp>, title: &str) {
    h.get_by_role_and_label(Role::Button, title).click_modifiers(Modifiers::COMMAND);
    h.run();
}

/// Presses at `from`, moves to `to` and stays there (the preview is up).
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

fn undo(h: &mut Harness<'static, PodiumApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

fn choose(h: &mut Harness<'static, PodiumApp>, field: &str, option: &str) {
    h.get_by_role_and_label(Role::ComboBox, field).click();
    h.run();
    h.get_by_role_and_label(Role::Button, option).click();
    h.run();
}

#[test]
fn the_bulk_form_changes_three_sessions_in_one_undo_step() {
    let mut h = harness();
    assert_eq!(h.state().view(), View::Sessions);
    let titles = [NETZWERK, HITZE, IDEEN];
    h.get_by_label(NETZWERK).click();
    h.run();
    for title in &titles[1..] {
        h.get_by_label(title).click_modifiers(Modifiers::COMMAND);
        h.run();
    }
    h.get_by_label("3 Sessions ausgewählt");
    // The three share their day and status, but not their hall.
    assert!(h.get_by_role_and_label(Role::ComboBox, "Saal").value().unwrap_or_default().contains("verschieden"));
    choose(&mut h, "Status", "Abgesagt");
    choose(&mut h, "Saal", "Halle 1");
    h.get_by_role_and_label(Role::Button, "Für alle übernehmen").click();
    h.run();
    for title in titles {
        let s = &p(&h).sessions[&key(&h, title)];
        assert_eq!(s.status, Status::Cancelled, "{title}");
        assert_eq!(s.hall, Some(HallPlacement::Hall("halle-1".into())), "{title}");
    }
    undo(&mut h);
    for title in titles {
        let s = &p(&h).sessions[&key(&h, title)];
        assert_eq!(s.status, Status::Confirmed, "one undo restores all: {title}");
    }
    assert_eq!(p(&h).sessions[&key(&h, NETZWERK)].hall, Some(HallPlacement::Hall("halle-2".into())));
}

#[test]
fn strg_click_two_blocks_and_drag_both() {
    let mut h = timetable();
    let (a, b) = (key(&h, NETZWERK), key(&h, HITZE));
    let before = (p(&h).sessions[&a].clone(), p(&h).sessions[&b].clone());
    ctrl_click(&mut h, NETZWERK);
    ctrl_click(&mut h, HITZE);
    assert_eq!(h.state().chosen_sessions().len(), 2);
    let ppm = h.state().timetable().px_per_min;
    let from = block(&h, NETZWERK).center();
    let to = from + Vec2::new(0.0, 60.0 * ppm);
    drag_to(&mut h, from, to);
    drop_at(&mut h, to);
    let later = |s: &podium::model::Session| s.start.and_then(|c| c.add_mins(60));
    assert_eq!(p(&h).sessions[&a].start, later(&before.0));
    assert_eq!(p(&h).sessions[&b].start, later(&before.1), "the other chosen block moved along");
    assert_eq!(p(&h).sessions[&b].hall, before.1.hall);
    undo(&mut h);
    assert_eq!(p(&h).sessions[&a].start, before.0.start);
    assert_eq!(p(&h).sessions[&b].start, before.1.start, "one undo step");
}

#[test]
fn a_drop_on_another_days_tab_moves_the_session_to_that_day_at_the_same_time_and_hall() {
    let mut h = timetable();
    let k = key(&h, NETZWERK);
    let before = p(&h).sessions[&k].clone();
    let tab = h.get_by_label_contains("Kongresstag").rect().center();
    let from = block(&h, NETZWERK).center();
    drag_to(&mut h, from, tab);
    // Resting on the tab for half a second shows that day while the drag goes on.
    for _ in 0..3 {
        h.run();
    }
    assert_eq!(h.state().timetable().day, Some(DayKey::new("kongresstag")));
    drop_at(&mut h, tab);
    let after = &p(&h).sessions[&k];
    assert_eq!(after.day, Some(DayKey::new("kongresstag")));
    assert_eq!((after.start, &after.hall), (before.start, &before.hall));
}

#[test]
fn a_drop_outside_the_grid_changes_nothing() {
    let mut h = timetable();
    let k = key(&h, NETZWERK);
    let before = p(&h).clone();
    let from = block(&h, NETZWERK).center();
    // Across the grid, then onto the navigation panel.
    drag_to(&mut h, from, from + Vec2::new(200.0, 100.0));
    let outside = h.get_by_role_and_label(Role::Button, "Zeitplan").rect().center();
    h.hover_at(outside);
    h.run();
    drop_at(&mut h, outside);
    assert_eq!(p(&h).sessions[&k], before.sessions[&k]);
    assert!(h.state().doc.undo_summary().is_none(), "no edit was made");
    // And onto the hall headers.
    let from = block(&h, NETZWERK).center();
    let header = Pos2::new(from.x, block(&h, NETZWERK).top() - 10.0 - 60.0 * 1.6 * 2.0);
    drag_to(&mut h, from, from + Vec2::new(0.0, 40.0));
    h.hover_at(Pos2::new(from.x, 200.0_f32.min(header.y.max(0.0))));
    h.run();
    assert_eq!(p(&h).sessions[&k], before.sessions[&k]);
}

#[test]
fn copy_and_paste_on_another_day_makes_drafts_at_the_same_time_and_hall() {
    let mut h = timetable();
    let k = key(&h, NETZWERK);
    let original = p(&h).sessions[&k].clone();
    let count = p(&h).sessions.len();
    h.get_by_role_and_label(Role::Button, NETZWERK).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::C);
    h.run();
    h.get_by_label_contains("Exkursionen").click();
    h.run();
    // The pointer off the grid: the copy goes to the same time and hall on the day shown.
    h.hover_at(Pos2::new(5.0, 5.0));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::V);
    h.run();
    assert_eq!(p(&h).sessions.len(), count + 1);
    let copy = p(&h)
        .sessions
        .values()
        .find(|s| s.title == NETZWERK && s.day == Some(DayKey::new("exkursionen")))
        .expect("pasted on the day shown");
    assert_eq!(copy.status, Status::Draft);
    assert_eq!((copy.start, &copy.hall), (original.start, &original.hall));
    // Strg+D duplicates the pasted copy in place.
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run();
    assert_eq!(p(&h).sessions.len(), count + 2);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(p(&h).sessions.len(), count);
}

#[test]
fn a_day_is_duplicated_with_its_sessions_as_drafts() {
    let mut h = timetable();
    let days = p(&h).days.len();
    let first = DayKey::new("rahmenprogramm");
    let on_first: Vec<_> = p(&h).sessions.values().filter(|s| s.day.as_ref() == Some(&first)).cloned().collect();
    h.get_by_role_and_label(Role::Button, "Tag duplizieren…").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Anlegen").click();
    h.run();
    assert_eq!(p(&h).days.len(), days + 1);
    let new_day = h.state().timetable().day.clone().unwrap();
    assert_ne!(new_day, first, "the new day is shown");
    let copies: Vec<_> = p(&h).sessions.values().filter(|s| s.day.as_ref() == Some(&new_day)).collect();
    assert_eq!(copies.len(), on_first.len());
    assert!(copies.iter().all(|s| s.status == Status::Draft));
    for s in &on_first {
        assert!(copies.iter().any(|c| c.title == s.title && c.start == s.start && c.hall == s.hall), "{}", s.title);
    }
    undo(&mut h);
    assert_eq!(p(&h).days.len(), days, "one undo step");
}

#[test]
fn shift_later_moves_what_follows_in_one_hall_after_a_preview() {
    let mut h = timetable();
    let (net, forum, hitze) =
        (key(&h, NETZWERK), key(&h, "Forum Innenstädte im Wandel: Leerstand als Chance"), key(&h, HITZE));
    let before = p(&h).clone();
    h.get_by_role_and_label(Role::Button, NETZWERK).click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Ab hier verschieben…").click();
    h.run();
    // From the chosen session's start, in its hall.
    assert_eq!(h.get_by_role_and_label(Role::TextInput, "Ab").value().as_deref(), Some("10:30"));
    h.get_by_role_and_label(Role::TextInput, "Minuten (negativ: früher)").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Minuten (negativ: früher)").type_text("30");
    h.run();
    h.run();
    h.get_by_label("2 Sessions werden verschoben");
    h.get_by_role_and_label(Role::Button, "Verschieben").click();
    h.run();
    let mins = |p: &Programme, k: &SessionKey| p.sessions[k].start.map(Clock::mins);
    assert_eq!(mins(p(&h), &net), mins(&before, &net).map(|m| m + 30));
    assert_eq!(mins(p(&h), &forum), mins(&before, &forum).map(|m| m + 30), "later in the same hall");
    assert_eq!(mins(p(&h), &hitze), mins(&before, &hitze), "another hall stays");
}

#[test]
fn two_overlapping_sessions_in_one_hall_get_different_lanes() {
    let mut h = timetable();
    // Ideenlabor (Halle 7, 10:30) dragged into Halle 2 at the same time as Netzwerktreffen.
    let (from, onto) = (block(&h, IDEEN).center(), block(&h, NETZWERK).center());
    drag_to(&mut h, from, onto);
    drop_at(&mut h, onto);
    let (a, b) = (key(&h, NETZWERK), key(&h, IDEEN));
    assert_eq!(p(&h).sessions[&a].hall, p(&h).sessions[&b].hall, "both in one hall");
    assert!(h.state().doc.clashes().iter().any(|c| c.involved().any(|s| *s == b)), "still a clash");
    let (ra, rb) = (block(&h, NETZWERK), block(&h, IDEEN));
    assert!(!ra.intersects(rb.shrink(0.5)), "side by side: {ra:?} {rb:?}");
    assert!(ra.width() > 20.0 && rb.width() > 20.0);
    // Each can still be clicked.
    h.get_by_role_and_label(Role::Button, NETZWERK).click();
    h.run();
    assert_eq!(h.state().selected().cloned(), Some(Selected::Session(a)));
}

#[test]
fn the_timetable_search_marks_matches_across_days_and_enter_jumps_to_the_next() {
    let mut h = timetable();
    let field = h.get_by_role_and_label(Role::TextInput, "Im Zeitplan suchen");
    field.focus();
    field.type_text("arena");
    h.run();
    h.run();
    // The first day has no arena; the congress day tab says how many it has.
    assert!(h.state().timetable().matched_blocks().is_empty());
    h.get_by_label_contains("Kongresstag (4)");
    h.key_press(Key::Enter);
    // Scrolling to the match is animated.
    h.run_steps(40);
    assert_eq!(h.state().timetable().day, Some(DayKey::new("kongresstag")));
    let first = h.state().selected().cloned();
    assert!(matches!(&first, Some(Selected::Session(k)) if p(&h).sessions[k].title.contains("Arena")));
    assert_eq!(h.state().timetable().matched_blocks().len(), 4);
    h.key_press(Key::Enter);
    h.run_steps(40);
    assert_ne!(h.state().selected().cloned(), first, "the next match");
}

#[test]
fn a_rubber_band_from_an_empty_cell_chooses_the_blocks_it_touches_and_the_choice_survives_the_list() {
    let mut h = timetable();
    let (a, b) = (block(&h, NETZWERK), block(&h, HITZE));
    // From the empty cell above Netzwerktreffen to the middle of the Werkstatt.
    let start = Pos2::new(a.left() + 5.0, a.top() - 8.0);
    let end = b.center();
    drag_to(&mut h, start, end);
    drop_at(&mut h, end);
    let chosen = h.state().chosen_sessions();
    assert!(chosen.contains(&key(&h, NETZWERK)) && chosen.contains(&key(&h, HITZE)), "{chosen:?}");
    h.get_by_label_contains("Sessions ausgewählt");
    let nav = h
        .query_all_by_role(Role::Button)
        .find(|n| n.accesskit_node().label().is_some_and(|l| l.starts_with("Sessions  (")));
    nav.unwrap().click();
    h.run();
    assert_eq!(h.state().chosen_sessions(), chosen, "the selection survives the switch");
    h.get_by_label_contains("Sessions ausgewählt");
}

#[test]
fn arrow_keys_move_every_chosen_block() {
    let mut h = timetable();
    let (a, b) = (key(&h, NETZWERK), key(&h, HITZE));
    let before = p(&h).clone();
    ctrl_click(&mut h, NETZWERK);
    ctrl_click(&mut h, HITZE);
    h.key_press(Key::ArrowDown);
    h.run();
    let step = before.event.snap_mins;
    for k in [&a, &b] {
        assert_eq!(p(&h).sessions[k].start, before.sessions[k].start.and_then(|c| c.add_mins(step)));
    }
    undo(&mut h);
    assert_eq!(p(&h).sessions[&b].start, before.sessions[&b].start);
}

#[test]
fn a_session_with_a_day_but_no_start_shows_its_date_in_the_list() {
    let mut h = harness();
    let k = key(&h, NETZWERK);
    h.get_by_label(NETZWERK).click();
    h.run();
    // Take the start away in the form, as a user does.
    h.get_by_role_and_label(Role::TextInput, "Beginn").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.key_press(Key::Backspace);
    h.run();
    h.get_by_role_and_label(Role::Button, "Übernehmen").click();
    h.run();
    assert_eq!(p(&h).sessions[&k].start, None);
    // Every row of that day shows it (Mittwoch, 14.09.), this one too.
    let on_day = p(&h).sessions.values().filter(|s| s.day == Some(DayKey::new("rahmenprogramm"))).count();
    assert_eq!(h.query_all_by_label("Mi. 14.09.").count(), on_day);
}

#[test]
fn the_break_dialog_keeps_its_buttons_in_place_while_its_content_changes() {
    let mut h = timetable();
    h.get_by_role_and_label(Role::Button, "Pause in allen Sälen…").click();
    h.run();
    h.run();
    let cancel = h.get_by_role_and_label(Role::Button, "Abbrechen").rect();
    let start = h.get_by_role_and_label(Role::TextInput, "Beginn");
    start.focus();
    start.type_text("x");
    h.run();
    h.run();
    assert_eq!(h.get_by_role_and_label(Role::Button, "Abbrechen").rect(), cancel, "an error below does not move it");
    h.key_press(Key::Backspace);
    h.run();
    h.run();
    assert_eq!(h.get_by_role_and_label(Role::Button, "Abbrechen").rect(), cancel);
}

#[test]
fn a_clash_clicked_while_the_timetable_is_shown_selects_its_block_there() {
    let mut h = timetable();
    // Make a clash: Ideenlabor onto Netzwerktreffen's place.
    let (from, onto) = (block(&h, IDEEN).center(), block(&h, NETZWERK).center());
    drag_to(&mut h, from, onto);
    drop_at(&mut h, onto);
    h.get_by_label_contains("Kongresstag").click();
    h.run();
    let clash = h.query_all_by_label_contains("Halle 2").find(|n| n.accesskit_node().role() == Role::Button);
    let clash = clash.expect("the clash in the clash panel");
    clash.click();
    h.run();
    h.run();
    assert_eq!(h.state().view(), View::Timetable, "stays in the timetable");
    assert_eq!(h.state().timetable().day, Some(DayKey::new("rahmenprogramm")), "the clash's day is shown");
    assert!(matches!(&h.state().selected().cloned(), Some(Selected::Session(_))));
}

#[test]
fn the_agenda_dialog_says_how_many_drafts_it_leaves_out() {
    let mut h = harness();
    h.get_by_label(NETZWERK).click();
    h.run();
    h.get_by_label(HITZE).click_modifiers(Modifiers::COMMAND);
    h.run();
    choose(&mut h, "Status", "Entwurf");
    h.get_by_role_and_label(Role::Button, "Für alle übernehmen").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run();
    h.run();
    h.get_by_label_contains("2 Entwürfe werden nicht gedruckt");
}

#[test]
fn at_1000_by_700_a_double_click_opens_the_form_beside_at_least_four_halls() {
    let app = PodiumApp::new(AppOptions::headless(None, Lang::De));
    let mut h = Harness::builder()
        .with_size([1000.0, 700.0])
        // Frames close enough together for a double-click.
        .with_step_dt(0.05)
        .build_ui_state(|ui, app: &mut PodiumApp| app.ui(ui), app);
    h.run();
    h.get_by_role_and_label(Role::Button, "Zeitplan").click();
    h.run();
    let at = block(&h, NETZWERK).center();
    h.hover_at(at);
    h.run();
    for pressed in [true, false, true, false] {
        let button = egui::PointerButton::Primary;
        h.event(egui::Event::PointerButton { pos: at, button, pressed, modifiers: Modifiers::NONE });
        h.step();
    }
    h.run();
    h.run();
    assert_eq!(h.state().view(), View::Timetable, "the timetable stays in view");
    let title = h.get_by_role_and_label(Role::TextInput, "Titel").rect();
    assert!(title.right() <= 1000.0 && title.left() > 0.0, "the form is in the window: {title:?}");
    assert!(h.state().timetable().columns_in_view() >= 4, "{} halls in view", h.state().timetable().columns_in_view());
    h.get_by_role_and_label(Role::Button, "Formular schließen").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::TextInput, "Titel").is_none());
}

#[test]
fn the_timetable_shows_a_legend_of_the_track_colours() {
    let h = timetable();
    h.get_by_label("Tracks:");
    for track in p(&h).tracks.values() {
        assert!(h.query_all_by_label(&track.name).count() >= 1, "{}", track.name);
    }
}

/// The trial of the issue, as a new organiser would do it: the afternoon's five arenas chosen in the list
/// (a click and an Umschalt+click), moved to the excursion day by dropping one on its tab, and back; then
/// the day copied.
#[test]
fn five_arenas_go_to_another_day_and_back_and_a_day_is_copied() {
    let mut h = harness();
    let arenas: Vec<SessionKey> =
        p(&h).sessions.iter().filter(|(k, _)| k.as_str().starts_with("arena-")).map(|(k, _)| k.clone()).collect();
    assert_eq!(arenas.len(), 5);
    let before = p(&h).clone();
    // Sorted by date, the five arenas are rows one after another (equal times in key order).
    let first = before.sessions[&arenas[0]].title.clone();
    let last = before.sessions[&arenas[4]].title.clone();
    h.get_by_label(&first).click();
    h.run();
    h.get_by_label(&last).click_modifiers(Modifiers::SHIFT);
    h.run();
    assert_eq!(h.state().chosen_sessions(), arenas, "Umschalt+click chose the range");
    h.get_by_label("5 Sessions ausgewählt");
    h.get_by_role_and_label(Role::Button, "Zeitplan").click();
    h.run();
    h.get_by_label_contains("Kongresstag").click();
    h.run();
    assert_eq!(h.state().chosen_sessions(), arenas, "the choice survives the switch");
    let move_to = |h: &mut Harness<'static, PodiumApp>, tab: &str| {
        let grab = block(h, &before.sessions[&arenas[0]].title).center();
        let tab = h.get_by_label_contains(tab).rect().center();
        drag_to(h, grab, tab);
        for _ in 0..3 {
            h.run();
        }
        drop_at(h, tab);
    };
    move_to(&mut h, "Exkursionen");
    for k in &arenas {
        let (s, old) = (&p(&h).sessions[k], &before.sessions[k]);
        assert_eq!(s.day, Some(DayKey::new("exkursionen")), "{k}");
        assert_eq!((s.start, &s.hall), (old.start, &old.hall), "{k}: same time and hall");
    }
    move_to(&mut h, "Kongresstag");
    for k in &arenas {
        assert_eq!(p(&h).sessions[k], before.sessions[k], "{k}: back where it was");
    }
    h.get_by_role_and_label(Role::Button, "Tag duplizieren…").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Anlegen").click();
    h.run();
    assert_eq!(p(&h).days.len(), before.days.len() + 1);
}

#[test]
fn strg_a_in_the_list_chooses_every_row_of_the_search() {
    let mut h = harness();
    let field = h.get_by_role_and_label(Role::TextInput, "Suchen");
    field.focus();
    field.type_text("Kaffee");
    h.run();
    // The keyboard leaves the search field (a click on a row), then Strg+A.
    h.query_all_by_label_contains("Kaffeepause").next().unwrap().click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    let chosen = h.state().chosen_sessions();
    let expected: Vec<SessionKey> = p(&h)
        .sessions
        .iter()
        .filter(|(_, s)| s.title.to_lowercase().contains("kaffee"))
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(chosen, expected);
    assert!(expected.len() >= 3);
}

#[test]
fn strg_v_over_a_cell_pastes_there_and_delete_all_lists_before_it_deletes() {
    let mut h = timetable();
    let count = p(&h).sessions.len();
    h.get_by_role_and_label(Role::Button, NETZWERK).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::C);
    h.run();
    // Over the empty cell of Halle 6 at 10:00 (the Smart-City debate there starts at 14:00).
    let debate = block(
        &h,
        "Wie können Smart-City-Strategien zu zukunftsfähiger und gemeinwohlorientierter Stadtentwicklung beitragen?",
    );
    let ppm = h.state().timetable().px_per_min;
    let cell = Pos2::new(debate.center().x, debate.top() - 4.0 * 60.0 * ppm + 3.0);
    h.hover_at(cell);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::V);
    h.run();
    let copy =
        p(&h).sessions.values().find(|s| s.title == NETZWERK && s.hall_key().map(|k| k.as_str()) == Some("halle-6"));
    let copy = copy.expect("pasted in the hall under the pointer");
    assert_eq!(copy.start.map(Clock::mins), Some(10 * 60));
    assert_eq!(copy.status, Status::Draft);
    // The copy (chosen after pasting) and the original (Halle 2, left of Halle 6), then deleted together
    // after the list.
    let original = h.query_all_by_role_and_label(Role::Button, NETZWERK).find(|n| n.rect().right() < debate.left());
    original.unwrap().click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(h.state().chosen_sessions().len(), 2);
    h.get_by_role_and_label(Role::Button, "Alle löschen…").click();
    h.run();
    h.get_by_label("Diese 2 Sessions werden gelöscht:");
    assert_eq!(p(&h).sessions.len(), count + 1, "nothing deleted before the answer");
    h.get_by_role_and_label(Role::Button, "Ja, alle löschen").click();
    h.run();
    assert_eq!(p(&h).sessions.len(), count - 1);
    undo(&mut h);
    assert_eq!(p(&h).sessions.len(), count + 1, "one undo step brings both back");
}

/// Presses at `at` and, when `then` is given, moves there within the same frame (a fast hand, a slow
/// frame).
fn press(h: &mut Harness<'static, PodiumApp>, at: Pos2, then: Option<Pos2>) {
    let events = &mut h.input_mut().events;
    events.push(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    events.extend(then.map(egui::Event::PointerMoved));
    h.run();
}

/// Issue 15, after the trial: a rubber band begun on an empty cell stays a rubber band when it begins
/// right beside a block or the pointer crosses one before the drag is recognised; what lies under the
/// press decides.
#[test]
fn a_rubber_band_begun_beside_a_block_does_not_drag_the_block() {
    for (near, over) in [(3.0, false), (3.0, true), (12.0, true)] {
        let mut h = timetable();
        let before = p(&h).clone();
        let b = block(&h, HITZE);
        // The empty cell above the Werkstatt, `near` pixels above it.
        let start = Pos2::new(b.center().x, b.top() - near);
        h.hover_at(start);
        h.run();
        press(&mut h, start, over.then(|| b.center()));
        let end = Pos2::new(b.center().x, b.center().y + 20.0);
        h.hover_at(end);
        h.run();
        assert!(h.state().timetable().drag.is_none(), "{near} {over}: no block is dragged");
        drop_at(&mut h, end);
        assert_eq!(p(&h).sessions, before.sessions, "{near} {over}: nothing moved");
        assert!(h.state().doc.undo_summary().is_none());
        assert!(h.state().chosen_sessions().contains(&key(&h, HITZE)), "{near} {over}: the band chose the block");
    }
}

/// And a press on a block drags that block, even when the pointer has left it when the drag is
/// recognised.
#[test]
fn a_fast_drag_from_a_block_drags_that_block() {
    let mut h = timetable();
    let k = key(&h, NETZWERK);
    let before = p(&h).sessions[&k].clone();
    let ppm = h.state().timetable().px_per_min;
    let a = block(&h, NETZWERK);
    let from = a.center();
    let to = from + Vec2::new(0.0, 60.0 * ppm);
    h.hover_at(from);
    h.run();
    press(&mut h, from, Some(to));
    h.hover_at(to);
    h.run();
    drop_at(&mut h, to);
    assert_eq!(p(&h).sessions[&k].start, before.start.and_then(|c| c.add_mins(60)));
}

/// Issue 15, after the trial: several chosen blocks dropped on "Nicht eingeplant" all go there, in one
/// undo step, and the preview says so.
#[test]
fn several_chosen_blocks_dropped_on_the_waiting_list_are_all_unscheduled_in_one_step() {
    let mut h = timetable();
    let (a, b) = (key(&h, NETZWERK), key(&h, HITZE));
    let before = p(&h).clone();
    ctrl_click(&mut h, NETZWERK);
    ctrl_click(&mut h, HITZE);
    let list = h.get_by_label("Hierher ziehen zum Ausplanen").rect();
    let onto = Pos2::new(list.center().x, list.bottom() + 40.0);
    let from = block(&h, NETZWERK).center();
    drag_to(&mut h, from, onto);
    h.run();
    h.get_by_label("2 Sessions nach „Nicht eingeplant“");
    drop_at(&mut h, onto);
    for k in [&a, &b] {
        let s = &p(&h).sessions[k];
        assert_eq!((&s.day, s.start, &s.hall), (&None, None, &None), "{k} unscheduled");
    }
    undo(&mut h);
    assert_eq!(p(&h).sessions[&a], before.sessions[&a]);
    assert_eq!(p(&h).sessions[&b], before.sessions[&b], "one undo step");
}

/// Issue 15, after the trial: where a drag would take one of the chosen blocks out of the day's halls,
/// the preview says why nothing would move.
#[test]
fn a_group_drag_past_the_first_hall_says_why_it_cannot_land() {
    let mut h = timetable();
    let before = p(&h).clone();
    ctrl_click(&mut h, NETZWERK);
    ctrl_click(&mut h, HITZE);
    // The Werkstatt lies one hall right of Netzwerktreffen: dragged hall by hall to the left, it reaches
    // the first hall while Netzwerktreffen would have to leave the grid.
    let (a, b) = (block(&h, NETZWERK), block(&h, HITZE));
    let column = b.center().x - a.center().x;
    assert!(column > 100.0, "one hall apart: {a:?} {b:?}");
    let from = b.center();
    drag_to(&mut h, from, from - Vec2::new(column, 0.0));
    let refusal = "Nicht alle ausgewählten Sessions passen in die Säle dieses Tages";
    let mut to = from;
    for k in 1..8 {
        to = from - Vec2::new(k as f32 * column, 0.0);
        h.hover_at(to);
        h.run();
        if h.query_by_label(refusal).is_some() {
            break;
        }
    }
    h.get_by_label(refusal);
    drop_at(&mut h, to);
    assert_eq!(p(&h).sessions, before.sessions, "nothing moved");
}

/// Issue 15, after the trial: "Tag duplizieren…" refuses a date that already has a day, with a sentence
/// under the field and "Anlegen" disabled.
#[test]
fn a_day_is_not_duplicated_onto_a_date_that_already_has_a_day() {
    let mut h = timetable();
    let days = p(&h).days.len();
    let taken = p(&h).days[&DayKey::new("kongresstag")].date;
    h.get_by_role_and_label(Role::Button, "Tag duplizieren…").click();
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "Datum des neuen Tages");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    let typed = taken.format("%d.%m.%Y").to_string();
    h.get_by_role_and_label(Role::TextInput, "Datum des neuen Tages").type_text(&typed);
    h.run();
    h.get_by_label(&format!("Am {typed} gibt es schon den Tag „Kongresstag“ – bitte ein anderes Datum wählen"));
    let create = h.get_by_role_and_label(Role::Button, "Anlegen");
    assert!(create.accesskit_node().is_disabled(), "Anlegen is disabled");
    create.click();
    h.run();
    assert_eq!(p(&h).days.len(), days, "no second day on that date");
}

/// Issue 15, after the trial: Esc while dragging one block, several, or a rubber band cancels it.
#[test]
fn esc_cancels_a_drag_and_a_rubber_band() {
    let mut h = timetable();
    let before = p(&h).clone();
    let ppm = h.state().timetable().px_per_min;
    let cancel = |h: &mut Harness<'static, PodiumApp>, from: Pos2, to: Pos2, what: &str| {
        drag_to(h, from, to);
        assert!(h.state().timetable().drag.is_some() || what == "band", "{what}: a drag is in progress before Esc");
        h.key_press(Key::Escape);
        h.run();
        assert!(h.state().timetable().drag.is_none(), "{what}: the drag is gone");
        h.hover_at(to + Vec2::new(0.0, 5.0));
        h.run();
        drop_at(h, to + Vec2::new(0.0, 5.0));
    };
    // Two chosen blocks.
    ctrl_click(&mut h, NETZWERK);
    ctrl_click(&mut h, HITZE);
    let chosen = h.state().chosen_sessions();
    assert_eq!(chosen.len(), 2);
    let from = block(&h, NETZWERK).center();
    cancel(&mut h, from, from + Vec2::new(0.0, 60.0 * ppm), "two");
    assert_eq!(p(&h).sessions, before.sessions, "two: nothing moved");
    // A rubber band from the empty cell above the Werkstatt onto Netzwerktreffen alone: the choice stays.
    let b = block(&h, HITZE);
    let a = block(&h, NETZWERK);
    cancel(&mut h, Pos2::new(b.left() + 7.0, b.top() - 40.0), Pos2::new(a.center().x, b.top() - 15.0), "band");
    assert_eq!(h.state().chosen_sessions(), chosen, "band: the choice is unchanged");
    // One block.
    let from = block(&h, IDEEN).center();
    cancel(&mut h, from, from + Vec2::new(0.0, 60.0 * ppm), "one");
    assert_eq!(p(&h).sessions, before.sessions, "one: nothing moved");
    assert!(h.state().doc.undo_summary().is_none(), "no edit was made");
}

/// Issue 15, after the trial: Strg+Z and Strg+Y of a move to another day show the day the session is on
/// now.
#[test]
fn undo_and_redo_of_a_move_to_another_day_follow_the_session() {
    let mut h = timetable();
    let k = key(&h, NETZWERK);
    let home = p(&h).sessions[&k].day.clone();
    let tab = h.get_by_label_contains("Kongresstag").rect().center();
    let from = block(&h, NETZWERK).center();
    drag_to(&mut h, from, tab);
    for _ in 0..3 {
        h.run();
    }
    drop_at(&mut h, tab);
    let congress = Some(DayKey::new("kongresstag"));
    assert_eq!(p(&h).sessions[&k].day, congress);
    assert_eq!(h.state().timetable().day, congress);
    undo(&mut h);
    assert_eq!(p(&h).sessions[&k].day, home);
    assert_eq!(h.state().timetable().day, home, "the undone session's day is shown");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(p(&h).sessions[&k].day, congress);
    assert_eq!(h.state().timetable().day, congress, "the redone session's day is shown");
}

#[test]
fn leaving_the_form_for_several_with_changes_not_applied_asks_first() {
    let mut h = harness();
    h.get_by_label(NETZWERK).click();
    h.run();
    h.get_by_label(HITZE).click_modifiers(Modifiers::COMMAND);
    h.run();
    h.get_by_label("2 Sessions ausgewählt");
    choose(&mut h, "Status", "Abgesagt");
    // A plain click on another session would drop the change: asked first, and "Zurück" keeps it.
    h.get_by_label(IDEEN).click();
    h.run();
    h.get_by_label("Formular verlassen?");
    h.get_by_label_contains("Formular für mehrere Sessions sind noch nicht übernommen");
    h.get_by_role_and_label(Role::Button, "Zurück zum Formular").click();
    h.run();
    h.get_by_label("2 Sessions ausgewählt");
    assert!(!h.get_by_role_and_label(Role::Button, "Für alle übernehmen").accesskit_node().is_disabled());
    // "Verwerfen" drops it and goes on to the session clicked.
    h.get_by_label(IDEEN).click();
    h.run();
    h.query_all_by_role_and_label(Role::Button, "Verwerfen").last().unwrap().click();
    h.run();
    assert_eq!(h.state().selected().cloned(), Some(Selected::Session(key(&h, IDEEN))));
    assert_ne!(p(&h).sessions[&key(&h, NETZWERK)].status, Status::Cancelled, "nothing applied");
}
