//! The event's form: titles, venue, time zone (searchable), dates, organisers in order, the public notice
//! and the planning defaults (snap step, changeover and travel minutes); the letters' introduction and
//! closing.

use super::widgets::{self, Inputs};
use super::{EntityForm, Field, Problems};
use crate::i18n::{self, F, Lang, PublishWord, T, f, publish_word, t};
use crate::model::input::{self};
use crate::model::{Event, Programme, SNAP_STEPS_MINS};

/// Draws the event form.
pub fn ui(ui: &mut egui::Ui, lang: Lang, p: &Programme, form: &mut EntityForm<Event>, problems: &Problems<'_>) {
    let EntityForm { draft: e, inputs, .. } = form;
    widgets::grid(ui, "event_form", |ui| {
        widgets::text_row(ui, t(lang, T::Title), &mut e.title);
        problems.row(ui, Field::Name);
        widgets::text_row(ui, t(lang, T::Motto), &mut e.motto);
        // Acronyms are lower case (they name files: "nsp2022.ron"); what is typed becomes so at once.
        if widgets::text_row(ui, t(lang, T::Acronym), &mut e.acronym) && e.acronym.chars().any(char::is_uppercase) {
            e.acronym = e.acronym.to_lowercase();
        }
        problems.row(ui, Field::Acronym);
        widgets::text_row(ui, f(lang, F::VenueName), &mut e.venue.name);
        widgets::text_row(ui, f(lang, F::Address), &mut e.venue.address);
        widgets::text_row(ui, f(lang, F::City), &mut e.venue.city);
        let id = widgets::label(ui, t(lang, T::TimeZone));
        time_zone(ui, lang, id, &mut e.time_zone);
        ui.end_row();
        problems.row(ui, Field::TimeZone);
        widgets::text_row(ui, t(lang, T::Website), &mut e.website);
        let id = widgets::label(ui, f(lang, F::Registration));
        deadline(ui, lang, inputs, id, &mut e.registration_deadline, p);
        ui.end_row();
        problems.row_with(ui, None, inputs, &["deadline"]);
        let id = widgets::label(ui, f(lang, F::Snap));
        let options: Vec<(u32, String)> = SNAP_STEPS_MINS.iter().map(|m| (*m, m.to_string())).collect();
        widgets::choice(ui, "event_snap", id, &mut e.snap_mins, &options);
        ui.end_row();
        problems.row(ui, Field::Snap);
        let id = widgets::label(ui, f(lang, F::Changeover));
        widgets::duration_input(ui, inputs, "changeover", id, &mut e.changeover_mins);
        ui.end_row();
        problems.row_with(ui, None, inputs, &["changeover"]);
        let id = widgets::label(ui, f(lang, F::Travel));
        widgets::duration_input(ui, inputs, "travel", id, &mut e.travel_mins);
        ui.end_row();
        problems.row_with(ui, None, inputs, &["travel"]);
    });
    widgets::section(ui, t(lang, T::Organisers));
    organisers(ui, lang, &mut e.organisers);
    widgets::section(ui, t(lang, T::Notice));
    let id = ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-printed-by-every-export")).weak()).id;
    ui.add(egui::TextEdit::multiline(&mut e.notice).desired_rows(3).desired_width(f32::INFINITY)).labelled_by(id);
    letters_ui(ui, lang, e);
}

/// The letters' introduction and closing, written once for every letter; empty means the default text,
/// which is shown greyed in the empty field.
fn letters_ui(ui: &mut egui::Ui, lang: Lang, e: &mut Event) {
    widgets::section(ui, publish_word(lang, PublishWord::LettersSection));
    ui.label(egui::RichText::new(publish_word(lang, PublishWord::EmptyMeansDefault)).weak());
    let intro_default = i18n::default_intro(lang, e.title.trim());
    for (word, value, hint) in [
        (PublishWord::LetterIntro, &mut e.letter_intro, intro_default.as_str()),
        (PublishWord::LetterClosing, &mut e.letter_closing, i18n::default_closing(lang)),
    ] {
        let id = ui.label(publish_word(lang, word)).id;
        let edit = egui::TextEdit::multiline(value).hint_text(hint).desired_rows(3).desired_width(f32::INFINITY);
        ui.add(edit).labelled_by(id);
    }
}

fn deadline(
    ui: &mut egui::Ui,
    lang: Lang,
    inputs: &mut Inputs,
    label_id: egui::Id,
    value: &mut Option<chrono::NaiveDate>,
    p: &Programme,
) {
    let year = p.days.values().next().map_or(2022, |d| chrono::Datelike::year(&d.date));
    let parse = |s: &str| if s.trim().is_empty() { Ok(None) } else { input::parse_date(s, year).map(Some) };
    let show = |d: &Option<chrono::NaiveDate>| d.map(|d| i18n::date_text(lang, d)).unwrap_or_default();
    widgets::parsed(ui, inputs, "deadline", label_id, 96.0, value, parse, show);
}

/// A combo box with a search field over the IANA time zones.
fn time_zone(ui: &mut egui::Ui, lang: Lang, label_id: egui::Id, value: &mut String) {
    let search_id = ui.scope_id().with("tz_search");
    egui::ComboBox::from_id_salt("event_time_zone")
        .selected_text(value.as_str())
        .width(220.0)
        .show_ui(ui, |ui| {
            let mut search: String = ui.data(|d| d.get_temp(search_id)).unwrap_or_default();
            let id = ui.label(f(lang, F::FindTimeZone)).id;
            ui.add(egui::TextEdit::singleline(&mut search).desired_width(200.0)).labelled_by(id).request_focus();
            let needle = search.to_lowercase();
            egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
                for tz in chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()) {
                    if needle.is_empty() || tz.to_lowercase().contains(&needle) {
                        ui.selectable_value(value, tz.to_owned(), tz);
                    }
                }
            });
            ui.data_mut(|d| d.insert_temp(search_id, search));
        })
        .response
        .labelled_by(label_id);
}

/// The organisers as an ordered list: edit, move, remove, add.
fn organisers(ui: &mut egui::Ui, lang: Lang, list: &mut Vec<String>) {
    let mut change = None;
    let len = list.len();
    for (i, name) in list.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let label = format!("{} {}", f(lang, F::Organiser), i + 1);
            ui.add(egui::TextEdit::singleline(name).desired_width(300.0)).accessible_name(label);
            change = widgets::row_controls(ui, lang, i, len, f(lang, F::Organiser)).or(change);
        });
    }
    if let Some(change) = change {
        change.apply(list);
    }
    if ui.button(f(lang, F::AddOrganiser)).clicked() {
        list.push(String::new());
    }
}
