//! The agenda export in the background: rendering a large PDF takes a moment, so it runs on its own
//! thread with a copy of the programme, and the window stays responsive. The app polls the job each
//! frame and shows where the file went (or why it failed).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use chrono::Utc;

use super::dialogs::agenda::{AgendaFormat, AgendaSettings};
use crate::export::{ExportOptions, Format, FormatOptions};
use crate::model::Programme;

/// A running export.
pub struct AgendaJob {
    /// Where the file goes.
    pub path: PathBuf,
    rx: Receiver<Result<(), String>>,
}

/// What a poll found.
pub enum JobState {
    /// Still working.
    Running,
    /// Written to the job's path.
    Done,
    /// Failed, with the reason.
    Failed(String),
}

/// The path with the format's extension when it has neither `.pdf` nor `.html`/`.htm`.
pub fn with_extension(path: &Path, format: AgendaFormat) -> PathBuf {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("pdf" | "html" | "htm") => path.to_owned(),
        _ => {
            let mut name = path.as_os_str().to_owned();
            name.push(".");
            name.push(format.extension());
            PathBuf::from(name)
        }
    }
}

impl AgendaJob {
    /// Starts writing the agenda of `programme` to `path` (its extension decides PDF or HTML); a failure
    /// is told in `lang`.
    pub fn start(programme: Programme, settings: &AgendaSettings, path: PathBuf, lang: crate::i18n::Lang) -> Self {
        let (tx, rx) = mpsc::channel();
        let opts = ExportOptions {
            selection: settings.selection.clone(),
            lang: settings.lang,
            now: Utc::now(),
            release: settings.release.clone(),
        };
        let options = FormatOptions { agenda: settings.agenda, ..FormatOptions::default() };
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_owned();
        let format = Format::from_extension(&ext).unwrap_or(Format::Pdf);
        let target = path.clone();
        std::thread::spawn(move || {
            let result =
                crate::export::render(&programme, &opts, format, &options).map_err(|e| e.to_string()).and_then(
                    |bytes| crate::format::write_atomic(&target, &bytes).map_err(|e| crate::i18n::save_error(lang, &e)),
                );
            // The app may have gone away; then nobody needs the answer.
            tx.send(result).ok();
        });
        Self { path, rx }
    }

    /// Whether the job is done.
    pub fn poll(&self) -> JobState {
        match self.rx.try_recv() {
            Ok(Ok(())) => JobState::Done,
            Ok(Err(reason)) => JobState::Failed(reason),
            Err(TryRecvError::Empty) => JobState::Running,
            Err(TryRecvError::Disconnected) => JobState::Failed("the export stopped unexpectedly".to_owned()),
        }
    }
}
