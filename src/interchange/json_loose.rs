//! Lenient serde building blocks for schedule JSON, read straight from the text without a
//! `serde_json::Value` tree: a [`Scalar`] takes any value (strings trimmed, numbers and booleans written
//! out, everything else as nothing), a [`Loose`] object is its type's default when the value is no
//! object, a [`LooseVec`] is empty when the value is no array. None of them refuses a value: only the
//! JSON syntax can fail. A key given twice counts with its last value, as in a `Value` map.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A JSON object's key, borrowed from the text when it has no escapes.
pub(super) enum Key<'de> {
    /// Straight from the text.
    Borrowed(&'de str),
    /// Unescaped.
    Owned(String),
}

impl Key<'_> {
    /// The key's text.
    pub(super) fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_owned()))
            }
        }
        d.deserialize_str(V)
    }
}

/// Consumes the rest of an array.
fn skip_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Consumes the rest of an object.
fn skip_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Any value as text: a string trimmed (empty is nothing), a number or boolean as JSON writes it, null,
/// arrays and objects as nothing.
#[derive(Default)]
pub(super) struct Scalar(pub Option<String>);

impl<'de> de::Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                let v = v.trim();
                Ok(Scalar((!v.is_empty()).then(|| v.to_owned())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(Some(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(serde_json::Number::from_f64(v).map(|n| n.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(Some(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
                Ok(Scalar(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Scalar, A::Error> {
                skip_seq(seq).map(|()| Scalar(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Scalar, A::Error> {
                skip_map(map).map(|()| Scalar(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// An object type read key by key.
pub(super) trait FromMap<'de>: Default {
    /// Reads the value of `key` (with `map.next_value`), or skips it as `IgnoredAny`.
    fn field<A: MapAccess<'de>>(&mut self, key: &Key<'de>, map: &mut A) -> Result<(), A::Error>;
}

/// An object, or `T::default()` for any other value.
pub(super) struct Loose<T>(pub T);

impl<'de, T: FromMap<'de>> de::Deserialize<'de> for Loose<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: FromMap<'de>> Visitor<'de> for V<T> {
            type Value = Loose<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose<T>, A::Error> {
                let mut t = T::default();
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    t.field(&key, &mut map)?;
                }
                Ok(Loose(t))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Loose<T>, A::Error> {
                skip_seq(seq).map(|()| Loose(T::default()))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Loose<T>, E> {
                Ok(Loose(T::default()))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Loose<T>, E> {
                Ok(Loose(T::default()))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Loose<T>, E> {
                Ok(Loose(T::default()))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Loose<T>, E> {
                Ok(Loose(T::default()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Loose<T>, E> {
                Ok(Loose(T::default()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose<T>, E> {
                Ok(Loose(T::default()))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// The elements of an array (each as `T`), or none for any other value.
pub(super) struct LooseVec<T>(pub Vec<T>);

impl<'de, T: de::Deserialize<'de>> de::Deserialize<'de> for LooseVec<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: de::Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = LooseVec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LooseVec<T>, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
                while let Some(x) = seq.next_element::<T>()? {
                    out.push(x);
                }
                Ok(LooseVec(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<LooseVec<T>, A::Error> {
                skip_map(map).map(|()| LooseVec(Vec::new()))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<LooseVec<T>, E> {
                Ok(LooseVec(Vec::new()))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<LooseVec<T>, E> {
                Ok(LooseVec(Vec::new()))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<LooseVec<T>, E> {
                Ok(LooseVec(Vec::new()))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<LooseVec<T>, E> {
                Ok(LooseVec(Vec::new()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<LooseVec<T>, E> {
                Ok(LooseVec(Vec::new()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<LooseVec<T>, E> {
                Ok(LooseVec(Vec::new()))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// Reads the value of the current key as `T`.
pub(super) fn value<'de, T: de::Deserialize<'de>, A: MapAccess<'de>>(map: &mut A) -> Result<T, A::Error> {
    map.next_value::<T>()
}

/// Skips the value of the current key.
pub(super) fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// Reads a text value (as a `String` or a raw [`super::raw::Text`]).
pub(super) fn scalar<'de, A: MapAccess<'de>, T: From<String>>(map: &mut A) -> Result<Option<T>, A::Error> {
    value::<Scalar, A>(map).map(|s| s.0.map(T::from))
}
