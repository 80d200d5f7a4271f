//! Command-line parsing and dispatch only; the work lives in the library.

pub mod readers;
pub mod virtual_card;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "enroll-desk",
    version,
    about = "Smart-card enrollment desk for MIM Certificate Management"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the smart-card readers, their cards, ATRs and card ids.
    Readers(readers::ReadersArgs),
    /// Play a virtual PIV card to vpcd until killed (for tests without hardware).
    VirtualCard(virtual_card::VirtualCardArgs),
}

/// Runs the command line and turns every failure into one line on stderr and
/// a non-zero exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: anyhow::Result<()> = match &cli.command {
        Command::Readers(args) => readers::run(args),
        Command::VirtualCard(args) => virtual_card::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
