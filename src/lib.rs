//! enroll-desk: bind smart cards to MIM Certificate Management enrollment
//! requests and hand the officer the server-proposed PIN.
//!
//! The data path (see README): `card` watches readers and talks to cards, `cm`
//! talks to the CM server, `enroll` is the bind-and-PIN workflow over both,
//! `worker` runs it all off the UI thread, `sim` and `demo` are a CM server
//! and readers of our own for training and tests, and `cli` parses arguments
//! and dispatches.

pub mod audit;
pub mod card;
pub mod cli;
pub mod cm;
pub mod demo;
pub mod enroll;
pub mod ids;
pub mod pin;
pub mod sim;
pub mod ui;
pub mod worker;
