//! The event itself: title, venue, time zone, organisers, the public notice and the planning defaults.

use chrono::NaiveDate;
use uuid::Uuid;

/// The main venue of the event.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Venue {
    /// Name, e.g. "STATION Berlin".
    pub name: String,
    /// Street and number.
    pub address: String,
    /// City (with postcode if wanted).
    pub city: String,
}

/// Snap steps the timetable offers, in minutes.
pub const SNAP_STEPS_MINS: [u32; 4] = [5, 10, 15, 30];

/// The congress as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The event's key (CONTRACTS §1).
    pub key: String,
    /// Created once; exported guids are UUID v5 of (this, entity key).
    pub uuid: Uuid,
    /// Title, e.g. "15. Bundeskongress Nationale Stadtentwicklungspolitik".
    pub title: String,
    /// Motto or subtitle.
    pub motto: String,
    /// Short lowercase slug used by schedule exports, e.g. "nsp2022".
    pub acronym: String,
    /// Where the event takes place.
    pub venue: Venue,
    /// IANA time zone name, e.g. "Europe/Berlin".
    pub time_zone: String,
    /// Public website.
    pub website: String,
    /// Last day of registration.
    pub registration_deadline: Option<NaiveDate>,
    /// Organisers, in the order they are named.
    pub organisers: Vec<String>,
    /// Public notice printed by every export (e.g. "Beispieldaten – nicht das offizielle Programm").
    pub notice: String,
    /// Minutes a hall needs between two sessions unless the hall says otherwise.
    pub changeover_mins: u32,
    /// Minutes a person needs to get from one venue to another.
    pub travel_mins: u32,
    /// Timetable snap step in minutes (one of [`SNAP_STEPS_MINS`]).
    pub snap_mins: u32,
    /// The introduction of the letters to the people in the programme; empty means the default text.
    pub letter_intro: String,
    /// The closing of those letters (greeting and signature); empty means the default text.
    pub letter_closing: String,
}

impl Default for Event {
    fn default() -> Self {
        Self {
            key: "event".to_owned(),
            uuid: Uuid::nil(),
            title: String::new(),
            motto: String::new(),
            acronym: String::new(),
            venue: Venue::default(),
            time_zone: DEFAULT_TIME_ZONE.to_owned(),
            website: String::new(),
            registration_deadline: None,
            organisers: Vec::new(),
            notice: String::new(),
            changeover_mins: 0,
            travel_mins: 0,
            snap_mins: 15,
            letter_intro: String::new(),
            letter_closing: String::new(),
        }
    }
}

/// The time zone of a new event.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Berlin";
