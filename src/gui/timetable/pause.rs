//! "Pause in allen Sälen": title, start and duration of a break across every hall on the day shown
//! (named in the dialog), with the clashes it would cause, created as one edit. The dialog keeps its
//! place and size while its content changes (the buttons above, the messages below in a fixed height),
//! so the next click does not miss.

use super::dialog::{self, escape_for, preview_ui};
use super::{Doc, TimetableState};
use crate::gui::action::Action;
use crate::gui::preview::Preview;
use crate::i18n::{self, F, Lang, f};
use crate::model::input;
use crate::model::{Clock, DayKey, HallPlacement, Programme, Session, SessionKind, Status};

/// The dialog's fields.
#[derive(Clone, Debug)]
pub struct PauseDraft {
    title: String,
    start: String,
    duration: String,
    /// The clashes of the break as last computed, and for what.
    preview: Option<(PreviewFor, Preview)>,
}

/// What a preview was computed for: revision, day, start, minutes, title.
type PreviewFor = (u64, DayKey, Clock, u32, String);

impl PauseDraft {
    /// A lunch-time default.
    pub fn new(lang: Lang, _p: &Programme) -> Self {
        Self {
            title: crate::i18n::text(lang, "gui-break").to_owned(),
            start: "12:30".to_owned(),
            duration: "60".to_owned(),
            preview: None,
        }
    }
}

/// Draws the dialog when open.
pub fn ui(
    ctx: &egui::Context,
    lang: Lang,
    doc: &Doc<'_>,
    day: &DayKey,
    state: &mut TimetableState,
    actions: &mut Vec<Action>,
) {
    let p = doc.p;
    let Some(draft) = &mut state.pause else { return };
    let start = input::parse_time(&draft.start);
    let duration = input::parse_duration(&draft.duration);
    if let (Ok(start), Ok(duration)) = (start, duration) {
        let wanted = (doc.revision, day.clone(), start, duration, draft.title.trim().to_owned());
        let edit = dialog::creation(pause(&wanted.4, day, start, duration));
        dialog::follow(doc, lang, wanted, edit, &mut draft.preview, actions);
    }
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("pause_dialog")).show(ctx, |ui| {
        ui.set_width(PAUSE_W);
        ui.heading(crate::i18n::text(lang, "gui-break-all-halls-heading"));
        if let Some(d) = p.days.get(day) {
            let date = i18n::date_short(lang, d.date);
            ui.label(if d.label.is_empty() { date } else { format!("{date} · {}", d.label) });
        }
        egui::Grid::new("pause_grid").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
            let id = ui.label(crate::i18n::text(lang, "gui-title")).id;
            ui.text_edit_singleline(&mut draft.title).labelled_by(id);
            ui.end_row();
            let id = ui.label(crate::i18n::text(lang, "gui-start")).id;
            ui.add(egui::TextEdit::singleline(&mut draft.start).desired_width(70.0)).labelled_by(id);
            ui.end_row();
            let id = ui.label(format!("{} ({})", crate::i18n::text(lang, "gui-duration"), f(lang, F::Minutes))).id;
            ui.add(egui::TextEdit::singleline(&mut draft.duration).desired_width(70.0)).labelled_by(id);
            ui.end_row();
        });
        ui.horizontal(|ui| {
            let ok = start.is_ok() && duration.is_ok() && !draft.title.trim().is_empty();
            if ui.add_enabled(ok, egui::Button::new(crate::i18n::text(lang, "gui-create"))).clicked()
                && let (Ok(start), Ok(duration)) = (start, duration)
            {
                actions.push(Action::Edit(dialog::creation(pause(draft.title.trim(), day, start, duration))));
                close = true;
            }
            if ui.button(crate::i18n::text(lang, "gui-cancel")).clicked() {
                close = true;
            }
        });
        egui::ScrollArea::vertical().id_salt("pause_messages").max_height(MESSAGES_H).show(ui, |ui| {
            ui.set_min_height(MESSAGES_H);
            if let Err(e) = start {
                ui.colored_label(ui.visuals().error_fg_color, crate::i18n::input_error(lang, e));
            }
            if let Err(e) = duration {
                ui.colored_label(ui.visuals().error_fg_color, crate::i18n::input_error(lang, e));
            }
            if let (Ok(_), Ok(_), Some((_, shown))) = (start, duration, &draft.preview) {
                preview_ui(ui, lang, shown);
            }
        });
    });
    if close || escape_for(&modal) {
        state.pause = None;
    }
}

/// The dialog's width.
const PAUSE_W: f32 = 420.0;
/// The height kept for its messages (errors, the clash preview).
const MESSAGES_H: f32 = 180.0;

fn pause(title: &str, day: &DayKey, start: Clock, duration_mins: u32) -> Session {
    Session {
        title: title.to_owned(),
        kind: SessionKind::Break,
        status: Status::Confirmed,
        day: Some(day.clone()),
        start: Some(start),
        hall: Some(HallPlacement::All),
        duration_mins,
        ..Session::default()
    }
}
