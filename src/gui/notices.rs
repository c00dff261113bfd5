//! Notices for the status bar: "Gespeichert", "Exportiert nach …", an edit refused. A queue, newest
//! last; each shows for [`Notices::SHOWN_FOR`] seconds of the window's clock, fading over the last two,
//! then goes. Questions and errors that need reading (a file that did not load) are dialogs instead.

use std::collections::VecDeque;

/// One notice.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What it says.
    pub text: String,
    /// Whether something went wrong (drawn in the error colour).
    pub error: bool,
    /// When it was given, on the window's clock (egui's `input.time`).
    pub at: f64,
}

/// The queue.
#[derive(Clone, Debug, Default)]
pub struct Notices {
    queue: VecDeque<Notice>,
    now: f64,
}

/// At most this many are kept (the status bar's hover lists them).
const KEPT: usize = 8;

impl Notices {
    /// How long a notice shows, in seconds.
    pub const SHOWN_FOR: f64 = 8.0;

    /// Adds a notice now.
    pub fn push(&mut self, text: impl Into<String>, error: bool) {
        self.queue.push_back(Notice { text: text.into(), error, at: self.now });
        while self.queue.len() > KEPT {
            self.queue.pop_front();
        }
    }

    /// Sets the clock and lets go of what has shown long enough.
    pub fn tick(&mut self, now: f64) {
        self.now = now;
        self.queue.retain(|n| now - n.at < Self::SHOWN_FOR);
    }

    /// The notices showing, oldest first.
    pub fn showing(&self) -> impl DoubleEndedIterator<Item = &Notice> {
        self.queue.iter()
    }

    /// The newest notice showing.
    pub fn newest(&self) -> Option<&Notice> {
        self.queue.back()
    }

    /// How visible a notice is now: 1 until its last two seconds, then down to 0.
    pub fn opacity(&self, notice: &Notice) -> f32 {
        let left = Self::SHOWN_FOR - (self.now - notice.at);
        (left / 2.0).clamp(0.0, 1.0) as f32
    }

    /// Whether any notice is showing (the window then repaints to fade it).
    pub fn any(&self) -> bool {
        !self.queue.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_fade_and_go_after_eight_seconds() {
        let mut n = Notices::default();
        n.tick(10.0);
        n.push("Gespeichert", false);
        n.tick(12.0);
        n.push("Exportiert", false);
        assert_eq!(n.newest().map(|x| x.text.as_str()), Some("Exportiert"));
        n.tick(17.0);
        assert_eq!(n.opacity(n.showing().next().unwrap()), 0.5);
        n.tick(18.5);
        assert_eq!(n.showing().count(), 1);
        n.tick(20.5);
        assert!(n.newest().is_none());
    }
}
