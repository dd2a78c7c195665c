//! Writing exports without ever clobbering a user's file: the contents go to a temporary file
//! beside the destination, which is then moved into place in one step, so a reader never sees a
//! half-written export and an existing file is only replaced when the caller says so.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

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

/// Writes `contents` to `path` and returns the path written (absolute where it can be resolved).
/// An existing file is an [`ExportError::Exists`] unless `overwrite`.
pub fn write_new(path: &Path, contents: &str, overwrite: bool) -> Result<PathBuf, ExportError> {
    let Some(file_name) = path.file_name() else {
        return Err(ExportError::NoFileName {
            path: path.to_owned(),
        });
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    if !overwrite && fs::symlink_metadata(path).is_ok() {
        return Err(ExportError::Exists {
            path: path.to_owned(),
        });
    }
    let write_error = |source| ExportError::Write {
        path: path.to_owned(),
        source,
    };
    let (temp_path, mut temp) = create_temp_beside(&folder, file_name).map_err(write_error)?;
    let written = temp
        .write_all(contents.as_bytes())
        .and_then(|()| temp.sync_all())
        .and_then(|()| {
            drop(temp);
            move_into_place(&temp_path, path, overwrite)
        });
    if let Err(error) = written {
        let _ = fs::remove_file(&temp_path);
        return Err(match error.kind() {
            io::ErrorKind::AlreadyExists => ExportError::Exists {
                path: path.to_owned(),
            },
            _ => write_error(error),
        });
    }
    Ok(fs::canonicalize(path).unwrap_or_else(|_| path.to_owned()))
}

/// A new, uniquely named temporary file in `folder`; same folder so the final rename stays on one
/// file system and is atomic.
fn create_temp_beside(folder: &Path, file_name: &std::ffi::OsStr) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    loop {
        let attempt = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut name = std::ffi::OsString::from(".");
        name.push(file_name);
        name.push(format!(".{}.{attempt}.tmp", std::process::id()));
        let temp_path = folder.join(name);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp_path)
        {
            Ok(file) => return Ok((temp_path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Moves the finished temporary file to `path`. Without `overwrite` a hard link is made instead
/// of a rename, because linking fails on an existing name: a file that appeared since the check
/// above is still not clobbered.
fn move_into_place(temp_path: &Path, path: &Path, overwrite: bool) -> io::Result<()> {
    if overwrite {
        return fs::rename(temp_path, path);
    }
    match fs::hard_link(temp_path, path) {
        Ok(()) => fs::remove_file(temp_path),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // File systems without hard links: the existence check above is the best there is.
        Err(_) if fs::symlink_metadata(path).is_err() => fs::rename(temp_path, path),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
