//! Yubico's GET VERSION (`00 FD 00 00`) and GET SERIAL (`00 F8 00 00`),
//! which yubico-piv-tool sends on every connection. The firmware version
//! says what the tools may expect: 5.x gives the serial over PIV, and
//! 5.3 or later offers GET METADATA.

use uuid::Uuid;

use super::VirtualCard;
use super::command::{Command, SW_WRONG_P1P2, sw_only, with_ok};

/// The YubiKey 5 firmware whose PIV commands this card answers.
pub(super) const FIRMWARE: [u8; 3] = [5, 4, 3];

/// An eight-digit serial number from the card id, so the same card keeps
/// its serial and two cards rarely share one.
pub(super) fn serial_for(id: Option<Uuid>) -> u32 {
    let bytes = id.map_or([0; 16], |id| id.into_bytes());
    let folded = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    10_000_000 + folded % 90_000_000
}

impl VirtualCard {
    pub(super) fn get_version(&self, cmd: &Command<'_>) -> Vec<u8> {
        if (cmd.p1, cmd.p2) != (0, 0) {
            return sw_only(SW_WRONG_P1P2);
        }
        with_ok(self.firmware.to_vec())
    }

    pub(super) fn get_serial(&self, cmd: &Command<'_>) -> Vec<u8> {
        if (cmd.p1, cmd.p2) != (0, 0) {
            return sw_only(SW_WRONG_P1P2);
        }
        with_ok(self.serial.to_be_bytes().to_vec())
    }
}
