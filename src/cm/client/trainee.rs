//! A trainee desk's calls: each carries the desk key the classroom's
//! simulator gave the desk when it joined. The desk joins before its first
//! call, and once more when the simulator no longer knows the key (it was
//! restarted, or dropped the desk after a long idle time), so a restarted
//! classroom goes on without restarting every desk.

use reqwest::{Method, RequestBuilder, Response, StatusCode};

use super::Client;
use super::beside_api::with_secret;
use crate::cm::CmError;
use crate::training::keys::ClassroomKey;
use crate::training::trainee::TraineeDesk;
use crate::training::wire::{
    DESK_KEY_HEADER, DeskPass, JOIN_PATH, JoinClassroom, UNKNOWN_DESK_HEADER,
};

impl Client {
    /// Every call goes out here: as this client's trainee desk when it has
    /// one, else as it is.
    pub(super) async fn send(&self, request: RequestBuilder) -> Result<Response, CmError> {
        let Some(desk) = &self.trainee else {
            return self.send_signed_in(request).await;
        };
        let again = request.try_clone();
        let key = self.desk_key(desk).await?;
        let response = self
            .send_signed_in(with_secret(request, DESK_KEY_HEADER, &key))
            .await?;
        match again {
            Some(again) if is_unknown_desk(&response) => {
                tracing::info!(
                    "the classroom's simulator no longer knows this desk; joining again"
                );
                desk.forget(&key);
                let key = self.desk_key(desk).await?;
                self.send_signed_in(with_secret(again, DESK_KEY_HEADER, &key))
                    .await
            }
            _ => Ok(response),
        }
    }

    /// The desk's key, joining the classroom first if it has none.
    async fn desk_key(&self, desk: &TraineeDesk) -> Result<ClassroomKey, CmError> {
        if let Some(key) = desk.key() {
            return Ok(key);
        }
        let _one_join_at_a_time = desk.joining().lock().await;
        if let Some(key) = desk.key() {
            return Ok(key);
        }
        let join = JoinClassroom {
            name: desk.wanted().to_owned(),
        };
        let body = serde_json::to_vec(&join).map_err(|e| CmError::UnexpectedResponse {
            expected: "a request to join the classroom".to_owned(),
            got: format!("one that could not be written as JSON ({e})"),
        })?;
        let request = self.beside_request(Method::POST, JOIN_PATH, Some(body))?;
        let response = self.send_signed_in(request).await?;
        let answer = self.beside_answer(response, JOIN_PATH).await?;
        let pass: DeskPass =
            serde_json::from_slice(&answer).map_err(|e| CmError::UnexpectedResponse {
                expected: "the desk's name and key in the classroom".to_owned(),
                got: format!("JSON that does not fit ({e})"),
            })?;
        tracing::info!("joined the classroom as desk {:?}", pass.desk);
        let key = pass.key.clone();
        desk.joined(pass);
        Ok(key)
    }
}

fn is_unknown_desk(response: &Response) -> bool {
    response.status() == StatusCode::FORBIDDEN
        && response.headers().contains_key(UNKNOWN_DESK_HEADER)
}
