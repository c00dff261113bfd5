//! Pages: paper sizes and margins, the marks a layout puts on a page (text, boxes, rules), and the
//! second pass that writes the PDF once the page count is known — running header (event title and
//! motto) and footer (public notice, "Stand: …", "Seite X von Y") on every page.

use krilla::geom::{PathBuilder, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::{Document, metadata};

use super::text::{Align, Face, Para, Rgb, Rich, Style, Typesetter};
use crate::export::agenda::{Orientation, Paper};

/// Ink for text.
pub const INK: Rgb = Rgb(0x1c, 0x1f, 0x24);
/// Secondary text.
pub const MUTED: Rgb = Rgb(0x5c, 0x63, 0x6e);
/// Rules and hairlines.
pub const RULE: Rgb = Rgb(0xc9, 0xce, 0xd6);
/// The accent of headings.
pub const ACCENT: Rgb = Rgb(0x1f, 0x4e, 0x79);
/// Drafts and cancellations.
pub const WARN: Rgb = Rgb(0xb0, 0x3a, 0x2e);

/// A line around or across something.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    /// Colour.
    pub color: Rgb,
    /// Width in points.
    pub width: f32,
    /// Dashed (drafts).
    pub dashed: bool,
}

impl Line {
    /// A solid line.
    pub const fn solid(color: Rgb, width: f32) -> Self {
        Self { color, width, dashed: false }
    }
}

/// Something drawn on a page; coordinates in points from the top-left corner.
pub enum Mark {
    /// A paragraph with its top-left corner at (x, y).
    Text {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// The text.
        para: Box<Para>,
    },
    /// A rectangle, filled and/or outlined.
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour.
        fill: Option<Rgb>,
        /// Outline.
        stroke: Option<Line>,
    },
    /// A straight rule.
    Rule {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// How it looks.
        line: Line,
    },
}

/// What a page's footer numbers it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageNumber {
    /// "Seite X von Y" counted over the whole document.
    #[default]
    Running,
    /// Its own count (a letter's pages in a combined PDF of letters).
    Own {
        /// This page, from 1.
        page: usize,
        /// Pages of its part.
        of: usize,
    },
    /// No number (a door sign).
    Hidden,
}

/// The marks of one page.
#[derive(Default)]
pub struct Sheet {
    /// In drawing order.
    pub marks: Vec<Mark>,
    /// How the footer numbers it.
    pub number: PageNumber,
}

impl Sheet {
    /// Adds a paragraph.
    pub fn text(&mut self, x: f32, y: f32, para: Para) {
        self.marks.push(Mark::Text { x, y, para: Box::new(para) });
    }

    /// Adds a filled rectangle.
    pub fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.marks.push(Mark::Rect { x, y, w, h, fill: Some(color), stroke: None });
    }

    /// Adds a horizontal rule.
    pub fn hrule(&mut self, x1: f32, x2: f32, y: f32, line: Line) {
        self.marks.push(Mark::Rule { x1, y1: y, x2, y2: y, line });
    }

    /// Adds a vertical rule.
    pub fn vrule(&mut self, x: f32, y1: f32, y2: f32, line: Line) {
        self.marks.push(Mark::Rule { x1: x, y1, x2: x, y2, line });
    }
}

/// Where content may go on a page, below the running header and above the footer.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// Page width.
    pub page_w: f32,
    /// Page height.
    pub page_h: f32,
    /// Left edge of the content.
    pub left: f32,
    /// Width of the content.
    pub width: f32,
    /// Top of the content on pages with the running header.
    pub top: f32,
    /// Top of the content on a page without it (the booklet's title page).
    pub top_bare: f32,
    /// Bottom of the content.
    pub bottom: f32,
    /// Top margin.
    margin_top: f32,
}

impl Frame {
    /// The right edge of the content.
    pub fn right(&self) -> f32 {
        self.left + self.width
    }
}

/// What every page carries besides its content.
#[derive(Clone)]
pub struct Chrome {
    /// The running header: event title and motto (and a selection caption).
    pub header: Rich,
    /// The event's public notice (may be empty).
    pub notice: String,
    /// "Stand: 1. September 2022".
    pub as_of: String,
    /// Renders "Seite X von Y".
    pub page_of: fn(crate::i18n::Lang, usize, usize) -> String,
    /// Language of the footer.
    pub lang: crate::i18n::Lang,
    /// PDF metadata title.
    pub title: String,
    /// PDF metadata language ("de", "en").
    pub lang_code: &'static str,
}

/// Size of the header and footer text.
const CHROME_SIZE: f32 = 7.5;
/// Gap between the running header and the content.
const HEADER_GAP: f32 = 14.0;
/// Gap between the content and the footer.
const FOOTER_GAP: f32 = 12.0;

/// Page width and height in points.
pub fn page_size(paper: Paper, orientation: Orientation) -> (f32, f32) {
    let (w, h) = match paper {
        Paper::A4 => (595.28, 841.89),
        Paper::A5 => (419.53, 595.28),
    };
    match orientation {
        Orientation::Portrait => (w, h),
        Orientation::Landscape => (h, w),
    }
}

/// The frame of a page of this size, with the header and footer measured.
pub fn frame(ts: &mut Typesetter, paper: Paper, orientation: Orientation, chrome: &Chrome) -> Frame {
    let (page_w, page_h) = page_size(paper, orientation);
    let (margin_x, margin_top, margin_bottom) = match paper {
        Paper::A4 => (42.0, 34.0, 30.0),
        Paper::A5 => (28.0, 26.0, 22.0),
    };
    let width = page_w - 2.0 * margin_x;
    let header_h = ts.para(&chrome.header, width, Align::Left, 1.25).height();
    let footer_h =
        footer_paras(ts, chrome, width, Some((999, 999))).iter().map(|(dy, p)| dy + p.height()).fold(0.0, f32::max);
    Frame {
        page_w,
        page_h,
        left: margin_x,
        width,
        top: margin_top + header_h + HEADER_GAP,
        top_bare: margin_top,
        bottom: page_h - margin_bottom - footer_h - FOOTER_GAP,
        margin_top,
    }
}

/// The footer's paragraphs with their offset from the footer's top: the notice, then "Stand" on the
/// left and the page number on the right.
fn footer_paras(ts: &mut Typesetter, chrome: &Chrome, width: f32, number: Option<(usize, usize)>) -> Vec<(f32, Para)> {
    let small = Style::new(CHROME_SIZE, Face::Regular, MUTED);
    let mut out = Vec::new();
    let mut dy = 0.0;
    if !chrome.notice.trim().is_empty() {
        let notice = ts.para(&Rich::one(chrome.notice.trim(), small.sized(CHROME_SIZE)), width, Align::Left, 1.25);
        dy = notice.height() + 1.5;
        out.push((0.0, notice));
    }
    out.push((dy, ts.para(&Rich::one(&chrome.as_of, small), width, Align::Left, 1.25)));
    if let Some((page, pages)) = number {
        let number = (chrome.page_of)(chrome.lang, page, pages);
        out.push((dy, ts.para(&Rich::one(&number, small), width, Align::Right, 1.25)));
    }
    out
}

/// Writes the pages: each sheet's marks, the running header (except where `bare` says so) and the
/// footer with "Seite X von Y".
pub fn write_pdf(
    ts: &mut Typesetter,
    frame: &Frame,
    chrome: &Chrome,
    sheets: &[Sheet],
    bare: impl Fn(usize) -> bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<u8>, String> {
    let mut doc = Document::new();
    let pages = sheets.len();
    let header = ts.para(&chrome.header, frame.width, Align::Left, 1.25);
    for (i, sheet) in sheets.iter().enumerate() {
        let settings = PageSettings::from_wh(frame.page_w, frame.page_h).ok_or("invalid page size")?;
        let mut page = doc.start_page_with(settings);
        let mut surface = page.surface();
        for mark in &sheet.marks {
            draw_mark(ts, &mut surface, mark);
        }
        if !bare(i) {
            ts.draw(&mut surface, &header, frame.left, frame.margin_top);
            let y = frame.margin_top + header.height() + HEADER_GAP * 0.45;
            stroke_line(&mut surface, frame.left, y, frame.right(), y, Line::solid(RULE, 0.5));
        }
        let footer_top = frame.bottom + FOOTER_GAP;
        let rule_y = footer_top - FOOTER_GAP * 0.5;
        stroke_line(&mut surface, frame.left, rule_y, frame.right(), rule_y, Line::solid(RULE, 0.5));
        let number = match sheet.number {
            PageNumber::Running => Some((i + 1, pages)),
            PageNumber::Own { page, of } => Some((page, of)),
            PageNumber::Hidden => None,
        };
        for (dy, para) in footer_paras(ts, chrome, frame.width, number) {
            ts.draw(&mut surface, &para, frame.left, footer_top + dy);
        }
        surface.finish();
        page.finish();
    }
    doc.set_metadata(
        metadata::Metadata::new()
            .title(chrome.title.clone())
            .language(chrome.lang_code.to_owned())
            .creator("Podium".to_owned())
            .creation_date(pdf_date(now)),
    );
    doc.finish().map_err(|e| format!("{e:?}"))
}

fn pdf_date(now: chrono::DateTime<chrono::Utc>) -> metadata::DateTime {
    use chrono::{Datelike as _, Timelike as _};
    let small = |v: u32| u8::try_from(v).unwrap_or(0);
    metadata::DateTime::new(u16::try_from(now.year()).unwrap_or(2000))
        .month(small(now.month()))
        .day(small(now.day()))
        .hour(small(now.hour()))
        .minute(small(now.minute()))
        .second(small(now.second()))
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

fn draw_mark(ts: &Typesetter, surface: &mut Surface<'_>, mark: &Mark) {
    match mark {
        Mark::Text { x, y, para } => ts.draw(surface, para, *x, *y),
        Mark::Rect { x, y, w, h, fill, stroke } => {
            let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.01), h.max(0.01)) else { return };
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            let Some(path) = pb.finish() else { return };
            surface.set_fill(fill.map(|c| Fill { paint: c.to_krilla().into(), ..Fill::default() }));
            surface.set_stroke(stroke.map(krilla_stroke));
            surface.draw_path(&path);
            surface.set_stroke(None);
        }
        Mark::Rule { x1, y1, x2, y2, line } => stroke_line(surface, *x1, *y1, *x2, *y2, *line),
    }
}

fn krilla_stroke(line: Line) -> Stroke {
    Stroke {
        paint: line.color.to_krilla().into(),
        width: line.width,
        opacity: NormalizedF32::ONE,
        dash: line.dashed.then(|| StrokeDash { array: vec![2.0, 1.5], offset: 0.0 }),
        ..Stroke::default()
    }
}

fn stroke_line(surface: &mut Surface<'_>, x1: f32, y1: f32, x2: f32, y2: f32, line: Line) {
    let mut pb = PathBuilder::new();
    pb.move_to(x1, y1);
    pb.line_to(x2, y2);
    let Some(path) = pb.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(krilla_stroke(line)));
    surface.draw_path(&path);
    surface.set_stroke(None);
}
