//! The file of one release: a RON header (label, note, when it was recorded) around the public programme
//! in the programme file's own version-1 form, so a release reads like a programme in git and loads with
//! the same checks (unknown fields refused, line and column on errors, keys resolved).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::v1::FileV1;
use super::{LoadError, SaveError, VERSION, convert, pretty, ron_options, syntax};
use crate::model::Programme;

/// The release file's own version (of its header; the programme inside has `version: 1` of its own).
pub const RELEASE_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReleaseFileV1 {
    release: u32,
    label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
    recorded: Recorded,
    programme: FileV1,
}

/// A UTC moment written as `"2022-09-01T08:30:00Z"`.
struct Recorded(DateTime<Utc>);

impl Serialize for Recorded {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.format("%Y-%m-%dT%H:%M:%SZ").to_string())
    }
}

impl<'de> Deserialize<'de> for Recorded {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text).map(|t| Self(t.with_timezone(&Utc))).map_err(|_| {
            serde::de::Error::custom(format!("expected a moment like 2022-09-01T08:30:00Z, found {text:?}"))
        })
    }
}

/// A release as read from its file.
#[derive(Clone, Debug, PartialEq)]
pub struct ReleaseFile {
    /// Its label ("Stand 3").
    pub label: String,
    /// The organisers' note (may be empty).
    pub note: String,
    /// When it was recorded.
    pub recorded: DateTime<Utc>,
    /// The public programme as it was published.
    pub programme: Programme,
}

/// The RON text of a release file: deterministic, ends with a newline.
pub fn release_to_string(r: &ReleaseFile) -> Result<String, SaveError> {
    let file = ReleaseFileV1 {
        release: RELEASE_VERSION,
        label: r.label.clone(),
        note: r.note.clone(),
        recorded: Recorded(r.recorded),
        programme: convert::to_v1(&r.programme),
    };
    let mut text = ron_options().to_string_pretty(&file, pretty()).map_err(|e| SaveError::Encode(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Reads a release file's text.
pub fn load_release_str(text: &str) -> Result<ReleaseFile, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: ReleaseFileV1 = ron_options().from_str(text).map_err(|e| syntax(&e))?;
    if file.release > RELEASE_VERSION {
        return Err(LoadError::NewerVersion(file.release));
    }
    if file.programme.version != VERSION {
        return Err(if file.programme.version > VERSION {
            LoadError::NewerVersion(file.programme.version)
        } else {
            LoadError::UnknownVersion(file.programme.version)
        });
    }
    let recorded = file.recorded.0;
    let programme = convert::from_v1(file.programme)?;
    Ok(ReleaseFile { label: file.label, note: file.note, recorded, programme })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    #[test]
    fn a_release_round_trips_and_reads_like_a_programme() {
        let programme = crate::format::load_str(crate::sample::BUNDESKONGRESS).unwrap();
        let r = ReleaseFile {
            label: "Stand 3".into(),
            note: "Halle 7 statt Halle 4".into(),
            recorded: Utc.with_ymd_and_hms(2022, 9, 1, 8, 30, 0).unwrap(),
            programme,
        };
        let text = release_to_string(&r).unwrap();
        assert!(text.starts_with("(\n    release: 1,\n    label: \"Stand 3\","), "{text}");
        assert!(text.contains("recorded: \"2022-09-01T08:30:00Z\""), "{text}");
        assert!(text.contains("title: \"15. Bundeskongress Nationale Stadtentwicklungspolitik\""));
        assert_eq!(load_release_str(&text).unwrap(), r);
        assert_eq!(release_to_string(&load_release_str(&text).unwrap()).unwrap(), text, "byte-stable");
        let typo = text.replacen("label:", "lable:", 1);
        assert!(matches!(load_release_str(&typo), Err(LoadError::Syntax { line: 3, .. })), "{typo:.80}");
    }
}
