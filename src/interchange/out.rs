//! The programme as the schedule formats see it: days → rooms (in hall order) → events, with ids, guids,
//! slugs and times already in the form both schemas accept. `xml_out` and `json_out` only serialise it.
//! Only public fields go in: never e-mail, phone or notes.
//!
//! Abstracts, descriptions and biographies are HTML (or Markdown) to frab and pretalx consumers, and
//! Podium's own importer reads them as HTML ([`super::html::to_text`]). Podium's text is plain, so it
//! goes in with `&`, `<` and `>` escaped ([`as_html`]): `Option<T>` shows as written everywhere and
//! re-imports unchanged. Titles, subtitles and names are plain text in both formats and stay as they are.

use std::collections::BTreeSet;

use crate::export::{ExportOptions, guid, to_offset_string};
use crate::i18n::Lang;
use crate::model::{HallKey, HallPlacement, Programme, Session, SessionKind, Status, is_colour, slugify, time};

/// A person of an event.
pub struct OutPerson {
    /// Numeric id.
    pub id: u64,
    /// Guid.
    pub guid: String,
    /// Public name.
    pub name: String,
    /// Code (pretalx), when the person was imported with one.
    pub code: Option<String>,
    /// Biography as HTML ([`as_html`]); empty when there is none.
    pub biography: String,
}

/// An event.
pub struct OutEvent {
    /// Numeric id, unique in the file.
    pub id: u64,
    /// Guid.
    pub guid: String,
    /// Room name.
    pub room: String,
    /// Title (marked when a draft or cancelled session is included).
    pub title: String,
    /// Subtitle.
    pub subtitle: String,
    /// Type word.
    pub kind: String,
    /// Start with offset.
    pub date: String,
    /// End with offset.
    pub end: String,
    /// Local start `HH:MM`.
    pub start: String,
    /// Duration `HH:MM`.
    pub duration: String,
    /// Abstract as HTML ([`as_html`]).
    pub abstract_text: String,
    /// Description as HTML: text, contributions with times, the event's public notice.
    pub description: String,
    /// Slug matching both schemas.
    pub slug: String,
    /// Track name ("" when none).
    pub track: String,
    /// Language code ("" when none).
    pub language: String,
    /// A web or `urn:uuid:` address.
    pub url: String,
    /// People.
    pub persons: Vec<OutPerson>,
}

/// A room of a day.
pub struct OutRoom {
    /// Name.
    pub name: String,
    /// Guid.
    pub guid: String,
    /// Events by start.
    pub events: Vec<OutEvent>,
}

/// A day.
pub struct OutDay {
    /// From 1.
    pub index: usize,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Opening with offset.
    pub start: String,
    /// Closing with offset.
    pub end: String,
    /// Every hall, in hall order.
    pub rooms: Vec<OutRoom>,
}

/// A track.
pub struct OutTrack {
    /// Name.
    pub name: String,
    /// Slug `[a-z][a-z0-9-]+`.
    pub slug: String,
    /// Colour, when valid.
    pub color: Option<String>,
}

/// The whole schedule.
pub struct OutSchedule {
    /// "Stand" of the export.
    pub version: String,
    /// Title.
    pub title: String,
    /// Acronym matching both schemas.
    pub acronym: String,
    /// First day.
    pub start: String,
    /// Last day.
    pub end: String,
    /// Snap step `00:MM`.
    pub timeslot: String,
    /// Time zone name.
    pub time_zone: String,
    /// Website, when it is a web address.
    pub url: Option<String>,
    /// Public notice.
    pub notice: String,
    /// Tracks.
    pub tracks: Vec<OutTrack>,
    /// Rooms: name and guid, in hall order.
    pub rooms: Vec<(String, String)>,
    /// Days.
    pub days: Vec<OutDay>,
}

/// Plain text as HTML text: `&`, `<` and `>` escaped, line breaks kept (consumers and Podium's importer
/// read the schedule's abstracts, descriptions and biographies as HTML).
fn as_html(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

/// Keeps `[a-z0-9_-]`, lowercases, maps the rest to `-`, trims separators at the end.
fn clean(text: &str, extra: &[char]) -> String {
    let s: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() || extra.contains(&c) { c } else { '-' })
        .collect();
    s.trim_end_matches(['-', '_']).to_owned()
}

/// An acronym both schemas accept: `[a-z0-9_]{4,}`.
pub fn acronym(p: &Programme) -> String {
    let base = if p.event.acronym.is_empty() { slugify(&p.event.title) } else { p.event.acronym.clone() };
    let mut a: String = clean(&base, &['_']).replace('-', "_");
    while a.len() < 4 {
        a.push('_');
    }
    a
}

fn kind_word(s: &Session) -> String {
    if let Some(t) = s.external.get("type") {
        return t.clone();
    }
    match s.kind {
        SessionKind::Plenary => "plenary",
        SessionKind::Keynote => "keynote",
        SessionKind::Panel => "panel",
        SessionKind::Arena => "arena",
        SessionKind::Talk => "talk",
        SessionKind::Workshop => "workshop",
        SessionKind::Break => "break",
        SessionKind::Excursion => "excursion",
        SessionKind::Reception => "reception",
        SessionKind::Other => "other",
    }
    .to_owned()
}

fn hh_mm(mins: u32) -> String {
    let mins = mins.min(99 * 60 + 59);
    format!("{:02}:{:02}", mins / 60, mins % 60)
}

fn marked_title(lang: Lang, s: &Session) -> String {
    match s.status {
        Status::Confirmed => s.title.clone(),
        Status::Draft => format!("{} ({})", s.title, crate::i18n::text(lang, "export-draft")),
        Status::Cancelled => format!("{} ({})", s.title, crate::i18n::text(lang, "export-cancelled")),
    }
}

/// Ids from the source where they are positive integers used once, the rest numbered after them.
struct Ids {
    used: BTreeSet<u64>,
    next: u64,
}

impl Ids {
    fn new<'a>(sources: impl Iterator<Item = Option<&'a String>>) -> Self {
        let mut seen = BTreeSet::new();
        let mut twice = BTreeSet::new();
        for id in sources.flatten().filter_map(|s| s.parse::<u64>().ok()).filter(|id| *id > 0) {
            if !seen.insert(id) {
                twice.insert(id);
            }
        }
        Self { used: seen.difference(&twice).copied().collect(), next: 1 }
    }

    fn take(&mut self, source: Option<&String>) -> u64 {
        if let Some(id) = source.and_then(|s| s.parse::<u64>().ok()).filter(|id| self.used.remove(id)) {
            return id;
        }
        while self.used.contains(&self.next) {
            self.next += 1;
        }
        self.next += 1;
        self.next - 1
    }
}

fn description(lang: Lang, p: &Programme, s: &Session) -> String {
    let mut parts = Vec::new();
    if !s.description.trim().is_empty() {
        parts.push(s.description.trim().to_owned());
    }
    let ranges = p.contribution_ranges(s);
    let lines: Vec<String> = s
        .contributions
        .iter()
        .zip(ranges.iter().map(Some).chain(std::iter::repeat(None)))
        .map(|(c, r)| {
            let when = r
                .and_then(|r| Some(crate::i18n::time_range(time::to_datetime(r.start)?, time::to_datetime(r.end)?)))
                .unwrap_or_default();
            let who: Vec<&str> =
                c.people.iter().filter_map(|x| p.people.get(&x.person)).map(|x| x.name.as_str()).collect();
            let who = if who.is_empty() { String::new() } else { format!(" ({})", who.join(", ")) };
            format!("{when} {}{who}", c.title).trim().to_owned()
        })
        .collect();
    if !lines.is_empty() {
        parts.push(format!("{}:\n{}", crate::i18n::text(lang, "export-contributions"), lines.join("\n")));
    }
    if !p.event.notice.trim().is_empty() {
        parts.push(p.event.notice.trim().to_owned());
    }
    parts.join("\n\n")
}

/// The schedule view of the selected, placed sessions. All-halls sessions stand once, in the first hall.
pub fn schedule(p: &Programme, opts: &ExportOptions) -> OutSchedule {
    let lang = opts.lang;
    let sessions = opts.selection.sessions(p);
    let mut event_ids = Ids::new(sessions.iter().map(|(_, s)| s.external.get("id")));
    let mut person_ids = Ids::new(p.people.values().map(|x| x.external.get("id")));
    let person_id: std::collections::BTreeMap<_, _> =
        p.people.iter().map(|(k, x)| (k, person_ids.take(x.external.get("id")))).collect();
    let first_hall = p.halls.keys().next().cloned();
    let acro = acronym(p);
    let website = Some(p.event.website.trim()).filter(|w| w.starts_with("http://") || w.starts_with("https://"));
    let mut days: Vec<OutDay> = p
        .days
        .iter()
        .enumerate()
        .map(|(i, (_, d))| OutDay {
            index: i + 1,
            date: d.date.format("%Y-%m-%d").to_string(),
            // Dates are in `time::YEARS` for every file and import; a programme built otherwise (the
            // library's callers) gets the day's midnight rather than a panic past the calendar.
            start: to_offset_string(
                p,
                time::on_date(d.date, d.opens.mins()).unwrap_or(d.date.and_time(chrono::NaiveTime::MIN)),
            ),
            end: to_offset_string(
                p,
                time::on_date(d.date, d.closes.mins()).unwrap_or(d.date.and_time(chrono::NaiveTime::MIN)),
            ),
            rooms: p
                .halls
                .iter()
                .map(|(k, h)| OutRoom {
                    name: h.name.clone(),
                    guid: guid(p, "hall", k.as_str(), &h.external).to_string(),
                    events: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let mut used_slugs = BTreeSet::new();
    let mut used_guids = BTreeSet::new();
    let session_guids = crate::export::session_guids(p);
    for (key, s) in sessions {
        let hall: Option<&HallKey> = match &s.hall {
            Some(HallPlacement::Hall(h)) => Some(h),
            Some(HallPlacement::All) => first_hall.as_ref(),
            None => None,
        };
        let (Some(hall), Some(day), Some(range)) = (hall, s.day.as_ref(), p.session_range(s)) else { continue };
        let (Some(day_pos), Some(hall_pos)) = (p.days.get_index_of(day), p.halls.get_index_of(hall)) else { continue };
        let (Some(start), Some(end)) = (time::to_datetime(range.start), time::to_datetime(range.end)) else { continue };
        let id = event_ids.take(s.external.get("id"));
        let own_slug = s.external.get("slug").filter(|x| !used_slugs.contains(x.as_str())).filter(|x| {
            let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-';
            x.chars().all(ok)
                && x.split_once('-').is_some_and(|(a, b)| a.len() >= 4 && !a.contains('-') && b.len() >= 4)
                && x.ends_with(|c: char| c.is_ascii_alphanumeric())
        });
        let slug = own_slug.cloned().unwrap_or_else(|| {
            let k = clean(key.as_str(), &['_']);
            format!("{acro}-{id:04}-{}", if k.is_empty() { "x" } else { &k })
        });
        used_slugs.insert(slug.clone());
        // A source guid used twice (real files have them) would break the schema's uniqueness: the
        // later ones get the guid Podium makes from the key, as in the calendar (`session_guids`).
        let mut guid_text =
            session_guids.get(key).map_or_else(|| guid(p, "session", key.as_str(), &s.external), |g| *g).to_string();
        if !used_guids.insert(guid_text.clone()) {
            guid_text = guid(p, "session", key.as_str(), &crate::model::External::new()).to_string();
            used_guids.insert(guid_text.clone());
        }
        let url = s
            .external
            .get("url")
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            .cloned()
            .or_else(|| website.map(|w| format!("{w}#{key}")))
            .unwrap_or_else(|| format!("urn:uuid:{guid_text}"));
        let mut people: Vec<&crate::model::PersonKey> = s.people.iter().map(|x| &x.person).collect();
        for c in &s.contributions {
            people.extend(c.people.iter().map(|x| &x.person));
        }
        let mut seen = BTreeSet::new();
        people.retain(|k| seen.insert(*k));
        let persons = people
            .into_iter()
            .filter_map(|k| {
                let x = p.people.get(k)?;
                Some(OutPerson {
                    id: *person_id.get(k)?,
                    guid: guid(p, "person", k.as_str(), &x.external).to_string(),
                    name: x.name.clone(),
                    code: x.external.get("code").filter(|c| !c.trim().is_empty()).cloned(),
                    biography: as_html(x.bio.trim()),
                })
            })
            .collect();
        let event = OutEvent {
            id,
            guid: guid_text,
            room: p.halls.get_index(hall_pos).map(|(_, h)| h.name.clone()).unwrap_or_default(),
            title: marked_title(lang, s),
            subtitle: s.subtitle.clone(),
            kind: kind_word(s),
            date: to_offset_string(p, start),
            end: to_offset_string(p, end),
            start: start.format("%H:%M").to_string(),
            duration: hh_mm(s.duration_mins),
            abstract_text: as_html(s.description.trim()),
            description: as_html(&description(lang, p, s)),
            slug,
            track: s.track.as_ref().and_then(|t| p.tracks.get(t)).map(|t| t.name.clone()).unwrap_or_default(),
            language: s.language.clone(),
            url,
            persons,
        };
        if let Some(room) = days.get_mut(day_pos).and_then(|d| d.rooms.get_mut(hall_pos)) {
            room.events.push(event);
        }
    }
    let tracks = p
        .tracks
        .iter()
        .map(|(k, t)| {
            let mut slug = clean(k.as_str(), &[]);
            if !slug.starts_with(|c: char| c.is_ascii_lowercase()) || slug.len() < 2 {
                slug = format!("t-{slug}").trim_end_matches('-').to_owned();
            }
            OutTrack { name: t.name.clone(), slug, color: Some(t.colour.to_lowercase()).filter(|c| is_colour(c)) }
        })
        .collect();
    let date = |d: Option<&crate::model::Day>| d.map(|d| d.date.format("%Y-%m-%d").to_string()).unwrap_or_default();
    OutSchedule {
        // The latest release's label ("Stand 3") when there is one, else the moment of the export.
        version: opts.release.label.clone().unwrap_or_else(|| opts.now.format("%Y-%m-%d %H:%M").to_string()),
        title: p.event.title.clone(),
        acronym: acro,
        start: date(p.days.values().next()),
        end: date(p.days.values().last()),
        timeslot: hh_mm(p.event.snap_mins),
        time_zone: crate::export::time_zone(p).name().to_owned(),
        url: website.map(str::to_owned),
        notice: p.event.notice.clone(),
        tracks,
        rooms: p
            .halls
            .iter()
            .map(|(k, h)| (h.name.clone(), guid(p, "hall", k.as_str(), &h.external).to_string()))
            .collect(),
        days,
    }
}
