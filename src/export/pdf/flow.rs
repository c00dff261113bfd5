//! A simple page flow for the publishing layouts: blocks of paragraphs (kept together on one page when
//! they fit), placed one below the other, a new page when the next block does not fit; a block may have
//! a tinted band behind it with a coloured edge (new and cancelled sessions, breaks).

use super::page::{Frame, Line, Sheet};
use super::text::{Align, Para, Rgb, Rich, Typesetter};

/// Paragraphs that belong together, at offsets from the block's top-left corner.
#[derive(Default)]
pub struct Block {
    /// Height.
    pub h: f32,
    /// Where the next [`Block::line`] goes.
    cursor: f32,
    /// (x from the frame's left, y from the block's top, paragraph).
    items: Vec<(f32, f32, Para)>,
    /// Horizontal rules (x from the frame's left, width, y).
    rules: Vec<(f32, f32, f32, Line)>,
    /// Tint behind the block and the colour of its left edge.
    pub band: Option<(Rgb, Rgb)>,
}

impl Block {
    /// An empty block.
    pub fn new() -> Self {
        Self::default()
    }

    /// Lays out `rich` at `x` (from the frame's left) below what the block has, then leaves `gap`.
    pub fn line(&mut self, ts: &mut Typesetter, rich: &Rich, x: f32, width: f32, line_height: f32, gap: f32) {
        let para = ts.para(rich, width, Align::Left, line_height);
        let h = para.height();
        self.items.push((x, self.cursor, para));
        self.cursor += h + gap;
        self.h = self.h.max(self.cursor - gap);
    }

    /// Lays out `rich` at `x` from the block's top, beside the lines (a time column); aligned as asked.
    pub fn side(&mut self, ts: &mut Typesetter, rich: &Rich, x: f32, width: f32, align: Align) {
        let para = ts.para(rich, width, align, 1.3);
        self.h = self.h.max(para.height());
        self.items.push((x, 0.0, para));
    }

    /// Moves the cursor down.
    pub fn space(&mut self, gap: f32) {
        self.cursor += gap;
        self.h = self.h.max(self.cursor);
    }

    /// A rule below what the block has.
    pub fn rule(&mut self, x: f32, width: f32, line: Line, gap: f32) {
        self.cursor += gap;
        self.rules.push((x, width, self.cursor, line));
        self.cursor += gap;
        self.h = self.h.max(self.cursor);
    }
}

/// The pages being filled.
pub struct Flow<'f> {
    frame: &'f Frame,
    done: Vec<Sheet>,
    cur: Sheet,
    y: f32,
    /// Set when the current page has nothing yet.
    fresh: bool,
}

/// Padding around a band.
const PAD: f32 = 4.0;

impl<'f> Flow<'f> {
    /// A flow starting on a new page.
    pub fn new(frame: &'f Frame) -> Self {
        Self { frame, done: Vec::new(), cur: Sheet::default(), y: frame.top, fresh: true }
    }

    /// Room left on the page.
    pub fn room(&self) -> f32 {
        self.frame.bottom - self.y
    }

    /// Starts a new page (unless the current one is still empty).
    pub fn new_page(&mut self) {
        if self.fresh {
            return;
        }
        self.done.push(std::mem::take(&mut self.cur));
        self.y = self.frame.top;
        self.fresh = true;
    }

    /// A new page unless `h` more fits on this one.
    pub fn keep(&mut self, h: f32) {
        if h > self.room() {
            self.new_page();
        }
    }

    /// Places a block (on a new page when it does not fit here), then leaves `gap`.
    pub fn place(&mut self, block: Block, gap: f32) {
        let pad = if block.band.is_some() { PAD } else { 0.0 };
        self.keep(block.h + 2.0 * pad);
        let (left, y) = (self.frame.left, self.y + pad);
        if let Some((fill, edge)) = block.band {
            self.cur.fill(left - PAD, y - PAD, self.frame.width + 2.0 * PAD, block.h + 2.0 * PAD, fill);
            self.cur.fill(left - PAD, y - PAD, 2.5, block.h + 2.0 * PAD, edge);
        }
        for (x, dy, para) in block.items {
            self.cur.text(left + x, y + dy, para);
        }
        for (x, w, dy, line) in block.rules {
            self.cur.hrule(left + x, left + x + w, y + dy, line);
        }
        self.y += block.h + 2.0 * pad + gap;
        self.fresh = false;
    }

    /// All pages, the current one included.
    pub fn finish(mut self) -> Vec<Sheet> {
        if !self.fresh || self.done.is_empty() {
            self.done.push(self.cur);
        }
        self.done
    }
}
