//! Finding quantities in a sentence: digits, number words, scale words and vague quantities,
//! minus the numbers that are not counts (years, dates, times, ages, money, units, counters).

use super::context::country_before_figure;
use super::lexicon::{Lexicon, Signals};
use super::text::{Token, split_possessive_after};
use crate::model::Qualifier;
use crate::text::countries::is_demonym;
use crate::text::nouns::Reading;

/// The last day of the longest month: a larger figure before a month word is no date.
const MAX_DAY_OF_MONTH: u64 = 31;
/// The last hour of a twelve-hour clock: a larger figure before "am" or "pm" is no time.
const MAX_CLOCK_HOUR: u64 = 12;

/// A quantity found in a sentence: tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    pub first: usize,
    pub last: usize,
    /// The figure; `None` for vague quantities ("dozens").
    pub value: Option<u64>,
    /// The lowest value it stands for (the figure, or a vague word's coded bound).
    pub low: u64,
    /// "a dozen": a figure that is itself approximate.
    pub approximate: bool,
    /// "nine of them", "27 of the dead": part of a group named after it. Such a figure is a
    /// claim only when an outcome of its own follows ("were declared dead").
    pub partitive: bool,
    /// "400 to 700", "between 300 and 500": a range, its upper bound the figure and its lower
    /// bound `low`.
    pub ranged: bool,
    /// "10,000 or more", "300 or so": a qualifier after the figure, which `last` covers.
    pub trailing: Option<Qualifier>,
}

/// Every quantity in the sentence that could be a count.
/// `signals` are the tokens' keys' ([`Lexicon::signals`]).
pub fn quantities(tokens: &[Token<'_>], signals: &[Signals], lexicon: &Lexicon) -> Vec<Quantity> {
    let keys: Vec<&str> = tokens.iter().map(|t| t.key.as_str()).collect();
    let mut found = Vec::new();
    let mut i = 0;
    // the last token of a figure a word before it made no count ("age three")
    let mut labelled_end = None;
    while i < tokens.len() {
        let quantity = quantity_at(tokens, &keys, signals, i, lexicon)
            .or_else(|| same_as_before(&keys, i, found.last(), lexicon));
        match quantity {
            Some(mut q) => {
                if let Some(range) = range_from(tokens, &keys, signals, &q, lexicon) {
                    q = range;
                } else if let Some((len, &qualifier)) =
                    lexicon.trailing_qualifiers.match_at(&keys, q.last + 1)
                {
                    q.last += len;
                    q.trailing = Some(qualifier);
                }
                // ("a toddler age three or four": the label covers the figure joined to it)
                let joined_to_labelled = labelled_end.is_some_and(|end: usize| {
                    end + 2 == q.first
                        && lexicon.coordinators.contains(keys[end + 1])
                        && !counted_next(&keys, q.last + 1, lexicon)
                });
                if !joined_to_labelled && is_count(tokens, &keys, &q, lexicon) {
                    q.partitive = is_partitive(tokens, &keys, &q, lexicon);
                    found.push(q);
                }
                let labelled = q.first > 0 && lexicon.before_number.contains(keys[q.first - 1]);
                labelled_end = labelled.then_some(q.last);
                i = q.last + 1;
            }
            None => i += 1,
        }
    }
    found
}

/// The figure an "an equal number" at `at` restates: the one before it in the sentence.
fn same_as_before(
    keys: &[&str],
    at: usize,
    before: Option<&Quantity>,
    lexicon: &Lexicon,
) -> Option<Quantity> {
    let before = before.filter(|q| q.value.is_some())?;
    let (len, _) = lexicon.same_as_before.match_at(keys, at)?;
    Some(Quantity {
        first: at,
        last: at + len - 1,
        partitive: false,
        trailing: None,
        ..*before
    })
}

/// Whether a figure's name ends at `end`, or before an adverb there ("deaths now").
fn named_before(keys: &[&str], end: usize, lexicon: &Lexicon) -> bool {
    let named = |end| lexicon.nominal.match_ending_at(keys, end).is_some();
    named(end) || end > 0 && lexicon.speech_adverbs.contains(keys[end - 1]) && named(end - 1)
}

/// Whether a counted noun (a subject's word or a plural) stands within the noun lookahead
/// from `at` ("40 other passengers").
fn counted_next(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    (at..keys.len().min(at + lexicon.noun_lookahead))
        .any(|k| lexicon.subjects.match_at(keys, k).is_some() || lexicon.is_plural(keys[k]))
}

/// The range `q` opens ("400 to 700", "between 300 and 500", "200 to more than 350"), if it
/// opens one: ascending, and not a change ("rose from 40 to 46", "rose by more than 500 to
/// 1,941").
fn range_from(
    tokens: &[Token<'_>],
    keys: &[&str],
    signals: &[Signals],
    q: &Quantity,
    lexicon: &Lexicon,
) -> Option<Quantity> {
    let low = q.value?;
    let joint = *keys.get(q.last + 1)?;
    let before = |back: usize| q.first.checked_sub(back).map(|i| keys[i]);
    let opened = before(1).is_some_and(|w| lexicon.range_openers.contains(w));
    if !(lexicon.range_joiners.contains(joint) || opened && lexicon.coordinators.contains(joint)) {
        return None;
    }
    // ("rose on August 15 to 724": a day of a month opens no range)
    if before(1).is_some_and(|w| lexicon.months.contains(w)) {
        return None;
    }
    let mut at = q.last + 2;
    if let Some((len, _)) = lexicon.qualifiers.match_at(keys, at) {
        at += len;
    }
    if at >= tokens.len() {
        return None;
    }
    let upper = quantity_at(tokens, keys, signals, at, lexicon)?;
    // ("then from 30 to 60 metres": a span of a measure is a range, whatever leads to it)
    let measure = keys
        .get(upper.last + 1)
        .is_some_and(|w| lexicon.unit_words.contains(*w));
    // (past a qualifier of the first figure: "has risen by more than 500 to 1,941")
    let lead = lexicon
        .qualifiers
        .match_ending_at(keys, q.first)
        .map_or(q.first, |(start, _)| start);
    let before_lead = |back: usize| lead.checked_sub(back).map(|i| keys[i]);
    // ("rose dramatically from 297 to 631", "has increased, from 7,817 to 8,151": past a
    // comma, then an adverb)
    let mut verb = 2;
    if before_lead(verb) == Some(",") {
        verb += 1;
    }
    if before_lead(verb).is_some_and(|w| lexicon.is_adverb(w)) {
        verb += 1;
    }
    let change = before_lead(1)
        .is_some_and(|w| lexicon.moved_to.contains(w) || lexicon.increments.contains(w))
        && before_lead(verb).is_some_and(|w| lexicon.change.contains(w));
    if change && !measure {
        return None;
    }
    let high = upper.value.filter(|&high| high > low)?;
    // "between 2010 and 2014" is a span of years
    let year = |value: u64| u32::try_from(value).is_ok_and(|v| lexicon.is_year(v));
    if year(low) && year(high) {
        return None;
    }
    Some(Quantity {
        first: q.first,
        last: upper.last,
        value: Some(high),
        low,
        approximate: false,
        partitive: false,
        ranged: true,
        trailing: None,
    })
}

fn quantity_at(
    tokens: &[Token<'_>],
    keys: &[&str],
    signals: &[Signals],
    i: usize,
    lexicon: &Lexicon,
) -> Option<Quantity> {
    // one look decides for nearly every token: a figure opens with a digit or a number word
    // (as every vague quantity does)
    let opens_figure = tokens[i].is_digits() || signals[i].has(Signals::NUMBER);
    if opens_figure && let Some((len, &low)) = lexicon.vague.match_at(keys, i) {
        return Some(Quantity {
            first: i,
            last: i + len - 1,
            value: None,
            low,
            approximate: false,
            partitive: false,
            ranged: false,
            trailing: None,
        });
    }
    // ("Over Dozen Killed": a headline drops the article after a qualifier)
    if keys[i] == "dozen" && lexicon.qualifiers.match_ending_at(keys, i).is_some() {
        return Some(Quantity {
            first: i,
            last: i,
            value: Some(lexicon.dozen),
            low: lexicon.dozen,
            approximate: true,
            partitive: false,
            ranged: false,
            trailing: None,
        });
    }
    if keys[i] == "a" {
        let next = *keys.get(i + 1)?;
        let (value, approximate) = if next == "dozen" {
            (lexicon.dozen, true)
        } else {
            (*lexicon.scales.get(next)?, false)
        };
        // "half a dozen", "half a million"
        let halved = i > 0 && lexicon.halves.contains(keys[i - 1]);
        let (value, first) = if halved {
            (value / 2, i - 1)
        } else {
            (value, i)
        };
        return Some(Quantity {
            first,
            last: i + 1,
            value: Some(value),
            low: value,
            approximate,
            partitive: false,
            ranged: false,
            trailing: None,
        });
    }
    if !opens_figure {
        return None;
    }
    let (value, last) = if tokens[i].is_digits() {
        digits_at(tokens, keys, i, lexicon)?
    } else {
        words_at(keys, i, lexicon)?
    };
    // "two dozen"
    let (value, last) = match keys.get(last + 1) {
        Some(&"dozen") => (value.checked_mul(lexicon.dozen)?, last + 1),
        _ => (value, last),
    };
    Some(Quantity {
        first: i,
        last,
        value: Some(value),
        low: value,
        approximate: false,
        partitive: false,
        ranged: false,
        trailing: None,
    })
}

/// "1,200", "67", "2.5 million", "3 lakh", "3 000". A decimal without a scale word is not a
/// count.
fn digits_at(
    tokens: &[Token<'_>],
    keys: &[&str],
    i: usize,
    lexicon: &Lexicon,
) -> Option<(u64, usize)> {
    // ("3 000 have been evacuated": thousands set apart by a space, as some styles write them)
    let grouped_end = spaced_thousands_end(tokens, i);
    if grouped_end > i {
        let plain: String = tokens[i..=grouped_end].iter().map(|t| t.text).collect();
        return Some((plain.parse().ok()?, grouped_end));
    }
    // ("1.2million": a scale word glued to its figure)
    let key = keys[i];
    let (text, glued) = match key.find(char::is_alphabetic) {
        Some(at) => (&key[..at], Some(*lexicon.scales.get(&key[at..])?)),
        None => (key, None),
    };
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let plain: String = text.chars().filter(|&c| c != ',').collect();
    // ("1.7-million people": or joined to it by a hyphen)
    let hyphened = keys.get(i + 1) == Some(&"-")
        && tokens[i + 1].touches(&tokens[i])
        && tokens.get(i + 2).is_some_and(|t| t.touches(&tokens[i + 1]));
    let scale_at = i + 1 + usize::from(hyphened);
    let (scale, last) = match glued {
        Some(scale) => (Some(scale), i),
        None => (
            keys.get(scale_at)
                .and_then(|k| lexicon.scales.get(*k))
                .copied(),
            scale_at,
        ),
    };
    // ("1,919,485 million people": a figure already written out to its millions is whole, and
    // a scale word after it a slip; "1,000 million" is a thousand million)
    let scale = scale.filter(|_| glued.is_some() || text.matches(',').count() < 2);
    match (plain.split_once('.'), scale) {
        (None, None) => Some((plain.parse().ok()?, i)),
        (None, Some(scale)) => Some((plain.parse::<u64>().ok()?.checked_mul(scale)?, last)),
        (Some(_), Some(scale)) => {
            let x: f64 = plain.parse().ok()?;
            let value = x * scale as f64;
            (value.is_finite() && value < u64::MAX as f64).then(|| (value.round() as u64, last))
        }
        (Some(_), None) => None,
    }
}

/// The last token of a figure written in groups of three digits set apart by a space (or a
/// no-break or thin space: at most `THOUSANDS_GAP` bytes) after a first group of one to three
/// digits ("3 000", "12 346"); `i` when the figure at `i` is not so written.
fn spaced_thousands_end(tokens: &[Token<'_>], i: usize) -> usize {
    // (a space, a no-break space or a narrow no-break space, in UTF-8 bytes)
    const THOUSANDS_GAP: usize = 3;
    // (no further than a u64's digits, so that a long run of such groups is read once per
    // group, not to its end from each)
    const MOST_GROUPS: usize = u64::MAX.ilog10() as usize / 3;
    let digits = |t: &Token<'_>, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(&tokens[i], 1..=3) {
        return i;
    }
    let mut end = i;
    while end - i < MOST_GROUPS
        && let Some(next) = tokens.get(end + 1)
        && digits(next, 3..=3)
        && (1..=THOUSANDS_GAP).contains(&next.start.saturating_sub(tokens[end].end))
    {
        end += 1;
    }
    end
}

/// "Fifteen", "twenty-three", "two hundred and fifty", "three thousand".
fn words_at(keys: &[&str], i: usize, lexicon: &Lexicon) -> Option<(u64, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut last = None;
    let mut j = i;
    while let Some(&key) = keys.get(j) {
        if let Some(&v) = lexicon.units.get(key) {
            current += v;
        } else if let Some(&v) = lexicon.tens.get(key) {
            current += v;
        } else if let (Some(&scale), true) = (lexicon.scales.get(key), last.is_some()) {
            if scale == 100 {
                current = current.max(1) * 100;
            } else {
                total = total.checked_add(current.max(1).checked_mul(scale)?)?;
                current = 0;
            }
        } else if let Some(prev) = last.map(|l| keys[l]) {
            // "twenty-three" (a hyphen after tens), "two-hundred" (a hyphen before a scale),
            // "two hundred and fifty" ("and" after a scale), and only when a number word follows
            let next = keys.get(j + 1).copied().unwrap_or("");
            let below_hundred =
                |word: &str| lexicon.units.contains_key(word) || lexicon.tens.contains_key(word);
            let joins = (key == "-" && lexicon.tens.contains_key(prev) && below_hundred(next))
                || (key == "-" && below_hundred(prev) && lexicon.scales.contains_key(next))
                || (key == "and" && lexicon.scales.contains_key(prev) && below_hundred(next));
            if !joins {
                break;
            }
        } else {
            break;
        }
        if key != "-" && key != "and" {
            last = Some(j);
        }
        j += 1;
    }
    last.map(|last| (total + current, last))
}

/// Whether a quantity can be a count, judging by what surrounds it.
fn is_count(tokens: &[Token<'_>], keys: &[&str], q: &Quantity, lexicon: &Lexicon) -> bool {
    let first = &tokens[q.first];
    let before = q.first.checked_sub(1).map(|i| &tokens[i]);
    let after = tokens.get(q.last + 1);
    let after_key = after.map_or("", |t| t.key.as_str());
    if let Some(b) = before {
        // "JF-17", "$4", "No. 5", "Mar 14", "1 / 3", "09:42"
        let glued =
            first.touches(b) && (b.is_word() || matches!(b.text, "-" | "/" | ":" | "$" | "#"));
        // ("between the ages of 4 and 75": the figure joined to an age is one too)
        let joined_to_age = q.first >= 2
            && (lexicon.range_joiners.contains(b.key.as_str())
                || lexicon.coordinators.contains(b.key.as_str()))
            && tokens[q.first - 2].is_digits()
            && lexicon
                .ages_before
                .match_ending_at(keys, q.first - 2)
                .is_some();
        // ("… a woman and a boy, 15.", "Derek Ellington, 45, a rigger": a bare figure set off
        // by a comma after one person is that person's age; after a country's name, its share:
        // "Cameroon, 20; Niger, 19")
        let persons_age = b.text == ","
            && q.first >= 2
            && {
                let (person, key) = (&tokens[q.first - 2], keys[q.first - 2]);
                person.is_capitalized() && person.is_word()
                    || lexicon.nouns.is_person(key) && !lexicon.nouns.is_person_plural(key)
            }
            && after.is_none_or(|a| !a.is_word())
            && country_before_figure(tokens, keys, q.first, q.last, lexicon).is_none();
        // ("the ATR 72 aircraft": a figure between a name in capitals and a singular noun names
        // a model; "US 12 troops" are a count)
        // ("members of the Calle 9 gang": so does one after a capitalised word inside a
        // sentence, before a noun in the singular of any class)
        let initials = b.text.len() > 1 && b.text.chars().all(|c| c.is_ascii_uppercase());
        let inner_name = b.is_capitalized()
            && q.first >= 2
            && tokens[q.first - 2].is_word()
            && !tokens[q.first - 2].is_capitalized()
            && !lexicon.months.contains(b.key.as_str())
            && !lexicon.weekdays.contains(b.key.as_str());
        let model = first.is_digits()
            && b.is_word()
            && (initials || inner_name)
            && after.is_some_and(|a| {
                a.is_word()
                    && !a.is_capitalized()
                    && lexicon.nouns.reading(after_key) == Reading::Noun
                    && !lexicon.nouns.is_person(after_key)
                    && if initials {
                        lexicon.subjects.match_at(keys, q.last + 1).is_none()
                    } else {
                        !lexicon.is_plural(after_key)
                    }
            });
        if glued
            || model
            || joined_to_age
            || persons_age
            || lexicon.ages_before.match_ending_at(keys, q.first).is_some()
            || lexicon.measures_before.match_ending_at(keys, q.first).is_some()
            // ("a magnitude of at least 6": past a qualifier too)
            || lexicon
                .qualifiers
                .match_ending_at(keys, q.first)
                .is_some_and(|(start, _)| {
                    lexicon
                        .measures_before
                        .match_ending_at(keys, start)
                        .is_some()
                })
            || (lexicon.before_number.contains(b.key.as_str())
                // ("could top 2,000": a qualifier, not a rank; "quake deaths top 3000", "the
                // dead now number 58": a figure's name before it, perhaps with an adverb, makes
                // it a verb)
                && lexicon.qualifiers.match_ending_at(keys, q.first).is_none()
                && !named_before(keys, q.first - 1, lexicon))
            || lexicon.months.contains(b.key.as_str())
            // ("Jan. 29, 60 passengers": an abbreviated month's full stop)
            || (b.text == "."
                && q.first >= 2
                && lexicon.months.contains(keys[q.first - 2])
                && b.touches(&tokens[q.first - 2]))
            || matches!(b.text, "/" | "#")
        {
            return false;
        }
    }
    if let Some(a) = after {
        // (a colon after a count opens a list of its parts, "rose to 14: nine in …"; only
        // digits after it make a clock time)
        let glued_mark = a.touches(&tokens[q.last])
            && matches!(a.text, "-" | "/" | "%")
            && !sizes_group(keys, q.last, lexicon);
        let counter = a.text == "/" && tokens.get(q.last + 2).is_some_and(Token::is_digits);
        let clock = a.text == ":" && tokens.get(q.last + 2).is_some_and(Token::is_digits);
        // ("370,000 U.S. dollars": a unit after a country's initials)
        let unit_after_initials = tokens
            .get(q.last + 2)
            .is_some_and(|stop| stop.closes_initials(a))
            && keys
                .get(q.last + 3)
                .is_some_and(|unit| lexicon.unit_words.contains(*unit));
        // (a unit the lexicon lists, or a plural WordNet files under units of measure)
        let unit =
            |key: &str| lexicon.unit_words.contains(key) || lexicon.nouns.is_unit_plural(key);
        // ("4,000 Omani riyals", "20 million Kenyan shillings": a unit past its country)
        let unit_after_demonym = is_demonym(after_key)
            && keys
                .get(q.last + 2)
                .is_some_and(|unit| lexicon.unit_words.contains(*unit));
        // ("hundreds of metres", "millions of dollars": a vague quantity's unit past its "of")
        let unit_of_vague = q.value.is_none()
            && lexicon.partitive_links.contains(after_key)
            && keys.get(q.last + 2).is_some_and(|key| unit(key));
        // ("take two more days": a unit past a word of increment)
        let unit_after_increment = lexicon.increment_words.contains(after_key)
            && keys
                .get(q.last + 2)
                .is_some_and(|unit| lexicon.unit_words.contains(*unit));
        // ("12 May": a day of the month; but "more than 500 may have died", "10 may be
        // missing": no day, or a lower-case word before an auxiliary, is the modal verb)
        let date = lexicon.months.contains(after_key)
            && q.value.is_none_or(|v| v <= MAX_DAY_OF_MONTH)
            && (a.is_capitalized()
                || !keys
                    .get(q.last + 2)
                    .is_some_and(|next| lexicon.auxiliaries.contains(*next)));
        // ("the toll rose to 59 a day earlier": a phrase of relative time, no rate)
        let relative_time = [&lexicon.earlier, &lexicon.later]
            .iter()
            .any(|phrases| phrases.match_at(keys, q.last + 1).is_some());
        if glued_mark
            || counter
            || clock
            || unit_after_initials
            || unit_after_demonym
            || unit_after_increment
            || unit_of_vague
            || unit(after_key) && !relative_time
            || (lexicon.clock_halves.contains(after_key)
                && q.value.is_none_or(|v| v <= MAX_CLOCK_HOUR))
            || date
            || lexicon.age_words.match_at(keys, q.last + 1).is_some()
            || superlative(after_key, lexicon)
        {
            return false;
        }
    }
    // ("gang violence that kills dozens each year": a rate, no count of the event)
    let rate = (q.last + 1..keys.len().min(q.last + 1 + lexicon.rate_window))
        .take_while(|&k| keys[k] != "," && !lexicon.clause_breaks.contains(keys[k]))
        .any(|k| lexicon.rates.match_at(keys, k).is_some());
    if rate {
        return false;
    }
    // ("lives 12 houses away from the depot": a distance, unless a verb before the figure
    // acts on what it counts, whole or split around it: "the current swept 12 bathers away
    // from the bank")
    let distance = keys.get(q.last + 1).is_some_and(|noun| {
        matches!(lexicon.nouns.reading(noun), Reading::Plural | Reading::Noun)
            && lexicon.distances_after.match_at(keys, q.last + 2).is_some()
    }) && {
        let start = lexicon
            .qualifiers
            .match_ending_at(keys, q.first)
            .map_or(q.first, |(start, _)| start);
        let split_verb = start
            .checked_sub(1)
            .map(|verb| [keys[verb], keys[q.last + 2]]);
        lexicon.active.match_ending_at(keys, start).is_none()
            && split_verb.is_none_or(|verb| lexicon.active.match_at(&verb, 0).is_none())
    };
    if distance {
        return false;
    }
    // ("the death of more than one person" says only "several")
    if lexicon
        .indefinite
        .match_ending_at(keys, q.last + 1)
        .is_some()
    {
        return false;
    }
    // "one of the officials said", "surpassing the one that …": a pronoun, not a count
    // ("… added that one severely injured person died": a counted noun a few words on)
    let noun_follows = || {
        (q.last + 1..keys.len().min(q.last + 2 + lexicon.noun_lookahead))
            .take_while(|&k| tokens[k].is_word() && !lexicon.auxiliaries.contains(keys[k]))
            .any(|k| lexicon.subjects.match_at(keys, k).is_some())
    };
    let pronoun = || {
        !first.is_digits()
            && before.is_some_and(|b| lexicon.pronoun_determiners.contains(b.key.as_str()))
            && !noun_follows()
    };
    // ("only one of whom survived", "one of them died": a part with an outcome counts; in
    // "one of those killed was a cleric" the outcome describes the whole, past its head)
    let outcome_follows = || {
        let head = q.last + 2;
        let past_whole = if keys
            .get(head)
            .is_some_and(|k| lexicon.partitive_pronouns.contains(*k))
        {
            head + 1
        } else {
            head + 2
        };
        (past_whole
            ..keys
                .len()
                .min(q.last + 1 + lexicon.partitive_outcome_window))
            .any(|k| lexicon.predicate.match_at(keys, k).is_some())
    };
    // ("one of the worst hostage crises": a superlative's group is a rank, not a count)
    let of_a_superlative = || {
        keys.get(q.last + 3)
            .is_some_and(|&w| superlative(w, lexicon))
    };
    let partitive =
        || is_partitive(tokens, keys, q, lexicon) && (!outcome_follows() || of_a_superlative());
    if q.value == Some(1) && (partitive() || pronoun()) {
        return false;
    }
    // ("helpline numbers 9656938689 and 8086010833": a long run of digits is a number to call or
    // an id)
    if q.first == q.last
        && first.text.len() >= lexicon.identifier_digits
        && first.text.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    // A bare four-digit number in the range of years is a year unless a counted noun follows
    // or an outcome or a verb moving a figure leads to it ("the storm killed 1833", "the
    // toll rose to 2000", "would then be 1833").
    let year_like = first.is_digits()
        && q.first == q.last
        && first.text.len() == 4
        && q.value.is_some_and(|v| (1800..=2100).contains(&v));
    // ("about 2000 missing": an outcome right after it, unless a year's preposition is before)
    let outcome_after = || {
        lexicon.predicate.match_at(keys, q.last + 1).is_some()
            && before.is_none_or(|b| !lexicon.year_prepositions.contains(b.key.as_str()))
    };
    // ("the toll from 2005's hurricane": a year's possessive)
    if year_like && split_possessive_after(tokens, q.first) {
        return false;
    }
    !year_like
        || lexicon.subjects.match_at(keys, q.last + 1).is_some()
        || figure_leads_to(keys, q.first, lexicon)
        || outcome_after()
}

/// Whether an outcome ("killed"), a figure's name ("the toll over 2000") or a verb that moves
/// a figure ("rose", "be"), perhaps with one word a moved figure follows ("rose to"), ends
/// just before `at` or its qualifier.
fn figure_leads_to(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    let at = lexicon
        .qualifiers
        .match_ending_at(keys, at)
        .map_or(at, |(start, _)| start);
    let verb_ends_at = |end: usize| {
        end.checked_sub(1)
            .is_some_and(|v| lexicon.toll_verbs.contains(keys[v]))
            || lexicon.predicate.match_ending_at(keys, end).is_some()
            || lexicon.nominal.match_ending_at(keys, end).is_some()
    };
    verb_ends_at(at) || (at >= 1 && lexicon.moved_to.contains(keys[at - 1]) && verb_ends_at(at - 1))
}

/// "nine of them", "27 of the dead", "40 of whom", "one of Peru's provinces", "600 out of
/// 800 students": the figure picks a part of a group.
fn is_partitive(tokens: &[Token<'_>], keys: &[&str], q: &Quantity, lexicon: &Lexicon) -> bool {
    lexicon.whole_links.match_at(keys, q.last + 1).is_some()
        || keys
            .get(q.last + 1)
            .is_some_and(|k| lexicon.partitive_links.contains(*k))
            && keys.get(q.last + 2).is_some_and(|k| {
                lexicon.partitive_heads.contains(*k) || tokens[q.last + 2].is_possessive()
            })
}

/// Whether a hyphen compound after the number at `last` sizes a group ("10-member",
/// "300-strong").
pub(super) fn sizes_group(keys: &[&str], last: usize, lexicon: &Lexicon) -> bool {
    keys.get(last + 1) == Some(&"-")
        && keys
            .get(last + 2)
            .is_some_and(|w| lexicon.member_compounds.contains(*w))
}

/// Whether a word is a superlative ("highest", "deadliest", or one of `superlative_words`):
/// after a number, a rank.
fn superlative(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.superlative_words.contains(word)
        || lexicon
            .superlative_endings
            .iter()
            .any(|ending| word.len() > ending.len() && word.ends_with(ending.as_str()))
            && matches!(
                lexicon.nouns.reading(word),
                Reading::NotNoun | Reading::Unknown
            )
}

#[cfg(test)]
mod tests {
    use super::super::text::tokens;
    use super::*;

    fn found(text: &str, lexicon: &Lexicon) -> Vec<Quantity> {
        let tokens = tokens(text, 0);
        let keys: Vec<&str> = tokens.iter().map(|t| t.key.as_str()).collect();
        quantities(&tokens, &lexicon.signals(&keys), lexicon)
    }

    fn values(text: &str) -> Vec<Option<u64>> {
        let lexicon = Lexicon::bundled();
        found(text, &lexicon).iter().map(|q| q.value).collect()
    }

    #[test]
    fn thousands_set_apart_by_spaces_are_one_figure_read_a_bounded_way() {
        assert_eq!(
            values("3 000 people, 12\u{a0}346 homes and 1 200 500 goats"),
            [Some(3000), Some(12_346), Some(1_200_500)]
        );
        // (a four-digit number opens no such figure, and a group of two ends none)
        assert_eq!(values("In 2015 300 people fled"), [Some(300)]);
        // a run of groups is read no further than a u64's digits from any of them
        let text = vec!["100"; 1_000].join(" ");
        assert_eq!(spaced_thousands_end(&tokens(&text, 0), 10), 16);
    }

    #[test]
    fn a_figure_between_a_name_in_capitals_and_a_singular_noun_is_a_model() {
        assert_eq!(
            values("The ATR 72 aircraft crashed with 68 passengers"),
            [Some(68)]
        );
        assert_eq!(
            values("The US 12 troops and the BBC 5 people"),
            [Some(12), Some(5)]
        );
        // a capitalised word inside a sentence names one too, before a singular noun only
        assert_eq!(
            values("Members of the rival Calle 9 gang shot 14 inmates"),
            [Some(14)]
        );
        assert_eq!(
            values("Officials in the north said Tuesday 9 guards died"),
            [Some(9)]
        );
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(
            values("1,200 homes and 2.5 million people"),
            [Some(1200), Some(2_500_000)]
        );
        assert_eq!(
            values("Twenty-three miners and two hundred and fifty pilgrims"),
            [Some(23), Some(250)]
        );
        assert_eq!(
            values("3 lakh evacuees, a hundred boats"),
            [Some(300_000), Some(100)]
        );
        assert_eq!(values("two dozen villagers"), [Some(24)]);
        assert_eq!(values("half a dozen men"), [Some(6)]);
        assert_eq!(values("half a million people"), [Some(500_000)]);
        assert_eq!(values("Over Dozen Killed"), [Some(12)]);
        assert_eq!(values("the dozen villagers"), []);
        assert_eq!(
            values("two-hundred pilgrims and three-thousand fans"),
            [Some(200), Some(3000)]
        );
        assert_eq!(values("two and three"), [Some(2), Some(3)]);
        assert_eq!(values("1,919,485 million people"), [Some(1_919_485)]);
        assert_eq!(values("1,000 million people"), [Some(1_000_000_000)]);
    }

    #[test]
    fn vague_quantities_have_no_value_but_a_bound() {
        let lexicon = Lexicon::bundled();
        let found = found("dozens of people and tens of thousands of fans", &lexicon);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].value, found[0].low), (None, 12));
        assert_eq!((found[1].value, found[1].low), (None, 10_000));
    }

    #[test]
    fn numbers_that_are_not_counts_are_dropped() {
        for text in [
            "in 2025 the river rose",
            "on March 14, 2026 at 09:42 PM",
            "the fire broke out at 11 pm",
            "a $4 billion deal",
            "Photo 1 / 3",
            "2 min read",
            "Operation Storm 2.0 began",
            "a 25-year-old man",
            "the JF-17 jets",
            "covers 44% of the land",
            "one of the officials",
            "one of the officials said",
            "the toll surpassed the one of 1992",
            "a magnitude 7.8 quake",
            // units no list names, from WordNet
            "a fine of 500,000 rubles",
            "paid 12,000 hryvnias",
            // (a rate)
            "shootings that kill dozens each year",
            "some 40 people die every year on its roads",
            // (a unit past its country)
            "each family got 4,000 Omani riyals",
            "he was aged 70",
            "a 5 km stretch",
            // (a vague quantity's unit past its "of")
            "debris scattered for hundreds of metres",
            "losses ran to millions of dollars",
            // (phone numbers and ids: long runs of digits with no separator)
            "the helpline numbers - 9656938689 and 8086010833 - for those in need",
        ] {
            assert_eq!(values(text), Vec::<Option<u64>>::new(), "{text}");
        }
    }

    #[test]
    fn an_hour_past_twelve_before_a_half_of_the_day_is_a_count() {
        assert_eq!(values("toll mounts to 108 pm visits"), [Some(108)]);
    }

    #[test]
    fn one_of_a_group_counts_with_an_outcome() {
        assert_eq!(
            values("242 people, only one of whom survived"),
            [Some(242), Some(1)]
        );
    }

    #[test]
    fn one_after_a_determiner_counts_only_with_a_noun() {
        assert_eq!(values("the one soldier was wounded"), [Some(1)]);
        assert_eq!(values("the 1 in the title"), [Some(1)]);
    }

    #[test]
    fn a_year_sized_number_before_a_counted_noun_is_a_count() {
        assert_eq!(values("2000 people fled"), [Some(2000)]);
        // (and seven unseparated digits are still a count)
        assert_eq!(values("1500000 people fled"), [Some(1_500_000)]);
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        // (grouped, so that they are read as counts, not as ids)
        let digits = vec!["999"; 134].join(",");
        assert_eq!(
            values(&format!("{digits} people")),
            Vec::<Option<u64>>::new()
        );
        assert_eq!(
            values("99999999999999billion people"),
            Vec::<Option<u64>>::new()
        );
        // (a figure written out to its millions takes no scale word, so cannot overflow by it)
        assert_eq!(
            values("99,999,999,999,999 billion people"),
            [Some(99_999_999_999_999)]
        );
    }
}
