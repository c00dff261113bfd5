//! [`RawSchedule`] → [`Programme`]: time zones, days and their opening hours, rooms → halls in file
//! order, people by their source id, events → sessions with the source's identifiers in `external`.
//! Whatever cannot be mapped becomes an [`ImportWarning`]; the result always loads.
//!
//! The raw schedule is consumed: texts it owns move into the programme, texts it borrows from the file
//! are copied once, and the lookups (people, event ids) are keyed by the borrowed texts.

use rustc_hash::FxHashMap as HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone as _, Timelike as _};
use chrono_tz::Tz;
use uuid::Uuid;

use super::ImportWarning;
use super::html::to_text;
use super::keyed::Built;
use super::raw::{RawDay, RawEvent, RawPerson, RawSchedule, Text};
use crate::model::time::{self, MAX_CLOCK_MINS};
use crate::model::{
    Clock, Day, DayKey, External, Hall, HallKey, HallPlacement, Participation, Person, PersonKey, Programme, Role,
    SNAP_STEPS_MINS, Session, SessionKey, SessionKind, Status, Track, TrackKey, slugify,
};

/// Colours for tracks the file gives none for.
const PALETTE: [&str; 8] = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

/// Makes unique keys from names without searching: `base`, `base-2`, `base-3`, …
#[derive(Default)]
struct Keys {
    used: HashMap<String, u32>,
}

impl Keys {
    fn make(&mut self, name: &str) -> String {
        let base = slugify(name);
        let mut n = self.used.get(&base).copied().unwrap_or(0);
        if n == 0 {
            // The name's first key is the base itself (one copy, not three).
            self.used.insert(base.clone(), 1);
            return base;
        }
        loop {
            n += 1;
            let candidate = if n == 1 { base.clone() } else { format!("{base}-{n}") };
            if !self.used.contains_key(&candidate) {
                self.used.insert(base.clone(), n);
                self.used.insert(candidate.clone(), 1);
                return candidate;
            }
        }
    }
}

/// A date-time as written, with its offset when it has one.
fn parse_datetime(text: &str) -> Option<(NaiveDateTime, Option<chrono::FixedOffset>)> {
    let t = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Some((dt.naive_utc(), Some(*dt.offset())));
    }
    for f in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%dT%H:%M:%S%.f%:z"] {
        if let Ok(dt) = DateTime::parse_from_str(t, f) {
            return Some((dt.naive_utc(), Some(*dt.offset())));
        }
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(t, f) {
            return Some((dt, None));
        }
    }
    None
}

/// A date-time in the event's zone: with an offset converted, without one taken as written.
fn local(text: &str, tz: Tz) -> Option<NaiveDateTime> {
    let (dt, offset) = parse_datetime(text)?;
    // Only dates in `time::YEARS` get here (see `date_out_of_range`); chrono panics on an offset that
    // leaves its calendar, so the conversion is also kept to them.
    Some(match offset {
        Some(_) if time::near_sane(dt.date()) => tz.from_utc_datetime(&dt).naive_local(),
        Some(_) => return None,
        None => dt,
    })
}

/// `H:MM`, `HH:MM`, `HH:MM:SS` (seconds round to the nearest minute) or plain minutes.
pub fn parse_duration(text: &str) -> Option<u32> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let num =
        |s: &str| if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) { None } else { s.parse::<u32>().ok() };
    match parts.as_slice() {
        [mins] => num(mins),
        [h, m] => num(h)?.checked_mul(60)?.checked_add(num(m)?),
        [h, m, s] => num(h)?.checked_mul(60)?.checked_add(num(m)?)?.checked_add(u32::from(num(s)? >= 30)),
        _ => None,
    }
}

/// `HH:MM` or `HH:MM:SS` as minutes after midnight.
fn parse_clock(text: &str) -> Option<u32> {
    let mut parts = text.trim().split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    (h < 48 && m < 60).then_some(h * 60 + m)
}

/// Minutes of `dt` after `date` 00:00, as a programme-day clock (`None` outside 00:00–47:59).
fn clock_on(date: NaiveDate, dt: NaiveDateTime) -> Option<Clock> {
    let mins = time::from_datetime(dt) - time::date_mins(date);
    u32::try_from(mins).ok().and_then(Clock::from_mins)
}

fn kind_of(kind: &str) -> SessionKind {
    let k = kind.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| k.contains(w));
    if has(&["keynote"]) {
        SessionKind::Keynote
    } else if has(&["plenary", "plenum"]) {
        SessionKind::Plenary
    } else if has(&["workshop", "hands-on", "werkstatt"]) {
        SessionKind::Workshop
    } else if has(&["panel", "podium", "discussion", "diskussion", "bof"]) {
        SessionKind::Panel
    } else if has(&["break", "pause", "lunch", "coffee"]) {
        SessionKind::Break
    } else if has(&["excursion", "exkursion", "tour"]) {
        SessionKind::Excursion
    } else if has(&["reception", "empfang", "party", "social"]) {
        SessionKind::Reception
    } else if has(&["talk", "lecture", "vortrag", "presentation", "lightning"]) {
        SessionKind::Talk
    } else {
        SessionKind::Other
    }
}

fn external<const N: usize>(pairs: [(&str, Option<Text<'_>>); N]) -> External {
    // Inserted one by one: `collect` would gather, sort and then build, for a handful of pairs.
    let mut map = External::new();
    for (k, v) in pairs {
        if let Some(v) = v {
            map.insert(k.to_owned(), v.into_owned());
        }
    }
    map
}

/// Whether a source id is a real id (`0`, `00` are placeholders).
fn is_real_id(id: &str) -> bool {
    !id.trim().trim_start_matches('0').is_empty()
}

/// Who a person is across events: their code, guid or id (`0` is no id), else their name (lowercased).
/// Borrowed from the raw person, so finding someone already met copies nothing.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Identity<'a> {
    Code(Text<'a>),
    Guid(Text<'a>),
    Id(Text<'a>),
    Name(String),
}

impl<'a> Identity<'a> {
    fn of(person: &RawPerson<'a>) -> Self {
        if let Some(code) = &person.code {
            Identity::Code(code.clone())
        } else if let Some(guid) = &person.guid {
            Identity::Guid(guid.clone())
        } else if let Some(id) = person.id.as_ref().filter(|id| is_real_id(id)) {
            Identity::Id(id.clone())
        } else {
            Identity::Name(person.name.trim().to_lowercase())
        }
    }

    /// As the name of a person who has none, e.g. `guid:…`.
    fn written(&self) -> String {
        match self {
            Identity::Code(code) => format!("code:{code}"),
            Identity::Guid(guid) => format!("guid:{guid}"),
            Identity::Id(id) => format!("id:{id}"),
            Identity::Name(name) => format!("name:{name}"),
        }
    }
}

/// A text without its surrounding white space, as an owned string.
fn trim(text: &Text<'_>) -> String {
    text.trim().to_owned()
}

/// A programme being built from a schedule's head and then its days, in file order.
pub struct Builder<'a> {
    p: Programme,
    tz: Tz,
    warnings: Vec<ImportWarning>,
    day_keys: Keys,
    hall_keys: Keys,
    person_keys: Keys,
    session_keys: Keys,
    track_keys: Keys,
    halls: HashMap<String, HallKey>,
    tracks: HashMap<String, TrackKey>,
    /// People met so far: their identity → their index in `person_list`.
    people: HashMap<Identity<'a>, usize>,
    /// The keys of the people met, in the order met.
    person_list: Vec<PersonKey>,
    /// The sessions in file order (put into the programme's map by [`Built::finish`]).
    sessions: Vec<(SessionKey, Session)>,
    /// Session kinds by the type as written (a file has a few types, written on every event).
    kinds: HashMap<Text<'a>, SessionKind>,
    /// Event ids seen → the title of the first event with it.
    event_ids: HashMap<Text<'a>, Text<'a>>,
    /// The file says Podium wrote it.
    written_by_podium: bool,
}

/// The first date or date-time of the schedule (days' dates, starts and ends, events' dates) that reads as
/// a date outside `time::YEARS`, as written. Such a schedule is refused: no arithmetic on its dates could
/// be trusted to stay inside the calendar (chrono panics past ±262,143 years).
fn date_out_of_range(raw: &RawSchedule<'_>) -> Option<String> {
    raw.days.iter().find_map(day_out_of_range)
}

/// [`date_out_of_range`] of one day.
pub fn day_out_of_range(day: &RawDay<'_>) -> Option<String> {
    // A day's date must lie in the years; a date-time may lie a year either side (a programme day's
    // 47:59, another offset), as Podium's own exports of the first and last days do.
    let bad_date =
        |text: &&Text<'_>| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").is_ok_and(|d| !time::sane_date(d));
    let bad_time = |text: &&Text<'_>| parse_datetime(text).is_some_and(|(dt, _)| !time::near_sane(dt.date()));
    let date = day.date.as_ref().filter(bad_date);
    let written = date.or_else(|| [&day.start, &day.end].into_iter().flatten().find(bad_time));
    let events = day.rooms.iter().flat_map(|r| &r.events).filter_map(|e| e.date.as_ref());
    written.or_else(|| events.into_iter().find(bad_time)).map(|t| t.to_string())
}

/// Maps a raw schedule to a programme; refuses one with a date outside `time::YEARS` (the date as
/// written is the error).
pub fn build(raw: RawSchedule<'_>, fallback_tz: Option<&str>) -> Result<Built, String> {
    if let Some(text) = date_out_of_range(&raw) {
        return Err(text);
    }
    let (tz, warning) = super::zone::choose(&raw, fallback_tz);
    let mut raw = raw;
    let days = std::mem::take(&mut raw.days);
    let mut b = Builder::new(&raw, tz);
    b.warnings.extend(warning);
    for day in days {
        b.day(day);
    }
    b.finish()
}

impl<'a> Builder<'a> {
    /// A builder in zone `tz` that has taken the schedule's head: the event, its tracks and rooms (not
    /// its days).
    pub fn new(raw: &RawSchedule<'_>, tz: Tz) -> Self {
        let mut b = Builder {
            p: Programme::default(),
            tz,
            warnings: Vec::new(),
            day_keys: Keys::default(),
            hall_keys: Keys::default(),
            person_keys: Keys::default(),
            session_keys: Keys::default(),
            track_keys: Keys::default(),
            halls: HashMap::default(),
            tracks: HashMap::default(),
            people: HashMap::default(),
            person_list: Vec::new(),
            sessions: Vec::new(),
            kinds: HashMap::default(),
            event_ids: HashMap::default(),
            written_by_podium: raw.generator.as_deref().is_some_and(|g| g.eq_ignore_ascii_case("podium")),
        };
        b.event(raw);
        for t in &raw.tracks {
            b.track(&t.name, t.color.as_deref());
        }
        for (name, guid) in &raw.rooms {
            b.hall(name, guid.as_deref());
        }
        b
    }

    /// The zone it builds in.
    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// The programme and the warnings, the zone's `first` before the others; refused (the date) when a
    /// day's start, in the event's zone, falls on a date outside the years (`2200-12-31T23:30Z` is 2201
    /// in Berlin): that would make a file that does not load.
    pub fn finish(self) -> Result<Built, String> {
        if let Some(day) = self.p.days.values().find(|d| !time::sane_date(d.date)) {
            return Err(day.date.format("%Y-%m-%d").to_string());
        }
        Ok(Built { programme: self.p, sessions: self.sessions, warnings: self.warnings })
    }

    /// Puts a warning before all the others (the zone's, known only once every day is read).
    pub fn warn_first(&mut self, warning: ImportWarning) {
        self.warnings.insert(0, warning);
    }

    fn event(&mut self, raw: &RawSchedule<'_>) {
        let e = &mut self.p.event;
        e.title = if raw.title.is_empty() { raw.acronym.to_string() } else { raw.title.to_string() };
        let acronym = raw.acronym.to_lowercase();
        let valid = !acronym.is_empty() && acronym.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        e.acronym = if valid || acronym.is_empty() { acronym } else { slugify(&acronym) };
        e.key = slugify(if e.acronym.is_empty() { &e.title } else { &e.acronym });
        e.uuid = Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("podium-import:{}:{}", e.acronym, e.title).as_bytes());
        e.time_zone = self.tz.name().to_owned();
        e.website = raw.url.as_deref().unwrap_or_default().to_owned();
        e.snap_mins = 5;
        debug_assert!(SNAP_STEPS_MINS.contains(&e.snap_mins));
    }

    fn track(&mut self, name: &str, colour: Option<&str>) -> Option<TrackKey> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        if let Some(key) = self.tracks.get(name) {
            return Some(key.clone());
        }
        let key = TrackKey::new(self.track_keys.make(name));
        let fallback = PALETTE.get(self.tracks.len() % PALETTE.len()).copied().unwrap_or("#777777");
        let colour = colour.filter(|c| crate::model::is_colour(c)).unwrap_or(fallback).to_lowercase();
        self.p.tracks.insert(key.clone(), Track { name: name.to_owned(), colour, external: External::new() });
        self.tracks.insert(name.to_owned(), key.clone());
        Some(key)
    }

    fn hall(&mut self, name: &str, guid: Option<&str>) -> HallKey {
        let name = if name.trim().is_empty() { "Raum" } else { name.trim() };
        if let Some(key) = self.halls.get(name) {
            return key.clone();
        }
        let key = HallKey::new(self.hall_keys.make(name));
        let hall =
            Hall { name: name.to_owned(), external: external([("guid", guid.map(Text::from))]), ..Hall::default() };
        self.p.halls.insert(key.clone(), hall);
        self.halls.insert(name.to_owned(), key.clone());
        key
    }

    /// Builds one day with its rooms and events.
    pub fn day(&mut self, raw: RawDay<'a>) {
        let start = raw.start.as_deref().and_then(|s| local(s, self.tz));
        let end = raw.end.as_deref().and_then(|s| local(s, self.tz));
        let written = raw.date.as_deref().and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok());
        let first_event = raw.rooms.iter().flat_map(|r| &r.events).find_map(|e| self.event_start(e, written, None));
        let Some(date) = start.map(|s| s.date()).or(written).or(first_event.map(|s| s.date())) else {
            self.warnings
                .push(ImportWarning::DayWithoutDate { index: raw.index.as_deref().unwrap_or_default().to_owned() });
            return;
        };
        let opens = start.and_then(|s| clock_on(date, s)).unwrap_or(Clock::MIDNIGHT);
        // An end of 03:59:59 means the day closes at 04:00.
        let closes = end
            .map(|e| if e.second() == 59 { e.checked_add_signed(chrono::Duration::seconds(1)).unwrap_or(e) } else { e })
            .and_then(|e| clock_on(date, e))
            .or(Clock::from_mins(u32::from(MAX_CLOCK_MINS)).filter(|_| end.is_some()))
            .unwrap_or(Clock::from_hm(24, 0).unwrap_or_default());
        let key = DayKey::new(self.day_keys.make(&date.format("%Y-%m-%d").to_string()));
        self.p.days.insert(key.clone(), Day { date, label: String::new(), opens, closes });
        for room in raw.rooms {
            let hall = self.hall(&room.name, room.guid.as_deref());
            for e in room.events {
                self.session(e, &key, date, opens, &hall);
            }
        }
    }

    /// The local start of an event: its `date` (converted), else its day's date and `start` (after
    /// midnight when earlier than the day opens).
    fn event_start(&self, e: &RawEvent<'_>, date: Option<NaiveDate>, opens: Option<Clock>) -> Option<NaiveDateTime> {
        if let Some(dt) = e.date.as_deref().and_then(|d| local(d, self.tz)) {
            return Some(dt);
        }
        let mins = parse_clock(e.start.as_deref()?)?;
        let next_day = opens.is_some_and(|o| mins < o.mins());
        let date = date?;
        let date = if next_day { date.succ_opt()? } else { date };
        time::on_date(date, mins % (24 * 60))
    }

    /// The index in `person_list` of the person, met before or new.
    fn person(&mut self, raw: RawPerson<'a>) -> Option<usize> {
        if raw.name.trim().is_empty() && raw.code.is_none() && raw.guid.is_none() {
            return None;
        }
        let id = Identity::of(&raw);
        if let Some(&index) = self.people.get(&id) {
            return Some(index);
        }
        let name = if raw.name.trim().is_empty() { id.written() } else { trim(&raw.name) };
        let key = PersonKey::new(self.person_keys.make(&name));
        let real_id = raw.id.filter(|id| is_real_id(id));
        let person = Person {
            name,
            bio: to_text(&raw.biography),
            external: external([("id", real_id), ("code", raw.code), ("guid", raw.guid)]),
            ..Person::default()
        };
        self.p.people.insert(key.clone(), person);
        let index = self.person_list.len();
        self.person_list.push(key);
        self.people.insert(id, index);
        Some(index)
    }

    fn session(&mut self, e: RawEvent<'a>, day: &DayKey, date: NaiveDate, opens: Clock, hall: &HallKey) {
        let title: Text<'a> = match &e.title {
            t if t.trim().is_empty() => {
                let shown = e.id.as_deref().or(e.slug.as_deref()).unwrap_or_default().to_owned();
                self.warnings.push(ImportWarning::EventWithoutTitle { id: shown.clone() });
                Text::Owned(format!("Event {shown}"))
            }
            Text::Borrowed(t) => Text::Borrowed(t.trim()),
            Text::Owned(t) => Text::Owned(t.trim().to_owned()),
        };
        if let Some(id) = &e.id {
            if let Some(first) = self.event_ids.get(id) {
                self.warnings.push(ImportWarning::DuplicateEventId {
                    id: id.to_string(),
                    first: first.to_string(),
                    title: title.to_string(),
                });
            } else {
                self.event_ids.insert(id.clone(), title.clone());
            }
        }
        let start = self.event_start(&e, Some(date), Some(opens));
        let placed = start.and_then(|s| match clock_on(date, s) {
            Some(clock) => Some((day.clone(), clock)),
            None => {
                let other = self.p.days.iter().find(|(_, d)| d.date == s.date())?;
                Some((other.0.clone(), clock_on(other.1.date, s)?))
            }
        });
        if start.is_none() {
            self.warnings.push(ImportWarning::EventWithoutTime { title: title.to_string() });
        } else if placed.is_none() {
            self.warnings.push(ImportWarning::EventOutsideDays { title: title.to_string() });
        }
        let duration = match e.duration.as_deref() {
            Some(d) => parse_duration(d).unwrap_or_else(|| {
                self.warnings.push(ImportWarning::BadDuration { title: title.to_string(), text: d.to_owned() });
                0
            }),
            None => match (start, e.end.as_deref().and_then(|x| local(x, self.tz))) {
                (Some(s), Some(end)) => u32::try_from((end - s).num_minutes()).unwrap_or(0),
                _ => 0,
            },
        };
        let track = self.track(&e.track, None);
        // Each person once, in the file's order; a set, as one event may list tens of thousands.
        let mut listed = rustc_hash::FxHashSet::default();
        let mut people = Vec::with_capacity(e.persons.len());
        for person in e.persons {
            let Some(index) = self.person(person) else { continue };
            if listed.insert(index)
                && let Some(key) = self.person_list.get(index)
            {
                people.push(Participation { person: key.clone(), role: Role::Speaker });
            }
        }
        let abstract_text = to_text(&e.abstract_text);
        let description = to_text(&e.description);
        let description = match (abstract_text.is_empty(), description.is_empty() || description == abstract_text) {
            // Podium writes the session's description as the abstract, and the description adds only
            // what it derives (contributions, the public notice): its own files come back as they were.
            _ if self.written_by_podium => abstract_text,
            (true, _) => description,
            (false, true) => abstract_text,
            (false, false) => format!("{abstract_text}\n\n{description}"),
        };
        let key = SessionKey::new(self.session_keys.make(&title));
        let kind = match self.kinds.get(&e.kind) {
            Some(&kind) => kind,
            None => *self.kinds.entry(e.kind.clone()).or_insert_with(|| kind_of(&e.kind)),
        };
        let session = Session {
            title: title.into_owned(),
            subtitle: trim(&e.subtitle),
            kind,
            track,
            status: Status::Confirmed,
            language: trim(&e.language),
            description,
            day: placed.as_ref().map(|(d, _)| d.clone()),
            start: placed.map(|(_, c)| c),
            hall: Some(HallPlacement::Hall(hall.clone())),
            duration_mins: duration,
            people,
            external: external([
                ("id", e.id),
                ("guid", e.guid),
                ("code", e.code),
                ("slug", e.slug),
                ("url", e.url),
                ("type", Some(e.kind).filter(|k| !k.is_empty())),
            ]),
            ..Session::default()
        };
        self.sessions.push((key, session));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_every_written_form() {
        assert_eq!(parse_duration("1:00"), Some(60));
        assert_eq!(parse_duration("00:30"), Some(30));
        assert_eq!(parse_duration("01:30:00"), Some(90));
        assert_eq!(parse_duration("00:44:30"), Some(45));
        assert_eq!(parse_duration("45"), Some(45));
        assert_eq!(parse_duration("1h"), None);
        assert_eq!(parse_duration(""), None);
    }

    #[test]
    fn offsets_convert_into_the_event_zone() {
        let tz: Tz = "Asia/Kolkata".parse().unwrap();
        assert_eq!(local("2023-09-10T05:00:00+00:00", tz).unwrap().to_string(), "2023-09-10 10:30:00");
        assert_eq!(local("2023-09-10T05:00:00", tz).unwrap().to_string(), "2023-09-10 05:00:00");
        assert_eq!(local("2023-09-10T05:00:00Z", tz).unwrap().to_string(), "2023-09-10 10:30:00");
    }

    #[test]
    fn keys_are_unique_without_searching() {
        let mut keys = Keys::default();
        let made: Vec<String> = ["Pause", "Pause", "pause-2", "Pause"].iter().map(|n| keys.make(n)).collect();
        assert_eq!(made, ["pause", "pause-2", "pause-2-2", "pause-3"]);
    }
}
