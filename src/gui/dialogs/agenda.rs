//! Export → Agenda…: the options of the printed agenda (format, layout, paper, orientation, day, hall,
//! track or person, drafts, descriptions, language) as a form; "Datei wählen…" goes on to the file
//! chooser. The dialog owns its draft settings and only pushes actions.
//!
//! The publishing layouts (Programmänderungen, Raumaushänge, Briefe) are chosen here too, with the
//! release to compare with and a preview of how many pieces it makes ("35 Briefe", "28 Aushänge").

use std::sync::Arc;

use crate::export::agenda::{AgendaLayout, AgendaOptions, Orientation, Paper};
use crate::export::{Baseline, ExportOptions, ReleaseContext, Selection};
use crate::gui::action::Action;
use crate::i18n::{Lang, PublishWord, T, publish_word, t};
use crate::model::Programme;

pub use crate::gui::files::AgendaFormat;

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
    /// The latest release's label and the release to compare with (changes, letters).
    pub release: ReleaseContext,
}

/// The open dialog.
#[derive(Clone, Debug)]
pub struct AgendaDialog {
    /// The settings being edited.
    pub settings: AgendaSettings,
    /// The releases the programme can be compared with, newest first.
    pub releases: Vec<Arc<Baseline>>,
    /// The count preview and the settings it was made for.
    count: Option<(AgendaSettings, String)>,
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
                release: ReleaseContext::default(),
            },
            releases: Vec::new(),
            count: None,
        }
    }

    /// "35 Briefe", "28 Aushänge", "4 Änderungen" (or "12 Sessions"): what the export will make, worked
    /// out again only when the settings change (the programme cannot change while the dialog is open).
    pub fn count_text(&mut self, p: &Programme) -> String {
        if let Some((settings, text)) = &self.count
            && settings == &self.settings
        {
            return text.clone();
        }
        let s = &self.settings;
        let opts = ExportOptions {
            selection: s.selection.clone(),
            lang: s.lang,
            now: chrono::DateTime::UNIX_EPOCH,
            release: s.release.clone(),
        };
        let text = match crate::export::publish::count(p, &opts, s.agenda.layout) {
            Some(n) => crate::i18n::publish_count(s.lang, s.agenda.layout, n),
            None => publish_word(s.lang, PublishWord::ChooseRelease).to_owned(),
        };
        self.count = Some((self.settings.clone(), text.clone()));
        text
    }

    /// Draws the dialog; pushes `AgendaChooseFile` or `CloseModal`.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang, p: &Programme, actions: &mut Vec<Action>) {
        egui::Modal::new(egui::Id::unique("agenda_dialog")).show(ctx, |ui| {
            ui.set_min_width(420.0);
            ui.heading(t(lang, T::AgendaExport));
            ui.add_space(6.0);
            self.form_ui(ui, lang, p);
            ui.add_space(6.0);
            let count = self.count_text(p);
            ui.strong(&count);
            let ready = self.settings.agenda.layout != AgendaLayout::Changes || self.settings.release.since.is_some();
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.add_enabled(ready, egui::Button::new(t(lang, T::ChooseFile))).clicked() {
                    actions.push(Action::AgendaChooseFile);
                }
                if ui.button(t(lang, T::Cancel)).clicked() {
                    actions.push(Action::CloseModal);
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
        ui.horizontal(|ui| {
            ui.radio_value(&mut s.agenda.layout, AgendaLayout::Booklet, t(lang, T::Booklet));
            ui.add_enabled_ui(s.format == AgendaFormat::Pdf, |ui| {
                ui.radio_value(&mut s.agenda.layout, AgendaLayout::Grid, t(lang, T::Grid));
            });
        });
        ui.horizontal(|ui| {
            ui.label(publish_word(lang, PublishWord::Publishing));
            for (layout, word) in [
                (AgendaLayout::Changes, PublishWord::ChangesTitle),
                (AgendaLayout::Doors, PublishWord::DoorsTitle),
                (AgendaLayout::Letters, PublishWord::LettersTitle),
            ] {
                ui.radio_value(&mut s.agenda.layout, layout, publish_word(lang, word));
            }
        });
        if matches!(s.agenda.layout, AgendaLayout::Changes | AgendaLayout::Letters) {
            since_ui(ui, lang, &self.releases, &mut s.release);
        }
        ui.add_enabled_ui(s.format == AgendaFormat::Pdf, |ui| {
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
        let left = s.selection.left_out(p);
        if let Some(note) = crate::i18n::left_out(lang, left.drafts, left.cancelled, t(lang, T::IncludeDrafts)) {
            ui.colored_label(ui.visuals().warn_fg_color, note);
        }
        ui.checkbox(&mut s.agenda.descriptions, t(lang, T::PrintDescriptions));
        ui.horizontal(|ui| {
            ui.label(t(lang, T::Language));
            ui.radio_value(&mut s.lang, Lang::De, "Deutsch");
            ui.radio_value(&mut s.lang, Lang::En, "English");
        });
    }
}

/// The chooser of the release to compare with: none (letters without changes) or one of the releases.
fn since_ui(ui: &mut egui::Ui, lang: Lang, releases: &[Arc<Baseline>], release: &mut ReleaseContext) {
    // "—" when releases exist but none is chosen; "Noch keine Veröffentlichungen." only when there is none.
    let none = if releases.is_empty() { crate::i18n::no_releases(lang) } else { "—" };
    let shown = release.since.as_ref().map_or(none, |b| b.label.as_str()).to_owned();
    egui::ComboBox::from_label(publish_word(lang, PublishWord::CompareWith)).selected_text(shown).show_ui(ui, |ui| {
        if ui.selectable_label(release.since.is_none(), "—").clicked() {
            release.since = None;
        }
        for b in releases {
            let chosen = release.since.as_ref().is_some_and(|s| Arc::ptr_eq(s, b));
            if ui.selectable_label(chosen, &b.label).clicked() {
                release.since = Some(Arc::clone(b));
            }
        }
    });
}
