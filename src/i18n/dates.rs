//! Dates and times for people: "Mi., 14.09.2022" / "Wed 14 Sep 2022", "Donnerstag, 15. September 2022",
//! "14:40–17:15". Hand-written weekday and month tables (CONTRACTS §6).

use chrono::{Datelike as _, NaiveDate, NaiveDateTime, Timelike as _};

use super::Lang;

const WEEKDAYS_DE: [&str; 7] = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS_DE_SHORT: [&str; 7] = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."];
const WEEKDAYS_EN_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn table(names: &'static [&'static str], i: u32) -> &'static str {
    names.get(i as usize).copied().unwrap_or("")
}

/// Full weekday name.
pub fn weekday_name(lang: Lang, date: NaiveDate) -> &'static str {
    let i = date.weekday().num_days_from_monday();
    table(lang.pick_table(&WEEKDAYS_DE, &WEEKDAYS_EN), i)
}

/// Short weekday: "Mi." / "Wed".
pub fn weekday_short(lang: Lang, date: NaiveDate) -> &'static str {
    let i = date.weekday().num_days_from_monday();
    table(lang.pick_table(&WEEKDAYS_DE_SHORT, &WEEKDAYS_EN_SHORT), i)
}

/// Month name.
pub fn month_name(lang: Lang, date: NaiveDate) -> &'static str {
    table(lang.pick_table(&MONTHS_DE, &MONTHS_EN), date.month0())
}

impl Lang {
    fn pick_table(self, de: &'static [&'static str], en: &'static [&'static str]) -> &'static [&'static str] {
        match self {
            Self::De => de,
            Self::En => en,
        }
    }
}

/// "Mi., 14.09.2022" / "Wed 14 Sep 2022".
pub fn date_short(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::De => format!("{}, {:02}.{:02}.{}", weekday_short(lang, date), date.day(), date.month(), date.year()),
        Lang::En => {
            let month: String = month_name(lang, date).chars().take(3).collect();
            format!("{} {} {month} {}", weekday_short(lang, date), date.day(), date.year())
        }
    }
}

/// "Donnerstag, 15. September 2022" / "Thursday, 15 September 2022".
pub fn date_long(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::De => format!("{}, {}. {} {}", weekday_name(lang, date), date.day(), month_name(lang, date), date.year()),
        Lang::En => format!("{}, {} {} {}", weekday_name(lang, date), date.day(), month_name(lang, date), date.year()),
    }
}

/// "14:40–17:15" for two local date-times (the real clock, so 24:15 shows as 00:15).
pub fn time_range(start: NaiveDateTime, end: NaiveDateTime) -> String {
    format!("{:02}:{:02}–{:02}:{:02}", start.hour(), start.minute(), end.hour(), end.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        let d = NaiveDate::from_ymd_opt(2022, 9, 14).unwrap();
        assert_eq!(date_short(Lang::De, d), "Mi., 14.09.2022");
        assert_eq!(date_short(Lang::En, d), "Wed 14 Sep 2022");
        let d = d.succ_opt().unwrap();
        assert_eq!(date_long(Lang::De, d), "Donnerstag, 15. September 2022");
        assert_eq!(date_long(Lang::En, d), "Thursday, 15 September 2022");
    }
}
