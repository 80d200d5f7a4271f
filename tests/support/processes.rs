//! Card processes for the tests: our `virtual-card` command and vicc.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A child process killed and reaped on drop.
pub struct Killed(pub Child);

impl Killed {
    pub fn stop(&mut self) {
        let _: Result<_, _> = self.0.kill();
        let _: Result<_, _> = self.0.wait();
    }
}

impl Drop for Killed {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Starts `enroll-desk virtual-card --port PORT ARGS..` and returns it with
/// the line it printed on start.
pub fn our_card(port: u16, args: &[&str]) -> (Killed, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
        .arg("virtual-card")
        .args(["--port", &port.to_string()])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("could not start the virtual card");
    let stdout = child.stdout.take().expect("piped stdout");
    let card = Killed(child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("virtual card's first line");
    assert!(
        line.starts_with("virtual card "),
        "unexpected first line: {line:?}"
    );
    (card, line.trim().to_owned())
}

/// Starts vicc (`-t iso7816`) on `port`, with the Crypto shim it needs on
/// Debian in `dir`.
pub fn vicc(dir: &Path, port: u16) -> Killed {
    let shim = dir.join("pyshim");
    let _: Result<_, _> = std::fs::create_dir_all(&shim);
    let link = shim.join("Crypto");
    if !link.exists() {
        std::os::unix::fs::symlink("/usr/lib/python3/dist-packages/Cryptodome", &link)
            .expect("Crypto symlink");
    }
    let python_path = format!(
        "/usr/lib/python3/site-packages/virtualsmartcard:{}",
        shim.display()
    );
    let child = Command::new("/usr/bin/python3")
        .args(["/usr/bin/vicc", "-t", "iso7816", "-P", &port.to_string()])
        .env("PYTHONPATH", python_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("could not start vicc");
    Killed(child)
}
