//! The bundled sample congress, embedded in the binary so `podium` works from any folder.

/// File name and RON text of each bundled sample.
pub const SAMPLES: [(&str, &str); 2] = [
    ("bundeskongress-2022.ron", include_str!("../sample_data/bundeskongress-2022.ron")),
    ("bundeskongress-2022-entwurf.ron", include_str!("../sample_data/bundeskongress-2022-entwurf.ron")),
];

/// The RON text of the clean Bundeskongress 2022 sample.
pub const BUNDESKONGRESS: &str = SAMPLES[0].1;

/// The RON text of the draft with at least one problem of every kind.
pub const BUNDESKONGRESS_ENTWURF: &str = SAMPLES[1].1;

/// The text of a bundled sample by file name.
pub fn by_name(name: &str) -> Option<&'static str> {
    SAMPLES.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}
