//! Edits: the only way a programme changes. Each [`Edit`] checks that every key it refers to exists before
//! it touches anything, so a failed edit leaves the programme as it was. [`Edit::Create`] picks the new
//! key from the name and returns it; [`Edit::Update`] fails on a key that no longer exists;
//! [`Edit::Batch`] applies several edits as one. Applying returns a [`Change`], what the edit replaced,
//! which `history` keeps for undo and redo instead of a copy of the programme.

mod apply;
pub mod bulk;
mod change;
mod history;
mod remove;

pub use apply::{Applied, apply, key_for};
pub use change::Change;
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
    /// Add a day, hall, track, person or session under a new key made from its name (new days, halls and
    /// tracks go last). [`Applied::created`] names the key.
    Create(Item),
    /// Replace an existing day, hall, track, person or session; fails when its key is gone.
    Update(Update),
    /// Remove a session, or remove a day, hall, track or person and unassign it from every session.
    Remove(Removal),
    /// Move a hall to a position in hall order.
    MoveHall(HallKey, usize),
    /// Place a session: day, start, hall and duration (the timetable's drag and drop).
    Place(SessionKey, Placement),
    /// Several edits applied in order as one, labelled for undo ("3 Sessions verschieben"): all of them or
    /// none, one undo step, one clash update.
    Batch(String, Vec<Edit>),
}

/// Something new for [`Edit::Create`].
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A day.
    Day(Day),
    /// A hall.
    Hall(Box<Hall>),
    /// A track.
    Track(Track),
    /// A person.
    Person(Box<Person>),
    /// A session.
    Session(Box<Session>),
}

/// An existing thing with its new value, for [`Edit::Update`].
#[derive(Clone, Debug, PartialEq)]
pub enum Update {
    /// A day.
    Day(DayKey, Day),
    /// A hall.
    Hall(HallKey, Box<Hall>),
    /// A track.
    Track(TrackKey, Track),
    /// A person.
    Person(PersonKey, Box<Person>),
    /// A session.
    Session(SessionKey, Box<Session>),
}

/// The key of a day, hall, track, person or session.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemKey {
    /// A day.
    Day(DayKey),
    /// A hall.
    Hall(HallKey),
    /// A track.
    Track(TrackKey),
    /// A person.
    Person(PersonKey),
    /// A session.
    Session(SessionKey),
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
    /// Its name or title as it was shown; a batch's whole label.
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
    /// Several edits as one, named by their label.
    Batch,
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

impl Item {
    fn target_and_name(&self) -> (EditTarget, String) {
        match self {
            Self::Day(d) => (EditTarget::Day, d.date.to_string()),
            Self::Hall(h) => (EditTarget::Hall, h.name.clone()),
            Self::Track(t) => (EditTarget::Track, t.name.clone()),
            Self::Person(x) => (EditTarget::Person, x.name.clone()),
            Self::Session(s) => (EditTarget::Session, s.title.clone()),
        }
    }
}

impl Update {
    fn target_and_name(&self) -> (EditTarget, String) {
        match self {
            Self::Day(_, d) => (EditTarget::Day, d.date.to_string()),
            Self::Hall(_, h) => (EditTarget::Hall, h.name.clone()),
            Self::Track(_, t) => (EditTarget::Track, t.name.clone()),
            Self::Person(_, x) => (EditTarget::Person, x.name.clone()),
            Self::Session(_, s) => (EditTarget::Session, s.title.clone()),
        }
    }
}

impl Edit {
    /// What the edit does, read against the programme before it is applied.
    pub fn summary(&self, p: &Programme) -> EditSummary {
        let (action, target, name) = match self {
            Self::SetEvent(e) => (EditAction::Change, EditTarget::Event, e.title.clone()),
            Self::Create(item) => {
                let (target, name) = item.target_and_name();
                (EditAction::Create, target, name)
            }
            Self::Update(update) => {
                let (target, name) = update.target_and_name();
                (EditAction::Change, target, name)
            }
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
            Self::Batch(label, edits) => {
                let target = edits.first().map_or(EditTarget::Session, |e| e.summary(p).target);
                (EditAction::Batch, target, label.clone())
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
        let result = apply(&mut p, Edit::Update(Update::Session(key, Box::new(moved))));
        assert_eq!(result, Err(EditError::UnknownHall("halle-99".into())));
        assert_eq!(p, before);
    }

    #[test]
    fn summaries_say_create_change_delete() {
        let p = sample();
        let (key, s) = p.sessions.iter().next().map(|(k, s)| (k.clone(), s.clone())).unwrap();
        assert_eq!(
            Edit::Update(Update::Session(key.clone(), Box::new(s.clone()))).summary(&p).action,
            EditAction::Change
        );
        assert_eq!(Edit::Create(Item::Session(Box::new(s))).summary(&p).action, EditAction::Create);
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
