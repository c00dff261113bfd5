//! The clashes of one session in its form, from the document's checker: those naming the session, and the
//! problems of the hall, people and track it uses. A line about a hall, person or track selects that
//! entity when clicked and says in plain words what to do (an incomplete track colour: "sechs Ziffern
//! nach #").

use crate::clash::{Clash, Detail, Severity};
use crate::gui::action::{Action, Selected};
use crate::i18n::{self, EntityWord, FormWord, Lang, form_word};
use crate::model::{ProblemKind, Programme, Session, SessionKey, Subject};

/// Draws the session's clashes; `key` is `None` for a session not created yet (nothing to show).
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    (key, draft): (Option<&SessionKey>, &Session),
    clashes: &[Clash],
    actions: &mut Vec<Action>,
) {
    let Some(key) = key else { return };
    let mine: Vec<&Clash> = clashes.iter().filter(|c| concerns(c, key, draft)).collect();
    ui.label(egui::RichText::new(form_word(lang, FormWord::SessionClashes)).strong());
    if mine.is_empty() {
        ui.label(egui::RichText::new(form_word(lang, FormWord::NoSessionClashes)).weak());
        return;
    }
    for clash in mine {
        let colour = match clash.kind.severity() {
            Severity::Error => ui.visuals().error_fg_color,
            Severity::Warning => ui.visuals().warn_fg_color,
            Severity::Info => ui.visuals().weak_text_color(),
        };
        let text = message(lang, p, clash);
        match target(p, clash) {
            Some((selected, what, name)) => {
                let label = format!("{text} – {}", i18n::open_entity(lang, what, &name));
                let link = ui.add(egui::Button::new(egui::RichText::new(label).color(colour)).frame(false).wrap());
                if link.on_hover_text(form_word(lang, FormWord::ClickToOpen)).clicked() {
                    actions.push(Action::Select(selected));
                }
            }
            None => {
                ui.add(egui::Label::new(egui::RichText::new(text).color(colour)).wrap());
            }
        }
    }
}

/// Whether the clash names the session or is a problem of the hall, a person or the track it uses.
fn concerns(clash: &Clash, key: &SessionKey, s: &Session) -> bool {
    if clash.sessions.iter().any(|cs| &cs.session == key) {
        return true;
    }
    let Detail::Problem(problem) = &clash.detail else { return false };
    match &problem.subject {
        Subject::Hall(h) => s.hall_key() == Some(h),
        Subject::Track(t) => s.track.as_ref() == Some(t),
        Subject::Person(x) => {
            s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)).any(|pr| &pr.person == x)
        }
        Subject::Session(k) | Subject::Contribution(k, _) => k == key,
        Subject::Event | Subject::Day(_) => false,
    }
}

/// The message, in plain words where Podium knows what to do.
fn message(lang: Lang, p: &Programme, clash: &Clash) -> String {
    if let Detail::Problem(problem) = &clash.detail
        && let ProblemKind::BadColour(colour) = &problem.kind
    {
        return i18n::colour_fix(lang, colour);
    }
    i18n::clash_message(lang, p, clash)
}

/// The hall, person or track a clash belongs to, with its kind and name.
fn target(p: &Programme, clash: &Clash) -> Option<(Selected, EntityWord, String)> {
    if let Detail::Problem(problem) = &clash.detail {
        return match &problem.subject {
            Subject::Hall(h) => Some((Selected::Hall(h.clone()), EntityWord::Hall, p.halls.get(h)?.name.clone())),
            Subject::Track(t) => Some((Selected::Track(t.clone()), EntityWord::Track, p.tracks.get(t)?.name.clone())),
            Subject::Person(x) => {
                Some((Selected::Person(x.clone()), EntityWord::Person, p.people.get(x)?.display_name()))
            }
            _ => None,
        };
    }
    if let Some(x) = &clash.speaker {
        return Some((Selected::Person(x.clone()), EntityWord::Person, p.people.get(x)?.display_name()));
    }
    let h = clash.hall.as_ref()?;
    Some((Selected::Hall(h.clone()), EntityWord::Hall, p.halls.get(h)?.name.clone()))
}
