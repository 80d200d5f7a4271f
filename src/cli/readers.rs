//! `enroll-desk readers`: list readers, cards, ATRs and card ids.

use serde::Serialize;

use crate::card::{GuidByteOrder, ReaderSnapshot, pcsc_backend};
use crate::i18n::card_error_words;
use crate::tr;

#[derive(clap::Args, Debug)]
pub struct ReadersArgs {
    /// Print a JSON array instead of one line per reader.
    #[arg(long)]
    pub json: bool,
    /// How the CHUID GUID bytes are read (MIM's expected order is undocumented).
    #[arg(long, value_enum, default_value_t = GuidByteOrder::Microsoft)]
    pub card_id_order: GuidByteOrder,
}

/// One reader in the JSON output; these four keys are the whole contract.
#[derive(Serialize, Debug)]
struct ReaderLine {
    name: String,
    card_present: bool,
    atr: Option<String>,
    card_id: Option<String>,
}

pub fn run(args: &ReadersArgs) -> anyhow::Result<()> {
    let readers = pcsc_backend::query_readers()?;
    let lines: Vec<ReaderLine> = readers
        .iter()
        .map(|r| describe(r, args.card_id_order))
        .collect();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&lines)?);
        return Ok(());
    }
    if lines.is_empty() {
        println!("{}", tr!("cli-no-readers"));
    }
    for line in &lines {
        match &line.atr {
            None => println!("{}", tr!("cli-reader-no-card", reader = line.name.as_str())),
            Some(atr) => println!(
                "{}",
                match &line.card_id {
                    Some(id) => tr!(
                        "cli-reader-card",
                        reader = line.name.as_str(),
                        atr = atr.as_str(),
                        card = id.as_str()
                    ),
                    None => tr!(
                        "cli-reader-card-without-id",
                        reader = line.name.as_str(),
                        atr = atr.as_str()
                    ),
                }
            ),
        }
    }
    Ok(())
}

fn describe(reader: &ReaderSnapshot, order: GuidByteOrder) -> ReaderLine {
    let mut line = ReaderLine {
        name: reader.name.clone(),
        card_present: reader.card.is_some(),
        atr: reader.card.as_ref().map(|atr| atr.to_hex()),
        card_id: None,
    };
    if reader.card.is_some() {
        match pcsc_backend::read_card(&reader.name, order, pcsc_backend::DEFAULT_OP_TIMEOUT) {
            Ok(info) => {
                line.atr = Some(info.atr.to_hex());
                line.card_id = info.card_id.map(|id| id.to_string());
            }
            // The listing is still useful without the id; say why it is missing.
            Err(error) => eprintln!(
                "{}",
                tr!(
                    "cli-card-id-not-read",
                    reader = reader.name.as_str(),
                    error = card_error_words(&error)
                )
            ),
        }
    }
    line
}
