//! The editor shell's words: the file chooser, the questions of the dialog stack, the recovery copy,
//! the Hilfe windows (Tastenkürzel, Erste Schritte), the guidance of an empty programme, and the names of
//! keys as German keyboards print them (Strg, Umschalt, Entf, Eingabe).

use super::Lang;
use super::catalogue::{tr, word};

/// A piece of shell text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum S {
    Folder,
    ParentFolder,
    FileName,
    Formats,
    FolderUnreadable,
    NoFilesHere,
    ChooserOpen,
    ChooserImport,
    ChooserExport,
    LeaveFormHeading,
    LeaveFormText,
    BackToForm,
    RecoveryLater,
    RecoveryWriteFailed,
    Shortcuts,
    FirstSteps,
    Close,
    ShortcutKeys,
    ShortcutWhat,
    FirstStepsText,
    EmptyHeading,
    EmptyText,
    StepDays,
    StepHalls,
    StepSessions,
    StepDaysHint,
    StepHallsHint,
    StepSessionsHint,
    AboutText,
    ApplyForm,
    CloseDialog,
    DeleteSelected,
    NextField,
    Done,
    ExportNeedsExtension,
    ChooseAll,
    CopySessions,
    PasteSessions,
    DuplicateSessions,
    MoveBlocksHall,
    MoveBlocksTime,
    ReplaceQuestion,
    Replace,
    NewEventTitle,
    FilterSchedule,
    FilterAgenda,
    FilterExport,
    LeaveSeveralText,
}

/// The text of `text` in `lang`.
pub fn s(lang: Lang, text: S) -> &'static str {
    word(
        lang,
        match text {
            S::Folder => "shell-folder",
            S::ParentFolder => "shell-parent-folder",
            S::FileName => "shell-file-name",
            S::Formats => "shell-formats",
            S::FolderUnreadable => "shell-folder-unreadable",
            S::NoFilesHere => "shell-no-files-here",
            S::ChooserOpen => "shell-chooser-open",
            S::ChooserImport => "shell-chooser-import",
            S::ChooserExport => "shell-chooser-export",
            S::LeaveFormHeading => "shell-leave-form-heading",
            S::LeaveFormText => "shell-leave-form-text",
            S::BackToForm => "shell-back-to-form",
            S::RecoveryLater => "shell-recovery-later",
            S::RecoveryWriteFailed => "shell-recovery-write-failed",
            S::Shortcuts => "shell-shortcuts",
            S::FirstSteps => "shell-first-steps",
            S::Close => "shell-close",
            S::ShortcutKeys => "shell-shortcut-keys",
            S::ShortcutWhat => "shell-shortcut-what",
            S::FirstStepsText => "shell-first-steps-text",
            S::EmptyHeading => "shell-empty-heading",
            S::EmptyText => "shell-empty-text",
            S::StepDays => "shell-step-days",
            S::StepHalls => "shell-step-halls",
            S::StepSessions => "shell-step-sessions",
            S::StepDaysHint => "shell-step-days-hint",
            S::StepHallsHint => "shell-step-halls-hint",
            S::StepSessionsHint => "shell-step-sessions-hint",
            S::AboutText => "shell-about-text",
            S::ApplyForm => "shell-apply-form",
            S::CloseDialog => "shell-close-dialog",
            S::DeleteSelected => "shell-delete-selected",
            S::NextField => "shell-next-field",
            S::Done => "shell-done",
            S::ChooseAll => "shell-choose-all",
            S::CopySessions => "shell-copy-sessions",
            S::PasteSessions => "shell-paste-sessions",
            S::DuplicateSessions => "shell-duplicate-sessions",
            S::MoveBlocksHall => "shell-move-blocks-hall",
            S::MoveBlocksTime => "shell-move-blocks-time",
            S::ReplaceQuestion => "shell-replace-question",
            S::Replace => "shell-replace",
            S::NewEventTitle => "shell-new-event-title",
            S::FilterSchedule => "shell-filter-schedule",
            S::FilterAgenda => "shell-filter-agenda",
            S::FilterExport => "shell-filter-export",
            S::LeaveSeveralText => "shell-leave-several-text",
            S::ExportNeedsExtension => "shell-export-needs-extension",
        },
    )
}

/// The drafts and cancelled sessions an export leaves out, named: "5 Entwürfe und 1 abgesagte Session"
/// (`None` when none).
pub(super) fn left_out_what(lang: Lang, drafts: usize, cancelled: usize) -> Option<String> {
    let d = (drafts > 0).then(|| super::counted(lang, "shell-left-drafts", drafts));
    let c = (cancelled > 0).then(|| super::counted(lang, "shell-left-cancelled", cancelled));
    match (d, c) {
        (None, None) => None,
        (Some(x), None) | (None, Some(x)) => Some(x),
        (Some(d), Some(c)) => Some(tr!(lang, "shell-left-both", drafts = d, cancelled = c)),
    }
}

/// What a schedule export left out: "5 Entwürfe und 1 abgesagte Session nicht exportiert" (`None` when
/// nothing).
pub fn export_left_out(lang: Lang, drafts: usize, cancelled: usize) -> Option<String> {
    left_out_what(lang, drafts, cancelled).map(|what| tr!(lang, "shell-left-out", what = what))
}

#[cfg(feature = "gui")]
/// The name of a key as the keyboards of `lang` print it (Eingabe, Entf, Umschalt).
pub fn key_name(lang: Lang, key: egui::Key) -> String {
    use egui::Key;
    let id = match key {
        Key::Enter => "shell-key-enter",
        Key::Escape => "shell-key-escape",
        Key::Delete => "shell-key-delete",
        Key::Backspace => "shell-key-backspace",
        Key::Tab => "shell-key-tab",
        Key::Space => "shell-key-space",
        Key::ArrowUp => "shell-key-up",
        Key::ArrowDown => "shell-key-down",
        Key::ArrowLeft => "shell-key-left",
        Key::ArrowRight => "shell-key-right",
        Key::PageUp => "shell-key-page-up",
        Key::PageDown => "shell-key-page-down",
        Key::Home => "shell-key-home",
        Key::End => "shell-key-end",
        _ => return key.symbol_or_name().to_owned(),
    };
    word(lang, id).to_owned()
}

#[cfg(feature = "gui")]
/// A shortcut as the menu and the overview show it: `Strg+Umschalt+S`, `Ctrl+Shift+S`.
pub fn shortcut_text(lang: Lang, modifiers: egui::Modifiers, key: egui::Key) -> String {
    let mut parts: Vec<String> = Vec::new();
    if modifiers.command || modifiers.ctrl {
        parts.push(word(lang, "shell-key-ctrl").to_owned());
    }
    if modifiers.alt {
        parts.push(word(lang, "shell-key-alt").to_owned());
    }
    if modifiers.shift {
        parts.push(word(lang, "shell-key-shift").to_owned());
    }
    parts.push(key_name(lang, key));
    parts.join("+")
}

#[cfg(all(test, feature = "gui"))]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_read_as_german_keyboards_print_them() {
        let cmd_shift = egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT);
        assert_eq!(shortcut_text(Lang::De, cmd_shift, egui::Key::S), "Strg+Umschalt+S");
        assert_eq!(shortcut_text(Lang::En, cmd_shift, egui::Key::S), "Ctrl+Shift+S");
        assert_eq!(shortcut_text(Lang::De, egui::Modifiers::NONE, egui::Key::Delete), "Entf");
        assert_eq!(shortcut_text(Lang::De, egui::Modifiers::COMMAND, egui::Key::Enter), "Strg+Eingabe");
    }
}
