//! The eframe application: what it holds (the document, the view state, the one stack of dialogs, the
//! notices, the background jobs) and the frame order (shortcuts, menu, status, navigation, clash panel,
//! detail, list or timetable, dialogs). Views read and push [`Action`]s; [`PodiumApp::run`]
//! (`run.rs`) applies them at the end of the frame.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::action::{Action, Selected, View};
use super::agenda_job::AgendaJob;
use super::autosave::Autosave;
use super::command::AppCommand;
use super::dialogs::agenda::AgendaSettings;
use super::document::Document;
use super::files::FileDialogs;
use super::forms::Form;
use super::modal::{Modal, Modals};
use super::notices::Notices;
use super::panels::changes::ChangesPanel;
use super::panels::clashes::{ClashTexts, clash_panel_ui};
use super::panels::lists::{ListCache, ListKey};
use super::panels::menu::{MenuCtx, menu_ui};
use super::panels::table::{TableView, table_ui};
use super::panels::{detail, nav, status};
use super::prefs::{ThemeChoice, UiPrefs};
use super::recovery::Recovery;
use super::state::UiState;
use super::timetable::TimetableState;
use crate::i18n::{self, Lang, S, T, s, t};
use crate::model::Programme;

/// How the app starts.
pub struct AppOptions {
    /// A file to open (else the last opened, else the bundled congress).
    pub path: Option<PathBuf>,
    /// The language chosen on the command line.
    pub lang: Option<Lang>,
    /// Remembered preferences.
    pub prefs: UiPrefs,
    /// The desktop's file chooser (Podium's own takes over where there is none).
    pub files: Box<dyn FileDialogs>,
    /// Where recovery copies go (`None`: no recovery copies).
    pub recovery_dir: Option<PathBuf>,
    /// How long after the last edit the recovery copy is written.
    pub autosave_after: Duration,
}

impl AppOptions {
    /// No desktop chooser, no recovery copies, default preferences: the editor as tests and benchmarks
    /// drive it.
    pub fn headless(path: Option<PathBuf>, lang: Lang) -> Self {
        Self {
            path,
            lang: Some(lang),
            prefs: UiPrefs::default(),
            files: Box::new(super::files::NoDialogs),
            recovery_dir: None,
            autosave_after: Duration::from_secs(2),
        }
    }
}

/// The editor.
pub struct PodiumApp {
    /// The open document.
    pub doc: Document,
    /// The language shown.
    pub lang: Lang,
    /// Remembered preferences.
    pub prefs: UiPrefs,
    /// Navigation, selection, search, sort, the timetable.
    pub state: UiState,
    /// The open form.
    pub form: Option<Form>,
    /// The open dialogs.
    pub(super) modals: Modals,
    /// The status bar's notices.
    pub(super) notices: Notices,
    pub(super) files: Box<dyn FileDialogs>,
    pub(super) autosave: Option<Autosave>,
    pub(super) last_disk_check: Option<Instant>,
    /// The user chose to close (after the unsaved-changes question).
    pub(super) closing: bool,
    pub(super) title_shown: String,
    pub(super) list_cache: ListCache,
    pub(super) clash_texts: ClashTexts,
    pub(super) previews: super::preview::Previews,
    /// "Freie Plätze…" of a session, beside the timetable, when open.
    pub free_places: Option<super::dialogs::free_places::FreePlaces>,
    /// Whether the last schedule export included drafts and cancelled sessions (its chooser starts so).
    pub(super) export_drafts: bool,
    /// The agenda options last chosen (the dialog opens with them again).
    pub(super) agenda_settings: Option<AgendaSettings>,
    /// The agenda export running in the background.
    pub(super) agenda_job: Option<AgendaJob>,
    /// "Änderungen seit …", when shown.
    pub(super) changes_panel: Option<ChangesPanel>,
    /// The sessions chosen besides the selected one, the copied ones, and the form for several.
    pub bulk: super::bulk_ops::BulkState,
}

fn bundled() -> Programme {
    crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap_or_default()
}

impl PodiumApp {
    /// Starts the editor: the given file, else the last opened one, else the bundled congress; then offers
    /// a recovery copy that a window which did not end properly left behind.
    pub fn new(options: AppOptions) -> Self {
        let AppOptions { path, lang, prefs, files, recovery_dir, autosave_after } = options;
        let lang = lang
            .or_else(|| prefs.lang.as_deref().and_then(Lang::from_locale))
            .unwrap_or_else(|| Lang::resolve(None, |v| std::env::var(v).ok()));
        let mut modals = Modals::default();
        let doc = match path.clone().or_else(|| prefs.recent_files.first().cloned()) {
            Some(path) => match Document::open(&path) {
                Ok(doc) => doc,
                Err(e) => {
                    modals.push(Modal::Message {
                        heading: t(lang, T::LoadFailed).to_owned(),
                        text: format!("{}\n{}", path.display(), i18n::load_error(lang, &e)),
                    });
                    Document::bundled(bundled())
                }
            },
            None => Document::bundled(bundled()),
        };
        let recovery = recovery_dir.map(Recovery::new);
        if let Some(orphan) = recovery.as_ref().and_then(Recovery::orphan) {
            modals.push(Modal::Recovery(Box::new(orphan)));
        }
        let mut app = Self {
            doc,
            lang,
            prefs,
            state: UiState::default(),
            form: None,
            modals,
            notices: Notices::default(),
            files,
            autosave: recovery.map(|r| Autosave::new(r, autosave_after)),
            last_disk_check: None,
            closing: false,
            title_shown: String::new(),
            list_cache: ListCache::default(),
            clash_texts: ClashTexts::default(),
            previews: super::preview::Previews::default(),
            free_places: None,
            export_drafts: false,
            agenda_settings: None,
            agenda_job: None,
            changes_panel: None,
            bulk: Default::default(),
        };
        if let Some(path) = app.doc.path().map(Path::to_owned) {
            app.prefs.remember(path);
        }
        app
    }

    /// The window title: event, file, and a mark for unsaved changes.
    pub fn title(&self) -> String {
        let file = self.doc.file_label(self.lang);
        let dirty = if self.doc.is_dirty() { " •" } else { "" };
        format!("{} — {file}{dirty} — Podium", self.doc.programme().event.title)
    }

    /// Whether the app may close now (no unsaved changes, or the user chose).
    pub fn may_close(&self) -> bool {
        let form_changed = self.form.as_ref().is_some_and(Form::holds_input);
        (!self.doc.is_dirty() && !form_changed) || self.closing
    }

    /// The view shown.
    pub fn view(&self) -> View {
        self.state.view
    }

    /// The selection.
    pub fn selected(&self) -> Option<&Selected> {
        self.state.selected.as_ref()
    }

    /// The timetable's view state.
    pub fn timetable(&self) -> &TimetableState {
        &self.state.timetable
    }

    /// The newest notice of the status bar ("Gespeichert: …"), while it shows.
    pub fn notice(&self) -> Option<&str> {
        self.notices.newest().map(|n| n.text.as_str())
    }

    /// Whether a dialog of the shell is open.
    pub fn dialog_open(&self) -> bool {
        !self.modals.is_empty()
    }

    /// Shows a view as a click in the navigation would (tests and benchmarks).
    pub fn navigate(&mut self, view: View) {
        self.run(&egui::Context::default(), Action::Nav(view));
    }

    /// Selects an entity as a click in a list would (tests and benchmarks use it instead of the list).
    pub fn select(&mut self, selected: Selected) {
        self.run(&egui::Context::default(), Action::Select(selected));
    }

    /// One frame of the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.notices.tick(ctx.input(|i| i.time));
        let mut actions: Vec<Action> = Vec::new();
        if let Some(top) = self.modals.top() {
            // Esc closes exactly the top dialog; the views below never see it.
            if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
                actions.push(top.on_escape());
            }
        } else if !super::dialogs::modal_open(&ctx) {
            // While a dialog is open, Strg+S, Strg+Z and the like would act behind it: they wait.
            actions.extend(AppCommand::from_shortcuts(&ctx).into_iter().map(Action::Command));
            self.bulk_shortcuts(&ctx, &mut actions);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.may_close() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            actions.push(Action::Command(AppCommand::Quit));
        }
        self.sync_form();
        let lang = self.lang;
        egui::Panel::top("menu_bar").show(ui, |ui| {
            let m = MenuCtx {
                lang,
                doc: &self.doc,
                recent: &self.prefs.recent_files,
                theme: self.prefs.theme,
                clash_panel: !self.prefs.hide_clash_panel,
            };
            menu_ui(ui, &m, &mut actions);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| status::status_ui(ui, lang, &self.doc, &self.notices));
        egui::Panel::left("navigation").resizable(false).exact_size(170.0).show(ui, |ui| {
            nav::nav_ui(ui, lang, self.doc.programme(), self.state.view, &mut actions);
        });
        // Beside the timetable only when asked for (Enter, a double-click) or when several are chosen; in a
        // narrow window the clash panel then makes room (the status bar still counts the clashes).
        let many = self.many_chosen();
        let beside = self.state.view == View::Timetable && (self.state.timetable.form_beside || many);
        let narrow = ctx.content_rect().width() < 1300.0;
        let make_room = beside && narrow;
        if !self.prefs.hide_clash_panel && !make_room {
            egui::Panel::right("clash_panel").resizable(true).min_size(260.0).default_size(340.0).show(ui, |ui| {
                let doc = &self.doc;
                clash_panel_ui(
                    ui,
                    lang,
                    (doc.programme(), doc.clashes(), doc.revision()),
                    &mut self.clash_texts,
                    &mut actions,
                );
            });
        }
        self.changes_panel_ui(ui, &mut actions);
        if !matches!(self.state.view, View::Event | View::Timetable) || beside {
            let (min, default) = if beside && narrow { (260.0, 300.0) } else { (300.0, 420.0) };
            egui::Panel::right("detail").resizable(true).min_size(min).default_size(default).show(ui, |ui| {
                if beside && super::timetable::close_beside_ui(ui, lang) {
                    actions.push(Action::Bulk(super::bulk_ops::BulkAction::CloseBeside));
                }
                if many {
                    return self.bulk_form_ui(ui, &mut actions);
                }
                let (p, revision) = (self.doc.programme(), self.doc.revision());
                match &mut self.form {
                    Some(form) => form.ui(ui, lang, (p, self.doc.clashes()), revision, &mut actions),
                    None => detail::empty_ui(ui, lang),
                }
            });
        }
        egui::CentralPanel::default_margins().show(ui, |ui| self.central_ui(ui, &mut actions));
        self.dialogs_ui(&ctx, &mut actions);
        for action in actions {
            self.run(&ctx, action);
        }
        self.housekeeping(&ctx);
    }

    fn central_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let lang = self.lang;
        let view = self.state.view;
        if matches!(view, View::Sessions | View::Timetable) && is_empty_programme(self.doc.programme()) {
            empty_programme_ui(ui, lang, self.doc.programme(), actions);
            return;
        }
        match view {
            View::Event => {
                let (p, revision) = (self.doc.programme(), self.doc.revision());
                ui.set_max_width(820.0);
                match &mut self.form {
                    Some(form) => form.ui(ui, lang, (p, self.doc.clashes()), revision, actions),
                    None => detail::empty_ui(ui, lang),
                }
            }
            View::Timetable => {
                let chosen = self.chosen_sessions();
                let doc = super::timetable::Doc {
                    p: self.doc.programme(),
                    clashes: self.doc.clashes(),
                    previews: &self.previews,
                    revision: self.doc.revision(),
                };
                let selected = self.state.selected.as_ref();
                super::timetable::ui(ui, lang, &doc, &mut self.state.timetable, selected, &chosen, actions);
            }
            view => {
                ui.horizontal(|ui| {
                    list_buttons(ui, lang, view, self.state.selected_in(view), actions);
                    ui.separator();
                    let label = ui.label(t(lang, T::Search));
                    ui.add(egui::TextEdit::singleline(&mut self.state.search).desired_width(220.0))
                        .labelled_by(label.id);
                });
                ui.add_space(4.0);
                let chosen = self.chosen_sessions();
                let key = ListKey {
                    revision: self.doc.revision(),
                    view,
                    lang,
                    search: self.state.search.clone(),
                    sort: self.state.sort,
                };
                let data = self.list_cache.get(key, self.doc.programme(), self.doc.clashes());
                let scroll_to = self
                    .state
                    .scroll_to
                    .take()
                    .and_then(|k| data.rows.iter().position(|r| r.selected == Selected::Session(k.clone())));
                let table = TableView {
                    id: "entity_list",
                    headers: &data.headers,
                    rows: &data.rows,
                    selected: self.state.selected.as_ref(),
                    chosen: &chosen,
                    scroll_to,
                };
                table_ui(ui, &table, &mut self.state.sort, actions);
            }
        }
    }

    /// The full path for questions about the file, else its label.
    pub(super) fn file_label(&self) -> String {
        self.doc.path().map_or_else(|| self.doc.file_label(self.lang), |p| p.display().to_string())
    }

    /// Draws the open dialogs, bottom first (egui's modal layer lets only the top one be answered), and
    /// the placement windows.
    fn dialogs_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        use super::dialogs::{help, prompts};
        let lang = self.lang;
        self.take_in_placing();
        // The file's name only for the questions that show it, not every frame.
        let file = if self.modals.any(|m| matches!(m, Modal::Unsaved { .. } | Modal::Reload)) {
            self.file_label()
        } else {
            String::new()
        };
        let p = self.doc.programme();
        for modal in self.modals.iter_mut() {
            match modal {
                Modal::Unsaved { .. } => prompts::unsaved_ui(ctx, lang, &file, actions),
                Modal::Chooser { chooser, .. } => chooser.show(ctx, lang, actions),
                Modal::Message { heading, text } => prompts::message_ui(ctx, lang, heading, text, actions),
                Modal::Recovery(orphan) => {
                    let origin = orphan.origin.as_ref().map(|o| o.display().to_string()).unwrap_or_default();
                    prompts::recovery_ui(ctx, lang, &origin, actions);
                }
                Modal::Reload => prompts::reload_ui(ctx, lang, &file, actions),
                Modal::ReadOnly { path, .. } => prompts::read_only_ui(ctx, lang, &path.display().to_string(), actions),
                Modal::ConfirmDelete(removal) => prompts::delete_question_ui(ctx, lang, p, removal, actions),
                Modal::Agenda(dialog) => dialog.show(ctx, lang, p, actions),
                Modal::Publish(dialog) => dialog.show(ctx, lang, actions),
                Modal::Placing(dialog) => dialog.show(ctx, lang, actions),
                Modal::LeaveForm { several, .. } => prompts::leave_form_ui(ctx, lang, *several, actions),
                Modal::Help(which) => help::help_ui(ctx, lang, *which, actions),
            }
        }
        self.free_places_ui(ctx, actions);
    }
}

/// Sets egui's theme from the choice.
pub fn apply_theme(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    });
}

/// Whether there is nothing to plan yet: no days, no halls and no sessions.
fn is_empty_programme(p: &Programme) -> bool {
    p.sessions.is_empty() && (p.days.is_empty() || p.halls.is_empty())
}

/// What a new, empty programme says instead of an empty grid: the first steps, each with its button,
/// the next one to take highlighted.
fn empty_programme_ui(ui: &mut egui::Ui, lang: Lang, p: &Programme, actions: &mut Vec<Action>) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.heading(s(lang, S::EmptyHeading));
        ui.label(s(lang, S::EmptyText));
    });
    ui.add_space(12.0);
    let next = if p.days.is_empty() {
        View::Days
    } else if p.halls.is_empty() {
        View::Halls
    } else {
        View::Sessions
    };
    ui.vertical_centered(|ui| {
        for (view, step, hint, done) in [
            (View::Days, S::StepDays, S::StepDaysHint, !p.days.is_empty()),
            (View::Halls, S::StepHalls, S::StepHallsHint, !p.halls.is_empty()),
            (View::Sessions, S::StepSessions, S::StepSessionsHint, false),
        ] {
            let text =
                if done { format!("{} – {}", s(lang, step), s(lang, S::Done)) } else { s(lang, step).to_owned() };
            let button = egui::Button::new(text).min_size(egui::vec2(260.0, 30.0)).selected(view == next);
            if ui.add(button).clicked() {
                actions.push(Action::Nav(view));
                actions.push(Action::NewEntity(view));
            }
            ui.label(egui::RichText::new(s(lang, hint)).weak());
            ui.add_space(8.0);
        }
    });
}

/// "Neu…", "Duplizieren", "Löschen" for the list shown.
fn list_buttons(ui: &mut egui::Ui, lang: Lang, view: View, chosen: Option<&Selected>, actions: &mut Vec<Action>) {
    use crate::i18n::{F, f};
    if ui.button(f(lang, F::New)).clicked() {
        actions.push(Action::NewEntity(view));
    }
    if ui.add_enabled(chosen.is_some(), egui::Button::new(f(lang, F::Duplicate))).clicked()
        && let Some(s) = chosen
    {
        actions.push(Action::Duplicate(s.clone()));
    }
    if ui.add_enabled(chosen.is_some(), egui::Button::new(f(lang, F::Delete))).clicked()
        && let Some(s) = chosen
    {
        actions.push(Action::AskDelete(s.removal()));
    }
}
