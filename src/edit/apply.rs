//! Applying an edit: its checks first (every key it refers to exists, an updated thing still exists),
//! then the state of what it will touch is kept as a [`Change`], then the programme changes. New keys are
//! made here from the name, never by the views. A batch applies its edits in order and, when one is
//! refused, puts back what the earlier ones did.

use super::change::{Change, Slot};
use super::remove::{self, Removal};
use super::{Edit, EditError, Item, ItemKey, Update};
use crate::model::{
    Availability, DayKey, HallKey, HallPlacement, PersonKey, Programme, Session, SessionKey, TrackKey, slugify,
    unique_key,
};

/// What applying an edit did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    /// The keys that [`Edit::Create`] made, in order.
    pub created: Vec<ItemKey>,
    /// What the edit replaced: [`Change::put_back`] undoes it.
    pub change: Change,
}

/// Applies an edit; on error nothing has changed.
pub fn apply(p: &mut Programme, edit: Edit) -> Result<Applied, EditError> {
    let mut applied = Applied::default();
    apply_into(p, edit, &mut applied)?;
    Ok(applied)
}

fn apply_into(p: &mut Programme, edit: Edit, applied: &mut Applied) -> Result<(), EditError> {
    if let Edit::Batch(_, edits) = edit {
        let mut done = Applied::default();
        for edit in edits {
            if let Err(e) = apply_into(p, edit, &mut done) {
                done.change.put_back(p);
                return Err(e);
            }
        }
        applied.created.extend(done.created);
        applied.change.then(done.change);
        return Ok(());
    }
    check(p, &edit)?;
    let (slots, created) = touches(p, &edit);
    applied.change.then(Change::capture(p, &slots));
    if let Some(key) = created {
        applied.created.push(key.clone());
        create(p, key, edit);
    } else {
        change(p, edit);
    }
    Ok(())
}

/// Refuses an edit that refers to something missing.
fn check(p: &Programme, edit: &Edit) -> Result<(), EditError> {
    match edit {
        Edit::SetEvent(_) | Edit::Batch(..) => Ok(()),
        Edit::Create(item) => match item {
            Item::Day(_) | Item::Track(_) => Ok(()),
            Item::Hall(h) => check_windows(p, &h.availability),
            Item::Person(x) => check_windows(p, &x.availability),
            Item::Session(s) => check_session(p, s),
        },
        Edit::Update(update) => match update {
            Update::Day(k, _) => known(p.days.contains_key(k), || EditError::UnknownDay(k.to_string())),
            Update::Track(k, _) => known(p.tracks.contains_key(k), || EditError::UnknownTrack(k.to_string())),
            Update::Hall(k, h) => {
                known(p.halls.contains_key(k), || EditError::UnknownHall(k.to_string()))?;
                check_windows(p, &h.availability)
            }
            Update::Person(k, x) => {
                known(p.people.contains_key(k), || EditError::UnknownPerson(k.to_string()))?;
                check_windows(p, &x.availability)
            }
            Update::Session(k, s) => {
                known(p.sessions.contains_key(k), || EditError::UnknownSession(k.to_string()))?;
                check_session(p, s)
            }
        },
        Edit::Remove(r) => known(remove::exists(p, r), || missing(r)),
        Edit::MoveHall(k, _) => known(p.halls.contains_key(k), || EditError::UnknownHall(k.to_string())),
        Edit::Place(k, placement) => {
            let Some(s) = p.sessions.get(k) else { return Err(EditError::UnknownSession(k.to_string())) };
            check_placement(p, placement.day.as_ref(), placement.hall.as_ref())?;
            // The rest of the session is as it was, and was checked when it was put there.
            check_people(p, s)
        }
    }
}

fn known(exists: bool, error: impl FnOnce() -> EditError) -> Result<(), EditError> {
    if exists { Ok(()) } else { Err(error()) }
}

/// What an edit will touch, and the key it creates.
fn touches(p: &Programme, edit: &Edit) -> (Vec<Slot>, Option<ItemKey>) {
    let slots = match edit {
        Edit::SetEvent(_) => vec![Slot::Event],
        Edit::Create(item) => {
            let key = key_for(p, item);
            return (vec![slot_of(&key)], Some(key));
        }
        Edit::Update(update) => vec![slot_of(&update_key(update))],
        Edit::Remove(r) => {
            let mut slots = vec![removed_slot(r)];
            slots.extend(remove::users(p, r).into_iter().map(Slot::Session));
            if let Removal::Day(day) = r {
                slots.extend(
                    p.halls.iter().filter(|(_, h)| h.availability.mentions(day)).map(|(k, _)| Slot::Hall(k.clone())),
                );
                slots.extend(
                    p.people.iter().filter(|(_, x)| x.availability.mentions(day)).map(|(k, _)| Slot::Person(k.clone())),
                );
            }
            slots
        }
        Edit::MoveHall(k, _) => vec![Slot::Hall(k.clone())],
        Edit::Place(k, _) => vec![Slot::Session(k.clone())],
        Edit::Batch(..) => Vec::new(),
    };
    (slots, None)
}

fn slot_of(key: &ItemKey) -> Slot {
    match key {
        ItemKey::Day(k) => Slot::Day(k.clone()),
        ItemKey::Hall(k) => Slot::Hall(k.clone()),
        ItemKey::Track(k) => Slot::Track(k.clone()),
        ItemKey::Person(k) => Slot::Person(k.clone()),
        ItemKey::Session(k) => Slot::Session(k.clone()),
    }
}

fn update_key(update: &Update) -> ItemKey {
    match update {
        Update::Day(k, _) => ItemKey::Day(k.clone()),
        Update::Hall(k, _) => ItemKey::Hall(k.clone()),
        Update::Track(k, _) => ItemKey::Track(k.clone()),
        Update::Person(k, _) => ItemKey::Person(k.clone()),
        Update::Session(k, _) => ItemKey::Session(k.clone()),
    }
}

fn removed_slot(r: &Removal) -> Slot {
    match r {
        Removal::Day(k) => Slot::Day(k.clone()),
        Removal::Hall(k) => Slot::Hall(k.clone()),
        Removal::Track(k) => Slot::Track(k.clone()),
        Removal::Person(k) => Slot::Person(k.clone()),
        Removal::Session(k) => Slot::Session(k.clone()),
    }
}

/// The key a new thing gets: a slug of its name (a day: its label, else its date), unique in its kind.
pub fn key_for(p: &Programme, item: &Item) -> ItemKey {
    let fresh = |name: &str, taken: &dyn Fn(&str) -> bool| unique_key(&slugify(name), taken);
    match item {
        Item::Day(d) => {
            let base = if d.label.trim().is_empty() { d.date.to_string() } else { d.label.clone() };
            ItemKey::Day(DayKey::new(fresh(&base, &|k| p.days.contains_key(k))))
        }
        Item::Hall(h) => ItemKey::Hall(HallKey::new(fresh(&h.name, &|k| p.halls.contains_key(k)))),
        Item::Track(t) => ItemKey::Track(TrackKey::new(fresh(&t.name, &|k| p.tracks.contains_key(k)))),
        Item::Person(x) => ItemKey::Person(PersonKey::new(fresh(&x.name, &|k| p.people.contains_key(k)))),
        Item::Session(s) => ItemKey::Session(SessionKey::new(fresh(&s.title, &|k| p.sessions.contains_key(k)))),
    }
}

/// Stores a new thing under the key made for it.
fn create(p: &mut Programme, key: ItemKey, edit: Edit) {
    let Edit::Create(item) = edit else { return };
    match (key, item) {
        (ItemKey::Day(k), Item::Day(d)) => {
            p.days.insert(k, d);
        }
        (ItemKey::Hall(k), Item::Hall(h)) => {
            p.halls.insert(k, *h);
        }
        (ItemKey::Track(k), Item::Track(t)) => {
            p.tracks.insert(k, t);
        }
        (ItemKey::Person(k), Item::Person(x)) => {
            p.people.insert(k, *x);
        }
        (ItemKey::Session(k), Item::Session(s)) => {
            p.sessions.insert(k, *s);
        }
        _ => {}
    }
}

/// Makes a checked edit other than a creation or a batch.
fn change(p: &mut Programme, edit: Edit) {
    match edit {
        Edit::SetEvent(e) => p.event = *e,
        Edit::Update(update) => match update {
            Update::Day(k, d) => replace(p.days.get_mut(&k), d),
            Update::Hall(k, h) => replace(p.halls.get_mut(&k), *h),
            Update::Track(k, t) => replace(p.tracks.get_mut(&k), t),
            Update::Person(k, x) => replace(p.people.get_mut(&k), *x),
            Update::Session(k, s) => replace(p.sessions.get_mut(&k), *s),
        },
        Edit::Remove(r) => remove::remove(p, &r),
        Edit::MoveHall(k, position) => {
            remove::move_hall(p, &k, position);
        }
        Edit::Place(k, placement) => {
            if let Some(s) = p.sessions.get_mut(&k) {
                s.day = placement.day;
                s.start = placement.start;
                s.hall = placement.hall;
                s.duration_mins = placement.duration_mins;
            }
        }
        Edit::Create(_) | Edit::Batch(..) => {}
    }
}

fn replace<T>(place: Option<&mut T>, value: T) {
    if let Some(place) = place {
        *place = value;
    }
}

fn check_placement(p: &Programme, day: Option<&DayKey>, hall: Option<&HallPlacement>) -> Result<(), EditError> {
    if let Some(day) = day.filter(|d| !p.days.contains_key(*d)) {
        return Err(EditError::UnknownDay(day.to_string()));
    }
    if let Some(HallPlacement::Hall(hall)) = hall
        && !p.halls.contains_key(hall)
    {
        return Err(EditError::UnknownHall(hall.to_string()));
    }
    Ok(())
}

fn check_people(p: &Programme, s: &Session) -> Result<(), EditError> {
    if let Some(track) = s.track.as_ref().filter(|t| !p.tracks.contains_key(*t)) {
        return Err(EditError::UnknownTrack(track.to_string()));
    }
    let people = s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people));
    if let Some(missing) = people.map(|x| &x.person).find(|k| !p.people.contains_key(*k)) {
        return Err(EditError::UnknownPerson(missing.to_string()));
    }
    Ok(())
}

/// Every key a session refers to exists.
pub(crate) fn check_session(p: &Programme, s: &Session) -> Result<(), EditError> {
    check_placement(p, s.day.as_ref(), s.hall.as_ref())?;
    check_people(p, s)
}

fn check_windows(p: &Programme, availability: &Availability) -> Result<(), EditError> {
    match availability.day_keys().find(|day| !p.days.contains_key(*day)) {
        Some(day) => Err(EditError::UnknownDay(day.to_string())),
        None => Ok(()),
    }
}

fn missing(r: &Removal) -> EditError {
    match r {
        Removal::Day(k) => EditError::UnknownDay(k.to_string()),
        Removal::Hall(k) => EditError::UnknownHall(k.to_string()),
        Removal::Track(k) => EditError::UnknownTrack(k.to_string()),
        Removal::Person(k) => EditError::UnknownPerson(k.to_string()),
        Removal::Session(k) => EditError::UnknownSession(k.to_string()),
    }
}
