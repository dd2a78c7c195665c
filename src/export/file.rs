//! Writing exports without ever clobbering a user's file: the contents go to a temporary file
//! beside the destination, which is then moved into place in one step, so a reader never sees a
//! half-written export and an existing file is only replaced when the caller says so.
//!
//! On Linux the contents go to an unnamed file (`O_TMPFILE`, which `tempfile::tempfile_in`
//! uses), so a kill at any moment of the write leaves nothing behind; `linkat` then names it,
//! and never over an existing file. `tempfile` offers no way to name an unnamed file, hence
//! the one call through `rustix` (already in the tree under `tempfile`).
//!
//! Elsewhere, or on a file system without unnamed files, `tempfile` writes a named temporary
//! file and moves it (`persist_noclobber` links or renames with no-replace, so a file that
//! appears between our check and the move is still not clobbered). The temporary name is short
//! and fixed in length, so any name valid for the destination works, however long, and a
//! leftover after a crash is recognisably ours.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{} already exists", path.display())]
    Exists { path: PathBuf },
    #[error("{} has no file name", path.display())]
    NoFileName { path: PathBuf },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// Prefix of the temporary file an export is written to before it is moved into place.
const TEMP_PREFIX: &str = ".claimdiff-";

/// Writes `contents` to `path` and returns the path written (absolute where it can be resolved).
/// An existing file is an [`ExportError::Exists`] unless `overwrite`.
pub fn write_new(
    path: &Path,
    contents: impl AsRef<[u8]>,
    overwrite: bool,
) -> Result<PathBuf, ExportError> {
    if path.file_name().is_none() {
        return Err(ExportError::NoFileName {
            path: path.to_owned(),
        });
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !overwrite && std::fs::symlink_metadata(path).is_ok() {
        return Err(ExportError::Exists {
            path: path.to_owned(),
        });
    }
    let failed = |error: io::Error| match error.kind() {
        io::ErrorKind::AlreadyExists => ExportError::Exists {
            path: path.to_owned(),
        },
        _ => ExportError::Write {
            path: path.to_owned(),
            source: error,
        },
    };
    #[cfg(target_os = "linux")]
    let written = match unnamed::write(folder, path, contents.as_ref(), overwrite) {
        Some(done) => done,
        None => write_named(folder, path, contents.as_ref(), overwrite),
    };
    #[cfg(not(target_os = "linux"))]
    let written = write_named(folder, path, contents.as_ref(), overwrite);
    written.map_err(failed)?;
    Ok(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()))
}

/// A temporary file builder beside the destination (one file system, so the move is atomic).
fn temporary() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(".tmp");
    builder
}

/// Writes through a named temporary file in `folder`, then moves it to `path`.
fn write_named(folder: &Path, path: &Path, contents: &[u8], overwrite: bool) -> io::Result<()> {
    let mut temp = temporary().tempfile_in(folder)?;
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    // On failure the temporary file is removed when the returned handle drops.
    let moved = if overwrite {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    moved.map(drop).map_err(|failed| failed.error)
}

#[cfg(target_os = "linux")]
mod unnamed {
    use super::temporary;
    use rustix::fs::{AtFlags, CWD, linkat};
    use std::fs::File;
    use std::io::{self, Write};
    use std::os::fd::AsRawFd;
    use std::path::Path;

    /// An unnamed file in `folder`, invisible until named, with `contents`; `None` when the
    /// folder's file system has no unnamed files (then `tempfile` falls back to a named file
    /// it unlinks at once, which can no longer be named).
    pub(super) fn file_with(folder: &Path, contents: &[u8]) -> io::Result<File> {
        let mut file = tempfile::tempfile_in(folder)?;
        file.write_all(contents)?;
        file.sync_all()?;
        Ok(file)
    }

    /// Gives `file` the name `path`; never replaces a file.
    pub(super) fn name(file: &File, path: &Path) -> io::Result<()> {
        let own = format!("/proc/self/fd/{}", file.as_raw_fd());
        linkat(CWD, own.as_str(), CWD, path, AtFlags::SYMLINK_FOLLOW).map_err(io::Error::from)
    }

    /// Writes `contents` to `path` through an unnamed file; `None` when that cannot be done
    /// here (no unnamed files, no `/proc`), for the caller to write through a named one.
    pub(super) fn write(
        folder: &Path,
        path: &Path,
        contents: &[u8],
        overwrite: bool,
    ) -> Option<io::Result<()>> {
        let file = match file_with(folder, contents) {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Some(Err(error)),
            Err(_) => return None,
        };
        let named = if overwrite {
            // named beside the destination for an instant, then moved over it
            temporary()
                .make_in(folder, |temp| name(&file, temp))
                .and_then(|temp| temp.persist(path).map_err(|failed| failed.error))
        } else {
            name(&file, path)
        };
        match named {
            Ok(()) => Some(Ok(())),
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(error) => Some(Err(error)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn leftovers(folder: &Path) -> Vec<String> {
        fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn writes_a_new_file_and_returns_its_absolute_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.md");
        let written = write_new(&path, "# Hello\n", false).unwrap();
        assert!(written.is_absolute());
        assert_eq!(written, fs::canonicalize(&path).unwrap());
        assert_eq!(fs::read_to_string(&path).unwrap(), "# Hello\n");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn refuses_an_existing_file_unless_told_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.md");
        fs::write(&path, "keep me").unwrap();
        let error = write_new(&path, "new", false).unwrap_err();
        assert!(matches!(error, ExportError::Exists { .. }), "{error}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "keep me");
        write_new(&path, "new", true).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_missing_folder_is_a_clear_write_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/folder/out.md");
        let error = write_new(&path, "x", false).unwrap_err();
        assert!(matches!(error, ExportError::Write { .. }));
        let message = error.to_string();
        assert!(message.contains("cannot write"), "{message}");
        assert!(message.contains("out.md"), "{message}");
    }

    #[test]
    fn a_destination_under_a_file_is_a_write_error() {
        // Unwritable even for root, unlike a read-only folder.
        let dir = tempfile::tempdir().unwrap();
        let not_a_folder = dir.path().join("plain.txt");
        fs::write(&not_a_folder, "x").unwrap();
        let error = write_new(&not_a_folder.join("out.md"), "x", true).unwrap_err();
        assert!(matches!(error, ExportError::Write { .. }), "{error}");
    }

    #[test]
    fn a_path_without_a_file_name_is_refused() {
        let error = write_new(Path::new("/"), "x", true).unwrap_err();
        assert!(matches!(error, ExportError::NoFileName { .. }));
    }

    #[test]
    fn the_longest_valid_file_name_can_be_written() {
        // The old temporary name added the name itself plus a pid, passing 255 bytes.
        let dir = tempfile::tempdir().unwrap();
        for length in [248, 255] {
            let path = dir.path().join("x".repeat(length));
            write_new(&path, "long", false).unwrap();
            assert_eq!(fs::read_to_string(&path).unwrap(), "long");
        }
        assert!(leftovers(dir.path()).is_empty());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_contents_are_written_where_no_name_shows_them() {
        // A kill during the write (SIGKILL cannot be caught) leaves nothing behind.
        let dir = tempfile::tempdir().unwrap();
        let file = unnamed::file_with(dir.path(), b"contents").unwrap();
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        let path = dir.path().join("out.md");
        unnamed::name(&file, &path).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "contents");
        let again = unnamed::name(&file, &path).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
    }

    #[test]
    fn a_symlink_at_the_destination_is_neither_followed_nor_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.txt");
        fs::write(&target, "keep").unwrap();
        let path = dir.path().join("out.md");
        std::os::unix::fs::symlink(&target, &path).unwrap();
        let error = write_new(&path, "new", false).unwrap_err();
        assert!(matches!(error, ExportError::Exists { .. }), "{error}");
        assert_eq!(fs::read_to_string(&target).unwrap(), "keep");
        assert!(leftovers(dir.path()).is_empty());
    }
}
