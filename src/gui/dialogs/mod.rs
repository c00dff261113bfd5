//! The editor's dialogs: the agenda export options, the path field (beside the file chooser, which may not exist) and the small
//! questions — unsaved changes, errors, crash recovery, a file changed on disk, about.

pub mod agenda;
pub mod free_places;
pub mod path;
pub mod placing;
pub mod prompts;
pub mod publish;

/// Whether a dialog (any egui modal, the timetable's too) was open in the last frame: then keys are the
/// dialog's, and shortcuts and the views below wait.
pub fn modal_open(ctx: &egui::Context) -> bool {
    ctx.memory(|m| m.top_modal_layer().is_some())
}
