//! Prints how clash detection scales: `cargo run --release --example clash_scaling`.
//!
//! Two costs, each the median of repeated runs on synthetic programmes of 10k and 100k sessions:
//! - `detect`: from scratch, reading the whole programme (opening a file, `podium check`, an undo);
//! - after an edit: one session moved, then `Checker::session_changed` and `Checker::clashes` (what
//!   the editor runs after every session edit; the edit itself is not timed).
//!
//! Both against `sort_unstable` of the 100k sessions' absolute start minutes (shuffled; cloned outside
//! the timing).

use std::hint::black_box;
use std::time::{Duration, Instant};

use podium::clash::{self, Checker};
use podium::edit::{self, Edit, Placement};
use podium::model::{Clock, Programme, SessionKey};
use podium::synth;

const RUNS: usize = 15;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn time_detect(p: &Programme) -> (Duration, usize) {
    let clashes = clash::detect(p).len();
    let times = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            black_box(clash::detect(black_box(p)));
            t.elapsed()
        })
        .collect();
    (median(times), clashes)
}

/// Moves one session after another 15 minutes later, then times telling the checker and
/// collecting the clashes. Returns the medians of the update, the collection and their sum.
fn time_edits(mut p: Programme) -> (Duration, Duration, Duration) {
    let mut checker = Checker::new(&p);
    let keys: Vec<SessionKey> = p.sessions.keys().cloned().collect();
    let (mut updates, mut sweeps, mut totals) = (Vec::new(), Vec::new(), Vec::new());
    for run in 0..RUNS * 4 {
        let Some(key) = keys.get(run * 7919 % keys.len().max(1)) else { continue };
        let Some(mut to) = p.sessions.get(key).map(Placement::of) else { continue };
        to.start = to.start.and_then(|s| Clock::from_mins(s.mins() + 15));
        if edit::apply(&mut p, Edit::Place(key.clone(), to)).is_err() {
            continue;
        }
        let t = Instant::now();
        checker.session_changed(&p, key);
        let updated = t.elapsed();
        black_box(checker.clashes(black_box(&p)));
        let total = t.elapsed();
        updates.push(updated);
        sweeps.push(total - updated);
        totals.push(total);
    }
    assert_eq!(checker.clashes(&p), clash::detect(&p), "the kept checker must agree with detect");
    (median(updates), median(sweeps), median(totals))
}

fn main() {
    let small = synth::programme(10_000, 1);
    let large = synth::programme(100_000, 1);
    let (t_small, c_small) = time_detect(&small);
    let (t_large, c_large) = time_detect(&large);
    let (u_small, s_small, e_small) = time_edits(small);

    let mut starts: Vec<i64> =
        large.sessions.values().filter_map(|s| large.session_range(s)).map(|r| r.start).collect();
    let (u_large, s_large, e_large) = time_edits(large);
    fastrand::Rng::with_seed(3).shuffle(&mut starts);
    let sort_times = (0..RUNS)
        .map(|_| {
            let mut v = starts.clone();
            let t = Instant::now();
            v.sort_unstable();
            let e = t.elapsed();
            black_box(v);
            e
        })
        .collect();
    let t_sort = median(sort_times);

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("sort_unstable of {} start minutes: {:8.3} ms", starts.len(), ms(t_sort));
    println!();
    println!("from scratch: detect");
    println!("   10k sessions: {:8.3} ms ({c_small} clashes)", ms(t_small));
    println!("  100k sessions: {:8.3} ms ({c_large} clashes)", ms(t_large));
    println!("  detect(100k) / sort(100k)  = {:7.2}", ms(t_large) / ms(t_sort));
    println!("  detect(100k) / detect(10k) = {:7.2}", ms(t_large) / ms(t_small));
    println!();
    println!("after an edit to one session: session_changed + clashes");
    println!("   10k sessions: {:8.3} ms ({:.3} + {:.3})", ms(e_small), ms(u_small), ms(s_small));
    println!("  100k sessions: {:8.3} ms ({:.3} + {:.3})", ms(e_large), ms(u_large), ms(s_large));
    println!("  edit(100k) / sort(100k)    = {:7.2}  (target ≤ 8)", ms(e_large) / ms(t_sort));
    println!("  edit(100k) / edit(10k)     = {:7.2}  (target ≤ 15)", ms(e_large) / ms(e_small));
    println!();
    println!("medians of {RUNS} runs (detect, sort) and {} edits", RUNS * 4);
}
