//! Calls to routes beside the CM API on the same server (the simulator's
//! `/training/...`), with the client's own sign-in, TLS, limits and desk
//! key, so training needs no second HTTP setup.

use reqwest::header::HeaderValue;
use reqwest::{Method, RequestBuilder, Response, StatusCode};

use super::Client;
use crate::cm::error::CmError;
use crate::cm::http::{LIST_BODY_CAP, read_capped, status_error};
use crate::training::keys::ClassroomKey;
use crate::training::wire::{JOIN_PATH, TRAINER_KEY_HEADER};

/// A 403 on a classroom route: the simulator's sign-in let us in, so only
/// its operator can say why.
const HINT_CLASSROOM: &str = "Ask the trainer who runs the simulator";

/// Who a classroom call speaks as.
#[derive(Clone, Copy)]
pub(crate) enum As<'a> {
    /// This client's desk (its key), or no desk for a client without one.
    ItsDesk,
    /// The trainer, by the key the simulator printed at start.
    Trainer(&'a ClassroomKey),
}

impl Client {
    /// `method` on `path` (from the server's root, like `/training/lessons`)
    /// with an optional JSON `body`; the answer's body on success. A 404
    /// means the server has no such route: not a simulator with a classroom.
    pub(crate) fn call_beside_api(
        &self,
        method: Method,
        path: &str,
        json_body: Option<Vec<u8>>,
        speaking: As<'_>,
    ) -> Result<Vec<u8>, CmError> {
        self.run(async {
            let request = self.beside_request(method, path, json_body)?;
            let response = match speaking {
                As::ItsDesk => self.send(request).await?,
                As::Trainer(key) => {
                    let request = with_secret(request, TRAINER_KEY_HEADER, key);
                    self.send_signed_in(request).await?
                }
            };
            self.beside_answer(response, path).await
        })
    }

    /// The call, before anyone's key goes in.
    pub(super) fn beside_request(
        &self,
        method: Method,
        path: &str,
        json_body: Option<Vec<u8>>,
    ) -> Result<RequestBuilder, CmError> {
        let url = self
            .base
            .join(path)
            .map_err(|e| CmError::InvalidServerUrl {
                url: self.base.to_string(),
                reason: format!("it cannot reach {path} ({e})"),
            })?;
        let request = self.http.request(method, url);
        Ok(match json_body {
            Some(body) => request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body),
            None => request,
        })
    }

    /// The answer's body on success, else what went wrong in words.
    pub(super) async fn beside_answer(
        &self,
        response: Response,
        path: &str,
    ) -> Result<Vec<u8>, CmError> {
        match response.status() {
            // A classroom's report of 10,000 results runs to megabytes.
            s if s.is_success() => {
                read_capped(response, LIST_BODY_CAP, &format!("an answer from {path}")).await
            }
            StatusCode::NOT_FOUND => Err(CmError::UnexpectedResponse {
                expected: format!("the classroom route {path}"),
                got: format!(
                    "404 Not Found: {} is not a training simulator (start one with `enroll-desk sim --classroom`)",
                    self.server_name()
                ),
            }),
            StatusCode::SERVICE_UNAVAILABLE if path == JOIN_PATH => Err(CmError::ClassroomFull {
                server: self.server_name(),
            }),
            _ => Err(status_error(response, HINT_CLASSROOM).await),
        }
    }
}

/// `request` carrying `key` in `header`, marked sensitive so no debug
/// output of the HTTP stack shows it.
pub(super) fn with_secret(
    request: RequestBuilder,
    header: &'static str,
    key: &ClassroomKey,
) -> RequestBuilder {
    match HeaderValue::from_str(key.secret_text()) {
        Ok(mut value) => {
            value.set_sensitive(true);
            request.header(header, value)
        }
        // A key is hex digits by construction, so this is never taken;
        // without the header the simulator refuses the call in words.
        Err(_) => request,
    }
}
