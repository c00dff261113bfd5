//! `podium export` says how many drafts and cancelled sessions a public export leaves out, and how to
//! include them; with `--include-drafts` it says nothing.

#![allow(clippy::unwrap_used)] // Tests may panic on broken expectations.

mod common;

#[test]
fn a_public_export_names_the_drafts_it_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::draft();
    let drafts = p.sessions.values().filter(|s| s.status == podium::model::Status::Draft).count();
    let input = dir.path().join("entwurf.ron");
    podium::format::save_file(&p, &input).unwrap();
    let out = dir.path().join("plan.csv");
    let run = common::podium().args(["export", "--lang", "de"]).arg(&input).arg("-o").arg(&out).assert().success();
    let stderr = String::from_utf8_lossy(&run.get_output().stderr).to_string();
    assert!(stderr.contains(&format!("{drafts} Entwürfe")), "{stderr}");
    assert!(stderr.contains("--include-drafts"), "{stderr}");
    let run = common::podium()
        .args(["export", "--lang", "en", "--include-drafts"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    assert!(run.get_output().stderr.is_empty(), "nothing left out, nothing said");
}
