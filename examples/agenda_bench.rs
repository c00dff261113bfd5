//! Times the PDF agenda: `cargo run --release --example agenda_bench`.
//! A synthetic programme of 800 sessions in 100 halls on one day (drafts included, so all 800 print),
//! rendered as a booklet and as a grid (5 halls per page); median of repeated runs. Target: ≤ 1 s each.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{TimeZone as _, Utc};
use podium::export::agenda::{AgendaLayout, AgendaOptions};
use podium::export::pdf::to_pdf;
use podium::export::{ExportOptions, Selection};
use podium::i18n::Lang;
use podium::synth::{self, Shape};

const RUNS: usize = 7;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn main() {
    let p = synth::programme_with(Shape { days: 1, halls: 100, halls_per_venue: 10 }, 800, 1);
    let now = Utc.with_ymd_and_hms(2030, 3, 1, 9, 0, 0).single().unwrap_or_default();
    let opts = ExportOptions {
        selection: Selection { include_drafts: true, ..Selection::default() },
        lang: Lang::De,
        now,
        release: Default::default(),
    };
    println!("synthetic programme: {} sessions, {} halls, {} day(s)", p.sessions.len(), p.halls.len(), p.days.len());
    for layout in [AgendaLayout::Booklet, AgendaLayout::Grid] {
        let aopts = AgendaOptions { layout, ..AgendaOptions::default() };
        let mut bytes = Vec::new();
        let times = (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                let pdf = black_box(to_pdf(black_box(&p), &opts, &aopts));
                let e = t.elapsed();
                bytes = pdf.unwrap_or_default();
                e
            })
            .collect();
        let out = std::env::temp_dir().join(format!("agenda-bench-{layout:?}.pdf").to_lowercase());
        std::fs::write(&out, &bytes).ok();
        println!(
            "{layout:?}: {:8.1} ms median of {RUNS} runs, {:.0} KB (target ≤ 1000 ms) → {}",
            median(times).as_secs_f64() * 1e3,
            bytes.len() as f64 / 1024.0,
            out.display()
        );
    }
}
