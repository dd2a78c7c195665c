//! Structure-aware fuzzing: inputs built from the lexicon's own words (token soup) and
//! mutations of real articles, in every format, through load → extract → compare → export.
//! Each input must not panic (an extraction problem counts as one), must keep every span inside
//! the file and on character boundaries, must give the same report twice, and must finish in a
//! time that grows linearly with its size (an input repeated four times may not cost much more
//! than four times as much).
//!
//! Arbitrary bytes rarely reach the rules (proptest on them never found the open-list panic);
//! sentences of number words, qualifiers, nouns and speech verbs do.
//!
//! `cargo test` runs a few seconds of it; run it for N minutes with
//! `CLAIMDIFF_FUZZ_MINUTES=N cargo test --release --test tests fuzz_for_minutes -- --ignored --nocapture`
//! (`CLAIMDIFF_FUZZ_SEED` replays a run). Failing inputs are written to `target/fuzz-findings/`.

use super::hostile::assert_spans_valid;
use claimdiff::export::{markdown, write_json};
use claimdiff::extract::Lexicon;
use claimdiff::load::{LoadOptions, load_paths};
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::bundled);

/// Punctuation, markup and layout the soup mixes in with the lexicon's words.
const GLUE: [&str; 34] = [
    ",", ".", ";", ":", "!", "?", "\"", "'", "“", "”", "‘", "’", "(", ")", "-", "—", "%", "\n",
    "\n\n", "\r\n", " ", "  ", "and", "or", "said", "# ", "- ", "<p>", "</p>", "---\n", "[", "](",
    "`", "&amp;",
];

/// Above this many bytes per second an input is too slow whatever its shape (a debug build on
/// a busy machine does several hundred kilobytes a second).
const MIN_BYTES_PER_SECOND: f64 = 20_000.0;
/// Time every input may take on top of its size (thread start, a busy machine).
const SLACK: Duration = Duration::from_millis(250);
/// An input repeated [`SCALE`] times may take at most this many times as long as the input
/// once (linear work gives `SCALE`; quadratic gives `SCALE²`), plus [`SLACK`].
const SCALE: usize = 4;
const MAX_SCALE_RATIO: f64 = 10.0;

/// What the fuzzer draws from: the lexicon's words and real article texts.
struct Material {
    words: Vec<String>,
    articles: Vec<Vec<u8>>,
}

impl Material {
    fn gather() -> Self {
        let toml: toml::Value = toml::from_str(include_str!("../assets/lexicon.toml"))
            .expect("the bundled lexicon parses");
        let mut words = Vec::new();
        collect_words(&toml, &mut words);
        words.sort();
        words.dedup();
        Self {
            words,
            articles: real_articles(),
        }
    }
}

/// Every key and string of the lexicon file: number words, qualifiers, nouns, verbs, cues.
fn collect_words(value: &toml::Value, words: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => words.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| collect_words(v, words)),
        toml::Value::Table(table) => {
            for (key, value) in table {
                words.push(key.replace('_', " "));
                collect_words(value, words);
            }
        }
        _ => {}
    }
}

/// The dev set's and the seeds' texts when `../shared` is there, else the bundled sample.
fn real_articles() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared");
    let mut files: Vec<PathBuf> = Vec::new();
    if let Ok(events) = std::fs::read_dir(shared.join("dev-set")) {
        for event in events.flatten() {
            if let Ok(texts) = std::fs::read_dir(event.path()) {
                files.extend(
                    texts
                        .flatten()
                        .map(|t| t.path())
                        .filter(|p| p.extension().is_some_and(|e| e == "txt")),
                );
            }
        }
    }
    if let Ok(seeds) = std::fs::read_dir(shared.join("seeds")) {
        files.extend(seeds.flatten().map(|s| s.path()));
    }
    if files.is_empty()
        && let Ok(sample) = std::fs::read_dir(root.join("assets/articles"))
    {
        files.extend(sample.flatten().map(|s| s.path()));
    }
    files.sort();
    files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .filter(|bytes| !bytes.is_empty())
        .collect()
}

fn pick<'a, T>(rng: &mut TestRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// A run of lexicon words, numbers and punctuation.
fn soup(rng: &mut TestRng, words: &[String]) -> String {
    let mut out = String::new();
    for _ in 0..rng.random_range(1..120) {
        match rng.random_range(0..10) {
            0..=4 => out.push_str(pick::<String>(rng, words)),
            5 | 6 => out.push_str(pick::<&str>(rng, &GLUE)),
            7 => out.push_str(&rng.random_range(0..100_000u32).to_string()),
            8 => out.push_str(&format!("{},{:03}", rng.random_range(1..999), 500)),
            _ => out.push_str(&rng.random_range(0..30u32).to_string()),
        }
        if rng.random_bool(0.8) {
            out.push(' ');
        }
    }
    out
}

/// A real article, cut and changed: ranges dropped, doubled or moved, soup and markup put in,
/// bytes cut mid-character.
fn mutation(rng: &mut TestRng, material: &Material) -> Vec<u8> {
    let source = pick(rng, &material.articles);
    let from = rng.random_range(0..source.len());
    let len = rng.random_range(1..=source.len() - from);
    let mut bytes = source[from..from + len].to_vec();
    for _ in 0..rng.random_range(1..8) {
        let at = rng.random_range(0..=bytes.len());
        let to = rng.random_range(at..=bytes.len().min(at + 400));
        match rng.random_range(0..6) {
            0 => {
                bytes.drain(at..to);
            }
            1 => {
                let copy = bytes[at..to].to_vec();
                bytes.splice(at..at, copy);
            }
            2 => {
                let words = soup(rng, &material.words);
                bytes.splice(at..at, words.into_bytes());
            }
            3 => {
                let glue = pick::<&str>(rng, &GLUE).as_bytes().to_vec();
                bytes.splice(at..at, glue);
            }
            4 => bytes.truncate(at),
            _ => {
                let moved: Vec<u8> = bytes.drain(at..to).collect();
                let to = rng.random_range(0..=bytes.len());
                bytes.splice(to..to, moved);
            }
        }
    }
    bytes
}

/// One generated input: its bytes and the extension it is loaded with.
struct Case {
    bytes: Vec<u8>,
    extension: &'static str,
}

fn case(rng: &mut TestRng, material: &Material) -> Case {
    let bytes = if rng.random_bool(0.5) || material.articles.is_empty() {
        let mut text = soup(rng, &material.words);
        // Sentences of soup under a headline, as an article would be.
        for _ in 0..rng.random_range(0..6) {
            text.push_str(if rng.random_bool(0.5) { ".\n\n" } else { ". " });
            text.push_str(&soup(rng, &material.words));
        }
        text.into_bytes()
    } else {
        mutation(rng, material)
    };
    Case {
        bytes,
        extension: pick::<&str>(rng, &["txt", "md", "html"]),
    }
}

/// Everything one run of the pipeline gives that must not change between runs.
fn pipeline(path: &Path) -> Result<String, String> {
    let loaded = load_paths(&[path.to_path_buf()], &LoadOptions::default());
    let analysis = claimdiff::analyse(loaded, &LEXICON);
    if let Some(problem) = analysis
        .problems
        .iter()
        .find(|p| p.message.contains("extraction failed"))
    {
        return Err(problem.message.clone());
    }
    let report = analysis.report;
    for article in &report.articles {
        assert_spans_valid(article, &report.claims);
    }
    let mut json = Vec::new();
    write_json(&report, &mut json).map_err(|e| e.to_string())?;
    let all: Vec<_> = report.comparisons.iter().collect();
    let exported = markdown::comparisons(&report, &all) + &markdown::summary(&report);
    Ok(String::from_utf8_lossy(&json).into_owned() + &exported)
}

/// The pipeline on `bytes`, timed; a panic anywhere is an error.
fn timed(dir: &Path, name: &str, bytes: &[u8]) -> (Result<String, String>, Duration) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("case written");
    let started = Instant::now();
    let outcome = std::panic::catch_unwind(|| pipeline(&path)).unwrap_or_else(|panic| {
        Err(panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "panic".to_owned()))
    });
    (outcome, started.elapsed())
}

fn time_bound(bytes: usize) -> Duration {
    SLACK + Duration::from_secs_f64(bytes as f64 / MIN_BYTES_PER_SECOND)
}

/// Runs one case; what went wrong with it, if anything.
fn check(dir: &Path, case: &Case, scale_check: bool) -> Option<String> {
    let name = format!("case.{}", case.extension);
    let (first, took) = timed(dir, &name, &case.bytes);
    let first = match first {
        Ok(report) => report,
        Err(error) => return Some(format!("failed: {error}")),
    };
    let (again, took_again) = timed(dir, &name, &case.bytes);
    match again {
        Ok(again) if again == first => {}
        Ok(_) => return Some("two runs gave different reports".to_owned()),
        Err(error) => return Some(format!("failed on the second run: {error}")),
    }
    // An input is slow when both runs are: a one-off pause belongs to the process, not the
    // input (growing the interned-text table past 3.6 million entries once takes 0.7 s).
    let once = took.min(took_again);
    if once > time_bound(case.bytes.len()) {
        return Some(format!("slow: {once:?} for {} bytes", case.bytes.len()));
    }
    if scale_check {
        let repeated = case.bytes.repeat(SCALE);
        let limit = once.mul_f64(MAX_SCALE_RATIO) + SLACK;
        let (outcome, mut scaled) = timed(dir, &name, &repeated);
        if let Err(error) = outcome {
            return Some(format!("failed repeated {SCALE} times: {error}"));
        }
        if scaled > limit {
            scaled = scaled.min(timed(dir, &name, &repeated).1);
        }
        if scaled > limit {
            return Some(format!(
                "super-linear: {once:?} once, {scaled:?} repeated {SCALE} times"
            ));
        }
    }
    None
}

/// Fuzzes for `budget` from `seed`; returns the failures, each saved under
/// `target/fuzz-findings/`.
fn fuzz(seed: u64, budget: Duration) -> (usize, Vec<String>) {
    let material = Material::gather();
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let dir = tempfile::tempdir().expect("temporary folder");
    let findings = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
    let started = Instant::now();
    let mut failures = Vec::new();
    let mut cases = 0;
    while started.elapsed() < budget {
        let case = case(&mut rng, &material);
        cases += 1;
        if let Some(failure) = check(dir.path(), &case, cases % 16 == 0) {
            let file = findings.join(format!("seed{seed}-case{cases}.{}", case.extension));
            let saved = std::fs::create_dir_all(&findings)
                .and_then(|()| std::fs::write(&file, &case.bytes))
                .is_ok();
            let line = format!("{} ({failure})", file.display());
            eprintln!("fuzz: {line}{}", if saved { "" } else { " [not saved]" });
            failures.push(line);
        }
    }
    (cases, failures)
}

#[test]
fn fuzz_smoke() {
    let (cases, failures) = fuzz(2026, Duration::from_secs(3));
    assert!(cases > 0);
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
#[ignore = "long: CLAIMDIFF_FUZZ_MINUTES=N cargo test --release --test tests fuzz_for_minutes -- --ignored --nocapture"]
fn fuzz_for_minutes() {
    fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
        std::env::var(name).ok().and_then(|v| v.parse().ok())
    }
    let minutes: f64 = env("CLAIMDIFF_FUZZ_MINUTES").unwrap_or(1.0);
    let seed: u64 = env("CLAIMDIFF_FUZZ_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    });
    eprintln!("fuzz: seed {seed}, {minutes} minute(s)");
    let (cases, failures) = fuzz(seed, Duration::from_secs_f64(minutes * 60.0));
    eprintln!("fuzz: {cases} cases, {} failure(s)", failures.len());
    assert!(failures.is_empty(), "{failures:#?}");
}
