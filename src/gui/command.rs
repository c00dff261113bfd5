//! The editor's commands with their label and keyboard shortcut. All shortcuts are matched together in
//! [`AppCommand::from_shortcuts`], the most specific first (egui's `consume_shortcut` ignores extra
//! Shift).

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Lang, T, t};

/// A command from the menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppCommand {
    /// A new, empty programme.
    New,
    /// Open a programme.
    Open,
    /// Save to the current file.
    Save,
    /// Save to another file.
    SaveAs,
    /// Import a schedule file.
    Import,
    /// Export schedule XML/JSON, iCal, CSV.
    Export,
    /// The printable agenda (PDF, HTML) with its options.
    ExportAgenda,
    /// Quit.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo.
    Redo,
    /// Place the unplaced sessions ("Automatisch einplanen…").
    Schedule,
    /// Move sessions out of their clashes ("Konflikte auflösen…").
    Repair,
    /// Show or hide the clash panel.
    ToggleClashPanel,
    /// About Podium.
    About,
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl AppCommand {
    /// Shortcuts in matching order: those with Shift before the same key without.
    const SHORTCUTS: [(KeyboardShortcut, Self); 11] = [
        (cmd_shift(Key::S), Self::SaveAs),
        (cmd_shift(Key::Z), Self::Redo),
        (cmd(Key::S), Self::Save),
        (cmd(Key::Z), Self::Undo),
        (cmd(Key::Y), Self::Redo),
        (cmd(Key::N), Self::New),
        (cmd(Key::O), Self::Open),
        (cmd(Key::I), Self::Import),
        (cmd(Key::E), Self::Export),
        (cmd(Key::P), Self::ExportAgenda),
        (cmd(Key::Q), Self::Quit),
    ];

    /// The menu label.
    pub fn label(self, lang: Lang) -> &'static str {
        use crate::i18n::{PlaceWord, place_word};
        let text = match self {
            Self::Schedule => return place_word(lang, PlaceWord::Schedule),
            Self::Repair => return place_word(lang, PlaceWord::Repair),
            Self::New => T::New,
            Self::Open => T::Open,
            Self::Save => T::Save,
            Self::SaveAs => T::SaveAs,
            Self::Import => T::Import,
            Self::Export => T::ExportFile,
            Self::ExportAgenda => T::Agenda,
            Self::Quit => T::Quit,
            Self::Undo => T::Undo,
            Self::Redo => T::Redo,
            Self::ToggleClashPanel => T::ClashPanel,
            Self::About => T::About,
        };
        t(lang, text)
    }

    /// The shortcut shown in the menu.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        Self::SHORTCUTS.iter().find(|(_, c)| *c == self).map(|(s, _)| *s)
    }

    /// Commands whose shortcuts were pressed this frame (each consumed).
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Self> {
        ctx.input_mut(|i| Self::SHORTCUTS.iter().filter(|(s, _)| i.consume_shortcut(s)).map(|(_, c)| *c).collect())
    }
}
