//! The words of printed agendas (PDF and HTML) in German and English: column heads, role labels, page
//! footers, selection captions. Dates come from [`super::dates`].

use chrono::{Datelike as _, NaiveDate};

use super::catalogue::tr;
use super::{Lang, dates};

/// A fixed word or phrase of a printed agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaWord {
    /// Column head of the times.
    Time,
    /// Column head of the session text.
    Programme,
    /// Column head of the halls.
    Hall,
    /// Label before moderators.
    Moderation,
    /// Label before hosts.
    Host,
    /// Label before speakers.
    With,
    /// Label before the track.
    Track,
    /// A session in every hall.
    AllHalls,
    /// A session without a hall yet.
    HallTba,
    /// Heading of sessions without a time.
    TimeTba,
    /// Added to a heading repeated after a page break.
    Continued,
    /// Printed when the selection is empty.
    NothingSelected,
    /// Label of the day selection.
    Day,
}

/// The text of a word.
pub fn agenda_word(lang: Lang, word: AgendaWord) -> &'static str {
    super::catalogue::word(
        lang,
        match word {
            AgendaWord::Time => "agenda-time",
            AgendaWord::Programme => "agenda-programme",
            AgendaWord::Hall => "agenda-hall",
            AgendaWord::Moderation => "agenda-moderation",
            AgendaWord::Host => "agenda-host",
            AgendaWord::With => "agenda-with",
            AgendaWord::Track => "agenda-track",
            AgendaWord::AllHalls => "agenda-all-halls",
            AgendaWord::HallTba => "agenda-hall-tba",
            AgendaWord::TimeTba => "agenda-time-tba",
            AgendaWord::Continued => "agenda-continued",
            AgendaWord::NothingSelected => "agenda-nothing-selected",
            AgendaWord::Day => "agenda-day",
        },
    )
}

/// "Seite 3 von 12" / "Page 3 of 12".
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    tr!(lang, "agenda-page-of", page = page.to_string(), pages = pages.to_string())
}

/// "1. September 2022" / "1 September 2022".
pub fn date_plain(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::De => format!("{}. {} {}", date.day(), dates::month_name(lang, date), date.year()),
        Lang::En => format!("{} {} {}", date.day(), dates::month_name(lang, date), date.year()),
    }
}

/// "Stand: 1. September 2022" / "As of 1 September 2022".
pub fn as_of(lang: Lang, date: NaiveDate) -> String {
    tr!(lang, "agenda-as-of", date = date_plain(lang, date))
}

/// The dates of an event: "14.–16. September 2022", "30. September – 2. Oktober 2022",
/// "14 – 16 September 2022"; one date alone in full.
pub fn date_span(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        return date_plain(lang, first);
    }
    let month = |d: NaiveDate| dates::month_name(lang, d);
    match (lang, first.year() == last.year(), first.month() == last.month()) {
        (Lang::De, true, true) => format!("{}.–{}. {} {}", first.day(), last.day(), month(last), last.year()),
        (Lang::En, true, true) => format!("{}–{} {} {}", first.day(), last.day(), month(last), last.year()),
        (Lang::De, true, false) => {
            format!("{}. {} – {}", first.day(), month(first), date_plain(lang, last))
        }
        (Lang::En, true, false) => format!("{} {} – {}", first.day(), month(first), date_plain(lang, last)),
        _ => format!("{} – {}", date_plain(lang, first), date_plain(lang, last)),
    }
}

/// "Persönlicher Programmplan: Klara Geywitz" / "Personal schedule: Klara Geywitz".
pub fn personal_schedule(lang: Lang, name: &str) -> String {
    tr!(lang, "agenda-personal-schedule", name = name)
}

/// "Säle 1–5 von 8" / "Halls 1–5 of 8" for a page of grid columns (1-based, inclusive).
pub fn hall_part(lang: Lang, first: usize, last: usize, of: usize) -> String {
    let (a, b, of) = (first.to_string(), last.to_string(), of.to_string());
    if first == last {
        tr!(lang, "agenda-hall-of", first = a, of = of)
    } else {
        tr!(lang, "agenda-halls-of", first = a, last = b, of = of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_footers() {
        let d = |m, day| NaiveDate::from_ymd_opt(2022, m, day).unwrap();
        assert_eq!(date_span(Lang::De, d(9, 14), d(9, 16)), "14.–16. September 2022");
        assert_eq!(date_span(Lang::En, d(9, 14), d(9, 16)), "14–16 September 2022");
        assert_eq!(date_span(Lang::De, d(9, 30), d(10, 2)), "30. September – 2. Oktober 2022");
        assert_eq!(date_span(Lang::De, d(9, 14), d(9, 14)), "14. September 2022");
        assert_eq!(page_of(Lang::De, 1, 4), "Seite 1 von 4");
        assert_eq!(as_of(Lang::En, d(9, 1)), "As of 1 September 2022");
    }
}
