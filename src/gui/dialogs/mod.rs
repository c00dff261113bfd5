//! The editor's dialogs: the agenda export options, Podium's own file chooser (where the desktop has
//! none), the small questions — unsaved changes, errors, crash recovery, a file changed on disk, leaving
//! a form — and the Hilfe windows. The shell keeps them on one stack ([`crate::gui::modal`]).

pub mod agenda;
pub mod chooser;
pub mod free_places;
pub mod help;
pub mod placing;
pub mod prompts;
pub mod publish;

/// Whether a dialog (any egui modal, the timetable's too) was open in the last frame: then keys are the
/// dialog's, and shortcuts and the views below wait.
pub fn modal_open(ctx: &egui::Context) -> bool {
    ctx.memory(|m| m.top_modal_layer().is_some())
}
