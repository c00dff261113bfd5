//! The agenda: a derived, read-only view of the programme day by day, as printed agendas and the
//! timetable show it. Days come in day order; each day lists the halls in use in hall order and its
//! sessions sorted by start, with hall, track and people resolved to names and contribution times
//! computed. All-halls sessions (a lunch break) are one session placed across every hall.
//!
//! Building it applies an export [`Selection`] (day, hall, track, person, drafts), so every printed
//! format shows the same sessions in the same order. Nothing here draws, allocates pixels or reads
//! the clock; time arithmetic is done by [`super::time`].
//!
//! Sessions that are selected but have no day or no start are not lost: they come in
//! [`Agenda::unscheduled`], sorted by title, so a printout can say "time to be announced".

use chrono::NaiveDate;

use super::time::{self, TimeRange};
use super::{DayKey, HallKey, HallPlacement, PersonKey, Programme, Role, Session, SessionKey, SessionKind, Status};
use super::{Participation, Track};
use crate::export::Selection;

/// The whole agenda of a selection.
#[derive(Clone, Debug)]
pub struct Agenda<'a> {
    /// Days that have at least one selected, timed session, in day order.
    pub days: Vec<AgendaDay<'a>>,
    /// Selected sessions without a day or a start, by title then key.
    pub unscheduled: Vec<AgendaSession<'a>>,
}

/// One programme day.
#[derive(Clone, Debug)]
pub struct AgendaDay<'a> {
    /// The day's key.
    pub key: &'a DayKey,
    /// Its calendar date.
    pub date: NaiveDate,
    /// Its label ("Kongresstag"); may be empty.
    pub label: &'a str,
    /// The halls that have a session this day (only the selected hall when a hall is selected), in hall
    /// order. [`Place::Hall`] indexes this list.
    pub halls: Vec<AgendaHall<'a>>,
    /// The day's sessions: by start, all-halls sessions first among equal starts, then hall order, then
    /// key; sessions without a hall last among equal starts.
    pub sessions: Vec<AgendaSession<'a>>,
    /// Minutes after the day's midnight of the first start.
    pub first_start_mins: u32,
    /// Minutes after the day's midnight of the last end.
    pub last_end_mins: u32,
}

impl AgendaDay<'_> {
    /// Whether any session of the day has a start but no hall yet.
    pub fn has_unplaced(&self) -> bool {
        self.sessions.iter().any(|s| s.place == Place::Unplaced)
    }
}

/// A hall as a column of a day.
#[derive(Clone, Debug)]
pub struct AgendaHall<'a> {
    /// The hall's key.
    pub key: &'a HallKey,
    /// Its name.
    pub name: &'a str,
    /// Its own venue when it is not at the event's main venue ("Potsdam Hauptbahnhof").
    pub venue: Option<&'a str>,
}

/// Where a session of a day takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// One hall: an index into [`AgendaDay::halls`].
    Hall(usize),
    /// Every hall at once.
    AllHalls,
    /// No hall yet.
    Unplaced,
}

/// A person in a session, with the public facts a printed programme names.
#[derive(Clone, Debug)]
pub struct AgendaPerson<'a> {
    /// The person's key.
    pub key: &'a PersonKey,
    /// Name with academic title ("Prof. Dr. Hans Joachim Schellnhuber").
    pub name: String,
    /// Function ("Bundesbauministerin"); may be empty.
    pub function: &'a str,
    /// Organisation; may be empty.
    pub organisation: &'a str,
    /// Their role.
    pub role: Role,
}

/// A contribution inside a session, with its computed times.
#[derive(Clone, Debug)]
pub struct AgendaContribution<'a> {
    /// Title.
    pub title: &'a str,
    /// Start, minutes after the day's midnight.
    pub start_mins: u32,
    /// End, minutes after the day's midnight.
    pub end_mins: u32,
    /// Who presents it.
    pub people: Vec<AgendaPerson<'a>>,
}

/// A selected session with everything resolved.
#[derive(Clone, Debug)]
pub struct AgendaSession<'a> {
    /// The session's key.
    pub key: &'a SessionKey,
    /// The session itself (title, subtitle, description, kind, status).
    pub session: &'a Session,
    /// Where it takes place.
    pub place: Place,
    /// The hall's name (`None` for all halls and for no hall).
    pub hall_name: Option<&'a str>,
    /// The hall's own venue when it is not the main venue.
    pub venue: Option<&'a str>,
    /// Its track.
    pub track: Option<&'a Track>,
    /// Start, minutes after the day's midnight (0 when unscheduled).
    pub start_mins: u32,
    /// End, minutes after the day's midnight (0 when unscheduled).
    pub end_mins: u32,
    /// The absolute range, when the session has a day and a start.
    pub range: Option<TimeRange>,
    /// Hosts (welcome, guide) of the session as a whole, in file order.
    pub hosts: Vec<AgendaPerson<'a>>,
    /// Speakers of the session as a whole, in file order.
    pub speakers: Vec<AgendaPerson<'a>>,
    /// Moderators, in file order.
    pub moderators: Vec<AgendaPerson<'a>>,
    /// Contributions in order, with times.
    pub contributions: Vec<AgendaContribution<'a>>,
}

impl AgendaSession<'_> {
    /// Its title.
    pub fn title(&self) -> &str {
        &self.session.title
    }

    /// Its kind.
    pub fn kind(&self) -> SessionKind {
        self.session.kind
    }

    /// Its status.
    pub fn status(&self) -> Status {
        self.session.status
    }

    /// Whether the session should stand out: plenary sessions and all-halls sessions.
    pub fn stands_out(&self) -> bool {
        self.session.kind == SessionKind::Plenary || self.place == Place::AllHalls
    }

    /// Length in minutes.
    pub fn duration_mins(&self) -> u32 {
        self.end_mins.saturating_sub(self.start_mins)
    }
}

impl<'a> Agenda<'a> {
    /// The agenda of the sessions `selection` includes.
    pub fn new(p: &'a Programme, selection: &Selection) -> Self {
        let mut days: Vec<AgendaDay<'a>> = p
            .days
            .iter()
            .map(|(key, day)| AgendaDay {
                key,
                date: day.date,
                label: &day.label,
                halls: Vec::new(),
                sessions: Vec::new(),
                first_start_mins: 0,
                last_end_mins: 0,
            })
            .collect();
        let mut unscheduled = Vec::new();
        for (key, session) in p.sessions.iter().filter(|(_, s)| selection.includes(s)) {
            let day = session.day.as_ref().and_then(|d| p.days.get_index_of(d));
            match (day.and_then(|i| days.get_mut(i)), session.start) {
                (Some(day), Some(start)) => {
                    let mut item = resolve(p, key, session);
                    item.start_mins = start.mins();
                    item.end_mins = start.mins().saturating_add(session.duration_mins);
                    item.contributions = contributions(p, session, start.mins());
                    item.range = p.session_range(session);
                    day.sessions.push(item);
                }
                _ => unscheduled.push(resolve(p, key, session)),
            }
        }
        unscheduled.sort_by(|a, b| a.title().cmp(b.title()).then_with(|| a.key.cmp(b.key)));
        days.retain(|d| !d.sessions.is_empty());
        for day in &mut days {
            finish_day(p, selection, day);
        }
        Self { days, unscheduled }
    }

    /// Whether nothing was selected.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty() && self.unscheduled.is_empty()
    }

    /// The number of sessions in the agenda (timed and unscheduled).
    pub fn session_count(&self) -> usize {
        self.days.iter().map(|d| d.sessions.len()).sum::<usize>() + self.unscheduled.len()
    }
}

/// Picks the day's halls, places and sorts its sessions, and computes its span.
fn finish_day<'a>(p: &'a Programme, selection: &Selection, day: &mut AgendaDay<'a>) {
    let used = |key: &HallKey| match &selection.hall {
        Some(selected) => selected == key,
        None => day.sessions.iter().any(|s| s.session.hall_key() == Some(key)),
    };
    day.halls = p
        .halls
        .iter()
        .filter(|(k, _)| used(k))
        .map(|(key, hall)| AgendaHall { key, name: &hall.name, venue: hall.venue.as_deref() })
        .collect();
    for s in &mut day.sessions {
        s.place = match &s.session.hall {
            Some(HallPlacement::All) => Place::AllHalls,
            Some(HallPlacement::Hall(key)) => {
                day.halls.iter().position(|h| h.key == key).map_or(Place::Unplaced, Place::Hall)
            }
            None => Place::Unplaced,
        };
    }
    let order = |s: &AgendaSession<'_>| {
        let place = match s.place {
            Place::AllHalls => (0, 0),
            Place::Hall(i) => (1, i),
            Place::Unplaced => (2, 0),
        };
        (s.start_mins, place, s.end_mins)
    };
    day.sessions.sort_by(|a, b| order(a).cmp(&order(b)).then_with(|| a.key.cmp(b.key)));
    day.first_start_mins = day.sessions.iter().map(|s| s.start_mins).min().unwrap_or(0);
    day.last_end_mins = day.sessions.iter().map(|s| s.end_mins).max().unwrap_or(0);
}

/// A session with names resolved; times are filled in by the caller for timed sessions.
fn resolve<'a>(p: &'a Programme, key: &'a SessionKey, session: &'a Session) -> AgendaSession<'a> {
    let hall = session.hall_key().and_then(|k| p.halls.get(k));
    let by_role = |role: Role| people(p, session.people.iter().filter(|pr| pr.role == role));
    AgendaSession {
        key,
        session,
        place: match session.hall {
            Some(HallPlacement::All) => Place::AllHalls,
            _ => Place::Unplaced,
        },
        hall_name: hall.map(|h| h.name.as_str()),
        venue: hall.and_then(|h| h.venue.as_deref()),
        track: session.track.as_ref().and_then(|t| p.tracks.get(t)),
        start_mins: 0,
        end_mins: 0,
        range: None,
        hosts: by_role(Role::Host),
        speakers: by_role(Role::Speaker),
        moderators: by_role(Role::Moderator),
        contributions: Vec::new(),
    }
}

/// People of a participation list that exist, in order.
fn people<'a>(p: &'a Programme, list: impl Iterator<Item = &'a Participation>) -> Vec<AgendaPerson<'a>> {
    list.filter_map(|pr| {
        p.people.get_key_value(&pr.person).map(|(key, person)| AgendaPerson {
            key,
            name: person.display_name(),
            function: &person.function,
            organisation: &person.organisation,
            role: pr.role,
        })
    })
    .collect()
}

/// Contributions with times counted from the session's start (minutes after the day's midnight).
fn contributions<'a>(p: &'a Programme, session: &'a Session, start_mins: u32) -> Vec<AgendaContribution<'a>> {
    session
        .contributions
        .iter()
        .zip(session.contribution_offsets())
        .map(|(c, (offset, duration))| {
            let start = start_mins.saturating_add(offset);
            AgendaContribution {
                title: &c.title,
                start_mins: start,
                end_mins: start.saturating_add(duration),
                people: people(p, c.people.iter()),
            }
        })
        .collect()
}

/// "14:40" for minutes after a day's midnight, on the real clock (24:15 shows as 00:15).
pub fn clock_label(mins: u32) -> String {
    time::wall_clock(mins)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Programme {
        crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap()
    }

    #[test]
    fn days_in_order_with_used_halls_in_hall_order() {
        let p = sample();
        let agenda = Agenda::new(&p, &Selection::default());
        let dates: Vec<String> = agenda.days.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(dates, ["2022-09-14", "2022-09-15", "2022-09-16"]);
        let congress = &agenda.days[1];
        let halls: Vec<&str> = congress.halls.iter().map(|h| h.name).collect();
        assert_eq!(halls.first(), Some(&"Halle 1"));
        let order: Vec<usize> = halls.iter().map(|n| p.halls.values().position(|h| h.name == *n).unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{halls:?}");
        let starts: Vec<u32> = congress.sessions.iter().map(|s| s.start_mins).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]));
        let lunch = congress.sessions.iter().find(|s| s.title() == "Mittagspause").unwrap();
        assert_eq!(lunch.place, Place::AllHalls);
        assert!(lunch.stands_out());
        assert_eq!(congress.first_start_mins, 8 * 60 + 30);
        assert!(agenda.unscheduled.is_empty());
    }

    #[test]
    fn contributions_get_their_times_and_people_their_functions() {
        let p = sample();
        let agenda = Agenda::new(&p, &Selection::default());
        let opening = agenda.days[0].sessions.iter().find(|s| s.title() == "Feierliche Eröffnung").unwrap();
        let times: Vec<(String, String)> =
            opening.contributions.iter().map(|c| (clock_label(c.start_mins), clock_label(c.end_mins))).collect();
        assert_eq!(times[0], ("19:00".to_owned(), "19:10".to_owned()));
        assert_eq!(times[6], ("20:00".to_owned(), "20:30".to_owned()));
        let staedtetag = &opening.contributions[4];
        assert_eq!(staedtetag.people.len(), 1);
        assert!(!staedtetag.people[0].organisation.is_empty());
        assert_eq!(opening.hosts.len(), 1);
    }

    #[test]
    fn a_hall_selection_keeps_that_hall_and_all_halls_sessions() {
        let p = sample();
        let sel = Selection { hall: Some(HallKey::new("halle-6")), ..Selection::default() };
        let agenda = Agenda::new(&p, &sel);
        for day in &agenda.days {
            assert_eq!(day.halls.len(), 1);
            assert!(day.sessions.iter().all(|s| matches!(s.place, Place::Hall(0) | Place::AllHalls)));
        }
    }

    #[test]
    fn past_midnight_and_unscheduled_sessions() {
        let mut p = sample();
        let s = p.sessions.get_mut("arena-digitale-zwillinge").unwrap();
        s.start = Some("24:15".parse().unwrap());
        p.sessions.get_mut("kaffeepause").unwrap().start = None;
        let agenda = Agenda::new(&p, &Selection::default());
        let late = agenda.days[1].sessions.last().unwrap();
        assert_eq!(late.key.as_str(), "arena-digitale-zwillinge");
        assert_eq!(clock_label(late.start_mins), "00:15");
        assert_eq!(agenda.unscheduled.len(), 1);
        assert_eq!(agenda.unscheduled[0].key.as_str(), "kaffeepause");
    }
}
