//! The rules (CONTRACTS §4, issue "Clash engine"), grouped by what they read: one hall's occupations,
//! one person's presences, one session, or validation problems. Each appends clashes; `Checker` keeps
//! them per group and sorts. Hall rules sweep a hall's occupations and person rules a person's presences
//! in start order; availability is looked up by binary search in merged windows. Keys are cloned only
//! into the clashes found (about one per 100 sessions). Overlaps are bounded (CONTRACTS §4): past
//! [`PAIR_CAP`] pairs in one hall or of one person they are counted (`pairs.rs`) and reported as one
//! grouped clash, so the work stays linear in the input plus what is reported.

use rustc_hash::FxHashSet;

use super::index::Index;
use super::item::{Item, NO_VENUE, PersonEntry, RoomEntry};
use super::pairs::{self, GROUP_SESSIONS, PAIR_CAP};
use super::{Clash, ClashKind, ClashSession, Detail};
use crate::model::{HallKey, PersonKey, Problem, Programme, Subject, TimeRange};

fn cs(idx: &Index, item: u32, contribution: Option<u32>) -> ClashSession {
    let session = idx.key(item).cloned().unwrap_or_default();
    ClashSession { session, contribution: contribution.map(|c| c as usize) }
}

/// Validation problems as `invalid` clashes.
pub fn invalid<'a>(p: &Programme, idx: &Index, problems: impl IntoIterator<Item = &'a Problem>, out: &mut Vec<Clash>) {
    for problem in problems {
        let sessions = match &problem.subject {
            Subject::Session(key) => vec![ClashSession { session: key.clone(), contribution: None }],
            Subject::Contribution(key, c) => {
                let position = p.sessions.get(key).and_then(|s| s.contributions.iter().position(|x| &x.key == c));
                vec![ClashSession { session: key.clone(), contribution: position }]
            }
            _ => Vec::new(),
        };
        let start = sessions
            .first()
            .and_then(|s| idx.find(&s.session))
            .and_then(|i| idx.item(i))
            .filter(|i| !i.cancelled())
            .and_then(Item::range)
            .map(|r| r.start);
        out.push(Clash {
            kind: ClashKind::Invalid,
            sessions,
            hall: None,
            speaker: None,
            detail: Detail::Problem(Box::new(problem.clone())),
            start,
        });
    }
}

fn hall_key(p: &Programme, pos: u32) -> Option<HallKey> {
    p.halls.get_index(pos as usize).map(|(k, _)| k.clone())
}

/// `room_overlap` and `changeover` in one hall: `group` is its occupations in start order, `active`
/// scratch space. Past [`PAIR_CAP`] overlapping pairs, the hall's overlaps are one grouped clash.
pub fn hall(p: &Programme, idx: &Index, group: &[RoomEntry], active: &mut Vec<RoomEntry>, out: &mut Vec<Clash>) {
    let Some(first) = group.first() else { return };
    let hall = hall_key(p, first.hall);
    // Two all-halls sessions share every hall: their overlap is reported once, at the first hall.
    let skip_shared = Some(first.hall) != idx.first_exclusive;
    let (before, mut found) = (out.len(), 0);
    let complete = overlapping_pairs(
        group,
        active,
        |e| e.range,
        |e| e.all_halls,
        skip_shared,
        |a, b| {
            found += 1;
            if found > PAIR_CAP {
                return false;
            }
            out.push(Clash {
                kind: ClashKind::RoomOverlap,
                sessions: vec![cs(idx, a.item, None), cs(idx, b.item, None)],
                hall: hall.clone(),
                speaker: None,
                detail: Detail::None,
                start: Some(a.range.start),
            });
            true
        },
    );
    if !complete {
        out.truncate(before);
        let ranges: Vec<TimeRange> = group.iter().map(|e| e.range).collect();
        let mut pairs = pairs::count(&ranges);
        if skip_shared {
            let shared: Vec<TimeRange> = group.iter().filter(|e| e.all_halls).map(|e| e.range).collect();
            pairs = pairs.saturating_sub(pairs::count(&shared));
        }
        let entries: Vec<(TimeRange, u32)> = group.iter().map(|e| (e.range, e.item)).collect();
        let shared: Vec<bool> = group.iter().map(|e| skip_shared && e.all_halls).collect();
        let involved = pairs::involved_apart(&ranges, &shared);
        out.push(grouped(idx, ClashKind::RoomOverlap, (hall.clone(), None), &entries, &involved, pairs));
    }
    let needed = idx.halls.get(first.hall as usize).map_or(0, |h| h.changeover_mins);
    if needed > 0 {
        changeover(idx, group, hall.as_ref(), needed, out);
    }
}

/// One clash for all the overlaps of a hall or person: the first [`GROUP_SESSIONS`] sessions involved
/// in time order, every session involved, and the exact number of `pairs`. `entries` are start-sorted,
/// non-empty ranges with their slots, `overlapping` says which of them are in a pair.
fn grouped(
    idx: &Index,
    kind: ClashKind,
    (hall, speaker): (Option<HallKey>, Option<PersonKey>),
    entries: &[(TimeRange, u32)],
    overlapping: &[bool],
    pairs: usize,
) -> Clash {
    let mut seen = FxHashSet::default();
    let (mut involved, mut start) = (Vec::new(), None);
    for ((r, item), overlaps) in entries.iter().zip(overlapping) {
        if !*overlaps || !seen.insert(*item) {
            continue;
        }
        start = start.or(Some(r.start));
        involved.push(idx.key(*item).cloned().unwrap_or_default());
    }
    let sessions = involved
        .iter()
        .take(GROUP_SESSIONS)
        .map(|session| ClashSession { session: session.clone(), contribution: None })
        .collect();
    Clash { kind, sessions, hall, speaker, detail: Detail::Grouped { pairs, involved: Box::new(involved) }, start }
}

fn changeover(idx: &Index, group: &[RoomEntry], hall: Option<&HallKey>, needed: u32, out: &mut Vec<Clash>) {
    let mut previous: Option<&RoomEntry> = None;
    for e in group {
        if e.is_break {
            continue;
        }
        if let Some(prev) = previous {
            let gap = e.range.start - prev.range.end;
            if gap >= 0 && gap < i64::from(needed) {
                out.push(Clash {
                    kind: ClashKind::Changeover,
                    sessions: vec![cs(idx, prev.item, None), cs(idx, e.item, None)],
                    hall: hall.cloned(),
                    speaker: None,
                    detail: Detail::Gap { gap_mins: gap, needed_mins: needed },
                    start: Some(prev.range.start),
                });
            }
        }
        if previous.is_none_or(|prev| e.range.end > prev.range.end) {
            previous = Some(e);
        }
    }
}

/// Whether `range` lies inside one of the merged, sorted `windows`.
fn within(windows: &[TimeRange], range: TimeRange) -> bool {
    let after = windows.partition_point(|w| w.start <= range.start);
    after.checked_sub(1).and_then(|i| windows.get(i)).is_some_and(|w| w.contains(range))
}

/// Presence pairs a person's sweep looks at before it counts instead (pairs within one session and
/// repeated pairs of sessions are looked at but not reported).
const PERSON_PAIR_BUDGET: usize = 100 * PAIR_CAP;

/// `speaker_overlap`, `speaker_unavailable` and `travel_time` of one person: `group` is their presences
/// in start order, `active` scratch space. Past [`PAIR_CAP`] pairs of overlapping sessions, the person's
/// overlaps are one grouped clash.
pub fn person(idx: &Index, group: &[PersonEntry], active: &mut Vec<PersonEntry>, out: &mut Vec<Clash>) {
    let Some(first) = group.first() else { return };
    let Some(key) = idx.people.get(first.person as usize) else { return };
    let mut seen = FxHashSet::default();
    let (before, mut looked_at) = (out.len(), 0);
    let complete = overlapping_pairs(
        group,
        active,
        |e| e.range,
        |_| false,
        false,
        |a, b| {
            looked_at += 1;
            if looked_at > PERSON_PAIR_BUDGET {
                return false;
            }
            if a.item != b.item && seen.insert((a.item.min(b.item), a.item.max(b.item))) {
                if seen.len() > PAIR_CAP {
                    return false;
                }
                out.push(speaker_overlap(idx, key, a, b));
            }
            true
        },
    );
    if !complete {
        out.truncate(before);
        person_overlaps_counted(idx, group, key, active, out);
    }
    if let Some(Some(windows)) = idx.person_windows.get(first.person as usize) {
        unavailable(idx, group, key, windows, out);
    }
    travel(idx, group, key, out);
}

/// A person's `speaker_overlap`s where a sweep of their presences would look at too many pairs: the pairs
/// of sessions counted on each session's merged presence; up to [`PAIR_CAP`] of them listed as the sweep
/// would list them (with their contributions), past it one grouped clash.
fn person_overlaps_counted(
    idx: &Index,
    group: &[PersonEntry],
    key: &PersonKey,
    active: &mut Vec<PersonEntry>,
    out: &mut Vec<Clash>,
) {
    let mut merged = pairs::Merged::of(group.iter().map(|e| (e.range, e.item)).collect());
    // The same order whatever slots the sessions have.
    merged.ranges.sort_by(|(a, x), (b, y)| (a.start, a.end, idx.key(*x)).cmp(&(b.start, b.end, idx.key(*y))));
    let pairs = merged.session_pairs();
    if pairs > PAIR_CAP {
        let ranges: Vec<TimeRange> = merged.ranges.iter().map(|(r, _)| *r).collect();
        let involved = pairs::involved(&ranges);
        let whose = (None, Some(key.clone()));
        out.push(grouped(idx, ClashKind::SpeakerOverlap, whose, &merged.ranges, &involved, pairs));
        return;
    }
    let entries: Vec<PersonEntry> = merged
        .ranges
        .iter()
        .map(|&(range, item)| PersonEntry { range, person: 0, item, contribution: 0, venue: NO_VENUE })
        .collect();
    // The pairs of sessions, from the merged ranges (one session's never overlap each other) ...
    let mut pairs = Vec::new();
    let mut seen = FxHashSet::default();
    overlapping_pairs(
        &entries,
        active,
        |e| e.range,
        |_| false,
        false,
        |a, b| {
            if a.item != b.item && seen.insert((a.item.min(b.item), a.item.max(b.item))) {
                pairs.push((a.item, b.item));
            }
            true
        },
    );
    // ... each reported with the presences (and contributions) a sweep of all of them would name.
    for (a, b) in pairs {
        let Some((x, y)) = first_meeting(group, a, b) else { continue };
        out.push(speaker_overlap(idx, key, &x, &y));
    }
}

/// `key` is in two places at once: the earlier presence `a` and the later `b`.
fn speaker_overlap(idx: &Index, key: &PersonKey, a: &PersonEntry, b: &PersonEntry) -> Clash {
    Clash {
        kind: ClashKind::SpeakerOverlap,
        sessions: vec![cs(idx, a.item, a.contribution()), cs(idx, b.item, b.contribution())],
        hall: None,
        speaker: Some(key.clone()),
        detail: Detail::None,
        start: Some(a.range.start),
    }
}

/// The two presences of sessions `a` and `b` that the sweep of the whole start-sorted `group` meets
/// first: the first presence that overlaps an earlier one of the other session, and the earliest such.
fn first_meeting(group: &[PersonEntry], a: u32, b: u32) -> Option<(PersonEntry, PersonEntry)> {
    let mut running: Vec<PersonEntry> = Vec::new();
    for e in group.iter().filter(|e| e.item == a || e.item == b) {
        running.retain(|x| x.range.end > e.range.start);
        if let Some(x) = running.iter().find(|x| x.item != e.item) {
            return Some((*x, *e));
        }
        running.push(*e);
    }
    None
}

/// `speaker_unavailable` of a person whose availability is limited to `windows`.
fn unavailable(idx: &Index, group: &[PersonEntry], key: &PersonKey, windows: &[TimeRange], out: &mut Vec<Clash>) {
    let mut seen = FxHashSet::default();
    for e in group {
        if !within(windows, e.range) && seen.insert(e.item) {
            out.push(Clash {
                kind: ClashKind::SpeakerUnavailable,
                sessions: vec![cs(idx, e.item, e.contribution())],
                hall: None,
                speaker: Some(key.clone()),
                detail: Detail::None,
                start: Some(e.range.start),
            });
        }
    }
}

fn travel(idx: &Index, group: &[PersonEntry], key: &PersonKey, out: &mut Vec<Clash>) {
    let needed = idx.travel_mins;
    if needed == 0 {
        return;
    }
    let mut previous: Option<&PersonEntry> = None;
    let mut seen = FxHashSet::default();
    for e in group {
        if let Some(prev) = previous
            && prev.item != e.item
        {
            let gap = e.range.start - prev.range.end;
            let (from, to) = (prev.venue(), e.venue());
            let moves = from.is_some() && to.is_some() && from != to;
            if moves && gap >= 0 && gap < i64::from(needed) && seen.insert((prev.item, e.item)) {
                out.push(Clash {
                    kind: ClashKind::TravelTime,
                    sessions: vec![cs(idx, prev.item, prev.contribution()), cs(idx, e.item, e.contribution())],
                    hall: None,
                    speaker: Some(key.clone()),
                    detail: Detail::Gap { gap_mins: gap, needed_mins: needed },
                    start: Some(prev.range.start),
                });
            }
        }
        if previous.is_none_or(|prev| e.range.end > prev.range.end) {
            previous = Some(e);
        }
    }
}

/// The rules about one session (item `i`): its validation `problems`, `hall_unavailable`,
/// `outside_day_hours`, `over_capacity` and `unscheduled`.
pub fn session(p: &Programme, idx: &Index, i: u32, problems: Option<&[Problem]>, out: &mut Vec<Clash>) {
    let Some(item) = idx.item(i) else { return };
    if let Some(problems) = problems {
        invalid(p, idx, problems, out);
    }
    if item.cancelled() {
        return;
    }
    hall_unavailable(p, idx, i, item, out);
    outside_day_hours(p, idx, i, item, out);
    over_capacity(p, idx, i, item, out);
    unscheduled(idx, i, item, out);
}

/// `hall_unavailable`: a session in one hall outside the hall's windows.
fn hall_unavailable(p: &Programme, idx: &Index, i: u32, item: &Item, out: &mut Vec<Clash>) {
    let (Some(pos), Some(range)) = (item.hall(), item.range()) else { return };
    let Some(w) = idx.halls.get(pos as usize).and_then(|h| h.windows.as_ref()) else { return };
    if !range.is_empty() && !within(w, range) {
        out.push(Clash {
            kind: ClashKind::HallUnavailable,
            sessions: vec![cs(idx, i, None)],
            hall: hall_key(p, pos),
            speaker: None,
            detail: Detail::None,
            start: Some(range.start),
        });
    }
}

/// `outside_day_hours`: a session starting before its day opens or ending after it closes.
fn outside_day_hours(p: &Programme, idx: &Index, i: u32, item: &Item, out: &mut Vec<Clash>) {
    let (Some(open), Some(range)) = (item.day(), item.range()) else { return };
    if range.is_empty() || open.contains(range) {
        return;
    }
    out.push(Clash {
        kind: ClashKind::OutsideDayHours,
        sessions: vec![cs(idx, i, None)],
        hall: item.hall().and_then(|h| hall_key(p, h)),
        speaker: None,
        detail: Detail::DayHours {
            early_mins: (open.start - range.start).max(0),
            late_mins: (range.end - open.end).max(0),
        },
        start: Some(range.start),
    });
}

/// `over_capacity`: expected audience above the hall's seats.
fn over_capacity(p: &Programme, idx: &Index, i: u32, item: &Item, out: &mut Vec<Clash>) {
    let (Some(audience), Some(hall)) = (item.audience(), item.hall()) else { return };
    let Some(capacity) = idx.halls.get(hall as usize).and_then(|h| h.capacity) else { return };
    if audience > capacity {
        out.push(Clash {
            kind: ClashKind::OverCapacity,
            sessions: vec![cs(idx, i, None)],
            hall: hall_key(p, hall),
            speaker: None,
            detail: Detail::Capacity { audience, capacity },
            start: item.range().map(|r| r.start),
        });
    }
}

/// `unscheduled`: a confirmed session without a day, a start or a hall.
fn unscheduled(idx: &Index, i: u32, item: &Item, out: &mut Vec<Clash>) {
    let (day, start, hall) = item.lacks();
    if item.confirmed() && (day || start || hall) {
        out.push(Clash {
            kind: ClashKind::Unscheduled,
            sessions: vec![cs(idx, i, None)],
            hall: None,
            speaker: None,
            detail: Detail::Missing { day, start, hall },
            start: item.range().map(|r| r.start),
        });
    }
}

/// Calls `pair(earlier, later)` for every two entries of a start-sorted group whose ranges overlap, but
/// not for two `shared` ones when `skip_shared`, until `pair` returns false; returns whether it went
/// through. `active` is scratch space, reused between groups. The cost is the group's length plus the
/// pairs called: shared entries wait in a list of their own, looked at (and cleared) only by others.
fn overlapping_pairs<T: Copy>(
    group: &[T],
    active: &mut Vec<T>,
    range: impl Fn(&T) -> TimeRange,
    shared: impl Fn(&T) -> bool,
    skip_shared: bool,
    mut pair: impl FnMut(&T, &T) -> bool,
) -> bool {
    active.clear();
    let mut waiting: Vec<T> = Vec::new();
    for e in group {
        let r = range(e);
        active.retain(|a| range(a).end > r.start);
        for a in active.iter() {
            if !pair(a, e) {
                return false;
            }
        }
        if skip_shared && shared(e) {
            waiting.push(*e);
            continue;
        }
        waiting.retain(|a| range(a).end > r.start);
        for a in &waiting {
            if !pair(a, e) {
                return false;
            }
        }
        active.push(*e);
    }
    true
}
