//! What the commands print: standard output that ends quietly when the reader has gone (`podium check |
//! head`) and reports a failed write (`> /dev/full`) instead of claiming success, messages on standard
//! error that never panic, and text from the file shown with its control characters escaped, so that a
//! title cannot set the terminal's colours or window title.

use std::io::Write as _;

/// Writes bytes to standard output and flushes them. A reader that closed the pipe (`| head`) saw what
/// it wanted: that ends the writing quietly, as success.
pub fn to_stdout(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Lets `write` write to a buffered standard output and flushes it, with the same ending as
/// [`to_stdout`]: a reader that closed the pipe is success.
pub fn with_stdout(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes a line to standard error; a closed or full standard error is ignored (there is nowhere else to
/// say it).
pub fn say(line: &str) {
    let mut err = std::io::stderr().lock();
    writeln!(err, "{line}").ok();
}

/// [`terminal_safe`] line by line: the line breaks between the lines stay.
pub fn terminal_lines(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            terminal_safe(line.strip_suffix('\n').unwrap_or(line)) + if line.ends_with('\n') { "\n" } else { "" }
        })
        .collect()
}

/// Text for a terminal: control characters (C0, DEL, C1) and the bidirectional overrides shown as
/// `\u{…}` escapes, tabs and line breaks as `\t`, `\n`, `\r`; everything else as it is.
pub fn terminal_safe(text: &str) -> String {
    let unsafe_char = |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(unsafe_char) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if unsafe_char(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_text_stays() {
        assert_eq!(terminal_safe("Halle 6: „Zwillinge“"), "Halle 6: „Zwillinge“");
        assert_eq!(terminal_safe("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(terminal_safe("x\ny\tz\r"), "x\\ny\\tz\\r");
        assert_eq!(terminal_safe("\u{9b}31m \u{7f} \u{202e}"), "\\u{9b}31m \\u{7f} \\u{202e}");
    }
}
