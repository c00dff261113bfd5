//! The forms of the detail area, one per entity. A form edits a draft; "Übernehmen" (or Strg+Enter)
//! applies it as one labelled edit, "Verwerfen" returns to the programme. Leaving a form with changes
//! applies them when every input was understood. Problems next to the fields come from
//! `model::validate` — no second set of rules here: a session's draft is checked alone (nothing else of
//! the programme bears on it), any other draft in a copy of the programme without its sessions, so a
//! keystroke costs the same in a programme of ten sessions or of a hundred thousand.

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

use crate::edit::{self, Edit, Item, ItemKey, Update};
use crate::gui::action::{Action, Selected, View};
use crate::i18n::{self, F, Lang, f};
use crate::model::{
    Day, DayKey, Event, Hall, HallKey, Person, PersonKey, Problem, ProblemKind, Programme, Session, SessionKey,
    Subject, Track, TrackKey, validate,
};

pub use widgets::Inputs;

/// What a form edits: loading it, putting it back, and how validation names it.
pub trait Entity: Clone + PartialEq {
    /// Its key type.
    type Key: Clone + PartialEq + std::fmt::Debug;
    /// The entity as the programme has it.
    fn load(p: &Programme, key: &Self::Key) -> Option<Self>;
    /// The edit that stores it under its key.
    fn update(key: Self::Key, value: Self) -> Edit;
    /// It as something new to create (`None` for the event, which always exists).
    fn item(value: Self) -> Option<Item>;
    /// The key of its kind, from a key of any kind.
    fn key_of(key: ItemKey) -> Option<Self::Key>;
    /// Puts it into a programme without sessions, to validate it there.
    fn put_into(light: &mut Programme, key: Self::Key, value: Self);
    /// Whether a validation problem is about it.
    fn concerns(key: &Self::Key, subject: &Subject) -> bool;
    /// The validation problems of the draft `value` under `key`, as `validate` would give them for the
    /// programme with the draft in place.
    fn problems_of(p: &Programme, key: &Self::Key, value: &Self) -> Vec<Problem> {
        let mut light = Programme {
            event: p.event.clone(),
            days: p.days.clone(),
            halls: p.halls.clone(),
            tracks: p.tracks.clone(),
            people: p.people.clone(),
            sessions: std::collections::BTreeMap::new(),
        };
        Self::put_into(&mut light, key.clone(), value.clone());
        validate(&light).into_iter().filter(|pr| Self::concerns(key, &pr.subject)).collect()
    }
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
            // A new entity is checked under the key it would get (which decides, e.g., which of two
            // people of the same name is named the duplicate).
            let key = self.key.clone().or_else(|| {
                let item = V::item(self.draft.clone())?;
                V::key_of(edit::key_for(p, &item))
            });
            let problems = key.map(|key| V::problems_of(p, &key, &self.draft)).unwrap_or_default();
            self.check = Some((revision, self.draft.clone(), problems));
        }
        self.check.as_ref().map_or(&[], |(_, _, problems)| problems.as_slice())
    }

    /// The edit that applies the draft: an update of the entity, or its creation (the document picks
    /// the key); `None` when it cannot apply.
    fn to_edit(&self) -> Option<Edit> {
        if self.inputs.has_errors() || (self.key.is_none() && self.draft.name().trim().is_empty()) {
            return None;
        }
        match &self.key {
            Some(key) => Some(V::update(key.clone(), self.draft.clone())),
            None => V::item(self.draft.clone()).map(Edit::Create),
        }
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

    /// The edit applying the draft; `None` when it cannot apply.
    pub fn to_edit(&self) -> Option<Edit> {
        each!(self, x => x.to_edit())
    }

    /// Draws the form.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang, p: &Programme, revision: u64, actions: &mut Vec<Action>) {
        let (dirty, can_apply, is_new) = (self.is_dirty(), self.to_edit().is_some(), self.is_new());
        let heading = self.heading(lang);
        ui.heading(heading);
        ui.horizontal(|ui| {
            let enabled = (dirty || is_new) && can_apply;
            let apply = ui.add_enabled(enabled, egui::Button::new(f(lang, F::Apply)));
            let shortcut = enabled && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
            if apply.on_hover_text(crate::i18n::text(lang, "gui-ctrl-enter")).clicked() || shortcut {
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
            Form::Session(x) => session::ui(ui, lang, p, x, &texts, actions),
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

impl Entity for Event {
    type Key = ();
    fn load(p: &Programme, (): &()) -> Option<Self> {
        Some(p.event.clone())
    }
    fn update((): (), value: Self) -> Edit {
        Edit::SetEvent(Box::new(value))
    }
    fn item(_: Self) -> Option<Item> {
        None
    }
    fn key_of(_: ItemKey) -> Option<()> {
        None
    }
    fn put_into(light: &mut Programme, (): (), value: Self) {
        light.event = value;
    }
    fn concerns((): &(), subject: &Subject) -> bool {
        *subject == Subject::Event
    }
    fn name(&self) -> String {
        self.title.clone()
    }
    fn selected((): &()) -> Option<Selected> {
        None
    }
}

/// The parts of [`Entity`] that are the same for every keyed kind but for names.
macro_rules! keyed {
    ($ty:ident, $key:ident, $map:ident, $boxed:path) => {
        fn load(p: &Programme, key: &$key) -> Option<Self> {
            p.$map.get(key).cloned()
        }
        fn update(key: $key, value: Self) -> Edit {
            Edit::Update(Update::$ty(key, $boxed(value)))
        }
        fn item(value: Self) -> Option<Item> {
            Some(Item::$ty($boxed(value)))
        }
        fn key_of(key: ItemKey) -> Option<$key> {
            match key {
                ItemKey::$ty(k) => Some(k),
                _ => None,
            }
        }
        fn put_into(light: &mut Programme, key: $key, value: Self) {
            light.$map.insert(key, value);
        }
        fn selected(key: &$key) -> Option<Selected> {
            Some(Selected::$ty(key.clone()))
        }
    };
}

fn same<T>(value: T) -> T {
    value
}

impl Entity for Day {
    type Key = DayKey;
    fn concerns(key: &DayKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Day(k) if k == key)
    }
    keyed!(Day, DayKey, days, same);
    fn name(&self) -> String {
        self.date.to_string()
    }
}

impl Entity for Hall {
    type Key = HallKey;
    fn concerns(key: &HallKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Hall(k) if k == key)
    }
    keyed!(Hall, HallKey, halls, Box::new);
    fn name(&self) -> String {
        self.name.clone()
    }
}

impl Entity for Person {
    type Key = PersonKey;
    fn concerns(key: &PersonKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Person(k) if k == key)
    }
    keyed!(Person, PersonKey, people, Box::new);
    fn name(&self) -> String {
        self.name.clone()
    }
}

impl Entity for Track {
    type Key = TrackKey;
    fn concerns(key: &TrackKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Track(k) if k == key)
    }
    keyed!(Track, TrackKey, tracks, same);
    fn name(&self) -> String {
        self.name.clone()
    }
}

impl Entity for Session {
    type Key = SessionKey;
    keyed!(Session, SessionKey, sessions, Box::new);
    fn concerns(key: &SessionKey, subject: &Subject) -> bool {
        matches!(subject, Subject::Session(k) | Subject::Contribution(k, _) if k == key)
    }
    /// Nothing else of the programme bears on a session's validation but its day's hours.
    fn problems_of(p: &Programme, key: &SessionKey, value: &Self) -> Vec<Problem> {
        crate::model::session_validation(p, key, value)
    }
    fn name(&self) -> String {
        self.title.clone()
    }
}
