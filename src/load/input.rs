//! Reading inputs: files, folders and stdin, and turning their bytes into working text whose
//! byte offsets are the file's own.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Extensions picked up when walking a folder.
const ARTICLE_EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

/// How far into a file NUL bytes mark it as binary.
const BINARY_SNIFF_BYTES: usize = 8 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why one input could not be loaded (or loaded with a warning). Display is the reason only;
/// the path is reported beside it.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("no such file or folder")]
    Missing,
    #[error("permission denied")]
    PermissionDenied,
    #[error("could not read: {0}")]
    Io(#[source] io::Error),
    #[error("not a file or folder")]
    NotAFile,
    #[error("folder holds no articles (.txt, .md, .markdown, .html, .htm)")]
    EmptyFolder,
    #[error("binary file (NUL bytes near the start), not an article")]
    Binary,
    #[error("UTF-16 text is not supported; save the file as UTF-8")]
    Utf16,
    #[error("file is empty or holds only whitespace")]
    Empty,
    #[error("file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    #[error("no article text found")]
    NoText,
    #[error("invalid UTF-8: {count} byte(s) shown as '?'")]
    InvalidUtf8 { count: usize },
}

impl From<io::Error> for LoadError {
    fn from(error: io::Error) -> Self {
        match error.kind() {
            io::ErrorKind::NotFound => Self::Missing,
            io::ErrorKind::PermissionDenied => Self::PermissionDenied,
            _ => Self::Io(error),
        }
    }
}

/// One input's bytes, before parsing.
#[derive(Debug)]
pub struct Source {
    pub path: String,
    /// Lower-cased extension, if the input had one.
    pub extension: Option<String>,
    pub raw: Vec<u8>,
}

/// The bytes as text: same length as the raw bytes, so every offset is a file offset.
/// Invalid UTF-8 bytes become `?` and a BOM becomes spaces (skipped like any whitespace).
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// How many invalid bytes were replaced.
    pub invalid_bytes: usize,
}

/// An input found by [`gather`]: a file still to be read, or stdin already read (stdin is read
/// while gathering so that it is read once, in order).
#[derive(Debug)]
pub enum Pending {
    File(PathBuf),
    Read(Source),
}

impl Pending {
    /// Reads the input; a failure comes back with the path it concerns.
    pub fn read(self, max_bytes: u64) -> Result<Source, (String, LoadError)> {
        match self {
            Self::File(path) => {
                read_file(&path, max_bytes).map_err(|e| (path.display().to_string(), e))
            }
            Self::Read(source) => Ok(source),
        }
    }
}

/// Expands one given path into inputs (a folder into its article files, sorted by path).
/// Every failure comes back with the path it concerns. Files are read later, by
/// [`Pending::read`], so that reading can run in parallel.
pub fn gather(path: &Path, max_bytes: u64) -> Vec<Result<Pending, (String, LoadError)>> {
    let shown = path.display().to_string();
    if shown == "-" {
        return vec![
            read_stdin(max_bytes)
                .map(Pending::Read)
                .map_err(|e| (shown, e)),
        ];
    }
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => return vec![Err((shown, error.into()))],
    };
    if metadata.is_dir() {
        let mut files = Vec::new();
        let mut failures = Vec::new();
        walk(path, &mut files, &mut failures);
        files.sort();
        if files.is_empty() && failures.is_empty() {
            return vec![Err((shown, LoadError::EmptyFolder))];
        }
        let found = files.into_iter().map(|file| Ok(Pending::File(file)));
        return failures.into_iter().map(Err).chain(found).collect();
    }
    if !metadata.is_file() {
        return vec![Err((shown, LoadError::NotAFile))];
    }
    vec![Ok(Pending::File(path.to_path_buf()))]
}

/// Collects article files under `dir`. Symlinked folders are not followed (no loops).
fn walk(dir: &Path, files: &mut Vec<PathBuf>, failures: &mut Vec<(String, LoadError)>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            failures.push((dir.display().to_string(), error.into()));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                failures.push((dir.display().to_string(), error.into()));
                continue;
            }
        };
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            walk(&path, files, failures);
        } else if has_article_extension(&path)
            // the entry's type says a regular file without a `stat`; only a link is followed
            && (file_type.is_file() || (file_type.is_symlink() && path.is_file()))
        {
            files.push(path);
        }
    }
}

fn has_article_extension(path: &Path) -> bool {
    extension_of(path).is_some_and(|ext| ARTICLE_EXTENSIONS.contains(&ext.as_str()))
}

fn extension_of(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|ext| ext.to_str())
        .map(str::to_ascii_lowercase)
}

fn read_file(path: &Path, max_bytes: u64) -> Result<Source, LoadError> {
    // The size comes from the open file (one path lookup rather than two, per file of a
    // folder); a file that cannot be opened is looked up by path, so that a file both too
    // large and unreadable is still reported too large.
    let file = File::open(path).map_err(|error| match fs::metadata(path) {
        Ok(metadata) => too_large(metadata.len(), max_bytes).unwrap_or(error.into()),
        Err(error) => error.into(),
    })?;
    // Size is checked before reading so a huge file is never pulled into memory.
    let size = file.metadata()?.len();
    if let Some(error) = too_large(size, max_bytes) {
        return Err(error);
    }
    let raw = read_limited(file, max_bytes, size)?;
    Ok(Source {
        path: path.display().to_string(),
        extension: extension_of(path),
        raw,
    })
}

fn too_large(size: u64, limit: u64) -> Option<LoadError> {
    (size > limit).then_some(LoadError::TooLarge { size, limit })
}

fn read_stdin(max_bytes: u64) -> Result<Source, LoadError> {
    let raw = read_limited(io::stdin().lock(), max_bytes, 0)?;
    Ok(Source {
        path: "-".to_owned(),
        extension: None,
        raw,
    })
}

/// Reads at most `max_bytes` (a file may grow after its size was checked; stdin has no size).
/// `expected` (the size on disk) sizes the buffer: the bytes are kept with the article, and a
/// buffer grown by doubling would hold up to twice their size for as long.
fn read_limited(reader: impl Read, max_bytes: u64, expected: u64) -> Result<Vec<u8>, LoadError> {
    let mut raw = Vec::with_capacity(usize::try_from(expected.min(max_bytes)).unwrap_or(0));
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut raw)?;
    match too_large(raw.len() as u64, max_bytes) {
        Some(error) => Err(error),
        None => Ok(raw),
    }
}

/// Refuses binary and empty inputs, and decodes the rest.
pub fn decode(raw: &[u8]) -> Result<Decoded, LoadError> {
    if raw.starts_with(b"\xFF\xFE") || raw.starts_with(b"\xFE\xFF") {
        return Err(LoadError::Utf16);
    }
    if raw[..raw.len().min(BINARY_SNIFF_BYTES)].contains(&0) {
        return Err(LoadError::Binary);
    }
    let mut text = String::with_capacity(raw.len());
    let mut invalid_bytes = 0;
    let body = match raw.strip_prefix(BOM) {
        Some(rest) => {
            text.push_str("   ");
            rest
        }
        None => raw,
    };
    // Nearly every file is valid throughout, which the whole-file check confirms fastest.
    match std::str::from_utf8(body) {
        Ok(valid) => text.push_str(valid),
        Err(_) => {
            for chunk in body.utf8_chunks() {
                text.push_str(chunk.valid());
                let invalid = chunk.invalid().len();
                invalid_bytes += invalid;
                text.extend(std::iter::repeat_n('?', invalid));
            }
        }
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    debug_assert_eq!(text.len(), raw.len());
    Ok(Decoded {
        text,
        invalid_bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_folder_gives_its_files_and_links_to_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let at = |name: &str| dir.path().join(name);
        fs::write(at("a.txt"), "A").unwrap();
        fs::create_dir(at("sub")).unwrap();
        fs::write(at("sub/b.md"), "B").unwrap();
        fs::write(at("notes.csv"), "C").unwrap();
        std::os::unix::fs::symlink(at("a.txt"), at("link.txt")).unwrap();
        std::os::unix::fs::symlink(at("sub"), at("folder.txt")).unwrap();
        std::os::unix::fs::symlink(at("gone.txt"), at("dangling.txt")).unwrap();
        let found: Vec<String> = gather(dir.path(), 1000)
            .into_iter()
            .map(|pending| match pending {
                Ok(Pending::File(path)) => {
                    path.strip_prefix(dir.path()).unwrap().display().to_string()
                }
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(found, ["a.txt", "link.txt", "sub/b.md"]);
    }

    #[test]
    fn a_file_over_the_limit_is_refused_and_a_missing_one_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        fs::write(&path, "x".repeat(11)).unwrap();
        assert!(matches!(
            read_file(&path, 10),
            Err(LoadError::TooLarge {
                size: 11,
                limit: 10
            })
        ));
        assert_eq!(read_file(&path, 11).unwrap().raw.len(), 11);
        assert!(matches!(
            read_file(&dir.path().join("none.txt"), 10),
            Err(LoadError::Missing)
        ));
    }

    #[test]
    fn invalid_bytes_keep_offsets() {
        let raw = b"ab\xFF\xFEcd\xC3\xA9";
        let decoded = decode(raw).unwrap();
        assert_eq!(decoded.text, "ab??cd\u{e9}");
        assert_eq!(decoded.text.len(), raw.len());
        assert_eq!(decoded.invalid_bytes, 2);
    }

    #[test]
    fn bom_becomes_whitespace() {
        let decoded = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(decoded.text, "   Hello");
    }

    #[test]
    fn nul_bytes_mean_binary_and_blank_means_empty() {
        assert!(matches!(decode(b"abc\0def"), Err(LoadError::Binary)));
        assert!(matches!(decode(b" \r\n\t "), Err(LoadError::Empty)));
        assert!(matches!(decode(b""), Err(LoadError::Empty)));
        assert!(matches!(decode(b"\xFF\xFEa\0b\0"), Err(LoadError::Utf16)));
    }
}
