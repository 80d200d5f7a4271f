//! Calls to routes beside the CM API on the same server (the simulator's
//! `/training/...`), with the client's own sign-in, TLS, limits and desk
//! header, so training needs no second HTTP setup.

use reqwest::{Method, StatusCode};

use super::Client;
use crate::cm::error::CmError;
use crate::cm::http::{LIST_BODY_CAP, read_capped, status_error};

/// A 403 on a classroom route: the simulator's sign-in let us in, so only
/// its operator can say why.
const HINT_CLASSROOM: &str = "Ask the trainer who runs the simulator";

impl Client {
    /// `method` on `path` (from the server's root, like `/training/lessons`)
    /// with an optional JSON `body`; the answer's body on success. A 404
    /// means the server has no such route: not a simulator with a classroom.
    pub(crate) fn call_beside_api(
        &self,
        method: Method,
        path: &str,
        json_body: Option<Vec<u8>>,
    ) -> Result<Vec<u8>, CmError> {
        self.run(async {
            let url = self
                .base
                .join(path)
                .map_err(|e| CmError::InvalidServerUrl {
                    url: self.base.to_string(),
                    reason: format!("it cannot reach {path} ({e})"),
                })?;
            let mut request = self.http.request(method, url);
            if let Some(body) = json_body {
                request = request
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(body);
            }
            let response = self.send(request).await?;
            match response.status() {
                // A classroom's report of 10,000 results runs to megabytes.
                s if s.is_success() => {
                    let expected = format!("an answer from {path}");
                    read_capped(response, LIST_BODY_CAP, &expected, &self.call_context()).await
                }
                StatusCode::NOT_FOUND => Err(CmError::UnexpectedResponse {
                    expected: format!("the classroom route {path}"),
                    got: format!(
                        "404 Not Found: {} is not a training simulator (start one with `enroll-desk sim --classroom`)",
                        self.server_name()
                    ),
                }),
                _ => Err(status_error(response, HINT_CLASSROOM).await),
            }
        })
    }
}
