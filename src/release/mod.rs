//! Releases: named public snapshots of a programme ("Stand 3"), recorded once and never changed.
//!
//! They live beside the programme file, in a folder named after it — `bundeskongress.ron` keeps its
//! releases in `bundeskongress.releases/` — one RON file per release, numbered in the order they were
//! recorded (`001-stand-1.ron`, `002-stand-2.ron`, …). So they travel with the programme's folder, read
//! well in git, and survive restarts. A release holds the programme as a public export shows it
//! (confirmed sessions, no private data), its label, an optional note and the moment it was recorded.
//!
//! Recording never writes over a file (the rename refuses an existing name, the file is made read-only)
//! and refuses a label that is taken (ignoring case and surrounding spaces). A release file that cannot
//! be read is never skipped silently: listing reports it, and recording refuses until it is fixed.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::export::Selection;
use crate::export::ron::public_programme;
use crate::format::{LoadError, ReleaseFile, SaveError};
use crate::model::{Programme, slugify};

/// One recorded release.
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    /// Its number (1, 2, …), from the file name.
    pub number: u32,
    /// Its file.
    pub path: PathBuf,
    /// Label, note, moment and the public programme.
    pub file: ReleaseFile,
}

impl Release {
    /// The label ("Stand 3").
    pub fn label(&self) -> &str {
        &self.file.label
    }
}

/// The releases of a programme, oldest first, and the files in their folder that could not be read.
#[derive(Debug, Default)]
pub struct Listing {
    /// Readable releases by number.
    pub releases: Vec<Release>,
    /// Files that could not be read, with the reason.
    pub broken: Vec<(PathBuf, ReleaseError)>,
}

/// Why a release could not be listed, found or recorded.
#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    /// The folder or a file could not be read or written.
    #[error("{source}: {path}")]
    Io {
        /// Why.
        source: std::io::Error,
        /// The folder or file.
        path: PathBuf,
    },
    /// A release file is not a readable release.
    #[error("{source}: {path}")]
    Load {
        /// Why.
        source: LoadError,
        /// The file.
        path: PathBuf,
    },
    /// Writing the release failed (nothing was recorded).
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The label is empty.
    #[error("a release needs a label")]
    EmptyLabel,
    /// Another release has this label.
    #[error("a release {label:?} exists already: {path}")]
    LabelTaken {
        /// The label.
        label: String,
        /// The release that has it.
        path: PathBuf,
    },
    /// `--since` names no release.
    #[error("no release {given:?} (known: {})", known.join(", "))]
    NotFound {
        /// What was asked.
        given: String,
        /// The labels there are.
        known: Vec<String>,
    },
    /// The release folder has a file that cannot be read; recording waits until it is fixed.
    #[error("cannot read {path} in the release folder")]
    BrokenFolder {
        /// The first unreadable file.
        path: PathBuf,
    },
}

/// The folder of a programme's releases: `NAME.releases` beside `NAME.ron`.
pub fn folder(programme_path: &Path) -> PathBuf {
    let stem = programme_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    programme_path.with_file_name(format!("{stem}.releases"))
}

/// What a release of `p` holds: the programme as a public export shows it.
pub fn public(p: &Programme) -> Programme {
    public_programme(p, &Selection::default())
}

fn number_of(path: &Path) -> u32 {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or(0)
}

/// The releases of the programme at `programme_path`; none when the folder does not exist.
pub fn list(programme_path: &Path) -> Result<Listing, ReleaseError> {
    let dir = folder(programme_path);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Listing::default()),
        Err(source) => return Err(ReleaseError::Io { source, path: dir }),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort_by_key(|p| (number_of(p), p.clone()));
    let mut listing = Listing::default();
    for path in paths {
        match read(&path) {
            Ok(file) => listing.releases.push(Release { number: number_of(&path), path, file }),
            Err(e) => listing.broken.push((path, e)),
        }
    }
    Ok(listing)
}

fn read(path: &Path) -> Result<ReleaseFile, ReleaseError> {
    let bytes = crate::format::read_input(path).map_err(|source| ReleaseError::Io { source, path: path.to_owned() })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, col) = crate::format::line_col(e.as_bytes(), e.utf8_error().valid_up_to());
        ReleaseError::Load { source: LoadError::NotText { line, col }, path: path.to_owned() }
    })?;
    crate::format::load_release_str(&text).map_err(|source| ReleaseError::Load { source, path: path.to_owned() })
}

fn same_label(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Listing {
    /// The latest release.
    pub fn latest(&self) -> Option<&Release> {
        self.releases.last()
    }

    /// The release with this label (ignoring case and spaces) or this file name (`002-stand-2`).
    pub fn find(&self, given: &str) -> Result<&Release, ReleaseError> {
        let by_stem = |r: &&Release| r.path.file_stem().is_some_and(|s| s.to_string_lossy() == given.trim());
        self.releases
            .iter()
            .find(|r| same_label(r.label(), given))
            .or_else(|| self.releases.iter().find(by_stem))
            .ok_or_else(|| ReleaseError::NotFound {
                given: given.to_owned(),
                known: self.releases.iter().map(|r| r.label().to_owned()).collect(),
            })
    }

    /// The release before `release` (by number).
    pub fn before(&self, release: &Release) -> Option<&Release> {
        self.releases.iter().rev().find(|r| r.number < release.number)
    }
}

/// Records a release of `p` (its public part) under `label`; returns it.
pub fn record(
    programme_path: &Path,
    p: &Programme,
    label: &str,
    note: &str,
    now: DateTime<Utc>,
) -> Result<Release, ReleaseError> {
    let label = label.trim();
    if label.is_empty() {
        return Err(ReleaseError::EmptyLabel);
    }
    let listing = list(programme_path)?;
    if let Some((path, _)) = listing.broken.first() {
        return Err(ReleaseError::BrokenFolder { path: path.clone() });
    }
    if let Some(taken) = listing.releases.iter().find(|r| same_label(r.label(), label)) {
        return Err(ReleaseError::LabelTaken { label: taken.label().to_owned(), path: taken.path.clone() });
    }
    let dir = folder(programme_path);
    std::fs::create_dir_all(&dir).map_err(|source| ReleaseError::Io { source, path: dir.clone() })?;
    let number = listing.releases.iter().map(|r| r.number).max().unwrap_or(0) + 1;
    let slug = slugify(label);
    let name = if slug.is_empty() { format!("{number:03}.ron") } else { format!("{number:03}-{slug}.ron") };
    let path = dir.join(name);
    let file =
        ReleaseFile { label: label.to_owned(), note: note.trim().to_owned(), recorded: now, programme: public(p) };
    crate::format::write_new(&path, crate::format::release_to_string(&file)?.as_bytes())?;
    Ok(Release { number, path, file })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    fn sample() -> Programme {
        crate::format::load_str(crate::sample::BUNDESKONGRESS_ENTWURF).unwrap()
    }

    #[test]
    fn releases_are_numbered_found_by_label_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kongress.ron");
        let now = Utc.with_ymd_and_hms(2022, 9, 1, 8, 30, 0).unwrap();
        let p = sample();
        let first = record(&path, &p, " Stand 1 ", "", now).unwrap();
        assert_eq!(first.path, dir.path().join("kongress.releases/001-stand-1.ron"));
        let second = record(&path, &p, "Stand 2", "Halle 7", now).unwrap();
        assert_eq!(second.number, 2);
        let again = record(&path, &p, "stand 2", "", now);
        assert!(matches!(again, Err(ReleaseError::LabelTaken { .. })), "{again:?}");
        assert!(matches!(record(&path, &p, "  ", "", now), Err(ReleaseError::EmptyLabel)));
        let listing = list(&path).unwrap();
        assert_eq!(listing.releases.len(), 2);
        assert_eq!(listing.latest().map(Release::label), Some("Stand 2"));
        assert_eq!(listing.find("STAND 1").unwrap().number, 1);
        assert_eq!(listing.find("002-stand-2").unwrap().number, 2);
        assert_eq!(listing.before(&second).map(Release::label), Some("Stand 1"));
        let Err(ReleaseError::NotFound { known, .. }) = listing.find("Stand 9") else { panic!() };
        assert_eq!(known, ["Stand 1", "Stand 2"]);
        // What is recorded is public: no drafts, no contact data.
        let kept = &listing.releases[0].file.programme;
        assert!(kept.sessions.values().all(|s| s.status == crate::model::Status::Confirmed));
        assert!(kept.people.values().all(|x| x.email.is_empty() && x.phone.is_empty()));
        assert!(std::fs::metadata(&first.path).unwrap().permissions().readonly());
    }

    #[test]
    fn a_broken_release_file_is_reported_and_blocks_recording() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kongress.ron");
        let now = Utc.with_ymd_and_hms(2022, 9, 1, 8, 30, 0).unwrap();
        record(&path, &sample(), "Stand 1", "", now).unwrap();
        std::fs::write(folder(&path).join("002-kaputt.ron"), "(release: 1, label: ").unwrap();
        let listing = list(&path).unwrap();
        assert_eq!(listing.releases.len(), 1);
        assert_eq!(listing.broken.len(), 1);
        assert!(matches!(record(&path, &sample(), "Stand 2", "", now), Err(ReleaseError::BrokenFolder { .. })));
    }
}
