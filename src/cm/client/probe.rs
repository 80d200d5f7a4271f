//! One look at the server without signing in, for the desk's self-check
//! (`crate::doctor`): does it answer at all, over a connection the desk
//! trusts, and what time does it say it is.

use chrono::{DateTime, Utc};

use super::Client;
use crate::cm::CmError;

/// What the server said to a plain request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerAnswer {
    /// Any status counts as an answer (a 401 asking for sign-in included).
    pub status: u16,
    /// The answer's `Date` header: the server's clock, to the second.
    pub date: Option<DateTime<Utc>>,
}

impl Client {
    /// A GET of the API's base address with no credentials.
    pub fn probe(&self) -> Result<ServerAnswer, CmError> {
        self.run(async {
            let response = self.transmit(self.http.get(self.base.clone())).await?;
            let date = response
                .headers()
                .get(reqwest::header::DATE)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| DateTime::parse_from_rfc2822(value).ok())
                .map(|date| date.with_timezone(&Utc));
            Ok(ServerAnswer {
                status: response.status().as_u16(),
                date,
            })
        })
    }
}
