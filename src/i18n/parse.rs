//! Parser complaints in Podium's own words: what ron, quick-xml and serde_json found wrong at a line and
//! column ("Zeile 3, Spalte 7: Komma erwartet"), from [`ParseCode`] — never the parser's English text.

use super::Lang;
use super::catalogue::word;
use crate::format::ParseCode;

/// The sentence for a parser's complaint (without the line and column).
pub fn parse_text(lang: Lang, code: ParseCode) -> String {
    use ParseCode as P;
    let id = match code {
        P::ExpectedComma => "parse-expected-comma",
        P::ExpectedColon => "parse-expected-colon",
        P::ExpectedListStart => "parse-expected-list-start",
        P::ExpectedListEnd => "parse-expected-list-end",
        P::ExpectedMapStart => "parse-expected-map-start",
        P::ExpectedMapEnd => "parse-expected-map-end",
        P::ExpectedParenStart => "parse-expected-paren-start",
        P::ExpectedParenEnd => "parse-expected-paren-end",
        P::ExpectedCommaOrListEnd => "parse-expected-comma-or-list-end",
        P::ExpectedCommaOrMapEnd => "parse-expected-comma-or-map-end",
        P::ExpectedValue => "parse-expected-value",
        P::ExpectedString => "parse-expected-string",
        P::ExpectedStringEnd => "parse-expected-string-end",
        P::ExpectedInteger => "parse-expected-integer",
        P::ExpectedNumber => "parse-expected-number",
        P::ExpectedBoolean => "parse-expected-boolean",
        P::ExpectedOption => "parse-expected-option",
        P::ExpectedName => "parse-expected-name",
        P::InvalidEscape => "parse-invalid-escape",
        P::InvalidNumber => "parse-invalid-number",
        P::NumberOutOfRange => "parse-number-out-of-range",
        P::UnexpectedChar(c) => {
            return super::catalogue::tr!(lang, "parse-unexpected-char", char = c.escape_debug().to_string());
        }
        P::TrailingCharacters => "parse-trailing-characters",
        P::TrailingComma => "parse-trailing-comma",
        P::KeyMustBeString => "parse-key-must-be-string",
        P::ControlCharacter => "parse-control-character",
        P::UnclosedComment => "parse-unclosed-comment",
        P::TooDeep => "parse-too-deep",
        P::UnclosedTag => "parse-unclosed-tag",
        P::MismatchedEndTag => "parse-mismatched-end-tag",
        P::UnmatchedEndTag => "parse-unmatched-end-tag",
        P::SecondRoot => "parse-second-root",
        P::NoRoot => "parse-no-root",
        P::UnclosedElement => "parse-unclosed-element",
        P::OutsideRoot => "parse-outside-root",
        P::InvalidName => "parse-invalid-name",
        P::InvalidCharacter => "parse-invalid-character",
        P::LessThanInAttribute => "parse-less-than-in-attribute",
        P::UnclosedAttribute => "parse-unclosed-attribute",
        P::BadReference => "parse-bad-reference",
        P::UnknownPrefix => "parse-unknown-prefix",
        P::LateDeclaration => "parse-late-declaration",
        P::BadMarkup => "parse-bad-markup",
        P::Unrecognised => "parse-unrecognised",
    };
    word(lang, id).to_owned()
}

/// The sentence for the English message of quick-xml, serde_json or Podium's XML checks.
pub fn parser_message(lang: Lang, message: &str) -> String {
    parse_text(lang, ParseCode::from_message(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ron_xml_and_json_errors_are_worded_by_podium() {
        let e = crate::format::load_str("(version: 1 event: ())").unwrap_err();
        assert_eq!(super::super::load_error(Lang::De, &e), "Zeile 1, Spalte 13: Komma erwartet");
        assert_eq!(super::super::load_error(Lang::En, &e), "line 1, column 13: expected comma");
        assert_eq!(parser_message(Lang::De, "expected `,` or `}`"), "Komma oder „}“ erwartet");
        assert_eq!(parser_message(Lang::De, "a second root element"), "ein zweites Wurzelelement");
        assert_eq!(parser_message(Lang::De, "something new"), "Aufbau der Datei an dieser Stelle nicht lesbar");
    }
}
