//! The app's side of the forms: which form is open for the view and selection, applying a draft as one
//! edit, leaving a form (its changes are applied when every input was understood; else the user is asked
//! "Verwerfen / Zurück zum Formular"), new, duplicate, and delete with its question.

use super::action::{Action, Selected, View};
use super::app::PodiumApp;
use super::forms::Form;
use super::modal::Modal;
use crate::edit::{self, Edit};
use crate::i18n::{F, T, f, t};

impl PodiumApp {
    /// Opens the form that the view and selection call for, or reloads it after the document changed
    /// (a form with changes keeps them).
    pub(super) fn sync_form(&mut self) {
        let (p, revision) = (self.doc.programme(), self.doc.revision());
        let current = |form: &Form| form.holds_input() || form.revision() == revision;
        if self.state.view == View::Event {
            if !matches!(&self.form, Some(form) if form.is_event() && current(form)) {
                self.form = Some(Form::event(p, revision));
            }
            return;
        }
        match &self.form {
            Some(form) if form.is_event() => self.form = None,
            Some(form) if form.is_new() => return,
            _ => {}
        }
        let Some(selected) = &self.state.selected else {
            self.form = None;
            return;
        };
        let keep = matches!(&self.form, Some(form) if form.target().as_ref() == Some(selected) && current(form));
        if !keep {
            self.form = Form::load(p, selected, revision);
        }
    }

    /// Applies the open form's draft as one edit; false when it cannot apply.
    pub(super) fn apply_form(&mut self) -> bool {
        let Some(form) = &self.form else { return true };
        let Some(edit) = form.to_edit() else {
            let text = if form.has_input_errors() { F::InputErrors } else { F::NameNeeded };
            self.notices.push(f(self.lang, text), true);
            return false;
        };
        match self.doc.apply(edit) {
            Ok(created) => {
                if let Some(key) = created.first() {
                    self.state.selected = Some(Selected::of(key));
                }
                self.form = None;
                self.sync_form();
                true
            }
            Err(e) => {
                self.notices.push(format!("{}: {e}", t(self.lang, T::Edit)), true);
                false
            }
        }
    }

    /// Before `action` leaves the form: applies its changes. When they cannot apply (input that was not
    /// understood, a name missing), asks "Verwerfen / Zurück zum Formular" with `action` waiting, and
    /// false.
    pub(super) fn leave_form_before(&mut self, action: &Action) -> bool {
        // The form for several sessions applies only by its button: changes not applied are asked about.
        if self.bulk.form.as_ref().is_some_and(super::forms::bulk::BulkForm::changed) {
            self.modals.push(Modal::LeaveForm { then: Box::new(action.clone()), several: true });
            return false;
        }
        match &self.form {
            Some(form) if form.holds_input() => {
                if self.apply_form() {
                    return true;
                }
                self.modals.push(Modal::LeaveForm { then: Box::new(action.clone()), several: false });
                false
            }
            _ => {
                self.form = None;
                true
            }
        }
    }

    /// Handles the form and delete actions.
    pub(super) fn form_action(&mut self, action: Action) {
        let revision = self.doc.revision();
        match action {
            Action::ApplyForm => {
                self.apply_form();
            }
            Action::RevertForm => {
                self.form = None;
                self.sync_form();
            }
            Action::NewEntity(view) => self.open_new(|p, _| Form::new_in(view, p, revision)),
            Action::Duplicate(selected) => self.open_new(|p, lang| Form::duplicate(p, &selected, lang, revision)),
            Action::AskDelete(removal) if edit::exists(self.doc.programme(), &removal) => {
                self.modals.push(Modal::ConfirmDelete(removal));
            }
            Action::AnswerDelete(yes) => {
                let Some(Modal::ConfirmDelete(removal)) = self.modals.take(|m| matches!(m, Modal::ConfirmDelete(_)))
                else {
                    return;
                };
                if !yes {
                    return;
                }
                match self.doc.apply(Edit::Remove(removal)) {
                    Ok(_) => {
                        self.state.selected = None;
                        self.form = None;
                    }
                    Err(e) => self.notices.push(format!("{}: {e}", t(self.lang, T::Edit)), true),
                }
            }
            _ => {}
        }
    }

    /// Opens a form for an entity not created yet (the form before was left by `run`).
    fn open_new(&mut self, make: impl FnOnce(&crate::model::Programme, crate::i18n::Lang) -> Option<Form>) {
        self.state.selected = None;
        self.form = make(self.doc.programme(), self.lang);
    }
}
