//! The classroom's test parts: trainee desks (a CM client and a classroom
//! client naming the desk) against one simulator, and lesson results.

use std::collections::HashSet;

use enroll_desk::cm::{Client, ClientConfig, CmError, Request};
use enroll_desk::ids::Atr;
use enroll_desk::pin::PinOutcome;
use enroll_desk::sim::SimServer;
use enroll_desk::training::client::TrainingClient;
use enroll_desk::training::wire::{LessonId, LessonResult};
use uuid::Uuid;

const CHALLENGE: [u8; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

pub fn atr() -> Atr {
    "3b8d0180fba000000397425446590301c8".parse().unwrap()
}

pub fn desk_config(server: &SimServer, desk: &str) -> ClientConfig {
    ClientConfig {
        trainee_desk: Some(desk.to_owned()),
        ..ClientConfig::new(server.url())
    }
}

/// A trainee desk: its CM client and its classroom client.
pub fn desk(server: &SimServer, name: &str) -> (Client, TrainingClient) {
    let config = desk_config(server, name);
    (
        Client::new(config.clone()).unwrap(),
        TrainingClient::new(&config).unwrap(),
    )
}

pub fn ids(requests: &[Request]) -> HashSet<Uuid> {
    requests.iter().map(|r| r.uuid).collect()
}

pub fn result(desk: &str, lesson: LessonId, mistakes: &[&str]) -> LessonResult {
    LessonResult {
        desk: desk.to_owned(),
        lesson,
        seconds: 212,
        steps_done: 6,
        steps_total: 6,
        mistakes: mistakes.iter().map(|m| (*m).to_owned()).collect(),
        finished_at: chrono::Utc::now(),
    }
}

/// Binds a fresh card to `request` and asks for its PIN.
pub fn bind_and_fetch_pin(client: &Client, request: Uuid) -> Result<PinOutcome, CmError> {
    let card_id = Uuid::new_v4();
    let smartcard = client.bind_card(request, card_id, &atr())?;
    client.server_proposed_pin(request, smartcard, card_id, &atr(), &CHALLENGE)
}

pub fn shared_training(server: &SimServer) -> TrainingClient {
    TrainingClient::new(&ClientConfig::new(server.url())).unwrap()
}
