//! Loading articles: files, folders and stdin in plain text, markdown and HTML.
//! (Being built for issue 2.)

use crate::model::Article;
use std::path::PathBuf;

/// Limits and switches for loading.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Files larger than this are refused.
    pub max_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_bytes: 20 * 1024 * 1024,
        }
    }
}

/// Something that went wrong with one input; the others still load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// A warning still loaded the file (e.g. invalid UTF-8 decoded lossily); an error did not.
    pub fatal: bool,
}

/// What loading produced: the articles, and a problem line per input that failed or warned.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

/// Loads every input: files, folders (recursively) and `-` for stdin.
pub fn load_paths(_paths: &[PathBuf], _options: &LoadOptions) -> Loaded {
    Loaded::default()
}

/// Loads the bundled sample articles embedded in the binary.
pub fn load_sample() -> Loaded {
    Loaded::default()
}
