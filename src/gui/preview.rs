//! Clash previews: what an edit of one session (a drag, a new session, a break in all halls) would bring
//! that session into, shown before it is made. Views never copy the programme for this: they look the
//! edit up in [`Previews`] and, when it is not there, ask for it with `Action::Preview`; the app then
//! tries the edit on the document itself ([`Document::try_edit`]: applied, looked at, put back — two
//! session updates of the clash checker) and keeps the answer for the next frame. A batch (several
//! blocks dragged together, "Ab hier verschieben…") is previewed for every session it moves.

use std::collections::VecDeque;

use crate::clash::Severity;
use crate::edit::{Edit, ItemKey, Update};
use crate::gui::document::Document;
use crate::i18n::{self, Lang};
use crate::model::SessionKey;

/// The clashes a proposed edit would cause, for the session it is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Preview {
    /// Messages of the errors and warnings involving the session.
    pub texts: Vec<String>,
    /// The worst of them.
    pub worst: Option<Severity>,
}

/// How many previews are kept (a drag and the two dialogs need one each).
const KEPT: usize = 4;

/// The previews computed for the document's present revision, newest first.
#[derive(Default)]
pub struct Previews {
    revision: u64,
    lang: Option<Lang>,
    kept: VecDeque<(Edit, Preview)>,
}

impl Previews {
    /// The preview of `edit` at `revision`, when it has been computed.
    pub fn get(&self, revision: u64, lang: Lang, edit: &Edit) -> Option<&Preview> {
        if self.revision != revision || self.lang != Some(lang) {
            return None;
        }
        self.kept.iter().find(|(e, _)| e == edit).map(|(_, p)| p)
    }

    /// Computes the preview of `edit` on `doc` (which is left as it was) and keeps it.
    pub fn compute(&mut self, doc: &mut Document, lang: Lang, edit: Edit) {
        if self.revision != doc.revision() || self.lang != Some(lang) {
            self.kept.clear();
            (self.revision, self.lang) = (doc.revision(), Some(lang));
        }
        if self.get(doc.revision(), lang, &edit).is_some() {
            return;
        }
        let mut about = std::collections::HashSet::new();
        sessions_of(&edit, &mut about);
        let preview = doc
            .try_edit(edit.clone(), |p, clashes, created| {
                let created = created.iter().find_map(|k| match k {
                    ItemKey::Session(k) => Some(k.clone()),
                    _ => None,
                });
                let mut about = about;
                about.extend(created);
                if about.is_empty() {
                    return Preview::default();
                }
                let mine: Vec<_> = clashes
                    .iter()
                    .filter(|c| c.severity() != Severity::Info && c.involved().any(|s| about.contains(s)))
                    .collect();
                Preview {
                    worst: mine.iter().map(|c| c.severity()).min(),
                    texts: mine.iter().map(|c| i18n::clash_message(lang, p, c)).collect(),
                }
            })
            .unwrap_or_default();
        self.kept.push_front((edit, preview));
        self.kept.truncate(KEPT);
    }
}

/// The sessions an edit places or changes (those of a batch too).
fn sessions_of(edit: &Edit, out: &mut std::collections::HashSet<SessionKey>) {
    match edit {
        Edit::Place(k, _) | Edit::Update(Update::Session(k, _)) => {
            out.insert(k.clone());
        }
        Edit::Batch(_, edits) => edits.iter().for_each(|e| sessions_of(e, out)),
        _ => {}
    }
}
