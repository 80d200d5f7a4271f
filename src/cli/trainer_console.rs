//! The trainer's console of `enroll-desk sim --classroom`: short commands on
//! stdin switch the simulator's faults for the whole room while it serves.
//! The classroom's own routes ignore these faults (see `sim::routes`), so
//! lessons and results keep flowing; only `down` stops them too.

use std::io::BufRead;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crate::sim::{Faults, SimServer};

/// How long each answer takes with `slow on`, as on the desk's demo panel.
const SLOW_MS: u64 = 4_000;

/// Longest piece of an unknown command echoed back to the trainer.
const ECHO_CHARS: usize = 40;

/// How often the main thread looks whether serving ended by itself.
const END_CHECK: Duration = Duration::from_millis(250);

const HELP: &str = "The trainer's commands (each for the whole room, one per line):
  status              the faults now on
  slow on|off         every CM answer takes 4 s
  forbidden on|off    every CM call answers 403 Forbidden
  errors on|off       every CM call answers 500 Internal Server Error
  malformed on|off    successful CM answers are cut off mid-JSON
  api-off on|off      the CM REST API is off: 404 everywhere
  down on|off         the server is down: connections refused (lesson results too)
  help                this list";

/// A fault the trainer can switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Slow,
    Forbidden,
    Errors,
    Malformed,
    ApiOff,
    Down,
}

const FAULT_NAMES: [(&str, Fault); 6] = [
    ("slow", Fault::Slow),
    ("forbidden", Fault::Forbidden),
    ("errors", Fault::Errors),
    ("malformed", Fault::Malformed),
    ("api-off", Fault::ApiOff),
    ("down", Fault::Down),
];

/// One line the trainer typed, understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainerCommand {
    Help,
    Status,
    Switch { fault: Fault, on: bool },
}

/// Reads one line; the error is the line to show the trainer.
pub fn parse_trainer_command(line: &str) -> Result<TrainerCommand, String> {
    let lowered = line.trim().to_lowercase();
    let words: Vec<&str> = lowered.split_whitespace().collect();
    let (name, rest) = match words.as_slice() {
        ["help"] => return Ok(TrainerCommand::Help),
        ["status"] => return Ok(TrainerCommand::Status),
        [name, rest @ ..] => (*name, rest),
        [] => return Err(not_a_command(line)),
    };
    let Some(fault) = FAULT_NAMES
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, fault)| *fault)
    else {
        return Err(not_a_command(line));
    };
    match rest {
        ["on"] => Ok(TrainerCommand::Switch { fault, on: true }),
        ["off"] => Ok(TrainerCommand::Switch { fault, on: false }),
        _ => Err(format!(
            "{name} needs on or off, e.g. \"{name} on\"; type help for the trainer's commands"
        )),
    }
}

fn not_a_command(line: &str) -> String {
    let trimmed = line.trim();
    let mut shown: String = trimmed.chars().take(ECHO_CHARS).collect();
    if shown.len() < trimmed.len() {
        shown.push('…');
    }
    // Debug form, so control characters cannot steer the trainer's terminal.
    format!("{shown:?} is not a command; type help for the trainer's commands")
}

/// Carries out a command on the running simulator; the line to tell the trainer.
pub fn carry_out(command: TrainerCommand, server: &Mutex<SimServer>) -> String {
    let mut server = lock(server);
    match command {
        TrainerCommand::Help => HELP.to_owned(),
        TrainerCommand::Status => status_line(&server.faults(), server.is_paused()),
        TrainerCommand::Switch {
            fault: Fault::Down,
            on: true,
        } => {
            server.pause();
            confirmation(Fault::Down, true)
        }
        TrainerCommand::Switch {
            fault: Fault::Down,
            on: false,
        } => match server.resume() {
            Ok(()) => confirmation(Fault::Down, false),
            Err(error) => format!(
                "the server stays down: cannot listen on {} again ({error}); try down off again",
                server.address()
            ),
        },
        TrainerCommand::Switch { fault, on } => {
            let mut faults = server.faults();
            match fault {
                Fault::Slow => faults.latency_ms = if on { SLOW_MS } else { 0 },
                Fault::Forbidden => faults.forbidden_rate = if on { 1.0 } else { 0.0 },
                Fault::Errors => faults.error_rate = if on { 1.0 } else { 0.0 },
                Fault::Malformed => faults.malformed = on,
                Fault::ApiOff => faults.api_disabled = on,
                Fault::Down => {} // switched above: it pauses the server
            }
            server.set_faults(faults);
            confirmation(fault, on)
        }
    }
}

fn confirmation(fault: Fault, on: bool) -> String {
    let what = match (fault, on) {
        (Fault::Slow, true) => "every CM answer now takes 4 s",
        (Fault::Slow, false) => "CM answers now come without delay",
        (Fault::Forbidden, true) => "every CM call now answers 403 Forbidden",
        (Fault::Forbidden, false) => "CM calls no longer answer 403 Forbidden",
        (Fault::Errors, true) => "every CM call now answers 500 Internal Server Error",
        (Fault::Errors, false) => "CM calls no longer answer 500 Internal Server Error",
        (Fault::Malformed, true) => "every successful CM answer is now cut off mid-JSON",
        (Fault::Malformed, false) => "CM answers are now whole",
        (Fault::ApiOff, true) => "the CM REST API is now off (404 everywhere)",
        (Fault::ApiOff, false) => "the CM REST API is now on",
        (Fault::Down, true) => "the server is now down (connections refused, lesson results too)",
        (Fault::Down, false) => "the server is now up",
    };
    format!("faults: {what} for the whole room")
}

fn status_line(faults: &Faults, down: bool) -> String {
    let share = |rate: f64| format!("{:.0}% of", rate * 100.0);
    let mut on = Vec::new();
    if down {
        on.push("down (connections refused)".to_owned());
    }
    if faults.latency_ms > 0 {
        on.push(format!("slow ({} ms per answer)", faults.latency_ms));
    }
    if faults.forbidden_rate > 0.0 {
        on.push(format!(
            "forbidden ({} CM calls answer 403)",
            share(faults.forbidden_rate)
        ));
    }
    if faults.error_rate > 0.0 {
        on.push(format!(
            "errors ({} CM calls answer 500)",
            share(faults.error_rate)
        ));
    }
    if faults.malformed {
        on.push("malformed".to_owned());
    }
    if faults.api_disabled {
        on.push("api-off".to_owned());
    }
    if faults.documented_pin_route_missing {
        on.push("only the route-table form of the PIN call (set at start)".to_owned());
    }
    if on.is_empty() {
        "faults: none, the CM server answers normally".to_owned()
    } else {
        format!("faults on: {}", on.join(", "))
    }
}

/// Serves the classroom with the trainer's console beside it, until serving
/// ends by itself (a bad TLS file, …); `down` and the end of stdin are no end.
pub fn serve_with_console(server: SimServer) -> std::io::Result<()> {
    let server = Arc::new(Mutex::new(server));
    let console_server = server.clone();
    std::thread::Builder::new()
        .name("trainer-console".into())
        .spawn(move || {
            let ending = match read_commands(std::io::stdin().lock(), &console_server, |line| {
                println!("{line}");
            }) {
                Ok(()) => "stdin ended".to_owned(),
                Err(error) => format!("stdin cannot be read: {error}"),
            };
            println!(
                "No more trainer's commands ({ending}); the simulator keeps serving until stopped (Ctrl-C)."
            );
        })?;
    loop {
        // Polled, since pausing and resuming replace the serving thread.
        if let Some(end) = lock(&server).ended_by_itself() {
            return end;
        }
        std::thread::sleep(END_CHECK);
    }
}

/// Carries out each line of `input` until it ends, telling the trainer each outcome.
fn read_commands(
    mut input: impl BufRead,
    server: &Mutex<SimServer>,
    mut tell: impl FnMut(&str),
) -> std::io::Result<()> {
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        // Bytes that are not UTF-8 become an unknown command, not an end.
        let text = String::from_utf8_lossy(&line);
        if text.trim().is_empty() {
            continue;
        }
        match parse_trainer_command(&text) {
            Ok(command) => tell(&carry_out(command, server)),
            Err(message) => tell(&message),
        }
    }
}

fn lock(server: &Mutex<SimServer>) -> MutexGuard<'_, SimServer> {
    // A panic elsewhere must not take the trainer's console down.
    server.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests;
