//! `enroll-desk sim --classroom` as the trainer runs it: its own process,
//! the trainer's keyboard and terminal in the test's hands, and desks
//! (with the trainer's client) against it.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use enroll_desk::cm::{Client, ClientConfig};
use enroll_desk::training::client::TrainingClient;
use enroll_desk::training::keys::ClassroomKey;
use enroll_desk::training::trainee::TraineeDesk;

/// `enroll-desk sim --classroom` in its own process, killed on drop, with
/// the trainer's keyboard (stdin) and terminal (stdout lines) in the test's hands.
pub struct ClassroomSim {
    pub child: Child,
    pub keyboard: Option<ChildStdin>,
    lines: Receiver<String>,
    url: String,
    pub trainer_key: Option<ClassroomKey>,
}

impl ClassroomSim {
    /// Starts it and reads its opening lines up to the trainer's hint.
    pub fn start() -> Self {
        Self::start_with(&[])
    }

    pub fn start_with(more: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
            .args([
                "--lang",
                "en",
                "sim",
                "--classroom",
                "--listen",
                "127.0.0.1:0",
            ])
            .args(more)
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let keyboard = child.stdin.take();
        // Lines arrive on a thread, so a silent simulator fails the test, not hangs it.
        let (send, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut sim = Self {
            child,
            keyboard,
            lines,
            url: String::new(),
            trainer_key: None,
        };
        let listening = sim.next_line();
        let port: u16 = listening
            .split("127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|digits| digits.parse().ok())
            .unwrap_or_else(|| panic!("no port in {listening:?}"));
        sim.url = format!("http://127.0.0.1:{port}");
        let told = sim.next_line();
        assert!(
            told.ends_with(&format!("enroll-desk --classroom {}", sim.url)),
            "{told:?}"
        );
        let key_line = sim.next_line();
        let key = key_line
            .strip_prefix("Trainer key, for the classroom's report (keep it to yourself): ")
            .and_then(ClassroomKey::from_text);
        assert!(key.is_some(), "{key_line:?}");
        sim.trainer_key = key;
        assert_eq!(
            sim.next_line(),
            "Type help for the trainer's commands (faults for the whole room)."
        );
        sim
    }

    pub fn next_line(&self) -> String {
        self.lines.recv_timeout(Duration::from_secs(30)).unwrap()
    }

    /// Types one command and returns the simulator's first line in answer.
    pub fn type_command(&mut self, command: &str) -> String {
        let keyboard = self.keyboard.as_mut().unwrap();
        writeln!(keyboard, "{command}").unwrap();
        keyboard.flush().unwrap();
        self.next_line()
    }

    /// A trainee desk asking to be called `name`: its CM and classroom
    /// clients (it joins with its first call).
    pub fn desk(&self, name: &str) -> (Client, TrainingClient) {
        let config = ClientConfig {
            trainee_desk: Some(TraineeDesk::new(name)),
            ..ClientConfig::new(&self.url)
        };
        (
            Client::new(config.clone()).unwrap(),
            TrainingClient::new(&config).unwrap(),
        )
    }

    /// The trainer's client, without a desk.
    pub fn trainer(&self) -> TrainingClient {
        TrainingClient::new(&ClientConfig::new(&self.url)).unwrap()
    }
}

impl Drop for ClassroomSim {
    fn drop(&mut self) {
        let _: Result<_, _> = self.child.kill();
        let _: Result<_, _> = self.child.wait();
    }
}
