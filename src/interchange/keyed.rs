//! The sessions of an imported programme put into their map in one go, after the file is let go: the
//! builder collects them in file order, and they are sorted by key and bulk-loaded, which fills the
//! map's nodes (inserting one by one left them about two-thirds full and moved sessions within them).

use std::collections::BTreeMap;

use super::{ImportWarning, Imported};
use crate::model::{Programme, Session, SessionKey};

/// A programme built from a schedule whose sessions are not in it yet.
pub struct Built {
    /// Everything but the sessions.
    pub programme: Programme,
    /// The sessions in file order, their keys unique.
    pub sessions: Vec<(SessionKey, Session)>,
    /// Warnings, in the order they arose.
    pub warnings: Vec<ImportWarning>,
}

impl Built {
    /// The imported programme, its sessions in their map.
    pub fn finish(self) -> Imported {
        let Built { mut programme, sessions, warnings } = self;
        programme.sessions = by_key(sessions);
        Imported { programme, warnings }
    }
}

/// The sessions as a map (of unique keys; a repeated key keeps the last, as inserting would).
fn by_key(mut sessions: Vec<(SessionKey, Session)>) -> BTreeMap<SessionKey, Session> {
    // Sorting the sessions themselves would move each many times: sort their keys with their places
    // (side by side, not reached through the sessions), then move each session once, following the
    // permutation's cycles. Keys are unique, so an unstable sort gives the one order.
    let mut keyed: Vec<(&str, usize)> = sessions.iter().enumerate().map(|(i, (k, _))| (k.as_str(), i)).collect();
    keyed.sort_unstable();
    let mut order: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
    permute(&mut sessions, &mut order);
    // Sorted input: `from_iter` finds it so in one pass and builds the nodes full.
    sessions.into_iter().collect()
}

/// Reorders `items` so that position `k` holds what stood at `order[k]`; `order` is used up.
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        while let Some(&next) = order.get(at) {
            if let Some(slot) = order.get_mut(at) {
                *slot = at;
            }
            if next == start || next == at {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_permutation_is_applied_in_place() {
        for order in [vec![2, 0, 1], vec![0, 1, 2], vec![1, 0, 3, 2], vec![3, 2, 1, 0, 4], vec![4, 0, 3, 1, 2]] {
            let items: Vec<usize> = (0..order.len()).map(|i| i * 10).collect();
            let want: Vec<usize> = order.iter().map(|&i| items[i]).collect();
            let mut got = items.clone();
            permute(&mut got, &mut order.clone());
            assert_eq!(got, want, "{order:?}");
        }
    }

    #[test]
    fn sessions_come_out_as_inserted_one_by_one() {
        let keys = ["b", "a", "c10", "c2", "a-2", "Z", "ä"];
        let sessions: Vec<(SessionKey, Session)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (SessionKey::new(*k), Session { duration_mins: i as u32, ..Session::default() }))
            .collect();
        let inserted: BTreeMap<_, _> = sessions.clone().into_iter().collect();
        assert_eq!(by_key(sessions), inserted);
    }
}
