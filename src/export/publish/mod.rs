//! The publishing layouts as documents of text, before any drawing: the Programmänderungen
//! ([`changes`]), the door signs per hall and day ([`doors`]) and the letters to everyone with a public
//! session ([`letters`]). The PDF (`export::pdf`) and the HTML ([`html`]) print the same documents, so
//! both say the same words in the same order. Public by default: the selection decides which sessions
//! count, and nothing private (e-mail, phone, notes) is ever put into a document.

pub mod changes;
pub mod doors;
pub mod html;
pub mod letters;

use super::ExportOptions;
use super::agenda::as_of_date;
use crate::i18n::{self, Tone};
use crate::model::Programme;

/// "Stand 3 · gedruckt am 1. September 2022", or "Stand: 1. September 2022" without a release.
pub fn stand_text(p: &Programme, opts: &ExportOptions) -> String {
    i18n::release_as_of(opts.lang, opts.release.label.as_deref(), as_of_date(p, opts))
}

/// The strongest tone of a list of phrases: gone before new before changed.
pub fn overall_tone(phrases: &[i18n::Phrase]) -> Tone {
    if phrases.iter().any(|p| p.tone == Tone::Gone) {
        Tone::Gone
    } else if phrases.iter().any(|p| p.tone == Tone::New) {
        Tone::New
    } else {
        Tone::Changed
    }
}

/// Names joined by ", ".
pub fn names(list: &[crate::model::agenda::AgendaPerson<'_>]) -> String {
    list.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// The HTML page of a publishing layout; `None` when the change list has nothing to compare with.
pub fn to_html(p: &Programme, opts: &ExportOptions, layout: super::agenda::AgendaLayout) -> Option<String> {
    use super::agenda::AgendaLayout;
    let lang = opts.lang;
    let foot = html::footer(&p.event.notice, &stand_text(p, opts));
    let event = p.event.title.trim();
    Some(match layout {
        AgendaLayout::Changes => {
            let since = opts.release.since.as_deref()?;
            html::changes_html(lang, &changes::changes_doc(p, since, opts), &foot)
        }
        AgendaLayout::Doors => html::doors_html(lang, event, &doors::door_signs(p, opts), &foot),
        _ => html::letters_html(lang, event, &letters::letters(p, opts), &foot),
    })
}

/// How many pieces a publishing layout makes of the programme: letters, door signs or changed sessions
/// (`None` for the change list without anything to compare with); the export dialog previews it.
pub fn count(p: &Programme, opts: &ExportOptions, layout: super::agenda::AgendaLayout) -> Option<usize> {
    use super::agenda::AgendaLayout;
    match layout {
        AgendaLayout::Letters => Some(letters::recipients(p, &opts.selection).len()),
        AgendaLayout::Doors => Some(doors::door_signs(p, opts).len()),
        AgendaLayout::Changes => {
            let since = opts.release.since.as_deref()?;
            Some(changes::changes_doc(p, since, opts).days.iter().map(|d| d.items.len()).sum())
        }
        AgendaLayout::Booklet | AgendaLayout::Grid => Some(opts.selection.sessions(p).len()),
    }
}
