//! The hall form: name, seats, venue (pick or type; empty is the event's main venue), parallel use,
//! changeover, availability windows, internal notes, and moving the hall in hall order.

use super::widgets;
use super::{EntityForm, Field, Problems, windows};
use crate::edit::Edit;
use crate::gui::action::Action;
use crate::i18n::{F, Lang, T, f, t};
use crate::model::{Hall, Programme};

/// Draws the hall form.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    form: &mut EntityForm<Hall>,
    problems: &Problems<'_>,
    actions: &mut Vec<Action>,
) {
    let EntityForm { key, draft: h, inputs, .. } = form;
    widgets::grid(ui, "hall_form", |ui| {
        widgets::text_row(ui, t(lang, T::Name), &mut h.name);
        problems.row(ui, Field::Name);
        let id = widgets::label(ui, t(lang, T::Capacity));
        widgets::count_input(ui, inputs, "capacity", id, &mut h.capacity);
        ui.end_row();
        problems.row_with(ui, None, inputs, &["capacity"]);
        let id = widgets::label(ui, t(lang, T::Venue));
        venue(ui, lang, p, id, &mut h.venue);
        ui.end_row();
        ui.label("");
        ui.checkbox(&mut h.parallel, f(lang, F::Parallel));
        ui.end_row();
        let id = widgets::label(ui, f(lang, F::Changeover));
        widgets::optional_duration_input(ui, inputs, "changeover", id, &mut h.changeover_mins);
        ui.end_row();
        problems.row_with(ui, None, inputs, &["changeover"]);
        ui.label("");
        ui.label(egui::RichText::new(format!("{} ({})", f(lang, F::EventDefault), p.event.changeover_mins)).weak());
        ui.end_row();
    });
    widgets::section(ui, f(lang, F::Availability));
    windows::ui(ui, lang, p, inputs, "hall_windows", &mut h.availability);
    widgets::problems_list(ui, &problems.at(Field::Windows));
    widgets::section(ui, &format!("{} ({})", t(lang, T::Notes), t(lang, T::PrivateOnly)));
    let id = ui.label(egui::RichText::new(t(lang, T::PrivateOnly)).weak()).id;
    ui.add(egui::TextEdit::multiline(&mut h.notes).desired_rows(2).desired_width(f32::INFINITY)).labelled_by(id);
    if let Some(key) = key {
        let Some(pos) = p.halls.get_index_of(key) else { return };
        widgets::section(ui, crate::i18n::text(lang, "gui-hall-order"));
        ui.horizontal(|ui| {
            if ui.add_enabled(pos > 0, egui::Button::new(f(lang, F::MoveUp))).clicked() {
                actions.push(Action::Edit(Edit::MoveHall(key.clone(), pos - 1)));
            }
            if ui.add_enabled(pos + 1 < p.halls.len(), egui::Button::new(f(lang, F::MoveDown))).clicked() {
                actions.push(Action::Edit(Edit::MoveHall(key.clone(), pos + 1)));
            }
        });
    }
}

/// The venue: typed, or picked from the venues the programme knows; empty means the main venue.
fn venue(ui: &mut egui::Ui, lang: Lang, p: &Programme, label_id: egui::Id, value: &mut Option<String>) {
    let mut text = value.clone().unwrap_or_default();
    ui.horizontal(|ui| {
        let hint = format!("{} ({})", f(lang, F::MainVenue), p.event.venue.name);
        let edit = egui::TextEdit::singleline(&mut text).hint_text(hint).desired_width(200.0);
        ui.add(edit).labelled_by(label_id);
        let mut known: Vec<&str> = p.halls.values().filter_map(|h| h.venue.as_deref()).collect();
        known.sort_unstable();
        known.dedup();
        let name = crate::i18n::text(lang, "gui-pick-venue");
        let button = ui.button("⬇").on_hover_text(name).accessible_name(name);
        egui::Popup::menu(&button).show(|ui| {
            if ui.button(format!("{} ({})", f(lang, F::MainVenue), p.event.venue.name)).clicked() {
                text.clear();
            }
            for v in known {
                if ui.button(v).clicked() {
                    text = v.to_owned();
                }
            }
        });
    });
    *value = (!text.trim().is_empty()).then_some(text);
}
