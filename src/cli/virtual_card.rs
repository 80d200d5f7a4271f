//! `enroll-desk virtual-card`: plays a virtual PIV card to vpcd (for tests
//! and demos against a real pcscd without hardware). The card lives as
//! long as the process: keys, objects, PIN and PUK survive vpcd's resets
//! and reconnects, and are gone when it ends (nothing is written to disk).

use std::io::Write;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use uuid::Uuid;

use crate::card::VirtualCard;
use crate::card::admin_key::AdminKey;
use crate::card::vpcd::{self, SessionEnd};
use crate::ids::{Atr, parse_guid};

#[derive(clap::Args, Debug)]
pub struct VirtualCardArgs {
    /// vpcd's port: 35963 is `Virtual PCD 00 00`, 35964 `Virtual PCD 00 01`.
    #[arg(long, default_value_t = vpcd::DEFAULT_PORT)]
    pub port: u16,
    /// The card id (CHUID GUID); a random one when not given.
    #[arg(long, value_parser = guid_arg, conflicts_with = "no_piv")]
    pub card_id: Option<Uuid>,
    /// Play a card without a PIV application (its id is unknown).
    #[arg(long)]
    pub no_piv: bool,
    /// The ATR as hex (default: a Windows virtual smart card's).
    #[arg(long)]
    pub atr: Option<Atr>,
    /// The admin key (9B) as hex: 24 bytes for 3DES, 16 for AES-128
    /// (default: the well-known 3DES default key)
    #[arg(long, value_parser = admin_key_arg, value_name = "HEX")]
    pub admin_key: Option<AdminKey>,
    /// Play a card that does not answer GET METADATA
    #[arg(long)]
    pub no_metadata: bool,
    /// Test fault: vanish (drop the connection) when this INS arrives, e.g. cb.
    #[arg(long, value_parser = hex_byte)]
    pub vanish_on_ins: Option<u8>,
    /// Take this long over each RSA key generation, as real cards do
    /// (5 to 60 s); for tests and training. Fractions allowed, e.g. 0.5
    #[arg(long, value_parser = seconds, value_name = "SECONDS")]
    pub keygen_seconds: Option<Duration>,
}

fn guid_arg(text: &str) -> Result<Uuid, String> {
    parse_guid(text)
        .ok_or_else(|| format!("'{text}' is not a GUID like 01234567-89ab-cdef-0123-456789abcdef"))
}

fn admin_key_arg(text: &str) -> Result<AdminKey, String> {
    AdminKey::from_hex(text).ok_or_else(|| {
        "the admin key is 48 hex digits (3DES) or 32 hex digits (AES-128)".to_owned()
    })
}

fn seconds(text: &str) -> Result<Duration, String> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|s| (0.0..=600.0).contains(s))
        .map(Duration::from_secs_f64)
        .ok_or_else(|| format!("'{text}' is not a number of seconds from 0 to 600, like 20 or 0.5"))
}

fn hex_byte(text: &str) -> Result<u8, String> {
    let digits = text.trim_start_matches("0x");
    u8::from_str_radix(digits, 16).map_err(|_| format!("'{text}' is not one hex byte like cb"))
}

pub fn run(args: &VirtualCardArgs) -> anyhow::Result<()> {
    let card_id = match (args.no_piv, args.card_id) {
        (true, _) => None,
        (false, Some(id)) => Some(id),
        (false, None) => Some(Uuid::new_v4()),
    };
    let mut card = VirtualCard::new(card_id);
    if let Some(atr) = &args.atr {
        card = card.with_atr(atr.clone());
    }
    if let Some(key) = &args.admin_key {
        card = card.with_admin_key(key.clone());
    }
    if args.no_metadata {
        card = card.without_metadata();
    }
    if let Some(ins) = args.vanish_on_ins {
        card = card.with_vanish_on_ins(ins);
    }
    if let Some(time) = args.keygen_seconds {
        card = card.with_keygen_time(time);
    }
    let who = card_id.map_or_else(|| "without PIV application".to_owned(), |id| id.to_string());
    // One line a test can wait for and parse; flushed because stdout is a pipe there.
    println!("virtual card {who} on 127.0.0.1:{}", args.port);
    std::io::stdout().flush()?;
    // Runs until the process is killed; nothing sets the flag.
    let stop = AtomicBool::new(false);
    if vpcd::run(args.port, &mut card, &stop, &mut || {}) == SessionEnd::Vanished {
        eprintln!("the virtual card vanished on purpose (--vanish-on-ins)");
    }
    Ok(())
}
