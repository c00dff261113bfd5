//! The navigation panel: Veranstaltung, Tage, Säle, Referierende, Tracks, Sessions, Zeitplan, with counts.

use crate::gui::action::{Action, View};
use crate::i18n::{Lang, T, t};
use crate::model::Programme;

/// The name of a view.
pub fn view_name(lang: Lang, view: View) -> &'static str {
    let text = match view {
        View::Event => T::Event,
        View::Days => T::Days,
        View::Halls => T::Halls,
        View::People => T::People,
        View::Tracks => T::Tracks,
        View::Sessions => T::Sessions,
        View::Timetable => T::Timetable,
    };
    t(lang, text)
}

/// Draws the navigation.
pub fn nav_ui(ui: &mut egui::Ui, lang: Lang, p: &Programme, current: View, actions: &mut Vec<Action>) {
    ui.add_space(6.0);
    for view in View::ALL {
        let count = match view {
            View::Days => Some(p.days.len()),
            View::Halls => Some(p.halls.len()),
            View::People => Some(p.people.len()),
            View::Tracks => Some(p.tracks.len()),
            View::Sessions => Some(p.sessions.len()),
            View::Event | View::Timetable => None,
        };
        let text = match count {
            Some(n) => format!("{}  ({n})", view_name(lang, view)),
            None => view_name(lang, view).to_owned(),
        };
        if ui.add_sized([ui.available_width(), 24.0], egui::Button::selectable(current == view, text)).clicked() {
            actions.push(Action::Nav(view));
        }
    }
}
