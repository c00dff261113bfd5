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

/// The `podium` binary with no locale from the environment (tests set `--lang` themselves).
pub fn podium() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("podium").unwrap();
    cmd.env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "C");
    cmd
}
