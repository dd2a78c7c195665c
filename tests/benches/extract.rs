//! Extraction throughput on one core over a generated corpus of about 55 MB.
//! Run with `cargo bench --bench extract`. Loading (untimed) uses all cores; extraction runs in
//! a one-thread pool, best of three.

use claimdiff::extract::{Lexicon, extract};
use claimdiff::load::{LoadOptions, load_paths};
use claimdiff_corpus as corpus;
use std::time::{Duration, Instant};

const ARTICLES: usize = 10_000;
const RUNS: usize = 3;
const SEED: u64 = 7;

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    corpus::write(dir.path(), ARTICLES, SEED).expect("corpus written");
    let loaded = load_paths(&[dir.path().to_path_buf()], &LoadOptions::default());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let bytes = loaded.articles.iter().map(|a| a.raw().len()).sum::<usize>();
    let lexicon = Lexicon::bundled();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("thread pool");
    let mut best = Duration::MAX;
    let mut claims = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        claims = pool.install(|| extract(&loaded.articles, &lexicon).claims.len());
        best = best.min(started.elapsed());
    }
    let megabytes = bytes as f64 / 1e6;
    println!(
        "extract: {ARTICLES} articles, {megabytes:.1} MB, {claims} claims: best of {RUNS} {:.2} s = {:.1} MB/s on one core (load average {})",
        best.as_secs_f64(),
        megabytes / best.as_secs_f64(),
        std::fs::read_to_string("/proc/loadavg")
            .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
            .unwrap_or_default(),
    );
}
