//! Dragging a block: the drag in progress and the drop as one "Verschieben" edit. Where it would land
//! and the clashes that would cause (`gui::preview`, asked once per distinct target) are drawn by `grid`.

use crate::edit::{Edit, Placement};
use crate::gui::action::Action;
use crate::model::{DayKey, Programme, SessionKey};

use super::TimetableState;

/// Moving the whole block or its lower edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DragMode {
    /// Start and hall follow the pointer.
    Move,
    /// The end follows the pointer.
    Resize,
}

/// A drag in progress.
#[derive(Clone, Debug)]
pub struct Drag {
    /// The session dragged.
    pub key: SessionKey,
    /// Move or resize.
    pub mode: DragMode,
    /// Minutes between the block's start and the point where it was grabbed.
    pub grab_mins: f32,
    /// Where it would land now.
    pub target: Option<Placement>,
}

/// Ends a drag when the pointer is released: one edit if the placement changed.
pub fn finish(
    ctx: &egui::Context,
    p: &Programme,
    _day: &DayKey,
    state: &mut TimetableState,
    actions: &mut Vec<Action>,
) {
    let Some(drag) = &state.drag else { return };
    if ctx.input(|i| i.pointer.primary_down()) {
        return;
    }
    if let (Some(target), Some(s)) = (&drag.target, p.sessions.get(&drag.key))
        && *target != Placement::of(s)
    {
        actions.push(Action::Edit(Edit::Place(drag.key.clone(), target.clone())));
    }
    state.drag = None;
}
