//! `enroll-desk bind`: the desk's bind-and-PIN workflow for scripts, on the
//! real PC/SC readers. The PIN goes to stdout once and nowhere else.

use std::io::Write;

use clap::Args;
use serde::Serialize;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::server_args::ServerArgs;
use crate::card::pcsc_backend::PcscDirect;
use crate::card::{AdminKeyAlgorithm, ChallengeChoice, ChallengeMethod, GuidByteOrder};
use crate::enroll::{BindOrder, Bound, bind_and_fetch_pin};
use crate::ids::parse_guid;
use crate::pin::PinOutcome;
use crate::site::{Locked, Site};
use crate::tr;

#[derive(Args, Debug)]
pub struct BindArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// The approved request to bind the card to
    #[arg(long, value_parser = guid_arg, value_name = "GUID")]
    pub request: Uuid,
    /// The reader holding the card, as `enroll-desk readers` names it
    #[arg(long, value_name = "NAME")]
    pub reader: String,
    /// The card id, when the card's own cannot be read (refused if the card holds another)
    #[arg(long, value_parser = guid_arg, value_name = "GUID")]
    pub card_id: Option<Uuid>,
    /// How the CHUID GUID bytes are read (MIM's expected order is undocumented)
    #[arg(long, value_enum, default_value_t = GuidByteOrder::Microsoft)]
    pub card_id_order: GuidByteOrder,
    /// Which challenge the card gives for the PIN call: the PIV admin key's
    /// (9B) witness, as Windows' minidriver gives it, or GET CHALLENGE;
    /// automatic (the default) uses the witness when the card has a PIV
    /// application
    #[arg(long, value_enum)]
    pub challenge: Option<ChallengeMethod>,
    /// The admin key's algorithm; automatic reads it from the card's key
    /// metadata, else takes 3DES
    #[arg(long, value_enum, default_value_t = AdminKeyAlgorithm::Automatic)]
    pub admin_key_algorithm: AdminKeyAlgorithm,
    /// Print one JSON object: request, smartcard, card_id, atr, pin
    #[arg(long)]
    pub json: bool,
}

pub(super) fn guid_arg(text: &str) -> Result<Uuid, String> {
    parse_guid(text)
        .ok_or_else(|| format!("'{text}' is not a GUID like 01234567-89ab-cdef-0123-456789abcdef"))
}

pub fn run(args: BindArgs, site: &Site) -> anyhow::Result<()> {
    let given = args.challenge.map(crate::site::flag_spelling);
    site.admit_flag(Locked::Challenge, given.as_deref())?;
    let site_challenge = site.policy()?.and_then(|policy| policy.challenge);
    let order = BindOrder {
        request: args.request,
        reader: args.reader,
        card_id: args.card_id,
        byte_order: args.card_id_order,
        challenge: ChallengeChoice {
            method: site_challenge.or(args.challenge).unwrap_or_default(),
            algorithm: args.admin_key_algorithm,
        },
    };
    let client = args.server.client(site)?;
    let (bound, pin) = bind_and_fetch_pin(&client, &PcscDirect::default(), &order, &mut |step| {
        tracing::info!("{step:?}");
    })?;
    // Built in a zeroizing buffer, written once, then wiped.
    let mut out = Zeroizing::new(Vec::with_capacity(1024));
    if args.json {
        json(&mut out, &bound, &pin)?
    } else {
        text(&mut out, &bound, &pin)?
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&out)?;
    stdout.flush()?;
    Ok(())
}

fn text(out: &mut Vec<u8>, bound: &Bound, pin: &PinOutcome) -> std::io::Result<()> {
    let bound_line = tr!(
        "cli-bound",
        card = bound.card_id.to_string(),
        request = bound.request.to_string(),
        smartcard = bound.smartcard.to_string()
    );
    writeln!(out, "{bound_line}")?;
    match pin {
        // The PIN itself never goes through the message formatter: only
        // the label does, and the digits are written straight after it.
        PinOutcome::Proposed(pin) => writeln!(out, "{} {}", tr!("cli-pin-label"), pin.expose()),
        PinOutcome::CardholderChooses => writeln!(out, "{}", tr!("pin-cardholder-chooses")),
    }
}

/// The `--json` shape: exactly these keys.
#[derive(Serialize)]
struct BindJson<'a> {
    request: Uuid,
    smartcard: Uuid,
    card_id: Uuid,
    atr: String,
    /// `null` when the cardholder chooses the PIN.
    pin: Option<&'a str>,
}

fn json(out: &mut Vec<u8>, bound: &Bound, pin: &PinOutcome) -> std::io::Result<()> {
    let shape = BindJson {
        request: bound.request,
        smartcard: bound.smartcard,
        card_id: bound.card_id,
        atr: bound.atr.to_hex(),
        pin: match pin {
            PinOutcome::Proposed(pin) => Some(pin.expose()),
            PinOutcome::CardholderChooses => None,
        },
    };
    // Straight into the zeroizing buffer: no other copy of the PIN is made.
    serde_json::to_writer(&mut *out, &shape).map_err(std::io::Error::other)?;
    out.push(b'\n');
    Ok(())
}
