//! Schedule XML (frab, pentabarf, pretalx, wafer) → [`RawSchedule`], leniently: unknown elements are
//! ignored, missing ones stay empty, the event's room is its parent room.

use roxmltree::{Document, Node};

use super::ImportError;
use super::raw::{RawDay, RawEvent, RawPerson, RawRoom, RawSchedule, RawTrack};
use crate::format::line_col;

fn child<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|c| c.has_tag_name(name))
}

fn text(node: Node<'_, '_>, name: &str) -> String {
    child(node, name).map(|c| c.text().unwrap_or_default().trim().to_owned()).unwrap_or_default()
}

fn opt_text(node: Node<'_, '_>, name: &str) -> Option<String> {
    Some(text(node, name)).filter(|t| !t.is_empty())
}

fn attr(node: Node<'_, '_>, name: &str) -> Option<String> {
    node.attribute(name).map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned)
}

fn person(node: Node<'_, '_>) -> RawPerson {
    RawPerson {
        id: attr(node, "id"),
        code: attr(node, "code"),
        guid: attr(node, "guid"),
        name: node.text().unwrap_or_default().trim().to_owned(),
        biography: String::new(),
    }
}

fn event(node: Node<'_, '_>) -> RawEvent {
    RawEvent {
        id: attr(node, "id"),
        guid: attr(node, "guid"),
        code: attr(node, "code"),
        date: opt_text(node, "date"),
        start: opt_text(node, "start"),
        duration: opt_text(node, "duration"),
        end: None,
        title: text(node, "title"),
        subtitle: text(node, "subtitle"),
        kind: text(node, "type"),
        track: text(node, "track"),
        language: text(node, "language"),
        abstract_text: text(node, "abstract"),
        description: text(node, "description"),
        slug: opt_text(node, "slug"),
        url: opt_text(node, "url"),
        persons: child(node, "persons")
            .map(|ps| ps.children().filter(|c| c.has_tag_name("person")).map(person).collect())
            .unwrap_or_default(),
    }
}

/// Elements with more attributes are refused before the document is parsed: the DOM parser checks
/// duplicate attributes pairwise (100,000 on one element took 30 s); schedule elements have a handful.
pub const MAX_ATTRIBUTES: usize = 1_000;

/// One fast streaming pass before the parser: refuses an element with more than [`MAX_ATTRIBUTES`]
/// attributes, naming where it starts, and returns where a document type declaration stands (outside
/// comments), for the parser's refusal of it. Syntax errors are left to the parser, which names them.
fn prescan(source: &str) -> Result<Option<usize>, ImportError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(source);
    let mut doctype = None;
    let tag_from = |before: usize| source.get(before..).and_then(|rest| rest.find('<')).map_or(before, |i| before + i);
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        match reader.read_event() {
            Ok(Event::DocType(_)) => doctype = doctype.or(Some(tag_from(before))),
            Ok(Event::Start(e) | Event::Empty(e)) => {
                if e.attributes().with_checks(false).take(MAX_ATTRIBUTES + 1).count() > MAX_ATTRIBUTES {
                    let (line, col) = line_col(source.as_bytes(), tag_from(before));
                    return Err(ImportError::TooManyAttributes { line, col, limit: MAX_ATTRIBUTES });
                }
            }
            Ok(Event::Eof) | Err(_) => return Ok(doctype),
            Ok(_) => {}
        }
    }
}

/// The parser's message without the positions it writes into it (` at 3:7`, at the end or inside),
/// which the error gives apart.
fn without_position(message: &str) -> String {
    let is_position = |pos: &str| {
        let (l, c) = pos.split_once(':').unwrap_or_default();
        !l.is_empty() && !c.is_empty() && l.bytes().chain(c.bytes()).all(|b| b.is_ascii_digit())
    };
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(" at ") {
        let (head, tail) = rest.split_at(at);
        let after = tail.get(4..).unwrap_or_default();
        let word_end = after.find(' ').unwrap_or(after.len());
        out.push_str(head);
        if is_position(after.get(..word_end).unwrap_or_default()) {
            rest = after.get(word_end..).unwrap_or_default();
        } else {
            out.push_str(" at ");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Reads a schedule XML document.
pub fn read(source: &str) -> Result<RawSchedule, ImportError> {
    let doctype = prescan(source)?;
    let doc = Document::parse(source).map_err(|e| {
        if let roxmltree::Error::DtdDetected = e {
            // roxmltree places this at 1:1; the declaration may stand anywhere before the root.
            let (line, col) = line_col(source.as_bytes(), doctype.unwrap_or(0));
            return ImportError::Dtd { line, col };
        }
        let pos = e.pos();
        let message = without_position(&e.to_string());
        ImportError::Syntax { line: pos.row as usize, col: pos.col as usize, message }
    })?;
    let root = doc.root_element();
    if !root.has_tag_name("schedule") {
        return Err(ImportError::NotASchedule);
    }
    let conference = child(root, "conference");
    let mut raw =
        RawSchedule { generator: child(root, "generator").and_then(|g| attr(g, "name")), ..Default::default() };
    if let Some(c) = conference {
        raw.title = text(c, "title");
        raw.acronym = text(c, "acronym");
        raw.time_zone = opt_text(c, "time_zone_name");
        raw.url = opt_text(c, "url").or_else(|| opt_text(c, "base_url"));
        raw.tracks = c
            .children()
            .filter(|t| t.has_tag_name("track"))
            .filter_map(|t| {
                let name =
                    attr(t, "name").or_else(|| t.text().map(|x| x.trim().to_owned()).filter(|x| !x.is_empty()))?;
                Some(RawTrack { name, color: attr(t, "color") })
            })
            .collect();
    }
    raw.days = root
        .children()
        .filter(|d| d.has_tag_name("day"))
        .map(|d| RawDay {
            index: attr(d, "index"),
            date: attr(d, "date"),
            start: attr(d, "start"),
            end: attr(d, "end"),
            rooms: d
                .children()
                .filter(|r| r.has_tag_name("room"))
                .map(|r| RawRoom {
                    name: attr(r, "name").unwrap_or_default(),
                    guid: attr(r, "guid"),
                    events: r.children().filter(|e| e.has_tag_name("event")).map(event).collect(),
                })
                .collect(),
        })
        .collect();
    Ok(raw)
}
