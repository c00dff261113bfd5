//! The rows of each entity list, built from the programme: what each column shows and how it sorts,
//! the clash marker of each entity, and the search filter. Built once per document revision, language,
//! search and sort (see `ListCache`), never per frame.

use std::collections::HashMap;

use super::table::{Row, SortState, sort_rows};
use crate::clash::{Clash, Severity};
use crate::gui::action::{Selected, View};
use crate::i18n::{self, Lang, T, t};
use crate::model::{PersonKey, Programme, Session, SessionKey, time};

/// The headers and rows of a list view.
pub struct ListData {
    /// Column heads.
    pub headers: Vec<&'static str>,
    /// Filtered and sorted rows.
    pub rows: Vec<Row>,
}

/// What a cached list was built from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListKey {
    /// Document revision.
    pub revision: u64,
    /// View.
    pub view: View,
    /// Language.
    pub lang: Lang,
    /// Search text.
    pub search: String,
    /// Sort.
    pub sort: SortState,
}

/// The last list built, reused while its key is unchanged.
#[derive(Default)]
pub struct ListCache {
    key: Option<ListKey>,
    data: Option<ListData>,
}

impl ListCache {
    /// The list for `key`, built only when the key changed.
    pub fn get(&mut self, key: ListKey, p: &Programme, clashes: &[Clash]) -> &ListData {
        if self.key.as_ref() != Some(&key) || self.data.is_none() {
            let data = build(&key, p, clashes);
            self.key = Some(key);
            self.data = Some(data);
        }
        self.data.get_or_insert_with(|| ListData { headers: Vec::new(), rows: Vec::new() })
    }

    /// The sessions of the list built last, in the order shown (for Umschalt+click and Strg+A).
    pub fn session_order(&self) -> Vec<SessionKey> {
        self.data
            .iter()
            .flat_map(|d| &d.rows)
            .filter_map(|r| match &r.selected {
                Selected::Session(k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }
}

/// The worst severity per session and per person.
fn markers(clashes: &[Clash]) -> (HashMap<&SessionKey, Severity>, HashMap<&PersonKey, Severity>) {
    let mut sessions: HashMap<&SessionKey, Severity> = HashMap::new();
    let mut people: HashMap<&PersonKey, Severity> = HashMap::new();
    for c in clashes {
        for s in c.involved() {
            let e = sessions.entry(s).or_insert(c.severity());
            *e = (*e).min(c.severity());
        }
        if let Some(k) = &c.speaker {
            let e = people.entry(k).or_insert(c.severity());
            *e = (*e).min(c.severity());
        }
    }
    (sessions, people)
}

fn session_row(lang: Lang, p: &Programme, key: &SessionKey, s: &Session, marker: Option<Severity>) -> Row {
    let range = p.session_range(s);
    let start = range.and_then(|r| time::to_datetime(r.start));
    let end = range.and_then(|r| time::to_datetime(r.end));
    // A session with a day but no start yet still shows its day (sorted first on that day).
    let date = start.map(|d| d.date()).or_else(|| s.day.as_ref().and_then(|d| p.days.get(d)).map(|d| d.date));
    let day = date.map(|d| format!("{} {}", i18n::weekday_short(lang, d), d.format("%d.%m."))).unwrap_or_default();
    let day_sort = match (start, date) {
        (Some(d), _) => d.format("%Y-%m-%d %H:%M").to_string(),
        (None, Some(d)) => format!("{} ~", d.format("%Y-%m-%d")),
        (None, None) => "~".into(),
    };
    let hall = s.hall.as_ref().map(|h| p.hall_name(h, t(lang, T::AllHalls)).to_owned()).unwrap_or_default();
    let clock = |d: Option<chrono::NaiveDateTime>| d.map(|d| d.format("%H:%M").to_string()).unwrap_or_default();
    let sortable =
        |d: Option<chrono::NaiveDateTime>| d.map(|d| d.format("%Y-%m-%d %H:%M").to_string()).unwrap_or("~".into());
    let hall_pos = s.hall_key().and_then(|h| p.halls.get_index_of(h)).map_or("~".into(), |i| format!("{i:05}"));
    Row {
        selected: Selected::Session(key.clone()),
        cells: vec![day, clock(start), clock(end), hall, i18n::status_name(lang, s.status).to_owned(), s.title.clone()],
        sort_keys: vec![
            day_sort,
            sortable(start),
            sortable(end),
            hall_pos,
            format!("{:?}", s.status),
            s.title.to_lowercase(),
        ],
        marker,
    }
}

fn matches(search: &str, texts: &[&str]) -> bool {
    search.is_empty() || texts.iter().any(|t| t.to_lowercase().contains(search))
}

fn build(key: &ListKey, p: &Programme, clashes: &[Clash]) -> ListData {
    let lang = key.lang;
    let search = key.search.trim().to_lowercase();
    let (session_marks, person_marks) = markers(clashes);
    let plain = |cells: Vec<String>| cells.iter().map(|c| c.to_lowercase()).collect::<Vec<_>>();
    let (headers, mut rows): (Vec<&'static str>, Vec<Row>) = match key.view {
        View::Sessions | View::Event | View::Timetable => {
            let headers = [T::Date, T::Start, T::End, T::Hall, T::Status, T::Title].map(|x| t(lang, x)).to_vec();
            let rows = p
                .sessions
                .iter()
                .filter(|(_, s)| {
                    let people: Vec<&str> =
                        s.people.iter().filter_map(|x| p.people.get(&x.person)).map(|x| x.name.as_str()).collect();
                    matches(&search, &[&s.title, &s.subtitle]) || matches(&search, &people)
                })
                .map(|(k, s)| session_row(lang, p, k, s, session_marks.get(k).copied()))
                .collect();
            (headers, rows)
        }
        View::Days => {
            let headers = [T::Date, T::Label, T::Opens, T::Closes].map(|x| t(lang, x)).to_vec();
            let rows = p
                .days
                .iter()
                .map(|(k, d)| {
                    let cells = vec![
                        i18n::date_short(lang, d.date),
                        d.label.clone(),
                        d.opens.to_string(),
                        d.closes.to_string(),
                    ];
                    let mut sort_keys = plain(cells.clone());
                    if let Some(first) = sort_keys.first_mut() {
                        *first = d.date.to_string();
                    }
                    Row { selected: Selected::Day(k.clone()), cells, sort_keys, marker: None }
                })
                .filter(|r| matches(&search, &r.cells.iter().map(String::as_str).collect::<Vec<_>>()))
                .collect();
            (headers, rows)
        }
        View::Halls => {
            let headers = [T::Name, T::Capacity, T::Venue].map(|x| t(lang, x)).to_vec();
            let rows = p
                .halls
                .iter()
                .enumerate()
                .filter(|(_, (_, h))| matches(&search, &[&h.name]))
                .map(|(i, (k, h))| {
                    let capacity = h.capacity.map(|c| c.to_string()).unwrap_or_default();
                    let venue = p.hall_venue(h).to_owned();
                    let sort_keys =
                        vec![format!("{i:05}"), format!("{:08}", h.capacity.unwrap_or(0)), venue.to_lowercase()];
                    Row {
                        selected: Selected::Hall(k.clone()),
                        cells: vec![h.name.clone(), capacity, venue],
                        sort_keys,
                        marker: None,
                    }
                })
                .collect();
            (headers, rows)
        }
        View::People => {
            let headers = [T::Name, T::Function, T::Organisation].map(|x| t(lang, x)).to_vec();
            let rows = p
                .people
                .iter()
                .filter(|(_, x)| matches(&search, &[&x.name, &x.organisation, &x.function]))
                .map(|(k, x)| {
                    let cells = vec![x.display_name(), x.function.clone(), x.organisation.clone()];
                    let mut sort_keys = plain(cells.clone());
                    // Sort people by family name, as a German list of speakers does.
                    if let Some(first) = sort_keys.first_mut() {
                        *first = format!(
                            "{} {}",
                            x.name.rsplit(' ').next().unwrap_or("").to_lowercase(),
                            x.name.to_lowercase()
                        );
                    }
                    Row {
                        selected: Selected::Person(k.clone()),
                        cells,
                        sort_keys,
                        marker: person_marks.get(k).copied(),
                    }
                })
                .collect();
            (headers, rows)
        }
        View::Tracks => {
            let headers = [T::Name, T::Colour].map(|x| t(lang, x)).to_vec();
            let rows = p
                .tracks
                .iter()
                .enumerate()
                .filter(|(_, (_, tr))| matches(&search, &[&tr.name]))
                .map(|(i, (k, tr))| Row {
                    selected: Selected::Track(k.clone()),
                    cells: vec![tr.name.clone(), tr.colour.clone()],
                    sort_keys: vec![format!("{i:05}"), tr.colour.clone()],
                    marker: None,
                })
                .collect();
            (headers, rows)
        }
    };
    sort_rows(&mut rows, key.sort);
    ListData { headers, rows }
}
