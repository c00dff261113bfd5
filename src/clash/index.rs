//! The sorted view that clash rules sweep over: every non-cancelled session with its absolute range, its
//! hall occupations sorted by (hall, start), and its people's presences sorted by (person, start).
//! Keys are interned into numbers once, so the sorts compare integers, never strings.

use rustc_hash::FxHashMap;

use crate::model::{HallPlacement, Participation, PersonKey, Programme, Session, SessionKey, Status, TimeRange};

/// A session that takes part in the checks.
pub struct Item<'a> {
    /// Its key.
    pub key: &'a SessionKey,
    /// The session.
    pub session: &'a Session,
    /// Absolute range, when it has a day and a start.
    pub range: Option<TimeRange>,
    /// Position of its hall in hall order, when placed in one hall.
    pub hall: Option<u32>,
    /// Opening hours of its day, when it has one.
    pub day: Option<TimeRange>,
}

/// A hall occupied by a session for a time.
#[derive(Clone, Copy, Debug)]
pub struct RoomEntry {
    /// Hall position in hall order.
    pub hall: u32,
    /// When.
    pub range: TimeRange,
    /// Index into [`Index::items`].
    pub item: u32,
}

/// A person present in a session (or one of its contributions) for a time.
#[derive(Clone, Copy, Debug)]
pub struct PersonEntry {
    /// Index into [`Index::people`].
    pub person: u32,
    /// When.
    pub range: TimeRange,
    /// Index into [`Index::items`].
    pub item: u32,
    /// The contribution, when the presence comes from one.
    pub contribution: Option<u32>,
}

/// Everything the rules read, built once per `detect`.
pub struct Index<'a> {
    /// Non-cancelled sessions in key order.
    pub items: Vec<Item<'a>>,
    /// People in key order.
    pub people: Vec<&'a PersonKey>,
    /// Hall occupations, sorted by hall, start, end, item.
    pub rooms: Vec<RoomEntry>,
    /// Presences, sorted by person, start, end, item.
    pub presences: Vec<PersonEntry>,
}

impl<'a> Index<'a> {
    /// Builds the view of a programme.
    pub fn build(p: &'a Programme) -> Self {
        let days: FxHashMap<&str, (i64, TimeRange)> = p
            .days
            .iter()
            .filter_map(|(k, d)| Some((k.as_str(), (crate::model::time::date_mins(d.date), p.day_range(k)?))))
            .collect();
        let hall_pos: FxHashMap<&str, u32> = p.halls.keys().zip(0u32..).map(|(k, i)| (k.as_str(), i)).collect();
        let exclusive_halls: Vec<u32> =
            p.halls.values().zip(0u32..).filter(|(h, _)| !h.parallel).map(|(_, i)| i).collect();
        let people: Vec<&PersonKey> = p.people.keys().collect();
        let person_pos: FxHashMap<&str, u32> = people.iter().zip(0u32..).map(|(k, i)| (k.as_str(), i)).collect();

        let mut items = Vec::with_capacity(p.sessions.len());
        let mut rooms = Vec::with_capacity(p.sessions.len());
        let mut presences = Vec::with_capacity(p.sessions.len() * 2);
        for (key, session) in &p.sessions {
            if session.status == Status::Cancelled {
                continue;
            }
            let item = u32::try_from(items.len()).unwrap_or(u32::MAX);
            let day = session.day.as_ref().and_then(|d| days.get(d.as_str()));
            let range = match (day, session.start) {
                (Some((date, _)), Some(start)) => {
                    Some(TimeRange::new(date + i64::from(start.mins()), session.duration_mins))
                }
                _ => None,
            };
            let hall = session.hall_key().and_then(|h| hall_pos.get(h.as_str()).copied());
            items.push(Item { key, session, range, hall, day: day.map(|(_, open)| *open) });
            let Some(range) = range else { continue };
            // A zero-length session occupies no hall, but its contributions still run at their own times.
            match &session.hall {
                _ if range.is_empty() => {}
                Some(HallPlacement::Hall(_)) => {
                    if let Some(h) = hall
                        && p.halls.get_index(h as usize).is_some_and(|(_, hall)| !hall.parallel)
                    {
                        rooms.push(RoomEntry { hall: h, range, item });
                    }
                }
                Some(HallPlacement::All) => {
                    rooms.extend(exclusive_halls.iter().map(|&hall| RoomEntry { hall, range, item }));
                }
                None => {}
            }
            let mut present = |people: &[Participation], range: TimeRange, contribution: Option<u32>| {
                if range.is_empty() {
                    return;
                }
                for part in people {
                    if let Some(&person) = person_pos.get(part.person.as_str()) {
                        presences.push(PersonEntry { person, range, item, contribution });
                    }
                }
            };
            present(&session.people, range, None);
            if !session.contributions.is_empty() {
                let offsets = session.contribution_offsets();
                for ((c, (offset, duration)), ci) in session.contributions.iter().zip(offsets).zip(0u32..) {
                    present(&c.people, TimeRange::new(range.start + i64::from(offset), duration), Some(ci));
                }
            }
        }
        rooms.sort_unstable_by_key(|e| (e.hall, e.range.start, e.range.end, e.item));
        presences.sort_unstable_by_key(|e| (e.person, e.range.start, e.range.end, e.item, e.contribution));
        Self { items, people, rooms, presences }
    }

    /// The item of a session key (items are in key order).
    pub fn find(&self, key: &SessionKey) -> Option<&Item<'a>> {
        self.items.binary_search_by(|i| i.key.cmp(key)).ok().and_then(|i| self.items.get(i))
    }

    /// The item at an index (always present for indices the index made).
    pub fn item(&self, i: u32) -> Option<&Item<'a>> {
        self.items.get(i as usize)
    }
}

/// Calls `pair(earlier, later)` for every two entries of a start-sorted group whose ranges overlap.
pub fn overlapping_pairs<T: Copy>(group: &[T], range: impl Fn(&T) -> TimeRange, mut pair: impl FnMut(&T, &T)) {
    let mut active: Vec<T> = Vec::new();
    for e in group {
        let r = range(e);
        active.retain(|a| range(a).end > r.start);
        for a in &active {
            pair(a, e);
        }
        active.push(*e);
    }
}
