//! Frame cost of the editor's main window: `cargo run --release --example editor_frame_bench`.
//! 1600×1000 points at pixels-per-point 1, a synthetic programme of 10,000 sessions, the session list
//! visible; one egui pass plus tessellation per frame, no window and no GPU. Prints median and p95.
//! Then the hostile case of the hardening issue: 10,000 sessions in one hall at one time (one grouped
//! clash of 49,995,000 pairs) — how long the file takes to open, and the frames of the session list and
//! of that day's timetable.

use std::time::{Duration, Instant};

use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;

const WARMUP: usize = 10;
const FRAMES: usize = 200;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

/// Median and p95 of `FRAMES` frames of `app` (after `WARMUP`), and the clipped meshes of the last.
fn frames(app: &mut PodiumApp) -> (Duration, Duration, usize) {
    let ctx = egui::Context::default();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 1000.0));
    let mut times = Vec::with_capacity(FRAMES);
    let mut meshes = 0;
    for frame in 0..WARMUP + FRAMES {
        let mut input =
            egui::RawInput { screen_rect: Some(screen), time: Some(frame as f64 / 60.0), ..Default::default() };
        input.viewports.entry(egui::ViewportId::ROOT).or_default().native_pixels_per_point = Some(1.0);
        let started = Instant::now();
        let output = ctx.run_ui(input, |ui| app.ui(ui));
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let elapsed = started.elapsed();
        meshes = primitives.len();
        if frame >= WARMUP {
            times.push(elapsed);
        }
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.95), meshes)
}

/// The crowded hall: open time and frames of the session list and the timetable.
fn crowded(dir: &std::path::Path) {
    let Ok(mut p) = podium::format::load_str(podium::sample::BUNDESKONGRESS) else { return };
    let first_day = p.days.keys().next().cloned();
    let on_day_one = |s: &podium::model::Session| s.day == first_day && s.start.is_some();
    let exclusive = |h: &podium::model::HallKey| p.halls.get(h).is_some_and(|x| !x.parallel);
    let in_one_hall =
        |s: &podium::model::Session| matches!(&s.hall, Some(podium::model::HallPlacement::Hall(h)) if exclusive(h));
    // The earliest, so that the timetable as it opens shows the crowd.
    let first = p.sessions.iter().filter(|(_, s)| on_day_one(s) && in_one_hall(s)).min_by_key(|(_, s)| s.start);
    let Some((key, session)) = first else { return };
    let (key, session) = (key.clone(), session.clone());
    let Some(hall) = session.hall_key().and_then(|h| p.halls.get(h)).map(|h| h.name.clone()) else { return };
    for i in 0..10_000 {
        let mut copy = session.clone();
        copy.title = format!("Kopie {i}");
        p.sessions.insert(format!("{key}-kopie-{i:05}").into(), copy);
    }
    let path = dir.join("crowded-hall.ron");
    if podium::format::save_file(&p, &path).is_err() {
        return;
    }
    let started = Instant::now();
    let mut app = PodiumApp::new(AppOptions::headless(Some(path), Lang::De));
    let opened = started.elapsed();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let (median, p95, _) = frames(&mut app);
    println!(
        "crowded hall (10,000 sessions in {hall} at once, their people in all of them; {} clashes listed): opened \
         in {:.0} ms; session list median {:.2} ms, p95 {:.2} ms",
        app.doc.clashes().len(),
        ms(opened),
        ms(median),
        ms(p95)
    );
    app.navigate(podium::gui::action::View::Timetable);
    let (median, p95, _) = frames(&mut app);
    println!("  its timetable (day 1): median {:.2} ms, p95 {:.2} ms", ms(median), ms(p95));
}

fn main() {
    let dir = std::env::temp_dir().join("podium-frame-bench");
    std::fs::create_dir_all(&dir).ok();
    let path = dir.join("synthetic-10k.ron");
    let programme = podium::synth::programme(10_000, 1);
    if podium::format::save_file(&programme, &path).is_err() {
        eprintln!("cannot write {}", path.display());
        return;
    }
    let mut app = PodiumApp::new(AppOptions::headless(Some(path), Lang::De));
    let (median, p95, meshes) = frames(&mut app);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "editor main window, 10,000 sessions, session list, 1600×1000 @1x: median {:.2} ms, p95 {:.2} ms over {FRAMES} frames, {meshes} clipped meshes a frame (target: median ≤ 4 ms)",
        ms(median),
        ms(p95)
    );
    crowded(&dir);
}
