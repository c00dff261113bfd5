//! "Automatisch einplanen…" and "Konflikte auflösen…": a time budget, then the run on its own thread
//! (with a copy of the programme) behind a progress bar and "Abbrechen", which keeps the best found so
//! far; then the report — the checks before solving, what was placed or moved where, what could not be
//! placed and why (no arrows: the editor's font has none). The app applies the result as one undo step when the run ends.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use crate::gui::action::Action;
use crate::i18n::{self, Lang, PlaceWord};
use crate::model::{Programme, SessionKey};
use crate::place::{Options, Outcome, Progress, schedule};

/// The run in the background.
pub struct PlacingJob {
    progress: Arc<Progress>,
    rx: Receiver<Outcome>,
}

impl PlacingJob {
    /// Starts a run on `programme`.
    pub fn start(programme: Programme, opts: Options) -> Self {
        let progress = Arc::new(Progress::default());
        let (tx, rx) = mpsc::channel();
        let watched = progress.clone();
        std::thread::spawn(move || {
            let outcome = schedule(programme, &opts, &watched);
            // The dialog may have gone away; then nobody needs the answer.
            let _ = tx.send(outcome);
        });
        Self { progress, rx }
    }

    /// Asks the run to stop (it keeps the best found so far).
    pub fn cancel(&self) {
        self.progress.cancel.store(true, Ordering::Relaxed);
    }

    /// The outcome when the run has ended (`None` while it runs; also `None` if the thread died).
    pub fn poll(&self) -> Option<Outcome> {
        self.rx.try_recv().ok()
    }
}

/// The dialog.
pub struct PlacingDialog {
    /// Repair (move sessions in clashes) rather than place the unplaced.
    pub repair: bool,
    /// What is typed as the budget.
    pub budget: String,
    /// The run, while it runs.
    pub job: Option<PlacingJob>,
    /// The report of the finished run: its lines.
    pub report: Option<Vec<String>>,
    /// How many sessions a run would place.
    to_place: usize,
}

impl PlacingDialog {
    /// A dialog for placing (or repairing) in `p`, with a 10 s budget.
    pub fn new(repair: bool, p: &Programme) -> Self {
        let to_place = p
            .sessions
            .values()
            .filter(|s| s.status != crate::model::Status::Cancelled && !s.pinned)
            .filter(|s| s.day.is_none() || s.start.is_none() || s.hall.is_none())
            .count();
        Self { repair, budget: "10".into(), job: None, report: None, to_place }
    }

    /// The options typed, when the budget is a number of seconds.
    pub fn options(&self) -> Option<Options> {
        let secs: f64 =
            self.budget.trim().replace(',', ".").parse().ok().filter(|s: &f64| s.is_finite() && *s > 0.0)?;
        Some(Options { budget: Duration::from_secs_f64(secs.min(3600.0)), repair: self.repair, ..Options::default() })
    }

    /// Draws the dialog.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang, actions: &mut Vec<Action>) {
        let word = |w| i18n::place_word(lang, w);
        egui::Modal::new(egui::Id::unique("placing_dialog")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(word(if self.repair { PlaceWord::Repair } else { PlaceWord::Schedule }).trim_end_matches('…'));
            ui.add_space(6.0);
            if let Some(job) = &self.job {
                let total = job.progress.total.load(Ordering::Relaxed).max(1);
                let placed = job.progress.placed.load(Ordering::Relaxed).min(total);
                ui.add(egui::ProgressBar::new(placed as f32 / total as f32).text(format!("{placed} / {total}")));
                ui.add_space(6.0);
                if ui.button(word(PlaceWord::Cancel)).clicked() {
                    job.cancel();
                }
                ctx.request_repaint_after(Duration::from_millis(100));
                return;
            }
            if let Some(lines) = &self.report {
                egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
                    for line in lines {
                        ui.label(line);
                    }
                });
                ui.add_space(6.0);
                if ui.button(word(PlaceWord::Close)).clicked() {
                    actions.push(Action::ClosePlacing);
                }
                return;
            }
            ui.add(egui::Label::new(i18n::placing_intro(lang, self.repair, self.to_place)).wrap());
            ui.add_space(6.0);
            let id = ui.label(word(PlaceWord::Budget)).id;
            ui.add(egui::TextEdit::singleline(&mut self.budget).desired_width(80.0)).labelled_by(id);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.add_enabled(self.options().is_some(), egui::Button::new(word(PlaceWord::Start))).clicked() {
                    actions.push(Action::StartPlacing);
                }
                if ui.button(word(PlaceWord::Cancel)).clicked() {
                    actions.push(Action::ClosePlacing);
                }
            });
        });
    }
}

/// The report's lines, in the user's language.
pub fn report_lines(lang: Lang, out: &Outcome) -> Vec<String> {
    let p = &out.programme;
    let word = |w| i18n::place_word(lang, w).to_owned();
    let title = |k: &SessionKey| lang.quote(&p.sessions.get(k).map_or_else(|| k.to_string(), |s| s.title.clone()));
    let mut lines =
        vec![i18n::schedule_summary(lang, out.placed.len(), out.unplaced.len(), out.moved.len(), out.errors_left)];
    if out.stopped_early {
        lines.push(word(PlaceWord::StoppedEarly));
    }
    if !out.prechecks.is_empty() {
        lines.push(word(PlaceWord::Prechecks));
        lines.extend(out.prechecks.iter().map(|c| format!("• {}", i18n::precheck_text(lang, p, c))));
    }
    if !out.placed.is_empty() {
        lines.push(word(PlaceWord::Placed));
        lines.extend(out.placed.iter().map(|(k, pl)| format!("• {}: {}", title(k), i18n::place_text(lang, p, k, pl))));
    }
    if !out.moved.is_empty() {
        lines.push(word(PlaceWord::Moved));
        for (k, from, to) in &out.moved {
            let from = i18n::place_text(lang, p, k, from);
            let to = to.as_ref().map_or_else(|| "—".to_owned(), |t| i18n::place_text(lang, p, k, t));
            lines.push(format!("• {}: {}", title(k), i18n::moved_text(lang, &from, &to)));
        }
    }
    if !out.unplaced.is_empty() {
        lines.push(word(PlaceWord::NotPlaced));
        lines.extend(out.unplaced.iter().map(|(k, why)| format!("• {}: {}", title(k), i18n::unplaced_text(lang, why))));
    }
    lines
}
