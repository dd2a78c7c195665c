//! Builds the embedded English word lists (`assets/data/wordnet-*.fst`) from WordNet 3.1.
//! `assets/data/README.md` says where the inputs come from; run from the crate's folder:
//!
//! ```sh
//! cargo run --release --example wordnet -- DICT_DIR NOUN_EXC assets/data
//! ```
//!
//! `DICT_DIR` holds WordNet's `index.noun`, `index.verb`, `index.adj` and `index.adv`;
//! `NOUN_EXC` is its `noun.exc` (irregular plurals). Output, three `fst` sets:
//! - `wordnet-nouns.fst`: every one-word noun lemma;
//! - `wordnet-other-words.fst`: every one-word lemma of another part of speech that is not
//!   also a noun ("overseas", "afterwards"): words known not to be nouns;
//! - `wordnet-noun-plurals.fst`: `plural singular` for each irregular plural ("geese goose").

use fst::SetBuilder;
use std::collections::BTreeSet;
use std::path::Path;

/// Shorter lemmas are symbols and abbreviations ("as" arsenic, "in" inch, "wa" Washington),
/// whose regular plurals would turn function words ("its", "has", "was") into nouns.
const MIN_LEMMA_LEN: usize = 3;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dict, noun_exc, out] = args.as_slice() else {
        return Err("usage: wordnet DICT_DIR NOUN_EXC OUT_DIR".into());
    };
    let dict = Path::new(dict);
    let out = Path::new(out);
    let nouns = lemmas(&dict.join("index.noun"))?;
    let mut others = BTreeSet::new();
    for pos in ["verb", "adj", "adv"] {
        others.extend(lemmas(&dict.join(format!("index.{pos}")))?);
    }
    let others: BTreeSet<String> = others.difference(&nouns).cloned().collect();
    let mut plurals = BTreeSet::new();
    for line in std::fs::read_to_string(noun_exc)?.lines() {
        let mut words = line.split(' ');
        let Some(plural) = words.next().filter(|w| one_word(w)) else {
            continue;
        };
        for singular in words.filter(|w| one_word(w) && *w != plural) {
            plurals.insert(format!("{plural} {singular}"));
        }
    }
    for (name, set) in [
        ("wordnet-nouns.fst", &nouns),
        ("wordnet-other-words.fst", &others),
        ("wordnet-noun-plurals.fst", &plurals),
    ] {
        let mut builder = SetBuilder::new(std::fs::File::create(out.join(name))?)?;
        builder.extend_iter(set)?;
        builder.finish()?;
        println!("{name}: {} keys", set.len());
    }
    Ok(())
}

/// The one-word lemmas of a WordNet index file (its licence header lines start with spaces).
fn lemmas(index: &Path) -> std::io::Result<BTreeSet<String>> {
    Ok(std::fs::read_to_string(index)?
        .lines()
        .filter_map(|line| line.split(' ').next())
        .filter(|lemma| one_word(lemma) && lemma.len() >= MIN_LEMMA_LEN)
        .map(str::to_owned)
        .collect())
}

/// Letters only: collocations ("aid_worker"), numbers and abbreviations with dots are left
/// out, since a token is one word.
fn one_word(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase())
}
