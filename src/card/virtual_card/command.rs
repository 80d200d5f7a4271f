//! A command APDU as the virtual card receives it, and the status words it
//! answers with.

/// A short command APDU split into its fields.
pub(super) struct Command<'a> {
    pub cla: u8,
    pub ins: u8,
    pub p1: u8,
    pub p2: u8,
    pub data: &'a [u8],
    pub le: Option<u8>,
}

impl<'a> Command<'a> {
    /// ISO 7816-4 cases 1 to 4, short form only; anything else is 6700.
    pub fn parse(apdu: &'a [u8]) -> Result<Self, u16> {
        let [cla, ins, p1, p2, body @ ..] = apdu else {
            return Err(SW_WRONG_LENGTH);
        };
        let (data, le) = match body {
            [] => (&body[..0], None),
            [le] => (&body[..0], Some(*le)),
            [0, ..] => return Err(SW_WRONG_LENGTH),
            [lc, rest @ ..] if rest.len() == usize::from(*lc) => (rest, None),
            [lc, rest @ ..] if rest.len() == usize::from(*lc) + 1 => {
                (&rest[..usize::from(*lc)], rest.last().copied())
            }
            _ => return Err(SW_WRONG_LENGTH),
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

    /// The same command carrying `data` (a whole chained command's).
    pub fn with_data<'b>(&self, data: &'b [u8]) -> Command<'b> {
        Command {
            cla: self.cla,
            ins: self.ins,
            p1: self.p1,
            p2: self.p2,
            data,
            le: self.le,
        }
    }
}

pub(super) const SW_OK: u16 = 0x9000;
pub(super) const SW_WRONG_LENGTH: u16 = 0x6700;
pub(super) const SW_SECURITY_STATUS: u16 = 0x6982;
pub(super) const SW_BLOCKED: u16 = 0x6983;
pub(super) const SW_CONDITIONS: u16 = 0x6985;
pub(super) const SW_WRONG_DATA: u16 = 0x6A80;
pub(super) const SW_NOT_FOUND: u16 = 0x6A82;
pub(super) const SW_NO_SPACE: u16 = 0x6A84;
pub(super) const SW_WRONG_P1P2: u16 = 0x6A86;
pub(super) const SW_NO_REFERENCE: u16 = 0x6A88;
/// Yubico's answer to a key slot that cannot hold a key.
pub(super) const SW_WRONG_SLOT: u16 = 0x6B00;
pub(super) const SW_UNKNOWN_INS: u16 = 0x6D00;
pub(super) const SW_UNKNOWN_CLA: u16 = 0x6E00;

pub(super) fn sw_only(sw: u16) -> Vec<u8> {
    sw.to_be_bytes().to_vec()
}

pub(super) fn with_ok(mut data: Vec<u8>) -> Vec<u8> {
    data.extend_from_slice(&SW_OK.to_be_bytes());
    data
}
