//! One list widget for every entity: sortable columns, a severity marker, virtualised rows (only the
//! visible rows are laid out), click to select; in the session list Strg+click adds a row to the
//! selection and Umschalt+click chooses a range. A cut-off cell shows its full text on hover.

use egui_extras::{Column, TableBuilder};

use super::severity_colour;
use crate::clash::Severity;
use crate::gui::action::{Action, Selected};

/// One row: what it selects, its cells, and how each cell sorts.
#[derive(Clone, Debug)]
pub struct Row {
    /// The entity.
    pub selected: Selected,
    /// Cell texts.
    pub cells: Vec<String>,
    /// Sort keys per cell (e.g. ISO date-times behind "Mi 14.09.").
    pub sort_keys: Vec<String>,
    /// The worst clash of the entity.
    pub marker: Option<Severity>,
}

/// Which column sorts, and which way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SortState {
    /// Column index.
    pub column: usize,
    /// Descending instead of ascending.
    pub descending: bool,
}

/// Sorts rows by the state's column in German collation order (stable: equal keys keep their order).
pub fn sort_rows(rows: &mut [Row], sort: SortState) {
    rows.sort_by(|a, b| {
        let ka = a.sort_keys.get(sort.column).map(String::as_str).unwrap_or("");
        let kb = b.sort_keys.get(sort.column).map(String::as_str).unwrap_or("");
        // DIN 5007-2 (Özdemir under O, Ärzte by Arzt); "~" marks "none" and goes last.
        let order = match (ka == "~", kb == "~") {
            (true, false) => std::cmp::Ordering::Greater,
            (false, true) => std::cmp::Ordering::Less,
            _ => crate::i18n::collate::name_cmp(ka, kb),
        };
        if sort.descending { order.reverse() } else { order }
    });
}

/// A small painted triangle right of a header: up for ascending, down for descending (painted, since
/// the default fonts have no arrow glyphs).
fn sort_arrow(ui: &egui::Ui, rect: egui::Rect, descending: bool) {
    let c = egui::pos2(rect.right() + 7.0, rect.center().y);
    let (tip, base) = if descending { (3.5, -3.5) } else { (-3.5, 3.5) };
    let points = vec![egui::pos2(c.x, c.y + tip), egui::pos2(c.x - 4.0, c.y + base), egui::pos2(c.x + 4.0, c.y + base)];
    let colour = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(points, colour, egui::Stroke::NONE));
}

/// What a list shows.
pub struct TableView<'a> {
    /// A unique id for the table's state.
    pub id: &'a str,
    /// Column heads (after the marker column).
    pub headers: &'a [&'a str],
    /// Rows, already sorted and filtered.
    pub rows: &'a [Row],
    /// The selection, highlighted.
    pub selected: Option<&'a Selected>,
    /// Every chosen session (several with Strg+click), highlighted too; sorted.
    pub chosen: &'a [crate::model::SessionKey],
    /// A row to scroll to this frame.
    pub scroll_to: Option<usize>,
}

/// Draws the list. Clicking a header changes `sort` (view state); clicking a row selects it.
pub fn table_ui(ui: &mut egui::Ui, view: &TableView<'_>, sort: &mut SortState, actions: &mut Vec<Action>) {
    let TableView { id, headers, rows, selected, chosen, scroll_to } = *view;
    let (command, shift) = (crate::gui::selection::command_held(ui.ctx()), crate::gui::selection::shift_held(ui.ctx()));
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let last = headers.len().saturating_sub(1);
    // One remembered set of column widths per list (its headers), kept across restarts (egui_extras'
    // `serde` feature makes the table state persisted with eframe's memory).
    let mut table = TableBuilder::new(ui)
        .id_salt((id, headers))
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .auto_shrink([false, false])
        .column(Column::exact(14.0));
    for i in 0..headers.len() {
        let column = if i == last { Column::remainder().clip(true) } else { Column::auto().at_least(60.0).clip(true) };
        table = table.column(column);
    }
    if let Some(row) = scroll_to {
        table = table.scroll_to_row(row, Some(egui::Align::Center));
    }
    table
        .header(row_height, |mut header| {
            header.col(|_| {});
            for (i, title) in headers.iter().enumerate() {
                header.col(|ui| {
                    let response = ui.add(egui::Button::new(egui::RichText::new(*title).strong()).frame(false));
                    if sort.column == i {
                        sort_arrow(ui, response.rect, sort.descending);
                    }
                    if response.clicked() {
                        *sort = SortState { column: i, descending: sort.column == i && !sort.descending };
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let Some(data) = rows.get(row.index()) else { return };
                let is_chosen = matches!(&data.selected, Selected::Session(k) if chosen.binary_search(k).is_ok());
                row.set_selected(selected == Some(&data.selected) || is_chosen);
                row.col(|ui| {
                    if let Some(severity) = data.marker {
                        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                        ui.painter().circle_filled(rect.center(), 4.5, severity_colour(severity));
                    }
                });
                for cell in &data.cells {
                    row.col(|ui| {
                        // Truncated labels show their full text on hover.
                        ui.add(egui::Label::new(cell.as_str()).selectable(false).truncate());
                    });
                }
                if row.response().clicked() {
                    use crate::gui::bulk_ops::BulkAction;
                    actions.push(match &data.selected {
                        Selected::Session(k) if command => Action::Bulk(BulkAction::Toggle(k.clone())),
                        Selected::Session(k) if shift => Action::Bulk(BulkAction::Range(k.clone())),
                        other => Action::Select(other.clone()),
                    });
                }
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_as_in_the_phone_book_and_none_goes_last() {
        let row = |key: &str| Row {
            selected: Selected::Day(crate::model::DayKey::new("d")),
            cells: vec![key.to_owned()],
            sort_keys: vec![key.to_owned()],
            marker: None,
        };
        let mut rows: Vec<Row> = ["~", "otto", "özdemir", "oberle", "zander"].into_iter().map(row).collect();
        sort_rows(&mut rows, SortState::default());
        let keys: Vec<&str> = rows.iter().map(|r| r.sort_keys[0].as_str()).collect();
        assert_eq!(keys, ["oberle", "özdemir", "otto", "zander", "~"]);
    }
}
