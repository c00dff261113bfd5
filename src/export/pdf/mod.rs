//! The printable agenda as PDF (krilla writes, parley shapes, Inter is embedded as subsets): a
//! booklet or a grid (see [`AgendaLayout`]), A4 or A5, portrait or landscape, German or English.
//!
//! Two passes: the layout (`booklet.rs`, `grid.rs`) puts marks on sheets, then `page.rs` writes the
//! pages with the running header and the footer "Seite X von Y", now that the page count is known.
//! Public by default (the selection decides); only public fields are printed — never contact data or
//! internal notes.

mod booklet;
mod changes;
mod doors;
mod flow;
mod fonts;
mod grid;
mod legend;
mod letters;
mod page;
mod text;

use super::ExportOptions;
use super::agenda::{self as shared, AgendaLayout, AgendaOptions, Orientation};
use crate::i18n;
use crate::model::Programme;
use crate::model::agenda::Agenda;
use text::{Face, Rich, Style, Typesetter};

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The bundled font could not be read (a broken build).
    #[error(transparent)]
    Font(#[from] text::FontError),
    /// krilla refused the document.
    #[error("cannot write the pdf: {0}")]
    Write(String),
    /// The change list needs an earlier programme to compare with.
    #[error("the change list needs --since")]
    NeedsSince,
}

/// The orientation an agenda gets: the asked one, else landscape for a grid with more than three hall
/// columns, else portrait.
pub fn orientation(agenda: &Agenda<'_>, aopts: &AgendaOptions) -> Orientation {
    aopts.orientation.unwrap_or(if aopts.layout == AgendaLayout::Grid && grid::max_columns(agenda) > 3 {
        Orientation::Landscape
    } else {
        Orientation::Portrait
    })
}

fn running_header(p: &Programme) -> Rich {
    let mut header = Rich::one(p.event.title.trim(), Style::new(8.0, Face::SemiBold, page::INK));
    if !p.event.motto.trim().is_empty() {
        header.push("  ·  ", Style::new(8.0, Face::Regular, page::MUTED));
        header.push(p.event.motto.trim(), Style::new(8.0, Face::Italic, page::MUTED));
    }
    header
}

/// The frame and page chrome of a publishing layout: the running header, the notice and "Stand 3 ·
/// gedruckt am …" in the footer; portrait unless asked otherwise.
fn publishing_frame(
    ts: &mut Typesetter,
    p: &Programme,
    opts: &ExportOptions,
    aopts: &AgendaOptions,
) -> (page::Frame, page::Chrome) {
    let lang = opts.lang;
    let word = match aopts.layout {
        AgendaLayout::Changes => i18n::PublishWord::ChangesTitle,
        AgendaLayout::Letters => i18n::PublishWord::LettersTitle,
        _ => i18n::PublishWord::DoorsTitle,
    };
    let chrome = page::Chrome {
        header: running_header(p),
        notice: p.event.notice.clone(),
        as_of: super::publish::stand_text(p, opts),
        page_of: i18n::page_of,
        lang,
        title: format!("{} – {}", i18n::publish_word(lang, word), p.event.title),
        lang_code: shared::lang_code(lang),
    };
    let frame = page::frame(ts, aopts.paper, aopts.orientation.unwrap_or(Orientation::Portrait), &chrome);
    (frame, chrome)
}

/// The PDF of a publishing layout (changes, doors, letters).
fn publishing_pdf(p: &Programme, opts: &ExportOptions, aopts: &AgendaOptions) -> Result<Vec<u8>, PdfError> {
    let mut ts = Typesetter::new()?;
    let (frame, chrome) = publishing_frame(&mut ts, p, opts, aopts);
    let lang = opts.lang;
    let sheets = match aopts.layout {
        AgendaLayout::Changes => {
            let since = opts.release.since.as_deref().ok_or(PdfError::NeedsSince)?;
            let doc = super::publish::changes::changes_doc(p, since, opts);
            changes::sheets(&mut ts, &frame, lang, &doc)
        }
        AgendaLayout::Doors => doors::sheets(&mut ts, &frame, lang, &super::publish::doors::door_signs(p, opts)),
        _ => letters::sheets(&mut ts, &frame, lang, &super::publish::letters::letters(p, opts)),
    };
    let sheets = if sheets.is_empty() { vec![page::Sheet::default()] } else { sheets };
    page::write_pdf(&mut ts, &frame, &chrome, &sheets, |_| false, opts.now).map_err(PdfError::Write)
}

/// One PDF per letter, with the key of the person it goes to.
pub fn letter_pdfs(
    p: &Programme,
    opts: &ExportOptions,
    aopts: &AgendaOptions,
) -> Result<Vec<(crate::model::PersonKey, Vec<u8>)>, PdfError> {
    let mut ts = Typesetter::new()?;
    let aopts = AgendaOptions { layout: AgendaLayout::Letters, ..*aopts };
    let (frame, chrome) = publishing_frame(&mut ts, p, opts, &aopts);
    super::publish::letters::letters(p, opts)
        .into_iter()
        .map(|l| {
            let sheets = letters::letter_sheets(&mut ts, &frame, opts.lang, &l);
            let chrome = page::Chrome { title: format!("{} – {}", chrome.title, l.name), ..chrome.clone() };
            let bytes =
                page::write_pdf(&mut ts, &frame, &chrome, &sheets, |_| false, opts.now).map_err(PdfError::Write)?;
            Ok((l.person, bytes))
        })
        .collect()
}

/// The PDF bytes of the agenda of the selected sessions.
pub fn to_pdf(p: &Programme, opts: &ExportOptions, aopts: &AgendaOptions) -> Result<Vec<u8>, PdfError> {
    if aopts.layout.is_publishing() {
        return publishing_pdf(p, opts, aopts);
    }
    let agenda = Agenda::new(p, &opts.selection);
    let mut ts = Typesetter::new()?;
    let lang = opts.lang;
    let mut header = Rich::one(p.event.title.trim(), Style::new(8.0, Face::SemiBold, page::INK));
    if !p.event.motto.trim().is_empty() {
        header.push("  ·  ", Style::new(8.0, Face::Regular, page::MUTED));
        header.push(p.event.motto.trim(), Style::new(8.0, Face::Italic, page::MUTED));
    }
    if let Some(caption) = shared::caption(p, opts) {
        header.push("  ·  ", Style::new(8.0, Face::Regular, page::MUTED));
        header.push(&caption, Style::new(8.0, Face::SemiBold, page::ACCENT));
    }
    let chrome = page::Chrome {
        header,
        notice: p.event.notice.clone(),
        as_of: shared::as_of_text(p, opts),
        page_of: i18n::page_of,
        lang,
        title: match shared::caption(p, opts) {
            Some(caption) => format!("{} – {caption}", p.event.title),
            None => p.event.title.clone(),
        },
        lang_code: shared::lang_code(lang),
    };
    let frame = page::frame(&mut ts, aopts.paper, orientation(&agenda, aopts), &chrome);
    let (sheets, bare_first) = match aopts.layout {
        AgendaLayout::Booklet => (booklet::sheets(&mut ts, &frame, p, &agenda, opts, aopts), true),
        _ => (grid::sheets(&mut ts, &frame, p, &agenda, opts, aopts), false),
    };
    page::write_pdf(&mut ts, &frame, &chrome, &sheets, |i| bare_first && i == 0, opts.now).map_err(PdfError::Write)
}
