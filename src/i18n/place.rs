//! The words of suggestions and automatic placement: a place ("Do., 15.09.2022 14:40–17:15 · Halle 6"),
//! what it costs, why a session stayed unplaced, the checks before solving, and the summary lines of
//! `podium suggest` / `podium schedule` and of the editor's dialogs.

use super::catalogue::{tr, word};
use super::{Lang, date_short};
use crate::model::{HallPlacement, Programme, SessionKey, time};
use crate::place::{Cost, Place, Precheck, Unplaced};

/// "Do., 15.09.2022 14:40–17:15 · Halle 6" for `key` at `place`.
pub fn place_text(lang: Lang, p: &Programme, key: &SessionKey, place: &Place) -> String {
    let date = p.days.get(&place.day).map(|d| date_short(lang, d.date)).unwrap_or_else(|| place.day.to_string());
    let duration = p.sessions.get(key).map_or(0, |s| s.duration_mins);
    let end = time::wall_clock(place.start.mins().saturating_add(duration));
    let hall = match &place.hall {
        HallPlacement::All => word(lang, "place-all-halls").to_owned(),
        HallPlacement::Hall(h) => p.halls.get(h).map_or_else(|| h.to_string(), |x| x.name.clone()),
    };
    format!("{date} {}–{end} · {hall}", place.start)
}

/// What a free place costs: "ohne Warnung" or "2 Warnungen (Umbau, Wegezeit)".
pub fn cost_text(lang: Lang, cost: &Cost) -> String {
    tr!(lang, "place-cost", n = cost.soft)
}

/// "von Do., 15.09.2022 14:40–17:15 · Halle 1 nach Do., 15.09.2022 15:00–17:35 · Halle 4".
pub fn moved_text(lang: Lang, from: &str, to: &str) -> String {
    tr!(lang, "place-moved", from = from, to = to)
}

/// Why a session was not placed.
pub fn unplaced_text(lang: Lang, why: &Unplaced) -> &'static str {
    word(
        lang,
        match why {
            Unplaced::NoPlace => "place-unplaced-no-place",
            Unplaced::Crowded => "place-unplaced-crowded",
            Unplaced::Pinned => "place-unplaced-pinned",
        },
    )
}

fn title(p: &Programme, key: &SessionKey) -> String {
    p.sessions.get(key).map_or_else(|| key.to_string(), |s| s.title.clone())
}

/// A check before solving, in words.
pub fn precheck_text(lang: Lang, p: &Programme, check: &Precheck) -> String {
    match check {
        Precheck::PersonOverbooked { person, needed_mins, available_mins } => tr!(
            lang,
            "place-person-overbooked",
            person = p.people.get(person).map_or_else(|| person.to_string(), |x| x.name.clone()),
            needed = needed_mins.to_string(),
            available = available_mins.to_string(),
        ),
        Precheck::LongerThanEveryDay { session } => {
            tr!(lang, "place-longer-than-every-day", session = lang.quote(&title(p, session)))
        }
        Precheck::AudienceTooLarge { session, audience, largest } => tr!(
            lang,
            "place-audience-too-large",
            session = lang.quote(&title(p, session)),
            audience = audience.to_string(),
            largest = largest.to_string(),
        ),
        Precheck::DayOverfull { day, needed_mins, available_mins } => tr!(
            lang,
            "place-day-overfull",
            date = p.days.get(day).map_or_else(|| day.to_string(), |d| date_short(lang, d.date)),
            needed = needed_mins.to_string(),
            available = available_mins.to_string(),
        ),
    }
}

/// The summary of a placement run: "12 Sessions eingeplant, 1 nicht eingeplant, 3 verschoben · 0 Fehler".
pub fn schedule_summary(lang: Lang, placed: usize, unplaced: usize, moved: usize, errors: usize) -> String {
    tr!(
        lang,
        "place-summary",
        placed = tr!(lang, "word-sessions", n = placed),
        unplaced = unplaced,
        moved = moved,
        errors = errors,
    )
}

/// The undo label of a placement run: "Automatisch eingeplant: 12 Sessions", "Konflikte aufgelöst: 2
/// verschoben, 1 eingeplant".
pub fn schedule_label(lang: Lang, repair: bool, placed: usize, moved: usize) -> String {
    if repair {
        tr!(lang, "place-label-repair", moved = moved, placed = placed)
    } else {
        tr!(lang, "place-label-schedule", placed = placed)
    }
}

/// What a placement run will do, said before it starts.
pub fn placing_intro(lang: Lang, repair: bool, to_place: usize) -> String {
    if repair {
        tr!(lang, "place-intro-repair")
    } else {
        tr!(lang, "place-intro-schedule", sessions = tr!(lang, "word-sessions", n = to_place))
    }
}

/// A word of the placement dialogs and commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceWord {
    /// "Freie Plätze…"
    FreePlaces,
    /// "Freie Plätze für" (before a title).
    FreePlacesFor,
    /// "Keine freien Plätze gefunden."
    NoFreePlaces,
    /// "Automatisch einplanen…"
    Schedule,
    /// "Konflikte auflösen…"
    Repair,
    /// "Vorab geprüft:"
    Prechecks,
    /// "Eingeplant:"
    Placed,
    /// "Verschoben:"
    Moved,
    /// "Nicht eingeplant:"
    NotPlaced,
    /// "Zeitbudget (Sekunden)"
    Budget,
    /// "Starten"
    Start,
    /// "Abbrechen"
    Cancel,
    /// "Übernehmen"
    Apply,
    /// "Schließen"
    Close,
    /// "Fixiert (wird beim automatischen Einplanen nicht verschoben)"
    Pinned,
    /// "Keine Session hat einen freien Platz nötig." — nothing to place.
    NothingToPlace,
    /// The run was stopped (Abbrechen, or the budget ran out): the best plan so far was kept.
    StoppedEarly,
}

/// The text of a placement word.
pub fn place_word(lang: Lang, w: PlaceWord) -> &'static str {
    use PlaceWord as W;
    word(
        lang,
        match w {
            W::FreePlaces => "place-word-free-places",
            W::FreePlacesFor => "place-word-free-places-for",
            W::NoFreePlaces => "place-word-no-free-places",
            W::Schedule => "place-word-schedule",
            W::Repair => "place-word-repair",
            W::Prechecks => "place-word-prechecks",
            W::Placed => "place-word-placed",
            W::Moved => "place-word-moved",
            W::NotPlaced => "place-word-not-placed",
            W::Budget => "place-word-budget",
            W::Start => "place-word-start",
            W::Cancel => "place-word-cancel",
            W::Apply => "place-word-apply",
            W::Close => "place-word-close",
            W::Pinned => "place-word-pinned",
            W::NothingToPlace => "place-word-nothing-to-place",
            W::StoppedEarly => "place-word-stopped-early",
        },
    )
}
