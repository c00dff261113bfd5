//! Form inputs: a labelled row in a two-column grid, text that is parsed as people type (times, dates,
//! durations, numbers), a small chrono calendar, and the marks for input that was not understood. Every
//! input is labelled for AccessKit by the visible label next to it.

use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate};

use crate::i18n::{self, F, Lang, f};
use crate::model::Clock;
use crate::model::input::{self, InputError};

/// The raw text of parsed inputs, kept while a field has focus or holds text that was not understood.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    texts: HashMap<String, String>,
    errors: HashMap<String, InputError>,
}

impl Inputs {
    /// Whether any field holds text that was not understood.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Whether the field holds text that was not understood.
    pub fn has_error(&self, field: &str) -> bool {
        self.errors.contains_key(field)
    }

    /// Inputs with one field holding text that was not understood (for tests).
    #[cfg(test)]
    pub fn with_error(field: &str, error: InputError) -> Self {
        let mut out = Self::default();
        out.texts.insert(field.to_owned(), "?".to_owned());
        out.errors.insert(field.to_owned(), error);
        out
    }

    /// Forgets every typed text (the form was discarded or applied).
    pub fn clear(&mut self) {
        self.texts.clear();
        self.errors.clear();
    }

    /// Forgets fields whose id starts with `prefix` (a removed list row).
    pub fn forget(&mut self, prefix: &str) {
        self.texts.retain(|k, _| !k.starts_with(prefix));
        self.errors.retain(|k, _| !k.starts_with(prefix));
    }
}

/// A text field's id from its label or field name (unique within a form; one form is shown at a time).
/// Fixed ids keep the focus in the field while hints and problems above it come and go; egui's automatic
/// ids count the widgets before, so the caret would jump to another field.
pub fn field_id(name: &str) -> egui::Id {
    egui::Id::unique(("podium_form_field", name))
}

/// The error colour of the current theme.
pub fn error_colour(ui: &egui::Ui) -> egui::Color32 {
    ui.visuals().error_fg_color
}

/// A label in the grid's first column; returns its id for `labelled_by`.
pub fn label(ui: &mut egui::Ui, text: &str) -> egui::Id {
    ui.label(text).id
}

/// A one-line text field labelled `text`; true when changed.
pub fn text_row(ui: &mut egui::Ui, text: &str, value: &mut String) -> bool {
    let id = label(ui, text);
    let edit = egui::TextEdit::singleline(value).id(field_id(text)).desired_width(f32::INFINITY);
    let changed = ui.add(edit).labelled_by(id).changed();
    ui.end_row();
    changed
}

/// A multi-line text field labelled `text`.
pub fn multiline_row(ui: &mut egui::Ui, text: &str, value: &mut String, rows: usize) -> bool {
    let id = label(ui, text);
    let changed = ui
        .add(egui::TextEdit::multiline(value).id(field_id(text)).desired_rows(rows).desired_width(f32::INFINITY))
        .labelled_by(id)
        .changed();
    ui.end_row();
    changed
}

/// A field whose text is parsed into `value`. While it has focus or holds an error the typed text stays;
/// otherwise it shows `show(value)`. Text that does not parse is marked and not applied.
#[allow(clippy::too_many_arguments)]
pub fn parsed<T: PartialEq>(
    ui: &mut egui::Ui,
    inputs: &mut Inputs,
    field: &str,
    label_id: egui::Id,
    width: f32,
    value: &mut T,
    parse: impl Fn(&str) -> Result<T, InputError>,
    show: impl Fn(&T) -> String,
) -> egui::Response {
    let widget_id = field_id(field);
    let focused = ui.memory(|m| m.has_focus(widget_id));
    // A field seen for the first time shows the value, also when it has focus (after the form was
    // applied or discarded under the caret).
    let text = inputs.texts.entry(field.to_owned()).or_insert_with(|| show(value));
    if !focused && !inputs.errors.contains_key(field) {
        *text = show(value);
    }
    let response = ui.add(egui::TextEdit::singleline(text).id(widget_id).desired_width(width)).labelled_by(label_id);
    if response.changed() {
        match parse(text) {
            Ok(v) => {
                inputs.errors.remove(field);
                if *value != v {
                    *value = v;
                }
            }
            Err(e) => {
                inputs.errors.insert(field.to_owned(), e);
            }
        }
    }
    if inputs.errors.contains_key(field) {
        let stroke = egui::Stroke::new(2.0, error_colour(ui));
        ui.painter().rect_stroke(response.rect.expand(1.0), 2.0, stroke, egui::StrokeKind::Outside);
    }
    response
}

/// A required time of day.
pub fn time_input(ui: &mut egui::Ui, inputs: &mut Inputs, field: &str, label_id: egui::Id, value: &mut Clock) -> bool {
    let before = *value;
    parsed(ui, inputs, field, label_id, 64.0, value, input::parse_time, Clock::to_string);
    *value != before
}

/// An optional time of day (empty → none).
pub fn optional_time_input(
    ui: &mut egui::Ui,
    inputs: &mut Inputs,
    field: &str,
    label_id: egui::Id,
    value: &mut Option<Clock>,
) -> bool {
    let before = *value;
    let parse = |s: &str| if s.trim().is_empty() { Ok(None) } else { input::parse_time(s).map(Some) };
    parsed(ui, inputs, field, label_id, 64.0, value, parse, |v| v.map(|c| c.to_string()).unwrap_or_default());
    *value != before
}

/// A duration in minutes.
pub fn duration_input(
    ui: &mut egui::Ui,
    inputs: &mut Inputs,
    field: &str,
    label_id: egui::Id,
    value: &mut u32,
) -> bool {
    let before = *value;
    parsed(ui, inputs, field, label_id, 64.0, value, input::parse_duration, u32::to_string);
    *value != before
}

/// An optional whole number (empty → none).
pub fn count_input(
    ui: &mut egui::Ui,
    inputs: &mut Inputs,
    field: &str,
    label_id: egui::Id,
    value: &mut Option<u32>,
) -> bool {
    optional_number(ui, inputs, (field, label_id, 80.0), value, input::parse_count)
}

/// An optional duration in minutes (empty → none), read like [`duration_input`].
pub fn optional_duration_input(
    ui: &mut egui::Ui,
    inputs: &mut Inputs,
    field: &str,
    label_id: egui::Id,
    value: &mut Option<u32>,
) -> bool {
    optional_number(ui, inputs, (field, label_id, 64.0), value, input::parse_optional_duration)
}

/// A field for an optional number (field name, label, width); whether the value changed.
fn optional_number(
    ui: &mut egui::Ui,
    inputs: &mut Inputs,
    (field, label_id, width): (&str, egui::Id, f32),
    value: &mut Option<u32>,
    parse: impl Fn(&str) -> Result<Option<u32>, InputError>,
) -> bool {
    let before = *value;
    parsed(ui, inputs, field, label_id, width, value, parse, |v| v.map(|n| n.to_string()).unwrap_or_default());
    *value != before
}

/// A date typed or picked from a calendar.
pub fn date_input(
    ui: &mut egui::Ui,
    lang: Lang,
    inputs: &mut Inputs,
    field: &str,
    label_id: egui::Id,
    value: &mut NaiveDate,
) -> bool {
    let before = *value;
    let year = value.year();
    ui.horizontal(|ui| {
        parsed(ui, inputs, field, label_id, 96.0, value, |s| input::parse_date(s, year), |d| i18n::date_text(lang, *d));
        let button = ui.button(f(lang, F::Calendar));
        egui::Popup::from_toggle_button_response(&button)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                if let Some(picked) = calendar(ui, lang, field, *value) {
                    *value = picked;
                    inputs.errors.remove(field);
                    ui.close();
                }
            });
    });
    *value != before
}

/// A month of days; returns the day clicked.
fn calendar(ui: &mut egui::Ui, lang: Lang, field: &str, current: NaiveDate) -> Option<NaiveDate> {
    let month_id = ui.scope_id().with(("calendar_month", field));
    let first = current.with_day(1).unwrap_or(current);
    let mut month: NaiveDate = ui.data(|d| d.get_temp(month_id)).unwrap_or(first);
    let mut picked = None;
    ui.horizontal(|ui| {
        if ui.button("<").on_hover_text(crate::i18n::text(lang, "gui-previous-month")).clicked() {
            month = month.checked_sub_months(Months::new(1)).unwrap_or(month);
        }
        ui.label(format!("{} {}", i18n::month_name(lang, month), month.year()));
        if ui.button(">").on_hover_text(crate::i18n::text(lang, "gui-next-month")).clicked() {
            month = month.checked_add_months(Months::new(1)).unwrap_or(month);
        }
    });
    let heads = crate::i18n::text(lang, "gui-weekday-heads");
    egui::Grid::new(month_id.with("grid")).spacing([2.0, 2.0]).show(ui, |ui| {
        for head in heads.split(' ') {
            ui.label(egui::RichText::new(head).weak());
        }
        ui.end_row();
        let lead = month.weekday().num_days_from_monday();
        for _ in 0..lead {
            ui.label("");
        }
        let mut day = month;
        while day.month() == month.month() {
            let button =
                egui::Button::selectable(day == current, format!("{:>2}", day.day())).min_size([26.0, 20.0].into());
            if ui.add(button).clicked() {
                picked = Some(day);
            }
            if day.weekday() == chrono::Weekday::Sun {
                ui.end_row();
            }
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
    });
    ui.data_mut(|d| d.insert_temp(month_id, month));
    picked
}

/// A combo box labelled by `label_id` choosing one of `options` (value, text).
pub fn choice<T: PartialEq + Clone>(
    ui: &mut egui::Ui,
    id: &str,
    label_id: egui::Id,
    value: &mut T,
    options: &[(T, String)],
) -> bool {
    let before = value.clone();
    let current = options.iter().find(|(v, _)| v == value).map(|(_, s)| s.clone()).unwrap_or_default();
    egui::ComboBox::from_id_salt(id)
        .selected_text(current)
        .width(220.0)
        .height(400.0)
        .show_ui(ui, |ui| {
            for (v, text) in options {
                ui.selectable_value(value, v.clone(), text);
            }
        })
        .response
        .labelled_by(label_id);
    *value != before
}

/// The problems of one field, in the error colour, under it.
pub fn problems_row(ui: &mut egui::Ui, texts: &[String]) {
    message_row(ui, texts);
}

/// The texts of fields with text that was not understood, in the user's language.
pub fn input_texts(lang: Lang, inputs: &Inputs, fields: &[&str]) -> Vec<String> {
    fields
        .iter()
        .filter_map(|field| inputs.errors.get(*field))
        .map(|e| i18n::input_error(lang, *e).to_owned())
        .collect()
}

/// A grid row under a field for its problems: always at least one line high, so that a message
/// coming or going while someone types does not move the fields below.
pub fn message_row(ui: &mut egui::Ui, texts: &[String]) {
    message_row_coloured(ui, texts, &[]);
}

/// [`message_row`] with warnings (in the warning colour) after the errors.
pub fn message_row_coloured(ui: &mut egui::Ui, errors: &[String], warnings: &[String]) {
    ui.label("");
    ui.vertical(|ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        let line = ui.text_style_height(&egui::TextStyle::Small);
        if errors.is_empty() && warnings.is_empty() {
            ui.allocate_exact_size(egui::vec2(1.0, line), egui::Sense::hover());
        }
        for text in errors {
            ui.label(egui::RichText::new(text).small().color(error_colour(ui)));
        }
        for text in warnings {
            ui.label(egui::RichText::new(text).small().color(ui.visuals().warn_fg_color));
        }
    });
    ui.end_row();
}

/// A two-column form grid.
pub fn grid(ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    egui::Grid::new(id).num_columns(2).spacing([10.0, 6.0]).min_col_width(150.0).show(ui, add);
}

/// A small section heading inside a form.
pub fn section(ui: &mut egui::Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(egui::RichText::new(text).strong());
    ui.add_space(2.0);
}

/// A small icon button named for screen readers by `name` (also its tooltip); true when clicked.
pub fn icon_button(ui: &mut egui::Ui, enabled: bool, icon: &str, name: &str) -> bool {
    ui.add_enabled(enabled, egui::Button::new(icon)).on_hover_text(name).accessible_name(name).clicked()
}

/// Row controls of an ordered list (up, down, remove); returns the requested change.
pub fn row_controls(ui: &mut egui::Ui, lang: Lang, i: usize, len: usize, what: &str) -> Option<ListChange> {
    let mut change = None;
    let name = |text: F| format!("{} {what} {}", f(lang, text), i + 1);
    if icon_button(ui, i > 0, "⬆", &name(F::MoveUp)) {
        change = Some(ListChange::Up(i));
    }
    if icon_button(ui, i + 1 < len, "⬇", &name(F::MoveDown)) {
        change = Some(ListChange::Down(i));
    }
    if icon_button(ui, true, "✖", &name(F::Remove)) {
        change = Some(ListChange::Remove(i));
    }
    change
}

/// A change to an ordered list asked for by [`row_controls`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListChange {
    /// Move row up.
    Up(usize),
    /// Move row down.
    Down(usize),
    /// Remove row.
    Remove(usize),
}

impl ListChange {
    /// Applies the change to a list.
    pub fn apply<T>(self, list: &mut Vec<T>) {
        match self {
            Self::Up(i) if i > 0 && i < list.len() => list.swap(i, i - 1),
            Self::Down(i) if i + 1 < list.len() => list.swap(i, i + 1),
            Self::Remove(i) if i < list.len() => {
                list.remove(i);
            }
            _ => {}
        }
    }
}

/// Problems outside a grid, in the error colour.
pub fn problems_list(ui: &mut egui::Ui, texts: &[String]) {
    for text in texts {
        ui.colored_label(error_colour(ui), text);
    }
}
