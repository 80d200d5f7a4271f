//! GET METADATA (`00 F7 00 <reference>`), as YubiKey firmware 5.3 and
//! later answers it: `01` algorithm, `02` PIN and touch policy, `03`
//! origin, `04` public key, `05` whether the value is still the factory
//! one, `06` tries (set, left). The enrollment reads the PIN's and the
//! PUK's `05` to resume safely.

use super::VirtualCard;
use super::command::{Command, SW_NO_REFERENCE, SW_UNKNOWN_INS, SW_WRONG_P1P2, sw_only, with_ok};
use super::pin::{PIN_REF, PUK_REF, Secret};
use crate::card::admin_key::AdminKey;
use crate::card::apdu::ADMIN_KEY_REF;
use crate::card::chuid::encode_tlv;

/// Tag `01` of the PIN and the PUK, which have no algorithm.
const NO_ALGORITHM: u8 = 0xFF;
/// Tag `03`: the key was made on the card.
const GENERATED: u8 = 0x01;

impl VirtualCard {
    pub(super) fn metadata(&self, cmd: &Command<'_>) -> Vec<u8> {
        if !self.offers_metadata {
            return sw_only(SW_UNKNOWN_INS);
        }
        if cmd.p1 != 0 {
            return sw_only(SW_WRONG_P1P2);
        }
        let data = match cmd.p2 {
            ADMIN_KEY_REF => {
                let mut data = encode_tlv(0x01, &[self.admin_key.algorithm_id()]);
                data.extend(encode_tlv(0x02, &[0x00, 0x01]));
                let default = self.admin_key == AdminKey::default();
                data.extend(encode_tlv(0x05, &[u8::from(default)]));
                data
            }
            PIN_REF => secret_metadata(&self.pin),
            PUK_REF => secret_metadata(&self.puk),
            slot => match self.keys.get(&slot) {
                Some(slot) => {
                    let mut data = encode_tlv(0x01, &[slot.key.algorithm()]);
                    data.extend(encode_tlv(
                        0x02,
                        &[slot.pin_policy as u8, slot.touch_policy],
                    ));
                    data.extend(encode_tlv(0x03, &[GENERATED]));
                    data.extend(encode_tlv(0x04, &slot.key.public_fields()));
                    data
                }
                None => return sw_only(SW_NO_REFERENCE),
            },
        };
        with_ok(data)
    }
}

fn secret_metadata(secret: &Secret) -> Vec<u8> {
    let mut data = encode_tlv(0x01, &[NO_ALGORITHM]);
    data.extend(encode_tlv(0x05, &[u8::from(secret.is_factory_value())]));
    data.extend(encode_tlv(0x06, &[secret.tries(), secret.tries_left()]));
    data
}
