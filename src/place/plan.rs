//! [`Plan`]: a programme being placed, with the clash checker kept beside it so that trying a place
//! costs two session updates of the checker, not a check of the whole programme. What a session may not
//! be in at a place: an error clash, or a place outside the day's hours, the hall's or a person's
//! availability, or a hall too small ("hard"). Changeover and travel time only count against a place
//! ("soft").

use crate::clash::{Checker, Clash, ClashKind, Counts, Severity};
use crate::edit::{self, Edit, Placement};
use crate::model::{HallPlacement, Programme, SessionKey};

use super::slots::Place;

/// What a session is in at a place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cost {
    /// Error clashes (hall or person twice, an invalid session).
    pub errors: usize,
    /// Warnings that rule a place out: day hours, availability, capacity.
    pub hard: usize,
    /// Other warnings: changeover and travel time.
    pub soft: usize,
}

impl Cost {
    /// Whether nothing rules the place out.
    pub fn is_free(&self) -> bool {
        self.errors == 0 && self.hard == 0
    }
}

fn is_hard(kind: ClashKind) -> bool {
    matches!(
        kind,
        ClashKind::HallUnavailable
            | ClashKind::SpeakerUnavailable
            | ClashKind::OutsideDayHours
            | ClashKind::OverCapacity
    )
}

/// The cost of the clashes among `clashes` that involve `key`.
pub fn cost_of(clashes: &[Clash], key: &SessionKey) -> Cost {
    let mut cost = Cost::default();
    for c in clashes.iter().filter(|c| c.involved().any(|k| k == key)) {
        match c.severity() {
            Severity::Error => cost.errors += 1,
            Severity::Warning if is_hard(c.kind) => cost.hard += 1,
            Severity::Warning => cost.soft += 1,
            Severity::Info => {}
        }
    }
    cost
}

/// A programme and its checker, changed one placement at a time.
pub struct Plan {
    p: Programme,
    checker: Checker,
}

impl Plan {
    /// Reads the programme and finds its clashes.
    pub fn new(p: Programme) -> Self {
        let checker = Checker::new(&p);
        Self { p, checker }
    }

    /// The programme as placed so far.
    pub fn programme(&self) -> &Programme {
        &self.p
    }

    /// The programme, giving up the checker.
    pub fn into_programme(self) -> Programme {
        self.p
    }

    /// Every clash now.
    pub fn clashes(&self) -> &[Clash] {
        self.checker.clashes()
    }

    /// The counts of every clash now.
    pub fn counts(&self) -> Counts {
        Counts::of(self.checker.clashes())
    }

    /// What the session is in now.
    pub fn cost(&self, key: &SessionKey) -> Cost {
        cost_of(self.checker.clashes(), key)
    }

    /// Sets a session's placement (its duration stays); `false` when the edit is refused.
    pub fn set(&mut self, key: &SessionKey, placement: Placement) -> bool {
        if edit::apply(&mut self.p, Edit::Place(key.clone(), placement)).is_err() {
            return false;
        }
        self.checker.session_changed(&self.p, key);
        true
    }

    /// Puts a session at a place.
    pub fn put(&mut self, key: &SessionKey, place: &Place) -> bool {
        let Some(s) = self.p.sessions.get(key) else { return false };
        let placement = Placement {
            day: Some(place.day.clone()),
            start: Some(place.start),
            hall: Some(place.hall.clone()),
            duration_mins: s.duration_mins,
        };
        self.set(key, placement)
    }

    /// Takes a session off the plan, keeping its day when `keep_day`.
    pub fn take_off(&mut self, key: &SessionKey, keep_day: bool) -> bool {
        let Some(s) = self.p.sessions.get(key) else { return false };
        let mut placement = Placement::unscheduled(s.duration_mins);
        if keep_day {
            placement.day = s.day.clone();
        }
        self.set(key, placement)
    }

    /// What the session would be in at `place`; the plan is left as it was.
    pub fn try_place(&mut self, key: &SessionKey, place: &Place) -> Option<Cost> {
        let before = self.p.sessions.get(key).map(Placement::of)?;
        if !self.put(key, place) {
            return None;
        }
        let cost = self.cost(key);
        self.set(key, before);
        Some(cost)
    }

    /// Whether a session has a day, a start and a hall.
    pub fn is_placed(&self, key: &SessionKey) -> bool {
        self.p.sessions.get(key).is_some_and(|s| s.day.is_some() && s.start.is_some() && s.hall.is_some())
    }

    /// The session's place, when it has one.
    pub fn place_of(&self, key: &SessionKey) -> Option<Place> {
        let s = self.p.sessions.get(key)?;
        Some(Place { day: s.day.clone()?, hall: s.hall.clone()?, start: s.start? })
    }
}

/// The hall placement's position in hall order (all halls first).
pub(super) fn hall_position(p: &Programme, hall: &HallPlacement) -> usize {
    match hall {
        HallPlacement::All => 0,
        HallPlacement::Hall(h) => p.halls.get_index_of(h).map_or(usize::MAX, |i| i + 1),
    }
}
