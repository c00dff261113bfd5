//! The letters to the people in the programme as documents: one per person with at least one session in
//! the selection (public sessions unless drafts are asked for). Each letter greets the person (their
//! Anrede, else neutrally), names the event, venue and dates, introduces itself with the organisers' text
//! (else a default), lists the person's sessions with full date, time, hall, their role, who else is on
//! stage, who moderates and the slot of their own contribution, and — compared with an earlier release —
//! what changed for them. Then the organisers' closing. Never any contact data or internal notes.
//!
//! People are in order of surname (the last word of the name), then name, then key.

use std::collections::BTreeMap;

use crate::diff::{DiffOptions, by_session, diff, people::roles_in};
use crate::export::agenda::{as_of_date, event_dates, venue_line};
use crate::export::{ExportOptions, Selection};
use crate::i18n::{self, Lang, Phrase, PublishWord, Sides, Tone, publish_word};
use crate::model::agenda::clock_label;
use crate::model::time::wall_clock;
use crate::model::{PersonKey, Programme, Role, Session, SessionKey};

/// One letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// To whom.
    pub person: PersonKey,
    /// Their name with academic title.
    pub name: String,
    /// Their function and organisation (may be empty).
    pub affiliation: String,
    /// The letter's date ("1. September 2022").
    pub date: String,
    /// The subject line.
    pub subject: String,
    /// "Guten Tag Klara Geywitz,".
    pub salutation: String,
    /// The introduction.
    pub intro: String,
    /// Event, venue and dates as label and text.
    pub facts: Vec<(String, String)>,
    /// "Ihre Termine".
    pub sessions_heading: String,
    /// Their sessions in programme order.
    pub sessions: Vec<LetterSession>,
    /// "Was sich seit Stand 2 für Sie geändert hat", with `--since`.
    pub changes_heading: Option<String>,
    /// What changed for them (empty without `--since` or when nothing did).
    pub changes: Vec<LetterChange>,
    /// The closing (greeting and signature), lines separated by `\n`.
    pub closing: String,
}

/// One of a person's sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterSession {
    /// Title.
    pub title: String,
    /// "Donnerstag, 15. September 2022, 14:40–17:15 Uhr".
    pub when: String,
    /// "Halle 6, STATION Berlin".
    pub hall: String,
    /// Labelled lines: role, others on stage, moderation, own contributions.
    pub lines: Vec<(String, String)>,
}

/// A change of one session that concerns the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterChange {
    /// The session's title.
    pub title: String,
    /// What changed.
    pub phrases: Vec<Phrase>,
    /// How it stands out.
    pub tone: Tone,
}

fn surname_order(p: &Programme, a: &PersonKey, b: &PersonKey) -> std::cmp::Ordering {
    let name = |key: &PersonKey| p.people.get(key).map(|x| x.name.trim()).unwrap_or_default();
    crate::i18n::collate::surname_cmp(name(a), name(b)).then_with(|| a.cmp(b))
}

fn when(lang: Lang, p: &Programme, s: &Session) -> String {
    let Some(date) = s.day.as_ref().and_then(|d| p.days.get(d)).map(|d| d.date) else {
        return i18n::agenda_word(lang, i18n::AgendaWord::TimeTba).to_owned();
    };
    let day = i18n::date_long(lang, date);
    match s.start {
        Some(start) => {
            let end = start.mins().saturating_add(s.duration_mins);
            let time = format!("{}–{}", clock_label(start.mins()), clock_label(end));
            format!("{day}, {time}{}", i18n::clock_suffix(lang))
        }
        None => day,
    }
}

fn hall_text(lang: Lang, p: &Programme, s: &Session) -> String {
    let all = i18n::agenda_word(lang, i18n::AgendaWord::AllHalls);
    let tba = i18n::agenda_word(lang, i18n::AgendaWord::HallTba);
    let Some(placement) = &s.hall else { return tba.to_owned() };
    let name = p.hall_name(placement, all);
    match p.placement_venue(placement) {
        Some(venue) if !venue.trim().is_empty() => format!("{name}, {venue}"),
        _ => name.to_owned(),
    }
}

fn names_except(p: &Programme, list: &[&PersonKey], me: &PersonKey) -> String {
    let mut out: Vec<String> = Vec::new();
    for key in list.iter().filter(|k| **k != me) {
        if let Some(name) = p.people.get(*key).map(crate::model::Person::display_name)
            && !out.contains(&name)
        {
            out.push(name);
        }
    }
    out.join(", ")
}

fn letter_session(lang: Lang, p: &Programme, s: &Session, me: &PersonKey) -> LetterSession {
    let roles = roles_in(s);
    let mine: Vec<Role> = roles.get(me).map(|r| r.iter().copied().collect()).unwrap_or_default();
    let everyone = s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people));
    let on_stage: Vec<&PersonKey> = everyone.clone().filter(|x| x.role != Role::Moderator).map(|x| &x.person).collect();
    let moderators: Vec<&PersonKey> = everyone.filter(|x| x.role == Role::Moderator).map(|x| &x.person).collect();
    let mut lines = vec![(publish_word(lang, PublishWord::YourRole).to_owned(), i18n::roles_text(lang, &mine))];
    let others = names_except(p, &on_stage, me);
    if !others.is_empty() {
        lines.push((publish_word(lang, PublishWord::OnStage).to_owned(), others));
    }
    let moderation = names_except(p, &moderators, me);
    if !moderation.is_empty() {
        lines.push((publish_word(lang, PublishWord::ModeratedBy).to_owned(), moderation));
    }
    let start = s.start.map(|c| c.mins());
    for (c, (offset, duration)) in s.contributions.iter().zip(s.contribution_offsets()) {
        if !c.people.iter().any(|x| &x.person == me) {
            continue;
        }
        let slot = start.map(|st| {
            let from = st.saturating_add(offset);
            format!(", {}–{}{}", wall_clock(from), wall_clock(from.saturating_add(duration)), i18n::clock_suffix(lang))
        });
        let text = format!("{}{}", lang.quote(c.title.trim()), slot.unwrap_or_default());
        lines.push((publish_word(lang, PublishWord::YourContribution).to_owned(), text));
    }
    LetterSession { title: s.title.trim().to_owned(), when: when(lang, p, s), hall: hall_text(lang, p, s), lines }
}

/// Everyone with a session in the selection, in letter order, with their sessions in programme order.
pub fn recipients<'a>(p: &'a Programme, selection: &Selection) -> Vec<(PersonKey, Vec<(&'a SessionKey, &'a Session)>)> {
    let mut by_person: BTreeMap<&PersonKey, Vec<(&SessionKey, &Session)>> = BTreeMap::new();
    let all = Selection { speaker: None, ..selection.clone() };
    for (key, s) in all.sessions(p) {
        for person in roles_in(s).into_keys() {
            if selection.speaker.as_ref().is_none_or(|x| x == person) && p.people.contains_key(person) {
                by_person.entry(person).or_default().push((key, s));
            }
        }
    }
    let mut out: Vec<_> = by_person.into_iter().map(|(k, v)| (k.clone(), v)).collect();
    out.sort_by(|(a, _), (b, _)| surname_order(p, a, b));
    out
}

/// The letters of the selection; with `opts.release.since`, each says what changed for the person.
pub fn letters(p: &Programme, opts: &ExportOptions) -> Vec<Letter> {
    let lang = opts.lang;
    let event = p.event.title.trim();
    let mut facts = vec![(publish_word(lang, PublishWord::Event).to_owned(), event.to_owned())];
    let venue = venue_line(p);
    if !venue.is_empty() {
        facts.push((publish_word(lang, PublishWord::Venue).to_owned(), venue));
    }
    if let Some(dates) = event_dates(p, lang) {
        facts.push((publish_word(lang, PublishWord::Dates).to_owned(), dates));
    }
    let intro = if p.event.letter_intro.trim().is_empty() {
        i18n::default_intro(lang, event)
    } else {
        p.event.letter_intro.trim().to_owned()
    };
    let closing = if p.event.letter_closing.trim().is_empty() {
        i18n::default_closing(lang).to_owned()
    } else {
        p.event.letter_closing.trim().to_owned()
    };
    // The changes once, then who each concerns.
    let since = opts.release.since.as_deref();
    let changes = since.map(|b| diff(&b.programme, p, DiffOptions { include_drafts: opts.selection.include_drafts }));
    let grouped = changes.as_deref().map(by_session).unwrap_or_default();
    let mut concerns: BTreeMap<&PersonKey, Vec<usize>> = BTreeMap::new();
    if let Some(b) = since {
        for (i, s) in grouped.iter().enumerate() {
            let old = b.programme.sessions.get(s.key).map(roles_in).unwrap_or_default();
            let new = p.sessions.get(s.key).map(roles_in).unwrap_or_default();
            for person in old.keys().chain(new.keys()) {
                let list = concerns.entry(person).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
    }
    let date = i18n::date_plain(lang, as_of_date(p, opts));
    recipients(p, &opts.selection)
        .into_iter()
        .filter_map(|(key, sessions)| {
            let person = p.people.get(&key)?;
            let changes_for = since.map(|b| {
                let sides = Sides { old: &b.programme, new: p };
                concerns
                    .get(&key)
                    .map(|list| {
                        list.iter()
                            .filter_map(|i| grouped.get(*i))
                            .map(|s| {
                                let phrases = i18n::change_phrases(lang, sides, &s.changes);
                                LetterChange {
                                    title: s.title().to_owned(),
                                    tone: super::overall_tone(&phrases),
                                    phrases,
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            });
            let affiliation = [person.function.trim(), person.organisation.trim()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            Some(Letter {
                name: person.display_name(),
                affiliation,
                date: date.clone(),
                subject: i18n::letter_subject(lang, event),
                salutation: i18n::salutation(lang, person),
                intro: intro.clone(),
                facts: facts.clone(),
                sessions_heading: publish_word(lang, PublishWord::YourSessions).to_owned(),
                sessions: sessions.iter().map(|(_, s)| letter_session(lang, p, s, &key)).collect(),
                changes_heading: since.map(|b| i18n::changed_for_you(lang, &b.label)),
                changes: changes_for.unwrap_or_default(),
                closing: closing.clone(),
                person: key,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ReleaseContext;

    fn opts(lang: Lang, selection: Selection) -> ExportOptions {
        ExportOptions { selection, lang, now: chrono::DateTime::UNIX_EPOCH, release: ReleaseContext::default() }
    }

    #[test]
    fn a_speaker_letter_names_role_stage_moderation_and_own_slot() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let sel = Selection { speaker: Some(PersonKey::new("lars-petersen")), ..Selection::default() };
        let letters = letters(&p, &opts(Lang::De, sel));
        assert_eq!(letters.len(), 1);
        let l = &letters[0];
        assert_eq!(l.salutation, "Guten Tag Lars Petersen,");
        let s = l.sessions.iter().find(|s| s.title.starts_with("Entwicklung und Einsatz")).unwrap();
        assert_eq!(s.when, "Donnerstag, 15. September 2022, 14:40–17:15 Uhr");
        assert_eq!(s.hall, "Halle 6, STATION Berlin");
        let line = |label: &str| s.lines.iter().find(|(l, _)| l == label).map(|(_, t)| t.as_str());
        assert_eq!(line("Ihre Rolle"), Some("Referent/in"));
        assert_eq!(line("Moderation"), Some("Miriam Koch"), "the moderator is named, not on stage");
        assert!(!line("Mit Ihnen auf der Bühne").unwrap().contains("Lars Petersen"), "not oneself");
        assert!(!line("Mit Ihnen auf der Bühne").unwrap().contains("Miriam Koch"));
        assert_eq!(line("Ihr Beitrag"), Some("„Connected Urban Twins: der Beitrag Hamburgs“, 14:50–15:10 Uhr"));
        assert!(l.changes_heading.is_none() && l.changes.is_empty(), "no --since, no changes");
    }

    #[test]
    fn letters_go_to_everyone_in_public_sessions_by_surname() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS_ENTWURF).unwrap();
        let public = letters(&p, &opts(Lang::En, Selection::default()));
        let with_drafts = letters(&p, &opts(Lang::En, Selection { include_drafts: true, ..Selection::default() }));
        assert!(public.len() < with_drafts.len(), "drafts only when asked");
        let names: Vec<&str> = public.iter().map(|l| p.people[&l.person].name.as_str()).collect();
        let in_order = |w: &[&str]| crate::i18n::collate::surname_cmp(w[0], w[1]).is_le();
        assert!(names.windows(2).all(in_order), "{names:?}");
        assert!(public.iter().all(|l| l.salutation.starts_with("Dear ") && l.closing.contains("Kind regards")));
    }
}
