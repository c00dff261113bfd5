//! The Programmänderungen as a document: a header with the event and "Stand 3 (gegenüber Stand 2)", then
//! by day every session that changed — always with its title, speakers, time and hall — and what changed
//! in words ("verschoben von 14:40 auf 15:00 Uhr", "Raum geändert: Halle 7 → Halle 4", "entfällt", "neu").
//! Only what a public export shows is compared (drafts too with `include_drafts`); a selection of day,
//! hall, track or person narrows the list to sessions that are (or were) in it.

use super::overall_tone;
use crate::diff::{DiffOptions, SessionChanges, by_day, diff};
use crate::export::{Baseline, ExportOptions};
use crate::i18n::{self, Phrase, PublishWord, Sides, Tone, publish_word};
use crate::model::{Programme, Role, Session};

/// The whole change list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangesDoc {
    /// "Programmänderungen".
    pub title: String,
    /// The event's title.
    pub event: String,
    /// "Stand 3 (gegenüber Stand 2)".
    pub stand: String,
    /// "5 Änderungen".
    pub summary: String,
    /// By day.
    pub days: Vec<ChangesDay>,
}

/// One day's changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangesDay {
    /// "Donnerstag, 15. September 2022" (or "Ohne Termin").
    pub heading: String,
    /// The sessions that changed.
    pub items: Vec<ChangeItem>,
}

/// One session that changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeItem {
    /// Title (now, or before when gone).
    pub title: String,
    /// Speakers, moderators and hosts by name.
    pub people: String,
    /// "15:00–17:00 Uhr".
    pub time: String,
    /// "Halle 4".
    pub hall: String,
    /// What changed.
    pub phrases: Vec<Phrase>,
    /// New, gone or changed: how it stands out.
    pub tone: Tone,
}

fn people_of(p: &Programme, s: &Session) -> String {
    let mut names: Vec<String> = Vec::new();
    let order = [Role::Speaker, Role::Moderator, Role::Host];
    for role in order {
        for pr in s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)).filter(|x| x.role == role) {
            let Some(person) = p.people.get(&pr.person) else { continue };
            let name = person.display_name();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names.join(", ")
}

fn in_selection(opts: &ExportOptions, old: &Programme, new: &Programme, s: &SessionChanges<'_>) -> bool {
    let mut sel = opts.selection.clone();
    // Status is the diff's business (a cancelled session is a change to show).
    sel.include_drafts = true;
    let now = new.sessions.get(s.key).is_some_and(|x| sel.includes(x));
    let was = old.sessions.get(s.key).is_some_and(|x| sel.includes(x));
    now || was
}

/// The change list of `new` against `since`.
pub fn changes_doc(new: &Programme, since: &Baseline, opts: &ExportOptions) -> ChangesDoc {
    let lang = opts.lang;
    let old = &since.programme;
    let changes = diff(old, new, DiffOptions { include_drafts: opts.selection.include_drafts });
    let sides = Sides { old, new };
    let mut count = 0;
    let days: Vec<ChangesDay> = by_day(old, new, &changes)
        .into_iter()
        .filter_map(|day| {
            let items: Vec<ChangeItem> = day
                .sessions
                .iter()
                .filter(|s| in_selection(opts, old, new, s))
                .map(|s| {
                    let phrases = i18n::change_phrases(lang, sides, &s.changes);
                    let (p, session) = match new.sessions.get(s.key) {
                        Some(x) => (new, Some(x)),
                        None => (old, old.sessions.get(s.key)),
                    };
                    let (time, hall) = match s.shown(old, new) {
                        Some((sp, slot)) => (i18n::slot_time(lang, slot), i18n::slot_hall(lang, sp, slot)),
                        None => (String::new(), String::new()),
                    };
                    ChangeItem {
                        title: s.title().to_owned(),
                        people: session.map(|x| people_of(p, x)).unwrap_or_default(),
                        time,
                        hall,
                        tone: overall_tone(&phrases),
                        phrases,
                    }
                })
                .collect();
            count += items.len();
            let heading = day.date.map_or_else(
                || i18n::agenda_word(lang, i18n::AgendaWord::TimeTba).to_owned(),
                |d| i18n::date_long(lang, d),
            );
            (!items.is_empty()).then_some(ChangesDay { heading, items })
        })
        .collect();
    let now = opts.release.label.clone().unwrap_or_else(|| crate::export::agenda::as_of_text(new, opts));
    ChangesDoc {
        title: publish_word(lang, PublishWord::ChangesTitle).to_owned(),
        event: new.event.title.clone(),
        stand: i18n::compared_with(lang, &now, &since.label),
        summary: if count == 0 {
            publish_word(lang, PublishWord::NoChanges).to_owned()
        } else {
            i18n::change_count(lang, count)
        },
        days,
    }
}
