//! Changes between two programmes in words, German and English: "verschoben von 14:40 auf 15:00 Uhr",
//! "Raum geändert: Halle 7 → Halle 4", "entfällt", "neu". A session's changes become one list of
//! phrases; a new time and a new length are one phrase. Used by `podium diff`, the Programmänderungen,
//! the letters and the editor's "Änderungen seit …".

use super::{Lang, dates, role_name};
use crate::diff::{Change, ChangeDetail, ChangeKind, DetailField, Slot};
use crate::model::agenda::clock_label;
use crate::model::{HallPlacement, PersonKey, Programme};

/// How a phrase should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Added or restored: stands out as new.
    New,
    /// Cancelled or removed: stands out as gone.
    Gone,
    /// Anything else.
    Changed,
}

/// One thing that changed about a session, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The words.
    pub text: String,
    /// How it looks.
    pub tone: Tone,
}

/// The two programmes a change is read against.
#[derive(Clone, Copy)]
pub struct Sides<'a> {
    /// Before.
    pub old: &'a Programme,
    /// Now.
    pub new: &'a Programme,
}

fn hall_name(p: &Programme, lang: Lang, slot: &Slot) -> String {
    match &slot.hall {
        None => lang.pick("Saal folgt", "hall to be announced").to_owned(),
        Some(HallPlacement::All) => lang.pick("alle Säle", "all halls").to_owned(),
        Some(HallPlacement::Hall(k)) => p.halls.get(k).map_or_else(|| k.to_string(), |h| h.name.clone()),
    }
}

fn day_text(p: &Programme, lang: Lang, slot: &Slot) -> String {
    slot.day
        .as_ref()
        .and_then(|d| p.days.get(d))
        .map_or_else(|| lang.pick("Tag folgt", "day to be announced").to_owned(), |d| dates::date_short(lang, d.date))
}

fn start_text(slot: &Slot) -> String {
    slot.start.map_or_else(|| "?".to_owned(), |c| clock_label(c.mins()))
}

fn span_text(slot: &Slot) -> String {
    match slot.start {
        Some(c) => format!("{}–{}", clock_label(c.mins()), clock_label(c.mins().saturating_add(slot.duration_mins))),
        None => "?".to_owned(),
    }
}

/// " Uhr" after a clock time in German, nothing in English.
pub fn clock_suffix(lang: Lang) -> &'static str {
    lang.pick(" Uhr", "")
}

/// A person's name (with academic title) as the programme has it; the key when unknown.
pub fn person_name(sides: Sides<'_>, key: &PersonKey) -> String {
    sides
        .new
        .people
        .get(key)
        .or_else(|| sides.old.people.get(key))
        .map_or_else(|| key.to_string(), |p| p.display_name())
}

/// The phrase for the time of a session: start, day and length together.
fn time_phrase(lang: Lang, sides: Sides<'_>, before: &Slot, after: &Slot) -> Option<String> {
    let day_moved = before.day != after.day;
    let start_moved = before.start != after.start;
    let longer = before.duration_mins != after.duration_mins;
    let u = clock_suffix(lang);
    let text = match (day_moved, start_moved, longer) {
        (false, false, false) => return None,
        (true, _, false) => {
            let (from, to) = (day_text(sides.old, lang, before), day_text(sides.new, lang, after));
            let (a, b) = (start_text(before), start_text(after));
            match lang {
                Lang::De => format!("verschoben von {from}, {a} auf {to}, {b}{u}"),
                Lang::En => format!("moved from {from}, {a} to {to}, {b}"),
            }
        }
        (true, _, true) => {
            let (from, to) = (day_text(sides.old, lang, before), day_text(sides.new, lang, after));
            let (a, b) = (span_text(before), span_text(after));
            match lang {
                Lang::De => format!("neuer Termin: {to}, {b}{u} (bisher {from}, {a}{u})"),
                Lang::En => format!("new date and time: {to}, {b} (was {from}, {a})"),
            }
        }
        (false, true, false) => {
            let (a, b) = (start_text(before), start_text(after));
            match lang {
                Lang::De => format!("verschoben von {a} auf {b}{u}"),
                Lang::En => format!("moved from {a} to {b}"),
            }
        }
        (false, false, true) => {
            let end = |s: &Slot| {
                s.start.map_or_else(|| "?".to_owned(), |c| clock_label(c.mins().saturating_add(s.duration_mins)))
            };
            let (a, b) = (end(before), end(after));
            match lang {
                Lang::De => format!("endet jetzt um {b} statt {a}{u}"),
                Lang::En => format!("now ends at {b} instead of {a}"),
            }
        }
        (false, true, true) => {
            let (a, b) = (span_text(before), span_text(after));
            match lang {
                Lang::De => format!("neue Zeit: {b}{u} (bisher {a}{u})"),
                Lang::En => format!("new time: {b} (was {a})"),
            }
        }
    };
    Some(text)
}

fn field_name(lang: Lang, f: DetailField) -> &'static str {
    let (de, en) = match f {
        DetailField::Subtitle => ("Untertitel", "subtitle"),
        DetailField::Description => ("Beschreibung", "description"),
        DetailField::Track => ("Track", "track"),
        DetailField::Kind => ("Art", "kind"),
        DetailField::Language => ("Sprache", "language"),
        DetailField::Contributions => ("Beiträge", "contributions"),
    };
    lang.pick(de, en)
}

fn people_phrases(lang: Lang, sides: Sides<'_>, people: &crate::diff::PeopleChange, out: &mut Vec<String>) {
    let names = |list: &[crate::model::Participation]| {
        list.iter().map(|p| person_name(sides, &p.person)).collect::<Vec<_>>().join(", ")
    };
    if !people.joined.is_empty() {
        out.push(format!("{}: {}", lang.pick("neu dabei", "joining"), names(&people.joined)));
    }
    if !people.left.is_empty() {
        out.push(format!("{}: {}", lang.pick("nicht mehr dabei", "no longer taking part"), names(&people.left)));
    }
    for r in &people.roles {
        let roles = r.after.iter().map(|role| role_name(lang, *role)).collect::<Vec<_>>().join(", ");
        let name = person_name(sides, &r.person);
        out.push(match lang {
            Lang::De => format!("{name} jetzt: {roles}"),
            Lang::En => format!("{name} now: {roles}"),
        });
    }
}

/// The phrases of one session's changes (all of the same session, in diff order).
pub fn change_phrases(lang: Lang, sides: Sides<'_>, changes: &[&Change]) -> Vec<Phrase> {
    let mut out = Vec::new();
    let changed = |text: String| Phrase { text, tone: Tone::Changed };
    let slots = changes.iter().find_map(|c| Some((c.before.as_ref()?, c.after.as_ref()?)));
    let mut timed = false;
    for c in changes {
        match (c.kind, &c.detail) {
            (ChangeKind::Added, _) => out.push(Phrase { text: lang.pick("neu", "new").to_owned(), tone: Tone::New }),
            (ChangeKind::Restored, _) => out.push(Phrase {
                text: lang.pick("findet wieder statt", "takes place again").to_owned(),
                tone: Tone::New,
            }),
            (ChangeKind::Cancelled, _) => {
                out.push(Phrase { text: lang.pick("entfällt", "cancelled").to_owned(), tone: Tone::Gone });
            }
            (ChangeKind::Removed, _) => out.push(Phrase {
                text: lang.pick("nicht mehr im Programm", "no longer in the programme").to_owned(),
                tone: Tone::Gone,
            }),
            (ChangeKind::Moved | ChangeKind::Duration, _) => {
                let Some((before, after)) = slots else { continue };
                if !timed && let Some(text) = time_phrase(lang, sides, before, after) {
                    out.push(changed(text));
                }
                timed = true;
                if c.kind == ChangeKind::Moved && before.hall != after.hall {
                    let (a, b) = (hall_name(sides.old, lang, before), hall_name(sides.new, lang, after));
                    out.push(changed(format!("{}: {a} → {b}", lang.pick("Raum geändert", "room changed"))));
                }
            }
            (ChangeKind::Retitled, ChangeDetail::Title { before }) => {
                let was = lang.quote(before);
                out.push(changed(match lang {
                    Lang::De => format!("neuer Titel (bisher {was})"),
                    Lang::En => format!("new title (was {was})"),
                }));
            }
            (ChangeKind::People, ChangeDetail::People(people)) => {
                let mut texts = Vec::new();
                people_phrases(lang, sides, people, &mut texts);
                out.extend(texts.into_iter().map(changed));
            }
            (ChangeKind::Details, ChangeDetail::Fields(fields)) => {
                let names = fields.iter().map(|f| field_name(lang, *f)).collect::<Vec<_>>().join(", ");
                out.push(changed(format!("{}: {names}", lang.pick("geändert", "changed"))));
            }
            _ => {}
        }
    }
    out
}

/// "15:00–17:00 Uhr" / "15:00–17:00", or "Zeit folgt".
pub fn slot_time(lang: Lang, slot: &Slot) -> String {
    match slot.start {
        Some(_) => format!("{}{}", span_text(slot), clock_suffix(lang)),
        None => lang.pick("Zeit folgt", "time to be announced").to_owned(),
    }
}

/// The hall of a slot: its name, "alle Säle" or "Saal folgt".
pub fn slot_hall(lang: Lang, p: &Programme, slot: &Slot) -> String {
    hall_name(p, lang, slot)
}

/// "Do., 15.09.2022, 15:00–17:00 Uhr, Halle 4": where and when a session is on one side.
pub fn slot_line(lang: Lang, p: &Programme, slot: &Slot) -> String {
    format!("{}, {}, {}", day_text(p, lang, slot), slot_time(lang, slot), hall_name(p, lang, slot))
}

/// "3 Änderungen" / "1 change" / "keine Änderungen".
pub fn change_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::De, 0) => "keine Änderungen".to_owned(),
        (Lang::En, 0) => "no changes".to_owned(),
        (Lang::De, 1) => "1 Änderung".to_owned(),
        (Lang::En, 1) => "1 change".to_owned(),
        (Lang::De, n) => format!("{} Änderungen", super::number(lang, n)),
        (Lang::En, n) => format!("{} changes", super::number(lang, n)),
    }
}

/// "Stand 3 (gegenüber Stand 2)" / "Stand 3 (compared with Stand 2)".
pub fn compared_with(lang: Lang, now: &str, since: &str) -> String {
    match lang {
        Lang::De => format!("{now} (gegenüber {since})"),
        Lang::En => format!("{now} (compared with {since})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{DiffOptions, diff};
    use crate::model::{Clock, HallKey};

    #[test]
    fn moves_rooms_and_cancellations_in_words() {
        let old = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let mut new = old.clone();
        let s = new.sessions.get_mut("arena-digitale-zwillinge").unwrap();
        s.start = Clock::from_hm(15, 0);
        s.hall = Some(HallPlacement::Hall(HallKey::new("halle-4")));
        let changes = diff(&old, &new, DiffOptions::default());
        let refs: Vec<&Change> = changes.iter().collect();
        let sides = Sides { old: &old, new: &new };
        let de: Vec<String> = change_phrases(Lang::De, sides, &refs).into_iter().map(|p| p.text).collect();
        assert_eq!(de, ["verschoben von 14:40 auf 15:00 Uhr", "Raum geändert: Halle 6 → Halle 4"]);
        let en: Vec<String> = change_phrases(Lang::En, sides, &refs).into_iter().map(|p| p.text).collect();
        assert_eq!(en, ["moved from 14:40 to 15:00", "room changed: Halle 6 → Halle 4"]);
        new.sessions.get_mut("arena-digitale-zwillinge").unwrap().duration_mins = 120;
        let changes = diff(&old, &new, DiffOptions::default());
        let refs: Vec<&Change> = changes.iter().collect();
        let sides = Sides { old: &old, new: &new };
        let de: Vec<String> = change_phrases(Lang::De, sides, &refs).into_iter().map(|p| p.text).collect();
        assert_eq!(de[0], "neue Zeit: 15:00–17:00 Uhr (bisher 14:40–17:15 Uhr)", "time and length are one item");
        new.sessions.get_mut("arena-digitale-zwillinge").unwrap().status = crate::model::Status::Cancelled;
        let changes = diff(&old, &new, DiffOptions::default());
        let refs: Vec<&Change> = changes.iter().collect();
        let phrases = change_phrases(Lang::De, Sides { old: &old, new: &new }, &refs);
        assert_eq!(phrases, [Phrase { text: "entfällt".into(), tone: Tone::Gone }]);
    }
}
