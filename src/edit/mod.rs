//! Edits: the only way a programme changes. Each [`Edit`] checks that every key it refers to exists before
//! it touches anything, so a failed edit leaves the programme as it was. `history` keeps labelled
//! snapshots for undo and redo.

mod history;

pub use history::History;

use crate::model::{
    Day, DayKey, Event, Hall, HallKey, HallPlacement, Person, PersonKey, Programme, Session, SessionKey, Track,
    TrackKey,
};

/// One change to a programme.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the event's details.
    SetEvent(Box<Event>),
    /// Insert or replace a day (new days go last).
    PutDay(DayKey, Day),
    /// Insert or replace a hall (new halls go last).
    PutHall(HallKey, Box<Hall>),
    /// Insert or replace a track (new tracks go last).
    PutTrack(TrackKey, Track),
    /// Insert or replace a person.
    PutPerson(PersonKey, Box<Person>),
    /// Insert or replace a session.
    PutSession(SessionKey, Box<Session>),
    /// Remove a session.
    RemoveSession(SessionKey),
}

/// What an edit does, for its label ("Rückgängig: Session „…“ ändern").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditSummary {
    /// Create, change or delete.
    pub action: EditAction,
    /// The kind of thing.
    pub target: EditTarget,
    /// Its name or title as it was shown.
    pub name: String,
}

/// Create, change or delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditAction {
    /// Something new.
    Create,
    /// Something changed.
    Change,
    /// Something removed.
    Delete,
}

/// The kind of thing an edit touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditTarget {
    /// The event.
    Event,
    /// A day.
    Day,
    /// A hall.
    Hall,
    /// A track.
    Track,
    /// A person.
    Person,
    /// A session.
    Session,
}

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// A day key that does not exist.
    #[error("day {0:?} does not exist")]
    UnknownDay(String),
    /// A hall key that does not exist.
    #[error("hall {0:?} does not exist")]
    UnknownHall(String),
    /// A track key that does not exist.
    #[error("track {0:?} does not exist")]
    UnknownTrack(String),
    /// A person key that does not exist.
    #[error("person {0:?} does not exist")]
    UnknownPerson(String),
    /// A session key that does not exist.
    #[error("session {0:?} does not exist")]
    UnknownSession(String),
}

impl Edit {
    /// What the edit does, read against the programme before it is applied.
    pub fn summary(&self, p: &Programme) -> EditSummary {
        let (action, target, name) = match self {
            Self::SetEvent(e) => (EditAction::Change, EditTarget::Event, e.title.clone()),
            Self::PutDay(k, d) => (exists(p.days.contains_key(k)), EditTarget::Day, d.date.to_string()),
            Self::PutHall(k, h) => (exists(p.halls.contains_key(k)), EditTarget::Hall, h.name.clone()),
            Self::PutTrack(k, t) => (exists(p.tracks.contains_key(k)), EditTarget::Track, t.name.clone()),
            Self::PutPerson(k, x) => (exists(p.people.contains_key(k)), EditTarget::Person, x.name.clone()),
            Self::PutSession(k, s) => (exists(p.sessions.contains_key(k)), EditTarget::Session, s.title.clone()),
            Self::RemoveSession(k) => {
                let title = p.sessions.get(k).map_or_else(|| k.to_string(), |s| s.title.clone());
                (EditAction::Delete, EditTarget::Session, title)
            }
        };
        EditSummary { action, target, name }
    }
}

fn exists(known: bool) -> EditAction {
    if known { EditAction::Change } else { EditAction::Create }
}

fn check_session(p: &Programme, s: &Session) -> Result<(), EditError> {
    if let Some(day) = s.day.as_ref().filter(|d| !p.days.contains_key(*d)) {
        return Err(EditError::UnknownDay(day.to_string()));
    }
    if let Some(HallPlacement::Hall(hall)) = &s.hall
        && !p.halls.contains_key(hall)
    {
        return Err(EditError::UnknownHall(hall.to_string()));
    }
    if let Some(track) = s.track.as_ref().filter(|t| !p.tracks.contains_key(*t)) {
        return Err(EditError::UnknownTrack(track.to_string()));
    }
    let people = s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people));
    if let Some(missing) = people.map(|x| &x.person).find(|k| !p.people.contains_key(*k)) {
        return Err(EditError::UnknownPerson(missing.to_string()));
    }
    Ok(())
}

fn check_windows(p: &Programme, windows: &[crate::model::Window]) -> Result<(), EditError> {
    match windows.iter().find(|w| !p.days.contains_key(&w.day)) {
        Some(w) => Err(EditError::UnknownDay(w.day.to_string())),
        None => Ok(()),
    }
}

/// Applies an edit; on error nothing has changed.
pub fn apply(p: &mut Programme, edit: Edit) -> Result<(), EditError> {
    match edit {
        Edit::SetEvent(e) => p.event = *e,
        Edit::PutDay(k, d) => {
            p.days.insert(k, d);
        }
        Edit::PutHall(k, h) => {
            check_windows(p, &h.availability)?;
            p.halls.insert(k, *h);
        }
        Edit::PutTrack(k, t) => {
            p.tracks.insert(k, t);
        }
        Edit::PutPerson(k, x) => {
            check_windows(p, &x.availability)?;
            p.people.insert(k, *x);
        }
        Edit::PutSession(k, s) => {
            check_session(p, &s)?;
            p.sessions.insert(k, *s);
        }
        Edit::RemoveSession(k) => {
            if p.sessions.remove(&k).is_none() {
                return Err(EditError::UnknownSession(k.to_string()));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Programme {
        crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap()
    }

    #[test]
    fn a_refused_edit_changes_nothing() {
        let mut p = sample();
        let before = p.clone();
        let (key, s) = p.sessions.iter().next().map(|(k, s)| (k.clone(), s.clone())).unwrap();
        let mut moved = s;
        moved.hall = Some(HallPlacement::Hall("halle-99".into()));
        let result = apply(&mut p, Edit::PutSession(key, Box::new(moved)));
        assert_eq!(result, Err(EditError::UnknownHall("halle-99".into())));
        assert_eq!(p, before);
    }

    #[test]
    fn summaries_say_create_change_delete() {
        let p = sample();
        let (key, s) = p.sessions.iter().next().map(|(k, s)| (k.clone(), s.clone())).unwrap();
        assert_eq!(Edit::PutSession(key.clone(), Box::new(s.clone())).summary(&p).action, EditAction::Change);
        assert_eq!(Edit::PutSession("neu".into(), Box::new(s)).summary(&p).action, EditAction::Create);
        assert_eq!(Edit::RemoveSession(key).summary(&p).action, EditAction::Delete);
    }
}
