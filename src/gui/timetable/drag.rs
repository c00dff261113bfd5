//! Dragging a block: where it would land, the clashes that placement would cause (every clash of the
//! programme with the block moved: a copy of the document's checker told of the move, computed once per
//! distinct target), and the drop as one "Verschieben" edit.

use crate::clash::{Checker, Severity};
use crate::edit::{self, Edit, Placement};
use crate::gui::action::Action;
use crate::i18n::{self, Lang};
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

/// The clashes a proposed placement would cause, for the session dragged.
#[derive(Clone, Debug, Default)]
pub struct Preview {
    /// Messages of the clashes involving the session.
    pub texts: Vec<String>,
    /// The worst of them.
    pub worst: Option<Severity>,
}

/// The last preview, keyed by what it was computed for.
#[derive(Default)]
pub struct PreviewCache {
    key: Option<(u64, SessionKey, Placement, Lang)>,
    preview: Preview,
}

impl PreviewCache {
    /// The preview of moving `key` to `target`, computed again only when something changed. `checker` is
    /// the one kept for `p`.
    pub fn get(
        &mut self,
        p: &Programme,
        checker: &Checker,
        revision: u64,
        lang: Lang,
        key: &SessionKey,
        target: &Placement,
    ) -> &Preview {
        let cache_key = (revision, key.clone(), target.clone(), lang);
        if self.key.as_ref() != Some(&cache_key) {
            self.preview = preview(p, checker, lang, Edit::Place(key.clone(), target.clone()));
            self.key = Some(cache_key);
        }
        &self.preview
    }
}

/// The clashes (errors and warnings) that `edit` of one session would bring that session into: a copy of
/// `checker` (the one kept for `p`) is told of the edit on a copy of `p`.
pub fn preview(p: &Programme, checker: &Checker, lang: Lang, edit: Edit) -> Preview {
    let Some(key) = edit.only_session().cloned() else { return Preview::default() };
    let mut proposed = p.clone();
    if edit::apply(&mut proposed, edit).is_err() {
        return Preview::default();
    }
    let mut checker = checker.clone();
    checker.session_changed(&proposed, &key);
    let mine: Vec<_> = checker
        .clashes()
        .iter()
        .filter(|c| c.severity() != Severity::Info && c.involved().any(|s| *s == key))
        .collect();
    Preview {
        worst: mine.iter().map(|c| c.severity()).min(),
        texts: mine.iter().map(|c| i18n::clash_message(lang, &proposed, c)).collect(),
    }
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
