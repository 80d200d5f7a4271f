//! GENERAL AUTHENTICATE with a slot's private key: `7C { 82 00, 81 L
//! <data> }` answered by `7C { 82 L <result> }`. RSA is the raw private-key
//! operation on the whole block the caller padded; ECDSA signs the hash
//! it is given, as cards do (a shorter hash left-padded, a longer one
//! truncated to the field size), and answers a DER signature.

use p256::ecdsa::signature::hazmat::PrehashSigner;
use rsa::BigUint;
use rsa::rand_core::OsRng;
use rsa::traits::PublicKeyParts;

use super::VirtualCard;
use super::command::{
    Command, SW_NO_REFERENCE, SW_SECURITY_STATUS, SW_WRONG_DATA, SW_WRONG_P1P2, sw_only, with_ok,
};
use super::keys::{PinPolicy, PrivateKey};
use crate::card::chuid::{encode_tlv, parse_tlvs};

impl VirtualCard {
    pub(super) fn sign(&self, cmd: &Command<'_>) -> Vec<u8> {
        let Some(slot) = self.keys.get(&cmd.p2) else {
            return sw_only(SW_NO_REFERENCE);
        };
        if cmd.p1 != slot.key.algorithm() {
            return sw_only(SW_WRONG_P1P2);
        }
        let Some(input) = signing_input(cmd.data) else {
            return sw_only(SW_WRONG_DATA);
        };
        let pin_ok = match slot.pin_policy {
            PinPolicy::Never => true,
            PinPolicy::Once => self.session.pin_verified,
            PinPolicy::Always => {
                self.session.pin_verified
                    && self.session.pin_verified_by == self.session.commands.checked_sub(1)
            }
        };
        if !pin_ok {
            return sw_only(SW_SECURITY_STATUS);
        }
        match private_operation(&slot.key, input) {
            Some(result) => with_ok(encode_tlv(0x7C, &encode_tlv(0x82, &result))),
            None => sw_only(SW_WRONG_DATA),
        }
    }
}

/// The `81` data of `7C { 82 00, 81 L <data> }`.
fn signing_input(data: &[u8]) -> Option<&[u8]> {
    let [template] = parse_tlvs(data).ok()?.try_into().ok()?;
    if template.tag != 0x7C {
        return None;
    }
    let fields = parse_tlvs(template.value).ok()?;
    let asks_response = fields.iter().any(|f| f.tag == 0x82 && f.value.is_empty());
    let input = fields.iter().find(|f| f.tag == 0x81)?.value;
    (asks_response && !input.is_empty()).then_some(input)
}

/// The signature (or raw RSA result); `None` when `input` does not fit.
fn private_operation(key: &PrivateKey, input: &[u8]) -> Option<Vec<u8>> {
    match key {
        PrivateKey::Rsa2048(key) => {
            let size = key.size();
            if input.len() != size {
                return None;
            }
            let block = BigUint::from_bytes_be(input);
            let result = rsa::hazmat::rsa_decrypt_and_check(key.as_ref(), Some(&mut OsRng), &block)
                .ok()?
                .to_bytes_be();
            let mut out = vec![0u8; size.saturating_sub(result.len())];
            out.extend(result);
            Some(out)
        }
        PrivateKey::P256(key) => {
            let signature: p256::ecdsa::Signature =
                key.sign_prehash(&field_sized(input, 32)).ok()?;
            Some(signature.to_der().as_bytes().to_vec())
        }
        PrivateKey::P384(key) => {
            let signature: p384::ecdsa::Signature =
                key.sign_prehash(&field_sized(input, 48)).ok()?;
            Some(signature.to_der().as_bytes().to_vec())
        }
    }
}

/// A hash made the field's size: zeros in front of a shorter one, the
/// leftmost bytes of a longer one (both curves' orders are whole bytes).
fn field_sized(hash: &[u8], size: usize) -> Vec<u8> {
    let mut out = vec![0u8; size.saturating_sub(hash.len())];
    out.extend_from_slice(&hash[..hash.len().min(size)]);
    out
}

#[cfg(test)]
mod tests;
