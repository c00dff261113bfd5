//! The printed agendas of the Bundeskongress sample: the PDF read back with `pdftotext` (CI installs
//! poppler-utils; elsewhere the text checks are skipped with a printed reason) shows titles, halls,
//! umlauts, the notice and "Seite 1 von", and none of the private fields; selections, drafts,
//! languages, paper and layouts; the HTML agenda escapes user text. Nothing panics on odd programmes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use common::{draft, opts};

use std::process::Command;

use podium::export::agenda::{AgendaLayout, AgendaOptions, Orientation, Paper};
use podium::export::{ExportOptions, Format, FormatOptions, Selection, render};
use podium::format;
use podium::i18n::Lang;
use podium::model::{PersonKey, Programme};

fn clean() -> Programme {
    let mut p = format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    // A word with ö and ß that the sample does not have.
    p.sessions.get_mut("smart-city-debatte").unwrap().subtitle = "Modellprojekte Smart Cities jeder Größe".into();
    p
}

fn pdf(p: &Programme, o: &ExportOptions, agenda: AgendaOptions) -> Vec<u8> {
    let bytes = render(p, o, Format::Pdf, &FormatOptions { agenda, ..FormatOptions::default() }).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    bytes
}

fn booklet() -> AgendaOptions {
    AgendaOptions::default()
}

fn grid() -> AgendaOptions {
    AgendaOptions { layout: AgendaLayout::Grid, ..AgendaOptions::default() }
}

/// Runs a poppler tool on the PDF; `None` (with the reason printed) when it is not installed.
fn poppler(tool: &str, args: &[&str], bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agenda.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = match Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[] })
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            common::skip_without_tool(&format!("{tool} is not installed ({e}); CI installs poppler-utils"));
            return None;
        }
    };
    assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
    Some(String::from_utf8(out.stdout).unwrap())
}

/// The PDF's text with all white space (line ends included) as single spaces.
fn text(bytes: &[u8]) -> Option<String> {
    let raw = poppler("pdftotext", &["-enc", "UTF-8"], bytes)?;
    Some(raw.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn pages(bytes: &[u8]) -> Option<(usize, String)> {
    let info = poppler("pdfinfo", &[], bytes)?;
    let line = |name: &str| info.lines().find(|l| l.starts_with(name)).unwrap_or("").to_owned();
    let count = line("Pages:").split_whitespace().nth(1).unwrap().parse().unwrap();
    Some((count, line("Page size:")))
}

/// The first words of every private field in the programme: contact data and internal notes.
fn private_bits(p: &Programme) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().take(4).collect();
        if !words.is_empty() {
            out.push(words.join(" "));
        }
    };
    for person in p.people.values() {
        add(&person.email);
        add(&person.phone);
        add(&person.notes);
    }
    for s in p.sessions.values() {
        add(&s.notes);
    }
    for h in p.halls.values() {
        add(&h.notes);
    }
    out
}

#[test]
fn booklet_pdf_reads_back_with_titles_halls_umlauts_notice_and_page_numbers() {
    let p = clean();
    let bytes = pdf(&p, &opts(Selection::default(), Lang::De), booklet());
    assert!(bytes.len() < 200_000, "fonts are embedded as subsets: {} bytes", bytes.len());
    let Some(text) = text(&bytes) else { return };
    for needle in [
        "15. Bundeskongress Nationale Stadtentwicklungspolitik",
        "Transformation gestalten – Aufbruch zur urbanen Resilienz",
        "Donnerstag, 15. September 2022",
        "Mittwoch, 14. September 2022",
        "Feierliche Eröffnung",
        "Grußwort des Deutschen Städtetages",
        "Deutscher Städtetag",
        "jeder Größe",
        "Mittagspause",
        "Alle Säle",
        "Halle 6",
        "Treffpunkt Möckernkiez",
        "Klara Geywitz",
        "Bundesbauministerin",
        "Moderation",
        "Seite 1 von",
        "Beispieldaten – nicht das offizielle Programm",
        "Stand: 1. September 2022",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
    let (count, _) = pages(&bytes).unwrap();
    assert!(text.contains(&format!("Seite {count} von {count}")), "last page number");
    for bit in private_bits(&p) {
        assert!(!text.contains(&bit), "private {bit:?} printed");
    }
    assert!(!text.contains("@example.org"));
    assert!(!text.contains("Illustrativer Programmpunkt"), "descriptions only on request");
    let with = pdf(&p, &opts(Selection::default(), Lang::De), AgendaOptions { descriptions: true, ..booklet() });
    assert!(self::text(&with).unwrap().contains("Illustrativer Programmpunkt"));
}

#[test]
fn grid_pdf_is_landscape_with_halls_and_continues_halls_on_further_pages() {
    let p = clean();
    let o = opts(Selection::default(), Lang::De);
    let bytes = pdf(&p, &o, grid());
    let Some(text) = text(&bytes) else { return };
    for needle in [
        "Donnerstag, 15. September 2022",
        "Halle 1",
        "Halle 7",
        "Foyer",
        "Mittagspause",
        "Arena Klimaanpassung",
        "Seite 1 von",
        "Beispieldaten – nicht das offizielle Programm",
        "Säle 1–5 von 6",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
    for bit in private_bits(&p) {
        assert!(!text.contains(&bit), "private {bit:?} printed");
    }
    let (count, size) = pages(&bytes).unwrap();
    assert!(size.contains("841.89 x 595.28"), "landscape A4 for more than 3 halls: {size}");
    let narrow = pdf(&p, &o, AgendaOptions { halls_per_page: 2, ..grid() });
    let (more, _) = pages(&narrow).unwrap();
    assert!(more > count, "{more} pages with 2 halls per page, {count} with 5");
    let portrait = pdf(&p, &o, AgendaOptions { orientation: Some(Orientation::Portrait), paper: Paper::A5, ..grid() });
    let (_, size) = pages(&portrait).unwrap();
    assert!(size.contains("419.53 x 595.28"), "A5 portrait: {size}");
}

#[test]
fn drafts_and_cancelled_only_on_request_and_marked() {
    let p = draft();
    let public = text(&pdf(&p, &opts(Selection::default(), Lang::De), booklet()));
    let Some(public) = public else { return };
    assert!(!public.contains("Pressegespräch zum Kongressauftakt"), "a draft in the public agenda");
    assert!(!public.contains("Entwurf "), "no draft marks");
    assert!(!public.contains("Radtour"), "a cancelled session in the public agenda");
    assert!(!public.contains("Abgesagt"), "no cancelled marks");
    let all = Selection { include_drafts: true, ..Selection::default() };
    for layout in [booklet(), grid()] {
        let text = text(&pdf(&p, &opts(all.clone(), Lang::De), layout)).unwrap();
        assert!(text.contains("Pressegespräch"), "{layout:?}");
        assert!(text.contains("Entwurf"), "{layout:?}");
        assert!(text.contains("Radtour"), "the cancelled session ({layout:?})");
        assert!(text.contains("Abgesagt"), "{layout:?}");
        for bit in private_bits(&p) {
            assert!(!text.contains(&bit), "private {bit:?} printed ({layout:?})");
        }
    }
}

#[test]
fn english_personal_schedule_of_one_speaker() {
    let p = clean();
    let sel = Selection { speaker: Some(PersonKey::new("klara-geywitz")), ..Selection::default() };
    let bytes = pdf(&p, &opts(sel, Lang::En), booklet());
    let Some(text) = text(&bytes) else { return };
    assert!(text.contains("Personal schedule: Klara Geywitz"), "{text}");
    assert!(text.contains("Thursday, 15 September 2022"));
    assert!(text.contains("Page 1 of 1"));
    assert!(text.contains("As of 1 September 2022"));
    assert!(text.contains("Podium: Transformation gestalten"));
    assert!(!text.contains("Mittagspause"), "only her sessions");
}

#[test]
fn html_is_one_escaped_page_with_a_page_break_per_day() {
    let mut p = clean();
    p.sessions.get_mut("kaffeepause").unwrap().title = "<script>alert(1)</script> & Co".into();
    let bytes = render(&p, &opts(Selection::default(), Lang::De), Format::Html, &FormatOptions::default()).unwrap();
    let html = String::from_utf8(bytes).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    assert!(!html.contains("<script"), "no script element at all");
    assert!(!html.contains("<link") && !html.contains("src="), "self-contained");
    assert!(html.contains("break-before: page"));
    assert_eq!(html.matches("<section class=\"day\">").count(), 3);
    assert!(html.contains("Donnerstag, 15. September 2022"));
    assert!(html.contains("Beispieldaten – nicht das offizielle Programm"));
    assert!(html.contains("Stand: 1. September 2022"));
    for bit in private_bits(&p) {
        assert!(!html.contains(&bit), "private {bit:?} in the HTML");
    }
}

#[test]
fn same_input_same_bytes_and_odd_programmes_do_not_panic() {
    let p = clean();
    let o = opts(Selection { include_drafts: true, ..Selection::default() }, Lang::De);
    assert_eq!(pdf(&p, &o, grid()), pdf(&p, &o, grid()), "no clock, no randomness");
    let mut odd = draft();
    for (i, s) in odd.sessions.values_mut().enumerate() {
        match i % 6 {
            0 => s.duration_mins = 0,
            1 => s.start = Some("24:15".parse().unwrap()),
            2 => s.hall = None,
            3 => s.title = "Sehr langer Titel ".repeat(60),
            4 => s.start = None,
            _ => s.duration_mins = 47 * 60,
        }
    }
    let empty = Programme::default();
    for programme in [&odd, &empty, &podium::synth::programme(300, 2)] {
        for layout in [booklet(), grid(), AgendaOptions { paper: Paper::A5, halls_per_page: 1, ..grid() }] {
            pdf(programme, &o, layout);
        }
        render(programme, &o, Format::Html, &FormatOptions::default()).unwrap();
    }
}

#[test]
fn export_command_writes_pdf_and_html() {
    let dir = tempfile::tempdir().unwrap();
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_data/bundeskongress-2022.ron");
    let out = dir.path().join("grid.pdf");
    common::podium()
        .args(["export", sample, "-o"])
        .arg(&out)
        .args(["--layout", "grid", "--paper", "a5", "--portrait", "--halls-per-page", "3", "--day", "2022-09-15"])
        .args(["--lang", "de"])
        .assert()
        .code(0);
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    let html = dir.path().join("programm.html");
    common::podium()
        .args(["export", sample, "-o"])
        .arg(&html)
        .args(["--hall", "Halle 6", "--lang", "en"])
        .assert()
        .code(0);
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(html.contains("Hall: Halle 6"));
    common::podium()
        .args(["export", sample, "-o"])
        .arg(dir.path().join("x.pdf"))
        .args(["--landscape", "--portrait"])
        .assert()
        .code(2);
}
