//! When a hall or person can be used, stated day by day: all day (the default for a day not named),
//! not at all, or only in given spans. Files of the first format had one list of windows whose days
//! were the only ones available; [`Availability::from_windows`] reads such a list with that meaning, so
//! a window on day 1 alone still means "not on the other days" — but now the model says so per day.

use std::collections::BTreeMap;

use super::key::DayKey;
use super::time::Clock;
use super::{Programme, Window};

/// A span `[from, to)` on one programme day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    /// Start.
    pub from: Clock,
    /// End.
    pub to: Clock,
}

/// What one day allows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum DayAvailability {
    /// Available all day (any time of the programme day).
    #[default]
    AllDay,
    /// Not available on that day.
    Unavailable,
    /// Available only in these spans.
    Only(Vec<Span>),
}

/// Availability day by day; a day not named is available all day, so an empty one means always.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Availability {
    days: BTreeMap<DayKey, DayAvailability>,
}

impl Availability {
    /// Whether every day is available all day.
    pub fn is_always(&self) -> bool {
        self.days.is_empty()
    }

    /// What a day allows.
    pub fn on(&self, day: &DayKey) -> &DayAvailability {
        const ALL_DAY: DayAvailability = DayAvailability::AllDay;
        self.days.get(day).unwrap_or(&ALL_DAY)
    }

    /// Sets what a day allows (all day forgets the day).
    pub fn set(&mut self, day: DayKey, value: DayAvailability) {
        if value == DayAvailability::AllDay {
            self.days.remove(&day);
        } else {
            self.days.insert(day, value);
        }
    }

    /// The days with a restriction, by key, and what they allow.
    pub fn restricted(&self) -> impl Iterator<Item = (&DayKey, &DayAvailability)> {
        self.days.iter()
    }

    /// Whether a day has a restriction.
    pub fn mentions(&self, day: &DayKey) -> bool {
        self.days.contains_key(day)
    }

    /// Forgets a day (it was removed); true when it had a restriction.
    pub fn remove_day(&mut self, day: &DayKey) -> bool {
        self.days.remove(day).is_some()
    }

    /// The meaning of a first-format window list: empty is always; otherwise only the windows, and
    /// every other day of `days` not at all.
    pub fn from_windows<'a>(days: impl IntoIterator<Item = &'a DayKey>, windows: &[Window]) -> Self {
        if windows.is_empty() {
            return Self::default();
        }
        let mut out = Self::default();
        for day in days {
            out.days.insert(day.clone(), DayAvailability::Unavailable);
        }
        for w in windows {
            let span = Span { from: w.from, to: w.to };
            match out.days.entry(w.day.clone()).or_insert(DayAvailability::Unavailable) {
                DayAvailability::Only(spans) => spans.push(span),
                other => *other = DayAvailability::Only(vec![span]),
            }
        }
        out
    }

    /// The spans of the "only" days as windows, in programme day order (validation numbers them so).
    pub fn span_windows(&self, p: &Programme) -> Vec<Window> {
        let mut out = Vec::new();
        for day in p.days.keys() {
            if let Some(DayAvailability::Only(spans)) = self.days.get(day) {
                out.extend(spans.iter().map(|s| Window { day: day.clone(), from: s.from, to: s.to }));
            }
        }
        out
    }

    /// Every time available as windows over the programme's days, `None` when always available. A day
    /// available all day is one window from 00:00 to its closing time, at least 24:00.
    pub fn windows(&self, p: &Programme) -> Option<Vec<Window>> {
        if self.is_always() {
            return None;
        }
        let midnight = Clock::from_hm(24, 0).unwrap_or(Clock::MIDNIGHT);
        let mut out = Vec::new();
        for (key, day) in &p.days {
            match self.on(key) {
                DayAvailability::AllDay => {
                    out.push(Window { day: key.clone(), from: Clock::MIDNIGHT, to: day.closes.max(midnight) });
                }
                DayAvailability::Unavailable => {}
                DayAvailability::Only(spans) => {
                    out.extend(spans.iter().map(|s| Window { day: key.clone(), from: s.from, to: s.to }));
                }
            }
        }
        Some(out)
    }

    /// Every day key it names (for checking that they exist).
    pub fn day_keys(&self) -> impl Iterator<Item = &DayKey> {
        self.days.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Day;

    fn clock(h: u32) -> Clock {
        Clock::from_hm(h, 0).unwrap()
    }

    fn programme() -> Programme {
        let mut p = Programme::default();
        for (k, d) in [("d1", 14), ("d2", 15)] {
            let date = chrono::NaiveDate::from_ymd_opt(2022, 9, d).unwrap();
            p.days.insert(k.into(), Day { date, label: String::new(), opens: clock(9), closes: clock(18) });
        }
        p
    }

    #[test]
    fn a_first_format_window_on_day_one_means_not_on_day_two() {
        let p = programme();
        let w = Window { day: "d1".into(), from: clock(9), to: clock(12) };
        let a = Availability::from_windows(p.days.keys(), std::slice::from_ref(&w));
        assert_eq!(a.on(&"d1".into()), &DayAvailability::Only(vec![Span { from: clock(9), to: clock(12) }]));
        assert_eq!(a.on(&"d2".into()), &DayAvailability::Unavailable);
        assert_eq!(a.windows(&p), Some(vec![w]));
        assert!(Availability::from_windows(p.days.keys(), &[]).is_always());
    }

    #[test]
    fn a_day_not_named_is_available_all_day() {
        let p = programme();
        let mut a = Availability::default();
        assert_eq!(a.windows(&p), None, "always");
        a.set("d2".into(), DayAvailability::Unavailable);
        let windows = a.windows(&p).unwrap();
        assert_eq!(windows, vec![Window { day: "d1".into(), from: Clock::MIDNIGHT, to: clock(24) }]);
        a.set("d2".into(), DayAvailability::AllDay);
        assert!(a.is_always(), "all day forgets the day");
        a.set("d1".into(), DayAvailability::Unavailable);
        a.set("d2".into(), DayAvailability::Unavailable);
        assert_eq!(a.windows(&p), Some(vec![]), "never available is not always available");
    }
}
