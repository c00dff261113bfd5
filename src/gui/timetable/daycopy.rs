//! "Tag duplizieren…": a copy of the day shown on another date, and, when asked, draft copies of its
//! sessions with their halls and times; one edit. The new day is shown afterwards. A date that already
//! has a day is refused in the dialog.

use super::TimetableState;
use super::dialog::escape_for;
use crate::gui::action::Action;
use crate::gui::bulk_ops::BulkAction;
use crate::i18n::{self, B, BulkLabel, Lang, bulk_word};
use crate::model::{DayKey, Programme, input};

/// The dialog's fields.
#[derive(Clone, Debug)]
pub struct DayCopyDraft {
    day: DayKey,
    date: String,
    with_sessions: bool,
}

impl DayCopyDraft {
    /// For the day, on the first free date after the last day.
    pub fn new(p: &Programme, day: &DayKey) -> Option<Self> {
        let last = p.days.values().map(|d| d.date).max()?;
        let next = last.succ_opt()?;
        Some(Self { day: day.clone(), date: next.format("%d.%m.%Y").to_string(), with_sessions: true })
    }
}

/// Draws the dialog when open.
pub fn ui(ctx: &egui::Context, lang: Lang, p: &Programme, state: &mut TimetableState, actions: &mut Vec<Action>) {
    let Some(draft) = &mut state.daycopy else { return };
    let Some(day) = p.days.get(&draft.day) else {
        state.daycopy = None;
        return;
    };
    use chrono::Datelike as _;
    let date = input::parse_date(&draft.date, day.date.year()).ok();
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("daycopy_dialog")).show(ctx, |ui| {
        ui.set_width(380.0);
        ui.heading(bulk_word(lang, B::DuplicateDay).trim_end_matches('…'));
        ui.label(i18n::date_short(lang, day.date));
        egui::Grid::new("daycopy_grid").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
            let id = ui.label(bulk_word(lang, B::NewDate)).id;
            ui.add(egui::TextEdit::singleline(&mut draft.date).desired_width(100.0)).labelled_by(id);
            ui.end_row();
        });
        ui.checkbox(&mut draft.with_sessions, bulk_word(lang, B::WithSessions));
        // A date that already has a day is refused here, with the day it belongs to.
        let taken = date.and_then(|date| p.days.values().find(|d| d.date == date));
        let bad = match (date, taken) {
            (None, _) => bulk_word(lang, B::BadDate).to_owned(),
            (Some(date), Some(day)) => B::date_taken(lang, date, &day.label),
            (Some(_), None) => String::new(),
        };
        ui.colored_label(ui.visuals().error_fg_color, bad);
        let ok = date.is_some() && taken.is_none();
        ui.horizontal(|ui| {
            if ui.add_enabled(ok, egui::Button::new(bulk_word(lang, B::Create))).clicked()
                && let Some(date) = date
                && let Some(edits) = crate::edit::bulk::duplicate_day(p, &draft.day, date, draft.with_sessions)
            {
                let n = edits.len().saturating_sub(1);
                let label = i18n::bulk_label(lang, BulkLabel::DayCopy, n);
                actions.push(Action::Bulk(BulkAction::Create(crate::edit::Edit::Batch(label, edits))));
                close = true;
            }
            if ui.button(bulk_word(lang, B::Cancel)).clicked() {
                close = true;
            }
        });
    });
    if close || escape_for(&modal) {
        state.daycopy = None;
    }
}
