//! Where one session could go, worked out with intervals before any clash check: for each allowed day
//! and hall, the starts on the snap grid that keep it within the day's hours, the hall's and every
//! person's availability and the hall's capacity, and clear of every fixed session in the same hall
//! (all-halls sessions included; parallel-use halls take anyone) and of its people's other sessions.
//! Sessions the caller may move ("movable") do not rule a start out; they are named as its blockers.
//! Halls for parallel use (a foyer) are offered only to breaks, receptions and other side items, or to a
//! session already there: a panel in the registration foyer is in no clash, but no organiser wants it.
//! Each start says whether it runs against a plenary or keynote in another hall.
//! The clash checker has the last word (`plan.rs`); this only keeps it from trying hopeless places.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::{
    AbsMinute, Clock, DayKey, HallKey, HallPlacement, PersonKey, Programme, Session, SessionKey, SessionKind, Status,
    TimeRange, time,
};

/// A place for a session: day, hall (or all halls) and start.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Place {
    /// The day.
    pub day: DayKey,
    /// The hall, or all halls.
    pub hall: HallPlacement,
    /// The start on that day.
    pub start: Clock,
}

/// A start that passed the interval checks, with the movable sessions in its way.
#[derive(Clone, Debug)]
pub(super) struct Slot {
    pub place: Place,
    /// Position of the day and the hall in their order (for ranking).
    pub day_index: usize,
    pub hall_index: usize,
    /// Idle minutes between the previous session in the hall (or the opening) and this start, less the
    /// changeover: small is a tight fit.
    pub gap_before: i64,
    /// Movable sessions it would overlap (in the hall or of its people).
    pub blockers: Vec<SessionKey>,
    /// It runs at the same time as a plenary or keynote (which everyone is meant to attend).
    pub against_main: bool,
}

/// An occupied range and who occupies it.
#[derive(Clone, Copy, Debug)]
struct Busy<'a> {
    range: TimeRange,
    by: &'a SessionKey,
    movable: bool,
}

/// Everything in the way of one session, gathered in one pass over the programme.
struct Around<'a> {
    /// Sessions in each exclusive hall.
    halls: FxHashMap<&'a HallKey, Vec<Busy<'a>>>,
    /// All-halls sessions (in every exclusive hall).
    all_halls: Vec<Busy<'a>>,
    /// Presences of the session's people elsewhere.
    people: FxHashMap<&'a PersonKey, Vec<Busy<'a>>>,
    /// Plenaries and keynotes.
    mains: Vec<TimeRange>,
}

/// The session's people with the offset and length of their presence from its start.
fn presences(s: &Session) -> Vec<(&PersonKey, u32, u32)> {
    let mut out: Vec<_> = s.people.iter().map(|x| (&x.person, 0, s.duration_mins)).collect();
    for (c, (offset, duration)) in s.contributions.iter().zip(s.contribution_offsets_iter()) {
        out.extend(c.people.iter().map(|x| (&x.person, offset, duration)));
    }
    out
}

fn gather<'a>(
    p: &'a Programme,
    key: &SessionKey,
    people: &FxHashSet<&PersonKey>,
    movable: &dyn Fn(&SessionKey) -> bool,
) -> Around<'a> {
    let mut around =
        Around { halls: FxHashMap::default(), all_halls: Vec::new(), people: FxHashMap::default(), mains: Vec::new() };
    for (k, s) in &p.sessions {
        if k == key || s.status == Status::Cancelled {
            continue;
        }
        let Some(range) = p.session_range(s) else { continue };
        let mine = movable(k);
        let busy = |range| Busy { range, by: k, movable: mine };
        if matches!(s.kind, SessionKind::Plenary | SessionKind::Keynote) {
            around.mains.push(range);
        }
        match &s.hall {
            Some(HallPlacement::All) if s.duration_mins > 0 => around.all_halls.push(busy(range)),
            Some(HallPlacement::Hall(h)) if s.duration_mins > 0 && p.halls.get(h).is_some_and(|x| !x.parallel) => {
                around.halls.entry(h).or_default().push(busy(range));
            }
            _ => {}
        }
        if people.is_empty() {
            continue;
        }
        for (person, offset, duration) in presences(s) {
            if people.contains(person) {
                let at = TimeRange::new(range.start + i64::from(offset), duration);
                around.people.entry(person).or_default().push(busy(at));
            }
        }
    }
    around
}

/// The starts `s` (absolute minutes) at which `[s + offset, s + offset + len)` overlaps `busy`, as
/// closed intervals.
fn forbidden(busy: &[Busy<'_>], offset: u32, len: u32, fixed: bool, out: &mut Vec<(i64, i64)>) {
    let (offset, len) = (i64::from(offset), i64::from(len.max(1)));
    for b in busy.iter().filter(|b| b.movable != fixed) {
        out.push((b.range.start - offset - len + 1, b.range.end.max(b.range.start + 1) - offset - 1));
    }
}

/// Whether `range` lies inside one of the windows of an availability (always available: true).
fn within(p: &Programme, availability: &crate::model::Availability, range: TimeRange) -> bool {
    let Some(windows) = availability.windows(p) else { return true };
    windows.iter().filter_map(|w| p.window_range(w)).any(|w| w.start <= range.start && range.end <= w.end)
}

fn merged(mut intervals: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    intervals.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(intervals.len());
    for (a, b) in intervals {
        match out.last_mut() {
            Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Whether `s` lies in one of the sorted, merged intervals; `at` walks forward with increasing `s`.
fn hit(intervals: &[(i64, i64)], at: &mut usize, s: i64) -> bool {
    while intervals.get(*at).is_some_and(|(_, b)| *b < s) {
        *at += 1;
    }
    intervals.get(*at).is_some_and(|(a, _)| *a <= s)
}

/// The places for session `key` (as it is now in `p`, but for its placement) that pass the interval
/// checks: on `days` (all days when `None`), at `at_start` only when given, in every hall it may use (or all
/// halls for an all-halls session).
pub(super) fn slots(
    p: &Programme,
    key: &SessionKey,
    days: Option<&[DayKey]>,
    at_start: Option<Clock>,
    movable: &dyn Fn(&SessionKey) -> bool,
) -> Vec<Slot> {
    let Some(s) = p.sessions.get(key) else { return Vec::new() };
    let side_item = matches!(s.kind, SessionKind::Break | SessionKind::Reception | SessionKind::Other);
    let now_parallel = s.hall_key().and_then(|h| p.halls.get(h)).is_some_and(|h| h.parallel);
    let mine = presences(s);
    let people: FxHashSet<&PersonKey> = mine.iter().map(|(x, _, _)| *x).collect();
    let around = gather(p, key, &people, movable);
    let step = i64::from(p.event.snap_mins.max(1));
    let len = s.duration_mins;
    let mut out = Vec::new();
    for (day_index, (day_key, day)) in p.days.iter().enumerate() {
        if days.is_some_and(|d| !d.contains(day_key)) {
            continue;
        }
        let Some(open) = p.day_range(day_key) else { continue };
        let date = time::date_mins(day.date);
        // People: starts ruled out by their other sessions (fixed, then movable), on this day.
        let (mut fixed_people, mut movable_people) = (Vec::new(), Vec::new());
        for (person, offset, duration) in &mine {
            if let Some(busy) = around.people.get(person) {
                forbidden(busy, *offset, *duration, true, &mut fixed_people);
                forbidden(busy, *offset, *duration, false, &mut movable_people);
            }
        }
        let person_ok = |start: AbsMinute| {
            mine.iter().all(|(person, offset, duration)| {
                let range = TimeRange::new(start + i64::from(*offset), *duration);
                p.people.get(*person).is_none_or(|x| within(p, &x.availability, range))
            })
        };
        let halls: Vec<(usize, HallPlacement)> = if s.is_all_halls() {
            vec![(0, HallPlacement::All)]
        } else {
            p.halls
                .iter()
                .enumerate()
                .filter(|(_, (_, h))| !h.parallel || side_item || now_parallel)
                .map(|(i, (h, _))| (i, HallPlacement::Hall(h.clone())))
                .collect()
        };
        for (hall_index, placement) in halls {
            let hall = match &placement {
                HallPlacement::Hall(h) => p.halls.get(h),
                HallPlacement::All => None,
            };
            if let (Some(h), Some(audience)) = (hall, s.audience)
                && h.capacity.is_some_and(|c| c < audience)
            {
                continue;
            }
            let mut in_hall: Vec<Busy<'_>> = around.all_halls.clone();
            match (&placement, hall) {
                (HallPlacement::Hall(h), Some(x)) if !x.parallel => {
                    in_hall.extend(around.halls.get(h).into_iter().flatten().copied());
                }
                (HallPlacement::All, _) => in_hall.extend(around.halls.values().flatten().copied()),
                _ => {}
            }
            in_hall.sort_by_key(|b| b.range.start);
            let mut fixed = fixed_people.clone();
            let mut soft = movable_people.clone();
            if len > 0 {
                forbidden(&in_hall, 0, len, true, &mut fixed);
                forbidden(&in_hall, 0, len, false, &mut soft);
            }
            let fixed = merged(fixed);
            let changeover = i64::from(hall.map_or(p.event.changeover_mins, |h| p.changeover_mins(h)));
            let (mut at, first) = (0usize, (open.start + step - 1).div_euclid(step) * step);
            let mut start = first;
            while start + i64::from(len) <= open.end {
                let range = TimeRange::new(start, len);
                let clock = u32::try_from(start - date).ok().and_then(Clock::from_mins);
                if let Some(clock) = clock
                    && at_start.is_none_or(|c| c == clock)
                    && !hit(&fixed, &mut at, start)
                    && hall.is_none_or(|h| within(p, &h.availability, range))
                    && person_ok(start)
                {
                    let blockers = blockers_at(&in_hall, &around, &mine, start, len, &soft);
                    let previous_end = in_hall
                        .iter()
                        .filter(|b| b.range.end <= start)
                        .map(|b| b.range.end)
                        .max()
                        .unwrap_or(open.start);
                    let gap_before = start - previous_end - if previous_end > open.start { changeover } else { 0 };
                    out.push(Slot {
                        place: Place { day: day_key.clone(), hall: placement.clone(), start: clock },
                        day_index,
                        hall_index,
                        gap_before,
                        blockers,
                        against_main: around.mains.iter().any(|m| m.overlaps(range)),
                    });
                }
                start += step;
            }
        }
    }
    out
}

/// The movable sessions a start runs into (none when no movable interval covers it).
fn blockers_at(
    in_hall: &[Busy<'_>],
    around: &Around<'_>,
    mine: &[(&PersonKey, u32, u32)],
    start: AbsMinute,
    len: u32,
    soft: &[(i64, i64)],
) -> Vec<SessionKey> {
    if !soft.iter().any(|(a, b)| *a <= start && start <= *b) {
        return Vec::new();
    }
    let range = TimeRange::new(start, len.max(1));
    let mut out: Vec<SessionKey> =
        in_hall.iter().filter(|b| b.movable && len > 0 && b.range.overlaps(range)).map(|b| b.by.clone()).collect();
    for (person, offset, duration) in mine {
        let at = TimeRange::new(start + i64::from(*offset), (*duration).max(1));
        let busy = around.people.get(person).into_iter().flatten();
        out.extend(busy.filter(|b| b.movable && b.range.overlaps(at)).map(|b| b.by.clone()));
    }
    out.sort();
    out.dedup();
    out
}
