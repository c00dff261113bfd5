//! Criterion benchmarks of the edit path: `cargo bench --bench edit`.
//! `edit_apply`: one `Document::apply(Edit::Place(..))` end to end (the edit, its undo record, the clash
//! update), the duration 5 minutes longer and back. `edit_undo`: one undo (and, outside the timing, the
//! redo that makes the next undo possible). Synthetic programmes of 1,000, 10,000 and 100,000 sessions.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use podium::edit::{Edit, Placement};
use podium::gui::document::Document;
use podium::model::SessionKey;
use podium::synth;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn keys(doc: &Document) -> Vec<SessionKey> {
    doc.programme().sessions.keys().cloned().collect()
}

/// The placement of `key` 5 minutes longer, or back when it was made longer last time.
fn longer_or_back(doc: &Document, key: &SessionKey, round: usize) -> Option<Placement> {
    let s = doc.programme().sessions.get(key)?;
    let duration_mins = if round.is_multiple_of(2) { s.duration_mins + 5 } else { s.duration_mins.saturating_sub(5) };
    Some(Placement { duration_mins, ..Placement::of(s) })
}

fn apply(c: &mut Criterion) {
    let mut group = c.benchmark_group("edit_apply");
    group.sample_size(30);
    for n in SIZES {
        let mut doc = Document::new(synth::programme(n, 7), None, true);
        let keys = keys(&doc);
        let mut round = 0usize;
        group.bench_function(format!("{n}_sessions"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    round += 1;
                    let Some(key) = keys.get(round / 2 * 7919 % keys.len().max(1)) else { continue };
                    let Some(to) = longer_or_back(&doc, key, round) else { continue };
                    let t = Instant::now();
                    let _ = black_box(doc.apply(Edit::Place(key.clone(), to)));
                    total += t.elapsed();
                }
                total
            });
        });
    }
    group.finish();
}

fn undo(c: &mut Criterion) {
    let mut group = c.benchmark_group("edit_undo");
    group.sample_size(30);
    for n in SIZES {
        let mut doc = Document::new(synth::programme(n, 7), None, true);
        let keys = keys(&doc);
        for (round, key) in keys.iter().step_by(keys.len() / 200 + 1).take(200).enumerate() {
            if let Some(to) = longer_or_back(&doc, key, round * 2) {
                let _ = doc.apply(Edit::Place(key.clone(), to));
            }
        }
        group.bench_function(format!("{n}_sessions"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let t = Instant::now();
                    black_box(doc.undo());
                    total += t.elapsed();
                    doc.redo();
                }
                total
            });
        });
    }
    group.finish();
}

criterion_group!(benches, apply, undo);
criterion_main!(benches);
