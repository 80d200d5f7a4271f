//! `enroll-desk sim`: the simulated CM server in the foreground.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::sim::{ClassroomNews, Faults, IDLE_DROP, MAX_DESKS, SimAuth, SimConfig, SimServer};
use crate::tr;
use crate::training::wire::LessonResult;

#[derive(Args, Debug)]
pub struct SimArgs {
    /// Address to listen on; port 0 picks a free one
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Require this bearer token on every call
    #[arg(long, env = "ENROLL_DESK_SIM_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Require Kerberos (HTTP Negotiate), checked with the keytab in KRB5_KTNAME
    #[arg(long, conflicts_with_all = ["token", "offer_only"])]
    pub negotiate: bool,
    /// Fault: ask for Kerberos but accept any token unchecked and prove nothing back (an impostor)
    #[arg(long, conflicts_with_all = ["token", "negotiate", "offer_only"])]
    pub impostor: bool,
    /// Answer every call 401 offering only these schemes, e.g. NTLM,Basic
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "SCHEMES",
        conflicts_with = "token"
    )]
    pub offer_only: Vec<String>,
    /// Serve HTTPS with this PEM certificate chain (needs --tls-key)
    #[arg(long, requires = "tls_key", value_name = "PEM")]
    pub tls_cert: Option<PathBuf>,
    /// The PEM private key for --tls-cert
    #[arg(long, requires = "tls_cert", value_name = "PEM")]
    pub tls_key: Option<PathBuf>,
    /// Add this many synthetic approved requests (load tests, benchmarks)
    #[arg(long, default_value_t = 0)]
    pub extra_requests: usize,
    /// Fault: delay every answer by this many milliseconds
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Fault: share of calls (0 to 1) answered 403 Forbidden
    #[arg(long, default_value_t = 0.0, value_parser = parse_rate)]
    pub forbidden_rate: f64,
    /// Fault: share of calls (0 to 1) answered 500 with a correlation id
    #[arg(long, default_value_t = 0.0, value_parser = parse_rate)]
    pub error_rate: f64,
    /// Fault: cut successful answers off mid-JSON
    #[arg(long)]
    pub malformed: bool,
    /// Fault: answer 404 everywhere, as a server whose REST API is off
    #[arg(long)]
    pub api_disabled: bool,
    /// Quirk: serve the PIN only on the route-table form of the call
    #[arg(long)]
    pub documented_pin_route_missing: bool,
    /// Fault: the card's own admin key (diversifiedkey) answers 403
    #[arg(long)]
    pub diversified_key_forbidden: bool,
    /// Fault: the CA refuses every certificate request
    #[arg(long)]
    pub ca_refuses: bool,
    /// Fault: certificatedata answers 500, as when the CA cannot be reached
    #[arg(long)]
    pub ca_unavailable: bool,
    /// Fault: the CA answers this many milliseconds late
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub ca_delay_ms: u64,
    /// Training classroom: tell the trainer what each trainee desk runs, print the trainer key (for the report), each desk joining and each lesson result as it arrives, and take fault commands on stdin (type help)
    #[arg(long)]
    pub classroom: bool,
    /// Training classroom: at most this many trainee desks at once; a desk joining a full room is refused
    #[arg(long, default_value_t = MAX_DESKS, value_parser = parse_room, requires = "classroom")]
    pub max_desks: usize,
}

fn parse_rate(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(rate) if (0.0..=1.0).contains(&rate) => Ok(rate),
        _ => Err(format!(
            "'{text}' is not a share between 0 and 1, like 0.25"
        )),
    }
}

fn parse_room(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(desks) if desks > 0 => Ok(desks),
        _ => Err(format!(
            "'{text}' is not a number of desks: give a whole number from 1, like 30"
        )),
    }
}

pub fn run(args: SimArgs) -> anyhow::Result<()> {
    let tls = args.tls_cert.zip(args.tls_key);
    if tls.is_none() && !args.listen.ip().is_loopback() {
        eprintln!(
            "note: desks only use plain http to loopback; give --tls-cert and --tls-key to serve other computers"
        );
    }
    let auth = match (args.token, args.negotiate, args.offer_only) {
        _ if args.impostor => SimAuth::Impostor,
        (Some(token), _, _) => SimAuth::Bearer(token),
        (None, true, _) => SimAuth::Negotiate,
        (None, false, schemes) if !schemes.is_empty() => SimAuth::Unsupported(schemes),
        _ => SimAuth::Open,
    };
    let (news_to, news) = match args.classroom {
        true => {
            let (sender, receiver) = std::sync::mpsc::channel();
            (Some(sender), Some(receiver))
        }
        false => (None, None),
    };
    let config = SimConfig {
        auth,
        faults: Faults {
            latency_ms: args.latency_ms,
            forbidden_rate: args.forbidden_rate,
            error_rate: args.error_rate,
            malformed: args.malformed,
            api_disabled: args.api_disabled,
            documented_pin_route_missing: args.documented_pin_route_missing,
            diversified_key_forbidden: args.diversified_key_forbidden,
            ca_refuses: args.ca_refuses,
            ca_unavailable: args.ca_unavailable,
            ca_delay_ms: args.ca_delay_ms,
            server_generated_keys: false,
        },
        extra_requests: args.extra_requests,
        tls,
        classroom: args.classroom,
        max_desks: Some(args.max_desks),
        news_to,
    };
    let server = SimServer::start(args.listen, config).map_err(|e| {
        anyhow::anyhow!(
            "cannot listen on {}: {e}. Pick another port with --listen",
            args.listen
        )
    })?;
    println!(
        "CM simulator listening on {} (API at {}/CertificateManagement/api/v1.0/)",
        server.url(),
        server.url()
    );
    if let Some(news) = news {
        println!(
            "Classroom: each trainee desk runs  enroll-desk --classroom {}",
            desk_url(&server)
        );
        println!(
            "{}",
            tr!(
                "classroom-trainer-key",
                key = server.trainer_key().secret_text()
            )
        );
        println!("Type help for the trainer's commands (faults for the whole room).");
        let language = crate::i18n::current();
        // Ends when the simulator does (it holds the sending end).
        std::thread::spawn(move || {
            crate::i18n::set_current(language);
            for news in news {
                println!("{}", news_line(&news));
            }
        });
        return super::trainer_console::serve_with_console(server)
            .map_err(|e| anyhow::anyhow!("the simulator stopped: {e}"));
    }
    server
        .wait()
        .map_err(|e| anyhow::anyhow!("the simulator stopped: {e}"))
}

/// The address trainee desks are given: this computer's name in place of
/// an address that listens on every interface.
fn desk_url(server: &SimServer) -> String {
    let address = server.address();
    if address.ip().is_unspecified() {
        let scheme = server
            .url()
            .split("://")
            .next()
            .unwrap_or("https")
            .to_owned();
        format!("{scheme}://<this computer's name>:{}", address.port())
    } else {
        server.url()
    }
}

/// One line on the trainer's console for what happened in the classroom.
fn news_line(news: &ClassroomNews) -> String {
    match news {
        ClassroomNews::Joined { desk, count, max } => {
            tr!(
                "classroom-desk-joined",
                desk = desk,
                count = *count,
                max = *max
            )
        }
        ClassroomNews::LeftIdle { desk } => tr!(
            "classroom-desk-left-idle",
            desk = desk,
            hours = IDLE_DROP.as_secs() / 3600
        ),
        ClassroomNews::Full { max } => tr!("classroom-full", max = *max),
        ClassroomNews::Result(result) => result_line(result),
    }
}

/// `desk ada-pc finished "first-enrollment" in 212 s: 6/6 steps, 1 mistake (wrong-request)`
fn result_line(result: &LessonResult) -> String {
    let mistakes = match result.mistakes.len() {
        0 => "no mistakes".to_owned(),
        n => format!(
            "{n} mistake{} ({})",
            if n == 1 { "" } else { "s" },
            result.mistakes.join(", ")
        ),
    };
    format!(
        "desk {} finished \"{}\" in {} s: {}/{} steps, {mistakes}",
        result.desk, result.lesson, result.seconds, result.steps_done, result.steps_total
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::wire::LessonId;

    #[test]
    fn a_result_reads_as_one_line_for_the_trainer() {
        let mut result = LessonResult {
            desk: "ada-pc".into(),
            lesson: LessonId::FirstEnrollment,
            seconds: 212,
            steps_done: 6,
            steps_total: 6,
            mistakes: vec!["wrong-request".into()],
            finished_at: chrono::Utc::now(),
        };
        assert_eq!(
            result_line(&result),
            "desk ada-pc finished \"first-enrollment\" in 212 s: 6/6 steps, 1 mistake (wrong-request)"
        );
        result.mistakes.push("pin-shown-twice".into());
        assert!(result_line(&result).ends_with("2 mistakes (wrong-request, pin-shown-twice)"));
        result.mistakes.clear();
        assert!(result_line(&result).ends_with("6/6 steps, no mistakes"));
    }
}
