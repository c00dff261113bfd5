//! The edit path at scale: `cargo run --release --example edit_scaling`.
//! For synthetic programmes of 10,000 and 100,000 sessions (`synth::programme(n, 7)`), as issue 14
//! measured it: `Document::new(programme, None, true)`, then 200 × `doc.apply(Edit::Place(key,
//! placement))` with the duration 5 minutes longer (200 different sessions), then 100 × `doc.undo()`.
//! Prints the median of one edit end to end (edit, undo record, clash update) and of one undo, and the
//! memory the 200 undo steps keep (VmRSS from `/proc/self/status` before and after the 200 edits). Then
//! one keystroke in the session form (a frame of the form alone with the draft's title one letter
//! longer: its validation and the edit it would make), and the work behind a drag preview frame (the
//! move tried on the document and put back, with the clash messages of the session).

use std::time::{Duration, Instant};

use podium::edit::{Edit, Placement};
use podium::gui::action::{Action, Selected};
use podium::gui::document::Document;
use podium::gui::forms::Form;
use podium::gui::preview::Previews;
use podium::i18n::Lang;
use podium::model::{HallPlacement, SessionKey};
use podium::synth;

const EDITS: usize = 200;
const UNDOS: usize = 100;
const FRAMES: usize = 100;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Resident memory in kB, from `/proc/self/status`.
fn rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// 200 sessions spread over the programme, each edited once.
fn spread(doc: &Document) -> Vec<SessionKey> {
    let keys: Vec<&SessionKey> = doc.programme().sessions.keys().collect();
    (0..EDITS).filter_map(|i| keys.get(i * 7919 % keys.len().max(1)).map(|k| (*k).clone())).collect()
}

fn edits_and_undo(n: usize) {
    let mut doc = Document::new(synth::programme(n, 7), None, true);
    let keys = spread(&doc);
    let before = rss_kb();
    let mut edit_times = Vec::with_capacity(EDITS);
    for key in &keys {
        let Some(s) = doc.programme().sessions.get(key) else { continue };
        let placement = Placement { duration_mins: s.duration_mins + 5, ..Placement::of(s) };
        let t = Instant::now();
        let applied = doc.apply(Edit::Place(key.clone(), placement));
        edit_times.push(t.elapsed());
        if applied.is_err() {
            eprintln!("edit of {key} refused");
        }
    }
    let after = rss_kb();
    let mut undo_times = Vec::with_capacity(UNDOS);
    for _ in 0..UNDOS {
        let t = Instant::now();
        let undone = doc.undo();
        undo_times.push(t.elapsed());
        if !undone {
            eprintln!("nothing to undo");
        }
    }
    let kept = match (before, after) {
        (Some(b), Some(a)) => format!("{:.1} MB", a.saturating_sub(b) as f64 / 1024.0),
        _ => "unknown (no /proc/self/status)".to_owned(),
    };
    let (edit_target, memory_target) = if n >= 100_000 { ("1", "100") } else { ("1", "20") };
    println!(
        "{n} sessions: one edit median {:.3} ms (target ≤ {edit_target} ms), one undo median {:.3} ms (target ≤ 1 ms), \
         200 undo steps keep {kept} (target ≤ {memory_target} MB); {} clashes",
        ms(median(edit_times)),
        ms(median(undo_times)),
        doc.clashes().len(),
    );
}

/// One frame of the session form alone, its draft's title one letter longer each frame.
fn keystrokes(doc: &Document, key: &SessionKey) -> Duration {
    let p = doc.programme();
    let Some(mut form) = Form::load(p, &Selected::Session(key.clone()), doc.revision()) else {
        return Duration::ZERO;
    };
    let ctx = egui::Context::default();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(520.0, 1000.0));
    let mut times = Vec::with_capacity(FRAMES);
    for frame in 0..FRAMES + 5 {
        if let Form::Session(x) = &mut form {
            x.draft.title.push(char::from(b'a' + (frame % 26) as u8));
        }
        let input = egui::RawInput { screen_rect: Some(screen), time: Some(frame as f64 / 60.0), ..Default::default() };
        let mut actions: Vec<Action> = Vec::new();
        let t = Instant::now();
        let _ = ctx.run_ui(input, |ui| form.ui(ui, Lang::De, (p, doc.clashes()), doc.revision(), &mut actions));
        if frame >= 5 {
            times.push(t.elapsed());
        }
    }
    median(times)
}

/// The work behind a drag preview frame: a move to a new place each time, tried and put back.
fn previews(doc: &mut Document, key: &SessionKey) -> Duration {
    let halls: Vec<_> = doc.programme().halls.keys().cloned().collect();
    let Some(s) = doc.programme().sessions.get(key) else { return Duration::ZERO };
    let from = Placement::of(s);
    let mut cache = Previews::default();
    let mut times = Vec::with_capacity(FRAMES);
    for i in 0..FRAMES {
        let mut to = from.clone();
        to.hall = halls.get(i % halls.len().max(1)).cloned().map(HallPlacement::Hall);
        to.start = from.start.and_then(|c| c.add_mins(5 * (i as u32 % 24)));
        let t = Instant::now();
        cache.compute(doc, Lang::De, Edit::Place(key.clone(), to));
        times.push(t.elapsed());
    }
    median(times)
}

fn main() {
    for n in [10_000usize, 100_000] {
        edits_and_undo(n);
    }
    let mut doc = Document::new(synth::programme(100_000, 7), None, true);
    let Some(key) = doc.programme().sessions.iter().find(|(_, s)| !s.people.is_empty()).map(|(k, _)| k.clone()) else {
        return;
    };
    println!(
        "100000 sessions: one keystroke in the session form median {:.3} ms (target ≤ 2 ms); \
         the work of a drag preview frame median {:.3} ms (target ≤ 8 ms for the frame)",
        ms(keystrokes(&doc, &key)),
        ms(previews(&mut doc, &key))
    );
}
