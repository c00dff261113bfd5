//! Availability of a hall or person, day by day: each day of the event with "ganztägig verfügbar /
//! nicht verfügbar / nur von … bis …" (a combo box named by the day), and for the last the spans with
//! from and to, add and remove. A span that ends before it starts is said under its row.

use super::widgets::{self, Inputs};
use crate::i18n::{self, F, FormWord, Lang, f, form_word};
use crate::model::{Availability, Clock, DayAvailability, DayKey, Programme, Span};

/// The three choices of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    AllDay,
    Unavailable,
    Only,
}

/// Draws the days; `prefix` keeps the fields of two forms apart.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    inputs: &mut Inputs,
    prefix: &str,
    availability: &mut Availability,
) {
    if p.days.is_empty() {
        ui.label(egui::RichText::new(form_word(lang, FormWord::NoDays)).weak());
        return;
    }
    ui.label(egui::RichText::new(form_word(lang, FormWord::PerDayHint)).weak());
    let options = [
        (Choice::AllDay, form_word(lang, FormWord::AllDay).to_owned()),
        (Choice::Unavailable, form_word(lang, FormWord::Unavailable).to_owned()),
        (Choice::Only, form_word(lang, FormWord::OnlyFromTo).to_owned()),
    ];
    widgets::grid(ui, &format!("{prefix}_days"), |ui| {
        for (key, day) in &p.days {
            let current = availability.on(key).clone();
            let mut choice = match current {
                DayAvailability::AllDay => Choice::AllDay,
                DayAvailability::Unavailable => Choice::Unavailable,
                DayAvailability::Only(_) => Choice::Only,
            };
            let id = widgets::label(ui, &i18n::day_choice(lang, day));
            let field = format!("{prefix}.{key}.");
            if widgets::choice(ui, &format!("{prefix}_{key}"), id, &mut choice, &options) {
                inputs.forget(&field);
                let value = match choice {
                    Choice::AllDay => DayAvailability::AllDay,
                    Choice::Unavailable => DayAvailability::Unavailable,
                    Choice::Only => DayAvailability::Only(vec![Span { from: day.opens, to: day.closes }]),
                };
                availability.set(key.clone(), value);
            }
            ui.end_row();
            if let DayAvailability::Only(mut spans) = availability.on(key).clone() {
                spans_ui(ui, lang, inputs, &field, &mut spans);
                let value = if spans.is_empty() { DayAvailability::Unavailable } else { DayAvailability::Only(spans) };
                set_if_changed(availability, key, value);
            }
        }
    });
}

fn set_if_changed(availability: &mut Availability, key: &DayKey, value: DayAvailability) {
    if availability.on(key) != &value {
        availability.set(key.clone(), value);
    }
}

/// The spans of one day, each a row with from, to and remove, then the add button.
fn spans_ui(ui: &mut egui::Ui, lang: Lang, inputs: &mut Inputs, field: &str, spans: &mut Vec<Span>) {
    let mut remove = None;
    let many = spans.len() > 1;
    for (i, span) in spans.iter_mut().enumerate() {
        ui.label("");
        let (from_field, to_field) = (format!("{field}{i}.from"), format!("{field}{i}.to"));
        ui.horizontal(|ui| {
            let from = ui.label(f(lang, F::From)).id;
            widgets::time_input(ui, inputs, &from_field, from, &mut span.from);
            let to = ui.label(f(lang, F::To)).id;
            widgets::time_input(ui, inputs, &to_field, to, &mut span.to);
            if many && widgets::icon_button(ui, true, "✖", form_word(lang, FormWord::RemoveSpan)) {
                remove = Some(i);
            }
        });
        ui.end_row();
        let mut texts = widgets::input_texts(lang, inputs, &[&from_field, &to_field]);
        if span.to <= span.from {
            texts.push(form_word(lang, FormWord::SpanEmpty).to_owned());
        }
        widgets::message_row(ui, &texts);
    }
    if let Some(i) = remove
        && i < spans.len()
    {
        spans.remove(i);
        inputs.forget(field);
    }
    ui.label("");
    if ui.small_button(form_word(lang, FormWord::AddSpan)).clicked() {
        let from = spans.last().map_or(Clock::from_hm(9, 0).unwrap_or_default(), |s| s.to);
        let to = from.add_mins(60).unwrap_or(from);
        spans.push(Span { from, to });
    }
    ui.end_row();
}
