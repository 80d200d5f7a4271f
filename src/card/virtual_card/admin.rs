//! The virtual card's admin key `9B`: GET METADATA, and GENERAL
//! AUTHENTICATE's witness, issued encrypted and accepted back in clear once,
//! only in the session (no reset since) that issued it.

use super::{Command, VirtualCard, sw_only, with_ok};
use crate::card::admin_key::AdminKey;
use crate::card::apdu::ADMIN_KEY_REF;
use crate::card::chuid::{encode_tlv, parse_tlvs};

impl VirtualCard {
    /// GET METADATA for the admin key: algorithm, policy, default-key flag.
    pub(super) fn metadata(&self, cmd: &Command<'_>) -> Vec<u8> {
        if self.card_id.is_none() || !self.offers_metadata {
            return sw_only(0x6D00);
        }
        if !self.piv_selected {
            return sw_only(0x6985);
        }
        if (cmd.p1, cmd.p2) != (0x00, ADMIN_KEY_REF) {
            return sw_only(0x6A88);
        }
        let mut data = encode_tlv(0x01, &[self.admin_key.algorithm_id()]);
        data.extend(encode_tlv(0x02, &[0x00, 0x01]));
        let default = self.admin_key == AdminKey::default();
        data.extend(encode_tlv(0x05, &[u8::from(default)]));
        with_ok(data)
    }

    /// GENERAL AUTHENTICATE with the admin key. `7C 02 80 00` asks for a
    /// witness: a random block, kept in clear, sent encrypted. `7C .. 80 n
    /// <clear witness>` (and optionally `81 n <challenge>`) answers it:
    /// accepted once, only in the session that issued it.
    pub(super) fn general_authenticate(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if self.card_id.is_none() {
            return sw_only(0x6D00);
        }
        if !self.piv_selected {
            return sw_only(0x6985);
        }
        if cmd.p2 != ADMIN_KEY_REF {
            return sw_only(0x6A88);
        }
        if cmd.p1 != self.admin_key.algorithm_id() {
            return sw_only(0x6A86);
        }
        let Some(fields) = dynamic_template(cmd.data) else {
            return sw_only(0x6A80);
        };
        match (fields.witness, fields.challenge) {
            (Some([]), None) => self.issue_witness(),
            (Some(answer), challenge) => self.check_witness(answer, challenge),
            _ => sw_only(0x6A80),
        }
    }

    fn issue_witness(&mut self) -> Vec<u8> {
        let mut witness = vec![0u8; self.admin_key.block_len()];
        fastrand::fill(&mut witness);
        let Some(sealed) = self.admin_key.encrypt(&witness) else {
            return sw_only(0x6F00);
        };
        self.witness = Some(witness);
        with_ok(encode_tlv(0x7C, &encode_tlv(0x80, &sealed)))
    }

    fn check_witness(&mut self, answer: &[u8], challenge: Option<&[u8]>) -> Vec<u8> {
        // One try per witness, right or wrong.
        let Some(expected) = self.witness.take() else {
            return sw_only(0x6985);
        };
        if answer != expected.as_slice() {
            return sw_only(0x6982);
        }
        match challenge.map(|c| self.admin_key.encrypt(c)) {
            None => sw_only(0x9000),
            Some(Some(sealed)) => with_ok(encode_tlv(0x7C, &encode_tlv(0x82, &sealed))),
            Some(None) => sw_only(0x6A80),
        }
    }
}

/// The parts of a dynamic authentication template (`7C`) the card uses.
struct Template<'a> {
    witness: Option<&'a [u8]>,
    challenge: Option<&'a [u8]>,
}

fn dynamic_template(data: &[u8]) -> Option<Template<'_>> {
    let outer = parse_tlvs(data).ok()?;
    let [template] = outer.as_slice() else {
        return None;
    };
    if template.tag != 0x7C {
        return None;
    }
    let inner = parse_tlvs(template.value).ok()?;
    let find = |tag| inner.iter().find(|t| t.tag == tag).map(|t| t.value);
    Some(Template {
        witness: find(0x80),
        challenge: find(0x81),
    })
}
