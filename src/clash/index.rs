//! The view that clash rules sweep over, owned and kept up to date edit by edit: every session with the
//! few facts the rules read ([`Item`]), each hall's occupations and each person's presences, every group
//! sorted by start.
//!
//! Sessions live in slots: numbered in key order by [`Index::build`], a new session takes the next slot,
//! a removed one leaves its slot empty, so no entry is ever renumbered. Where two entries start and end at
//! the same minute, the session keys decide, so the order is the same however the slots were given.
//!
//! [`Index::build`] reads the whole programme once; keys are resolved into positions (hall order, person
//! key order) with FxHash, and the same pass validates each session. [`Index::update_session`] brings the
//! view up to date after one session changed, was added or was removed: only the groups that session was
//! in, before and after, change. Anything else that changes (a day, hall, person, track or the event)
//! needs a new build.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::item::{Item, NO_VENUE, PersonEntry, RoomEntry};
use crate::model::{
    Availability, DayLookup, HallKey, HallPlacement, Participation, PersonKey, Problem, Programme, Session, SessionKey,
    TimeRange, Window, programme_problems, session_problems,
};

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
    /// Availability as merged, sorted absolute ranges (`None`: always available).
    pub windows: Option<Vec<TimeRange>>,
}

/// Everything the rules read.
#[derive(Clone, Debug)]
pub struct Index {
    /// Session keys by slot (a removed session's key stays in its slot).
    keys: Vec<SessionKey>,
    /// Sessions by slot.
    items: Vec<Item>,
    /// The slots of the sessions there are, in key order.
    order: Vec<u32>,
    /// People's positions of every session, where its [`Item`] says.
    item_people: Vec<u32>,
    /// Halls in hall order.
    pub halls: Vec<HallFacts>,
    /// Positions of the halls that do not allow parallel use.
    exclusive_halls: Vec<u32>,
    /// The first of them: where the overlap of two all-halls sessions is reported.
    pub first_exclusive: Option<u32>,
    /// People in key order.
    pub people: Vec<PersonKey>,
    /// Availability of each person (parallel to `people`) as merged, sorted absolute ranges (`None`: always).
    pub person_windows: Vec<Option<Vec<TimeRange>>>,
    /// Occupations of each hall (parallel to `halls`), by start, end, session key.
    pub rooms: Vec<Vec<RoomEntry>>,
    /// Presences of each person (parallel to `people`), by start, end, session key, contribution.
    pub presences: Vec<Vec<PersonEntry>>,
    /// The programme's days by key.
    days: DayLookup,
    /// Validation problems of everything but the sessions.
    pub entity_problems: Vec<Problem>,
    /// Validation problems of the sessions that have any.
    pub session_problems: BTreeMap<SessionKey, Vec<Problem>>,
    /// The event's travel minutes.
    pub travel_mins: u32,
}

/// The groups an update touched: what the rules must look at again.
#[derive(Debug, Default)]
pub struct Touched {
    /// Hall positions, sorted, without duplicates.
    pub halls: Vec<u32>,
    /// Person positions, sorted, without duplicates.
    pub people: Vec<u32>,
    /// The session's slot (before and after: a session keeps its slot while it exists).
    pub slot: Option<u32>,
}

/// Venues numbered by name: the event's main venue is 0, and every hall has the number of its venue.
fn venues(p: &Programme) -> Vec<u32> {
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    ids.insert(p.event.venue.name.as_str(), 0);
    p.halls
        .values()
        .map(|h| {
            let next = u32::try_from(ids.len()).unwrap_or(NO_VENUE - 1);
            *ids.entry(p.hall_venue(h)).or_insert(next)
        })
        .collect()
}

/// An availability as sorted, merged absolute ranges; `None` when always available.
fn merged_windows(p: &Programme, days: &DayLookup, availability: &Availability) -> Option<Vec<TimeRange>> {
    let windows = availability.windows(p)?;
    Some(merged(days, &windows))
}

/// Windows as sorted, merged absolute ranges.
fn merged(days: &DayLookup, windows: &[Window]) -> Vec<TimeRange> {
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
                windows: merged_windows(p, &days, &h.availability),
            })
            .collect();
        let exclusive_halls: Vec<u32> = halls.iter().zip(0u32..).filter(|(h, _)| h.exclusive).map(|(_, i)| i).collect();
        let mut idx = Self {
            keys: Vec::with_capacity(p.sessions.len()),
            items: Vec::with_capacity(p.sessions.len()),
            order: Vec::with_capacity(p.sessions.len()),
            item_people: Vec::with_capacity(p.sessions.len() * 2),
            rooms: vec![Vec::new(); halls.len()],
            presences: vec![Vec::new(); p.people.len()],
            halls,
            first_exclusive: exclusive_halls.first().copied(),
            exclusive_halls,
            people: p.people.keys().cloned().collect(),
            person_windows: p.people.values().map(|x| merged_windows(p, &days, &x.availability)).collect(),
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
            let slot = pos(idx.items.len());
            let mut item = idx.item_of(session, |h| hall_pos.get(h.as_str()).copied());
            idx.problems_of(key, session, &item);
            rooms.clear();
            presences.clear();
            idx.entries(session, slot, &item, |k| person_pos.get(k).copied(), &mut rooms, &mut presences);
            idx.note_people(&mut item, &presences);
            for e in &rooms {
                if let Some(group) = idx.rooms.get_mut(e.hall as usize) {
                    group.push(*e);
                }
            }
            for e in &presences {
                if let Some(group) = idx.presences.get_mut(e.person as usize) {
                    group.push(*e);
                }
            }
            idx.keys.push(key.clone());
            idx.items.push(item);
            idx.order.push(slot);
        }
        // Slots are in key order here, so comparing slots is comparing keys.
        for group in &mut idx.rooms {
            group.sort_unstable_by_key(|e| (e.range.start, e.range.end, e.item));
        }
        for group in &mut idx.presences {
            group.sort_unstable_by_key(|e| (e.range.start, e.range.end, e.item, e.contribution));
        }
        idx
    }

    /// Brings the view up to date after the session `key` of `p` changed, was added or was removed, and
    /// nothing else did (see the module docs). Returns what the rules must look at again.
    pub fn update_session(&mut self, p: &Programme, key: &SessionKey) -> Touched {
        let mut touched = Touched { slot: self.find(key), ..Touched::default() };
        if let Some(slot) = touched.slot {
            self.remove_entries(slot, &mut touched);
        }
        self.session_problems.remove(key);
        let session = p.sessions.get(key);
        let slot = match (touched.slot, session) {
            (Some(slot), None) => {
                if let Some(item) = self.items.get_mut(slot as usize) {
                    *item = Item::gone();
                }
                if let Ok(at) = self.order_position(key) {
                    self.order.remove(at);
                }
                return touched.sorted();
            }
            (None, None) => return touched,
            (Some(slot), Some(_)) => slot,
            (None, Some(_)) => {
                let slot = pos(self.items.len());
                self.keys.push(key.clone());
                self.items.push(Item::gone());
                if let Err(at) = self.order_position(key) {
                    self.order.insert(at, slot);
                }
                touched.slot = Some(slot);
                slot
            }
        };
        let Some(session) = session else { return touched.sorted() };
        let mut item = self.item_of(session, |h| p.halls.get_index_of(h).map(pos));
        self.problems_of(key, session, &item);
        let (mut rooms, mut presences) = (Vec::new(), Vec::new());
        let people = &self.people;
        let person_pos = |k: &str| people.binary_search_by(|x| x.as_str().cmp(k)).ok().map(pos);
        self.entries(session, slot, &item, person_pos, &mut rooms, &mut presences);
        self.note_people(&mut item, &presences);
        if let Some(place) = self.items.get_mut(slot as usize) {
            *place = item;
        }
        for e in rooms {
            touched.halls.push(e.hall);
            let Some(group) = self.rooms.get(e.hall as usize) else { continue };
            let at = group.partition_point(|x| self.room_order(x, &e) == Ordering::Less);
            if let Some(group) = self.rooms.get_mut(e.hall as usize) {
                group.insert(at, e);
            }
        }
        for e in presences {
            touched.people.push(e.person);
            let Some(group) = self.presences.get(e.person as usize) else { continue };
            let at = group.partition_point(|x| self.presence_order(x, &e) == Ordering::Less);
            if let Some(group) = self.presences.get_mut(e.person as usize) {
                group.insert(at, e);
            }
        }
        touched.sorted()
    }

    /// Takes the entries of the session in `slot` out of their groups, as its item and people say.
    fn remove_entries(&mut self, slot: u32, touched: &mut Touched) {
        let Some(&item) = self.items.get(slot as usize) else { return };
        let halls = match (item.hall(), item.all_halls()) {
            (_, true) => self.exclusive_halls.clone(),
            (Some(h), false) => vec![h],
            (None, false) => Vec::new(),
        };
        for h in halls {
            if let Some(group) = self.rooms.get_mut(h as usize) {
                group.retain(|e| e.item != slot);
            }
            touched.halls.push(h);
        }
        let from = item.people_at as usize;
        let people = self.item_people.get(from..from + item.people_len as usize).unwrap_or_default();
        for &person in people {
            if let Some(group) = self.presences.get_mut(person as usize) {
                group.retain(|e| e.item != slot);
            }
        }
        touched.people.extend_from_slice(people);
    }

    fn key_order(&self, a: u32, b: u32) -> Ordering {
        if a == b {
            return Ordering::Equal;
        }
        self.key(a).cmp(&self.key(b))
    }

    fn room_order(&self, a: &RoomEntry, b: &RoomEntry) -> Ordering {
        (a.range.start, a.range.end).cmp(&(b.range.start, b.range.end)).then_with(|| self.key_order(a.item, b.item))
    }

    fn presence_order(&self, a: &PersonEntry, b: &PersonEntry) -> Ordering {
        (a.range.start, a.range.end)
            .cmp(&(b.range.start, b.range.end))
            .then_with(|| self.key_order(a.item, b.item))
            .then(a.contribution.cmp(&b.contribution))
    }

    fn order_position(&self, key: &SessionKey) -> Result<usize, usize> {
        self.order.binary_search_by(|&slot| self.key(slot).map_or(Ordering::Less, |k| k.cmp(key)))
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

    /// The hall occupations and presences of session `s` (in `slot`), unsorted.
    fn entries(
        &self,
        s: &Session,
        slot: u32,
        item: &Item,
        person_pos: impl Fn(&str) -> Option<u32>,
        rooms: &mut Vec<RoomEntry>,
        presences: &mut Vec<PersonEntry>,
    ) {
        let (Some(range), false) = (item.range(), item.cancelled()) else { return };
        let (all_halls, is_break) = (item.all_halls(), item.is_break());
        let room = |hall| RoomEntry { range, hall, item: slot, all_halls, is_break };
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
                    presences.push(PersonEntry { range, person, item: slot, contribution, venue });
                }
            }
        };
        present(&s.people, range, 0);
        for ((c, (offset, duration)), ci) in s.contributions.iter().zip(s.contribution_offsets_iter()).zip(1u32..) {
            present(&c.people, TimeRange::new(range.start + i64::from(offset), duration), ci);
        }
    }

    /// Notes in `item` the people of its `presences`, so that they can be taken out again.
    fn note_people(&mut self, item: &mut Item, presences: &[PersonEntry]) {
        item.people_at = pos(self.item_people.len());
        item.people_len = pos(presences.len());
        self.item_people.extend(presences.iter().map(|e| e.person));
    }

    /// The slot of a session key, while the session is there.
    pub fn find(&self, key: &SessionKey) -> Option<u32> {
        self.order_position(key).ok().and_then(|at| self.order.get(at).copied())
    }

    /// The slots of the sessions there are, in key order.
    pub fn slots(&self) -> &[u32] {
        &self.order
    }

    /// The item in a slot.
    pub fn item(&self, slot: u32) -> Option<&Item> {
        self.items.get(slot as usize)
    }

    /// The key in a slot.
    pub fn key(&self, slot: u32) -> Option<&SessionKey> {
        self.keys.get(slot as usize)
    }
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
