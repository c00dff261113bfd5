//! What the clash rules read of one session ([`Item`]) and of its occupations: a hall for a time
//! ([`RoomEntry`]) and a person present for a time ([`PersonEntry`]). Small and `Copy`, so that sweeps
//! stream through memory and never read the programme.

use crate::model::{Session, SessionKind, Status, TimeRange};

/// One session as the rules see it, in 56 bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Item {
    range: TimeRange,
    day: TimeRange,
    hall: u32,
    audience: u32,
    /// Where its people's positions start in [`super::index::Index`]'s list of them.
    pub(super) people_at: u32,
    /// How many there are (with repeats when someone is in several contributions).
    pub(super) people_len: u32,
    flags: u16,
}

const TIMED: u16 = 1;
const HAS_DAY: u16 = 1 << 1;
const HAS_HALL: u16 = 1 << 2;
const HAS_AUDIENCE: u16 = 1 << 3;
const CANCELLED: u16 = 1 << 4;
const BREAK: u16 = 1 << 5;
const CONFIRMED: u16 = 1 << 6;
const ALL_HALLS: u16 = 1 << 7;
const LACKS_DAY: u16 = 1 << 8;
const LACKS_START: u16 = 1 << 9;
const LACKS_HALL: u16 = 1 << 10;
const GONE: u16 = 1 << 11;

impl Item {
    pub(super) fn of(s: &Session, range: Option<TimeRange>, day: Option<TimeRange>, hall: Option<u32>) -> Self {
        let flag = |on: bool, bit: u16| if on { bit } else { 0 };
        let flags = flag(range.is_some(), TIMED)
            | flag(day.is_some(), HAS_DAY)
            | flag(hall.is_some(), HAS_HALL)
            | flag(s.audience.is_some(), HAS_AUDIENCE)
            | flag(s.status == Status::Cancelled, CANCELLED)
            | flag(s.kind == SessionKind::Break, BREAK)
            | flag(s.status == Status::Confirmed, CONFIRMED)
            | flag(s.is_all_halls(), ALL_HALLS)
            | flag(s.day.is_none(), LACKS_DAY)
            | flag(s.start.is_none(), LACKS_START)
            | flag(s.hall.is_none(), LACKS_HALL);
        Self {
            range: range.unwrap_or_default(),
            day: day.unwrap_or_default(),
            hall: hall.unwrap_or_default(),
            audience: s.audience.unwrap_or_default(),
            people_at: 0,
            people_len: 0,
            flags,
        }
    }

    /// The item of a removed session, whose slot stays unused.
    pub(super) fn gone() -> Self {
        Self { flags: GONE, ..Self::default() }
    }

    /// The session was removed.
    pub fn is_gone(&self) -> bool {
        self.has(GONE)
    }

    fn has(&self, bit: u16) -> bool {
        self.flags & bit != 0
    }

    /// Absolute range, when it has a day and a start.
    pub fn range(&self) -> Option<TimeRange> {
        self.has(TIMED).then_some(self.range)
    }

    /// Opening hours of its day, when it has one.
    pub fn day(&self) -> Option<TimeRange> {
        self.has(HAS_DAY).then_some(self.day)
    }

    /// Position of its hall in hall order, when placed in one known hall.
    pub fn hall(&self) -> Option<u32> {
        self.has(HAS_HALL).then_some(self.hall)
    }

    /// Expected audience.
    pub fn audience(&self) -> Option<u32> {
        self.has(HAS_AUDIENCE).then_some(self.audience)
    }

    /// Cancelled: ignored by every rule (its validation problems still count).
    pub fn cancelled(&self) -> bool {
        self.has(CANCELLED)
    }

    /// A break (exempt from changeover).
    pub fn is_break(&self) -> bool {
        self.has(BREAK)
    }

    /// Confirmed.
    pub fn confirmed(&self) -> bool {
        self.has(CONFIRMED)
    }

    /// Placed in all halls.
    pub fn all_halls(&self) -> bool {
        self.has(ALL_HALLS)
    }

    /// What is not set: day, start, hall.
    pub fn lacks(&self) -> (bool, bool, bool) {
        (self.has(LACKS_DAY), self.has(LACKS_START), self.has(LACKS_HALL))
    }
}

/// A hall occupied by a session for a time.
#[derive(Clone, Copy, Debug)]
pub struct RoomEntry {
    /// When.
    pub range: TimeRange,
    /// Hall position in hall order.
    pub hall: u32,
    /// The session's slot.
    pub item: u32,
    /// The session is placed in all halls.
    pub all_halls: bool,
    /// The session is a break.
    pub is_break: bool,
}

/// A person present in a session (or one of its contributions) for a time.
#[derive(Clone, Copy, Debug)]
pub struct PersonEntry {
    /// When.
    pub range: TimeRange,
    /// The person's position in key order.
    pub person: u32,
    /// The session's slot.
    pub item: u32,
    /// 0 for the session as a whole, else 1 + the contribution's index (so the whole sorts first).
    pub(super) contribution: u32,
    /// The session's venue ([`NO_VENUE`] when it has none).
    pub(super) venue: u32,
}

/// The venue of a session that is in no known hall.
pub(super) const NO_VENUE: u32 = u32::MAX;

impl PersonEntry {
    /// The contribution, when the presence comes from one.
    pub fn contribution(&self) -> Option<u32> {
        self.contribution.checked_sub(1)
    }

    /// The venue: the event's main venue is 0, others are numbered by name.
    pub fn venue(&self) -> Option<u32> {
        (self.venue != NO_VENUE).then_some(self.venue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_stay_small() {
        assert_eq!(size_of::<Item>(), 56);
        assert_eq!(size_of::<RoomEntry>(), 32);
        assert_eq!(size_of::<PersonEntry>(), 32);
    }
}
