//! The training panel: the lessons to choose from, the steps of the one
//! under way with what each is for, the questions, and the result. It only
//! draws and returns `TrainingAction`s.

use std::time::Instant;

use uuid::Uuid;

use super::lesson_scroll;
use super::training::{Training, TrainingAction};
use crate::i18n::text;
use crate::tr;
use crate::training::lessons::{Check, Quiz};
use crate::training::progress::{LessonRun, Mistake};
use crate::training::wire::LessonId;

/// `can_start`: no bind or PIN window is under way; `counter`: the cards
/// handed over that lie on the counter, not in a reader.
pub fn training_panel_ui(
    ui: &mut egui::Ui,
    training: &Training,
    can_start: bool,
    counter: &[Uuid],
    actions: &mut Vec<TrainingAction>,
) {
    ui.heading(tr!("training-title"));
    // A thin bar always shows, so a trainee sees there is more below: the
    // lesson's steps rarely fit beside the readers.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::thin();
    egui::ScrollArea::vertical()
        .id_salt("training")
        // The step to do jumps into view (lesson_scroll): an animation
        // would take frames a discarded one can cut short.
        .animated(false)
        .show(ui, |ui| match training.run() {
            Some(run) if run.is_finished() => {
                lesson_scroll::forget(ui);
                result_ui(ui, run, training, actions);
            }
            Some(run) => lesson_ui(ui, run, counter, actions),
            None => {
                lesson_scroll::forget(ui);
                lessons_ui(ui, training, can_start, actions);
            }
        });
}

// The lessons' words are looked up by ids made from the lesson data; the
// i18n tests check every such id exists in every language.

fn lesson_title(lesson: LessonId) -> String {
    text(&format!("training-lesson-{}", lesson.slug()), None)
}

fn lesson_intro(lesson: LessonId) -> String {
    text(&format!("training-lesson-{}-intro", lesson.slug()), None)
}

fn step_words(id: &str) -> String {
    text(&format!("training-step-{id}"), None)
}

fn step_why(id: &str) -> String {
    text(&format!("training-step-{id}-why"), None)
}

fn quiz_words(quiz: Quiz, choice: Option<usize>) -> String {
    let stem = quiz.stem();
    match choice {
        Some(choice) => text(&format!("training-quiz-{stem}-{choice}"), None),
        None => text(&format!("training-quiz-{stem}"), None),
    }
}

fn quiz_why(quiz: Quiz, choice: usize) -> String {
    text(&format!("training-quiz-{}-{choice}-why", quiz.stem()), None)
}

fn mistake_words(mistake: Mistake) -> String {
    text(&format!("training-mistake-{}", mistake.slug()), None)
}

fn lessons_ui(
    ui: &mut egui::Ui,
    training: &Training,
    can_start: bool,
    actions: &mut Vec<TrainingAction>,
) {
    ui.label(tr!("training-intro"));
    if training.is_starting() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("training-starting"));
        });
    }
    if let Some(error) = &training.start_error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    if !can_start {
        ui.weak(tr!("training-busy"));
    }
    let enabled = can_start && !training.is_starting();
    // Titles only, so all of them fit beside the readers; a lesson's intro is
    // its tooltip here and heads the lesson once started.
    ui.separator();
    for lesson in LessonId::ALL {
        if ui
            .add_enabled(enabled, egui::Button::new(lesson_title(lesson)).wrap())
            .on_hover_text(lesson_intro(lesson))
            .clicked()
        {
            actions.push(TrainingAction::Start(lesson));
        }
    }
}

fn lesson_ui(
    ui: &mut egui::Ui,
    run: &LessonRun,
    counter: &[Uuid],
    actions: &mut Vec<TrainingAction>,
) {
    let title = ui.strong(lesson_title(run.lesson())).rect;
    ui.label(lesson_intro(run.lesson()));
    if run.lesson() != LessonId::ServerDown {
        ui.label(tr!(
            "training-your-request",
            person = run.setup().person.as_str()
        ));
    }
    if !run.setup().queue.is_empty() {
        let names: Vec<&str> = (run.setup().queue.iter())
            .map(|q| q.person.as_str())
            .collect();
        ui.label(tr!("training-queue", people = names.join(", ")));
    }
    counter_ui(ui, run, counter, actions);
    if let Some(label) = run.label() {
        ui.label(tr!("training-card-label", id = label.to_string()));
    }
    let total = run.steps().count();
    ui.label(tr!(
        "training-steps-progress",
        done = run.steps_done() + 1,
        total = total
    ));
    let current = run.current();
    for (i, (step, done)) in run.steps().enumerate() {
        let words = step_words(step.id);
        if done {
            ui.label(tr!("training-step-done", step = words));
        } else if Some(i) == current {
            let now = ui.scope(|ui| {
                ui.label(egui::RichText::new(tr!("training-step-now", step = words)).strong());
                ui.indent("why", |ui| {
                    ui.weak(step_why(step.id));
                    match step.check {
                        Check::Quiz(quiz) => quiz_ui(ui, run, quiz, actions),
                        _ => None,
                    }
                })
                .inner
            });
            let focus = now.inner.unwrap_or(now.response.rect);
            lesson_scroll::keep_in_view(ui, run, title, focus);
        } else {
            ui.weak(words);
        }
    }
    mistakes_ui(ui, run);
    ui.separator();
    if ui.button(tr!("training-stop")).clicked() {
        actions.push(TrainingAction::Stop);
    }
}

/// The cards the cardholder handed over that are not in a reader yet,
/// numbered in the order they were handed.
fn counter_ui(
    ui: &mut egui::Ui,
    run: &LessonRun,
    counter: &[Uuid],
    actions: &mut Vec<TrainingAction>,
) {
    if counter.is_empty() {
        return;
    }
    ui.label(tr!("training-counter"));
    ui.horizontal_wrapped(|ui| {
        for (number, card) in run.setup().cards.iter().enumerate() {
            if counter.contains(card)
                && ui
                    .button(tr!("training-counter-card", number = number + 1))
                    .on_hover_text(tr!("training-counter-card-hint"))
                    .clicked()
            {
                actions.push(TrainingAction::InsertLessonCard(*card));
            }
        }
    });
}

/// The question and its answers; where the verdict went, once answered.
fn quiz_ui(
    ui: &mut egui::Ui,
    run: &LessonRun,
    quiz: Quiz,
    actions: &mut Vec<TrainingAction>,
) -> Option<egui::Rect> {
    ui.label(quiz_words(quiz, None));
    for choice in 0..Quiz::CHOICES {
        // An answer is a sentence: it wraps in the panel.
        if ui
            .add(egui::Button::new(quiz_words(quiz, Some(choice))).wrap())
            .clicked()
        {
            actions.push(TrainingAction::Answer(quiz, choice));
        }
    }
    let (_, choice) = run
        .last_answer()
        .filter(|(answered, _)| *answered == quiz)?;
    let verdict = if choice == quiz.right() {
        tr!("training-answer-right")
    } else {
        tr!("training-answer-wrong")
    };
    let verdict = ui.label(egui::RichText::new(verdict).strong()).rect;
    let why = ui.label(quiz_why(quiz, choice)).rect;
    Some(verdict.union(why))
}

fn mistakes_ui(ui: &mut egui::Ui, run: &LessonRun) {
    if run.mistakes().is_empty() {
        return;
    }
    ui.separator();
    ui.strong(tr!("training-mistakes-title"));
    for mistake in run.mistakes() {
        ui.colored_label(ui.visuals().warn_fg_color, mistake_words(*mistake));
    }
}

fn result_ui(
    ui: &mut egui::Ui,
    run: &LessonRun,
    training: &Training,
    actions: &mut Vec<TrainingAction>,
) {
    ui.heading(tr!(
        "training-done-title",
        lesson = lesson_title(run.lesson())
    ));
    let seconds = run.elapsed(Instant::now()).as_secs();
    ui.label(tr!(
        "training-done-time",
        minutes = seconds / 60,
        seconds = seconds % 60
    ));
    ui.label(tr!(
        "training-done-steps",
        done = run.steps_done(),
        total = run.steps().count()
    ));
    ui.label(tr!("training-done-mistakes", count = run.mistakes().len()));
    for mistake in run.mistakes() {
        ui.colored_label(ui.visuals().warn_fg_color, mistake_words(*mistake));
    }
    match &training.logged {
        Some(Ok(())) => {
            ui.weak(tr!("training-done-logged"));
        }
        Some(Err(error)) => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                tr!("training-done-log-failed", error = error.as_str()),
            );
        }
        None => {}
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!("training-again")).clicked() {
            actions.push(TrainingAction::Start(run.lesson()));
        }
        if ui.button(tr!("training-back")).clicked() {
            actions.push(TrainingAction::Back);
        }
    });
}
