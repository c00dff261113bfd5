//! Days resolved by key with a cheap hash, for loops that resolve a day reference per session or window
//! (validation, clash detection). `Programme::day_range` and friends hash with SipHash on every call; this
//! table is built once, owns its few keys (so a kept clash index can hold it) and gives the same answers.

use rustc_hash::FxHashMap;

use super::time::{self, AbsMinute, TimeRange};
use super::{DayKey, Programme, Window};

/// Each day's date (as absolute minutes at 00:00) and opening hours, by day key.
#[derive(Clone, Debug)]
pub struct DayLookup {
    by_key: FxHashMap<DayKey, (AbsMinute, TimeRange)>,
}

impl DayLookup {
    /// Builds the table of a programme's days.
    pub fn new(p: &Programme) -> Self {
        let by_key = p
            .days
            .iter()
            .map(|(key, day)| {
                let date = time::date_mins(day.date);
                let open =
                    TimeRange { start: date + i64::from(day.opens.mins()), end: date + i64::from(day.closes.mins()) };
                (key.clone(), (date, open))
            })
            .collect();
        Self { by_key }
    }

    /// The day's date as absolute minutes at 00:00, and its opening hours ([`Programme::day_range`]).
    pub fn get(&self, key: &DayKey) -> Option<(AbsMinute, TimeRange)> {
        self.by_key.get(key).copied()
    }

    /// The absolute range of a window ([`Programme::window_range`]).
    pub fn window_range(&self, window: &Window) -> Option<TimeRange> {
        let (date, _) = self.get(&window.day)?;
        Some(TimeRange { start: date + i64::from(window.from.mins()), end: date + i64::from(window.to.mins()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Clock, Day};

    #[test]
    fn agrees_with_programme() {
        let mut p = Programme::default();
        let clock = |s: &str| s.parse::<Clock>().unwrap();
        let date = "2022-09-14".parse().unwrap();
        p.days.insert("d1".into(), Day { date, label: String::new(), opens: clock("09:00"), closes: clock("26:00") });
        let days = DayLookup::new(&p);
        let key = DayKey::new("d1");
        assert_eq!(days.get(&key).map(|(_, open)| open), p.day_range(&key));
        let w = Window { day: key.clone(), from: clock("10:00"), to: clock("24:30") };
        assert_eq!(days.window_range(&w), p.window_range(&w));
        assert_eq!(days.get(&DayKey::new("d9")), None);
    }
}
