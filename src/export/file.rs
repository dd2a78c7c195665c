//! Writing exports without ever clobbering a user's file: the contents go to a temporary file
//! beside the destination, which is then moved into place in one step, so a reader never sees a
//! half-written export and an existing file is only replaced when the caller says so.
//!
//! `tempfile` does the temporary file and the move (`persist_noclobber` links or renames with
//! no-replace, so a file that appears between our check and the move is still not clobbered).
//! The temporary name is short and fixed in length, so any name valid for the destination
//! works, however long, and a leftover after a crash is recognisably ours.

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
    let write_error = |source| ExportError::Write {
        path: path.to_owned(),
        source,
    };
    // Same folder as the destination, so the move stays on one file system and is atomic.
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(write_error)?;
    temp.write_all(contents.as_ref())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(write_error)?;
    let moved = if overwrite {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    // On failure the temporary file is removed when the returned handle drops.
    if let Err(failed) = moved {
        return Err(match failed.error.kind() {
            io::ErrorKind::AlreadyExists => ExportError::Exists {
                path: path.to_owned(),
            },
            _ => write_error(failed.error),
        });
    }
    Ok(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()))
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
