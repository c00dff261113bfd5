//! Times the publishing rounds on synthetic programmes (`podium::synth`) and prints medians:
//! the diff of two 100,000-session programmes (one with about 1 % of its sessions moved, retitled,
//! cancelled or given other people; and two unrelated ones), the letters to 1,000 people (one combined
//! PDF), and the door signs of 100 halls × 3 days (one PDF). Run with
//! `cargo run --release --example publish_bench [diff|letters|doors]` (one part only, if named).

use std::time::{Duration, Instant};

use podium::diff::{DiffOptions, diff};
use podium::export::agenda::{AgendaLayout, AgendaOptions};
use podium::export::{ExportOptions, Format, FormatOptions, Selection, render};
use podium::i18n::Lang;
use podium::model::{Participation, PersonKey, Role, Status};
use podium::synth::{Shape, programme, programme_with};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs.get(runs.len() / 2).copied().unwrap_or_default()
}

/// The median time of `runs` calls (at least one) and the last result; dropping a result is not timed.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let start = Instant::now();
    let mut last = f();
    let mut times = vec![start.elapsed()];
    for _ in 1..runs {
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        last = out;
    }
    (median(times), last)
}

fn size(bytes: &Result<Vec<u8>, podium::export::RenderError>) -> String {
    match bytes {
        Ok(b) => format!("{} KB", b.len() / 1024),
        Err(e) => format!("failed: {e}"),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let only = std::env::args().nth(1);
    let wanted = |part: &str| only.as_deref().is_none_or(|o| o == part);
    if wanted("diff") {
        diffs();
    }
    if wanted("letters") {
        letters();
    }
    if wanted("doors") {
        doors();
    }
}

fn diffs() {
    let old = programme(100_000, 1);
    let mut new = old.clone();
    for (i, s) in new.sessions.values_mut().enumerate() {
        match i % 400 {
            0 => s.start = s.start.and_then(|c| c.add_mins(15)),
            100 => s.title.push_str(" (neu)"),
            200 => s.status = Status::Cancelled,
            300 => s.people.push(Participation { person: PersonKey::new("p000001"), role: Role::Moderator }),
            _ => {}
        }
    }
    let (d, changes) = time(9, || diff(&old, &new, DiffOptions::default()));
    println!("diff, 100,000 sessions, 1 % changed: median {} ({} changes)", ms(d), changes.len());
    let other = programme(100_000, 2);
    let (d, changes) = time(9, || diff(&old, &other, DiffOptions::default()));
    println!("diff, 100,000 sessions, two unrelated programmes: median {} ({} changes)", ms(d), changes.len());
}

fn options() -> ExportOptions {
    let now = chrono::DateTime::UNIX_EPOCH;
    ExportOptions { selection: Selection::default(), lang: Lang::De, now, release: Default::default() }
}

fn letters() {
    let p = programme(2_000, 3);
    let opts = options();
    let letters = FormatOptions {
        agenda: AgendaOptions { layout: AgendaLayout::Letters, ..AgendaOptions::default() },
        ..FormatOptions::default()
    };
    let people = podium::export::publish::letters::recipients(&p, &opts.selection).len();
    let (d, bytes) = time(5, || render(&p, &opts, Format::Pdf, &letters));
    println!("letters, {people} people (one PDF): median {} ({})", ms(d), size(&bytes));
}

fn doors() {
    let opts = options();
    let shape = Shape { days: 3, halls: 100, halls_per_venue: 10 };
    let p = programme_with(shape, 2_400, 4);
    let doors = FormatOptions {
        agenda: AgendaOptions { layout: AgendaLayout::Doors, ..AgendaOptions::default() },
        ..FormatOptions::default()
    };
    let signs = podium::export::publish::doors::door_signs(&p, &opts).len();
    let (d, bytes) = time(5, || render(&p, &opts, Format::Pdf, &doors));
    println!("door signs, 100 halls × 3 days ({signs} signs, one PDF): median {} ({})", ms(d), size(&bytes));
}
