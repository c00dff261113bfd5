//! What views ask for. Views draw and push actions; the app applies them at the end of the frame — the
//! only place that changes the document.

use std::path::PathBuf;

use super::command::AppCommand;
use super::files::Purpose;
use super::prefs::ThemeChoice;
use crate::edit::{Edit, ItemKey, Removal};
use crate::i18n::Lang;
use crate::model::{DayKey, HallKey, PersonKey, SessionKey, TrackKey};

/// The views of the navigation panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The event's details.
    Event,
    /// Days.
    Days,
    /// Halls.
    Halls,
    /// Speakers and other people.
    People,
    /// Tracks.
    Tracks,
    /// Sessions.
    #[default]
    Sessions,
    /// The timetable.
    Timetable,
}

impl View {
    /// Every view in navigation order.
    pub const ALL: [Self; 7] =
        [Self::Event, Self::Days, Self::Halls, Self::People, Self::Tracks, Self::Sessions, Self::Timetable];
}

/// The selected entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selected {
    /// A day.
    Day(DayKey),
    /// A hall.
    Hall(HallKey),
    /// A person.
    Person(PersonKey),
    /// A track.
    Track(TrackKey),
    /// A session.
    Session(SessionKey),
}

impl Selected {
    /// The selection that shows a day, hall, track, person or session (e.g. one just created).
    pub fn of(key: &ItemKey) -> Self {
        match key {
            ItemKey::Day(k) => Self::Day(k.clone()),
            ItemKey::Hall(k) => Self::Hall(k.clone()),
            ItemKey::Person(k) => Self::Person(k.clone()),
            ItemKey::Track(k) => Self::Track(k.clone()),
            ItemKey::Session(k) => Self::Session(k.clone()),
        }
    }

    /// The removal of the selected entity.
    pub fn removal(&self) -> Removal {
        match self {
            Self::Day(k) => Removal::Day(k.clone()),
            Self::Hall(k) => Removal::Hall(k.clone()),
            Self::Person(k) => Removal::Person(k.clone()),
            Self::Track(k) => Removal::Track(k.clone()),
            Self::Session(k) => Removal::Session(k.clone()),
        }
    }

    /// The list view the entity belongs to.
    pub fn view(&self) -> View {
        match self {
            Self::Day(_) => View::Days,
            Self::Hall(_) => View::Halls,
            Self::Person(_) => View::People,
            Self::Track(_) => View::Tracks,
            Self::Session(_) => View::Sessions,
        }
    }
}

/// What the user's choice in the unsaved-changes question was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuardChoice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Stay.
    Cancel,
}

/// A request from a view.
#[derive(Clone, Debug)]
pub enum Action {
    /// Run a command.
    Command(AppCommand),
    /// Show a view.
    Nav(View),
    /// Select an entity.
    Select(Selected),
    /// Select a session, switch to the session list and scroll to it.
    Reveal(SessionKey),
    /// Change the programme (one undo step).
    Edit(Edit),
    /// Apply the open form's draft.
    ApplyForm,
    /// Throw the open form's changes away.
    RevertForm,
    /// Open a form for a new entity of the view's kind.
    NewEntity(View),
    /// Open a form for a copy of the entity.
    Duplicate(Selected),
    /// Ask whether to delete (showing what it unassigns).
    AskDelete(Removal),
    /// The answer to the delete question.
    AnswerDelete(bool),
    /// Find and show the free places of a session ("Freie Plätze…").
    FreePlaces(SessionKey),
    /// Close the free places.
    CloseFreePlaces,
    /// Start the placement run of the placing dialog.
    StartPlacing,
    /// Close the placing dialog.
    ClosePlacing,
    /// Work out the clashes an edit would cause (a drag, a dialog's new session), for the next frame.
    Preview(Edit),
    /// A file was chosen in Podium's chooser or the recent list.
    Path(Purpose, PathBuf),
    /// The agenda options are set: go on to choose the file.
    AgendaChooseFile,
    /// Close the top dialog (its Abbrechen, Schließen, OK, Später — and Esc).
    CloseModal,
    /// The answer to "leave the form?": discard its input and go on (`true`), or back to it.
    LeaveForm(bool),
    /// Answer to the unsaved-changes question.
    Guard(GuardChoice),
    /// Restore the recovery copy (`true`) or throw it away.
    Recover(bool),
    /// Reload the file changed on disk (`true`) or keep the open version.
    Reload(bool),
    /// Save over the read-only file after all (`true`) or leave it.
    ReplaceReadOnly(bool),
    /// Switch the language.
    SetLang(Lang),
    /// Switch the theme.
    SetTheme(ThemeChoice),
    /// A publishing round: releases, the changes since one, the publishing exports.
    Publish(super::publish::PublishAction),
    /// Several sessions at once: choosing them, copying, pasting, duplicating (`gui::bulk_ops`).
    Bulk(super::bulk_ops::BulkAction),
}
