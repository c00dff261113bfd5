//! Free places for one session ("Freie Plätze…", `podium suggest`): every day, hall and start on the snap
//! grid where it would be in no error clash and inside the day's hours, the hall's and its people's
//! availability and the hall's capacity, checked by the clash checker itself. Ranked: fewest warnings
//! (changeover, travel time), then nearest to where it is now (same day, same hall, nearest time; an
//! unplaced session: its day, the earliest time), then the smallest hall that seats its audience. Where
//! the session is now is not among them.

use super::plan::{Cost, Plan, hall_position};
use super::slots::{Place, slots};
use crate::model::{DayKey, Programme, SessionKey, time};

/// One free place and what it costs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Where.
    pub place: Place,
    /// What the session would be in there (no errors, nothing hard).
    pub cost: Cost,
}

/// How many places are checked by the checker at most (those of a full day and hall are passed over
/// unchecked), nearest first (a programme with many free halls
/// has thousands; the nearest ones are what people want).
const CHECKED: usize = 3_000;

/// The order of places before the checker looks: nearest first, then the smallest hall that fits.
fn nearness(p: &Programme, key: &SessionKey, place: &Place, day_index: usize) -> (bool, usize, bool, i64, u32, usize) {
    let s = p.sessions.get(key);
    let now_day = s.and_then(|s| s.day.as_ref());
    let now_hall = s.and_then(|s| s.hall.as_ref());
    let start =
        |day: &DayKey, clock: crate::model::Clock| p.days.get(day).map_or(0, |d| time::abs_minute(d.date, clock));
    let here = start(&place.day, place.start);
    let distance = match (now_day, s.and_then(|s| s.start)) {
        (Some(d), Some(c)) => (here - start(d, c)).abs(),
        // Unplaced: the earliest time of the day first.
        _ => i64::from(place.start.mins()),
    };
    let audience = s.and_then(|s| s.audience).unwrap_or(0);
    let spare = match &place.hall {
        crate::model::HallPlacement::Hall(h) => {
            p.halls.get(h).and_then(|h| h.capacity).map_or(u32::MAX, |c| c - audience.min(c))
        }
        crate::model::HallPlacement::All => 0,
    };
    (
        now_day.is_some_and(|d| *d != place.day),
        if now_day.is_some() { 0 } else { day_index },
        now_hall.is_some_and(|h| *h != place.hall),
        distance,
        spare,
        hall_position(p, &place.hall),
    )
}

/// The best `limit` free places for `key` (see the module docs); `days` narrows the days looked at, and
/// `per_hall` keeps at most that many of one day and hall (the nearest), so that other halls and days
/// show, not only the same hall five minutes earlier and later. Placing the session at any of them leaves
/// it in no error clash.
pub fn free_places(
    plan: &mut Plan,
    key: &SessionKey,
    days: Option<&[DayKey]>,
    limit: usize,
    per_hall: Option<usize>,
) -> Vec<Candidate> {
    let p = plan.programme();
    let now = plan.place_of(key);
    let mut found = slots(p, key, days, None, &|_| false);
    // Where it is now is no suggestion.
    found.retain(|slot| Some(&slot.place) != now.as_ref());
    found.sort_by_cached_key(|slot| nearness(p, key, &slot.place, slot.day_index));
    let mut out: Vec<(usize, Candidate)> = Vec::new();
    let mut without_warnings = 0;
    let mut in_hall: std::collections::HashMap<(DayKey, crate::model::HallPlacement), usize> =
        std::collections::HashMap::new();
    let mut checked = 0usize;
    for (order, slot) in found.into_iter().enumerate() {
        let group = (slot.place.day.clone(), slot.place.hall.clone());
        if per_hall.is_some_and(|cap| in_hall.get(&group).is_some_and(|n| *n >= cap)) {
            continue;
        }
        checked += 1;
        if checked > CHECKED {
            break;
        }
        let Some(cost) = plan.try_place(key, &slot.place) else { continue };
        if !cost.is_free() {
            continue;
        }
        *in_hall.entry(group).or_default() += 1;
        if cost.soft == 0 {
            without_warnings += 1;
        }
        out.push((order, Candidate { place: slot.place, cost }));
        // Checked nearest first: once `limit` places without warnings are found, none further can beat them.
        if without_warnings >= limit {
            break;
        }
    }
    out.sort_by_key(|(order, c)| (c.cost.soft, *order));
    out.into_iter().take(limit).map(|(_, c)| c).collect()
}
