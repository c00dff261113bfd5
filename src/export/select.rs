//! What an export contains (CONTRACTS §5): public sessions only unless drafts are asked for, narrowed by
//! day, hall, track or speaker. Names match ignoring case; an ambiguous or unknown name is an error that
//! lists the candidates.

use chrono::NaiveDate;

use crate::model::{DayKey, HallKey, PersonKey, Programme, Session, SessionKey, Status, TrackKey};

/// The selections a user typed (`--day`, `--hall`, `--track`, `--speaker`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SelectArgs {
    /// A date `YYYY-MM-DD`.
    pub day: Option<String>,
    /// A hall key or name.
    pub hall: Option<String>,
    /// A track key or name.
    pub track: Option<String>,
    /// A person key or name.
    pub speaker: Option<String>,
    /// Include drafts and cancelled sessions (marked as such).
    pub include_drafts: bool,
}

/// What a selection names, resolved to keys.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Only this day.
    pub day: Option<DayKey>,
    /// Only this hall (all-halls sessions included).
    pub hall: Option<HallKey>,
    /// Only this track.
    pub track: Option<TrackKey>,
    /// Only sessions with this person (their personal schedule).
    pub speaker: Option<PersonKey>,
    /// Include drafts and cancelled sessions.
    pub include_drafts: bool,
}

/// Which selection failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectField {
    /// `--day`.
    Day,
    /// `--hall`.
    Hall,
    /// `--track`.
    Track,
    /// `--speaker`.
    Speaker,
}

/// Why a selection cannot be resolved.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SelectError {
    /// Nothing of that key, name or date; `known` lists what exists.
    #[error("no {field:?} {given:?} (known: {})", known.join(", "))]
    Unknown {
        /// The selection.
        field: SelectField,
        /// What was typed.
        given: String,
        /// What exists ("key (name)").
        known: Vec<String>,
    },
    /// Several entities have that name; `keys` lists them.
    #[error("{field:?} {given:?} is ambiguous: {}", keys.join(", "))]
    Ambiguous {
        /// The selection.
        field: SelectField,
        /// What was typed.
        given: String,
        /// The keys that match.
        keys: Vec<String>,
    },
}

fn by_key_or_name<'a, K: AsRef<str> + 'a>(
    field: SelectField,
    given: &str,
    items: impl Iterator<Item = (&'a K, &'a str)> + Clone,
) -> Result<String, SelectError> {
    let wanted = given.trim();
    if let Some((key, _)) = items.clone().find(|(k, _)| k.as_ref() == wanted) {
        return Ok(key.as_ref().to_owned());
    }
    let lower = wanted.to_lowercase();
    let matches: Vec<String> = items
        .clone()
        .filter(|(_, name)| name.trim().to_lowercase() == lower)
        .map(|(k, _)| k.as_ref().to_owned())
        .collect();
    match matches.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(SelectError::Unknown {
            field,
            given: given.to_owned(),
            known: items.map(|(k, name)| format!("{} ({name})", k.as_ref())).collect(),
        }),
        _ => Err(SelectError::Ambiguous { field, given: given.to_owned(), keys: matches }),
    }
}

impl AsRef<str> for DayKey {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl AsRef<str> for HallKey {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl AsRef<str> for TrackKey {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl AsRef<str> for PersonKey {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Selection {
    /// Resolves typed selections against a programme.
    pub fn resolve(p: &Programme, args: &SelectArgs) -> Result<Self, SelectError> {
        let day = match &args.day {
            None => None,
            Some(given) => {
                let date = given.trim().parse::<NaiveDate>().ok();
                let found = p.days.iter().find(|(k, d)| Some(d.date) == date || k.as_str() == given.trim());
                match found {
                    Some((k, _)) => Some(k.clone()),
                    None => {
                        let known = p.days.iter().map(|(k, d)| format!("{} ({k})", d.date)).collect();
                        return Err(SelectError::Unknown { field: SelectField::Day, given: given.clone(), known });
                    }
                }
            }
        };
        let hall = args
            .hall
            .as_deref()
            .map(|g| by_key_or_name(SelectField::Hall, g, p.halls.iter().map(|(k, h)| (k, h.name.as_str()))))
            .transpose()?
            .map(HallKey::new);
        let track = args
            .track
            .as_deref()
            .map(|g| by_key_or_name(SelectField::Track, g, p.tracks.iter().map(|(k, t)| (k, t.name.as_str()))))
            .transpose()?
            .map(TrackKey::new);
        let speaker = args
            .speaker
            .as_deref()
            .map(|g| by_key_or_name(SelectField::Speaker, g, p.people.iter().map(|(k, x)| (k, x.name.as_str()))))
            .transpose()?
            .map(PersonKey::new);
        Ok(Self { day, hall, track, speaker, include_drafts: args.include_drafts })
    }

    /// Whether a session belongs to the export.
    pub fn includes(&self, s: &Session) -> bool {
        let public = s.status == Status::Confirmed || self.include_drafts;
        let day = self.day.as_ref().is_none_or(|d| s.day.as_ref() == Some(d));
        let hall = self.hall.as_ref().is_none_or(|h| s.hall_key() == Some(h) || s.is_all_halls());
        let track = self.track.as_ref().is_none_or(|t| s.track.as_ref() == Some(t));
        let speaker = self.speaker.as_ref().is_none_or(|x| {
            s.people.iter().any(|pr| &pr.person == x)
                || s.contributions.iter().any(|c| c.people.iter().any(|pr| &pr.person == x))
        });
        public && day && hall && track && speaker
    }

    /// The selected sessions in programme order: by day order, start, hall order, key; sessions without
    /// a day or start come last.
    pub fn sessions<'a>(&self, p: &'a Programme) -> Vec<(&'a SessionKey, &'a Session)> {
        let mut out: Vec<_> = p.sessions.iter().filter(|(_, s)| self.includes(s)).collect();
        let order = |s: &Session| {
            let day = s.day.as_ref().and_then(|d| p.days.get_index_of(d));
            let hall = s.hall_key().and_then(|h| p.halls.get_index_of(h));
            (day.is_none() || s.start.is_none(), day, s.start, s.is_all_halls(), hall)
        };
        out.sort_by(|(ka, a), (kb, b)| order(a).cmp(&order(b)).then_with(|| ka.cmp(kb)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Programme {
        crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap()
    }

    #[test]
    fn names_match_ignoring_case_and_unknown_lists_what_exists() {
        let p = sample();
        let args = SelectArgs { hall: Some("halle 6".into()), day: Some("2022-09-15".into()), ..SelectArgs::default() };
        let sel = Selection::resolve(&p, &args).unwrap();
        assert_eq!(sel.hall.as_ref().map(HallKey::as_str), Some("halle-6"));
        let sessions = sel.sessions(&p);
        assert!(sessions.iter().any(|(_, s)| s.title == "Entwicklung und Einsatz von Urbanen Digitalen Zwillingen"));
        assert!(sessions.iter().any(|(_, s)| s.is_all_halls()), "the lunch break is in every hall");
        let err = Selection::resolve(&p, &SelectArgs { hall: Some("Halle 99".into()), ..SelectArgs::default() });
        let Err(SelectError::Unknown { known, .. }) = err else { panic!("{err:?}") };
        assert!(known.iter().any(|k| k == "halle-6 (Halle 6)"), "{known:?}");
    }

    #[test]
    fn two_people_of_one_name_are_ambiguous() {
        let mut p = sample();
        let twin = p.people.values().next().unwrap().clone();
        let name = twin.name.clone();
        p.people.insert("zwilling".into(), twin);
        let err = Selection::resolve(&p, &SelectArgs { speaker: Some(name.to_uppercase()), ..SelectArgs::default() });
        let Err(SelectError::Ambiguous { keys, .. }) = err else { panic!("{err:?}") };
        assert_eq!(keys.len(), 2);
        assert!(keys.contains(&"zwilling".to_owned()));
    }

    #[test]
    fn drafts_only_when_asked() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS_ENTWURF).unwrap();
        let public = Selection::resolve(&p, &SelectArgs::default()).unwrap().sessions(&p);
        assert!(public.iter().all(|(_, s)| s.status == Status::Confirmed));
        let all =
            Selection::resolve(&p, &SelectArgs { include_drafts: true, ..SelectArgs::default() }).unwrap().sessions(&p);
        assert_eq!(all.len(), p.sessions.len());
    }
}
