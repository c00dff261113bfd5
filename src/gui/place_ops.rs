//! The app's side of suggestions and automatic placement: opening "Freie Plätze…" (beside the timetable,
//! with the ghost of the place under the pointer), and the placing dialog's run, whose result is applied
//! as one undo step ("Automatisch eingeplant: 12 Sessions") when it ends.

use super::action::{Action, Selected, View};
use super::app::PodiumApp;
use super::dialogs::free_places::FreePlaces;
use super::dialogs::placing::{PlacingJob, report_lines};
use crate::edit::{Edit, Placement};
use crate::i18n;

impl PodiumApp {
    /// Handles the placement actions.
    pub(super) fn place_action(&mut self, action: Action) {
        match action {
            Action::FreePlaces(key) => {
                if !self.leave_form() {
                    return;
                }
                let found = FreePlaces::find(self.doc.programme(), key.clone(), self.doc.revision());
                // The timetable shows the ghost of a place; it opens on the session's day, else the first
                // place's.
                let day = self.doc.programme().sessions.get(&key).and_then(|s| s.day.clone());
                self.timetable.day = day.or_else(|| found.candidates.first().map(|c| c.place.day.clone()));
                self.view = View::Timetable;
                self.selected = Some(Selected::Session(key));
                self.free_places = Some(found);
            }
            Action::CloseFreePlaces => {
                self.free_places = None;
                self.timetable.ghost = None;
            }
            Action::StartPlacing => {
                let Some(dialog) = &mut self.placing else { return };
                let Some(opts) = dialog.options() else { return };
                dialog.job = Some(PlacingJob::start(self.doc.programme().clone(), opts));
            }
            Action::ClosePlacing => {
                // A run still going is told to stop; its result is not applied.
                if let Some(job) = self.placing.take().and_then(|d| d.job) {
                    job.cancel();
                }
            }
            _ => {}
        }
    }

    /// Draws the placement windows and takes in a finished run.
    pub(super) fn placing_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
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
            if ghost != self.timetable.ghost {
                if let Some((_, place)) = &ghost {
                    self.timetable.day = Some(place.day.clone());
                }
                self.timetable.ghost = ghost;
                ctx.request_repaint();
            }
        }
        let Some(dialog) = &mut self.placing else { return };
        if let Some(outcome) = dialog.job.as_ref().and_then(PlacingJob::poll) {
            dialog.job = None;
            dialog.report = Some(report_lines(lang, &outcome));
            let p = self.doc.programme();
            let edits: Vec<Edit> = outcome
                .programme
                .sessions
                .iter()
                .filter(|(k, s)| p.sessions.get(*k).is_some_and(|now| Placement::of(now) != Placement::of(s)))
                .map(|(k, s)| Edit::Place(k.clone(), Placement::of(s)))
                .collect();
            if !edits.is_empty() {
                let label = i18n::schedule_label(lang, dialog.repair, outcome.placed.len(), outcome.moved.len());
                if let Err(e) = self.doc.apply(Edit::Batch(label, edits)) {
                    self.status = Some(e.to_string());
                }
            }
        }
        dialog.show(ctx, lang, actions);
    }
}
