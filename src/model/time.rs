//! Time: wall-clock times that may pass midnight, durations in minutes, and half-open absolute ranges.
//! This is the only place that does time arithmetic (CONTRACTS §2).

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// The latest wall-clock time a day may use: "47:59" (the second calendar day after the date).
pub const MAX_CLOCK_MINS: u16 = 47 * 60 + 59;

/// A wall-clock time counted in minutes from a programme day's date at 00:00; may pass midnight
/// (`"24:15"` is 00:15 on the next calendar date, still belonging to that programme day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Clock(u16);

/// Why a text is not a wall-clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    /// Not of the form `HH:MM`.
    #[error("not a time of the form HH:MM")]
    Malformed,
    /// Minutes 60 or more.
    #[error("minutes must be below 60")]
    Minutes,
    /// Past 47:59.
    #[error("times go up to 47:59")]
    TooLate,
}

impl Clock {
    /// Midnight at the start of the day.
    pub const MIDNIGHT: Self = Self(0);

    /// A time from minutes after the day's midnight; `None` past 47:59.
    pub fn from_mins(mins: u32) -> Option<Self> {
        u16::try_from(mins).ok().filter(|m| *m <= MAX_CLOCK_MINS).map(Self)
    }

    /// A time from hours and minutes; `None` when minutes ≥ 60 or past 47:59.
    pub fn from_hm(hours: u32, mins: u32) -> Option<Self> {
        if mins >= 60 {
            return None;
        }
        Self::from_mins(hours.checked_mul(60)?.checked_add(mins)?)
    }

    /// Minutes after the day's midnight.
    pub fn mins(self) -> u32 {
        u32::from(self.0)
    }

    /// Hours part (0–47).
    pub fn hours(self) -> u32 {
        self.mins() / 60
    }

    /// Minutes part (0–59).
    pub fn minute(self) -> u32 {
        self.mins() % 60
    }

    /// This time plus a duration; `None` past 47:59.
    pub fn add_mins(self, mins: u32) -> Option<Self> {
        Self::from_mins(self.mins().checked_add(mins)?)
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hours(), self.minute())
    }
}

impl FromStr for Clock {
    type Err = ClockError;

    /// Reads the file form `H:MM` or `HH:MM` (hours 0–47).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (h, m) = s.split_once(':').ok_or(ClockError::Malformed)?;
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
            return Err(ClockError::Malformed);
        }
        let hours: u32 = h.parse().map_err(|_| ClockError::Malformed)?;
        let mins: u32 = m.parse().map_err(|_| ClockError::Malformed)?;
        if mins >= 60 {
            return Err(ClockError::Minutes);
        }
        Self::from_hm(hours, mins).ok_or(ClockError::TooLate)
    }
}

/// "14:40" for minutes after a programme day's midnight, on the real clock: 24:15 shows as 00:15 (of the
/// next calendar date), and a session may end past 47:59.
pub fn wall_clock(mins_after_midnight: u32) -> String {
    let of_day = mins_after_midnight % (24 * 60);
    format!("{:02}:{:02}", of_day / 60, of_day % 60)
}

/// The years a programme's dates may lie in. Files and imports with dates outside are refused, so that
/// no date arithmetic can leave chrono's calendar (±262,143 years) whatever is added to a date.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Whether a date lies in [`YEARS`].
pub fn sane_date(date: NaiveDate) -> bool {
    YEARS.contains(&chrono::Datelike::year(&date))
}

/// Whether a date-time's date may belong to a programme day in [`YEARS`]: a year either side, for times
/// past midnight (up to 47:59) and for the same moment written in another offset.
pub fn near_sane(date: NaiveDate) -> bool {
    (YEARS.start() - 1..=YEARS.end() + 1).contains(&chrono::Datelike::year(&date))
}

/// A local date-time of a day's `date` and a minute count after its midnight (`None` past the calendar).
pub fn on_date(date: NaiveDate, mins: u32) -> Option<NaiveDateTime> {
    date.and_time(NaiveTime::MIN).checked_add_signed(chrono::Duration::minutes(i64::from(mins)))
}

/// An absolute local date-time in the event's time zone, as minutes since 1970-01-01 00:00.
pub type AbsMinute = i64;

/// Minutes since 1970-01-01 00:00 of `date` at 00:00.
pub fn date_mins(date: NaiveDate) -> AbsMinute {
    date.and_time(NaiveTime::MIN).and_utc().timestamp() / 60
}

/// The absolute minute of a wall-clock time on a programme day.
pub fn abs_minute(date: NaiveDate, clock: Clock) -> AbsMinute {
    date_mins(date) + i64::from(clock.mins())
}

/// The absolute minute of a local date-time (seconds dropped).
pub fn from_datetime(dt: NaiveDateTime) -> AbsMinute {
    dt.and_utc().timestamp().div_euclid(60)
}

/// The local date-time of an absolute minute (`None` only far outside any calendar).
pub fn to_datetime(minute: AbsMinute) -> Option<NaiveDateTime> {
    chrono::DateTime::from_timestamp(minute.checked_mul(60)?, 0).map(|d| d.naive_utc())
}

/// `[start, end)` in absolute minutes: back-to-back ranges do not overlap, and an empty range overlaps
/// nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeRange {
    /// First minute inside the range.
    pub start: AbsMinute,
    /// First minute after the range.
    pub end: AbsMinute,
}

impl TimeRange {
    /// A range from its start and length.
    pub fn new(start: AbsMinute, duration_mins: u32) -> Self {
        Self { start, end: start + i64::from(duration_mins) }
    }

    /// Whether the range occupies no time.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether both ranges share at least one minute.
    pub fn overlaps(self, other: Self) -> bool {
        !self.is_empty() && !other.is_empty() && self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies entirely inside this range.
    pub fn contains(self, other: Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Length in minutes (0 for an empty range).
    pub fn duration_mins(self) -> i64 {
        (self.end - self.start).max(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(start: i64, end: i64) -> TimeRange {
        TimeRange { start, end }
    }

    #[test]
    fn adjacent_ranges_do_not_overlap() {
        assert!(!r(540, 600).overlaps(r(600, 660)));
        assert!(r(540, 601).overlaps(r(600, 660)));
    }

    #[test]
    fn empty_range_overlaps_nothing() {
        assert!(!r(600, 600).overlaps(r(540, 660)));
        assert!(!r(540, 660).overlaps(r(600, 600)));
    }

    #[test]
    fn nested_and_identical_ranges_overlap() {
        assert!(r(540, 660).overlaps(r(560, 570)));
        assert!(r(540, 660).overlaps(r(540, 660)));
        assert!(r(540, 660).contains(r(560, 570)));
        assert!(!r(560, 570).contains(r(540, 660)));
    }

    #[test]
    fn clock_parses_file_form() {
        assert_eq!("14:00".parse::<Clock>().map(Clock::mins), Ok(840));
        assert_eq!("9:30".parse::<Clock>().map(Clock::mins), Ok(570));
        assert_eq!("24:15".parse::<Clock>().map(|c| c.to_string()), Ok("24:15".into()));
        assert_eq!("47:59".parse::<Clock>().map(Clock::mins), Ok(u32::from(MAX_CLOCK_MINS)));
        assert_eq!("9:75".parse::<Clock>(), Err(ClockError::Minutes));
        assert_eq!("48:00".parse::<Clock>(), Err(ClockError::TooLate));
        for bad in ["", "9", "930", "9:5", "-1:00", "a:bc", "9:30:00", "123:00", "+9:30"] {
            assert_eq!(bad.parse::<Clock>(), Err(ClockError::Malformed), "{bad}");
        }
    }

    #[test]
    fn past_midnight_is_the_next_calendar_date() {
        let d = NaiveDate::from_ymd_opt(2022, 9, 14).unwrap();
        let late = abs_minute(d, "24:15".parse().unwrap());
        let next = abs_minute(d.succ_opt().unwrap(), "00:15".parse().unwrap());
        assert_eq!(late, next);
        assert_eq!(to_datetime(late).unwrap().to_string(), "2022-09-15 00:15:00");
    }
}
