//! Edits: the only way a programme changes. Each [`Edit`] checks that every key it refers to exists before
//! it touches anything, so a failed edit leaves the programme as it was. `history` keeps labelled
//! snapshots for undo and redo.

mod history;
mod remove;

pub use history::History;
pub use remove::{Removal, exists, users, windows_lost};

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
    /// Remove a session, or remove a day, hall, track or person and unassign it from every session.
    Remove(Removal),
    /// Move a hall to a position in hall order.
    MoveHall(HallKey, usize),
    /// Place a session: day, start, hall and duration (the timetable's drag and drop).
    Place(SessionKey, Placement),
}

/// Where and how long a session runs; each part may be unset (unscheduled).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Placement {
    /// Programme day.
    pub day: Option<DayKey>,
    /// Start on that day.
    pub start: Option<crate::model::Clock>,
    /// Hall or all halls.
    pub hall: Option<HallPlacement>,
    /// Length in minutes.
    pub duration_mins: u32,
}

impl Placement {
    /// The placement a session has.
    pub fn of(s: &Session) -> Self {
        Self { day: s.day.clone(), start: s.start, hall: s.hall.clone(), duration_mins: s.duration_mins }
    }

    /// No day, start or hall; the duration stays.
    pub fn unscheduled(duration_mins: u32) -> Self {
        Self { day: None, start: None, hall: None, duration_mins }
    }
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
    /// A session moved in the timetable (or taken out of the plan).
    Move,
    /// Only a session's length changed (its lower edge dragged).
    Resize,
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
    /// The session, when the edit changes, adds or removes one session and nothing else (what
    /// [`crate::clash::Checker::session_changed`] can take in).
    pub fn only_session(&self) -> Option<&SessionKey> {
        match self {
            Self::PutSession(key, _) | Self::Place(key, _) | Self::Remove(Removal::Session(key)) => Some(key),
            _ => None,
        }
    }

    /// What the edit does, read against the programme before it is applied.
    pub fn summary(&self, p: &Programme) -> EditSummary {
        let (action, target, name) = match self {
            Self::SetEvent(e) => (EditAction::Change, EditTarget::Event, e.title.clone()),
            Self::PutDay(k, d) => (action_for(p.days.contains_key(k)), EditTarget::Day, d.date.to_string()),
            Self::PutHall(k, h) => (action_for(p.halls.contains_key(k)), EditTarget::Hall, h.name.clone()),
            Self::PutTrack(k, t) => (action_for(p.tracks.contains_key(k)), EditTarget::Track, t.name.clone()),
            Self::PutPerson(k, x) => (action_for(p.people.contains_key(k)), EditTarget::Person, x.name.clone()),
            Self::PutSession(k, s) => (action_for(p.sessions.contains_key(k)), EditTarget::Session, s.title.clone()),
            Self::Remove(r) => {
                let (target, name) = removal_name(p, r);
                (EditAction::Delete, target, name)
            }
            Self::Place(k, to) => (
                match p.sessions.get(k).map(Placement::of) {
                    Some(from)
                        if from.duration_mins != to.duration_mins
                            && from.day == to.day
                            && from.start == to.start
                            && from.hall == to.hall =>
                    {
                        EditAction::Resize
                    }
                    _ => EditAction::Move,
                },
                EditTarget::Session,
                p.sessions.get(k).map_or_else(|| k.to_string(), |s| s.title.clone()),
            ),
            Self::MoveHall(k, _) => {
                (EditAction::Change, EditTarget::Hall, p.halls.get(k).map_or_else(|| k.to_string(), |h| h.name.clone()))
            }
        };
        EditSummary { action, target, name }
    }
}

fn removal_name(p: &Programme, r: &Removal) -> (EditTarget, String) {
    fn named(name: Option<&String>, key: &str) -> String {
        name.cloned().unwrap_or_else(|| key.to_owned())
    }
    match r {
        Removal::Day(k) => {
            (EditTarget::Day, p.days.get(k).map_or_else(|| k.to_string(), |d| d.date.format("%d.%m.%Y").to_string()))
        }
        Removal::Hall(k) => (EditTarget::Hall, named(p.halls.get(k).map(|h| &h.name), k.as_str())),
        Removal::Track(k) => (EditTarget::Track, named(p.tracks.get(k).map(|t| &t.name), k.as_str())),
        Removal::Person(k) => (EditTarget::Person, named(p.people.get(k).map(|x| &x.name), k.as_str())),
        Removal::Session(k) => (EditTarget::Session, named(p.sessions.get(k).map(|s| &s.title), k.as_str())),
    }
}

fn action_for(known: bool) -> EditAction {
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

fn missing(r: &Removal) -> EditError {
    match r {
        Removal::Day(k) => EditError::UnknownDay(k.to_string()),
        Removal::Hall(k) => EditError::UnknownHall(k.to_string()),
        Removal::Track(k) => EditError::UnknownTrack(k.to_string()),
        Removal::Person(k) => EditError::UnknownPerson(k.to_string()),
        Removal::Session(k) => EditError::UnknownSession(k.to_string()),
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
        Edit::Remove(r) => {
            if !remove::exists(p, &r) {
                return Err(missing(&r));
            }
            remove::remove(p, &r);
        }
        Edit::Place(k, placement) => {
            let Some(s) = p.sessions.get(&k) else { return Err(EditError::UnknownSession(k.to_string())) };
            let mut moved = s.clone();
            moved.day = placement.day;
            moved.start = placement.start;
            moved.hall = placement.hall;
            moved.duration_mins = placement.duration_mins;
            check_session(p, &moved)?;
            p.sessions.insert(k, moved);
        }
        Edit::MoveHall(k, position) => {
            if !remove::move_hall(p, &k, position) {
                return Err(EditError::UnknownHall(k.to_string()));
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
        assert_eq!(Edit::Remove(Removal::Session(key)).summary(&p).action, EditAction::Delete);
    }

    #[test]
    fn a_longer_session_is_a_resize_and_anything_else_a_move() {
        let p = sample();
        let (key, s) = p.sessions.iter().find(|(_, s)| s.start.is_some()).map(|(k, s)| (k.clone(), s)).unwrap();
        let longer = Placement { duration_mins: s.duration_mins + 15, ..Placement::of(s) };
        assert_eq!(Edit::Place(key.clone(), longer.clone()).summary(&p).action, EditAction::Resize);
        let later = Placement { start: s.start.and_then(|c| c.add_mins(15)), ..longer };
        assert_eq!(Edit::Place(key.clone(), later).summary(&p).action, EditAction::Move);
        let out = Placement::unscheduled(s.duration_mins);
        assert_eq!(Edit::Place(key, out).summary(&p).action, EditAction::Move);
    }

    #[test]
    fn removing_a_used_hall_unassigns_its_sessions_in_one_step() {
        let mut p = sample();
        let hall = crate::model::HallKey::new("halle-6");
        let users = users(&p, &Removal::Hall(hall.clone()));
        assert!(users.len() >= 2, "Halle 6 hosts the Smart Cities sessions");
        apply(&mut p, Edit::Remove(Removal::Hall(hall.clone()))).unwrap();
        assert!(!p.halls.contains_key(&hall));
        for k in &users {
            assert_eq!(p.sessions[k].hall, None, "{k} unassigned");
        }
        assert!(p.sessions.values().all(|s| s.hall_key() != Some(&hall)));
    }

    #[test]
    fn removing_a_person_or_day_unassigns_everywhere() {
        let mut p = sample();
        let person = crate::model::PersonKey::new("klara-geywitz");
        assert!(!users(&p, &Removal::Person(person.clone())).is_empty());
        apply(&mut p, Edit::Remove(Removal::Person(person.clone()))).unwrap();
        assert!(p.sessions.values().all(|s| {
            s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)).all(|x| x.person != person)
        }));
        let day = p.days.keys().next().unwrap().clone();
        apply(&mut p, Edit::Remove(Removal::Day(day.clone()))).unwrap();
        assert!(p.sessions.values().all(|s| s.day.as_ref() != Some(&day)));
        assert_eq!(apply(&mut p, Edit::Remove(Removal::Day(day.clone()))), Err(EditError::UnknownDay(day.to_string())));
    }

    #[test]
    fn halls_move_in_order() {
        let mut p = sample();
        let last = p.halls.keys().last().unwrap().clone();
        apply(&mut p, Edit::MoveHall(last.clone(), 0)).unwrap();
        assert_eq!(p.halls.keys().next(), Some(&last));
    }
}
