//! Errors of loading and saving a programme file. They carry data (line, column, entity, field, key);
//! `Display` is English for logs, and `i18n` renders them for users.

use std::fmt;
use std::path::PathBuf;

use super::values::ValueError;

/// The kind of an entity named in an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    /// A day.
    Day,
    /// A hall.
    Hall,
    /// A track.
    Track,
    /// A person.
    Person,
    /// A session.
    Session,
    /// A contribution.
    Contribution,
}

impl EntityKind {
    /// English name for logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Hall => "hall",
            Self::Track => "track",
            Self::Person => "person",
            Self::Session => "session",
            Self::Contribution => "contribution",
        }
    }
}

/// An entity named by kind and key (`session "arena-2"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityRef {
    /// Kind.
    pub kind: EntityKind,
    /// Key.
    pub key: String,
}

impl fmt::Display for EntityRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:?}", self.kind.as_str(), self.key)
    }
}

/// What is wrong at a line and column, as ron found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The file ends in the middle.
    UnexpectedEnd,
    /// A required field is missing.
    MissingField(String),
    /// A field that version 1 does not have.
    UnknownField {
        /// The field found.
        found: String,
        /// The fields allowed there.
        expected: Vec<String>,
    },
    /// A field given twice.
    DuplicateField(String),
    /// A word that is not one of the allowed values.
    UnknownVariant {
        /// The word found.
        found: String,
        /// The allowed words.
        expected: Vec<String>,
    },
    /// A value of the wrong type.
    WrongType {
        /// What was expected.
        expected: String,
        /// What was found.
        found: String,
    },
    /// A date, time, uuid or key of the wrong form.
    Value(ValueError),
    /// A syntax mistake the parser names (a missing comma, an unclosed bracket…), worded by Podium.
    Parse(ParseCode),
    /// Anything else ron reports (English).
    Other(String),
}

/// What a parser (ron, quick-xml, serde_json) found wrong, as data, so that Podium can say it in the
/// user's language ("Komma erwartet"). `Unrecognised` when Podium does not know the parser's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseCode {
    /// `,` expected.
    ExpectedComma,
    /// `:` expected.
    ExpectedColon,
    /// `[` expected.
    ExpectedListStart,
    /// `]` expected.
    ExpectedListEnd,
    /// `{` expected.
    ExpectedMapStart,
    /// `}` expected.
    ExpectedMapEnd,
    /// `(` expected.
    ExpectedParenStart,
    /// `)` expected.
    ExpectedParenEnd,
    /// `,` or `]` expected.
    ExpectedCommaOrListEnd,
    /// `,` or `}` expected.
    ExpectedCommaOrMapEnd,
    /// A value expected.
    ExpectedValue,
    /// Text in quotes expected.
    ExpectedString,
    /// A closing quote expected.
    ExpectedStringEnd,
    /// A whole number expected.
    ExpectedInteger,
    /// A number expected.
    ExpectedNumber,
    /// `true` or `false` expected.
    ExpectedBoolean,
    /// `Some(…)` or `None` expected.
    ExpectedOption,
    /// A name expected.
    ExpectedName,
    /// A backslash sequence that means nothing.
    InvalidEscape,
    /// A number that cannot be read.
    InvalidNumber,
    /// A number too large.
    NumberOutOfRange,
    /// A character that does not belong here.
    UnexpectedChar(char),
    /// More text after the end.
    TrailingCharacters,
    /// A comma before a closing bracket.
    TrailingComma,
    /// An object key that is not text.
    KeyMustBeString,
    /// A control character inside text.
    ControlCharacter,
    /// A comment that is never closed.
    UnclosedComment,
    /// Nested too deeply.
    TooDeep,
    /// A tag that is never closed (`>` missing).
    UnclosedTag,
    /// An end tag that does not match the open element.
    MismatchedEndTag,
    /// An end tag without an open element.
    UnmatchedEndTag,
    /// A second root element.
    SecondRoot,
    /// No root element.
    NoRoot,
    /// An element that is never closed.
    UnclosedElement,
    /// Text, CDATA or a reference outside the root element.
    OutsideRoot,
    /// An element or attribute name XML does not allow.
    InvalidName,
    /// A character XML does not allow.
    InvalidCharacter,
    /// A `<` inside an attribute value.
    LessThanInAttribute,
    /// An attribute value without its closing quote.
    UnclosedAttribute,
    /// An `&…;` that names no entity or character.
    BadReference,
    /// A namespace prefix nobody declared.
    UnknownPrefix,
    /// An XML declaration not at the very start.
    LateDeclaration,
    /// Broken markup (`<!…`, `<?…`).
    BadMarkup,
    /// A message Podium does not know.
    Unrecognised,
}

impl ParseCode {
    /// Classifies a ron error that is no field, type or value problem.
    pub fn from_ron(e: &ron::Error) -> Self {
        use ron::Error as E;
        match e {
            E::ExpectedComma => Self::ExpectedComma,
            E::ExpectedMapColon => Self::ExpectedColon,
            E::ExpectedArray => Self::ExpectedListStart,
            E::ExpectedArrayEnd => Self::ExpectedListEnd,
            E::ExpectedMap => Self::ExpectedMapStart,
            E::ExpectedMapEnd => Self::ExpectedMapEnd,
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => Self::ExpectedParenStart,
            E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => Self::ExpectedParenEnd,
            E::ExpectedString | E::ExpectedChar | E::ExpectedByteString => Self::ExpectedString,
            E::ExpectedStringEnd => Self::ExpectedStringEnd,
            E::ExpectedInteger => Self::ExpectedInteger,
            E::ExpectedFloat => Self::ExpectedNumber,
            E::ExpectedBoolean => Self::ExpectedBoolean,
            E::ExpectedOption => Self::ExpectedOption,
            E::ExpectedIdentifier | E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) => Self::ExpectedName,
            E::InvalidEscape(_) => Self::InvalidEscape,
            E::FloatUnderscore | E::UnderscoreAtBeginning | E::InvalidIntegerDigit { .. } => Self::InvalidNumber,
            E::IntegerOutOfBounds => Self::NumberOutOfRange,
            E::UnexpectedChar(c) => Self::UnexpectedChar(*c),
            E::TrailingCharacters => Self::TrailingCharacters,
            E::UnclosedBlockComment | E::UnclosedLineComment => Self::UnclosedComment,
            E::ExceededRecursionLimit => Self::TooDeep,
            _ => Self::Unrecognised,
        }
    }

    /// Classifies the English message of quick-xml, serde_json or Podium's own XML checks.
    pub fn from_message(message: &str) -> Self {
        const TABLE: &[(&str, ParseCode)] = &[
            ("expected `,` or `]`", ParseCode::ExpectedCommaOrListEnd),
            ("expected `,` or `}`", ParseCode::ExpectedCommaOrMapEnd),
            ("expected `:`", ParseCode::ExpectedColon),
            ("expected value", ParseCode::ExpectedValue),
            ("expected ident", ParseCode::ExpectedValue),
            ("EOF while parsing a string", ParseCode::ExpectedStringEnd),
            ("EOF while parsing a list", ParseCode::ExpectedCommaOrListEnd),
            ("EOF while parsing an object", ParseCode::ExpectedCommaOrMapEnd),
            ("EOF while parsing a value", ParseCode::ExpectedValue),
            ("invalid escape", ParseCode::InvalidEscape),
            ("invalid unicode code point", ParseCode::InvalidEscape),
            ("unexpected end of hex escape", ParseCode::InvalidEscape),
            ("lone leading surrogate", ParseCode::InvalidEscape),
            ("invalid number", ParseCode::InvalidNumber),
            ("number out of range", ParseCode::NumberOutOfRange),
            ("control character", ParseCode::ControlCharacter),
            ("key must be a string", ParseCode::KeyMustBeString),
            ("trailing comma", ParseCode::TrailingComma),
            ("trailing characters", ParseCode::TrailingCharacters),
            ("recursion limit exceeded", ParseCode::TooDeep),
            ("syntax error: tag not closed", ParseCode::UnclosedTag),
            ("syntax error: comment not closed", ParseCode::UnclosedComment),
            ("syntax error: attribute value not closed", ParseCode::UnclosedAttribute),
            ("syntax error:", ParseCode::BadMarkup),
            ("ill-formed document: expected `</", ParseCode::MismatchedEndTag),
            ("ill-formed document: close tag", ParseCode::UnmatchedEndTag),
            ("ill-formed document: forbidden string `--`", ParseCode::BadMarkup),
            ("ill-formed document: unclosed reference", ParseCode::BadReference),
            ("ill-formed document", ParseCode::BadMarkup),
            ("error while parsing attribute", ParseCode::InvalidName),
            ("a second root element", ParseCode::SecondRoot),
            ("no root element", ParseCode::NoRoot),
            ("an element that is never closed", ParseCode::UnclosedElement),
            ("text outside the root element", ParseCode::OutsideRoot),
            ("CDATA outside the root element", ParseCode::OutsideRoot),
            ("a reference outside the root element", ParseCode::OutsideRoot),
            ("invalid element name", ParseCode::InvalidName),
            ("invalid attribute name", ParseCode::InvalidName),
            ("a '<' in an attribute value", ParseCode::LessThanInAttribute),
            ("a character XML does not allow", ParseCode::InvalidCharacter),
            ("unknown namespace prefix", ParseCode::UnknownPrefix),
            ("an '&' that begins no reference", ParseCode::BadReference),
            ("unknown entity reference", ParseCode::BadReference),
            ("invalid character reference", ParseCode::BadReference),
            ("an XML declaration after the start", ParseCode::LateDeclaration),
        ];
        TABLE.iter().find(|(start, _)| message.starts_with(start)).map_or(Self::Unrecognised, |(_, code)| *code)
    }
}

impl fmt::Display for SyntaxProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnexpectedEnd => f.write_str("the file ends unexpectedly"),
            Self::MissingField(field) => write!(f, "missing field `{field}`"),
            Self::UnknownField { found, expected } => {
                write!(f, "unknown field `{found}` (expected one of: {})", expected.join(", "))
            }
            Self::DuplicateField(field) => write!(f, "field `{field}` given twice"),
            Self::UnknownVariant { found, expected } => {
                write!(f, "unknown value `{found}` (expected one of: {})", expected.join(", "))
            }
            Self::WrongType { expected, found } => write!(f, "expected {expected} but found {found}"),
            Self::Value(e) => write!(f, "{e}"),
            Self::Parse(code) => write!(f, "{code:?}"),
            Self::Other(message) => f.write_str(message),
        }
    }
}

impl SyntaxProblem {
    /// Classifies a ron error.
    pub fn from_ron(code: &ron::Error) -> Self {
        let strings = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect();
        match code {
            ron::Error::Eof => Self::UnexpectedEnd,
            ron::Error::MissingStructField { field, .. } => Self::MissingField((*field).to_owned()),
            ron::Error::NoSuchStructField { expected, found, .. } => {
                Self::UnknownField { found: found.clone(), expected: strings(expected) }
            }
            ron::Error::DuplicateStructField { field, .. } => Self::DuplicateField((*field).to_owned()),
            ron::Error::NoSuchEnumVariant { expected, found, .. } => {
                Self::UnknownVariant { found: found.clone(), expected: strings(expected) }
            }
            ron::Error::InvalidValueForType { expected, found } => {
                Self::WrongType { expected: expected.clone(), found: found.clone() }
            }
            ron::Error::Message(message) => {
                ValueError::from_message(message).map_or_else(|| Self::Other(message.clone()), Self::Value)
            }
            other => match ParseCode::from_ron(other) {
                ParseCode::Unrecognised => Self::Other(other.to_string()),
                code => Self::Parse(code),
            },
        }
    }
}

/// Why a file could not be loaded. The open document is never touched by a failed load.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read the file: {source}: {path}")]
    Io {
        /// Why.
        source: std::io::Error,
        /// The file.
        path: PathBuf,
    },
    /// Bytes that are not UTF-8 text.
    #[error("the file is not UTF-8 text (line {line}, column {col})")]
    NotText {
        /// Line of the first bad byte, from 1.
        line: usize,
        /// Column of the first bad byte, from 1.
        col: usize,
    },
    /// RON syntax, a wrong type, an unknown or missing field, a bad value.
    #[error("line {line}, column {col}: {problem}")]
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
        /// What is wrong.
        problem: SyntaxProblem,
    },
    /// A file from a newer Podium.
    #[error("written by a newer Podium (version {0})")]
    NewerVersion(u32),
    /// A version number no Podium wrote.
    #[error("unknown file version {0} (this Podium reads version 1)")]
    UnknownVersion(u32),
    /// A reference to a key that does not exist.
    #[error("{entity}: {field} {key:?} does not exist")]
    UnknownReference {
        /// The entity holding the reference.
        entity: EntityRef,
        /// The field, e.g. "hall", "day", "person".
        field: &'static str,
        /// The missing key.
        key: String,
    },
    /// A key defined twice.
    #[error("{0} is defined twice")]
    DuplicateKey(EntityRef),
    /// A session placed in a hall and in all halls at once.
    #[error("{0}: both `hall` and `all_halls` are set")]
    HallAndAllHalls(EntityRef),
}

/// Why a file could not be saved. The previous file is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Writing, syncing or renaming failed.
    #[error("cannot write the file: {source}: {path}")]
    Io {
        /// Why.
        source: std::io::Error,
        /// The file.
        path: PathBuf,
    },
    /// The file is read-only: a command refuses, a dialog asks first.
    #[error("the file is read-only: {path}")]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// The programme could not be turned into RON (a bug).
    #[error("cannot encode the programme: {0}")]
    Encode(String),
}
