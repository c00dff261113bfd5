//! The sorted view that clash rules sweep over: every non-cancelled session with its absolute range, its
//! hall occupations grouped by hall and sorted by start, and its people's presences grouped by person and
//! sorted by start. Keys are resolved into positions once per session (FxHash, never SipHash), so the
//! sorts and sweeps compare integers, never strings; grouping is a counting sort (`bucket.rs`). The same
//! pass validates each session, so that a large programme is read from memory once per `detect`.

use rustc_hash::FxHashMap;

use super::bucket::bucket_sort;
use crate::model::{
    DayLookup, HallPlacement, Participation, Person, PersonKey, Problem, Programme, Session, SessionKey, SessionKind,
    Status, TimeRange, programme_problems, session_problems,
};

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
    /// Its venue (see [`Index::venue_count`]), when placed in a known hall or in all halls.
    pub venue: Option<u32>,
    /// Opening hours of its day, when it has one.
    pub day: Option<TimeRange>,
    /// The session's kind, status, audience and placement, copied so that rules sweeping many items do
    /// not read the session (a cache miss each in a large programme).
    pub facts: Facts,
}

/// What the rules read of every session, besides its times and hall.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    /// The session is a break (exempt from changeover).
    pub is_break: bool,
    /// The session is confirmed.
    pub confirmed: bool,
    /// Placed in all halls.
    pub all_halls: bool,
    /// Expected audience.
    pub audience: Option<u32>,
    /// No day set.
    pub lacks_day: bool,
    /// No start set.
    pub lacks_start: bool,
    /// No hall set.
    pub lacks_hall: bool,
}

impl Facts {
    fn of(s: &Session) -> Self {
        Self {
            is_break: s.kind == SessionKind::Break,
            confirmed: s.status == Status::Confirmed,
            all_halls: s.is_all_halls(),
            audience: s.audience,
            lacks_day: s.day.is_none(),
            lacks_start: s.start.is_none(),
            lacks_hall: s.hall.is_none(),
        }
    }
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
    pub people: Vec<(&'a PersonKey, &'a Person)>,
    /// Hall occupations, sorted by hall, start, end, item.
    pub rooms: Vec<RoomEntry>,
    /// Presences, sorted by person, start, end, item, contribution.
    pub presences: Vec<PersonEntry>,
    /// The programme's days by key.
    pub days: DayLookup<'a>,
    /// Every validation problem, sorted: found in the same pass over the sessions, so that each session
    /// is read from memory once.
    pub problems: Vec<Problem>,
}

/// Venues numbered by name: the event's main venue is 0, and every hall has the number of its venue.
fn venues(p: &Programme) -> Vec<u32> {
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    ids.insert(p.event.venue.name.as_str(), 0);
    p.halls
        .values()
        .map(|h| {
            let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
            *ids.entry(p.hall_venue(h)).or_insert(next)
        })
        .collect()
}

impl<'a> Index<'a> {
    /// Builds the view of a programme.
    pub fn build(p: &'a Programme) -> Self {
        let days = DayLookup::new(p);
        let hall_pos: FxHashMap<&str, u32> = p.halls.keys().zip(0u32..).map(|(k, i)| (k.as_str(), i)).collect();
        let exclusive: Vec<bool> = p.halls.values().map(|h| !h.parallel).collect();
        let exclusive_halls: Vec<u32> = exclusive.iter().zip(0u32..).filter(|(e, _)| **e).map(|(_, i)| i).collect();
        let hall_venue = venues(p);
        let people: Vec<(&PersonKey, &Person)> = p.people.iter().collect();
        let mut person_pos: FxHashMap<&str, u32> = FxHashMap::default();
        person_pos.reserve(people.len());
        person_pos.extend(people.iter().zip(0u32..).map(|((k, _), i)| (k.as_str(), i)));

        let mut problems = programme_problems(p, &days);
        let mut items = Vec::with_capacity(p.sessions.len());
        let mut rooms = Vec::with_capacity(p.sessions.len());
        let mut presences = Vec::with_capacity(p.sessions.len() * 2);
        for (key, session) in &p.sessions {
            let day = session.day.as_ref().and_then(|d| days.get(d));
            session_problems(key, session, day.map(|(_, open)| open), &mut problems);
            if session.status == Status::Cancelled {
                continue;
            }
            let item = u32::try_from(items.len()).unwrap_or(u32::MAX);
            let range = match (day, session.start) {
                (Some((date, _)), Some(start)) => {
                    Some(TimeRange::new(date + i64::from(start.mins()), session.duration_mins))
                }
                _ => None,
            };
            let (hall, venue) = match &session.hall {
                Some(HallPlacement::Hall(h)) => {
                    let pos = hall_pos.get(h.as_str()).copied();
                    (pos, pos.and_then(|i| hall_venue.get(i as usize).copied()))
                }
                Some(HallPlacement::All) => (None, Some(0)),
                None => (None, None),
            };
            items.push(Item {
                key,
                session,
                range,
                hall,
                venue,
                day: day.map(|(_, open)| open),
                facts: Facts::of(session),
            });
            let Some(range) = range else { continue };
            // A zero-length session occupies no hall, but its contributions still run at their own times.
            match &session.hall {
                _ if range.is_empty() => {}
                Some(HallPlacement::Hall(_)) => {
                    if let Some(h) = hall
                        && exclusive.get(h as usize).copied().unwrap_or(false)
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
            for ((c, (offset, duration)), ci) in
                session.contributions.iter().zip(session.contribution_offsets_iter()).zip(0u32..)
            {
                present(&c.people, TimeRange::new(range.start + i64::from(offset), duration), Some(ci));
            }
        }
        let rooms = bucket_sort(rooms, p.halls.len(), |e| e.hall, |e| (e.range.start, e.range.end, e.item));
        let presences = bucket_sort(
            presences,
            people.len(),
            |e| e.person,
            |e| (e.range.start, e.range.end, e.item, e.contribution),
        );
        problems.sort_unstable();
        problems.dedup();
        Self { items, people, rooms, presences, days, problems }
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
