//! A real HTTP/1.1 server on loopback that answers every connection with
//! one canned response, and records the request lines it saw. It stands in
//! for servers that misbehave in ways the simulator should not.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

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
    serve_with(reply, per_path, None)
}

/// Serves `reply` and closes a kept-alive connection once it has been idle
/// for `idle`, as servers and proxies do (after seconds to minutes).
pub fn serve_closing_idle(reply: Reply, idle: Duration) -> Canned {
    serve_with(reply, vec![], Some(idle))
}

fn serve_with(
    reply: Reply,
    per_path: Vec<(&'static str, Reply)>,
    idle: Option<Duration>,
) -> Canned {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
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
            thread::spawn(move || answer(stream, reply, &per_path, &log));
        }
    });
    Canned {
        url,
        seen,
        connections,
    }
}

fn answer(stream: TcpStream, default: Reply, per_path: &[(&str, Reply)], log: &Mutex<Vec<String>>) {
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
        let Reply::Http(status, headers, body) = reply else {
            return; // dropping the stream closes it unanswered
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
