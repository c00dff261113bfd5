//! iCalendar export (RFC 5545): one VEVENT per selected session that has a day and a start. Times are
//! written in UTC (`…Z`) so no VTIMEZONE is needed. UIDs are `{guid}@podium`, stable across exports and
//! unique within the calendar even when an imported schedule repeats a guid ([`super::session_guids`]);
//! DTSTAMP is the caller's "now". Only public fields are written: never e-mail, phone or internal notes.
//!
//! The lines are written by [`ics_lines`](super::ics_lines) (escaping, control characters dropped,
//! folding at 75 octets, all linear in the text), in the order the `icalendar` crate's writer used:
//! calendar properties as added, then each event's properties by name, `CATEGORIES` last. Every text
//! property is TEXT, including RFC 7986 `NAME` (written with `VALUE=TEXT`) and `X-WR-CALNAME`.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::ExportOptions;
use super::ics_lines::Lines;
use crate::i18n::{self, Lang};
use crate::model::{HallPlacement, Participation, Person, Programme, Role, Session, Status, time};

/// The PRODID of every calendar Podium writes.
pub const PRODID: &str = "-//Podium//Podium 0.1//DE";

/// The iCalendar text (CRLF line ends) of the selected sessions that have a day and a start.
pub fn to_ics(p: &Programme, opts: &ExportOptions) -> String {
    let mut lines = Lines::default();
    lines.raw("BEGIN", "VCALENDAR");
    lines.raw("VERSION", "2.0");
    lines.raw("PRODID", PRODID);
    lines.raw("CALSCALE", "GREGORIAN");
    lines.raw("METHOD", "PUBLISH");
    lines.text("NAME;VALUE=TEXT", &p.event.title);
    lines.text("X-WR-CALNAME", &p.event.title);
    let guids = super::session_guids(p);
    for (key, session) in opts.selection.sessions(p) {
        if let Some(guid) = guids.get(key) {
            event(&mut lines, p, opts, *guid, session);
        }
    }
    lines.raw("END", "VCALENDAR");
    lines.into_string()
}

/// One VEVENT; nothing when the session has no day or start (or its time is outside any calendar).
fn event(lines: &mut Lines, p: &Programme, opts: &ExportOptions, guid: Uuid, s: &Session) {
    let Some(range) = p.session_range(s) else { return };
    let (Some(start), Some(end)) = (utc(p, range.start), utc(p, range.end)) else { return };
    lines.raw("BEGIN", "VEVENT");
    lines.text("DESCRIPTION", &description(p, s, opts.lang));
    // RFC 5545 §3.8.2.2: DTEND must be later than DTSTART; without DTEND the event takes no time. A
    // session said to last millennia (an `invalid` problem) ends at the last time iCalendar can write.
    let last =
        chrono::NaiveDate::from_ymd_opt(9999, 12, 31).and_then(|d| d.and_hms_opt(23, 59, 59)).map(|t| t.and_utc());
    let end = last.map_or(end, |last| end.min(last));
    if end > start {
        lines.raw("DTEND", &stamp(end));
    }
    lines.raw("DTSTAMP", &stamp(opts.now));
    lines.raw("DTSTART", &stamp(start));
    if let Some(location) = location(p, s, opts.lang) {
        lines.text("LOCATION", &location);
    }
    lines.raw(
        "STATUS",
        match s.status {
            Status::Draft => "TENTATIVE",
            Status::Confirmed => "CONFIRMED",
            Status::Cancelled => "CANCELLED",
        },
    );
    lines.text("SUMMARY", &summary(s, opts.lang));
    lines.text("UID", &format!("{guid}@podium"));
    if let Some(track) = s.track.as_ref().and_then(|t| p.tracks.get(t)) {
        lines.text_list("CATEGORIES", &[track.name.as_str()]);
    }
    lines.raw("END", "VEVENT");
}

/// A UTC date-time as iCalendar writes it: `20220915T124000Z`.
fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// An absolute local minute of the event as UTC.
fn utc(p: &Programme, minute: time::AbsMinute) -> Option<DateTime<Utc>> {
    time::to_datetime(minute).map(|local| super::to_utc(p, local))
}

/// "Alle Säle" / "All halls".
pub(super) fn all_halls(lang: Lang) -> &'static str {
    crate::i18n::text(lang, "export-all-halls")
}

/// The word for a status: "Bestätigt", "Entwurf", "Abgesagt" and their English forms.
pub(super) fn status_word(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::Draft => crate::i18n::text(lang, "export-draft"),
        Status::Confirmed => crate::i18n::text(lang, "export-confirmed"),
        Status::Cancelled => crate::i18n::text(lang, "export-cancelled"),
    }
}

/// The title, marked " – Entwurf" / " – Abgesagt" when the session is not confirmed.
fn summary(s: &Session, lang: Lang) -> String {
    match s.status {
        Status::Confirmed => s.title.clone(),
        other => format!("{} – {}", s.title, status_word(lang, other)),
    }
}

/// "Halle 6, STATION Berlin, Luckenwalder Straße 4–6, 10963 Berlin"; the address only for the main venue.
fn location(p: &Programme, s: &Session, lang: Lang) -> Option<String> {
    let placement = s.hall.as_ref()?;
    let mut parts = vec![p.hall_name(placement, all_halls(lang)).to_owned()];
    let main_venue = match placement {
        HallPlacement::All => true,
        HallPlacement::Hall(key) => p.halls.get(key).is_none_or(|h| h.venue.is_none()),
    };
    if let Some(venue) = p.placement_venue(placement) {
        parts.push(venue.to_owned());
    }
    if main_venue {
        parts.extend([p.event.venue.address.clone(), p.event.venue.city.clone()]);
    }
    parts.retain(|part| !part.trim().is_empty());
    Some(parts.join(", "))
}

/// "Dr. Andrea Krüger (Wissenschaftliche Mitarbeiterin, Difu)": public fields only.
pub(super) fn person_line(person: &Person) -> String {
    let about: Vec<&str> =
        [person.function.as_str(), person.organisation.as_str()].into_iter().filter(|t| !t.trim().is_empty()).collect();
    if about.is_empty() { person.display_name() } else { format!("{} ({})", person.display_name(), about.join(", ")) }
}

fn people_lines<'a>(p: &'a Programme, people: &'a [Participation], role: Role) -> impl Iterator<Item = String> + 'a {
    people.iter().filter(move |pr| pr.role == role).filter_map(|pr| p.people.get(&pr.person)).map(person_line)
}

/// Subtitle, people by role, the contributions with their times, the description and the public notice.
fn description(p: &Programme, s: &Session, lang: Lang) -> String {
    let mut blocks = Vec::new();
    if !s.subtitle.trim().is_empty() {
        blocks.push(s.subtitle.clone());
    }
    let roles = [
        (Role::Moderator, crate::i18n::text(lang, "export-moderation")),
        (Role::Speaker, crate::i18n::text(lang, "export-speakers")),
        (Role::Host, crate::i18n::text(lang, "export-hosts")),
    ];
    for (role, label) in roles {
        let lines: Vec<String> = people_lines(p, &s.people, role).collect();
        if !lines.is_empty() {
            blocks.push(format!("{label}:\n{}", lines.join("\n")));
        }
    }
    if !s.contributions.is_empty() {
        let ranges = p.contribution_ranges(s);
        let lines: Vec<String> = s
            .contributions
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let when = ranges
                    .get(i)
                    .and_then(|r| Some(i18n::time_range(time::to_datetime(r.start)?, time::to_datetime(r.end)?)));
                let who: Vec<String> =
                    c.people.iter().filter_map(|pr| p.people.get(&pr.person)).map(person_line).collect();
                let mut line = when.map_or_else(|| c.title.clone(), |w| format!("{w} {}", c.title));
                if !who.is_empty() {
                    line = format!("{line} – {}", who.join("; "));
                }
                line
            })
            .collect();
        blocks.push(format!("{}:\n{}", crate::i18n::text(lang, "export-programme"), lines.join("\n")));
    }
    for text in [&s.description, &p.event.notice] {
        if !text.trim().is_empty() {
            blocks.push(text.clone());
        }
    }
    blocks.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Selection;

    fn opts(lang: Lang) -> ExportOptions {
        let now = DateTime::parse_from_rfc3339("2022-09-01T10:00:00Z").unwrap().with_timezone(&Utc);
        ExportOptions { selection: Selection::default(), lang, now, release: Default::default() }
    }

    #[test]
    fn arena_has_contributions_with_times_and_location_with_address() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let s = p.sessions.get("arena-digitale-zwillinge").unwrap();
        let text = description(&p, s, Lang::De);
        assert!(text.starts_with("Modellprojekte Smart Cities\n\nModeration:\n"), "{text}");
        assert!(text.contains("14:40–14:50 Begrüßung und Einführung"), "{text}");
        assert!(text.contains("Beispieldaten – nicht das offizielle Programm"), "{text}");
        let loc = location(&p, s, Lang::En).unwrap();
        assert!(loc.starts_with("Halle 6, STATION Berlin, "), "{loc}");
        let ics = to_ics(&p, &opts(Lang::En));
        assert!(ics.contains("UID:"), "{ics}");
    }

    #[test]
    fn zero_length_session_has_no_dtend() {
        let mut p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let s = p.sessions.get_mut("arena-digitale-zwillinge").unwrap();
        s.duration_mins = 0;
        s.contributions.clear();
        let ics = to_ics(&p, &opts(Lang::De));
        let events = ics.matches("BEGIN:VEVENT").count();
        assert_eq!(ics.matches("DTEND:").count(), events - 1);
    }
}
