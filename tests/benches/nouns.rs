//! Cost of the noun lexicon (WordNet 3.1 as embedded `fst` sets): building the lexicon, the
//! first look-up (which opens the sets), and deciding whether a word is a plural noun, over
//! every word of the bundled sample. Run with `cargo bench --bench nouns`.

use claimdiff::extract::Lexicon;
use claimdiff::load::{Furniture, load_sample};
use std::hint::black_box;
use std::time::{Duration, Instant};

const ROUNDS: usize = 200;
const RUNS: usize = 3;

fn main() {
    let started = Instant::now();
    let lexicon = Lexicon::bundled();
    let built = started.elapsed();
    let started = Instant::now();
    black_box(lexicon.is_plural(black_box("tugboats")));
    let first = started.elapsed();
    let words: Vec<String> = load_sample(&Furniture::bundled())
        .articles
        .iter()
        .flat_map(|a| {
            String::from_utf8_lossy(a.raw())
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let plurals = words.iter().filter(|w| lexicon.is_plural(w)).count();
    let mut best = Duration::MAX;
    for _ in 0..RUNS {
        let started = Instant::now();
        for _ in 0..ROUNDS {
            for word in &words {
                black_box(lexicon.is_plural(black_box(word)));
            }
        }
        best = best.min(started.elapsed());
    }
    let lookups = (ROUNDS * words.len()) as f64;
    println!(
        "nouns: lexicon built in {:.2} ms, first look-up {:.1} µs; is_plural over {} words \
         of the sample ({plurals} plural): best of {RUNS} {:.0} ns a look-up",
        built.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e6,
        words.len(),
        best.as_secs_f64() * 1e9 / lookups,
    );
}
