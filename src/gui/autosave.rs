//! Writing the recovery copy: about [`Autosave::after`] (2 s) after the last edit, on its own thread
//! with a copy of the programme so a large one never holds up the window. A failed write is retried
//! with growing pauses (2, 4, 8 … 60 s) and reported once, not every frame.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::document::Document;
use super::recovery::Recovery;

/// The debounced writer of one window's recovery copy.
pub struct Autosave {
    /// This window's copy.
    pub recovery: Recovery,
    /// How long after the last edit the copy is written.
    pub after: Duration,
    /// The document revision last seen, and when it changed.
    seen: Option<(u64, Instant)>,
    /// The revision on disk.
    written: Option<u64>,
    job: Option<(u64, Receiver<Result<(), String>>)>,
    failures: u32,
    retry_at: Option<Instant>,
    reported: bool,
}

/// What a look at the writer found worth telling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AutosaveEvent {
    /// A write failed (told once until a write succeeds again), with the reason.
    Failed(String),
}

impl Autosave {
    /// A writer for `recovery`, writing `after` the last edit.
    pub fn new(recovery: Recovery, after: Duration) -> Self {
        Self { recovery, after, seen: None, written: None, job: None, failures: 0, retry_at: None, reported: false }
    }

    /// Looks at the document after a frame: starts a write when the last edit is `after` old, takes in a
    /// finished one. Returns when to look again (for the repaint), and what to tell.
    pub fn tick(&mut self, doc: &Document, now: Instant) -> (Option<Duration>, Option<AutosaveEvent>) {
        let mut event = None;
        if let Some((revision, rx)) = &self.job {
            match rx.try_recv() {
                Ok(Ok(())) => {
                    self.written = Some(*revision);
                    self.failures = 0;
                    self.retry_at = None;
                    self.reported = false;
                    self.job = None;
                }
                Ok(Err(reason)) => {
                    self.failures += 1;
                    let pause = Duration::from_secs(2u64.saturating_pow(self.failures).min(60));
                    self.retry_at = Some(now + pause);
                    if !self.reported {
                        self.reported = true;
                        event = Some(AutosaveEvent::Failed(reason));
                    }
                    self.job = None;
                }
                Err(TryRecvError::Empty) => return (Some(Duration::from_millis(50)), None),
                Err(TryRecvError::Disconnected) => self.job = None,
            }
            // Saved while the copy was being written: it is not needed.
            if !doc.is_dirty() {
                self.recovery.clear();
            }
        }
        if !doc.is_dirty() {
            self.seen = None;
            self.written = None;
            return (None, event);
        }
        let revision = doc.revision();
        let changed_at = match self.seen {
            Some((seen, at)) if seen == revision => at,
            _ => {
                self.seen = Some((revision, now));
                now
            }
        };
        if self.written == Some(revision) {
            return (None, event);
        }
        let due = (changed_at + self.after).max(self.retry_at.unwrap_or(now));
        if now < due {
            return (Some(due - now), event);
        }
        let (tx, rx) = mpsc::channel();
        let paths = self.recovery.paths();
        let programme = doc.programme().clone();
        let origin = doc.path().map(std::path::Path::to_owned);
        let spawned = std::thread::Builder::new().name("podium-recovery".into()).spawn(move || {
            let result = paths.write(&programme, origin.as_deref()).map_err(|e| e.to_string());
            tx.send(result).ok();
        });
        match spawned {
            Ok(_) => self.job = Some((revision, rx)),
            Err(e) => {
                self.failures += 1;
                self.retry_at = Some(now + Duration::from_secs(2u64.saturating_pow(self.failures).min(60)));
                if !self.reported {
                    self.reported = true;
                    event = Some(AutosaveEvent::Failed(e.to_string()));
                }
            }
        }
        (Some(Duration::from_millis(50)), event)
    }

    /// Whether a write is running (tests wait for it).
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// Writes the copy now, on this thread (when there are unsaved changes).
    pub fn write_now(&mut self, doc: &Document) {
        if doc.is_dirty() && self.recovery.write(doc.programme(), doc.path()).is_ok() {
            self.written = Some(doc.revision());
        }
    }

    /// Forgets the copy (saved, discarded, another document).
    pub fn clear(&mut self) {
        self.recovery.clear();
        self.written = None;
        self.seen = None;
    }
}
