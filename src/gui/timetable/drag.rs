//! Dragging blocks: the drag in progress and the drop as one edit. A drag of one of several chosen blocks
//! moves all of them by the same time and hall offset (one "N Sessions verschieben" batch). Hovering a day
//! tab for half a second shows that day and the drag goes on there; a drop on a day tab moves the
//! session(s) to that day at the same time and hall; a drop on the "Nicht eingeplant" list takes every
//! chosen session out of the timetable (one batch). A drop anywhere else outside the grid cancels the
//! drag; where one of several chosen blocks would leave the halls or the clock, the preview says so. Where it would land and the clashes that would cause
//! (`gui::preview`, asked once per distinct target) are drawn by `grid`.

use crate::edit::bulk::{self, Offset};
use crate::edit::{Edit, Placement};
use crate::gui::action::Action;
use crate::i18n::{self, B, BulkLabel, Lang, bulk_word};
use crate::model::{Clock, DayKey, HallKey, HallPlacement, Programme, SessionKey};

use super::TimetableState;

/// How long the pointer rests on a day tab before that day is shown.
pub const TAB_HOVER_SECS: f64 = 0.5;

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
    /// The other chosen sessions, moved along by the same offset.
    pub others: Vec<SessionKey>,
    /// Move or resize.
    pub mode: DragMode,
    /// Minutes between the block's start and the point where it was grabbed.
    pub grab_mins: f32,
    /// Where the dragged block would land now (`None`: outside the grid, the drop cancels).
    pub target: Option<Placement>,
    /// The edit a drop would make now.
    pub edit: Option<Edit>,
}

impl Drag {
    /// Every session the drag moves.
    pub fn keys(&self) -> impl Iterator<Item = &SessionKey> {
        std::iter::once(&self.key).chain(&self.others)
    }

    /// Whether the drag moves this session.
    pub fn moves(&self, key: &SessionKey) -> bool {
        self.key == *key || self.others.contains(key)
    }
}

/// The edit that puts the dragged block at `target` and the others along with it; `None` when nothing
/// would change or the block would leave the clock or the halls shown.
pub fn edit_for(lang: Lang, p: &Programme, drag: &Drag, target: &Placement, halls: &[HallKey]) -> Option<Edit> {
    let s = p.sessions.get(&drag.key)?;
    if *target == Placement::of(s) {
        return None;
    }
    if drag.others.is_empty() || drag.mode == DragMode::Resize {
        return Some(Edit::Place(drag.key.clone(), target.clone()));
    }
    if target.day.is_none() && target.start.is_none() {
        // Onto "Nicht eingeplant": every chosen session goes there, as one step.
        let edits: Vec<Edit> = drag
            .keys()
            .filter_map(|k| p.sessions.get(k).map(|s| (k, s)))
            .map(|(k, s)| (k, Placement::of(s), Placement::unscheduled(s.duration_mins)))
            .filter(|(_, from, to)| from != to)
            .map(|(k, _, to)| Edit::Place(k.clone(), to))
            .collect();
        let n = drag.keys().count();
        return Some(Edit::Batch(i18n::bulk_label(lang, BulkLabel::Unschedule, n), edits));
    }
    if target.start.is_none() {
        return Some(Edit::Place(drag.key.clone(), target.clone()));
    }
    let offset = offset_for(p, drag, target, halls)?;
    let keys: Vec<SessionKey> = drag.keys().cloned().collect();
    let edits = bulk::moved(p, &keys, &offset, halls)?;
    Some(Edit::Batch(i18n::bulk_label(lang, BulkLabel::Move, keys.len()), edits))
}

/// The time and hall offset of a drag of several blocks from the dragged block to `target`.
fn offset_for(p: &Programme, drag: &Drag, target: &Placement, halls: &[HallKey]) -> Option<Offset> {
    let s = p.sessions.get(&drag.key)?;
    let mins = |c: Option<Clock>| c.map_or(0, |c| i32::try_from(c.mins()).unwrap_or(0));
    let column = |h: &Option<HallPlacement>| match h {
        Some(HallPlacement::Hall(h)) => halls.iter().position(|x| x == h).and_then(|i| i32::try_from(i).ok()),
        _ => None,
    };
    Some(Offset {
        mins: mins(target.start) - mins(s.start),
        halls: match (column(&s.hall), column(&target.hall)) {
            (Some(a), Some(b)) => b - a,
            _ => 0,
        },
        day: (target.day != s.day).then(|| target.day.clone()).flatten(),
    })
}

/// Why a drag of several blocks cannot land at `target` (where [`edit_for`] gives nothing although
/// the block would move): one of them would leave the halls shown or the day's clock.
pub fn refusal(lang: Lang, p: &Programme, drag: &Drag, target: &Placement, halls: &[HallKey]) -> Option<&'static str> {
    if drag.others.is_empty() || drag.mode == DragMode::Resize || target.start.is_none() {
        return None;
    }
    let offset = offset_for(p, drag, target, halls)?;
    let keys: Vec<SessionKey> = drag.keys().cloned().collect();
    if bulk::moved(p, &keys, &offset, halls).is_some() {
        return None;
    }
    let in_time = bulk::moved(p, &keys, &Offset { halls: 0, ..offset }, halls).is_some();
    Some(bulk_word(lang, if in_time { B::GroupLeavesHalls } else { B::GroupLeavesDay }))
}

/// Over a day tab: switches to its day after the pointer rested there for [`TAB_HOVER_SECS`], and
/// returns the target of a drop there (the same time and hall on that day).
pub fn over_tab(ctx: &egui::Context, p: &Programme, pos: egui::Pos2, state: &mut TimetableState) -> Option<Placement> {
    let drag = state.drag.as_ref()?;
    let Some((day, _)) = state.day_tabs.iter().find(|(_, r)| r.contains(pos)).cloned() else {
        state.tab_hover = None;
        return None;
    };
    let now = ctx.input(|i| i.time);
    match &state.tab_hover {
        Some((d, since)) if *d == day => {
            if now - since >= TAB_HOVER_SECS && state.day.as_ref() != Some(&day) {
                state.day = Some(day.clone());
            }
        }
        _ => state.tab_hover = Some((day.clone(), now)),
    }
    ctx.request_repaint_after(std::time::Duration::from_secs_f64(TAB_HOVER_SECS / 2.0));
    let s = p.sessions.get(&drag.key)?;
    let mut target = Placement::of(s);
    target.day = Some(day);
    Some(target)
}

/// Ends a drag when the pointer is released: the edit of where it would land now, if any.
pub fn finish(ctx: &egui::Context, _day: &DayKey, state: &mut TimetableState, actions: &mut Vec<Action>) {
    let Some(drag) = &state.drag else { return };
    if ctx.input(|i| i.pointer.primary_down()) {
        return;
    }
    if let Some(edit) = &drag.edit {
        actions.push(Action::Edit(edit.clone()));
    }
    state.drag = None;
    state.tab_hover = None;
}
