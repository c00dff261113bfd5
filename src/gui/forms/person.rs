//! The person form: public fields, the private ones in a visibly separate "Nur intern" group,
//! availability windows, and the person's sessions with links to them.

use super::widgets;
use super::{EntityForm, Field, Problems, windows};
use crate::gui::action::Action;
use crate::i18n::{F, Lang, PublishWord, T, f, publish_word, t};
use crate::model::{Person, Programme};

/// Draws the person form.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    form: &mut EntityForm<Person>,
    problems: &Problems<'_>,
    actions: &mut Vec<Action>,
) {
    let EntityForm { key, draft: x, inputs, .. } = form;
    widgets::grid(ui, "person_form", |ui| {
        widgets::text_row(ui, t(lang, T::Name), &mut x.name);
        problems.row(ui, Field::Name);
        widgets::text_row(ui, f(lang, F::AcademicTitle), &mut x.title);
        widgets::text_row(ui, t(lang, T::Function), &mut x.function);
        widgets::text_row(ui, t(lang, T::Organisation), &mut x.organisation);
        widgets::text_row(ui, publish_word(lang, PublishWord::Salutation), &mut x.salutation);
        widgets::multiline_row(ui, f(lang, F::Bio), &mut x.bio, 4);
    });
    ui.add_space(8.0);
    let private = egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .stroke(egui::Stroke::new(1.5, ui.visuals().warn_fg_color));
    private.show(ui, |ui| {
        ui.label(egui::RichText::new(t(lang, T::PrivateOnly)).strong().color(ui.visuals().warn_fg_color));
        ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-never-public")).weak());
        widgets::grid(ui, "person_private_form", |ui| {
            widgets::text_row(ui, t(lang, T::Email), &mut x.email);
            widgets::text_row(ui, t(lang, T::Phone), &mut x.phone);
            widgets::multiline_row(ui, t(lang, T::Notes), &mut x.notes, 3);
        });
    });
    widgets::section(ui, f(lang, F::Availability));
    windows::ui(ui, lang, p, inputs, "person_windows", &mut x.availability);
    widgets::problems_list(ui, &problems.at(Field::Windows));
    let Some(key) = key else { return };
    widgets::section(ui, f(lang, F::SessionsOfPerson));
    let mut any = false;
    for (k, s) in p.sessions.iter().filter(|(_, s)| {
        s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)).any(|pr| &pr.person == key)
    }) {
        any = true;
        if ui.link(&s.title).clicked() {
            actions.push(Action::Reveal(k.clone()));
        }
    }
    if !any {
        ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-in-no-session-yet")).weak());
    }
}
