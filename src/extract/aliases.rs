//! Acronyms the articles define ("Northern Liberation Front (NLF)"), so that an actor named in
//! full in one article and by acronym in another normalises to one name.

use crate::model::{Article, Claim, Interned};
use crate::text::NAME_CHARS;
use rayon::prelude::*;
use regex::Regex;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

/// Capitalised words followed by a parenthesised acronym.
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    let word = format!("[[:upper:]][{NAME_CHARS}'’-]*");
    Regex::new(&format!(
        r"((?:{word}\s+){{0,7}}{word})\s*\(([[:upper:]][[:upper:][:digit:]]{{1,9}})\)"
    ))
    .expect("the acronym pattern is valid")
});

/// Full names (lower-cased) and the acronyms they stand for.
#[derive(Debug, Default)]
pub struct Aliases {
    by_name: HashMap<String, String>,
}

impl Aliases {
    /// The acronyms defined anywhere in the articles' extractable text.
    pub fn of(articles: &[Article]) -> Self {
        // Each article's definitions on its own (in parallel: the pattern was the one
        // sequential step before extraction), then taken in article order, so that a name
        // defined twice keeps the last acronym as before.
        let defined: Vec<Vec<(String, String)>> = articles
            .par_iter()
            .map(|a| {
                let texts = (a.blocks.iter())
                    .filter(|b| b.kind.is_extractable())
                    .map(|b| a.text(b));
                let mut defined = Vec::new();
                for text in texts.filter(|t| defines_acronym(t)) {
                    for found in DEFINITION.find_iter(text) {
                        let (words, acronym) = parts(found.as_str());
                        if let Some(name) = name_for(words, acronym) {
                            defined.push((name.to_lowercase(), acronym.to_owned()));
                        }
                    }
                }
                defined
            })
            .collect();
        Self {
            by_name: defined.into_iter().flatten().collect(),
        }
    }

    /// The acronym for an actor named in full ("the Northern Liberation Front"), else the
    /// actor as it is.
    pub fn canonical(&self, actor: &str) -> Interned {
        let lower = actor.to_lowercase();
        let lower = lower.strip_prefix("the ").unwrap_or(&lower);
        self.by_name.get(lower).map_or(actor, String::as_str).into()
    }

    /// Applies [`Self::canonical`] to every actor a claim names.
    pub fn apply(&self, claim: &mut Claim) {
        if self.by_name.is_empty() {
            return;
        }
        if let Some(actor) = claim.statement.as_mut().and_then(|s| s.actor.as_mut()) {
            *actor = self.canonical(actor);
        }
        if let Some(attribution) = &mut claim.attribution {
            // not shared yet: attributions are shared once the article's claims are aliased
            let attribution = Arc::make_mut(attribution);
            attribution.actor = self.canonical(&attribution.actor);
            if let Some(via) = &mut attribution.via {
                *via = self.canonical(via);
            }
        }
    }
}

/// A cheap look for "(" followed by a capital and a capital or digit ("(NLF)", "(M23)"),
/// before running the pattern.
fn defines_acronym(text: &str) -> bool {
    text.match_indices('(').any(|(at, _)| {
        let mut next = text[at + 1..].chars();
        next.next().is_some_and(char::is_uppercase)
            && next
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// A definition's words and its acronym: what the pattern's two groups hold, read from the
/// match. The acronym is all capitals and digits, so the match's last `(` opens it, and the
/// words end before the spaces ahead of that. Asking the pattern for its groups costs a
/// backtracking search per match.
fn parts(definition: &str) -> (&str, &str) {
    let open = definition
        .rfind('(')
        .expect("a definition ends with its acronym in parentheses");
    (
        definition[..open].trim_end(),
        &definition[open + 1..definition.len() - 1],
    )
}

/// The words before an acronym whose initials spell it ("Inter-Services Public Relations" for
/// ISPR), joined as written; `None` when no run of the last words does.
fn name_for(words: &str, acronym: &str) -> Option<String> {
    let words: Vec<&str> = words.split_whitespace().collect();
    let initials = |w: &str| -> String { w.split('-').filter_map(|p| p.chars().next()).collect() };
    (0..words.len()).find_map(|start| {
        let run = &words[start..];
        let spelled: String = run.iter().map(|w| initials(w)).collect();
        spelled.eq_ignore_ascii_case(acronym).then(|| run.join(" "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_words_whose_initials_spell_the_acronym() {
        assert_eq!(
            name_for("The banned Northern Liberation Front", "NLF").as_deref(),
            Some("Northern Liberation Front")
        );
        assert_eq!(
            name_for("Inter-Services Public Relations", "ISPR").as_deref(),
            Some("Inter-Services Public Relations")
        );
        assert_eq!(name_for("Some Other Words", "NLF"), None);
    }

    #[test]
    fn only_text_with_a_parenthesised_capital_run_is_searched() {
        assert!(defines_acronym("the March 23 Movement (M23) said"));
        assert!(defines_acronym("Northern Front (NF)"));
        assert!(!defines_acronym("a photo (Wire Photo) and (a note)"));
    }

    #[test]
    fn a_definitions_parts_are_the_patterns_groups() {
        let text = "the March 23 Movement (M23), Doctors\u{a0}Without Borders\u{a0}(MSF) and \
                    Inter-Services Public Relations  (ISPR) and O’Neil Group(OG).";
        let found: Vec<_> = DEFINITION
            .find_iter(text)
            .map(|m| parts(m.as_str()))
            .collect();
        let captured: Vec<_> = DEFINITION
            .captures_iter(text)
            .map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str()))
            .collect();
        assert_eq!(found, captured);
        assert_eq!(found.len(), 4, "{found:?}");
    }

    #[test]
    fn full_names_become_their_acronym() {
        let mut aliases = Aliases::default();
        for found in DEFINITION.captures_iter("rebels of the Northern Liberation Front (NLF) said")
        {
            let name = name_for(&found[1], &found[2]).unwrap();
            aliases
                .by_name
                .insert(name.to_lowercase(), found[2].to_owned());
        }
        assert_eq!(aliases.canonical("Northern Liberation Front"), "NLF");
        assert_eq!(aliases.canonical("the northern liberation front"), "NLF");
        assert_eq!(aliases.canonical("police"), "police");
    }
}
