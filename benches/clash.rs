//! Criterion benchmarks of clash detection on synthetic programmes: `cargo bench --bench clash`.
//! `clash_detect`: from scratch. `clash_after_edit`: one session moved, then `Checker::session_changed`
//! (what the editor runs after every session edit; the sorted clashes are then read in place).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use podium::clash::{self, Checker};
use podium::edit::{self, Edit, Placement};
use podium::model::{Clock, SessionKey};
use podium::synth;

fn detect(c: &mut Criterion) {
    let mut group = c.benchmark_group("clash_detect");
    group.sample_size(20);
    for n in [1_000usize, 10_000, 100_000] {
        let p = synth::programme(n, 1);
        group.bench_function(format!("{n}_sessions"), |b| b.iter(|| clash::detect(black_box(&p))));
    }
    group.finish();
}

fn after_edit(c: &mut Criterion) {
    let mut group = c.benchmark_group("clash_after_edit");
    group.sample_size(20);
    for n in [1_000usize, 10_000, 100_000] {
        let mut p = synth::programme(n, 1);
        let mut checker = Checker::new(&p);
        let keys: Vec<SessionKey> = p.sessions.keys().cloned().collect();
        let mut round = 0usize;
        // As in the editor: one checker told of edit after edit. Each iteration moves a session a quarter
        // of an hour (to the full or half hour and back, so the programme keeps its one clash per hundred
        // sessions); the edit is outside the timing, telling the checker inside.
        group.bench_function(format!("{n}_sessions"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    round += 1;
                    let Some(key) = keys.get(round / 2 * 7919 % keys.len().max(1)) else { continue };
                    let Some(mut to) = p.sessions.get(key).map(Placement::of) else { continue };
                    to.start = to.start.and_then(|s| {
                        let m = s.mins();
                        Clock::from_mins(if m.is_multiple_of(30) { m.saturating_add(15) } else { m.saturating_sub(15) })
                    });
                    if edit::apply(&mut p, Edit::Place(key.clone(), to)).is_err() {
                        continue;
                    }
                    let t = Instant::now();
                    checker.session_changed(&p, black_box(key));
                    total += t.elapsed();
                }
                total
            });
        });
    }
    group.finish();
}

criterion_group!(benches, detect, after_edit);
criterion_main!(benches);
