//! The changes between two programmes (CONTRACTS §8), as data: which sessions were added, removed,
//! cancelled or restored, moved (day, start or hall), lengthened or shortened, retitled, got other
//! people, or changed details. Pure: no IO, no text (the words are in `i18n::publish`).
//!
//! Identity is the session key, never the title. By default both sides are seen as a public export shows
//! them: only confirmed sessions are visible, so a draft that becomes confirmed is `added`, and a
//! confirmed session that becomes a draft again is `removed`. A visible session that becomes cancelled is
//! `cancelled`; a cancelled one that becomes visible again is `restored`. With `include_drafts`, drafts
//! count as visible too. One entry per kind that applies, sorted by where the session is now (or was).

mod group;
pub mod people;

use crate::model::time::{self, AbsMinute};
use crate::model::{Clock, DayKey, HallPlacement, Programme, Session, SessionKey, Status};

pub use group::{DayChanges, SessionChanges, by_day, by_session, slot_date};
pub use people::{PeopleChange, RoleChange};

/// What kind of change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// Visible now, not before (new, or a draft that became confirmed).
    Added,
    /// Visible before, now gone or back to draft.
    Removed,
    /// Visible before, now cancelled.
    Cancelled,
    /// Cancelled before, visible again.
    Restored,
    /// Another day, start or hall.
    Moved,
    /// Another length.
    Duration,
    /// Another title.
    Retitled,
    /// People joined, left or changed their role.
    People,
    /// Subtitle, description, track, kind, language or contributions changed.
    Details,
}

impl ChangeKind {
    /// Every kind, in the order changes of one session are listed.
    pub const ALL: [Self; 9] = [
        Self::Added,
        Self::Removed,
        Self::Cancelled,
        Self::Restored,
        Self::Moved,
        Self::Duration,
        Self::Retitled,
        Self::People,
        Self::Details,
    ];

    /// The stable name in JSON: `added`, `moved`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Cancelled => "cancelled",
            Self::Restored => "restored",
            Self::Moved => "moved",
            Self::Duration => "duration",
            Self::Retitled => "retitled",
            Self::People => "people",
            Self::Details => "details",
        }
    }
}

/// Where and when a session is on one side of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// Programme day.
    pub day: Option<DayKey>,
    /// Start on that day.
    pub start: Option<Clock>,
    /// Hall or all halls.
    pub hall: Option<HallPlacement>,
    /// Length in minutes.
    pub duration_mins: u32,
}

impl Slot {
    fn of(s: &Session) -> Self {
        Self { day: s.day.clone(), start: s.start, hall: s.hall.clone(), duration_mins: s.duration_mins }
    }

    /// Whether day, start or hall differ.
    fn placed_elsewhere(&self, other: &Self) -> bool {
        self.day != other.day || self.start != other.start || self.hall != other.hall
    }
}

/// A detail of a session that changed (kind `details`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DetailField {
    /// The subtitle.
    Subtitle,
    /// The public description.
    Description,
    /// The track.
    Track,
    /// The kind (talk, panel, …).
    Kind,
    /// The language.
    Language,
    /// The contributions inside the session (titles, lengths, order, times, who presents them).
    Contributions,
}

impl DetailField {
    /// The stable name in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Subtitle => "subtitle",
            Self::Description => "description",
            Self::Track => "track",
            Self::Kind => "kind",
            Self::Language => "language",
            Self::Contributions => "contributions",
        }
    }
}

/// What else a change says, by kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeDetail {
    /// Nothing beyond the slots.
    None,
    /// `retitled`: the title before.
    Title {
        /// The old title.
        before: String,
    },
    /// `people`: who joined, left or changed role.
    People(PeopleChange),
    /// `details`: which fields changed.
    Fields(Vec<DetailField>),
}

/// One change of one session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// The session's key.
    pub session: SessionKey,
    /// Its title now (before, when it is gone).
    pub title: String,
    /// Where it was, when it was visible.
    pub before: Option<Slot>,
    /// Where it is, when it is visible.
    pub after: Option<Slot>,
    /// More about the change.
    pub detail: ChangeDetail,
}

/// How to compare.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DiffOptions {
    /// Drafts count as visible (not only confirmed sessions).
    pub include_drafts: bool,
}

impl DiffOptions {
    fn visible(self, s: &Session) -> bool {
        match s.status {
            Status::Confirmed => true,
            Status::Draft => self.include_drafts,
            Status::Cancelled => false,
        }
    }
}

/// The changes from `old` to `new`, sorted by where each session is now (else where it was): day date,
/// start, hall order, key, then kind.
pub fn diff(old: &Programme, new: &Programme, opts: DiffOptions) -> Vec<Change> {
    use std::cmp::Ordering;
    let mut out = Vec::new();
    let mut a = old.sessions.iter().peekable();
    let mut b = new.sessions.iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some((ka, _)), Some((kb, _))) => ka.cmp(kb),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
        };
        match next {
            Ordering::Less => {
                if let Some((k, o)) = a.next() {
                    session_changes(k, Some(o), None, opts, &mut out);
                }
            }
            Ordering::Greater => {
                if let Some((k, n)) = b.next() {
                    session_changes(k, None, Some(n), opts, &mut out);
                }
            }
            Ordering::Equal => {
                if let (Some((k, o)), Some((_, n))) = (a.next(), b.next()) {
                    session_changes(k, Some(o), Some(n), opts, &mut out);
                }
            }
        }
    }
    sort(old, new, &mut out);
    out
}

fn session_changes(
    key: &SessionKey,
    o: Option<&Session>,
    n: Option<&Session>,
    opts: DiffOptions,
    out: &mut Vec<Change>,
) {
    let seen_before = o.filter(|s| opts.visible(s));
    let seen_now = n.filter(|s| opts.visible(s));
    let change = |kind, title: &str, before: Option<&Session>, after: Option<&Session>, detail| Change {
        kind,
        session: key.clone(),
        title: title.to_owned(),
        before: before.map(Slot::of),
        after: after.map(Slot::of),
        detail,
    };
    match (seen_before, seen_now) {
        (None, None) => {}
        (Some(was), None) => {
            let kind = if n.is_some_and(|s| s.status == Status::Cancelled) {
                ChangeKind::Cancelled
            } else {
                ChangeKind::Removed
            };
            out.push(change(kind, n.map_or(&was.title, |s| &s.title), Some(was), None, ChangeDetail::None));
        }
        (None, Some(is)) => {
            let kind =
                if o.is_some_and(|s| s.status == Status::Cancelled) { ChangeKind::Restored } else { ChangeKind::Added };
            out.push(change(kind, &is.title, None, Some(is), ChangeDetail::None));
        }
        (Some(was), Some(is)) => {
            if was == is {
                return;
            }
            let (before, after) = (Slot::of(was), Slot::of(is));
            let both = |kind, detail| Change {
                kind,
                session: key.clone(),
                title: is.title.clone(),
                before: Some(before.clone()),
                after: Some(after.clone()),
                detail,
            };
            if before.placed_elsewhere(&after) {
                out.push(both(ChangeKind::Moved, ChangeDetail::None));
            }
            if before.duration_mins != after.duration_mins {
                out.push(both(ChangeKind::Duration, ChangeDetail::None));
            }
            if was.title != is.title {
                out.push(both(ChangeKind::Retitled, ChangeDetail::Title { before: was.title.clone() }));
            }
            if let Some(people) = PeopleChange::between(was, is) {
                out.push(both(ChangeKind::People, ChangeDetail::People(people)));
            }
            let fields = detail_fields(was, is);
            if !fields.is_empty() {
                out.push(both(ChangeKind::Details, ChangeDetail::Fields(fields)));
            }
        }
    }
}

fn detail_fields(was: &Session, is: &Session) -> Vec<DetailField> {
    let contributions = was.contributions.len() != is.contributions.len()
        || was.contributions.iter().zip(&is.contributions).any(|(a, b)| {
            a.key != b.key
                || a.title != b.title
                || a.duration_mins != b.duration_mins
                || a.offset_mins != b.offset_mins
                || a.people != b.people
        });
    [
        (was.subtitle != is.subtitle, DetailField::Subtitle),
        (was.description != is.description, DetailField::Description),
        (was.track != is.track, DetailField::Track),
        (was.kind != is.kind, DetailField::Kind),
        (was.language != is.language, DetailField::Language),
        (contributions, DetailField::Contributions),
    ]
    .into_iter()
    .filter_map(|(changed, field)| changed.then_some(field))
    .collect()
}

/// The absolute start of a slot in its programme, for sorting.
pub fn slot_start(p: &Programme, slot: &Slot) -> Option<AbsMinute> {
    let day = p.days.get(slot.day.as_ref()?)?;
    Some(time::abs_minute(day.date, slot.start?))
}

fn sort(old: &Programme, new: &Programme, changes: &mut Vec<Change>) {
    let hall_pos = |p: &Programme, slot: &Slot| match &slot.hall {
        Some(HallPlacement::All) => Some(0),
        Some(HallPlacement::Hall(h)) => p.halls.get_index_of(h).map(|i| i + 1),
        None => None,
    };
    let order = |c: &Change| {
        let (p, slot) = match (&c.after, &c.before) {
            (Some(slot), _) => (new, Some(slot)),
            (None, slot) => (old, slot.as_ref()),
        };
        let start = slot.and_then(|s| slot_start(p, s));
        (start.is_none(), start, slot.and_then(|s| hall_pos(p, s)))
    };
    // Sort positions by the order keys (no key is cloned), then put the changes in that order. The
    // changes come in key order and, within a session, in kind order, so the position breaks ties as
    // key and kind would, without comparing a string.
    let mut keyed: Vec<_> = changes.iter().enumerate().map(|(i, c)| (order(c), i)).collect();
    keyed.sort_unstable();
    let order: Vec<usize> = keyed.into_iter().map(|(.., i)| i).collect();
    let mut taken: Vec<Option<Change>> = std::mem::take(changes).into_iter().map(Some).collect();
    changes.extend(order.into_iter().filter_map(|i| taken.get_mut(i).and_then(Option::take)));
}

#[cfg(test)]
mod tests;
