//! Between the version-1 DTOs and the model: every key must be unique and every reference must resolve,
//! or loading fails naming the entity. Model → DTO cannot fail.

use std::collections::BTreeMap;

use super::error::{EntityKind, EntityRef, LoadError};
use super::v1::{
    ContributionV1, DayAvailabilityV1, DayV1, EventV1, FileV1, HallV1, KindV1, PersonRoleV1, PersonV1, RoleV1,
    SessionV1, SpanV1, StatusV1, TrackV1, VenueV1, WindowV1,
};
use super::values::{DateText, TimeText, UuidText};
use crate::model::{
    Availability, Contribution, ContributionKey, Day, DayAvailability, DayKey, Event, Hall, HallKey, HallPlacement,
    Participation, Person, PersonKey, Programme, Role, Session, SessionKind, Span, Status, Track, TrackKey, Venue,
    Window,
};

fn entity(kind: EntityKind, key: &str) -> EntityRef {
    EntityRef { kind, key: key.to_owned() }
}

/// Builds a programme from a version-1 file, checking keys and references.
pub fn from_v1(file: FileV1) -> Result<Programme, LoadError> {
    let mut p = Programme { event: event_from(file.event), ..Programme::default() };
    for d in file.days {
        let key = DayKey::new(d.key);
        if p.days.contains_key(&key) {
            return Err(LoadError::DuplicateKey(entity(EntityKind::Day, key.as_str())));
        }
        p.days.insert(key, Day { date: d.date.0, label: d.label, opens: d.opens.0, closes: d.closes.0 });
    }
    for t in file.tracks {
        let key = TrackKey::new(t.key);
        if p.tracks.contains_key(&key) {
            return Err(LoadError::DuplicateKey(entity(EntityKind::Track, key.as_str())));
        }
        p.tracks.insert(key, Track { name: t.name, colour: t.colour, external: t.external });
    }
    for h in file.halls {
        let key = HallKey::new(h.key);
        if p.halls.contains_key(&key) {
            return Err(LoadError::DuplicateKey(entity(EntityKind::Hall, key.as_str())));
        }
        let availability =
            availability_from(&p, entity(EntityKind::Hall, key.as_str()), h.availability, h.availability_by_day)?;
        let hall = Hall {
            name: h.name,
            capacity: h.capacity,
            venue: h.venue,
            availability,
            changeover_mins: h.changeover_mins,
            parallel: h.parallel,
            notes: h.notes,
            external: h.external,
        };
        p.halls.insert(key, hall);
    }
    for (key, person) in file.people {
        let availability =
            availability_from(&p, entity(EntityKind::Person, &key), person.availability, person.availability_by_day)?;
        let person = Person {
            name: person.name,
            title: person.title,
            function: person.function,
            organisation: person.organisation,
            bio: person.bio,
            salutation: person.salutation,
            email: person.email,
            phone: person.phone,
            notes: person.notes,
            availability,
            external: person.external,
        };
        p.people.insert(PersonKey::new(key), person);
    }
    for (key, s) in file.sessions {
        let session = session_from(&p, &key, s)?;
        p.sessions.insert(key.into(), session);
    }
    Ok(p)
}

fn event_from(e: EventV1) -> Event {
    Event {
        key: e.key,
        uuid: e.uuid.0,
        title: e.title,
        motto: e.motto,
        acronym: e.acronym,
        venue: Venue { name: e.venue.name, address: e.venue.address, city: e.venue.city },
        time_zone: e.time_zone,
        website: e.website,
        registration_deadline: e.registration_deadline.map(|d| d.0),
        organisers: e.organisers,
        notice: e.notice,
        changeover_mins: e.changeover_mins,
        travel_mins: e.travel_mins,
        snap_mins: e.snap_mins,
        letter_intro: e.letter_intro,
        letter_closing: e.letter_closing,
    }
}

/// Availability from the first-format window list (its meaning kept: only those days and times) and the
/// day-by-day map, which has the last word for the days it names.
fn availability_from(
    p: &Programme,
    owner: EntityRef,
    windows: Vec<WindowV1>,
    by_day: BTreeMap<String, DayAvailabilityV1>,
) -> Result<Availability, LoadError> {
    let windows = windows_from(p, owner.clone(), windows)?;
    let mut out = Availability::from_windows(p.days.keys(), &windows);
    for (day, value) in by_day {
        let day = DayKey::new(day);
        if !p.days.contains_key(&day) {
            return Err(LoadError::UnknownReference {
                entity: owner,
                field: "availability_by_day",
                key: day.to_string(),
            });
        }
        let value = match value {
            DayAvailabilityV1::AllDay => DayAvailability::AllDay,
            DayAvailabilityV1::Unavailable => DayAvailability::Unavailable,
            DayAvailabilityV1::Only(spans) => {
                DayAvailability::Only(spans.into_iter().map(|s| Span { from: s.from.0, to: s.to.0 }).collect())
            }
        };
        out.set(day, value);
    }
    Ok(out)
}

fn windows_from(p: &Programme, owner: EntityRef, windows: Vec<WindowV1>) -> Result<Vec<Window>, LoadError> {
    windows
        .into_iter()
        .map(|w| {
            let day = DayKey::new(w.day);
            if !p.days.contains_key(&day) {
                return Err(LoadError::UnknownReference { entity: owner.clone(), field: "day", key: day.to_string() });
            }
            Ok(Window { day, from: w.from.0, to: w.to.0 })
        })
        .collect()
}

fn people_from(p: &Programme, owner: &EntityRef, people: Vec<PersonRoleV1>) -> Result<Vec<Participation>, LoadError> {
    people
        .into_iter()
        .map(|pr| {
            let person = PersonKey::new(pr.person);
            if !p.people.contains_key(&person) {
                let key = person.to_string();
                return Err(LoadError::UnknownReference { entity: owner.clone(), field: "person", key });
            }
            let role = match pr.role {
                RoleV1::Speaker => Role::Speaker,
                RoleV1::Moderator => Role::Moderator,
                RoleV1::Host => Role::Host,
            };
            Ok(Participation { person, role })
        })
        .collect()
}

fn session_from(p: &Programme, key: &str, s: SessionV1) -> Result<Session, LoadError> {
    let owner = entity(EntityKind::Session, key);
    let unknown = |field, k: &str| LoadError::UnknownReference { entity: owner.clone(), field, key: k.to_owned() };
    if let Some(day) = &s.day
        && !p.days.contains_key(day.as_str())
    {
        return Err(unknown("day", day));
    }
    if let Some(track) = &s.track
        && !p.tracks.contains_key(track.as_str())
    {
        return Err(unknown("track", track));
    }
    let hall = match (s.hall, s.all_halls) {
        (Some(_), true) => return Err(LoadError::HallAndAllHalls(owner)),
        (None, true) => Some(HallPlacement::All),
        (Some(hall), false) if !p.halls.contains_key(hall.as_str()) => return Err(unknown("hall", &hall)),
        (Some(hall), false) => Some(HallPlacement::Hall(hall.into())),
        (None, false) => None,
    };
    let people = people_from(p, &owner, s.people)?;
    let mut contributions = Vec::with_capacity(s.contributions.len());
    // A set, as a session may list tens of thousands (comparing each with all before it was quadratic).
    let mut keys = rustc_hash::FxHashSet::default();
    for c in s.contributions {
        let c_owner = entity(EntityKind::Contribution, &format!("{key}/{}", c.key));
        if !keys.insert(c.key.clone()) {
            return Err(LoadError::DuplicateKey(c_owner));
        }
        contributions.push(Contribution {
            key: ContributionKey::new(c.key),
            title: c.title,
            duration_mins: c.duration_mins,
            offset_mins: c.offset_mins,
            people: people_from(p, &c_owner, c.people)?,
            external: c.external,
        });
    }
    Ok(Session {
        title: s.title,
        subtitle: s.subtitle,
        kind: kind_from(s.kind),
        track: s.track.map(TrackKey::new),
        status: match s.status {
            StatusV1::Draft => Status::Draft,
            StatusV1::Confirmed => Status::Confirmed,
            StatusV1::Cancelled => Status::Cancelled,
        },
        language: s.language,
        description: s.description,
        audience: s.audience,
        day: s.day.map(DayKey::new),
        start: s.start.map(|t| t.0),
        hall,
        duration_mins: s.duration_mins,
        people,
        contributions,
        pinned: s.pinned,
        notes: s.notes,
        external: s.external,
    })
}

fn kind_from(k: KindV1) -> SessionKind {
    match k {
        KindV1::Plenary => SessionKind::Plenary,
        KindV1::Keynote => SessionKind::Keynote,
        KindV1::Panel => SessionKind::Panel,
        KindV1::Arena => SessionKind::Arena,
        KindV1::Talk => SessionKind::Talk,
        KindV1::Workshop => SessionKind::Workshop,
        KindV1::Break => SessionKind::Break,
        KindV1::Excursion => SessionKind::Excursion,
        KindV1::Reception => SessionKind::Reception,
        KindV1::Other => SessionKind::Other,
    }
}

fn kind_to(k: SessionKind) -> KindV1 {
    match k {
        SessionKind::Plenary => KindV1::Plenary,
        SessionKind::Keynote => KindV1::Keynote,
        SessionKind::Panel => KindV1::Panel,
        SessionKind::Arena => KindV1::Arena,
        SessionKind::Talk => KindV1::Talk,
        SessionKind::Workshop => KindV1::Workshop,
        SessionKind::Break => KindV1::Break,
        SessionKind::Excursion => KindV1::Excursion,
        SessionKind::Reception => KindV1::Reception,
        SessionKind::Other => KindV1::Other,
    }
}

fn availability_to(a: &Availability) -> BTreeMap<String, DayAvailabilityV1> {
    a.restricted()
        .map(|(day, value)| {
            let value = match value {
                DayAvailability::AllDay => DayAvailabilityV1::AllDay,
                DayAvailability::Unavailable => DayAvailabilityV1::Unavailable,
                DayAvailability::Only(spans) => DayAvailabilityV1::Only(
                    spans.iter().map(|s| SpanV1 { from: TimeText(s.from), to: TimeText(s.to) }).collect(),
                ),
            };
            (day.to_string(), value)
        })
        .collect()
}

fn people_to(people: &[Participation]) -> Vec<PersonRoleV1> {
    people
        .iter()
        .map(|pr| PersonRoleV1 {
            person: pr.person.to_string(),
            role: match pr.role {
                Role::Speaker => RoleV1::Speaker,
                Role::Moderator => RoleV1::Moderator,
                Role::Host => RoleV1::Host,
            },
        })
        .collect()
}

fn session_to(s: &Session) -> SessionV1 {
    SessionV1 {
        title: s.title.clone(),
        subtitle: s.subtitle.clone(),
        kind: kind_to(s.kind),
        track: s.track.as_ref().map(ToString::to_string),
        status: match s.status {
            Status::Draft => StatusV1::Draft,
            Status::Confirmed => StatusV1::Confirmed,
            Status::Cancelled => StatusV1::Cancelled,
        },
        language: s.language.clone(),
        description: s.description.clone(),
        audience: s.audience,
        day: s.day.as_ref().map(ToString::to_string),
        start: s.start.map(TimeText),
        hall: s.hall_key().map(ToString::to_string),
        all_halls: s.is_all_halls(),
        duration_mins: s.duration_mins,
        people: people_to(&s.people),
        contributions: s
            .contributions
            .iter()
            .map(|c| ContributionV1 {
                key: c.key.to_string(),
                title: c.title.clone(),
                duration_mins: c.duration_mins,
                offset_mins: c.offset_mins,
                people: people_to(&c.people),
                external: c.external.clone(),
            })
            .collect(),
        pinned: s.pinned,
        notes: s.notes.clone(),
        external: s.external.clone(),
    }
}

/// The version-1 file of a programme.
pub fn to_v1(p: &Programme) -> FileV1 {
    let e = &p.event;
    let event = EventV1 {
        key: e.key.clone(),
        uuid: UuidText(e.uuid),
        title: e.title.clone(),
        motto: e.motto.clone(),
        acronym: e.acronym.clone(),
        venue: VenueV1 { name: e.venue.name.clone(), address: e.venue.address.clone(), city: e.venue.city.clone() },
        time_zone: e.time_zone.clone(),
        website: e.website.clone(),
        registration_deadline: e.registration_deadline.map(DateText),
        organisers: e.organisers.clone(),
        notice: e.notice.clone(),
        changeover_mins: e.changeover_mins,
        travel_mins: e.travel_mins,
        snap_mins: e.snap_mins,
        letter_intro: e.letter_intro.clone(),
        letter_closing: e.letter_closing.clone(),
    };
    let days = p
        .days
        .iter()
        .map(|(k, d)| DayV1 {
            key: k.to_string(),
            date: DateText(d.date),
            label: d.label.clone(),
            opens: TimeText(d.opens),
            closes: TimeText(d.closes),
        })
        .collect();
    let halls = p
        .halls
        .iter()
        .map(|(k, h)| HallV1 {
            key: k.to_string(),
            name: h.name.clone(),
            capacity: h.capacity,
            venue: h.venue.clone(),
            availability: Vec::new(),
            availability_by_day: availability_to(&h.availability),
            changeover_mins: h.changeover_mins,
            parallel: h.parallel,
            notes: h.notes.clone(),
            external: h.external.clone(),
        })
        .collect();
    let tracks = p
        .tracks
        .iter()
        .map(|(k, t)| TrackV1 {
            key: k.to_string(),
            name: t.name.clone(),
            colour: t.colour.clone(),
            external: t.external.clone(),
        })
        .collect();
    let people: BTreeMap<String, PersonV1> = p
        .people
        .iter()
        .map(|(k, pe)| {
            let dto = PersonV1 {
                name: pe.name.clone(),
                title: pe.title.clone(),
                function: pe.function.clone(),
                organisation: pe.organisation.clone(),
                bio: pe.bio.clone(),
                salutation: pe.salutation.clone(),
                email: pe.email.clone(),
                phone: pe.phone.clone(),
                notes: pe.notes.clone(),
                availability: Vec::new(),
                availability_by_day: availability_to(&pe.availability),
                external: pe.external.clone(),
            };
            (k.to_string(), dto)
        })
        .collect();
    let sessions = p.sessions.iter().map(|(k, s)| (k.to_string(), session_to(s))).collect();
    FileV1 { version: 1, event, days, halls, tracks, people, sessions }
}
