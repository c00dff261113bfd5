//! Checks that whatever imports (XML or JSON, by the first byte) renders in every export format — XML,
//! JSON, iCal, CSV, RON, HTML and PDF, public and with drafts — and in both check reports, without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    podium_fuzz::check_every_export(rest, first & 1 == 0);
});
