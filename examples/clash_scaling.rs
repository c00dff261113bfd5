//! Prints how clash detection scales: `cargo run --release --example clash_scaling`.
//! Median of repeated runs of `clash::detect` on synthetic programmes of 10k and 100k sessions, against
//! `sort_unstable` of the 100k sessions' absolute start minutes (shuffled; cloned outside the timing).

use std::hint::black_box;
use std::time::{Duration, Instant};

use podium::{clash, synth};

const RUNS: usize = 15;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn time_detect(p: &podium::model::Programme) -> (Duration, usize) {
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

fn main() {
    let small = synth::programme(10_000, 1);
    let large = synth::programme(100_000, 1);
    let (t_small, c_small) = time_detect(&small);
    let (t_large, c_large) = time_detect(&large);

    let mut starts: Vec<i64> =
        large.sessions.values().filter_map(|s| large.session_range(s)).map(|r| r.start).collect();
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
    println!("detect  10k sessions: {:8.2} ms median of {RUNS} ({c_small} clashes)", ms(t_small));
    println!("detect 100k sessions: {:8.2} ms median of {RUNS} ({c_large} clashes)", ms(t_large));
    println!("sort_unstable of {} start minutes: {:8.2} ms median of {RUNS}", starts.len(), ms(t_sort));
    println!("detect(100k) / sort(100k)   = {:6.2}  (target ≤ 8)", ms(t_large) / ms(t_sort));
    println!("detect(100k) / detect(10k)  = {:6.2}  (target ≤ 15)", ms(t_large) / ms(t_small));
}
