//! The card side of vpcd's TCP protocol: plays a [`VirtualCard`] to the vpcd
//! reader driver inside pcscd.
//!
//! Every message both ways is a 2-byte big-endian length and the payload. A
//! 1-byte payload from vpcd is a control code; a longer one is a command APDU
//! whose reply is the response APDU.

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::VirtualCard;

/// vpcd's first slot (`Virtual PCD 00 00`); the second is this + 1.
pub const DEFAULT_PORT: u16 = 35963;

const CTRL_POWER_OFF: u8 = 0x00;
const CTRL_POWER_ON: u8 = 0x01;
const CTRL_RESET: u8 = 0x02;
const CTRL_GET_ATR: u8 = 0x04;

/// How often a blocked read wakes up to look at the stop flag.
const POLL: Duration = Duration::from_millis(200);
const MAX_BACKOFF: Duration = Duration::from_secs(2);

/// Why a connection to vpcd ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    /// vpcd closed the connection (pcscd stopped or restarted).
    Disconnected,
    /// The card's vanish fault fired; the connection was dropped on purpose.
    Vanished,
    /// The caller asked to stop.
    Stopped,
}

/// Plays `card` on `127.0.0.1:port` until stopped or until the card vanishes,
/// reconnecting with backoff (capped at 2 s) whenever vpcd is not there.
/// `on_connect` runs right after each TCP connect (the benchmark times it).
pub fn run(
    port: u16,
    card: &mut VirtualCard,
    stop: &AtomicBool,
    on_connect: &mut dyn FnMut(),
) -> SessionEnd {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let mut backoff = Duration::from_millis(50);
    while !stop.load(Ordering::Relaxed) {
        match TcpStream::connect_timeout(&address, Duration::from_secs(1)) {
            Ok(mut stream) => {
                on_connect();
                backoff = Duration::from_millis(50);
                card.reset();
                match serve(&mut stream, card, stop) {
                    Ok(SessionEnd::Disconnected) | Err(_) => {
                        tracing::info!("vpcd on port {port} went away; reconnecting");
                    }
                    Ok(end) => return end,
                }
            }
            Err(error) => tracing::debug!("vpcd on port {port} not reachable: {error}"),
        }
        std::thread::sleep(backoff);
        backoff = (backoff * 2).min(MAX_BACKOFF);
    }
    SessionEnd::Stopped
}

/// Serves one connection until it ends.
pub fn serve(
    stream: &mut TcpStream,
    card: &mut VirtualCard,
    stop: &AtomicBool,
) -> io::Result<SessionEnd> {
    // vpcd writes the length and the payload separately; without NODELAY and
    // QUICKACK delayed ACKs add ~40 ms to every APDU.
    stream.set_nodelay(true)?;
    stream.set_read_timeout(Some(POLL))?;
    loop {
        let mut header = [0u8; 2];
        if let Some(end) = read_full(stream, &mut header, stop)? {
            return Ok(end);
        }
        let mut payload = vec![0u8; usize::from(u16::from_be_bytes(header))];
        if let Some(end) = read_full(stream, &mut payload, stop)? {
            return Ok(end);
        }
        let reply = match payload.as_slice() {
            [CTRL_POWER_OFF] | [CTRL_POWER_ON] | [CTRL_RESET] => {
                card.reset();
                None
            }
            [CTRL_GET_ATR] => Some(card.atr().as_bytes().to_vec()),
            [other] => {
                tracing::debug!("ignoring unknown vpcd control code {other:02x}");
                None
            }
            apdu => match card.answer(apdu) {
                Some(answer) => {
                    // A slow command (key generation): vpcd and pcscd wait.
                    if wait_unless_stopped(answer.hold_back, stop) {
                        return Ok(SessionEnd::Stopped);
                    }
                    Some(answer.apdu)
                }
                None => return Ok(SessionEnd::Vanished),
            },
        };
        if let Some(reply) = reply {
            send(stream, &reply)?;
        }
    }
}

/// Sleeps `time` in steps of [`POLL`]; true when `stop` was set meanwhile.
fn wait_unless_stopped(time: Duration, stop: &AtomicBool) -> bool {
    let deadline = Instant::now() + time;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        if stop.load(Ordering::Relaxed) {
            return true;
        }
        std::thread::sleep(left.min(POLL));
    }
}

fn send(stream: &mut TcpStream, payload: &[u8]) -> io::Result<()> {
    let len = u16::try_from(payload.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "reply too long for vpcd"))?;
    // One write for length and payload: one segment on the wire.
    let mut message = Vec::with_capacity(payload.len() + 2);
    message.extend_from_slice(&len.to_be_bytes());
    message.extend_from_slice(payload);
    stream.write_all(&message)
}

/// Fills `buf`, waking every [`POLL`] to check `stop`. Returns the reason the
/// session ended instead, if it did.
fn read_full(
    stream: &mut TcpStream,
    buf: &mut [u8],
    stop: &AtomicBool,
) -> io::Result<Option<SessionEnd>> {
    let mut filled = 0;
    while filled < buf.len() {
        if stop.load(Ordering::Relaxed) {
            return Ok(Some(SessionEnd::Stopped));
        }
        // Linux clears QUICKACK after some ACKs, so it is set before every read
        // (other systems have no such option; vpcd runs on Linux anyway).
        #[cfg(target_os = "linux")]
        socket2::SockRef::from(&*stream).set_tcp_quickack(true)?;
        match stream.read(&mut buf[filled..]) {
            Ok(0) => return Ok(Some(SessionEnd::Disconnected)),
            Ok(n) => filled += n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == io::ErrorKind::ConnectionReset => {
                return Ok(Some(SessionEnd::Disconnected));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;
    use std::sync::Arc;

    /// Plays vpcd's side against our card over a loopback socket.
    #[test]
    fn speaks_the_vpcd_protocol() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let stop2 = stop.clone();
        let player = std::thread::spawn(move || {
            let mut card = VirtualCard::new(None).with_vanish_on_ins(0xEE);
            run(port, &mut card, &stop2, &mut || {})
        });
        let (mut vpcd, _) = listener.accept().unwrap();
        let exchange = |vpcd: &mut TcpStream, payload: &[u8]| -> Vec<u8> {
            send(vpcd, payload).unwrap();
            let mut header = [0u8; 2];
            vpcd.read_exact(&mut header).unwrap();
            let mut reply = vec![0u8; usize::from(u16::from_be_bytes(header))];
            vpcd.read_exact(&mut reply).unwrap();
            reply
        };
        assert_eq!(
            exchange(&mut vpcd, &[CTRL_GET_ATR]),
            super::super::virtual_card::DEFAULT_ATR
        );
        send(&mut vpcd, &[CTRL_POWER_ON]).unwrap();
        assert_eq!(
            exchange(&mut vpcd, &[0x00, 0x84, 0x00, 0x00, 0x08]).len(),
            10
        );
        assert_eq!(
            exchange(&mut vpcd, &[0x00, 0xA4, 0x04, 0x00]),
            vec![0x67, 0x00]
        );
        send(&mut vpcd, &[0x00, 0xEE, 0x00, 0x00]).unwrap();
        assert_eq!(player.join().unwrap(), SessionEnd::Vanished);
        stop.store(true, Ordering::Relaxed);
    }
}
