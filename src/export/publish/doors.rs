//! The door signs (Raumaushang) as documents: one per hall and day that has a session of its own in that
//! hall — the hall's name, the date, the day's sessions there in time order (time, title, speakers),
//! the all-halls breaks of that day included. The selection narrows days, halls and drafts.

use crate::export::ExportOptions;
use crate::export::agenda::{people_groups, session_time, status_mark};
use crate::i18n::{self, AgendaWord, agenda_word};
use crate::model::Programme;
use crate::model::agenda::{Agenda, AgendaSession, Place};

/// One sign: one hall on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoorSign {
    /// The hall's name, printed large.
    pub hall: String,
    /// Its own venue when it is not the main venue.
    pub venue: Option<String>,
    /// "Donnerstag, 15. September 2022".
    pub date: String,
    /// The day's label ("Kongresstag"); may be empty.
    pub day_label: String,
    /// The sessions, in time order.
    pub items: Vec<DoorItem>,
}

/// One session on a sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoorItem {
    /// "14:40–17:15".
    pub time: String,
    /// Title.
    pub title: String,
    /// Subtitle (may be empty).
    pub subtitle: String,
    /// "Moderation: …", "Mit: …" lines.
    pub people: Vec<String>,
    /// An all-halls session (a break): drawn across, quieter.
    pub all_halls: bool,
    /// "Entwurf" / "Abgesagt" when drafts are included.
    pub mark: Option<String>,
}

fn item(lang: i18n::Lang, s: &AgendaSession<'_>) -> DoorItem {
    DoorItem {
        time: session_time(s),
        title: s.title().to_owned(),
        subtitle: s.session.subtitle.trim().to_owned(),
        people: people_groups(lang, s)
            .into_iter()
            .map(|(label, list)| format!("{label}: {}", super::names(list)))
            .collect(),
        all_halls: s.place == Place::AllHalls,
        mark: status_mark(lang, s).map(str::to_owned),
    }
}

/// Every sign of the selection, by day, then hall order.
pub fn door_signs(p: &Programme, opts: &ExportOptions) -> Vec<DoorSign> {
    let lang = opts.lang;
    let agenda = Agenda::new(p, &opts.selection);
    let mut out = Vec::new();
    for day in &agenda.days {
        for (i, hall) in day.halls.iter().enumerate() {
            let own = |s: &&AgendaSession<'_>| s.place == Place::Hall(i);
            if !day.sessions.iter().any(|s| own(&s)) {
                continue;
            }
            let items = day
                .sessions
                .iter()
                .filter(|s| s.place == Place::Hall(i) || s.place == Place::AllHalls)
                .map(|s| item(lang, s))
                .collect();
            out.push(DoorSign {
                hall: hall.name.to_owned(),
                venue: hall.venue.map(str::to_owned),
                date: i18n::date_long(lang, day.date),
                day_label: day.label.trim().to_owned(),
                items,
            });
        }
    }
    out
}

/// The word for all halls, for a sign's break rows.
pub fn all_halls_word(lang: i18n::Lang) -> &'static str {
    agenda_word(lang, AgendaWord::AllHalls)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{ReleaseContext, Selection};

    #[test]
    fn every_sign_of_a_day_has_that_days_all_halls_break_and_only_its_own_sessions() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let opts = ExportOptions {
            selection: Selection::default(),
            lang: i18n::Lang::De,
            now: chrono::DateTime::UNIX_EPOCH,
            release: ReleaseContext::default(),
        };
        let signs = door_signs(&p, &opts);
        let day2: Vec<&DoorSign> = signs.iter().filter(|s| s.date == "Donnerstag, 15. September 2022").collect();
        assert!(day2.len() > 3, "{}", day2.len());
        for sign in &day2 {
            assert!(sign.items.iter().any(|i| i.all_halls), "{}: the lunch break", sign.hall);
            assert!(sign.items.iter().any(|i| !i.all_halls), "{}: a session of its own", sign.hall);
        }
        let halle6 = day2.iter().find(|s| s.hall == "Halle 6").unwrap();
        assert!(halle6.items.iter().any(|i| i.title == "Entwicklung und Einsatz von Urbanen Digitalen Zwillingen"));
        assert!(!halle6.items.iter().any(|i| i.title.starts_with("Arena Klimaanpassung")), "Halle 1's arena");
        let times: Vec<&str> = halle6.items.iter().map(|i| i.time.as_str()).collect();
        let mut sorted = times.clone();
        sorted.sort_unstable();
        assert_eq!(times, sorted, "in time order");
    }
}
