//! The words of working on many sessions at once (the bulk form, moving and copying several sessions,
//! "Ab hier verschieben…", "Tag duplizieren…", the timetable's search and legend) and the note on what a
//! public export leaves out, in German and English. Counted phrases have one arm per plural form.

use super::Lang;
use super::catalogue::tr;

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
    super::catalogue::word(
        lang,
        match word {
            B::Differs => "bulk-differs",
            B::Day => "bulk-day",
            B::Hall => "bulk-hall",
            B::Track => "bulk-track",
            B::Status => "bulk-status",
            B::Kind => "bulk-kind",
            B::None => "bulk-none",
            B::AllHalls => "bulk-all-halls",
            B::ApplyAll => "bulk-apply-all",
            B::DeleteAll => "bulk-delete-all",
            B::DuplicateAll => "bulk-duplicate-all",
            B::ConfirmDelete => "bulk-confirm-delete",
            B::Cancel => "bulk-cancel",
            B::Deselect => "bulk-deselect",
            B::ShiftLater => "bulk-shift-later",
            B::ShiftIntro => "bulk-shift-intro",
            B::From => "bulk-from",
            B::ByMinutes => "bulk-by-minutes",
            B::InHalls => "bulk-in-halls",
            B::Move => "bulk-move",
            B::DuplicateDay => "bulk-duplicate-day",
            B::NewDate => "bulk-new-date",
            B::WithSessions => "bulk-with-sessions",
            B::Create => "bulk-create",
            B::Search => "bulk-search",
            B::NextMatch => "bulk-next-match",
            B::FitHalls => "bulk-fit-halls",
            B::Legend => "bulk-legend",
            B::CloseForm => "bulk-close-form",
            B::SelectHint => "bulk-select-hint",
            B::BadDate => "bulk-bad-date",
            B::BadShift => "bulk-bad-shift",
            B::GroupLeavesHalls => "bulk-group-leaves-halls",
            B::GroupLeavesDay => "bulk-group-leaves-day",
        },
    )
}

impl B {
    /// "Am 15.09.2022 gibt es schon den Tag „Kongresstag“ – bitte ein anderes Datum wählen" in "Tag
    /// duplizieren…".
    pub fn date_taken(lang: Lang, date: chrono::NaiveDate, day: &str) -> String {
        let date = match lang {
            Lang::De => date.format("%d.%m.%Y").to_string(),
            Lang::En => date.format("%Y-%m-%d").to_string(),
        };
        tr!(lang, "bulk-date-taken", date = date, day = day)
    }
}

/// "7 Sessions ausgewählt".
pub fn selected_count(lang: Lang, n: usize) -> String {
    super::counted(lang, "bulk-selected-count", n)
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
    let id = match label {
        BulkLabel::Change => "bulk-label-change",
        BulkLabel::Delete => "bulk-label-delete",
        BulkLabel::Copy => "bulk-label-copy",
        BulkLabel::Move => "bulk-label-move",
        BulkLabel::DayCopy => "bulk-label-day-copy",
        BulkLabel::Unschedule => "bulk-label-unschedule",
    };
    super::counted(lang, id, n)
}

/// "Diese 3 Sessions werden gelöscht:".
pub fn delete_question(lang: Lang, n: usize) -> String {
    super::counted(lang, "bulk-delete-question", n)
}

/// "12 Sessions werden verschoben" for "Ab hier verschieben…".
pub fn shift_count(lang: Lang, n: usize) -> String {
    super::counted(lang, "bulk-shift-count", n)
}

/// "3 Sessions kopiert" in the status line.
pub fn copied_count(lang: Lang, n: usize) -> String {
    super::counted(lang, "bulk-copied-count", n)
}

/// "2 Treffer" in the timetable's search.
pub fn match_count(lang: Lang, n: usize) -> String {
    super::counted(lang, "bulk-match-count", n)
}

/// "10 Entwürfe und 1 abgesagte Session werden nicht gedruckt – „--include-drafts“ nimmt sie auf"
/// (`None` when nothing is left out).
pub fn left_out(lang: Lang, drafts: usize, cancelled: usize, how: &str) -> Option<String> {
    let what = super::shell::left_out_what(lang, drafts, cancelled)?;
    Some(tr!(lang, "bulk-left-out", what = what, n = drafts + cancelled, how = how))
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
