//! Exports: pure `&Programme + options -> bytes` (CONTRACTS §5). Public by default: confirmed sessions
//! only, never contact data or internal notes — only the speakers CSV may carry contact data, on request.
//! Exporters take "now" as a parameter and never read the clock or the file system.

pub mod agenda;
pub mod csv;
pub mod html;
pub mod ics;
mod ics_lines;
mod left_out;
pub mod pdf;
pub mod publish;
mod render;
pub mod ron;
mod select;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDateTime, TimeZone as _, Utc};
use uuid::Uuid;

pub use left_out::LeftOut;
pub use render::{Format, FormatOptions, RenderError, render};
pub use select::{SelectArgs, SelectError, SelectField, Selection};

use crate::i18n::Lang;
use crate::model::{External, Programme, SessionKey};

/// Options every exporter receives.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    /// Which sessions.
    pub selection: Selection,
    /// Language of labels.
    pub lang: Lang,
    /// The moment of the export ("Stand", DTSTAMP), passed in by the caller.
    pub now: DateTime<Utc>,
    /// Which release this is and what it is compared with (schedule `<version>`, Programmänderungen,
    /// letters); empty when the programme has no releases.
    pub release: ReleaseContext,
}

/// The publishing round an export belongs to, passed in by the caller (exporters read no files).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReleaseContext {
    /// The label of the latest release ("Stand 3"), if any.
    pub label: Option<String>,
    /// The earlier programme that "Programmänderungen" and letters with `--since` compare with.
    pub since: Option<std::sync::Arc<Baseline>>,
}

/// An earlier public state of the programme: a release, or another programme file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baseline {
    /// What the earlier state is called: a release label ("Stand 2") or a file name.
    pub label: String,
    /// The programme as it was.
    pub programme: Programme,
}

/// The stable guid of an entity: the one it was imported with, else UUID v5 of the event's uuid and
/// `"{kind}/{key}"` (the kind keeps a hall and a session of the same key apart).
pub fn guid(p: &Programme, kind: &str, key: &str, external: &External) -> Uuid {
    external
        .get("guid")
        .and_then(|g| Uuid::parse_str(g).ok())
        .unwrap_or_else(|| Uuid::new_v5(&p.event.uuid, format!("{kind}/{key}").as_bytes()))
}

/// The guid of every session, unique within the programme. A source guid that several sessions carry
/// (the 36C3 schedule repeats some) stays with the first of them by key; the others get the guid made
/// from their key. Decided over the whole programme, so a selection does not change who keeps it.
pub fn session_guids(p: &Programme) -> BTreeMap<&SessionKey, Uuid> {
    let mut used = BTreeSet::new();
    p.sessions
        .iter()
        .map(|(key, s)| {
            let mut id = guid(p, "session", key.as_str(), &s.external);
            if !used.insert(id) {
                id = guid(p, "session", key.as_str(), &External::new());
                used.insert(id);
            }
            (key, id)
        })
        .collect()
}

/// The event's time zone (Europe/Berlin when the name is not known).
pub fn time_zone(p: &Programme) -> chrono_tz::Tz {
    p.event.time_zone.parse().unwrap_or(chrono_tz::Europe::Berlin)
}

/// A local date-time of the event as UTC (the earlier instant when a clock change makes it ambiguous,
/// the hour after when it does not exist).
pub fn to_utc(p: &Programme, local: NaiveDateTime) -> DateTime<Utc> {
    // Files and imports keep days in `time::YEARS` (their times within a year of it); far outside, zone
    // arithmetic can leave chrono's calendar (a panic), so such a time is taken as UTC.
    if !crate::model::time::near_sane(local.date()) {
        return Utc.from_utc_datetime(&local);
    }
    let tz = time_zone(p);
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(a, _) => a.with_timezone(&Utc),
        chrono::LocalResult::None => {
            let later = local.checked_add_signed(chrono::Duration::hours(1)).unwrap_or(local);
            tz.from_local_datetime(&later)
                .earliest()
                .map_or_else(|| Utc.from_utc_datetime(&local), |t| t.with_timezone(&Utc))
        }
    }
}

/// A local date-time of the event with its offset, e.g. `2022-09-15T14:40:00+02:00`.
pub fn to_offset_string(p: &Programme, local: NaiveDateTime) -> String {
    if !crate::model::time::near_sane(local.date()) {
        return local.format("%Y-%m-%dT%H:%M:%S+00:00").to_string();
    }
    to_utc(p, local).with_timezone(&time_zone(p)).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}
