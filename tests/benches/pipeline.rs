//! End-to-end throughput and peak memory: load → extract → compare over generated corpora of
//! 1,000 and 20,000 articles (about 5 MB and 100 MB), on one thread and on all cores.
//!
//! Run with `cargo bench --bench pipeline` (`-- 1000` runs one size only). The corpus is
//! written to a temporary folder once per size; each (size, threads) pair then runs in a child
//! process of this binary, so that each peak memory (VmHWM) is its own. Each stage's figure is
//! the best of three runs, and so is the end-to-end figure (the best run's three stages).

use claimdiff::compare::compare;
use claimdiff::corpus;
use claimdiff::extract::{Lexicon, extract};
use claimdiff::load::{LoadOptions, load_paths};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const SIZES: [usize; 2] = [1_000, 20_000];
const RUNS: usize = 3;
const SEED: u64 = 2026;
const CHILD: &str = "--child";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == CHILD) {
        let threads = args[at + 1].parse().expect("thread count");
        child(threads, Path::new(&args[at + 2]));
        return;
    }
    // cargo passes `--bench`; numbers choose sizes
    let mut sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = SIZES.to_vec();
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let all = rayon::current_num_threads();
    println!(
        "pipeline: {cores} cores, rayon threads {all}, load average {}",
        load_average()
    );
    for articles in sizes {
        let dir = tempfile::tempdir().expect("temporary folder");
        let bytes = corpus::write(dir.path(), articles, SEED).expect("corpus written");
        println!(
            "corpus: {articles} articles, {:.1} MB (seed {SEED})",
            megabytes(bytes as usize)
        );
        for threads in [1, all] {
            let status = Command::new(std::env::current_exe().expect("own path"))
                .arg(CHILD)
                .arg(threads.to_string())
                .arg(dir.path())
                .status()
                .expect("child runs");
            assert!(status.success(), "child for {threads} thread(s) failed");
        }
    }
    println!("load average after: {}", load_average());
}

#[derive(Clone, Copy)]
struct Run {
    load: Duration,
    extract: Duration,
    compare: Duration,
}

impl Run {
    fn total(&self) -> Duration {
        self.load + self.extract + self.compare
    }
}

fn child(threads: usize, dir: &Path) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let lexicon = Lexicon::bundled();
    let paths = [PathBuf::from(dir)];
    let before = memory_bytes("VmRSS:");
    pool.install(|| {
        let mut resident = Vec::new();
        let mut runs = Vec::new();
        let mut counts = (0, 0, 0, 0);
        for _ in 0..RUNS {
            let started = Instant::now();
            let loaded = load_paths(&paths, &LoadOptions::default());
            let load = started.elapsed();
            let after_load = memory_bytes("VmRSS:");
            let started = Instant::now();
            let claims = extract(&loaded.articles, &lexicon);
            let extract = started.elapsed();
            let after_extract = memory_bytes("VmRSS:");
            let started = Instant::now();
            let comparisons = compare(&loaded.articles, &claims);
            let compare = started.elapsed();
            if resident.is_empty() {
                resident = vec![after_load, after_extract, memory_bytes("VmRSS:")];
            }
            let bytes = loaded.articles.iter().map(|a| a.raw.len()).sum::<usize>();
            counts = (
                bytes,
                loaded.articles.len(),
                claims.len(),
                comparisons.len(),
            );
            runs.push(Run {
                load,
                extract,
                compare,
            });
        }
        let (bytes, articles, claims, comparisons) = counts;
        let best = |stage: fn(&Run) -> Duration| runs.iter().map(stage).min().unwrap_or_default();
        let rate = |time: Duration| megabytes(bytes) / time.as_secs_f64();
        let end_to_end = best(Run::total);
        let peak = memory_bytes("VmHWM:");
        println!(
            "  {threads} thread(s): load {:.1} MB/s | extract {:.1} MB/s | compare {:.1} MB/s | end to end {:.1} MB/s ({:.2} s, {:.1} MB/s per thread)",
            rate(best(|r| r.load)),
            rate(best(|r| r.extract)),
            rate(best(|r| r.compare)),
            rate(end_to_end),
            end_to_end.as_secs_f64(),
            rate(end_to_end) / threads as f64,
        );
        println!(
            "             peak memory {:.0} MB = {:.2}x the corpus (resident: {:.0} MB before loading, {:.0} MB after loading, {:.0} MB after extraction, {:.0} MB after comparison) | {articles} articles, {claims} claims, {comparisons} comparisons",
            megabytes(peak),
            peak as f64 / bytes as f64,
            megabytes(before),
            megabytes(resident[0]),
            megabytes(resident[1]),
            megabytes(resident[2]),
        );
    });
}

fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// A memory figure of this process from /proc/self/status ("VmHWM:" is the peak resident
/// size), 0 where /proc is not available.
fn memory_bytes(field: &str) -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with(field))?;
            let kilobytes: usize = line.split_whitespace().nth(1)?.parse().ok()?;
            Some(kilobytes * 1024)
        })
        .unwrap_or(0)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_owned())
}
