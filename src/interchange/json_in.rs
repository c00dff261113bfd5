//! Schedule JSON (c3voc schema; frab and pretalx flavours) → [`RawSchedule`], leniently: numbers or
//! strings where either may stand, nulls as empty, unknown keys ignored.

use serde_json::Value;

use super::ImportError;
use super::raw::{RawDay, RawEvent, RawPerson, RawRoom, RawSchedule, RawTrack};

/// A scalar as text: strings trimmed, numbers and booleans written out, null and others as `None`.
fn scalar(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn string(v: &Value, key: &str) -> String {
    scalar(v.get(key)).unwrap_or_default()
}

fn person(v: &Value) -> RawPerson {
    let name = scalar(v.get("public_name")).or_else(|| scalar(v.get("name"))).unwrap_or_default();
    RawPerson {
        id: scalar(v.get("id")),
        code: scalar(v.get("code")),
        guid: scalar(v.get("guid")),
        name,
        biography: scalar(v.get("biography")).unwrap_or_default(),
    }
}

fn event(v: &Value) -> RawEvent {
    RawEvent {
        id: scalar(v.get("id")),
        guid: scalar(v.get("guid")),
        code: scalar(v.get("code")),
        date: scalar(v.get("date")),
        start: scalar(v.get("start")),
        duration: scalar(v.get("duration")),
        end: scalar(v.get("end")),
        title: string(v, "title"),
        subtitle: string(v, "subtitle"),
        kind: string(v, "type"),
        track: string(v, "track"),
        language: string(v, "language"),
        abstract_text: string(v, "abstract"),
        description: string(v, "description"),
        slug: scalar(v.get("slug")),
        url: scalar(v.get("url")),
        persons: v
            .get("persons")
            .and_then(Value::as_array)
            .map(|ps| ps.iter().map(person).collect())
            .unwrap_or_default(),
    }
}

fn day(v: &Value) -> RawDay {
    let rooms = match v.get("rooms") {
        Some(Value::Object(rooms)) => rooms
            .iter()
            .map(|(name, events)| RawRoom {
                name: name.trim().to_owned(),
                guid: None,
                events: events.as_array().map(|es| es.iter().map(event).collect()).unwrap_or_default(),
            })
            .collect(),
        _ => Vec::new(),
    };
    RawDay {
        index: scalar(v.get("index")),
        date: scalar(v.get("date")),
        start: scalar(v.get("day_start")),
        end: scalar(v.get("day_end")),
        rooms,
    }
}

/// Reads a schedule JSON document.
pub fn read(text: &str) -> Result<RawSchedule, ImportError> {
    let root: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json counts columns from 1 but says 0 before a line's first character (the end of the
        // file after a line break), and appends the position to its message.
        // Its columns count bytes; Podium's count characters, as in RON and XML.
        let message = e.to_string();
        let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(text, _)| text).to_owned();
        let line_start: usize = text.split_inclusive('\n').take(e.line().saturating_sub(1)).map(str::len).sum();
        let (line, col) = crate::format::line_col(text.as_bytes(), line_start + e.column().saturating_sub(1));
        ImportError::Syntax { line, col, message }
    })?;
    let conference = root.get("schedule").and_then(|s| s.get("conference")).ok_or(ImportError::NotASchedule)?;
    let schedule = root.get("schedule");
    let tracks = conference
        .get("tracks")
        .and_then(Value::as_array)
        .map(|ts| {
            ts.iter()
                .filter_map(|t| Some(RawTrack { name: scalar(t.get("name"))?, color: scalar(t.get("color")) }))
                .collect()
        })
        .unwrap_or_default();
    let rooms = conference
        .get("rooms")
        .and_then(Value::as_array)
        .map(|rs| rs.iter().filter_map(|r| Some((scalar(r.get("name"))?, scalar(r.get("guid"))))).collect())
        .unwrap_or_default();
    Ok(RawSchedule {
        title: string(conference, "title"),
        acronym: string(conference, "acronym"),
        time_zone: scalar(conference.get("time_zone_name")),
        url: scalar(conference.get("url")).or_else(|| schedule.and_then(|s| scalar(s.get("base_url")))),
        tracks,
        rooms,
        // At the top (c3voc schema), or inside `schedule` as some writers put it.
        generator: root
            .get("generator")
            .or_else(|| schedule.and_then(|s| s.get("generator")))
            .and_then(|g| scalar(g.get("name"))),
        days: conference
            .get("days")
            .and_then(Value::as_array)
            .map(|ds| ds.iter().map(day).collect())
            .unwrap_or_default(),
    })
}
