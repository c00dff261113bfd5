//! Edits on many sessions at once, each returned as one [`Edit::Batch`] (one undo step, one clash
//! update): moving several sessions by the same time and hall offset, copies as drafts (duplicate,
//! paste), "Ab hier verschieben…" (every session after a time in one hall or all halls), and a day
//! duplicated with its sessions. Pure: the GUI names the label and applies the batch.

use super::{Edit, Item, ItemKey, Placement, key_for};
use crate::model::{Clock, Day, DayKey, HallKey, HallPlacement, Programme, Session, SessionKey, Status};

/// How several sessions move together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Offset {
    /// Minutes later (negative: earlier).
    pub mins: i32,
    /// Halls to the right in `halls` (negative: to the left).
    pub halls: i32,
    /// The day they move to (`None`: they keep theirs).
    pub day: Option<DayKey>,
}

/// `start + by`, when it stays a valid clock time.
fn shifted(start: Clock, by: i32) -> Option<Clock> {
    let mins = i64::from(start.mins()) + i64::from(by);
    u32::try_from(mins).ok().and_then(Clock::from_mins)
}

/// The hall `by` places from `hall` in `halls` (the columns shown), when there is one.
fn hall_shifted(halls: &[HallKey], hall: &HallKey, by: i32) -> Option<HallKey> {
    let at = halls.iter().position(|h| h == hall)?;
    let to = i64::try_from(at).ok()? + i64::from(by);
    halls.get(usize::try_from(to).ok()?).cloned()
}

/// The placements of `keys` moved by `offset`; `None` when one of them would leave the day's clock or
/// the halls shown (the whole block stays together or does not move). A session without a start keeps
/// its time, an all-halls session its halls.
pub fn moved(p: &Programme, keys: &[SessionKey], offset: &Offset, halls: &[HallKey]) -> Option<Vec<Edit>> {
    let mut edits = Vec::with_capacity(keys.len());
    for key in keys {
        let s = p.sessions.get(key)?;
        let mut to = Placement::of(s);
        if let Some(day) = &offset.day {
            to.day = Some(day.clone());
        }
        if let Some(start) = s.start {
            to.start = Some(shifted(start, offset.mins)?);
        }
        if offset.halls != 0
            && let Some(HallPlacement::Hall(h)) = &s.hall
        {
            to.hall = Some(HallPlacement::Hall(hall_shifted(halls, h, offset.halls)?));
        }
        if to != Placement::of(s) {
            edits.push(Edit::Place(key.clone(), to));
        }
    }
    Some(edits)
}

/// A copy of a session as a draft: not pinned, no imported identifiers.
pub fn draft_of(s: &Session) -> Session {
    Session { status: Status::Draft, pinned: false, external: Default::default(), ..s.clone() }
}

/// Creations of draft copies of `sessions`, moved by `offset` (a copy that would leave the clock or the
/// halls keeps its own time or hall).
pub fn copies(sessions: &[Session], offset: &Offset, halls: &[HallKey]) -> Vec<Edit> {
    sessions
        .iter()
        .map(|s| {
            let mut copy = draft_of(s);
            if let Some(day) = &offset.day {
                copy.day = Some(day.clone());
            }
            if let Some(start) = copy.start.and_then(|c| shifted(c, offset.mins)) {
                copy.start = Some(start);
            }
            if let Some(HallPlacement::Hall(h)) = &copy.hall
                && let Some(to) = hall_shifted(halls, h, offset.halls)
            {
                copy.hall = Some(HallPlacement::Hall(to));
            }
            Edit::Create(Item::Session(Box::new(copy)))
        })
        .collect()
}

/// "Ab hier verschieben": every non-cancelled session of `day` starting at or after `from` (in `hall`,
/// or in any hall when `None`; all-halls sessions always) moved by `by_mins`; `None` when one would leave
/// the clock.
pub fn shift_later(
    p: &Programme,
    day: &DayKey,
    from: Clock,
    hall: Option<&HallKey>,
    by_mins: i32,
) -> Option<Vec<Edit>> {
    let mut edits = Vec::new();
    for (key, s) in &p.sessions {
        let Some(start) = s.start else { continue };
        if s.day.as_ref() != Some(day) || start < from || s.status == Status::Cancelled {
            continue;
        }
        let in_hall = match (&s.hall, hall) {
            (_, None) | (Some(HallPlacement::All), _) => true,
            (Some(HallPlacement::Hall(h)), Some(wanted)) => h == wanted,
            (None, Some(_)) => false,
        };
        if !in_hall || by_mins == 0 {
            continue;
        }
        let mut to = Placement::of(s);
        to.start = Some(shifted(start, by_mins)?);
        edits.push(Edit::Place(key.clone(), to));
    }
    Some(edits)
}

/// A copy of `day` on `date` and, when asked, draft copies of its sessions at the same halls and times.
/// The day is created first, so the copies refer to the key it will get. `None` when a day already lies
/// on `date`.
pub fn duplicate_day(p: &Programme, day: &DayKey, date: chrono::NaiveDate, with_sessions: bool) -> Option<Vec<Edit>> {
    let original = p.days.get(day)?;
    // Two days on one date are not a copy but a mistake.
    if p.days.values().any(|d| d.date == date) {
        return None;
    }
    let copy = Day { date, ..original.clone() };
    let item = Item::Day(copy);
    let ItemKey::Day(new_key) = key_for(p, &item) else { return None };
    let mut edits = vec![Edit::Create(item)];
    if with_sessions {
        let sessions: Vec<Session> = p
            .sessions
            .values()
            .filter(|s| s.day.as_ref() == Some(day) && s.status != Status::Cancelled)
            .cloned()
            .collect();
        let offset = Offset { day: Some(new_key), ..Offset::default() };
        edits.extend(copies(&sessions, &offset, &[]));
    }
    Some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply;

    fn sample() -> Programme {
        crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap()
    }

    #[test]
    fn a_day_is_not_duplicated_onto_a_date_that_has_a_day() {
        let p = sample();
        let (first, last) = (p.days.keys().next().unwrap(), p.days.values().last().unwrap().date);
        assert!(duplicate_day(&p, first, last, true).is_none());
        assert!(duplicate_day(&p, first, last.succ_opt().unwrap(), true).is_some());
    }

    #[test]
    fn a_block_moves_together_or_not_at_all() {
        let p = sample();
        let halls: Vec<HallKey> = p.halls.keys().cloned().collect();
        let keys: Vec<SessionKey> = p
            .sessions
            .iter()
            .filter(|(_, s)| s.hall_key().is_some() && s.start.is_some())
            .map(|(k, _)| k.clone())
            .take(3)
            .collect();
        let edits = moved(&p, &keys, &Offset { mins: 30, ..Offset::default() }, &halls).unwrap();
        assert_eq!(edits.len(), 3);
        let mut q = p.clone();
        apply(&mut q, Edit::Batch("x".into(), edits)).unwrap();
        for k in &keys {
            assert_eq!(q.sessions[k].start.unwrap().mins(), p.sessions[k].start.unwrap().mins() + 30);
        }
        let far = Offset { halls: 1000, ..Offset::default() };
        assert!(moved(&p, &keys, &far, &halls).is_none(), "out of the halls: nothing moves");
    }

    #[test]
    fn a_duplicated_day_takes_its_sessions_as_drafts() {
        let p = sample();
        let day = p.days.keys().next().unwrap().clone();
        let n = p.sessions.values().filter(|s| s.day.as_ref() == Some(&day) && s.status != Status::Cancelled).count();
        let date = chrono::NaiveDate::from_ymd_opt(2030, 1, 2).unwrap();
        let edits = duplicate_day(&p, &day, date, true).unwrap();
        let mut q = p.clone();
        let applied = apply(&mut q, Edit::Batch("x".into(), edits)).unwrap();
        let Some(ItemKey::Day(new)) = applied.created.first() else { panic!("no day") };
        let copies: Vec<&Session> = q.sessions.values().filter(|s| s.day.as_ref() == Some(new)).collect();
        assert_eq!(copies.len(), n);
        assert!(copies.iter().all(|s| s.status == Status::Draft));
    }

    #[test]
    fn shift_later_moves_only_what_starts_after_in_the_hall() {
        let p = sample();
        let (key, s) = p.sessions.iter().find(|(_, s)| s.hall_key().is_some() && s.start.is_some()).unwrap();
        let (day, hall, start) = (s.day.clone().unwrap(), s.hall_key().unwrap().clone(), s.start.unwrap());
        let edits = shift_later(&p, &day, start, Some(&hall), 15).unwrap();
        assert!(edits.iter().any(|e| matches!(e, Edit::Place(k, _) if k == key)));
        for e in &edits {
            let Edit::Place(k, _) = e else { panic!() };
            let other = &p.sessions[k];
            assert!(other.start.unwrap() >= start);
            assert!(other.hall_key() == Some(&hall) || other.is_all_halls());
        }
    }
}
