//! Helpers shared by the integration tests: the shared data folder and the `podium` binary.

#![allow(dead_code, clippy::unwrap_used)] // Each test crate uses some of these.

use std::path::PathBuf;

/// A file from `../shared/data`, or `None` (with the reason printed) when it is not there.
pub fn shared(name: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data").join(name);
    if path.exists() {
        Some(path)
    } else {
        println!("skipped: {} is not there (the shared data folder sits beside the repository)", path.display());
        None
    }
}

/// A check that needs a tool that is missing: printed and skipped, but a failure where
/// `PODIUM_REQUIRE_TOOLS` is set (`.ci/run` installs the tools and sets it), so CI cannot pass by skipping.
pub fn skip_without_tool(reason: &str) {
    assert!(std::env::var_os("PODIUM_REQUIRE_TOOLS").is_none(), "required tool missing: {reason}");
    println!("skipped: {reason}");
}

/// The bundled draft congress (drafts, a cancelled session and every kind of clash).
pub fn draft() -> podium::model::Programme {
    podium::format::load_str(podium::sample::BUNDESKONGRESS_ENTWURF).unwrap()
}

/// A fixed time for exports ("Stand", DTSTAMP), so that their output does not depend on the clock.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone as _;
    chrono::Utc.with_ymd_and_hms(2022, 9, 1, 8, 30, 0).unwrap()
}

/// Export options with that time.
pub fn opts(selection: podium::export::Selection, lang: podium::i18n::Lang) -> podium::export::ExportOptions {
    podium::export::ExportOptions { selection, lang, now: now(), release: Default::default() }
}

/// The `podium` binary with no locale from the environment (tests set `--lang` themselves).
pub fn podium() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("podium").unwrap();
    cmd.env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "C");
    cmd
}

/// The bundled congress with its four "Arena …" sessions without start and hall (their day kept), saved in
/// `dir`.
pub fn arenas_off(dir: &std::path::Path) -> PathBuf {
    let mut p = podium::format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    for s in p.sessions.values_mut().filter(|s| s.title.starts_with("Arena")) {
        (s.start, s.hall) = (None, None);
    }
    let path = dir.join("ohne-arenen.ron");
    podium::format::save_file(&p, &path).unwrap();
    path
}
