//! `enroll-desk enroll`: the whole enrollment for scripts, on the real PC/SC
//! readers — the card leaves with keys, certificates, its PUK and its PIN,
//! and the request Completed. The PIN goes to stdout once and nowhere else.

use std::io::{BufRead, IsTerminal, Write};

use clap::Args;
use serde::Serialize;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::bind::guid_arg;
use super::server_args::ServerArgs;
use crate::card::GuidByteOrder;
use crate::card::pcsc_backend::PcscDirect;
use crate::enroll::{
    EnrollFailure, EnrollOrder, Enrolled, Officer, Progress, Reached, enroll_card,
};
use crate::i18n;
use crate::pin::{Pin, new_pin_from};
use crate::site::Site;
use crate::tr;

#[derive(Args, Debug)]
pub struct EnrollArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// The approved request to enroll the card for
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
    /// When the template lets the cardholder choose the PIN: read it from
    /// stdin, twice (two lines). Without it the PIN is asked at the
    /// terminal, not echoed
    #[arg(long)]
    pub new_pin_stdin: bool,
    /// Print one JSON object: request, smartcard, card_id, atr, pin, status, certificates
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: EnrollArgs, site: &Site) -> anyhow::Result<()> {
    let order = EnrollOrder {
        request: args.request,
        reader: args.reader,
        card_id: args.card_id,
        byte_order: args.card_id_order,
    };
    let client = args.server.client(site)?;
    let mut officer = CliOfficer::new(args.new_pin_stdin);
    let json = if args.json {
        Json::WithCertificates
    } else {
        Json::No
    };
    let result = enroll_card(&client, &PcscDirect::default(), &order, &mut officer);
    print_outcome(result, json)
}

/// Prints what a run did; a run that failed after the PIN was set on the
/// card prints it too (the cardholder must have the PIN even though the
/// request is not Completed yet), then fails.
pub(super) fn print_outcome(
    result: Result<Enrolled, EnrollFailure>,
    json: Json,
) -> anyhow::Result<()> {
    match result {
        Ok(enrolled) => print(&enrolled, json),
        Err(failure) => {
            if let Reached::PinSet(enrolled) = &failure.reached {
                print(enrolled, json)?;
            }
            Err(failure.into())
        }
    }
}

/// The terminal's side of a run: steps on stderr when someone watches,
/// the cardholder's PIN from stdin or asked at the terminal unechoed.
pub(super) struct CliOfficer {
    pin_from_stdin: bool,
    show_steps: bool,
}

impl CliOfficer {
    pub(super) fn new(pin_from_stdin: bool) -> Self {
        Self {
            pin_from_stdin,
            show_steps: std::io::stderr().is_terminal(),
        }
    }
}

impl Officer for CliOfficer {
    fn progress(&mut self, progress: Progress) {
        tracing::info!("enrollment step: {:?}", progress.step);
        if self.show_steps {
            eprintln!("{}", i18n::enroll_progress_words(&progress));
        }
    }

    fn cardholder_pin(&mut self) -> Option<Pin> {
        let (first, second) = if self.pin_from_stdin {
            let mut lines = std::io::stdin().lock().lines();
            let mut next = || lines.next()?.ok().map(Zeroizing::new);
            (next()?, next()?)
        } else if std::io::stdin().is_terminal() {
            let ask = |prompt: String| rpassword::prompt_password(prompt).ok().map(Zeroizing::new);
            (ask(tr!("cli-new-pin"))?, ask(tr!("cli-new-pin-again"))?)
        } else {
            eprintln!("{}", tr!("cli-new-pin-needed"));
            return None;
        };
        new_pin_from(first.trim_end_matches('\r'), second.trim_end_matches('\r'))
            .inspect_err(|problem| eprintln!("{}", i18n::new_pin_problem_words(*problem)))
            .ok()
    }

    fn stop_requested(&self) -> bool {
        false
    }
}

/// Writes the result once (the PIN in it), from a buffer wiped after.
pub(super) fn print(enrolled: &Enrolled, json: Json) -> anyhow::Result<()> {
    // Built in a zeroizing buffer, written once, then wiped.
    let mut out = Zeroizing::new(Vec::with_capacity(4096));
    match json {
        Json::No => write_text(&mut out, enrolled)?,
        shape => write_json(&mut out, enrolled, shape == Json::WithCertificates)?,
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&out)?;
    stdout.flush()?;
    Ok(())
}

fn write_text(out: &mut Vec<u8>, enrolled: &Enrolled) -> std::io::Result<()> {
    let bound = &enrolled.bound;
    writeln!(
        out,
        "{}",
        tr!(
            "cli-enrolled",
            card = bound.card_id.to_string(),
            request = bound.request.to_string(),
            status = status_text(enrolled)
        )
    )?;
    for installed in &enrolled.certificates {
        writeln!(
            out,
            "{}",
            tr!(
                "cli-enrolled-certificate",
                slot = installed.slot.name(),
                subject = installed.summary.subject.clone(),
                serial = installed.summary.serial.clone()
            )
        )?;
    }
    match &enrolled.pin {
        // The digits never go through the message formatter.
        Some(pin) => writeln!(out, "{} {}", tr!("cli-pin-label"), pin.expose()),
        None => writeln!(out, "{}", tr!("enroll-cardholder-chose-pin")),
    }
}

fn status_text(enrolled: &Enrolled) -> String {
    enrolled
        .status
        .map_or_else(|| "not completed".to_owned(), |s| s.to_string())
}

/// The `--json` shape: exactly these keys.
#[derive(Serialize)]
struct EnrollJson<'a> {
    request: Uuid,
    smartcard: Uuid,
    card_id: Uuid,
    atr: String,
    /// `null` when the cardholder chose the PIN.
    pin: Option<&'a str>,
    status: String,
    /// Left out for an unblock, which writes none.
    #[serde(skip_serializing_if = "Option::is_none")]
    certificates: Option<Vec<CertificateJson<'a>>>,
}

#[derive(Serialize)]
struct CertificateJson<'a> {
    slot: String,
    subject: &'a str,
    serial: &'a str,
    sha256: &'a str,
}

/// Whether `--json` was asked for, and with the certificates (an unblock
/// writes none and leaves the key out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Json {
    No,
    WithCertificates,
    WithoutCertificates,
}

fn write_json(
    out: &mut Vec<u8>,
    enrolled: &Enrolled,
    with_certificates: bool,
) -> std::io::Result<()> {
    let bound = &enrolled.bound;
    let shape = EnrollJson {
        request: bound.request,
        smartcard: bound.smartcard,
        card_id: bound.card_id,
        atr: bound.atr.to_hex(),
        pin: enrolled.pin.as_ref().map(Pin::expose),
        status: status_text(enrolled),
        certificates: with_certificates.then(|| {
            enrolled
                .certificates
                .iter()
                .map(|c| CertificateJson {
                    slot: c.slot.name(),
                    subject: &c.summary.subject,
                    serial: &c.summary.serial,
                    sha256: &c.summary.sha256,
                })
                .collect()
        }),
    };
    // Straight into the zeroizing buffer: no other copy of the PIN is made.
    serde_json::to_writer(&mut *out, &shape).map_err(std::io::Error::other)?;
    out.push(b'\n');
    Ok(())
}
