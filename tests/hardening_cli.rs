//! The command line under bad input and faults (issue "Hardening"): special and oversized inputs, a BOM,
//! standard output that is closed or full, control characters on the terminal, no write over the input,
//! extensions that must match, read-only files and links, the public `.ron` without planning data.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use assert_cmd::Command;
use common::podium;

const CLEAN: &str = "sample_data/bundeskongress-2022.ron";
const DRAFT: &str = "sample_data/bundeskongress-2022-entwurf.ron";

fn run(cmd: &mut Command, code: i32) -> (String, String) {
    let out = cmd.timeout(Duration::from_secs(60)).assert().code(code);
    let o = out.get_output();
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

fn copy_to(dir: &Path, from: &str, name: &str) -> std::path::PathBuf {
    let to = dir.join(name);
    std::fs::copy(from, &to).unwrap();
    to
}

#[test]
fn a_file_with_a_byte_order_mark_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(CLEAN).unwrap());
    std::fs::write(&path, bytes).unwrap();
    let (out, _) = run(podium().arg("check").arg(&path).args(["--lang", "de"]), 0);
    assert!(out.contains("33 Sessions"), "{out}");
}

#[cfg(unix)]
#[test]
fn a_fifo_and_a_device_behind_a_link_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let (_, err) = run(podium().arg("check").arg(&fifo).args(["--lang", "de"]), 2);
    assert!(err.contains("keine gewöhnliche Datei"), "{err}");
    let zero = dir.path().join("zero.xml");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let (_, err) = run(podium().arg("check").arg(&zero).args(["--lang", "en"]), 2);
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn an_input_over_one_gigabyte_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.json");
    std::fs::File::create(&big).unwrap().set_len(podium::format::MAX_INPUT_BYTES + 1).unwrap();
    let (_, err) = run(podium().arg("check").arg(&big).args(["--lang", "en"]), 2);
    assert!(err.contains("larger than 1 GB"), "{err}");
}

/// A programme whose JSON report is far larger than a pipe's buffer.
fn noisy_programme(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("noisy.ron");
    podium::format::save_file(&podium::synth::programme(20_000, 3), &path).unwrap();
    path
}

#[test]
fn a_reader_that_goes_away_ends_the_check_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let noisy = noisy_programme(dir.path());
    let bin = assert_cmd::cargo::cargo_bin!("podium");
    let mut child = std::process::Command::new(bin)
        .arg("check")
        .arg(&noisy)
        .args(["--format", "json", "--lang", "en"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.is_empty(), "quiet: {err}");
    assert!(matches!(out.status.code(), Some(0 | 1)), "the check's own exit code: {:?}", out.status);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_output_is_an_error() {
    for args in [
        vec!["check", DRAFT, "--lang", "en"],
        vec!["check", DRAFT, "--format", "json", "--lang", "en"],
        vec!["export", CLEAN, "-o", "-", "--to", "ics", "--lang", "en"],
    ] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin!("podium"))
            .args(&args)
            .stdout(full)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("cannot write to standard output: the disk is full"), "{err}");
    }
}

#[test]
fn control_characters_from_the_file_are_escaped_on_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(DRAFT).unwrap();
    let title = "Wie können Smart-City-Strategien";
    assert!(text.contains(title));
    let evil = text.replacen(title, "Wie \\u{1b}]0;pwned\\u{7}\\u{1b}[31mkönnen Smart-City-Strategien", 1);
    let path = dir.path().join("evil.ron");
    std::fs::write(&path, evil).unwrap();
    let (out, _) = run(podium().arg("check").arg(&path).args(["--lang", "de"]), 1);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("Wie \\u{1b}]0;pwned\\u{7}\\u{1b}[31mkönnen"), "{out}");
}

#[test]
fn export_over_its_own_input_is_refused_also_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let programme = copy_to(dir.path(), DRAFT, "P.ron");
    let before = std::fs::read(&programme).unwrap();
    let (_, err) = run(podium().arg("export").arg(&programme).arg("-o").arg(&programme).args(["--lang", "en"]), 2);
    assert!(err.contains("this is the input file"), "{err}");
    #[cfg(unix)]
    {
        let link = dir.path().join("public.ron");
        std::os::unix::fs::symlink(&programme, &link).unwrap();
        run(podium().arg("export").arg(&programme).arg("-o").arg(&link).args(["--lang", "en"]), 2);
        let dotted = dir.path().join(".").join("P.ron");
        run(podium().arg("export").arg(&programme).arg("-o").arg(&dotted).args(["--lang", "en"]), 2);
    }
    assert_eq!(std::fs::read(&programme).unwrap(), before, "the programme is untouched");
}

#[test]
fn import_writes_only_ron_and_never_over_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let xml = dir.path().join("S.xml");
    run(podium().args(["export", CLEAN, "-o"]).arg(&xml).args(["--lang", "en"]), 0);
    let before = std::fs::read(&xml).unwrap();
    let (_, err) = run(podium().arg("import").arg(&xml).arg("-o").arg(&xml).args(["--lang", "en"]), 2);
    assert!(err.contains("does not match the format written (.ron)"), "{err}");
    assert_eq!(std::fs::read(&xml).unwrap(), before);
    let json = dir.path().join("x.json");
    let (_, err) = run(podium().arg("import").arg(&xml).arg("-o").arg(&json).args(["--lang", "de"]), 2);
    assert!(err.contains("Endung passt nicht"), "{err}");
    assert!(!json.exists());
    let ron = copy_to(dir.path(), CLEAN, "same.ron");
    let (_, err) = run(podium().arg("import").arg(&ron).arg("-o").arg(&ron).args(["--lang", "en"]), 2);
    assert!(err.contains("this is the input file"), "{err}");
}

#[test]
fn the_to_option_is_named_when_wrong_and_must_agree_with_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let (_, err) = run(podium().args(["export", CLEAN, "-o", "-", "--to", "bogus", "--lang", "en"]), 2);
    assert!(err.contains("--to bogus: unknown format"), "{err}");
    let (_, err) = run(podium().args(["export", CLEAN, "-o", "-", "--lang", "de"]), 2);
    assert!(err.contains("bitte das Format mit --to angeben"), "{err}");
    let pdf = dir.path().join("agenda.pdf");
    let (_, err) = run(podium().args(["export", CLEAN, "--to", "csv", "-o"]).arg(&pdf).args(["--lang", "en"]), 2);
    assert!(err.contains("does not match the format written (.csv)"), "{err}");
    assert!(!pdf.exists());
    let plain = dir.path().join("agenda");
    run(podium().args(["export", CLEAN, "--to", "csv", "-o"]).arg(&plain).args(["--lang", "en"]), 0);
    assert!(std::fs::read_to_string(&plain).unwrap().contains("Halle 6"));
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused_and_a_link_is_written_through() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.ics");
    std::fs::write(&locked, b"old").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (_, err) = run(podium().args(["export", CLEAN, "-o"]).arg(&locked).args(["--lang", "de"]), 2);
    assert!(err.contains("schreibgeschützt"), "{err}");
    assert_eq!(std::fs::read(&locked).unwrap(), b"old");
    std::fs::create_dir(dir.path().join("shared")).unwrap();
    let target = dir.path().join("shared/kongress.ics");
    std::fs::write(&target, b"old").unwrap();
    let link = dir.path().join("kongress.ics");
    std::os::unix::fs::symlink("shared/kongress.ics", &link).unwrap();
    run(podium().args(["export", CLEAN, "-o"]).arg(&link).args(["--lang", "de"]), 0);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
    assert!(std::fs::read_to_string(&target).unwrap().starts_with("BEGIN:VCALENDAR"));
}

#[test]
fn the_public_ron_keeps_no_availability_windows() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public.ron");
    run(podium().args(["export", DRAFT, "-o"]).arg(&out).args(["--lang", "de"]), 0);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(std::fs::read_to_string(DRAFT).unwrap().contains("availability"), "the sample has windows");
    assert!(!text.contains("availability"), "{text}");
}
