//! The day form: date (typed or from the calendar), label, opening hours. A new day suggests the date
//! after the last one and its hours.

use super::widgets;
use super::{EntityForm, Field, Problems};
use crate::i18n::{Lang, T, t};
use crate::model::{Clock, Day, Programme};

/// A new day: the day after the last one, with its hours (else 09:00–18:00 today).
pub fn suggest(p: &Programme) -> Day {
    match p.days.values().max_by_key(|d| d.date) {
        Some(last) => Day {
            date: last.date.succ_opt().unwrap_or(last.date),
            label: String::new(),
            opens: last.opens,
            closes: last.closes,
        },
        None => Day {
            date: chrono::Local::now().date_naive(),
            label: String::new(),
            opens: Clock::from_hm(9, 0).unwrap_or_default(),
            closes: Clock::from_hm(18, 0).unwrap_or_default(),
        },
    }
}

/// Draws the day form.
pub fn ui(ui: &mut egui::Ui, lang: Lang, form: &mut EntityForm<Day>, problems: &Problems<'_>) {
    let EntityForm { draft: d, inputs, .. } = form;
    widgets::grid(ui, "day_form", |ui| {
        let id = widgets::label(ui, t(lang, T::Date));
        widgets::date_input(ui, lang, inputs, "date", id, &mut d.date);
        ui.end_row();
        problems.row_with(ui, Some(Field::Date), inputs, &["date"]);
        widgets::text_row(ui, t(lang, T::Label), &mut d.label);
        let id = widgets::label(ui, t(lang, T::Opens));
        widgets::time_input(ui, inputs, "opens", id, &mut d.opens);
        ui.end_row();
        problems.row_with(ui, None, inputs, &["opens"]);
        let id = widgets::label(ui, t(lang, T::Closes));
        widgets::time_input(ui, inputs, "closes", id, &mut d.closes);
        ui.end_row();
        problems.row_with(ui, Some(Field::Hours), inputs, &["closes"]);
    });
    ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-after-midnight-hint")).weak());
}
