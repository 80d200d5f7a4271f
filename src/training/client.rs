//! The desk's side of the classroom: blocking calls (run them on a
//! background thread) to the simulator's `/training/...` routes, through
//! the CM client so the server address rules, TLS and sign-in are the same.

use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::wire::{DeskServer, LessonId, LessonResult, LessonSetup, StartLesson};
use crate::cm::{Client, ClientConfig, CmError};

pub struct TrainingClient {
    cm: Client,
}

impl TrainingClient {
    /// Same address, CA file, sign-in and limits as the CM client `config` makes.
    pub fn new(config: &ClientConfig) -> Result<Self, CmError> {
        Ok(Self {
            cm: Client::new(config.clone())?,
        })
    }

    /// Gives `desk` fresh requests for `lesson`: the one to bind and decoys.
    pub fn start_lesson(&self, desk: &str, lesson: LessonId) -> Result<LessonSetup, CmError> {
        let start = StartLesson {
            desk: desk.to_owned(),
            lesson,
        };
        let body = self.post("/training/lessons", &start)?;
        parse(&body, "the lesson's requests")
    }

    /// Turns `desk`'s CM API off (as a server whose REST API is off) or on.
    pub fn set_api(&self, desk: &str, enabled: bool) -> Result<(), CmError> {
        let switch = DeskServer {
            desk: desk.to_owned(),
            api_enabled: enabled,
        };
        self.post("/training/server", &switch).map(drop)
    }

    /// Tells the simulator, and so the trainer, how a lesson went.
    pub fn send_result(&self, result: &LessonResult) -> Result<(), CmError> {
        self.post("/training/results", result).map(drop)
    }

    /// Every result the simulator has, oldest first.
    pub fn report(&self) -> Result<Vec<LessonResult>, CmError> {
        let body = self
            .cm
            .call_beside_api(Method::GET, "/training/report", None)?;
        parse(&body, "the classroom's results")
    }

    fn post(&self, path: &str, message: &impl Serialize) -> Result<Vec<u8>, CmError> {
        let body = serde_json::to_vec(message).map_err(|e| CmError::UnexpectedResponse {
            expected: format!("a message for {path}"),
            got: format!("one that could not be written as JSON ({e})"),
        })?;
        self.cm.call_beside_api(Method::POST, path, Some(body))
    }
}

fn parse<T: DeserializeOwned>(body: &[u8], expected: &str) -> Result<T, CmError> {
    serde_json::from_slice(body).map_err(|e| CmError::UnexpectedResponse {
        expected: expected.to_owned(),
        got: format!("JSON that does not fit ({e})"),
    })
}
