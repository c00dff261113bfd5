//! [`PodiumApp::run`]: the one place that decides what an [`Action`] does — to the document, the view
//! state and the dialog stack. An action that leaves the open form first applies it (or asks
//! "Verwerfen / Zurück zum Formular" and waits); the answer of a dialog takes that dialog off the stack
//! and goes on with what it held.

use super::action::{Action, Selected, View};
use super::app::{PodiumApp, apply_theme};
use super::bulk_ops::BulkAction;
use super::command::AppCommand;
use super::dialogs::agenda::AgendaDialog;
use super::dialogs::help::Help;
use super::files::Purpose;
use super::modal::{Modal, Then};
use super::publish::PublishAction;
use crate::i18n::{T, t};

impl PodiumApp {
    /// Applies one action: the only place that changes the document, the view state or the dialogs.
    pub fn run(&mut self, ctx: &egui::Context, action: Action) {
        if self.leaves_form(&action) && !self.leave_form_before(&action) {
            return;
        }
        match action {
            Action::Command(c) => self.command(ctx, c),
            Action::Nav(view) => {
                if self.state.view != view {
                    self.state.show(view);
                    if self.state.selected.is_none() {
                        self.bulk.selection.clear();
                    }
                }
            }
            Action::Select(s) => {
                self.state.selected = Some(s);
                self.bulk.selection.clear();
            }
            Action::Bulk(b) => self.bulk_action(b),
            Action::Reveal(key) => {
                self.bulk.selection.clear();
                // While the timetable is shown, a clash is shown there: its day, scrolled to the block.
                if self.state.view == View::Timetable {
                    self.state.timetable.reveal(self.doc.programme(), &key);
                    self.state.selected = Some(Selected::Session(key));
                    return;
                }
                self.state.view = View::Sessions;
                self.state.search.clear();
                self.state.selected = Some(Selected::Session(key.clone()));
                self.state.scroll_to = Some(key);
            }
            Action::Edit(edit) => match self.doc.apply(edit) {
                // What a dialog creates (a session, a break) is selected; not what a form with a draft
                // creates (a person added from the session form), which would replace the form.
                Ok(created) => {
                    let form_draft = self.form.as_ref().is_some_and(super::forms::Form::holds_input);
                    if let Some(key) = created.first().filter(|_| !form_draft) {
                        self.state.selected = Some(Selected::of(key));
                    }
                }
                Err(e) => self.notices.push(format!("{}: {e}", t(self.lang, T::Edit)), true),
            },
            Action::ApplyForm
            | Action::RevertForm
            | Action::NewEntity(_)
            | Action::Duplicate(_)
            | Action::AskDelete(_)
            | Action::AnswerDelete(_) => self.form_action(action),
            Action::FreePlaces(_) | Action::CloseFreePlaces | Action::StartPlacing | Action::ClosePlacing => {
                self.place_action(action);
            }
            Action::Preview(edit) => {
                self.previews.compute(&mut self.doc, self.lang, edit);
                ctx.request_repaint();
            }
            Action::Path(purpose, path) => {
                let then = match self.modals.take(|m| matches!(m, Modal::Chooser { .. })) {
                    Some(Modal::Chooser { then, chooser }) => {
                        if let Some((include, _)) = chooser.drafts {
                            self.export_drafts = include;
                        }
                        then
                    }
                    _ => None,
                };
                self.path_chosen(ctx, purpose, path, then);
            }
            Action::AgendaChooseFile => {
                if let Some(Modal::Agenda(dialog)) = self.modals.take(|m| matches!(m, Modal::Agenda(_))) {
                    let format = dialog.settings.format;
                    self.agenda_settings = Some(dialog.settings);
                    self.choose(ctx, Purpose::Agenda(format), None);
                }
            }
            Action::CloseModal => {
                self.modals.pop();
            }
            Action::LeaveForm(discard) => {
                let Some(Modal::LeaveForm { then, .. }) = self.modals.take(|m| matches!(m, Modal::LeaveForm { .. }))
                else {
                    return;
                };
                if discard {
                    self.form = None;
                    self.bulk.form = None;
                    self.run(ctx, *then);
                }
            }
            Action::Guard(choice) => self.guard_answered(ctx, choice),
            Action::Recover(restore) => self.recover(restore),
            Action::Reload(reload) => self.reload(reload),
            Action::ReplaceReadOnly(replace) => self.read_only_answered(ctx, replace),
            Action::SetLang(lang) => {
                self.lang = lang;
                self.prefs.lang = Some(lang.code().to_owned());
            }
            Action::SetTheme(choice) => {
                self.prefs.theme = choice;
                apply_theme(ctx, choice);
            }
            Action::Publish(action) => self.publish_action(action),
        }
    }

    /// Whether `action` leaves the open form (it then applies first, or asks).
    fn leaves_form(&self, action: &Action) -> bool {
        match action {
            Action::Nav(view) => *view != self.state.view,
            Action::Select(s) => self.state.selected.as_ref() != Some(s) || self.many_chosen(),
            // Copying leaves the form as it is; choosing, pasting and the form beside leave it.
            Action::Bulk(b) => !matches!(b, BulkAction::Copy),
            Action::Reveal(_)
            | Action::NewEntity(_)
            | Action::Duplicate(_)
            | Action::FreePlaces(_)
            | Action::Publish(PublishAction::OpenPublish) => true,
            Action::Command(c) => c.touches_document(),
            _ => false,
        }
    }

    fn command(&mut self, ctx: &egui::Context, c: AppCommand) {
        match c {
            AppCommand::New => self.guarded(ctx, Then::New),
            AppCommand::Open => self.guarded(ctx, Then::Open),
            AppCommand::Import => self.guarded(ctx, Then::Import),
            AppCommand::Quit => self.guarded(ctx, Then::Quit),
            AppCommand::Save => match self.doc.path().map(std::path::Path::to_owned) {
                Some(path) => {
                    self.save_to(&path, None);
                }
                None => self.choose(ctx, Purpose::Save, None),
            },
            AppCommand::SaveAs => self.choose(ctx, Purpose::Save, None),
            AppCommand::Export => self.choose(ctx, Purpose::Export, None),
            AppCommand::ExportAgenda => {
                let mut dialog = AgendaDialog::new(self.lang);
                if let Some(settings) = self.agenda_settings.clone() {
                    dialog.settings = settings;
                }
                self.modals.push(Modal::Agenda(Box::new(dialog)));
            }
            AppCommand::Undo => {
                if self.doc.undo() {
                    self.follow_step();
                }
            }
            AppCommand::Redo => {
                if self.doc.redo() {
                    self.follow_step();
                }
            }
            AppCommand::Schedule | AppCommand::Repair => {
                let repair = c == AppCommand::Repair;
                let dialog = super::dialogs::placing::PlacingDialog::new(repair, self.doc.programme());
                self.modals.push(Modal::Placing(dialog));
            }
            AppCommand::ToggleClashPanel => self.prefs.hide_clash_panel = !self.prefs.hide_clash_panel,
            AppCommand::About => self.modals.push(Modal::Help(Help::About)),
            AppCommand::Shortcuts => self.modals.push(Modal::Help(Help::Shortcuts)),
            AppCommand::FirstSteps => self.modals.push(Modal::Help(Help::FirstSteps)),
        }
    }
}

impl PodiumApp {
    /// After an undo or redo in the timetable: when every session it touched lies on one other day now,
    /// that day is shown (the sessions are followed).
    fn follow_step(&mut self) {
        if self.state.view != View::Timetable {
            return;
        }
        let p = self.doc.programme();
        let mut days = self.doc.stepped_sessions().iter().map(|k| p.sessions.get(k).and_then(|s| s.day.clone()));
        let Some(Some(day)) = days.next() else { return };
        if days.all(|d| d.as_ref() == Some(&day)) && self.state.timetable.day.as_ref() != Some(&day) {
            self.state.timetable.day = Some(day);
        }
    }
}
