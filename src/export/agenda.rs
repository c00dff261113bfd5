//! Printed agendas (PDF and HTML) share this: their options (layout, paper, orientation, halls per grid
//! page, descriptions) and the texts both formats print the same way — the selection's caption, a
//! person's line, a session's time, kind and hall, the draft and cancelled marks, the "as of" date.

use chrono::NaiveDate;

use super::ExportOptions;
use crate::i18n::{self, AgendaWord, Lang, agenda_word};
use crate::model::agenda::{AgendaPerson, AgendaSession, Place, clock_label};
use crate::model::{Programme, Status};

/// Grid (halls × time) or booklet (day → time → session).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgendaLayout {
    /// One page group per day, halls as columns, blocks sized by duration.
    Grid,
    /// Day → time → session with every detail.
    #[default]
    Booklet,
    /// Programmänderungen: what changed since an earlier release, by day (needs `ReleaseContext::since`).
    Changes,
    /// Door signs: one page per hall and day with that hall's sessions.
    Doors,
    /// Letters to everyone with a public session in the selection, each on new pages.
    Letters,
}

impl AgendaLayout {
    /// Whether this is one of the publishing layouts (changes, doors, letters) of `export::publish`.
    pub fn is_publishing(self) -> bool {
        matches!(self, Self::Changes | Self::Doors | Self::Letters)
    }
}

/// Paper size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 148 × 210 mm.
    A5,
}

/// Page orientation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Upright.
    Portrait,
    /// Sideways.
    Landscape,
}

/// Options of the PDF and HTML agendas beyond [`ExportOptions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgendaOptions {
    /// Grid or booklet (PDF; the HTML agenda is always a booklet).
    pub layout: AgendaLayout,
    /// Paper size.
    pub paper: Paper,
    /// Orientation; `None` chooses: landscape for a grid with more than three halls, else portrait.
    pub orientation: Option<Orientation>,
    /// Grid: at most this many hall columns on a page; more continue on further pages.
    pub halls_per_page: usize,
    /// Booklet: print the sessions' descriptions.
    pub descriptions: bool,
}

impl Default for AgendaOptions {
    fn default() -> Self {
        Self {
            layout: AgendaLayout::Booklet,
            paper: Paper::A4,
            orientation: None,
            halls_per_page: DEFAULT_HALLS_PER_PAGE,
            descriptions: false,
        }
    }
}

/// Hall columns on a grid page unless asked otherwise.
pub const DEFAULT_HALLS_PER_PAGE: usize = 5;

/// What the selection shows, for the title: "Persönlicher Programmplan: Klara Geywitz", "Saal: Halle 6",
/// "Track: Resilienz" (joined by " · "); `None` for the whole event.
pub fn caption(p: &Programme, opts: &ExportOptions) -> Option<String> {
    let lang = opts.lang;
    let sel = &opts.selection;
    let mut parts = Vec::new();
    if let Some(person) = sel.speaker.as_ref().and_then(|k| p.people.get(k)) {
        parts.push(i18n::personal_schedule(lang, &person.display_name()));
    }
    if let Some(day) = sel.day.as_ref().and_then(|k| p.days.get(k)) {
        parts.push(format!("{}: {}", agenda_word(lang, AgendaWord::Day), i18n::date_plain(lang, day.date)));
    }
    if let Some(hall) = sel.hall.as_ref().and_then(|k| p.halls.get(k)) {
        parts.push(format!("{}: {}", agenda_word(lang, AgendaWord::Hall), hall.name));
    }
    if let Some(track) = sel.track.as_ref().and_then(|k| p.tracks.get(k)) {
        parts.push(format!("{}: {}", agenda_word(lang, AgendaWord::Track), track.name));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The calendar date of "now" in the event's time zone.
pub fn as_of_date(p: &Programme, opts: &ExportOptions) -> NaiveDate {
    opts.now.with_timezone(&super::time_zone(p)).date_naive()
}

/// "Stand: 1. September 2022" for the export's "now".
pub fn as_of_text(p: &Programme, opts: &ExportOptions) -> String {
    i18n::as_of(opts.lang, as_of_date(p, opts))
}

/// The dates the programme covers, e.g. "14.–16. September 2022"; `None` without days.
pub fn event_dates(p: &Programme, lang: Lang) -> Option<String> {
    let first = p.days.values().map(|d| d.date).min()?;
    let last = p.days.values().map(|d| d.date).max()?;
    Some(i18n::date_span(lang, first, last))
}

/// The venue line: "STATION Berlin, Luckenwalder Straße 4–6, 10963 Berlin" (empty parts left out).
pub fn venue_line(p: &Programme) -> String {
    let v = &p.event.venue;
    [v.name.as_str(), v.address.as_str(), v.city.as_str()]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A person's function and organisation: "Bundesbauministerin, BMWSB" (may be empty).
pub fn person_details(person: &AgendaPerson<'_>) -> String {
    [person.function.trim(), person.organisation.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// "14:40–17:15".
pub fn time_span(start_mins: u32, end_mins: u32) -> String {
    format!("{}–{}", clock_label(start_mins), clock_label(end_mins))
}

/// The session's time, or "—" for one without a time.
pub fn session_time(s: &AgendaSession<'_>) -> String {
    if s.range.is_some() { time_span(s.start_mins, s.end_mins) } else { "—".to_owned() }
}

/// "Podium · Resilienz": the kind and the track.
pub fn kind_and_track(lang: Lang, s: &AgendaSession<'_>) -> String {
    let kind = i18n::kind_name(lang, s.kind());
    match s.track {
        Some(track) if !track.name.trim().is_empty() => format!("{kind} · {}", track.name.trim()),
        _ => kind.to_owned(),
    }
}

/// "Entwurf" or "Abgesagt" for sessions that are not confirmed.
pub fn status_mark(lang: Lang, s: &AgendaSession<'_>) -> Option<&'static str> {
    (s.status() != Status::Confirmed).then(|| i18n::status_name(lang, s.status()))
}

/// The hall's name, "Alle Säle" or "Saal folgt".
pub fn hall_text<'a>(lang: Lang, s: &AgendaSession<'a>) -> &'a str {
    match (s.place, s.hall_name) {
        (Place::AllHalls, _) => agenda_word(lang, AgendaWord::AllHalls),
        (_, Some(name)) => name,
        (_, None) => agenda_word(lang, AgendaWord::HallTba),
    }
}

/// The role groups of a session in print order, with their label: moderators, hosts, speakers.
pub fn people_groups<'s, 'a>(lang: Lang, s: &'s AgendaSession<'a>) -> Vec<(&'static str, &'s [AgendaPerson<'a>])> {
    [
        (agenda_word(lang, AgendaWord::Moderation), s.moderators.as_slice()),
        (agenda_word(lang, AgendaWord::Host), s.hosts.as_slice()),
        (agenda_word(lang, AgendaWord::With), s.speakers.as_slice()),
    ]
    .into_iter()
    .filter(|(_, list)| !list.is_empty())
    .collect()
}

/// The language code for document metadata.
pub fn lang_code(lang: Lang) -> &'static str {
    lang.code()
}
