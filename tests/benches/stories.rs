//! Story clustering at scale: generated multi-event corpora (`corpus::write_events`, one event
//! per 50 articles on average: 400 events in 20,000 articles) are loaded and extracted, then
//! clustered, timed, and the memory clustering allocates on top of the loaded corpus counted.
//!
//! Run with `cargo bench --bench stories` (`-- 5000` runs one size only). Memory is counted by
//! a counting allocator: the peak of live bytes during clustering above what was live before
//! it, so it is clustering's own cost, whatever loading and extraction left behind. The
//! clusters are also scored against the generator's events (pairwise precision and recall).

use claimdiff::compare::compare_stories;
use claimdiff::compare::stories::Clustering;
use claimdiff::extract::{Lexicon, extract};
use claimdiff::load::{LoadOptions, load_paths};
use claimdiff_corpus as corpus;
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

const SIZES: [usize; 3] = [5_000, 10_000, 20_000];
const ARTICLES_PER_EVENT: usize = 50;
const SEED: u64 = 2026;

/// Counts live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let mut sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = SIZES.to_vec();
    }
    println!("stories: rayon threads {}", rayon::current_num_threads());
    let lexicon = Lexicon::bundled();
    let clustering = Clustering::new(&lexicon, claimdiff::compare::stories::DEFAULT_THRESHOLD);
    for articles in sizes {
        let events = articles / ARTICLES_PER_EVENT;
        let dir = tempfile::tempdir().expect("temporary folder");
        let bytes = corpus::write_events(dir.path(), articles, events, SEED).expect("corpus");
        let loaded = load_paths(&[dir.path().to_path_buf()], &LoadOptions::default());
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let extraction = extract(&loaded.articles, &lexicon);
        let claims = extraction.claims;

        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let started = Instant::now();
        let stories = clustering.cluster(&loaded.articles, &claims);
        let clustered = started.elapsed();
        let extra = PEAK.load(Ordering::Relaxed) - before;

        let started = Instant::now();
        let compared = compare_stories(&loaded.articles, &claims, &clustering);
        let whole = started.elapsed();

        let (precision, recall) = score(&loaded.articles, &stories, dir.path(), events);
        println!(
            "{articles} articles ({:.1} MB), {events} events, {} claims: {} stories in {:.2} s \
             ({:.1} µs per article); clustering memory {:.1} MB ({:.2} KB per article); \
             stories + comparisons {:.2} s ({} comparisons); pairwise precision {precision:.3}, \
             recall {recall:.3}",
            bytes as f64 / 1e6,
            claims.len(),
            stories.len(),
            clustered.as_secs_f64(),
            clustered.as_secs_f64() * 1e6 / articles as f64,
            extra as f64 / 1e6,
            extra as f64 / 1e3 / articles as f64,
            whole.as_secs_f64(),
            compared.comparisons.len(),
        );
    }
}

/// Pairwise precision and recall of the stories against the generator's events, counted per
/// (story, event) cell rather than per pair.
fn score(
    articles: &[claimdiff::model::Article],
    stories: &[claimdiff::compare::stories::StoryGroup],
    dir: &Path,
    events: usize,
) -> (f64, f64) {
    let event_of = |article: usize| {
        let path = Path::new(&articles[article].path);
        let stem = path.strip_prefix(dir).unwrap_or(path).file_stem().unwrap();
        let index: usize = stem
            .to_string_lossy()
            .parse()
            .expect("generated names are numbers");
        corpus::event_of(index, events, SEED)
    };
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut cells: HashMap<(usize, usize), usize> = HashMap::new();
    let mut per_event: HashMap<usize, usize> = HashMap::new();
    let mut same_story = 0.0;
    for (story, group) in stories.iter().enumerate() {
        same_story += pairs(group.articles.len());
        for &article in &group.articles {
            let event = event_of(article);
            *cells.entry((story, event)).or_default() += 1;
            *per_event.entry(event).or_default() += 1;
        }
    }
    let both: f64 = cells.values().map(|&n| pairs(n)).sum();
    let same_event: f64 = per_event.values().map(|&n| pairs(n)).sum();
    (both / same_story.max(1.0), both / same_event.max(1.0))
}
