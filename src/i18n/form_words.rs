//! The words of the forms added for "forms that never trap" (issue 13 §3): availability per day, duration
//! warnings, a session's clashes with what to do, the named track colours, adding a person from the
//! search, and the day choice with weekday and label; the words are in the Fluent catalogues
//! (`form-…` in `locales/*/form.ftl`), only the day's date is formatted here.

use chrono::{Datelike as _, NaiveDate};

use super::Lang;
use super::catalogue::tr;
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
    super::catalogue::word(
        lang,
        match word {
            W::AllDay => "form-all-day",
            W::Unavailable => "form-unavailable",
            W::OnlyFromTo => "form-only-from-to",
            W::AddSpan => "form-add-span",
            W::RemoveSpan => "form-remove-span",
            W::PerDayHint => "form-per-day-hint",
            W::NoDays => "form-no-days",
            W::SpanEmpty => "form-span-empty",
            W::ZeroDuration => "form-zero-duration",
            W::NoEnd => "form-no-end",
            W::SessionClashes => "form-session-clashes",
            W::NoSessionClashes => "form-no-session-clashes",
            W::ClickToOpen => "form-click-to-open",
            W::HexCode => "form-hex-code",
            W::Palette => "form-palette",
            W::Unapplied => "form-unapplied",
        },
    )
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
    tr!(lang, "form-over-a-day", hours = (mins / 60).to_string(), minutes = (mins % 60).to_string())
}

/// A contribution named by its position: "Beitrag 2".
pub fn contribution_at(lang: Lang, position: usize) -> String {
    tr!(lang, "form-contribution-at", position = position.to_string())
}

/// The button creating a person from the search text.
pub fn create_person(lang: Lang, name: &str) -> String {
    tr!(lang, "form-create-person", name = name)
}

/// The hint of the person search when Enter takes the only match.
pub fn enter_takes(lang: Lang, name: &str) -> String {
    tr!(lang, "form-enter-takes", name = name)
}

/// What to do about a track colour that is not `#rrggbb`.
pub fn colour_fix(lang: Lang, colour: &str) -> String {
    let digits = colour.strip_prefix('#').map_or(0, |d| d.chars().count());
    let hex = colour.strip_prefix('#').is_some_and(|d| d.chars().all(|c| c.is_ascii_hexdigit()));
    if hex && digits < 6 {
        tr!(lang, "form-colour-incomplete", colour = colour)
    } else {
        tr!(lang, "form-colour-invalid", colour = colour)
    }
}

/// What the line of a clash about another entity adds: "Saal „Halle 6“ öffnen" and the like.
pub fn open_entity(lang: Lang, what: EntityWord, name: &str) -> String {
    match what {
        EntityWord::Hall => tr!(lang, "form-open-hall", name = name),
        EntityWord::Person => tr!(lang, "form-open-person", name = name),
        EntityWord::Track => tr!(lang, "form-open-track", name = name),
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

/// The named colours of the track palette: (message id of the name, `#rrggbb`), twelve clearly
/// distinct hues (after ColorBrewer's "Paired"/"Set1" and Tableau 10).
pub const TRACK_COLOURS: [(&str, &str); 12] = [
    ("form-colour-blue", "#1f77b4"),
    ("form-colour-orange", "#ff7f0e"),
    ("form-colour-green", "#2ca02c"),
    ("form-colour-red", "#d62728"),
    ("form-colour-purple", "#9467bd"),
    ("form-colour-brown", "#8c564b"),
    ("form-colour-pink", "#e377c2"),
    ("form-colour-grey", "#7f7f7f"),
    ("form-colour-olive", "#bcbd22"),
    ("form-colour-cyan", "#17becf"),
    ("form-colour-navy", "#1a2a6c"),
    ("form-colour-yellow", "#f2c400"),
];

/// The name of a palette colour in the language.
pub fn colour_name(lang: Lang, id: &'static str) -> &'static str {
    super::catalogue::word(lang, id)
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
