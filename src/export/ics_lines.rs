//! The content lines of an iCalendar file (RFC 5545 §3.1): TEXT values escaped (§3.3.11) with control
//! characters dropped, every line folded at 75 octets, CRLF line ends, each in one pass over the text.
//!
//! Podium writes its calendars with this instead of the `icalendar` crate's writer, whose folding is
//! quadratic in a line's length (it looks up each fold point with `chars().nth`) and lets the last
//! continuation reach 76 octets, and whose TEXT escaping leaves a carriage return or any other control
//! character raw (a lone CR ends a line for some parsers, so a title could add a property). The output
//! is byte for byte what the crate wrote for text without control characters, folded at 75 octets.

/// Content lines being written, each one folded and ended with CRLF.
#[derive(Debug, Default)]
pub(super) struct Lines {
    /// The text so far.
    out: String,
}

impl Lines {
    /// A property whose value Podium made itself (a keyword, a UTC time, a version) and writes as is.
    pub fn raw(&mut self, name: &str, value: &str) {
        self.line(name, value);
    }

    /// A TEXT property: the value escaped, its line breaks as `\n`, control characters dropped.
    /// `name` may carry parameters (`NAME;VALUE=TEXT`).
    pub fn text(&mut self, name: &str, value: &str) {
        self.line(name, &escape_text(value));
    }

    /// A property with a list of TEXT values (`CATEGORIES`): each escaped, joined by unescaped commas.
    pub fn text_list(&mut self, name: &str, values: &[&str]) {
        let escaped: Vec<String> = values.iter().map(|v| escape_text(v)).collect();
        self.line(name, &escaped.join(","));
    }

    /// The written text.
    pub fn into_string(self) -> String {
        self.out
    }

    fn line(&mut self, name: &str, value: &str) {
        push_folded(&mut self.out, &format!("{name}:{value}"));
    }
}

/// Escapes a TEXT value: `\` `,` `;` get a backslash, every line break (LF, CRLF or a lone CR) becomes
/// `\n`, and the other control characters (NUL, ESC, DEL, C1 …) are dropped; a tab stays (RFC 5545
/// allows it in TEXT).
pub(super) fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line (without its line end) folded at 75 octets, with CRLF after each part: the
/// first part up to 75 octets, each continuation a space plus up to 74, never inside a UTF-8 character.
pub(super) fn push_folded(out: &mut String, line: &str) {
    out.reserve(line.len() + line.len() / 24 + 2);
    let (mut rest, mut limit) = (line, 75);
    while rest.len() > limit {
        let Some((head, tail)) = rest.split_at_checked(rest.floor_char_boundary(limit)) else { break };
        out.push_str(head);
        out.push_str("\r\n ");
        (rest, limit) = (tail, 74);
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_within_75_octets_and_keeps_characters_whole() {
        let line = format!("DESCRIPTION:{}", "äöü x".repeat(60));
        let mut folded = String::new();
        push_folded(&mut folded, &line);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert!(folded.split("\r\n").skip(1).filter(|l| !l.is_empty()).all(|l| l.starts_with(' ')), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn line_breaks_become_escaped_and_control_characters_go() {
        assert_eq!(escape_text("a\r\nb\rc\nd"), "a\\nb\\nc\\nd");
        assert_eq!(escape_text("x\0y\u{1b}[31mz\u{7f}\u{85}"), "xy[31mz");
        assert_eq!(escape_text("a,b;c\\d\te"), "a\\,b\\;c\\\\d\te");
    }

    #[test]
    fn a_lone_carriage_return_cannot_start_a_property() {
        let mut lines = Lines::default();
        lines.text("X-WR-CALNAME", "Kongress\rATTENDEE:mailto:x@example.org");
        let text = lines.into_string();
        assert_eq!(text, "X-WR-CALNAME:Kongress\\nATTENDEE:mailto:x@example.org\r\n");
        assert_eq!(text.matches('\r').count(), 1);
    }
}
