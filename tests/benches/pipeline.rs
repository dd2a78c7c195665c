//! End-to-end throughput and peak memory: load → extract → compare over generated corpora of
//! 1,000 and 20,000 articles (about 5 MB and 100 MB), on one thread and on all cores.
//!
//! Run with `cargo bench --bench pipeline` (`-- 1000` runs one size only). `-- real` runs
//! instead over real article text: the dev set's and seeds' texts in `../shared`, repeated to
//! about 30 MB, on one thread (skipped, and said so, when `../shared` is not there). The corpus is
//! written to a temporary folder once per size. Every run is a child process of this binary,
//! so that its peak memory (VmHWM) is that of one load → extract → compare in a fresh process,
//! as a user's run is. Each (size, threads) pair runs three times; each stage's figure is the
//! best of the three, and so is the end-to-end figure (the best run's three stages).

#[path = "real_text.rs"]
mod real_text;

use claimdiff::compare::compare;
use claimdiff::extract::{Lexicon, extract};
use claimdiff::load::{DEFAULT_MAX_BYTES, LoadOptions, load_paths};
use claimdiff_corpus as corpus;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

const SIZES: [usize; 2] = [1_000, 20_000];
const RUNS: usize = 3;
const SEED: u64 = 2026;
/// Size of the real-text corpus: the shared texts repeated to about this many bytes.
const REAL_TEXT_BYTES: usize = 30_000_000;
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
    if args.iter().any(|a| a == "real") {
        real(all);
        return;
    }
    for articles in sizes {
        let dir = tempfile::tempdir().expect("temporary folder");
        let bytes = corpus::write(dir.path(), articles, SEED).expect("corpus written");
        println!(
            "corpus: {articles} articles, {:.1} MB (seed {SEED})",
            megabytes(bytes as usize)
        );
        for threads in [1, all] {
            let runs: Vec<Run> = (0..RUNS).map(|_| run_child(threads, dir.path())).collect();
            report(threads, &runs);
        }
    }
    println!("load average after: {}", load_average());
}

/// The shared real texts repeated to [`REAL_TEXT_BYTES`], on one thread and on all.
fn real(all: usize) {
    let texts = real_text::texts();
    if texts.is_empty() {
        println!("real text: ../shared/dev-set and ../shared/seeds not found; skipped");
        return;
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    let bytes = real_text::write(dir.path(), &texts, usize::MAX, REAL_TEXT_BYTES);
    println!(
        "real text: {} texts repeated to {:.1} MB",
        texts.len(),
        megabytes(bytes)
    );
    for threads in [1, all] {
        let runs: Vec<Run> = (0..RUNS).map(|_| run_child(threads, dir.path())).collect();
        report(threads, &runs);
    }
}

/// What one child run measured.
#[derive(Clone, Copy)]
struct Run {
    load: Duration,
    extract: Duration,
    compare: Duration,
    bytes: usize,
    articles: usize,
    claims: usize,
    comparisons: usize,
    /// Resident bytes before loading, after each stage, and at the peak.
    resident: [usize; 4],
    peak: usize,
}

impl Run {
    fn total(&self) -> Duration {
        self.load + self.extract + self.compare
    }

    /// One line of numbers, for the parent to read back.
    fn encode(&self) -> String {
        let [before, loaded, extracted, compared] = self.resident;
        format!(
            "{} {} {} {} {} {} {} {before} {loaded} {extracted} {compared} {}",
            self.load.as_nanos(),
            self.extract.as_nanos(),
            self.compare.as_nanos(),
            self.bytes,
            self.articles,
            self.claims,
            self.comparisons,
            self.peak
        )
    }

    fn decode(line: &str) -> Self {
        let n: Vec<u128> = line
            .split_whitespace()
            .map(|f| f.parse().expect("a number"))
            .collect();
        let nanos = |i: usize| Duration::from_nanos(u64::try_from(n[i]).expect("a short run"));
        let size = |i: usize| usize::try_from(n[i]).expect("a size");
        Self {
            load: nanos(0),
            extract: nanos(1),
            compare: nanos(2),
            bytes: size(3),
            articles: size(4),
            claims: size(5),
            comparisons: size(6),
            resident: [size(7), size(8), size(9), size(10)],
            peak: size(11),
        }
    }
}

fn run_child(threads: usize, dir: &Path) -> Run {
    let output = Command::new(std::env::current_exe().expect("own path"))
        .arg(CHILD)
        .arg(threads.to_string())
        .arg(dir)
        .output()
        .expect("child runs");
    assert!(
        output.status.success(),
        "child for {threads} thread(s) failed"
    );
    Run::decode(&String::from_utf8_lossy(&output.stdout))
}

fn child(threads: usize, dir: &Path) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let lexicon = Lexicon::bundled();
    // pages are read with the lexicon's own furniture vocabulary, as the binary reads them
    // (`LoadOptions::default()` would compile the bundled one a second time)
    let options = LoadOptions {
        max_bytes: DEFAULT_MAX_BYTES,
        furniture: Arc::clone(&lexicon.furniture),
    };
    let paths = [PathBuf::from(dir)];
    let before = memory_bytes("VmRSS:");
    let run = pool.install(|| {
        let started = Instant::now();
        let loaded = load_paths(&paths, &options);
        let load = started.elapsed();
        let after_load = memory_bytes("VmRSS:");
        let started = Instant::now();
        let claims = extract(&loaded.articles, &lexicon).claims;
        let extract = started.elapsed();
        let after_extract = memory_bytes("VmRSS:");
        let started = Instant::now();
        let comparisons = compare(&loaded.articles, &claims);
        let compare = started.elapsed();
        Run {
            load,
            extract,
            compare,
            bytes: loaded.articles.iter().map(|a| a.raw().len()).sum(),
            articles: loaded.articles.len(),
            claims: claims.len(),
            comparisons: comparisons.len(),
            resident: [before, after_load, after_extract, memory_bytes("VmRSS:")],
            peak: memory_bytes("VmHWM:"),
        }
    });
    println!("{}", run.encode());
}

fn report(threads: usize, runs: &[Run]) {
    let best = |stage: fn(&Run) -> Duration| runs.iter().map(stage).min().unwrap_or_default();
    let first = runs[0];
    let rate = |time: Duration| megabytes(first.bytes) / time.as_secs_f64();
    let end_to_end = best(Run::total);
    let peak = runs.iter().map(|r| r.peak).max().unwrap_or(0);
    let [before, loaded, extracted, compared] = first.resident;
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
        "             peak memory {:.0} MB = {:.2}x the corpus ({:.2}x above the {:.0} MB resident before loading; resident {:.0} MB after loading, {:.0} MB after extraction, {:.0} MB after comparison) | {} articles, {} claims, {} comparisons",
        megabytes(peak),
        peak as f64 / first.bytes as f64,
        peak.saturating_sub(before) as f64 / first.bytes as f64,
        megabytes(before),
        megabytes(loaded),
        megabytes(extracted),
        megabytes(compared),
        first.articles,
        first.claims,
        first.comparisons,
    );
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
