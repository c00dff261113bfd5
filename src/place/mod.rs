//! Suggestions and automatic placement, beside the clash engine and built on its incremental
//! [`crate::clash::Checker`]: free places for one session ([`free_places`]), placing every unplaced
//! session and repairing clashes with few moves ([`schedule`]), and the checks before solving
//! ([`prechecks`]). Pure: no IO, no GUI; the CLI and the editor call it.

mod plan;
mod precheck;
mod schedule;
mod slots;
mod suggest;

pub use plan::{Cost, Plan, cost_of};
pub use precheck::{Precheck, prechecks};
pub use schedule::{Options, Outcome, Progress, Unplaced, schedule};
pub use slots::Place;
pub use suggest::{Candidate, free_places};
