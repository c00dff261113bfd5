//! Small modal questions: unsaved changes, a message (errors), crash recovery, a file changed on disk,
//! leaving a form with input that was not understood. Each draws and pushes the user's answer as an
//! action; Esc is the shell's (it closes the top dialog).

use crate::gui::action::{Action, GuardChoice};
use crate::i18n::{F, Lang, S, T, f, s, t};

fn modal(ctx: &egui::Context, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(520.0);
        add(ui);
    });
}

/// "Save unsaved changes?" — Save / Discard / Cancel.
pub fn unsaved_ui(ctx: &egui::Context, lang: Lang, file: &str, actions: &mut Vec<Action>) {
    modal(ctx, "unsaved_prompt", |ui| {
        ui.heading(t(lang, T::UnsavedQuestion));
        ui.label(file);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t(lang, T::Save)).clicked() {
                actions.push(Action::Guard(GuardChoice::Save));
            }
            if ui.button(t(lang, T::Discard)).clicked() {
                actions.push(Action::Guard(GuardChoice::Discard));
            }
            if ui.button(t(lang, T::Cancel)).clicked() {
                actions.push(Action::Guard(GuardChoice::Cancel));
            }
        });
    });
}

/// A message with a heading, e.g. a load error with line and column.
pub fn message_ui(ctx: &egui::Context, lang: Lang, heading: &str, text: &str, actions: &mut Vec<Action>) {
    modal(ctx, "message_prompt", |ui| {
        ui.heading(heading);
        ui.add(egui::Label::new(text).wrap());
        ui.add_space(8.0);
        if ui.button(t(lang, T::Ok)).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}

/// "Restore the unsaved changes?" after a crash.
pub fn recovery_ui(ctx: &egui::Context, lang: Lang, origin: &str, actions: &mut Vec<Action>) {
    modal(ctx, "recovery_prompt", |ui| {
        ui.heading(t(lang, T::Restore));
        ui.label(t(lang, T::RecoveryQuestion));
        if !origin.is_empty() {
            ui.label(egui::RichText::new(origin).weak());
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t(lang, T::Restore)).clicked() {
                actions.push(Action::Recover(true));
            }
            if ui.button(t(lang, T::Discard)).clicked() {
                actions.push(Action::Recover(false));
            }
            if ui.button(s(lang, S::RecoveryLater)).clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
}

/// "The file changed on disk" — reload or keep.
pub fn reload_ui(ctx: &egui::Context, lang: Lang, file: &str, actions: &mut Vec<Action>) {
    modal(ctx, "reload_prompt", |ui| {
        ui.heading(t(lang, T::ChangedOnDisk));
        ui.label(file);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t(lang, T::Reload)).clicked() {
                actions.push(Action::Reload(true));
            }
            if ui.button(t(lang, T::Keep)).clicked() {
                actions.push(Action::Reload(false));
            }
        });
    });
}

/// "The file is read-only: save anyway?" — Esc leaves it.
pub fn read_only_ui(ctx: &egui::Context, lang: Lang, file: &str, actions: &mut Vec<Action>) {
    modal(ctx, "read_only_prompt", |ui| {
        ui.heading(t(lang, T::ReadOnlyQuestion));
        ui.label(file);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t(lang, T::SaveAnyway)).clicked() {
                actions.push(Action::ReplaceReadOnly(true));
            }
            if ui.button(t(lang, T::Cancel)).clicked() {
                actions.push(Action::ReplaceReadOnly(false));
            }
        });
    });
}

/// The delete question for `removal` in `p`: what goes, the sessions that lose the assignment, the
/// windows that go with a day.
pub fn delete_question_ui(
    ctx: &egui::Context,
    lang: Lang,
    p: &crate::model::Programme,
    removal: &crate::edit::Removal,
    actions: &mut Vec<Action>,
) {
    use crate::edit::{self, Edit};
    let what = crate::i18n::edit_label(lang, &Edit::Remove(removal.clone()).summary(p));
    let users: Vec<String> =
        edit::users(p, removal).iter().filter_map(|k| p.sessions.get(k)).map(|s| s.title.clone()).collect();
    let windows = edit::windows_lost(p, removal);
    delete_ui(ctx, lang, &what, &users, &windows, actions);
}

/// "Delete for good?" with the sessions that lose the assignment and the halls and people whose
/// availability windows go with a day; Esc cancels.
pub fn delete_ui(
    ctx: &egui::Context,
    lang: Lang,
    what: &str,
    users: &[String],
    windows: &[String],
    actions: &mut Vec<Action>,
) {
    modal(ctx, "delete_prompt", |ui| {
        ui.heading(f(lang, F::DeleteQuestion));
        ui.label(what);
        ui.add_space(6.0);
        if users.is_empty() && windows.is_empty() {
            ui.label(f(lang, F::NothingUnassigned));
        }
        for (heading, names, id) in
            [(F::WillUnassign, users, "delete_users"), (F::WindowsGo, windows, "delete_windows")]
        {
            if names.is_empty() {
                continue;
            }
            ui.add_space(4.0);
            ui.label(f(lang, heading));
            egui::ScrollArea::vertical().id_salt(id).max_height(160.0).show(ui, |ui| {
                for name in names {
                    ui.label(format!("• {name}"));
                }
            });
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(f(lang, F::Delete)).clicked() {
                actions.push(Action::AnswerDelete(true));
            }
            if ui.button(t(lang, T::Cancel)).clicked() {
                actions.push(Action::AnswerDelete(false));
            }
        });
    });
}

/// "Leave the form?" — its input was not understood: Verwerfen goes on, Zurück zum Formular stays.
pub fn leave_form_ui(ctx: &egui::Context, lang: Lang, several: bool, actions: &mut Vec<Action>) {
    modal(ctx, "leave_form_prompt", |ui| {
        ui.heading(s(lang, S::LeaveFormHeading));
        let text = if several { S::LeaveSeveralText } else { S::LeaveFormText };
        ui.add(egui::Label::new(s(lang, text)).wrap());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t(lang, T::Discard)).clicked() {
                actions.push(Action::LeaveForm(true));
            }
            if ui.button(s(lang, S::BackToForm)).clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
}
