//! Removing a day, hall, track or person that sessions may use: what it would unassign ([`users`]), which
//! availability goes with a day ([`windows_lost`]), and the removal itself, which unassigns in the same
//! step (one undo restores everything).

use crate::model::{DayKey, HallKey, PersonKey, Programme, SessionKey, TrackKey};

/// A thing that can be removed from a programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removal {
    /// A day: sessions on it lose their day; availability windows on it go.
    Day(DayKey),
    /// A hall: sessions in it lose their hall.
    Hall(HallKey),
    /// A track: sessions in it lose their track.
    Track(TrackKey),
    /// A person: they leave every session and contribution.
    Person(PersonKey),
    /// A session.
    Session(SessionKey),
}

/// The sessions a removal would change, in key order.
pub fn users(p: &Programme, removal: &Removal) -> Vec<SessionKey> {
    p.sessions
        .iter()
        .filter(|(_, s)| match removal {
            Removal::Day(k) => s.day.as_ref() == Some(k),
            Removal::Hall(k) => s.hall_key() == Some(k),
            Removal::Track(k) => s.track.as_ref() == Some(k),
            Removal::Person(k) => {
                s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)).any(|x| &x.person == k)
            }
            Removal::Session(_) => false,
        })
        .map(|(k, _)| k.clone())
        .collect()
}

/// The halls and people (by name, halls first in hall order) that would lose availability windows: those
/// on a removed day. What they allow on other days stays.
pub fn windows_lost(p: &Programme, removal: &Removal) -> Vec<String> {
    let Removal::Day(day) = removal else { return Vec::new() };
    let spans = |a: &crate::model::Availability| matches!(a.on(day), crate::model::DayAvailability::Only(_));
    let halls = p.halls.values().filter(|h| spans(&h.availability)).map(|h| h.name.clone());
    let people = p.people.values().filter(|x| spans(&x.availability)).map(|x| x.name.clone());
    halls.chain(people).collect()
}

/// Whether the thing exists.
pub fn exists(p: &Programme, removal: &Removal) -> bool {
    match removal {
        Removal::Day(k) => p.days.contains_key(k),
        Removal::Hall(k) => p.halls.contains_key(k),
        Removal::Track(k) => p.tracks.contains_key(k),
        Removal::Person(k) => p.people.contains_key(k),
        Removal::Session(k) => p.sessions.contains_key(k),
    }
}

/// Removes the thing and unassigns it everywhere; the caller has checked that it exists.
pub(super) fn remove(p: &mut Programme, removal: &Removal) {
    match removal {
        Removal::Day(k) => {
            p.days.shift_remove(k);
            for s in p.sessions.values_mut().filter(|s| s.day.as_ref() == Some(k)) {
                s.day = None;
            }
            for h in p.halls.values_mut() {
                h.availability.remove_day(k);
            }
            for x in p.people.values_mut() {
                x.availability.remove_day(k);
            }
        }
        Removal::Hall(k) => {
            p.halls.shift_remove(k);
            for s in p.sessions.values_mut().filter(|s| s.hall_key() == Some(k)) {
                s.hall = None;
            }
        }
        Removal::Track(k) => {
            p.tracks.shift_remove(k);
            for s in p.sessions.values_mut().filter(|s| s.track.as_ref() == Some(k)) {
                s.track = None;
            }
        }
        Removal::Person(k) => {
            p.people.remove(k);
            for s in p.sessions.values_mut() {
                s.people.retain(|x| &x.person != k);
                for c in &mut s.contributions {
                    c.people.retain(|x| &x.person != k);
                }
            }
        }
        Removal::Session(k) => {
            p.sessions.remove(k);
        }
    }
}

/// Moves a hall to `position` in hall order (clamped to the end).
pub(super) fn move_hall(p: &mut Programme, key: &HallKey, position: usize) -> bool {
    let Some(from) = p.halls.get_index_of(key) else { return false };
    let to = position.min(p.halls.len().saturating_sub(1));
    p.halls.move_index(from, to);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_takes_the_windows_on_it() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let lost = windows_lost(&p, &Removal::Day(DayKey::new("rahmenprogramm")));
        assert!(lost.contains(&"Halle 7".to_owned()) && lost.contains(&"Annette Brandt".to_owned()), "{lost:?}");
        assert!(!lost.contains(&"Hans Joachim Schellnhuber".to_owned()));
        assert!(windows_lost(&p, &Removal::Hall(HallKey::new("halle-7"))).is_empty());
    }
}
