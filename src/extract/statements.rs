//! Statements: claims of responsibility, accusations, denials, hedges, abductions of named
//! people, and the places an attack is said to have hit.

use super::attribution::{
    Speakers, actor_after, actor_before, is_definite, normalise, subject_start,
};
use super::context::{EventFrame, capitalised_run};
use super::lexicon::{Lexicon, Phrases, Signals};
use super::text::{Sentence, Token, joined};
use crate::model::{ClaimKind, Subject};

/// A statement found in a sentence: tokens `first..=last` make its span.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementDraft {
    pub kind: ClaimKind,
    pub first: usize,
    pub last: usize,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub places: Vec<String>,
}

/// The statements of one sentence. `counts_abductions` is true when the sentence already has
/// a count of abducted people (then an abduction is a count, not a statement).
pub fn statements(
    sentence: &Sentence<'_>,
    signals: &[Signals],
    frame: &EventFrame,
    speakers: &mut Speakers,
    counts_abductions: bool,
    lexicon: &Lexicon,
) -> Vec<StatementDraft> {
    let tokens = &sentence.tokens;
    let keys = sentence.keys();
    let mut found = Vec::new();
    // The speaker of a statement verb: the phrase before it; for a participle or a verb
    // joined to an earlier one ("condemned the attack and accused …"), the sentence's subject.
    let speaker = |end: usize, speakers: &mut Speakers| -> (Option<usize>, Option<String>) {
        let joined = end > 0 && matches!(keys[end - 1], "," | "and");
        let range = actor_before(tokens, &keys, end, lexicon).or_else(|| {
            (joined || keys[end].ends_with("ing"))
                .then(|| {
                    actor_after(
                        tokens,
                        &keys,
                        subject_start(tokens, &keys, lexicon),
                        lexicon,
                    )
                })
                .flatten()
        });
        match range {
            Some((s, e)) if s < end => {
                let (actor, is_person) = normalise(&tokens[s..=e], lexicon);
                (
                    Some(s),
                    speakers.resolve(actor, is_person, is_definite(tokens, s), lexicon),
                )
            }
            _ => (None, None),
        }
    };
    let phrase_at =
        |phrases: &Phrases<()>, k: usize| phrases.match_at(&keys, k).map(|(len, _)| len);
    // "No group has claimed responsibility", "has not denied": not a statement
    let asserted = |phrases: &Phrases<()>, k: usize| {
        let negated = keys[k.saturating_sub(4)..k]
            .iter()
            .any(|w| lexicon.negations.contains(*w));
        phrase_at(phrases, k).filter(|_| !negated)
    };
    // "accused X of", "blamed X for"; a characterisation needs "as": "described X as"
    let accusation_at = |k: usize| -> Option<(usize, &[&str])> {
        asserted(&lexicon.accusation, k)
            .map(|len| (len, &["of", "for"][..]))
            .or_else(|| asserted(&lexicon.characterisation, k).map(|len| (len, &["as"][..])))
    };
    let mut k = 0;
    while k < tokens.len() {
        if !signals[k].has(Signals::STATEMENT) {
            k += 1;
            continue;
        }
        if let Some(len) = asserted(&lexicon.responsibility, k) {
            let (start, actor) = speaker(k, speakers);
            found.push(draft(
                ClaimKind::Responsibility,
                start.unwrap_or(k),
                k + len - 1,
                actor,
                None,
            ));
            k += len;
        } else if let Some((len, linkers)) = accusation_at(k) {
            if let Some((target, end)) = accused(tokens, &keys, k + len, linkers, lexicon) {
                let (start, actor) = speaker(k, speakers);
                found.push(draft(
                    ClaimKind::Accusation,
                    start.unwrap_or(k),
                    end,
                    actor,
                    Some(target),
                ));
            }
            k += len;
        } else if let Some(len) = asserted(&lexicon.denial, k) {
            let (start, actor) = speaker(k, speakers);
            let target = object(tokens, &keys, k + len, lexicon)
                .or_else(|| denied_charge(tokens, &keys, start.unwrap_or(k), lexicon));
            let end = target
                .as_ref()
                .map_or(k + len - 1, |(_, e)| (*e).max(k + len - 1));
            found.push(draft(
                ClaimKind::Denial,
                start.unwrap_or(k),
                end,
                actor,
                target.map(|(t, _)| t),
            ));
            k += len;
        } else if let Some(len) = phrase_at(&lexicon.hedge, k) {
            let start = keys[..k]
                .iter()
                .rposition(|key| *key == ",")
                .map_or(0, |c| c + 1);
            found.push(draft(ClaimKind::Hedge, start, k + len - 1, None, None));
            k += len;
        } else if let (Some(len), false) = (phrase_at(&lexicon.abduction, k), counts_abductions) {
            if let Some((target, end)) =
                object(tokens, &keys, k + len, lexicon).filter(|&(_, end)| {
                    tokens[k + len..=end]
                        .iter()
                        .any(|word| names_people(word, lexicon))
                })
            {
                let (start, actor) = speaker(k, speakers);
                found.push(draft(
                    ClaimKind::Abduction,
                    start.unwrap_or(k),
                    end,
                    actor,
                    Some(target),
                ));
            }
            k += len;
        } else if let Some(len) = phrase_at(&lexicon.places_attacked, k) {
            let (places, end) = place_list(tokens, &keys, k + len, frame, lexicon);
            if !places.is_empty() {
                let mut statement = draft(ClaimKind::PlacesAttacked, k, end, None, None);
                statement.places = places;
                found.push(statement);
                k = end + 1;
            } else {
                k += len;
            }
        } else {
            k += 1;
        }
    }
    found
}

fn draft(
    kind: ClaimKind,
    first: usize,
    last: usize,
    actor: Option<String>,
    target: Option<String>,
) -> StatementDraft {
    StatementDraft {
        kind,
        first,
        last,
        actor,
        target,
        places: Vec::new(),
    }
}

/// The object of a verb: words up to a clause boundary or preposition ("the district's top
/// civil administrator"). Not a number: "abducted 14 students" is a count.
fn object(
    tokens: &[Token<'_>],
    keys: &[&str],
    from: usize,
    lexicon: &Lexicon,
) -> Option<(String, usize)> {
    let first = tokens.get(from)?;
    if first.is_digits() || lexicon.units.contains_key(keys[from]) || !first.is_word() {
        return None;
    }
    let mut end = from;
    while end < tokens.len()
        && end < from + lexicon.object_words
        && (tokens[end].is_word() || tokens[end].text == "-")
        && !lexicon.object_ends.contains(keys[end])
    {
        end += 1;
    }
    (end > from).then(|| (phrase(tokens, from, end - 1), end - 1))
}

/// Whether a word of an object names people: a kind of person, a name or a pronoun.
fn names_people(word: &Token<'_>, lexicon: &Lexicon) -> bool {
    let key = word.key.as_str();
    word.is_capitalized()
        || lexicon.object_pronouns.contains(key)
        || lexicon.nouns.is_person(key)
        || lexicon
            .subjects
            .match_at(&[key], 0)
            .is_some_and(|(_, subject)| *subject != Subject::Places)
}

/// "accused X of …", "blamed X for …", "describe X as …" (the linker must be one of
/// `linkers`): the accused and the span's end.
fn accused(
    tokens: &[Token<'_>],
    keys: &[&str],
    from: usize,
    linkers: &[&str],
    lexicon: &Lexicon,
) -> Option<(String, usize)> {
    let (target, end) = object(tokens, keys, from, lexicon)?;
    let linker = keys.get(end + 1).copied()?;
    if !linkers.contains(&linker) {
        return None;
    }
    let clause_end = (end + 2..tokens.len())
        .find(|&i| matches!(keys[i], "," | "." | ";" | "-" | "–" | "—"))
        .unwrap_or(tokens.len());
    Some((target, clause_end.saturating_sub(1).max(end)))
}

/// "a charge X denies": the charge before the denier.
fn denied_charge(
    tokens: &[Token<'_>],
    keys: &[&str],
    speaker_start: usize,
    lexicon: &Lexicon,
) -> Option<(String, usize)> {
    let mut noun = speaker_start.checked_sub(1)?;
    while noun > 0 && lexicon.determiners.contains(keys[noun]) {
        noun -= 1;
    }
    matches!(
        keys[noun],
        "charge" | "allegation" | "accusation" | "claim" | "claims" | "allegations" | "charges"
    )
    .then(|| (phrase(tokens, noun, noun), speaker_start.saturating_sub(1)))
}

/// Named places after an attack verb: "hit cities including A, B and C", "struck a number of
/// sites including the regional capital A and the port town of B, as well as villages in C
/// and D". Returns the places and the last token used.
fn place_list(
    tokens: &[Token<'_>],
    keys: &[&str],
    from: usize,
    frame: &EventFrame,
    lexicon: &Lexicon,
) -> (Vec<String>, usize) {
    let mut places: Vec<String> = Vec::new();
    let mut free_words = 0;
    let mut k = from;
    let mut last = from.saturating_sub(1);
    while k < tokens.len() {
        let t = &tokens[k];
        if t.is_capitalized() && t.is_word() {
            match capitalised_run(tokens, k, frame, lexicon) {
                Some((name, end)) => {
                    k = end;
                    last = end - 1;
                    if !places.contains(&name) {
                        places.push(name);
                    }
                    continue;
                }
                None => break,
            }
        }
        if let Some((len, _)) = lexicon.place_list_markers.match_at(keys, k) {
            k += len;
        } else if matches!(keys[k], "," | "and") || lexicon.place_descriptors.contains(keys[k]) {
            k += 1;
        } else if places.is_empty() && t.is_word() && free_words < 3 {
            free_words += 1;
            k += 1;
        } else {
            break;
        }
    }
    (places, last)
}

fn phrase(tokens: &[Token<'_>], first: usize, last: usize) -> String {
    joined(&tokens[first..=last], |t| t.text)
}

#[cfg(test)]
mod tests {
    use super::super::text::sentences;
    use super::*;

    fn found(text: &str) -> Vec<StatementDraft> {
        let lexicon = Lexicon::bundled();
        let arena = bumpalo::Bump::new();
        let sentence = sentences(text, &arena, |_| false, |_| true).next().unwrap();
        statements(
            &sentence,
            &lexicon.signals(&sentence.keys()),
            &EventFrame::default(),
            &mut Speakers::default(),
            false,
            &lexicon,
        )
    }

    #[test]
    fn responsibility_names_the_group() {
        let s = found("The Northern Front (NF) claimed responsibility for the bombing.");
        assert_eq!(s[0].kind, ClaimKind::Responsibility);
        assert_eq!(s[0].actor.as_deref(), Some("NF"));
    }

    #[test]
    fn accusation_and_denial() {
        let s = found(
            "The government accused the opposition of inciting the riots, a charge the opposition denies.",
        );
        assert_eq!(s[0].kind, ClaimKind::Accusation);
        assert_eq!(s[0].actor.as_deref(), Some("government"));
        assert_eq!(s[0].target.as_deref(), Some("the opposition"));
        assert_eq!(s[1].kind, ClaimKind::Denial);
        assert_eq!(s[1].target.as_deref(), Some("charge"));
    }

    #[test]
    fn hedges_and_named_abductions() {
        let s = found(
            "Gunmen kidnapped the village chief, though the report could not be independently verified.",
        );
        assert_eq!(s[0].kind, ClaimKind::Abduction);
        assert_eq!(s[0].target.as_deref(), Some("the village chief"));
        assert_eq!(s[1].kind, ClaimKind::Hedge);
        // an abduction takes people: a pronoun, a name; not power or a town
        let s = found("Gunmen abducted him near the border.");
        assert_eq!(s[0].target.as_deref(), Some("him"));
        for sentence in [
            "The captain seized power in a coup last December.",
            "Rebels seized the town.",
        ] {
            assert!(found(sentence).is_empty(), "{sentence}");
        }
    }

    #[test]
    fn places_attacked_lists_named_towns() {
        let s = found(
            "The storms hit towns including Ashford, Brayton and the port city of Colm, officials said.",
        );
        assert_eq!(s[0].kind, ClaimKind::PlacesAttacked);
        assert_eq!(s[0].places, ["Ashford", "Brayton", "Colm"]);
    }
}
