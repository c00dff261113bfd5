//! The editor's commands with their label and keyboard shortcut. All shortcuts are matched together in
//! [`AppCommand::from_shortcuts`], the most specific first (egui's `consume_shortcut` ignores extra
//! Shift).

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Lang, S, T, s, t};

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
    /// The shortcut overview (Hilfe).
    Shortcuts,
    /// First steps (Hilfe).
    FirstSteps,
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

/// The keys of forms, lists and dialogs, for the overview (they are handled where they act).
pub const CONTEXT_KEYS: [(Modifiers, Key, S); 10] = [
    (Modifiers::COMMAND, Key::Enter, S::ApplyForm),
    (Modifiers::NONE, Key::Escape, S::CloseDialog),
    (Modifiers::NONE, Key::Delete, S::DeleteSelected),
    (Modifiers::NONE, Key::Tab, S::NextField),
    (Modifiers::COMMAND, Key::A, S::ChooseAll),
    (Modifiers::COMMAND, Key::C, S::CopySessions),
    (Modifiers::COMMAND, Key::V, S::PasteSessions),
    (Modifiers::COMMAND, Key::D, S::DuplicateSessions),
    (Modifiers::NONE, Key::ArrowRight, S::MoveBlocksHall),
    (Modifiers::NONE, Key::ArrowDown, S::MoveBlocksTime),
];

impl AppCommand {
    /// Every command in menu order.
    pub const ALL: [Self; 16] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Import,
        Self::Export,
        Self::ExportAgenda,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::Schedule,
        Self::Repair,
        Self::ToggleClashPanel,
        Self::Shortcuts,
        Self::FirstSteps,
        Self::About,
    ];

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
            Self::Shortcuts => return s(lang, S::Shortcuts),
            Self::FirstSteps => return s(lang, S::FirstSteps),
        };
        t(lang, text)
    }

    /// Whether the command works on the document (an open form is applied first); showing a panel or a
    /// help window does not.
    pub fn touches_document(self) -> bool {
        !matches!(self, Self::ToggleClashPanel | Self::About | Self::Shortcuts | Self::FirstSteps)
    }

    /// Every shortcut of the command (Wiederholen has two).
    pub fn shortcuts(self) -> impl Iterator<Item = KeyboardShortcut> {
        Self::SHORTCUTS.into_iter().filter(move |(_, c)| *c == self).map(|(s, _)| s)
    }

    /// The shortcut shown in the menu.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        Self::SHORTCUTS.iter().find(|(_, c)| *c == self).map(|(s, _)| *s)
    }

    /// The shortcut as the menu shows it, with German key names in German (`Strg+Umschalt+S`).
    pub fn shortcut_text(self, lang: Lang) -> Option<String> {
        self.shortcut().map(|s| crate::i18n::shortcut_text(lang, s.modifiers, s.logical_key))
    }

    /// Commands whose shortcuts were pressed this frame, each press consumed and counted: two quick
    /// presses of Strg+Z that land in one frame undo twice. While a text field has the keyboard, Strg+Z
    /// and Strg+Y are the field's own (they undo typing, not the programme's last step).
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Self> {
        let typing = ctx.text_edit_focused();
        ctx.input_mut(|i| {
            let mut pressed = Vec::new();
            for (shortcut, c) in &Self::SHORTCUTS {
                if typing && matches!(c, Self::Undo | Self::Redo) {
                    continue;
                }
                let n = i.count_and_consume_key(shortcut.modifiers, shortcut.logical_key);
                pressed.extend(std::iter::repeat_n(*c, n));
            }
            pressed
        })
    }
}
