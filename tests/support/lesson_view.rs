//! Whether a trainee can read the training panel: the lines to read lie
//! whole inside the panel's visible part (below its heading, above the
//! activity panel, left of the requests table), either as drawn or once
//! scrolled into view.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use enroll_desk::i18n::text;
use enroll_desk::tr;
use enroll_desk::training::lessons::{Check, Quiz};
use enroll_desk::training::progress::LessonRun;
use enroll_desk::ui::Desk;

use super::training::{first_where, scroll_into_view};

/// Where the training panel shows its lines now.
fn visible_part(h: &Harness<'static, Desk>) -> egui::Rect {
    let title = tr!("training-title");
    // A label: in English the title bar's button has the same words.
    let heading = first_where(h, &|role, words| role == Role::Label && words == title)
        .expect("the training panel's heading")
        .rect();
    let splitters: Vec<egui::Rect> = h
        .query_all(By::new().role(Role::Splitter))
        .map(|node| node.rect())
        .collect();
    // The activity panel's edge runs across the window; the readers
    // panel's edge runs down beside the lesson.
    let activity = splitters
        .iter()
        .filter(|r| r.width() > r.height())
        .map(|r| r.center().y)
        .fold(f32::INFINITY, f32::min);
    let readers = splitters
        .iter()
        .filter(|r| r.height() > r.width() && r.center().x < 640.0)
        .map(|r| r.center().x)
        .fold(f32::INFINITY, f32::min);
    egui::Rect::from_min_max(
        egui::pos2(0.0, heading.bottom()),
        egui::pos2(readers, activity),
    )
}

/// Where the label or button showing exactly `words` is drawn.
fn drawn_at(h: &Harness<'static, Desk>, words: &str) -> Option<egui::Rect> {
    first_where(h, &showing(words)).map(|node| node.rect())
}

fn showing(words: &str) -> impl Fn(Role, &str) -> bool + '_ {
    move |role, shown| matches!(role, Role::Label | Role::Button) && shown == words
}

fn in_view(h: &Harness<'static, Desk>, rect: egui::Rect) -> bool {
    visible_part(h).expand(1.0).contains_rect(rect)
}

/// Whether the trainee can scroll the line into view.
fn reachable(h: &mut Harness<'static, Desk>, words: &str) -> bool {
    scroll_into_view(h, &showing(words)).is_some_and(|rect| in_view(h, rect))
}

/// What the lesson asks the trainee to read now, each with whether it must
/// show as drawn: the step to do and what it is for show even while a
/// dialog over the desk stops the panel from scrolling; the question, its
/// answers and the verdict, asked with no dialog open, may be scrolled to.
fn to_read(run: &LessonRun) -> Vec<(String, bool)> {
    let Some(step) = run.current_step() else {
        let lesson = text(&format!("training-lesson-{}", run.lesson().slug()), None);
        return vec![
            (tr!("training-done-title", lesson = lesson), false),
            (tr!("training-again"), false),
            (tr!("training-back"), false),
        ];
    };
    let words = text(&format!("training-step-{}", step.id), None);
    let answered = match step.check {
        Check::Quiz(quiz) => run.last_answer().is_some_and(|(asked, _)| asked == quiz),
        _ => false,
    };
    // Once a question is answered, the trainee may have scrolled away.
    let mut lines = vec![
        (tr!("training-step-now", step = words), !answered),
        (
            text(&format!("training-step-{}-why", step.id), None),
            !answered,
        ),
    ];
    if !run.setup().queue.is_empty() {
        let people: Vec<&str> = run
            .setup()
            .queue
            .iter()
            .map(|q| q.person.as_str())
            .collect();
        let line = tr!("training-queue", people = people.join(", "));
        lines.push((line, false));
    }
    if let Check::Quiz(quiz) = step.check {
        let stem = quiz.stem();
        lines.push((text(&format!("training-quiz-{stem}"), None), false));
        for choice in 0..Quiz::CHOICES {
            lines.push((text(&format!("training-quiz-{stem}-{choice}"), None), false));
        }
        if let Some((answered, choice)) = run.last_answer()
            && answered == quiz
        {
            let verdict = if choice == quiz.right() {
                tr!("training-answer-right")
            } else {
                tr!("training-answer-wrong")
            };
            lines.push((verdict, false));
            lines.push((
                text(&format!("training-quiz-{stem}-{choice}-why"), None),
                false,
            ));
        }
    }
    lines
}

/// Every step's line of the lesson just started, each scrolled to.
pub fn every_step_reachable(h: &mut Harness<'static, Desk>) -> Vec<String> {
    let run = h.state().lesson().expect("a lesson");
    let lines: Vec<String> = run
        .steps()
        .enumerate()
        .map(|(i, (step, done))| {
            let words = text(&format!("training-step-{}", step.id), None);
            if done {
                tr!("training-step-done", step = words)
            } else if run.current() == Some(i) {
                tr!("training-step-now", step = words)
            } else {
                words
            }
        })
        .collect();
    let mut problems = Vec::new();
    for line in lines {
        if !reachable(h, &line) {
            problems.push(format!("{line:?} cannot be scrolled into view"));
        }
    }
    problems
}

/// Steps frames until what the trainee is to read stays where it is (a
/// step can tick between two frames, and the panel then scrolls to the next).
fn settled(h: &mut Harness<'static, Desk>) -> Vec<(String, bool)> {
    let mut last = Vec::new();
    let mut still = 0;
    for _ in 0..100 {
        h.step();
        let lines = to_read(h.state().lesson().expect("a lesson"));
        let now: Vec<_> = lines
            .iter()
            .map(|(line, _)| (line.clone(), drawn_at(h, line)))
            .collect();
        still = if now == last { still + 1 } else { 0 };
        last = now;
        if still >= 3 {
            return lines;
        }
    }
    panic!("the training panel does not come to rest: {last:?}");
}

/// What the trainee cannot read now, in words.
pub fn unreadable(h: &mut Harness<'static, Desk>) -> Vec<String> {
    let lines = settled(h);
    let mut problems = Vec::new();
    for (line, as_drawn) in lines {
        let Some(rect) = drawn_at(h, &line) else {
            problems.push(format!("{line:?} is not shown"));
            continue;
        };
        if in_view(h, rect) {
            continue;
        }
        if as_drawn {
            problems.push(format!(
                "{line:?} is out of view at {rect:?} (visible: {:?})",
                visible_part(h)
            ));
        } else if !reachable(h, &line) {
            problems.push(format!("{line:?} cannot be scrolled into view"));
        }
    }
    problems
}
