//! The publishing layouts as self-contained web pages (inline CSS, system fonts): the Programmänderungen,
//! the door signs (one printed page each) and the letters (each starting on a new printed page). They
//! print the same documents as the PDF. Every piece of user text is escaped.

use std::fmt::Write as _;

use super::changes::ChangesDoc;
use super::doors::DoorSign;
use super::letters::Letter;
use crate::export::html::esc;
use crate::i18n::{Lang, PublishWord, Tone, publish_word};

const CSS: &str = r#"
:root { --ink: #1c1f24; --muted: #5c636e; --rule: #c9ced6; --accent: #1f4e79; --warn: #b03a2e; --new: #1e7b4a; }
* { box-sizing: border-box; }
body { font-family: Inter, "Helvetica Neue", Arial, system-ui, sans-serif; color: var(--ink);
  font-size: 10.5pt; line-height: 1.4; margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .2rem; font-weight: 600; }
h2 { color: var(--accent); font-size: 1.3rem; font-weight: 600; border-bottom: 2px solid var(--accent); margin: 1.6rem 0 .4rem; }
.stand { color: var(--accent); font-weight: 600; margin: .2rem 0; }
.muted { color: var(--muted); }
.change { display: grid; grid-template-columns: 8rem 1fr; gap: .2rem 1rem; padding: .5rem .4rem; border-bottom: 1px solid #e6e9ee; }
.change.gone { background: #fbf1f0; box-shadow: inset 3px 0 var(--warn); }
.change.gone h3 { text-decoration: line-through; }
.change.new { background: #eef7f1; box-shadow: inset 3px 0 var(--new); }
.tag { font-size: .75rem; font-weight: 700; letter-spacing: .05em; margin-right: .5rem; }
.gone .tag { color: var(--warn); } .new .tag { color: var(--new); }
h3 { font-size: 1.05rem; margin: 0; font-weight: 600; }
ul { margin: .2rem 0 0; padding-left: 1.1rem; }
.sign { min-height: 90vh; }
.sign .hall { font-size: 3.2rem; font-weight: 600; margin: 0; line-height: 1.1; }
.sign .date { font-size: 1.5rem; color: var(--accent); font-weight: 600; margin: .3rem 0 1rem; }
.sign table { width: 100%; border-collapse: collapse; font-size: 1.25rem; }
.sign td { vertical-align: top; padding: .6rem .4rem; border-bottom: 1px solid var(--rule); }
.sign td.time { white-space: nowrap; font-weight: 600; width: 9rem; }
.sign tr.allhalls td { background: #eef0f3; color: var(--muted); }
.letter { margin-bottom: 3rem; }
.letter .date { text-align: right; }
.letter .subject { font-weight: 600; margin: 1.2rem 0; }
dl { display: grid; grid-template-columns: 11rem 1fr; margin: .3rem 0; } dt { color: var(--muted); font-weight: 600; } dd { margin: 0; }
.session { border-left: 3px solid var(--accent); padding: .2rem .8rem; margin: .8rem 0; }
.closing { white-space: pre-line; margin-top: 1.2rem; }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: .4rem; color: var(--muted); font-size: .85rem; }
@media print {
  @page { size: A4; margin: 15mm 14mm 16mm; }
  body { max-width: none; padding: 0; }
  .sign, .letter { break-after: page; min-height: 0; }
  .change { break-inside: avoid; }
}
"#;

fn page(lang: Lang, title: &str, body: &str, footer: &str) -> String {
    let code = crate::export::agenda::lang_code(lang);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n\
         {body}<footer>{footer}</footer>\n</body>\n</html>\n",
        esc(title)
    )
}

/// The footer: the public notice and the "Stand" line.
pub fn footer(notice: &str, stand: &str) -> String {
    let mut out = String::new();
    if !notice.trim().is_empty() {
        write!(out, "<p>{}</p>", esc(notice.trim())).ok();
    }
    write!(out, "<p>{}</p>", esc(stand)).ok();
    out
}

fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::New => " new",
        Tone::Gone => " gone",
        Tone::Changed => "",
    }
}

fn tag(lang: Lang, tone: Tone) -> String {
    match tone {
        Tone::New => format!("<span class=\"tag\">{}</span>", publish_word(lang, PublishWord::NewMark)),
        Tone::Gone => format!("<span class=\"tag\">{}</span>", publish_word(lang, PublishWord::GoneMark)),
        Tone::Changed => String::new(),
    }
}

/// The change list as a page.
pub fn changes_html(lang: Lang, doc: &ChangesDoc, footer_html: &str) -> String {
    let mut b = String::new();
    write!(b, "<header><h1>{}</h1><p>{}</p>", esc(&doc.title), esc(&doc.event)).ok();
    writeln!(b, "<p class=\"stand\">{}</p><p class=\"muted\">{}</p></header>", esc(&doc.stand), esc(&doc.summary)).ok();
    for day in &doc.days {
        writeln!(b, "<section><h2>{}</h2>", esc(&day.heading)).ok();
        for item in &day.items {
            write!(
                b,
                "<div class=\"change{}\"><div><strong>{}</strong><br>{}</div><div>",
                tone_class(item.tone),
                esc(&item.time),
                esc(&item.hall)
            )
            .ok();
            write!(b, "<h3>{}{}</h3>", tag(lang, item.tone), esc(&item.title)).ok();
            if !item.people.is_empty() {
                write!(b, "<div class=\"muted\">{}</div>", esc(&item.people)).ok();
            }
            b.push_str("<ul>");
            for phrase in &item.phrases {
                write!(b, "<li>{}</li>", esc(&phrase.text)).ok();
            }
            b.push_str("</ul></div></div>\n");
        }
        b.push_str("</section>\n");
    }
    page(lang, &format!("{} – {}", doc.title, doc.event), &b, footer_html)
}

/// The door signs as a page, one printed page per sign.
pub fn doors_html(lang: Lang, event: &str, signs: &[DoorSign], footer_html: &str) -> String {
    let mut b = String::new();
    for sign in signs {
        write!(
            b,
            "<section class=\"sign\"><p class=\"muted\">{}</p><h1 class=\"hall\">{}</h1>",
            esc(event),
            esc(&sign.hall)
        )
        .ok();
        if let Some(venue) = &sign.venue {
            write!(b, "<p class=\"muted\">{}</p>", esc(venue)).ok();
        }
        let label = if sign.day_label.is_empty() { String::new() } else { format!(" · {}", esc(&sign.day_label)) };
        writeln!(b, "<p class=\"date\">{}{label}</p><table>", esc(&sign.date)).ok();
        for item in &sign.items {
            let class = if item.all_halls { " class=\"allhalls\"" } else { "" };
            write!(
                b,
                "<tr{class}><td class=\"time\">{}</td><td><strong>{}</strong>",
                esc(&item.time),
                esc(&item.title)
            )
            .ok();
            if let Some(mark) = &item.mark {
                write!(b, " <span class=\"tag\">{}</span>", esc(mark)).ok();
            }
            if !item.subtitle.is_empty() {
                write!(b, "<br><em>{}</em>", esc(&item.subtitle)).ok();
            }
            for line in &item.people {
                write!(b, "<br><span class=\"muted\">{}</span>", esc(line)).ok();
            }
            b.push_str("</td></tr>\n");
        }
        writeln!(b, "</table><footer>{footer_html}</footer></section>").ok();
    }
    page(lang, &format!("{} – {event}", publish_word(lang, PublishWord::DoorsTitle)), &b, "")
}

/// The letters as a page, each starting on a new printed page.
pub fn letters_html(lang: Lang, event: &str, letters: &[Letter], footer_html: &str) -> String {
    let mut b = String::new();
    for l in letters {
        write!(
            b,
            "<article class=\"letter\"><p class=\"date\">{}</p><p><strong>{}</strong>",
            esc(&l.date),
            esc(&l.name)
        )
        .ok();
        if !l.affiliation.is_empty() {
            write!(b, "<br>{}", esc(&l.affiliation)).ok();
        }
        write!(
            b,
            "</p><p class=\"subject\">{}</p><p>{}</p><p>{}</p><dl>",
            esc(&l.subject),
            esc(&l.salutation),
            esc(&l.intro)
        )
        .ok();
        for (label, text) in &l.facts {
            write!(b, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(text)).ok();
        }
        write!(b, "</dl><h2>{}</h2>", esc(&l.sessions_heading)).ok();
        for s in &l.sessions {
            write!(
                b,
                "<div class=\"session\"><h3>{}</h3><p>{}<br>{}</p><dl>",
                esc(&s.title),
                esc(&s.when),
                esc(&s.hall)
            )
            .ok();
            for (label, text) in &s.lines {
                write!(b, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(text)).ok();
            }
            b.push_str("</dl></div>");
        }
        if let Some(heading) = &l.changes_heading {
            write!(b, "<h2>{}</h2>", esc(heading)).ok();
            if l.changes.is_empty() {
                write!(b, "<p>{}</p>", publish_word(lang, PublishWord::NoChanges)).ok();
            }
            for c in &l.changes {
                write!(
                    b,
                    "<div class=\"change{}\"><div></div><div><h3>{}{}</h3><ul>",
                    tone_class(c.tone),
                    tag(lang, c.tone),
                    esc(&c.title)
                )
                .ok();
                for phrase in &c.phrases {
                    write!(b, "<li>{}</li>", esc(&phrase.text)).ok();
                }
                b.push_str("</ul></div></div>");
            }
        }
        writeln!(b, "<p class=\"closing\">{}</p><footer>{footer_html}</footer></article>", esc(&l.closing)).ok();
    }
    page(lang, &format!("{} – {event}", publish_word(lang, PublishWord::LettersTitle)), &b, "")
}
