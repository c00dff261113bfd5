//! Checks that importing arbitrary bytes as schedule JSON never panics and that every import yields a
//! programme that survives clash detection, saves as RON and loads back equal, exports to schedule XML
//! and JSON, and whose exported XML imports again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use podium::interchange::SourceFormat;

fuzz_target!(|data: &[u8]| podium_fuzz::check_import(data, SourceFormat::Json));
