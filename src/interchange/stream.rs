//! Schedule XML built day by day: the reader hands each `<day>` to the builder as soon as it closes, so
//! the file's days are never all held at once (a 100,000-event file's raw events took more memory than
//! the file). The result is the one [`super::build::build`] makes from the whole raw schedule, or
//! nothing when this way could not know it is, and the caller reads the file whole:
//! - the zone is chosen from every day's instants, so the days are built in the zone the file most
//!   likely means ([`zone::likely`]); when the choice at the end differs, nothing is returned;
//! - the head (conference, generator) must come before the first day, as every writer puts it.

use super::build::{Builder, day_out_of_range};
use super::keyed::Built;
use super::raw::{RawDay, RawSchedule};
use super::xml_in::{self, DaySink};
use super::{ImportError, zone};

/// Builds the days it is handed, as the whole-schedule build would.
struct Days<'a, 'e> {
    explicit: Option<&'e str>,
    builder: Option<Builder<'a>>,
    /// Every day's instants and offsets, for the zone.
    samples: Vec<(chrono::NaiveDateTime, i32)>,
    /// The first date outside the years, as written: nothing more is built.
    out_of_range: Option<String>,
}

impl<'a> DaySink<'a> for Days<'a, '_> {
    fn day(&mut self, head: &RawSchedule<'a>, day: RawDay<'a>) {
        if self.out_of_range.is_some() {
            return;
        }
        // Checked before the day is built: chrono panics on dates far outside the calendar.
        if let Some(text) = day_out_of_range(&day) {
            self.out_of_range = Some(text);
            self.builder = None;
            return;
        }
        zone::push_samples(&day, &mut self.samples);
        let explicit = self.explicit;
        let builder =
            self.builder.get_or_insert_with(|| Builder::new(head, zone::likely(head.time_zone.as_deref(), explicit)));
        builder.day(day);
    }
}

/// What became of a streaming import.
pub enum Streamed {
    /// The programme and warnings, as the whole-schedule build makes them (boxed: the other two are
    /// small).
    Built(Box<Built>),
    /// A date outside the years (as written): the import is refused.
    OutOfRange(String),
    /// The file must be read whole to know the result (another zone, a late head, no days).
    ReadWhole,
}

/// Reads and builds a schedule XML document day by day; `explicit` is the zone for a file without one.
pub fn import(source: &str, explicit: Option<&str>) -> Result<Streamed, ImportError> {
    let mut days = Days { explicit, builder: None, samples: Vec::new(), out_of_range: None };
    let (head, late_head) = xml_in::read_days(source, &mut days)?;
    if let Some(text) = days.out_of_range {
        return Ok(Streamed::OutOfRange(text));
    }
    let Some(mut builder) = days.builder.filter(|_| !late_head) else { return Ok(Streamed::ReadWhole) };
    let (tz, warning) = zone::choose_with(head.time_zone.as_deref(), explicit, days.samples);
    if tz != builder.tz() {
        return Ok(Streamed::ReadWhole);
    }
    if let Some(warning) = warning {
        builder.warn_first(warning);
    }
    Ok(match builder.finish() {
        Ok(built) => Streamed::Built(Box::new(built)),
        Err(text) => Streamed::OutOfRange(text),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::{Imported, build};

    fn whole(xml: &str) -> Imported {
        build::build(xml_in::read(xml).unwrap(), None).unwrap().finish()
    }

    fn streamed(xml: &str) -> Option<Imported> {
        match import(xml, None).unwrap() {
            Streamed::Built(built) => Some(built.finish()),
            _ => None,
        }
    }

    fn schedule(zone: &str, offset: &str, conference_last: bool) -> String {
        let conference = format!("<conference><title>T</title><acronym>t</acronym>{zone}</conference>");
        let days: String = (1..=3)
            .map(|d| {
                format!(
                    r#"<day index="{d}" date="2024-03-0{d}" start="2024-03-0{d}T09:00:00{offset}"><room name="A">
                    <event id="7"><title>Talk {d}</title><date>2024-03-0{d}T10:00:00{offset}</date><duration>0:30</duration>
                    <persons><person id="1">Ann</person><person id="2">Bo</person></persons></event>
                    <event id="{d}"><title> </title><start>11:00</start><duration>x</duration></event>
                    </room></day>"#
                )
            })
            .collect();
        if conference_last {
            format!("<schedule>{days}{conference}</schedule>")
        } else {
            format!("<schedule><generator name='other'/>{conference}{days}</schedule>")
        }
    }

    #[test]
    fn day_by_day_is_the_whole_build() {
        for zone in ["<time_zone_name>Europe/Berlin</time_zone_name>", ""] {
            let xml = schedule(zone, "+01:00", false);
            let (day_by_day, whole) = (streamed(&xml).unwrap(), whole(&xml));
            assert_eq!(day_by_day.programme, whole.programme, "{zone}");
            assert_eq!(day_by_day.warnings, whole.warnings, "{zone}");
            assert!(whole.warnings.len() > 4, "{:?}", whole.warnings);
        }
    }

    #[test]
    fn another_zone_or_a_late_head_reads_the_file_whole() {
        assert!(streamed(&schedule("<time_zone_name>UTC</time_zone_name>", "+01:00", false)).is_none());
        assert!(streamed(&schedule("<time_zone_name>Europe/Berlin</time_zone_name>", "+01:00", true)).is_none());
        assert!(streamed("<schedule><conference/></schedule>").is_none());
    }

    #[test]
    fn a_date_outside_the_years_is_the_first_as_written() {
        let xml = schedule("", "+01:00", false).replace("2024-03-02T10", "3024-03-02T10");
        assert!(matches!(import(&xml, None), Ok(Streamed::OutOfRange(t)) if t == "3024-03-02T10:00:00+01:00"));
    }
}
