//! The egui context, known from the first frame on; the worker wakes the
//! window through it. Events before the first frame need no wake. Work
//! the window hands to a thread of its own wakes it the same way.

use std::sync::{Arc, OnceLock};

use poll_promise::Promise;

use crate::worker::Wake;

#[derive(Clone, Default)]
pub struct Waker(Arc<OnceLock<egui::Context>>);

impl Waker {
    pub fn attach(&self, ctx: &egui::Context) {
        // Set once; every later frame brings the same context.
        let _: Result<(), egui::Context> = self.0.set(ctx.clone());
    }

    /// Requests a repaint once the window is there.
    pub fn wake_fn(&self) -> Wake {
        let target = self.0.clone();
        Arc::new(move || {
            if let Some(ctx) = target.get() {
                ctx.request_repaint();
            }
        })
    }
}

/// Runs `work` on a thread of its own (file dialogs block) and wakes the
/// window once the result can be taken, so it shows without waiting for
/// the mouse. If no thread can be started, `fallback` is the result at once.
pub fn spawn_then_wake<T: Send + 'static>(
    name: &str,
    wake: Wake,
    fallback: impl FnOnce(std::io::Error) -> T,
    work: impl FnOnce() -> T + Send + 'static,
) -> Promise<T> {
    let (sender, promise) = Promise::new();
    let spawned = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            sender.send(work());
            wake();
        });
    match spawned {
        Ok(_running) => promise,
        Err(error) => Promise::from_ready(fallback(error)),
    }
}
