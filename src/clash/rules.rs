//! One function per rule (CONTRACTS §4, issue "Clash engine"). Each appends clashes; `detect` sorts.
//! Hall rules sweep the hall occupations, person rules the presences; availability is looked up by binary
//! search in merged windows. Keys are cloned only into the clashes found (about one per 100 sessions).

use rustc_hash::FxHashSet;

use super::index::{Index, PersonEntry, RoomEntry, overlapping_pairs};
use super::{Clash, ClashKind, ClashSession, Detail};
use crate::model::{DayLookup, HallKey, PersonKey, Programme, Subject, TimeRange, Window};

fn cs(idx: &Index<'_>, item: u32, contribution: Option<u32>) -> ClashSession {
    let session = idx.item(item).map(|i| i.key.clone()).unwrap_or_default();
    ClashSession { session, contribution: contribution.map(|c| c as usize) }
}

/// Validation problems as `invalid` clashes.
pub fn invalid(p: &Programme, idx: &Index<'_>, out: &mut Vec<Clash>) {
    for problem in &idx.problems {
        let sessions = match &problem.subject {
            Subject::Session(key) => vec![ClashSession { session: key.clone(), contribution: None }],
            Subject::Contribution(key, c) => {
                let position = p.sessions.get(key).and_then(|s| s.contributions.iter().position(|x| &x.key == c));
                vec![ClashSession { session: key.clone(), contribution: position }]
            }
            _ => Vec::new(),
        };
        let start = sessions.first().and_then(|s| idx.find(&s.session)).and_then(|i| i.range).map(|r| r.start);
        out.push(Clash {
            kind: ClashKind::Invalid,
            sessions,
            hall: None,
            speaker: None,
            detail: Detail::Problem(problem.clone()),
            start,
        });
    }
}

fn hall_key(p: &Programme, pos: u32) -> Option<HallKey> {
    p.halls.get_index(pos as usize).map(|(k, _)| k.clone())
}

/// `room_overlap` and `changeover`, hall by hall.
pub fn room(p: &Programme, idx: &Index<'_>, out: &mut Vec<Clash>) {
    let first_exclusive = p.halls.values().position(|h| !h.parallel).and_then(|i| u32::try_from(i).ok());
    let mut active = Vec::new();
    for group in idx.rooms.chunk_by(|a, b| a.hall == b.hall) {
        let Some(first) = group.first() else { continue };
        let hall = hall_key(p, first.hall);
        let is_all = |e: &RoomEntry| idx.item(e.item).is_some_and(|i| i.facts.all_halls);
        overlapping_pairs(
            group,
            &mut active,
            |e| e.range,
            |a, b| {
                // Two all-halls sessions share every hall: report their overlap once, at the first hall.
                if is_all(a) && is_all(b) && Some(a.hall) != first_exclusive {
                    return;
                }
                out.push(Clash {
                    kind: ClashKind::RoomOverlap,
                    sessions: vec![cs(idx, a.item, None), cs(idx, b.item, None)],
                    hall: hall.clone(),
                    speaker: None,
                    detail: Detail::None,
                    start: Some(a.range.start),
                });
            },
        );
        let needed = p.halls.get_index(first.hall as usize).map_or(0, |(_, h)| p.changeover_mins(h));
        if needed > 0 {
            changeover(idx, group, hall.as_ref(), needed, out);
        }
    }
}

fn changeover(idx: &Index<'_>, group: &[RoomEntry], hall: Option<&HallKey>, needed: u32, out: &mut Vec<Clash>) {
    let mut previous: Option<&RoomEntry> = None;
    for e in group {
        if idx.item(e.item).is_none_or(|i| i.facts.is_break) {
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

/// Windows as sorted, merged absolute ranges.
fn merged_windows(days: &DayLookup<'_>, windows: &[Window]) -> Vec<TimeRange> {
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

/// Whether `range` lies inside one of the merged, sorted `windows`.
fn within(windows: &[TimeRange], range: TimeRange) -> bool {
    let after = windows.partition_point(|w| w.start <= range.start);
    after.checked_sub(1).and_then(|i| windows.get(i)).is_some_and(|w| w.contains(range))
}

/// `speaker_overlap`, `speaker_unavailable` and `travel_time`, person by person.
pub fn person(p: &Programme, idx: &Index<'_>, out: &mut Vec<Clash>) {
    let mut active = Vec::new();
    let mut seen = FxHashSet::default();
    for group in idx.presences.chunk_by(|a, b| a.person == b.person) {
        let Some(first) = group.first() else { continue };
        let Some(&(key, person)) = idx.people.get(first.person as usize) else { continue };
        seen.clear();
        overlapping_pairs(
            group,
            &mut active,
            |e| e.range,
            |a, b| {
                if a.item == b.item || !seen.insert((a.item.min(b.item), a.item.max(b.item))) {
                    return;
                }
                out.push(Clash {
                    kind: ClashKind::SpeakerOverlap,
                    sessions: vec![cs(idx, a.item, a.contribution), cs(idx, b.item, b.contribution)],
                    hall: None,
                    speaker: Some(key.clone()),
                    detail: Detail::None,
                    start: Some(a.range.start),
                });
            },
        );
        unavailable(idx, group, key, &person.availability, out);
        travel(p, idx, group, key, out);
    }
}

fn unavailable(idx: &Index<'_>, group: &[PersonEntry], key: &PersonKey, windows: &[Window], out: &mut Vec<Clash>) {
    if windows.is_empty() {
        return;
    }
    let windows = merged_windows(&idx.days, windows);
    let mut seen = FxHashSet::default();
    for e in group {
        if !within(&windows, e.range) && seen.insert(e.item) {
            out.push(Clash {
                kind: ClashKind::SpeakerUnavailable,
                sessions: vec![cs(idx, e.item, e.contribution)],
                hall: None,
                speaker: Some(key.clone()),
                detail: Detail::None,
                start: Some(e.range.start),
            });
        }
    }
}

fn travel(p: &Programme, idx: &Index<'_>, group: &[PersonEntry], key: &PersonKey, out: &mut Vec<Clash>) {
    let needed = p.event.travel_mins;
    if needed == 0 {
        return;
    }
    let venue_of = |e: &PersonEntry| idx.item(e.item).and_then(|i| i.venue);
    let mut previous: Option<&PersonEntry> = None;
    let mut seen = FxHashSet::default();
    for e in group {
        if let Some(prev) = previous
            && prev.item != e.item
        {
            let gap = e.range.start - prev.range.end;
            let (from, to) = (venue_of(prev), venue_of(e));
            let moves = from.is_some() && to.is_some() && from != to;
            if moves && gap >= 0 && gap < i64::from(needed) && seen.insert((prev.item, e.item)) {
                out.push(Clash {
                    kind: ClashKind::TravelTime,
                    sessions: vec![cs(idx, prev.item, prev.contribution), cs(idx, e.item, e.contribution)],
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

/// `hall_unavailable`: a session in one hall outside the hall's windows.
pub fn hall_unavailable(p: &Programme, idx: &Index<'_>, out: &mut Vec<Clash>) {
    let windows: Vec<Vec<TimeRange>> = p.halls.values().map(|h| merged_windows(&idx.days, &h.availability)).collect();
    if windows.iter().all(Vec::is_empty) {
        return;
    }
    for (i, item) in idx.items.iter().enumerate() {
        let (Some(pos), Some(range)) = (item.hall, item.range) else { continue };
        let Some(w) = windows.get(pos as usize).filter(|w| !w.is_empty()) else { continue };
        if !range.is_empty() && !within(w, range) {
            out.push(Clash {
                kind: ClashKind::HallUnavailable,
                sessions: vec![cs(idx, u32::try_from(i).unwrap_or(u32::MAX), None)],
                hall: hall_key(p, pos),
                speaker: None,
                detail: Detail::None,
                start: Some(range.start),
            });
        }
    }
}

/// `outside_day_hours`: a session starting before its day opens or ending after it closes.
pub fn outside_day_hours(idx: &Index<'_>, out: &mut Vec<Clash>) {
    for item in &idx.items {
        let (Some(open), Some(range)) = (item.day, item.range) else { continue };
        if range.is_empty() || open.contains(range) {
            continue;
        }
        out.push(Clash {
            kind: ClashKind::OutsideDayHours,
            sessions: vec![ClashSession { session: item.key.clone(), contribution: None }],
            hall: item.session.hall_key().cloned(),
            speaker: None,
            detail: Detail::DayHours {
                early_mins: (open.start - range.start).max(0),
                late_mins: (range.end - open.end).max(0),
            },
            start: Some(range.start),
        });
    }
}

/// `over_capacity`: expected audience above the hall's seats.
pub fn over_capacity(p: &Programme, idx: &Index<'_>, out: &mut Vec<Clash>) {
    for item in &idx.items {
        let Some(audience) = item.facts.audience else { continue };
        let Some((hall_key, hall)) = item.hall.and_then(|h| p.halls.get_index(h as usize)) else { continue };
        let Some(capacity) = hall.capacity else { continue };
        if audience > capacity {
            out.push(Clash {
                kind: ClashKind::OverCapacity,
                sessions: vec![ClashSession { session: item.key.clone(), contribution: None }],
                hall: Some(hall_key.clone()),
                speaker: None,
                detail: Detail::Capacity { audience, capacity },
                start: item.range.map(|r| r.start),
            });
        }
    }
}

/// `unscheduled`: a confirmed session without a day, a start or a hall.
pub fn unscheduled(idx: &Index<'_>, out: &mut Vec<Clash>) {
    for item in &idx.items {
        let f = item.facts;
        if !f.confirmed {
            continue;
        }
        let (day, start, hall) = (f.lacks_day, f.lacks_start, f.lacks_hall);
        if day || start || hall {
            out.push(Clash {
                kind: ClashKind::Unscheduled,
                sessions: vec![ClashSession { session: item.key.clone(), contribution: None }],
                hall: None,
                speaker: None,
                detail: Detail::Missing { day, start, hall },
                start: item.range.map(|r| r.start),
            });
        }
    }
}
