//! What people type into forms, read leniently: times ("9", "930", "9:30", "09.30", "24:15"), dates
//! ("14.9.2022", "14.9.22", "14.9.", "2022-09-14") and durations ("90", "1:30", "1h30", "1,5 h",
//! "45 Min."). Pure functions; the forms show the errors and keep invalid text out of the programme.

use chrono::NaiveDate;

use super::time::Clock;

/// Why typed text was not understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// Not a time of day (00:00–47:59).
    #[error("not a time")]
    Time,
    /// Not a date.
    #[error("not a date")]
    Date,
    /// Not a duration.
    #[error("not a duration")]
    Duration,
    /// Not a whole number.
    #[error("not a number")]
    Number,
}

/// A time of day: "9" → 09:00, "930" → 09:30, "9:30", "09.30", "9h30", "24:15" (after midnight of the
/// same programme day), with an optional "Uhr".
pub fn parse_time(text: &str) -> Result<Clock, InputError> {
    let t = text.trim();
    let t = t.strip_suffix("Uhr").or_else(|| t.strip_suffix("uhr")).unwrap_or(t).trim();
    let (h, m) = match t.find([':', '.', 'h', 'H', ',']) {
        Some(i) => {
            let (h, m) = (&t[..i], t[i + 1..].trim());
            (h.trim(), if m.is_empty() { "0" } else { m })
        }
        None if t.len() <= 2 => (t, "0"),
        None if t.len() <= 4 && t.is_char_boundary(t.len() - 2) => t.split_at(t.len() - 2),
        None => return Err(InputError::Time),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !digits(m) {
        return Err(InputError::Time);
    }
    let (h, m) = (h.parse::<u32>().map_err(|_| InputError::Time)?, m.parse::<u32>().map_err(|_| InputError::Time)?);
    if m >= 60 {
        return Err(InputError::Time);
    }
    Clock::from_hm(h, m).ok_or(InputError::Time)
}

/// A calendar date: "14.9.2022", "14.09.22", "14.9." (in `default_year`), or ISO "2022-09-14"; in
/// the years 1900–2200 (`time::YEARS`).
pub fn parse_date(text: &str, default_year: i32) -> Result<NaiveDate, InputError> {
    let t = text.trim();
    let sane = |d: NaiveDate| Some(d).filter(|d| super::time::sane_date(*d)).ok_or(InputError::Date);
    if t.contains('-') {
        return NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| InputError::Date).and_then(sane);
    }
    let parts: Vec<&str> = t.split(['.', '/']).map(str::trim).collect();
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    let (day, month, year) = match parts.as_slice() {
        [d, m] | [d, m, ""] => (number(d), number(m), Some(default_year)),
        [d, m, y] => (number(d), number(m), number(y).map(|v| if y.len() <= 2 { 2000 + v } else { v })),
        _ => (None, None, None),
    };
    let (Some(day), Some(month), Some(year)) = (day, month, year) else { return Err(InputError::Date) };
    let (Ok(day), Ok(month)) = (u32::try_from(day), u32::try_from(month)) else { return Err(InputError::Date) };
    NaiveDate::from_ymd_opt(year, month, day).ok_or(InputError::Date).and_then(sane)
}

/// A duration in minutes: "90", "1:30", "1h30", "1 h", "1,5h", "45 Min.", "45min".
pub fn parse_duration(text: &str) -> Result<u32, InputError> {
    let t = text.trim().to_lowercase().replace(' ', "");
    let t = t.trim_end_matches('.');
    let t = t.strip_suffix("minuten").or_else(|| t.strip_suffix("min")).unwrap_or(t);
    let whole = |s: &str| {
        (!s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let mins = if let Some((h, m)) = t.split_once(':').or_else(|| t.split_once('h')) {
        let m = if m.is_empty() { Some(0) } else { whole(m).filter(|m| *m < 60) };
        match (h.split_once([',', '.']), m) {
            (Some((hw, frac)), Some(0)) if t.ends_with('h') => hours_fraction(hw, frac),
            (None, Some(m)) => whole(h).map(|h| h * 60 + m),
            _ => None,
        }
    } else {
        whole(t)
    };
    mins.filter(|m| *m <= 48 * 60).ok_or(InputError::Duration)
}

fn hours_fraction(hours: &str, frac: &str) -> Option<u32> {
    if hours.len() > 5 || !hours.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: u32 = hours.parse().ok()?;
    if frac.is_empty() || frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let f: u32 = frac.parse().ok()?;
    let scale = if frac.len() == 1 { 10 } else { 100 };
    let mins = f * 60;
    mins.is_multiple_of(scale).then(|| h.checked_mul(60)?.checked_add(mins / scale)).flatten()
}

/// An optional whole number (seats, audience): empty → `None`. Thousands may be grouped with `.` or a
/// space (also a no-break space), as Germans write them ("1.200", "1 200"), one kind of separator per
/// number; a group of other than three digits ("1.5") or a leading zero before a group ("0.500") is
/// refused rather than misread.
pub fn parse_count(text: &str) -> Result<Option<u32>, InputError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let is_space = |c: char| c == ' ' || c == '\u{a0}' || c == '\u{202f}';
    if t.contains('.') && t.contains(is_space) {
        return Err(InputError::Number);
    }
    let mut groups = t.split(|c: char| c == '.' || is_space(c));
    let first = groups.next().unwrap_or_default();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let grouped = groups.clone().next().is_some();
    let lead_ok = !grouped || (first.len() <= 3 && !first.starts_with('0'));
    if !digits(first) || !lead_ok || !groups.clone().all(|g| g.len() == 3 && digits(g)) {
        return Err(InputError::Number);
    }
    let whole: String = std::iter::once(first).chain(groups).collect();
    whole.parse::<u32>().map(Some).map_err(|_| InputError::Number)
}

/// An optional duration (a hall's own changeover): empty → `None`, else as [`parse_duration`].
pub fn parse_optional_duration(text: &str) -> Result<Option<u32>, InputError> {
    if text.trim().is_empty() { Ok(None) } else { parse_duration(text).map(Some) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> String {
        parse_time(text).map(|c| c.to_string()).unwrap_or_else(|_| "ERR".into())
    }

    #[test]
    fn times_as_people_type_them() {
        assert_eq!(time("9"), "09:00");
        assert_eq!(time("930"), "09:30");
        assert_eq!(time("0930"), "09:30");
        assert_eq!(time("9:30"), "09:30");
        assert_eq!(time("09.30"), "09:30");
        assert_eq!(time("14.40 Uhr"), "14:40");
        assert_eq!(time("9h30"), "09:30");
        assert_eq!(time("24:15"), "24:15");
        assert_eq!(time("1715"), "17:15");
        assert_eq!(time("9:"), "09:00");
        for bad in ["", "abc", "9:60", "48:00", "12345", "9:3x", "-1", "9::30"] {
            assert_eq!(time(bad), "ERR", "{bad:?}");
        }
    }

    #[test]
    fn dates_as_people_type_them() {
        let d = |s| parse_date(s, 2022).ok().map(|d| d.to_string());
        assert_eq!(d("14.9.2022").as_deref(), Some("2022-09-14"));
        assert_eq!(d("14.09.22").as_deref(), Some("2022-09-14"));
        assert_eq!(d("14.9.").as_deref(), Some("2022-09-14"));
        assert_eq!(d("2022-09-14").as_deref(), Some("2022-09-14"));
        for bad in ["", "31.9.2022", "14.13.2022", "gestern", "2022-9-31", "1.2.3.4"] {
            assert_eq!(d(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn durations_as_people_type_them() {
        let m = |s| parse_duration(s).ok();
        assert_eq!(m("90"), Some(90));
        assert_eq!(m("1:30"), Some(90));
        assert_eq!(m("1h30"), Some(90));
        assert_eq!(m("1 h"), Some(60));
        assert_eq!(m("1,5h"), Some(90));
        assert_eq!(m("45 Min."), Some(45));
        assert_eq!(m("45min"), Some(45));
        assert_eq!(m("0"), Some(0));
        for bad in ["", "x", "1:75", "-5", "1,5", "99999", "99999999,5h", "71582789,5h"] {
            assert_eq!(m(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn counts_may_be_empty() {
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count(" 350 "), Ok(Some(350)));
        assert_eq!(parse_count("1.200"), Ok(Some(1200)));
        assert_eq!(parse_count("1 200"), Ok(Some(1200)));
        assert_eq!(parse_count("12.000.000"), Ok(Some(12_000_000)));
        assert_eq!(parse_count("1\u{a0}200"), Ok(Some(1200)));
        assert_eq!(parse_count("0"), Ok(Some(0)));
        assert_eq!(parse_count("0350"), Ok(Some(350)), "a leading zero without grouping is harmless");
        let bad = ["viele", "1.5", "1,5", "1.20", "1200.000.", ".200", "1234.567", "-3", "99.999.999.999"];
        let misread = ["0.500", "01.200", "000.000", "1.200 000", "1.200,5"];
        for bad in bad.into_iter().chain(misread) {
            assert_eq!(parse_count(bad), Err(InputError::Number), "{bad:?}");
        }
    }

    #[test]
    fn an_optional_duration_is_a_duration_or_nothing() {
        assert_eq!(parse_optional_duration("  "), Ok(None));
        assert_eq!(parse_optional_duration("15"), Ok(Some(15)));
        assert_eq!(parse_optional_duration("1h"), Ok(Some(60)));
        assert_eq!(parse_optional_duration("1.5"), Err(InputError::Duration));
    }
}
