//! Names in the order German readers expect, by DIN 5007-2 (the "Telefonbuch" order for lists of names:
//! Ä as Ae, Ö as Oe, Ü as Ue, ß as ss; case and accents only break ties), through ICU4X's German phonebook
//! collation (`de-u-co-phonebk`, compiled data) — not a hand-written rule. One comparator for every list,
//! export and letter that orders people.

use std::cmp::Ordering;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;

static COLLATOR: LazyLock<Option<CollatorBorrowed<'static>>> = LazyLock::new(|| {
    let locale: Locale = "de-u-co-phonebk".parse().ok()?;
    Collator::try_new((&locale).into(), CollatorOptions::default()).ok()
});

/// Compares two names (or any texts people read) in DIN 5007-2 order.
pub fn name_cmp(a: &str, b: &str) -> Ordering {
    match COLLATOR.as_ref() {
        Some(collator) => collator.compare(a, b),
        None => a.to_lowercase().cmp(&b.to_lowercase()),
    }
}

/// Compares two people's names by surname (the last word), then by the whole name.
pub fn surname_cmp(a: &str, b: &str) -> Ordering {
    fn last(name: &str) -> &str {
        name.split_whitespace().last().unwrap_or_default()
    }
    name_cmp(last(a), last(b)).then_with(|| name_cmp(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_sort_as_their_two_letters() {
        let mut names = vec!["Otto", "Özdemir", "Oberle", "Zander", "Arzt", "Ärzte", "Adler", "Müller", "Mueller"];
        names.sort_by(|a, b| name_cmp(a, b));
        assert_eq!(names, ["Adler", "Ärzte", "Arzt", "Mueller", "Müller", "Oberle", "Özdemir", "Otto", "Zander"]);
        assert_eq!(name_cmp("oberle", "Oberle"), Ordering::Less, "lower case first, as a tie-break only");
        assert_eq!(surname_cmp("Zoe Özdemir", "Anna Otto"), Ordering::Less);
    }
}
