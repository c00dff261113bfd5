//! Podium: plan congress programmes. The library is pure: the programme model, edits, clash detection,
//! the RON file format, schedule interchange, exports and the command line. The desktop editor lives
//! behind the `gui` feature.

pub mod clash;
pub mod cli;
pub mod diff;
pub mod edit;
pub mod export;
pub mod format;
#[cfg(feature = "gui")]
pub mod gui;
pub mod i18n;
pub mod interchange;
pub mod model;
pub mod place;
pub mod release;
pub mod sample;
pub mod synth;
