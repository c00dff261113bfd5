//! What a schedule file says, before any interpretation: strings as written, read leniently from XML or
//! JSON by `xml_in` and `json_in`, mapped to a programme by `build`.
//!
//! Texts are [`Text`]s: the XML reader lends most of them straight from the file (no copy per field),
//! and owns only what it had to change (references resolved, line ends or white space normalized).

use std::borrow::Cow;

/// A text as written: borrowed from the file where it stands there unchanged, else owned.
pub type Text<'a> = Cow<'a, str>;

/// A person as a schedule file names them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawPerson<'a> {
    /// Numeric id (frab, pentabarf; `0` is a placeholder, not an id).
    pub id: Option<Text<'a>>,
    /// Code (pretalx).
    pub code: Option<Text<'a>>,
    /// Guid.
    pub guid: Option<Text<'a>>,
    /// Public name.
    pub name: Text<'a>,
    /// Biography (may hold HTML).
    pub biography: Text<'a>,
}

/// An event (a session) as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawEvent<'a> {
    /// Numeric id.
    pub id: Option<Text<'a>>,
    /// Guid.
    pub guid: Option<Text<'a>>,
    /// Code (pretalx).
    pub code: Option<Text<'a>>,
    /// Start with offset, e.g. `2019-08-21T11:00:00+02:00` (or without one).
    pub date: Option<Text<'a>>,
    /// Local start `HH:MM`.
    pub start: Option<Text<'a>>,
    /// Duration `H:MM`, `HH:MM` or `HH:MM:SS`.
    pub duration: Option<Text<'a>>,
    /// End with offset (newer JSON), used when no duration is given.
    pub end: Option<Text<'a>>,
    /// Title.
    pub title: Text<'a>,
    /// Subtitle.
    pub subtitle: Text<'a>,
    /// Type, e.g. "lecture", "Talk", "workshop".
    pub kind: Text<'a>,
    /// Track name.
    pub track: Text<'a>,
    /// Language code.
    pub language: Text<'a>,
    /// Abstract (may hold HTML).
    pub abstract_text: Text<'a>,
    /// Description (may hold HTML).
    pub description: Text<'a>,
    /// Slug.
    pub slug: Option<Text<'a>>,
    /// Event page.
    pub url: Option<Text<'a>>,
    /// People.
    pub persons: Vec<RawPerson<'a>>,
}

/// A room of a day with its events; the room's name is the parent's, never the event's `<room>` text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawRoom<'a> {
    /// Name.
    pub name: Text<'a>,
    /// Guid (two rooms may share one).
    pub guid: Option<Text<'a>>,
    /// Events in file order.
    pub events: Vec<RawEvent<'a>>,
}

/// A day as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawDay<'a> {
    /// Index.
    pub index: Option<Text<'a>>,
    /// Date `YYYY-MM-DD`.
    pub date: Option<Text<'a>>,
    /// Start date-time.
    pub start: Option<Text<'a>>,
    /// End date-time.
    pub end: Option<Text<'a>>,
    /// Rooms in file order.
    pub rooms: Vec<RawRoom<'a>>,
}

/// A track as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawTrack<'a> {
    /// Name.
    pub name: Text<'a>,
    /// Colour.
    pub color: Option<Text<'a>>,
}

/// A whole schedule file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawSchedule<'a> {
    /// Conference title.
    pub title: Text<'a>,
    /// Acronym.
    pub acronym: Text<'a>,
    /// IANA time zone name.
    pub time_zone: Option<Text<'a>>,
    /// Public URL or base URL.
    pub url: Option<Text<'a>>,
    /// Tracks listed by the conference.
    pub tracks: Vec<RawTrack<'a>>,
    /// Rooms listed by the conference (JSON), in order.
    pub rooms: Vec<(Text<'a>, Option<Text<'a>>)>,
    /// Days in file order.
    pub days: Vec<RawDay<'a>>,
    /// The program that wrote the file (`schedule.generator.name`), e.g. `podium`.
    pub generator: Option<Text<'a>>,
}
