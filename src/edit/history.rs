//! Undo and redo by labelled [`Change`]s: each step keeps only what its edit replaced, never a copy of
//! the programme, so a long history of edits to a large programme stays small. A new edit clears redo.
//! Every state carries a revision number, so "saved" is a marker that undoing back to the saved state
//! finds again.

use std::collections::VecDeque;

use super::{Change, EditSummary};
use crate::model::Programme;

/// A step that can be undone or redone.
#[derive(Clone, Debug)]
struct Step {
    summary: EditSummary,
    change: Change,
    revision: u64,
}

/// Undo and redo stacks.
#[derive(Clone, Debug)]
pub struct History {
    past: VecDeque<Step>,
    future: Vec<Step>,
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

    /// Records an applied edit: its summary, what it replaced, and the revision before it.
    pub fn record(&mut self, summary: EditSummary, change: Change, revision: u64) {
        self.future.clear();
        self.past.push_back(Step { summary, change, revision });
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

    /// Steps back: puts back what the last edit replaced; returns the revision before it and the change
    /// made now (what the clash check must take in).
    pub fn undo(&mut self, current: &mut Programme, revision: u64) -> Option<(u64, &Change)> {
        let step = self.past.pop_back()?;
        let change = step.change.put_back(current);
        self.future.push(Step { summary: step.summary, change, revision });
        self.future.last().map(|s| (step.revision, &s.change))
    }

    /// Steps forward again: puts back what the undo replaced; returns the revision after the edit and
    /// the change made now.
    pub fn redo(&mut self, current: &mut Programme, revision: u64) -> Option<(u64, &Change)> {
        let step = self.future.pop()?;
        let change = step.change.put_back(current);
        self.past.push_back(Step { summary: step.summary, change, revision });
        self.past.back().map(|s| (step.revision, &s.change))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Edit, EditAction, EditTarget, apply};

    fn summary(name: &str) -> EditSummary {
        EditSummary { action: EditAction::Change, target: EditTarget::Event, name: name.into() }
    }

    fn titled(p: &mut Programme, h: &mut History, title: &str, revision: u64) {
        let mut event = p.event.clone();
        event.title = title.into();
        let applied = apply(p, Edit::SetEvent(Box::new(event))).unwrap();
        h.record(summary(title), applied.change, revision);
    }

    #[test]
    fn undo_redo_and_a_new_edit_clears_redo() {
        let mut h = History::default();
        let mut p = Programme::default();
        p.event.title = "A".into();
        titled(&mut p, &mut h, "B", 1);
        assert_eq!(h.undo(&mut p, 2).map(|(r, _)| r), Some(1));
        assert_eq!(p.event.title, "A");
        assert_eq!(h.redo_summary().map(|s| s.name.as_str()), Some("B"));
        assert_eq!(h.redo(&mut p, 1).map(|(r, _)| r), Some(2));
        assert_eq!(p.event.title, "B");
        h.undo(&mut p, 2);
        titled(&mut p, &mut h, "C", 1);
        assert!(h.redo_summary().is_none());
        assert_eq!(p.event.title, "C");
    }

    #[test]
    fn the_oldest_steps_go_beyond_the_cap() {
        let mut h = History::with_cap(2);
        let mut p = Programme::default();
        for (i, title) in ["A", "B", "C"].into_iter().enumerate() {
            titled(&mut p, &mut h, title, i as u64);
        }
        assert!(h.undo(&mut p, 9).is_some() && h.undo(&mut p, 9).is_some());
        assert_eq!(p.event.title, "A");
        assert!(h.undo(&mut p, 9).is_none(), "only two steps are kept");
    }
}
