//! [`Checker`]: clash detection kept ready between edits. It owns the sorted view of the programme
//! (`index.rs`) and the sorted list of clashes, each marked with the group that found it: a hall (its
//! occupations), a person (their presences), a session (its own rules and validation problems), or the
//! validation of everything else. After an edit to one session, only the groups that session was in before
//! and after are swept again, their old clashes are taken out of the list and the new ones put in place.

use std::cmp::Ordering;

use rustc_hash::FxHashMap;

use super::index::Index;
use super::{Clash, ClashKind, rules};
use crate::model::{HallKey, Programme, SessionKey, Subject};

/// Who found a clash: the part of the programme it depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Group {
    /// The event, days, halls, people and tracks (validation).
    Entities,
    /// A hall, by position.
    Hall(u32),
    /// A person, by position.
    Person(u32),
    /// A session, by slot.
    Session(u32),
}

/// Clash detection kept ready between edits (see the module docs). A document keeps one next to its
/// programme; anything but a session edit (a day, hall, person, track, the event, an undo) needs
/// [`Checker::new`].
#[derive(Clone, Debug)]
pub struct Checker {
    index: Index,
    /// Hall positions by key, for the order of clashes.
    hall_pos: FxHashMap<HallKey, usize>,
    /// Every clash, sorted by [`Checker::order`], without duplicates.
    clashes: Vec<Clash>,
    /// Who found each clash (parallel to `clashes`).
    found_by: Vec<Group>,
}

impl Checker {
    /// Reads the whole programme and finds every clash.
    pub fn new(p: &Programme) -> Self {
        let index = Index::build(p);
        let hall_pos = p.halls.keys().enumerate().map(|(i, k)| (k.clone(), i)).collect();
        let mut checker = Self { index, hall_pos, clashes: Vec::new(), found_by: Vec::new() };
        let mut found = Vec::new();
        let mut out = Vec::new();
        let idx = &checker.index;
        // Kept apart from the sessions' groups, and never checked again after a session edit: so they
        // must never be about a session.
        debug_assert!(
            idx.entity_problems.iter().all(|x| !matches!(x.subject, Subject::Session(_) | Subject::Contribution(..))),
            "programme_problems named a session"
        );
        rules::invalid(p, idx, &idx.entity_problems, &mut out);
        found.extend(out.drain(..).map(|c| (c, Group::Entities)));
        let mut active = Vec::new();
        for (group, h) in idx.rooms.iter().zip(0u32..) {
            rules::hall(p, idx, group, &mut active, &mut out);
            found.extend(out.drain(..).map(|c| (c, Group::Hall(h))));
        }
        let mut active = Vec::new();
        for (group, person) in idx.presences.iter().zip(0u32..) {
            rules::person(idx, group, &mut active, &mut out);
            found.extend(out.drain(..).map(|c| (c, Group::Person(person))));
        }
        // Slots and problems are both in key order: walk them together rather than look each key up.
        let mut problems = idx.session_problems.iter().peekable();
        for &slot in idx.slots() {
            let key = idx.key(slot);
            let mine = problems.next_if(|(k, _)| Some(*k) == key).map(|(_, v)| v.as_slice());
            rules::session(p, idx, slot, mine, &mut out);
            found.extend(out.drain(..).map(|c| (c, Group::Session(slot))));
        }
        checker.sort_in(found);
        checker
    }

    /// Takes in that the session `key` of `p` changed, was added or was removed, while nothing else in
    /// the programme changed since the checker was made or last told.
    pub fn session_changed(&mut self, p: &Programme, key: &SessionKey) {
        let touched = self.index.update_session(p, key);
        let stale = |g: &Group| match *g {
            Group::Entities => false,
            Group::Hall(h) => touched.halls.binary_search(&h).is_ok(),
            Group::Person(x) => touched.people.binary_search(&x).is_ok(),
            Group::Session(slot) => touched.slot == Some(slot),
        };
        let idx = &self.index;
        let (mut fresh, mut out) = (Vec::new(), Vec::new());
        let mut active = Vec::new();
        for &h in &touched.halls {
            rules::hall(p, idx, idx.rooms.get(h as usize).map_or(&[][..], Vec::as_slice), &mut active, &mut out);
            fresh.extend(out.drain(..).map(|c| (c, Group::Hall(h))));
        }
        let mut active = Vec::new();
        for &x in &touched.people {
            rules::person(idx, idx.presences.get(x as usize).map_or(&[][..], Vec::as_slice), &mut active, &mut out);
            fresh.extend(out.drain(..).map(|c| (c, Group::Person(x))));
        }
        if let Some(slot) = touched.slot.filter(|&s| idx.item(s).is_some_and(|i| !i.is_gone())) {
            rules::session(p, idx, slot, idx.session_problems.get(key).map(Vec::as_slice), &mut out);
            fresh.extend(out.drain(..).map(|c| (c, Group::Session(slot))));
        }
        fresh.sort_by(|a, b| self.order(&a.0, &b.0));
        fresh.dedup_by(|a, b| a.0 == b.0);
        // Where each new clash goes among the old ones (the stale ones still in place, which does not
        // change the order); then one pass that drops the stale and moves every clash once. A clash
        // depends on its group alone, so a new one never equals one kept: no duplicates arise.
        let places: Vec<usize> =
            fresh.iter().map(|(c, _)| self.clashes.partition_point(|x| self.order(x, c) == Ordering::Less)).collect();
        let old = std::mem::take(&mut self.clashes).into_iter().zip(std::mem::take(&mut self.found_by));
        let mut fresh = places.into_iter().zip(fresh).peekable();
        let mut merged = Vec::with_capacity(old.len() + fresh.len());
        for (i, (clash, group)) in old.enumerate() {
            while let Some((_, new)) = fresh.next_if(|(at, _)| *at <= i) {
                merged.push(new);
            }
            if !stale(&group) {
                merged.push((clash, group));
            }
        }
        merged.extend(fresh.map(|(_, new)| new));
        (self.clashes, self.found_by) = merged.into_iter().unzip();
    }

    /// Every clash of the programme the checker was made for and told of, as [`super::detect`] gives
    /// them: sorted, without duplicates.
    pub fn clashes(&self) -> &[Clash] {
        &self.clashes
    }

    /// The clashes, keeping nothing else.
    pub fn into_clashes(self) -> Vec<Clash> {
        self.clashes
    }

    /// The integer part of the order: earliest start (none last), kind, hall in hall order.
    fn rank(&self, c: &Clash) -> (bool, Option<i64>, ClashKind, Option<usize>) {
        let hall = c.hall.as_ref().and_then(|h| self.hall_pos.get(h).copied());
        (c.start.is_none(), c.start, c.kind, hall)
    }

    /// The order of clashes: [`Self::rank`], then speaker, sessions and details.
    fn order(&self, a: &Clash, b: &Clash) -> Ordering {
        self.rank(a).cmp(&self.rank(b)).then_with(|| tie(a, b))
    }

    /// Sorts all clashes found into the list (each rank computed once; the strings compared only on
    /// ties), without duplicates.
    fn sort_in(&mut self, found: Vec<(Clash, Group)>) {
        let mut ranked: Vec<_> = found.into_iter().map(|(c, g)| (self.rank(&c), c, g)).collect();
        ranked.sort_by(|(ra, a, _), (rb, b, _)| ra.cmp(rb).then_with(|| tie(a, b)));
        ranked.dedup_by(|a, b| a.1 == b.1);
        (self.clashes, self.found_by) = ranked.into_iter().map(|(_, c, g)| (c, g)).unzip();
    }
}

fn tie(a: &Clash, b: &Clash) -> Ordering {
    (&a.speaker, &a.sessions, &a.detail).cmp(&(&b.speaker, &b.sessions, &b.detail))
}
