//! "Freie Plätze…": the best free places of one session in a window beside the timetable, each with what
//! it costs; at most two per day and hall (the nearest), so that other halls and days show too, not only
//! the same hall five minutes earlier and later. Hovering a place shows the session there as a ghost block in the timetable (on that place's
//! day); a click moves it there as one undo step.

use crate::edit::{Edit, Placement};
use crate::gui::action::Action;
use crate::i18n::{self, Lang, PlaceWord};
use crate::model::{Programme, SessionKey};
use crate::place::{Candidate, Place, Plan, free_places};

/// How many places are listed, and how many of one day and hall.
const LISTED: usize = 12;
const PER_HALL: usize = 2;

/// The window's content.
pub struct FreePlaces {
    /// The session.
    pub key: SessionKey,
    /// Its free places, best first.
    pub candidates: Vec<Candidate>,
    /// The document revision they were found at.
    pub revision: u64,
}

impl FreePlaces {
    /// Finds the free places of `key` in `p` (on a copy: the document is not touched).
    pub fn find(p: &Programme, key: SessionKey, revision: u64) -> Self {
        let mut plan = Plan::new(p.clone());
        let candidates = free_places(&mut plan, &key, None, LISTED, Some(PER_HALL));
        Self { key, candidates, revision }
    }

    /// Draws the window; returns the place under the pointer (for the ghost block).
    pub fn show(&self, ctx: &egui::Context, lang: Lang, p: &Programme, actions: &mut Vec<Action>) -> Option<Place> {
        let title = p.sessions.get(&self.key).map_or_else(|| self.key.to_string(), |s| s.title.clone());
        let mut hovered = None;
        let mut open = true;
        egui::Window::new(format!("{} {}", i18n::place_word(lang, PlaceWord::FreePlacesFor), lang.quote(&title)))
            .id(egui::Id::unique("free_places_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(420.0)
            // Low on the left, over the lists beside the grid: the day tabs and most halls stay in view.
            .anchor(egui::Align2::LEFT_BOTTOM, egui::vec2(8.0, -36.0))
            .show(ctx, |ui| {
                if self.candidates.is_empty() {
                    ui.label(i18n::place_word(lang, PlaceWord::NoFreePlaces));
                }
                for c in &self.candidates {
                    let text = format!(
                        "{} · {}",
                        i18n::place_text(lang, p, &self.key, &c.place),
                        i18n::cost_text(lang, &c.cost)
                    );
                    let response = ui.add(egui::Button::selectable(false, text).wrap());
                    if response.hovered() {
                        hovered = Some(c.place.clone());
                    }
                    if response.clicked()
                        && let Some(s) = p.sessions.get(&self.key)
                    {
                        let to = Placement {
                            day: Some(c.place.day.clone()),
                            start: Some(c.place.start),
                            hall: Some(c.place.hall.clone()),
                            duration_mins: s.duration_mins,
                        };
                        actions.push(Action::Edit(Edit::Place(self.key.clone(), to)));
                        actions.push(Action::CloseFreePlaces);
                    }
                }
                ui.add_space(4.0);
                if ui.button(i18n::place_word(lang, PlaceWord::Close)).clicked() {
                    actions.push(Action::CloseFreePlaces);
                }
            });
        if !open {
            actions.push(Action::CloseFreePlaces);
        }
        hovered
    }
}
