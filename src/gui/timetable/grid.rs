//! The grid of one day: hour and snap lines, session blocks (only those in view are laid out), the time
//! axis and hall headers that stay in view while scrolling, the landing place and clash preview of a
//! drag (of one block or of all chosen ones), a rubber band drawn from an empty cell to choose the blocks
//! it touches, search hits, and a double-click on an empty cell to open "Neue Session" for it. Column
//! width and vertical scale come from the view state; overlapping sessions of one hall share the column
//! in lanes.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2};

use super::drag::{Drag, DragMode};
use super::layout::{Block, DayLayout};
use super::{Doc, TimetableState};
use crate::clash::Severity;
use crate::edit::{Edit, Placement};
use crate::gui::action::{Action, Selected};
use crate::gui::bulk_ops::BulkAction;
use crate::gui::panels::severity_colour;
use crate::gui::preview::Preview;
use crate::i18n::Lang;
use crate::model::{Clock, DayKey, HallPlacement, SessionKey, SessionKind, Status};

/// Width of the time axis.
const AXIS_W: f32 = 52.0;
/// Height of the hall headers.
const HEADER_H: f32 = 28.0;
/// Room between the hall headers and the first hour line, so that the first hour's label is not half
/// hidden under the headers.
const TOP_PAD: f32 = 10.0;
/// Width of a hall column at first (the toolbar makes columns narrower or wider).
pub const COLUMN_W: f32 = 168.0;
/// How close to a block's lower edge a drag resizes it.
const EDGE: f32 = 6.0;

/// Screen positions of minutes and columns.
#[derive(Clone, Copy)]
struct Geometry {
    origin: Pos2,
    ppm: f32,
    /// Column width.
    cw: f32,
    start: u32,
    columns: usize,
}

impl Geometry {
    fn x(self, column: usize) -> f32 {
        self.origin.x + AXIS_W + column as f32 * self.cw
    }

    fn y(self, mins: u32) -> f32 {
        self.origin.y + HEADER_H + TOP_PAD + (mins as f32 - self.start as f32) * self.ppm
    }

    fn width(self) -> f32 {
        AXIS_W + self.columns as f32 * self.cw
    }

    fn rect(self, column: Option<usize>, start: u32, end: u32) -> Rect {
        let (left, right) = match column {
            Some(c) => (self.x(c) + 2.0, self.x(c) + self.cw - 2.0),
            None => (self.x(0) + 2.0, self.origin.x + self.width() - 2.0),
        };
        Rect::from_min_max(Pos2::new(left, self.y(start)), Pos2::new(right, self.y(end).max(self.y(start) + 4.0)))
    }

    fn column_at(self, x: f32) -> Option<usize> {
        let c = ((x - self.origin.x - AXIS_W) / self.cw).floor();
        (c >= 0.0 && (c as usize) < self.columns).then_some(c as usize)
    }

    fn minute_at(self, y: f32) -> f32 {
        self.start as f32 + (y - self.origin.y - HEADER_H - TOP_PAD) / self.ppm
    }

    /// A block's rectangle: its lane of the column when it shares the hall with overlapping sessions.
    fn block_rect(self, b: &Block) -> Rect {
        let r = self.rect(b.column, b.start, b.end);
        if b.lanes <= 1 || b.column.is_none() {
            return r;
        }
        let w = r.width() / f32::from(b.lanes);
        let left = r.left() + w * f32::from(b.lane);
        Rect::from_min_max(Pos2::new(left, r.top()), Pos2::new(left + w - 1.0, r.bottom()))
    }
}

fn snap(mins: f32, step: u32) -> u32 {
    let step = step.max(1) as f32;
    ((mins / step).round() * step).clamp(0.0, 47.0 * 60.0 + 45.0) as u32
}

/// Draws the grid.
#[allow(clippy::too_many_arguments)]
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &Doc<'_>,
    day: &DayKey,
    layout: &DayLayout,
    state: &mut TimetableState,
    selected: Option<&SessionKey>,
    chosen: &[SessionKey],
    actions: &mut Vec<Action>,
) {
    if std::mem::take(&mut state.fit) && !layout.columns.is_empty() {
        // Every hall in the window: the width left of the axis and the scroll bar, shared.
        let free = ui.available_width() - AXIS_W - 16.0;
        state.column_w = (free / layout.columns.len() as f32).clamp(FIT_MIN_W, 360.0);
    }
    let ppm = state.px_per_min;
    // However narrow the window, at least four halls are in view (columns get narrower, not fewer).
    let four = ((ui.available_width() - AXIS_W - 16.0) / 4.0).max(FIT_MIN_W);
    let cw = state.column_w.min(four);
    let size = Vec2::new(
        AXIS_W + layout.columns.len() as f32 * cw,
        HEADER_H + TOP_PAD + (layout.end.saturating_sub(layout.start)) as f32 * ppm + 8.0,
    );
    if let Some(key) = state.reveal.take()
        && let Some(b) = layout.blocks.iter().find(|b| b.key == key)
    {
        // Scrolled so that the block is near the top left, below the headers.
        let x = b.column.map_or(0.0, |c| c as f32 * cw);
        let y = (b.start.saturating_sub(layout.start)) as f32 * ppm;
        state.scroll_to = Some(Vec2::new((x - cw).max(0.0), (y - 60.0).max(0.0)));
    }
    // Solid scroll bars, always shown: with many halls, most columns lie to the right of the window (the
    // default floating bars are invisible until hovered).
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    let mut area = egui::ScrollArea::both()
        .id_salt("timetable_grid")
        .auto_shrink([false, false])
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible);
    if let Some(offset) = state.scroll_to.take() {
        area = area.scroll_offset(offset);
    }
    area.show(ui, |ui| {
        let (rect, background) = ui.allocate_exact_size(size, Sense::click_and_drag());
        let g = Geometry { origin: rect.min, ppm, cw, start: layout.start, columns: layout.columns.len() };
        let view = ui.clip_rect();
        let grid_view = Rect::from_min_max(Pos2::new(view.left() + AXIS_W, view.top() + HEADER_H), view.max);
        lines(ui, g, layout, doc.p.event.snap_mins, view);
        state.visible.clear();
        state.marked.clear();
        state.matched.clear();
        state.grid_view = Some(grid_view);
        state.columns_in_view = ((grid_view.width() / cw).floor() as usize).min(layout.columns.len());
        state.hovered = ui
            .input(|i| i.pointer.hover_pos())
            .filter(|pos| grid_view.contains(*pos))
            .and_then(|pos| cell_at(doc, g, layout, pos));
        let searching = !state.search.trim().is_empty();
        let mut started = false;
        let mut drawn: Vec<(&Block, Rect)> = Vec::new();
        for block in &layout.blocks {
            let r = g.block_rect(block);
            if !r.intersects(grid_view) {
                continue;
            }
            state.visible.push((block.key.clone(), r.intersect(grid_view)));
            let marked = state.person.as_ref().is_some_and(|k| block.persons.contains(k));
            if marked {
                state.marked.push(block.key.clone());
            }
            if block.hidden && selected != Some(&block.key) {
                continue;
            }
            let changed = state.changed.contains(&block.key);
            let hit = searching && state.hits.contains(&block.key);
            if hit {
                state.matched.push(block.key.clone());
            }
            let looks = Looks {
                selected: selected == Some(&block.key) || chosen.binary_search(&block.key).is_ok(),
                marked,
                changed,
                search: searching.then_some(hit),
            };
            started |= block_ui(ui, block, r, grid_view, looks, state, actions);
            drawn.push((block, r));
        }
        // What is under the press origin decides what a drag picks up, not where egui recognised it (a
        // fast move from an empty cell across a narrow block must draw a rubber band, not drag the block).
        let band_origin = if started || background.drag_started() {
            start_drag(ui, g, grid_view, &drawn, chosen, state, actions)
        } else {
            None
        };
        drag_target(ui, lang, doc, day, g, layout, grid_view, state, actions);
        rubber_band(ui, band_origin, grid_view, state, actions);
        ghost(ui, doc, day, g, layout, grid_view, state);
        if background.double_clicked()
            && let Some(pos) = background.interact_pointer_pos()
            && grid_view.contains(pos)
        {
            create_at(doc, day, g, layout, pos, state);
        }
        if background.clicked() && !crate::gui::selection::command_held(ui.ctx()) && !chosen.is_empty() {
            actions.push(Action::Bulk(BulkAction::Set(Vec::new())));
        }
        headers(ui, g, layout, view);
    });
}

/// Hour lines (labelled on the axis later) and snap-step lines when they are far enough apart.
fn lines(ui: &egui::Ui, g: Geometry, layout: &DayLayout, snap_mins: u32, view: Rect) {
    let painter = ui.painter();
    let strong = ui.visuals().widgets.noninteractive.bg_stroke;
    let faint = Stroke::new(0.5, strong.color.gamma_multiply(0.45));
    let right = (g.origin.x + g.width()).min(view.right());
    let left = (g.origin.x + AXIS_W).max(view.left());
    let step = if snap_mins as f32 * g.ppm >= 10.0 {
        snap_mins.max(5)
    } else if 15.0 * g.ppm >= 10.0 {
        15
    } else {
        60
    };
    let first = layout.start + (((view.top() - g.y(layout.start)) / g.ppm).max(0.0) as u32 / step) * step;
    let mut m = first;
    while m <= layout.end && g.y(m) <= view.bottom() {
        let stroke = if m.is_multiple_of(60) { strong } else { faint };
        painter.hline(left..=right, g.y(m), stroke);
        let Some(next) = m.checked_add(step) else { break };
        m = next;
    }
    let first_col = g.column_at(left.max(g.x(0))).unwrap_or(0);
    for c in first_col..=layout.columns.len() {
        let x = g.x(c);
        if x > right {
            break;
        }
        painter.vline(x, view.top()..=view.bottom().min(g.y(layout.end)), faint);
    }
}

/// One session block: coloured by track, faded and hatched when a draft, struck through when cancelled,
/// outlined when in a clash, framed in gold when the person whose schedule is shown is in it; an
/// accessible widget labelled with its title.
/// Returns whether a drag began on it this frame (what it picks up is decided by the press origin).
#[allow(clippy::too_many_arguments)]
fn block_ui(
    ui: &mut egui::Ui,
    b: &Block,
    r: Rect,
    grid_view: Rect,
    looks: Looks,
    state: &mut TimetableState,
    actions: &mut Vec<Action>,
) -> bool {
    let dark = ui.visuals().dark_mode;
    let base = b.colour.unwrap_or(Color32::from_gray(if dark { 90 } else { 170 }));
    let fill = match (b.status, b.kind) {
        (Status::Cancelled, _) => Color32::from_gray(if dark { 60 } else { 215 }),
        (_, SessionKind::Break) => base.gamma_multiply(0.35),
        (Status::Draft, _) => base.gamma_multiply(0.45),
        _ => base.gamma_multiply(if dark { 0.75 } else { 0.55 }),
    };
    let dragging = state.drag.as_ref().is_some_and(|d| d.moves(&b.key));
    // While searching, what does not match fades.
    let fill = if looks.search == Some(false) { fill.gamma_multiply(0.3) } else { fill };
    let painter = ui.painter().with_clip_rect(grid_view);
    painter.rect_filled(r, 4.0, if dragging { fill.gamma_multiply(0.4) } else { fill });
    if b.status == Status::Draft {
        hatch(&painter, r, Color32::from_white_alpha(if dark { 28 } else { 70 }));
    }
    let outline = match b.severity {
        Some(s) => Stroke::new(2.5, severity_colour(s)),
        None if looks.selected => Stroke::new(2.0, ui.visuals().selection.stroke.color),
        None => Stroke::new(1.0, base),
    };
    painter.rect_stroke(r, 4.0, outline, StrokeKind::Inside);
    if b.pinned {
        lock(&painter, r.right_top() + Vec2::new(-10.0, 9.0), ui.visuals().strong_text_color());
    }
    if looks.selected && b.severity.is_some() {
        painter.rect_stroke(
            r.expand(2.0),
            5.0,
            Stroke::new(1.5, ui.visuals().selection.stroke.color),
            StrokeKind::Outside,
        );
    }
    // The blocks of the person whose schedule is shown: a dashed teal frame just inside the block's own
    // outline, so that it neither hides a clash outline nor reaches into a neighbouring block, and does
    // not look like one (clashes are solid red or orange).
    if looks.marked {
        dashed_frame(&painter, r.shrink(3.5), Stroke::new(2.0, PERSON_MARK));
    }
    if looks.search == Some(true) {
        painter.rect_stroke(r.expand(1.0), 5.0, Stroke::new(2.5, SEARCH_MARK), StrokeKind::Outside);
    }
    // Changed since the release compared with: a violet corner mark, clear of outlines and text.
    if looks.changed {
        let corner = egui::Pos2::new(r.right() - 3.0, r.top() + 3.0);
        let mark = [corner, corner - egui::vec2(11.0, 0.0), corner + egui::vec2(0.0, 11.0)];
        painter.add(egui::Shape::convex_polygon(mark.to_vec(), CHANGE_MARK, Stroke::NONE));
    }
    block_text(ui, &painter, b, r);

    let response = ui
        .interact(r.intersect(grid_view), egui::Id::unique(("timetable_block", &b.key)), Sense::click_and_drag())
        .on_hover_ui(|ui| {
            ui.strong(&b.title);
            ui.label(&b.time);
            if !b.people.is_empty() {
                ui.label(&b.people);
            }
            if !b.clash_text.is_empty() {
                ui.colored_label(severity_colour(b.severity.unwrap_or(Severity::Warning)), &b.clash_text);
            }
        });
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, looks.selected, &b.title));
    let command = crate::gui::selection::command_held(ui.ctx());
    // Strg+click adds or removes a block; what a drag picks up is decided in `start_drag`.
    if response.clicked() && command {
        actions.push(Action::Bulk(BulkAction::Toggle(b.key.clone())));
    } else if response.clicked() {
        actions.push(Action::Select(Selected::Session(b.key.clone())));
    }
    if response.double_clicked() {
        actions.push(Action::Bulk(BulkAction::Beside(b.key.clone())));
    }
    if response.hovered() && state.drag.is_none() {
        let near_edge = ui.input(|i| i.pointer.hover_pos()).is_some_and(|p| p.y >= r.bottom() - EDGE);
        ui.ctx().set_cursor_icon(if near_edge { egui::CursorIcon::ResizeVertical } else { egui::CursorIcon::Grab });
    }
    response.drag_started()
}

/// A drag began (on a block or the background): the block under the press origin is dragged (with the
/// other chosen blocks when it is one of them); pressed on an empty cell of the grid, the rubber band's
/// origin is returned.
fn start_drag(
    ui: &egui::Ui,
    g: Geometry,
    grid_view: Rect,
    drawn: &[(&Block, Rect)],
    chosen: &[SessionKey],
    state: &mut TimetableState,
    actions: &mut Vec<Action>,
) -> Option<Pos2> {
    if state.drag.is_some() || state.band.is_some() {
        return None;
    }
    let origin = ui.input(|i| i.pointer.press_origin())?;
    if !grid_view.contains(origin) {
        return None;
    }
    // The last drawn lies on top.
    let Some((b, r)) = drawn.iter().rev().find(|(_, r)| r.intersect(grid_view).contains(origin)) else {
        return Some(origin);
    };
    let in_group = chosen.len() > 1 && chosen.binary_search(&b.key).is_ok();
    if !in_group {
        actions.push(Action::Select(Selected::Session(b.key.clone())));
    }
    let mode = if origin.y >= r.bottom() - EDGE && b.column.is_some() { DragMode::Resize } else { DragMode::Move };
    let grab_mins = g.minute_at(origin.y) - b.start as f32;
    let others = if in_group { chosen.iter().filter(|k| **k != b.key).cloned().collect() } else { Vec::new() };
    state.drag = Some(Drag { key: b.key.clone(), others, mode, grab_mins, target: None, edit: None });
    None
}

/// How a block is set apart: selected, or one of the chosen person's.
#[derive(Clone, Copy)]
struct Looks {
    selected: bool,
    marked: bool,
    /// Changed since the release "Änderungen seit …" compares with.
    changed: bool,
    /// While searching: whether it matches.
    search: Option<bool>,
}

/// The frame of the search hits.
const SEARCH_MARK: Color32 = Color32::from_rgb(20, 170, 80);

/// The narrowest column "Alle Säle einpassen" makes.
pub const FIT_MIN_W: f32 = 24.0;

/// A dashed rectangle (the person mark).
fn dashed_frame(painter: &egui::Painter, r: Rect, stroke: Stroke) {
    let corners = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom(), r.left_top()];
    for pair in corners.windows(2) {
        if let [a, b] = pair {
            painter.add(egui::Shape::dashed_line(&[*a, *b], stroke, 5.0, 3.0));
        }
    }
}

/// The corner mark of blocks changed since a release.
const CHANGE_MARK: Color32 = Color32::from_rgb(150, 80, 210);

/// The frame of the chosen person's blocks: teal, far from the red and orange of clash outlines.
pub const PERSON_MARK: Color32 = Color32::from_rgb(0, 150, 170);

fn hatch(painter: &egui::Painter, r: Rect, colour: Color32) {
    let painter = painter.with_clip_rect(r.intersect(painter.clip_rect()));
    let mut x = r.left() - r.height();
    while x < r.right() {
        painter.line_segment([Pos2::new(x, r.bottom()), Pos2::new(x + r.height(), r.top())], Stroke::new(1.0, colour));
        x += 9.0;
    }
}

/// Time, title (wrapped, shortened with "…"), people and contributions, as far as they fit.
fn block_text(ui: &egui::Ui, painter: &egui::Painter, b: &Block, r: Rect) {
    let inner = r.shrink2(Vec2::new(5.0, 3.0));
    if inner.height() < 8.0 || inner.width() < 20.0 {
        return;
    }
    let painter = painter.with_clip_rect(inner.intersect(painter.clip_rect()));
    let text = ui.visuals().strong_text_color();
    let weak = ui.visuals().text_color();
    let small = FontId::proportional(11.0);
    let mut y = inner.top();
    painter.text(Pos2::new(inner.left(), y), Align2::LEFT_TOP, &b.time, small.clone(), weak);
    y += 13.0;
    let rows = (((inner.bottom() - y) / 15.0).floor() as usize).clamp(1, 3);
    let mut job = egui::text::LayoutJob::simple(b.title.clone(), FontId::proportional(13.0), text, inner.width());
    job.wrap.max_rows = rows;
    job.wrap.break_anywhere = false;
    job.wrap.overflow_character = Some('…');
    if b.status == Status::Cancelled {
        // Every line of the title struck through.
        for section in &mut job.sections {
            section.format.strikethrough = Stroke::new(1.5, text);
        }
    }
    let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
    let title_rect = Rect::from_min_size(Pos2::new(inner.left(), y), galley.size());
    painter.galley(title_rect.min, galley, text);
    y = title_rect.bottom() + 2.0;
    if !b.people.is_empty() && y + 12.0 <= inner.bottom() {
        let mut job = egui::text::LayoutJob::simple_singleline(b.people.clone(), small.clone(), weak);
        job.wrap.max_width = inner.width();
        job.wrap.max_rows = 1;
        job.wrap.overflow_character = Some('…');
        let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
        painter.galley(Pos2::new(inner.left(), y), galley, weak);
        y += 14.0;
    }
    for (_, line) in &b.contributions {
        if y + 12.0 > inner.bottom() {
            break;
        }
        let mut job = egui::text::LayoutJob::simple_singleline(format!("· {line}"), small.clone(), weak);
        job.wrap.max_width = inner.width();
        job.wrap.max_rows = 1;
        job.wrap.overflow_character = Some('…');
        let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
        painter.galley(Pos2::new(inner.left(), y), galley, weak);
        y += 13.0;
    }
}

/// While dragging: the placement under the pointer (on the grid, the "Nicht eingeplant" list or a day
/// tab; anywhere else none, so that a drop there cancels), the outlines of where the block or blocks would
/// land and the clashes that would cause.
#[allow(clippy::too_many_arguments)]
fn drag_target(
    ui: &egui::Ui,
    lang: Lang,
    doc: &Doc<'_>,
    day: &DayKey,
    g: Geometry,
    layout: &DayLayout,
    grid_view: Rect,
    state: &mut TimetableState,
    actions: &mut Vec<Action>,
) {
    let Some(drag) = &state.drag else { return };
    let Some(session) = doc.p.sessions.get(&drag.key) else { return };
    let pointer = ui.input(|i| i.pointer.latest_pos());
    let step = doc.p.event.snap_mins;
    let (mode, grab_mins) = (drag.mode, drag.grab_mins);
    let session = session.clone();
    let tab = pointer.and_then(|pos| super::drag::over_tab(ui.ctx(), doc.p, pos, state));
    let target = match pointer {
        _ if tab.is_some() => tab,
        Some(pos) if state.waiting_rect.is_some_and(|w| w.contains(pos)) => {
            Some(Placement::unscheduled(session.duration_mins))
        }
        Some(pos) if grid_view.contains(pos) => {
            let mut target = Placement::of(&session);
            target.day = Some(day.clone());
            match mode {
                DragMode::Move => {
                    target.start = Clock::from_mins(snap(g.minute_at(pos.y) - grab_mins, step));
                    if !session.is_all_halls() {
                        target.hall = g
                            .column_at(pos.x)
                            .and_then(|c| layout.columns.get(c))
                            .map(|c| HallPlacement::Hall(c.key.clone()))
                            .or(target.hall);
                    }
                }
                DragMode::Resize => {
                    let start = session.start.map_or(0, Clock::mins);
                    let end = snap(g.minute_at(pos.y), step);
                    target.duration_mins = end.saturating_sub(start).max(step.max(5));
                }
            }
            Some(target)
        }
        _ => None,
    };
    let halls: Vec<crate::model::HallKey> = layout.columns.iter().map(|c| c.key.clone()).collect();
    let revision = doc.revision;
    let Some(drag) = &mut state.drag else { return };
    drag.target = target.clone();
    // Recomputed only when the target changed: a drag of many blocks builds its batch once per cell.
    let edit = match (&target, &drag.edit) {
        (Some(t), Some(e)) if landing_of(e, &drag.key).as_ref() == Some(t) => Some(e.clone()),
        (Some(t), _) => super::drag::edit_for(lang, doc.p, drag, t, &halls),
        (None, _) => None,
    };
    drag.edit = edit.clone();
    let dragged = drag.key.clone();
    let Some(edit) = edit else {
        // Where the block would move but not all of the chosen ones fit: say why, instead of nothing.
        let refused = target.as_ref().and_then(|t| super::drag::refusal(lang, doc.p, drag, t, &halls));
        if let (Some(text), Some(pos)) = (refused, pointer) {
            preview_popup(ui.ctx(), pos, |ui| {
                ui.colored_label(ui.visuals().error_fg_color, text);
            });
        }
        return;
    };
    let preview = match doc.previews.get(revision, lang, &edit) {
        Some(preview) => preview.clone(),
        None => {
            actions.push(Action::Preview(edit.clone()));
            Preview::default()
        }
    };
    let colour = preview.worst.map_or(ui.visuals().selection.stroke.color, severity_colour);
    let painter = ui.painter().with_clip_rect(grid_view);
    for (key, to) in landings(&edit) {
        let (Some(start), true) = (to.start, to.day.as_ref() == Some(day)) else { continue };
        let column = match &to.hall {
            Some(HallPlacement::Hall(h)) => match layout.columns.iter().position(|c| &c.key == h) {
                Some(c) => Some(c),
                None => continue,
            },
            _ => None,
        };
        let r = g.rect(column, start.mins(), start.mins().saturating_add(to.duration_mins));
        painter.rect_filled(r, 4.0, colour.gamma_multiply(0.18));
        painter.rect_stroke(r, 4.0, Stroke::new(2.0, colour), StrokeKind::Inside);
        if *key != dragged {
            continue;
        }
        let end = crate::model::time::wall_clock(start.mins().saturating_add(to.duration_mins));
        let when = format!("{start}–{end}");
        // On its own background: while resizing, the block's old time lies underneath.
        let galley = painter.layout_no_wrap(when, FontId::proportional(12.0), colour);
        let at = r.left_top() + Vec2::new(5.0, 3.0);
        painter.rect_filled(Rect::from_min_size(at, galley.size()).expand(2.0), 2.0, ui.visuals().panel_fill);
        painter.galley(at, galley, colour);
    }
    let Some(pos) = pointer else { return };
    preview_popup(ui.ctx(), pos, |ui| {
        // What a drop of several does ("3 Sessions nach „Nicht eingeplant“"), then its clashes.
        if let Edit::Batch(label, _) = &edit {
            ui.strong(label);
        }
        if preview.texts.is_empty() {
            ui.label(crate::i18n::text(lang, "gui-no-clashes-here"));
        } else {
            ui.colored_label(colour, crate::i18n::text(lang, "gui-preview-clashes"));
            for text in preview.texts.iter().take(12) {
                ui.label(text);
            }
        }
    });
}

/// The box beside the pointer while dragging.
fn preview_popup(ctx: &egui::Context, pos: Pos2, add: impl FnOnce(&mut egui::Ui)) {
    egui::Area::new(egui::Id::unique("timetable_drag_preview"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pos + Vec2::new(16.0, 16.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(360.0);
                add(ui);
            });
        });
}

/// Where each session of a drag's edit would land.
fn landings(edit: &Edit) -> Vec<(&SessionKey, &Placement)> {
    match edit {
        Edit::Place(k, to) => vec![(k, to)],
        Edit::Batch(_, edits) => edits.iter().flat_map(landings).collect(),
        _ => Vec::new(),
    }
}

/// Where the dragged session lands in an edit.
fn landing_of(edit: &Edit, key: &SessionKey) -> Option<Placement> {
    landings(edit).into_iter().find(|(k, _)| *k == key).map(|(_, p)| p.clone())
}

/// The hall and snapped time of the cell under the pointer (for Strg+V at the pointer).
fn cell_at(doc: &Doc<'_>, g: Geometry, layout: &DayLayout, pos: Pos2) -> Option<(crate::model::HallKey, Clock)> {
    let column = g.column_at(pos.x).and_then(|c| layout.columns.get(c))?;
    let step = doc.p.event.snap_mins;
    Some((column.key.clone(), Clock::from_mins(snap(g.minute_at(pos.y) - 0.5 * step as f32, step))?))
}

/// A rubber band drawn from an empty cell: the blocks it touches become the selection (with Strg: are
/// added to it) when the button is released.
fn rubber_band(
    ui: &egui::Ui,
    started: Option<Pos2>,
    grid_view: Rect,
    state: &mut TimetableState,
    actions: &mut Vec<Action>,
) {
    if let Some(origin) = started {
        state.band = Some(origin);
    }
    let Some(origin) = state.band else { return };
    let Some(pos) = ui.input(|i| i.pointer.latest_pos()) else { return };
    let band = Rect::from_two_pos(origin, pos).intersect(grid_view);
    let colour = ui.visuals().selection.stroke.color;
    let painter = ui.painter().with_clip_rect(grid_view);
    painter.rect_filled(band, 0.0, colour.gamma_multiply(0.12));
    painter.rect_stroke(band, 0.0, Stroke::new(1.0, colour), StrokeKind::Inside);
    if ui.input(|i| i.pointer.primary_down()) {
        return;
    }
    state.band = None;
    let keys: Vec<SessionKey> =
        state.visible.iter().filter(|(_, r)| r.intersects(band)).map(|(k, _)| k.clone()).collect();
    let add = crate::gui::selection::command_held(ui.ctx());
    actions.push(Action::Bulk(if add { BulkAction::Add(keys) } else { BulkAction::Set(keys) }));
}

/// Opens "Neue Session" for the cell under the pointer (its hall, and the time snapped to the step).
fn create_at(doc: &Doc<'_>, day: &DayKey, g: Geometry, layout: &DayLayout, pos: Pos2, state: &mut TimetableState) {
    let Some(column) = g.column_at(pos.x).and_then(|c| layout.columns.get(c)) else { return };
    let step = doc.p.event.snap_mins;
    let Some(start) = Clock::from_mins(snap(g.minute_at(pos.y) - 0.5 * step as f32, step)) else { return };
    state.create = Some(super::create::CreateDraft::new(day.clone(), column.key.clone(), start));
}

/// The time axis and the hall headers, kept in view while scrolling.
fn headers(ui: &egui::Ui, g: Geometry, layout: &DayLayout, view: Rect) {
    let painter = ui.painter();
    let bg = ui.visuals().panel_fill;
    let text = ui.visuals().text_color();
    let line = ui.visuals().widgets.noninteractive.bg_stroke;
    let axis = Rect::from_min_max(Pos2::new(view.left(), view.top()), Pos2::new(view.left() + AXIS_W, view.bottom()));
    painter.rect_filled(axis, 0.0, bg);
    let mut h = layout.start;
    while h <= layout.end {
        let y = g.y(h);
        if y >= view.bottom() {
            break;
        }
        if axis_label_top(y) >= view.top() + HEADER_H {
            let label = crate::model::time::wall_clock(h);
            painter.text(
                Pos2::new(axis.right() - 6.0, y),
                Align2::RIGHT_CENTER,
                label,
                FontId::proportional(12.0),
                text,
            );
        }
        let Some(next) = h.checked_add(60) else { break };
        h = next;
    }
    let header = Rect::from_min_max(view.left_top(), Pos2::new(view.right(), view.top() + HEADER_H));
    painter.rect_filled(header, 0.0, bg);
    painter.hline(header.x_range(), header.bottom(), line);
    let first = g.column_at(view.left() + AXIS_W).unwrap_or(0);
    for (c, column) in layout.columns.iter().enumerate().skip(first) {
        let x = g.x(c);
        if x > view.right() {
            break;
        }
        let cell = Rect::from_min_max(
            Pos2::new(x.max(view.left() + AXIS_W), header.top()),
            Pos2::new(x + g.cw, header.bottom()),
        );
        let painter = painter.with_clip_rect(cell);
        // One line, shortened with "…" to the column (the full name is in the hall list).
        let mut job = egui::text::LayoutJob::simple_singleline(
            column.name.clone(),
            FontId::proportional(13.0),
            ui.visuals().strong_text_color(),
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(g.cw - 12.0);
        let galley = painter.layout_job(job);
        let at = Pos2::new(x + (g.cw - galley.size().x) / 2.0, header.center().y - galley.size().y / 2.0);
        // A shortened name shows in full on hover.
        if galley.elided {
            ui.interact(cell, egui::Id::unique(("timetable_hall_head", &column.key)), Sense::hover())
                .on_hover_text(&column.name);
        }
        painter.galley(at, galley, ui.visuals().strong_text_color());
    }
    painter.rect_filled(Rect::from_min_size(view.left_top(), Vec2::new(AXIS_W, HEADER_H)), 0.0, bg);
}

/// Half the height of an hour label on the axis.
const AXIS_LABEL_HALF_H: f32 = 7.0;

/// The top of an hour label centred on the hour line at `y`: labels whose top would lie under the hall
/// headers are not drawn (scrolled away), and the first hour sits `TOP_PAD` below the headers, so its
/// label is whole.
fn axis_label_top(y: f32) -> f32 {
    y - AXIS_LABEL_HALF_H
}

/// A small padlock centred at `at`: the mark of a pinned block.
fn lock(painter: &egui::Painter, at: Pos2, colour: Color32) {
    let body = Rect::from_center_size(at + Vec2::new(0.0, 2.0), Vec2::new(9.0, 7.0));
    painter.rect_filled(body, 1.5, colour);
    let shackle =
        [at + Vec2::new(-3.0, -1.0), at + Vec2::new(-3.0, -4.0), at + Vec2::new(3.0, -4.0), at + Vec2::new(3.0, -1.0)];
    painter.add(egui::Shape::line(shackle.to_vec(), Stroke::new(1.5, colour)));
}

/// The session of "Freie Plätze…" at the place under the pointer there: an outlined, see-through block.
fn ghost(
    ui: &egui::Ui,
    doc: &Doc<'_>,
    day: &DayKey,
    g: Geometry,
    layout: &DayLayout,
    grid_view: Rect,
    state: &TimetableState,
) {
    let Some((key, place)) = &state.ghost else { return };
    let Some(s) = doc.p.sessions.get(key).filter(|_| &place.day == day) else { return };
    let column = match &place.hall {
        HallPlacement::Hall(h) => match layout.columns.iter().position(|c| &c.key == h) {
            Some(c) => Some(c),
            None => return,
        },
        HallPlacement::All => None,
    };
    let r = g.rect(column, place.start.mins(), place.start.mins().saturating_add(s.duration_mins));
    let painter = ui.painter().with_clip_rect(grid_view);
    let colour = ui.visuals().selection.stroke.color;
    // Nearly opaque: the ghost often lies over the block it would replace, whose text must not show through.
    painter.rect_filled(r, 4.0, ui.visuals().extreme_bg_color.gamma_multiply(0.95));
    painter.rect_filled(r, 4.0, colour.gamma_multiply(0.25));
    painter.rect_stroke(r, 4.0, Stroke::new(2.0, colour), StrokeKind::Inside);
    let end = crate::model::time::wall_clock(place.start.mins().saturating_add(s.duration_mins));
    let text = format!("{}–{end}\n{}", place.start, s.title);
    let job = egui::text::LayoutJob::simple(
        text,
        FontId::proportional(13.0),
        ui.visuals().strong_text_color(),
        r.width() - 8.0,
    );
    let inside = painter.with_clip_rect(r.intersect(grid_view));
    inside.galley(r.left_top() + Vec2::new(4.0, 4.0), inside.layout_job(job), colour);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_hours_label_lies_wholly_below_the_hall_headers() {
        let g = Geometry { origin: Pos2::ZERO, ppm: 1.6, cw: COLUMN_W, start: 8 * 60, columns: 3 };
        let first = g.y(8 * 60);
        assert!(axis_label_top(first) >= HEADER_H, "label top {} under the headers", axis_label_top(first));
        // And a minute is found where it is drawn.
        assert!((g.minute_at(g.y(9 * 60)) - 540.0).abs() < 0.01);
    }

    #[test]
    fn the_person_mark_does_not_look_like_a_clash_outline() {
        let distance = |a: Color32, b: Color32| {
            let d = |x: u8, y: u8| (f32::from(x) - f32::from(y)).powi(2);
            (d(a.r(), b.r()) + d(a.g(), b.g()) + d(a.b(), b.b())).sqrt()
        };
        for severity in [Severity::Error, Severity::Warning] {
            let outline = severity_colour(severity);
            assert!(distance(PERSON_MARK, outline) > 180.0, "{severity:?}: too close to the clash outline");
        }
    }
}
