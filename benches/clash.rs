//! Criterion benchmarks of clash detection on synthetic programmes: `cargo bench --bench clash`.
//! `clash_detect`: from scratch. `clash_after_edit`: one session moved, then `Checker::session_changed`
//! (what the editor runs after every session edit; the sorted clashes are then read in place).

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
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
        let checker = Checker::new(&p);
        // The middle session moved by 15 minutes: the programme is edited once, outside the timing; each
        // iteration tells a fresh copy of the checker (the copy is made outside the timing too).
        let Some(key) = p.sessions.keys().nth(n / 2).cloned() else { continue };
        let Some(mut to) = p.sessions.get(&key).map(Placement::of) else { continue };
        to.start = to.start.and_then(|s| Clock::from_mins(s.mins() + 15));
        if edit::apply(&mut p, Edit::Place(key.clone(), to)).is_err() {
            continue;
        }
        // The checker is handed back, so that dropping it is not timed.
        let told = |mut checker: Checker, key: &SessionKey| {
            checker.session_changed(&p, key);
            checker
        };
        group.bench_function(format!("{n}_sessions"), |b| {
            b.iter_batched(|| checker.clone(), |c| told(c, black_box(&key)), BatchSize::LargeInput)
        });
    }
    group.finish();
}

criterion_group!(benches, detect, after_edit);
criterion_main!(benches);
