//! Criterion benchmarks of clash detection on synthetic programmes: `cargo bench --bench clash`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use podium::{clash, synth};

fn detect(c: &mut Criterion) {
    let mut group = c.benchmark_group("clash_detect");
    group.sample_size(20);
    for n in [1_000usize, 10_000, 100_000] {
        let p = synth::programme(n, 1);
        group.bench_function(format!("{n}_sessions"), |b| b.iter(|| clash::detect(black_box(&p))));
    }
    group.finish();
}

criterion_group!(benches, detect);
criterion_main!(benches);
