//! The editor's view state, apart from the document and the dialogs: which view shows, what is selected,
//! the list's search and sort, where the list scrolls to, and the timetable's own state. Views read it;
//! only [`crate::gui::PodiumApp::run`] changes it.

use super::action::{Selected, View};
use super::panels::table::SortState;
use super::timetable::TimetableState;
use crate::model::SessionKey;

/// Navigation, selection, search, sort and the timetable.
#[derive(Default)]
pub struct UiState {
    /// The view shown.
    pub view: View,
    /// The selection.
    pub selected: Option<Selected>,
    /// The list's search text.
    pub search: String,
    /// The list's sort.
    pub sort: SortState,
    /// The session the list scrolls to next frame.
    pub scroll_to: Option<SessionKey>,
    /// The timetable's view state.
    pub timetable: TimetableState,
}

impl UiState {
    /// Shows `view`; the selection goes with the list it belongs to (a session stays selected between the
    /// session list and the timetable).
    pub fn show(&mut self, view: View) {
        let keep = matches!(
            (view, &self.selected),
            (View::Sessions | View::Timetable, Some(Selected::Session(_)))
                | (View::Days, Some(Selected::Day(_)))
                | (View::Halls, Some(Selected::Hall(_)))
                | (View::People, Some(Selected::Person(_)))
                | (View::Tracks, Some(Selected::Track(_)))
        );
        if !keep {
            self.selected = None;
        }
        self.view = view;
        self.sort = SortState::default();
    }

    /// The selection when it belongs to the list of `view` (for Duplizieren and Löschen).
    pub fn selected_in(&self, view: View) -> Option<&Selected> {
        self.selected.as_ref().filter(|s| s.view() == view)
    }

    /// Forgets what belonged to the previous document: selection, search, and the whole timetable view
    /// (filters, zoom, column width, chosen person, drag).
    pub fn forget_document(&mut self) {
        self.selected = None;
        self.search.clear();
        self.scroll_to = None;
        self.timetable = TimetableState::default();
    }
}
