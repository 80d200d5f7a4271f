//! One virtual card's APDU logic, written once: played in-process by the
//! simulated backend and over vpcd's TCP protocol for tests against pcscd.

use uuid::Uuid;

use super::admin_key::AdminKey;
use super::apdu::{CHUID_TAG_LIST, PIV_AID};
use super::chuid::encode_tlv;
use crate::ids::Atr;

/// The default ATR: the one a Windows TPM virtual smart card presents (also
/// the example in the CM API documentation), so demo data looks familiar.
pub const DEFAULT_ATR: [u8; 17] = [
    0x3B, 0x8D, 0x01, 0x80, 0xFB, 0xA0, 0x00, 0x00, 0x03, 0x97, 0x42, 0x54, 0x46, 0x59, 0x03, 0x01,
    0xC8,
];

/// A fixed, well-formed FASC-N (25 bytes); its content does not matter here.
const FASC_N: [u8; 25] = [
    0xD4, 0xE7, 0x39, 0xDA, 0x73, 0x9C, 0xED, 0x39, 0xCE, 0x73, 0x9D, 0x83, 0x68, 0x58, 0x21, 0x08,
    0x42, 0x10, 0x84, 0x21, 0xC8, 0x42, 0x10, 0xC3, 0xEB,
];

/// A PIV-like card: SELECT PIV, GET DATA CHUID, GET CHALLENGE, and the
/// admin key `9B`: GET METADATA and GENERAL AUTHENTICATE's witness.
#[derive(Debug, Clone)]
pub struct VirtualCard {
    atr: Atr,
    /// `None`: the card has no PIV application (SELECT answers 6A82).
    card_id: Option<Uuid>,
    admin_key: AdminKey,
    /// Whether the card answers GET METADATA (not every PIV card does).
    offers_metadata: bool,
    /// Test fault: the card vanishes when a command with this INS arrives.
    vanish_on_ins: Option<u8>,
    piv_selected: bool,
    /// The witness issued in this session, in clear; a reset forgets it.
    witness: Option<Vec<u8>>,
}

impl VirtualCard {
    pub fn new(card_id: Option<Uuid>) -> Self {
        Self {
            atr: Atr::new(DEFAULT_ATR.to_vec()),
            card_id,
            admin_key: AdminKey::default(),
            offers_metadata: true,
            vanish_on_ins: None,
            piv_selected: false,
            witness: None,
        }
    }

    pub fn with_admin_key(mut self, key: AdminKey) -> Self {
        self.admin_key = key;
        self
    }

    pub fn without_metadata(mut self) -> Self {
        self.offers_metadata = false;
        self
    }

    pub fn with_atr(mut self, atr: Atr) -> Self {
        self.atr = atr;
        self
    }

    pub fn with_vanish_on_ins(mut self, ins: u8) -> Self {
        self.vanish_on_ins = Some(ins);
        self
    }

    pub fn atr(&self) -> &Atr {
        &self.atr
    }

    pub fn card_id(&self) -> Option<Uuid> {
        self.card_id
    }

    /// Power-on or reset: the selected application and any witness are
    /// forgotten.
    pub fn reset(&mut self) {
        self.piv_selected = false;
        self.witness = None;
    }

    /// Answers one command APDU. `None` means the card has vanished (the
    /// configured fault) and gives no answer at all.
    pub fn process(&mut self, apdu: &[u8]) -> Option<Vec<u8>> {
        if apdu.len() >= 2 && self.vanish_on_ins == Some(apdu[1]) {
            return None;
        }
        Some(match Command::parse(apdu) {
            Err(sw) => sw_only(sw),
            Ok(cmd) => self.dispatch(&cmd),
        })
    }

    fn dispatch(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if cmd.cla != 0x00 {
            return sw_only(0x6E00);
        }
        match cmd.ins {
            0xA4 => self.select(cmd),
            0xCB => self.get_data(cmd),
            0x84 => get_challenge(cmd),
            0xF7 => self.metadata(cmd),
            0x87 => self.general_authenticate(cmd),
            // Nothing is ever left waiting, so there is nothing to get.
            0xC0 => sw_only(0x6985),
            _ => sw_only(0x6D00),
        }
    }

    fn select(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if (cmd.p1, cmd.p2) != (0x04, 0x00) {
            return sw_only(0x6A86);
        }
        if cmd.data.is_empty() {
            return sw_only(0x6700);
        }
        // A right-truncated AID (at least the 9-byte PIX-less prefix) selects PIV too.
        let matches = cmd.data.len() >= 9 && PIV_AID.starts_with(cmd.data);
        if self.card_id.is_none() || !matches {
            self.piv_selected = false;
            return sw_only(0x6A82);
        }
        self.piv_selected = true;
        // Application property template: AID and the coexistent-tag authority.
        let mut apt = encode_tlv(0x4F, &PIV_AID[5..]);
        apt.extend(encode_tlv(0x79, &encode_tlv(0x4F, &PIV_AID[..5])));
        with_ok(encode_tlv(0x61, &apt))
    }

    fn get_data(&self, cmd: &Command<'_>) -> Vec<u8> {
        if (cmd.p1, cmd.p2) != (0x3F, 0xFF) {
            return sw_only(0x6A86);
        }
        if cmd.data.is_empty() {
            return sw_only(0x6700);
        }
        if !self.piv_selected {
            return sw_only(0x6985);
        }
        if cmd.data != CHUID_TAG_LIST {
            return sw_only(if cmd.data.first() == Some(&0x5C) {
                0x6A82
            } else {
                0x6A80
            });
        }
        match self.card_id {
            Some(id) => with_ok(chuid(id)),
            None => sw_only(0x6A82),
        }
    }
}

fn get_challenge(cmd: &Command<'_>) -> Vec<u8> {
    if (cmd.p1, cmd.p2) != (0x00, 0x00) {
        return sw_only(0x6A86);
    }
    match cmd.le {
        Some(8) => {
            let mut bytes = vec![0u8; 8];
            fastrand::fill(&mut bytes);
            with_ok(bytes)
        }
        // Any other Le: tell the caller the length we will give (ISO 6Cxx).
        Some(_) if cmd.data.is_empty() => sw_only(0x6C08),
        _ => sw_only(0x6700),
    }
}

/// The CHUID container: FASC-N, GUID (as Windows `Guid.ToByteArray()`),
/// expiry, an empty signature and the error-detection code.
fn chuid(id: Uuid) -> Vec<u8> {
    let mut inner = encode_tlv(0x30, &FASC_N);
    inner.extend(encode_tlv(0x34, &id.to_bytes_le()));
    inner.extend(encode_tlv(0x35, b"20301231"));
    inner.extend(encode_tlv(0x3E, &[]));
    inner.extend(encode_tlv(0xFE, &[]));
    encode_tlv(0x53, &inner)
}

fn sw_only(sw: u16) -> Vec<u8> {
    sw.to_be_bytes().to_vec()
}

fn with_ok(mut data: Vec<u8>) -> Vec<u8> {
    data.extend_from_slice(&[0x90, 0x00]);
    data
}

/// A short command APDU split into its fields.
struct Command<'a> {
    cla: u8,
    ins: u8,
    p1: u8,
    p2: u8,
    data: &'a [u8],
    le: Option<u8>,
}

impl<'a> Command<'a> {
    /// ISO 7816-4 cases 1 to 4, short form only; anything else is 6700.
    fn parse(apdu: &'a [u8]) -> Result<Self, u16> {
        let [cla, ins, p1, p2, body @ ..] = apdu else {
            return Err(0x6700);
        };
        let (data, le) = match body {
            [] => (&body[..0], None),
            [le] => (&body[..0], Some(*le)),
            [0, ..] => return Err(0x6700),
            [lc, rest @ ..] if rest.len() == usize::from(*lc) => (rest, None),
            [lc, rest @ ..] if rest.len() == usize::from(*lc) + 1 => {
                (&rest[..usize::from(*lc)], rest.last().copied())
            }
            _ => return Err(0x6700),
        };
        Ok(Self {
            cla: *cla,
            ins: *ins,
            p1: *p1,
            p2: *p2,
            data,
            le,
        })
    }
}

mod admin;
#[cfg(test)]
mod tests;
