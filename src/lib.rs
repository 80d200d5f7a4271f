//! enroll-desk: bind smart cards to MIM Certificate Management enrollment
//! requests and hand the officer the server-proposed PIN.
//!
//! The data path (see README): `card` watches readers and talks to cards, `cm`
//! talks to the CM server, `sim` is a CM server of our own for demo and tests,
//! and `cli` parses arguments and dispatches.

pub mod card;
pub mod cli;
pub mod cm;
pub mod enroll;
pub mod ids;
pub mod pin;
pub mod sim;
pub mod worker;
