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
    /// Anything else ron reports (English).
    Other(String),
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
            other => Self::Other(other.to_string()),
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
