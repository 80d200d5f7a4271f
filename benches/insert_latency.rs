//! Insert latency against the real pcscd: from the virtual card's TCP connect
//! to vpcd until (a) our monitor emits `CardInserted` and (b) `pcsc_scan`
//! prints "Card inserted". Starts its own pcscd (none may be running) and
//! stops everything it started. Run by `scripts/bench.sh`; alone: `cargo bench --bench insert_latency`.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[cfg(target_os = "linux")]
mod common;
#[cfg(target_os = "linux")]
#[path = "../tests/support/mod.rs"]
mod support;

fn main() {
    #[cfg(target_os = "linux")]
    on_linux::main();
    #[cfg(not(target_os = "linux"))]
    eprintln!("insert_latency measures against pcscd with virtual cards: run it on Linux");
}

/// The measurement itself: pcscd, vpcd and pcsc_scan are Linux.
#[cfg(target_os = "linux")]
mod on_linux {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::mpsc::{self, Receiver};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use crate::common::{median, ms};
    use crate::support::processes::Killed;
    use crate::support::{PORT_0, Pcscd, READER_0};
    use enroll_desk::card::{PcscBackend, ReaderEvent, VirtualCard, vpcd};

    const ROUNDS: usize = 12;
    const WAIT: Duration = Duration::from_secs(10);

    pub fn main() {
        let pcscd = Pcscd::start();
        let (ours, ours_rx) = monitor();
        let (_scan, scan_rx) = pcsc_scan();
        // Let both watchers settle on the empty reader before timing anything.
        std::thread::sleep(Duration::from_secs(1));
        let mut ours_ms = vec![];
        let mut scan_ms = vec![];
        for round in 1..=ROUNDS {
            drain(&ours_rx, &scan_rx);
            let (connected, player) = play_card();
            let ours_at = ours_rx.recv_timeout(WAIT);
            let scan_at = scan_rx.recv_timeout(WAIT);
            let start = connected.lock().ok().and_then(|t| *t);
            player.stop();
            let (Ok(ours_at), Ok(scan_at), Some(start)) = (ours_at, scan_at, start) else {
                eprintln!("round {round}: an insert was not seen within {WAIT:?}; skipped");
                continue;
            };
            let a = ms(ours_at.saturating_duration_since(start));
            let b = ms(scan_at.saturating_duration_since(start));
            println!("round {round:2}: ours {a:7.1} ms   pcsc_scan {b:7.1} ms");
            ours_ms.push(a);
            scan_ms.push(b);
            crate::support::wait_card_state(READER_0, false);
            // A varying pause so the connects land at different points of pcscd's polling.
            std::thread::sleep(Duration::from_millis(150 + fastrand::u64(0..400)));
        }
        drop(ours);
        drop(pcscd);
        if ours_ms.len() < ROUNDS / 2 {
            eprintln!("too few rounds measured ({}); no result", ours_ms.len());
            std::process::exit(1);
        }
        // Both watchers see the same insert, whose latency spreads from a
        // few ms to a few hundred (pcscd polls the virtual reader): the
        // ratio is taken round by round, not between two medians that may
        // come from different rounds.
        let mut ratios: Vec<f64> = ours_ms.iter().zip(&scan_ms).map(|(a, b)| a / b).collect();
        let ratio = median(&mut ratios);
        let (a, b) = (median(&mut ours_ms), median(&mut scan_ms));
        println!("rounds measured: {}", ours_ms.len());
        println!("median insert latency: ours {a:.1} ms, pcsc_scan {b:.1} ms");
        println!("ours/pcsc_scan, the median of the rounds' ratios: {ratio:.4}");
        crate::common::write_part(
            "insert_latency",
            &[
                ("insert_ms", a),
                ("insert_ms_pcsc_scan", b),
                ("insert_ratio", ratio),
            ],
        );
    }

    /// Our monitor; CardInserted times go to the receiver.
    fn monitor() -> (PcscBackend, Receiver<Instant>) {
        let (tx, rx) = mpsc::channel();
        let backend = PcscBackend::start(Box::new(move |event| {
            if let ReaderEvent::CardInserted { reader, .. } = event
                && reader == READER_0
            {
                let _: Result<_, _> = tx.send(Instant::now());
            }
        }));
        (backend, rx)
    }

    /// `stdbuf -oL pcsc_scan -n`; the time of each "Card inserted" line.
    fn pcsc_scan() -> (Killed, Receiver<Instant>) {
        let mut child = Command::new("stdbuf")
            .args(["-oL", "pcsc_scan", "-n"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("could not start pcsc_scan (package pcsc-tools)");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.contains("Card inserted") && tx.send(Instant::now()).is_err() {
                    return;
                }
            }
        });
        (Killed(child), rx)
    }

    /// A card played in-process; the connect time is recorded by the callback.
    struct Player {
        stop: Arc<AtomicBool>,
        thread: std::thread::JoinHandle<()>,
    }

    impl Player {
        fn stop(self) {
            self.stop.store(true, Ordering::SeqCst);
            let _: Result<_, _> = self.thread.join();
        }
    }

    fn play_card() -> (Arc<Mutex<Option<Instant>>>, Player) {
        let connected = Arc::new(Mutex::new(None));
        let stop = Arc::new(AtomicBool::new(false));
        let (slot, flag) = (connected.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let mut card = VirtualCard::new(None);
            vpcd::run(PORT_0, &mut card, &flag, &mut || {
                if let Ok(mut at) = slot.lock() {
                    at.get_or_insert_with(Instant::now);
                }
            });
        });
        (connected, Player { stop, thread })
    }

    fn drain(a: &Receiver<Instant>, b: &Receiver<Instant>) {
        while a.try_recv().is_ok() {}
        while b.try_recv().is_ok() {}
    }
}
