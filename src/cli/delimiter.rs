//! The value of `podium export --delimiter`: one ASCII punctuation character, or a tab (typed as a tab,
//! as `\t` or as the word `tab`). Everything else is refused before anything is read or written: a `"`,
//! CR or LF would break the CSV, a letter, digit or space would split the text, and a non-ASCII
//! character cannot be one byte of UTF-8.
//!
//! Clap calls [`parse_delimiter`] while it reads the arguments, before `--lang` is known, and exits
//! with code 2 on its error; so the sentence is written in both languages, German first.

/// The delimiter byte for the text given to `--delimiter`, or the sentence that says what is allowed.
pub fn parse_delimiter(text: &str) -> Result<u8, String> {
    if text == "\t" || text == "\\t" || text.eq_ignore_ascii_case("tab") {
        return Ok(b'\t');
    }
    let mut chars = text.chars();
    let byte = match (chars.next(), chars.next()) {
        (Some(c), None) => u8::try_from(c).ok(),
        _ => None,
    };
    byte.filter(|b| b.is_ascii_punctuation() && *b != b'"').ok_or_else(|| {
        "--delimiter erwartet ein ASCII-Satzzeichen außer \" (etwa ; , | :) oder einen Tabulator (tab) / \
         --delimiter takes one ASCII punctuation character other than \" (such as ; , | :) or a tab (tab)"
            .to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::parse_delimiter;

    #[test]
    fn punctuation_and_tab_pass() {
        assert_eq!(parse_delimiter(";"), Ok(b';'));
        assert_eq!(parse_delimiter(","), Ok(b','));
        assert_eq!(parse_delimiter("|"), Ok(b'|'));
        assert_eq!(parse_delimiter("\t"), Ok(b'\t'));
        assert_eq!(parse_delimiter("\\t"), Ok(b'\t'));
        assert_eq!(parse_delimiter("Tab"), Ok(b'\t'));
    }

    #[test]
    fn what_breaks_a_csv_is_refused() {
        for bad in ["\"", "\r", "\n", " ", "a", "7", "é", "€", ";;", ""] {
            let err = parse_delimiter(bad).unwrap_err();
            assert!(err.contains("--delimiter"), "{bad:?}: {err}");
        }
    }
}
