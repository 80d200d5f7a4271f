//! A real HTTP/1.1 server on loopback that answers every connection with
//! one canned response, and records the request lines it saw. It stands in
//! for servers that misbehave in ways the simulator should not.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use super::tls::TestPki;

pub struct Canned {
    pub url: String,
    pub seen: Arc<Mutex<Vec<String>>>,
    /// Connections accepted so far.
    pub connections: Arc<AtomicUsize>,
}

/// What to do with each connection.
#[derive(Clone)]
pub enum Reply {
    /// Status line, extra headers, body.
    Http(u16, Vec<(String, String)>, Vec<u8>),
    /// Close the connection without answering.
    Hangup,
    /// A 200 whose head declares `declared` bytes (chunked when `None`)
    /// and whose body is `start` and then `filler` bytes, `total` in all,
    /// or until the client hangs up.
    Stream {
        declared: Option<u64>,
        start: Vec<u8>,
        filler: u8,
        total: u64,
    },
    /// A 200 whose head declares `declared` bytes, of which only `part`
    /// is sent; then nothing more until the client hangs up.
    Stall { declared: usize, part: Vec<u8> },
}

pub fn json(status: u16, body: &str) -> Reply {
    Reply::Http(
        status,
        vec![("Content-Type".into(), "application/json".into())],
        body.as_bytes().to_vec(),
    )
}

/// Serves `reply` to every request; `per_path` overrides it for request
/// lines containing the given text (first match wins).
pub fn serve(reply: Reply, per_path: Vec<(&'static str, Reply)>) -> Canned {
    serve_with(reply, per_path, None, None)
}

/// Serves `reply` and closes a kept-alive connection once it has been idle
/// for `idle`, as servers and proxies do (after seconds to minutes).
pub fn serve_closing_idle(reply: Reply, idle: Duration) -> Canned {
    serve_with(reply, vec![], Some(idle), None)
}

/// As `serve`, over TLS with the server certificate of `pki` (for
/// 127.0.0.1 and localhost): an `https://` URL.
pub fn serve_tls(reply: Reply, per_path: Vec<(&'static str, Reply)>, pki: &TestPki) -> Canned {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs = CertificateDer::pem_file_iter(&pki.cert_pem)
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(&pki.key_pem).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    serve_with(reply, per_path, None, Some(Arc::new(config)))
}

fn serve_with(
    reply: Reply,
    per_path: Vec<(&'static str, Reply)>,
    idle: Option<Duration>,
    tls: Option<Arc<rustls::ServerConfig>>,
) -> Canned {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let scheme = if tls.is_some() { "https" } else { "http" };
    let url = format!("{scheme}://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let connections = Arc::new(AtomicUsize::new(0));
    let (log, accepted) = (seen.clone(), connections.clone());
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            accepted.fetch_add(1, Ordering::SeqCst);
            // A read that waits longer than `idle` fails, and the
            // connection is dropped, closed.
            stream.set_read_timeout(idle).unwrap();
            let (reply, per_path, log) = (reply.clone(), per_path.clone(), log.clone());
            let tls = tls.clone();
            thread::spawn(move || match tls {
                Some(config) => {
                    let session = rustls::ServerConnection::new(config).unwrap();
                    answer(
                        rustls::StreamOwned::new(session, stream),
                        reply,
                        &per_path,
                        &log,
                    );
                }
                None => answer(stream, reply, &per_path, &log),
            });
        }
    });
    Canned {
        url,
        seen,
        connections,
    }
}

fn answer<S: Read + Write>(
    stream: S,
    default: Reply,
    per_path: &[(&str, Reply)],
    log: &Mutex<Vec<String>>,
) {
    let mut reader = BufReader::new(stream);
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap_or(0);
            }
            if line == "\r\n" {
                break;
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        log.lock().unwrap().push(request_line.trim().to_owned());
        let reply = per_path
            .iter()
            .find(|(p, _)| request_line.contains(p))
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| default.clone());
        let (status, headers, body) = match reply {
            Reply::Http(status, headers, body) => (status, headers, body),
            Reply::Hangup => return, // dropping the stream closes it unanswered
            Reply::Stream {
                declared,
                start,
                filler,
                total,
            } => return stream_body(reader.get_mut(), declared, &start, filler, total),
            Reply::Stall { declared, part } => return stall(reader, declared, &part),
        };
        let mut head = format!(
            "HTTP/1.1 {status} Canned\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (name, value) in headers {
            head += &format!("{name}: {value}\r\n");
        }
        head += "\r\n";
        let stream = reader.get_mut();
        if stream
            .write_all(head.as_bytes())
            .and_then(|_| stream.write_all(&body))
            .is_err()
        {
            return;
        }
    }
}

fn stream_body(
    stream: &mut impl Write,
    declared: Option<u64>,
    start: &[u8],
    filler: u8,
    total: u64,
) {
    let chunked = declared.is_none();
    let framing = match declared {
        Some(length) => format!("Content-Length: {length}"),
        None => "Transfer-Encoding: chunked".to_owned(),
    };
    let head =
        format!("HTTP/1.1 200 Canned\r\nContent-Type: application/json\r\n{framing}\r\n\r\n");
    if stream.write_all(head.as_bytes()).is_err() || send(stream, chunked, start).is_err() {
        return;
    }
    let piece = [filler; 64 * 1024];
    let mut left = total.saturating_sub(start.len() as u64);
    while left > 0 {
        let length = left.min(piece.len() as u64) as usize;
        // The client hanging up ends the stream.
        if send(stream, chunked, &piece[..length]).is_err() {
            return;
        }
        left -= length as u64;
    }
    if chunked {
        let _: std::io::Result<()> = stream.write_all(b"0\r\n\r\n");
    }
}

fn send(stream: &mut impl Write, chunked: bool, bytes: &[u8]) -> std::io::Result<()> {
    if chunked {
        write!(stream, "{:x}\r\n", bytes.len())?;
        stream.write_all(bytes)?;
        stream.write_all(b"\r\n")
    } else {
        stream.write_all(bytes)
    }
}

fn stall<S: Read + Write>(mut reader: BufReader<S>, declared: usize, part: &[u8]) {
    let head = format!(
        "HTTP/1.1 200 Canned\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
    );
    let stream = reader.get_mut();
    if stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(part))
        .and_then(|_| stream.flush())
        .is_err()
    {
        return;
    }
    // Nothing more: wait for the client to give up and hang up.
    let _: std::io::Result<usize> = reader.read(&mut [0; 1]);
}
