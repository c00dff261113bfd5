//! The app's side of the forms: which form is open for the view and selection, applying a draft as one
//! edit, leaving a form (its changes are applied when every input was understood, else the user stays),
//! new, duplicate, and delete with its question.

use super::action::{Action, Selected, View};
use super::app::PodiumApp;
use super::forms::Form;
use crate::edit::{self, Edit, Removal};
use crate::i18n::{F, T, f, t};

impl PodiumApp {
    /// Opens the form that the view and selection call for, or reloads it after the document changed
    /// (a form with changes keeps them).
    pub(super) fn sync_form(&mut self) {
        let (p, revision) = (self.doc.programme(), self.doc.revision());
        let current = |form: &Form| form.holds_input() || form.revision() == revision;
        if self.view == View::Event {
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
        let Some(selected) = &self.selected else {
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
            self.status = Some(f(self.lang, text).to_owned());
            return false;
        };
        match self.doc.apply(edit) {
            Ok(created) => {
                if let Some(key) = created.first() {
                    self.selected = Some(Selected::of(key));
                }
                self.form = None;
                self.sync_form();
                true
            }
            Err(e) => {
                self.message = Some((t(self.lang, T::Edit).to_owned(), e.to_string()));
                false
            }
        }
    }

    /// Before the selection or view changes: applies the form's changes; false keeps the user on a form
    /// with input that was not understood.
    pub(super) fn leave_form(&mut self) -> bool {
        match &self.form {
            Some(form) if form.holds_input() => self.apply_form(),
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
            Action::AskDelete(removal) => {
                self.delete_ask = edit::exists(self.doc.programme(), &removal).then_some(removal);
            }
            Action::AnswerDelete(yes) => {
                let Some(removal) = self.delete_ask.take() else { return };
                if !yes {
                    return;
                }
                match self.doc.apply(Edit::Remove(removal)) {
                    Ok(_) => {
                        self.selected = None;
                        self.form = None;
                    }
                    Err(e) => self.message = Some((t(self.lang, T::Edit).to_owned(), e.to_string())),
                }
            }
            _ => {}
        }
    }

    /// Leaves the open form and opens a form for an entity not created yet.
    fn open_new(&mut self, make: impl FnOnce(&crate::model::Programme, crate::i18n::Lang) -> Option<Form>) {
        if self.leave_form() {
            self.selected = None;
            self.form = make(self.doc.programme(), self.lang);
        }
    }

    /// The delete question, when asked.
    pub(super) fn delete_dialog_ui(&self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let Some(removal) = &self.delete_ask else { return };
        let p = self.doc.programme();
        let what = edit_label(self, removal);
        let users: Vec<String> =
            edit::users(p, removal).iter().filter_map(|k| p.sessions.get(k)).map(|s| s.title.clone()).collect();
        let windows = edit::windows_lost(p, removal);
        super::dialogs::prompts::delete_ui(ctx, self.lang, &what, &users, &windows, actions);
    }
}

fn edit_label(app: &PodiumApp, removal: &Removal) -> String {
    crate::i18n::edit_label(app.lang, &Edit::Remove(removal.clone()).summary(app.doc.programme()))
}

/// Whether an entity of the view is selected (for Duplicate and Delete).
pub(super) fn selected_in(view: View, selected: Option<&Selected>) -> Option<&Selected> {
    selected.filter(|s| s.view() == view)
}
