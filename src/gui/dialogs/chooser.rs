//! Podium's own file chooser, for desktops without a file-chooser portal (minimal desktops, Xvfb) — so
//! a chooser always exists. A folder field, the parent folder, the folder's subfolders and the files of
//! the purpose's formats, a name field (which also takes a whole path), and the formats it writes.
//!
//! `egui_file` 0.29 was tried and not taken: its folder and name fields carry no labels (screen readers
//! and tests find them only by position), it is a free window rather than a modal dialog, and it handles
//! Esc itself, where the shell closes exactly the top dialog.

use std::path::{Path, PathBuf};

use crate::gui::action::Action;
use crate::gui::files::Purpose;
use crate::i18n::{Lang, S, T, s, t};

/// One entry of the folder shown.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    dir: bool,
}

/// An open chooser.
#[derive(Clone, Debug)]
pub struct Chooser {
    /// What the file is for.
    pub purpose: Purpose,
    folder: PathBuf,
    folder_text: String,
    /// The typed or picked file name (or a whole path).
    pub name: String,
    entries: Result<Vec<Entry>, String>,
    focused: bool,
    /// A heading other than the purpose's ("Programmänderungen speichern").
    heading: Option<String>,
    /// An existing file to be written over: asked first.
    replace: Option<PathBuf>,
    /// The open programme's own file (an export never replaces it).
    own: Option<PathBuf>,
    /// For exports: whether drafts and cancelled sessions go in, and how many the programme has.
    pub drafts: Option<(bool, crate::export::LeftOut)>,
}

/// The title of a chooser for `purpose`.
pub fn title(lang: Lang, purpose: Purpose) -> &'static str {
    let text = match purpose {
        Purpose::Open => t(lang, T::Open),
        Purpose::Save => t(lang, T::SaveAs),
        Purpose::Import => t(lang, T::Import),
        Purpose::Export => t(lang, T::ExportFile),
        Purpose::Agenda(_) => t(lang, T::AgendaExport),
    };
    text.trim_end_matches('…')
}

fn confirm_word(lang: Lang, purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Open => s(lang, S::ChooserOpen),
        Purpose::Import => s(lang, S::ChooserImport),
        Purpose::Save | Purpose::Agenda(_) => t(lang, T::Save),
        Purpose::Export => s(lang, S::ChooserExport),
    }
}

impl Chooser {
    /// A chooser for `purpose` showing `folder`, with `name` suggested.
    pub fn new(purpose: Purpose, folder: PathBuf, name: Option<String>) -> Self {
        let mut chooser = Self {
            purpose,
            folder_text: folder.display().to_string(),
            folder,
            name: name.unwrap_or_default(),
            entries: Ok(Vec::new()),
            focused: false,
            heading: None,
            replace: None,
            own: None,
            drafts: None,
        };
        chooser.read();
        chooser
    }

    /// The chooser with its own heading.
    pub fn with_heading(mut self, heading: String) -> Self {
        self.heading = Some(heading);
        self
    }

    /// The chooser knows the open programme's file.
    pub fn with_own(mut self, own: Option<PathBuf>) -> Self {
        self.own = own;
        self
    }

    /// The chooser of an export, with the choice to include drafts and cancelled sessions (`left` counts
    /// them).
    pub fn with_drafts(mut self, include: bool, left: crate::export::LeftOut) -> Self {
        self.drafts = Some((include, left));
        self
    }

    /// The folder shown.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Shows another folder.
    pub fn go_to(&mut self, folder: PathBuf) {
        self.folder_text = folder.display().to_string();
        self.folder = folder;
        self.read();
    }

    fn read(&mut self) {
        let wanted = self.purpose.extensions();
        self.entries = std::fs::read_dir(&self.folder).map_err(|e| e.to_string()).map(|dir| {
            let mut entries: Vec<Entry> = dir
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let dir = e.path().is_dir();
                    let listed = !name.starts_with('.')
                        && (dir
                            || Path::new(&name)
                                .extension()
                                .and_then(|x| x.to_str())
                                .is_some_and(|x| wanted.iter().any(|w| x.eq_ignore_ascii_case(w))));
                    listed.then_some(Entry { name, dir })
                })
                .collect();
            entries.sort_by(|a, b| b.dir.cmp(&a.dir).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));
            entries
        });
    }

    /// The path the name stands for: a whole path as typed, else the name in the folder shown.
    pub fn chosen(&self) -> Option<PathBuf> {
        let name = self.name.trim();
        if name.is_empty() {
            return None;
        }
        let typed = Path::new(name);
        Some(if typed.is_absolute() { typed.to_owned() } else { self.folder.join(typed) })
    }

    /// Whether the chosen path can be taken: a file that exists to open or import, any name that is not
    /// a folder to write (a folder that is missing is told by the failed save, with the reason).
    fn can_take(&self) -> bool {
        self.chosen().is_some_and(|p| if self.purpose.writes() { !p.is_dir() } else { p.is_file() })
    }

    /// Draws the chooser; pushes `Path` when a file is taken (`CloseModal` comes from the shell on Esc).
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        let heading = self.heading.clone().unwrap_or_else(|| title(lang, self.purpose).to_owned());
        let mut go: Option<PathBuf> = None;
        let mut take = false;
        if let Some(path) = self.replace.clone() {
            self.replace_ui(ctx, lang, &path, actions);
            return;
        }
        egui::Modal::new(egui::Id::unique("file_chooser")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(heading);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(s(lang, S::Folder));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut self.folder_text).desired_width(360.0))
                    .labelled_by(label.id);
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    go = Some(PathBuf::from(self.folder_text.trim()));
                }
                let up = self.folder.parent().map(Path::to_owned);
                if ui.add_enabled(up.is_some(), egui::Button::new(s(lang, S::ParentFolder))).clicked() {
                    go = up;
                }
            });
            ui.add_space(4.0);
            let row = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                // Always as tall: the buttons below never move with the number of files.
                ui.set_min_height(row * 12.0);
                match &self.entries {
                    Err(reason) => {
                        ui.colored_label(
                            ui.visuals().error_fg_color,
                            format!("{}: {reason}", s(lang, S::FolderUnreadable)),
                        );
                    }
                    Ok(entries) if entries.is_empty() => {
                        ui.label(egui::RichText::new(s(lang, S::NoFilesHere)).weak());
                    }
                    Ok(entries) => {
                        egui::ScrollArea::vertical().max_height(row * 12.0).auto_shrink([false, false]).show_rows(
                            ui,
                            row,
                            entries.len(),
                            |ui, range| {
                                for entry in &entries[range] {
                                    let text = if entry.dir { format!("{}/", entry.name) } else { entry.name.clone() };
                                    let picked = !entry.dir && self.name == entry.name;
                                    let response = ui.selectable_label(picked, text);
                                    if entry.dir && response.clicked() {
                                        go = Some(self.folder.join(&entry.name));
                                    } else if !entry.dir && response.clicked() {
                                        self.name.clone_from(&entry.name);
                                    }
                                    if !entry.dir && response.double_clicked() {
                                        self.name.clone_from(&entry.name);
                                        take = true;
                                    }
                                }
                            },
                        );
                    }
                }
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(s(lang, S::FileName));
                let field =
                    ui.add(egui::TextEdit::singleline(&mut self.name).desired_width(420.0)).labelled_by(label.id);
                if !self.focused {
                    field.request_focus();
                    self.focused = true;
                }
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    take = true;
                }
            });
            if let Some((include, left)) = &mut self.drafts {
                ui.checkbox(include, t(lang, T::IncludeDrafts));
                let note =
                    if *include { None } else { crate::i18n::export_left_out(lang, left.drafts, left.cancelled) };
                ui.label(egui::RichText::new(note.unwrap_or_default()).color(ui.visuals().warn_fg_color));
            }
            let formats: Vec<String> = self.purpose.extensions().iter().map(|e| format!(".{e}")).collect();
            ui.label(egui::RichText::new(format!("{}: {}", s(lang, S::Formats), formats.join(", "))).weak());
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let can = self.can_take();
                if ui.add_enabled(can, egui::Button::new(confirm_word(lang, self.purpose))).clicked() {
                    take = true;
                }
                if ui.button(t(lang, T::Cancel)).clicked() {
                    actions.push(Action::CloseModal);
                }
            });
        });
        if let Some(folder) = go {
            self.go_to(folder);
        }
        if take
            && self.can_take()
            && let Some(path) = self.chosen()
        {
            if self.asks_before_replacing(&path) {
                self.replace = Some(path);
            } else {
                actions.push(Action::Path(self.purpose, path));
            }
        }
    }

    /// Whether writing `path` replaces a file the user should be asked about: not a programme saved under
    /// another format's name, nor the open programme's own file as an export (both are refused with a
    /// sentence why).
    fn asks_before_replacing(&self, path: &Path) -> bool {
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        let refused = match self.purpose {
            Purpose::Save => ext.is_some_and(|e| e != "ron"),
            _ => self.own.as_deref().is_some_and(|own| crate::format::same_file(own, path)),
        };
        self.purpose.writes() && path.is_file() && !refused
    }

    /// "Diese Datei gibt es schon. Ersetzen?" before writing over a file.
    fn replace_ui(&mut self, ctx: &egui::Context, lang: Lang, path: &Path, actions: &mut Vec<Action>) {
        egui::Modal::new(egui::Id::unique("file_chooser_replace")).show(ctx, |ui| {
            ui.set_width(480.0);
            ui.heading(s(lang, S::ReplaceQuestion));
            ui.label(path.display().to_string());
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(s(lang, S::Replace)).clicked() {
                    actions.push(Action::Path(self.purpose, path.to_owned()));
                }
                if ui.button(t(lang, T::Cancel)).clicked() {
                    self.replace = None;
                }
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_and_the_purposes_files_only() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("Archiv")).unwrap();
        for name in ["b.ron", "a.RON", "c.xml", ".versteckt.ron"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let chooser = Chooser::new(Purpose::Open, dir.path().to_owned(), None);
        let names: Vec<&str> = chooser.entries.as_ref().unwrap().iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Archiv", "a.RON", "b.ron"]);
        let import = Chooser::new(Purpose::Import, dir.path().to_owned(), None);
        assert_eq!(import.entries.as_ref().unwrap().len(), 2);
    }

    #[test]
    fn a_whole_path_in_the_name_field_is_taken_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let mut chooser = Chooser::new(Purpose::Save, dir.path().to_owned(), Some("nsp.ron".into()));
        assert_eq!(chooser.chosen(), Some(dir.path().join("nsp.ron")));
        assert!(chooser.can_take());
        chooser.name = dir.path().display().to_string();
        assert!(!chooser.can_take(), "a folder is not a file name");
        let open = Chooser::new(Purpose::Open, dir.path().to_owned(), Some("fehlt.ron".into()));
        assert!(!open.can_take(), "only a file that exists opens");
        let unreadable = Chooser::new(Purpose::Open, dir.path().join("fehlt"), None);
        assert!(unreadable.entries.is_err());
    }
}
