//! Command-line parsing and dispatch only; the work lives in the library.

mod bind;
mod readers;
mod requests;
mod server_args;
mod sim;
mod virtual_card;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "enroll-desk",
    version,
    about = "Smart-card enrollment desk for MIM Certificate Management"
)]
pub struct Cli {
    /// More detail on stderr (-v, -vv); secrets are never logged
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the CM server's enrollment requests
    Requests(requests::RequestsArgs),
    /// Bind the card in a reader to a request and fetch its PIN (shown once)
    Bind(bind::BindArgs),
    /// List the smart-card readers, their cards, ATRs and card ids
    Readers(readers::ReadersArgs),
    /// Run the simulated CM server (demo data, optional faults)
    Sim(sim::SimArgs),
    /// Play a virtual PIV card to vpcd until killed (tests and training without hardware)
    VirtualCard(virtual_card::VirtualCardArgs),
}

/// Runs the command line and turns every failure into one line on stderr and
/// a non-zero exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    let result = match cli.command {
        Command::Requests(args) => requests::run(args),
        Command::Bind(args) => bind::run(args),
        Command::Readers(args) => readers::run(&args),
        Command::Sim(args) => sim::run(args),
        Command::VirtualCard(args) => virtual_card::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("ENROLL_DESK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
