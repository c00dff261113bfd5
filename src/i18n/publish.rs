//! The words of the publishing layouts in German and English: the Programmänderungen, the door signs
//! (Raumaushang) and the letters to the people in the programme — headings, labels, the salutation,
//! the default introduction and closing, and the counts the export dialog previews.

use chrono::NaiveDate;

use super::{Lang, agenda::date_plain, number, role_name};
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
    let (de, en) = match word {
        PublishWord::ChangesTitle => ("Programmänderungen", "Programme changes"),
        PublishWord::DoorsTitle => ("Raumaushang", "Room sign"),
        PublishWord::LettersTitle => ("Briefe an die Mitwirkenden", "Letters to the participants"),
        PublishWord::NoChanges => ("Keine Änderungen.", "No changes."),
        PublishWord::YourSessions => ("Ihre Termine", "Your sessions"),
        PublishWord::YourRole => ("Ihre Rolle", "Your role"),
        PublishWord::OnStage => ("Mit Ihnen auf der Bühne", "With you on stage"),
        PublishWord::ModeratedBy => ("Moderation", "Moderated by"),
        PublishWord::YourContribution => ("Ihr Beitrag", "Your contribution"),
        PublishWord::Event => ("Veranstaltung", "Event"),
        PublishWord::Venue => ("Ort", "Venue"),
        PublishWord::Dates => ("Termine", "Dates"),
        PublishWord::Hall => ("Saal", "Hall"),
        PublishWord::NothingHere => ("Heute keine Veranstaltungen in diesem Saal.", "No sessions in this hall today."),
        PublishWord::NewMark => ("NEU", "NEW"),
        PublishWord::GoneMark => ("ENTFÄLLT", "CANCELLED"),
        PublishWord::MenuChanges => ("Programmänderungen…", "Programme changes…"),
        PublishWord::MenuDoors => ("Raumaushänge…", "Door signs…"),
        PublishWord::MenuLetters => ("Briefe an die Mitwirkenden…", "Letters to participants…"),
        PublishWord::MenuPublish => ("Veröffentlichen…", "Release…"),
        PublishWord::MenuChangesSince => ("Änderungen seit …", "Changes since …"),
        PublishWord::Publish => ("Veröffentlichen", "Release"),
        PublishWord::LabelField => ("Name", "Label"),
        PublishWord::NoteField => ("Notiz", "Note"),
        PublishWord::SaveFirst => (
            "Bitte die Datei zuerst speichern: die Veröffentlichungen liegen im Ordner neben ihr.",
            "Please save the file first: releases are kept in the folder beside it.",
        ),
        PublishWord::LabelTaken => ("Diesen Namen gibt es schon.", "This label exists already."),
        PublishWord::FirstRelease => ("Die erste Veröffentlichung.", "The first release."),
        PublishWord::CompareWith => ("Vergleichen mit", "Compare with"),
        PublishWord::Publishing => ("Veröffentlichung", "Publishing"),
        PublishWord::Close => ("Schließen", "Close"),
        PublishWord::ChangesSinceHeading => ("Änderungen seit", "Changes since"),
        PublishWord::ChooseRelease => (
            "Für Programmänderungen bitte eine Veröffentlichung zum Vergleich wählen.",
            "For programme changes, choose a release to compare with.",
        ),
        PublishWord::Salutation => ("Anrede (Briefe)", "Salutation (letters)"),
        PublishWord::LettersSection => ("Briefe an die Mitwirkenden", "Letters to participants"),
        PublishWord::LetterIntro => ("Einleitung", "Introduction"),
        PublishWord::LetterClosing => ("Schluss und Gruß", "Closing"),
        PublishWord::EmptyMeansDefault => (
            "Leer lassen für den Standardtext (grau vorgeschlagen).",
            "Leave empty for the default text (suggested in grey).",
        ),
    };
    lang.pick(de, en)
}

/// The label the next release is offered under: "Stand 4" after three releases.
pub fn next_label(lang: Lang, releases: usize) -> String {
    format!("{} {}", lang.pick("Stand", "Release"), releases + 1)
}

/// The greeting of a letter: the person's own Anrede with a comma, else "Guten Tag Klara Geywitz," /
/// "Dear Klara Geywitz,".
pub fn salutation(lang: Lang, person: &Person) -> String {
    let own = person.salutation.trim();
    if !own.is_empty() {
        return if own.ends_with(',') { own.to_owned() } else { format!("{own},") };
    }
    match lang {
        Lang::De => format!("Guten Tag {},", person.display_name()),
        Lang::En => format!("Dear {},", person.display_name()),
    }
}

/// The subject line: "Ihre Mitwirkung beim 15. Bundeskongress …" / "Your part in …".
pub fn letter_subject(lang: Lang, event: &str) -> String {
    match lang {
        Lang::De => format!("Ihre Mitwirkung: {event}"),
        Lang::En => format!("Your part in {event}"),
    }
}

/// The introduction when the event has none of its own.
pub fn default_intro(lang: Lang, event: &str) -> String {
    match lang {
        Lang::De => format!(
            "wir freuen uns sehr, dass Sie beim {event} mitwirken. Nachfolgend finden Sie Ihre Termine mit Zeit, \
             Ort und allen Beteiligten. Bitte prüfen Sie die Angaben und geben Sie uns Bescheid, falls etwas nicht \
             stimmt."
        ),
        Lang::En => format!(
            "thank you for taking part in {event}. Below you will find your sessions with their time, place and \
             everyone involved. Please check the details and let us know if anything is not right."
        ),
    }
}

/// The closing when the event has none of its own.
pub fn default_closing(lang: Lang) -> &'static str {
    lang.pick(
        "Für Rückfragen stehen wir Ihnen gern zur Verfügung.\n\nMit freundlichen Grüßen\nIhr Organisationsteam",
        "If you have any questions, please do not hesitate to contact us.\n\nKind regards\nThe organising team",
    )
}

/// "Was sich seit Stand 2 für Sie geändert hat" / "What has changed for you since Stand 2".
pub fn changed_for_you(lang: Lang, since: &str) -> String {
    match lang {
        Lang::De => format!("Was sich seit {since} für Sie geändert hat"),
        Lang::En => format!("What has changed for you since {since}"),
    }
}

/// A person's roles in a session: "Moderation", "Referent/in, Moderation".
pub fn roles_text(lang: Lang, roles: &[Role]) -> String {
    roles.iter().map(|r| role_name(lang, *r)).collect::<Vec<_>>().join(", ")
}

/// "Stand 3 · gedruckt am 1. September 2022", or "Stand: 1. September 2022" without a release.
pub fn release_as_of(lang: Lang, label: Option<&str>, date: NaiveDate) -> String {
    match (label, lang) {
        (Some(label), Lang::De) => format!("{label} · gedruckt am {}", date_plain(lang, date)),
        (Some(label), Lang::En) => format!("{label} · printed {}", date_plain(lang, date)),
        (None, _) => super::as_of(lang, date),
    }
}

/// The count an export dialog previews: "35 Briefe", "28 Aushänge", "12 Änderungen".
pub fn publish_count(lang: Lang, layout: crate::export::agenda::AgendaLayout, n: usize) -> String {
    use crate::export::agenda::AgendaLayout;
    let (de1, de_n, en1, en_n) = match layout {
        AgendaLayout::Letters => ("Brief", "Briefe", "letter", "letters"),
        AgendaLayout::Doors => ("Aushang", "Aushänge", "door sign", "door signs"),
        AgendaLayout::Changes => ("Änderung", "Änderungen", "change", "changes"),
        AgendaLayout::Booklet | AgendaLayout::Grid => ("Session", "Sessions", "session", "sessions"),
    };
    let word = match (lang, n == 1) {
        (Lang::De, true) => de1,
        (Lang::De, false) => de_n,
        (Lang::En, true) => en1,
        (Lang::En, false) => en_n,
    };
    format!("{} {word}", number(lang, n))
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
