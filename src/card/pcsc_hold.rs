//! A card held through pcscd: one thread owns the connection and one
//! transaction from the first APDU to the release, and runs each card
//! operation it is sent. The caller waits for each operation at most the
//! operation timeout, so a hung card never blocks it.
//!
//! Released with `LeaveCard`, never reset: the `pcsc` crate's `Drop`
//! disconnects with `ResetCard`, which would make the card forget the
//! challenge it just issued, so the connection is always closed by hand.

use std::ffi::CString;
use std::sync::mpsc;
use std::time::Duration;

use pcsc::{Context, Disposition, Protocols, Scope, ShareMode};
use uuid::Uuid;

use super::ops::{self, CardSession};
use super::pcsc_error::map_error;
use super::{CardError, Challenge, ChallengeChoice, GuidByteOrder, HeldCard, apdu, challenge};
use crate::ids::Atr;

type Job = Box<dyn FnOnce(&mut dyn CardSession) + Send>;

pub struct PcscHold {
    /// Closed on drop: the holding thread then releases the card.
    jobs: Option<mpsc::Sender<Job>>,
    /// Says the card has been released.
    released: mpsc::Receiver<()>,
    atr: Atr,
    timeout: Duration,
}

impl PcscHold {
    /// Connects to the card in `reader` and begins the transaction.
    pub fn start(reader: &str, timeout: Duration) -> Result<Self, CardError> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (ready_tx, ready) = mpsc::channel();
        let (released_tx, released) = mpsc::channel();
        let name = reader.to_owned();
        std::thread::Builder::new()
            .name("card-hold".into())
            .spawn(move || {
                keep_card(&name, &ready_tx, &inbox);
                let _: Result<_, _> = released_tx.send(());
            })
            .map_err(|e| CardError::Transport(format!("could not start the card thread: {e}")))?;
        let atr = wait(&ready, timeout)??;
        Ok(Self {
            jobs: Some(jobs),
            released,
            atr,
            timeout,
        })
    }

    fn run<T: Send + 'static>(
        &mut self,
        op: impl FnOnce(&mut dyn CardSession) -> Result<T, CardError> + Send + 'static,
    ) -> Result<T, CardError> {
        let (answer_tx, answer) = mpsc::channel();
        let job: Job = Box::new(move |session| {
            let _: Result<_, _> = answer_tx.send(op(session));
        });
        self.jobs
            .as_ref()
            .and_then(|jobs| jobs.send(job).ok())
            .ok_or_else(ended)?;
        wait(&answer, self.timeout)?
    }
}

impl HeldCard for PcscHold {
    fn atr(&self) -> &Atr {
        &self.atr
    }

    fn session(&mut self) -> &mut dyn CardSession {
        self
    }

    fn card_id(&mut self, order: GuidByteOrder) -> Result<Option<Uuid>, CardError> {
        self.run(move |session| ops::read_card_id(session, order))
    }

    fn challenge(&mut self, choice: ChallengeChoice) -> Result<Challenge, CardError> {
        self.run(move |session| challenge::card_challenge(session, choice))
    }
}

/// Each command is a job for the holding thread, waited for as any
/// operation; a slow one (key generation) gets [`SLOW_COMMAND`].
impl CardSession for PcscHold {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        let apdu = apdu.to_vec();
        self.run(move |session| session.transmit(&apdu))
    }

    fn transmit_slow(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CardError> {
        let slow = self.timeout.max(SLOW_COMMAND);
        let usual = std::mem::replace(&mut self.timeout, slow);
        let answer = self.transmit(apdu);
        self.timeout = usual;
        answer
    }
}

/// How long a card may take over one slow command: real cards take up to
/// a minute to generate an RSA-2048 key.
pub const SLOW_COMMAND: Duration = Duration::from_secs(120);

impl Drop for PcscHold {
    fn drop(&mut self) {
        self.jobs = None;
        // Wait for the release, so a program that exits right after still
        // leaves the card as it is (pcscd resets the cards of a dead client).
        let _: Result<_, _> = self.released.recv_timeout(self.timeout);
    }
}

fn wait<T>(answer: &mpsc::Receiver<T>, timeout: Duration) -> Result<T, CardError> {
    answer.recv_timeout(timeout).map_err(|error| match error {
        mpsc::RecvTimeoutError::Timeout => CardError::Timeout {
            seconds: timeout.as_secs_f64().ceil() as u64,
        },
        mpsc::RecvTimeoutError::Disconnected => ended(),
    })
}

fn ended() -> CardError {
    CardError::Transport("the connection to the card ended unexpectedly".into())
}

/// The holding thread: connect, begin the transaction, run jobs until the
/// hold is dropped, then end the transaction and disconnect, leaving the card.
fn keep_card(
    reader: &str,
    ready: &mpsc::Sender<Result<Atr, CardError>>,
    jobs: &mpsc::Receiver<Job>,
) {
    let fail = |e| map_error(e, reader);
    let connected = Context::establish(Scope::User)
        .map_err(fail)
        .and_then(|ctx| connect(&ctx, reader));
    let mut card = match connected {
        Ok(card) => card,
        Err(error) => {
            let _: Result<_, _> = ready.send(Err(error));
            return;
        }
    };
    let atr = card
        .status2_owned()
        .map(|status| Atr::new(status.atr().to_vec()));
    match (atr, card.transaction()) {
        (Ok(atr), Ok(transaction)) => {
            let _: Result<_, _> = ready.send(Ok(atr));
            let mut session = PcscSession {
                card: &transaction,
                reader,
            };
            for job in jobs {
                job(&mut session);
            }
            // Ending can fail after a removal; there is nothing left to keep.
            let _: Result<_, _> = transaction.end(Disposition::LeaveCard);
        }
        (Err(error), _) | (_, Err(error)) => {
            let _: Result<_, _> = ready.send(Err(fail(error)));
        }
    }
    let _: Result<_, _> = card.disconnect(Disposition::LeaveCard);
}

/// Exclusive, so no other program talks to the card in between; shared when
/// another program already has it open (the transaction still keeps it ours).
/// A card another program holds exclusively is asked for again for a few
/// seconds: that is often brief (a service looking at a card just inserted,
/// or pcscd still cleaning up after a program that died holding it).
fn connect(ctx: &Context, reader: &str) -> Result<pcsc::Card, CardError> {
    let name = CString::new(reader).map_err(|_| CardError::NoReader(reader.to_owned()))?;
    let deadline = std::time::Instant::now() + BUSY_PATIENCE;
    loop {
        let connected = match ctx.connect(&name, ShareMode::Exclusive, Protocols::ANY) {
            Err(pcsc::Error::SharingViolation) => {
                ctx.connect(&name, ShareMode::Shared, Protocols::ANY)
            }
            other => other,
        };
        match connected {
            Err(pcsc::Error::SharingViolation) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(100));
            }
            other => return other.map_err(|e| map_error(e, reader)),
        }
    }
}

/// How long a card held by another program is asked for again.
const BUSY_PATIENCE: Duration = Duration::from_secs(3);

/// `transmit` over a pcsc card handle.
struct PcscSession<'a> {
    card: &'a pcsc::Card,
    reader: &'a str,
}

impl CardSession for PcscSession<'_> {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, CardError> {
        apdu::check_command(command)?;
        let mut buffer = [0u8; pcsc::MAX_BUFFER_SIZE];
        let answer = self
            .card
            .transmit(command, &mut buffer)
            .map_err(|e| map_error(e, self.reader))?;
        Ok(answer.to_vec())
    }
}
