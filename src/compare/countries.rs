//! One actor written several ways is one actor: "India", "New Delhi", "Delhi" and "Indian
//! officials" all name India.
//!
//! The names, capitals and demonyms come from `assets/data/countries.json` (trimmed from the
//! public dataset mledoze/countries, ODbL 1.0; its licence ships beside it as
//! `countries.LICENSE`).

use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Deserialize)]
struct Country {
    name: String,
    official: String,
    alt: Vec<String>,
    capital: Vec<String>,
    demonym: Vec<String>,
}

/// Lower-cased names (one to a few words) → the country's common name.
struct Gazetteer {
    names: FxHashMap<String, &'static str>,
    /// The most words any name has.
    longest: usize,
}

/// A multi-word capital is also written by its last word alone ("Delhi"), when that word is
/// long enough not to be a common one ("City", "Town").
const SHORTEST_CAPITAL_TAIL: usize = 5;

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let countries: Vec<Country> =
        serde_json::from_str(include_str!("../../assets/data/countries.json"))
            .expect("the bundled country list is valid");
    let mut names = FxHashMap::default();
    for country in countries {
        let canonical: &'static str = Box::leak(country.name.clone().into_boxed_str());
        let capital_tails = country.capital.iter().filter_map(|capital| {
            let (_, tail) = capital.rsplit_once(' ')?;
            (tail.chars().count() >= SHORTEST_CAPITAL_TAIL).then(|| tail.to_owned())
        });
        let all = [country.name, country.official]
            .into_iter()
            .chain(country.alt)
            .chain(country.capital.iter().cloned())
            .chain(capital_tails.collect::<Vec<_>>())
            .chain(country.demonym);
        for name in all {
            let key = words(&name).join(" ");
            if !key.is_empty() {
                names.entry(key).or_insert(canonical);
            }
        }
    }
    let longest = names
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    Gazetteer { names, longest }
});

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The country an actor's words name (the first, longest name in it), if any.
pub(super) fn country_in(text: &str) -> Option<&'static str> {
    let gazetteer = &*GAZETTEER;
    let words = words(text);
    (0..words.len()).find_map(|start| {
        (1..=gazetteer.longest.min(words.len() - start))
            .rev()
            .find_map(|len| gazetteer.names.get(&words[start..start + len].join(" ")))
            .copied()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_capitals_their_last_word_and_demonyms_resolve_to_one_country() {
        for written in [
            "India",
            "New Delhi",
            "Delhi",
            "Indian officials",
            "the Republic of India",
        ] {
            assert_eq!(country_in(written), Some("India"), "{written}");
        }
        assert_eq!(country_in("Pakistani security forces"), Some("Pakistan"));
        assert_eq!(country_in("the military"), None);
        assert_eq!(country_in("Mexico City"), Some("Mexico"));
        assert_eq!(country_in("City officials"), None);
    }
}
