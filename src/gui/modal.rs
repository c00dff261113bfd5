//! The one stack of open dialogs. Each [`Modal`] owns its draft and what happens after it ([`Then`]);
//! the top one is the one the user answers, and Esc closes exactly it ([`Modal::on_escape`]). While the
//! stack is not empty, shortcuts wait and the views below are covered by egui's modal layer.

use std::path::PathBuf;

use super::action::Action;
use super::dialogs::agenda::AgendaDialog;
use super::dialogs::chooser::Chooser;
use super::dialogs::help::Help;
use super::dialogs::placing::PlacingDialog;
use super::dialogs::publish::PublishDialog;
use super::recovery::Orphan;
use crate::edit::Removal;

/// What waits behind a question: the step the user asked for before being asked.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// A new, empty programme.
    New,
    /// Choose a programme to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Choose a schedule to import.
    Import,
    /// Import this file.
    ImportPath(PathBuf),
    /// Close the window.
    Quit,
}

/// An open dialog.
pub enum Modal {
    /// "Save unsaved changes?" before `then`.
    Unsaved {
        /// What goes on after the answer.
        then: Then,
    },
    /// Podium's file chooser; `then` goes on after a save.
    Chooser {
        /// The chooser's draft.
        chooser: Chooser,
        /// What goes on once the file is saved.
        then: Option<Then>,
    },
    /// A message (an error that needs reading, import warnings).
    Message {
        /// Its heading.
        heading: String,
        /// Its text.
        text: String,
    },
    /// A recovery copy left by a window that crashed: restore, discard or later.
    Recovery(Box<Orphan>),
    /// The open file changed on disk: reload or keep.
    Reload,
    /// The file is read-only: save over it anyway? `then` goes on after the save.
    ReadOnly {
        /// The file.
        path: PathBuf,
        /// What goes on after the save.
        then: Option<Then>,
    },
    /// "Delete for good?"
    ConfirmDelete(Removal),
    /// The agenda's options.
    Agenda(Box<AgendaDialog>),
    /// "Veröffentlichen…".
    Publish(PublishDialog),
    /// "Automatisch einplanen…" / "Konflikte auflösen…" (its run, its report).
    Placing(PlacingDialog),
    /// The form holds input that was not understood: discard it and do `then`, or go back.
    LeaveForm {
        /// The step that left the form.
        then: Box<Action>,
        /// Whether it is the form for several sessions (its changes apply only by "Für alle
        /// übernehmen"), rather than a form with input that was not understood.
        several: bool,
    },
    /// A Hilfe window.
    Help(Help),
}

impl Modal {
    /// What Esc does to this dialog when it is on top.
    pub fn on_escape(&self) -> Action {
        match self {
            Self::Unsaved { .. } => Action::Guard(super::action::GuardChoice::Cancel),
            Self::Reload => Action::Reload(false),
            Self::ReadOnly { .. } => Action::ReplaceReadOnly(false),
            Self::ConfirmDelete(_) => Action::AnswerDelete(false),
            Self::Placing(_) => Action::ClosePlacing,
            Self::Chooser { .. }
            | Self::Message { .. }
            | Self::Recovery(_)
            | Self::Agenda(_)
            | Self::Publish(_)
            | Self::LeaveForm { .. }
            | Self::Help(_) => Action::CloseModal,
        }
    }
}

/// The stack of open dialogs, bottom first.
#[derive(Default)]
pub struct Modals {
    stack: Vec<Modal>,
}

impl Modals {
    /// Opens a dialog on top.
    pub fn push(&mut self, modal: Modal) {
        self.stack.push(modal);
    }

    /// Closes the top dialog and gives it back.
    pub fn pop(&mut self) -> Option<Modal> {
        self.stack.pop()
    }

    /// The top dialog.
    pub fn top(&self) -> Option<&Modal> {
        self.stack.last()
    }

    /// Whether no dialog is open.
    pub fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }

    /// The open dialogs, bottom first.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Modal> {
        self.stack.iter_mut()
    }

    /// Takes the topmost dialog `pick` accepts out of the stack.
    pub fn take(&mut self, pick: impl Fn(&Modal) -> bool) -> Option<Modal> {
        let at = self.stack.iter().rposition(pick)?;
        Some(self.stack.remove(at))
    }

    /// The placing dialog, when open.
    pub fn placing(&mut self) -> Option<&mut PlacingDialog> {
        self.stack.iter_mut().rev().find_map(|m| match m {
            Modal::Placing(d) => Some(d),
            _ => None,
        })
    }

    /// The publish dialog, when open.
    pub fn publish(&mut self) -> Option<&mut PublishDialog> {
        self.stack.iter_mut().rev().find_map(|m| match m {
            Modal::Publish(d) => Some(d),
            _ => None,
        })
    }

    /// Whether a dialog `pick` accepts is open.
    pub fn any(&self, pick: impl Fn(&Modal) -> bool) -> bool {
        self.stack.iter().any(pick)
    }
}
