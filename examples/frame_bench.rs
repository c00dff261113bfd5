//! Frame cost of the timetable: `cargo run --release --example frame_bench`.
//! A synthetic day of 80 halls and 480 sessions, 1600×1000 points at pixels-per-point 1, default zoom,
//! scrolled to the middle of the grid; one egui pass plus tessellation per frame, no window and no GPU.
//! Prints median and p95 over the measured frames, idle and while a drag preview is active (the pointer
//! holds a block and moves a few points each frame, so the landing place and its clash preview change).
//! Then the same day inside a programme of 100,000 sessions (200 such days): the drag preview tries each
//! move on the document itself, so its frames should cost about the same. Last, 20 chosen blocks dragged
//! together (one batch of 20 moves, previewed for all of them).

use std::time::{Duration, Instant};

use podium::gui::action::View;
use podium::gui::timetable::COLUMN_W;
use podium::gui::{AppOptions, PodiumApp};
use podium::i18n::Lang;
use podium::synth::{self, Shape};

const WARMUP: usize = 10;
const FRAMES: usize = 200;
const HALLS: u32 = 80;
const SESSIONS: usize = 480;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

struct Bench {
    app: PodiumApp,
    ctx: egui::Context,
    frame: usize,
}

impl Bench {
    fn frame(&mut self, events: Vec<egui::Event>) -> (Duration, usize) {
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 1000.0));
        let mut input = egui::RawInput {
            screen_rect: Some(screen),
            time: Some(self.frame as f64 / 60.0),
            events,
            ..Default::default()
        };
        input.viewports.entry(egui::ViewportId::ROOT).or_default().native_pixels_per_point = Some(1.0);
        self.frame += 1;
        let started = Instant::now();
        let app = &mut self.app;
        let output = self.ctx.run_ui(input, |ui| app.ui(ui));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        (started.elapsed(), primitives.len())
    }
}

fn report(what: &str, mut times: Vec<Duration>, meshes: usize, target: f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{what}: median {:.2} ms, p95 {:.2} ms over {} frames, {meshes} clipped meshes a frame (target: median ≤ {target} ms)",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        times.len()
    );
}

fn main() {
    run(1, SESSIONS);
    run(200, 100_000);
}

/// The benchmark on a programme of `days` days and `sessions` sessions, the first day shown.
fn run(days: u32, sessions: usize) {
    let dir = std::env::temp_dir().join("podium-frame-bench");
    std::fs::create_dir_all(&dir).ok();
    let path = dir.join(format!("synthetic-{days}-days.ron"));
    let programme = synth::programme_with(Shape { days, halls: HALLS, halls_per_venue: 10 }, sessions, 1);
    if podium::format::save_file(&programme, &path).is_err() {
        eprintln!("cannot write {}", path.display());
        return;
    }
    let mut app = PodiumApp::new(AppOptions::headless(Some(path), Lang::De));
    app.navigate(View::Timetable);
    app.state.timetable.scroll_to = Some(egui::vec2(HALLS as f32 / 2.0 * COLUMN_W - 700.0, 150.0));
    let mut bench = Bench { app, ctx: egui::Context::default(), frame: 0 };

    let mut idle = Vec::with_capacity(FRAMES);
    let mut meshes = 0;
    for i in 0..WARMUP + FRAMES {
        let (t, m) = bench.frame(Vec::new());
        meshes = m;
        if i >= WARMUP {
            idle.push(t);
        }
    }
    let visible = bench.app.state.timetable.visible_blocks();
    let columns: Vec<usize> = visible
        .iter()
        .filter_map(|(k, _)| programme.sessions.get(k)?.hall_key())
        .filter_map(|h| programme.halls.get_index_of(h))
        .collect();
    let on_day = programme.sessions.values().filter(|s| s.day.as_ref() == programme.days.keys().next()).count();
    println!(
        "synthetic programme: {days} days, {HALLS} halls, {sessions} sessions, {on_day} on the day shown; {} blocks visible, in halls {}–{}",
        visible.len(),
        columns.iter().min().map_or(0, |c| c + 1),
        columns.iter().max().map_or(0, |c| c + 1),
    );
    report("timetable idle, 1600×1000 @1x", idle, meshes, 4.0);

    // Press on the upper part of a tall visible block (the lower edge would resize it), then move.
    let Some(grab) = bench
        .app
        .timetable()
        .visible_blocks()
        .iter()
        .find(|(_, r)| r.height() > 40.0 && r.width() > 100.0)
        .map(|(_, r)| r.center_top() + egui::vec2(0.0, 12.0))
    else {
        eprintln!("no visible block to drag");
        return;
    };
    let press = egui::Event::PointerButton {
        pos: grab,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    };
    bench.frame(vec![egui::Event::PointerMoved(grab), press]);
    let mut dragging = Vec::with_capacity(FRAMES);
    let mut previews = 0;
    let mut last = None;
    let mut changes = 0;
    for i in 0..WARMUP + FRAMES {
        // A triangle wave: 6 points right and 8 down per frame (more than a snap step at the default zoom,
        // so the landing place and its preview change in most frames), turning back every 50 frames.
        let phase = (i % 100) as f32;
        let along = if phase < 50.0 { phase } else { 100.0 - phase };
        let pos = grab + egui::vec2(along * 6.0, along * 8.0);
        let (t, m) = bench.frame(vec![egui::Event::PointerMoved(pos)]);
        meshes = m;
        let target = bench.app.state.timetable.drag.as_ref().and_then(|d| d.target.clone());
        let active = target.is_some();
        if target.is_some() && target != last {
            changes += 1;
            last = target;
        }
        if i >= WARMUP && active {
            dragging.push(t);
            previews += 1;
        }
    }
    if previews < FRAMES / 2 {
        eprintln!("the drag preview was active in only {previews} frames");
    }
    println!(
        "drag: the landing place changed in {changes} frames, each time previewed by trying the move on the document; slowest frame {:.2} ms",
        dragging.iter().max().map_or(0.0, |d| d.as_secs_f64() * 1e3)
    );
    report("timetable dragging with live clash preview", dragging, meshes, 8.0);
    // On the 80-hall day of 480 sessions (the big programme shows only a few blocks of its day at once).
    if days == 1 {
        drag_many(&mut bench, 20);
    }
}

/// Chooses `n` visible blocks and drags them together.
fn drag_many(bench: &mut Bench, n: usize) {
    use podium::gui::action::Action;
    use podium::gui::bulk_ops::BulkAction;
    // The last drag is dropped outside the grid (on the menu bar): cancelled, nothing changes.
    let release = |pos| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    };
    let off = egui::pos2(5.0, 5.0);
    bench.frame(vec![egui::Event::PointerMoved(off), release(off)]);
    bench.frame(Vec::new());
    let visible: Vec<podium::model::SessionKey> =
        bench.app.state.timetable.visible_blocks().iter().map(|(k, _)| k.clone()).take(n).collect();
    let chosen = visible.len();
    let ctx = bench.ctx.clone();
    bench.app.run(&ctx, Action::Bulk(BulkAction::Set(visible.clone())));
    // The form for several sessions opens beside the grid and the columns get narrower: scroll to the
    // chosen blocks again, then grab one in view.
    bench.frame(Vec::new());
    if let Some(first) = visible.first() {
        let p = bench.app.doc.programme().clone();
        bench.app.state.timetable.reveal(&p, first);
    }
    for _ in 0..3 {
        bench.frame(Vec::new());
    }
    let Some(rect) = bench
        .app
        .timetable()
        .visible_blocks()
        .iter()
        .find(|(k, r)| visible.contains(k) && r.height() > 40.0 && r.width() > 60.0)
        .map(|(_, r)| *r)
    else {
        eprintln!("no chosen block in view to drag");
        return;
    };
    let grab = rect.center_top() + egui::vec2(0.0, 12.0);
    let press = egui::Event::PointerButton {
        pos: grab,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    };
    bench.frame(vec![egui::Event::PointerMoved(grab), press]);
    let (mut times, mut meshes, mut moved_along) = (Vec::with_capacity(FRAMES), 0, 0);
    for i in 0..WARMUP + FRAMES {
        let phase = (i % 100) as f32;
        let along = if phase < 50.0 { phase } else { 100.0 - phase };
        let (t, m) = bench.frame(vec![egui::Event::PointerMoved(grab + egui::vec2(along * 6.0, along * 8.0))]);
        meshes = m;
        let drag = bench.app.state.timetable.drag.as_ref();
        moved_along = moved_along.max(drag.map_or(0, |d| d.others.len()));
        if i >= WARMUP && drag.is_some_and(|d| d.edit.is_some()) {
            times.push(t);
        }
    }
    println!("drag of {chosen} chosen blocks: {} others moved along with the grabbed one", moved_along);
    report(&format!("timetable dragging {chosen} chosen blocks with live clash preview"), times, meshes, 8.0);
}
