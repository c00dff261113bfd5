//! Saving is atomic: a failed save leaves the previous file byte-identical.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use std::path::Path;
use std::process::Command;

use podium::format;

/// Makes a folder unwritable: permissions first; where that does not bind (root), the immutable flag.
/// Returns how, or `None` when neither works here.
fn lock(dir: &Path) -> Option<&'static str> {
    let probe = dir.join(".probe");
    Command::new("chmod").arg("555").arg(dir).status().ok()?;
    if std::fs::write(&probe, b"x").is_err() {
        return Some("chmod");
    }
    std::fs::remove_file(&probe).ok();
    Command::new("chmod").arg("755").arg(dir).status().ok()?;
    let ok = Command::new("chattr").arg("+i").arg(dir).status().is_ok_and(|s| s.success());
    (ok && std::fs::write(&probe, b"x").is_err()).then_some("chattr")
}

fn unlock(dir: &Path, how: &str) {
    match how {
        "chattr" => Command::new("chattr").arg("-i").arg(dir).status().ok(),
        _ => Command::new("chmod").arg("755").arg(dir).status().ok(),
    };
}

#[test]
fn failed_save_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kongress.ron");
    let p = format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    format::save_file(&p, &path).unwrap();
    let before = std::fs::read(&path).unwrap();

    let Some(how) = lock(dir.path()) else {
        println!("skipped: cannot make a folder read-only here (neither chmod nor chattr binds)");
        return;
    };
    let mut changed = p.clone();
    changed.event.title = "Geändert".into();
    let result = format::save_file(&changed, &path);
    unlock(dir.path(), how);

    assert!(result.is_err(), "saving into a read-only folder must fail ({how})");
    assert_eq!(std::fs::read(&path).unwrap(), before, "old file must be byte-identical");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind: {leftovers:?}");
}

#[test]
fn save_replaces_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kongress.ron");
    std::fs::write(&path, b"alt").unwrap();
    let p = format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    format::save_file(&p, &path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), podium::sample::BUNDESKONGRESS);
}
