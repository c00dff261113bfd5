//! Validation problems for people, in German and English: "Saal „Halle 6“: Name doppelt (wie „halle-a“)".

use super::Lang;
use super::catalogue::{tr, word};
use crate::model::{ProblemKind, Programme, Subject};

/// "Saal „Halle 6“" / "hall “Halle 6”": what the problem is about, by name where it has one.
pub fn subject_name(lang: Lang, p: &Programme, subject: &Subject) -> String {
    let named = |what: &'static str, name: Option<&str>, key: &str| {
        let shown = name.filter(|n| !n.trim().is_empty()).unwrap_or(key);
        format!("{} {}", word(lang, what), lang.quote(shown))
    };
    match subject {
        Subject::Event => word(lang, "problem-event").to_owned(),
        Subject::Day(k) => {
            let label = p.days.get(k).map(|d| crate::i18n::date_short(lang, d.date));
            named("problem-day", label.as_deref(), k.as_str())
        }
        Subject::Hall(k) => named("problem-hall", p.halls.get(k).map(|h| h.name.as_str()), k.as_str()),
        Subject::Person(k) => named("problem-person", p.people.get(k).map(|x| x.name.as_str()), k.as_str()),
        Subject::Track(k) => named("problem-track", p.tracks.get(k).map(|t| t.name.as_str()), k.as_str()),
        Subject::Session(k) => named("problem-session", p.sessions.get(k).map(|s| s.title.as_str()), k.as_str()),
        Subject::Contribution(s, c) => {
            let title =
                p.sessions.get(s).and_then(|s| s.contributions.iter().find(|x| &x.key == c)).map(|x| x.title.as_str());
            named("problem-contribution", title, c.as_str())
        }
    }
}

/// What is wrong, without the subject.
pub fn problem_text(lang: Lang, p: &Programme, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::EmptyName => tr!(lang, "problem-empty-name"),
        ProblemKind::DuplicateName { other, name } => {
            tr!(lang, "problem-duplicate-name", name = name.as_str(), other = other.as_str())
        }
        ProblemKind::ClosesBeforeOpening => tr!(lang, "problem-closes-before-opening"),
        ProblemKind::DaysOverlap { other } => {
            tr!(lang, "problem-days-overlap", other = subject_name(lang, p, &Subject::Day(other.clone())))
        }
        ProblemKind::LongerThanDay { duration_mins, day_mins } => {
            tr!(lang, "problem-longer-than-day", duration = duration_mins.to_string(), day = day_mins.to_string(),)
        }
        ProblemKind::EndsTooLate => tr!(lang, "problem-ends-too-late"),
        ProblemKind::EmptyWindow { index } => tr!(lang, "problem-empty-window", index = (index + 1).to_string()),
        ProblemKind::WindowsOverlap { first, second } => {
            tr!(lang, "problem-windows-overlap", first = (first + 1).to_string(), second = (second + 1).to_string(),)
        }
        ProblemKind::UnknownTimeZone(tz) => tr!(lang, "problem-unknown-time-zone", zone = tz.as_str()),
        ProblemKind::BadAcronym(a) => tr!(lang, "problem-bad-acronym", acronym = a.as_str()),
        ProblemKind::BadSnapStep(n) => tr!(lang, "problem-bad-snap-step", step = n.to_string()),
        ProblemKind::BadColour(c) => tr!(lang, "problem-bad-colour", colour = c.as_str()),
        ProblemKind::ContributionsOverrun { end_mins, duration_mins } => {
            tr!(lang, "problem-contributions-overrun", end = end_mins.to_string(), duration = duration_mins.to_string(),)
        }
        ProblemKind::PersonTwice(person) => {
            let name = p.people.get(person).map_or(person.as_str(), |x| x.name.as_str());
            tr!(lang, "problem-person-twice", name = name)
        }
        ProblemKind::DuplicateContribution(c) => tr!(lang, "problem-duplicate-contribution", key = c.as_str()),
    }
}

/// "Saal „Halle 6“: Name „Halle 6“ doppelt (wie „halle-a“)".
pub fn problem_message(lang: Lang, p: &Programme, problem: &crate::model::Problem) -> String {
    format!("{}: {}", subject_name(lang, p, &problem.subject), problem_text(lang, p, &problem.kind))
}
