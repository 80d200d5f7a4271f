//! A private MIT Kerberos realm on loopback, one per test: a KDC on a free
//! port, an officer with a password, `HTTP/localhost` with a keytab, and
//! ticket caches made with the real `kinit`. The KDC stops when dropped.

use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::processes::Killed;

pub const REALM: &str = "ENROLL.TEST";
pub const OFFICER: &str = "officer@ENROLL.TEST";
const OFFICER_PASSWORD: &str = "officer-password";

pub struct Realm {
    dir: tempfile::TempDir,
    kdc: Killed,
}

impl Realm {
    pub fn start() -> Realm {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let d = dir.path().display();
        // kdc_timesync off: the client must not quietly correct its clock,
        // so a skewed clock shows as it does on Windows desks.
        let krb5_conf = format!(
            "[libdefaults]\n default_realm = {REALM}\n dns_lookup_kdc = false\n dns_lookup_realm = false\n dns_canonicalize_hostname = false\n rdns = false\n kdc_timesync = false\n\n[realms]\n {REALM} = {{\n  kdc = 127.0.0.1:{port}\n }}\n"
        );
        let kdc_conf = format!(
            "[kdcdefaults]\n kdc_listen = 127.0.0.1:{port}\n kdc_tcp_listen = 127.0.0.1:{port}\n\n[realms]\n {REALM} = {{\n  database_name = {d}/principal\n  key_stash_file = {d}/stash\n  acl_file = {d}/kadm5.acl\n }}\n"
        );
        std::fs::write(dir.path().join("krb5.conf"), krb5_conf).unwrap();
        std::fs::write(dir.path().join("kdc.conf"), kdc_conf).unwrap();
        let admin = |program: &str, args: &[&str]| {
            let output = Command::new(sbin(program))
                .args(args)
                .envs(Self::profile_env(dir.path()))
                .output()
                .unwrap_or_else(|e| panic!("{program} could not run ({e}): run scripts/test.sh"));
            assert!(output.status.success(), "{program} {args:?}: {output:?}");
        };
        admin(
            "kdb5_util",
            &["create", "-s", "-r", REALM, "-P", "master-password"],
        );
        admin(
            "kadmin.local",
            &["-q", &format!("addprinc -pw {OFFICER_PASSWORD} officer")],
        );
        admin("kadmin.local", &["-q", "addprinc -randkey HTTP/localhost"]);
        let keytab = dir.path().join("http.keytab");
        admin(
            "kadmin.local",
            &[
                "-q",
                &format!("ktadd -k {} HTTP/localhost", keytab.display()),
            ],
        );
        let kdc = Killed(
            Command::new(sbin("krb5kdc"))
                .arg("-n")
                .envs(Self::profile_env(dir.path()))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("krb5kdc starts"),
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "the KDC did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Realm { dir, kdc }
    }

    pub fn krb5_config(&self) -> PathBuf {
        self.dir.path().join("krb5.conf")
    }

    /// The service keytab for `HTTP/localhost`.
    pub fn keytab(&self) -> PathBuf {
        self.dir.path().join("http.keytab")
    }

    /// A fresh ticket cache for the officer, from `kinit` with a password;
    /// `lifetime` as kinit's `-l` (e.g. "2s").
    pub fn kinit(&self, name: &str, lifetime: Option<&str>) -> PathBuf {
        let cache = self.dir.path().join(name);
        let mut kinit = Command::new("kinit");
        if let Some(lifetime) = lifetime {
            kinit.args(["-l", lifetime]);
        }
        let mut child = kinit
            .arg(OFFICER)
            .env("KRB5_CONFIG", self.krb5_config())
            .env("KRB5CCNAME", format!("FILE:{}", cache.display()))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("kinit runs");
        use std::io::Write;
        writeln!(child.stdin.take().unwrap(), "{OFFICER_PASSWORD}").unwrap();
        assert!(child.wait().unwrap().success(), "kinit failed");
        cache
    }

    /// What a client process needs to find the realm and this cache.
    pub fn client_env(&self, cache: &Path) -> Vec<(&'static str, OsString)> {
        vec![
            ("KRB5_CONFIG", self.krb5_config().into()),
            ("KRB5CCNAME", format!("FILE:{}", cache.display()).into()),
        ]
    }

    /// What the simulator needs to check tickets.
    pub fn service_env(&self) -> Vec<(&'static str, OsString)> {
        vec![
            ("KRB5_CONFIG", self.krb5_config().into()),
            (
                "KRB5_KTNAME",
                format!("FILE:{}", self.keytab().display()).into(),
            ),
        ]
    }

    /// Gives `HTTP/localhost` a new key in the KDC, so the keytab the
    /// server holds no longer matches the tickets clients get.
    pub fn rekey_service(&self) {
        let output = Command::new(sbin("kadmin.local"))
            .args(["-q", "cpw -randkey HTTP/localhost"])
            .envs(Self::profile_env(self.dir.path()))
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
    }

    pub fn stop_kdc(&mut self) {
        self.kdc.stop();
    }

    fn profile_env(dir: &Path) -> Vec<(&'static str, OsString)> {
        vec![
            ("KRB5_CONFIG", dir.join("krb5.conf").into()),
            ("KRB5_KDC_PROFILE", dir.join("kdc.conf").into()),
        ]
    }
}

/// Debian puts the KDC tools in /usr/sbin, which a user's PATH may lack.
fn sbin(program: &str) -> PathBuf {
    let path = Path::new("/usr/sbin").join(program);
    if path.exists() {
        path
    } else {
        PathBuf::from(program)
    }
}

/// A port free for both UDP and TCP on loopback, as the KDC listens on both.
fn free_port() -> u16 {
    loop {
        let tcp = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = tcp.local_addr().unwrap().port();
        if std::net::UdpSocket::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// `enroll-desk sim` in its own process, with the service keytab.
pub struct SimProcess {
    _process: Killed,
    pub port: u16,
    pub log: Arc<Mutex<String>>,
}

impl SimProcess {
    pub fn start(realm: &Realm, args: &[&str]) -> SimProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_enroll-desk"))
            .args(["-v", "sim", "--listen", "127.0.0.1:0"])
            .args(args)
            .envs(realm.service_env())
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let stderr = child.stderr.take().unwrap();
        let process = Killed(child);
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let port = line
            .split("127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|digits| digits.parse().ok())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        let log = Arc::new(Mutex::new(String::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        SimProcess {
            _process: process,
            port,
            log,
        }
    }

    /// `localhost` matches the service principal `HTTP/localhost`.
    pub fn url(&self) -> String {
        format!("http://localhost:{}", self.port)
    }

    /// Calls the simulator logged with this ending, e.g. "(Kerberos)".
    pub fn calls_ending(&self, ending: &str) -> usize {
        std::thread::sleep(Duration::from_millis(100)); // the log reader trails the answers
        let log = self.log.lock().unwrap();
        log.lines()
            .filter(|l| l.contains(" → 2") && l.ends_with(ending))
            .count()
    }
}
