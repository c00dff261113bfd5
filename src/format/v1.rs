//! The on-disk form of version 1 (CONTRACTS §3): plain serde DTOs, unknown fields refused, optional fields
//! defaulted and left out when empty, so hand-written files stay short and saved files diff well.
//! Days, halls and tracks are lists (their order is meaningful); people and sessions are maps by key.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::values::{DateText, TimeText, UuidText, unique_map};

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The whole file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileV1 {
    /// Always 1.
    pub version: u32,
    /// The event.
    pub event: EventV1,
    /// Days in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<DayV1>,
    /// Halls in hall order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub halls: Vec<HallV1>,
    /// Tracks in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<TrackV1>,
    /// People by key.
    #[serde(default, deserialize_with = "unique_map", skip_serializing_if = "BTreeMap::is_empty")]
    pub people: BTreeMap<String, PersonV1>,
    /// Sessions by key.
    #[serde(default, deserialize_with = "unique_map", skip_serializing_if = "BTreeMap::is_empty")]
    pub sessions: BTreeMap<String, SessionV1>,
}

/// Reads only the version, ignoring everything else, so newer files are refused by number.
#[derive(Debug, Deserialize)]
pub struct VersionProbe {
    /// The file's version.
    pub version: u32,
}

/// The event's venue.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct VenueV1 {
    /// Name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Street address.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// City.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub city: String,
}

/// The event.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventV1 {
    /// Key.
    pub key: String,
    /// Uuid, created once.
    pub uuid: UuidText,
    /// Title.
    pub title: String,
    /// Motto.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub motto: String,
    /// Acronym (lowercase slug).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub acronym: String,
    /// Main venue.
    #[serde(default)]
    pub venue: VenueV1,
    /// IANA time zone.
    #[serde(default = "default_time_zone")]
    pub time_zone: String,
    /// Website.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
    /// Registration deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_deadline: Option<DateText>,
    /// Organisers in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<String>,
    /// Public notice.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notice: String,
    /// Default changeover minutes.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub changeover_mins: u32,
    /// Travel minutes between venues.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub travel_mins: u32,
    /// Timetable snap step.
    #[serde(default = "default_snap")]
    pub snap_mins: u32,
    /// Introduction of the letters to the people in the programme (empty: the default text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub letter_intro: String,
    /// Closing of those letters (empty: the default text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub letter_closing: String,
}

fn default_time_zone() -> String {
    crate::model::DEFAULT_TIME_ZONE.to_owned()
}

fn default_snap() -> u32 {
    15
}

/// A day.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayV1 {
    /// Key.
    pub key: String,
    /// Date.
    pub date: DateText,
    /// Label.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Opening time.
    pub opens: TimeText,
    /// Closing time.
    pub closes: TimeText,
}

/// An availability window.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WindowV1 {
    /// Day key.
    pub day: String,
    /// From.
    pub from: TimeText,
    /// To.
    pub to: TimeText,
}

/// What one day allows: `AllDay`, `Unavailable` or `Only([(from: "09:00", to: "12:00")])`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum DayAvailabilityV1 {
    /// Any time of the day.
    AllDay,
    /// Not on that day.
    Unavailable,
    /// Only in these spans.
    Only(Vec<SpanV1>),
}

/// A span of a day.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpanV1 {
    /// From.
    pub from: TimeText,
    /// To.
    pub to: TimeText,
}

/// A hall.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HallV1 {
    /// Key.
    pub key: String,
    /// Name.
    pub name: String,
    /// Seats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    /// Venue, when not the main venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// Availability windows of the first format: only these days and times (read, never written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub availability: Vec<WindowV1>,
    /// Availability by day key; a day not named is available all day.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub availability_by_day: BTreeMap<String, DayAvailabilityV1>,
    /// Changeover override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changeover_mins: Option<u32>,
    /// Parallel use allowed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub parallel: bool,
    /// Internal notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Imported identifiers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub external: BTreeMap<String, String>,
}

/// A track.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackV1 {
    /// Key.
    pub key: String,
    /// Name.
    pub name: String,
    /// Colour `#rrggbb`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub colour: String,
    /// Imported identifiers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub external: BTreeMap<String, String>,
}

/// A person.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonV1 {
    /// Name.
    pub name: String,
    /// Academic title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Function.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub function: String,
    /// Organisation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Biography.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub bio: String,
    /// Anrede for letters (empty: neutral).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub salutation: String,
    /// Private e-mail.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Private phone.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// Internal notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Availability windows of the first format: only these days and times (read, never written).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub availability: Vec<WindowV1>,
    /// Availability by day key; a day not named is available all day.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub availability_by_day: BTreeMap<String, DayAvailabilityV1>,
    /// Imported identifiers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub external: BTreeMap<String, String>,
}

/// Session kind.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum KindV1 {
    Plenary,
    Keynote,
    Panel,
    Arena,
    #[default]
    Talk,
    Workshop,
    Break,
    Excursion,
    Reception,
    Other,
}

/// Session status.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum StatusV1 {
    #[default]
    Draft,
    Confirmed,
    Cancelled,
}

/// Role of a person.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum RoleV1 {
    #[default]
    Speaker,
    Moderator,
    Host,
}

/// A person with a role.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonRoleV1 {
    /// Person key.
    pub person: String,
    /// Role.
    #[serde(default)]
    pub role: RoleV1,
}

/// A contribution.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContributionV1 {
    /// Key, unique within the session.
    pub key: String,
    /// Title.
    pub title: String,
    /// Minutes.
    pub duration_mins: u32,
    /// Start offset from the session's start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset_mins: Option<u32>,
    /// People.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonRoleV1>,
    /// Imported identifiers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub external: BTreeMap<String, String>,
}

/// A session.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionV1 {
    /// Title.
    pub title: String,
    /// Subtitle.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subtitle: String,
    /// Kind.
    #[serde(default)]
    pub kind: KindV1,
    /// Track key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<String>,
    /// Status.
    #[serde(default)]
    pub status: StatusV1,
    /// Language code.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// Description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Expected audience.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<u32>,
    /// Day key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<String>,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<TimeText>,
    /// Hall key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hall: Option<String>,
    /// Placed in all halls (then `hall` stays empty).
    #[serde(default, skip_serializing_if = "is_false")]
    pub all_halls: bool,
    /// Minutes.
    pub duration_mins: u32,
    /// People.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonRoleV1>,
    /// Contributions in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributions: Vec<ContributionV1>,
    /// Pinned: automatic placement never moves it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub pinned: bool,
    /// Internal notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Imported identifiers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub external: BTreeMap<String, String>,
}
