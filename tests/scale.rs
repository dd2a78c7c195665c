//! Scale: the parallel pipeline gives the same document whatever the thread count, and the
//! generated corpus loads cleanly.

use claimdiff::extract::Lexicon;
use claimdiff::load::{self, LoadOptions, Loaded};
use claimdiff::model::ArticleId;
use claimdiff::{analyse, export};
use claimdiff_corpus as corpus;
use std::path::Path;

/// The full `extract --json` document for what `load` gives, on a pool of `threads` threads.
fn document(threads: usize, load: impl Fn() -> Loaded + Send + Sync) -> String {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        let loaded = load();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let mut json = Vec::new();
        export::write_json(&analyse(loaded, &Lexicon::bundled()).report, &mut json).unwrap();
        String::from_utf8(json).unwrap()
    })
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(dir.path(), 60, 3).unwrap();
    let paths = [dir.path().to_path_buf()];
    let generated = || load::load_paths(&paths, &LoadOptions::default());
    let one = document(1, generated);
    assert!(one.contains("\"id\": \"a60\""), "all articles loaded");
    assert!(one.contains("\"id\": \"c500\""), "claims found");
    assert_eq!(one, document(4, generated));
    assert_eq!(one, document(rayon::current_num_threads(), generated));

    let sample = document(1, load::load_sample);
    assert_eq!(sample, document(4, load::load_sample));
}

#[test]
fn inputs_keep_their_order_and_problems_their_place() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(&dir.path().join("b"), 8, 5).unwrap();
    // sorts between the generated 000004.* and 000005.*
    std::fs::write(dir.path().join("b/000004a.txt"), b"\0binary").unwrap();
    let missing = dir.path().join("missing.txt");
    let generated: Vec<_> = std::fs::read_dir(dir.path().join("b"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_stem().unwrap() == "000001")
        .collect();
    let paths = [dir.path().join("b"), missing.clone(), generated[0].clone()];
    let load = || load::load_paths(&paths, &LoadOptions::default());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap();
    let loaded = pool.install(load);
    let names: Vec<&str> = loaded
        .articles
        .iter()
        .map(|a| Path::new(&a.path).file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(names.len(), 9, "{names:?}");
    assert!(names[..8].windows(2).all(|w| w[0] < w[1]), "{names:?}");
    assert!(names[8].starts_with("000001."));
    let ids: Vec<ArticleId> = loaded.articles.iter().map(|a| a.id).collect();
    assert_eq!(ids, ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"]);
    let problems: Vec<&str> = loaded.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(problems.len(), 2);
    assert!(problems[0].ends_with("000004a.txt"));
    assert_eq!(problems[1], missing.display().to_string());
}
