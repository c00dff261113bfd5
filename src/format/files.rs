//! The file system edge of every command and dialog: reading an input (only a regular file, at most
//! [`MAX_INPUT_BYTES`]; a FIFO would block for ever and a device behind a link would never end), writing
//! atomically (through a link to its target, only over a regular file, never over a read-only one unasked,
//! temporary files of killed saves cleared away), and telling whether two paths are the same file (no
//! export over its own input).

use std::fs::File;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use super::SaveError;

/// The largest input Podium reads: 1 GB.
pub const MAX_INPUT_BYTES: u64 = 1 << 30;

/// Why a file is refused before it is read or replaced; carried inside an `io::Error` (kind `InvalidInput`) so
/// that load and import errors keep their shape; `i18n::io_reason` words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InputRefusal {
    /// A folder, FIFO, socket or device.
    #[error("not a regular file")]
    NotRegular,
    /// Larger than [`MAX_INPUT_BYTES`].
    #[error("larger than 1 GB")]
    TooLarge,
    /// Symbolic links that lead back to themselves.
    #[error("the symbolic links form a loop")]
    LinkLoop,
}

impl InputRefusal {
    /// The refusal inside an I/O error, if it is one.
    pub fn of(e: &std::io::Error) -> Option<Self> {
        e.get_ref().and_then(|inner| inner.downcast_ref::<Self>()).copied()
    }
}

fn refused(why: InputRefusal) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, why)
}

/// Reads an input file whole: a regular file (links followed) of at most [`MAX_INPUT_BYTES`].
pub fn read_input(path: &Path) -> std::io::Result<Vec<u8>> {
    // `metadata` follows links and never opens the file, so a FIFO is refused before it could block.
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(std::io::ErrorKind::IsADirectory.into());
    }
    if !meta.is_file() {
        return Err(refused(InputRefusal::NotRegular));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(refused(InputRefusal::TooLarge));
    }
    let file = File::open(path)?;
    // The file may have been swapped or grown since: check again what was opened, and read no more than
    // the limit allows.
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(refused(InputRefusal::NotRegular));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(refused(InputRefusal::TooLarge));
    }
    Ok(bytes)
}

/// Whether two paths name the same existing file (through links, `..` or hard links alike).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        x.dev() == y.dev() && x.ino() == y.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (x, y);
        matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(p), Ok(q)) if p == q)
    }
}

/// The file a path finally names: links followed (also a dangling one, whose target is then made), at
/// most 40 hops as the kernel allows; more is a loop.
fn link_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..40 {
        let is_link = std::fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        let Some(target) = is_link.then(|| std::fs::read_link(&current).ok()).flatten() else { return Ok(current) };
        current = match current.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    Err(refused(InputRefusal::LinkLoop))
}

/// How [`write_atomic_with`] treats an existing read-only file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ReadOnly {
    /// Refuse with [`SaveError::ReadOnly`] (commands; a dialog asks first).
    #[default]
    Refuse,
    /// The user agreed: replace it (it stays read-only).
    Replace,
}

const TMP_PREFIX: &str = ".podium-";
const TMP_SUFFIX: &str = ".tmp";

/// Writes bytes to `path` atomically: a temporary file in the folder of the file it names (a link is
/// followed and stays a link), fsync, rename. A read-only file is refused. On any failure the previous
/// file is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomic_with(path, bytes, ReadOnly::Refuse)
}

/// [`write_atomic`], saying what to do with a read-only file.
pub fn write_atomic_with(path: &Path, bytes: &[u8], read_only: ReadOnly) -> Result<(), SaveError> {
    let io = |source| SaveError::Io { source, path: path.to_owned() };
    let target = link_target(path).map_err(io)?;
    // Only a regular file is replaced: a rename over a device or a FIFO would put a file in its place.
    match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => return Err(io(std::io::ErrorKind::IsADirectory.into())),
        Ok(m) if !m.is_file() => return Err(io(refused(InputRefusal::NotRegular))),
        _ => {}
    }
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    // A temporary file is private (0600) by default; the saved file must be as readable as any other file
    // the user makes (colleagues open it from a shared folder), and an existing file keeps its permissions.
    let existing = std::fs::metadata(&target).ok().map(|m| m.permissions());
    if read_only == ReadOnly::Refuse && existing.as_ref().is_some_and(std::fs::Permissions::readonly) {
        return Err(SaveError::ReadOnly { path: path.to_owned() });
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(&dir).map_err(io)?;
    // Held until the rename: a lock nobody holds marks a temporary file whose save was killed. A file
    // system without locks still saves; there, leftovers of killed saves are not recognised and stay.
    tmp.as_file().lock().ok();
    remove_stale_temporaries(&dir, tmp.path());
    if let Some(permissions) = existing {
        tmp.as_file().set_permissions(permissions).map_err(io)?;
    }
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(&target).map_err(|e| io(e.error))?;
    // Make the rename itself durable where the platform allows opening a folder.
    if let Ok(folder) = File::open(&dir) {
        folder.sync_all().ok();
    }
    Ok(())
}

/// Writes a new file atomically and never over an existing one (temporary file, fsync, rename that
/// fails when `path` exists), then makes it read-only: what releases are written with.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let io = |source| SaveError::Io { source, path: path.to_owned() };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o444));
    let mut tmp = builder.tempfile_in(&dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist_noclobber(path).map_err(|e| io(e.error))?;
    if let Ok(folder) = File::open(&dir) {
        folder.sync_all().ok();
    }
    Ok(())
}

/// Removes the temporary files that killed saves left in `dir`: ours by name, locked by no one, and not
/// one that another save has just made and not locked yet (empty and less than two seconds old).
fn remove_stale_temporaries(dir: &Path, own: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let path = entry.path();
        if !name.starts_with(TMP_PREFIX) || !name.ends_with(TMP_SUFFIX) || path == own {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let young = meta.modified().ok().and_then(|m| m.elapsed().ok()).is_none_or(|age| age.as_secs() < 2);
        if !meta.is_file() || (meta.len() == 0 && young) {
            continue;
        }
        let Ok(file) = File::open(&path) else { continue };
        if file.try_lock().is_ok() {
            std::fs::remove_file(&path).ok();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn saved_files_get_the_usual_permissions_and_keep_existing_ones() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // What any program makes under this process's umask.
        let reference = dir.path().join("reference");
        File::create(&reference).unwrap();
        let new = dir.path().join("new.ron");
        write_atomic(&new, b"x").unwrap();
        assert_eq!(mode(&new), mode(&reference), "not private like a temporary file");
        let existing = dir.path().join("existing.ron");
        std::fs::write(&existing, b"old").unwrap();
        std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&existing, b"new").unwrap();
        assert_eq!(mode(&existing), 0o640);
        assert_eq!(std::fs::read(&existing).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_saved_through_to_its_target_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("real")).unwrap();
        let target = dir.path().join("real/p.ron");
        std::fs::write(&target, b"old").unwrap();
        let link = dir.path().join("p.ron");
        std::os::unix::fs::symlink("real/p.ron", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(dir.path().join("real")).unwrap().count(), 1, "no temporary file left");
    }

    #[cfg(unix)]
    #[test]
    fn only_a_regular_file_is_replaced_and_a_link_loop_is_an_error() {
        use std::os::unix::fs::FileTypeExt as _;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("out.csv");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let Err(SaveError::Io { source, .. }) = write_atomic(&fifo, b"x") else { panic!("a FIFO was replaced") };
        assert_eq!(InputRefusal::of(&source), Some(InputRefusal::NotRegular));
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "still a FIFO");
        let link = dir.path().join("null.csv");
        std::os::unix::fs::symlink("/dev/null", &link).unwrap();
        assert!(write_atomic(&link, b"x").is_err());
        assert!(std::fs::symlink_metadata("/dev/null").unwrap().file_type().is_char_device());
        let (a, b) = (dir.path().join("a.ics"), dir.path().join("b.ics"));
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        assert!(write_atomic(&a, b"x").is_err(), "a loop of links");
        assert!(std::fs::symlink_metadata(&a).unwrap().file_type().is_symlink(), "the link stays");
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_file_is_refused_unless_the_user_agreed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert!(matches!(write_atomic(&path, b"new"), Err(SaveError::ReadOnly { .. })));
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        write_atomic_with(&path, b"new", ReadOnly::Replace).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert!(std::fs::metadata(&path).unwrap().permissions().readonly(), "stays read-only");
    }

    #[test]
    fn temporaries_of_killed_saves_go_and_a_held_one_stays() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".podium-dead01.tmp");
        std::fs::write(&stale, vec![b'x'; 1000]).unwrap();
        let held = dir.path().join(".podium-alive1.tmp");
        std::fs::write(&held, b"partial").unwrap();
        let holder = File::open(&held).unwrap();
        holder.lock().unwrap();
        let other = dir.path().join(".other.tmp");
        std::fs::write(&other, b"not ours").unwrap();
        write_atomic(&dir.path().join("p.ron"), b"new").unwrap();
        assert!(!stale.exists(), "the killed save's temporary file is removed");
        assert!(held.exists(), "a save under way keeps its file");
        assert!(other.exists());
        drop(holder);
    }

    #[cfg(unix)]
    #[test]
    fn inputs_that_are_not_regular_files_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.ron");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let e = read_input(&fifo).unwrap_err();
        assert_eq!(InputRefusal::of(&e), Some(InputRefusal::NotRegular));
        let link = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert_eq!(InputRefusal::of(&read_input(&link).unwrap_err()), Some(InputRefusal::NotRegular));
        assert_eq!(read_input(dir.path()).unwrap_err().kind(), std::io::ErrorKind::IsADirectory);
    }

    #[test]
    fn an_input_over_one_gigabyte_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.ron");
        // Sparse: no gigabyte is written to the disk.
        File::create(&big).unwrap().set_len(MAX_INPUT_BYTES + 1).unwrap();
        assert_eq!(InputRefusal::of(&read_input(&big).unwrap_err()), Some(InputRefusal::TooLarge));
    }

    #[test]
    fn same_file_sees_through_links_and_dots() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.ron");
        std::fs::write(&a, b"x").unwrap();
        assert!(same_file(&a, &dir.path().join(".").join("a.ron")));
        #[cfg(unix)]
        {
            let link = dir.path().join("l.ron");
            std::os::unix::fs::symlink(&a, &link).unwrap();
            assert!(same_file(&a, &link));
        }
        assert!(!same_file(&a, &dir.path().join("missing.ron")));
    }
}
