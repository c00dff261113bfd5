//! The editor's dialogs: the agenda export options, the path field (beside the file chooser, which may not exist) and the small
//! questions — unsaved changes, errors, crash recovery, a file changed on disk, about.

pub mod agenda;
pub mod path;
pub mod prompts;
