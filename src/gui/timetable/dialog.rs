//! What the timetable's dialogs ("Pause in allen Sälen", "Neue Session") share: the clashes a new
//! session would cause, shown before it is made (the last preview stays until the next one is there, so
//! the dialog does not change size in between), making it, and Esc that closes only the dialog on top.

use super::Doc;
use crate::edit::{Edit, Item};
use crate::gui::action::Action;
use crate::gui::preview::Preview;
use crate::i18n::Lang;
use crate::model::Session;

/// The edit that makes `session` (the document picks its key from the title; the app selects it).
pub fn creation(session: Session) -> Edit {
    Edit::Create(Item::Session(Box::new(session)))
}

/// Keeps `shown` the preview of `edit` for `wanted` (what it was computed for), asking for it when it is
/// not there yet; until then the last preview stays shown.
pub fn follow<W: PartialEq>(
    doc: &Doc<'_>,
    lang: Lang,
    wanted: W,
    edit: Edit,
    shown: &mut Option<(W, Preview)>,
    actions: &mut Vec<Action>,
) {
    if shown.as_ref().is_some_and(|(w, _)| *w == wanted) {
        return;
    }
    match doc.previews.get(doc.revision, lang, &edit) {
        Some(preview) => *shown = Some((wanted, preview.clone())),
        None => actions.push(Action::Preview(edit)),
    }
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
            ui.label(crate::i18n::text(lang, "gui-clashes-with-nothing"));
        }
        Some(worst) => {
            let colour = crate::gui::panels::severity_colour(worst);
            ui.colored_label(colour, crate::i18n::text(lang, "gui-this-would-cause"));
            const SHOWN: usize = 8;
            for text in preview.texts.iter().take(SHOWN) {
                ui.label(format!("• {text}"));
            }
            if let Some(more) = preview.texts.len().checked_sub(SHOWN).filter(|n| *n > 0) {
                ui.label(crate::i18n::counted(lang, "gui-and-more", more));
            }
        }
    }
    ui.add_space(4.0);
}
