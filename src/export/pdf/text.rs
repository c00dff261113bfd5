//! Text for the PDF: styled runs ([`Rich`]) shaped and broken into lines by parley ([`Para`]), measured,
//! shortened with "…" when a box is too small, and drawn as krilla glyph runs. This is the only file
//! that knows parley; the glue follows krilla's `examples/parley.rs`.
//!
//! parley's default font size (16 px) would act as a line strut for smaller text, so every paragraph
//! pushes its own default size (the smallest size it uses).

use std::ops::Range;
use std::sync::Arc;

use krilla::geom::Point;
use krilla::num::NormalizedF32;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use parley::fontique::Blob;
use parley::{
    Alignment, AlignmentOptions, FontContext, FontFamily, FontStyle, FontWeight, Layout, LayoutContext, LineHeight,
    StyleProperty,
};

use super::fonts;

/// A colour as red, green, blue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Mixes `amount` (0–1) of this colour into white.
    pub fn tint(self, amount: f32) -> Self {
        let mix = |c: u8| {
            let c = f32::from(c);
            // In 0..=255 by construction.
            (255.0 - (255.0 - c) * amount.clamp(0.0, 1.0)).round() as u8
        };
        Self(mix(self.0), mix(self.1), mix(self.2))
    }

    /// The colour of a track's `#rrggbb`, or `None`.
    pub fn from_hex(hex: &str) -> Option<Self> {
        let h = hex.strip_prefix('#')?;
        if h.len() != 6 || !h.is_ascii() {
            return None;
        }
        let byte = |i: usize| h.get(i..i + 2).and_then(|s| u8::from_str_radix(s, 16).ok());
        Some(Self(byte(0)?, byte(2)?, byte(4)?))
    }

    /// As krilla's colour.
    pub fn to_krilla(self) -> krilla::color::rgb::Color {
        krilla::color::rgb::Color::new(self.0, self.1, self.2)
    }
}

/// A face of the bundled family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    /// Regular.
    Regular,
    /// SemiBold (600).
    SemiBold,
    /// Italic.
    Italic,
}

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Size in points.
    pub size: f32,
    /// Face.
    pub face: Face,
    /// Colour.
    pub color: Rgb,
}

impl Style {
    /// A style.
    pub const fn new(size: f32, face: Face, color: Rgb) -> Self {
        Self { size, face, color }
    }

    /// The same style at another size.
    pub fn sized(self, size: f32) -> Self {
        Self { size, ..self }
    }
}

/// Styled text: one string with style runs.
#[derive(Clone, Debug, Default)]
pub struct Rich {
    text: String,
    runs: Vec<(Range<usize>, Style)>,
}

impl Rich {
    /// Empty text.
    pub fn new() -> Self {
        Self::default()
    }

    /// One run.
    pub fn one(text: &str, style: Style) -> Self {
        let mut r = Self::new();
        r.push(text, style);
        r
    }

    /// Appends a run (nothing for empty text).
    pub fn push(&mut self, text: &str, style: Style) -> &mut Self {
        if !text.is_empty() {
            let start = self.text.len();
            self.text.push_str(text);
            self.runs.push((start..self.text.len(), style));
        }
        self
    }

    /// Starts a new line (when there is text already).
    pub fn newline(&mut self) -> &mut Self {
        if let Some(style) = self.runs.last().map(|(_, s)| *s) {
            self.push("\n", style);
        }
        self
    }

    /// Whether there is no text.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The first `len` bytes (at a character boundary at or before `len`), trimmed, with "…" appended.
    fn cut(&self, len: usize) -> Self {
        let end = self.text.floor_char_boundary(len.min(self.text.len()));
        let kept = self.text.get(..end).unwrap_or("").trim_end_matches([' ', ',', ';', '–', '·', '\n']);
        let end = kept.len();
        let mut out = Self { text: kept.to_owned(), runs: Vec::new() };
        for (range, style) in &self.runs {
            if range.start < end {
                out.runs.push((range.start..range.end.min(end), *style));
            }
        }
        let style = out.runs.last().map(|(_, s)| *s);
        if let Some(style) = style {
            out.push("…", style);
        }
        out
    }
}

/// A laid-out paragraph: shaped, broken into lines, ready to measure and draw.
pub struct Para {
    layout: Layout<Rgb>,
    text: String,
}

impl Para {
    /// Height in points.
    pub fn height(&self) -> f32 {
        self.layout.height()
    }

    /// The plain text.
    #[cfg(test)]
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Horizontal alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Left.
    Left,
    /// Right.
    Right,
}

/// Shapes and draws text with the bundled fonts.
pub struct Typesetter {
    font_cx: FontContext,
    layout_cx: LayoutContext<Rgb>,
    /// krilla's font for each parley font blob id.
    krilla_fonts: Vec<(u64, Font)>,
}

/// The bundled fonts could not be read (a broken build).
#[derive(Debug, thiserror::Error)]
#[error("the bundled font could not be read")]
pub struct FontError;

impl Typesetter {
    /// A typesetter with the bundled faces and nothing else (no system fonts).
    pub fn new() -> Result<Self, FontError> {
        let mut font_cx = FontContext::default();
        let mut krilla_fonts = Vec::new();
        for face in fonts::FACES {
            let blob: Blob<u8> = Blob::new(Arc::new(face));
            let id = blob.id();
            if font_cx.collection.register_fonts(blob, None).is_empty() {
                return Err(FontError);
            }
            let font = Font::new(krilla::Data::from(face), 0).ok_or(FontError)?;
            krilla_fonts.push((id, font));
        }
        Ok(Self { font_cx, layout_cx: LayoutContext::new(), krilla_fonts })
    }

    /// Lays out `rich` in lines no wider than `width`, with lines `line_height` times the size apart.
    pub fn para(&mut self, rich: &Rich, width: f32, align: Align, line_height: f32) -> Para {
        let text = rich.text.as_str();
        let base = rich.runs.iter().map(|(_, s)| s.size).fold(f32::INFINITY, f32::min);
        let base = if base.is_finite() { base } else { 9.0 };
        let mut builder = self.layout_cx.ranged_builder(&mut self.font_cx, text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::named(fonts::FAMILY)));
        builder.push_default(StyleProperty::FontSize(base));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(line_height)));
        builder.push_default(StyleProperty::Brush(Rgb::default()));
        for (range, style) in &rich.runs {
            builder.push(StyleProperty::FontSize(style.size), range.clone());
            builder.push(StyleProperty::Brush(style.color), range.clone());
            match style.face {
                Face::Regular => {}
                Face::SemiBold => builder.push(StyleProperty::FontWeight(FontWeight::SEMI_BOLD), range.clone()),
                Face::Italic => builder.push(StyleProperty::FontStyle(FontStyle::Italic), range.clone()),
            }
        }
        let mut layout = builder.build(text);
        layout.break_all_lines(Some(width.max(1.0)));
        let alignment = match align {
            Align::Left => Alignment::Left,
            Align::Right => Alignment::Right,
        };
        layout.align(alignment, AlignmentOptions::default());
        Para { layout, text: text.to_owned() }
    }

    /// Lays out `rich` so it fits `height`: as it is, else cut after the last whole line that fits and
    /// shortened word by word until it fits with "…"; `None` when not even one line fits.
    pub fn para_fitting(&mut self, rich: &Rich, width: f32, height: f32, line_height: f32) -> Option<Para> {
        let para = self.para(rich, width, Align::Left, line_height);
        if para.height() <= height + 0.01 {
            return Some(para);
        }
        // The end of the last line that fits entirely.
        let mut fits = 0;
        for line in para.layout.lines() {
            if line.metrics().block_max_coord > height + 0.01 {
                break;
            }
            fits = line.text_range().end;
        }
        if fits == 0 {
            return None;
        }
        let mut len = fits;
        loop {
            let candidate = rich.cut(len);
            let para = self.para(&candidate, width, Align::Left, line_height);
            if para.height() <= height + 0.01 {
                return Some(para);
            }
            // Drop the last word (or character when there is no space left).
            let kept = candidate.text.trim_end_matches('…');
            let next = kept.trim_end().rfind([' ', '\n']).unwrap_or(kept.len().saturating_sub(1));
            if next == 0 || next >= len {
                return None;
            }
            len = next;
        }
    }

    /// Draws a paragraph with its top-left corner at (`x`, `y`).
    pub fn draw(&self, surface: &mut Surface<'_>, para: &Para, x: f32, y: f32) {
        for line in para.layout.lines() {
            let metrics = line.metrics();
            let baseline = y + metrics.baseline;
            let mut pen = x + metrics.offset;
            for run in line.runs() {
                let font_data = run.font();
                let Some(font) = self.krilla_fonts.iter().find(|(id, _)| *id == font_data.data.id()).map(|(_, f)| f)
                else {
                    pen += run.advance();
                    continue;
                };
                let size = run.font_size();
                let mut glyphs: Vec<KrillaGlyph> = Vec::new();
                let mut color: Option<Rgb> = None;
                let mut run_x = pen;
                for cluster in run.visual_clusters() {
                    if cluster.is_ligature_continuation() {
                        if let Some(g) = glyphs.last_mut() {
                            g.text_range.end = cluster.text_range().end;
                        }
                        continue;
                    }
                    let brush = cluster.style().brush;
                    if color.is_some_and(|c| c != brush) && !glyphs.is_empty() {
                        let advance: f32 = glyphs.iter().map(|g| g.x_advance * size).sum();
                        flush(surface, &mut glyphs, color, font, &para.text, size, Point::from_xy(run_x, baseline));
                        run_x += advance;
                    }
                    color = Some(brush);
                    for glyph in cluster.glyphs() {
                        glyphs.push(KrillaGlyph::new(
                            GlyphId::new(glyph.id),
                            glyph.advance / size,
                            glyph.x / size,
                            glyph.y / size,
                            0.0,
                            cluster.text_range(),
                            None,
                        ));
                    }
                }
                flush(surface, &mut glyphs, color, font, &para.text, size, Point::from_xy(run_x, baseline));
                pen += run.advance();
            }
        }
    }
}

fn flush(
    surface: &mut Surface<'_>,
    glyphs: &mut Vec<KrillaGlyph>,
    color: Option<Rgb>,
    font: &Font,
    text: &str,
    size: f32,
    at: Point,
) {
    if glyphs.is_empty() {
        return;
    }
    let paint = color.unwrap_or_default().to_krilla().into();
    surface.set_fill(Some(Fill { paint, opacity: NormalizedF32::ONE, rule: Default::default() }));
    surface.draw_glyphs(at, glyphs, font.clone(), text, size, false);
    glyphs.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_with_an_ellipsis_to_fit() {
        let mut ts = Typesetter::new().unwrap();
        let style = Style::new(7.0, Face::Regular, Rgb(0, 0, 0));
        let long = "Wie können Smart-City-Strategien zu zukunftsfähiger und gemeinwohlorientierter Stadtentwicklung beitragen?";
        let rich = Rich::one(long, style);
        let full = ts.para(&rich, 60.0, Align::Left, 1.2);
        assert!(full.height() > 20.0, "{}", full.height());
        let cut = ts.para_fitting(&rich, 60.0, 18.0, 1.2).unwrap();
        assert!(cut.height() <= 18.01);
        assert!(cut.text().ends_with('…'), "{}", cut.text());
        assert!(ts.para_fitting(&rich, 60.0, 3.0, 1.2).is_none());
        assert!(ts.para_fitting(&rich, 60.0, 500.0, 1.2).is_some_and(|p| !p.text().ends_with('…')));
    }

    #[test]
    fn track_colours_parse_and_tint() {
        assert_eq!(Rgb::from_hex("#1f6f8b"), Some(Rgb(0x1f, 0x6f, 0x8b)));
        assert_eq!(Rgb::from_hex("#7F8C"), None);
        assert_eq!(Rgb(0, 0, 0).tint(0.0), Rgb(255, 255, 255));
    }
}
