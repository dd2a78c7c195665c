//! Real article text for the benches: the dev set's and the seeds' texts from `../shared`
//! (read only, never copied into the project), written as many article files to a folder.

use std::path::{Path, PathBuf};

/// The texts of `../shared/dev-set/*/*.txt` and `../shared/seeds/*`, or none when `../shared`
/// is not there.
pub fn texts() -> Vec<Vec<u8>> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut files: Vec<PathBuf> = Vec::new();
    let entries = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    for event in entries(&shared.join("dev-set")) {
        files.extend(
            entries(&event)
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    files.extend(entries(&shared.join("seeds")));
    files.sort();
    files.iter().filter_map(|f| std::fs::read(f).ok()).collect()
}

/// Writes the texts over and over as `NNNNN.txt` into `dir` until there are `articles` files
/// or `bytes` bytes, whichever comes first; the bytes written.
pub fn write(dir: &Path, texts: &[Vec<u8>], articles: usize, bytes: usize) -> usize {
    let mut written = 0;
    for (i, text) in texts.iter().cycle().take(articles).enumerate() {
        if written >= bytes {
            break;
        }
        std::fs::write(dir.join(format!("{i:05}.txt")), text).expect("article written");
        written += text.len();
    }
    written
}
