//! Beside the grid: the "Nicht eingeplant" list (drag from it into the grid, drop blocks on it to
//! unschedule) and a person's schedule over all days with their clashes.

use super::drag::{Drag, DragMode};
use super::layout::DayLayout;
use super::{Doc, TimetableState};
use crate::gui::action::{Action, Selected};
use crate::gui::panels::severity_colour;
use crate::i18n::{self, Lang};
use crate::model::{PersonKey, time};

/// The sessions lacking a day, a start or a hall; a drop target while a block is dragged.
pub fn waiting_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    layout: &DayLayout,
    state: &mut TimetableState,
    actions: &mut Vec<Action>,
) {
    ui.strong(crate::i18n::text(lang, "gui-not-scheduled"));
    ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-drop-here-to-unschedule")).weak().small());
    ui.add_space(4.0);
    let rect = ui.available_rect_before_wrap();
    state.waiting_rect = Some(rect);
    if state.drag.is_some() && ui.input(|i| i.pointer.latest_pos()).is_some_and(|p| rect.contains(p)) {
        ui.painter().rect_stroke(rect, 4.0, ui.visuals().selection.stroke, egui::StrokeKind::Inside);
    }
    if layout.waiting.is_empty() {
        ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-everything-is-scheduled")).weak());
        return;
    }
    // One line per session (the full title on hover), and only the rows in view are laid out: a large
    // programme may have thousands waiting.
    let row_h = ui.spacing().interact_size.y;
    let rows = layout.waiting.len();
    egui::ScrollArea::vertical().id_salt("timetable_waiting_scroll").auto_shrink([false, false]).show_rows(
        ui,
        row_h,
        rows,
        |ui, range| {
            for w in layout.waiting.get(range).unwrap_or_default() {
                let text = format!("{}  ({} {})", w.title, w.duration_mins, crate::i18n::text(lang, "gui-min"));
                let button = egui::Button::new(egui::RichText::new(&text).small())
                    .truncate()
                    .sense(egui::Sense::click_and_drag());
                let response = ui.add_sized([ui.available_width(), row_h], button).on_hover_text(&text);
                if response.clicked() {
                    actions.push(Action::Select(Selected::Session(w.key.clone())));
                }
                if response.drag_started() {
                    state.drag = Some(Drag {
                        key: w.key.clone(),
                        others: Vec::new(),
                        mode: DragMode::Move,
                        grab_mins: 0.0,
                        target: None,
                        edit: None,
                    });
                }
            }
        },
    );
}

/// A person's sessions over all days with the clashes that name them.
pub fn person_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &Doc<'_>,
    person: &PersonKey,
    state: &mut TimetableState,
    actions: &mut Vec<Action>,
) {
    let p = doc.p;
    let name = p.people.get(person).map(|x| x.display_name()).unwrap_or_else(|| person.to_string());
    ui.heading(name);
    let selection =
        crate::export::Selection { speaker: Some(person.clone()), include_drafts: true, ..Default::default() };
    egui::ScrollArea::vertical().id_salt("timetable_person_scroll").show(ui, |ui| {
        let sessions = selection.sessions(p);
        if sessions.is_empty() {
            ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-in-no-session")).weak());
        }
        for (key, s) in sessions {
            let when = p
                .session_range(s)
                .and_then(|r| Some((time::to_datetime(r.start)?, time::to_datetime(r.end)?)))
                .map(|(a, b)| format!("{}, {}", i18n::date_short(lang, a.date()), i18n::time_range(a, b)))
                .unwrap_or_else(|| crate::i18n::text(lang, "gui-unscheduled-lower").to_owned());
            let hall = s
                .hall
                .as_ref()
                .map(|h| p.hall_name(h, crate::i18n::text(lang, "gui-all-halls")).to_owned())
                .unwrap_or_default();
            ui.label(egui::RichText::new(format!("{when}  {hall}")).small());
            if ui.link(&s.title).clicked() {
                if s.day.is_some() {
                    state.day = s.day.clone();
                }
                actions.push(Action::Select(Selected::Session(key.clone())));
            }
            ui.add_space(4.0);
        }
        let mine: Vec<_> = doc.clashes.iter().filter(|c| c.speaker.as_ref() == Some(person)).collect();
        if !mine.is_empty() {
            ui.separator();
            ui.strong(crate::i18n::text(lang, "gui-clashes"));
            for clash in mine {
                ui.colored_label(severity_colour(clash.severity()), i18n::clash_message(lang, p, clash));
            }
        }
    });
}
