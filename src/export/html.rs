//! The agenda as one self-contained web page: inline CSS with a system font stack (Inter first when it
//! is installed), the booklet's structure (day → time → session, every detail), and print CSS with a
//! page break before each day and table heads that repeat on every printed page. Every piece of user
//! text is escaped, with control characters other than tab and line breaks dropped ([`esc`]: a NUL is
//! a parse error in HTML); a track colour is only used when it is a plain `#rrggbb`.

use std::borrow::Cow;
use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute as attr, encode_text};

use super::ExportOptions;
use super::agenda::{self as shared, AgendaOptions};
use crate::i18n::{self, AgendaWord, Lang, agenda_word};
use crate::model::agenda::{Agenda, AgendaSession, Place, clock_label};
use crate::model::{Programme, SessionKind, Status, is_colour};

const CSS: &str = r#"
:root { --ink: #1c1f24; --muted: #5c636e; --rule: #c9ced6; --accent: #1f4e79; --warn: #b03a2e; }
* { box-sizing: border-box; }
body { font-family: Inter, "Helvetica Neue", Arial, system-ui, sans-serif; color: var(--ink);
  font-size: 10.5pt; line-height: 1.4; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
header.event h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .2rem; font-weight: 600; }
.motto { font-style: italic; color: var(--muted); font-size: 1.1rem; margin: 0 0 .6rem; }
.meta { margin: 0 0 .6rem; } .meta strong { font-weight: 600; }
.caption { color: var(--accent); font-weight: 600; font-size: 1.15rem; margin: .4rem 0; }
.notice { border: 1px solid #e3b8b3; background: #fbf1f0; color: var(--warn); font-weight: 600;
  padding: .45rem .7rem; margin: .8rem 0; }
section.day { margin-top: 2rem; }
h2 { color: var(--accent); font-size: 1.35rem; font-weight: 600; border-bottom: 2px solid var(--accent);
  padding-bottom: .2rem; margin: 0 0 .4rem; break-after: avoid; }
h2 .label { color: var(--muted); font-weight: 400; }
table.agenda { width: 100%; border-collapse: collapse; }
thead th { text-align: left; font-size: .72rem; letter-spacing: .04em; text-transform: uppercase;
  color: var(--muted); border-bottom: 1px solid var(--rule); padding: .25rem .4rem; }
td { vertical-align: top; padding: .55rem .4rem; border-bottom: 1px solid #e6e9ee; }
td.time { white-space: nowrap; font-weight: 600; width: 7.5rem; font-variant-numeric: tabular-nums; }
td.hall { width: 10rem; font-weight: 600; } td.hall .venue { display: block; font-weight: 400; color: var(--muted); font-size: .9em; }
tr.plenary td { background: #eaf0f6; } tr.plenary td:first-child { box-shadow: inset 3px 0 var(--accent); }
tr.allhalls td { background: #eef0f3; } tr.allhalls td:first-child { box-shadow: inset 3px 0 #aeb3ba; }
tr.cancelled h3 { color: var(--muted); text-decoration: line-through; }
.kind { font-size: .8rem; font-weight: 600; color: var(--muted); margin: 0; }
.status { color: var(--warn); margin-left: .6rem; }
h3 { font-size: 1.05rem; font-weight: 600; margin: .1rem 0 .15rem; }
.subtitle { font-style: italic; margin: 0 0 .2rem; color: #3a4048; }
dl.people { display: grid; grid-template-columns: 6.5rem 1fr; margin: .2rem 0 0; }
dl.people dt { color: var(--muted); font-weight: 600; } dl.people dd { margin: 0; }
.details { color: var(--muted); }
ol.contributions { list-style: none; padding: 0; margin: .3rem 0 0; }
ol.contributions li { display: grid; grid-template-columns: 3.2rem 1fr; }
ol.contributions .at { color: var(--muted); font-variant-numeric: tabular-nums; }
.description { color: #3a4048; margin: .35rem 0 0; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: .5rem; color: var(--muted); font-size: .85rem; }
footer p { margin: .15rem 0; }
@media print {
  @page { size: A4; margin: 15mm 14mm 16mm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  section.day { break-before: page; margin-top: 0; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
"#;

/// User text as HTML: markup escaped, control characters (NUL, ESC, DEL, C1 …) other than tab, line
/// feed and carriage return dropped.
pub(crate) fn esc(text: &str) -> Cow<'_, str> {
    let stray = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if text.contains(stray) {
        let kept: String = text.chars().filter(|c| !stray(*c)).collect();
        Cow::Owned(encode_text(&kept).into_owned())
    } else {
        encode_text(text)
    }
}

/// The HTML page of the agenda of the selected sessions.
pub fn to_html(p: &Programme, opts: &ExportOptions, aopts: &AgendaOptions) -> String {
    let agenda = Agenda::new(p, &opts.selection);
    let lang = opts.lang;
    let caption = shared::caption(p, opts);
    let mut out = String::with_capacity(16 * 1024);
    let title = match &caption {
        Some(c) => format!("{} – {c}", p.event.title),
        None => p.event.title.clone(),
    };
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Podium\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        shared::lang_code(lang),
        esc(&title)
    )
    .ok();
    header(&mut out, p, opts, caption.as_deref());
    out.push_str("<main>\n");
    if agenda.is_empty() {
        writeln!(out, "<p>{}</p>", esc(agenda_word(lang, AgendaWord::NothingSelected))).ok();
    }
    for day in &agenda.days {
        let mut heading = esc(&i18n::date_long(lang, day.date)).into_owned();
        if !day.label.trim().is_empty() {
            write!(heading, " <span class=\"label\">· {}</span>", esc(day.label.trim())).ok();
        }
        section(&mut out, lang, &heading, &day.sessions, aopts);
    }
    if !agenda.unscheduled.is_empty() {
        section(&mut out, lang, &esc(agenda_word(lang, AgendaWord::TimeTba)), &agenda.unscheduled, aopts);
    }
    out.push_str("</main>\n<footer>\n");
    if !p.event.notice.trim().is_empty() {
        writeln!(out, "<p class=\"notice\">{}</p>", esc(p.event.notice.trim())).ok();
    }
    writeln!(out, "<p>{}</p>\n</footer>\n</body>\n</html>", esc(&shared::as_of_text(p, opts))).ok();
    out
}

fn header(out: &mut String, p: &Programme, opts: &ExportOptions, caption: Option<&str>) {
    out.push_str("<header class=\"event\">\n");
    writeln!(out, "<h1>{}</h1>", esc(p.event.title.trim())).ok();
    if !p.event.motto.trim().is_empty() {
        writeln!(out, "<p class=\"motto\">{}</p>", esc(p.event.motto.trim())).ok();
    }
    let dates = shared::event_dates(p, opts.lang).unwrap_or_default();
    let venue = shared::venue_line(p);
    let sep = if dates.is_empty() || venue.is_empty() { "" } else { " · " };
    if !(dates.is_empty() && venue.is_empty()) {
        writeln!(out, "<p class=\"meta\"><strong>{}</strong>{sep}{}</p>", esc(&dates), esc(&venue)).ok();
    }
    if let Some(caption) = caption {
        writeln!(out, "<p class=\"caption\">{}</p>", esc(caption)).ok();
    }
    if !p.event.notice.trim().is_empty() {
        writeln!(out, "<p class=\"notice\">{}</p>", esc(p.event.notice.trim())).ok();
    }
    out.push_str("</header>\n");
}

/// A day (or the sessions without a time): heading and table. `heading` is HTML already.
fn section(out: &mut String, lang: Lang, heading: &str, sessions: &[AgendaSession<'_>], aopts: &AgendaOptions) {
    write!(
        out,
        "<section class=\"day\">\n<h2>{heading}</h2>\n<table class=\"agenda\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        esc(agenda_word(lang, AgendaWord::Time)),
        esc(agenda_word(lang, AgendaWord::Programme)),
        esc(agenda_word(lang, AgendaWord::Hall)),
    )
    .ok();
    for s in sessions {
        row(out, lang, s, aopts);
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn row(out: &mut String, lang: Lang, s: &AgendaSession<'_>, aopts: &AgendaOptions) {
    let mut classes = vec!["session"];
    if s.kind() == SessionKind::Plenary {
        classes.push("plenary");
    }
    if s.place == Place::AllHalls {
        classes.push("allhalls");
    }
    match s.status() {
        Status::Draft => classes.push("draft"),
        Status::Cancelled => classes.push("cancelled"),
        Status::Confirmed => {}
    }
    write!(
        out,
        "<tr class=\"{}\"><td class=\"time\">{}</td><td class=\"what\">",
        classes.join(" "),
        esc(&shared::session_time(s))
    )
    .ok();
    let colour = s.track.map(|t| t.colour.as_str()).filter(|c| is_colour(c));
    let style = colour.map(|c| format!(" style=\"color: {}\"", attr(c))).unwrap_or_default();
    write!(out, "<p class=\"kind\"{style}>{}", esc(&shared::kind_and_track(lang, s))).ok();
    if let Some(mark) = shared::status_mark(lang, s) {
        write!(out, "<span class=\"status\">{}</span>", esc(mark)).ok();
    }
    write!(out, "</p><h3>{}</h3>", esc(s.title())).ok();
    if !s.session.subtitle.trim().is_empty() {
        write!(out, "<p class=\"subtitle\">{}</p>", esc(s.session.subtitle.trim())).ok();
    }
    let groups = shared::people_groups(lang, s);
    if !groups.is_empty() {
        out.push_str("<dl class=\"people\">");
        for (label, people) in groups {
            write!(out, "<dt>{}</dt>", esc(label)).ok();
            for (i, person) in people.iter().enumerate() {
                if i > 0 {
                    out.push_str("<dt></dt>");
                }
                write!(out, "<dd>{}", esc(&person.name)).ok();
                let details = shared::person_details(person);
                if !details.is_empty() {
                    write!(out, ", <span class=\"details\">{}</span>", esc(&details)).ok();
                }
                out.push_str("</dd>");
            }
        }
        out.push_str("</dl>");
    }
    if !s.contributions.is_empty() {
        out.push_str("<ol class=\"contributions\">");
        for c in &s.contributions {
            write!(out, "<li><span class=\"at\">{}</span><span>{}", clock_label(c.start_mins), esc(c.title)).ok();
            for (i, person) in c.people.iter().enumerate() {
                out.push_str(if i == 0 { " — " } else { "; " });
                write!(out, "{}", esc(&person.name)).ok();
                let details = shared::person_details(person);
                if !details.is_empty() {
                    write!(out, ", <span class=\"details\">{}</span>", esc(&details)).ok();
                }
            }
            out.push_str("</span></li>");
        }
        out.push_str("</ol>");
    }
    if aopts.descriptions && !s.session.description.trim().is_empty() {
        write!(out, "<p class=\"description\">{}</p>", esc(s.session.description.trim())).ok();
    }
    write!(out, "</td><td class=\"hall\">{}", esc(shared::hall_text(lang, s))).ok();
    if let Some(venue) = s.venue {
        write!(out, "<span class=\"venue\">{}</span>", esc(venue)).ok();
    }
    out.push_str("</td></tr>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Selection;

    #[test]
    fn user_text_is_escaped_and_bad_colours_are_dropped() {
        let mut p = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let s = p.sessions.get_mut("kaffeepause").unwrap();
        s.title = "<script>alert(1)</script> & Co".to_owned();
        p.tracks.get_index_mut(0).unwrap().1.colour = "red\" onload=\"x".to_owned();
        let opts = ExportOptions {
            selection: Selection::default(),
            lang: Lang::De,
            now: chrono::DateTime::UNIX_EPOCH,
            release: Default::default(),
        };
        let html = to_html(&p, &opts, &AgendaOptions::default());
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
        assert!(!html.contains("<script>"));
        assert!(!html.contains("onload"));
    }
}
