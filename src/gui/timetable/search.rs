//! The timetable's search: the sessions whose title, people or track contain every word typed (ignoring
//! case), across all days, in timetable order (day, start, hall) for "next match"; how many each day has
//! (shown on its tab). Computed once per document revision and query.

use std::collections::{HashMap, HashSet};

use crate::model::{DayKey, Programme, SessionKey};

/// The matches of the last query.
#[derive(Default)]
pub struct Hits {
    key: Option<(u64, String)>,
    /// In timetable order.
    ordered: Vec<SessionKey>,
    set: HashSet<SessionKey>,
    per_day: HashMap<DayKey, usize>,
}

impl Hits {
    /// Recomputes the matches when the revision or the query changed.
    pub fn update(&mut self, p: &Programme, revision: u64, query: &str) {
        let query = query.trim().to_lowercase();
        if self.key.as_ref().is_some_and(|(r, q)| *r == revision && *q == query) {
            return;
        }
        *self = Self { key: Some((revision, query.clone())), ..Self::default() };
        if query.is_empty() {
            return;
        }
        let words: Vec<&str> = query.split_whitespace().collect();
        let mut found: Vec<(usize, u32, usize, SessionKey, DayKey)> = Vec::new();
        for (key, s) in &p.sessions {
            let (Some(day), Some(start)) = (&s.day, s.start) else { continue };
            let people = s.people.iter().filter_map(|x| p.people.get(&x.person)).map(|x| x.name.as_str());
            let contributors = s
                .contributions
                .iter()
                .flat_map(|c| &c.people)
                .filter_map(|x| p.people.get(&x.person))
                .map(|x| x.name.as_str());
            let track = s.track.as_ref().and_then(|t| p.tracks.get(t)).map(|t| t.name.as_str());
            let text = std::iter::once(s.title.as_str())
                .chain(people)
                .chain(contributors)
                .chain(track)
                .collect::<Vec<_>>()
                .join("\n")
                .to_lowercase();
            if words.iter().all(|w| text.contains(w)) {
                let day_pos = p.days.get_index_of(day).unwrap_or(usize::MAX);
                let hall_pos = s.hall_key().and_then(|h| p.halls.get_index_of(h)).unwrap_or(0);
                found.push((day_pos, start.mins(), hall_pos, key.clone(), day.clone()));
            }
        }
        found.sort();
        for (_, _, _, key, day) in found {
            *self.per_day.entry(day).or_default() += 1;
            self.set.insert(key.clone());
            self.ordered.push(key);
        }
    }

    /// Whether the session matches.
    pub fn contains(&self, key: &SessionKey) -> bool {
        self.set.contains(key)
    }

    /// How many sessions of the day match.
    pub fn on_day(&self, day: &DayKey) -> usize {
        self.per_day.get(day).copied().unwrap_or(0)
    }

    /// How many match in all.
    pub fn len(&self) -> usize {
        self.ordered.len()
    }

    /// Whether nothing matches.
    pub fn is_empty(&self) -> bool {
        self.ordered.is_empty()
    }

    /// The match after `current` in timetable order (the first when `current` is none or no match).
    pub fn next_after(&self, current: Option<&SessionKey>) -> Option<&SessionKey> {
        let at = current.and_then(|c| self.ordered.iter().position(|k| k == c));
        match at {
            Some(i) => self.ordered.get(i + 1).or(self.ordered.first()),
            None => self.ordered.first(),
        }
    }
}
