//! How a virtual card is made other than fresh from the factory.

use std::time::Duration;

use super::VirtualCard;
use super::pin::Secret;
use crate::card::admin_key::AdminKey;
use crate::ids::Atr;

impl VirtualCard {
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

    /// A PIV card whose card id cannot be read (it has no CHUID): the
    /// officer types the id from the card's label.
    pub fn without_chuid(mut self) -> Self {
        self.objects.remove(&super::objects::CHUID);
        self
    }

    pub fn with_vanish_on_ins(mut self, ins: u8) -> Self {
        self.vanish_on_ins = Some(ins);
        self
    }

    /// How long each RSA key generation holds its answer back, as a real
    /// card takes 5 to 60 s (tests and training).
    pub fn with_keygen_time(mut self, time: Duration) -> Self {
        self.keygen_time = time;
        self
    }

    /// The tries the factory PIN and PUK allow (3 each by default; 1 to
    /// 15, what `63 Cx` can say).
    pub fn with_tries(mut self, pin: u8, puk: u8) -> Self {
        self.pin = Secret::factory_pin(pin.clamp(1, 15));
        self.puk = Secret::factory_puk(puk.clamp(1, 15));
        self
    }

    /// A card whose PUK was set to `puk` (an enrollment sets its own).
    pub fn with_puk(mut self, puk: &[u8]) -> Self {
        self.puk = self.puk.holding(puk);
        self
    }

    /// A card whose PIN was changed from the factory's and then entered
    /// wrong until it blocked: only RESET RETRY COUNTER with the PUK
    /// opens it again.
    pub fn with_pin_blocked(mut self) -> Self {
        let forgotten: zeroize::Zeroizing<Vec<u8>> =
            zeroize::Zeroizing::new((0..8).map(|_| b'0' + fastrand::u8(0..10)).collect());
        self.pin = self.pin.holding(&forgotten).blocked();
        self
    }

    /// The firmware version GET VERSION answers (default 5.4.3).
    pub fn with_firmware(mut self, version: [u8; 3]) -> Self {
        self.firmware = version;
        self
    }

    /// The serial number GET SERIAL answers (default: from the card id).
    pub fn with_serial(mut self, serial: u32) -> Self {
        self.serial = serial;
        self
    }

    pub fn serial(&self) -> u32 {
        self.serial
    }
}
