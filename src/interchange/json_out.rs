//! Schedule JSON, valid against the official `schedule.schema.json` (rooms keep hall order). A person is
//! written as frab and pretalx write one (`id` and `public_name`, so the schema's `FrabPerson`), with
//! pretalx's `code` and `biography` where Podium has them.

use serde_json::{Map, Value, json};

use super::out::{OutEvent, OutPerson, schedule};
use crate::export::ExportOptions;
use crate::model::Programme;

fn or_null(text: &str) -> Value {
    if text.is_empty() { Value::Null } else { Value::String(text.to_owned()) }
}

fn person(x: &OutPerson) -> Value {
    let mut person = json!({"id": x.id, "guid": x.guid, "public_name": x.name});
    if let Some(obj) = person.as_object_mut() {
        if let Some(code) = &x.code {
            obj.insert("code".into(), Value::String(code.clone()));
        }
        if !x.biography.is_empty() {
            obj.insert("biography".into(), Value::String(x.biography.clone()));
        }
    }
    person
}

fn event(e: &OutEvent) -> Value {
    json!({
        "guid": e.guid,
        "id": e.id,
        "date": e.date,
        "start": e.start,
        "end": e.end,
        "duration": e.duration,
        "room": e.room,
        "slug": e.slug,
        "url": e.url,
        "title": e.title,
        "subtitle": e.subtitle,
        "track": or_null(&e.track),
        "type": e.kind,
        "language": or_null(&e.language),
        "abstract": e.abstract_text,
        "description": e.description,
        "persons": e.persons.iter().map(person).collect::<Vec<_>>(),
        "links": [],
    })
}

/// The schedule JSON of the selected sessions, pretty-printed.
pub fn to_json(p: &Programme, opts: &ExportOptions) -> Vec<u8> {
    let s = schedule(p, opts);
    let days: Vec<Value> = s
        .days
        .iter()
        .map(|d| {
            let rooms: Map<String, Value> =
                d.rooms.iter().map(|r| (r.name.clone(), Value::Array(r.events.iter().map(event).collect()))).collect();
            json!({"index": d.index, "date": d.date, "day_start": d.start, "day_end": d.end, "rooms": rooms})
        })
        .collect();
    let mut conference = json!({
        "acronym": s.acronym,
        "title": s.title,
        "start": s.start,
        "end": s.end,
        "daysCount": s.days.len(),
        "timeslot_duration": s.timeslot,
        "time_zone_name": s.time_zone,
        "tracks": s.tracks.iter().map(|t| {
            let mut track = json!({"name": t.name, "slug": t.slug});
            if let (Some(c), Some(obj)) = (&t.color, track.as_object_mut()) {
                obj.insert("color".into(), Value::String(c.clone()));
            }
            track
        }).collect::<Vec<_>>(),
        "rooms": s.rooms.iter().map(|(name, guid)| json!({"name": name, "guid": guid})).collect::<Vec<_>>(),
        "days": days,
    });
    if let Some(obj) = conference.as_object_mut() {
        if let Some(url) = &s.url {
            obj.insert("url".into(), Value::String(url.clone()));
        }
        if !s.notice.is_empty() {
            obj.insert("description".into(), Value::String(s.notice.clone()));
        }
    }
    let doc = json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "podium", "version": env!("CARGO_PKG_VERSION")},
        "schedule": {"version": s.version, "conference": conference},
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
