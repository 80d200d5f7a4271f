//! Keeping the step to do in view in the training panel. While the
//! confirmation or the PIN window is open the trainee cannot scroll, and
//! the step then under way is the one to read; so whenever that step
//! changes, moves among the lines, or the panel's visible part changes
//! (the readers above take more or less room), the panel scrolls to it.
//! A trainee's own scrolling changes none of these and is left alone.

use crate::training::lessons::Quiz;
use crate::training::progress::LessonRun;
use crate::training::wire::LessonId;

/// Where the panel stands: the step to do (with the answer given to its
/// question), where it lies among the lines, and the panel's visible part.
#[derive(Clone, Copy, PartialEq)]
struct Shown {
    lesson: LessonId,
    step: Option<usize>,
    answer: Option<(Quiz, usize)>,
    among_lines: egui::Rect,
    visible: egui::Rect,
}

/// The last standing brought into view, or being brought: a frame egui
/// discards (a window opening lays itself out in a first, unshown pass)
/// drops its scroll, so it is tried again in the next few frames.
#[derive(Clone, Copy)]
struct Scrolled {
    shown: Shown,
    tries: u8,
}

const TRIES: u8 = 3;

fn id() -> egui::Id {
    egui::Id::unique("training-scrolled-to")
}

/// No lesson is shown: the next one starts from its title.
pub fn forget(ui: &egui::Ui) {
    ui.data_mut(|data| data.remove::<Scrolled>(id()));
}

/// Call once a frame with the lesson's title and `focus`: the step to do
/// with what it is for and its question, or the verdict on an answer.
pub fn keep_in_view(ui: &egui::Ui, run: &LessonRun, title: egui::Rect, focus: egui::Rect) {
    let visible = ui.clip_rect();
    let shown = Shown {
        lesson: run.lesson(),
        step: run.current(),
        answer: run.last_answer(),
        // Scrolling moves the lines and `focus` alike; this does not change.
        among_lines: focus.translate(-title.min.to_vec2()),
        visible,
    };
    let before = ui.data(|data| data.get_temp::<Scrolled>(id()));
    let tries = match before {
        Some(before) if before.shown == shown => before.tries,
        _ => 0,
    };
    if tries >= TRIES {
        return;
    }
    // A new lesson shows its title too, where that fits.
    let with_title = title.union(focus);
    let target = if before.is_none_or(|b| b.shown.lesson != shown.lesson)
        && with_title.height() <= visible.height()
    {
        with_title
    } else {
        focus
    };
    let tall = target.height() > visible.height();
    let in_view = if tall {
        // At the top, where `Align::Min` puts it: as much of it as fits.
        let top = visible.top() + ui.spacing().item_spacing.y;
        (target.top() - top).abs() <= 1.0
    } else {
        visible.expand(0.5).contains_rect(target)
    };
    let tries = if in_view { TRIES } else { tries + 1 };
    ui.data_mut(|data| data.insert_temp(id(), Scrolled { shown, tries }));
    if !in_view {
        // Taller than the panel: its top, where the words start.
        let align = tall.then_some(egui::Align::Min);
        ui.scroll_to_rect(target, align);
    }
}
