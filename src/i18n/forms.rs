//! The words of the editor's forms in German and English: buttons, field labels, input hints. Each [`F`]
//! is one piece of text; [`f`] renders it.

use chrono::NaiveDate;

use super::Lang;
use crate::model::{Role, input::InputError};

/// A piece of form text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum F {
    Apply,
    Revert,
    New,
    Duplicate,
    Delete,
    DeleteQuestion,
    WillUnassign,
    NothingUnassigned,
    WindowsGo,
    MoveUp,
    MoveDown,
    Add,
    Remove,
    Subtitle,
    Language,
    Audience,
    Day,
    None,
    AddPerson,
    FindPerson,
    Offset,
    Minutes,
    Parallel,
    Changeover,
    Travel,
    Snap,
    Availability,
    AlwaysAvailable,
    From,
    To,
    AcademicTitle,
    Bio,
    MainVenue,
    Registration,
    Address,
    City,
    VenueName,
    Calendar,
    InputErrors,
    NameNeeded,
    NewDay,
    NewHall,
    NewPerson,
    NewTrack,
    NewSession,
    AddContribution,
    Contribution,
    PeopleOfSession,
    SessionsOfPerson,
    FindTimeZone,
    AddOrganiser,
    Organiser,
    Placement,
    Copy,
    EventDefault,
    Role,
    Applied,
    Ask,
}

/// The text in the language.
pub fn f(lang: Lang, text: F) -> &'static str {
    let (de, en) = match text {
        F::Apply => ("Übernehmen", "Apply"),
        F::Revert => ("Verwerfen", "Revert"),
        F::New => ("Neu…", "New…"),
        F::Duplicate => ("Duplizieren", "Duplicate"),
        F::Delete => ("Löschen", "Delete"),
        F::DeleteQuestion => ("Wirklich löschen?", "Delete for good?"),
        F::WillUnassign => ("Diese Sessions verlieren die Zuordnung:", "These sessions lose the assignment:"),
        F::NothingUnassigned => ("Keine Session ist davon betroffen.", "No session is affected."),
        F::WindowsGo => (
            "Diese Säle und Personen verlieren ihre Verfügbarkeit an dem Tag (wer nur dort eine hatte, gilt \
             danach als immer verfügbar):",
            "These halls and people lose their availability on that day (whoever had one only there counts \
             as always available afterwards):",
        ),
        F::MoveUp => ("Nach oben", "Move up"),
        F::MoveDown => ("Nach unten", "Move down"),
        F::Add => ("Hinzufügen", "Add"),
        F::Remove => ("Entfernen", "Remove"),
        F::Subtitle => ("Untertitel", "Subtitle"),
        F::Language => ("Sprache", "Language"),
        F::Audience => ("Erwartetes Publikum", "Expected audience"),
        F::Day => ("Tag", "Day"),
        F::None => ("(keine Angabe)", "(none)"),
        F::AddPerson => ("Person hinzufügen", "Add person"),
        F::FindPerson => ("Person suchen", "Find person"),
        F::Offset => ("Beginn nach", "Starts after"),
        F::Minutes => ("Min.", "min"),
        F::Parallel => ("Parallele Nutzung erlaubt", "Parallel use allowed"),
        F::Changeover => ("Umbauzeit (Min.)", "Changeover (min)"),
        F::Travel => ("Wegezeit zwischen Orten (Min.)", "Travel time between venues (min)"),
        F::Snap => ("Raster im Zeitplan (Min.)", "Timetable snap step (min)"),
        F::Availability => ("Verfügbarkeit", "Availability"),
        F::AlwaysAvailable => ("Immer verfügbar (keine Einschränkung)", "Always available (no limits)"),
        F::From => ("von", "from"),
        F::To => ("bis", "to"),
        F::AcademicTitle => ("Akad. Titel", "Academic title"),
        F::Bio => ("Kurzbiografie", "Short biography"),
        F::MainVenue => ("Hauptveranstaltungsort", "Main venue"),
        F::Registration => ("Anmeldeschluss", "Registration deadline"),
        F::Address => ("Adresse", "Address"),
        F::City => ("Ort", "City"),
        F::VenueName => ("Veranstaltungsort", "Venue"),
        F::Calendar => ("Kalender", "Calendar"),
        F::InputErrors => {
            ("Ungültige Eingaben: bitte korrigieren oder verwerfen", "Invalid input: please correct or revert")
        }
        F::NameNeeded => ("Bitte zuerst einen Namen oder Titel eingeben", "Please enter a name or title first"),
        F::NewDay => ("Neuer Tag", "New day"),
        F::NewHall => ("Neuer Saal", "New hall"),
        F::NewPerson => ("Neue Person", "New person"),
        F::NewTrack => ("Neuer Track", "New track"),
        F::NewSession => ("Neue Session", "New session"),
        F::AddContribution => ("Beitrag hinzufügen", "Add contribution"),
        F::Contribution => ("Beitrag", "Contribution"),
        F::PeopleOfSession => ("Mitwirkende", "People"),
        F::SessionsOfPerson => ("Sessions dieser Person", "This person's sessions"),
        F::FindTimeZone => ("Zeitzone suchen", "Find time zone"),
        F::AddOrganiser => ("Veranstalter hinzufügen", "Add organiser"),
        F::Organiser => ("Veranstalter", "Organiser"),
        F::Placement => ("Platzierung", "Placement"),
        F::Copy => ("Kopie", "copy"),
        F::EventDefault => ("leer = Vorgabe der Veranstaltung", "empty = the event's default"),
        F::Role => ("Rolle", "Role"),
        F::Applied => ("Übernommen", "Applied"),
        F::Ask => ("Frage", "Question"),
    };
    lang.pick(de, en)
}

/// The hint shown next to text that was not understood.
pub fn input_error(lang: Lang, e: InputError) -> &'static str {
    let (de, en) = match e {
        InputError::Time => {
            ("Uhrzeit nicht erkannt (z. B. 9:30, 930, 24:15)", "Time not understood (e.g. 9:30, 930, 24:15)")
        }
        InputError::Date => (
            "Datum nicht erkannt (z. B. 14.9.2022; Jahre 1900–2200)",
            "Date not understood (e.g. 14.9.2022, 2022-09-14; years 1900–2200)",
        ),
        InputError::Duration => {
            ("Dauer nicht erkannt (z. B. 90, 1:30, 1h30)", "Duration not understood (e.g. 90, 1:30, 1h30)")
        }
        InputError::Number => ("Bitte eine ganze Zahl eingeben", "Please enter a whole number"),
    };
    lang.pick(de, en)
}

/// A role's word.
pub fn role_name(lang: Lang, role: Role) -> &'static str {
    let (de, en) = match role {
        Role::Speaker => ("Referent/in", "Speaker"),
        Role::Moderator => ("Moderation", "Moderator"),
        Role::Host => ("Gastgeber/in", "Host"),
    };
    lang.pick(de, en)
}

/// A date as the form shows it: "14.09.2022" / "2022-09-14".
pub fn date_text(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::De => date.format("%d.%m.%Y").to_string(),
        Lang::En => date.format("%Y-%m-%d").to_string(),
    }
}
