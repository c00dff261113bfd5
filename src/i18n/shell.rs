//! The editor shell's words: the file chooser, the questions of the dialog stack, the recovery copy,
//! the Hilfe windows (Tastenkürzel, Erste Schritte), the guidance of an empty programme, and the names of
//! keys as German keyboards print them (Strg, Umschalt, Entf, Eingabe).

use super::Lang;

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
}

/// The text of `text` in `lang`.
pub fn s(lang: Lang, text: S) -> &'static str {
    let (de, en) = match text {
        S::Folder => ("Ordner", "Folder"),
        S::ParentFolder => ("Übergeordneter Ordner", "Parent folder"),
        S::FileName => ("Dateiname", "File name"),
        S::Formats => ("Formate", "Formats"),
        S::FolderUnreadable => ("Dieser Ordner lässt sich nicht lesen", "This folder cannot be read"),
        S::NoFilesHere => ("Keine passenden Dateien in diesem Ordner", "No matching files in this folder"),
        S::ChooserOpen => ("Öffnen", "Open"),
        S::ChooserImport => ("Importieren", "Import"),
        S::ChooserExport => ("Exportieren", "Export"),
        S::LeaveFormHeading => ("Formular verlassen?", "Leave the form?"),
        S::LeaveFormText => (
            "Das Formular enthält Eingaben, die Podium nicht versteht (sie sind im Formular markiert). \
             Verwerfen nimmt sie zurück; Zurück zum Formular lässt sie stehen.",
            "The form holds input Podium does not understand (it is marked in the form). Discard drops it; \
             Back to the form keeps it.",
        ),
        S::BackToForm => ("Zurück zum Formular", "Back to the form"),
        S::RecoveryLater => ("Später", "Later"),
        S::RecoveryWriteFailed => (
            "Die Wiederherstellungskopie ließ sich nicht schreiben; Podium versucht es weiter",
            "The recovery copy could not be written; Podium keeps trying",
        ),
        S::Shortcuts => ("Tastenkürzel", "Keyboard shortcuts"),
        S::FirstSteps => ("Erste Schritte", "First steps"),
        S::Close => ("Schließen", "Close"),
        S::ShortcutKeys => ("Tasten", "Keys"),
        S::ShortcutWhat => ("Wirkung", "Action"),
        S::FirstStepsText => (
            "1. Veranstaltung: Titel, Kürzel und Zeitzone unter „Veranstaltung“ eintragen.\n\
             2. Tage anlegen: jeder Kongresstag mit Datum und Öffnungszeiten.\n\
             3. Säle anlegen: Name, Plätze, Verfügbarkeit je Tag.\n\
             4. Personen anlegen: Referentinnen und Referenten mit ihrer Verfügbarkeit.\n\
             5. Sessions anlegen und im Zeitplan auf Tag, Saal und Uhrzeit ziehen.\n\
             Konflikte (Doppelbelegungen, zu kleine Säle, fehlende Wechselzeit) stehen rechts, sobald sie \
             entstehen; ein Klick darauf zeigt die betroffene Session.\n\
             Speichern (Strg+S) schreibt das Programm als lesbare Datei (Endung .ron), die sich weitergeben \
             und vergleichen lässt. Export schreibt die Agenda zum Drucken (PDF, HTML), Kalender (ICS), Tabellen \
             (CSV) und Programmdaten für Kongress-Apps und Websites (XML, JSON).",
            "1. Event: enter title, acronym and time zone under “Event”.\n\
             2. Create days: each congress day with its date and opening hours.\n\
             3. Create halls: name, seats, availability per day.\n\
             4. Create people: speakers with their availability.\n\
             5. Create sessions and drag them onto day, hall and time in the timetable.\n\
             Clashes (double bookings, halls too small, too little changeover) appear on the right as they \
             arise; a click on one shows the session concerned.\n\
             Save (Ctrl+S) writes the programme as a readable file (extension .ron) to pass on and compare. \
             Export writes the agenda for print (PDF, HTML), calendars (ICS), spreadsheets (CSV) and programme \
             data for congress apps and websites (XML, JSON).",
        ),
        S::EmptyHeading => ("Ein neues Programm", "A new programme"),
        S::EmptyText => {
            ("Noch gibt es nichts zu planen. So geht es los:", "There is nothing to plan yet. This is how to start:")
        }
        S::StepDays => ("1. Tage anlegen", "1. Create days"),
        S::StepHalls => ("2. Säle anlegen", "2. Create halls"),
        S::StepSessions => ("3. Sessions anlegen", "3. Create sessions"),
        S::StepDaysHint => ("Datum und Öffnungszeiten jedes Kongresstags", "Date and opening hours of each day"),
        S::StepHallsHint => ("Die Räume mit ihren Plätzen", "The rooms with their seats"),
        S::StepSessionsHint => (
            "Vorträge, Podien, Pausen – danach im Zeitplan platzieren",
            "Talks, panels, breaks – then place them in the timetable",
        ),
        S::AboutText => (
            "Podium plant Kongressprogramme: Tage, Säle, Personen und Sessions, mit laufender Konfliktprüfung, \
             lesbaren RON-Dateien, gedruckten Agenden und Schedule-Exporten.",
            "Podium plans congress programmes: days, halls, people and sessions, with live clash checks, \
             readable RON files, printed agendas and schedule exports.",
        ),
        S::ApplyForm => ("Formular übernehmen", "Apply the form"),
        S::CloseDialog => ("Dialog schließen, Formular verwerfen", "Close a dialog, discard the form"),
        S::DeleteSelected => ("Ausgewähltes löschen", "Delete the selection"),
        S::NextField => ("Nächstes Feld", "Next field"),
        S::Done => ("erledigt", "done"),
        S::ChooseAll => ("Alle Sessions der Suche auswählen (Liste)", "Choose every session of the search (list)"),
        S::CopySessions => ("Ausgewählte Sessions kopieren", "Copy the chosen sessions"),
        S::PasteSessions => (
            "Einfügen als Entwürfe (an der Zelle unter dem Mauszeiger)",
            "Paste as drafts (at the cell under the pointer)",
        ),
        S::DuplicateSessions => ("Ausgewählte Sessions duplizieren", "Duplicate the chosen sessions"),
        S::MoveBlocksHall => (
            "Ausgewählte Blöcke einen Saal weiter (Pfeil links/rechts)",
            "Move the chosen blocks one hall (left/right)",
        ),
        S::MoveBlocksTime => (
            "Ausgewählte Blöcke einen Schritt verschieben (Pfeil hoch/runter)",
            "Move the chosen blocks one step (up/down)",
        ),
        S::ReplaceQuestion => ("Diese Datei gibt es schon. Ersetzen?", "This file exists already. Replace it?"),
        S::Replace => ("Ersetzen", "Replace"),
        S::ExportNeedsExtension => {
            ("Endung .xml, .json, .ics, .csv oder .ron erwartet", "expected .xml, .json, .ics, .csv or .ron")
        }
    };
    lang.pick(de, en)
}

/// What a schedule export left out: "5 Entwürfe und 1 abgesagte Session nicht exportiert" (`None` when
/// nothing).
pub fn export_left_out(lang: Lang, drafts: usize, cancelled: usize) -> Option<String> {
    let part = |n: usize, de1: &str, den: &str, en1: &str, enn: &str| match (n, lang) {
        (0, _) => None,
        (1, Lang::De) => Some(format!("1 {de1}")),
        (n, Lang::De) => Some(format!("{n} {den}")),
        (1, Lang::En) => Some(format!("1 {en1}")),
        (n, Lang::En) => Some(format!("{n} {enn}")),
    };
    let d = part(drafts, "Entwurf", "Entwürfe", "draft", "drafts");
    let c = part(cancelled, "abgesagte Session", "abgesagte Sessions", "cancelled session", "cancelled sessions");
    let what = match (d, c) {
        (None, None) => return None,
        (Some(x), None) | (None, Some(x)) => x,
        (Some(d), Some(c)) => format!("{d} {} {c}", lang.pick("und", "and")),
    };
    Some(format!("{what} {}", lang.pick("nicht exportiert", "not exported")))
}

#[cfg(feature = "gui")]
/// The name of a key as the keyboards of `lang` print it.
pub fn key_name(lang: Lang, key: egui::Key) -> String {
    use egui::Key;
    let de = lang == Lang::De;
    let named = match key {
        Key::Enter => Some(if de { "Eingabe" } else { "Enter" }),
        Key::Escape => Some("Esc"),
        Key::Delete => Some(if de { "Entf" } else { "Del" }),
        Key::Backspace => Some(if de { "Rücktaste" } else { "Backspace" }),
        Key::Tab => Some("Tab"),
        Key::Space => Some(if de { "Leertaste" } else { "Space" }),
        Key::ArrowUp => Some(if de { "Pfeil hoch" } else { "Up" }),
        Key::ArrowDown => Some(if de { "Pfeil runter" } else { "Down" }),
        Key::ArrowLeft => Some(if de { "Pfeil links" } else { "Left" }),
        Key::ArrowRight => Some(if de { "Pfeil rechts" } else { "Right" }),
        Key::PageUp => Some(if de { "Bild auf" } else { "Page Up" }),
        Key::PageDown => Some(if de { "Bild ab" } else { "Page Down" }),
        Key::Home => Some(if de { "Pos1" } else { "Home" }),
        Key::End => Some(if de { "Ende" } else { "End" }),
        _ => None,
    };
    named.map_or_else(|| key.symbol_or_name().to_owned(), str::to_owned)
}

#[cfg(feature = "gui")]
/// A shortcut as the menu and the overview show it: `Strg+Umschalt+S`, `Ctrl+Shift+S`.
pub fn shortcut_text(lang: Lang, modifiers: egui::Modifiers, key: egui::Key) -> String {
    let de = lang == Lang::De;
    let mut parts: Vec<String> = Vec::new();
    if modifiers.command || modifiers.ctrl {
        parts.push(if de { "Strg" } else { "Ctrl" }.to_owned());
    }
    if modifiers.alt {
        parts.push("Alt".to_owned());
    }
    if modifiers.shift {
        parts.push(if de { "Umschalt" } else { "Shift" }.to_owned());
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
