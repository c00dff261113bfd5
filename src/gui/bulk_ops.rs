//! The app's side of working on many sessions: what Strg+click, Umschalt+click, Strg+A and the rubber
//! band choose, Strg+C / Strg+V / Strg+D, applying a batch that creates sessions (they become the
//! selection), and opening a session's form beside the timetable. Every change is one `Edit::Batch`.

use super::action::{Action, Selected, View};
use super::app::PodiumApp;
use super::forms::bulk::BulkForm;
use super::selection::Selection;
use crate::edit::bulk::{self, Offset};
use crate::edit::{Edit, ItemKey};
use crate::i18n::{self, BulkLabel};
use crate::model::{HallKey, HallPlacement, SessionKey};

/// A request about the multiple selection.
#[derive(Clone, Debug)]
pub enum BulkAction {
    /// Strg+click: add the session, or take it out.
    Toggle(SessionKey),
    /// Umschalt+click in the list: every row from the primary selection to this one.
    Range(SessionKey),
    /// Strg+A in the list: every row of the current search.
    SelectAll,
    /// Choose exactly these (the rubber band).
    Set(Vec<SessionKey>),
    /// Add these (the rubber band with Strg).
    Add(Vec<SessionKey>),
    /// Apply a batch that creates sessions: the new ones become the selection.
    Create(Edit),
    /// Strg+C.
    Copy,
    /// Strg+V: the copies as drafts, at the cell under the pointer or at their times on the day shown.
    Paste,
    /// Strg+D: draft copies in place.
    Duplicate,
    /// Open the session's form beside the timetable (Enter, double-click).
    Beside(SessionKey),
    /// Close the form beside the timetable.
    CloseBeside,
}

/// The multiple selection and its form.
#[derive(Default)]
pub struct BulkState {
    /// The sessions chosen besides the primary one, and the copied ones.
    pub selection: Selection,
    /// The form for several sessions, while more than one is chosen.
    pub form: Option<BulkForm>,
}

impl PodiumApp {
    /// Every chosen session (the primary one included), in key order.
    pub fn chosen_sessions(&self) -> Vec<SessionKey> {
        self.bulk.selection.keys(self.state.selected.as_ref(), self.doc.programme())
    }

    /// Handles one request about the multiple selection.
    pub(super) fn bulk_action(&mut self, action: BulkAction) {
        let lang = self.lang;
        match action {
            BulkAction::Toggle(key) => self.bulk.selection.toggle(&mut self.state.selected, key),
            BulkAction::Range(key) => {
                let order = self.list_cache.session_order();
                let from = match &self.state.selected {
                    Some(Selected::Session(k)) => order.iter().position(|o| o == k),
                    _ => None,
                };
                let to = order.iter().position(|o| *o == key);
                if let (Some(a), Some(b)) = (from, to) {
                    let (lo, hi) = (a.min(b), a.max(b));
                    let mut keys: Vec<SessionKey> = order.get(lo..=hi).unwrap_or_default().to_vec();
                    // The primary selection stays where the range began.
                    keys.rotate_left(a - lo);
                    self.bulk.selection.set(&mut self.state.selected, keys);
                } else {
                    self.bulk.selection.set(&mut self.state.selected, vec![key]);
                }
            }
            BulkAction::SelectAll => {
                let order = self.list_cache.session_order();
                self.bulk.selection.set(&mut self.state.selected, order);
            }
            BulkAction::Set(keys) => self.bulk.selection.set(&mut self.state.selected, keys),
            BulkAction::Add(keys) => self.bulk.selection.extend(&mut self.state.selected, keys),
            BulkAction::Create(edit) => self.create_many(edit),
            BulkAction::Copy => {
                let n = self.bulk.selection.copy(self.state.selected.as_ref(), self.doc.programme());
                if n > 0 {
                    self.notices.push(i18n::copied_count(lang, n), false);
                }
            }
            BulkAction::Paste => {
                let copied = self.bulk.selection.copied().to_vec();
                if copied.is_empty() {
                    return;
                }
                let p = self.doc.programme();
                let halls: Vec<HallKey> = p.halls.keys().cloned().collect();
                let day = self.state.timetable.day.clone().or_else(|| p.days.keys().next().cloned());
                let mut offset = Offset { day, ..Offset::default() };
                // At the cell under the pointer: the earliest copy starts there, the others keep their
                // distance in time and halls.
                if self.state.view == View::Timetable
                    && let Some((hall, start)) = self.state.timetable.hovered_cell()
                    && let Some(first) = copied.iter().filter(|s| s.start.is_some()).min_by_key(|s| s.start)
                    && let Some(first_start) = first.start
                {
                    offset.mins =
                        i32::try_from(start.mins()).unwrap_or(0) - i32::try_from(first_start.mins()).unwrap_or(0);
                    if let Some(HallPlacement::Hall(h)) = &first.hall
                        && let (Some(a), Some(b)) =
                            (halls.iter().position(|x| x == h), halls.iter().position(|x| *x == hall))
                    {
                        offset.halls = i32::try_from(b).unwrap_or(0) - i32::try_from(a).unwrap_or(0);
                    }
                }
                let edits = bulk::copies(&copied, &offset, &halls);
                let label = i18n::bulk_label(lang, BulkLabel::Copy, edits.len());
                self.create_many(Edit::Batch(label, edits));
            }
            BulkAction::Duplicate => {
                let p = self.doc.programme();
                let sessions: Vec<_> =
                    self.chosen_sessions().iter().filter_map(|k| p.sessions.get(k)).cloned().collect();
                if sessions.is_empty() {
                    return;
                }
                let edits = bulk::copies(&sessions, &Offset::default(), &[]);
                let label = i18n::bulk_label(lang, BulkLabel::Copy, edits.len());
                self.create_many(Edit::Batch(label, edits));
            }
            BulkAction::Beside(key) => {
                self.bulk.selection.set(&mut self.state.selected, vec![key]);
                self.state.timetable.form_beside = true;
            }
            BulkAction::CloseBeside => {
                self.state.timetable.form_beside = false;
                // The form for several closes with their selection.
                if self.many_chosen() {
                    self.bulk.selection.set(&mut self.state.selected, Vec::new());
                }
            }
        }
    }

    /// Applies a batch that creates sessions; the new sessions become the selection.
    fn create_many(&mut self, edit: Edit) {
        match self.doc.apply(edit) {
            Ok(created) => {
                // A day copied with its sessions is shown.
                if let Some(ItemKey::Day(day)) = created.iter().find(|k| matches!(k, ItemKey::Day(_))) {
                    self.state.timetable.day = Some(day.clone());
                }
                let keys: Vec<SessionKey> = created
                    .into_iter()
                    .filter_map(|k| match k {
                        ItemKey::Session(k) => Some(k),
                        _ => None,
                    })
                    .collect();
                self.bulk.selection.set(&mut self.state.selected, keys);
            }
            Err(e) => self.notices.push(format!("{}: {e}", i18n::t(self.lang, i18n::T::Edit)), true),
        }
    }

    /// Strg+A, Strg+C, Strg+V and Strg+D in the session list and the timetable, when no text field has
    /// the keyboard.
    pub(super) fn bulk_shortcuts(&self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if !matches!(self.state.view, View::Sessions | View::Timetable) || ctx.memory(|m| m.focused().is_some()) {
            return;
        }
        let cmd = egui::Modifiers::COMMAND;
        let (copy, paste, duplicate, all) = ctx.input_mut(|i| {
            // egui-winit turns Strg+C and Strg+V into these events (Strg+V only with text on the
            // clipboard: copying puts a list of the titles there); tests send the keys.
            let copy_event = i.events.iter().any(|e| matches!(e, egui::Event::Copy));
            let paste_event = i.events.iter().any(|e| matches!(e, egui::Event::Paste(_)));
            (
                copy_event || i.consume_key(cmd, egui::Key::C),
                paste_event || i.consume_key(cmd, egui::Key::V),
                i.consume_key(cmd, egui::Key::D),
                i.consume_key(cmd, egui::Key::A),
            )
        });
        if copy {
            let p = self.doc.programme();
            let titles: Vec<&str> =
                self.chosen_sessions().iter().filter_map(|k| p.sessions.get(k)).map(|s| s.title.as_str()).collect();
            if !titles.is_empty() {
                ctx.copy_text(titles.join("\n"));
            }
            actions.push(Action::Bulk(BulkAction::Copy));
        }
        if paste {
            actions.push(Action::Bulk(BulkAction::Paste));
        }
        if duplicate {
            actions.push(Action::Bulk(BulkAction::Duplicate));
        }
        if all && self.state.view == View::Sessions {
            actions.push(Action::Bulk(BulkAction::SelectAll));
        }
    }

    /// The form for several sessions beside the list or the timetable, opened and kept up to date.
    pub(super) fn bulk_form_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let keys = self.chosen_sessions();
        let p = self.doc.programme();
        let revision = self.doc.revision();
        let fresh = self.bulk.form.as_ref().is_some_and(|f| f.is_for(&keys, revision));
        if !fresh {
            self.bulk.form = Some(BulkForm::new(keys, revision));
        }
        if let Some(form) = &mut self.bulk.form {
            form.ui(ui, self.lang, p, actions);
        }
    }

    /// Whether more than one session is chosen.
    pub fn many_chosen(&self) -> bool {
        self.bulk.selection.is_many(self.state.selected.as_ref(), self.doc.programme())
    }
}
