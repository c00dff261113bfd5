//! Times `podium check --format json` on synthetic schedule XML files of 10,000 and 100,000 events, as a
//! whole process (import + every rule + the JSON report), and measures its peak memory. The programme is
//! [`podium::synth::mixed`]: 240 halls, sessions of 10 minutes to 4 hours, people across halls and days.
//! Build the binary first: `cargo build --release && cargo run --release --example schedule_scaling`;
//! `PODIUM_BIN=/path/to/podium` times another build on the same files.
//!
//! Time: the median of 5 runs, each from spawn to exit. Peak memory: a sixth run, during which
//! `/proc/<pid>/status` is read every millisecond; `VmHWM` is the kernel's high-water mark of the
//! process's resident memory, so the last value read before it exits is its peak, short of what it may
//! still have grown in the last millisecond (Linux only; elsewhere it says so).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::DateTime;
use podium::export::{ExportOptions, Selection};
use podium::i18n::Lang;

const RUNS: usize = 5;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn check(podium: &Path, file: &Path) -> Command {
    let mut cmd = Command::new(podium);
    cmd.args(["check", "--lang", "en", "--format", "json"]).arg(file).stdout(Stdio::null()).stderr(Stdio::null());
    cmd
}

/// One whole run, spawn to exit.
fn timed_run(podium: &Path, file: &Path) -> Option<Duration> {
    let t = Instant::now();
    let status = check(podium, file).status().ok()?;
    let elapsed = t.elapsed();
    matches!(status.code(), Some(0 | 1)).then_some(elapsed)
}

/// `VmHWM` of a running process, in kB.
fn high_water_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The peak resident memory of one run, in MB, polled as the module doc says.
fn peak_mb(podium: &Path, file: &Path) -> Option<f64> {
    let mut child = check(podium, file).spawn().ok()?;
    let mut peak = 0;
    loop {
        if let Some(kb) = high_water_kb(child.id()) {
            peak = peak.max(kb);
        }
        if child.try_wait().ok()?.is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    (peak > 0).then(|| peak as f64 / 1024.0)
}

fn main() {
    // `PODIUM_BIN` times another build (an older commit's, say) on the same files.
    let beside = std::env::current_exe().ok().and_then(|e| Some(e.parent()?.parent()?.join("podium")));
    let Some(podium) = std::env::var_os("PODIUM_BIN").map(PathBuf::from).or(beside) else { return };
    if !podium.exists() {
        eprintln!("build the binary first: cargo build --release ({} is missing)", podium.display());
        return;
    }
    let dir = std::env::temp_dir().join("podium-schedule-scaling");
    std::fs::create_dir_all(&dir).ok();
    let opts = ExportOptions {
        selection: Selection { include_drafts: true, ..Selection::default() },
        lang: Lang::En,
        now: DateTime::UNIX_EPOCH,
        release: Default::default(),
    };
    println!("{} ({} runs each, median)", podium.display(), RUNS);
    let mut results = Vec::new();
    for n in [10_000usize, 100_000] {
        let p = podium::synth::mixed(n, 1);
        let xml = podium::interchange::to_xml(&p, &opts);
        let path: PathBuf = dir.join(format!("mixed-{n}.xml"));
        if std::fs::write(&path, &xml).is_err() {
            eprintln!("cannot write {}", path.display());
            return;
        }
        let events = xml.windows(7).filter(|w| w == b"<event ").count();
        let Some(times) = (0..RUNS).map(|_| timed_run(&podium, &path)).collect::<Option<Vec<_>>>() else {
            eprintln!("podium check failed on {}", path.display());
            return;
        };
        let m = median(times);
        let peak =
            peak_mb(&podium, &path).map_or_else(|| "not measured (no /proc)".to_owned(), |mb| format!("{mb:.0} MB"));
        println!(
            "podium check on {events} events in {} halls ({:.1} MB XML): {:.3} s, peak memory {peak}",
            p.halls.len(),
            xml.len() as f64 / 1e6,
            m.as_secs_f64()
        );
        results.push(m);
    }
    if let [small, large] = results.as_slice() {
        println!(
            "100k / 10k = {:.2}  (targets: ≤ 12; 100k ≤ 1.5 s, aim 1 s; peak ≤ 300 MB)",
            large.as_secs_f64() / small.as_secs_f64()
        );
    }
}
