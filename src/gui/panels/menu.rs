//! The menu bar: Datei, Bearbeiten, Ansicht, Export, Hilfe, with the shortcuts shown.

use std::path::PathBuf;

use crate::export::agenda::AgendaLayout;
use crate::gui::action::Action;
use crate::gui::command::AppCommand;
use crate::gui::document::Document;
use crate::gui::files::Purpose;
use crate::gui::prefs::ThemeChoice;
use crate::gui::publish::PublishAction;
use crate::i18n::{Lang, PublishWord, T, edit_label, publish_word, t};

/// What the menu needs to know.
pub struct MenuCtx<'a> {
    /// Language.
    pub lang: Lang,
    /// The document (undo labels).
    pub doc: &'a Document,
    /// Recent files.
    pub recent: &'a [PathBuf],
    /// The theme choice.
    pub theme: ThemeChoice,
    /// Whether the clash panel shows.
    pub clash_panel: bool,
}

fn command(
    ui: &mut egui::Ui,
    lang: Lang,
    c: AppCommand,
    label: Option<String>,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    let text = label.unwrap_or_else(|| c.label(lang).to_owned());
    let mut button = egui::Button::new(text);
    if let Some(shortcut) = c.shortcut_text(lang) {
        button = button.shortcut_text(shortcut);
    }
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(Action::Command(c));
        ui.close();
    }
}

/// A menu entry of the publishing rounds.
fn publish_item(ui: &mut egui::Ui, lang: Lang, word: PublishWord, action: PublishAction, actions: &mut Vec<Action>) {
    if ui.button(publish_word(lang, word)).clicked() {
        actions.push(Action::Publish(action));
        ui.close();
    }
}

/// Draws the menu bar.
pub fn menu_ui(ui: &mut egui::Ui, m: &MenuCtx<'_>, actions: &mut Vec<Action>) {
    let lang = m.lang;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t(lang, T::File), |ui| {
            command(ui, lang, AppCommand::New, None, true, actions);
            command(ui, lang, AppCommand::Open, None, true, actions);
            ui.menu_button(t(lang, T::Recent), |ui| {
                for path in m.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        actions.push(Action::Path(Purpose::Open, path.clone()));
                        ui.close();
                    }
                }
            });
            ui.separator();
            command(ui, lang, AppCommand::Save, None, true, actions);
            command(ui, lang, AppCommand::SaveAs, None, true, actions);
            ui.separator();
            command(ui, lang, AppCommand::Import, None, true, actions);
            command(ui, lang, AppCommand::Export, None, true, actions);
            publish_item(ui, lang, PublishWord::MenuPublish, PublishAction::OpenPublish, actions);
            ui.separator();
            command(ui, lang, AppCommand::Quit, None, true, actions);
        });
        ui.menu_button(t(lang, T::Edit), |ui| {
            let undo = m.doc.undo_summary().map(|s| format!("{}: {}", t(lang, T::Undo), edit_label(lang, s)));
            let redo = m.doc.redo_summary().map(|s| format!("{}: {}", t(lang, T::Redo), edit_label(lang, s)));
            let (can_undo, can_redo) = (undo.is_some(), redo.is_some());
            command(ui, lang, AppCommand::Undo, undo, can_undo, actions);
            command(ui, lang, AppCommand::Redo, redo, can_redo, actions);
            ui.separator();
            command(ui, lang, AppCommand::Schedule, None, true, actions);
            command(ui, lang, AppCommand::Repair, None, true, actions);
        });
        ui.menu_button(t(lang, T::View), |ui| {
            ui.menu_button(t(lang, T::Language), |ui| {
                for (l, name) in [(Lang::De, "Deutsch"), (Lang::En, "English")] {
                    if ui.radio(lang == l, name).clicked() {
                        actions.push(Action::SetLang(l));
                        ui.close();
                    }
                }
            });
            ui.menu_button(t(lang, T::Theme), |ui| {
                for (choice, word) in [
                    (ThemeChoice::System, T::ThemeSystem),
                    (ThemeChoice::Light, T::ThemeLight),
                    (ThemeChoice::Dark, T::ThemeDark),
                ] {
                    if ui.radio(m.theme == choice, t(lang, word)).clicked() {
                        actions.push(Action::SetTheme(choice));
                        ui.close();
                    }
                }
            });
            if ui.checkbox(&mut m.clash_panel.clone(), t(lang, T::ClashPanel)).clicked() {
                actions.push(Action::Command(AppCommand::ToggleClashPanel));
                ui.close();
            }
            publish_item(ui, lang, PublishWord::MenuChangesSince, PublishAction::ToggleChanges, actions);
        });
        ui.menu_button(t(lang, T::Export), |ui| {
            command(ui, lang, AppCommand::ExportAgenda, None, true, actions);
            for (word, layout) in [
                (PublishWord::MenuChanges, AgendaLayout::Changes),
                (PublishWord::MenuDoors, AgendaLayout::Doors),
                (PublishWord::MenuLetters, AgendaLayout::Letters),
            ] {
                publish_item(ui, lang, word, PublishAction::Export(layout), actions);
            }
            ui.separator();
            command(ui, lang, AppCommand::Export, None, true, actions);
        });
        ui.menu_button(t(lang, T::Help), |ui| {
            command(ui, lang, AppCommand::FirstSteps, None, true, actions);
            command(ui, lang, AppCommand::Shortcuts, None, true, actions);
            ui.separator();
            command(ui, lang, AppCommand::About, None, true, actions);
        });
    });
}
