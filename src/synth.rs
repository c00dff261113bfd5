//! Deterministic synthetic programmes for tests and benchmarks: seeded, any size, with days, halls at
//! several venues, people in one to three sessions, availability windows, contributions, and about one
//! clash per 100 sessions (shifted sessions that overlap their neighbour, people booked twice).

use chrono::{Days, NaiveDate};

use crate::model::{
    Clock, Contribution, ContributionKey, Day, DayKey, Hall, HallKey, HallPlacement, Participation, Person, PersonKey,
    Programme, Role, Session, SessionKey, SessionKind, Status, Window,
};

/// Sessions per hall and day: starts 08:00, 09:15, … (60 minutes, 15 minutes apart).
const SLOTS_PER_DAY: u32 = 8;

/// The shape of a synthetic programme; see [`programme`].
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Days.
    pub days: u32,
    /// Halls.
    pub halls: u32,
    /// Halls per venue (a new venue every that many halls).
    pub halls_per_venue: u32,
}

impl Shape {
    /// A shape that holds `sessions` sessions: 3 to 60 days, as many halls as needed.
    pub fn for_sessions(sessions: usize) -> Self {
        let sessions = u32::try_from(sessions).unwrap_or(u32::MAX);
        let days = (sessions / 2000).clamp(3, 60);
        let halls = sessions.div_ceil(SLOTS_PER_DAY * days).max(2);
        Self { days, halls, halls_per_venue: 10 }
    }
}

fn clock(mins: u32) -> Clock {
    Clock::from_mins(mins).unwrap_or_default()
}

/// A programme of `sessions` sessions laid out by [`Shape::for_sessions`], the same for the same seed.
pub fn programme(sessions: usize, seed: u64) -> Programme {
    programme_with(Shape::for_sessions(sessions), sessions, seed)
}

/// A clash-free plan of `talks` talks in `halls` halls (one venue) over `days` days, 09:00–18:00, for
/// placement benchmarks: each hall's day is filled from the opening, talks of 20, 30 or 45 minutes with
/// the 10-minute changeover between them, days and halls taken in turn until every talk has a place;
/// one or two speakers per talk from a pool of about two thirds as many people, never booked twice. No
/// error clash and no warning; the same for the same seed.
pub fn packed(days: u32, halls: u32, talks: usize, seed: u64) -> Programme {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut p = Programme::default();
    p.event.title = format!("Dichter Kongress ({talks} Vorträge)");
    p.event.venue.name = "Hauptort".into();
    p.event.changeover_mins = 10;
    p.event.snap_mins = 5;
    let first = NaiveDate::from_ymd_opt(2030, 3, 4).unwrap_or_default();
    let days = days.max(1);
    let halls = halls.max(1);
    for d in 0..days {
        let date = first.checked_add_days(Days::new(u64::from(d))).unwrap_or(first);
        let day = Day { date, label: format!("Tag {}", d + 1), opens: clock(540), closes: clock(1080) };
        p.days.insert(DayKey::new(format!("d{d:02}")), day);
    }
    for h in 0..halls {
        let hall = Hall { name: format!("Saal {}", h + 1), capacity: Some(80 + 40 * (h % 4)), ..Hall::default() };
        p.halls.insert(HallKey::new(format!("h{h:03}")), hall);
    }
    let pool = (talks * 2 / 3).max(1);
    for i in 0..pool {
        p.people
            .insert(PersonKey::new(format!("p{i:05}")), Person { name: format!("Person {i}"), ..Person::default() });
    }
    let day_keys: Vec<DayKey> = p.days.keys().cloned().collect();
    let hall_keys: Vec<HallKey> = p.halls.keys().cloned().collect();
    // Where each hall's day is filled up to, and each person's talks (day, start, end).
    let mut fill: Vec<u32> = vec![540; day_keys.len() * hall_keys.len()];
    let mut booked: Vec<Vec<(usize, u32, u32)>> = vec![Vec::new(); pool];
    let mut n = 0usize;
    let mut cell = 0usize;
    let mut full = 0usize;
    while n < talks && full < fill.len() {
        let duration = [20u32, 30, 45][rng.usize(0..3)];
        let at = cell % fill.len();
        cell += 1;
        let start = fill[at];
        if start + duration > 1080 {
            full += 1;
            continue;
        }
        full = 0;
        fill[at] = start + duration + 10;
        let (day, hall) = (at / hall_keys.len(), at % hall_keys.len());
        let free =
            |b: &Vec<(usize, u32, u32)>| b.iter().all(|(d, s, e)| *d != day || *e <= start || start + duration <= *s);
        let mut people = Vec::new();
        for _ in 0..1 + usize::from(rng.u32(0..3) == 0) {
            let pick = (0..12).map(|_| rng.usize(0..pool)).find(|i| free(&booked[*i]) && !people.contains(i));
            if let Some(i) = pick {
                booked[i].push((day, start, start + duration));
                people.push(i);
            }
        }
        let session = Session {
            title: format!("Vortrag {n}"),
            kind: SessionKind::Talk,
            status: Status::Confirmed,
            day: day_keys.get(day).cloned(),
            start: Some(clock(start)),
            hall: hall_keys.get(hall).cloned().map(HallPlacement::Hall),
            duration_mins: duration,
            audience: Some(rng.u32(20..80)),
            people: people
                .into_iter()
                .map(|i| Participation { person: PersonKey::new(format!("p{i:05}")), role: Role::Speaker })
                .collect(),
            ..Session::default()
        };
        p.sessions.insert(SessionKey::new(format!("t{n:05}")), session);
        n += 1;
    }
    p
}

/// A programme of `sessions` sessions (at most days × halls × 8) in the given shape.
pub fn programme_with(shape: Shape, sessions: usize, seed: u64) -> Programme {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut p = Programme::default();
    p.event.title = format!("Synthetischer Kongress ({sessions} Sessions)");
    p.event.venue.name = "Hauptort".into();
    p.event.changeover_mins = 10;
    p.event.travel_mins = 30;
    let first = NaiveDate::from_ymd_opt(2030, 3, 4).unwrap_or_default();
    let day_keys: Vec<DayKey> = (0..shape.days).map(|d| DayKey::new(format!("d{d:03}"))).collect();
    for (d, key) in (0u64..).zip(&day_keys) {
        let date = first.checked_add_days(Days::new(d)).unwrap_or(first);
        p.days
            .insert(key.clone(), Day { date, label: format!("Tag {}", d + 1), opens: clock(480), closes: clock(1140) });
    }
    let hall_keys: Vec<HallKey> = (0..shape.halls).map(|h| HallKey::new(format!("h{h:04}"))).collect();
    for (h, key) in (0u32..).zip(&hall_keys) {
        let venue = h / shape.halls_per_venue.max(1);
        let hall = Hall {
            name: format!("Saal {}", h + 1),
            capacity: Some(100 + 50 * (h % 8)),
            venue: (venue > 0).then(|| format!("Ort {venue}")),
            ..Hall::default()
        };
        p.halls.insert(key.clone(), hall);
    }
    let people_count = (sessions / 2).max(2);
    let person_keys: Vec<PersonKey> = (0..people_count).map(|i| PersonKey::new(format!("p{i:06}"))).collect();
    for (i, key) in person_keys.iter().enumerate() {
        let person = Person { name: format!("Person {i}"), ..Person::default() };
        p.people.insert(key.clone(), person);
    }
    let mut n = 0usize;
    let mut first_day: std::collections::HashMap<usize, DayKey> = std::collections::HashMap::new();
    'fill: for day in &day_keys {
        for hall in &hall_keys {
            for slot in 0..SLOTS_PER_DAY {
                if n >= sessions {
                    break 'fill;
                }
                let mut start = 480 + slot * 75;
                // About one session in a hundred runs late into its neighbour's slot.
                if rng.u32(0..200) == 0 {
                    start += 30;
                }
                let mut session = Session {
                    title: format!("Session {n}"),
                    kind: SessionKind::Talk,
                    status: if rng.u32(0..10) == 0 { Status::Draft } else { Status::Confirmed },
                    day: Some(day.clone()),
                    start: Some(clock(start)),
                    hall: Some(HallPlacement::Hall(hall.clone())),
                    duration_mins: 60,
                    audience: Some(if rng.u32(0..200) == 0 { 1000 } else { rng.u32(20..100) }),
                    ..Session::default()
                };
                if rng.u32(0..200) == 0 {
                    session.hall = None;
                }
                // Person k speaks in sessions 2k and 2k+1 (one hall, consecutive slots); a third of the
                // sessions add the next person; one in 200 adds someone at random, who may then be booked twice.
                let mut speakers = vec![n / 2];
                if rng.u32(0..3) == 0 {
                    speakers.push(n / 2 + 1);
                }
                if rng.u32(0..200) == 0 {
                    speakers.push(rng.usize(0..people_count));
                }
                for i in speakers {
                    if let Some(person) = person_keys.get(i % people_count) {
                        let part = Participation { person: person.clone(), role: Role::Speaker };
                        if !session.people.contains(&part) {
                            session.people.push(part);
                        }
                        first_day.entry(i % people_count).or_insert_with(|| day.clone());
                    }
                }
                if rng.u32(0..10) == 0 {
                    session.contributions = (0..3u32)
                        .map(|c| Contribution {
                            key: ContributionKey::new(format!("c{c}")),
                            title: format!("Beitrag {c}"),
                            duration_mins: 20,
                            offset_mins: None,
                            people: person_keys
                                .get((n / 2 + 1 + c as usize) % people_count)
                                .map(|x| Participation { person: x.clone(), role: Role::Speaker })
                                .into_iter()
                                .collect(),
                            external: Default::default(),
                        })
                        .collect();
                }
                p.sessions.insert(SessionKey::new(format!("s{n:07}")), session);
                n += 1;
            }
        }
    }
    // A fifth of the people state when they are available: the whole day of their first session, and
    // one in fifty of those only the morning.
    for (i, key) in person_keys.iter().enumerate() {
        let (true, Some(day)) = (i % 5 == 0, first_day.get(&i)) else { continue };
        let to = if rng.u32(0..50) == 0 { clock(780) } else { clock(1140) };
        let windows = [Window { day: day.clone(), from: clock(480), to }];
        let availability = crate::model::Availability::from_windows(p.days.keys(), &windows);
        let Some(person) = p.people.get_mut(key) else { continue };
        person.availability = availability;
    }
    p
}

/// Halls of [`mixed`]: many, as at a trade fair or a large congress.
pub const MIXED_HALLS: u32 = 240;

/// Session lengths of [`mixed`], in minutes: short talks to half-day workshops.
const MIXED_LENGTHS: [u32; 9] = [10, 15, 20, 30, 45, 60, 90, 120, 240];

/// A programme of `sessions` sessions that is no friendly case for the import and the check: 240 halls,
/// as many days as they need (at least 3; 70 for 100,000 sessions), sessions of 10 minutes to 4 hours packed from 08:00 with uneven gaps (about one in 150
/// starting before its predecessor ends), one to four people each, drawn partly from the hall's own
/// pool and partly from a crowd of 1,000 people who speak across halls and days (so some are booked
/// twice), contributions, drafts, cancelled and unplaced sessions, availability windows. The same for the
/// same seed; [`programme`] stays as it is for the benchmarks that rely on it.
pub fn mixed(sessions: usize, seed: u64) -> Programme {
    let mut rng = fastrand::Rng::with_seed(seed);
    // About eight sessions fit a hall's day: enough days for all, and at least three.
    let days = u32::try_from(sessions.div_ceil(MIXED_HALLS as usize * 6)).unwrap_or(u32::MAX).max(3);
    let mut p = programme_with(Shape { days, halls: MIXED_HALLS, halls_per_venue: 24 }, 0, seed);
    p.event.title = format!("Gemischter Kongress ({sessions} Sessions)");
    let day_keys: Vec<DayKey> = p.days.keys().cloned().collect();
    let hall_keys: Vec<HallKey> = p.halls.keys().cloned().collect();
    let people_count = (sessions / 3).max(1_100);
    let crowd = 1_000;
    let person_keys: Vec<PersonKey> = (0..people_count).map(|i| PersonKey::new(format!("m{i:06}"))).collect();
    for (i, key) in person_keys.iter().enumerate() {
        p.people.insert(key.clone(), Person { name: format!("Mensch {i}"), ..Person::default() });
    }
    let local = people_count - crowd;
    // Halls are filled day by day until the sessions are placed; each hall's clock moves on by the
    // session's length and a gap, and a hall's day is full at its closing (19:00), which one session in
    // a hundred overruns.
    let mut n = 0usize;
    'fill: for (d, day) in day_keys.iter().enumerate() {
        for (h, hall) in hall_keys.iter().enumerate() {
            let mut clock_mins = 480 + 5 * rng.u32(0..12);
            loop {
                if n >= sessions {
                    break 'fill;
                }
                let duration = MIXED_LENGTHS.get(rng.usize(0..MIXED_LENGTHS.len())).copied().unwrap_or(30);
                if clock_mins + duration > 1140 && rng.u32(0..100) != 0 {
                    break;
                }
                let early = if rng.u32(0..150) == 0 { 10 } else { 0 };
                let start = clock_mins.saturating_sub(early).min(1439);
                clock_mins = start + duration + [0, 0, 5, 10, 15, 30][rng.usize(0..6)];
                let status = match rng.u32(0..100) {
                    0 => Status::Cancelled,
                    1..=9 => Status::Draft,
                    _ => Status::Confirmed,
                };
                let placed = rng.u32(0..200) != 0;
                let mut session = Session {
                    title: format!("Programmpunkt {n}"),
                    kind: if duration >= 120 { SessionKind::Workshop } else { SessionKind::Talk },
                    status,
                    day: Some(day.clone()),
                    start: placed.then(|| clock(start)),
                    hall: placed.then(|| HallPlacement::Hall(hall.clone())),
                    duration_mins: duration,
                    audience: Some(rng.u32(10..400)),
                    ..Session::default()
                };
                // The hall's own people (a pool of 40 per hall and day), and now and then one of the crowd.
                let pool = (d * hall_keys.len() + h) * 40 % local.max(1);
                for _ in 0..rng.usize(1..=3) {
                    let who = if rng.u32(0..12) == 0 { local + rng.usize(0..crowd) } else { pool + rng.usize(0..40) };
                    let Some(person) = person_keys.get(who % people_count) else { continue };
                    let part = Participation { person: person.clone(), role: Role::Speaker };
                    if !session.people.contains(&part) {
                        session.people.push(part);
                    }
                }
                if duration >= 60 && rng.u32(0..8) == 0 {
                    session.contributions = (0..duration / 20)
                        .map(|c| Contribution {
                            key: ContributionKey::new(format!("c{c}")),
                            title: format!("Beitrag {c}"),
                            duration_mins: 20,
                            offset_mins: None,
                            people: person_keys
                                .get((pool + rng.usize(0..40)) % people_count)
                                .map(|x| Participation { person: x.clone(), role: Role::Speaker })
                                .into_iter()
                                .collect(),
                            external: Default::default(),
                        })
                        .collect();
                }
                p.sessions.insert(SessionKey::new(format!("m{n:07}")), session);
                n += 1;
            }
        }
    }
    for key in person_keys.iter().step_by(7) {
        let Some(day) = day_keys.get(rng.usize(0..day_keys.len())) else { continue };
        let windows = [Window { day: day.clone(), from: clock(540), to: clock(1080) }];
        let availability = crate::model::Availability::from_windows(p.days.keys(), &windows);
        if let Some(person) = p.people.get_mut(key) {
            person.availability = availability;
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_programme_and_about_one_clash_per_hundred() {
        let a = programme(2000, 7);
        assert_eq!(a, programme(2000, 7));
        assert_ne!(a, programme(2000, 8));
        assert_eq!(a.sessions.len(), 2000);
        let clashes = crate::clash::detect(&a);
        let per_hundred = clashes.len() as f64 / 20.0;
        assert!((0.3..=6.0).contains(&per_hundred), "{} clashes", clashes.len());
    }

    #[test]
    fn mixed_has_many_halls_long_and_short_sessions_and_people_across_halls() {
        let a = mixed(20_000, 5);
        assert_eq!(a, mixed(20_000, 5));
        assert_eq!(a.sessions.len(), 20_000);
        assert_eq!(a.halls.len(), MIXED_HALLS as usize);
        let used: std::collections::BTreeSet<_> = a.sessions.values().filter_map(|s| s.hall.as_ref()).collect();
        assert_eq!(used.len(), MIXED_HALLS as usize, "every hall has sessions");
        let lengths: std::collections::BTreeSet<u32> = a.sessions.values().map(|s| s.duration_mins).collect();
        assert!(lengths.contains(&10) && lengths.contains(&240), "{lengths:?}");
        // Someone of the crowd speaks in several halls.
        let mut halls_of: std::collections::HashMap<&PersonKey, std::collections::BTreeSet<&HallPlacement>> =
            Default::default();
        for s in a.sessions.values() {
            for part in &s.people {
                halls_of.entry(&part.person).or_default().extend(s.hall.as_ref());
            }
        }
        assert!(halls_of.values().any(|h| h.len() >= 5));
        let clashes = crate::clash::detect(&a);
        let kinds: std::collections::BTreeSet<_> = clashes.iter().map(|c| c.kind).collect();
        assert!(kinds.contains(&crate::clash::ClashKind::RoomOverlap), "{kinds:?}");
        assert!(kinds.contains(&crate::clash::ClashKind::SpeakerOverlap), "{kinds:?}");
    }
}
