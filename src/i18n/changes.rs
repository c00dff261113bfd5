//! Changes between two programmes in words, German and English: "verschoben von 14:40 auf 15:00 Uhr",
//! "Raum geändert: Halle 7 → Halle 4", "entfällt", "neu". A session's changes become one list of
//! phrases; a new time and a new length are one phrase. Used by `podium diff`, the Programmänderungen,
//! the letters and the editor's "Änderungen seit …".

use super::catalogue::{tr, word};
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
        None => tr!(lang, "changes-hall-tba"),
        Some(HallPlacement::All) => tr!(lang, "changes-all-halls"),
        Some(HallPlacement::Hall(k)) => p.halls.get(k).map_or_else(|| k.to_string(), |h| h.name.clone()),
    }
}

fn day_text(p: &Programme, lang: Lang, slot: &Slot) -> String {
    slot.day
        .as_ref()
        .and_then(|d| p.days.get(d))
        .map_or_else(|| tr!(lang, "changes-day-tba"), |d| dates::date_short(lang, d.date))
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
    word(lang, "changes-clock-suffix")
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
    let text = match (day_moved, start_moved, longer) {
        (false, false, false) => return None,
        (true, _, false) => tr!(
            lang,
            "changes-moved-day",
            from = day_text(sides.old, lang, before),
            a = start_text(before),
            to = day_text(sides.new, lang, after),
            b = start_text(after),
        ),
        (true, _, true) => tr!(
            lang,
            "changes-new-date",
            from = day_text(sides.old, lang, before),
            a = span_text(before),
            to = day_text(sides.new, lang, after),
            b = span_text(after),
        ),
        (false, true, false) => tr!(lang, "changes-moved", a = start_text(before), b = start_text(after)),
        (false, false, true) => {
            let end = |s: &Slot| {
                s.start.map_or_else(|| "?".to_owned(), |c| clock_label(c.mins().saturating_add(s.duration_mins)))
            };
            tr!(lang, "changes-ends", a = end(before), b = end(after))
        }
        (false, true, true) => tr!(lang, "changes-new-time", a = span_text(before), b = span_text(after)),
    };
    Some(text)
}

fn field_name(lang: Lang, f: DetailField) -> &'static str {
    word(
        lang,
        match f {
            DetailField::Subtitle => "changes-field-subtitle",
            DetailField::Description => "changes-field-description",
            DetailField::Track => "changes-field-track",
            DetailField::Kind => "changes-field-kind",
            DetailField::Language => "changes-field-language",
            DetailField::Contributions => "changes-field-contributions",
        },
    )
}

fn people_phrases(lang: Lang, sides: Sides<'_>, people: &crate::diff::PeopleChange, out: &mut Vec<String>) {
    let names = |list: &[crate::model::Participation]| {
        list.iter().map(|p| person_name(sides, &p.person)).collect::<Vec<_>>().join(", ")
    };
    if !people.joined.is_empty() {
        out.push(tr!(lang, "changes-joining", names = names(&people.joined)));
    }
    if !people.left.is_empty() {
        out.push(tr!(lang, "changes-left", names = names(&people.left)));
    }
    for r in &people.roles {
        let roles = r.after.iter().map(|role| role_name(lang, *role)).collect::<Vec<_>>().join(", ");
        let name = person_name(sides, &r.person);
        out.push(tr!(lang, "changes-roles", name = name, roles = roles));
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
            (ChangeKind::Added, _) => out.push(Phrase { text: tr!(lang, "changes-added"), tone: Tone::New }),
            (ChangeKind::Restored, _) => out.push(Phrase { text: tr!(lang, "changes-restored"), tone: Tone::New }),
            (ChangeKind::Cancelled, _) => {
                out.push(Phrase { text: tr!(lang, "changes-cancelled"), tone: Tone::Gone });
            }
            (ChangeKind::Removed, _) => out.push(Phrase { text: tr!(lang, "changes-removed"), tone: Tone::Gone }),
            (ChangeKind::Moved | ChangeKind::Duration, _) => {
                let Some((before, after)) = slots else { continue };
                if !timed && let Some(text) = time_phrase(lang, sides, before, after) {
                    out.push(changed(text));
                }
                timed = true;
                if c.kind == ChangeKind::Moved && before.hall != after.hall {
                    let (a, b) = (hall_name(sides.old, lang, before), hall_name(sides.new, lang, after));
                    out.push(changed(tr!(lang, "changes-room", a = a, b = b)));
                }
            }
            (ChangeKind::Retitled, ChangeDetail::Title { before }) => {
                let was = lang.quote(before);
                out.push(changed(tr!(lang, "changes-retitled", was = was)));
            }
            (ChangeKind::People, ChangeDetail::People(people)) => {
                let mut texts = Vec::new();
                people_phrases(lang, sides, people, &mut texts);
                out.extend(texts.into_iter().map(changed));
            }
            (ChangeKind::Details, ChangeDetail::Fields(fields)) => {
                let names = fields.iter().map(|f| field_name(lang, *f)).collect::<Vec<_>>().join(", ");
                out.push(changed(tr!(lang, "changes-details", names = names)));
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
        None => tr!(lang, "changes-time-tba"),
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
    tr!(lang, "changes-count", n = n)
}

/// "Stand 3 (gegenüber Stand 2)" / "Stand 3 (compared with Stand 2)".
pub fn compared_with(lang: Lang, now: &str, since: &str) -> String {
    tr!(lang, "changes-compared-with", now = now, since = since)
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
