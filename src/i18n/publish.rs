//! The words of the publishing layouts in German and English: the Programmänderungen, the door signs
//! (Raumaushang) and the letters to the people in the programme — headings, labels, the salutation,
//! the default introduction and closing, and the counts the export dialog previews.

use chrono::NaiveDate;

use super::catalogue::{tr, word};
use super::{Lang, agenda::date_plain, role_name};
use crate::model::{Person, Role};

/// A fixed word or phrase of a publishing layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublishWord {
    /// Title of the change list.
    ChangesTitle,
    /// Title of the door signs (document metadata).
    DoorsTitle,
    /// Title of the letters (document metadata).
    LettersTitle,
    /// The change list has nothing to say.
    NoChanges,
    /// Heading of a letter's sessions.
    YourSessions,
    /// Label of a person's role.
    YourRole,
    /// Label of the others on stage.
    OnStage,
    /// Label of the moderators.
    ModeratedBy,
    /// Label of a person's own contribution.
    YourContribution,
    /// Label of the event.
    Event,
    /// Label of the venue.
    Venue,
    /// Label of the dates.
    Dates,
    /// Label of the hall.
    Hall,
    /// A door sign with nothing (never printed: such signs are left out).
    NothingHere,
    /// The mark of a new session.
    NewMark,
    /// The mark of a cancelled session.
    GoneMark,
    /// Export menu: the change list.
    MenuChanges,
    /// Export menu: the door signs.
    MenuDoors,
    /// Export menu: the letters.
    MenuLetters,
    /// File menu: record a release.
    MenuPublish,
    /// View menu: the changes since a release.
    MenuChangesSince,
    /// The publish dialog's heading and button.
    Publish,
    /// The field of a release's label.
    LabelField,
    /// The field of a release's note.
    NoteField,
    /// A release needs a saved file.
    SaveFirst,
    /// The label is taken.
    LabelTaken,
    /// There is no release before this one.
    FirstRelease,
    /// The chooser of the release to compare with.
    CompareWith,
    /// The group of publishing layouts in the agenda dialog.
    Publishing,
    /// Close a panel.
    Close,
    /// The changes panel's heading.
    ChangesSinceHeading,
    /// The change list without a release to compare with.
    ChooseRelease,
    /// The person form's Anrede field.
    Salutation,
    /// The event form's section of the letters.
    LettersSection,
    /// The letters' introduction field.
    LetterIntro,
    /// The letters' closing field.
    LetterClosing,
    /// Under the letter fields: what an empty field means.
    EmptyMeansDefault,
}

/// The text of a word.
pub fn publish_word(lang: Lang, word: PublishWord) -> &'static str {
    super::catalogue::word(
        lang,
        match word {
            PublishWord::ChangesTitle => "publish-changes-title",
            PublishWord::DoorsTitle => "publish-doors-title",
            PublishWord::LettersTitle => "publish-letters-title",
            PublishWord::NoChanges => "publish-no-changes",
            PublishWord::YourSessions => "publish-your-sessions",
            PublishWord::YourRole => "publish-your-role",
            PublishWord::OnStage => "publish-on-stage",
            PublishWord::ModeratedBy => "publish-moderated-by",
            PublishWord::YourContribution => "publish-your-contribution",
            PublishWord::Event => "publish-event",
            PublishWord::Venue => "publish-venue",
            PublishWord::Dates => "publish-dates",
            PublishWord::Hall => "publish-hall",
            PublishWord::NothingHere => "publish-nothing-here",
            PublishWord::NewMark => "publish-new-mark",
            PublishWord::GoneMark => "publish-gone-mark",
            PublishWord::MenuChanges => "publish-menu-changes",
            PublishWord::MenuDoors => "publish-menu-doors",
            PublishWord::MenuLetters => "publish-menu-letters",
            PublishWord::MenuPublish => "publish-menu-publish",
            PublishWord::MenuChangesSince => "publish-menu-changes-since",
            PublishWord::Publish => "publish-publish",
            PublishWord::LabelField => "publish-label-field",
            PublishWord::NoteField => "publish-note-field",
            PublishWord::SaveFirst => "publish-save-first",
            PublishWord::LabelTaken => "publish-label-taken",
            PublishWord::FirstRelease => "publish-first-release",
            PublishWord::CompareWith => "publish-compare-with",
            PublishWord::Publishing => "publish-publishing",
            PublishWord::Close => "publish-close",
            PublishWord::ChangesSinceHeading => "publish-changes-since-heading",
            PublishWord::ChooseRelease => "publish-choose-release",
            PublishWord::Salutation => "publish-salutation",
            PublishWord::LettersSection => "publish-letters-section",
            PublishWord::LetterIntro => "publish-letter-intro",
            PublishWord::LetterClosing => "publish-letter-closing",
            PublishWord::EmptyMeansDefault => "publish-empty-means-default",
        },
    )
}

/// The label the next release is offered under: "Stand 4" after three releases.
pub fn next_label(lang: Lang, releases: usize) -> String {
    tr!(lang, "publish-next-label", number = (releases + 1).to_string())
}

/// The greeting of a letter: the person's own Anrede with a comma, else "Guten Tag Klara Geywitz," /
/// "Dear Klara Geywitz,".
pub fn salutation(lang: Lang, person: &Person) -> String {
    let own = person.salutation.trim();
    if !own.is_empty() {
        return if own.ends_with(',') { own.to_owned() } else { format!("{own},") };
    }
    tr!(lang, "publish-greeting", name = person.display_name())
}

/// The subject line: "Ihre Mitwirkung beim 15. Bundeskongress …" / "Your part in …".
pub fn letter_subject(lang: Lang, event: &str) -> String {
    tr!(lang, "publish-letter-subject", event = event)
}

/// The introduction when the event has none of its own.
pub fn default_intro(lang: Lang, event: &str) -> String {
    tr!(lang, "publish-default-intro", event = event)
}

/// The closing when the event has none of its own.
pub fn default_closing(lang: Lang) -> &'static str {
    word(lang, "publish-default-closing")
}

/// "Was sich seit Stand 2 für Sie geändert hat" / "What has changed for you since Stand 2".
pub fn changed_for_you(lang: Lang, since: &str) -> String {
    tr!(lang, "publish-changed-for-you", since = since)
}

/// A person's roles in a session: "Moderation", "Referent/in, Moderation".
pub fn roles_text(lang: Lang, roles: &[Role]) -> String {
    roles.iter().map(|r| role_name(lang, *r)).collect::<Vec<_>>().join(", ")
}

/// "Stand 3 · gedruckt am 1. September 2022", or "Stand: 1. September 2022" without a release.
pub fn release_as_of(lang: Lang, label: Option<&str>, date: NaiveDate) -> String {
    match label {
        Some(label) => tr!(lang, "publish-release-as-of", label = label, date = date_plain(lang, date)),
        None => super::as_of(lang, date),
    }
}

/// The count an export dialog previews: "35 Briefe", "28 Aushänge", "12 Änderungen".
pub fn publish_count(lang: Lang, layout: crate::export::agenda::AgendaLayout, n: usize) -> String {
    use crate::export::agenda::AgendaLayout;
    match layout {
        AgendaLayout::Letters => tr!(lang, "publish-count-letters", n = n),
        AgendaLayout::Doors => tr!(lang, "publish-count-doors", n = n),
        AgendaLayout::Changes => tr!(lang, "publish-count-changes", n = n),
        AgendaLayout::Booklet | AgendaLayout::Grid => tr!(lang, "word-sessions", n = n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutral_or_own_salutation() {
        let mut klara = Person { name: "Klara Geywitz".into(), ..Person::default() };
        assert_eq!(salutation(Lang::De, &klara), "Guten Tag Klara Geywitz,");
        assert_eq!(salutation(Lang::En, &klara), "Dear Klara Geywitz,");
        klara.salutation = "Sehr geehrte Frau Bundesministerin".into();
        assert_eq!(salutation(Lang::De, &klara), "Sehr geehrte Frau Bundesministerin,");
        use crate::export::agenda::AgendaLayout;
        assert_eq!(publish_count(Lang::De, AgendaLayout::Letters, 35), "35 Briefe");
        assert_eq!(publish_count(Lang::De, AgendaLayout::Doors, 28), "28 Aushänge");
        assert_eq!(publish_count(Lang::En, AgendaLayout::Doors, 1), "1 door sign");
    }
}
