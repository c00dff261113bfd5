//! What a schedule file says, before any interpretation: strings as written, read leniently from XML or
//! JSON by `xml_in` and `json_in`, mapped to a programme by `build`.

/// A person as a schedule file names them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawPerson {
    /// Numeric id (frab, pentabarf; `0` is a placeholder, not an id).
    pub id: Option<String>,
    /// Code (pretalx).
    pub code: Option<String>,
    /// Guid.
    pub guid: Option<String>,
    /// Public name.
    pub name: String,
    /// Biography (may hold HTML).
    pub biography: String,
}

/// An event (a session) as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawEvent {
    /// Numeric id.
    pub id: Option<String>,
    /// Guid.
    pub guid: Option<String>,
    /// Code (pretalx).
    pub code: Option<String>,
    /// Start with offset, e.g. `2019-08-21T11:00:00+02:00` (or without one).
    pub date: Option<String>,
    /// Local start `HH:MM`.
    pub start: Option<String>,
    /// Duration `H:MM`, `HH:MM` or `HH:MM:SS`.
    pub duration: Option<String>,
    /// End with offset (newer JSON), used when no duration is given.
    pub end: Option<String>,
    /// Title.
    pub title: String,
    /// Subtitle.
    pub subtitle: String,
    /// Type, e.g. "lecture", "Talk", "workshop".
    pub kind: String,
    /// Track name.
    pub track: String,
    /// Language code.
    pub language: String,
    /// Abstract (may hold HTML).
    pub abstract_text: String,
    /// Description (may hold HTML).
    pub description: String,
    /// Slug.
    pub slug: Option<String>,
    /// Event page.
    pub url: Option<String>,
    /// People.
    pub persons: Vec<RawPerson>,
}

/// A room of a day with its events; the room's name is the parent's, never the event's `<room>` text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawRoom {
    /// Name.
    pub name: String,
    /// Guid (two rooms may share one).
    pub guid: Option<String>,
    /// Events in file order.
    pub events: Vec<RawEvent>,
}

/// A day as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawDay {
    /// Index.
    pub index: Option<String>,
    /// Date `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Start date-time.
    pub start: Option<String>,
    /// End date-time.
    pub end: Option<String>,
    /// Rooms in file order.
    pub rooms: Vec<RawRoom>,
}

/// A track as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawTrack {
    /// Name.
    pub name: String,
    /// Colour.
    pub color: Option<String>,
}

/// A whole schedule file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawSchedule {
    /// Conference title.
    pub title: String,
    /// Acronym.
    pub acronym: String,
    /// IANA time zone name.
    pub time_zone: Option<String>,
    /// Public URL or base URL.
    pub url: Option<String>,
    /// Tracks listed by the conference.
    pub tracks: Vec<RawTrack>,
    /// Rooms listed by the conference (JSON), in order.
    pub rooms: Vec<(String, Option<String>)>,
    /// Days in file order.
    pub days: Vec<RawDay>,
    /// The program that wrote the file (`schedule.generator.name`), e.g. `podium`.
    pub generator: Option<String>,
}
