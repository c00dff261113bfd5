//! Which time zone an imported programme lives in. The file's `time_zone_name` wins when its offsets agree
//! with the timestamps; a name that contradicts them (pretalx's demo says "UTC" but writes +01:00) or no
//! name at all leads to `--tz`, Europe/Berlin, or the first IANA zone whose offsets match, with a warning.

use chrono::{NaiveDateTime, Offset as _, TimeZone as _};
use chrono_tz::Tz;

use super::ImportWarning;
use super::raw::{RawDay, RawSchedule};

/// At most this many timestamps are compared (spread over the file), so choosing stays cheap.
const MAX_SAMPLES: usize = 200;

/// Instants (UTC) and the offsets (seconds east) the file wrote them with. Offset zero is left out:
/// many tools write every instant in UTC (wafer does for an event in India), which says nothing about the
/// event's own zone.
fn samples(raw: &RawSchedule<'_>) -> Vec<(NaiveDateTime, i32)> {
    let mut all = Vec::new();
    for day in &raw.days {
        push_samples(day, &mut all);
    }
    all
}

/// Adds the instants and offsets of one day (its start, end and events' dates) to `all`.
pub fn push_samples(d: &RawDay<'_>, all: &mut Vec<(NaiveDateTime, i32)>) {
    let events = d.rooms.iter().flat_map(|r| r.events.iter().filter_map(|e| e.date.as_deref()));
    let texts = d.start.as_deref().into_iter().chain(d.end.as_deref()).chain(events);
    all.extend(
        texts
            .filter_map(|t| chrono::DateTime::parse_from_rfc3339(t.trim()).ok())
            .map(|dt| (dt.naive_utc(), dt.offset().local_minus_utc()))
            .filter(|(_, offset)| *offset != 0),
    );
}

/// At most [`MAX_SAMPLES`] of all the instants, spread over them in order.
fn spread(mut all: Vec<(NaiveDateTime, i32)>) -> Vec<(NaiveDateTime, i32)> {
    all.sort_unstable();
    all.dedup();
    let step = all.len().div_ceil(MAX_SAMPLES).max(1);
    all.into_iter().step_by(step).collect()
}

fn agrees(tz: Tz, samples: &[(NaiveDateTime, i32)]) -> bool {
    samples.iter().all(|(utc, offset)| tz.offset_from_utc_datetime(utc).fix().local_minus_utc() == *offset)
}

/// A zone whose offsets match every sample: `preferred` first, then Europe/Berlin, then the first in the
/// IANA list.
fn matching(preferred: Option<Tz>, samples: &[(NaiveDateTime, i32)]) -> Option<Tz> {
    preferred
        .into_iter()
        .chain([chrono_tz::Europe::Berlin])
        .chain(chrono_tz::TZ_VARIANTS.iter().copied())
        .find(|tz| agrees(*tz, samples))
}

/// The zone to import in, and the warning to give about it.
pub fn choose(raw: &RawSchedule<'_>, explicit: Option<&str>) -> (Tz, Option<ImportWarning>) {
    choose_with(raw.time_zone.as_deref(), explicit, samples(raw))
}

/// The zone [`choose`] takes when the offsets agree: the file's named zone, else `explicit`, else
/// Europe/Berlin. A streaming import builds in it and checks at the end that [`choose_with`] agrees.
pub fn likely(file: Option<&str>, explicit: Option<&str>) -> Tz {
    file.and_then(|z| z.parse::<Tz>().ok())
        .or_else(|| explicit.and_then(|z| z.parse::<Tz>().ok()))
        .unwrap_or(chrono_tz::Europe::Berlin)
}

/// [`choose`] from the file's zone name and every instant gathered with [`push_samples`].
pub fn choose_with(
    file: Option<&str>,
    explicit: Option<&str>,
    all: Vec<(NaiveDateTime, i32)>,
) -> (Tz, Option<ImportWarning>) {
    let explicit = explicit.and_then(|z| z.parse::<Tz>().ok());
    let named = file.and_then(|z| z.parse::<Tz>().ok());
    let samples = spread(all);
    match named {
        Some(tz) if agrees(tz, &samples) => (tz, None),
        Some(tz) => match matching(explicit, &samples) {
            Some(used) => {
                let warning =
                    ImportWarning::ZoneContradicted { file: tz.name().to_owned(), zone: used.name().to_owned() };
                (used, Some(warning))
            }
            None => (tz, None),
        },
        None => match explicit {
            Some(tz) => (tz, None),
            None => {
                let tz = matching(None, &samples).unwrap_or(chrono_tz::Europe::Berlin);
                (tz, Some(ImportWarning::AssumedTimeZone { zone: tz.name().to_owned(), file: file.map(str::to_owned) }))
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::raw::{RawDay, RawEvent, RawRoom};

    fn raw(zone: Option<&'static str>, dates: &[&'static str]) -> RawSchedule<'static> {
        let events = dates.iter().map(|d| RawEvent { date: Some((*d).into()), ..RawEvent::default() }).collect();
        RawSchedule {
            time_zone: zone.map(Into::into),
            days: vec![RawDay { rooms: vec![RawRoom { events, ..RawRoom::default() }], ..RawDay::default() }],
            ..RawSchedule::default()
        }
    }

    #[test]
    fn a_name_that_agrees_wins() {
        let (tz, w) = choose(&raw(Some("Asia/Kolkata"), &["2023-09-10T05:00:00+00:00"]), None);
        // UTC timestamps say nothing against India: instants written in UTC are converted.
        assert_eq!((tz.name(), w), ("Asia/Kolkata", None));
        let (tz, w) =
            choose(&raw(Some("Europe/Berlin"), &["2019-08-21T11:00:00+02:00", "2019-12-21T11:00:00+01:00"]), None);
        assert_eq!((tz.name(), w), ("Europe/Berlin", None));
    }

    #[test]
    fn a_contradicted_name_gives_way() {
        let (tz, w) = choose(&raw(Some("UTC"), &["2020-12-14T09:00:00+01:00"]), None);
        assert_eq!(tz.name(), "Europe/Berlin");
        assert_eq!(w, Some(ImportWarning::ZoneContradicted { file: "UTC".into(), zone: "Europe/Berlin".into() }));
    }

    #[test]
    fn no_name_and_no_offsets_is_berlin_with_a_warning() {
        let (tz, w) = choose(&raw(None, &["2020-12-14T09:00:00"]), None);
        assert_eq!(tz.name(), "Europe/Berlin");
        assert!(matches!(w, Some(ImportWarning::AssumedTimeZone { .. })));
        let (tz, w) = choose(&raw(None, &[]), Some("Europe/Vienna"));
        assert_eq!((tz.name(), w), ("Europe/Vienna", None));
    }
}
