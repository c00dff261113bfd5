//! The well-formedness checks of schedule XML that `quick-xml`'s streaming reader leaves to its user and
//! the DOM parser Podium used before made: names, characters, entity and character references, namespace
//! prefixes. Each failure is an [`ImportError::Syntax`] at the byte where the problem stands.

use super::ImportError;
use crate::format::line_col;

/// A syntax error at byte `at` of `source`.
pub(super) fn syntax(source: &str, at: usize, message: impl Into<String>) -> ImportError {
    let (line, col) = line_col(source.as_bytes(), at);
    ImportError::Syntax { line, col, message: message.into() }
}

/// Where the text `part` (a slice of `source`) starts in `source`.
pub(super) fn offset_in(source: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(source.as_ptr() as usize).min(source.len())
}

/// The first character XML 1.0 does not allow in a document (control characters other than tab and line
/// breaks, U+FFFE, U+FFFF), as its byte offset in `text`.
pub(super) fn first_non_xml_char(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // Fast path: nothing below 0x20 but tab and line breaks, and no 0xEF lead byte (U+FFFE/U+FFFF).
    if bytes.iter().all(|&b| (b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r')) && b != 0xEF) {
        return None;
    }
    text.char_indices().find(|&(_, c)| !is_xml_char(c)).map(|(i, _)| i)
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c == ':' || (!c.is_ascii() && is_xml_char(c))
}

fn is_name_char(c: char) -> bool {
    is_name_start(c) || c.is_ascii_digit() || c == '-' || c == '.'
}

/// Whether `name` is an XML name with at most one `:`, neither first nor last.
pub(super) fn is_qname(name: &str) -> bool {
    let mut chars = name.chars();
    let starts = chars.next().is_some_and(|c| is_name_start(c) && c != ':');
    let colons = name.bytes().filter(|&b| b == b':').count();
    starts && chars.all(is_name_char) && colons <= 1 && !name.ends_with(':')
}

/// The prefix of a qualified name (`x` of `x:room`), if any.
pub(super) fn prefix_of(name: &str) -> Option<&str> {
    name.split_once(':').map(|(prefix, _)| prefix)
}

/// The part after the prefix (`room` of `x:room`).
pub(super) fn local_of(name: &str) -> &str {
    name.split_once(':').map_or(name, |(_, local)| local)
}

/// The namespace prefixes declared on the open elements: a prefix used in a name must be one of them.
#[derive(Default)]
pub(super) struct Prefixes {
    declared: Vec<String>,
}

impl Prefixes {
    /// Declares a prefix for the element being opened.
    pub(super) fn declare(&mut self, prefix: &str) {
        self.declared.push(prefix.to_owned());
    }

    /// Forgets the last `n` declarations (those of an element that closes).
    pub(super) fn forget(&mut self, n: usize) {
        self.declared.truncate(self.declared.len().saturating_sub(n));
    }

    /// Whether a name's prefix is known (`xml` and `xmlns` always are).
    pub(super) fn knows(&self, prefix: &str) -> bool {
        matches!(prefix, "xml" | "xmlns") || self.declared.iter().rev().any(|p| p == prefix)
    }
}

/// The text of an entity or character reference (`amp`, `#x41`), or an error at `at`.
pub(super) fn resolve_reference(source: &str, at: usize, name: &str) -> Result<char, ImportError> {
    let entity = match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => None,
    };
    if let Some(c) = entity {
        return Ok(c);
    }
    let Some(number) = name.strip_prefix('#') else {
        return Err(syntax(source, at, format!("unknown entity reference &{name};")));
    };
    let code = match number.strip_prefix('x') {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => number.parse::<u32>().ok(),
    };
    let valid = |c: &char| is_xml_char(*c);
    code.filter(|_| !number.starts_with(['+', '-']) && !number.starts_with("x+") && !number.starts_with("x-"))
        .and_then(char::from_u32)
        .filter(valid)
        .ok_or_else(|| syntax(source, at, format!("invalid character reference &{name};")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_characters() {
        assert!(is_qname("day") && is_qname("x:room") && is_qname("_a-1.b") && is_qname("Tägung"));
        assert!(!is_qname("1day") && !is_qname("a:b:c") && !is_qname(":a") && !is_qname("a:") && !is_qname(""));
        assert_eq!(first_non_xml_char("ab\tc\n"), None);
        assert_eq!(first_non_xml_char("a\u{1}b"), Some(1));
        assert_eq!(first_non_xml_char("äö\u{fffe}"), Some(4));
        assert_eq!(first_non_xml_char("\u{ef}\u{feff}"), None);
    }

    #[test]
    fn references() {
        assert_eq!(resolve_reference("", 0, "amp").unwrap(), '&');
        assert_eq!(resolve_reference("", 0, "#x263A").unwrap(), '☺');
        assert_eq!(resolve_reference("", 0, "#65").unwrap(), 'A');
        assert!(resolve_reference("", 0, "#0").is_err());
        assert!(resolve_reference("", 0, "#x110000").is_err());
        assert!(resolve_reference("", 0, "nbsp").is_err());
        assert!(resolve_reference("", 0, "#-1").is_err());
    }
}
