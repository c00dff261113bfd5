//! Times the calendar export of one session with a huge title: `cargo run --release --example ics_folding`.
//! Titles of 2 MB and 50 MB (umlauts, commas and semicolons, so escaping and folding on character
//! boundaries both work) in the bundled sample; each export once, with its size and the target.
//! Issue 16's target: ≤ 0.5 s for 2 MB (the `icalendar` crate's folding took 3.7 s, 50 MB over 5 min).

use std::hint::black_box;
use std::time::Instant;

use chrono::{TimeZone as _, Utc};
use podium::export::ics::to_ics;
use podium::export::{ExportOptions, Selection};
use podium::i18n::Lang;

fn main() {
    let Ok(mut p) = podium::format::load_str(podium::sample::BUNDESKONGRESS) else { return };
    let Some(key) = p.sessions.keys().next().cloned() else { return };
    let now = Utc.with_ymd_and_hms(2022, 9, 1, 8, 30, 0).single().unwrap_or_default();
    let opts = ExportOptions { selection: Selection::default(), lang: Lang::De, now, release: Default::default() };
    for mb in [2, 50] {
        let piece = "Äpfel, Birnen; Öl x ";
        let title = piece.repeat(mb * 1024 * 1024 / piece.len());
        if let Some(s) = p.sessions.get_mut(&key) {
            s.title = title;
        }
        let t = Instant::now();
        let ics = black_box(to_ics(black_box(&p), &opts));
        let secs = t.elapsed().as_secs_f64();
        let target = if mb == 2 { " (target ≤ 0.5 s)" } else { "" };
        println!("{mb:>3} MB title: {secs:.3} s, {} bytes of calendar{target}", ics.len());
    }
}
