//! The enrollment workflows, written once over two seams — the CM API
//! (`CmApi`) and a held card — so the desk, the CLI, the demo and the
//! tests run the same steps: the whole enrollment (`whole`), and the bare
//! bind-and-PIN of `enroll-desk bind` (`bind`).

pub mod actions;
mod admin;
mod api;
mod bind;
mod certificates;
mod failure;
pub mod puk;
mod secrets;
mod steps;
mod unblock;
mod whole;

pub use api::{Bound, CmApi};
pub use bind::{BindOrder, EnrollError, Step, bind_and_fetch_pin, fetch_pin_again};
pub use failure::{EnrollFailure, Problem, Reached};
pub use secrets::{FACTORY_PIN, FACTORY_PUK};
pub use steps::{EnrollStep, KeyProgress, Progress};
pub use unblock::{UnblockOrder, unblock_card};
pub use whole::{EnrollOrder, Enrolled, Officer, complete, enroll_card};

/// A certificate the enrollment put on the card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledCertificate {
    pub slot: crate::card::piv::Slot,
    pub summary: crate::pkix::CertificateSummary,
}
