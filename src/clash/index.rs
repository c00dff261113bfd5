//! The view that clash rules sweep over, owned and kept up to date edit by edit: every session in key
//! order with the few facts the rules read (compact, so that a sweep streams through memory), its hall
//! occupations sorted by hall and start, and its people's presences sorted by person and start.
//!
//! [`Index::build`] reads the whole programme once; keys are resolved into positions (hall order, person
//! key order) with FxHash, so sorts and sweeps compare integers, and grouping is a counting sort
//! (`bucket.rs`). The same pass validates each session. [`Index::update_session`] brings the view up to
//! date after one session changed, was added or was removed: only that session's entries move (linear
//! memmoves, no sort, no other session read). Anything else that changes (a day, hall, person, track or
//! the event) needs a new build.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::bucket::bucket_sort;
use crate::model::{
    DayLookup, HallKey, HallPlacement, Participation, PersonKey, Problem, Programme, Session, SessionKey, SessionKind,
    Status, TimeRange, Window, programme_problems, session_problems,
};

/// One session as the rules see it, in 40 bytes, so that a pass over 100k sessions reads 4 MB.
#[derive(Clone, Copy, Debug, Default)]
pub struct Item {
    range: TimeRange,
    day: TimeRange,
    hall: u32,
    audience: u32,
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

impl Item {
    fn of(s: &Session, range: Option<TimeRange>, day: Option<TimeRange>, hall: Option<u32>) -> Self {
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
            flags,
        }
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
    /// Index into [`Index::items`].
    pub item: u32,
    /// The session is placed in all halls.
    pub all_halls: bool,
    /// The session is a break.
    pub is_break: bool,
}

impl RoomEntry {
    fn order(&self) -> (u32, i64, i64, u32) {
        (self.hall, self.range.start, self.range.end, self.item)
    }
}

/// A person present in a session (or one of its contributions) for a time.
#[derive(Clone, Copy, Debug)]
pub struct PersonEntry {
    /// When.
    pub range: TimeRange,
    /// Index into [`Index::people`].
    pub person: u32,
    /// Index into [`Index::items`].
    pub item: u32,
    /// 0 for the session as a whole, else 1 + the contribution's index (so the whole sorts first).
    contribution: u32,
    /// The session's venue ([`NO_VENUE`] when it has none).
    venue: u32,
}

/// The venue of a session that is in no known hall.
const NO_VENUE: u32 = u32::MAX;

impl PersonEntry {
    /// The contribution, when the presence comes from one.
    pub fn contribution(&self) -> Option<u32> {
        self.contribution.checked_sub(1)
    }

    /// The venue (see [`Index::build`]): the main venue is 0.
    pub fn venue(&self) -> Option<u32> {
        (self.venue != NO_VENUE).then_some(self.venue)
    }

    fn order(&self) -> (u32, i64, i64, u32, u32) {
        (self.person, self.range.start, self.range.end, self.item, self.contribution)
    }
}

/// What the rules need of a hall.
#[derive(Clone, Debug)]
pub struct HallFacts {
    /// Does not allow parallel use: sessions in it may clash.
    pub exclusive: bool,
    /// Venue number: the event's main venue is 0, others numbered by name.
    pub venue: u32,
    /// Changeover minutes that apply.
    pub changeover_mins: u32,
    /// Seats.
    pub capacity: Option<u32>,
    /// Availability as merged, sorted absolute ranges (empty: always available).
    pub windows: Vec<TimeRange>,
}

/// Everything the rules read.
#[derive(Clone, Debug, Default)]
pub struct Index {
    /// Every session key, sorted.
    pub keys: Vec<SessionKey>,
    /// The sessions, parallel to `keys`.
    pub items: Vec<Item>,
    /// Halls in hall order.
    pub halls: Vec<HallFacts>,
    /// Positions of the halls that do not allow parallel use.
    exclusive_halls: Vec<u32>,
    /// The first of them: where the overlap of two all-halls sessions is reported.
    pub first_exclusive: Option<u32>,
    /// People in key order.
    pub people: Vec<PersonKey>,
    /// Availability of each person (parallel to `people`) as merged, sorted absolute ranges.
    pub person_windows: Vec<Vec<TimeRange>>,
    /// Hall occupations, sorted by hall, start, end, item.
    pub rooms: Vec<RoomEntry>,
    /// Presences, sorted by person, start, end, item, contribution.
    pub presences: Vec<PersonEntry>,
    /// The programme's days by key.
    days: DayLookup,
    /// Validation problems of everything but the sessions.
    pub entity_problems: Vec<Problem>,
    /// Validation problems of the sessions that have any.
    pub session_problems: BTreeMap<SessionKey, Vec<Problem>>,
    /// The event's travel minutes.
    pub travel_mins: u32,
}

/// Venues numbered by name: the event's main venue is 0, and every hall has the number of its venue.
fn venues(p: &Programme) -> Vec<u32> {
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    ids.insert(p.event.venue.name.as_str(), 0);
    p.halls
        .values()
        .map(|h| {
            let next = u32::try_from(ids.len()).unwrap_or(u32::MAX - 1);
            *ids.entry(p.hall_venue(h)).or_insert(next)
        })
        .collect()
}

/// Windows as sorted, merged absolute ranges.
fn merged_windows(days: &DayLookup, windows: &[Window]) -> Vec<TimeRange> {
    let mut ranges: Vec<TimeRange> =
        windows.iter().filter_map(|w| days.window_range(w)).filter(|r| !r.is_empty()).collect();
    ranges.sort_unstable();
    let mut merged: Vec<TimeRange> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

fn pos(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Index {
    /// Builds the view of a programme.
    pub fn build(p: &Programme) -> Self {
        let days = DayLookup::new(p);
        let hall_venue = venues(p);
        let halls: Vec<HallFacts> = p
            .halls
            .values()
            .zip(&hall_venue)
            .map(|(h, &venue)| HallFacts {
                exclusive: !h.parallel,
                venue,
                changeover_mins: p.changeover_mins(h),
                capacity: h.capacity,
                windows: merged_windows(&days, &h.availability),
            })
            .collect();
        let exclusive_halls: Vec<u32> = halls.iter().zip(0u32..).filter(|(h, _)| h.exclusive).map(|(_, i)| i).collect();
        let people: Vec<PersonKey> = p.people.keys().cloned().collect();
        let person_windows = p.people.values().map(|x| merged_windows(&days, &x.availability)).collect();
        let mut idx = Self {
            keys: Vec::with_capacity(p.sessions.len()),
            items: Vec::with_capacity(p.sessions.len()),
            halls,
            first_exclusive: exclusive_halls.first().copied(),
            exclusive_halls,
            people,
            person_windows,
            rooms: Vec::with_capacity(p.sessions.len()),
            presences: Vec::with_capacity(p.sessions.len() * 2),
            entity_problems: programme_problems(p, &days),
            days,
            session_problems: BTreeMap::new(),
            travel_mins: p.event.travel_mins,
        };
        let hall_pos: FxHashMap<&str, u32> = p.halls.keys().zip(0u32..).map(|(k, i)| (k.as_str(), i)).collect();
        let mut person_pos: FxHashMap<&str, u32> = FxHashMap::default();
        person_pos.reserve(p.people.len());
        person_pos.extend(p.people.keys().zip(0u32..).map(|(k, i)| (k.as_str(), i)));
        let (mut rooms, mut presences) = (Vec::new(), Vec::new());
        for (key, session) in &p.sessions {
            let i = pos(idx.items.len());
            let item = idx.item_of(session, |h| hall_pos.get(h.as_str()).copied());
            idx.problems_of(key, session, &item);
            idx.entries(session, i, &item, |k| person_pos.get(k).copied(), &mut rooms, &mut presences);
            idx.keys.push(key.clone());
            idx.items.push(item);
        }
        idx.rooms = bucket_sort(rooms, idx.halls.len(), |e| e.hall, |e| (e.range.start, e.range.end, e.item));
        idx.presences = bucket_sort(
            presences,
            idx.people.len(),
            |e| e.person,
            |e| (e.range.start, e.range.end, e.item, e.contribution),
        );
        idx
    }

    /// Brings the view up to date after the session `key` of `p` changed, was added or was removed, and
    /// nothing else did (see the module docs). Returns the halls and people whose entries changed (those
    /// the session was in before and after), sorted.
    pub fn update_session(&mut self, p: &Programme, key: &SessionKey) -> Touched {
        let mut touched = Touched::default();
        let session = p.sessions.get(key);
        self.session_problems.remove(key);
        let i = match (self.keys.binary_search(key), session) {
            (Ok(i), _) => {
                let at = pos(i);
                let (halls, people) = (&mut touched.halls, &mut touched.people);
                self.rooms.retain(|e| {
                    if e.item == at {
                        halls.push(e.hall);
                    }
                    e.item != at
                });
                self.presences.retain(|e| {
                    if e.item == at {
                        people.push(e.person);
                    }
                    e.item != at
                });
                if session.is_none() {
                    self.keys.remove(i);
                    self.items.remove(i);
                    self.renumber(|item| if item > at { item - 1 } else { item });
                }
                i
            }
            (Err(i), Some(_)) => {
                let at = pos(i);
                self.renumber(|item| if item >= at { item + 1 } else { item });
                self.keys.insert(i, key.clone());
                self.items.insert(i, Item::default());
                i
            }
            (Err(_), None) => return touched,
        };
        let Some(session) = session else { return touched.sorted() };
        let item = self.item_of(session, |h| p.halls.get_index_of(h).map(pos));
        self.problems_of(key, session, &item);
        if let Some(slot) = self.items.get_mut(i) {
            *slot = item;
        }
        let (mut rooms, mut presences) = (Vec::new(), Vec::new());
        let people = &self.people;
        let person_pos = |k: &str| people.binary_search_by(|x| x.as_str().cmp(k)).ok().map(pos);
        self.entries(session, pos(i), &item, person_pos, &mut rooms, &mut presences);
        for e in rooms {
            touched.halls.push(e.hall);
            let at = self.rooms.partition_point(|x| x.order() < e.order());
            self.rooms.insert(at, e);
        }
        for e in presences {
            touched.people.push(e.person);
            let at = self.presences.partition_point(|x| x.order() < e.order());
            self.presences.insert(at, e);
        }
        touched.sorted()
    }

    /// One hall's occupations, in start order.
    pub fn hall_group(&self, hall: u32) -> &[RoomEntry] {
        let from = self.rooms.partition_point(|e| e.hall < hall);
        let to = self.rooms.partition_point(|e| e.hall <= hall);
        self.rooms.get(from..to).unwrap_or_default()
    }

    /// One person's presences, in start order.
    pub fn person_group(&self, person: u32) -> &[PersonEntry] {
        let from = self.presences.partition_point(|e| e.person < person);
        let to = self.presences.partition_point(|e| e.person <= person);
        self.presences.get(from..to).unwrap_or_default()
    }

    fn renumber(&mut self, f: impl Fn(u32) -> u32) {
        self.rooms.iter_mut().for_each(|e| e.item = f(e.item));
        self.presences.iter_mut().for_each(|e| e.item = f(e.item));
    }

    fn item_of(&self, s: &Session, hall_pos: impl Fn(&HallKey) -> Option<u32>) -> Item {
        let day = s.day.as_ref().and_then(|d| self.days.get(d));
        let range = match (day, s.start) {
            (Some((date, _)), Some(start)) => Some(TimeRange::new(date + i64::from(start.mins()), s.duration_mins)),
            _ => None,
        };
        let hall = s.hall_key().and_then(hall_pos);
        Item::of(s, range, day.map(|(_, open)| open), hall)
    }

    fn problems_of(&mut self, key: &SessionKey, s: &Session, item: &Item) {
        let mut problems = Vec::new();
        session_problems(key, s, item.day(), &mut problems);
        if !problems.is_empty() {
            self.session_problems.insert(key.clone(), problems);
        }
    }

    /// The hall occupations and presences of session `s` (item `i`), unsorted.
    fn entries(
        &self,
        s: &Session,
        i: u32,
        item: &Item,
        person_pos: impl Fn(&str) -> Option<u32>,
        rooms: &mut Vec<RoomEntry>,
        presences: &mut Vec<PersonEntry>,
    ) {
        let (Some(range), false) = (item.range(), item.cancelled()) else { return };
        let (all_halls, is_break) = (item.all_halls(), item.is_break());
        let room = |hall| RoomEntry { range, hall, item: i, all_halls, is_break };
        // A zero-length session occupies no hall, but its contributions still run at their own times.
        if !range.is_empty() {
            match (&s.hall, item.hall()) {
                (Some(HallPlacement::Hall(_)), Some(h)) if self.halls.get(h as usize).is_some_and(|f| f.exclusive) => {
                    rooms.push(room(h));
                }
                (Some(HallPlacement::All), _) => rooms.extend(self.exclusive_halls.iter().map(|&h| room(h))),
                _ => {}
            }
        }
        let venue = match (&s.hall, item.hall()) {
            (Some(HallPlacement::All), _) => 0,
            (_, Some(h)) => self.halls.get(h as usize).map_or(NO_VENUE, |f| f.venue),
            _ => NO_VENUE,
        };
        let mut present = |people: &[Participation], range: TimeRange, contribution: u32| {
            if range.is_empty() {
                return;
            }
            for part in people {
                if let Some(person) = person_pos(part.person.as_str()) {
                    presences.push(PersonEntry { range, person, item: i, contribution, venue });
                }
            }
        };
        present(&s.people, range, 0);
        for ((c, (offset, duration)), ci) in s.contributions.iter().zip(s.contribution_offsets_iter()).zip(1u32..) {
            present(&c.people, TimeRange::new(range.start + i64::from(offset), duration), ci);
        }
    }

    /// The index of a session key.
    pub fn find(&self, key: &SessionKey) -> Option<u32> {
        self.keys.binary_search(key).ok().map(pos)
    }

    /// The item at an index (always present for indices the index made).
    pub fn item(&self, i: u32) -> Option<&Item> {
        self.items.get(i as usize)
    }

    /// The key at an index.
    pub fn key(&self, i: u32) -> Option<&SessionKey> {
        self.keys.get(i as usize)
    }
}

/// The hall and person positions an update touched.
#[derive(Debug, Default)]
pub struct Touched {
    /// Hall positions, sorted, without duplicates.
    pub halls: Vec<u32>,
    /// Person positions, sorted, without duplicates.
    pub people: Vec<u32>,
}

impl Touched {
    fn sorted(mut self) -> Self {
        for v in [&mut self.halls, &mut self.people] {
            v.sort_unstable();
            v.dedup();
        }
        self
    }
}

/// Calls `pair(earlier, later)` for every two entries of a start-sorted group whose ranges overlap.
/// `active` is scratch space, reused between groups.
pub fn overlapping_pairs<T: Copy>(
    group: &[T],
    active: &mut Vec<T>,
    range: impl Fn(&T) -> TimeRange,
    mut pair: impl FnMut(&T, &T),
) {
    active.clear();
    for e in group {
        let r = range(e);
        active.retain(|a| range(a).end > r.start);
        for a in active.iter() {
            pair(a, e);
        }
        active.push(*e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_stay_small() {
        assert_eq!(size_of::<Item>(), 40);
        assert_eq!(size_of::<RoomEntry>(), 32);
        assert_eq!(size_of::<PersonEntry>(), 32);
    }
}
