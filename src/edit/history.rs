//! Undo and redo by labelled snapshots taken at edit boundaries (a programme is small: clone it). A new
//! edit clears redo. Every state carries a revision number, so "saved" is a marker that undoing back to
//! the saved state finds again.

use std::collections::VecDeque;

use super::EditSummary;
use crate::model::Programme;

/// A state that can be returned to.
#[derive(Clone, Debug)]
struct Snapshot {
    summary: EditSummary,
    programme: Programme,
    revision: u64,
}

/// Undo and redo stacks.
#[derive(Clone, Debug)]
pub struct History {
    past: VecDeque<Snapshot>,
    future: Vec<Snapshot>,
    cap: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::with_cap(200)
    }
}

impl History {
    /// A history keeping at most `cap` undo steps.
    pub fn with_cap(cap: usize) -> Self {
        Self { past: VecDeque::new(), future: Vec::new(), cap: cap.max(1) }
    }

    /// Records the state before an edit, with the edit's summary.
    pub fn record(&mut self, summary: EditSummary, before: Programme, revision: u64) {
        self.future.clear();
        self.past.push_back(Snapshot { summary, programme: before, revision });
        if self.past.len() > self.cap {
            self.past.pop_front();
        }
    }

    /// What undo would undo.
    pub fn undo_summary(&self) -> Option<&EditSummary> {
        self.past.back().map(|s| &s.summary)
    }

    /// What redo would redo.
    pub fn redo_summary(&self) -> Option<&EditSummary> {
        self.future.last().map(|s| &s.summary)
    }

    /// Steps back: swaps in the previous state and returns its revision.
    pub fn undo(&mut self, current: &mut Programme, revision: u64) -> Option<u64> {
        let prev = self.past.pop_back()?;
        let now = std::mem::replace(current, prev.programme);
        self.future.push(Snapshot { summary: prev.summary, programme: now, revision });
        Some(prev.revision)
    }

    /// Steps forward again: swaps in the next state and returns its revision.
    pub fn redo(&mut self, current: &mut Programme, revision: u64) -> Option<u64> {
        let next = self.future.pop()?;
        let now = std::mem::replace(current, next.programme);
        self.past.push_back(Snapshot { summary: next.summary, programme: now, revision });
        Some(next.revision)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{EditAction, EditTarget};

    fn summary(name: &str) -> EditSummary {
        EditSummary { action: EditAction::Change, target: EditTarget::Event, name: name.into() }
    }

    #[test]
    fn undo_redo_and_a_new_edit_clears_redo() {
        let mut h = History::default();
        let mut p = Programme::default();
        p.event.title = "A".into();
        h.record(summary("B"), p.clone(), 1);
        p.event.title = "B".into();
        assert_eq!(h.undo(&mut p, 2), Some(1));
        assert_eq!(p.event.title, "A");
        assert_eq!(h.redo_summary().map(|s| s.name.as_str()), Some("B"));
        assert_eq!(h.redo(&mut p, 1), Some(2));
        assert_eq!(p.event.title, "B");
        h.undo(&mut p, 2);
        h.record(summary("C"), p.clone(), 1);
        assert!(h.redo_summary().is_none());
    }
}
