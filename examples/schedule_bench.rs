//! Automatic placement on instances made here: `cargo run --release --example schedule_bench`.
//! (a) the Bundeskongress with its afternoon sessions that run beside another taken off the plan;
//! (b) a clash-free plan of 400 talks in 20 halls over 3 days (`synth::packed`), 40 % taken off, 10 s
//! budget; (c) 2,000 talks in 50 halls over 4 days, 40 % off, 60 s budget; (d) `--repair` of the plan
//! of (b) with 30 talks moved onto others. Prints placed, errors left, moves and seconds for each.

use std::time::Duration;

use podium::clash::{ClashKind, Counts, Severity, detect};
use podium::edit::Placement;
use podium::model::{Programme, SessionKey, SessionKind, time};
use podium::place::{Options, Progress, schedule};
use podium::synth;

fn errors(p: &Programme) -> usize {
    Counts::of(&detect(p)).errors
}

fn overlaps(p: &Programme) -> usize {
    detect(p)
        .iter()
        .filter(|c| matches!(c.kind, ClashKind::RoomOverlap | ClashKind::SpeakerOverlap))
        .map(|c| c.weight())
        .sum()
}

/// Takes `share` of the sessions off the plan (day, start and hall), every `1/share`-th by a seeded pick.
fn take_off(p: &mut Programme, share: f64, seed: u64) -> usize {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut n = 0;
    for s in p.sessions.values_mut() {
        if rng.f64() < share {
            (s.day, s.start, s.hall) = (None, None, None);
            n += 1;
        }
    }
    n
}

fn run(name: &str, p: Programme, opts: &Options, target: &str) {
    let before_errors = errors(&p);
    let progress = Progress::default();
    let out = schedule(p, opts, &progress);
    println!(
        "({name}) placed {} of {}, errors before {before_errors} → after {}, {} placed sessions moved, {} pushed out by the search, {:.2} s{}  [{target}]",
        out.placed.len(),
        out.placed.len() + out.unplaced.len(),
        out.errors_left,
        out.moved.len(),
        out.pushed_out,
        out.elapsed.as_secs_f64(),
        if out.stopped_early { " (stopped by the budget)" } else { "" },
    );
    for (key, why) in out.unplaced.iter().take(5) {
        println!("     not placed: {key} ({why:?})");
    }
    if errors(&out.programme) != out.errors_left {
        eprintln!("({name}) the outcome's error count disagrees with a check from scratch");
    }
}

/// (a): the afternoon sessions of the Bundeskongress (starting 12:00 to 18:00) in halls of their own (not
/// the foyer, not breaks in all halls): twelve, on all three days.
fn bundeskongress() -> Option<(Programme, Vec<SessionKey>)> {
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).ok()?;
    let exclusive = |h: Option<&podium::model::HallKey>| h.and_then(|h| p.halls.get(h)).is_some_and(|h| !h.parallel);
    let afternoon: Vec<SessionKey> = p
        .sessions
        .iter()
        .filter(|(_, s)| s.start.is_some_and(|c| (12 * 60..18 * 60).contains(&c.mins())))
        .filter(|(_, s)| exclusive(s.hall_key()) && !matches!(s.kind, SessionKind::Break))
        .map(|(k, _)| k.clone())
        .collect();
    for k in &afternoon {
        if let Some(s) = p.sessions.get_mut(k) {
            let placement = Placement::unscheduled(s.duration_mins);
            (s.day, s.start, s.hall) = (placement.day, placement.start, placement.hall);
        }
    }
    Some((p, afternoon))
}

fn main() {
    let secs = Duration::from_secs;
    if let Some((p, off)) = bundeskongress() {
        let when = |k: &SessionKey| p.sessions.get(k).map(|s| s.title.clone()).unwrap_or_default();
        println!("(a) {} sessions taken off: {}", off.len(), off.iter().map(when).collect::<Vec<_>>().join(" · "));
        run("a", p, &Options { budget: secs(1), ..Options::default() }, "target: all placed, 0 errors, ≤ 1 s");
    }
    let mut b = synth::packed(3, 20, 400, 1);
    let clean = errors(&b);
    let off = take_off(&mut b, 0.4, 2);
    println!("(b) 400 talks, 20 halls, 3 days: {clean} errors in the full plan; {off} taken off");
    run("b", b, &Options { budget: secs(10), ..Options::default() }, "target: 0 errors within 10 s");
    let mut c = synth::packed(4, 50, 2000, 3);
    let clean = errors(&c);
    let off = take_off(&mut c, 0.4, 4);
    println!("(c) 2,000 talks, 50 halls, 4 days: {clean} errors in the full plan; {off} taken off");
    run("c", c, &Options { budget: secs(60), ..Options::default() }, "target: 0 errors within 60 s");
    // (e), beyond the issue: every hall of 2 days filled to the closing time, 40 % off: the holes fit only
    // the right lengths, so the local search has to make room.
    let mut e = synth::packed(2, 10, 10_000, 7);
    let talks = e.sessions.len();
    let off = take_off(&mut e, 0.4, 8);
    println!("(e) a plan filled to the last minute: {talks} talks in 10 halls over 2 days; {off} taken off");
    run("e", e, &Options { budget: secs(10), ..Options::default() }, "no target: how far the search gets");
    // (d): 30 talks of a clean plan each moved onto another talk in another hall (same day and start).
    let mut d = synth::packed(3, 20, 400, 5);
    let mut rng = fastrand::Rng::with_seed(6);
    let keys: Vec<SessionKey> = d.sessions.keys().cloned().collect();
    let mut moved = 0;
    while moved < 30 {
        let (Some(a), Some(b)) = (keys.get(rng.usize(0..keys.len())), keys.get(rng.usize(0..keys.len()))) else {
            break;
        };
        let Some(target) = d.sessions.get(b).cloned() else { break };
        if a == b || d.sessions.get(a).is_some_and(|s| s.hall == target.hall) {
            continue;
        }
        if let Some(s) = d.sessions.get_mut(a) {
            (s.day, s.start, s.hall) = (target.day, target.start, target.hall);
            moved += 1;
        }
    }
    let involved: std::collections::BTreeSet<SessionKey> = detect(&d)
        .iter()
        .filter(|c| c.severity() == Severity::Error)
        .flat_map(|c| c.involved().cloned().collect::<Vec<_>>())
        .collect();
    println!("(d) {} overlaps (hall or person) among {} sessions after moving 30 talks", overlaps(&d), involved.len());
    let progress = Progress::default();
    let out = schedule(d, &Options { budget: secs(10), repair: true, ..Options::default() }, &progress);
    let far: i64 = out
        .moved
        .iter()
        .filter_map(|(_, from, to)| {
            let to = to.as_ref()?;
            let minute = |pl: &podium::place::Place| {
                out.programme.days.get(&pl.day).map_or(0, |day| time::abs_minute(day.date, pl.start))
            };
            Some((minute(to) - minute(from)).abs())
        })
        .max()
        .unwrap_or(0);
    println!(
        "(d) repair: {} overlaps left, {} sessions moved (of {} involved; target ≤ {}), the farthest by {far} min, {} unplaced, {:.2} s",
        overlaps(&out.programme),
        out.moved.len(),
        involved.len(),
        involved.len(),
        out.unplaced.len(),
        out.elapsed.as_secs_f64()
    );
}
