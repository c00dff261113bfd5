//! What the timetable's dialogs ("Pause in allen Sälen", "Neue Session") share: the clashes a new
//! session would cause, shown before it is made, making it, and Esc that closes only the dialog on top.

use super::drag::Preview;
use crate::edit::Edit;
use crate::gui::action::{Action, Selected};
use crate::i18n::Lang;
use crate::model::{Programme, Session, SessionKey, slugify, unique_key};

/// Makes `session` one edit, under a new key made from its title, and selects it.
pub fn create(p: &Programme, session: Session, actions: &mut Vec<Action>) {
    let key = SessionKey::new(unique_key(&slugify(&session.title), |k| p.sessions.contains_key(k)));
    actions.push(Action::Edit(Edit::PutSession(key.clone(), Box::new(session))));
    actions.push(Action::Select(Selected::Session(key)));
}

/// Whether Esc closes this dialog: only when it is the topmost one (Esc over a dialog opened above it is
/// that dialog's), and then the key is used up.
pub fn escape_for<R>(modal: &egui::ModalResponse<R>) -> bool {
    modal.is_top_modal && modal.response.ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
}

/// What a new session or break would clash with, or that it fits.
pub fn preview_ui(ui: &mut egui::Ui, lang: Lang, preview: &Preview) {
    ui.add_space(4.0);
    match preview.worst {
        None => {
            ui.label(lang.pick("Überschneidet sich mit nichts.", "Clashes with nothing."));
        }
        Some(worst) => {
            let colour = crate::gui::panels::severity_colour(worst);
            ui.colored_label(colour, lang.pick("Das ergäbe:", "This would cause:"));
            const SHOWN: usize = 8;
            for text in preview.texts.iter().take(SHOWN) {
                ui.label(format!("• {text}"));
            }
            if let Some(more) = preview.texts.len().checked_sub(SHOWN).filter(|n| *n > 0) {
                ui.label(match lang {
                    Lang::De => format!("… und {more} weitere"),
                    Lang::En => format!("… and {more} more"),
                });
            }
        }
    }
    ui.add_space(4.0);
}
