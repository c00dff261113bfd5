//! Serde forms of the file's scalar values — dates `"2022-09-14"`, times `"14:00"` (up to `"47:59"`),
//! uuids — and of key-unique maps. A bad value becomes a ron error at the value's line and column; its
//! data travels inside ron's message as [`ValueError`] and is decoded again for `i18n`.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use uuid::Uuid;

use crate::model::{Clock, ClockError};

/// A value in the file that has the right type but not the right form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ValueError {
    /// A time that is not `HH:MM` up to 47:59.
    #[error("invalid time {text:?}: {reason}")]
    Time {
        /// The text found.
        text: String,
        /// Why it is not a time.
        reason: TimeReason,
    },
    /// A date that is not a real calendar date `YYYY-MM-DD`.
    #[error("invalid date {0:?} (expected a real date written YYYY-MM-DD)")]
    Date(String),
    /// A real date outside the years a programme may have (`time::YEARS`).
    #[error("date {0:?} is outside the years 1900 to 2200")]
    DateOutOfRange(String),
    /// A malformed uuid.
    #[error("invalid uuid {0:?}")]
    Uuid(String),
    /// A map key used twice.
    #[error("key {0:?} is used twice")]
    DuplicateKey(String),
}

/// Why a time is invalid (a serialisable copy of [`ClockError`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum TimeReason {
    /// Not `HH:MM`.
    #[error("expected HH:MM")]
    Malformed,
    /// Minutes ≥ 60.
    #[error("minutes must be below 60")]
    Minutes,
    /// Past 47:59.
    #[error("times go up to 47:59")]
    TooLate,
}

impl From<ClockError> for TimeReason {
    fn from(e: ClockError) -> Self {
        match e {
            ClockError::Malformed => Self::Malformed,
            ClockError::Minutes => Self::Minutes,
            ClockError::TooLate => Self::TooLate,
        }
    }
}

/// Marks a ron message that carries a [`ValueError`].
const MARK: &str = "podium-value:";

impl ValueError {
    fn into_de<E: de::Error>(self) -> E {
        E::custom(format!("{MARK}{}", serde_json::to_string(&self).unwrap_or_default()))
    }

    /// Decodes a ron message made by a value of this module.
    pub fn from_message(message: &str) -> Option<Self> {
        serde_json::from_str(message.strip_prefix(MARK)?).ok()
    }
}

/// A time of day in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeText(pub Clock);

impl Serialize for TimeText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TimeText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse::<Clock>().map(Self).map_err(|e| ValueError::Time { text, reason: e.into() }.into_de())
    }
}

/// A calendar date in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateText(pub NaiveDate);

impl Serialize for DateText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%Y-%m-%d"))
    }
}

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        // Exactly the form the saver writes, and nothing looser ("2022-9-14" is refused, as is
        // "2022-02-30"); and only in the years a programme may have, so that no date arithmetic later can
        // leave the calendar.
        match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
            Ok(date) if date.format("%Y-%m-%d").to_string() == text && crate::model::time::sane_date(date) => {
                Ok(Self(date))
            }
            Ok(date) if date.format("%Y-%m-%d").to_string() == text => Err(ValueError::DateOutOfRange(text).into_de()),
            _ => Err(ValueError::Date(text).into_de()),
        }
    }
}

/// A uuid in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UuidText(pub Uuid);

impl Serialize for UuidText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.hyphenated())
    }
}

impl<'de> Deserialize<'de> for UuidText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Uuid::parse_str(&text).map(Self).map_err(|_| ValueError::Uuid(text).into_de())
    }
}

/// Deserialises a map whose keys must be unique (serde's `BTreeMap` would silently keep the last).
pub fn unique_map<'de, D, T>(d: D) -> Result<BTreeMap<String, T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct UniqueMap<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for UniqueMap<T> {
        type Value = BTreeMap<String, T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map from keys to entries")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut map = BTreeMap::new();
            while let Some(key) = access.next_key::<String>()? {
                if map.contains_key(&key) {
                    return Err(ValueError::DuplicateKey(key).into_de());
                }
                let value = access.next_value()?;
                map.insert(key, value);
            }
            Ok(map)
        }
    }

    d.deserialize_map(UniqueMap(PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_load_exactly_as_they_are_saved() {
        let load = |t: &str| ron::from_str::<DateText>(&format!("{t:?}")).map(|d| d.0);
        for date in [
            NaiveDate::from_ymd_opt(2022, 9, 14),
            NaiveDate::from_ymd_opt(1900, 1, 1),
            NaiveDate::from_ymd_opt(2200, 12, 31),
        ] {
            let date = date.unwrap();
            let text = ron::to_string(&DateText(date)).unwrap();
            assert_eq!(ron::from_str::<DateText>(&text).map(|d| d.0), Ok(date), "{text}");
        }
        assert!(load("2022-9-14").is_err());
        assert!(load("2022-02-30").is_err());
        assert!(load(" 2022-09-14").is_err());
    }

    #[test]
    fn dates_outside_the_years_of_a_programme_are_refused() {
        let load = |t: &str| ron::from_str::<DateText>(&format!("{t:?}")).map(|d| d.0);
        for text in ["1899-12-31", "2201-01-01", "+262142-12-31", "-0170-03-01"] {
            let Err(ron::error::SpannedError { code: ron::Error::Message(m), .. }) = load(text) else {
                panic!("{text} loaded")
            };
            assert_eq!(ValueError::from_message(&m), Some(ValueError::DateOutOfRange(text.to_owned())), "{text}");
        }
    }

    #[test]
    fn value_errors_survive_the_trip_through_a_message() {
        let e = ValueError::Time { text: "9:75".into(), reason: TimeReason::Minutes };
        let de: ron::Error = e.clone().into_de();
        let ron::Error::Message(message) = de else { panic!("not a message") };
        assert_eq!(ValueError::from_message(&message), Some(e));
        assert_eq!(ValueError::from_message("something else"), None);
    }
}
