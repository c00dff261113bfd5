//! The timetable: one day at a time, halls as columns in hall order, time running down. Sessions are
//! blocks that can be dragged to another time or hall, resized at their lower edge, dropped on the
//! "Nicht eingeplant" list to unschedule, or dragged from it into the grid; while dragging, the block's
//! landing place and the clashes it would cause (`gui::preview`: the move tried on the document and put
//! back) are shown. Each drop is one undoable edit. Arrow keys nudge the selected
//! block; Enter opens its form.

mod create;
mod dialog;
mod drag;
mod grid;
pub mod layout;
mod pause;
mod side;
mod toolbar;

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::clash::Clash;
use crate::edit::{Edit, Placement};
use crate::gui::action::{Action, Selected};
use crate::i18n::Lang;
use crate::model::{Clock, DayKey, HallKey, HallPlacement, PersonKey, Programme, SessionKey, TrackKey};

pub use drag::{Drag, DragMode};
pub use grid::COLUMN_W;
use layout::{DayLayout, LayoutKey};

/// Pixels per minute at zoom 1.
pub const DEFAULT_PX_PER_MIN: f32 = 1.6;

/// The timetable's view state (not part of the document).
pub struct TimetableState {
    /// The day shown.
    pub day: Option<DayKey>,
    /// Vertical scale.
    pub px_per_min: f32,
    /// Width of a hall column.
    pub column_w: f32,
    /// Halls not shown.
    pub hidden_halls: BTreeSet<HallKey>,
    /// Tracks not shown.
    pub hidden_tracks: BTreeSet<TrackKey>,
    /// Only the halls that have something on the day shown.
    pub only_used_halls: bool,
    /// The person whose schedule is shown beside the grid and whose blocks are marked in it.
    pub person: Option<PersonKey>,
    /// Sessions changed since the release "Änderungen seit …" compares with: their blocks are marked.
    pub changed: BTreeSet<SessionKey>,
    /// What is typed in the search field of the person chooser.
    pub person_filter: String,
    /// The drag in progress.
    pub drag: Option<Drag>,
    /// The "Pause in allen Sälen" dialog, when open.
    pub pause: Option<pause::PauseDraft>,
    /// The "Neue Session" dialog after a double-click on an empty cell, when open.
    pub create: Option<create::CreateDraft>,
    /// The session and place that "Freie Plätze…" points at: drawn as a ghost block.
    pub ghost: Option<(SessionKey, crate::place::Place)>,
    /// Scroll the grid to this offset once (e.g. the middle, for benchmarks).
    pub scroll_to: Option<egui::Vec2>,
    layout: Option<(LayoutKey, Arc<DayLayout>)>,
    visible: Vec<(SessionKey, egui::Rect)>,
    marked: Vec<SessionKey>,
    waiting_rect: Option<egui::Rect>,
}

impl Default for TimetableState {
    fn default() -> Self {
        Self {
            day: None,
            px_per_min: DEFAULT_PX_PER_MIN,
            column_w: COLUMN_W,
            hidden_halls: BTreeSet::new(),
            hidden_tracks: BTreeSet::new(),
            only_used_halls: false,
            person: None,
            changed: BTreeSet::new(),
            person_filter: String::new(),
            drag: None,
            pause: None,
            create: None,
            ghost: None,
            scroll_to: None,
            layout: None,
            visible: Vec::new(),
            marked: Vec::new(),
            waiting_rect: None,
        }
    }
}

/// What the timetable reads from the document.
pub struct Doc<'a> {
    /// The programme.
    pub p: &'a Programme,
    /// Its clashes.
    pub clashes: &'a [Clash],
    /// The clash previews computed so far (a drag's, a dialog's).
    pub previews: &'a crate::gui::preview::Previews,
    /// Its revision.
    pub revision: u64,
}

impl TimetableState {
    /// The blocks drawn in the last frame and where (for benchmarks and tests that press on one).
    pub fn visible_blocks(&self) -> &[(SessionKey, egui::Rect)] {
        &self.visible
    }

    /// The blocks drawn in the last frame that were marked as the chosen person's (for tests).
    pub fn marked_blocks(&self) -> &[SessionKey] {
        &self.marked
    }

    /// The day shown, falling back to the first day.
    fn current_day(&mut self, p: &Programme) -> Option<DayKey> {
        if self.day.as_ref().is_none_or(|d| !p.days.contains_key(d)) {
            self.day = p.days.keys().next().cloned();
        }
        self.day.clone()
    }

    fn layout(&mut self, doc: &Doc<'_>, lang: Lang, day: &DayKey) -> Arc<DayLayout> {
        let key = LayoutKey {
            revision: doc.revision,
            day: day.clone(),
            lang,
            hidden_halls: self.hidden_halls.clone(),
            hidden_tracks: self.hidden_tracks.clone(),
            only_used_halls: self.only_used_halls,
        };
        match &self.layout {
            Some((k, layout)) if *k == key => layout.clone(),
            _ => {
                let layout = Arc::new(layout::build(doc.p, doc.clashes, &key));
                self.layout = Some((key, layout.clone()));
                layout
            }
        }
    }
}

/// Draws the timetable view.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &Doc<'_>,
    state: &mut TimetableState,
    selected: Option<&Selected>,
    actions: &mut Vec<Action>,
) {
    toolbar::ui(ui, lang, doc.p, state);
    let Some(day) = state.current_day(doc.p) else {
        ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-no-days-yet")).weak());
        return;
    };
    let layout = state.layout(doc, lang, &day);
    let selected_key = match selected {
        Some(Selected::Session(k)) => Some(k),
        _ => None,
    };
    egui::Panel::left("timetable_waiting").resizable(true).default_size(190.0).show(ui, |ui| {
        side::waiting_ui(ui, lang, &layout, state, actions);
    });
    if let Some(person) = state.person.clone() {
        egui::Panel::right("timetable_person").resizable(true).default_size(280.0).show(ui, |ui| {
            side::person_ui(ui, lang, doc, &person, state, actions);
        });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        grid::ui(ui, lang, doc, &day, &layout, state, selected_key, actions);
    });
    drag::finish(ui.ctx(), doc.p, &day, state, actions);
    // Keys move only a block that is shown, and not while a dialog (the timetable's or the app's) is open.
    if let Some(key) = selected_key
        && state.pause.is_none()
        && state.create.is_none()
        && !crate::gui::dialogs::modal_open(ui.ctx())
        && layout.blocks.iter().any(|b| &b.key == key)
    {
        keyboard(ui.ctx(), doc.p, &layout, key, actions);
    }
    pause::ui(ui.ctx(), lang, doc, &day, state, actions);
    create::ui(ui.ctx(), lang, doc, state, actions);
}

/// Arrow keys move the selected block by one snap step or to the neighbouring hall; Enter opens its form.
fn keyboard(ctx: &egui::Context, p: &Programme, layout: &DayLayout, key: &SessionKey, actions: &mut Vec<Action>) {
    if ctx.memory(|m| m.focused().is_some()) || egui::Popup::is_any_open(ctx) {
        return;
    }
    let Some(s) = p.sessions.get(key) else { return };
    let step = p.event.snap_mins.max(1);
    let pressed = |k: egui::Key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, k));
    if pressed(egui::Key::Enter) {
        actions.push(Action::Reveal(key.clone()));
        return;
    }
    let mut placement = Placement::of(s);
    let start = s.start.map(Clock::mins);
    let column = s.hall_key().and_then(|h| layout.columns.iter().position(|c| &c.key == h));
    let moved = if pressed(egui::Key::ArrowUp) {
        start.and_then(|m| m.checked_sub(step)).and_then(Clock::from_mins).map(|c| placement.start = Some(c))
    } else if pressed(egui::Key::ArrowDown) {
        start.and_then(|m| m.checked_add(step)).and_then(Clock::from_mins).map(|c| placement.start = Some(c))
    } else if pressed(egui::Key::ArrowLeft) {
        column.and_then(|c| c.checked_sub(1)).and_then(|c| layout.columns.get(c)).map(|c| {
            placement.hall = Some(HallPlacement::Hall(c.key.clone()));
        })
    } else if pressed(egui::Key::ArrowRight) {
        column
            .and_then(|c| layout.columns.get(c + 1))
            .map(|c| placement.hall = Some(HallPlacement::Hall(c.key.clone())))
    } else {
        None
    };
    if moved.is_some() {
        actions.push(Action::Edit(Edit::Place(key.clone(), placement)));
    }
}
