//! The hostile inputs of the hardening issue, made here and timed each in a fresh process (so that the
//! peak memory, VmHWM from `/proc/self/status`, is that input's alone): what `podium check` does (read,
//! import, every rule, the JSON report) for crowded halls and people, a thousand days on one date, an
//! attribute flood and fifty thousand people in one event; and an `.ics` export of a 2 MB title.
//! `cargo run --release --example hostile_scaling`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use podium::export::{ExportOptions, Format, FormatOptions, Selection};
use podium::i18n::Lang;

/// A schedule XML: `events` of (room, people ids), all on 2022-09-14 at 10:00 for an hour.
fn schedule(events: impl Iterator<Item = (usize, Vec<usize>)>) -> String {
    let mut rooms: std::collections::BTreeMap<usize, String> = Default::default();
    for (i, (room, people)) in events.enumerate() {
        let persons: String = people.iter().map(|p| format!("<person id=\"{}\">Person {p}</person>", p + 1)).collect();
        let out = rooms.entry(room).or_default();
        write!(
            out,
            "<event id=\"{}\"><date>2022-09-14T10:00:00+02:00</date><start>10:00</start><duration>01:00</duration>\
             <room>Saal {room}</room><title>Vortrag {i}</title><persons>{persons}</persons></event>",
            i + 1
        )
        .ok();
    }
    let rooms: String = rooms.iter().map(|(r, e)| format!("<room name=\"Saal {r}\">{e}</room>")).collect();
    format!(
        "<schedule><conference><title>Hostile</title><time_zone_name>Europe/Berlin</time_zone_name></conference>\
         <day index=\"1\" date=\"2022-09-14\" start=\"2022-09-14T08:00:00+02:00\" end=\"2022-09-14T20:00:00+02:00\">\
         {rooms}</day></schedule>\n"
    )
}

/// The cases: name, file name, contents, what is done (`check` or `ics`), the targets (s, MB).
fn cases() -> Vec<(&'static str, &'static str, String, &'static str, f64, f64)> {
    let sample = podium::format::load_str(podium::sample::BUNDESKONGRESS).ok();
    let days = sample.clone().map(|mut p| {
        if let Some(day) = p.days.values().next().cloned() {
            for i in 0..1_000 {
                p.days.insert(format!("extra-{i:04}").into(), day.clone());
            }
        }
        podium::format::to_string(&p).unwrap_or_default()
    });
    let long_title = sample.map(|mut p| {
        if let Some(s) = p.sessions.values_mut().next() {
            s.title = "Stadtentwicklung ".repeat(2_000_000 / 17);
        }
        podium::format::to_string(&p).unwrap_or_default()
    });
    let attrs: String = (0..100_000).map(|i| format!(" a{i}=\"x\"")).collect();
    vec![
        (
            "3,000 events in one room at once",
            "room-3k.xml",
            schedule((0..3_000).map(|_| (1, vec![]))),
            "check",
            5.0,
            500.0,
        ),
        (
            "10,000 sessions in one hall at once",
            "hall-10k.xml",
            schedule((0..10_000).map(|_| (1, vec![]))),
            "check",
            5.0,
            500.0,
        ),
        (
            "one person in 3,000 sessions across 30 halls",
            "person-3k.xml",
            schedule((0..3_000).map(|i| (i % 30, vec![0]))),
            "check",
            5.0,
            500.0,
        ),
        ("1,000 days on one date", "days-1k.ron", days.unwrap_or_default(), "check", 2.0, 500.0),
        (
            "100,000 attributes on one element",
            "attrs-100k.xml",
            format!("<schedule><conference{attrs}/></schedule>"),
            "check",
            2.0,
            500.0,
        ),
        (
            "50,000 people in one event",
            "people-50k.xml",
            schedule(std::iter::once((1, (0..50_000).collect()))),
            "check",
            2.0,
            500.0,
        ),
        (".ics of a 2 MB title", "title-2mb.ron", long_title.unwrap_or_default(), "ics", 0.5, 500.0),
    ]
}

fn peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok());
    kb.unwrap_or(0.0) / 1024.0
}

/// One case, in this (fresh) process: prints seconds, peak MB and what came of it.
fn run_case(what: &str, path: &Path) {
    let start = Instant::now();
    let outcome = match podium::cli::load_input(path, None, Lang::En) {
        Err(e) => format!("refused: {}", podium::cli::report(Lang::En, &e)),
        Ok(p) if what == "ics" => {
            let opts = ExportOptions {
                selection: Selection::default(),
                lang: Lang::De,
                now: chrono::DateTime::UNIX_EPOCH,
                release: Default::default(),
            };
            match podium::export::render(&p, &opts, Format::Ics, &FormatOptions::default()) {
                Ok(bytes) => format!("{} bytes of .ics", bytes.len()),
                Err(e) => format!("failed: {e}"),
            }
        }
        Ok(p) => {
            let clashes = podium::clash::detect(&p);
            let json = podium::cli::check_json(Lang::En, &p, &clashes);
            let counts = podium::clash::Counts::of(&clashes);
            format!("{} clashes reported for {} errors; {} bytes of JSON", clashes.len(), counts.errors, json.len())
        }
    };
    println!("{:.3}\t{:.0}\t{outcome}", start.elapsed().as_secs_f64(), peak_mb());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, what, path] = args.as_slice()
        && flag == "--case"
    {
        run_case(what, Path::new(path));
        return;
    }
    let Ok(me) = std::env::current_exe() else { return };
    let dir = std::env::temp_dir().join("podium-hostile-scaling");
    std::fs::create_dir_all(&dir).ok();
    println!("{:<48} {:>9} {:>9}  {:<14} outcome", "input", "seconds", "peak MB", "target");
    for (name, file, contents, what, secs, mb) in cases() {
        let path: PathBuf = dir.join(file);
        if std::fs::write(&path, contents).is_err() {
            eprintln!("cannot write {}", path.display());
            continue;
        }
        let Ok(out) = Command::new(&me).arg("--case").arg(what).arg(&path).output() else { continue };
        let line = String::from_utf8_lossy(&out.stdout);
        let mut parts = line.trim_end().splitn(3, '\t');
        let (t, m, outcome) = (parts.next().unwrap_or("?"), parts.next().unwrap_or("?"), parts.next().unwrap_or(""));
        let met = t.parse::<f64>().is_ok_and(|t| t <= secs) && m.parse::<f64>().is_ok_and(|m| m <= mb);
        let target = format!("≤ {secs} s, ≤ {mb:.0} MB");
        println!("{name:<48} {t:>9} {m:>9}  {target:<14} {} — {outcome}", if met { "met" } else { "NOT met" });
        std::fs::remove_file(&path).ok();
    }
}
