use std::net::TcpStream;

use super::*;
use crate::sim::SimConfig;

fn running_sim() -> Mutex<SimServer> {
    let server = SimServer::start("127.0.0.1:0".parse().unwrap(), SimConfig::default()).unwrap();
    Mutex::new(server)
}

fn switch(fault: Fault, on: bool) -> TrainerCommand {
    TrainerCommand::Switch { fault, on }
}

#[test]
fn every_fault_reads_with_on_or_off_in_any_case_and_spacing() {
    assert_eq!(parse_trainer_command("help"), Ok(TrainerCommand::Help));
    assert_eq!(
        parse_trainer_command(" STATUS \n"),
        Ok(TrainerCommand::Status)
    );
    for (name, fault) in FAULT_NAMES {
        assert_eq!(
            parse_trainer_command(&format!("{name} on")),
            Ok(switch(fault, true))
        );
        assert_eq!(
            parse_trainer_command(&format!("  {}   Off\r\n", name.to_uppercase())),
            Ok(switch(fault, false))
        );
    }
}

#[test]
fn anything_else_is_named_and_points_to_help() {
    let unknown = parse_trainer_command("reboot the room\n").unwrap_err();
    assert_eq!(
        unknown,
        "\"reboot the room\" is not a command; type help for the trainer's commands"
    );
    for half in ["forbidden", "slow maybe", "down on now", "api-off yes"] {
        let message = parse_trainer_command(half).unwrap_err();
        assert!(message.contains("needs on or off"), "{half}: {message}");
    }
    assert!(parse_trainer_command("help me").is_err());
    let escape = parse_trainer_command("\u{1b}[2J").unwrap_err();
    assert!(!escape.contains('\u{1b}'), "{escape:?}");
    let long = parse_trainer_command(&"é".repeat(500)).unwrap_err();
    assert!(long.chars().count() < 120, "{long}");
}

#[test]
fn switches_change_the_running_simulators_faults_and_say_so() {
    let server = running_sim();
    let told = carry_out(switch(Fault::Forbidden, true), &server);
    assert_eq!(
        told,
        "faults: every CM call now answers 403 Forbidden for the whole room"
    );
    assert_eq!(lock(&server).faults().forbidden_rate, 1.0);
    carry_out(switch(Fault::Slow, true), &server);
    carry_out(switch(Fault::Errors, true), &server);
    carry_out(switch(Fault::Malformed, true), &server);
    carry_out(switch(Fault::ApiOff, true), &server);
    let faults = lock(&server).faults();
    assert_eq!(faults.latency_ms, SLOW_MS);
    assert_eq!(faults.error_rate, 1.0);
    assert!(faults.malformed && faults.api_disabled);
    let status = carry_out(TrainerCommand::Status, &server);
    for named in [
        "slow",
        "forbidden (100% of",
        "errors",
        "malformed",
        "api-off",
    ] {
        assert!(status.contains(named), "{named} missing: {status}");
    }
    for fault in [
        Fault::Slow,
        Fault::Forbidden,
        Fault::Errors,
        Fault::Malformed,
        Fault::ApiOff,
    ] {
        assert!(carry_out(switch(fault, false), &server).ends_with("for the whole room"));
    }
    assert_eq!(lock(&server).faults(), Faults::default());
    assert_eq!(
        carry_out(TrainerCommand::Status, &server),
        "faults: none, the CM server answers normally"
    );
}

#[test]
fn down_refuses_connections_until_down_off() {
    let server = running_sim();
    let address = lock(&server).address();
    assert!(TcpStream::connect(address).is_ok());
    carry_out(switch(Fault::Down, true), &server);
    assert!(TcpStream::connect(address).is_err(), "still answering");
    assert!(carry_out(TrainerCommand::Status, &server).contains("down"));
    assert_eq!(
        carry_out(switch(Fault::Down, false), &server),
        "faults: the server is now up for the whole room"
    );
    assert!(TcpStream::connect(address).is_ok());
    assert!(lock(&server).ended_by_itself().is_none());
}

#[test]
fn each_line_is_answered_and_bad_bytes_are_no_end() {
    let server = running_sim();
    let typed: &[u8] = b"help\n\n  \nforbidden on\n\xff\xfe\nstatus\nerrors off";
    let mut told = Vec::new();
    read_commands(typed, &server, |line| told.push(line.to_owned())).unwrap();
    assert_eq!(told.len(), 5, "{told:#?}");
    assert!(told[0].contains("api-off on|off"), "{}", told[0]);
    assert!(told[1].contains("403 Forbidden"));
    assert!(told[2].contains("is not a command"), "{}", told[2]);
    assert!(told[3].starts_with("faults on: forbidden"), "{}", told[3]);
    assert!(told[4].contains("no longer answer 500"), "{}", told[4]);
    assert!(!lock(&server).is_paused());
}
