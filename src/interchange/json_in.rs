//! Schedule JSON (c3voc schema; frab and pretalx flavours) → [`RawSchedule`], leniently: numbers or
//! strings where either may stand, nulls as empty, values of another type as absent, unknown keys
//! ignored. Read in one pass straight into these types (no `serde_json::Value` tree of the file).

use indexmap::IndexMap;
use serde::de::MapAccess;

use super::ImportError;
use super::json_loose::{FromMap, Key, Loose, LooseVec, scalar, skip, value};
use super::raw::{RawDay, RawEvent, RawPerson, RawRoom, RawSchedule, RawTrack, Text};

/// The top of the file: `schedule` and, in the c3voc schema, `generator`.
#[derive(Default)]
struct Root {
    /// `None` when there is no `schedule` key.
    schedule: Option<Schedule>,
    /// `Some` when there is a `generator` key (whatever its value): it then wins over `schedule.generator`.
    generator: Option<Option<String>>,
}

#[derive(Default)]
struct Schedule {
    /// `None` when there is no `conference` key; a conference of another type is empty.
    conference: Option<Conference>,
    base_url: Option<String>,
    generator: Option<String>,
}

#[derive(Default)]
struct Generator {
    name: Option<String>,
}

#[derive(Default)]
struct Conference {
    title: Option<String>,
    acronym: Option<String>,
    time_zone_name: Option<String>,
    url: Option<String>,
    tracks: Vec<RawTrack<'static>>,
    rooms: Vec<(Text<'static>, Option<Text<'static>>)>,
    days: Vec<RawDay<'static>>,
}

/// A track or a room of the conference: `name` and its `color` or `guid`.
#[derive(Default)]
struct Named {
    name: Option<Text<'static>>,
    color: Option<Text<'static>>,
    guid: Option<Text<'static>>,
}

#[derive(Default)]
struct Day(RawDay<'static>);

/// A day's rooms by name, in the order their names first appear; a name given twice keeps its last list.
#[derive(Default)]
struct Rooms(IndexMap<String, Vec<RawEvent<'static>>>);

#[derive(Default)]
struct Event(RawEvent<'static>);

#[derive(Default)]
struct Person {
    public_name: Option<Text<'static>>,
    name: Option<Text<'static>>,
    raw: RawPerson<'static>,
}

impl<'de> FromMap<'de> for Root {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        match key.as_str() {
            "schedule" => self.schedule = Some(value::<Loose<Schedule>, A>(map)?.0),
            "generator" => self.generator = Some(value::<Loose<Generator>, A>(map)?.0.name),
            _ => skip(map)?,
        }
        Ok(())
    }
}

impl<'de> FromMap<'de> for Schedule {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        match key.as_str() {
            "conference" => self.conference = Some(value::<Loose<Conference>, A>(map)?.0),
            "base_url" => self.base_url = scalar(map)?,
            "generator" => self.generator = value::<Loose<Generator>, A>(map)?.0.name,
            _ => skip(map)?,
        }
        Ok(())
    }
}

impl<'de> FromMap<'de> for Generator {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = scalar(map)?,
            _ => skip(map)?,
        }
        Ok(())
    }
}

impl<'de> FromMap<'de> for Named {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        match key.as_str() {
            "name" => self.name = scalar(map)?,
            "color" => self.color = scalar(map)?,
            "guid" => self.guid = scalar(map)?,
            _ => skip(map)?,
        }
        Ok(())
    }
}

impl<'de> FromMap<'de> for Conference {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        match key.as_str() {
            "title" => self.title = scalar(map)?,
            "acronym" => self.acronym = scalar(map)?,
            "time_zone_name" => self.time_zone_name = scalar(map)?,
            "url" => self.url = scalar(map)?,
            "tracks" => {
                let tracks = value::<LooseVec<Loose<Named>>, A>(map)?.0;
                self.tracks = tracks
                    .into_iter()
                    .filter_map(|Loose(t)| Some(RawTrack { name: t.name?, color: t.color }))
                    .collect();
            }
            "rooms" => {
                let rooms = value::<LooseVec<Loose<Named>>, A>(map)?.0;
                self.rooms = rooms.into_iter().filter_map(|Loose(r)| Some((r.name?, r.guid))).collect();
            }
            "days" => {
                self.days = value::<LooseVec<Loose<Day>>, A>(map)?.0.into_iter().map(|Loose(d)| d.0).collect();
            }
            _ => skip(map)?,
        }
        Ok(())
    }
}

impl<'de> FromMap<'de> for Day {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        let d = &mut self.0;
        match key.as_str() {
            "index" => d.index = scalar(map)?,
            "date" => d.date = scalar(map)?,
            "day_start" => d.start = scalar(map)?,
            "day_end" => d.end = scalar(map)?,
            "rooms" => {
                let rooms = value::<Loose<Rooms>, A>(map)?.0.0;
                d.rooms = rooms
                    .into_iter()
                    .map(|(name, events)| RawRoom { name: name.trim().to_owned().into(), guid: None, events })
                    .collect();
            }
            _ => skip(map)?,
        }
        Ok(())
    }
}

impl<'de> FromMap<'de> for Rooms {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        let events = value::<LooseVec<Loose<Event>>, A>(map)?.0.into_iter().map(|Loose(e)| e.0).collect();
        self.0.insert(key.as_str().to_owned(), events);
        Ok(())
    }
}

impl<'de> FromMap<'de> for Event {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        let e = &mut self.0;
        let text = |map: &mut A| scalar(map).map(Option::unwrap_or_default);
        match key.as_str() {
            "id" => e.id = scalar(map)?,
            "guid" => e.guid = scalar(map)?,
            "code" => e.code = scalar(map)?,
            "date" => e.date = scalar(map)?,
            "start" => e.start = scalar(map)?,
            "duration" => e.duration = scalar(map)?,
            "end" => e.end = scalar(map)?,
            "title" => e.title = text(map)?,
            "subtitle" => e.subtitle = text(map)?,
            "type" => e.kind = text(map)?,
            "track" => e.track = text(map)?,
            "language" => e.language = text(map)?,
            "abstract" => e.abstract_text = text(map)?,
            "description" => e.description = text(map)?,
            "slug" => e.slug = scalar(map)?,
            "url" => e.url = scalar(map)?,
            "persons" => {
                let persons = value::<LooseVec<Loose<Person>>, A>(map)?.0;
                e.persons = persons
                    .into_iter()
                    .map(|Loose(p)| RawPerson { name: p.public_name.or(p.name).unwrap_or_default(), ..p.raw })
                    .collect();
            }
            _ => skip(map)?,
        }
        Ok(())
    }
}

impl<'de> FromMap<'de> for Person {
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error> {
        let p = &mut self.raw;
        match key.as_str() {
            "public_name" => self.public_name = scalar(map)?,
            "name" => self.name = scalar(map)?,
            "id" => p.id = scalar(map)?,
            "code" => p.code = scalar(map)?,
            "guid" => p.guid = scalar(map)?,
            "biography" => p.biography = scalar(map)?.unwrap_or_default(),
            _ => skip(map)?,
        }
        Ok(())
    }
}

/// The parser's error with Podium's line and column.
fn syntax_error(text: &str, e: &serde_json::Error) -> ImportError {
    // serde_json counts columns from 1 but says 0 before a line's first character (the end of the
    // file after a line break), and appends the position to its message.
    // Its columns count bytes; Podium's count characters, as in RON and XML.
    let message = e.to_string();
    let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(text, _)| text).to_owned();
    let line_start: usize = text.split_inclusive('\n').take(e.line().saturating_sub(1)).map(str::len).sum();
    let (line, col) = crate::format::line_col(text.as_bytes(), line_start + e.column().saturating_sub(1));
    ImportError::Syntax { line, col, message }
}

/// Reads a schedule JSON document.
pub fn read(text: &str) -> Result<RawSchedule<'static>, ImportError> {
    let Loose(root) = serde_json::from_str::<Loose<Root>>(text).map_err(|e| syntax_error(text, &e))?;
    let schedule = root.schedule.ok_or(ImportError::NotASchedule)?;
    let conference = schedule.conference.ok_or(ImportError::NotASchedule)?;
    Ok(RawSchedule {
        title: conference.title.unwrap_or_default().into(),
        acronym: conference.acronym.unwrap_or_default().into(),
        time_zone: conference.time_zone_name.map(Text::from),
        url: conference.url.or(schedule.base_url).map(Text::from),
        tracks: conference.tracks,
        rooms: conference.rooms,
        // At the top (c3voc schema), or inside `schedule` as some writers put it.
        generator: root.generator.unwrap_or(schedule.generator).map(Text::from),
        days: conference.days,
    })
}
