//! `enroll-desk unblock`: the card's second visit for scripts — the PIN of
//! the card an Unblock request names is reset with its PUK (worked out
//! from its admin key), to the server's proposal or the cardholder's own.

use clap::Args;
use uuid::Uuid;

use super::bind::guid_arg;
use super::enroll::{CliOfficer, Json, print_outcome};
use super::server_args::ServerArgs;
use crate::card::GuidByteOrder;
use crate::card::pcsc_backend::PcscDirect;
use crate::enroll::{UnblockOrder, unblock_card};
use crate::site::Site;

#[derive(Args, Debug)]
pub struct UnblockArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// The approved Unblock request
    #[arg(long, value_parser = guid_arg, value_name = "GUID")]
    pub request: Uuid,
    /// The reader holding the cardholder's card, as `enroll-desk readers` names it
    #[arg(long, value_name = "NAME")]
    pub reader: String,
    /// How the CHUID GUID bytes are read (MIM's expected order is undocumented)
    #[arg(long, value_enum, default_value_t = GuidByteOrder::Microsoft)]
    pub card_id_order: GuidByteOrder,
    /// When the template lets the cardholder choose the PIN: read it from
    /// stdin, twice (two lines). Without it the PIN is asked at the
    /// terminal, not echoed
    #[arg(long)]
    pub new_pin_stdin: bool,
    /// Print one JSON object: request, smartcard, card_id, atr, pin, status
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: UnblockArgs, site: &Site) -> anyhow::Result<()> {
    let order = UnblockOrder {
        request: args.request,
        reader: args.reader,
        byte_order: args.card_id_order,
    };
    let client = args.server.client(site)?;
    let mut officer = CliOfficer::new(args.new_pin_stdin);
    let json = if args.json {
        Json::WithoutCertificates
    } else {
        Json::No
    };
    let result = unblock_card(&client, &PcscDirect::default(), &order, &mut officer);
    print_outcome(result, json)
}
