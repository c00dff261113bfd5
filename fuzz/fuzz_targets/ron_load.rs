//! Checks that loading arbitrary bytes as a RON programme never panics, that clash detection never panics
//! on anything that loads, and that anything that loads saves and loads back equal (round trip).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(p) = podium::format::load_bytes(data) else { return };
    let _ = podium::clash::detect(&p);
    let text = match podium::format::to_string(&p) {
        Ok(text) => text,
        Err(e) => panic!("a loaded programme does not save: {e}"),
    };
    match podium::format::load_str(&text) {
        Ok(again) => assert_eq!(again, p, "round trip changed the programme; saved text:\n{text}"),
        Err(e) => panic!("a saved programme does not load: {e}\n{text}"),
    }
});
