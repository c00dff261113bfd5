//! The programme model: the [`Programme`] aggregate with its event, days, halls, people, tracks and
//! sessions, stored by key. Pure data, no IO, no serde, no GUI. Every mutation goes through `edit`; this
//! module only offers reading helpers and [`validate`].

pub mod agenda;
mod availability;
mod day_lookup;
mod entities;
mod event;
mod folded;
pub mod input;
mod key;
mod session;
pub mod time;
mod validate;

use std::collections::BTreeMap;

use indexmap::IndexMap;

pub use availability::{Availability, DayAvailability, Span};
pub use day_lookup::DayLookup;
pub use entities::{Day, External, Hall, Person, Track, Window};
pub use event::{DEFAULT_TIME_ZONE, Event, SNAP_STEPS_MINS, Venue};
pub use key::{ContributionKey, DayKey, HallKey, PersonKey, SessionKey, TrackKey, slugify, unique_key};
pub use session::{Contribution, HallPlacement, Participation, Role, Session, SessionKind, Status};
pub use time::{AbsMinute, Clock, ClockError, TimeRange};
pub use validate::{Problem, ProblemKind, Subject, is_colour, session_validation, validate};
pub(crate) use validate::{programme_problems, session_problems};

/// A whole congress programme. Days, halls and tracks keep their explicit order (the order of the map);
/// people and sessions are ordered by key. Every key a session, window or contribution refers to exists:
/// the file loader and the edits keep it so, and readers skip what does not resolve rather than panic.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Programme {
    /// The event.
    pub event: Event,
    /// Programme days in order.
    pub days: IndexMap<DayKey, Day>,
    /// Halls in hall order.
    pub halls: IndexMap<HallKey, Hall>,
    /// Tracks in order.
    pub tracks: IndexMap<TrackKey, Track>,
    /// People by key.
    pub people: BTreeMap<PersonKey, Person>,
    /// Sessions by key.
    pub sessions: BTreeMap<SessionKey, Session>,
}

impl Programme {
    /// The absolute time range of a day's opening hours.
    pub fn day_range(&self, key: &DayKey) -> Option<TimeRange> {
        let day = self.days.get(key)?;
        let start = time::abs_minute(day.date, day.opens);
        Some(TimeRange { start, end: time::abs_minute(day.date, day.closes) })
    }

    /// The absolute range of a window; `None` when its day does not exist.
    pub fn window_range(&self, window: &Window) -> Option<TimeRange> {
        let day = self.days.get(&window.day)?;
        Some(TimeRange { start: time::abs_minute(day.date, window.from), end: time::abs_minute(day.date, window.to) })
    }

    /// The absolute range of a session that has a day and a start.
    pub fn session_range(&self, session: &Session) -> Option<TimeRange> {
        let day = self.days.get(session.day.as_ref()?)?;
        let start = time::abs_minute(day.date, session.start?);
        Some(TimeRange::new(start, session.duration_mins))
    }

    /// The absolute ranges of a session's contributions, in order (empty when the session has no time).
    pub fn contribution_ranges(&self, session: &Session) -> Vec<TimeRange> {
        let Some(range) = self.session_range(session) else { return Vec::new() };
        session
            .contribution_offsets()
            .into_iter()
            .map(|(offset, duration)| TimeRange::new(range.start + i64::from(offset), duration))
            .collect()
    }

    /// The venue a hall belongs to: its own, else the event's main venue.
    pub fn hall_venue<'a>(&'a self, hall: &'a Hall) -> &'a str {
        hall.venue.as_deref().unwrap_or(&self.event.venue.name)
    }

    /// The venue of a placement: its hall's, or the main venue for all halls; `None` for an unknown hall.
    pub fn placement_venue(&self, placement: &HallPlacement) -> Option<&str> {
        match placement {
            HallPlacement::All => Some(self.event.venue.name.as_str()),
            HallPlacement::Hall(key) => self.halls.get(key).map(|h| self.hall_venue(h)),
        }
    }

    /// The changeover minutes that apply to a hall.
    pub fn changeover_mins(&self, hall: &Hall) -> u32 {
        hall.changeover_mins.unwrap_or(self.event.changeover_mins)
    }

    /// A display name for a hall placement ("Halle 6", or `all_halls` for all halls).
    pub fn hall_name<'a>(&'a self, placement: &'a HallPlacement, all_halls: &'a str) -> &'a str {
        match placement {
            HallPlacement::All => all_halls,
            HallPlacement::Hall(key) => self.halls.get(key).map_or(key.as_str(), |h| h.name.as_str()),
        }
    }
}
