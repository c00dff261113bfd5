//! The app's side of suggestions and automatic placement: opening "Freie Plätze…" (beside the timetable,
//! with the ghost of the place under the pointer), and the placing dialog's run, whose result is applied
//! as one undo step ("Automatisch eingeplant: 12 Sessions") when it ends.

use super::action::{Action, Selected, View};
use super::app::PodiumApp;
use super::dialogs::free_places::FreePlaces;
use super::dialogs::placing::{PlacingJob, report_lines};
use super::modal::Modal;
use crate::edit::{Edit, Placement};
use crate::i18n;

impl PodiumApp {
    /// Handles the placement actions.
    pub(super) fn place_action(&mut self, action: Action) {
        match action {
            Action::FreePlaces(key) => {
                let found = FreePlaces::find(self.doc.programme(), key.clone(), self.doc.revision());
                // The timetable shows the ghost of a place; it opens on the session's day, else the first
                // place's.
                let day = self.doc.programme().sessions.get(&key).and_then(|s| s.day.clone());
                self.state.timetable.day = day.or_else(|| found.candidates.first().map(|c| c.place.day.clone()));
                self.state.view = View::Timetable;
                self.state.selected = Some(Selected::Session(key));
                self.free_places = Some(found);
            }
            Action::CloseFreePlaces => {
                self.free_places = None;
                self.state.timetable.ghost = None;
            }
            Action::StartPlacing => {
                let Some(dialog) = self.modals.placing() else { return };
                let Some(opts) = dialog.options() else { return };
                dialog.job = Some(PlacingJob::start(self.doc.programme().clone(), opts));
            }
            Action::ClosePlacing => {
                // A run still going is told to stop; its result is not applied.
                if let Some(Modal::Placing(dialog)) = self.modals.take(|m| matches!(m, Modal::Placing(_)))
                    && let Some(job) = dialog.job
                {
                    job.cancel();
                }
            }
            _ => {}
        }
    }

    /// Draws "Freie Plätze…" beside the timetable, with the ghost of the place under the pointer.
    pub(super) fn free_places_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let lang = self.lang;
        if let Some(found) = &self.free_places
            && found.revision != self.doc.revision()
            && self.doc.programme().sessions.contains_key(&found.key)
        {
            self.free_places = Some(FreePlaces::find(self.doc.programme(), found.key.clone(), self.doc.revision()));
        }
        if let Some(found) = &self.free_places {
            let hovered = found.show(ctx, lang, self.doc.programme(), actions);
            let ghost = hovered.map(|place| (found.key.clone(), place));
            let timetable = &mut self.state.timetable;
            if ghost != timetable.ghost {
                if let Some((_, place)) = &ghost {
                    timetable.day = Some(place.day.clone());
                }
                timetable.ghost = ghost;
                ctx.request_repaint();
            }
        }
    }

    /// Takes in a finished placing run: its report shows in the dialog, its moves are one undo step.
    pub(super) fn take_in_placing(&mut self) {
        let lang = self.lang;
        let Some(dialog) = self.modals.placing() else { return };
        let Some(outcome) = dialog.job.as_ref().and_then(PlacingJob::poll) else { return };
        dialog.job = None;
        dialog.report = Some(report_lines(lang, &outcome));
        let label = i18n::schedule_label(lang, dialog.repair, outcome.placed.len(), outcome.moved.len());
        let p = self.doc.programme();
        let edits: Vec<Edit> = outcome
            .programme
            .sessions
            .iter()
            .filter(|(k, s)| p.sessions.get(*k).is_some_and(|now| Placement::of(now) != Placement::of(s)))
            .map(|(k, s)| Edit::Place(k.clone(), Placement::of(s)))
            .collect();
        if !edits.is_empty()
            && let Err(e) = self.doc.apply(Edit::Batch(label, edits))
        {
            self.notices.push(e.to_string(), true);
        }
    }
}
