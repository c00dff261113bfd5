//! Times `podium check` on synthetic schedule XML files of 10,000 and 100,000 events, as a whole process
//! (import + check + output). Build the binary first:
//! `cargo build --release && cargo run --release --example schedule_scaling`.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::DateTime;
use podium::export::{ExportOptions, Selection};
use podium::i18n::Lang;

const RUNS: usize = 5;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn main() {
    let Some(podium) = std::env::current_exe().ok().and_then(|e| Some(e.parent()?.parent()?.join("podium"))) else {
        return;
    };
    if !podium.exists() {
        eprintln!("build the binary first: cargo build --release ({} is missing)", podium.display());
        return;
    }
    let dir = std::env::temp_dir().join("podium-schedule-scaling");
    std::fs::create_dir_all(&dir).ok();
    let mut results = Vec::new();
    for n in [10_000usize, 100_000] {
        let p = podium::synth::programme(n, 1);
        let opts = ExportOptions {
            selection: Selection { include_drafts: true, ..Selection::default() },
            lang: Lang::En,
            now: DateTime::UNIX_EPOCH,
            release: Default::default(),
        };
        let xml = podium::interchange::to_xml(&p, &opts);
        let path: PathBuf = dir.join(format!("synthetic-{n}.xml"));
        if std::fs::write(&path, &xml).is_err() {
            eprintln!("cannot write {}", path.display());
            return;
        }
        let events = xml.windows(7).filter(|w| w == b"<event ").count();
        let times: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                let out = Command::new(&podium).args(["check", "--lang", "en", "--format", "json"]).arg(&path).output();
                let elapsed = t.elapsed();
                if let Ok(out) = out {
                    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
                }
                elapsed
            })
            .collect();
        let m = median(times);
        println!(
            "podium check on {events} events ({:.1} MB XML): {:.3} s median of {RUNS}",
            xml.len() as f64 / 1e6,
            m.as_secs_f64()
        );
        results.push(m);
    }
    if let [small, large] = results.as_slice() {
        println!("100k / 10k = {:.2}  (target ≤ 12; 100k target ≤ 3 s)", large.as_secs_f64() / small.as_secs_f64());
    }
}
