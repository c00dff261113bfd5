//! "Ab hier verschieben…" (Indico's "shift later entries"): every session of the day shown that starts at
//! or after a time, in one hall or in all halls, moves by N minutes (negative: earlier), with the clashes
//! that would cause shown first; one edit. The dialog keeps its size while its content changes.

use super::dialog::{escape_for, follow, preview_ui};
use super::{Doc, TimetableState};
use crate::edit::Edit;
use crate::gui::action::Action;
use crate::gui::preview::Preview;
use crate::i18n::{self, B, BulkLabel, Lang, bulk_word};
use crate::model::{Clock, DayKey, HallKey, Session, input};

/// The dialog's fields.
#[derive(Clone, Debug)]
pub struct ShiftDraft {
    from: String,
    minutes: String,
    /// One hall, or all (`None`).
    hall: Option<HallKey>,
    preview: Option<(Wanted, Preview)>,
}

/// What a preview was computed for: revision, day, from, hall, minutes.
type Wanted = (u64, DayKey, Clock, Option<HallKey>, i32);

impl ShiftDraft {
    /// From the chosen session's start and hall, else from noon in all halls; 15 minutes.
    pub fn new(session: Option<&Session>) -> Self {
        Self {
            from: session.and_then(|s| s.start).map_or_else(|| "12:00".to_owned(), |c| c.to_string()),
            minutes: "15".to_owned(),
            hall: session.and_then(|s| s.hall_key().cloned()),
            preview: None,
        }
    }
}

fn minutes(text: &str) -> Option<i32> {
    text.trim().trim_start_matches('+').parse::<i32>().ok().filter(|m| m.abs() <= 24 * 60)
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
    let Some(draft) = &mut state.shift else { return };
    let from = input::parse_time(&draft.from).ok();
    let by = minutes(&draft.minutes);
    let edits = match (from, by) {
        (Some(from), Some(by)) => crate::edit::bulk::shift_later(p, day, from, draft.hall.as_ref(), by),
        _ => None,
    };
    let count = edits.as_ref().map_or(0, Vec::len);
    let edit = edits.map(|e| Edit::Batch(i18n::bulk_label(lang, BulkLabel::Move, e.len()), e));
    if let (Some(edit), Some(from), Some(by)) = (&edit, from, by)
        && count > 0
    {
        let wanted = (doc.revision, day.clone(), from, draft.hall.clone(), by);
        follow(doc, lang, wanted, edit.clone(), &mut draft.preview, actions);
    }
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("shift_dialog")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(bulk_word(lang, B::ShiftLater).trim_end_matches('…'));
        if let Some(d) = p.days.get(day) {
            ui.label(i18n::date_short(lang, d.date));
        }
        ui.label(egui::RichText::new(bulk_word(lang, B::ShiftIntro)).weak());
        egui::Grid::new("shift_grid").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
            let id = ui.label(bulk_word(lang, B::From)).id;
            ui.add(egui::TextEdit::singleline(&mut draft.from).desired_width(70.0)).labelled_by(id);
            ui.end_row();
            let id = ui.label(bulk_word(lang, B::ByMinutes)).id;
            ui.add(egui::TextEdit::singleline(&mut draft.minutes).desired_width(70.0)).labelled_by(id);
            ui.end_row();
            let id = ui.label(bulk_word(lang, B::InHalls)).id;
            let shown =
                draft.hall.as_ref().and_then(|h| p.halls.get(h)).map_or(bulk_word(lang, B::AllHalls), |h| &h.name);
            egui::ComboBox::from_id_salt("shift_hall")
                .selected_text(shown)
                .height(320.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut draft.hall, None, bulk_word(lang, B::AllHalls));
                    for (k, h) in &p.halls {
                        ui.selectable_value(&mut draft.hall, Some(k.clone()), &h.name);
                    }
                })
                .response
                .labelled_by(id);
            ui.end_row();
        });
        ui.horizontal(|ui| {
            let ok = count > 0;
            if ui.add_enabled(ok, egui::Button::new(bulk_word(lang, B::Move))).clicked()
                && let Some(edit) = &edit
            {
                actions.push(Action::Edit(edit.clone()));
                close = true;
            }
            if ui.button(bulk_word(lang, B::Cancel)).clicked() {
                close = true;
            }
        });
        // Below the buttons, in a fixed height: the buttons never move while this changes.
        egui::ScrollArea::vertical().id_salt("shift_preview").min_scrolled_height(160.0).max_height(160.0).show(
            ui,
            |ui| {
                ui.set_min_height(160.0);
                if from.is_none() || by.is_none() {
                    ui.colored_label(ui.visuals().error_fg_color, bulk_word(lang, B::BadShift));
                    return;
                }
                ui.label(i18n::shift_count(lang, count));
                if let Some((_, shown)) = &draft.preview
                    && count > 0
                {
                    preview_ui(ui, lang, shown);
                }
            },
        );
    });
    if close || escape_for(&modal) {
        state.shift = None;
    }
}
