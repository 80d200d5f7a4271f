//! The classroom's keys: random secrets the simulator issues, one to each
//! desk that joins and one to the trainer at start. Whoever holds a key
//! acts as its desk (or as the trainer), so a key is never logged, never
//! shown in `Debug`, and wiped when dropped; the simulator keeps only a
//! fingerprint of each.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// Random bytes in a key: 256 bits, as hex on the wire.
const KEY_BYTES: usize = 32;

/// What the simulator keeps of a key: its SHA-256, so a lookup compares
/// digests and the keys themselves are not in its memory.
pub type Fingerprint = [u8; 32];

#[derive(Clone, PartialEq, Eq)]
pub struct ClassroomKey(Zeroizing<String>);

impl ClassroomKey {
    /// A fresh key from the OS's random source.
    pub fn random() -> Result<Self, getrandom::Error> {
        let mut bytes = Zeroizing::new([0_u8; KEY_BYTES]);
        getrandom::fill(bytes.as_mut_slice())?;
        Ok(Self(Zeroizing::new(hex::encode(bytes.as_slice()))))
    }

    /// A key as the simulator wrote it (64 lower-case hex digits); `None`
    /// for anything else.
    pub fn from_text(text: &str) -> Option<Self> {
        let well_formed = text.len() == KEY_BYTES * 2
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        well_formed.then(|| Self(Zeroizing::new(text.to_owned())))
    }

    /// The key itself, for the header that carries it or the trainer's
    /// console: nowhere else.
    pub fn secret_text(&self) -> &str {
        &self.0
    }

    pub fn fingerprint(&self) -> Fingerprint {
        fingerprint(self.0.as_bytes())
    }
}

/// The fingerprint of whatever a caller presented as a key.
pub fn fingerprint(presented: &[u8]) -> Fingerprint {
    Sha256::digest(presented).into()
}

impl fmt::Debug for ClassroomKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ClassroomKey(<redacted>)")
    }
}

impl Serialize for ClassroomKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ClassroomKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Zeroizing::new(String::deserialize(deserializer)?);
        Self::from_text(&text)
            .ok_or_else(|| serde::de::Error::custom("a classroom key is 64 lower-case hex digits"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_well_formed_and_never_shown() {
        let (a, b) = (
            ClassroomKey::random().unwrap(),
            ClassroomKey::random().unwrap(),
        );
        assert_ne!(a, b);
        assert_eq!(ClassroomKey::from_text(a.secret_text()), Some(a.clone()));
        assert_eq!(format!("{a:?}"), "ClassroomKey(<redacted>)");
        assert_eq!(a.fingerprint(), fingerprint(a.secret_text().as_bytes()));
        assert_ne!(a.fingerprint(), b.fingerprint());
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<ClassroomKey>(&json).unwrap(), a);
        for bad in ["", "ada-pc", &"A".repeat(64), &"0".repeat(63)] {
            assert_eq!(ClassroomKey::from_text(bad), None, "{bad:?}");
        }
        assert!(serde_json::from_str::<ClassroomKey>("\"ada-pc\"").is_err());
    }
}
