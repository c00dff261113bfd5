//! Export → Agenda…: the options of the printed agenda (format, layout, paper, orientation, day, hall,
//! track or person, drafts, descriptions, language) as a form; "Datei wählen…" goes on to the file
//! chooser. The dialog owns its draft settings and only pushes actions.

use crate::export::Selection;
use crate::export::agenda::{AgendaLayout, AgendaOptions, Orientation, Paper};
use crate::gui::action::Action;
use crate::i18n::{Lang, T, t};
use crate::model::Programme;

/// PDF or HTML.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgendaFormat {
    /// A printable PDF.
    #[default]
    Pdf,
    /// One web page.
    Html,
}

impl AgendaFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Html => "html",
        }
    }
}

/// Everything the agenda export needs besides the programme and the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaSettings {
    /// PDF or HTML.
    pub format: AgendaFormat,
    /// Layout, paper, orientation, descriptions.
    pub agenda: AgendaOptions,
    /// Day, hall, track, person, drafts.
    pub selection: Selection,
    /// Language of the agenda.
    pub lang: Lang,
}

/// The open dialog.
#[derive(Clone, Debug)]
pub struct AgendaDialog {
    /// The settings being edited.
    pub settings: AgendaSettings,
}

impl AgendaDialog {
    /// A dialog with the defaults: PDF booklet, A4, the whole event, public sessions, in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            settings: AgendaSettings {
                format: AgendaFormat::Pdf,
                agenda: AgendaOptions::default(),
                selection: Selection::default(),
                lang,
            },
        }
    }

    /// Draws the dialog; pushes `AgendaChooseFile` or `CloseAgendaDialog`.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang, p: &Programme, actions: &mut Vec<Action>) {
        egui::Modal::new(egui::Id::unique("agenda_dialog")).show(ctx, |ui| {
            ui.set_min_width(420.0);
            ui.heading(t(lang, T::AgendaExport));
            ui.add_space(6.0);
            self.form_ui(ui, lang, p);
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                if ui.button(t(lang, T::ChooseFile)).clicked() {
                    actions.push(Action::AgendaChooseFile);
                }
                if ui.button(t(lang, T::Cancel)).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    actions.push(Action::CloseAgendaDialog);
                }
            });
        });
    }

    fn form_ui(&mut self, ui: &mut egui::Ui, lang: Lang, p: &Programme) {
        let s = &mut self.settings;
        ui.horizontal(|ui| {
            ui.radio_value(&mut s.format, AgendaFormat::Pdf, "PDF");
            ui.radio_value(&mut s.format, AgendaFormat::Html, "HTML");
        });
        ui.add_enabled_ui(s.format == AgendaFormat::Pdf, |ui| {
            ui.horizontal(|ui| {
                ui.radio_value(&mut s.agenda.layout, AgendaLayout::Booklet, t(lang, T::Booklet));
                ui.radio_value(&mut s.agenda.layout, AgendaLayout::Grid, t(lang, T::Grid));
            });
            ui.horizontal(|ui| {
                ui.radio_value(&mut s.agenda.paper, Paper::A4, "A4");
                ui.radio_value(&mut s.agenda.paper, Paper::A5, "A5");
                ui.separator();
                ui.radio_value(&mut s.agenda.orientation, None, t(lang, T::Automatic));
                ui.radio_value(&mut s.agenda.orientation, Some(Orientation::Portrait), t(lang, T::Portrait));
                ui.radio_value(&mut s.agenda.orientation, Some(Orientation::Landscape), t(lang, T::Landscape));
            });
        });
        ui.add_space(4.0);
        let day_name = |k: &crate::model::DayKey| {
            p.days.get(k).map_or_else(|| k.to_string(), |d| crate::i18n::date_short(lang, d.date))
        };
        let selected = s.selection.day.as_ref().map_or_else(|| t(lang, T::Everything).to_owned(), day_name);
        egui::ComboBox::from_label(t(lang, T::Day)).selected_text(selected).show_ui(ui, |ui| {
            ui.selectable_value(&mut s.selection.day, None, t(lang, T::Everything));
            for key in p.days.keys() {
                ui.selectable_value(&mut s.selection.day, Some(key.clone()), day_name(key));
            }
        });
        let selected = s.selection.hall.as_ref().and_then(|k| p.halls.get(k)).map(|h| h.name.clone());
        egui::ComboBox::from_label(t(lang, T::Hall))
            .selected_text(selected.unwrap_or_else(|| t(lang, T::Everything).to_owned()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut s.selection.hall, None, t(lang, T::Everything));
                for (key, hall) in &p.halls {
                    ui.selectable_value(&mut s.selection.hall, Some(key.clone()), &hall.name);
                }
            });
        let selected = s.selection.track.as_ref().and_then(|k| p.tracks.get(k)).map(|x| x.name.clone());
        egui::ComboBox::from_label(t(lang, T::Track))
            .selected_text(selected.unwrap_or_else(|| t(lang, T::Everything).to_owned()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut s.selection.track, None, t(lang, T::Everything));
                for (key, track) in &p.tracks {
                    ui.selectable_value(&mut s.selection.track, Some(key.clone()), &track.name);
                }
            });
        let selected = s.selection.speaker.as_ref().and_then(|k| p.people.get(k)).map(|x| x.name.clone());
        egui::ComboBox::from_label(t(lang, T::Person))
            .selected_text(selected.unwrap_or_else(|| t(lang, T::Everything).to_owned()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut s.selection.speaker, None, t(lang, T::Everything));
                let mut people: Vec<_> = p.people.iter().collect();
                people.sort_by_cached_key(|(k, x)| (x.name.to_lowercase(), (*k).clone()));
                for (key, person) in people {
                    ui.selectable_value(&mut s.selection.speaker, Some(key.clone()), &person.name);
                }
            });
        ui.add_space(4.0);
        ui.checkbox(&mut s.selection.include_drafts, t(lang, T::IncludeDrafts));
        ui.checkbox(&mut s.agenda.descriptions, t(lang, T::PrintDescriptions));
        ui.horizontal(|ui| {
            ui.label(t(lang, T::Language));
            ui.radio_value(&mut s.lang, Lang::De, "Deutsch");
            ui.radio_value(&mut s.lang, Lang::En, "English");
        });
    }
}
