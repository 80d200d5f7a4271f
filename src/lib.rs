//! enroll-desk: bind smart cards to MIM Certificate Management enrollment
//! requests and hand the officer the server-proposed PIN.
//!
//! The data path (see README): `card` watches readers and talks to cards, `cm`
//! talks to the CM server, `enroll` is the bind-and-PIN workflow over both,
//! `worker` runs it all off the UI thread, `session` starts a worker
//! against a server or the demo, `sim` and `demo` are a CM server
//! and readers of our own for training and tests, `training` is what trainee
//! desks and the simulator's classroom say to each other, and `cli` parses
//! arguments and dispatches.

pub mod audit;
pub mod card;
pub mod cli;
pub mod cm;
pub mod demo;
pub mod enroll;
pub mod i18n;
pub mod ids;
pub mod os_account;
pub mod pin;
pub mod private_dir;
pub mod session;
pub mod sim;
mod tls;
#[cfg(feature = "desk")]
pub mod token_store;
pub mod training;
#[cfg(feature = "desk")]
pub mod ui;
pub mod worker;

/// Every heap block is wiped when freed, so copies of the PIN made by code
/// we do not control (the HTTP stack's buffers, JSON parsing, text layout)
/// do not outlive their use. Declared here, it covers the binary and every
/// test alike.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> =
    zeroizing_alloc::ZeroAlloc(std::alloc::System);
