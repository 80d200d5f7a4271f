//! The classroom's test parts: trainee desks (a CM client and a classroom
//! client sharing one desk) against one simulator, the trainer, raw HTTP
//! for callers that are not our desk, and lesson results.

use std::collections::HashSet;

use enroll_desk::cm::{Client, ClientConfig, CmError, Request};
use enroll_desk::ids::Atr;
use enroll_desk::pin::PinOutcome;
use enroll_desk::sim::{SimConfig, SimServer};
use enroll_desk::training::client::TrainingClient;
use enroll_desk::training::trainee::TraineeDesk;
use enroll_desk::training::wire::{LessonId, LessonResult};
use reqwest::StatusCode;
use uuid::Uuid;

pub const CHALLENGE: [u8; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

pub fn atr() -> Atr {
    "3b8d0180fba000000397425446590301c8".parse().unwrap()
}

/// A simulator run as a classroom: callers without a desk key are refused.
pub fn classroom_sim(config: SimConfig) -> SimServer {
    super::sim(SimConfig {
        classroom: true,
        ..config
    })
}

/// A desk that asks to be called `desk`.
pub fn desk_config(server: &SimServer, desk: &str) -> ClientConfig {
    ClientConfig {
        trainee_desk: Some(TraineeDesk::new(desk)),
        ..ClientConfig::new(server.url())
    }
}

/// A trainee desk: its CM client and its classroom client, one desk.
pub fn desk(server: &SimServer, name: &str) -> (Client, TrainingClient) {
    let config = desk_config(server, name);
    (
        Client::new(config.clone()).unwrap(),
        TrainingClient::new(&config).unwrap(),
    )
}

/// The classroom's report, read with the trainer's key.
pub fn report(server: &SimServer) -> Vec<LessonResult> {
    TrainingClient::new(&ClientConfig::new(server.url()))
        .unwrap()
        .report(server.trainer_key())
        .unwrap()
}

pub fn ids(requests: &[Request]) -> HashSet<Uuid> {
    requests.iter().map(|r| r.uuid).collect()
}

/// A result as `training`'s desk sends it: under the name the room knows it by.
pub fn result_of(training: &TrainingClient, lesson: LessonId, mistakes: &[&str]) -> LessonResult {
    result(&training.desk_name(), lesson, mistakes)
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
    bind_and_fetch_pin_with(client, request).map(|(_, _, pin)| pin)
}

/// Binds a fresh card to `request`; its card id, smartcard and PIN answer.
pub fn bind_and_fetch_pin_with(
    client: &Client,
    request: Uuid,
) -> Result<(Uuid, Uuid, PinOutcome), CmError> {
    let card_id = Uuid::new_v4();
    let smartcard = client.bind_card(request, card_id, &atr())?;
    let pin = client.server_proposed_pin(request, smartcard, card_id, &atr(), &CHALLENGE)?;
    Ok((card_id, smartcard, pin))
}

/// Joins as `name` over raw HTTP, as any program could; the desk key.
pub fn joined_key(server: &SimServer, name: &str) -> String {
    let answer: serde_json::Value = reqwest::blocking::Client::new()
        .post(format!("{}/training/desks", server.url()))
        .json(&serde_json::json!({ "name": name }))
        .send()
        .unwrap()
        .json()
        .unwrap();
    answer["key"].as_str().unwrap().to_owned()
}

/// Raw HTTP, as any program on the network could send it.
pub struct Stranger {
    http: reqwest::blocking::Client,
    url: String,
}

impl Stranger {
    pub fn new(server: &SimServer) -> Self {
        Self {
            http: reqwest::blocking::Client::new(),
            url: server.url(),
        }
    }

    pub fn get(&self, path: &str, headers: &[(&str, &str)]) -> StatusCode {
        let mut call = self.http.get(format!("{}/{path}", self.url));
        for (name, value) in headers {
            call = call.header(*name, *value);
        }
        call.send().unwrap().status()
    }

    pub fn post(
        &self,
        path: &str,
        headers: &[(&str, &str)],
        body: serde_json::Value,
    ) -> StatusCode {
        let mut call = self.http.post(format!("{}/{path}", self.url)).json(&body);
        for (name, value) in headers {
            call = call.header(*name, *value);
        }
        call.send().unwrap().status()
    }
}
