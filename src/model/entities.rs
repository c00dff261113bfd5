//! Days, halls, people and tracks, and the availability windows that halls and people share.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::availability::Availability;
use super::key::DayKey;
use super::time::Clock;

/// Identifiers an entity had in the file it was imported from (`"guid"`, `"id"`, `"code"`, …).
pub type External = BTreeMap<String, String>;

/// A programme day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    /// Calendar date of the day.
    pub date: NaiveDate,
    /// Label such as "Rahmenprogramm", "Kongresstag", "Exkursionen".
    pub label: String,
    /// Opening time.
    pub opens: Clock,
    /// Closing time; may pass midnight (`"26:00"`).
    pub closes: Clock,
}

/// A time window on a programme day: `[from, to)`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Window {
    /// The programme day.
    pub day: DayKey,
    /// Start of the window.
    pub from: Clock,
    /// End of the window.
    pub to: Clock,
}

/// A hall, room or off-site place.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Hall {
    /// Name, e.g. "Halle 6".
    pub name: String,
    /// Seats; `None` when not known.
    pub capacity: Option<u32>,
    /// Venue name; `None` means the event's main venue.
    pub venue: Option<String>,
    /// When the hall can be used, day by day.
    pub availability: Availability,
    /// Changeover minutes for this hall, overriding the event's.
    pub changeover_mins: Option<u32>,
    /// Several sessions may use the hall at once (a foyer, an exhibition): exempt from hall clashes.
    pub parallel: bool,
    /// Internal notes (never exported).
    pub notes: String,
    /// Identifiers from an imported file.
    pub external: External,
}

/// A person who speaks, moderates or hosts.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Person {
    /// Full name, e.g. "Klara Geywitz".
    pub name: String,
    /// Academic title, e.g. "Prof. Dr.".
    pub title: String,
    /// Function, e.g. "Bundesbauministerin".
    pub function: String,
    /// Organisation.
    pub organisation: String,
    /// Short public biography.
    pub bio: String,
    /// Anrede: how a letter greets the person, without the comma ("Sehr geehrte Frau Bundesministerin");
    /// empty means the neutral "Guten Tag Klara Geywitz".
    pub salutation: String,
    /// Private: e-mail address (organisers only).
    pub email: String,
    /// Private: phone number (organisers only).
    pub phone: String,
    /// Private: internal notes (organisers only).
    pub notes: String,
    /// When the person is available, day by day.
    pub availability: Availability,
    /// Identifiers from an imported file.
    pub external: External,
}

impl Person {
    /// Name with academic title, e.g. "Prof. Dr. Hans Joachim Schellnhuber".
    pub fn display_name(&self) -> String {
        if self.title.is_empty() { self.name.clone() } else { format!("{} {}", self.title, self.name) }
    }
}

/// A thematic track.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Track {
    /// Name.
    pub name: String,
    /// Colour as `#rrggbb`.
    pub colour: String,
    /// Identifiers from an imported file.
    pub external: External,
}
