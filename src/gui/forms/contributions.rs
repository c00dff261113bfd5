//! The contributions of a session: add, reorder, remove; title, duration, optional offset and people of
//! each, with the times they get. Each contribution's problems stand in its own box, and it is named by
//! its position ("Beitrag 2"), never by its internal key.

use super::widgets::{self, Inputs};
use super::{Problems, people};
use crate::gui::action::Action;
use crate::i18n::{self, F, Lang, T, f, t};
use crate::model::input;
use crate::model::{Contribution, ContributionKey, External, Programme, Session, unique_key};

/// Draws the contributions of the draft session.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    s: &mut Session,
    inputs: &mut Inputs,
    problems: &Problems<'_>,
    actions: &mut Vec<Action>,
) {
    let offsets = s.contribution_offsets();
    let start = s.start;
    let len = s.contributions.len();
    let mut change = None;
    for (i, (c, (offset, duration))) in s.contributions.iter_mut().zip(offsets).enumerate() {
        let n = i + 1;
        let what = i18n::contribution_at(lang, n);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                let when =
                    match start.and_then(|a| Some((a.add_mins(offset)?, a.add_mins(offset.checked_add(duration)?)?))) {
                        Some((a, b)) => format!("{a}–{b}"),
                        None => format!("+{offset}–{} {}", offset.saturating_add(duration), f(lang, F::Minutes)),
                    };
                ui.add(egui::Label::new(egui::RichText::new(format!("{what}  ·  {when}")).strong()).truncate());
                change = widgets::row_controls(ui, lang, i, len, f(lang, F::Contribution)).or(change);
            });
            widgets::grid(ui, &format!("contribution_{i}"), |ui| {
                let id = widgets::label(ui, t(lang, T::Title));
                ui.add(egui::TextEdit::singleline(&mut c.title).desired_width(f32::INFINITY))
                    .labelled_by(id)
                    .on_hover_text(&what);
                ui.end_row();
                widgets::message_row(ui, &problems.of_contribution(&c.key));
                let id = widgets::label(ui, &format!("{} ({})", t(lang, T::Duration), f(lang, F::Minutes)));
                let field = format!("contrib.{i}.duration");
                widgets::duration_input(ui, inputs, &field, id, &mut c.duration_mins);
                ui.end_row();
                let errors = widgets::input_texts(lang, inputs, &[&field]);
                let zero = (c.duration_mins == 0 && !inputs.has_error(&field))
                    .then(|| i18n::form_word(lang, i18n::FormWord::ZeroDuration).to_owned());
                widgets::message_row_coloured(ui, &errors, zero.as_slice());
                let id = widgets::label(ui, &format!("{} ({})", f(lang, F::Offset), f(lang, F::Minutes)));
                let field = format!("contrib.{i}.offset");
                let show = |v: &Option<u32>| v.map(|m| m.to_string()).unwrap_or_default();
                widgets::parsed(ui, inputs, &field, id, 64.0, &mut c.offset_mins, parse_offset, show);
                ui.end_row();
                let errors = widgets::input_texts(lang, inputs, &[&field]);
                widgets::message_row(ui, &errors);
            });
            people::ui(ui, lang, p, (&format!("contrib_people_{i}"), &what), &mut c.people, actions);
        });
    }
    if let Some(change) = change {
        change.apply(&mut s.contributions);
        inputs.forget("contrib.");
    }
    if ui.button(f(lang, F::AddContribution)).clicked() {
        let key = unique_key("beitrag", |k| s.contributions.iter().any(|c| c.key.as_str() == k));
        s.contributions.push(Contribution {
            key: ContributionKey::new(key),
            title: String::new(),
            duration_mins: 15,
            offset_mins: None,
            people: Vec::new(),
            external: External::new(),
        });
    }
}

/// An optional offset: empty means "right after the previous one".
fn parse_offset(text: &str) -> Result<Option<u32>, input::InputError> {
    if text.trim().is_empty() { Ok(None) } else { input::parse_duration(text).map(Some) }
}
