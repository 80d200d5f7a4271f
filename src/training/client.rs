//! The desk's side of the classroom: blocking calls (run them on a
//! background thread) to the simulator's `/training/...` routes, through
//! the CM client so the server address rules, TLS, sign-in and the desk
//! key are the same. A desk speaks only for itself: which desk a call is
//! about is the key it carries, never a name it gives.

use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::keys::ClassroomKey;
use super::trainee::TraineeDesk;
use super::wire::{DeskServer, LessonId, LessonResult, LessonSetup, StartLesson};
use crate::cm::{As, Client, ClientConfig, CmError};

pub struct TrainingClient {
    cm: Client,
    desk: Option<TraineeDesk>,
}

impl TrainingClient {
    /// Same address, CA file, sign-in, limits and desk as the CM client
    /// `config` makes (one desk between them when built from one config).
    pub fn new(config: &ClientConfig) -> Result<Self, CmError> {
        Ok(Self {
            cm: Client::new(config.clone())?,
            desk: config.trainee_desk.clone(),
        })
    }

    /// The name the classroom knows this desk by ("ada (2)" when another
    /// "ada" joined first), or the one it asks for until it has joined.
    pub fn desk_name(&self) -> String {
        self.desk
            .as_ref()
            .map_or_else(|| "trainee".to_owned(), TraineeDesk::name)
    }

    /// Gives this desk fresh requests for `lesson`: the one to bind and decoys.
    pub fn start_lesson(&self, lesson: LessonId) -> Result<LessonSetup, CmError> {
        let body = self.post("/training/lessons", &StartLesson { lesson })?;
        parse(&body, "the lesson's requests")
    }

    /// Turns this desk's CM API off (as a server whose REST API is off) or on.
    pub fn set_api(&self, enabled: bool) -> Result<(), CmError> {
        let switch = DeskServer {
            api_enabled: enabled,
        };
        self.post("/training/server", &switch).map(drop)
    }

    /// Tells the simulator, and so the trainer, how this desk's lesson went.
    pub fn send_result(&self, result: &LessonResult) -> Result<(), CmError> {
        self.post("/training/results", result).map(drop)
    }

    /// Every result the simulator has, oldest first: the trainer's, by the
    /// key the simulator printed at start.
    pub fn report(&self, trainer_key: &ClassroomKey) -> Result<Vec<LessonResult>, CmError> {
        let body = self.cm.call_beside_api(
            Method::GET,
            "/training/report",
            None,
            As::Trainer(trainer_key),
        )?;
        parse(&body, "the classroom's results")
    }

    fn post(&self, path: &str, message: &impl Serialize) -> Result<Vec<u8>, CmError> {
        let body = serde_json::to_vec(message).map_err(|e| CmError::UnexpectedResponse {
            expected: format!("a message for {path}"),
            got: format!("one that could not be written as JSON ({e})"),
        })?;
        self.cm
            .call_beside_api(Method::POST, path, Some(body), As::ItsDesk)
    }
}

fn parse<T: DeserializeOwned>(body: &[u8], expected: &str) -> Result<T, CmError> {
    serde_json::from_slice(body).map_err(|e| CmError::UnexpectedResponse {
        expected: expected.to_owned(),
        got: format!("JSON that does not fit ({e})"),
    })
}
