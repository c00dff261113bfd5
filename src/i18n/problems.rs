//! Validation problems for people, in German and English: "Saal „Halle 6“: Name doppelt (wie „halle-a“)".

use super::Lang;
use crate::model::{ProblemKind, Programme, Subject};

/// "Saal „Halle 6“" / "hall “Halle 6”": what the problem is about, by name where it has one.
pub fn subject_name(lang: Lang, p: &Programme, subject: &Subject) -> String {
    let named = |de: &str, en: &str, name: Option<&str>, key: &str| {
        let shown = name.filter(|n| !n.trim().is_empty()).unwrap_or(key);
        format!("{} {}", lang.pick(de, en), lang.quote(shown))
    };
    match subject {
        Subject::Event => lang.pick("Veranstaltung", "Event").to_owned(),
        Subject::Day(k) => {
            let label = p.days.get(k).map(|d| crate::i18n::date_short(lang, d.date));
            named("Tag", "Day", label.as_deref(), k.as_str())
        }
        Subject::Hall(k) => named("Saal", "Hall", p.halls.get(k).map(|h| h.name.as_str()), k.as_str()),
        Subject::Person(k) => named("Person", "Person", p.people.get(k).map(|x| x.name.as_str()), k.as_str()),
        Subject::Track(k) => named("Track", "Track", p.tracks.get(k).map(|t| t.name.as_str()), k.as_str()),
        Subject::Session(k) => named("Session", "Session", p.sessions.get(k).map(|s| s.title.as_str()), k.as_str()),
        Subject::Contribution(s, c) => {
            let title =
                p.sessions.get(s).and_then(|s| s.contributions.iter().find(|x| &x.key == c)).map(|x| x.title.as_str());
            named("Beitrag", "Contribution", title, c.as_str())
        }
    }
}

/// What is wrong, without the subject.
pub fn problem_text(lang: Lang, p: &Programme, kind: &ProblemKind) -> String {
    match (kind, lang) {
        (ProblemKind::EmptyName, _) => lang.pick("Name oder Titel fehlt", "name or title is missing").to_owned(),
        (ProblemKind::DuplicateName { other, name }, Lang::De) => format!("Name „{name}“ doppelt (wie „{other}“)"),
        (ProblemKind::DuplicateName { other, name }, Lang::En) => format!("name “{name}” used twice (as by “{other}”)"),
        (ProblemKind::ClosesBeforeOpening, _) => {
            lang.pick("schließt vor oder mit der Öffnung", "closes before or when it opens").to_owned()
        }
        (ProblemKind::DaysOverlap { other }, _) => {
            let other = subject_name(lang, p, &Subject::Day(other.clone()));
            match lang {
                Lang::De => format!("Öffnungszeiten überschneiden sich mit {other}"),
                Lang::En => format!("opening hours overlap {other}"),
            }
        }
        (ProblemKind::LongerThanDay { duration_mins, day_mins }, Lang::De) => {
            format!("dauert {duration_mins} Min., der Tag ist nur {day_mins} Min. geöffnet")
        }
        (ProblemKind::LongerThanDay { duration_mins, day_mins }, Lang::En) => {
            format!("lasts {duration_mins} min but the day is open for only {day_mins} min")
        }
        (ProblemKind::EndsTooLate, _) => lang.pick("endet nach 47:59", "ends after 47:59").to_owned(),
        (ProblemKind::EmptyWindow { index }, Lang::De) => {
            format!("Verfügbarkeit Nr. {} endet vor ihrem Beginn", index + 1)
        }
        (ProblemKind::EmptyWindow { index }, Lang::En) => {
            format!("availability no. {} ends before it starts", index + 1)
        }
        (ProblemKind::WindowsOverlap { first, second }, Lang::De) => {
            format!("Verfügbarkeiten Nr. {} und {} überschneiden sich", first + 1, second + 1)
        }
        (ProblemKind::WindowsOverlap { first, second }, Lang::En) => {
            format!("availabilities no. {} and {} overlap", first + 1, second + 1)
        }
        (ProblemKind::UnknownTimeZone(tz), Lang::De) => format!("unbekannte Zeitzone „{tz}“"),
        (ProblemKind::UnknownTimeZone(tz), Lang::En) => format!("unknown time zone “{tz}”"),
        (ProblemKind::BadAcronym(a), Lang::De) => {
            format!("Kürzel „{a}“ darf nur Kleinbuchstaben, Ziffern, - und _ enthalten")
        }
        (ProblemKind::BadAcronym(a), Lang::En) => {
            format!("acronym “{a}” may only hold lowercase letters, digits, - and _")
        }
        (ProblemKind::BadSnapStep(n), Lang::De) => format!("Raster {n} Min. ist nicht 5, 10, 15 oder 30"),
        (ProblemKind::BadSnapStep(n), Lang::En) => format!("snap step {n} min is not 5, 10, 15 or 30"),
        (ProblemKind::BadColour(c), Lang::De) => format!("Farbe „{c}“ ist nicht in der Form #rrggbb"),
        (ProblemKind::BadColour(c), Lang::En) => format!("colour “{c}” is not of the form #rrggbb"),
        (ProblemKind::ContributionsOverrun { end_mins, duration_mins }, Lang::De) => {
            format!("Beiträge enden nach {end_mins} Min., die Session dauert {duration_mins} Min.")
        }
        (ProblemKind::ContributionsOverrun { end_mins, duration_mins }, Lang::En) => {
            format!("contributions end after {end_mins} min but the session lasts {duration_mins} min")
        }
        (ProblemKind::PersonTwice(person), _) => {
            let name = p.people.get(person).map_or(person.as_str(), |x| x.name.as_str());
            match lang {
                Lang::De => format!("{name} ist doppelt eingetragen"),
                Lang::En => format!("{name} is listed twice"),
            }
        }
        (ProblemKind::DuplicateContribution(c), Lang::De) => format!("Beitragsschlüssel „{c}“ doppelt"),
        (ProblemKind::DuplicateContribution(c), Lang::En) => format!("contribution key “{c}” used twice"),
    }
}

/// "Saal „Halle 6“: Name „Halle 6“ doppelt (wie „halle-a“)".
pub fn problem_message(lang: Lang, p: &Programme, problem: &crate::model::Problem) -> String {
    format!("{}: {}", subject_name(lang, p, &problem.subject), problem_text(lang, p, &problem.kind))
}
