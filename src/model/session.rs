//! Sessions and their contributions: content, placement (day, start, hall — each optional), people.

use super::entities::External;
use super::key::{ContributionKey, DayKey, HallKey, PersonKey, TrackKey};
use super::time::Clock;

/// What kind of programme item a session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum SessionKind {
    /// Plenary session in the main hall.
    Plenary,
    /// Keynote speech.
    Keynote,
    /// Panel discussion.
    Panel,
    /// Arena: parallel themed forum.
    Arena,
    /// Talk.
    #[default]
    Talk,
    /// Workshop.
    Workshop,
    /// Break (coffee, lunch).
    Break,
    /// Excursion.
    Excursion,
    /// Reception or evening event.
    Reception,
    /// Anything else.
    Other,
}

impl SessionKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [Self; 10] = [
        Self::Plenary,
        Self::Keynote,
        Self::Panel,
        Self::Arena,
        Self::Talk,
        Self::Workshop,
        Self::Break,
        Self::Excursion,
        Self::Reception,
        Self::Other,
    ];
}

/// Planning status of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Status {
    /// Not yet confirmed: checked, but not public.
    #[default]
    Draft,
    /// Confirmed: public.
    Confirmed,
    /// Cancelled: ignored by the checks, not public.
    Cancelled,
}

/// The part a person plays in a session or contribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Role {
    /// Speaks.
    #[default]
    Speaker,
    /// Moderates.
    Moderator,
    /// Hosts (welcome, greeting, guide of an excursion).
    Host,
}

/// A person with a role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participation {
    /// Who.
    pub person: PersonKey,
    /// In what role.
    pub role: Role,
}

/// Where a session is placed: one hall, or all halls at once (a lunch break).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HallPlacement {
    /// One hall.
    Hall(HallKey),
    /// Every hall; occupies each hall that does not allow parallel use.
    All,
}

/// One item inside a session (a talk in an arena, a city's presentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contribution {
    /// Key, unique within the session.
    pub key: ContributionKey,
    /// Title.
    pub title: String,
    /// Length in minutes.
    pub duration_mins: u32,
    /// Start in minutes after the session's start; `None` means right after the previous contribution.
    pub offset_mins: Option<u32>,
    /// Who presents it.
    pub people: Vec<Participation>,
    /// Identifiers from an imported file.
    pub external: External,
}

/// A programme item with its placement.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Session {
    /// Title.
    pub title: String,
    /// Subtitle.
    pub subtitle: String,
    /// Kind.
    pub kind: SessionKind,
    /// Track.
    pub track: Option<TrackKey>,
    /// Planning status.
    pub status: Status,
    /// Language code, e.g. "de"; empty when not set.
    pub language: String,
    /// Public description.
    pub description: String,
    /// Expected audience.
    pub audience: Option<u32>,
    /// Programme day, when known.
    pub day: Option<DayKey>,
    /// Start on that day, when known.
    pub start: Option<Clock>,
    /// Hall, when known.
    pub hall: Option<HallPlacement>,
    /// Length in minutes (stored only here).
    pub duration_mins: u32,
    /// People in the session as a whole.
    pub people: Vec<Participation>,
    /// Items inside the session, in order.
    pub contributions: Vec<Contribution>,
    /// Pinned by the organisers: automatic placement and repair never move it (internal, never exported).
    pub pinned: bool,
    /// Internal notes (never exported).
    pub notes: String,
    /// Identifiers from an imported file.
    pub external: External,
}

impl Session {
    /// Start offset and duration of each contribution, in minutes from the session's start: one after
    /// another, unless a contribution sets its own offset.
    pub fn contribution_offsets(&self) -> Vec<(u32, u32)> {
        self.contribution_offsets_iter().collect()
    }

    /// [`Self::contribution_offsets`] without allocating, for hot loops.
    pub fn contribution_offsets_iter(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        let mut next = 0u32;
        self.contributions.iter().map(move |c| {
            let start = c.offset_mins.unwrap_or(next);
            next = start.saturating_add(c.duration_mins);
            (start, c.duration_mins)
        })
    }

    /// The hall key when placed in exactly one hall.
    pub fn hall_key(&self) -> Option<&HallKey> {
        match &self.hall {
            Some(HallPlacement::Hall(key)) => Some(key),
            _ => None,
        }
    }

    /// Whether the session is placed in all halls.
    pub fn is_all_halls(&self) -> bool {
        self.hall == Some(HallPlacement::All)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contribution(duration_mins: u32, offset_mins: Option<u32>) -> Contribution {
        Contribution {
            key: ContributionKey::new("c"),
            title: String::new(),
            duration_mins,
            offset_mins,
            people: Vec::new(),
            external: External::new(),
        }
    }

    #[test]
    fn contributions_follow_each_other_unless_offset() {
        let session = Session {
            contributions: vec![
                contribution(20, None),
                contribution(30, None),
                contribution(15, Some(90)),
                contribution(10, None),
            ],
            ..Session::default()
        };
        assert_eq!(session.contribution_offsets(), vec![(0, 20), (20, 30), (90, 15), (105, 10)]);
    }
}
