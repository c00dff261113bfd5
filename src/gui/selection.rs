//! The multiple selection of sessions: the app's primary `Selected` (the session whose form is shown
//! when only one is chosen) plus further sessions chosen with Strg+click, Umschalt+click, Strg+A or a
//! rubber band. Shared by the session list and the timetable, so it survives switching between them.
//! Also holds the sessions copied with Strg+C.

use std::collections::BTreeSet;

use crate::gui::action::Selected;
use crate::model::{Programme, Session, SessionKey};

/// The sessions chosen besides the primary selection, and the copied ones.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// Further sessions (never the primary one).
    more: BTreeSet<SessionKey>,
    /// What Strg+C copied: the sessions as they were then.
    copied: Vec<Session>,
}

impl Selection {
    /// Every selected session (the primary one included) that still exists, in key order.
    pub fn keys(&self, primary: Option<&Selected>, p: &Programme) -> Vec<SessionKey> {
        let mut keys: BTreeSet<SessionKey> =
            self.more.iter().filter(|k| p.sessions.contains_key(*k)).cloned().collect();
        if let Some(Selected::Session(k)) = primary
            && p.sessions.contains_key(k)
        {
            keys.insert(k.clone());
        }
        keys.into_iter().collect()
    }

    /// Whether more than one session is chosen.
    pub fn is_many(&self, primary: Option<&Selected>, p: &Programme) -> bool {
        let primary = match primary {
            Some(Selected::Session(k)) if p.sessions.contains_key(k) => Some(k),
            _ => None,
        };
        let more = self.more.iter().filter(|k| p.sessions.contains_key(*k) && Some(*k) != primary).take(2).count();
        more + usize::from(primary.is_some()) > 1
    }

    /// Whether the session is one of the chosen.
    pub fn contains(&self, primary: Option<&Selected>, key: &SessionKey) -> bool {
        self.more.contains(key) || primary == Some(&Selected::Session(key.clone()))
    }

    /// Only the primary selection stays.
    pub fn clear(&mut self) {
        self.more.clear();
    }

    /// Strg+click: adds the session, or takes it out when it was chosen.
    pub fn toggle(&mut self, primary: &mut Option<Selected>, key: SessionKey) {
        let primary_session = matches!(primary, Some(Selected::Session(_)));
        if *primary == Some(Selected::Session(key.clone())) {
            *primary = self.more.pop_first().map(Selected::Session);
        } else if !self.more.remove(&key) {
            if primary_session {
                self.more.insert(key);
            } else {
                self.more.clear();
                *primary = Some(Selected::Session(key));
            }
        }
    }

    /// Chooses exactly these sessions (the first becomes the primary one); none clears the selection.
    pub fn set(&mut self, primary: &mut Option<Selected>, keys: Vec<SessionKey>) {
        let mut keys = keys.into_iter();
        self.more.clear();
        match keys.next() {
            Some(first) => {
                *primary = Some(Selected::Session(first.clone()));
                self.more.extend(keys.filter(|k| *k != first));
            }
            None => {
                if matches!(primary, Some(Selected::Session(_))) {
                    *primary = None;
                }
            }
        }
    }

    /// Adds these sessions to the chosen ones.
    pub fn extend(&mut self, primary: &mut Option<Selected>, keys: Vec<SessionKey>) {
        if !matches!(primary, Some(Selected::Session(_))) {
            return self.set(primary, keys);
        }
        for k in keys {
            if !self.contains(primary.as_ref(), &k) {
                self.more.insert(k);
            }
        }
    }

    /// Keeps copies of the chosen sessions for Strg+V.
    pub fn copy(&mut self, primary: Option<&Selected>, p: &Programme) -> usize {
        self.copied = self.keys(primary, p).iter().filter_map(|k| p.sessions.get(k)).cloned().collect();
        self.copied.len()
    }

    /// The sessions copied last.
    pub fn copied(&self) -> &[Session] {
        &self.copied
    }
}

/// Whether Strg (Cmd on macOS) is held for this frame's click: the modifier state, or the one the click
/// itself carried (a click can come with its modifiers and leave them within one frame).
pub fn command_held(ctx: &egui::Context) -> bool {
    held(ctx, |m| m.command)
}

/// Whether Umschalt is held for this frame's click.
pub fn shift_held(ctx: &egui::Context) -> bool {
    held(ctx, |m| m.shift)
}

fn held(ctx: &egui::Context, which: impl Fn(egui::Modifiers) -> bool) -> bool {
    ctx.input(|i| {
        which(i.modifiers)
            || i.events.iter().any(|e| matches!(e, egui::Event::PointerButton { modifiers, .. } if which(*modifiers)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> SessionKey {
        SessionKey::new(s.to_owned())
    }

    #[test]
    fn toggling_adds_and_removes_and_keeps_a_primary() {
        let mut p = Programme::default();
        for key in ["a", "b", "c"] {
            p.sessions.insert(k(key), Session::default());
        }
        let mut sel = Selection::default();
        let mut primary = None;
        sel.toggle(&mut primary, k("a"));
        sel.toggle(&mut primary, k("b"));
        sel.toggle(&mut primary, k("c"));
        assert_eq!(sel.keys(primary.as_ref(), &p), [k("a"), k("b"), k("c")]);
        sel.toggle(&mut primary, k("a"));
        assert_eq!(primary, Some(Selected::Session(k("b"))));
        assert_eq!(sel.keys(primary.as_ref(), &p), [k("b"), k("c")]);
        sel.set(&mut primary, Vec::new());
        assert_eq!(primary, None);
        assert!(sel.keys(primary.as_ref(), &p).is_empty());
    }
}
