//! The changes of a diff arranged for reading: by day (where a session is now, else where it was), and
//! within a day the changes of one session together. The diff's order is kept.

use chrono::NaiveDate;

use super::{Change, Slot};
use crate::model::{Programme, SessionKey};

/// The changes of one session, in diff order (never empty).
#[derive(Clone, Debug)]
pub struct SessionChanges<'a> {
    /// The session.
    pub key: &'a SessionKey,
    /// Its changes.
    pub changes: Vec<&'a Change>,
}

impl<'a> SessionChanges<'a> {
    /// Where the session is now, if it is visible now.
    pub fn now(&self) -> Option<&'a Slot> {
        self.changes.iter().find_map(|c| c.after.as_ref())
    }

    /// Where it was, if it was visible.
    pub fn was(&self) -> Option<&'a Slot> {
        self.changes.iter().find_map(|c| c.before.as_ref())
    }

    /// Its title now (or before, when it is gone).
    pub fn title(&self) -> &'a str {
        self.changes.first().map_or("", |c| c.title.as_str())
    }

    /// Where to list it: now, else before — with the programme that slot belongs to.
    pub fn shown<'p>(&self, old: &'p Programme, new: &'p Programme) -> Option<(&'p Programme, &'a Slot)> {
        self.now().map(|s| (new, s)).or_else(|| self.was().map(|s| (old, s)))
    }
}

/// The changes of one day (`None`: sessions without a day).
#[derive(Clone, Debug)]
pub struct DayChanges<'a> {
    /// The calendar date.
    pub date: Option<NaiveDate>,
    /// The sessions with changes, in diff order.
    pub sessions: Vec<SessionChanges<'a>>,
}

/// The date of a slot in its programme.
pub fn slot_date(p: &Programme, slot: &Slot) -> Option<NaiveDate> {
    slot.day.as_ref().and_then(|d| p.days.get(d)).map(|d| d.date)
}

/// The sessions' changes of `changes` (a diff of `old` to `new`), one session at a time.
pub fn by_session(changes: &[Change]) -> Vec<SessionChanges<'_>> {
    let mut out: Vec<SessionChanges<'_>> = Vec::new();
    for c in changes {
        match out.last_mut() {
            Some(last) if last.key == &c.session => last.changes.push(c),
            _ => out.push(SessionChanges { key: &c.session, changes: vec![c] }),
        }
    }
    out
}

/// The changes by day, days in date order, sessions without a day last.
pub fn by_day<'a>(old: &Programme, new: &Programme, changes: &'a [Change]) -> Vec<DayChanges<'a>> {
    let mut days: std::collections::BTreeMap<(bool, Option<NaiveDate>), Vec<SessionChanges<'a>>> =
        std::collections::BTreeMap::new();
    for s in by_session(changes) {
        let date = s.shown(old, new).and_then(|(p, slot)| slot_date(p, slot));
        days.entry((date.is_none(), date)).or_default().push(s);
    }
    days.into_iter().map(|((_, date), sessions)| DayChanges { date, sessions }).collect()
}
