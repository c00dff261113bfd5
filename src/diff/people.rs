//! Who is in a session, compared: the people of the session and of its contributions taken together,
//! each with the roles they have there. A person who moves from one contribution to another of the same
//! session is not a change of people (that is a change of the contributions).

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Participation, PersonKey, Role, Session};

/// A person whose roles in a session changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleChange {
    /// Who.
    pub person: PersonKey,
    /// Their roles before, sorted.
    pub before: Vec<Role>,
    /// Their roles now, sorted.
    pub after: Vec<Role>,
}

/// Who joined, who left, whose role changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleChange {
    /// New in the session, with their (first) role; by key.
    pub joined: Vec<Participation>,
    /// No longer in the session, with their (first) role; by key.
    pub left: Vec<Participation>,
    /// In both, with other roles; by key.
    pub roles: Vec<RoleChange>,
}

/// Everyone in a session with their roles.
pub fn roles_in(s: &Session) -> BTreeMap<&PersonKey, BTreeSet<Role>> {
    let mut out: BTreeMap<&PersonKey, BTreeSet<Role>> = BTreeMap::new();
    for pr in s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)) {
        out.entry(&pr.person).or_default().insert(pr.role);
    }
    out
}

fn first(person: &PersonKey, roles: &BTreeSet<Role>) -> Participation {
    Participation { person: person.clone(), role: roles.iter().next().copied().unwrap_or_default() }
}

impl PeopleChange {
    /// The change of people from `was` to `is`; `None` when the same people have the same roles.
    pub fn between(was: &Session, is: &Session) -> Option<Self> {
        // The same lists in the same order: nobody joined, left or changed role (the common case).
        let same_contributions = was.contributions.len() == is.contributions.len()
            && was.contributions.iter().zip(&is.contributions).all(|(a, b)| a.people == b.people);
        if was.people == is.people && same_contributions {
            return None;
        }
        let (before, after) = (roles_in(was), roles_in(is));
        if before == after {
            return None;
        }
        let mut change = Self::default();
        for (person, roles) in &after {
            match before.get(person) {
                None => change.joined.push(first(person, roles)),
                Some(old) if old != roles => change.roles.push(RoleChange {
                    person: (*person).clone(),
                    before: old.iter().copied().collect(),
                    after: roles.iter().copied().collect(),
                }),
                Some(_) => {}
            }
        }
        for (person, roles) in &before {
            if !after.contains_key(person) {
                change.left.push(first(person, roles));
            }
        }
        Some(change)
    }

    /// Whether `person` is named in this change.
    pub fn names(&self, person: &PersonKey) -> bool {
        self.joined.iter().chain(&self.left).any(|p| &p.person == person)
            || self.roles.iter().any(|r| &r.person == person)
    }
}
