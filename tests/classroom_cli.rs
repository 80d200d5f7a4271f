//! The classroom from outside: `enroll-desk sim --classroom` as the trainer
//! runs it, and the classroom client against servers that are not one.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use enroll_desk::cm::{ClientConfig, CmError};
use enroll_desk::training::client::TrainingClient;
use enroll_desk::training::wire::LessonId;
use support::classroom::result;

/// `enroll-desk sim --classroom` in its own process, killed on drop.
struct SimProcess(std::process::Child);

impl Drop for SimProcess {
    fn drop(&mut self) {
        let _: Result<_, _> = self.0.kill();
        let _: Result<_, _> = self.0.wait();
    }
}

#[test]
fn sim_classroom_tells_the_trainer_what_desks_run_and_each_result() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
        .args(["sim", "--classroom", "--listen", "127.0.0.1:0"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let _process = SimProcess(child);
    // Lines arrive on a thread, so a silent simulator fails the test, not hangs it.
    let (lines, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let next_line = || received.recv_timeout(Duration::from_secs(30)).unwrap();
    let listening = next_line();
    let port: u16 = listening
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|digits| digits.parse().ok())
        .unwrap_or_else(|| panic!("no port in {listening:?}"));
    let url = format!("http://127.0.0.1:{port}");
    let told = next_line();
    assert!(
        told.ends_with(&format!("enroll-desk --classroom {url}")),
        "{told:?}"
    );
    let training = TrainingClient::new(&ClientConfig::new(&url)).unwrap();
    training
        .start_lesson("ada-pc", LessonId::FirstEnrollment)
        .unwrap();
    training
        .send_result(&result(
            "ada-pc",
            LessonId::FirstEnrollment,
            &["wrong-request"],
        ))
        .unwrap();
    assert_eq!(
        next_line(),
        "desk ada-pc finished \"first-enrollment\" in 212 s: 6/6 steps, 1 mistake (wrong-request)"
    );
}

#[test]
fn servers_that_are_not_a_classroom_give_errors_with_words() {
    use support::canned::{Reply, json, serve};
    let try_start = |url: &str| {
        TrainingClient::new(&ClientConfig::new(url))
            .unwrap()
            .start_lesson("ada-pc", LessonId::FirstEnrollment)
            .unwrap_err()
    };
    let real_cm = serve(
        json(404, r#"{"Message":"No HTTP resource was found."}"#),
        vec![],
    );
    let error = try_start(&real_cm.url);
    assert!(
        error.to_string().contains("not a training simulator"),
        "{error}"
    );
    let garbled = serve(
        json(200, r#"{"lesson":"first-enrollment","request":"#),
        vec![],
    );
    let error = try_start(&garbled.url);
    assert!(
        matches!(&error, CmError::UnexpectedResponse { got, .. } if got.contains("JSON that does not fit")),
        "{error:?}"
    );
    let failing = serve(json(500, r#"{"Message":"An error has occurred."}"#), vec![]);
    assert!(matches!(
        try_start(&failing.url),
        CmError::ServerError { status: 500, .. }
    ));
    let gone = serve(Reply::Hangup, vec![]);
    assert!(matches!(try_start(&gone.url), CmError::Unreachable { .. }));
}
