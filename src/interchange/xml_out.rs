//! Schedule XML, valid against the official `schedule.xml.xsd`.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::out::{OutDay, OutEvent, OutSchedule, schedule};
use crate::export::ExportOptions;
use crate::model::Programme;

type W = Writer<Vec<u8>>;

/// Whether XML 1.0 allows a character at all (even escaped): tab, line feed, carriage return, and
/// everything from U+0020 except surrogates and U+FFFE/U+FFFF. quick-xml escapes markup, not these.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// Text with the characters XML cannot carry dropped (they may come from JSON imports or hand-edited files).
fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(xml_char) {
        text.into()
    } else {
        text.chars().filter(|c| xml_char(*c)).collect::<String>().into()
    }
}

fn leaf(w: &mut W, name: &str, text: &str) -> std::io::Result<()> {
    w.create_element(name).write_text_content(BytesText::new(&clean(text)))?;
    Ok(())
}

fn event(w: &mut W, e: &OutEvent) -> std::io::Result<()> {
    let id = e.id.to_string();
    w.create_element("event").with_attributes([("guid", e.guid.as_str()), ("id", id.as_str())]).write_inner_content(
        |w| {
            leaf(w, "room", &e.room)?;
            leaf(w, "title", &e.title)?;
            leaf(w, "subtitle", &e.subtitle)?;
            leaf(w, "type", &e.kind)?;
            leaf(w, "date", &e.date)?;
            leaf(w, "start", &e.start)?;
            leaf(w, "duration", &e.duration)?;
            leaf(w, "abstract", &e.abstract_text)?;
            leaf(w, "slug", &e.slug)?;
            leaf(w, "track", &e.track)?;
            if !e.language.is_empty() {
                leaf(w, "language", &e.language)?;
            }
            leaf(w, "description", &e.description)?;
            w.create_element("persons").write_inner_content(|w| {
                for person in &e.persons {
                    let id = person.id.to_string();
                    w.create_element("person")
                        .with_attributes([("id", id.as_str()), ("guid", person.guid.as_str())])
                        .write_text_content(BytesText::new(&clean(&person.name)))?;
                }
                Ok(())
            })?;
            if e.url.starts_with("http") {
                leaf(w, "url", &e.url)?;
            }
            Ok(())
        },
    )?;
    Ok(())
}

fn day(w: &mut W, d: &OutDay) -> std::io::Result<()> {
    let index = d.index.to_string();
    let attrs =
        [("index", index.as_str()), ("date", d.date.as_str()), ("start", d.start.as_str()), ("end", d.end.as_str())];
    w.create_element("day").with_attributes(attrs).write_inner_content(|w| {
        for room in &d.rooms {
            let name = clean(&room.name);
            let attrs = [("name", name.as_ref()), ("guid", room.guid.as_str())];
            if room.events.is_empty() {
                w.create_element("room").with_attributes(attrs).write_empty()?;
            } else {
                w.create_element("room")
                    .with_attributes(attrs)
                    .write_inner_content(|w| room.events.iter().try_for_each(|e| event(w, e)))?;
            }
        }
        Ok(())
    })?;
    Ok(())
}

fn write(s: &OutSchedule) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("schedule").write_inner_content(|w| {
        w.create_element("generator")
            .with_attributes([("name", "podium"), ("version", env!("CARGO_PKG_VERSION"))])
            .write_empty()?;
        leaf(w, "version", &s.version)?;
        w.create_element("conference").write_inner_content(|w| {
            leaf(w, "title", &s.title)?;
            leaf(w, "acronym", &s.acronym)?;
            if !s.start.is_empty() {
                leaf(w, "start", &s.start)?;
                leaf(w, "end", &s.end)?;
            }
            leaf(w, "days", &s.days.len().to_string())?;
            leaf(w, "timeslot_duration", &s.timeslot)?;
            if let Some(url) = &s.url {
                leaf(w, "url", url)?;
            }
            leaf(w, "time_zone_name", &s.time_zone)?;
            for t in &s.tracks {
                let name = clean(&t.name);
                let mut attrs = vec![("name", name.as_ref()), ("slug", t.slug.as_str())];
                if let Some(c) = &t.color {
                    attrs.push(("color", c.as_str()));
                }
                w.create_element("track").with_attributes(attrs).write_empty()?;
            }
            Ok(())
        })?;
        s.days.iter().try_for_each(|d| day(w, d))
    })?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// The schedule XML of the selected sessions.
pub fn to_xml(p: &Programme, opts: &ExportOptions) -> Vec<u8> {
    // Writing into a Vec cannot fail.
    write(&schedule(p, opts)).unwrap_or_default()
}
