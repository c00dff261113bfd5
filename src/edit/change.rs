//! [`Change`]: what an applied edit replaced, kept for undo instead of a copy of the programme. It holds
//! the earlier state of each thing the edit touched (absent for something it created; with its position
//! for days, halls and tracks, whose order matters). Putting a change back returns the change that
//! redoes it, so undo and redo are the same operation. A batch's change is its edits' changes one after
//! another; putting back goes from the last to the first, so the same thing may appear several times.

use indexmap::IndexMap;

use crate::model::{
    Day, DayKey, Event, Hall, HallKey, Person, PersonKey, Programme, Session, SessionKey, Track, TrackKey,
};

/// Something an edit can touch: the event, or one day, hall, track, person or session by key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    Event,
    Day(DayKey),
    Hall(HallKey),
    Track(TrackKey),
    Person(PersonKey),
    Session(SessionKey),
}

/// The state of one slot: its value (and position in order), or `None` where nothing was.
#[derive(Clone, Debug, PartialEq)]
enum Prior {
    Event(Box<Event>),
    Day(DayKey, Option<(usize, Day)>),
    Hall(HallKey, Option<(usize, Box<Hall>)>),
    Track(TrackKey, Option<(usize, Track)>),
    Person(PersonKey, Option<Box<Person>>),
    Session(SessionKey, Option<Box<Session>>),
}

/// What an edit replaced (see the module docs).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change(Vec<Prior>);

fn ordered<K: Clone + std::hash::Hash + Eq, V: Clone>(map: &IndexMap<K, V>, key: &K) -> Option<(usize, V)> {
    map.get_full(key).map(|(i, _, v)| (i, v.clone()))
}

/// Puts `key` back at `at` with its value, or takes it out; returns what stood there.
fn put_ordered<K: Clone + std::hash::Hash + Eq, V>(
    map: &mut IndexMap<K, V>,
    key: K,
    at: Option<(usize, V)>,
) -> Option<(usize, V)> {
    let now = map.shift_remove_full(&key).map(|(i, _, v)| (i, v));
    if let Some((index, value)) = at {
        map.shift_insert(index.min(map.len()), key, value);
    }
    now
}

impl Prior {
    fn of(p: &Programme, slot: &Slot) -> Self {
        match slot {
            Slot::Event => Self::Event(Box::new(p.event.clone())),
            Slot::Day(k) => Self::Day(k.clone(), ordered(&p.days, k)),
            Slot::Hall(k) => Self::Hall(k.clone(), ordered(&p.halls, k).map(|(i, h)| (i, Box::new(h)))),
            Slot::Track(k) => Self::Track(k.clone(), ordered(&p.tracks, k)),
            Slot::Person(k) => Self::Person(k.clone(), p.people.get(k).cloned().map(Box::new)),
            Slot::Session(k) => Self::Session(k.clone(), p.sessions.get(k).cloned().map(Box::new)),
        }
    }

    /// Puts this state back and returns the state it replaced.
    fn put_back(self, p: &mut Programme) -> Self {
        match self {
            Self::Event(e) => Self::Event(Box::new(std::mem::replace(&mut p.event, *e))),
            Self::Day(k, at) => Self::Day(k.clone(), put_ordered(&mut p.days, k, at)),
            Self::Hall(k, at) => {
                let now = put_ordered(&mut p.halls, k.clone(), at.map(|(i, h)| (i, *h)));
                Self::Hall(k, now.map(|(i, h)| (i, Box::new(h))))
            }
            Self::Track(k, at) => Self::Track(k.clone(), put_ordered(&mut p.tracks, k, at)),
            Self::Person(k, value) => {
                let now = match value {
                    Some(x) => p.people.insert(k.clone(), *x),
                    None => p.people.remove(&k),
                };
                Self::Person(k, now.map(Box::new))
            }
            Self::Session(k, value) => {
                let now = match value {
                    Some(s) => p.sessions.insert(k.clone(), *s),
                    None => p.sessions.remove(&k),
                };
                Self::Session(k, now.map(Box::new))
            }
        }
    }

    fn session(&self) -> Option<&SessionKey> {
        match self {
            Self::Session(k, _) => Some(k),
            _ => None,
        }
    }
}

impl Change {
    /// The present state of `slots`, before an edit changes them.
    pub(super) fn capture(p: &Programme, slots: &[Slot]) -> Self {
        Self(slots.iter().map(|s| Prior::of(p, s)).collect())
    }

    /// Appends the change of a later edit (a batch).
    pub(super) fn then(&mut self, later: Change) {
        self.0.extend(later.0);
    }

    /// Puts the earlier state back, last touched first, and returns the change that redoes it.
    pub fn put_back(self, p: &mut Programme) -> Change {
        Change(self.0.into_iter().rev().map(|prior| prior.put_back(p)).collect())
    }

    /// The sessions touched, in key order without repeats, when the change touched nothing but sessions
    /// (what the clash checker can take in one by one); `None` when it touched anything else.
    pub fn only_sessions(&self) -> Option<Vec<SessionKey>> {
        let mut keys: Vec<SessionKey> = self.0.iter().map(|p| p.session().cloned()).collect::<Option<_>>()?;
        keys.sort();
        keys.dedup();
        Some(keys)
    }
}
