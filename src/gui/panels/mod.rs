//! The panels of the main window: menu bar, navigation, entity lists, detail view, clash panel and
//! status bar. Each reads what it needs and pushes [`super::action::Action`]s.

pub mod changes;
pub mod clashes;
pub mod detail;
pub mod lists;
pub mod menu;
pub mod nav;
pub mod status;
pub mod table;

use crate::clash::Severity;

/// The colour of a severity marker.
pub fn severity_colour(severity: Severity) -> egui::Color32 {
    match severity {
        Severity::Error => egui::Color32::from_rgb(0xd0, 0x2b, 0x2b),
        Severity::Warning => egui::Color32::from_rgb(0xe0, 0x8a, 0x00),
        Severity::Info => egui::Color32::from_rgb(0x3a, 0x7b, 0xd5),
    }
}
