//! The timetable: one day at a time, halls as columns in hall order, time running down. Sessions are
//! blocks that can be dragged to another time or hall, resized at their lower edge, dropped on the
//! "Nicht eingeplant" list to unschedule, or dragged from it into the grid; while dragging, the block's
//! landing place and the clashes it would cause (`gui::preview`: the move tried on the document and put
//! back) are shown. Each drop is one undoable edit. Several blocks can be chosen (Strg+click, a rubber
//! band) and are dragged and nudged together; arrow keys nudge the chosen blocks; Enter or a
//! double-click opens the form beside the grid; Esc cancels a drag. A search marks matching blocks across days, a legend
//! names the track colours.

mod create;
mod daycopy;
mod dialog;
mod drag;
mod grid;
pub mod layout;
mod legend;
mod pause;
pub mod search;
mod shift;
mod side;
mod toolbar;

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::clash::Clash;
use crate::edit::Edit;
use crate::edit::bulk::Offset;
use crate::gui::action::{Action, Selected};
use crate::i18n::Lang;
use crate::model::{Clock, DayKey, HallKey, PersonKey, Programme, SessionKey, TrackKey};

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
    /// The open session's form is shown beside the grid.
    pub form_beside: bool,
    /// What is typed in the timetable's search field.
    pub search: String,
    /// The sessions matching it, across days.
    hits: search::Hits,
    /// "Alle Säle einpassen" was pressed: the grid fits the columns to its width once.
    fit: bool,
    /// Scroll to this block once (a clash clicked, a search hit).
    reveal: Option<SessionKey>,
    /// "Ab hier verschieben…", when open.
    shift: Option<shift::ShiftDraft>,
    /// "Tag duplizieren…", when open.
    daycopy: Option<daycopy::DayCopyDraft>,
    /// The day tabs drawn in the last frame, for drops on them.
    day_tabs: Vec<(DayKey, egui::Rect)>,
    /// The day tab the pointer rests on during a drag, and since when.
    tab_hover: Option<(DayKey, f64)>,
    /// Where a rubber band began.
    band: Option<egui::Pos2>,
    /// The grid's visible area in the last frame.
    grid_view: Option<egui::Rect>,
    /// The hall and time of the cell under the pointer.
    hovered: Option<(HallKey, Clock)>,
    matched: Vec<SessionKey>,
    columns_in_view: usize,
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
            form_beside: false,
            search: String::new(),
            hits: search::Hits::default(),
            fit: false,
            reveal: None,
            shift: None,
            daycopy: None,
            day_tabs: Vec::new(),
            tab_hover: None,
            band: None,
            grid_view: None,
            hovered: None,
            matched: Vec::new(),
            columns_in_view: 0,
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

    /// How many hall columns the grid showed whole in the last frame.
    pub fn columns_in_view(&self) -> usize {
        self.columns_in_view
    }

    /// The blocks drawn in the last frame that matched the search (for tests).
    pub fn matched_blocks(&self) -> &[SessionKey] {
        &self.matched
    }

    /// The hall and time of the grid cell under the pointer, if any.
    pub fn hovered_cell(&self) -> Option<(HallKey, Clock)> {
        self.hovered.clone()
    }

    /// Shows the session's day and scrolls to its block.
    pub fn reveal(&mut self, p: &Programme, key: &SessionKey) {
        if let Some(day) = p.sessions.get(key).and_then(|s| s.day.clone()) {
            self.day = Some(day);
        }
        self.reveal = Some(key.clone());
    }

    /// Ends a drag or rubber band without a drop.
    fn cancel_drag(&mut self) {
        self.drag = None;
        self.band = None;
        self.tab_hover = None;
    }

    /// Whether a dialog of the timetable is open (keys then belong to it).
    fn dialog_open(&self) -> bool {
        self.pause.is_some() || self.create.is_some() || self.shift.is_some() || self.daycopy.is_some()
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
    chosen: &[SessionKey],
    actions: &mut Vec<Action>,
) {
    state.hits.update(doc.p, doc.revision, &state.search);
    // Esc cancels a drag (of one block, several, or a rubber band): nothing moves, the outlines go.
    if (state.drag.is_some() || state.band.is_some())
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
    {
        state.cancel_drag();
    }
    toolbar::ui(ui, lang, doc.p, state, selected, actions);
    legend::ui(ui, lang, doc.p);
    let Some(day) = state.current_day(doc.p) else {
        ui.label(egui::RichText::new(crate::i18n::text(lang, "gui-no-days-yet")).weak());
        return;
    };
    let layout = state.layout(doc, lang, &day);
    let selected_key = match selected {
        Some(Selected::Session(k)) => Some(k),
        _ => None,
    };
    // In a narrow window the "Nicht eingeplant" list starts narrower, leaving room for the halls.
    let waiting_w = if ui.available_width() < 800.0 { 130.0 } else { 190.0 };
    egui::Panel::left("timetable_waiting").resizable(true).default_size(waiting_w).show(ui, |ui| {
        side::waiting_ui(ui, lang, &layout, state, actions);
    });
    if let Some(person) = state.person.clone() {
        egui::Panel::right("timetable_person").resizable(true).default_size(280.0).show(ui, |ui| {
            side::person_ui(ui, lang, doc, &person, state, actions);
        });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        grid::ui(ui, lang, doc, &day, &layout, state, selected_key, chosen, actions);
    });
    drag::finish(ui.ctx(), &day, state, actions);
    // Keys move only blocks that are shown, and not while a dialog (the timetable's or the app's) is open.
    let shown: Vec<SessionKey> = if chosen.len() > 1 {
        // `chosen` is in key order.
        layout.blocks.iter().filter(|b| chosen.binary_search(&b.key).is_ok()).map(|b| b.key.clone()).collect()
    } else {
        selected_key.filter(|k| layout.blocks.iter().any(|b| &b.key == *k)).cloned().into_iter().collect()
    };
    if !shown.is_empty() && !state.dialog_open() && !crate::gui::dialogs::modal_open(ui.ctx()) {
        keyboard(ui.ctx(), lang, doc.p, &layout, &shown, actions);
    }
    pause::ui(ui.ctx(), lang, doc, &day, state, actions);
    create::ui(ui.ctx(), lang, doc, state, actions);
    shift::ui(ui.ctx(), lang, doc, &day, state, actions);
    daycopy::ui(ui.ctx(), lang, doc.p, state, actions);
}

/// The bar above the form beside the timetable: "Formular schließen". True when it was pressed.
pub fn close_beside_ui(ui: &mut egui::Ui, lang: Lang) -> bool {
    let pressed = ui.button(crate::i18n::bulk_word(lang, crate::i18n::B::CloseForm)).clicked();
    ui.separator();
    pressed
}

/// Arrow keys move the chosen blocks by one snap step or to the neighbouring hall (together, as one
/// edit); Enter opens the form beside the grid.
fn keyboard(
    ctx: &egui::Context,
    lang: Lang,
    p: &Programme,
    layout: &DayLayout,
    keys: &[SessionKey],
    actions: &mut Vec<Action>,
) {
    if ctx.memory(|m| m.focused().is_some()) || egui::Popup::is_any_open(ctx) {
        return;
    }
    let step = i32::try_from(p.event.snap_mins.max(1)).unwrap_or(5);
    let pressed = |k: egui::Key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, k));
    if pressed(egui::Key::Enter) {
        if let Some(key) = keys.first() {
            actions.push(Action::Bulk(crate::gui::bulk_ops::BulkAction::Beside(key.clone())));
        }
        return;
    }
    let offset = if pressed(egui::Key::ArrowUp) {
        Offset { mins: -step, ..Offset::default() }
    } else if pressed(egui::Key::ArrowDown) {
        Offset { mins: step, ..Offset::default() }
    } else if pressed(egui::Key::ArrowLeft) {
        Offset { halls: -1, ..Offset::default() }
    } else if pressed(egui::Key::ArrowRight) {
        Offset { halls: 1, ..Offset::default() }
    } else {
        return;
    };
    let halls: Vec<HallKey> = layout.columns.iter().map(|c| c.key.clone()).collect();
    let Some(mut edits) = crate::edit::bulk::moved(p, keys, &offset, &halls) else { return };
    match (keys.len(), edits.len()) {
        (_, 0) => {}
        (1, 1) => actions.extend(edits.pop().map(Action::Edit)),
        (n, _) => actions
            .push(Action::Edit(Edit::Batch(crate::i18n::bulk_label(lang, crate::i18n::BulkLabel::Move, n), edits))),
    }
}
