//! The desktop editor (eframe/egui), behind the `gui` feature. The library's model, edits, checks and
//! formats do the work; this module draws them and turns clicks into edits.

pub mod action;
pub mod agenda_job;
pub mod app;
pub mod autosave;
pub mod bulk_ops;
pub mod command;
pub mod dialogs;
pub mod document;
mod file_ops;
pub mod files;
mod form_ops;
pub mod forms;
pub mod modal;
pub mod notices;
pub mod panels;
mod place_ops;
pub mod prefs;
pub mod preview;
pub mod publish;
pub mod recovery;
mod run;
pub mod selection;
pub mod state;
pub mod timetable;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

pub use app::{AppOptions, PodiumApp};

use crate::i18n::Lang;

/// The eframe wrapper: loads and stores preferences, draws the app, refuses to close with unsaved
/// changes.
struct EframeApp {
    app: PodiumApp,
}

impl eframe::App for EframeApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.app.prefs);
    }
}

/// Runs the editor until the window closes.
pub fn run(path: Option<PathBuf>, lang: Option<Lang>) -> ExitCode {
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok();
    let mut viewport = egui::ViewportBuilder::default().with_inner_size([1400.0, 900.0]).with_title("Podium");
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions { viewport, persist_window: true, ..Default::default() };
    let result = eframe::run_native(
        "Podium",
        options,
        Box::new(move |cc| {
            let prefs: prefs::UiPrefs =
                cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
            app::apply_theme(&cc.egui_ctx, prefs.theme);
            let app = PodiumApp::new(AppOptions {
                path,
                lang,
                prefs,
                files: Box::new(files::NativeDialogs::default()),
                recovery_dir: recovery::Recovery::default_dir(),
                autosave_after: Duration::from_secs(2),
            });
            Ok(Box::new(EframeApp { app }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("podium: {e}");
            ExitCode::from(2)
        }
    }
}
