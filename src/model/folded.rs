//! Names compared trimmed and case-folded (`" Halle 6"` equals `"halle 6"`), for duplicate-name checks.
//! The folded form is hashed once, when the name is wrapped; ASCII names (nearly all) fold with
//! `make_ascii_lowercase`, others with `char::to_lowercase`.

use std::hash::{BuildHasher as _, Hash, Hasher};

use rustc_hash::FxBuildHasher;

/// A trimmed name with the hash of its case-folded form.
#[derive(Clone, Copy)]
pub struct Folded<'a> {
    /// The name, trimmed.
    trimmed: &'a str,
    /// Hash of the folded name.
    hash: u64,
}

impl<'a> Folded<'a> {
    /// Wraps a name; `buf` is scratch space reused between calls.
    pub fn new(name: &'a str, buf: &mut String) -> Self {
        let trimmed = name.trim();
        buf.clear();
        if trimmed.is_ascii() {
            buf.push_str(trimmed);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(trimmed.chars().flat_map(char::to_lowercase));
        }
        Self { trimmed, hash: FxBuildHasher.hash_one(buf.as_str()) }
    }

    /// The name, trimmed.
    pub fn trimmed(self) -> &'a str {
        self.trimmed
    }

    /// Whether the name is empty or only white space.
    pub fn is_blank(self) -> bool {
        self.trimmed.is_empty()
    }
}

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.trimmed, other.trimmed);
        self.hash == other.hash
            && if a.is_ascii() && b.is_ascii() {
                a.eq_ignore_ascii_case(b)
            } else {
                a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
            }
    }
}

impl Eq for Folded<'_> {}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_space() {
        let (mut b1, mut b2) = (String::new(), String::new());
        let eq = |x: &str, y: &str, b1: &mut String, b2: &mut String| Folded::new(x, b1) == Folded::new(y, b2);
        assert!(eq(" Halle 6 ", "halle 6", &mut b1, &mut b2));
        assert!(eq("GRÖSSE", "grösse", &mut b1, &mut b2));
        // The Kelvin sign folds to an ASCII `k`.
        assert!(eq("\u{212A}ino", "kino", &mut b1, &mut b2));
        assert!(!eq("Halle 6", "Halle 7", &mut b1, &mut b2));
        assert!(Folded::new(" \t", &mut b1).is_blank());
    }
}
