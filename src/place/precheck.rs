//! Checks before solving, as data for `i18n` to put in words: what no placement can fix, found before the
//! search starts (a solver explains infeasibility worse than a plain check does).

use rustc_hash::FxHashMap;

use crate::model::{DayKey, PersonKey, Programme, SessionKey, Status, TimeRange};

/// Something that keeps sessions from being placed without a clash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Precheck {
    /// A person's sessions last longer than the time they are available.
    PersonOverbooked {
        /// Who.
        person: PersonKey,
        /// Minutes of their sessions.
        needed_mins: i64,
        /// Minutes they are available.
        available_mins: i64,
    },
    /// A session is longer than every day it may go on.
    LongerThanEveryDay {
        /// The session.
        session: SessionKey,
    },
    /// A session's audience is larger than every hall with a known capacity, and no hall is without.
    AudienceTooLarge {
        /// The session.
        session: SessionKey,
        /// Its audience.
        audience: u32,
        /// The largest hall's seats.
        largest: u32,
    },
    /// The sessions of a day last longer than its halls are open.
    DayOverfull {
        /// The day.
        day: DayKey,
        /// Minutes of the sessions on it (placed, and unplaced with this day).
        needed_mins: i64,
        /// Minutes of its halls' opening hours.
        available_mins: i64,
    },
}

/// The checks for a run that places the unplaced sessions (of `only`, when given).
pub fn prechecks(p: &Programme, only: Option<&[SessionKey]>) -> Vec<Precheck> {
    let live = |s: &&crate::model::Session| s.status != Status::Cancelled;
    let to_place: Vec<(&SessionKey, &crate::model::Session)> = p
        .sessions
        .iter()
        .filter(|(_, s)| live(s) && (s.start.is_none() || s.hall.is_none() || s.day.is_none()))
        .filter(|(k, _)| only.is_none_or(|o| o.contains(k)))
        .collect();
    let mut out = Vec::new();
    let day_mins = |d: &DayKey| p.day_range(d).map_or(0, TimeRange::duration_mins);
    let longest = p.days.keys().map(day_mins).max().unwrap_or(0);
    let largest = p.halls.values().map(|h| h.capacity).collect::<Option<Vec<u32>>>().and_then(|c| c.into_iter().max());
    for (key, s) in &to_place {
        let room = s.day.as_ref().map_or(longest, day_mins);
        if i64::from(s.duration_mins) > room {
            out.push(Precheck::LongerThanEveryDay { session: (*key).clone() });
        }
        if let (Some(audience), Some(largest)) = (s.audience, largest)
            && audience > largest
        {
            out.push(Precheck::AudienceTooLarge { session: (*key).clone(), audience, largest });
        }
    }
    // People: every minute they are needed against every minute they are available (when limited).
    let mut needed: FxHashMap<&PersonKey, i64> = FxHashMap::default();
    for s in p.sessions.values().filter(live) {
        let mut seen: Vec<&PersonKey> = s.people.iter().map(|x| &x.person).collect();
        seen.extend(s.contributions.iter().flat_map(|c| c.people.iter().map(|x| &x.person)));
        seen.sort();
        seen.dedup();
        for person in seen {
            *needed.entry(person).or_default() += i64::from(s.duration_mins);
        }
    }
    for (person, needed_mins) in needed {
        let Some(windows) = p.people.get(person).and_then(|x| x.availability.windows(p)) else { continue };
        let available_mins: i64 = windows.iter().filter_map(|w| p.window_range(w)).map(TimeRange::duration_mins).sum();
        if needed_mins > available_mins {
            out.push(Precheck::PersonOverbooked { person: person.clone(), needed_mins, available_mins });
        }
    }
    // Days: session-minutes against hall-minutes (halls that take one session at a time).
    let exclusive = p.halls.values().filter(|h| !h.parallel).count() as i64;
    for day in p.days.keys() {
        let needed_mins: i64 = p
            .sessions
            .values()
            .filter(live)
            .filter(|s| s.day.as_ref() == Some(day))
            .map(|s| i64::from(s.duration_mins) * if s.is_all_halls() { exclusive.max(1) } else { 1 })
            .sum();
        let available_mins = day_mins(day) * exclusive;
        if exclusive > 0 && needed_mins > available_mins {
            out.push(Precheck::DayOverfull { day: day.clone(), needed_mins, available_mins });
        }
    }
    out
}
