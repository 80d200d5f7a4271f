//! The PIV card-management ("admin") key `9B` and the one block cipher
//! operation its witness needs, for the virtual card and the simulated CM
//! server: the card encrypts a random witness, whoever knows the key
//! decrypts it, and the card accepts the decrypted witness back.

use aes::Aes128;
use des::TdesEde3;
use des::cipher::generic_array::GenericArray;
use des::cipher::{BlockDecrypt, BlockEncrypt, KeyInit};
use uuid::Uuid;
use zeroize::Zeroizing;

/// The well-known default PIV management key (3DES, `0102…08` three
/// times), which cards and MIM templates start with.
pub const DEFAULT_TDES_KEY: [u8; 24] = [
    1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8,
];

/// A card-management key the virtual card and the simulator can use.
#[derive(Clone, PartialEq, Eq)]
pub enum AdminKey {
    Tdes(Zeroizing<[u8; 24]>),
    Aes128(Zeroizing<[u8; 16]>),
}

impl std::fmt::Debug for AdminKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A key is a secret: name its kind only.
        f.write_str(match self {
            Self::Tdes(_) => "AdminKey::Tdes(<redacted>)",
            Self::Aes128(_) => "AdminKey::Aes128(<redacted>)",
        })
    }
}

impl Default for AdminKey {
    fn default() -> Self {
        Self::Tdes(Zeroizing::new(DEFAULT_TDES_KEY))
    }
}

impl AdminKey {
    /// 24 bytes are a 3DES key, 16 bytes an AES-128 key.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        match bytes.len() {
            24 => bytes.try_into().ok().map(|k| Self::Tdes(Zeroizing::new(k))),
            16 => bytes
                .try_into()
                .ok()
                .map(|k| Self::Aes128(Zeroizing::new(k))),
            _ => None,
        }
    }

    /// From hex, as `DefaultAdminKeyHex` and `--admin-key` give it.
    pub fn from_hex(text: &str) -> Option<Self> {
        let bytes = Zeroizing::new(hex::decode(text.trim()).ok()?);
        Self::from_bytes(&bytes)
    }

    /// The key's bytes, for the one command that sets it on a card and the
    /// PUK derived from it; never printed.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Self::Tdes(key) => key.as_slice(),
            Self::Aes128(key) => key.as_slice(),
        }
    }

    pub fn to_hex(&self) -> String {
        match self {
            Self::Tdes(key) => hex::encode(key.as_slice()),
            Self::Aes128(key) => hex::encode(key.as_slice()),
        }
    }

    /// The PIV algorithm identifier (SP 800-78): 03 3DES, 08 AES-128.
    pub fn algorithm_id(&self) -> u8 {
        match self {
            Self::Tdes(_) => 0x03,
            Self::Aes128(_) => 0x08,
        }
    }

    /// The cipher's block size, which is also the witness length.
    pub fn block_len(&self) -> usize {
        match self {
            Self::Tdes(_) => 8,
            Self::Aes128(_) => 16,
        }
    }

    /// Encrypts one block; `None` when `block` is not one block long.
    pub fn encrypt(&self, block: &[u8]) -> Option<Vec<u8>> {
        let mut out = block.to_vec();
        if out.len() != self.block_len() {
            return None;
        }
        // Each cipher has its own block size, so each arm makes its own view.
        match self {
            Self::Tdes(key) => TdesEde3::new(GenericArray::from_slice(key.as_slice()))
                .encrypt_block(GenericArray::from_mut_slice(&mut out)),
            Self::Aes128(key) => Aes128::new(GenericArray::from_slice(key.as_slice()))
                .encrypt_block(GenericArray::from_mut_slice(&mut out)),
        }
        Some(out)
    }

    /// Decrypts one block; `None` when `block` is not one block long.
    pub fn decrypt(&self, block: &[u8]) -> Option<Vec<u8>> {
        let mut out = block.to_vec();
        if out.len() != self.block_len() {
            return None;
        }
        // Each cipher has its own block size, so each arm makes its own view.
        match self {
            Self::Tdes(key) => TdesEde3::new(GenericArray::from_slice(key.as_slice()))
                .decrypt_block(GenericArray::from_mut_slice(&mut out)),
            Self::Aes128(key) => Aes128::new(GenericArray::from_slice(key.as_slice()))
                .decrypt_block(GenericArray::from_mut_slice(&mut out)),
        }
        Some(out)
    }

    /// The per-card key a template with `DiversifyAdminKey` gives. MIM's own
    /// diversification is not documented; this is the simulator's: the card
    /// id's bytes encrypted block by block under the base key, so the
    /// simulated server and a virtual card given the same base key agree.
    pub fn diversified_for(&self, card_id: Uuid) -> AdminKey {
        let id = card_id.as_bytes();
        let folded: Vec<u8> = id[..8].iter().zip(&id[8..]).map(|(a, b)| a ^ b).collect();
        let inputs: Vec<&[u8]> = match self {
            Self::Tdes(_) => vec![&id[..8], &id[8..], &folded[..]],
            Self::Aes128(_) => vec![&id[..]],
        };
        let bytes: Zeroizing<Vec<u8>> = Zeroizing::new(
            inputs
                .into_iter()
                .filter_map(|input| self.encrypt(input))
                .flatten()
                .collect(),
        );
        // Every input is one block, so the length always matches the kind.
        Self::from_bytes(&bytes).unwrap_or_else(|| self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tdes_matches_a_known_answer() {
        // K1 = K2 = K3 makes 3DES-EDE single DES, so the classic DES
        // example (key 0123456789abcdef, "Now is t") applies.
        let key = AdminKey::from_hex(&"0123456789abcdef".repeat(3)).unwrap();
        let cipher = key.encrypt(b"Now is t").unwrap();
        assert_eq!(hex::encode(&cipher), "3fa40e8a984d4815");
        assert_eq!(key.decrypt(&cipher).unwrap(), b"Now is t");
    }

    #[test]
    fn aes_matches_fips_197() {
        let key = AdminKey::from_hex("000102030405060708090a0b0c0d0e0f").unwrap();
        let plain = hex::decode("00112233445566778899aabbccddeeff").unwrap();
        let cipher = key.encrypt(&plain).unwrap();
        assert_eq!(hex::encode(&cipher), "69c4e0d86a7b0430d8cdb78070b4c55a");
        assert_eq!(key.decrypt(&cipher).unwrap(), plain);
        assert_eq!(key.algorithm_id(), 0x08);
    }

    #[test]
    fn wrong_lengths_are_refused_and_keys_never_printed() {
        assert_eq!(AdminKey::from_hex("0102"), None);
        assert_eq!(AdminKey::from_hex("zz"), None);
        let key = AdminKey::default();
        assert_eq!(key.encrypt(&[0; 7]), None);
        assert_eq!(
            key.to_hex(),
            "010203040506070801020304050607080102030405060708"
        );
        assert!(!format!("{key:?}").contains("0102"));
    }

    #[test]
    fn diversified_keys_differ_per_card_and_repeat_for_the_same_card() {
        let base = AdminKey::default();
        let (a, b) = (Uuid::new_v4(), Uuid::new_v4());
        assert_eq!(base.diversified_for(a), base.diversified_for(a));
        assert_ne!(base.diversified_for(a), base.diversified_for(b));
        assert_ne!(base.diversified_for(a), base);
    }
}
