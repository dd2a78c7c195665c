//! Builds the embedded English word lists (`assets/data/wordnet-*.fst`) from WordNet 3.1.
//! `assets/data/README.md` says where the inputs come from; run from the crate's folder:
//!
//! ```sh
//! cargo run --release --example wordnet -- DICT_DIR NOUN_EXC assets/data
//! ```
//!
//! `DICT_DIR` holds WordNet's `index.noun`, `index.verb`, `index.adj`, `index.adv` and
//! `data.noun`;
//! `NOUN_EXC` is its `noun.exc` (irregular plurals). Output, three `fst` sets:
//! - `wordnet-nouns.fst`: every one-word noun lemma;
//! - `wordnet-other-words.fst`: every one-word lemma of another part of speech that is not
//!   also a noun ("overseas", "afterwards"): words known not to be nouns;
//! - `wordnet-noun-plurals.fst`: `plural singular` for each irregular plural ("geese goose");
//! - `wordnet-units.fst`: every one-word noun lemma whose first (most frequent) sense is a
//!   kind of unit of measurement, money included ("ruble", "hectare"), by WordNet's
//!   hypernyms (`data.noun`): a number before one is a measure, not a count. The root's own
//!   lemma "unit" is left out: "55 units" of a building, "police units" are counted;
//! - `wordnet-persons.fst`: every one-word noun lemma whose first sense is filed under
//!   `noun.person` ("pupil", "firefighter"): nouns listed together that name people count
//!   people ("151 pupils and staff"), nouns of things do not ("40 houses and shops").

use fst::SetBuilder;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

/// Shorter lemmas are symbols and abbreviations ("as" arsenic, "in" inch, "wa" Washington),
/// whose regular plurals would turn function words ("its", "has", "was") into nouns.
const MIN_LEMMA_LEN: usize = 3;

/// The synset every unit of measurement descends from.
const UNIT_ROOT: &str = "unit_of_measurement";

/// WordNet's lexicographer file number of `noun.person` (`lexnames`).
const NOUN_PERSON: &str = "18";

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
    let units = units(dict)?;
    let persons = persons(dict)?;
    for (name, set) in [
        ("wordnet-nouns.fst", &nouns),
        ("wordnet-units.fst", &units),
        ("wordnet-persons.fst", &persons),
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

/// One-word noun lemmas whose first sense descends from [`UNIT_ROOT`] (not the root itself).
fn units(dict: &Path) -> Result<BTreeSet<String>, Box<dyn std::error::Error>> {
    // synset offset -> its hypernyms (`@`, and `@i` for instances)
    let mut hypernyms: HashMap<&str, Vec<&str>> = HashMap::new();
    let data = std::fs::read_to_string(dict.join("data.noun"))?;
    for line in data.lines().filter(|l| !l.starts_with(' ')) {
        let fields: Vec<&str> = line.split(' ').collect();
        let words = usize::from_str_radix(fields[3], 16)?;
        let pointers_at = 4 + 2 * words;
        let pointers: usize = fields[pointers_at].parse()?;
        let parents = (0..pointers)
            .map(|p| &fields[pointers_at + 1 + 4 * p..pointers_at + 5 + 4 * p])
            .filter(|ptr| matches!(ptr[0], "@" | "@i"))
            .map(|ptr| ptr[1])
            .collect();
        hypernyms.insert(fields[0], parents);
    }
    let index = std::fs::read_to_string(dict.join("index.noun"))?;
    let root = index
        .lines()
        .find(|l| l.split(' ').next() == Some(UNIT_ROOT))
        .map(senses)
        .and_then(|s| s.into_iter().next())
        .ok_or("no unit_of_measurement in index.noun")?;
    // synsets found to descend from the root, so shared ancestors are walked once
    let mut units: HashSet<String> = HashSet::new();
    let descends = |synset: &str| -> bool {
        let mut seen = HashSet::new();
        let mut stack: Vec<String> = hypernyms
            .get(synset)
            .into_iter()
            .flatten()
            .map(|h| (*h).to_owned())
            .collect();
        while let Some(s) = stack.pop() {
            if s == root || units.contains(&s) {
                units.insert(synset.to_owned());
                return true;
            }
            if seen.insert(s.clone()) {
                stack.extend(
                    hypernyms
                        .get(s.as_str())
                        .into_iter()
                        .flatten()
                        .map(|h| (*h).to_owned()),
                );
            }
        }
        false
    };
    Ok(first_sense_lemmas(&index, descends))
}

/// One-word noun lemmas whose first sense's synset is filed under [`NOUN_PERSON`].
fn persons(dict: &Path) -> Result<BTreeSet<String>, Box<dyn std::error::Error>> {
    let data = std::fs::read_to_string(dict.join("data.noun"))?;
    // synset offset -> its lexicographer file
    let files: HashMap<&str, &str> = data
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let mut fields = l.split(' ');
            Some((fields.next()?, fields.next()?))
        })
        .collect();
    let index = std::fs::read_to_string(dict.join("index.noun"))?;
    Ok(first_sense_lemmas(&index, |first| {
        files.get(first) == Some(&NOUN_PERSON)
    }))
}

/// The one-word lemmas of an index file whose first (most frequent) sense's synset `keep`
/// accepts.
fn first_sense_lemmas(index: &str, mut keep: impl FnMut(&str) -> bool) -> BTreeSet<String> {
    index
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|line| {
            let lemma = line.split(' ').next()?;
            let first = senses(line).into_iter().next()?;
            (one_word(lemma) && lemma.len() >= MIN_LEMMA_LEN && keep(&first))
                .then(|| lemma.to_owned())
        })
        .collect()
}

/// A lemma's synsets in an index line, most frequent sense first: the last `synset_cnt`
/// fields.
fn senses(line: &str) -> Vec<String> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let count: usize = fields[2].parse().unwrap_or(0);
    fields[fields.len() - count..]
        .iter()
        .map(|s| (*s).to_owned())
        .collect()
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
