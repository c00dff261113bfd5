//! The Hilfe windows: "Tastenkürzel" (generated from the command table and the keys of forms and
//! dialogs), "Erste Schritte", and "Über Podium". Each closes with its button or Esc (the shell's).

use crate::gui::action::Action;
use crate::gui::command::{AppCommand, CONTEXT_KEYS};
use crate::i18n::{Lang, S, T, s, shortcut_text, t};

/// Which help window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    /// The shortcut overview.
    Shortcuts,
    /// First steps with a new programme.
    FirstSteps,
    /// About Podium.
    About,
}

/// Every shortcut with what it does, in the language shown: the commands first (in menu order), then the
/// keys of forms, lists and dialogs.
pub fn shortcut_rows(lang: Lang) -> Vec<(String, String)> {
    let commands = AppCommand::ALL.iter().filter_map(|c| {
        let keys: Vec<String> = c.shortcuts().map(|k| shortcut_text(lang, k.modifiers, k.logical_key)).collect();
        (!keys.is_empty()).then(|| (keys.join(" / "), c.label(lang).trim_end_matches('…').to_owned()))
    });
    let context = CONTEXT_KEYS
        .iter()
        .map(|(modifiers, key, what)| (shortcut_text(lang, *modifiers, *key), s(lang, *what).to_owned()));
    commands.chain(context).collect()
}

/// Draws the help window.
pub fn help_ui(ctx: &egui::Context, lang: Lang, help: Help, actions: &mut Vec<Action>) {
    egui::Modal::new(egui::Id::unique("help_window")).show(ctx, |ui| {
        ui.set_width(520.0);
        match help {
            Help::Shortcuts => {
                ui.heading(s(lang, S::Shortcuts));
                ui.add_space(6.0);
                egui::Grid::new("shortcut_grid").striped(true).num_columns(2).show(ui, |ui| {
                    ui.strong(s(lang, S::ShortcutKeys));
                    ui.strong(s(lang, S::ShortcutWhat));
                    ui.end_row();
                    for (keys, what) in shortcut_rows(lang) {
                        ui.monospace(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
            }
            Help::FirstSteps => {
                ui.heading(s(lang, S::FirstSteps));
                ui.add_space(6.0);
                ui.add(egui::Label::new(s(lang, S::FirstStepsText)).wrap());
            }
            Help::About => {
                ui.heading(t(lang, T::About));
                ui.add_space(6.0);
                ui.label(format!("Podium {}", env!("CARGO_PKG_VERSION")));
                ui.add(egui::Label::new(s(lang, S::AboutText)).wrap());
            }
        }
        ui.add_space(8.0);
        if ui.button(s(lang, S::Close)).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}
