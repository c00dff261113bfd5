//! "Neue Session" after a double-click on an empty cell: the day, hall and time clicked, a title and a
//! length to type, and the clashes the session would cause; created as one edit (a draft), then selected.

use super::dialog::{self, escape_for, preview_ui};
use super::{Doc, TimetableState};
use crate::gui::action::Action;
use crate::gui::preview::Preview;
use crate::i18n::{self, F, Lang, f};
use crate::model::input;
use crate::model::{Clock, DayKey, HallKey, HallPlacement, Programme, Session};

/// The dialog's fields and where the session goes.
#[derive(Clone, Debug)]
pub struct CreateDraft {
    day: DayKey,
    hall: HallKey,
    start: Clock,
    title: String,
    duration: String,
    /// The title field has been given the focus once.
    focused: bool,
    /// The clashes as last computed, and for what (revision, minutes).
    preview: Option<((u64, u32), Preview)>,
}

impl CreateDraft {
    /// A one-hour session at `start` in `hall` on `day`, its title still to be typed.
    pub fn new(day: DayKey, hall: HallKey, start: Clock) -> Self {
        Self { day, hall, start, title: String::new(), duration: "60".into(), focused: false, preview: None }
    }

    fn session(&self, title: &str, duration_mins: u32) -> Session {
        Session {
            title: title.to_owned(),
            day: Some(self.day.clone()),
            start: Some(self.start),
            hall: Some(HallPlacement::Hall(self.hall.clone())),
            duration_mins,
            ..Session::default()
        }
    }
}

/// Draws the dialog when open. Enter in one of its fields creates, Esc cancels (when no other dialog is on
/// top). Closes by itself when the day or hall clicked is gone (an undo behind it).
pub fn ui(ctx: &egui::Context, lang: Lang, doc: &Doc<'_>, state: &mut TimetableState, actions: &mut Vec<Action>) {
    let p = doc.p;
    let Some(draft) = &mut state.create else { return };
    if !p.days.contains_key(&draft.day) || !p.halls.contains_key(&draft.hall) {
        state.create = None;
        return;
    }
    let duration = input::parse_duration(&draft.duration);
    if let Ok(mins) = duration {
        let edit = dialog::creation(draft.session(f(lang, F::NewSession), mins));
        dialog::follow(doc, lang, (doc.revision, mins), edit, &mut draft.preview, actions);
    }
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("create_session_dialog")).show(ctx, |ui| {
        ui.set_min_width(380.0);
        ui.heading(f(lang, F::NewSession));
        ui.label(place(lang, p, draft));
        let entered = egui::Grid::new("create_grid").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
            let id = ui.label(crate::i18n::text(lang, "gui-title")).id;
            let title = ui.add(egui::TextEdit::singleline(&mut draft.title).desired_width(260.0)).labelled_by(id);
            if !draft.focused {
                title.request_focus();
                draft.focused = true;
            }
            ui.end_row();
            let id = ui.label(format!("{} ({})", crate::i18n::text(lang, "gui-duration"), f(lang, F::Minutes))).id;
            let length = ui.add(egui::TextEdit::singleline(&mut draft.duration).desired_width(70.0)).labelled_by(id);
            ui.end_row();
            // Enter counts only when it left one of these fields: it was typed here, not elsewhere.
            (title.lost_focus() || length.lost_focus()) && ui.input(|i| i.key_pressed(egui::Key::Enter))
        });
        if let Err(e) = duration {
            ui.colored_label(ui.visuals().error_fg_color, i18n::input_error(lang, e));
        }
        if let (Ok(_), Some((_, shown))) = (duration, &draft.preview) {
            preview_ui(ui, lang, shown);
        }
        ui.horizontal(|ui| {
            let ok = duration.is_ok() && !draft.title.trim().is_empty();
            let create = ui.add_enabled(ok, egui::Button::new(crate::i18n::text(lang, "gui-create"))).clicked()
                || (ok && entered.inner);
            if create && let Ok(mins) = duration {
                actions.push(Action::Edit(dialog::creation(draft.session(draft.title.trim(), mins))));
                close = true;
            }
            if ui.button(crate::i18n::text(lang, "gui-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close || escape_for(&modal) {
        state.create = None;
    }
}

/// "Do., 15.09.2022 · Halle 6 · 14:30".
fn place(lang: Lang, p: &Programme, draft: &CreateDraft) -> String {
    let day = p.days.get(&draft.day).map(|d| i18n::date_short(lang, d.date)).unwrap_or_default();
    let hall = p.halls.get(&draft.hall).map_or(draft.hall.as_str(), |h| h.name.as_str());
    format!("{day} · {hall} · {}", draft.start)
}
