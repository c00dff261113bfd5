//! The words of the editor's forms in German and English: buttons, field labels, input hints. Each [`F`]
//! is one piece of text; [`f`] renders it.

use chrono::NaiveDate;

use super::Lang;
use super::catalogue::word;
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
    word(
        lang,
        match text {
            F::Apply => "form-apply",
            F::Revert => "form-revert",
            F::New => "form-new",
            F::Duplicate => "form-duplicate",
            F::Delete => "form-delete",
            F::DeleteQuestion => "form-delete-question",
            F::WillUnassign => "form-will-unassign",
            F::NothingUnassigned => "form-nothing-unassigned",
            F::WindowsGo => "form-windows-go",
            F::MoveUp => "form-move-up",
            F::MoveDown => "form-move-down",
            F::Add => "form-add",
            F::Remove => "form-remove",
            F::Subtitle => "form-subtitle",
            F::Language => "form-language",
            F::Audience => "form-audience",
            F::Day => "form-day",
            F::None => "form-none",
            F::AddPerson => "form-add-person",
            F::FindPerson => "form-find-person",
            F::Offset => "form-offset",
            F::Minutes => "form-minutes",
            F::Parallel => "form-parallel",
            F::Changeover => "form-changeover",
            F::Travel => "form-travel",
            F::Snap => "form-snap",
            F::Availability => "form-availability",
            F::AlwaysAvailable => "form-always-available",
            F::From => "form-from",
            F::To => "form-to",
            F::AcademicTitle => "form-academic-title",
            F::Bio => "form-bio",
            F::MainVenue => "form-main-venue",
            F::Registration => "form-registration",
            F::Address => "form-address",
            F::City => "form-city",
            F::VenueName => "form-venue-name",
            F::Calendar => "form-calendar",
            F::InputErrors => "form-input-errors",
            F::NameNeeded => "form-name-needed",
            F::NewDay => "form-new-day",
            F::NewHall => "form-new-hall",
            F::NewPerson => "form-new-person",
            F::NewTrack => "form-new-track",
            F::NewSession => "form-new-session",
            F::AddContribution => "form-add-contribution",
            F::Contribution => "form-contribution",
            F::PeopleOfSession => "form-people-of-session",
            F::SessionsOfPerson => "form-sessions-of-person",
            F::FindTimeZone => "form-find-time-zone",
            F::AddOrganiser => "form-add-organiser",
            F::Organiser => "form-organiser",
            F::Placement => "form-placement",
            F::Copy => "form-copy",
            F::EventDefault => "form-event-default",
            F::Role => "form-role",
            F::Applied => "form-applied",
            F::Ask => "form-ask",
        },
    )
}

/// The hint shown next to text that was not understood.
pub fn input_error(lang: Lang, e: InputError) -> &'static str {
    word(
        lang,
        match e {
            InputError::Time => "form-input-time",
            InputError::Date => "form-input-date",
            InputError::Duration => "form-input-duration",
            InputError::Number => "form-input-number",
        },
    )
}

/// A role's word.
pub fn role_name(lang: Lang, role: Role) -> &'static str {
    word(
        lang,
        match role {
            Role::Speaker => "form-role-speaker",
            Role::Moderator => "form-role-moderator",
            Role::Host => "form-role-host",
        },
    )
}

/// A date as the form shows it: "14.09.2022" / "2022-09-14".
pub fn date_text(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::De => date.format("%d.%m.%Y").to_string(),
        Lang::En => date.format("%Y-%m-%d").to_string(),
    }
}
