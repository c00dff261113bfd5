//! The forms of the detail area, one per entity. A form edits a draft; "Übernehmen" (or Strg+Enter)
//! applies it as one labelled edit, "Verwerfen" returns to the programme. Leaving a form with changes
//! applies them when every input was understood. Problems next to the fields come from
//! `model::validate` run on the programme with the draft in place — no second set of rules here.

mod contributions;
mod day;
mod event;
mod hall;
mod people;
mod person;
mod session;
mod track;
mod widgets;
mod windows;

use crate::edit::{self, Edit};
use crate::gui::action::{Action, Selected, View};
use crate::i18n::{self, F, Lang, f};
use crate::model::{
    Day, DayKey, Event, Hall, HallKey, Person, PersonKey, Problem, ProblemKind, Programme, Session, SessionKey,
    Subject, Track, TrackKey, slugify, unique_key, validate,
};

pub use widgets::Inputs;

/// What a form edits: loading it, putting it back, and how validation names it.
pub trait Entity: Clone + PartialEq {
    /// Its key type.
    type Key: Clone + PartialEq + std::fmt::Debug;
    /// The entity as the programme has it.
    fn load(p: &Programme, key: &Self::Key) -> Option<Self>;
    /// The edit that stores it.
    fn put(key: Self::Key, value: Self) -> Edit;
    /// Whether a validation problem is about it.
    fn concerns(key: &Self::Key, subject: &Subject) -> bool;
    /// A fresh key for a new entity, from its name.
    fn new_key(p: &Programme, value: &Self) -> Self::Key;
    /// Its name or title (empty for a new one without).
    fn name(&self) -> String;
    /// The selection that shows it.
    fn selected(key: &Self::Key) -> Option<Selected>;
}

/// A draft of one entity.
#[derive(Clone, Debug)]
pub struct EntityForm<V: Entity> {
    /// The key; `None` for an entity not created yet.
    pub key: Option<V::Key>,
    /// What the user edits.
    pub draft: V,
    /// What the draft started from.
    pub base: V,
    /// The document revision `base` was read at.
    pub revision: u64,
    /// Raw text of parsed fields.
    pub inputs: Inputs,
    check: Option<(u64, V, Vec<Problem>)>,
}

impl<V: Entity> EntityForm<V> {
    fn existing(p: &Programme, key: V::Key, revision: u64) -> Option<Self> {
        let value = V::load(p, &key)?;
        Some(Self::with(Some(key), value, revision))
    }

    fn with(key: Option<V::Key>, value: V, revision: u64) -> Self {
        Self { key, base: value.clone(), draft: value, revision, inputs: Inputs::default(), check: None }
    }

    /// Whether the draft differs from what it started from.
    pub fn is_dirty(&self) -> bool {
        self.draft != self.base
    }

    /// The validation problems of the draft, computed again only when draft or programme changed.
    fn problems(&mut self, p: &Programme, revision: u64) -> &[Problem] {
        let fresh = matches!(&self.check, Some((r, d, _)) if *r == revision && *d == self.draft);
        if !fresh {
            let key = self.key.clone().unwrap_or_else(|| V::new_key(p, &self.draft));
            let mut with_draft = p.clone();
            let problems = match edit::apply(&mut with_draft, V::put(key.clone(), self.draft.clone())) {
                Ok(()) => validate(&with_draft).into_iter().filter(|pr| V::concerns(&key, &pr.subject)).collect(),
                Err(_) => Vec::new(),
            };
            self.check = Some((revision, self.draft.clone(), problems));
        }
        self.check.as_ref().map_or(&[], |(_, _, problems)| problems.as_slice())
    }

    /// The edit that applies the draft, with the selection afterwards; `None` when it cannot apply.
    fn to_edit(&self, p: &Programme) -> Option<(Edit, Option<Selected>)> {
        if self.inputs.has_errors() || (self.key.is_none() && self.draft.name().trim().is_empty()) {
            return None;
        }
        let key = self.key.clone().unwrap_or_else(|| V::new_key(p, &self.draft));
        let selected = V::selected(&key);
        Some((V::put(key, self.draft.clone()), selected))
    }
}

/// The open form.
#[derive(Clone, Debug)]
pub enum Form {
    /// The event.
    Event(EntityForm<Event>),
    /// A day.
    Day(EntityForm<Day>),
    /// A hall.
    Hall(EntityForm<Hall>),
    /// A person.
    Person(EntityForm<Person>),
    /// A track.
    Track(EntityForm<Track>),
    /// A session.
    Session(EntityForm<Session>),
}

macro_rules! each {
    ($form:expr, $f:ident => $body:expr) => {
        match $form {
            Form::Event($f) => $body,
            Form::Day($f) => $body,
            Form::Hall($f) => $body,
            Form::Person($f) => $body,
            Form::Track($f) => $body,
            Form::Session($f) => $body,
        }
    };
}

impl Form {
    /// The event's form.
    pub fn event(p: &Programme, revision: u64) -> Self {
        Self::Event(EntityForm::with(Some(()), p.event.clone(), revision))
    }

    /// The form of a selected entity, if it exists.
    pub fn load(p: &Programme, selected: &Selected, revision: u64) -> Option<Self> {
        Some(match selected {
            Selected::Day(k) => Self::Day(EntityForm::existing(p, k.clone(), revision)?),
            Selected::Hall(k) => Self::Hall(EntityForm::existing(p, k.clone(), revision)?),
            Selected::Person(k) => Self::Person(EntityForm::existing(p, k.clone(), revision)?),
            Selected::Track(k) => Self::Track(EntityForm::existing(p, k.clone(), revision)?),
            Selected::Session(k) => Self::Session(EntityForm::existing(p, k.clone(), revision)?),
        })
    }

    /// A form for a new entity of the view's kind, with sensible defaults.
    pub fn new_in(view: View, p: &Programme, revision: u64) -> Option<Self> {
        Some(match view {
            View::Days => Self::Day(EntityForm::with(None, day::suggest(p), revision)),
            View::Halls => Self::Hall(EntityForm::with(None, Hall::default(), revision)),
            View::People => Self::Person(EntityForm::with(None, Person::default(), revision)),
            View::Tracks => Self::Track(EntityForm::with(None, track::suggest(p), revision)),
            View::Sessions | View::Timetable => Self::Session(EntityForm::with(None, session::suggest(), revision)),
            View::Event => return None,
        })
    }

    /// A form for a copy of a selected entity (named "… (Kopie)"), not created yet.
    pub fn duplicate(p: &Programme, selected: &Selected, lang: Lang, revision: u64) -> Option<Self> {
        let copy = |name: &str| format!("{name} ({})", f(lang, F::Copy));
        let mut form = Self::load(p, selected, revision)?;
        match &mut form {
            Form::Event(_) => return None,
            Form::Day(x) => {
                x.draft = day::suggest(p);
                x.draft.label = x.base.label.clone();
                x.draft.opens = x.base.opens;
                x.draft.closes = x.base.closes;
            }
            Form::Hall(x) => {
                x.draft.name = copy(&x.draft.name);
                x.draft.external.clear();
            }
            Form::Person(x) => {
                x.draft.name = copy(&x.draft.name);
                x.draft.external.clear();
            }
            Form::Track(x) => {
                x.draft.name = copy(&x.draft.name);
                x.draft.external.clear();
            }
            Form::Session(x) => {
                x.draft.title = copy(&x.draft.title);
                x.draft.external.clear();
            }
        }
        each!(&mut form, x => {
            x.key = None;
            x.base = x.draft.clone();
        });
        Some(form)
    }

    /// What the form shows, `None` for the event and for entities not created yet.
    pub fn target(&self) -> Option<Selected> {
        match self {
            Self::Event(_) => None,
            Self::Day(x) => x.key.as_ref().and_then(Day::selected),
            Self::Hall(x) => x.key.as_ref().and_then(Hall::selected),
            Self::Person(x) => x.key.as_ref().and_then(Person::selected),
            Self::Track(x) => x.key.as_ref().and_then(Track::selected),
            Self::Session(x) => x.key.as_ref().and_then(Session::selected),
        }
    }

    /// Whether this is the event's form.
    pub fn is_event(&self) -> bool {
        matches!(self, Self::Event(_))
    }

    /// Whether the form is for an entity not created yet.
    pub fn is_new(&self) -> bool {
        each!(self, x => x.key.is_none())
    }

    /// Whether the draft has changes not applied.
    pub fn is_dirty(&self) -> bool {
        each!(self, x => x.is_dirty())
    }

    /// Whether leaving the form would lose something: changes, or typed text not understood yet.
    pub fn holds_input(&self) -> bool {
        self.is_dirty() || self.has_input_errors()
    }

    /// The revision the form was read at.
    pub fn revision(&self) -> u64 {
        each!(self, x => x.revision)
    }

    /// Whether some input was not understood.
    pub fn has_input_errors(&self) -> bool {
        each!(self, x => x.inputs.has_errors())
    }

    /// The edit applying the draft and the selection afterwards; `None` when it cannot apply.
    pub fn to_edit(&self, p: &Programme) -> Option<(Edit, Option<Selected>)> {
        each!(self, x => x.to_edit(p))
    }

    /// Draws the form.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, p: &Programme, revision: u64, actions: &mut Vec<Action>) {
        let (dirty, can_apply, is_new) = (self.is_dirty(), self.to_edit(p).is_some(), self.is_new());
        let heading = self.heading(lang);
        ui.heading(heading);
        ui.horizontal(|ui| {
            let enabled = (dirty || is_new) && can_apply;
            let apply = ui.add_enabled(enabled, egui::Button::new(f(lang, F::Apply)));
            let shortcut = enabled && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
            if apply.on_hover_text(lang.pick("Strg+Enter", "Ctrl+Enter")).clicked() || shortcut {
                actions.push(Action::ApplyForm);
            }
            if ui.add_enabled(dirty || is_new, egui::Button::new(f(lang, F::Revert))).clicked() {
                actions.push(Action::RevertForm);
            }
        });
        // Always one line here, empty when there is nothing to say, so the form does not jump.
        if self.has_input_errors() {
            ui.colored_label(widgets::error_colour(ui), f(lang, F::InputErrors));
        } else if is_new && !can_apply {
            ui.label(egui::RichText::new(f(lang, F::NameNeeded)).weak());
        } else {
            ui.label(" ");
        }
        ui.separator();
        let problems: Vec<Problem> = each!(self, x => x.problems(p, revision).to_vec());
        let texts = Problems { lang, p, problems: &problems };
        egui::ScrollArea::vertical().id_salt("form_scroll").auto_shrink([false, false]).show(ui, |ui| match self {
            Form::Event(x) => event::ui(ui, lang, p, x, &texts),
            Form::Day(x) => day::ui(ui, lang, x, &texts),
            Form::Hall(x) => hall::ui(ui, lang, p, x, &texts, actions),
            Form::Person(x) => person::ui(ui, lang, p, x, &texts, actions),
            Form::Track(x) => track::ui(ui, lang, x, &texts),
            Form::Session(x) => session::ui(ui, lang, p, x, &texts),
        });
    }

    fn heading(&self, lang: Lang) -> String {
        let (name, new) = match self {
            Form::Event(x) => (x.draft.title.clone(), F::New),
            Form::Day(x) => (i18n::date_long(lang, x.draft.date), F::NewDay),
            Form::Hall(x) => (x.draft.name.clone(), F::NewHall),
            Form::Person(x) => (x.draft.name.clone(), F::NewPerson),
            Form::Track(x) => (x.draft.name.clone(), F::NewTrack),
            Form::Session(x) => (x.draft.title.clone(), F::NewSession),
        };
        match (self.is_new(), name.trim().is_empty()) {
            (true, true) => f(lang, new).to_owned(),
            (true, false) => format!("{}: {name}", f(lang, new)),
            (false, _) => name,
        }
    }
}

/// The draft's problems, handed out field by field.
pub struct Problems<'a> {
    lang: Lang,
    p: &'a Programme,
    problems: &'a [Problem],
}

/// Which field a problem belongs next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Name or title.
    Name,
    /// Date (a day overlapping another).
    Date,
    /// Opening hours.
    Hours,
    /// Duration.
    Duration,
    /// Availability windows.
    Windows,
    /// Time zone.
    TimeZone,
    /// Acronym.
    Acronym,
    /// Snap step.
    Snap,
    /// Colour.
    Colour,
    /// People lists.
    People,
    /// Contributions.
    Contributions,
}

fn field_of(kind: &ProblemKind) -> Field {
    match kind {
        ProblemKind::EmptyName | ProblemKind::DuplicateName { .. } => Field::Name,
        ProblemKind::DaysOverlap { .. } => Field::Date,
        ProblemKind::ClosesBeforeOpening => Field::Hours,
        ProblemKind::LongerThanDay { .. } | ProblemKind::EndsTooLate => Field::Duration,
        ProblemKind::EmptyWindow { .. } | ProblemKind::WindowsOverlap { .. } => Field::Windows,
        ProblemKind::UnknownTimeZone(_) => Field::TimeZone,
        ProblemKind::BadAcronym(_) => Field::Acronym,
        ProblemKind::BadSnapStep(_) => Field::Snap,
        ProblemKind::BadColour(_) => Field::Colour,
        ProblemKind::PersonTwice(_) => Field::People,
        ProblemKind::ContributionsOverrun { .. } | ProblemKind::DuplicateContribution(_) => Field::Contributions,
    }
}

impl Problems<'_> {
    /// The messages for one field, in the user's language.
    pub fn at(&self, field: Field) -> Vec<String> {
        self.problems
            .iter()
            .filter(|pr| field_of(&pr.kind) == field)
            .map(|pr| match &pr.subject {
                Subject::Contribution(..) => i18n::problem_message(self.lang, self.p, pr),
                _ => i18n::problem_text(self.lang, self.p, &pr.kind),
            })
            .collect()
    }

    /// Draws the messages of one field as a grid row.
    pub fn row(&self, ui: &mut egui::Ui, field: Field) {
        widgets::problems_row(ui, &self.at(field));
    }
}

/// The key for a new entity: a slug of its name, unique among `taken`.
fn fresh_key(name: &str, taken: impl Fn(&str) -> bool) -> String {
    unique_key(&slugify(name), taken)
}

impl Entity for Event {
    type Key = ();
    fn load(p: &Programme, (): &()) -> Option<Self> {
        Some(p.event.clone())
    }
    fn put((): (), value: Self) -> Edit {
        Edit::SetEvent(Box::new(value))
    }
    fn concerns((): &(), subject: &Subject) -> bool {
        *subject == Subject::Event
    }
    fn new_key(_: &Programme, _: &Self) {}
    fn name(&self) -> String {
        self.title.clone()
    }
    fn selected((): &()) -> Option<Selected> {
        None
    }
}

impl Entity for Day {
    type Key = DayKey;
    fn load(p: &Programme, key: &DayKey) -> Option<Self> {
        p.days.get(key).cloned()
    }
    fn put(key: DayKey, value: Self) -> Edit {
        Edit::PutDay(key, value)
    }
    fn concerns(key: &DayKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Day(k) if k == key)
    }
    fn new_key(p: &Programme, value: &Self) -> DayKey {
        let base = if value.label.trim().is_empty() { value.date.to_string() } else { value.label.clone() };
        DayKey::new(fresh_key(&base, |k| p.days.contains_key(k)))
    }
    fn name(&self) -> String {
        self.date.to_string()
    }
    fn selected(key: &DayKey) -> Option<Selected> {
        Some(Selected::Day(key.clone()))
    }
}

impl Entity for Hall {
    type Key = HallKey;
    fn load(p: &Programme, key: &HallKey) -> Option<Self> {
        p.halls.get(key).cloned()
    }
    fn put(key: HallKey, value: Self) -> Edit {
        Edit::PutHall(key, Box::new(value))
    }
    fn concerns(key: &HallKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Hall(k) if k == key)
    }
    fn new_key(p: &Programme, value: &Self) -> HallKey {
        HallKey::new(fresh_key(&value.name, |k| p.halls.contains_key(k)))
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn selected(key: &HallKey) -> Option<Selected> {
        Some(Selected::Hall(key.clone()))
    }
}

impl Entity for Person {
    type Key = PersonKey;
    fn load(p: &Programme, key: &PersonKey) -> Option<Self> {
        p.people.get(key).cloned()
    }
    fn put(key: PersonKey, value: Self) -> Edit {
        Edit::PutPerson(key, Box::new(value))
    }
    fn concerns(key: &PersonKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Person(k) if k == key)
    }
    fn new_key(p: &Programme, value: &Self) -> PersonKey {
        PersonKey::new(fresh_key(&value.name, |k| p.people.contains_key(k)))
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn selected(key: &PersonKey) -> Option<Selected> {
        Some(Selected::Person(key.clone()))
    }
}

impl Entity for Track {
    type Key = TrackKey;
    fn load(p: &Programme, key: &TrackKey) -> Option<Self> {
        p.tracks.get(key).cloned()
    }
    fn put(key: TrackKey, value: Self) -> Edit {
        Edit::PutTrack(key, value)
    }
    fn concerns(key: &TrackKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Track(k) if k == key)
    }
    fn new_key(p: &Programme, value: &Self) -> TrackKey {
        TrackKey::new(fresh_key(&value.name, |k| p.tracks.contains_key(k)))
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn selected(key: &TrackKey) -> Option<Selected> {
        Some(Selected::Track(key.clone()))
    }
}

impl Entity for Session {
    type Key = SessionKey;
    fn load(p: &Programme, key: &SessionKey) -> Option<Self> {
        p.sessions.get(key).cloned()
    }
    fn put(key: SessionKey, value: Self) -> Edit {
        Edit::PutSession(key, Box::new(value))
    }
    fn concerns(key: &SessionKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Session(k) | Subject::Contribution(k, _) if k == key)
    }
    fn new_key(p: &Programme, value: &Self) -> SessionKey {
        SessionKey::new(fresh_key(&value.title, |k| p.sessions.contains_key(k)))
    }
    fn name(&self) -> String {
        self.title.clone()
    }
    fn selected(key: &SessionKey) -> Option<Selected> {
        Some(Selected::Session(key.clone()))
    }
}
