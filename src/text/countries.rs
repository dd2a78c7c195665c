//! Countries, their capitals and demonyms. One actor written several ways is one actor:
//! "India", "New Delhi", "Delhi" and "Indian officials" all name India; and a demonym before
//! a common noun describes it and names no place ("killed in Chinese village").
//!
//! The names, capitals and demonyms come from `assets/data/countries.json` (trimmed from the
//! public dataset mledoze/countries, ODbL 1.0; its licence ships beside it as
//! `countries.LICENSE`).

use rustc_hash::{FxHashMap, FxHashSet};
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
    /// Lower-cased one-word demonyms, and their plurals ("indian", "indians") → the country.
    demonyms: FxHashMap<String, &'static str>,
    /// A country's first one-word demonym, lower-cased ("Azerbaijan" → "azerbaijani").
    demonym_of: FxHashMap<&'static str, String>,
    /// The most words any name has.
    longest: usize,
    /// The first word of every name: most words of a text open none, and need no look-up of
    /// the runs they start.
    first_words: FxHashSet<String>,
}

/// A multi-word capital is also written by its last word alone ("Delhi"), when that word is
/// long enough not to be a common one ("City", "Town").
const SHORTEST_CAPITAL_TAIL: usize = 5;

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let countries: Vec<Country> =
        serde_json::from_str(include_str!("../../assets/data/countries.json"))
            .expect("the bundled country list is valid");
    let mut names = FxHashMap::default();
    let mut demonyms = FxHashMap::default();
    let mut demonym_of = FxHashMap::default();
    for country in countries {
        let canonical: &'static str = Box::leak(country.name.clone().into_boxed_str());
        for demonym in &country.demonym {
            if let [word] = words(demonym).as_slice() {
                demonym_of.entry(canonical).or_insert_with(|| word.clone());
                for form in [format!("{word}s"), word.clone()] {
                    name_once(&mut demonyms, form, canonical);
                }
            }
        }
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
                name_once(&mut names, key, canonical);
            }
        }
    }
    let longest = names
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let first_words = names
        .keys()
        .filter_map(|k| k.split(' ').next())
        .map(str::to_owned)
        .collect();
    Gazetteer {
        names,
        demonyms,
        demonym_of,
        longest,
        first_words,
    }
});

/// Enters a name for a country; a name two countries share names the one with the shorter
/// name, the sovereign state rather than a territory ("American": the United States, not the
/// Northern Mariana Islands; "Indian": India, not the British Indian Ocean Territory).
fn name_once(map: &mut FxHashMap<String, &'static str>, key: String, country: &'static str) {
    map.entry(key)
        .and_modify(|named| {
            if country.len() < named.len() {
                *named = country;
            }
        })
        .or_insert(country);
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The country an actor's words name (the first, longest name in it), if any.
pub fn country_in(text: &str) -> Option<&'static str> {
    let gazetteer = &*GAZETTEER;
    let words = words(text);
    (0..words.len()).find_map(|start| {
        (1..=gazetteer.longest.min(words.len() - start))
            .rev()
            .find_map(|len| gazetteer.names.get(&words[start..start + len].join(" ")))
            .copied()
    })
}

/// The country and capital names among a text's lower-cased words, whatever the text's case
/// ("floods hit kenya and uganda" → "kenya", "uganda"), each as the run of words it spans,
/// the longest name at each word.
pub fn names_among<'k>(keys: &'k [&'k str]) -> Vec<&'k [&'k str]> {
    let gazetteer = &*GAZETTEER;
    let mut found = Vec::new();
    let mut start = 0;
    while start < keys.len() {
        let longest = gazetteer
            .first_words
            .contains(keys[start])
            .then(|| {
                (1..=gazetteer.longest.min(keys.len() - start))
                    .rev()
                    .map(|len| &keys[start..start + len])
                    .find(|name| gazetteer.names.contains_key(&name.join(" ")))
            })
            .flatten();
        match longest {
            Some(name) => {
                start += name.len();
                found.push(name);
            }
            None => start += 1,
        }
    }
    found
}

/// The country a place is, when it is named by the country's common name alone ("India",
/// "United States"; not "New Delhi" nor "Indian Ocean").
pub fn country_named(place: &str) -> Option<&'static str> {
    country_in(place).filter(|country| words(place) == words(country))
}

/// The country a counted noun says its people are from ("Indian nationals", "Indians",
/// "Filipino tourists"), if any.
pub fn nationality(noun: &str) -> Option<&'static str> {
    words(noun)
        .iter()
        .find_map(|word| GAZETTEER.demonyms.get(word).copied())
}

/// The one-word demonym (lower-case) of the country a place names by its common name alone
/// ("Azerbaijan" → "azerbaijani"), which [`nationality`] reads back as that country.
pub fn demonym_of_country(place: &str) -> Option<&'static str> {
    let country = country_named(place)?;
    GAZETTEER.demonym_of.get(country).map(String::as_str)
}

/// Whether a (lower-case) word is a one-word demonym ("chinese", "ivorian") or its plural.
pub fn is_demonym(word: &str) -> bool {
    GAZETTEER.demonyms.contains_key(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_countrys_demonym_reads_back_as_the_country() {
        for place in ["Azerbaijan", "Nepal", "United Kingdom", "India"] {
            let demonym = demonym_of_country(place).expect(place);
            assert_eq!(
                nationality(demonym),
                country_named(place),
                "{place}: {demonym}"
            );
        }
        assert_eq!(demonym_of_country("New Delhi"), None);
        assert_eq!(demonym_of_country("Riverton"), None);
    }

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
        assert_eq!(country_in("Kenyan security forces"), Some("Kenya"));
        assert_eq!(country_in("the military"), None);
        assert_eq!(country_in("Mexico City"), Some("Mexico"));
        assert_eq!(country_in("City officials"), None);
    }

    #[test]
    fn a_text_in_any_case_names_its_countries_and_capitals() {
        let names = |text: &str| -> Vec<String> {
            let words = words(text);
            let keys: Vec<&str> = words.iter().map(String::as_str).collect();
            names_among(&keys)
                .iter()
                .map(|name| name.join(" "))
                .collect()
        };
        assert_eq!(
            names("floods hit south sudan and kenya, nairobi braces"),
            ["south sudan", "kenya", "nairobi"]
        );
        assert!(names("storm kills 12 on the coast").is_empty());
    }

    #[test]
    fn a_place_is_a_country_only_by_the_countrys_name_alone() {
        assert_eq!(country_named("India"), Some("India"));
        assert_eq!(country_named("united states"), Some("United States"));
        for place in [
            "New Delhi",
            "Delhi",
            "Indian Ocean",
            "northern India",
            "Mina",
        ] {
            assert_eq!(country_named(place), None, "{place}");
        }
    }

    #[test]
    fn a_demonym_or_its_plural_opening_a_noun_names_its_people() {
        for noun in ["Indian nationals", "Indians", "indian workers"] {
            assert_eq!(nationality(noun), Some("India"), "{noun}");
        }
        assert_eq!(nationality("Kenyans"), Some("Kenya"));
        assert_eq!(nationality("foreign nationals"), None);
        assert_eq!(nationality("Filipino tourists"), Some("Philippines"));
        assert_eq!(nationality("Americans"), Some("United States"));
        assert_eq!(nationality("India Gate visitors"), None);
    }
}
