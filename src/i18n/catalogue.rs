//! The Fluent catalogues: every word Podium shows, one `.ftl` file per topic and language under
//! `locales/de/` and `locales/en/`, embedded at compile time and parsed once on first use.
//!
//! A message id starts with its file's name (`ui-save-as` lives in `ui.ftl`), so that the test in
//! `tests/i18n_catalogues.rs` can find every id the code names and check it against both languages.
//! Numbers given as Fluent numbers are printed with the language's thousands separator (`4.498.500`,
//! `4,498,500`) and select plural forms by the CLDR rules of the bundle's language; pass a number as a
//! string where it must print as it is (line numbers, minutes). A missing message never panics: its id is
//! shown instead and written once to standard error.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// Renders a message, with named arguments: `tr!(lang, "ui-saved")`, `tr!(lang, "clash-room-overlap", hall = name, a = first, b = second)`.
/// A value is anything Fluent takes: `&str`, `String`, or a number (thousands-separated, plural-selecting).
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::i18n::catalogue::message($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::catalogue::message($lang, $id, Some(&args))
    }};
}
pub(crate) use tr;

/// One topic's catalogue in both languages.
struct Topic {
    de: &'static str,
    en: &'static str,
}

macro_rules! topics {
    ($($name:literal),+ $(,)?) => {
        [$(
            Topic {
                de: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/de/", $name, ".ftl")),
                en: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/", $name, ".ftl")),
            }
        ),+]
    };
}

/// Every `.ftl` file; a unit test below checks that none in `locales/` is missing here.
const TOPICS: &[Topic] = &topics![
    "agenda", "bulk", "changes", "cli", "clash", "error", "export", "form", "gui", "help", "import", "parse", "place",
    "problem", "publish", "release", "shell", "ui", "word",
];

/// The two bundles.
struct Catalogue {
    de: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| Catalogue {
    de: bundle(Lang::De, TOPICS.iter().map(|t| t.de)),
    en: bundle(Lang::En, TOPICS.iter().map(|t| t.en)),
});

/// Messages without arguments rendered once: [`word`] hands out `&'static str`.
static WORDS: LazyLock<RwLock<HashMap<(Lang, &'static str), &'static str>>> = LazyLock::new(Default::default);

fn bundle<'a>(lang: Lang, sources: impl Iterator<Item = &'a str>) -> FluentBundle<FluentResource> {
    let tag = match lang {
        Lang::De => "de-DE",
        Lang::En => "en-GB",
    };
    let locale: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::De => format_de,
        Lang::En => format_en,
    }));
    for source in sources {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                eprintln!("podium: {lang:?} catalogue: {errors:?}");
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            eprintln!("podium: {lang:?} catalogue: {errors:?}");
        }
    }
    bundle
}

fn format_de<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    whole_number(value).map(|n| super::number(Lang::De, n))
}

fn format_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    whole_number(value).map(|n| super::number(Lang::En, n))
}

fn whole_number(value: &FluentValue<'_>) -> Option<usize> {
    let FluentValue::Number(n) = value else { return None };
    let v = n.value;
    (v >= 0.0 && v.fract() == 0.0 && v < 1e15).then_some(v as usize)
}

/// The message `id` in `lang`, with `args`; the id itself when the catalogue has no such message.
pub(crate) fn message(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let bundle = match lang {
        Lang::De => &CATALOGUE.de,
        Lang::En => &CATALOGUE.en,
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        eprintln!("podium: no message {id:?} in the {lang:?} catalogue");
        return id.to_owned();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
    if !errors.is_empty() {
        eprintln!("podium: message {id:?} ({lang:?}): {errors:?}");
    }
    text
}

/// Whether the catalogue of `lang` has message `id`.
pub(crate) fn has(lang: Lang, id: &str) -> bool {
    match lang {
        Lang::De => CATALOGUE.de.has_message(id),
        Lang::En => CATALOGUE.en.has_message(id),
    }
}

/// A message without arguments as `&'static str` (rendered once per language and kept).
pub(crate) fn word(lang: Lang, id: &'static str) -> &'static str {
    let known = WORDS.read().unwrap_or_else(std::sync::PoisonError::into_inner).get(&(lang, id)).copied();
    if let Some(text) = known {
        return text;
    }
    let mut words = WORDS.write().unwrap_or_else(std::sync::PoisonError::into_inner);
    words.entry((lang, id)).or_insert_with(|| Box::leak(message(lang, id, None).into_boxed_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_file_is_embedded_and_parses() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for (lang, dir) in [(Lang::De, "de"), (Lang::En, "en")] {
            let files = std::fs::read_dir(root.join(dir)).unwrap().count();
            assert_eq!(files, TOPICS.len(), "{dir}: every .ftl file is listed in TOPICS");
            for topic in TOPICS {
                let source = match lang {
                    Lang::De => topic.de,
                    Lang::En => topic.en,
                };
                assert!(FluentResource::try_new(source.to_owned()).is_ok(), "{dir}: a catalogue does not parse");
            }
        }
    }

    #[test]
    fn plurals_and_numbers_follow_the_language() {
        assert_eq!(tr!(Lang::De, "word-infos", n = 1), "1 Hinweis");
        assert_eq!(tr!(Lang::De, "word-infos", n = 2), "2 Hinweise");
        assert_eq!(tr!(Lang::De, "word-sessions", n = 1_000_000), "1.000.000 Sessions");
        assert_eq!(tr!(Lang::En, "word-sessions", n = 1_000_000), "1,000,000 sessions");
        assert_eq!(tr!(Lang::En, "word-sessions", n = 1), "1 session");
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(message(Lang::De, "no-such-message", None), "no-such-message");
        assert_eq!(word(Lang::En, "no-such-word"), "no-such-word");
    }
}
