//! Command-line parsing and dispatch only; the work lives in the library.

mod bind;
mod doctor;
mod enroll;
mod readers;
mod requests;
mod server_args;
mod sim;
mod trainer_console;
mod unblock;
mod virtual_card;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::{self, Locale};
use crate::site::Site;
use crate::tr;

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
    /// The language of the human output and errors: en, nl, de, pt-BR, ko
    /// (default: LC_ALL, LC_MESSAGES or LANG). --json output never changes.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<Locale>,
    // Where the desk window connects (otherwise the settings, else demo mode).
    #[command(flatten)]
    pub desk: server_args::ServerArgs,
    /// Open the desk as a trainee desk of a classroom's simulator
    /// (`enroll-desk sim --classroom`); ENROLL_DESK_TRAINEE names the desk
    #[arg(long, value_name = "URL", conflicts_with = "server")]
    pub classroom: Option<String>,
    /// Without a command the desk window opens
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the CM server's enrollment requests
    Requests(requests::RequestsArgs),
    /// Enroll the card in a reader for a request: keys, certificates, PUK
    /// and PIN on the card, the request Completed; the PIN is shown once
    Enroll(enroll::EnrollArgs),
    /// Unblock the card an Unblock request names: its PIN reset with the
    /// PUK, to the server's proposal (shown once) or the cardholder's own
    Unblock(unblock::UnblockArgs),
    /// Bind the card in a reader to a request and fetch its PIN (shown
    /// once), without the rest of the enrollment
    Bind(bind::BindArgs),
    /// List the smart-card readers, their cards, ATRs and card ids
    Readers(readers::ReadersArgs),
    /// Run the simulated CM server (demo data, optional faults)
    Sim(sim::SimArgs),
    /// Open the desk in demo mode: simulated server and readers, nothing real touched
    Demo,
    /// Play a virtual PIV card to vpcd until killed (tests and training without hardware)
    VirtualCard(virtual_card::VirtualCardArgs),
    /// Check this computer: smart-card service, readers, server, certificate,
    /// sign-in, clock, settings and audit trail; exits 0 only when all pass
    Doctor(doctor::DoctorArgs),
    /// Check a site settings file before it goes to the desks: what it
    /// sets, or its mistake and line; exits 0 only when it can be used
    CheckSiteFile {
        /// The file, e.g. site.toml (for /etc/enroll-desk or %ProgramData%\enroll-desk)
        file: std::path::PathBuf,
    },
}

/// Runs the command line and turns every failure into one line on stderr and
/// a non-zero exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    let site = Site::load();
    if let Some(path) = site.path() {
        tracing::info!("site settings file: {}", path.display());
    }
    // The officer's own choice first, then the site's default language.
    let language = cli
        .lang
        .or_else(Locale::from_environment)
        .or(site.default_language())
        .unwrap_or_default();
    i18n::set_current(language);
    let result = match cli.command {
        None => open_desk(cli.desk, cli.classroom, false, cli.lang, site),
        Some(Command::Demo) => open_desk(cli.desk, None, true, cli.lang, site),
        Some(Command::Requests(args)) => requests::run(args, &site),
        Some(Command::Enroll(args)) => enroll::run(args, &site),
        Some(Command::Unblock(args)) => unblock::run(args, &site),
        Some(Command::Bind(args)) => bind::run(args, &site),
        Some(Command::Readers(args)) => readers::run(&args),
        Some(Command::Sim(args)) => sim::run(args),
        Some(Command::VirtualCard(args)) => virtual_card::run(&args),
        Some(Command::Doctor(args)) => return doctor::run(args, site),
        Some(Command::CheckSiteFile { file }) => return doctor::check_site_file(&file),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

/// One line on stderr, in the officer's words, and a failing exit code.
fn fail(error: &anyhow::Error) -> ExitCode {
    eprintln!("{}", tr!("cli-error", message = officer_words(error)));
    ExitCode::FAILURE
}

/// An error in the officer's language when it is one of ours; anything else
/// (a file that could not be written, say) as it is.
fn officer_words(error: &anyhow::Error) -> String {
    if let Some(failure) = error.downcast_ref::<crate::enroll::EnrollFailure>() {
        i18n::enroll_failure_words(failure)
    } else if let Some(error) = error.downcast_ref::<crate::enroll::EnrollError>() {
        i18n::enroll_error_words(error)
    } else if let Some(error) = error.downcast_ref::<crate::cm::CmError>() {
        i18n::cm_error_words(error)
    } else if let Some(error) = error.downcast_ref::<crate::card::CardError>() {
        i18n::card_error_words(error)
    } else if let Some(refusal) = error.downcast_ref::<crate::site::SiteRefusal>() {
        crate::site::refusal_words(refusal)
    } else if let Some(error) = error.downcast_ref::<NoServerGiven>() {
        let _: &NoServerGiven = error;
        tr!("cli-no-server")
    } else {
        format!("{error:#}")
    }
}

/// A command that needs a server was given none.
#[derive(Debug, thiserror::Error)]
#[error("no CM server given: add --server URL (or set ENROLL_DESK_SERVER)")]
pub struct NoServerGiven;

/// Opens the desk window. Without any server flag the desk follows its
/// settings under the site policy; a flag the site refuses stops here.
#[cfg(feature = "desk")]
fn open_desk(
    args: server_args::ServerArgs,
    classroom: Option<String>,
    demo: bool,
    lang: Option<Locale>,
    site: Site,
) -> anyhow::Result<()> {
    use crate::ui::Mode;
    if let Some(url) = classroom {
        site.admit_demo()?;
        // A classroom's simulator is not the CM server the site may fix
        // (`--classroom` and `--server` exclude each other).
        let mut args = args;
        args.server = Some(url);
        let config = args.config(&Site::Absent)?.ok_or(NoServerGiven)?;
        let config = crate::cm::ClientConfig {
            trainee_desk: Some(crate::training::trainee::TraineeDesk::new(
                &crate::training::desk_name(),
            )),
            ..config
        };
        return crate::ui::run(Mode::Classroom(config), lang, site);
    }
    let mode = if demo {
        site.admit_demo()?;
        Mode::Demo
    } else if args.is_empty() {
        Mode::Auto
    } else {
        args.config(&site)?.map_or(Mode::Auto, Mode::Server)
    };
    crate::ui::run(mode, lang, site)
}

#[cfg(not(feature = "desk"))]
fn open_desk(
    _args: server_args::ServerArgs,
    _classroom: Option<String>,
    _demo: bool,
    _lang: Option<Locale>,
    _site: Site,
) -> anyhow::Result<()> {
    anyhow::bail!(
        "this enroll-desk was built without the desk window (cargo feature \"desk\"); use a command, see --help"
    )
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        // winit warns about harmless X server quirks (screen size 0 mm) at start.
        0 => "warn,winit=error",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("ENROLL_DESK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _: Result<_, _> = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
