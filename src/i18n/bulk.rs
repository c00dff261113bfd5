//! The words of working on many sessions at once (the bulk form, moving and copying several sessions,
//! "Ab hier verschieben…", "Tag duplizieren…", the timetable's search and legend) and the note on what a
//! public export leaves out, in German and English. Counted phrases have one arm per plural form.

use super::Lang;

/// A fixed word or phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum B {
    /// The marker of a field whose value differs between the chosen sessions.
    Differs,
    /// Day.
    Day,
    /// Hall.
    Hall,
    /// Track.
    Track,
    /// Status.
    Status,
    /// Kind.
    Kind,
    /// No day, hall or track.
    None,
    /// Every hall.
    AllHalls,
    /// Apply the changes of the bulk form.
    ApplyAll,
    /// Delete every chosen session.
    DeleteAll,
    /// Copy every chosen session.
    DuplicateAll,
    /// Yes, delete.
    ConfirmDelete,
    /// Cancel.
    Cancel,
    /// Deselect.
    Deselect,
    /// The "Ab hier verschieben…" button and dialog.
    ShiftLater,
    /// Its explanation.
    ShiftIntro,
    /// From.
    From,
    /// Minutes.
    ByMinutes,
    /// In which halls.
    InHalls,
    /// Move.
    Move,
    /// "Tag duplizieren…".
    DuplicateDay,
    /// Date of the new day.
    NewDate,
    /// Copy the day's sessions.
    WithSessions,
    /// Create.
    Create,
    /// The timetable's search field.
    Search,
    /// Next match.
    NextMatch,
    /// "Alle Säle einpassen".
    FitHalls,
    /// The legend's heading.
    Legend,
    /// Open the form beside the grid.
    CloseForm,
    /// The hint for the multiple selection.
    SelectHint,
    /// An invalid date.
    BadDate,
    /// An invalid time or number of minutes in "Ab hier verschieben…".
    BadShift,
    /// A drag of several blocks where one would leave the halls of the day.
    GroupLeavesHalls,
    /// A drag of several blocks where one would leave the day's clock.
    GroupLeavesDay,
}

/// The text of a word.
pub fn bulk_word(lang: Lang, word: B) -> &'static str {
    let (de, en) = match word {
        B::Differs => ("— (verschieden)", "— (differs)"),
        B::Day => ("Tag", "Day"),
        B::Hall => ("Saal", "Hall"),
        B::Track => ("Track", "Track"),
        B::Status => ("Status", "Status"),
        B::Kind => ("Art", "Kind"),
        B::None => ("(keiner)", "(none)"),
        B::AllHalls => ("Alle Säle", "All halls"),
        B::ApplyAll => ("Für alle übernehmen", "Apply to all"),
        B::DeleteAll => ("Alle löschen…", "Delete all…"),
        B::DuplicateAll => ("Alle duplizieren", "Duplicate all"),
        B::ConfirmDelete => ("Ja, alle löschen", "Yes, delete all"),
        B::Cancel => ("Abbrechen", "Cancel"),
        B::Deselect => ("Auswahl aufheben", "Clear selection"),
        B::ShiftLater => ("Ab hier verschieben…", "Shift later…"),
        B::ShiftIntro => (
            "Jede Session, die ab dieser Zeit beginnt, wird um die Minuten verschoben.",
            "Every session starting at or after this time moves by the minutes.",
        ),
        B::From => ("Ab", "From"),
        B::ByMinutes => ("Minuten (negativ: früher)", "Minutes (negative: earlier)"),
        B::InHalls => ("In", "In"),
        B::Move => ("Verschieben", "Move"),
        B::DuplicateDay => ("Tag duplizieren…", "Duplicate day…"),
        B::NewDate => ("Datum des neuen Tages", "Date of the new day"),
        B::WithSessions => ("Sessions mitkopieren (als Entwürfe)", "Copy its sessions too (as drafts)"),
        B::Create => ("Anlegen", "Create"),
        B::Search => ("Im Zeitplan suchen", "Search the timetable"),
        B::NextMatch => ("Nächster Treffer", "Next match"),
        B::FitHalls => ("Alle Säle einpassen", "Fit all halls"),
        B::Legend => ("Tracks:", "Tracks:"),
        B::CloseForm => ("Formular schließen", "Close form"),
        B::SelectHint => (
            "Strg+Klick wählt weitere Sessions, Umschalt+Klick einen Bereich, Strg+A alle.",
            "Ctrl+click adds sessions, Shift+click a range, Ctrl+A all.",
        ),
        B::BadDate => ("Datum als TT.MM.JJJJ oder JJJJ-MM-TT", "Date as DD.MM.YYYY or YYYY-MM-DD"),
        B::BadShift => ("Zeit als 14:30, Minuten als 15 oder -10", "Time as 14:30, minutes as 15 or -10"),
        B::GroupLeavesHalls => (
            "Nicht alle ausgewählten Sessions passen in die Säle dieses Tages",
            "Not every chosen session fits into this day's halls",
        ),
        B::GroupLeavesDay => (
            "Nicht alle ausgewählten Sessions passen in die Uhrzeiten dieses Tages",
            "Not every chosen session fits into this day's hours",
        ),
    };
    lang.pick(de, en)
}

impl B {
    /// "Am 15.09.2022 gibt es schon den Tag „Kongresstag“ – bitte ein anderes Datum wählen" in "Tag
    /// duplizieren…".
    pub fn date_taken(lang: Lang, date: chrono::NaiveDate, day: &str) -> String {
        match lang {
            Lang::De => {
                format!("Am {} gibt es schon den Tag „{day}“ – bitte ein anderes Datum wählen", date.format("%d.%m.%Y"))
            }
            Lang::En => format!(
                "There is already the day \"{day}\" on {} – please choose another date",
                date.format("%Y-%m-%d")
            ),
        }
    }
}

/// "7 Sessions ausgewählt".
pub fn selected_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, 1) => "1 Session ausgewählt".to_owned(),
        (Lang::De, n) => format!("{n} Sessions ausgewählt"),
        (Lang::En, 1) => "1 session selected".to_owned(),
        (Lang::En, n) => format!("{n} sessions selected"),
    }
}

/// What a bulk action does, as its undo label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BulkLabel {
    /// Changed with the bulk form.
    Change,
    /// Deleted.
    Delete,
    /// Duplicated or pasted.
    Copy,
    /// Moved (dragged, by the arrow keys, or "Ab hier verschieben…").
    Move,
    /// A day duplicated with its sessions.
    DayCopy,
    /// Taken out of the timetable (dropped on "Nicht eingeplant").
    Unschedule,
}

/// "3 Sessions ändern", the undo label of a bulk action on `n` sessions.
pub fn bulk_label(lang: Lang, label: BulkLabel, n: usize) -> String {
    let sessions = match (lang, n) {
        (Lang::De, 1) => "1 Session".to_owned(),
        (Lang::De, n) => format!("{n} Sessions"),
        (Lang::En, 1) => "1 session".to_owned(),
        (Lang::En, n) => format!("{n} sessions"),
    };
    match (lang, label) {
        (Lang::De, BulkLabel::Change) => format!("{sessions} ändern"),
        (Lang::De, BulkLabel::Delete) => format!("{sessions} löschen"),
        (Lang::De, BulkLabel::Copy) => format!("{sessions} kopieren"),
        (Lang::De, BulkLabel::Move) => format!("{sessions} verschieben"),
        (Lang::De, BulkLabel::DayCopy) => format!("Tag mit {sessions} duplizieren"),
        (Lang::De, BulkLabel::Unschedule) => format!("{sessions} nach „Nicht eingeplant“"),
        (Lang::En, BulkLabel::Change) => format!("Change {sessions}"),
        (Lang::En, BulkLabel::Delete) => format!("Delete {sessions}"),
        (Lang::En, BulkLabel::Copy) => format!("Copy {sessions}"),
        (Lang::En, BulkLabel::Move) => format!("Move {sessions}"),
        (Lang::En, BulkLabel::DayCopy) => format!("Duplicate a day with {sessions}"),
        (Lang::En, BulkLabel::Unschedule) => format!("{sessions} to \"Not scheduled\""),
    }
}

/// "Diese 3 Sessions werden gelöscht:".
pub fn delete_question(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, 1) => "Diese Session wird gelöscht:".to_owned(),
        (Lang::De, n) => format!("Diese {n} Sessions werden gelöscht:"),
        (Lang::En, 1) => "This session will be deleted:".to_owned(),
        (Lang::En, n) => format!("These {n} sessions will be deleted:"),
    }
}

/// "12 Sessions verschoben" for "Ab hier verschieben…".
pub fn shift_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, 1) => "1 Session wird verschoben".to_owned(),
        (Lang::De, n) => format!("{n} Sessions werden verschoben"),
        (Lang::En, 1) => "1 session moves".to_owned(),
        (Lang::En, n) => format!("{n} sessions move"),
    }
}

/// "3 Sessions kopiert" in the status line.
pub fn copied_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, 1) => "1 Session kopiert (Strg+V fügt sie als Entwurf ein)".to_owned(),
        (Lang::De, n) => format!("{n} Sessions kopiert (Strg+V fügt sie als Entwürfe ein)"),
        (Lang::En, 1) => "1 session copied (Ctrl+V pastes it as a draft)".to_owned(),
        (Lang::En, n) => format!("{n} sessions copied (Ctrl+V pastes them as drafts)"),
    }
}

/// "2 Treffer" in the timetable's search.
pub fn match_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, n) => format!("{n} Treffer"),
        (Lang::En, 1) => "1 match".to_owned(),
        (Lang::En, n) => format!("{n} matches"),
    }
}

/// "10 Entwürfe und 1 abgesagte Session werden nicht gedruckt – „--include-drafts“ nimmt sie auf"
/// (`None` when nothing is left out).
pub fn left_out(lang: Lang, drafts: usize, cancelled: usize, how: &str) -> Option<String> {
    let d = match (lang, drafts) {
        (_, 0) => None,
        (Lang::De, 1) => Some("1 Entwurf".to_owned()),
        (Lang::De, n) => Some(format!("{n} Entwürfe")),
        (Lang::En, 1) => Some("1 draft".to_owned()),
        (Lang::En, n) => Some(format!("{n} drafts")),
    };
    let c = match (lang, cancelled) {
        (_, 0) => None,
        (Lang::De, 1) => Some("1 abgesagte Session".to_owned()),
        (Lang::De, n) => Some(format!("{n} abgesagte Sessions")),
        (Lang::En, 1) => Some("1 cancelled session".to_owned()),
        (Lang::En, n) => Some(format!("{n} cancelled sessions")),
    };
    let one = drafts + cancelled == 1;
    let what = match (d, c) {
        (None, None) => return None,
        (Some(x), None) | (None, Some(x)) => x,
        (Some(d), Some(c)) => format!("{d} {} {c}", lang.pick("und", "and")),
    };
    Some(match (lang, one) {
        (Lang::De, true) => format!("{what} wird nicht gedruckt – „{how}“ nimmt sie auf"),
        (Lang::De, false) => format!("{what} werden nicht gedruckt – „{how}“ nimmt sie auf"),
        (Lang::En, true) => format!("{what} is left out – \"{how}\" includes it"),
        (Lang::En, false) => format!("{what} are left out – \"{how}\" includes them"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_out_counts_in_both_languages() {
        assert_eq!(
            left_out(Lang::De, 10, 0, "--include-drafts").as_deref(),
            Some("10 Entwürfe werden nicht gedruckt – „--include-drafts“ nimmt sie auf")
        );
        assert_eq!(
            left_out(Lang::En, 1, 1, "--include-drafts").as_deref(),
            Some("1 draft and 1 cancelled session are left out – \"--include-drafts\" includes them")
        );
        assert_eq!(left_out(Lang::De, 0, 0, "x"), None);
        assert_eq!(bulk_label(Lang::De, BulkLabel::Change, 3), "3 Sessions ändern");
    }
}
