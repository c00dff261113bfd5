//! The session form: content (title, subtitle, kind, track, status, language, description, audience),
//! placement (day, start, hall or all halls, duration or end — either edits the other), people with roles,
//! contributions, and internal notes; "Freie Plätze…" of a session that exists, and its pin (automatic
//! placement never moves a pinned session).

use super::widgets;
use super::{EntityForm, Field, Problems, contributions, people};
use crate::i18n::{self, F, FormWord, Lang, T, f, form_word, t};
use crate::model::input;
use crate::model::{Clock, HallPlacement, Programme, Session, SessionKind, Status};

/// A new session: a one-hour talk, not placed yet, in draft.
pub fn suggest() -> Session {
    Session { duration_mins: 60, status: Status::Draft, kind: SessionKind::Talk, ..Session::default() }
}

/// Draws the session form.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    form: &mut EntityForm<Session>,
    problems: &Problems<'_>,
    actions: &mut Vec<crate::gui::action::Action>,
) {
    let EntityForm { key, draft: s, inputs, .. } = form;
    widgets::grid(ui, "session_form", |ui| {
        widgets::text_row(ui, t(lang, T::Title), &mut s.title);
        problems.row(ui, Field::Name);
        widgets::text_row(ui, f(lang, F::Subtitle), &mut s.subtitle);
        let id = widgets::label(ui, t(lang, T::Kind));
        let kinds: Vec<_> = SessionKind::ALL.iter().map(|k| (*k, i18n::kind_name(lang, *k).to_owned())).collect();
        widgets::choice(ui, "session_kind", id, &mut s.kind, &kinds);
        ui.end_row();
        let id = widgets::label(ui, t(lang, T::Track));
        let mut tracks = vec![(None, f(lang, F::None).to_owned())];
        tracks.extend(p.tracks.iter().map(|(k, tr)| (Some(k.clone()), tr.name.clone())));
        widgets::choice(ui, "session_track", id, &mut s.track, &tracks);
        ui.end_row();
        let id = widgets::label(ui, t(lang, T::Status));
        let statuses: Vec<_> = [Status::Draft, Status::Confirmed, Status::Cancelled]
            .into_iter()
            .map(|x| (x, i18n::status_name(lang, x).to_owned()))
            .collect();
        widgets::choice(ui, "session_status", id, &mut s.status, &statuses);
        ui.end_row();
        let id = widgets::label(ui, f(lang, F::Language));
        ui.add(egui::TextEdit::singleline(&mut s.language).hint_text("de, en").desired_width(60.0)).labelled_by(id);
        ui.end_row();
        let id = widgets::label(ui, f(lang, F::Audience));
        widgets::count_input(ui, inputs, "audience", id, &mut s.audience);
        ui.end_row();
        problems.row_with(ui, None, inputs, &["audience"]);
        widgets::multiline_row(ui, t(lang, T::Description), &mut s.description, 4);
    });
    widgets::section(ui, f(lang, F::Placement));
    widgets::grid(ui, "session_placement", |ui| placement(ui, lang, p, s, inputs, problems));
    ui.checkbox(&mut s.pinned, i18n::place_word(lang, i18n::PlaceWord::Pinned));
    if let Some(key) = key
        && ui.button(i18n::place_word(lang, i18n::PlaceWord::FreePlaces)).clicked()
    {
        actions.push(crate::gui::action::Action::FreePlaces(key.clone()));
    }
    widgets::section(ui, f(lang, F::PeopleOfSession));
    people::ui(ui, lang, p, ("session_people", f(lang, F::PeopleOfSession)), &mut s.people, actions);
    widgets::problems_list(ui, &problems.of_session(Field::People));
    widgets::section(ui, t(lang, T::Contributions));
    contributions::ui(ui, lang, p, s, inputs, problems, actions);
    widgets::problems_list(ui, &problems.of_session(Field::Contributions));
    widgets::section(ui, &format!("{} ({})", t(lang, T::Notes), t(lang, T::PrivateOnly)));
    let id = ui.label(egui::RichText::new(t(lang, T::PrivateOnly)).weak()).id;
    ui.add(egui::TextEdit::multiline(&mut s.notes).desired_rows(2).desired_width(f32::INFINITY)).labelled_by(id);
}

fn placement(
    ui: &mut egui::Ui,
    lang: Lang,
    p: &Programme,
    s: &mut Session,
    inputs: &mut widgets::Inputs,
    problems: &Problems<'_>,
) {
    let id = widgets::label(ui, f(lang, F::Day));
    let mut days = vec![(None, f(lang, F::None).to_owned())];
    days.extend(p.days.iter().map(|(k, d)| (Some(k.clone()), i18n::day_choice(lang, d))));
    widgets::choice(ui, "session_day", id, &mut s.day, &days);
    ui.end_row();
    let before = (s.start, s.duration_mins);
    let id = widgets::label(ui, t(lang, T::Start));
    widgets::optional_time_input(ui, inputs, "start", id, &mut s.start);
    ui.end_row();
    problems.row_with(ui, None, inputs, &["start"]);
    let id = widgets::label(ui, t(lang, T::Hall));
    let mut halls =
        vec![(None, f(lang, F::None).to_owned()), (Some(HallPlacement::All), t(lang, T::AllHalls).to_owned())];
    halls.extend(p.halls.iter().map(|(k, h)| (Some(HallPlacement::Hall(k.clone())), h.name.clone())));
    widgets::choice(ui, "session_hall", id, &mut s.hall, &halls);
    ui.end_row();
    let id = widgets::label(ui, &format!("{} ({})", t(lang, T::Duration), f(lang, F::Minutes)));
    widgets::duration_input(ui, inputs, "duration", id, &mut s.duration_mins);
    ui.end_row();
    let mut errors = widgets::input_texts(lang, inputs, &["duration"]);
    errors.extend(problems.at(Field::Duration));
    let warnings: Vec<String> = match s.duration_mins {
        _ if inputs.has_error("duration") => Vec::new(),
        0 => vec![form_word(lang, FormWord::ZeroDuration).to_owned()],
        m if m > 24 * 60 => vec![i18n::over_a_day(lang, m)],
        _ => Vec::new(),
    };
    widgets::message_row_coloured(ui, &errors, &warnings);
    // The end follows start and duration: text not understood there is dropped when either changes (or
    // when there is no start and the field is disabled), so it cannot hold the form.
    if s.start.is_none() || (s.start, s.duration_mins) != before {
        inputs.forget("end");
    }
    let id = widgets::label(ui, t(lang, T::End));
    // With start or duration not understood, the end is not known: it shows nothing rather than the end
    // of the values before.
    let understood = !inputs.has_error("start") && !inputs.has_error("duration");
    if !understood {
        inputs.forget("end");
    }
    let start = s.start.filter(|_| understood);
    let mut end: Option<Clock> = start.and_then(|c| c.add_mins(s.duration_mins));
    ui.add_enabled_ui(start.is_some(), |ui| {
        let parse = |text: &str| match (start, input::parse_time(text)) {
            (Some(a), Ok(b)) if b.mins() >= a.mins() => Ok(Some(b)),
            (_, Err(e)) => Err(e),
            _ => Err(input::InputError::Time),
        };
        widgets::parsed(ui, inputs, "end", id, 64.0, &mut end, parse, |v| v.map(|c| c.to_string()).unwrap_or_default());
    });
    if let (Some(a), Some(b)) = (start, end)
        && b.mins() >= a.mins()
    {
        s.duration_mins = b.mins() - a.mins();
    }
    ui.end_row();
    let hint = (!understood).then(|| form_word(lang, FormWord::NoEnd).to_owned());
    let errors = widgets::input_texts(lang, inputs, &["end"]);
    widgets::message_row_coloured(ui, &errors, hint.as_slice());
}
