//! The classroom's routes, `/training/...`: plumbing beside the CM API, so
//! the trainer's faults (latency, 403, 500, API off) never touch them.

use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use super::Sim;
use super::answers::{json, message, refused};
use super::state::Refusal;
use crate::training::wire::{
    DESK_HEADER, DeskServer, LessonResult, StartLesson, desk_name_problem, result_problem,
};

/// Whether `path` is a classroom route (IIS-style, any case).
pub(super) fn is_training(path: &str) -> bool {
    path.split('/')
        .find(|s| !s.is_empty())
        .is_some_and(|first| first.eq_ignore_ascii_case("training"))
}

/// The trainee desk a CM call names in `DESK_HEADER`, if any.
pub(super) fn desk_of(headers: &HeaderMap) -> Option<&str> {
    headers.get(DESK_HEADER)?.to_str().ok()
}

pub(super) fn answer(sim: &Sim, method: &Method, uri: &Uri, body: &[u8]) -> Response {
    let path = uri.path().to_ascii_lowercase();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let route_part = segments.get(1..).unwrap_or_default();
    route(sim, method, route_part, body).unwrap_or_else(refused)
}

fn route(sim: &Sim, method: &Method, route: &[&str], body: &[u8]) -> Result<Response, Refusal> {
    Ok(match (method.as_str(), route) {
        ("POST", ["lessons"]) => {
            let start: StartLesson = parse(body, "a lesson start")?;
            check_desk(&start.desk)?;
            json(sim.lock().start_lesson(&start.desk, start.lesson))
        }
        ("POST", ["server"]) => {
            let switch: DeskServer = parse(body, "a desk's server switch")?;
            check_desk(&switch.desk)?;
            sim.lock().set_desk_api(&switch.desk, switch.api_enabled);
            StatusCode::NO_CONTENT.into_response()
        }
        ("POST", ["results"]) => {
            let result: LessonResult = parse(body, "a lesson result")?;
            if let Some(problem) = result_problem(&result) {
                return Err(Refusal::Invalid(capitalized(&problem)));
            }
            sim.lock().classroom.record(result.clone());
            if let Some(trainer) = &sim.results_to {
                // The trainer's terminal may be gone; the result is kept anyway.
                let _: Result<_, _> = trainer.send(result);
            }
            StatusCode::NO_CONTENT.into_response()
        }
        ("GET", ["report"]) => json(sim.lock().classroom.results()),
        (_, ["lessons" | "server" | "results" | "report"]) => message(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("The training route does not take {method}."),
        ),
        _ => {
            return Err(Refusal::NotFound(
                "No training route matches: use /training/lessons, /training/server, /training/results or /training/report.".to_owned(),
            ));
        }
    })
}

fn parse<T: DeserializeOwned>(body: &[u8], what: &str) -> Result<T, Refusal> {
    serde_json::from_slice(body)
        .map_err(|e| Refusal::Invalid(format!("The body is not {what}: {e}.")))
}

fn check_desk(desk: &str) -> Result<(), Refusal> {
    match desk_name_problem(desk) {
        Some(problem) => Err(Refusal::Invalid(capitalized(&problem))),
        None => Ok(()),
    }
}

/// ASP.NET's messages are sentences; ours start lower-case for the client.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect::<String>() + ".")
        .unwrap_or_default()
}
