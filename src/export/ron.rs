//! A public copy of the programme as RON: the selected sessions only, the people they name, and no
//! contact data, internal notes or availability windows of people and halls (planning data; CONTRACTS §5:
//! public by default, everywhere).

use crate::model::{PersonKey, Programme};

use super::Selection;

/// The programme reduced to what may be published.
pub fn public_programme(p: &Programme, selection: &Selection) -> Programme {
    let mut out = p.clone();
    out.sessions.retain(|_, s| selection.includes(s));
    let named: std::collections::BTreeSet<PersonKey> = out
        .sessions
        .values()
        .flat_map(|s| s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people)))
        .map(|x| x.person.clone())
        .collect();
    out.people.retain(|k, _| named.contains(k));
    for person in out.people.values_mut() {
        person.email.clear();
        person.phone.clear();
        person.notes.clear();
        person.availability = crate::model::Availability::default();
        person.salutation.clear();
    }
    // How the organisers write to people is correspondence, not programme.
    out.event.letter_intro.clear();
    out.event.letter_closing.clear();
    for hall in out.halls.values_mut() {
        hall.notes.clear();
        hall.availability = crate::model::Availability::default();
    }
    for session in out.sessions.values_mut() {
        session.notes.clear();
        session.pinned = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_private_remains() {
        let p = crate::format::load_str(crate::sample::BUNDESKONGRESS_ENTWURF).unwrap();
        let public = public_programme(&p, &Selection::default());
        let text = crate::format::to_string(&public).unwrap();
        for person in p.people.values() {
            for private in [&person.email, &person.phone, &person.notes] {
                assert!(private.is_empty() || !text.contains(private.as_str()), "{private} leaked");
            }
        }
        assert!(public.sessions.values().all(|s| s.status == crate::model::Status::Confirmed && s.notes.is_empty()));
        assert!(p.people.values().any(|x| !x.availability.is_always()), "the sample has availability to hide");
        assert!(p.halls.values().any(|x| !x.availability.is_always()), "the sample has hall availability to hide");
        assert!(public.people.values().all(|x| x.availability.is_always()), "a person's windows are planning data");
        assert!(public.halls.values().all(|x| x.availability.is_always()), "a hall's windows are planning data");
        assert!(!text.contains("availability"), "{text}");
        assert!(crate::format::load_str(&text).is_ok(), "the public copy is a loadable programme");
    }
}
