//! CSV export for spreadsheets: the selected sessions, or the people who appear in them. Written so German
//! Excel opens it directly: UTF-8 with a byte-order mark, `;` between fields (configurable), CRLF record
//! ends, a header row in the export language, dates `14.09.2022` (German) or `2022-09-14` (English) and
//! real clock times (`24:15` shows as 00:15 on the next date).
//!
//! Public by default. Only the speakers CSV may carry e-mail, phone and internal notes, and only with
//! `include_private`; asking for them with the sessions CSV is an error (CONTRACTS §5).
//!
//! Text from the programme that a spreadsheet would read as a formula (a cell beginning with `=`, `+`,
//! `-`, `@`, tab or CR: `=HYPERLINK(…)`, `+cmd|' /C calc'!A0`) is written with a leading `'` ([`cell`],
//! OWASP "CSV injection"). What Podium writes itself (dates, times, counts, its own words) stays as it is.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::NaiveDateTime;

use super::ExportOptions;
use super::ics::{all_halls, status_word};
use crate::i18n::Lang;
use crate::model::{Participation, Person, PersonKey, Programme, Role, Session, SessionKind, time};

/// The UTF-8 byte-order mark that makes Excel read the file as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What the CSV lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CsvWhat {
    /// One row per selected session, in programme order.
    #[default]
    Sessions,
    /// One row per person appearing in the selected sessions, sorted by name.
    Speakers,
}

/// Options of the CSV export beyond [`ExportOptions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvOptions {
    /// Sessions or speakers.
    pub what: CsvWhat,
    /// Field delimiter byte (`b';'` by default, as German Excel expects).
    pub delimiter: u8,
    /// Add e-mail, phone and internal notes (speakers CSV only).
    pub include_private: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        Self { what: CsvWhat::Sessions, delimiter: b';', include_private: false }
    }
}

/// Why a CSV could not be written.
#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    /// Contact data was asked for with the sessions CSV.
    #[error("private data can only be included in the speakers csv")]
    PrivateOnlyForSpeakers,
    /// The CSV writer failed.
    #[error("could not write csv: {0}")]
    Csv(#[from] ::csv::Error),
    /// Flushing the written rows failed.
    #[error("could not write csv: {0}")]
    Io(#[from] std::io::Error),
}

/// The CSV file (BOM, header row, one record per row) of the selected sessions or their people.
pub fn to_csv(p: &Programme, opts: &ExportOptions, csv: &CsvOptions) -> Result<Vec<u8>, CsvError> {
    if csv.include_private && csv.what == CsvWhat::Sessions {
        return Err(CsvError::PrivateOnlyForSpeakers);
    }
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(csv.delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    match csv.what {
        CsvWhat::Sessions => write_sessions(p, opts, &mut writer)?,
        CsvWhat::Speakers => write_speakers(p, opts, csv.include_private, &mut writer)?,
    }
    writer.into_inner().map_err(|e| CsvError::Io(e.into_error()))
}

type Writer = ::csv::Writer<Vec<u8>>;

fn write_sessions(p: &Programme, opts: &ExportOptions, w: &mut Writer) -> Result<(), CsvError> {
    let lang = opts.lang;
    let header = crate::i18n::text(lang, "export-csv-header");
    w.write_record(header.split(';'))?;
    for (_, s) in opts.selection.sessions(p) {
        let range = p.session_range(s);
        let start = range.and_then(|r| time::to_datetime(r.start));
        let end = range.and_then(|r| time::to_datetime(r.end));
        // A session with a day but no start still shows its day's date.
        let date = start.map(|t| t.date()).or_else(|| s.day.as_ref().and_then(|d| p.days.get(d)).map(|d| d.date));
        let date = date.map_or_else(String::new, |d| match lang {
            Lang::De => d.format("%d.%m.%Y").to_string(),
            Lang::En => d.format("%Y-%m-%d").to_string(),
        });
        let hall = s.hall.as_ref().map_or("", |h| p.hall_name(h, all_halls(lang)));
        let track = s.track.as_ref().and_then(|t| p.tracks.get(t)).map_or("", |t| t.name.as_str());
        let speakers = names(p, s, |role| role != Role::Moderator);
        let moderators = names(p, s, |role| role == Role::Moderator);
        let row: [Cow<'_, str>; 13] = [
            date.into(),
            clock(start).into(),
            clock(end).into(),
            cell(hall),
            cell(&s.title),
            cell(&s.subtitle),
            kind_word(lang, s.kind).into(),
            cell(track),
            status_word(lang, s.status).into(),
            cell(&speakers),
            cell(&moderators),
            cell(&s.language),
            cell(&s.description),
        ];
        w.write_record(row.iter().map(|c| c.as_bytes()))?;
    }
    Ok(())
}

/// A text cell: with a leading `'` when it begins with `=`, `+`, `-`, `@`, tab or CR, so that no
/// spreadsheet runs it as a formula (CONTRACTS §5).
fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// "14:00" on the real clock; empty without a time.
fn clock(t: Option<NaiveDateTime>) -> String {
    t.map_or_else(String::new, |t| t.format("%H:%M").to_string())
}

/// Everyone in a session (whole session first, then contributions), once each, in order of appearance.
fn participants(s: &Session) -> Vec<&Participation> {
    let mut out: Vec<&Participation> = Vec::new();
    for pr in s.people.iter().chain(s.contributions.iter().flat_map(|c| c.people.iter())) {
        if !out.iter().any(|seen| seen.person == pr.person && seen.role == pr.role) {
            out.push(pr);
        }
    }
    out
}

/// Names with academic title of the people whose role matches, joined by ", " (each person once).
/// Hosts count with the speakers: they speak the welcome or lead the excursion.
fn names(p: &Programme, s: &Session, role: impl Fn(Role) -> bool) -> String {
    let mut keys: Vec<&PersonKey> = Vec::new();
    for pr in participants(s).into_iter().filter(|pr| role(pr.role)) {
        if !keys.contains(&&pr.person) {
            keys.push(&pr.person);
        }
    }
    keys.iter().filter_map(|k| p.people.get(*k)).map(Person::display_name).collect::<Vec<_>>().join(", ")
}

fn write_speakers(p: &Programme, opts: &ExportOptions, private: bool, w: &mut Writer) -> Result<(), CsvError> {
    let mut header: Vec<&str> = crate::i18n::text(opts.lang, "export-speakers-header").split(';').collect();
    if private {
        header.extend(crate::i18n::text(opts.lang, "export-private-header").split(';'));
    }
    w.write_record(&header)?;
    let mut counts: BTreeMap<&PersonKey, usize> = BTreeMap::new();
    for (_, s) in opts.selection.sessions(p) {
        let mut keys: Vec<&PersonKey> = participants(s).into_iter().map(|pr| &pr.person).collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    let mut people: Vec<(&PersonKey, &Person, usize)> =
        counts.into_iter().filter_map(|(k, n)| p.people.get(k).map(|person| (k, person, n))).collect();
    people.sort_by(|(ka, a, _), (kb, b, _)| crate::i18n::collate::name_cmp(&a.name, &b.name).then_with(|| ka.cmp(kb)));
    for (_, person, n) in people {
        let mut row: Vec<Cow<'_, str>> =
            [&person.name, &person.title, &person.function, &person.organisation, &person.bio].map(|t| cell(t)).into();
        row.push(n.to_string().into());
        if private {
            row.extend([&person.email, &person.phone, &person.notes].map(|t| cell(t)));
        }
        w.write_record(row.iter().map(|c| c.as_bytes()))?;
    }
    Ok(())
}

/// The word for a session kind.
fn kind_word(lang: Lang, kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Plenary => crate::i18n::text(lang, "export-plenary"),
        SessionKind::Keynote => crate::i18n::text(lang, "export-keynote"),
        SessionKind::Panel => crate::i18n::text(lang, "export-panel"),
        SessionKind::Arena => crate::i18n::text(lang, "export-arena"),
        SessionKind::Talk => crate::i18n::text(lang, "export-talk"),
        SessionKind::Workshop => crate::i18n::text(lang, "export-workshop"),
        SessionKind::Break => crate::i18n::text(lang, "export-break"),
        SessionKind::Excursion => crate::i18n::text(lang, "export-excursion"),
        SessionKind::Reception => crate::i18n::text(lang, "export-reception"),
        SessionKind::Other => crate::i18n::text(lang, "export-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_sort_as_in_the_phone_book() {
        let mut names = ["Zoe", "Ärne", "Anna", "bernd", "Özdemir", "Otto", "Oberle"];
        names.sort_by(|a, b| crate::i18n::collate::name_cmp(a, b));
        assert_eq!(names, ["Ärne", "Anna", "bernd", "Oberle", "Özdemir", "Otto", "Zoe"]);
    }

    #[test]
    fn only_formula_starts_get_a_quote() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("a=b"), "a=b");
        assert_eq!(cell("Halle 6"), "Halle 6");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn past_midnight_shows_the_next_date() {
        let mut p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let s = p.sessions.get_mut("arena-digitale-zwillinge").unwrap();
        s.start = Some("24:15".parse().unwrap());
        let sel = crate::export::Selection { day: s.day.clone(), ..Default::default() };
        let opts = ExportOptions {
            selection: sel,
            lang: Lang::De,
            now: chrono::DateTime::UNIX_EPOCH,
            release: Default::default(),
        };
        let out = String::from_utf8(to_csv(&p, &opts, &CsvOptions::default()).unwrap()).unwrap();
        let row = out.lines().find(|l| l.contains("Digitalen Zwillingen")).unwrap();
        assert!(row.starts_with("16.09.2022;00:15;02:50;Halle 6;"), "{row}");
    }
}
