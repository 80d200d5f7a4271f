//! Shared by the integration tests: a simulator per test, a canned HTTP
//! server for answers no sane server gives and the hostile text they may
//! carry, a throw-away CA, the real pcscd with virtual cards, the private
//! Secret Service's daemon, and the desk's settings file as eframe writes it.
// Tests and benchmarks may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)] // each test file uses a different part

pub mod canned;
pub mod classroom;
pub mod desk;
pub mod enrollment;
pub mod hostile;
// The Linux test rig: MIT KDC, pcscd with virtual cards, Xvfb.
#[cfg(target_os = "linux")]
pub mod kdc;
pub mod lesson_view;
pub mod locales;
#[cfg(target_os = "linux")]
pub mod pcscd;
#[cfg(target_os = "linux")]
pub mod piv_tools;
#[cfg(target_os = "linux")]
pub mod processes;
#[cfg(target_os = "linux")]
pub mod screen;
pub mod secret_service;
pub mod settings_file;
pub mod site;
pub mod tls;
pub mod trainee;
pub mod trainer_console;
pub mod training;
#[cfg(target_os = "linux")]
pub mod wine;

#[cfg(target_os = "linux")]
#[allow(unused_imports)] // only the pcscd tests use these
pub use pcscd::*;

use std::time::Duration;

use enroll_desk::cm::{Client, ClientConfig, Request, RequestFilter, RequestStatus};
use enroll_desk::sim::{SimConfig, SimServer};

pub fn sim(config: SimConfig) -> SimServer {
    SimServer::start("127.0.0.1:0".parse().unwrap(), config).expect("simulator starts")
}

pub fn client_for(url: &str) -> Client {
    Client::new(ClientConfig::new(url)).expect("client builds")
}

pub fn client_with_timeout(url: &str, timeout: Duration) -> Client {
    let mut config = ClientConfig::new(url);
    config.timeout = timeout;
    Client::new(config).expect("client builds")
}

/// An approved, unbound demo request whose profile template has the server
/// propose the PIN (`server_pin`) or lets the cardholder choose it.
pub fn ready_request(client: &Client, server_pin: bool) -> Request {
    let filter = RequestFilter {
        status: Some(RequestStatus::Approved),
        ..Default::default()
    };
    let approved = client.list_requests(filter).unwrap();
    // In the demo data every fifth request uses the cardholder-chooses template.
    let user_chosen = approved[4].profile_template_uuid;
    approved
        .into_iter()
        .find(|r| r.is_ready_to_bind() && (r.profile_template_uuid != user_chosen) == server_pin)
        .expect("a request ready to bind")
}
