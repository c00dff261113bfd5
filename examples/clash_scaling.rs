//! Prints how clash detection scales: `cargo run --release --example clash_scaling`.
//!
//! Two costs, each the median of repeated runs on synthetic programmes of 10k and 100k sessions:
//! - `detect`: from scratch, reading the whole programme (opening a file, `podium check`, an undo);
//! - after an edit: one session moved, then `Checker::session_changed`: what the editor's clash check
//!   costs after every session edit, after which the sorted clashes are read in place (the edit itself,
//!   and the copy of the programme the editor keeps for undo, are not timed). Also an all-halls break
//!   moved (every hall swept again) and a session moved in a draft full of clashes.
//!
//! The targets (≤ 8 × the sort, ≤ 15 × from 10k to 100k) are printed with each ratio, met or
//! not.
//!
//! Both against `sort_unstable` of the 100k sessions' absolute start minutes (shuffled; cloned outside
//! the timing). For scale it also times the least any from-scratch check of this model has to do: read
//! every session's title (validation), day, start, hall and people out of the programme's maps and
//! resolve the keys to numbers.

use std::hint::black_box;
use std::time::{Duration, Instant};

use podium::clash::{self, Checker};
use podium::edit::{self, Edit, Placement};
use podium::model::{Clock, HallPlacement, Programme, Session, SessionKey, SessionKind, Status};
use podium::synth;
use rustc_hash::FxHashMap;

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

/// Reads what every check reads of each session, and nothing more; returns the median time.
fn time_reading(p: &Programme) -> Duration {
    let times = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            let days: FxHashMap<&str, u32> = p.days.keys().zip(0..).map(|(k, i)| (k.as_str(), i)).collect();
            let halls: FxHashMap<&str, u32> = p.halls.keys().zip(0..).map(|(k, i)| (k.as_str(), i)).collect();
            let people: FxHashMap<&str, u32> = p.people.keys().zip(0..).map(|(k, i)| (k.as_str(), i)).collect();
            let mut acc = 0u64;
            for s in p.sessions.values() {
                acc += u64::from(s.title.trim().is_empty());
                acc += u64::from(s.day.as_ref().and_then(|d| days.get(d.as_str())).copied().unwrap_or(0));
                acc += u64::from(s.start.map_or(0, |c| c.mins()));
                acc += u64::from(s.hall_key().and_then(|h| halls.get(h.as_str())).copied().unwrap_or(0));
                let parts = s.people.iter().chain(s.contributions.iter().flat_map(|c| &c.people));
                acc += parts.filter_map(|x| people.get(x.person.as_str())).map(|&i| u64::from(i)).sum::<u64>();
            }
            black_box(acc);
            t.elapsed()
        })
        .collect();
    median(times)
}

/// Moves one session after another 15 minutes later, then times telling the checker. Returns the
/// median.
fn time_edits(mut p: Programme) -> Duration {
    let mut checker = Checker::new(&p);
    let keys: Vec<SessionKey> = p.sessions.keys().cloned().collect();
    let mut times = Vec::new();
    for run in 0..RUNS * 4 {
        let Some(key) = keys.get(run * 7919 % keys.len().max(1)) else { continue };
        let Some(mut to) = p.sessions.get(key).map(Placement::of) else { continue };
        to.start = to.start.and_then(|s| Clock::from_mins(s.mins() + 15));
        if edit::apply(&mut p, Edit::Place(key.clone(), to)).is_err() {
            continue;
        }
        let t = Instant::now();
        checker.session_changed(&p, key);
        times.push(t.elapsed());
        black_box(checker.clashes().len());
    }
    assert_eq!(checker.clashes(), clash::detect(&p), "the kept checker must agree with detect");
    median(times)
}

/// The programme with every other session 15 minutes late: a draft full of clashes. The sorted clash
/// list is a `Vec`, so an edit's cost grows with the number of clashes.
fn crowded(mut p: Programme) -> Programme {
    for s in p.sessions.values_mut().step_by(2) {
        s.start = s.start.and_then(|c| Clock::from_mins(c.mins() + 15));
    }
    p
}

/// Adds a break in all halls at 18:00 on the first day (after the last sessions, so it clashes with
/// nothing), then moves it between 18:00 and 18:15 and times telling the checker: every hall is swept
/// again. Returns the median.
fn time_all_halls_edits(mut p: Programme) -> Duration {
    let key = SessionKey::new("zz-abendpause");
    let pause = Session {
        title: "Abendpause".into(),
        kind: SessionKind::Break,
        status: Status::Confirmed,
        day: p.days.keys().next().cloned(),
        start: Clock::from_hm(18, 0),
        hall: Some(HallPlacement::All),
        duration_mins: 30,
        ..Session::default()
    };
    p.sessions.insert(key.clone(), pause);
    let mut checker = Checker::new(&p);
    let mut times = Vec::new();
    for run in 0..RUNS * 2 {
        let Some(mut to) = p.sessions.get(&key).map(Placement::of) else { break };
        to.start = Clock::from_hm(18, if run % 2 == 0 { 15 } else { 0 });
        if edit::apply(&mut p, Edit::Place(key.clone(), to)).is_err() {
            continue;
        }
        let t = Instant::now();
        checker.session_changed(&p, &key);
        times.push(t.elapsed());
    }
    assert_eq!(checker.clashes(), clash::detect(&p), "the kept checker must agree with detect");
    median(times)
}

/// "met" or "not met" for a ratio and its target.
fn verdict(ratio: f64, target: f64) -> &'static str {
    if ratio <= target { "met" } else { "NOT met" }
}

fn main() {
    // One programme at a time, so that the 10k runs do not work in a heap shaped by the 100k programme.
    let small = synth::programme(10_000, 1);
    let (t_small, c_small) = time_detect(&small);
    let r_small = time_reading(&small);
    let e_small = time_edits(small);
    let large = synth::programme(100_000, 1);
    let (t_large, c_large) = time_detect(&large);
    let r_large = time_reading(&large);
    let mut starts: Vec<i64> =
        large.sessions.values().filter_map(|s| large.session_range(s)).map(|r| r.start).collect();
    let e_large = time_edits(large);
    let crowded = crowded(synth::programme(100_000, 1));
    let c_crowded = clash::detect(&crowded).len();
    let e_crowded = time_edits(crowded);
    let e_all_halls = time_all_halls_edits(synth::programme(100_000, 1));
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
    let (d1, d2) = (ms(t_large) / ms(t_sort), ms(t_large) / ms(t_small));
    println!("  detect(100k) / sort(100k)  = {d1:7.2}  (target ≤ 8: {})", verdict(d1, 8.0));
    println!("  detect(100k) / detect(10k) = {d2:7.2}  (target ≤ 15: {})", verdict(d2, 15.0));
    println!();
    println!("reading each session out of the programme (the floor of any from-scratch check)");
    println!("   10k sessions: {:8.3} ms", ms(r_small));
    println!("  100k sessions: {:8.3} ms", ms(r_large));
    println!("  read(100k) / sort(100k)    = {:7.2}", ms(r_large) / ms(t_sort));
    println!("  read(100k) / read(10k)     = {:7.2}", ms(r_large) / ms(r_small));
    println!("  detect(100k) / read(100k)  = {:7.2}", ms(t_large) / ms(r_large));
    println!();
    println!("after an edit to one session: Checker::session_changed");
    println!("   10k sessions: {:8.3} ms", ms(e_small));
    println!("  100k sessions: {:8.3} ms", ms(e_large));
    let (e1, e2) = (ms(e_large) / ms(t_sort), ms(e_large) / ms(e_small));
    println!("  edit(100k) / sort(100k)    = {e1:7.2}  (target ≤ 8: {})", verdict(e1, 8.0));
    println!("  edit(100k) / edit(10k)     = {e2:7.2}  (target ≤ 15: {})", verdict(e2, 15.0));
    println!("  100k sessions, an all-halls break moved (every hall swept): {:.3} ms", ms(e_all_halls));
    println!("  100k sessions, every other one 15 minutes late ({c_crowded} clashes): {:.3} ms", ms(e_crowded));
    println!();
    println!("medians of {RUNS} runs (detect, sort) and {} edits", RUNS * 4);
}
