//! The eframe application: frame order (shortcuts, menu, status, navigation, clash panel, detail, list,
//! dialogs), then the actions the views pushed, applied in one place at the end of the frame.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::action::{Action, Selected, View};
use super::agenda_job::AgendaJob;
use super::command::AppCommand;
use super::dialogs::agenda::{AgendaDialog, AgendaSettings};
use super::dialogs::path::PathDialog;
use super::dialogs::prompts;
use super::document::Document;
use super::files::{FileDialogs, Purpose};
use super::forms::Form;
use super::panels::clashes::{ClashTexts, clash_panel_ui};
use super::panels::lists::{ListCache, ListKey};
use super::panels::menu::{MenuCtx, menu_ui};
use super::panels::table::{SortState, TableView, table_ui};
use super::panels::{detail, nav, status};
use super::prefs::{ThemeChoice, UiPrefs};
use super::recovery::Recovery;
use crate::i18n::{self, Lang, T, t};
use crate::model::Programme;

/// What waits behind the unsaved-changes question.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    Import,
    ImportPath(PathBuf),
    Quit,
}

/// How the app starts.
pub struct AppOptions {
    /// A file to open (else the last opened, else the bundled congress).
    pub path: Option<PathBuf>,
    /// The language chosen on the command line.
    pub lang: Option<Lang>,
    /// Remembered preferences.
    pub prefs: UiPrefs,
    /// The file chooser.
    pub files: Box<dyn FileDialogs>,
    /// Where recovery copies go (`None`: no autosave).
    pub recovery_dir: Option<PathBuf>,
    /// How often unsaved changes are written to the recovery copy.
    pub autosave_every: Duration,
}

impl AppOptions {
    /// No file chooser, no recovery copies, default preferences: the editor as tests and benchmarks drive it.
    pub fn headless(path: Option<PathBuf>, lang: Lang) -> Self {
        Self {
            path,
            lang: Some(lang),
            prefs: UiPrefs::default(),
            files: Box::new(super::files::NoDialogs),
            recovery_dir: None,
            autosave_every: Duration::from_secs(3600),
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
    /// The view shown.
    pub view: View,
    /// The selection.
    pub selected: Option<Selected>,
    /// The list's search text.
    pub search: String,
    pub(super) sort: SortState,
    pub(super) list_cache: ListCache,
    pub(super) clash_texts: ClashTexts,
    pub(super) scroll_to: Option<crate::model::SessionKey>,
    pub(super) files: Box<dyn FileDialogs>,
    pub(super) recovery: Option<Recovery>,
    pub(super) autosave_every: Duration,
    pub(super) last_autosave: Option<Instant>,
    pub(super) last_disk_check: Option<Instant>,
    pub(super) path_dialog: Option<PathDialog>,
    pub(super) pending: Option<Pending>,
    pub(super) after_save: Option<Pending>,
    pub(super) message: Option<(String, String)>,
    pub(super) offered_recovery: Option<(Programme, Option<PathBuf>)>,
    pub(super) reload_offer: bool,
    /// A save found this file read-only: asks whether to save over it.
    pub(super) read_only_ask: Option<PathBuf>,
    /// The last status line ("Gespeichert", "Exportiert nach …").
    pub status: Option<String>,
    pub(super) quit_confirmed: bool,
    pub(super) title_shown: String,
    /// The open form.
    pub form: Option<Form>,
    pub(super) delete_ask: Option<crate::edit::Removal>,
    /// The timetable's view state.
    pub timetable: super::timetable::TimetableState,
    pub(super) previews: super::preview::Previews,
    /// "Freie Plätze…" of a session, when open.
    pub free_places: Option<super::dialogs::free_places::FreePlaces>,
    /// "Automatisch einplanen…" / "Konflikte auflösen…", when open.
    pub placing: Option<super::dialogs::placing::PlacingDialog>,
    pub(super) agenda_dialog: Option<AgendaDialog>,
    /// The agenda options last chosen (the dialog opens with them again).
    pub(super) agenda_settings: Option<AgendaSettings>,
    /// The agenda export running in the background.
    pub(super) agenda_job: Option<AgendaJob>,
    /// "Veröffentlichen…" and "Änderungen seit …".
    pub(super) publish: super::publish::PublishState,
}

fn bundled() -> Programme {
    crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap_or_default()
}

impl PodiumApp {
    /// Starts the editor: the given file, else the last opened one, else the bundled congress; then offers
    /// a recovery copy if the last run did not end properly.
    pub fn new(options: AppOptions) -> Self {
        let AppOptions { path, lang, prefs, files, recovery_dir, autosave_every } = options;
        let lang = lang
            .or_else(|| prefs.lang.as_deref().and_then(Lang::from_locale))
            .unwrap_or_else(|| Lang::resolve(None, |v| std::env::var(v).ok()));
        let mut message = None;
        let doc = match path.clone().or_else(|| prefs.recent_files.first().cloned()) {
            Some(path) => match Document::open(&path) {
                Ok(doc) => doc,
                Err(e) => {
                    message = Some((
                        t(lang, T::LoadFailed).to_owned(),
                        format!("{}\n{}", path.display(), i18n::load_error(lang, &e)),
                    ));
                    Document::bundled(bundled())
                }
            },
            None => Document::bundled(bundled()),
        };
        let recovery = recovery_dir.map(Recovery::new);
        let offered_recovery = recovery.as_ref().and_then(Recovery::read);
        let mut app = Self {
            doc,
            lang,
            prefs,
            view: View::Sessions,
            selected: None,
            search: String::new(),
            sort: SortState::default(),
            list_cache: ListCache::default(),
            clash_texts: ClashTexts::default(),
            scroll_to: None,
            files,
            recovery,
            autosave_every,
            last_autosave: None,
            last_disk_check: None,
            path_dialog: None,
            pending: None,
            after_save: None,
            message,
            offered_recovery,
            reload_offer: false,
            read_only_ask: None,
            status: None,
            quit_confirmed: false,
            title_shown: String::new(),
            form: None,
            delete_ask: None,
            timetable: super::timetable::TimetableState::default(),
            previews: super::preview::Previews::default(),
            free_places: None,
            placing: None,
            agenda_dialog: None,
            agenda_settings: None,
            agenda_job: None,
            publish: Default::default(),
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
        (!self.doc.is_dirty() && !form_changed) || self.quit_confirmed
    }

    /// One frame of the whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // While a dialog is open, Strg+S, Strg+Z and the like would act behind it: they wait.
        let mut actions: Vec<Action> = if super::dialogs::modal_open(&ctx) {
            Vec::new()
        } else {
            AppCommand::from_shortcuts(&ctx).into_iter().map(Action::Command).collect()
        };
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
        egui::Panel::bottom("status_bar").show(ui, |ui| status::status_ui(ui, lang, &self.doc, self.status.as_deref()));
        egui::Panel::left("navigation").resizable(false).exact_size(170.0).show(ui, |ui| {
            nav::nav_ui(ui, lang, self.doc.programme(), self.view, &mut actions);
        });
        if !self.prefs.hide_clash_panel {
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
        if !matches!(self.view, View::Event | View::Timetable) {
            egui::Panel::right("detail").resizable(true).min_size(300.0).default_size(420.0).show(ui, |ui| {
                let (p, revision) = (self.doc.programme(), self.doc.revision());
                match &mut self.form {
                    Some(form) => form.ui(ui, lang, p, revision, &mut actions),
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
        match self.view {
            View::Event => {
                let (p, revision) = (self.doc.programme(), self.doc.revision());
                ui.set_max_width(820.0);
                match &mut self.form {
                    Some(form) => form.ui(ui, lang, p, revision, actions),
                    None => detail::empty_ui(ui, lang),
                }
            }
            View::Timetable => {
                let doc = super::timetable::Doc {
                    p: self.doc.programme(),
                    clashes: self.doc.clashes(),
                    previews: &self.previews,
                    revision: self.doc.revision(),
                };
                super::timetable::ui(ui, lang, &doc, &mut self.timetable, self.selected.as_ref(), actions);
            }
            view => {
                ui.horizontal(|ui| {
                    list_buttons(ui, lang, view, self.selected.as_ref(), actions);
                    ui.separator();
                    let label = ui.label(t(lang, T::Search));
                    ui.add(egui::TextEdit::singleline(&mut self.search).desired_width(220.0)).labelled_by(label.id);
                });
                ui.add_space(4.0);
                let key =
                    ListKey { revision: self.doc.revision(), view, lang, search: self.search.clone(), sort: self.sort };
                let data = self.list_cache.get(key, self.doc.programme(), self.doc.clashes());
                let scroll_to = self
                    .scroll_to
                    .take()
                    .and_then(|k| data.rows.iter().position(|r| r.selected == Selected::Session(k.clone())));
                let view = TableView {
                    id: "entity_list",
                    headers: &data.headers,
                    rows: &data.rows,
                    selected: self.selected.as_ref(),
                    scroll_to,
                };
                table_ui(ui, &view, &mut self.sort, actions);
            }
        }
    }

    /// The full path for questions about the file, else its label.
    fn file_label(&self) -> String {
        self.doc.path().map_or_else(|| self.doc.file_label(self.lang), |p| p.display().to_string())
    }

    fn dialogs_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let lang = self.lang;
        if let Some(dialog) = &mut self.agenda_dialog {
            dialog.show(ctx, lang, self.doc.programme(), actions);
        }
        if let Some(dialog) = &mut self.publish.dialog {
            dialog.show(ctx, lang, actions);
        }
        if let Some(dialog) = &mut self.path_dialog {
            dialog.show(ctx, lang, &self.prefs.recent_files, actions);
        }
        if self.pending.is_some() {
            prompts::unsaved_ui(ctx, lang, &self.file_label(), actions);
        }
        if let Some((heading, text)) = &self.message {
            prompts::message_ui(ctx, lang, heading, text, actions);
        }
        if let Some((_, origin)) = &self.offered_recovery {
            let origin = origin.as_ref().map(|o| o.display().to_string()).unwrap_or_default();
            prompts::recovery_ui(ctx, lang, &origin, actions);
        }
        if self.reload_offer {
            prompts::reload_ui(ctx, lang, &self.file_label(), actions);
        }
        if let Some(path) = &self.read_only_ask {
            prompts::read_only_ui(ctx, lang, &path.display().to_string(), actions);
        }
        self.delete_dialog_ui(ctx, actions);
        self.placing_ui(ctx, actions);
    }

    /// Applies one action: the only place that changes the document.
    pub fn run(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(c) => self.command(ctx, c),
            Action::Nav(view) => {
                if self.view != view && self.leave_form() {
                    // The selection goes with the list it belongs to (a session stays selected between the
                    // session list and the timetable).
                    let keep = matches!(
                        (view, &self.selected),
                        (View::Sessions | View::Timetable, Some(Selected::Session(_)))
                            | (View::Days, Some(Selected::Day(_)))
                            | (View::Halls, Some(Selected::Hall(_)))
                            | (View::People, Some(Selected::Person(_)))
                            | (View::Tracks, Some(Selected::Track(_)))
                    );
                    if !keep {
                        self.selected = None;
                    }
                    self.view = view;
                    self.sort = SortState::default();
                }
            }
            Action::Select(s) => {
                if self.selected.as_ref() != Some(&s) && self.leave_form() {
                    self.selected = Some(s);
                }
            }
            Action::Reveal(key) => {
                if !self.leave_form() {
                    return;
                }
                self.view = View::Sessions;
                self.search.clear();
                self.selected = Some(Selected::Session(key.clone()));
                self.scroll_to = Some(key);
            }
            Action::Edit(edit) => match self.doc.apply(edit) {
                // What a dialog creates (a session, a break) is selected.
                Ok(created) => {
                    if let Some(key) = created.first() {
                        self.selected = Some(Selected::of(key));
                    }
                }
                Err(e) => self.message = Some((t(self.lang, T::Edit).to_owned(), e.to_string())),
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
                self.path_dialog = None;
                if self.leave_form() {
                    self.path_chosen(ctx, purpose, path);
                }
            }
            Action::AgendaChooseFile => {
                if let Some(dialog) = self.agenda_dialog.take() {
                    let format = dialog.settings.format;
                    self.agenda_settings = Some(dialog.settings);
                    self.choose(ctx, Purpose::Agenda(format));
                }
            }
            Action::CloseAgendaDialog => self.agenda_dialog = None,
            Action::ClosePathDialog => {
                self.path_dialog = None;
                self.after_save = None;
            }
            Action::Guard(choice) => self.guard_answered(ctx, choice),
            Action::Recover(restore) => self.recover(restore),
            Action::Reload(reload) => self.reload(reload),
            Action::ReplaceReadOnly(replace) => self.read_only_answered(ctx, replace),
            Action::DismissMessage => self.message = None,
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

    fn command(&mut self, ctx: &egui::Context, c: AppCommand) {
        // Whatever is typed into a form belongs to the document before it is saved, exported, undone or
        // left: apply it first (a form with input that was not understood keeps the user there).
        let touches_document = !matches!(c, AppCommand::ToggleClashPanel | AppCommand::About);
        if touches_document && !self.leave_form() {
            return;
        }
        match c {
            AppCommand::New => self.guarded(ctx, Pending::New),
            AppCommand::Open => self.guarded(ctx, Pending::Open),
            AppCommand::Import => self.guarded(ctx, Pending::Import),
            AppCommand::Quit => self.guarded(ctx, Pending::Quit),
            AppCommand::Save => match self.doc.path().map(Path::to_owned) {
                Some(path) => {
                    self.save_to(&path);
                }
                None => self.choose(ctx, Purpose::Save),
            },
            AppCommand::SaveAs => self.choose(ctx, Purpose::Save),
            AppCommand::Export => self.choose(ctx, Purpose::Export),
            AppCommand::ExportAgenda => {
                let settings = self.agenda_settings.clone();
                let mut dialog = AgendaDialog::new(self.lang);
                if let Some(settings) = settings {
                    dialog.settings = settings;
                }
                self.agenda_dialog = Some(dialog);
            }
            AppCommand::Undo => {
                self.doc.undo();
            }
            AppCommand::Redo => {
                self.doc.redo();
            }
            AppCommand::Schedule | AppCommand::Repair => {
                let repair = c == AppCommand::Repair;
                self.placing = Some(super::dialogs::placing::PlacingDialog::new(repair, self.doc.programme()));
            }
            AppCommand::ToggleClashPanel => self.prefs.hide_clash_panel = !self.prefs.hide_clash_panel,
            AppCommand::About => {
                let text = crate::i18n::about_text(self.lang, env!("CARGO_PKG_VERSION"));
                self.message = Some((t(self.lang, T::About).to_owned(), text));
            }
        }
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

/// "Neu…", "Duplizieren", "Löschen" for the list shown.
fn list_buttons(ui: &mut egui::Ui, lang: Lang, view: View, selected: Option<&Selected>, actions: &mut Vec<Action>) {
    use crate::i18n::{F, f};
    if ui.button(f(lang, F::New)).clicked() {
        actions.push(Action::NewEntity(view));
    }
    let chosen = super::form_ops::selected_in(view, selected);
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
