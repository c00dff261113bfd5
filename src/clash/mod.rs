//! Clash detection: `detect(&Programme) -> Vec<Clash>`, pure, deterministic and sorted
//! (CONTRACTS §4), and the [`Checker`] behind it that the editor keeps between edits (an edit to one
//! session is taken in by sweeping only what that session touches). Clashes carry data; `i18n` renders
//! their messages. Cancelled sessions are ignored. The work is sort + sweep per hall and per person (see
//! `index.rs`), never all pairs.

mod checker;
mod index;
mod item;
mod pairs;
mod rules;

pub use checker::Checker;
pub use pairs::{GROUP_SESSIONS, PAIR_CAP};

use crate::model::{AbsMinute, HallKey, PersonKey, Problem, Programme, SessionKey};

/// How bad a clash is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Must be fixed: `podium check` exits 1.
    Error,
    /// Should be looked at.
    Warning,
    /// For information.
    Info,
}

impl Severity {
    /// The contract's name: `error`, `warning`, `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

/// The kinds of clash, in the contract's order (which is also their sort order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClashKind {
    /// A validation problem.
    Invalid,
    /// Two sessions overlap in one hall.
    RoomOverlap,
    /// A person is in two overlapping sessions.
    SpeakerOverlap,
    /// A session lies outside a person's availability.
    SpeakerUnavailable,
    /// A session lies outside its hall's availability.
    HallUnavailable,
    /// A session starts before its day opens or ends after it closes.
    OutsideDayHours,
    /// The expected audience exceeds the hall's capacity.
    OverCapacity,
    /// Too little time between two sessions in one hall.
    Changeover,
    /// Too little time for a person to get from one venue to another.
    TravelTime,
    /// A confirmed session lacks a day, a start or a hall.
    Unscheduled,
}

impl ClashKind {
    /// Every kind, in order.
    pub const ALL: [Self; 10] = [
        Self::Invalid,
        Self::RoomOverlap,
        Self::SpeakerOverlap,
        Self::SpeakerUnavailable,
        Self::HallUnavailable,
        Self::OutsideDayHours,
        Self::OverCapacity,
        Self::Changeover,
        Self::TravelTime,
        Self::Unscheduled,
    ];

    /// The contract's name, e.g. `room_overlap`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invalid => "invalid",
            Self::RoomOverlap => "room_overlap",
            Self::SpeakerOverlap => "speaker_overlap",
            Self::SpeakerUnavailable => "speaker_unavailable",
            Self::HallUnavailable => "hall_unavailable",
            Self::OutsideDayHours => "outside_day_hours",
            Self::OverCapacity => "over_capacity",
            Self::Changeover => "changeover",
            Self::TravelTime => "travel_time",
            Self::Unscheduled => "unscheduled",
        }
    }

    /// The fixed severity of the kind.
    pub fn severity(self) -> Severity {
        match self {
            Self::Invalid | Self::RoomOverlap | Self::SpeakerOverlap => Severity::Error,
            Self::Unscheduled => Severity::Info,
            _ => Severity::Warning,
        }
    }
}

/// A session involved in a clash, and the contribution when the clash comes from one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClashSession {
    /// The session.
    pub session: SessionKey,
    /// Index of the contribution within the session.
    pub contribution: Option<usize>,
}

/// The facts behind a clash, for its message.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Detail {
    /// Nothing beyond kind, sessions, hall and speaker.
    None,
    /// The validation problem of an `invalid` clash.
    Problem(Box<Problem>),
    /// What an unscheduled session lacks.
    Missing {
        /// No day.
        day: bool,
        /// No start.
        start: bool,
        /// No hall.
        hall: bool,
    },
    /// Audience and capacity of an `over_capacity` clash.
    Capacity {
        /// Expected audience.
        audience: u32,
        /// Seats.
        capacity: u32,
    },
    /// The gap found and the minutes needed (`changeover`, `travel_time`).
    Gap {
        /// Minutes between the two sessions.
        gap_mins: i64,
        /// Minutes required.
        needed_mins: u32,
    },
    /// More overlapping pairs in one hall or of one person than [`PAIR_CAP`]: one clash for them all,
    /// naming the first [`GROUP_SESSIONS`] sessions involved (CONTRACTS §4, bounded reports).
    Grouped {
        /// The exact number of overlapping pairs.
        pairs: usize,
        /// Every session involved, in time order (the clash's `sessions` name the first of them).
        involved: Box<Vec<SessionKey>>,
    },
    /// Minutes before opening and after closing (`outside_day_hours`).
    DayHours {
        /// Minutes the session starts before the day opens (0 if not).
        early_mins: i64,
        /// Minutes the session ends after the day closes (0 if not).
        late_mins: i64,
    },
}

/// One clash.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Clash {
    /// What kind.
    pub kind: ClashKind,
    /// The sessions involved, in the order the message names them.
    pub sessions: Vec<ClashSession>,
    /// The hall, for hall kinds.
    pub hall: Option<HallKey>,
    /// The person, for person kinds.
    pub speaker: Option<PersonKey>,
    /// The facts for the message.
    pub detail: Detail,
    /// Earliest absolute start among the sessions involved (of the contribution when from one).
    pub start: Option<AbsMinute>,
}

impl Clash {
    /// The kind's severity.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// Every session the clash is about: all those of a grouped clash, else its `sessions`.
    pub fn involved(&self) -> impl Iterator<Item = &SessionKey> {
        let all = match &self.detail {
            Detail::Grouped { involved, .. } => Some(involved.iter()),
            _ => None,
        };
        let named = if all.is_none() { Some(self.sessions.iter().map(|s| &s.session)) } else { None };
        all.into_iter().flatten().chain(named.into_iter().flatten())
    }

    /// How many clashes this one stands for: the pairs of a grouped clash, else 1.
    pub fn weight(&self) -> usize {
        match self.detail {
            Detail::Grouped { pairs, .. } => pairs,
            _ => 1,
        }
    }
}

/// Counts by severity; a grouped clash counts as the pairs it stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Error-severity clashes.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Counts {
    /// Counts a list of clashes.
    pub fn of(clashes: &[Clash]) -> Self {
        let mut c = Self::default();
        for clash in clashes {
            let n = clash.weight();
            match clash.severity() {
                Severity::Error => c.errors += n,
                Severity::Warning => c.warnings += n,
                Severity::Info => c.infos += n,
            }
        }
        c
    }
}

/// Every clash in the programme, sorted by earliest start (none last), kind, hall (in hall order),
/// speaker and session keys, without duplicates. What a [`Checker`] made for `p` holds.
pub fn detect(p: &Programme) -> Vec<Clash> {
    Checker::new(p).into_clashes()
}

#[cfg(test)]
mod tests;
