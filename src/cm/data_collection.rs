//! A request's data collection (the name/value pairs its enrollment form
//! asked for), kept as one block of text and a list of where each item
//! ends: two heap blocks per request instead of five (a list, and a string
//! per name and per value), which a list of ten thousand requests read and
//! kept ten thousand times over.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::wire::lossy_text;

/// Name/value pairs in the server's order.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct DataCollection {
    /// Every name and value, one after the other.
    text: String,
    /// Where each item's name, and then its value, ends in `text`.
    ends: Vec<(u32, u32)>,
}

impl DataCollection {
    /// Adds an item at the end.
    pub fn push(&mut self, name: &str, value: &str) {
        self.text.push_str(name);
        let name_end = offset(self.text.len());
        self.text.push_str(value);
        self.ends.push((name_end, offset(self.text.len())));
    }

    /// The items as `(name, value)`, in the server's order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&(name_end, value_end)| {
            let (name_end, value_end) = (name_end as usize, value_end as usize);
            let item = (
                self.text.get(start..name_end).unwrap_or_default(),
                self.text.get(name_end..value_end).unwrap_or_default(),
            );
            start = value_end;
            item
        })
    }

    /// The value of the first item with this name (case-insensitive).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(item, _)| item.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// An offset into the text. A list body is capped far below 4 GiB, so the
/// cap is never reached from the wire; a text pushed past it reads as empty
/// items rather than wrong ones.
fn offset(length: usize) -> u32 {
    u32::try_from(length).unwrap_or(u32::MAX)
}

impl fmt::Debug for DataCollection {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<'a> FromIterator<(&'a str, &'a str)> for DataCollection {
    fn from_iter<I: IntoIterator<Item = (&'a str, &'a str)>>(items: I) -> Self {
        let mut collection = Self::default();
        for (name, value) in items {
            collection.push(name, value);
        }
        collection
    }
}

/// Written as the server writes it: `[{"Name": …, "Value": …}, …]`.
impl Serialize for DataCollection {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Item<'a>(&'a str, &'a str);
        impl Serialize for Item<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(2))?;
                map.serialize_entry("Name", self.0)?;
                map.serialize_entry("Value", self.1)?;
                map.end()
            }
        }
        let mut items = s.serialize_seq(Some(self.len()))?;
        for (name, value) in self.iter() {
            items.serialize_element(&Item(name, value))?;
        }
        items.end()
    }
}

/// Reads `null` or a list of `{"Name": …, "Value": …}`; either may be null,
/// missing or padded with NULs, and other fields are ignored.
impl<'de> Deserialize<'de> for DataCollection {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> Visitor<'de> for Items {
            type Value = DataCollection;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of data items or null")
            }
            fn visit_none<E: de::Error>(self) -> Result<DataCollection, E> {
                Ok(DataCollection::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<DataCollection, E> {
                Ok(DataCollection::default())
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
                d.deserialize_seq(self)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                // Room for the usual two short items, so most take no
                // second allocation (with a zeroing allocator, growing
                // is a copy and a wipe).
                let mut items = DataCollection {
                    text: String::with_capacity(48),
                    ends: Vec::with_capacity(2),
                };
                while let Some(Item { name, value }) = seq.next_element::<Item>()? {
                    items.push(&name, &value);
                }
                Ok(items)
            }
        }
        d.deserialize_option(Items)
    }
}

/// One item as it arrives, borrowed from the body when it can be.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Item<'a> {
    #[serde(default, borrow, deserialize_with = "lossy_text")]
    name: Cow<'a, str>,
    #[serde(default, borrow, deserialize_with = "lossy_text")]
    value: Cow<'a, str>,
}

#[cfg(test)]
mod tests;
