//! [`Checker`]: clash detection kept ready between edits. It owns the sorted view of the programme
//! (`index.rs`) and the clashes found, kept per group: per hall (its occupations), per person (their
//! presences), per session (its own rules and validation problems), and the validation problems of
//! everything else. After an edit to one session only the groups that session was in before and after are
//! swept again; [`Checker::clashes`] gathers and sorts.

use std::collections::BTreeMap;

use super::index::{Index, PersonEntry, RoomEntry};
use super::{Clash, rules, sort};
use crate::model::{Programme, SessionKey};

/// Clash detection kept ready between edits (see the module docs). A document keeps one next to its
/// programme; anything but a session edit (a day, hall, person, track, the event, an undo) needs
/// [`Checker::new`].
#[derive(Clone, Debug, Default)]
pub struct Checker {
    index: Index,
    /// Validation problems of the event, days, halls, people and tracks.
    entities: Vec<Clash>,
    /// Per hall position.
    halls: Vec<Vec<Clash>>,
    /// Per person position.
    people: Vec<Vec<Clash>>,
    /// Per session that has any.
    sessions: BTreeMap<SessionKey, Vec<Clash>>,
}

impl Checker {
    /// Reads the whole programme and finds every clash.
    pub fn new(p: &Programme) -> Self {
        let index = Index::build(p);
        let mut entities = Vec::new();
        rules::invalid(p, &index, &index.entity_problems, &mut entities);
        let mut halls = vec![Vec::new(); index.halls.len()];
        let mut active = Vec::new();
        for group in index.rooms.chunk_by(|a, b| a.hall == b.hall) {
            if let Some(out) = group.first().and_then(|e| halls.get_mut(e.hall as usize)) {
                rules::hall(p, &index, group, &mut active, out);
            }
        }
        let mut people = vec![Vec::new(); index.people.len()];
        let mut active = Vec::new();
        for group in index.presences.chunk_by(|a, b| a.person == b.person) {
            if let Some(out) = group.first().and_then(|e| people.get_mut(e.person as usize)) {
                rules::person(&index, group, &mut active, out);
            }
        }
        let mut sessions = BTreeMap::new();
        // Keys and problems are both in key order: walk them together rather than look each key up.
        let mut problems = index.session_problems.iter().peekable();
        for (key, i) in index.keys.iter().zip(0u32..) {
            let mine = problems.next_if(|(k, _)| *k == key).map(|(_, v)| v.as_slice());
            let mut out = Vec::new();
            rules::session(p, &index, i, mine, &mut out);
            if !out.is_empty() {
                sessions.insert(key.clone(), out);
            }
        }
        Self { index, entities, halls, people, sessions }
    }

    /// Takes in that the session `key` of `p` changed, was added or was removed, while nothing else in
    /// the programme changed since the checker was made or last told.
    pub fn session_changed(&mut self, p: &Programme, key: &SessionKey) {
        let touched = self.index.update_session(p, key);
        self.sessions.remove(key);
        if let Some(i) = self.index.find(key) {
            let mut out = Vec::new();
            rules::session(p, &self.index, i, self.index.session_problems.get(key).map(Vec::as_slice), &mut out);
            if !out.is_empty() {
                self.sessions.insert(key.clone(), out);
            }
        }
        let mut active: Vec<RoomEntry> = Vec::new();
        for &h in &touched.halls {
            let mut out = Vec::new();
            rules::hall(p, &self.index, self.index.hall_group(h), &mut active, &mut out);
            if let Some(slot) = self.halls.get_mut(h as usize) {
                *slot = out;
            }
        }
        let mut active: Vec<PersonEntry> = Vec::new();
        for &person in &touched.people {
            let mut out = Vec::new();
            rules::person(&self.index, self.index.person_group(person), &mut active, &mut out);
            if let Some(slot) = self.people.get_mut(person as usize) {
                *slot = out;
            }
        }
    }

    /// Every clash of the programme `p` the checker was made for and told of, as [`super::detect`] gives
    /// them: sorted, without duplicates.
    pub fn clashes(&self, p: &Programme) -> Vec<Clash> {
        let groups = self.halls.iter().chain(&self.people).chain(self.sessions.values());
        let mut out: Vec<Clash> = self.entities.iter().chain(groups.flatten()).cloned().collect();
        sort(p, &mut out);
        out
    }
}
