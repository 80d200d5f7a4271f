//! The classroom's routes, `/training/...`: plumbing beside the CM API, so
//! the trainer's faults (latency, 403, 500, API off) never touch them.
//! Anyone who reaches the simulator may join; everything else is done as
//! the desk whose key the call carries, and the report is the trainer's.

use std::time::Instant;

use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use super::answers::{json, message, refused};
use super::classroom::{DeskId, JoinRefused};
use super::scope::Caller;
use super::state::Refusal;
use super::{ClassroomNews, Sim};
use crate::training::names::desk_name_problem;
use crate::training::wire::{
    DeskServer, JoinClassroom, LessonResult, StartLesson, TRAINER_KEY_HEADER, result_problem,
};

/// Whether `path` is a classroom route (IIS-style, any case).
pub(super) fn is_training(path: &str) -> bool {
    path.split('/')
        .find(|s| !s.is_empty())
        .is_some_and(|first| first.eq_ignore_ascii_case("training"))
}

/// The answer to a classroom call; `caller` is who its desk key says it is.
pub(super) fn answer(
    sim: &Sim,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    caller: Result<Caller, Refusal>,
    body: &[u8],
) -> Response {
    let path = uri.path().to_ascii_lowercase();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let route_part = segments.get(1..).unwrap_or_default();
    let call = Call {
        sim,
        headers,
        caller,
        body,
    };
    route(call, method, route_part).unwrap_or_else(refused)
}

struct Call<'a> {
    sim: &'a Sim,
    headers: &'a HeaderMap,
    caller: Result<Caller, Refusal>,
    body: &'a [u8],
}

impl Call<'_> {
    /// The desk making the call; a call without a desk key is refused.
    fn desk(self) -> Result<DeskId, Refusal> {
        match self.caller? {
            Caller::Desk(desk) => Ok(desk),
            Caller::Keyless => Err(Refusal::UnknownDesk(
                "Only a desk of the classroom does this: join first (POST /training/desks) and send the desk key.".to_owned(),
            )),
        }
    }
}

fn route(call: Call<'_>, method: &Method, route: &[&str]) -> Result<Response, Refusal> {
    let (sim, body) = (call.sim, call.body);
    Ok(match (method.as_str(), route) {
        ("POST", ["desks"]) => join(sim, parse(body, "a desk joining")?)?,
        ("POST", ["lessons"]) => {
            let desk = call.desk()?;
            let start: StartLesson = parse(body, "a lesson start")?;
            json(sim.lock().start_lesson(desk, start.lesson)?)
        }
        ("POST", ["server"]) => {
            let desk = call.desk()?;
            let switch: DeskServer = parse(body, "a desk's server switch")?;
            sim.lock().set_desk_api(desk, switch.api_enabled)?;
            StatusCode::NO_CONTENT.into_response()
        }
        ("POST", ["results"]) => {
            let desk = call.desk()?;
            let result: LessonResult = parse(body, "a lesson result")?;
            if let Some(problem) = result_problem(&result) {
                return Err(Refusal::Invalid(capitalized(&problem)));
            }
            sim.lock().take_result(desk, result.clone())?;
            sim.tell_trainer(ClassroomNews::Result(result));
            StatusCode::NO_CONTENT.into_response()
        }
        ("GET", ["report"]) if sim.is_trainer(call.headers) => json(sim.lock().classroom.results()),
        ("GET", ["report"]) => {
            return Err(Refusal::Forbidden(format!(
                "The classroom's report is the trainer's: send the trainer key the simulator printed at start in the {TRAINER_KEY_HEADER} header."
            )));
        }
        (_, ["desks" | "lessons" | "server" | "results" | "report"]) => message(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("The training route does not take {method}."),
        ),
        _ => {
            return Err(Refusal::NotFound(
                "No training route matches: use /training/desks, /training/lessons, /training/server, /training/results or /training/report.".to_owned(),
            ));
        }
    })
}

/// Lets a desk in: 201 with its name in the room and its key.
fn join(sim: &Sim, join: JoinClassroom) -> Result<Response, Refusal> {
    if let Some(problem) = desk_name_problem(&join.name) {
        return Err(Refusal::Invalid(capitalized(&problem)));
    }
    let (joined, members, max) = {
        let mut state = sim.lock();
        let joined = state.join_classroom(&join.name, Instant::now());
        (
            joined,
            state.classroom.members(),
            state.classroom.max_desks(),
        )
    };
    match joined {
        Ok(joined) => {
            for left in joined.left {
                sim.tell_trainer(ClassroomNews::LeftIdle { desk: left.name });
            }
            sim.tell_trainer(ClassroomNews::Joined {
                desk: joined.pass.desk.clone(),
                count: members,
                max,
            });
            Ok((StatusCode::CREATED, axum::Json(joined.pass)).into_response())
        }
        Err(JoinRefused::Full { max, first }) => {
            if first {
                sim.tell_trainer(ClassroomNews::Full { max });
            }
            Err(Refusal::RoomFull(format!(
                "The classroom is full: all {max} places are taken. Ask the trainer."
            )))
        }
        Err(JoinRefused::NoRandom(error)) => Err(Refusal::Failed(format!(
            "The simulator could not make a desk key: {error}."
        ))),
    }
}

fn parse<T: DeserializeOwned>(body: &[u8], what: &str) -> Result<T, Refusal> {
    serde_json::from_slice(body)
        .map_err(|e| Refusal::Invalid(format!("The body is not {what}: {e}.")))
}

/// ASP.NET's messages are sentences; ours start lower-case for the client.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect::<String>() + ".")
        .unwrap_or_default()
}
