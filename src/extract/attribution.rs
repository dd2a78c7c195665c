//! Who says so: "X said", "according to X", "X, citing Y, reported", "…, saying".

use super::lexicon::{Lexicon, Signals};
use super::text::{Sentence, Token, joined};
use crate::model::Attribution;

/// A speaker cue in a sentence and the attribution it gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Token index of the cue word ("said", "according", "saying").
    pub at: usize,
    pub attribution: Attribution,
}

/// Speakers met so far in an article, for "he said" and "the officials said".
#[derive(Debug, Default)]
pub struct Speakers {
    last_person: Option<String>,
    last_group: Option<String>,
    /// The latest speaker whose name ends in each head word ("security officials" under
    /// "officials"), lower-cased: what a definite bare role refers back to, looked up at once
    /// (scanning every earlier speaker was quadratic in an article's speakers).
    by_head: rustc_hash::FxHashMap<String, String>,
}

impl Speakers {
    /// The actor a speaker phrase refers to: pronouns and definite bare roles ("the
    /// officials") refer back to earlier speakers.
    pub fn resolve(
        &mut self,
        actor: String,
        is_person: bool,
        definite: bool,
        lexicon: &Lexicon,
    ) -> Option<String> {
        let lower = actor.to_lowercase();
        let resolved = if lexicon.person_pronouns.contains(&lower) {
            self.last_person.clone()?
        } else if lexicon.group_pronouns.contains(&lower) {
            self.last_group.clone()?
        } else if definite && lower.split(' ').count() == 1 && lexicon.roles.contains(&lower) {
            // "the officials": the last speaker with the same head and more detail
            self.by_head.get(&lower).cloned().unwrap_or(actor)
        } else {
            actor
        };
        if is_person {
            self.last_person = Some(resolved.clone());
        } else {
            self.last_group = Some(resolved.clone());
        }
        if let Some((_, head)) = resolved.to_lowercase().rsplit_once(' ')
            && resolved.len() > head.len()
        {
            self.by_head.insert(head.to_owned(), resolved.clone());
        }
        Some(resolved)
    }
}

/// All speaker cues of a sentence, in order.
pub fn cues(
    sentence: &Sentence<'_>,
    signals: &[Signals],
    text: &str,
    speakers: &mut Speakers,
    lexicon: &Lexicon,
) -> Vec<Cue> {
    let tokens = &sentence.tokens;
    let keys = sentence.keys();
    let mut cues: Vec<Cue> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        // one look skips a word that opens none of the cues below
        if !signals[k].has(Signals::SPEECH) {
            k += 1;
            continue;
        }
        let mut next = k + 1;
        let found = if let Some((len, _)) = lexicon.attribution_prefix.match_at(&keys, k) {
            next = k + len;
            let chained = keys[k] != "according" && k >= 2 && keys[k - 1] == ",";
            actor_after(tokens, &keys, k + len, lexicon).map(|(s, e)| {
                let via = chained
                    .then(|| actor_before(tokens, &keys, k - 1, lexicon))
                    .flatten();
                let phrase_start = via.map_or(s, |(vs, _)| vs);
                (phrase_start, s, e, via)
            })
        } else if lexicon.speech.contains(keys[k])
            && !passive_speech(&keys, k, lexicon)
            && !takes_lives(&keys, k, lexicon)
            && !is_name_part(tokens, k)
            && !modifies_figure_name(&keys, k, lexicon)
        {
            // "were reported missing" is not a speaker's report
            actor_before(tokens, &keys, k, lexicon)
                .or_else(|| {
                    // ", said the minister" — but after "told" comes the listener
                    (k > 0 && keys[k - 1] == "," && !lexicon.listener_verbs.contains(keys[k]))
                        .then(|| actor_after(tokens, &keys, k + 1, lexicon))
                        .flatten()
                })
                .map(|(s, e)| (s, s, e, None))
        } else if lexicon.participle.contains(keys[k]) {
            if let Some(prior) = cues.last() {
                cues.push(Cue {
                    at: k,
                    attribution: prior.attribution.clone(),
                });
                k += 1;
                continue;
            }
            actor_after(
                tokens,
                &keys,
                subject_start(tokens, &keys, lexicon),
                lexicon,
            )
            .map(|(s, e)| (s, s, e, None))
        } else {
            None
        };
        // ("the toll was earlier put at 288", "said the total number of people …": a
        // figure's name is no speaker)
        let names_a_figure = |(_, actor_start, actor_end, _): &(usize, usize, usize, _)| {
            lexicon
                .nominal
                .match_ending_at(&keys, actor_end + 1)
                .is_some_and(|(start, _)| start >= *actor_start)
                || (*actor_start..=*actor_end)
                    .any(|k| lexicon.figure_of.match_at(&keys, k).is_some())
        };
        if let Some((phrase_start, actor_start, actor_end, via)) =
            found.filter(|cue| !names_a_figure(cue))
        {
            let actor_tokens = &tokens[actor_start..=actor_end];
            let (actor, is_person) = normalise(actor_tokens, lexicon);
            if let Some(actor) =
                speakers.resolve(actor, is_person, is_definite(tokens, actor_start), lexicon)
            {
                let via = via.map(|(s, e)| normalise(&tokens[s..=e], lexicon).0);
                cues.push(Cue {
                    at: k,
                    attribution: Attribution {
                        phrase: text[tokens[phrase_start].start..tokens[actor_end].end].into(),
                        actor: actor.into(),
                        via: via.map(Into::into),
                    },
                });
            }
        }
        k = next;
    }
    cues
}

/// Whether the verb of speech at `at` is passive or an infinitive, perhaps past adverbs:
/// "were reported missing", "are also said to be missing", "people said to be missing" name
/// no speaker.
fn passive_speech(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    let after_auxiliary = keys[..at]
        .iter()
        .rev()
        .find(|w| !lexicon.speech_adverbs.contains(**w))
        .is_some_and(|w| lexicon.passive.contains(*w) || lexicon.infinitive_markers.contains(*w));
    let before_infinitive = keys
        .get(at + 1)
        .is_some_and(|w| lexicon.infinitive_markers.contains(*w))
        && keys
            .get(at + 2)
            .is_some_and(|w| lexicon.reported_infinitives.contains(*w));
    after_auxiliary || before_infinitive
}

/// Whether the verb of speech at `at` is an adjective on a figure's name after a determiner:
/// "the other confirmed deaths were from …" is no one's confirmation.
fn modifies_figure_name(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    at.checked_sub(1).is_some_and(|before| {
        lexicon.determiners.contains(keys[before]) || lexicon.order_words.contains(keys[before])
    }) && lexicon.nominal.match_at(keys, at + 1).is_some()
}

/// Whether the verb of speech at `at` has for object, past its figure, what an event takes
/// (`taken_objects`): "the crash claimed 270 lives" is no one's claim.
fn takes_lives(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    let mut k = at + 1;
    while k < keys.len().min(at + 1 + lexicon.noun_phrase_words) {
        if let Some((len, _)) = lexicon.qualifiers.match_at(keys, k) {
            k += len;
        } else if keys[k] == ","
            || keys[k].starts_with(|c: char| c.is_ascii_digit())
            || lexicon.number_words.contains(keys[k])
        {
            k += 1;
        } else {
            return lexicon.taken_objects.contains(keys[k]);
        }
    }
    false
}

/// The cue that covers a claim starting at token `at`: the nearest before it, else the
/// nearest after it ("…, killing 11 people, the officials said").
pub fn cue_for(cues: &[Cue], at: usize) -> Option<&Cue> {
    cues.iter()
        .rev()
        .find(|c| c.at < at)
        .or_else(|| cues.iter().find(|c| c.at > at))
}

/// Where the sentence's subject starts: after an opening frame ("In Norvale, …").
pub fn subject_start(tokens: &[Token<'_>], keys: &[&str], lexicon: &Lexicon) -> usize {
    let opens_with_frame = keys.first().is_some_and(|k| {
        lexicon.place_prepositions.contains(*k)
            || lexicon.frame_time.contains(*k)
            || *k == "earlier"
    });
    if opens_with_frame && let Some(comma) = keys.iter().take(8).position(|k| *k == ",") {
        return (comma + 1).min(tokens.len());
    }
    0
}

/// Whether a capitalised speech word inside a sentence is part of a name ("the United
/// States, and …"): in a title-case headline ("Officials Say 40 Dead") the word after it is
/// capitalised or a figure too.
fn is_name_part(tokens: &[Token<'_>], at: usize) -> bool {
    at > 0
        && tokens[at].is_capitalized()
        && !tokens
            .get(at + 1)
            .is_some_and(|next| next.is_capitalized() || next.is_digits())
}

/// Whether the phrase starting at `start` is introduced by "the".
pub fn is_definite(tokens: &[Token<'_>], start: usize) -> bool {
    start > 0 && tokens[start - 1].key == "the"
}

/// Whether a word is a verb the lexicon knows, so it cannot describe a speaker.
fn is_verb(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    lexicon.speech.contains(keys[at])
        || lexicon.participle.contains(keys[at])
        || lexicon.active.match_at(keys, at).is_some()
        || lexicon.predicate.match_at(keys, at).is_some()
        || lexicon.accusation.match_at(keys, at).is_some()
        || lexicon.denial.match_at(keys, at).is_some()
        || lexicon.responsibility.match_at(keys, at).is_some()
}

fn is_acronym(token: &Token<'_>) -> bool {
    token.text.chars().count() >= 2
        && token
            .text
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether a token can be part of a speaker's description.
fn speaker_word(token: &Token<'_>, lexicon: &Lexicon) -> bool {
    (token.is_word() && token.is_capitalized()) || lexicon.roles.contains(token.key.as_str())
}

/// The speaker phrase ending just before token `end`: "Chile's military", "A hospital
/// official in Norvale", "Omar-al-Velin, a senior police officer". Token range, inclusive.
pub fn actor_before(
    tokens: &[Token<'_>],
    keys: &[&str],
    end: usize,
    lexicon: &Lexicon,
) -> Option<(usize, usize)> {
    let mut end = end;
    while end > 0
        && lexicon.auxiliaries.contains(keys[end - 1])
        && !lexicon.speech.contains(keys[end - 1])
    {
        end -= 1;
    }
    // ("The Defence Headquarters on Saturday said": the day is no speaker)
    if end > 0 && lexicon.weekdays.contains(keys[end - 1]) {
        end -= 1;
        if end > 0 && lexicon.time_filler.contains(keys[end - 1]) {
            end -= 1;
        }
    }
    let last = end.checked_sub(1)?;
    if keys[last] == "," {
        // NAME, a ROLE …, said
        let open = (last.saturating_sub(12)..last)
            .rev()
            .find(|&i| keys[i] == ",")?;
        let appositive = &tokens[open + 1..last];
        // "a senior police officer", "spokesman for the ministry", "Veldra's chief minister"
        let describes = appositive.first().is_some_and(|t| {
            lexicon.determiners.contains(t.key.as_str())
                || lexicon.roles.contains(t.key.as_str())
                || t.is_possessive()
        }) && appositive
            .iter()
            .any(|t| lexicon.roles.contains(t.key.as_str()));
        // ROLE, NAME, said: "The operator, Varno Lines, said" names the speaker after the role
        let names = !appositive.is_empty()
            && appositive
                .iter()
                .all(|t| t.is_capitalized() || lexicon.name_joiners.contains(t.key.as_str()));
        if !describes && !names {
            return None;
        }
        let (name_start, _) = actor_before(tokens, keys, open, lexicon)?;
        return Some(if describes {
            (name_start, last - 1)
        } else {
            (open + 1, last - 1)
        });
    }
    let pronoun =
        lexicon.person_pronouns.contains(keys[last]) || lexicon.group_pronouns.contains(keys[last]);
    if pronoun {
        return Some((last, last));
    }
    // "groups who accuse": the noun before the relative pronoun
    if matches!(keys[last], "who" | "which" | "that") {
        return actor_before(tokens, keys, last, lexicon);
    }
    let mut start = end;
    let mut seen_role = false;
    let mut modifiers = 0;
    while start > 0 {
        let t = &tokens[start - 1];
        let accepted_next = tokens.get(start).filter(|_| start < end);
        let glued = accepted_next.is_some_and(|n| n.touches(t) && (t.text == "-" || n.text == "-"));
        if lexicon.determiners.contains(t.key.as_str()) && !lexicon.roles.contains(t.key.as_str()) {
            // a determiner opens the phrase ("the military"), except "of" ("one of the …")
            start -= 1;
            if t.key != "of" {
                break;
            }
            continue;
        }
        let is_modifier = t.is_word()
            && seen_role
            && modifiers < 3
            && !lexicon.not_nouns.contains(t.key.as_str())
            && !is_verb(keys, start - 1, lexicon);
        let accepted = lexicon.roles.contains(t.key.as_str())
            || glued
            || speaker_word(t, lexicon)
            || matches!(t.text, "(" | ")")
            || (t.key == "and" && seen_role)
            || (t.key == "in" && accepted_next.is_some_and(|n| n.is_capitalized()))
            || is_modifier;
        if !accepted {
            break;
        }
        seen_role |= lexicon.roles.contains(t.key.as_str());
        modifiers += usize::from(is_modifier && !speaker_word(t, lexicon));
        start -= 1;
    }
    // "the ministry in the enclave said": the phrase's head comes before the preposition
    if start == end
        && last >= 2
        && lexicon.determiners.contains(keys[last - 1])
        && (lexicon.place_prepositions.contains(keys[last - 2]) || keys[last - 2] == "of")
    {
        return actor_before(tokens, keys, last - 2, lexicon);
    }
    // "the opposition denies": any noun its determiner marks as the subject
    if start == end
        && last > 0
        && tokens[last].is_word()
        && lexicon.determiners.contains(keys[last - 1])
    {
        return Some((last, last));
    }
    trim(tokens, start, end, lexicon)
}

/// The speaker phrase starting at token `from` ("according to security officials, …").
pub fn actor_after(
    tokens: &[Token<'_>],
    keys: &[&str],
    from: usize,
    lexicon: &Lexicon,
) -> Option<(usize, usize)> {
    let mut end = from;
    while end < tokens.len() {
        let t = &tokens[end];
        let role_ahead =
            (end..(end + 4).min(tokens.len())).any(|j| lexicon.roles.contains(keys[j]));
        let glued = end > from
            && t.touches(&tokens[end - 1])
            && (t.text == "-" || tokens[end - 1].text == "-");
        let ok = speaker_word(t, lexicon)
            || glued
            || matches!(t.text, "(" | ")")
            || (lexicon.determiners.contains(t.key.as_str()) && t.key != "that")
            || (t.key == "and" && role_ahead)
            || (t.key == "in" && tokens.get(end + 1).is_some_and(|n| n.is_capitalized()))
            || (t.is_word()
                && role_ahead
                && !lexicon.not_nouns.contains(t.key.as_str())
                && !is_verb(keys, end, lexicon)
                && t.key != "who");
        if !ok {
            break;
        }
        end += 1;
    }
    // "X, the station house officer in Y, …": keep the appositive
    if end < tokens.len()
        && keys[end] == ","
        && let Some(close) = (end + 1..(end + 12).min(tokens.len())).find(|&i| keys[i] == ",")
    {
        let appositive = &tokens[end + 1..close];
        if appositive
            .first()
            .is_some_and(|t| lexicon.determiners.contains(t.key.as_str()))
            && appositive
                .iter()
                .any(|t| lexicon.roles.contains(t.key.as_str()))
        {
            end = close;
        }
    }
    trim(tokens, from, end, lexicon)
}

/// Trims joining words from both ends of `start..end`; `None` when nothing names a speaker.
fn trim(
    tokens: &[Token<'_>],
    mut start: usize,
    mut end: usize,
    lexicon: &Lexicon,
) -> Option<(usize, usize)> {
    let loose = |t: &Token<'_>| {
        matches!(t.key.as_str(), "and" | "in" | "of" | "," | "(")
            || lexicon.determiners.contains(t.key.as_str())
    };
    while start < end && loose(&tokens[start]) {
        start += 1;
    }
    while end > start && (loose(&tokens[end - 1]) || tokens[end - 1].text == ",") {
        end -= 1;
    }
    (start < end && tokens[start..end].iter().any(|t| speaker_word(t, lexicon)))
        .then(|| (start, end - 1))
}

/// The normalised actor of a speaker phrase, and whether it names a person:
/// an acronym in parentheses ("RLF"), a name after a title ("Dana Whitlock"), a described
/// role ("security officials"), else the proper name ("Freedonia").
pub fn normalise(tokens: &[Token<'_>], lexicon: &Lexicon) -> (String, bool) {
    if let Some(w) = tokens
        .windows(3)
        .find(|w| w[0].text == "(" && w[2].text == ")" && is_acronym(&w[1]))
    {
        return (w[1].text.to_owned(), false);
    }
    // "NAME, a senior police officer": the name
    let first_segment: Vec<&Token<'_>> = tokens.iter().take_while(|t| t.text != ",").collect();
    let segment_is_name = first_segment.len() < tokens.len()
        && first_segment
            .iter()
            .all(|t| t.is_capitalized() || t.text == "-" || t.is_word());
    let tokens: Vec<&Token<'_>> = if segment_is_name {
        first_segment
    } else {
        tokens.iter().collect()
    };
    // drop a trailing place: "… official in Norvale" (never the whole phrase: "in said")
    let cut = tokens
        .iter()
        .position(|t| t.key == "in")
        .filter(|&at| at > 0)
        .unwrap_or(tokens.len());
    let tokens = &tokens[..cut];
    let last_title = tokens.iter().rposition(|t| {
        lexicon.titles.contains(t.key.as_str()) || lexicon.roles.contains(t.key.as_str())
    });
    let after: Vec<&&Token<'_>> = match last_title {
        Some(i) => tokens[i + 1..].iter().collect(),
        None => tokens.iter().collect(),
    };
    let name: Vec<&&Token<'_>> = after
        .iter()
        .copied()
        .filter(|t| !lexicon.determiners.contains(t.key.as_str()))
        .collect();
    if !name.is_empty()
        && name
            .iter()
            .all(|t| t.is_capitalized() || t.text == "-" || t.is_word())
    {
        let words = joined(name.iter().map(|t| **t), Token::without_possessive);
        let is_person =
            last_title.is_some() || name.iter().filter(|t| t.is_capitalized()).count() >= 2;
        return (words, is_person);
    }
    // an organisation whose name ends in a role word: "Liberation Army", "Interior Ministry"
    if let Some(i) = last_title {
        let run_start = tokens[..=i]
            .iter()
            .rposition(|t| !t.is_capitalized())
            .map_or(0, |p| p + 1);
        let run = &tokens[run_start..=i];
        if run.len() >= 2 && tokens[i].is_capitalized() && !run[0].is_possessive() {
            return (
                joined(run.iter().copied(), Token::without_possessive),
                false,
            );
        }
    }
    // a role, with its modifiers, after any possessor or determiner
    let role_end = last_title.unwrap_or(tokens.len().saturating_sub(1));
    let role_start = tokens[..=role_end.min(tokens.len().saturating_sub(1))]
        .iter()
        .rposition(|t| t.is_possessive() || lexicon.determiners.contains(t.key.as_str()))
        .map_or(0, |i| i + 1);
    let words: Vec<String> = tokens[role_start..=role_end.min(tokens.len().saturating_sub(1))]
        .iter()
        .map(|t| {
            if is_acronym(t)
                || (t.is_capitalized()
                    && !lexicon.roles.contains(t.key.as_str())
                    && !lexicon.titles.contains(t.key.as_str()))
            {
                t.without_possessive().to_owned()
            } else {
                t.key.to_string()
            }
        })
        .collect();
    (words.join(" "), false)
}

#[cfg(test)]
mod tests {
    use super::super::text::sentences;
    use super::*;

    fn actors(texts: &[&str]) -> Vec<Vec<(String, Option<String>)>> {
        let lexicon = Lexicon::bundled();
        let mut speakers = Speakers::default();
        texts
            .iter()
            .map(|text| {
                let arena = bumpalo::Bump::new();
                let sentence = sentences(text, &arena, |_| false, |_| true).next().unwrap();
                let signals = lexicon.signals(&sentence.keys());
                cues(&sentence, &signals, text, &mut speakers, &lexicon)
                    .into_iter()
                    .map(|c| {
                        let via = c.attribution.via.map(|v| v.to_string());
                        (c.attribution.actor.to_string(), via)
                    })
                    .collect()
            })
            .collect()
    }

    fn one(text: &str) -> String {
        actors(&[text])[0][0].0.clone()
    }

    #[test]
    fn names_after_titles_and_roles_with_modifiers() {
        assert_eq!(
            one("Regional Health Minister Ana Costa said 12 people died."),
            "Ana Costa"
        );
        assert_eq!(
            one("A hospital official in Lagos said 15 bodies were received."),
            "hospital official"
        );
        assert_eq!(
            one("The country's coast guard said 40 migrants were missing."),
            "coast guard"
        );
        assert_eq!(
            one("Rescue officials said 9 hikers were found."),
            "rescue officials"
        );
    }

    #[test]
    fn a_day_before_the_verb_of_speech_is_no_speaker() {
        assert_eq!(
            one("The coast guard on Saturday said 40 migrants were rescued."),
            "coast guard"
        );
        assert_eq!(one("Police Monday said 12 people were arrested."), "police");
    }

    #[test]
    fn according_to_and_appositives() {
        assert_eq!(
            one(
                "According to John Mbeki, the district police chief in Kisumu, 30 protesters were arrested."
            ),
            "John Mbeki"
        );
        assert_eq!(
            one("The fire killed 8 workers, Maria Lopez, a senior fire officer, said."),
            "Maria Lopez"
        );
        assert_eq!(
            one("The operator, Varno Lines, said only 12 passengers had died."),
            "Varno Lines"
        );
        assert_eq!(
            one("At least 20 died, according to emergency officials."),
            "emergency officials"
        );
    }

    #[test]
    fn a_passive_verb_of_speech_names_no_speaker() {
        let found = actors(&[
            "Thousands of people are also said to be missing.",
            "Nine people were reported missing.",
            "Thousands of people said to be missing, the mayor said.",
        ]);
        assert_eq!(found[0], []);
        assert_eq!(found[1], []);
        assert_eq!(found[2], [("mayor".to_owned(), None)]);
    }

    #[test]
    fn a_possessive_appositive_describes_the_name_before_it() {
        assert_eq!(
            one(
                "Ana Costa, Veldra's chief minister, said the total number of people in camps had risen to 725,000."
            ),
            "Ana Costa"
        );
        // a figure's name after the verb is no speaker
        let found = actors(&["Later, said the total number of people in camps, 725,000 remain."]);
        assert_eq!(found[0], []);
    }

    #[test]
    fn acronyms_in_parentheses_name_the_group() {
        assert_eq!(
            one("The National Disaster Management Authority (NDMA) said 300 homes were destroyed."),
            "NDMA"
        );
    }

    #[test]
    fn chains_keep_the_relay() {
        let found = actors(&["Five guards were killed, AFP, citing police sources, reported."]);
        assert_eq!(
            found[0][0],
            ("police sources".to_owned(), Some("AFP".to_owned()))
        );
    }

    #[test]
    fn pronouns_and_definite_roles_refer_back() {
        let found = actors(&[
            "Fire officer Maria Lopez said 8 workers died.",
            "Three more were injured, she said.",
            "Many fled, according to local police officials.",
            "Roads were closed, the officials said.",
            "Two bridges fell, army officials said.",
            "Power failed, the spokesman said.",
            "Schools shut, the officials said.",
        ]);
        assert_eq!(found[1][0].0, "Maria Lopez");
        assert_eq!(found[3][0].0, "local police officials");
        // no earlier speaker ends in "spokesman"; "the officials" is the latest that does
        assert_eq!(found[5][0].0, "spokesman");
        assert_eq!(found[6][0].0, "army officials");
    }

    #[test]
    fn a_speech_verb_whose_object_is_lives_names_no_speaker() {
        assert_eq!(
            actors(&["The flood claimed more than 270 lives, officials said."]),
            [[("officials".to_string(), None)]]
        );
        assert_eq!(
            actors(&["The group claimed 84 soldiers were killed."]),
            [[("group".to_string(), None)]]
        );
    }

    #[test]
    fn a_speech_verb_in_an_infinitive_names_no_speaker() {
        let found = actors(&[
            "Twenty firefighters, who rushed to put out the fires, were killed.",
            "Officials put the toll at 20.",
        ]);
        assert!(found[0].is_empty(), "{found:?}");
        assert_eq!(found[1], [("officials".to_owned(), None)]);
    }

    #[test]
    fn participles_take_the_speaker_of_the_clause() {
        let found = actors(&["The rebel group claimed the raid, saying 30 soldiers died."]);
        assert!(
            found[0].iter().all(|(a, _)| a == "rebel group"),
            "{found:?}"
        );
    }
}
