//! One virtual PIV card's APDU logic, written once: played in-process by the
//! simulated backend and over vpcd's TCP protocol for tests against pcscd.
//! It answers as a PIV card (NIST SP 800-73-4) with the Yubico extensions
//! yubico-piv-tool and OpenSC use; each concern has its file below.
//!
//! What the card keeps (keys, objects, PIN, PUK, counters, admin key)
//! survives a reset; what a session earned (the selection, a verified PIN,
//! the admin key's proof) does not.

use std::collections::BTreeMap;
use std::time::Duration;

use uuid::Uuid;

use super::admin_key::AdminKey;
use super::apdu::{ADMIN_KEY_REF, PIV_AID};
use super::chuid::encode_tlv;
use crate::ids::Atr;
use command::{Command, SW_CONDITIONS, SW_NOT_FOUND, SW_UNKNOWN_INS, SW_WRONG_LENGTH, sw_only};

/// The default ATR: the one a Windows TPM virtual smart card presents (also
/// the example in the CM API documentation), so demo data looks familiar.
pub const DEFAULT_ATR: [u8; 17] = [
    0x3B, 0x8D, 0x01, 0x80, 0xFB, 0xA0, 0x00, 0x00, 0x03, 0x97, 0x42, 0x54, 0x46, 0x59, 0x03, 0x01,
    0xC8,
];

/// The shortest AID that selects PIV: its RID, as yubico-piv-tool sends it.
const PIV_RID_LEN: usize = 5;

/// A virtual PIV card. `Debug` shows no secret: PIN, PUK and keys are
/// redacted by their own types.
#[derive(Debug, Clone)]
pub struct VirtualCard {
    atr: Atr,
    /// `None`: the card has no PIV application (SELECT answers 6A82).
    card_id: Option<Uuid>,
    /// Whether the card answers GET METADATA (not every PIV card does).
    offers_metadata: bool,
    /// Test fault: the card vanishes when a command with this INS arrives.
    vanish_on_ins: Option<u8>,
    /// How long an RSA key generation holds its answer back.
    keygen_time: Duration,
    firmware: [u8; 3],
    serial: u32,
    admin_key: AdminKey,
    pin: pin::Secret,
    puk: pin::Secret,
    keys: BTreeMap<u8, keys::SlotKey>,
    objects: objects::Objects,
    session: Session,
}

/// What a reset (power off and on, another program's reset) forgets.
#[derive(Debug, Clone, Default)]
struct Session {
    piv_selected: bool,
    pin_verified: bool,
    /// The number of the command that verified the PIN, for keys that
    /// want it verified right before each use.
    pin_verified_by: Option<u64>,
    /// Whole commands answered so far (a chain counts once).
    commands: u64,
    admin_authenticated: bool,
    issued: Option<admin::Issued>,
    chain: Option<chaining::Chain>,
    /// The rest of a long answer, for GET RESPONSE.
    waiting: Option<Vec<u8>>,
    /// How long the answer being made is held back.
    hold_back: Duration,
}

impl Session {
    /// Forgets a chain being received and an answer waiting to be fetched.
    fn drop_parts(&mut self) {
        self.chain = None;
        self.waiting = None;
    }
}

/// The card's answer to one APDU, and how long to hold it back before
/// answering: the waiting happens in the caller, outside any lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub apdu: Vec<u8>,
    pub hold_back: Duration,
}

impl VirtualCard {
    pub fn new(card_id: Option<Uuid>) -> Self {
        Self {
            atr: Atr::new(DEFAULT_ATR.to_vec()),
            card_id,
            offers_metadata: true,
            vanish_on_ins: None,
            keygen_time: Duration::ZERO,
            firmware: yubico::FIRMWARE,
            serial: yubico::serial_for(card_id),
            admin_key: AdminKey::default(),
            pin: pin::Secret::factory_pin(pin::FACTORY_TRIES),
            puk: pin::Secret::factory_puk(pin::FACTORY_TRIES),
            keys: BTreeMap::new(),
            objects: card_id.map(objects::personalised).unwrap_or_default(),
            session: Session::default(),
        }
    }

    pub fn atr(&self) -> &Atr {
        &self.atr
    }

    pub fn card_id(&self) -> Option<Uuid> {
        self.card_id
    }

    /// Power-on or reset: the session's selection, verified PIN and admin
    /// proof are forgotten; keys, objects and counters stay.
    pub fn reset(&mut self) {
        self.session = Session::default();
    }

    /// Answers one command APDU. `None` means the card has vanished (the
    /// configured fault) and gives no answer at all.
    pub fn answer(&mut self, apdu: &[u8]) -> Option<Answer> {
        if apdu.len() >= 2 && self.vanish_on_ins == Some(apdu[1]) {
            return None;
        }
        let reply = match Command::parse(apdu) {
            Err(sw) => {
                self.session.drop_parts();
                sw_only(sw)
            }
            Ok(cmd) => self.take_apdu(&cmd),
        };
        Some(Answer {
            apdu: reply,
            hold_back: std::mem::take(&mut self.session.hold_back),
        })
    }

    /// [`Self::answer`] without the hold-back, for tests that play the
    /// card directly and have no lock to keep free.
    pub fn process(&mut self, apdu: &[u8]) -> Option<Vec<u8>> {
        self.answer(apdu).map(|answer| answer.apdu)
    }

    /// One whole command (chained parts already joined).
    fn dispatch(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        self.session.commands += 1;
        match cmd.ins {
            0xA4 => return self.select(cmd),
            0x84 => return get_challenge(cmd),
            _ => {}
        }
        let piv_command = matches!(
            cmd.ins,
            0xCB | 0xDB | 0x20 | 0x24 | 0x2C | 0x87 | 0x47 | 0xFF | 0xF7 | 0xFD | 0xF8
        );
        if !piv_command || self.card_id.is_none() {
            return sw_only(SW_UNKNOWN_INS);
        }
        if !self.session.piv_selected {
            return sw_only(SW_CONDITIONS);
        }
        match cmd.ins {
            0xCB => self.get_data(cmd),
            0xDB => self.put_data(cmd),
            0x20 => self.verify(cmd),
            0x24 => self.change_reference(cmd),
            0x2C => self.reset_retry_counter(cmd),
            0x87 if cmd.p2 == ADMIN_KEY_REF => self.admin_authenticate(cmd),
            0x87 => self.sign(cmd),
            0x47 => self.generate(cmd),
            0xFF => self.set_admin_key(cmd),
            0xF7 => self.metadata(cmd),
            0xFD => self.get_version(cmd),
            0xF8 => self.get_serial(cmd),
            _ => sw_only(SW_UNKNOWN_INS),
        }
    }

    /// SELECT by the PIV AID or any prefix of it down to the RID. Selecting
    /// anything else leaves no application selected and the session's
    /// proofs forgotten.
    fn select(&mut self, cmd: &Command<'_>) -> Vec<u8> {
        if (cmd.p1, cmd.p2) != (0x04, 0x00) {
            return sw_only(command::SW_WRONG_P1P2);
        }
        if cmd.data.is_empty() {
            return sw_only(SW_WRONG_LENGTH);
        }
        let matches = cmd.data.len() >= PIV_RID_LEN && PIV_AID.starts_with(cmd.data);
        if self.card_id.is_none() || !matches {
            self.reset();
            return sw_only(SW_NOT_FOUND);
        }
        self.session.piv_selected = true;
        // Application property template: AID and the coexistent-tag authority.
        let mut apt = encode_tlv(0x4F, &PIV_AID[PIV_RID_LEN..]);
        apt.extend(encode_tlv(0x79, &encode_tlv(0x4F, &PIV_AID[..PIV_RID_LEN])));
        command::with_ok(encode_tlv(0x61, &apt))
    }
}

fn get_challenge(cmd: &Command<'_>) -> Vec<u8> {
    if (cmd.p1, cmd.p2) != (0x00, 0x00) {
        return sw_only(command::SW_WRONG_P1P2);
    }
    match cmd.le {
        Some(8) => {
            let mut bytes = vec![0u8; 8];
            fastrand::fill(&mut bytes);
            command::with_ok(bytes)
        }
        // Any other Le: tell the caller the length we will give (ISO 6Cxx).
        Some(_) if cmd.data.is_empty() => sw_only(0x6C08),
        _ => sw_only(SW_WRONG_LENGTH),
    }
}

mod admin;
mod builders;
mod chaining;
mod command;
mod keys;
mod metadata;
mod objects;
mod pin;
mod sign;
#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
mod yubico;
