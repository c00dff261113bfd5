//! Schedule XML (frab, pentabarf, pretalx, wafer) → [`RawSchedule`], leniently: unknown elements are
//! ignored, missing ones stay empty, the event's room is its parent room.
//!
//! One streaming pass of `quick-xml`'s reader, no document tree. It keeps what the DOM reader before it
//! did: elements match by local name (any prefix), attributes by their whole name; of a repeated child
//! (`<title>` twice) the first counts; an element's text is its first text node (text, CDATA and
//! references up to the first child element, comment or processing instruction), trimmed; attribute
//! values are normalized as XML says. Malformed input is refused with line and column, a DTD is not read.
//! Texts and attribute values that stand in the file as they are read are borrowed from it, not copied.
//! Read with a [`DaySink`], each `<day>` is handed over as soon as it closes, so the file's days are
//! never all held at once.

use quick_xml::events::attributes::AttrError;
use quick_xml::events::{BytesStart, Event};

use super::ImportError;
use super::raw::{RawDay, RawEvent, RawPerson, RawRoom, RawSchedule, RawTrack, Text};
use super::xml_wf::{self, Prefixes, syntax};
use crate::format::line_col;

/// Elements with more attributes are refused: schedule elements have a handful, and checking a flood
/// of them for duplicates is quadratic.
pub const MAX_ATTRIBUTES: usize = 1_000;

/// A text-valued child whose first appearance counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Title,
    Acronym,
    TimeZone,
    Url,
    BaseUrl,
    Date,
    Start,
    Duration,
    Subtitle,
    Type,
    Track,
    Language,
    Abstract,
    Description,
    Slug,
}

impl Field {
    const CONFERENCE: [(&'static str, Field); 5] = [
        ("title", Field::Title),
        ("acronym", Field::Acronym),
        ("time_zone_name", Field::TimeZone),
        ("url", Field::Url),
        ("base_url", Field::BaseUrl),
    ];
    const EVENT: [(&'static str, Field); 12] = [
        ("date", Field::Date),
        ("start", Field::Start),
        ("duration", Field::Duration),
        ("title", Field::Title),
        ("subtitle", Field::Subtitle),
        ("type", Field::Type),
        ("track", Field::Track),
        ("language", Field::Language),
        ("abstract", Field::Abstract),
        ("description", Field::Description),
        ("slug", Field::Slug),
        ("url", Field::Url),
    ];

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// What an open element is to the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Schedule,
    Conference,
    ConferenceField(Field),
    Track,
    Day,
    Room,
    Event,
    EventField(Field),
    Persons,
    Person,
    Ignored,
}

impl Role {
    /// Whether the element's first text node is read.
    fn wants_text(self) -> bool {
        matches!(self, Role::ConferenceField(_) | Role::EventField(_) | Role::Person | Role::Track)
    }
}

/// An open element: its role, which first-only children it has had, and its namespace declarations.
struct Frame {
    role: Role,
    /// Where its start tag begins.
    at: usize,
    seen: u32,
    prefixes: usize,
}

/// Bits of `Frame::seen` for children that are not text fields.
const SEEN_CONFERENCE: u32 = 1 << 20;
const SEEN_GENERATOR: u32 = 1 << 21;
const SEEN_PERSONS: u32 = 1 << 22;

/// Takes each day of the schedule as the reader finishes it, with what the file said before it.
pub trait DaySink<'a> {
    /// One whole `<day>`; `head` holds what came before it (conference, generator, tracks; no days).
    fn day(&mut self, head: &RawSchedule<'a>, day: RawDay<'a>);
}

/// The reading state: what has been built, the open elements and the text being collected.
struct Reader<'a, 's> {
    source: &'a str,
    /// Where finished days go (else they stay in `raw.days`).
    sink: Option<&'s mut dyn DaySink<'a>>,
    /// Whether a day went to the sink.
    gave_days: bool,
    /// Whether a conference or generator came after a day that went to the sink (the sink's days were
    /// then read without it).
    late_head: bool,
    raw: RawSchedule<'a>,
    stack: Vec<Frame>,
    prefixes: Prefixes,
    /// The first text node of the element that wants its text, while it lasts.
    text: Option<Text<'a>>,
    /// Whether the current text-collecting element is still in its first text node.
    collecting: bool,
    had_root: bool,
    /// A track's `name` attribute (its text is used without one).
    track_name: Option<Text<'a>>,
    track_color: Option<Text<'a>>,
    /// `<base_url>`, which stands in for a missing `<url>`.
    base_url: Option<Text<'a>>,
    /// Whether the root element is `<schedule>`.
    is_schedule: bool,
}

fn tag_start(source: &str, before: usize) -> usize {
    source.get(before..).and_then(|rest| rest.find('<')).map_or(before, |i| before + i)
}

fn to_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// A text without its leading and trailing white space, still borrowed when it was.
fn trimmed(text: Text<'_>) -> Text<'_> {
    match text {
        Text::Borrowed(t) => Text::Borrowed(t.trim()),
        Text::Owned(t) if t.trim().len() == t.len() => Text::Owned(t),
        Text::Owned(t) => Text::Owned(t.trim().to_owned()),
    }
}

/// Appends a piece of an element's first text node; the first piece is kept as it is (borrowed).
fn append<'a>(text: &mut Option<Text<'a>>, piece: Text<'a>) {
    match text {
        Some(t) if !t.is_empty() => t.to_mut().push_str(&piece),
        _ => *text = Some(piece),
    }
}

impl<'a, 's> Reader<'a, 's> {
    fn new(source: &'a str, sink: Option<&'s mut dyn DaySink<'a>>) -> Self {
        Self {
            source,
            sink,
            gave_days: false,
            late_head: false,
            raw: RawSchedule::default(),
            stack: Vec::new(),
            prefixes: Prefixes::default(),
            text: None,
            collecting: false,
            had_root: false,
            track_name: None,
            track_color: None,
            base_url: None,
            is_schedule: false,
        }
    }

    /// The role of a new child named `local` of the innermost open element, noting first-only children.
    fn role_of(&mut self, local: &str) -> Role {
        let Some(parent) = self.stack.last_mut() else {
            self.is_schedule = local == "schedule";
            return if self.is_schedule { Role::Schedule } else { Role::Ignored };
        };
        let mut first = |bit: u32| {
            let new = parent.seen & bit == 0;
            parent.seen |= bit;
            new
        };
        match parent.role {
            Role::Schedule => match local {
                "conference" if first(SEEN_CONFERENCE) => Role::Conference,
                "day" => Role::Day,
                _ => Role::Ignored,
            },
            Role::Conference => match Field::CONFERENCE.iter().find(|(n, _)| *n == local) {
                Some(&(_, f)) if first(f.bit()) => Role::ConferenceField(f),
                Some(_) => Role::Ignored,
                None if local == "track" => Role::Track,
                None => Role::Ignored,
            },
            Role::Day if local == "room" => Role::Room,
            Role::Room if local == "event" => Role::Event,
            Role::Event => match Field::EVENT.iter().find(|(n, _)| *n == local) {
                Some(&(_, f)) if first(f.bit()) => Role::EventField(f),
                Some(_) => Role::Ignored,
                None if local == "persons" && first(SEEN_PERSONS) => Role::Persons,
                None => Role::Ignored,
            },
            Role::Persons if local == "person" => Role::Person,
            _ => Role::Ignored,
        }
    }

    /// Whether `local` is the root's first `<generator>` (its `name` is the generator).
    fn is_generator(&mut self, local: &str) -> bool {
        let Some(parent) = self.stack.last_mut() else { return false };
        let first = parent.role == Role::Schedule && local == "generator" && parent.seen & SEEN_GENERATOR == 0;
        if first {
            parent.seen |= SEEN_GENERATOR;
        }
        first
    }

    /// Checks a start tag (name, prefixes, attributes) and returns the attributes the role reads.
    fn open(&mut self, e: &BytesStart<'_>, at: usize) -> Result<(), ImportError> {
        let source = self.source;
        let name = e.name().into_inner();
        if self.stack.is_empty() && self.had_root {
            return Err(syntax(source, at, "a second root element"));
        }
        if !xml_wf::is_qname(name) {
            return Err(syntax(source, at + 1, format!("invalid element name {name:?}")));
        }
        if e.attributes_raw().len() > 4 * MAX_ATTRIBUTES
            && e.attributes().with_checks(false).take(MAX_ATTRIBUTES + 1).count() > MAX_ATTRIBUTES
        {
            let (line, col) = line_col(source.as_bytes(), at);
            return Err(ImportError::TooManyAttributes { line, col, limit: MAX_ATTRIBUTES });
        }
        let local = xml_wf::local_of(name);
        let generator = self.is_generator(local);
        let role = self.role_of(local);
        if self.gave_days && (generator || role == Role::Conference) {
            self.late_head = true;
        }
        let mut wanted: [Option<Text<'a>>; 5] = Default::default();
        let keys: &[&str] = match role {
            Role::Day => &["index", "date", "start", "end"],
            Role::Room => &["name", "guid"],
            Role::Track => &["name", "color"],
            Role::Event | Role::Person => &["id", "guid", "code"],
            _ if generator => &["name"],
            _ => &[],
        };
        let mut declared = 0;
        let mut used_prefixes: Vec<(&str, usize)> = Vec::new();
        for attr in e.attributes() {
            let attr = attr.map_err(|err| self.attr_error(at, &err))?;
            let key = attr.key.into_inner();
            let raw_value = &*attr.value;
            let value_at = xml_wf::offset_in(source, raw_value);
            if !xml_wf::is_qname(key) {
                return Err(syntax(source, xml_wf::offset_in(source, key), format!("invalid attribute name {key:?}")));
            }
            if let Some(i) = raw_value.find('<') {
                return Err(syntax(source, value_at + i, "a '<' in an attribute value"));
            }
            if let Some(i) = xml_wf::first_non_xml_char(raw_value) {
                return Err(syntax(source, value_at + i, "a character XML does not allow"));
            }
            if key == "xmlns" {
                continue;
            }
            if let Some(prefix) = key.strip_prefix("xmlns:") {
                self.prefixes.declare(prefix);
                declared += 1;
                continue;
            }
            if let Some(prefix) = xml_wf::prefix_of(key) {
                used_prefixes.push((prefix, xml_wf::offset_in(source, key)));
            }
            let slot = keys.iter().position(|k| *k == key);
            if slot.is_none() && !raw_value.contains('&') {
                continue;
            }
            let value = self.attr_value(raw_value, value_at)?;
            if let Some(place) = slot.and_then(|i| wanted.get_mut(i)) {
                *place = Some(trimmed(value)).filter(|v| !v.is_empty());
            }
        }
        self.stack.push(Frame { role, at, seen: 0, prefixes: declared });
        for (prefix, prefix_at) in xml_wf::prefix_of(name).map(|p| (p, at + 1)).into_iter().chain(used_prefixes) {
            if !self.prefixes.knows(prefix) {
                return Err(syntax(source, prefix_at, format!("unknown namespace prefix {prefix:?}")));
            }
        }
        self.had_root = true;
        if generator {
            self.raw.generator = wanted[0].take();
        }
        self.start(role, wanted);
        Ok(())
    }

    /// An attribute value with its references resolved and its white space normalized; borrowed from the
    /// file when that changes nothing.
    fn attr_value(&self, raw: &str, at: usize) -> Result<Text<'a>, ImportError> {
        let source = self.source;
        if !raw.contains(['&', '\t', '\n', '\r'])
            && let Some(same) = source.get(at..at + raw.len()).filter(|s| *s == raw)
        {
            return Ok(Text::Borrowed(same));
        }
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some(amp) = rest.find(['&', '\t', '\n', '\r']) {
            let (head, tail) = rest.split_at(amp);
            out.push_str(head);
            if tail.starts_with('&') {
                let ref_at = at + (raw.len() - tail.len());
                let Some(end) = tail.find(';') else {
                    return Err(syntax(self.source, ref_at, "an '&' that begins no reference"));
                };
                out.push(xml_wf::resolve_reference(self.source, ref_at, tail.get(1..end).unwrap_or_default())?);
                rest = tail.get(end + 1..).unwrap_or_default();
            } else {
                // Line breaks (CR LF as one) and tabs become spaces.
                out.push(' ');
                let skip = if tail.starts_with("\r\n") { 2 } else { 1 };
                rest = tail.get(skip..).unwrap_or_default();
            }
        }
        out.push_str(rest);
        Ok(Text::Owned(out))
    }

    fn attr_error(&self, tag_at: usize, err: &AttrError) -> ImportError {
        let at = match err {
            AttrError::ExpectedEq(p)
            | AttrError::ExpectedValue(p)
            | AttrError::UnquotedValue(p)
            | AttrError::ExpectedQuote(p, _)
            | AttrError::Duplicated(p, _) => tag_at + 1 + p,
        };
        syntax(self.source, at, err.to_string())
    }

    /// Begins what an element stands for.
    fn start(&mut self, role: Role, wanted: [Option<Text<'a>>; 5]) {
        let [a, b, c, d, _] = wanted;
        match role {
            Role::Day => self.raw.days.push(RawDay { index: a, date: b, start: c, end: d, rooms: Vec::new() }),
            Role::Room => {
                let room = RawRoom { name: a.unwrap_or_default(), guid: b, events: Vec::new() };
                if let Some(day) = self.raw.days.last_mut() {
                    day.rooms.push(room);
                }
            }
            Role::Event => {
                if let Some(room) = self.raw.days.last_mut().and_then(|d| d.rooms.last_mut()) {
                    room.events.push(RawEvent { id: a, guid: b, code: c, ..RawEvent::default() });
                }
            }
            Role::Person => {
                if let Some(event) = self.event() {
                    event.persons.push(RawPerson { id: a, guid: b, code: c, ..RawPerson::default() });
                }
            }
            Role::Track => (self.track_name, self.track_color) = (a, b),
            _ => {}
        }
        if role.wants_text() {
            self.collecting = true;
            self.text = Some(Text::Borrowed(""));
        }
    }

    /// Hands the day just closed to the sink, if there is one.
    fn give_day(&mut self) {
        let Some(sink) = self.sink.as_deref_mut() else { return };
        let Some(day) = self.raw.days.pop() else { return };
        if self.raw.url.is_none() {
            self.raw.url.clone_from(&self.base_url);
        }
        self.gave_days = true;
        sink.day(&self.raw, day);
    }

    fn event(&mut self) -> Option<&mut RawEvent<'a>> {
        self.raw.days.last_mut()?.rooms.last_mut()?.events.last_mut()
    }

    /// Ends the innermost element: its text goes where its role says.
    fn close(&mut self) {
        let Some(frame) = self.stack.pop() else { return };
        self.prefixes.forget(frame.prefixes);
        if frame.role == Role::Day {
            self.give_day();
        }
        if !frame.role.wants_text() {
            return;
        }
        let text = self.text.take().map(trimmed).unwrap_or_default();
        self.collecting = false;
        let some = |t: Text<'a>| Some(t).filter(|t| !t.is_empty());
        match frame.role {
            Role::ConferenceField(f) => {
                let raw = &mut self.raw;
                match f {
                    Field::Title => raw.title = text,
                    Field::Acronym => raw.acronym = text,
                    Field::TimeZone => raw.time_zone = some(text),
                    Field::Url => raw.url = some(text),
                    Field::BaseUrl => self.base_url = some(text),
                    _ => {}
                }
            }
            Role::EventField(f) => {
                let Some(e) = self.event() else { return };
                match f {
                    Field::Date => e.date = some(text),
                    Field::Start => e.start = some(text),
                    Field::Duration => e.duration = some(text),
                    Field::Title => e.title = text,
                    Field::Subtitle => e.subtitle = text,
                    Field::Type => e.kind = text,
                    Field::Track => e.track = text,
                    Field::Language => e.language = text,
                    Field::Abstract => e.abstract_text = text,
                    Field::Description => e.description = text,
                    Field::Slug => e.slug = some(text),
                    Field::Url => e.url = some(text),
                    _ => {}
                }
            }
            Role::Person => {
                if let Some(person) = self.event().and_then(|e| e.persons.last_mut()) {
                    person.name = text;
                }
            }
            Role::Track => {
                let color = self.track_color.take();
                if let Some(name) = self.track_name.take().or_else(|| some(text)) {
                    self.raw.tracks.push(RawTrack { name, color });
                }
            }
            _ => {}
        }
    }
}

/// Reads a schedule XML document.
pub fn read(source: &str) -> Result<RawSchedule<'_>, ImportError> {
    read_with(source, None).map(|(raw, _)| raw)
}

/// Reads a schedule XML document, handing each day to `sink` as it closes; returns the rest of the
/// schedule (no days) and whether a conference or generator came only after a day (the sink's days
/// were read without it).
pub fn read_days<'a>(source: &'a str, sink: &mut dyn DaySink<'a>) -> Result<(RawSchedule<'a>, bool), ImportError> {
    read_with(source, Some(sink))
}

fn read_with<'a>(source: &'a str, sink: Option<&mut dyn DaySink<'a>>) -> Result<(RawSchedule<'a>, bool), ImportError> {
    let mut xml = quick_xml::Reader::from_str(source);
    xml.config_mut().check_comments = true;
    let mut r = Reader::new(source, sink);
    loop {
        let before = to_usize(xml.buffer_position());
        let event = xml.read_event().map_err(|e| syntax(source, to_usize(xml.error_position()), e.to_string()))?;
        match event {
            Event::Start(e) => {
                r.collecting = false;
                r.open(&e, before)?;
            }
            Event::Empty(e) => {
                r.collecting = false;
                r.open(&e, before)?;
                r.close();
            }
            Event::End(_) => r.close(),
            Event::Text(t) => {
                let text = t.xml10_content();
                if let Some(i) = xml_wf::first_non_xml_char(&text) {
                    return Err(syntax(source, before + i, "a character XML does not allow"));
                }
                if r.stack.is_empty() {
                    if let Some(i) = text.find(|c: char| !c.is_ascii_whitespace()) {
                        return Err(syntax(source, before + i, "text outside the root element"));
                    }
                } else if r.collecting {
                    append(&mut r.text, text);
                }
            }
            Event::CData(c) => {
                let text = c.xml10_content();
                if r.stack.is_empty() {
                    return Err(syntax(source, before, "CDATA outside the root element"));
                }
                if let Some(i) = xml_wf::first_non_xml_char(&text) {
                    return Err(syntax(source, before + 9 + i, "a character XML does not allow"));
                }
                if r.collecting {
                    append(&mut r.text, text);
                }
            }
            Event::GeneralRef(name) => {
                let name: &str = &name;
                let c = xml_wf::resolve_reference(source, before, name)?;
                if r.stack.is_empty() {
                    return Err(syntax(source, before, "a reference outside the root element"));
                }
                if r.collecting {
                    append(&mut r.text, Text::Owned(c.to_string()));
                }
            }
            Event::Comment(c) => {
                let text: &str = &c;
                if let Some(i) = xml_wf::first_non_xml_char(text) {
                    return Err(syntax(source, before + 4 + i, "a character XML does not allow"));
                }
                r.collecting = false;
            }
            Event::PI(_) => r.collecting = false,
            Event::Decl(_) if before > 0 => {
                return Err(syntax(source, tag_start(source, before), "an XML declaration after the start"));
            }
            Event::Decl(_) => {}
            Event::DocType(_) => {
                let (line, col) = line_col(source.as_bytes(), tag_start(source, before));
                return Err(ImportError::Dtd { line, col });
            }
            Event::Eof => break,
        }
    }
    if let Some(open) = r.stack.last() {
        return Err(syntax(source, open.at, "an element that is never closed"));
    }
    if !r.had_root {
        return Err(syntax(source, 0, "no root element"));
    }
    if !r.is_schedule {
        return Err(ImportError::NotASchedule);
    }
    let mut raw = r.raw;
    raw.url = raw.url.or(r.base_url);
    Ok((raw, r.late_head))
}
