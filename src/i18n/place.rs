//! The words of suggestions and automatic placement: a place ("Do., 15.09.2022 14:40–17:15 · Halle 6"),
//! what it costs, why a session stayed unplaced, the checks before solving, and the summary lines of
//! `podium suggest` / `podium schedule` and of the editor's dialogs.

use super::{Lang, date_short, number};
use crate::model::{HallPlacement, Programme, SessionKey, time};
use crate::place::{Cost, Place, Precheck, Unplaced};

/// "Do., 15.09.2022 14:40–17:15 · Halle 6" for `key` at `place`.
pub fn place_text(lang: Lang, p: &Programme, key: &SessionKey, place: &Place) -> String {
    let date = p.days.get(&place.day).map(|d| date_short(lang, d.date)).unwrap_or_else(|| place.day.to_string());
    let duration = p.sessions.get(key).map_or(0, |s| s.duration_mins);
    let end = time::wall_clock(place.start.mins().saturating_add(duration));
    let all = lang.pick("Alle Säle", "All halls");
    let hall = match &place.hall {
        HallPlacement::All => all.to_owned(),
        HallPlacement::Hall(h) => p.halls.get(h).map_or_else(|| h.to_string(), |x| x.name.clone()),
    };
    format!("{date} {}–{end} · {hall}", place.start)
}

/// What a free place costs: "ohne Warnung" or "2 Warnungen (Umbau, Wegezeit)".
pub fn cost_text(lang: Lang, cost: &Cost) -> String {
    match (cost.soft, lang) {
        (0, Lang::De) => "ohne Warnung".to_owned(),
        (0, Lang::En) => "no warning".to_owned(),
        (1, Lang::De) => "1 Warnung (Umbau- oder Wegezeit)".to_owned(),
        (1, Lang::En) => "1 warning (changeover or travel time)".to_owned(),
        (n, Lang::De) => format!("{} Warnungen (Umbau- oder Wegezeit)", number(lang, n)),
        (n, Lang::En) => format!("{} warnings (changeover or travel time)", number(lang, n)),
    }
}

/// "von Do., 15.09.2022 14:40–17:15 · Halle 1 nach Do., 15.09.2022 15:00–17:35 · Halle 4".
pub fn moved_text(lang: Lang, from: &str, to: &str) -> String {
    match lang {
        Lang::De => format!("von {from} nach {to}"),
        Lang::En => format!("from {from} to {to}"),
    }
}

/// Why a session was not placed.
pub fn unplaced_text(lang: Lang, why: &Unplaced) -> &'static str {
    match (why, lang) {
        (Unplaced::NoPlace, Lang::De) => {
            "kein Tag, Saal und Zeitpunkt passt zu Öffnungszeiten, Verfügbarkeit und Platzzahl, ohne dass es sich mit bleibenden Sessions überschneidet"
        }
        (Unplaced::NoPlace, Lang::En) => {
            "no day, hall and time fits the opening hours, availability and seats without overlapping sessions that stay"
        }
        (Unplaced::Crowded, Lang::De) => "jeder passende Platz ist schon von anderen neu eingeplanten Sessions belegt",
        (Unplaced::Crowded, Lang::En) => "every fitting place is taken by other sessions placed in this run",
        (Unplaced::Pinned, Lang::De) => "fixiert, daher nicht eingeplant",
        (Unplaced::Pinned, Lang::En) => "pinned, so not placed",
    }
}

fn title(p: &Programme, key: &SessionKey) -> String {
    p.sessions.get(key).map_or_else(|| key.to_string(), |s| s.title.clone())
}

/// A check before solving, in words.
pub fn precheck_text(lang: Lang, p: &Programme, check: &Precheck) -> String {
    match (check, lang) {
        (Precheck::PersonOverbooked { person, needed_mins, available_mins }, Lang::De) => format!(
            "{}: die Sessions dauern {needed_mins} Minuten, verfügbar sind nur {available_mins} Minuten",
            p.people.get(person).map_or_else(|| person.to_string(), |x| x.name.clone())
        ),
        (Precheck::PersonOverbooked { person, needed_mins, available_mins }, Lang::En) => format!(
            "{}: their sessions last {needed_mins} minutes, but they are available for only {available_mins}",
            p.people.get(person).map_or_else(|| person.to_string(), |x| x.name.clone())
        ),
        (Precheck::LongerThanEveryDay { session }, Lang::De) => {
            format!("{}: länger als die Öffnungszeit jedes möglichen Tages", lang.quote(&title(p, session)))
        }
        (Precheck::LongerThanEveryDay { session }, Lang::En) => {
            format!("{}: longer than the opening hours of every day it may go on", lang.quote(&title(p, session)))
        }
        (Precheck::AudienceTooLarge { session, audience, largest }, Lang::De) => format!(
            "{}: {audience} erwartete Personen, der größte Saal hat {largest} Plätze",
            lang.quote(&title(p, session))
        ),
        (Precheck::AudienceTooLarge { session, audience, largest }, Lang::En) => format!(
            "{}: an audience of {audience}, but the largest hall seats {largest}",
            lang.quote(&title(p, session))
        ),
        (Precheck::DayOverfull { day, needed_mins, available_mins }, _) => {
            let date = p.days.get(day).map_or_else(|| day.to_string(), |d| date_short(lang, d.date));
            match lang {
                Lang::De => format!(
                    "{date}: {needed_mins} Session-Minuten, aber nur {available_mins} Saal-Minuten in den Öffnungszeiten"
                ),
                Lang::En => format!(
                    "{date}: {needed_mins} session minutes, but only {available_mins} hall minutes in the opening hours"
                ),
            }
        }
    }
}

/// The summary of a placement run: "12 Sessions eingeplant, 1 nicht eingeplant, 3 verschoben · 0 Fehler".
pub fn schedule_summary(lang: Lang, placed: usize, unplaced: usize, moved: usize, errors: usize) -> String {
    let sessions = |n: usize| match (n, lang) {
        (1, Lang::De) => "1 Session".to_owned(),
        (1, Lang::En) => "1 session".to_owned(),
        (n, Lang::De) => format!("{} Sessions", number(lang, n)),
        (n, Lang::En) => format!("{} sessions", number(lang, n)),
    };
    match lang {
        Lang::De => format!(
            "{} eingeplant, {} nicht eingeplant, {} verschoben · {} Fehler übrig",
            sessions(placed),
            number(lang, unplaced),
            number(lang, moved),
            number(lang, errors)
        ),
        Lang::En => format!(
            "{} placed, {} not placed, {} moved · {} errors left",
            sessions(placed),
            number(lang, unplaced),
            number(lang, moved),
            number(lang, errors)
        ),
    }
}

/// The undo label of a placement run: "Automatisch eingeplant: 12 Sessions", "Konflikte aufgelöst: 2
/// verschoben, 1 eingeplant".
pub fn schedule_label(lang: Lang, repair: bool, placed: usize, moved: usize) -> String {
    match (repair, lang) {
        (false, Lang::De) => format!("Automatisch eingeplant: {} Sessions", number(lang, placed)),
        (false, Lang::En) => format!("Placed automatically: {} sessions", number(lang, placed)),
        (true, Lang::De) => {
            format!("Konflikte aufgelöst: {} verschoben, {} eingeplant", number(lang, moved), number(lang, placed))
        }
        (true, Lang::En) => format!("Clashes resolved: {} moved, {} placed", number(lang, moved), number(lang, placed)),
    }
}

/// What a placement run will do, said before it starts.
pub fn placing_intro(lang: Lang, repair: bool, to_place: usize) -> String {
    match (repair, lang) {
        (false, Lang::De) => format!(
            "{} ohne Tag, Beginn oder Saal werden eingeplant; ein gesetzter Tag bleibt. Eingeplante und fixierte Sessions bleiben, wo sie sind.",
            if to_place == 1 { "1 Session".to_owned() } else { format!("{} Sessions", number(lang, to_place)) }
        ),
        (false, Lang::En) => format!(
            "{} without a day, start or hall will be placed; a day already set is kept. Placed and pinned sessions stay where they are.",
            if to_place == 1 { "1 session".to_owned() } else { format!("{} sessions", number(lang, to_place)) }
        ),
        (true, Lang::De) => "Sessions in Fehlern (ein Saal oder eine Person doppelt belegt) werden verschoben – so wenige und so wenig wie möglich. Fixierte Sessions bleiben.".to_owned(),
        (true, Lang::En) => "Sessions in errors (a hall or a person booked twice) are moved – as few and as little as possible. Pinned sessions stay.".to_owned(),
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
    match (w, lang) {
        (W::FreePlaces, Lang::De) => "Freie Plätze…",
        (W::FreePlaces, Lang::En) => "Free places…",
        (W::FreePlacesFor, Lang::De) => "Freie Plätze für",
        (W::FreePlacesFor, Lang::En) => "Free places for",
        (W::NoFreePlaces, Lang::De) => "Keine freien Plätze gefunden.",
        (W::NoFreePlaces, Lang::En) => "No free places found.",
        (W::Schedule, Lang::De) => "Automatisch einplanen…",
        (W::Schedule, Lang::En) => "Place automatically…",
        (W::Repair, Lang::De) => "Konflikte auflösen…",
        (W::Repair, Lang::En) => "Resolve clashes…",
        (W::Prechecks, Lang::De) => "Vorab geprüft:",
        (W::Prechecks, Lang::En) => "Checked first:",
        (W::Placed, Lang::De) => "Eingeplant:",
        (W::Placed, Lang::En) => "Placed:",
        (W::Moved, Lang::De) => "Verschoben:",
        (W::Moved, Lang::En) => "Moved:",
        (W::NotPlaced, Lang::De) => "Nicht eingeplant:",
        (W::NotPlaced, Lang::En) => "Not placed:",
        (W::Budget, Lang::De) => "Zeitbudget (Sekunden)",
        (W::Budget, Lang::En) => "Time budget (seconds)",
        (W::Start, Lang::De) => "Starten",
        (W::Start, Lang::En) => "Start",
        (W::Cancel, Lang::De) => "Abbrechen",
        (W::Cancel, Lang::En) => "Cancel",
        (W::Apply, Lang::De) => "Übernehmen",
        (W::Apply, Lang::En) => "Apply",
        (W::Close, Lang::De) => "Schließen",
        (W::Close, Lang::En) => "Close",
        (W::Pinned, Lang::De) => "Fixiert (automatisches Einplanen verschiebt sie nie)",
        (W::Pinned, Lang::En) => "Pinned (automatic placement never moves it)",
        (W::NothingToPlace, Lang::De) => "Es gibt nichts einzuplanen: jede Session hat Tag, Beginn und Saal.",
        (W::NothingToPlace, Lang::En) => "There is nothing to place: every session has a day, a start and a hall.",
        (W::StoppedEarly, Lang::De) => {
            "Vorzeitig beendet (abgebrochen oder Zeitbudget erreicht): der beste bis dahin gefundene Plan wurde übernommen."
        }
        (W::StoppedEarly, Lang::En) => "Stopped early (cancelled or out of time): the best plan found so far was kept.",
    }
}
