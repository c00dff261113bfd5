//! Schedule XML built day by day: the reader hands each `<day>` to the builder as soon as it closes, so
//! the file's days are never all held at once (a 100,000-event file's raw events took more memory than
//! the file). The result is the one [`super::build::build`] makes from the whole raw schedule, or
//! nothing when this way could not know it is, and the caller reads the file whole:
//! - the zone is chosen from every day's instants, so the days are built in the zone the file most
//!   likely means ([`zone::likely`]); when the choice at the end differs, nothing is returned;
//! - the head (conference, generator) must come before the first day, as every writer puts it.

use super::build::{Builder, day_out_of_range};
use super::raw::{RawDay, RawSchedule};
use super::xml_in::{self, DaySink};
use super::{ImportError, ImportWarning, zone};
use crate::model::Programme;

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
    /// The programme and warnings, as the whole-schedule build makes them.
    Built(Programme, Vec<ImportWarning>),
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
        Ok((programme, warnings)) => Streamed::Built(programme, warnings),
        Err(text) => Streamed::OutOfRange(text),
    })
}
