//! The path field: open, save, import or export by typing a path (or picking a recent file). Always
//! available, because the desktop's file chooser is not (no portal on a minimal system or under Xvfb).

use std::path::PathBuf;

use crate::gui::action::Action;
use crate::gui::files::Purpose;
use crate::i18n::{Lang, T, t};

/// An open path field.
#[derive(Clone, Debug)]
pub struct PathDialog {
    /// What the path is for.
    pub purpose: Purpose,
    /// The typed path.
    pub text: String,
    /// Whether the field got the keyboard focus already (it does when the dialog opens).
    focused: bool,
}

fn title(lang: Lang, purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Open => t(lang, T::Open),
        Purpose::Save => t(lang, T::SaveAs),
        Purpose::Import => t(lang, T::Import),
        Purpose::Export => t(lang, T::ExportFile),
        Purpose::Agenda(_) => t(lang, T::AgendaExport),
    }
}

impl PathDialog {
    /// A path field for `purpose`, starting with `text`.
    pub fn new(purpose: Purpose, text: String) -> Self {
        Self { purpose, text, focused: false }
    }

    /// Draws the dialog; pushes `Path` or `ClosePathDialog`.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang, recent: &[PathBuf], actions: &mut Vec<Action>) {
        let heading = title(lang, self.purpose).trim_end_matches('…');
        egui::Modal::new(egui::Id::unique("path_dialog")).show(ctx, |ui| {
            ui.set_min_width(480.0);
            ui.heading(heading);
            ui.add_space(6.0);
            let label = ui.label(t(lang, T::Path));
            let response = ui.add(
                egui::TextEdit::singleline(&mut self.text)
                    .desired_width(f32::INFINITY)
                    .hint_text(format!("/home/…/{}", self.purpose.suggested_name().unwrap_or("programm.ron"))),
            );
            let response = response.labelled_by(label.id);
            if !self.focused {
                response.request_focus();
                self.focused = true;
            }
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if self.purpose == Purpose::Open && !recent.is_empty() {
                ui.add_space(6.0);
                ui.label(egui::RichText::new(t(lang, T::Recent)).weak());
                for path in recent {
                    if ui.link(path.display().to_string()).clicked() {
                        actions.push(Action::Path(self.purpose, path.clone()));
                    }
                }
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ok = ui.add_enabled(!self.text.trim().is_empty(), egui::Button::new(heading)).clicked();
                if (ok || entered) && !self.text.trim().is_empty() {
                    actions.push(Action::Path(self.purpose, PathBuf::from(self.text.trim())));
                }
                if ui.button(t(lang, T::Cancel)).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    actions.push(Action::ClosePathDialog);
                }
            });
        });
    }
}
