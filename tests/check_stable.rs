//! What `podium check --format json` reports stays byte for byte what it was before the streaming import:
//! FNV-1a hashes of the report, recorded with the binary of commit 2e03d8d (`podium check --lang … --format
//! json FILE` on the real files in `../shared/data`, skipped when absent, and on the 10,000-session file
//! that `examples/schedule_scaling.rs` writes from `synth::mixed(10_000, 1)`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

mod common;

use chrono::DateTime;
use podium::cli::check_json;
use podium::export::{ExportOptions, Selection};
use podium::i18n::Lang;
use podium::interchange::{SourceFormat, import_bytes, to_xml};

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The report's hash, as the command line makes it (no `--tz`).
fn report_hash(bytes: &[u8], format: SourceFormat, lang: Lang) -> u64 {
    let p = import_bytes(bytes, format, None).unwrap().programme;
    fnv1a(check_json(lang, &p, &podium::clash::detect(&p)).as_bytes())
}

#[test]
fn real_schedules_report_as_before() {
    for (file, format, lang, want) in [
        ("wafer-debconf23.xml", SourceFormat::Xml, Lang::En, 0x9b9d_e93d_2e4b_2f21_u64),
        ("wafer-debconf23.xml", SourceFormat::Xml, Lang::De, 0x9b9d_e93d_2e4b_2f21),
        ("frab-camp2019.json", SourceFormat::Json, Lang::En, 0xd0f5_5bf3_60e6_2da8),
        ("frab-camp2019.json", SourceFormat::Json, Lang::De, 0xd0f5_5bf3_60e6_2da8),
        ("pretalx-democon.json", SourceFormat::Json, Lang::En, 0x95de_c99b_b95b_a3a3),
        ("pretalx-democon.json", SourceFormat::Json, Lang::De, 0x841b_2487_c27f_efa4),
    ] {
        let Some(path) = common::shared(file) else { return };
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(report_hash(&bytes, format, lang), want, "{file} {lang:?}");
    }
}

#[test]
fn the_mixed_10k_schedule_reports_as_before() {
    // The options of `examples/schedule_scaling.rs`.
    let opts = ExportOptions {
        selection: Selection { include_drafts: true, ..Selection::default() },
        lang: Lang::En,
        now: DateTime::UNIX_EPOCH,
        release: Default::default(),
    };
    let xml = to_xml(&podium::synth::mixed(10_000, 1), &opts);
    assert_eq!(report_hash(&xml, SourceFormat::Xml, Lang::En), 0x96a9_f458_1f4f_f945);
}
