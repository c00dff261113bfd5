//! Frame cost of the editor's main window: `cargo run --release --example editor_frame_bench`.
//! 1600×1000 points at pixels-per-point 1, a synthetic programme of 10,000 sessions, the session list
//! visible; one egui pass plus tessellation per frame, no window and no GPU. Prints median and p95.

use std::time::{Duration, Instant};

use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;

const WARMUP: usize = 10;
const FRAMES: usize = 200;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
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
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "editor main window, 10,000 sessions, session list, 1600×1000 @1x: median {:.2} ms, p95 {:.2} ms over {FRAMES} frames, {meshes} clipped meshes a frame (target: median ≤ 4 ms)",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95))
    );
}
