//! The clash panel: every clash, live, grouped by severity with counts, in the user's language (a grouped
//! clash of a crowded hall or person is one entry, and counts as the pairs it stands for). Clicking an
//! entry selects and reveals its first session. Messages are rendered once per revision and language; each
//! is one line (the whole message on hover), and only the lines in view are laid out, so a programme with
//! thousands of clashes costs no more a frame than one with ten.

use super::severity_colour;
use crate::clash::{Clash, Severity};
use crate::gui::action::Action;
use crate::i18n::{self, Lang, T, t};
use crate::model::Programme;

/// Rendered messages, rebuilt only when the document or the language changes.
#[derive(Default)]
pub struct ClashTexts {
    key: Option<(u64, Lang)>,
    texts: Vec<String>,
    /// Severities whose entries are folded away (errors, warnings, infos).
    folded: [bool; 3],
}

/// One line of the panel.
enum Row {
    /// A severity's heading with the count of what it stands for.
    Heading(usize, Severity, String),
    /// A clash, by position.
    Entry(usize),
}

impl ClashTexts {
    fn get(&mut self, revision: u64, lang: Lang, p: &Programme, clashes: &[Clash]) -> &[String] {
        if self.key != Some((revision, lang)) {
            self.texts = clashes.iter().map(|c| i18n::clash_message(lang, p, c)).collect();
            self.key = Some((revision, lang));
        }
        &self.texts
    }
}

/// Draws the clash panel.
pub fn clash_panel_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    (p, clashes, revision): (&Programme, &[Clash], u64),
    cache: &mut ClashTexts,
    actions: &mut Vec<Action>,
) {
    ui.heading(t(lang, T::Clashes));
    if clashes.is_empty() {
        ui.label(t(lang, T::NoClashes));
        return;
    }
    let folded = cache.folded;
    let texts = cache.get(revision, lang, p, clashes);
    let mut rows = Vec::new();
    for (i, (severity, word)) in
        [(Severity::Error, T::Errors), (Severity::Warning, T::Warnings), (Severity::Info, T::Infos)]
            .into_iter()
            .enumerate()
    {
        let mine: Vec<usize> = (0..clashes.len()).filter(|&c| clashes[c].severity() == severity).collect();
        if mine.is_empty() {
            continue;
        }
        let count = i18n::number(lang, mine.iter().map(|&c| clashes[c].weight()).sum());
        rows.push(Row::Heading(i, severity, format!("{} ({count})", t(lang, word))));
        if !folded[i] {
            rows.extend(mine.into_iter().map(Row::Entry));
        }
    }
    let row_h = ui.spacing().interact_size.y;
    let mut toggle = None;
    egui::ScrollArea::vertical().id_salt("clash_scroll").auto_shrink([false, false]).show_rows(
        ui,
        row_h,
        rows.len(),
        |ui, range| {
            for row in rows.get(range).unwrap_or_default() {
                match row {
                    Row::Heading(i, severity, title) => {
                        let colour = severity_colour(*severity);
                        let text = egui::RichText::new(format!("     {title}")).strong().color(colour);
                        let button = egui::Button::new(text).frame(false);
                        let response = ui.add_sized([ui.available_width(), row_h], button).accessible_name(title);
                        fold_mark(ui, response.rect, folded[*i], colour);
                        if response.clicked() {
                            toggle = Some(*i);
                        }
                    }
                    Row::Entry(c) => {
                        let (Some(clash), Some(text)) = (clashes.get(*c), texts.get(*c)) else { continue };
                        let first = clash.sessions.first().map(|s| s.session.clone());
                        // One row of exactly the panel's width: the message, then "Freie Plätze…" for the
                        // clash's first session at its end.
                        let (row, _) =
                            ui.allocate_exact_size(egui::vec2(ui.available_width(), row_h), egui::Sense::hover());
                        let places = i18n::place_word(lang, i18n::PlaceWord::FreePlaces);
                        let offer = first.clone().filter(|_| clash.severity() != Severity::Info);
                        let button_w = if offer.is_some() {
                            let font = egui::TextStyle::Button.resolve(ui.style());
                            let text_w = ui.fonts_mut(|f| {
                                f.layout_no_wrap(places.to_owned(), font, egui::Color32::WHITE).size().x
                            });
                            (text_w + 2.0 * ui.spacing().button_padding.x + 4.0).min(row.width() / 2.0)
                        } else {
                            0.0
                        };
                        let (left, right) = row.split_left_right_at_x(row.right() - button_w);
                        let button = egui::Button::selectable(false, text.as_str()).truncate();
                        let response = ui.put(left, button).on_hover_text(text);
                        if response.clicked()
                            && let Some(first) = &first
                        {
                            actions.push(Action::Reveal(first.clone()));
                        }
                        if let Some(first) = offer
                            && ui.put(right.shrink2(egui::vec2(2.0, 1.0)), egui::Button::new(places)).clicked()
                        {
                            actions.push(Action::FreePlaces(first));
                        }
                    }
                }
            }
        },
    );
    if let Some(i) = toggle
        && let Some(f) = cache.folded.get_mut(i)
    {
        *f = !*f;
    }
}

/// The triangle before a heading: pointing right when folded, down when open.
fn fold_mark(ui: &egui::Ui, row: egui::Rect, folded: bool, colour: egui::Color32) {
    let c = egui::pos2(row.left() + 8.0, row.center().y);
    let points = if folded {
        vec![c + egui::vec2(-3.0, -5.0), c + egui::vec2(4.0, 0.0), c + egui::vec2(-3.0, 5.0)]
    } else {
        vec![c + egui::vec2(-5.0, -3.0), c + egui::vec2(5.0, -3.0), c + egui::vec2(0.0, 4.0)]
    };
    ui.painter().add(egui::Shape::convex_polygon(points, colour, egui::Stroke::NONE));
}
