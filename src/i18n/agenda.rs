//! The words of printed agendas (PDF and HTML) in German and English: column heads, role labels, page
//! footers, selection captions. Dates come from [`super::dates`].

use chrono::{Datelike as _, NaiveDate};

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
    let (de, en) = match word {
        AgendaWord::Time => ("Zeit", "Time"),
        AgendaWord::Programme => ("Programm", "Programme"),
        AgendaWord::Hall => ("Saal", "Hall"),
        AgendaWord::Moderation => ("Moderation", "Moderation"),
        AgendaWord::Host => ("Leitung", "Host"),
        AgendaWord::With => ("Mit", "With"),
        AgendaWord::Track => ("Track", "Track"),
        AgendaWord::AllHalls => ("Alle Säle", "All halls"),
        AgendaWord::HallTba => ("Saal folgt", "Hall to be announced"),
        AgendaWord::TimeTba => ("Termin folgt", "Date and time to be announced"),
        AgendaWord::Continued => ("Fortsetzung", "continued"),
        AgendaWord::NothingSelected => ("Keine Programmpunkte ausgewählt.", "No sessions selected."),
        AgendaWord::Day => ("Tag", "Day"),
    };
    lang.pick(de, en)
}

/// "Seite 3 von 12" / "Page 3 of 12".
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::De => format!("Seite {page} von {pages}"),
        Lang::En => format!("Page {page} of {pages}"),
    }
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
    match lang {
        Lang::De => format!("Stand: {}", date_plain(lang, date)),
        Lang::En => format!("As of {}", date_plain(lang, date)),
    }
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
    match lang {
        Lang::De => format!("Persönlicher Programmplan: {name}"),
        Lang::En => format!("Personal schedule: {name}"),
    }
}

/// "Säle 1–5 von 8" / "Halls 1–5 of 8" for a page of grid columns (1-based, inclusive).
pub fn hall_part(lang: Lang, first: usize, last: usize, of: usize) -> String {
    match (lang, first == last) {
        (Lang::De, true) => return format!("Saal {first} von {of}"),
        (Lang::En, true) => return format!("Hall {first} of {of}"),
        _ => {}
    }
    match lang {
        Lang::De => format!("Säle {first}–{last} von {of}"),
        Lang::En => format!("Halls {first}–{last} of {of}"),
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
