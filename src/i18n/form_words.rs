//! The words of the forms added for "forms that never trap" (issue 13 §3): availability per day, duration
//! warnings, a session's clashes with what to do, the named track colours, adding a person from the
//! search, and the day choice with weekday and label. German and English, chosen with `Lang::pick` until
//! the Fluent catalogues take them over.

use chrono::{Datelike as _, NaiveDate};

use super::Lang;
use crate::model::Day;

/// A fixed word or sentence of the forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormWord {
    /// Availability choice: all day.
    AllDay,
    /// Availability choice: not available.
    Unavailable,
    /// Availability choice: only from … to ….
    OnlyFromTo,
    /// Button adding a further span on a day.
    AddSpan,
    /// Name of a span row's remove button.
    RemoveSpan,
    /// The hint above the days.
    PerDayHint,
    /// No days yet.
    NoDays,
    /// A span that ends before it starts.
    SpanEmpty,
    /// A duration of zero.
    ZeroDuration,
    /// A session without a valid time: no end.
    NoEnd,
    /// The heading of a session's clashes.
    SessionClashes,
    /// No clash.
    NoSessionClashes,
    /// Tooltip of a clash that selects something.
    ClickToOpen,
    /// The hex field next to the palette.
    HexCode,
    /// The palette's label.
    Palette,
    /// The form has text it did not understand or changes not applied.
    Unapplied,
}

/// A fixed word of the forms.
pub fn form_word(lang: Lang, word: FormWord) -> &'static str {
    use FormWord as W;
    match word {
        W::AllDay => lang.pick("ganztägig verfügbar", "available all day"),
        W::Unavailable => lang.pick("nicht verfügbar", "not available"),
        W::OnlyFromTo => lang.pick("nur von … bis …", "only from … to …"),
        W::AddSpan => lang.pick("+ weiteres Zeitfenster", "+ another time span"),
        W::RemoveSpan => lang.pick("Zeitfenster entfernen", "Remove time span"),
        W::PerDayHint => lang.pick("Für jeden Tag einzeln:", "For each day:"),
        W::NoDays => lang.pick("Noch keine Tage angelegt.", "No days yet."),
        W::SpanEmpty => lang.pick("„bis“ muss nach „von“ liegen", "“to” must be after “from”"),
        W::ZeroDuration => lang.pick(
            "Dauer 0: die Session belegt keine Zeit und kollidiert mit nichts",
            "Duration 0: the session takes no time and clashes with nothing",
        ),
        W::NoEnd => {
            lang.pick("Ende erst, wenn Beginn und Dauer verstanden sind", "End once start and duration are understood")
        }
        W::SessionClashes => lang.pick("Konflikte dieser Session", "Clashes of this session"),
        W::NoSessionClashes => lang.pick("Keine Konflikte.", "No clashes."),
        W::ClickToOpen => lang.pick("Klicken öffnet das Formular dazu", "Click to open its form"),
        W::HexCode => lang.pick("Hex-Code", "Hex code"),
        W::Palette => lang.pick("Farbe wählen", "Pick colour"),
        W::Unapplied => lang.pick(
            "Nicht übernommene Eingaben – Übernehmen oder Verwerfen (Esc)",
            "Input not applied – apply or discard (Esc)",
        ),
    }
}

/// The day as a choice: "Do., 15.09. · Kongresstag" / "Thu 15 Sep · Kongresstag".
pub fn day_choice(lang: Lang, day: &Day) -> String {
    let date = day_date(lang, day.date);
    if day.label.trim().is_empty() { date } else { format!("{date} · {}", day.label.trim()) }
}

fn day_date(lang: Lang, date: NaiveDate) -> String {
    let weekday = super::weekday_short(lang, date);
    match lang {
        Lang::De => format!("{weekday}, {:02}.{:02}.", date.day(), date.month()),
        Lang::En => {
            let month: String = super::month_name(lang, date).chars().take(3).collect();
            format!("{weekday} {} {month}", date.day())
        }
    }
}

/// A duration longer than a day: "Länger als ein Tag (26 Std. 30 Min.)".
pub fn over_a_day(lang: Lang, mins: u32) -> String {
    let (h, m) = (mins / 60, mins % 60);
    match lang {
        Lang::De => format!("Länger als ein Tag ({h} Std. {m} Min.) – stimmt das?"),
        Lang::En => format!("Longer than a day ({h} h {m} min) – is that right?"),
    }
}

/// A contribution named by its position: "Beitrag 2".
pub fn contribution_at(lang: Lang, position: usize) -> String {
    format!("{} {position}", lang.pick("Beitrag", "Contribution"))
}

/// The button creating a person from the search text.
pub fn create_person(lang: Lang, name: &str) -> String {
    match lang {
        Lang::De => format!("Neue Person „{name}“ anlegen"),
        Lang::En => format!("Create new person “{name}”"),
    }
}

/// The hint of the person search when Enter takes the only match.
pub fn enter_takes(lang: Lang, name: &str) -> String {
    match lang {
        Lang::De => format!("Eingabe übernimmt {name}"),
        Lang::En => format!("Enter adds {name}"),
    }
}

/// What to do about a track colour that is not `#rrggbb`.
pub fn colour_fix(lang: Lang, colour: &str) -> String {
    let digits = colour.strip_prefix('#').map_or(0, |d| d.chars().count());
    let hex = colour.strip_prefix('#').is_some_and(|d| d.chars().all(|c| c.is_ascii_hexdigit()));
    match (lang, hex && digits < 6) {
        (Lang::De, true) => {
            format!("Die Farbe „{colour}“ ist unvollständig – sechs Ziffern nach #, z. B. #1F77B4")
        }
        (Lang::De, false) => {
            format!("Die Farbe „{colour}“ ist keine Farbe – # und sechs Ziffern 0–9/A–F, z. B. #1F77B4")
        }
        (Lang::En, true) => format!("The colour “{colour}” is incomplete – six digits after #, e.g. #1F77B4"),
        (Lang::En, false) => format!("The colour “{colour}” is not a colour – # and six digits 0–9/A–F, e.g. #1F77B4"),
    }
}

/// What the line of a clash about another entity adds: "Saal „Halle 6“ öffnen" and the like.
pub fn open_entity(lang: Lang, what: EntityWord, name: &str) -> String {
    let (de, en) = match what {
        EntityWord::Hall => ("Saal", "hall"),
        EntityWord::Person => ("Person", "person"),
        EntityWord::Track => ("Track", "track"),
    };
    match lang {
        Lang::De => format!("{de} „{name}“ öffnen"),
        Lang::En => format!("Open {en} “{name}”"),
    }
}

/// Which kind of entity a clash line opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityWord {
    /// A hall.
    Hall,
    /// A person.
    Person,
    /// A track.
    Track,
}

/// The named colours of the track palette: (German, English, `#rrggbb`), twelve clearly distinct hues
/// (after ColorBrewer's "Paired"/"Set1" and Tableau 10).
pub const TRACK_COLOURS: [(&str, &str, &str); 12] = [
    ("Blau", "Blue", "#1f77b4"),
    ("Orange", "Orange", "#ff7f0e"),
    ("Grün", "Green", "#2ca02c"),
    ("Rot", "Red", "#d62728"),
    ("Violett", "Purple", "#9467bd"),
    ("Braun", "Brown", "#8c564b"),
    ("Rosa", "Pink", "#e377c2"),
    ("Grau", "Grey", "#7f7f7f"),
    ("Oliv", "Olive", "#bcbd22"),
    ("Türkis", "Cyan", "#17becf"),
    ("Dunkelblau", "Navy", "#1a2a6c"),
    ("Gelb", "Yellow", "#f2c400"),
];

/// The name of a palette colour in the language.
pub fn colour_name(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    lang.pick(de, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_choice_names_weekday_and_label() {
        let date = NaiveDate::from_ymd_opt(2022, 9, 15).unwrap();
        let day = Day { date, label: "Kongresstag".into(), opens: Default::default(), closes: Default::default() };
        assert_eq!(day_choice(Lang::De, &day), "Do., 15.09. · Kongresstag");
        assert_eq!(day_choice(Lang::En, &day), "Thu 15 Sep · Kongresstag");
    }

    #[test]
    fn an_incomplete_colour_says_what_to_do() {
        assert_eq!(
            colour_fix(Lang::De, "#7F8C"),
            "Die Farbe „#7F8C“ ist unvollständig – sechs Ziffern nach #, z. B. #1F77B4"
        );
        assert!(colour_fix(Lang::De, "blau").contains("keine Farbe"));
    }
}
