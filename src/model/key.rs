//! Keys: short readable identifiers, unique within their kind, made from a name once and never changed by a
//! rename (CONTRACTS §1). One newtype per kind so a hall key cannot be used where a person key is meant.

use std::borrow::Borrow;
use std::fmt;

macro_rules! key_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(String);

        impl $name {
            /// Wraps a key text as it is (no slugging).
            pub fn new(key: impl Into<String>) -> Self {
                Self(key.into())
            }

            /// The key text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(key: String) -> Self {
                Self(key)
            }
        }

        impl From<&str> for $name {
            fn from(key: &str) -> Self {
                Self(key.to_owned())
            }
        }
    };
}

key_type!(
    /// Key of a programme day.
    DayKey
);
key_type!(
    /// Key of a hall (also off-site places such as excursion meeting points).
    HallKey
);
key_type!(
    /// Key of a person: speaker, moderator or host.
    PersonKey
);
key_type!(
    /// Key of a track.
    TrackKey
);
key_type!(
    /// Key of a session.
    SessionKey
);
key_type!(
    /// Key of a contribution, unique within its session.
    ContributionKey
);

/// The longest key [`slugify`] makes, in bytes.
const MAX_SLUG_LEN: usize = 48;

/// A lowercase ASCII slug of a name: German umlauts transliterated (`ä` → `ae`, `ß` → `ss`), other
/// letters stripped of accents where simple, everything else a single `-`. Never empty (`"x"` for a name
/// with no letters or digits).
pub fn slugify(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'à' | 'á' | 'â' | 'ã' | 'å' => "a",
            'ç' | 'ć' | 'č' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' | 'ń' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ø' => "o",
            'ù' | 'ú' | 'û' => "u",
            'ý' | 'ÿ' => "y",
            'ł' => "l",
            'š' | 'ś' => "s",
            'ž' | 'ź' | 'ż' => "z",
            _ => "",
        };
        if !mapped.is_empty() {
            out.push_str(mapped);
            dash = false;
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
        if out.len() >= MAX_SLUG_LEN {
            break;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

/// `base`, or `base-2`, `base-3`, … — the first that `taken` does not report as used.
pub fn unique_key(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2u64..).map(|n| format!("{base}-{n}")).find(|candidate| !taken(candidate)).unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable() {
        assert_eq!(slugify("Halle 6"), "halle-6");
        assert_eq!(slugify("Klara Geywitz"), "klara-geywitz");
        assert_eq!(slugify("Größe & Straße"), "groesse-strasse");
        assert_eq!(slugify("  --  "), "x");
        assert_eq!(slugify("Entwicklung und Einsatz von Urbanen Digitalen Zwillingen").len(), 48);
    }

    #[test]
    fn collisions_get_a_suffix() {
        let taken = ["halle-6", "halle-6-2"];
        assert_eq!(unique_key("halle-6", |k| taken.contains(&k)), "halle-6-3");
        assert_eq!(unique_key("foyer", |k| taken.contains(&k)), "foyer");
    }
}
