//! Availability windows of a hall or person: a list of day + from–to rows with add and remove. An empty
//! list means always available.

use super::widgets::{self, Inputs};
use crate::i18n::{self, F, Lang, f};
use crate::model::{Clock, Programme, Window};

/// Draws the windows; `prefix` keeps the fields of two lists apart.
pub fn ui(ui: &mut egui::Ui, lang: Lang, p: &Programme, inputs: &mut Inputs, prefix: &str, windows: &mut Vec<Window>) {
    if windows.is_empty() {
        ui.label(egui::RichText::new(f(lang, F::AlwaysAvailable)).weak());
    }
    let days: Vec<_> = p.days.iter().map(|(k, d)| (k.clone(), i18n::date_short(lang, d.date))).collect();
    let mut change = None;
    let len = windows.len();
    for (i, w) in windows.iter_mut().enumerate() {
        let n = i + 1;
        ui.horizontal(|ui| {
            let id = ui.label(format!("{n}.")).id;
            widgets::choice(ui, &format!("{prefix}_day_{i}"), id, &mut w.day, &days);
            let from = ui.label(f(lang, F::From)).id;
            widgets::time_input(ui, inputs, &format!("{prefix}.{i}.from"), from, &mut w.from);
            let to = ui.label(f(lang, F::To)).id;
            widgets::time_input(ui, inputs, &format!("{prefix}.{i}.to"), to, &mut w.to);
            change = widgets::row_controls(ui, lang, i, len, f(lang, F::Availability)).or(change);
        });
        widgets::input_hint(ui, lang, inputs, &format!("{prefix}.{i}.from"));
        widgets::input_hint(ui, lang, inputs, &format!("{prefix}.{i}.to"));
    }
    if let Some(change) = change {
        change.apply(windows);
        inputs.forget(&format!("{prefix}."));
    }
    let add = format!("{} ({})", f(lang, F::Add), f(lang, F::Availability));
    if ui.add_enabled(!p.days.is_empty(), egui::Button::new(add)).clicked()
        && let Some((key, day)) = p.days.first()
    {
        let (from, to) = (day.opens, day.closes);
        windows.push(Window {
            day: key.clone(),
            from,
            to: if to > from { to } else { Clock::from_hm(23, 59).unwrap_or(to) },
        });
    }
}
