//! Load → save → load is identical and byte-stable, for the bundled samples and for random programmes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic on broken expectations.

use podium::format;
use podium::model::Programme;
use proptest::prelude::*;

#[test]
fn samples_save_byte_identical() {
    for (name, text) in podium::sample::SAMPLES {
        let p = format::load_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let saved = format::to_string(&p).unwrap();
        assert_eq!(saved, text, "{name}: an unchanged programme must rewrite identical bytes");
        assert_eq!(format::load_str(&saved).unwrap(), p, "{name}");
    }
}

#[test]
fn one_edit_changes_only_nearby_lines() {
    let mut p = format::load_str(podium::sample::BUNDESKONGRESS).unwrap();
    let before = format::to_string(&p).unwrap();
    let session = p.sessions.values_mut().next().unwrap();
    session.title.push_str(" (geändert)");
    let after = format::to_string(&p).unwrap();
    let changed = before.lines().zip(after.lines()).filter(|(a, b)| a != b).count();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed, 1);
}

fn with_texts(mut p: Programme, texts: Vec<String>) -> Programme {
    let mut texts = texts.into_iter().cycle();
    for s in p.sessions.values_mut() {
        s.title = texts.next().unwrap_or_default();
        s.description = texts.next().unwrap_or_default();
        s.notes = texts.next().unwrap_or_default();
    }
    for person in p.people.values_mut() {
        person.name = texts.next().unwrap_or_default();
        person.bio = texts.next().unwrap_or_default();
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_programmes_round_trip(seed in any::<u64>(), n in 0usize..80, texts in prop::collection::vec(any::<String>(), 1..8)) {
        let p = with_texts(podium::synth::programme(n, seed), texts);
        let text = format::to_string(&p).unwrap();
        let again = format::load_str(&text).unwrap();
        prop_assert_eq!(&again, &p);
        prop_assert_eq!(format::to_string(&again).unwrap(), text);
    }
}
