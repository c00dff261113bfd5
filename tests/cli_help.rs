//! `podium --help` and the subcommands' help follow `--lang` and the locale like every other text.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use common::podium;

fn help(args: &[&str], lang_env: &str) -> String {
    let out =
        podium().env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", lang_env).args(args).assert().success();
    String::from_utf8_lossy(&out.get_output().stdout).to_string()
}

#[test]
fn help_is_english_with_lang_en() {
    let text = help(&["--lang", "en", "--help"], "de_DE.UTF-8");
    assert!(text.contains("Usage:") && text.contains("Commands"), "{text}");
    assert!(text.contains("Check a programme for clashes"), "{text}");
    assert!(!text.contains("Aufruf"), "{text}");
}

#[test]
fn subcommand_help_follows_the_german_locale() {
    let text = help(&["check", "--help"], "de_DE.UTF-8");
    assert!(text.contains("Aufruf:"), "{text}");
    assert!(text.contains("Ein Programm auf Konflikte und Fehler prüfen"), "{text}");
    assert!(text.contains("Exit-Code 0: keine Fehler"), "{text}");
    assert!(text.contains("Sprache der Meldungen"), "the shared --lang option in German: {text}");
    assert!(text.contains("Optionen") && text.contains("Argumente"), "{text}");
    assert!(!text.contains("Usage") && !text.contains("Print help"), "no English left: {text}");
}

#[test]
fn every_subcommand_has_german_help() {
    for command in ["check", "import", "export", "diff", "release", "suggest", "schedule"] {
        let text = help(&[command, "--help", "--lang", "de"], "en_GB.UTF-8");
        assert!(text.contains("Aufruf:"), "{command}: {text}");
        assert!(!text.contains("The programme") && !text.contains("Only this"), "{command}: {text}");
    }
}

#[test]
fn usage_errors_are_worded_in_the_users_language() {
    let out = podium().env("LANG", "de_DE.UTF-8").args(["check", "x.ron", "--format", "yaml"]).assert().code(2);
    let text = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(text.starts_with("Fehler: „yaml“ ist kein gültiger Wert für --format"), "{text}");
    let out = podium().args(["check", "--lang", "en"]).assert().code(2);
    let text = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(text.starts_with("error: missing: <FILE>"), "{text}");
}
