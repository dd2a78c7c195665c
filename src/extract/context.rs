//! Where and when: places from a sentence or its paragraph's frame, and how a sentence's
//! time relates to the article's main event.

use super::lexicon::Lexicon;
use super::text::{
    Sentence, Token, for_each_segment, key_of, sentences, split_possessive_after, tokens,
    without_possessive,
};
use crate::model::{Article, BlockKind, TimeScope};
use crate::text::countries;
use bumpalo::Bump;
use rustc_hash::FxHashSet as HashSet;
use std::cmp::Reverse;

/// What an article says about its main event, gathered once.
#[derive(Debug, Default)]
pub struct EventFrame {
    /// Capitalised words of the headline: the event's region, never a spot within it.
    region: HashSet<String>,
    /// The day of the main event as written ("Saturday"), from the headline or lead.
    pub weekday: Option<String>,
    /// Year and month of publication.
    published: Option<(u32, u32)>,
    /// The year the article writes from: its publication's, else the latest date it names.
    year: Option<u32>,
}

impl EventFrame {
    pub fn of(article: &Article, lexicon: &Lexicon) -> Self {
        let published = article.published.as_deref().and_then(year_month);
        let mut frame = Self {
            published,
            year: published.map(|(year, _)| year).or_else(|| {
                article
                    .blocks
                    .iter()
                    .filter(|b| b.kind.is_article_text())
                    .filter_map(|b| latest_year(article.text(b), lexicon))
                    .max()
            }),
            ..Self::default()
        };
        let headlines = article
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Headline);
        let titles = std::iter::once(article.title()).chain(headlines.map(|b| article.text(b)));
        for title in titles {
            let title = tokens(title, 0);
            for t in title.iter().filter(|t| t.is_capitalized()) {
                frame
                    .region
                    .insert(key_of(t.without_possessive()).into_owned());
            }
            // (a headline in lower case, "storm kills 12 in kenya and uganda", names its
            // countries too)
            let keys: Vec<&str> = title.iter().map(|t| t.key.as_str()).collect();
            for name in countries::names_among(&keys) {
                frame
                    .region
                    .extend(name.iter().map(|&word| word.to_owned()));
            }
        }
        let lead = article
            .blocks
            .iter()
            .filter(|b| b.kind.is_article_text())
            .take(lexicon.weekday_lead_blocks);
        // the words' keys only: a lead block is long, and tokens of it are not needed
        frame.weekday = lead
            .map(|b| article.text(b))
            .filter(|text| lexicon.weekday_finder.may_hold(text))
            .find_map(|text| {
                let mut weekday = None;
                for_each_segment(text, |_, word| {
                    if weekday.is_none() && lexicon.weekdays.contains(key_of(word).as_ref()) {
                        weekday = Some(word);
                    }
                });
                weekday
            })
            .map(|word| without_possessive(word).to_owned());
        // The first place the lead sentence names is where the event happened ("… were
        // killed in Kisumu on Tuesday"): the event's own location, like the headline's.
        let lead_block = article.blocks.iter().find(|b| b.kind == BlockKind::Body);
        let lead_text = lead_block.map(|b| super::text::fold_line_breaks(article.text(b)));
        let arena = Bump::new();
        let lead_sentence = lead_text
            .as_deref()
            .and_then(|t| block_sentences(t, &arena, lexicon).next());
        if let Some(place) = lead_sentence.and_then(|s| {
            places(&s, &frame, std::iter::empty(), lexicon)
                .into_iter()
                .find_map(|p| p.name)
        }) {
            for word in place.split([' ', '-']) {
                frame.region.insert(key_of(word).into_owned());
            }
        }
        frame
    }
}

/// The latest year a text dates something with ("June 2023", "Aug. 10, 2023"), not a year
/// it refers to ("since 1960"): one pass over its bytes, as most text holds no digit.
fn latest_year(text: &str, lexicon: &Lexicon) -> Option<u32> {
    let bytes = text.as_bytes();
    let mut latest = None;
    let mut i = 0;
    while let Some(start) = crate::words::next_digit(bytes, i) {
        i = start;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        // (a comma that a space follows ends a year: "On May 4, 2017, rivers rose";
        // one a digit follows is inside a figure)
        let whole = start.checked_sub(1).is_none_or(|p| bytes[p] == b' ')
            && bytes.get(i).is_none_or(|b| {
                !b.is_ascii_alphanumeric()
                    && (*b != b',' || bytes.get(i + 1).is_none_or(|next| !next.is_ascii_digit()))
            });
        if i - start != 4 || !whole {
            continue;
        }
        let before = text[..start].trim_end();
        let word = before.rsplit(' ').next().unwrap_or(before);
        let day = word
            .strip_suffix(',')
            .is_some_and(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
        let month = lexicon
            .months
            .contains(&word.trim_end_matches(['.', ',']).to_lowercase());
        if day || month {
            latest = latest.max(text[start..i].parse().ok().filter(|y| lexicon.is_year(*y)));
        }
    }
    latest
}

fn year_month(date: &str) -> Option<(u32, u32)> {
    let year = date.get(..4)?.parse().ok()?;
    let month = date.get(5..7)?.parse().ok()?;
    Some((year, month))
}

/// A sentence's time: its phrase, its relation to the main event, and the token it applies
/// from (for "X came a day after <clause>", only the clause is earlier).
#[derive(Debug, Clone, PartialEq)]
pub struct TimeNote {
    pub when: String,
    pub scope: TimeScope,
    pub from: usize,
    /// Token where the phrase stands.
    pub at: usize,
}

/// The time of a claim at token `at`, defaulting to the main event's day. A phrase before
/// the claim covers it; one after it only within the same clause (no comma, dash or
/// semicolon between): "…were injured, police said, and a route was suspended — the first
/// such closure this year" says nothing about when the injuries were. Of two phrases that
/// say as much, the nearer wins ("11 died on Saturday and eight on Sunday"), the later on a
/// tie. The last field says whether a phrase of the sentence gave the time.
pub fn time_for(
    notes: &[TimeNote],
    keys: &[&str],
    at: usize,
    frame: &EventFrame,
) -> (Option<String>, TimeScope, bool) {
    // (where the claim's clause ends, found once and only for a phrase after the claim: a
    // scan per phrase would grow with the square of a long sentence's time phrases, and
    // most claims have none after them)
    let mut clause_end = None;
    let mut same_clause = |note: &TimeNote| {
        note.at
            <= *clause_end.get_or_insert_with(|| {
                keys[at..]
                    .iter()
                    .position(|k| matches!(*k, "," | ";" | "-" | "–" | "—" | ":"))
                    .map_or(keys.len(), |p| at + p)
            })
    };
    notes
        .iter()
        .filter(|n| n.from <= at && (n.at <= at || same_clause(n)))
        .max_by_key(|n| (scope_priority(n.scope), Reverse(n.at.abs_diff(at)), n.at))
        .map_or((frame.weekday.clone(), TimeScope::Main, false), |n| {
            (Some(n.when.clone()), n.scope, true)
        })
}

fn scope_priority(scope: TimeScope) -> u8 {
    match scope {
        TimeScope::Main | TimeScope::Day => 0,
        TimeScope::OtherEvent => 1,
        TimeScope::Earlier | TimeScope::Later => 2,
        TimeScope::Period => 3,
    }
}

/// Time phrases of a sentence.
pub fn time_notes(
    sentence: &Sentence<'_>,
    text: &str,
    frame: &EventFrame,
    lexicon: &Lexicon,
) -> Vec<TimeNote> {
    let keys = sentence.keys();
    let tokens = &sentence.tokens;
    let span = |s: usize, e: usize| text[tokens[s].start..tokens[e].end].to_owned();
    let mut notes = Vec::new();
    for i in 0..tokens.len() {
        let note = |scope: TimeScope, when: String, from: usize| TimeNote {
            when,
            scope,
            from,
            at: i,
        };
        // the superlatives within the window before this token
        let superlatives_before = || {
            (i.saturating_sub(lexicon.superlative_window)..i)
                .filter(|&k| lexicon.superlatives.contains(keys[k]))
        };
        // Where the figures of another event start, for a year or month at `i` that names one:
        // ("2,500 were left homeless by the deadliest quake since 2009": after a superlative
        // the time is a comparison's; only figures after it are the other event's; "at least"
        // is no superlative) (and only when the time names that event, "since a 1972 cyclone
        // killed 48", or a clause about it follows: "the strongest since 1979, has left 2,500
        // injured" tells of none)
        let other_event_from = || {
            let compared = superlatives_before()
                .any(|k| lexicon.qualifiers.match_ending_at(&keys, k + 1).is_none());
            let tells_of_it = || {
                i.checked_sub(1)
                    .is_some_and(|p| lexicon.articles.contains(keys[p]))
                    || keys[i + 1..]
                        .iter()
                        .take(2)
                        .find(|w| **w != ",")
                        .is_some_and(|w| lexicon.compared_event_clauses.contains(*w))
            };
            match (compared, compared && !tells_of_it()) {
                (_, true) => None,
                (true, false) => Some(i),
                (false, _) => Some(0),
            }
        };
        if tokens[i].is_digits() {
            // "a 1972 cyclone killed 48", "since 2014, when the ferry sank": another event.
            // An article that names no year of its own writes about the present, and a year
            // it names is a reference to the past far more often than its own date.
            // (a year a superlative compares with, and a clause then tells of, is past
            // whatever year the article writes from: "the deadliest since June 2019, when
            // …" in an undated article that names no other year; a month and year alone are
            // judged by the month, below)
            if let Some((year, after_month)) = bare_year(tokens, &keys, i, lexicon)
                && let Some(from) = other_event_from()
                && (from > 0 || !after_month && frame.year.is_none_or(|now| year < now))
            {
                notes.push(note(TimeScope::OtherEvent, span(i, i), from));
            }
            continue;
        }
        if !lexicon.time_words.contains(keys[i]) {
            continue;
        }
        let sequenced = i > 0 && lexicon.sequence_verbs.contains(keys[i - 1]);
        // (sequenced first: most time words are not, and the phrase look is the dearer)
        if let Some((len, _)) = sequenced
            .then(|| lexicon.after_event.match_at(&keys, i))
            .flatten()
        {
            let when = span(i, i + len - 1)
                .replace("after", "earlier")
                .replace("After", "Earlier");
            notes.push(note(TimeScope::Earlier, when, i + len));
        } else if let Some((len, _)) = lexicon.before_event.match_at(&keys, i) {
            let when = span(i, i + len - 1)
                .replace("before", "later")
                .replace("Before", "Later");
            notes.push(note(TimeScope::Later, when, i + len));
        } else if let Some((len, _)) = lexicon
            .period
            .match_at(&keys, i)
            .filter(|_| superlatives_before().next().is_none())
        {
            // "over the past" + "two days"
            let phrase_end = i + len - 1;
            let end = (phrase_end + 1..(phrase_end + 4).min(tokens.len()))
                .find(|&j| lexicon.unit_words.contains(keys[j]))
                .unwrap_or(phrase_end);
            notes.push(note(TimeScope::Period, span(i, end), 0));
        } else if let Some((len, _)) = lexicon.earlier.match_at(&keys, i) {
            notes.push(note(TimeScope::Earlier, span(i, i + len - 1), 0));
        } else if let Some((len, _)) = lexicon.later.match_at(&keys, i) {
            notes.push(note(TimeScope::Later, span(i, i + len - 1), 0));
        } else if lexicon.months.contains(keys[i]) {
            let year = tokens
                .get(i + 1)
                .filter(|t| t.is_digits() && t.text.len() == 4);
            if let (Some(year), Some((pub_year, pub_month))) = (year, frame.published) {
                let year: u32 = year.text.parse().unwrap_or(pub_year);
                let month = month_number(keys[i], lexicon);
                if (year, month) < (pub_year, pub_month) {
                    notes.push(note(TimeScope::OtherEvent, span(i, i + 1), 0));
                }
            } else if bare_month(tokens, &keys, i, lexicon)
                // ("In January, a blast at another depot killed 40", "59 died in the January
                // unrest": a month named alone is another month's event, in an article
                // published in another month, or one that dates its own event by the weekday,
                // written within the week)
                && frame.published.map_or(frame.weekday.is_some(), |(_, pub_month)| {
                    month_number(keys[i], lexicon) != pub_month
                })
                && let Some(from) = other_event_from()
            {
                notes.push(note(TimeScope::OtherEvent, span(i, i), from));
            }
        } else if lexicon.weekdays.contains(keys[i]) && frame.weekday.is_some() {
            // A weekday names when a figure stood, not whether it came before the event: the
            // week's order cannot tell last Monday from the Monday after a Thursday event.
            notes.push(note(
                TimeScope::Main,
                tokens[i].without_possessive().to_owned(),
                0,
            ));
        }
    }
    notes
}

/// The year token `i` is, written after a year preposition, perhaps past its month ("in 2019",
/// "a 1960 tsunami", "since June 2019"), or with a possessive ("2005's hurricane"); and
/// whether a month stands before it.
fn bare_year(tokens: &[Token], keys: &[&str], i: usize, lexicon: &Lexicon) -> Option<(u32, bool)> {
    let token = &tokens[i];
    let after_month = i
        .checked_sub(1)
        .is_some_and(|p| lexicon.months.contains(keys[p]));
    let preposition = i.checked_sub(1 + usize::from(after_month));
    // ("the 2005 Harbourton floods": or after an article, before a name; "the 2000 people"
    // is a count)
    let names_event = || {
        !after_month
            && preposition.is_some_and(|p| lexicon.articles.contains(keys[p]))
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.is_capitalized() && t.is_word())
    };
    let introduced = preposition.is_some_and(|p| lexicon.year_prepositions.contains(keys[p]))
        || split_possessive_after(tokens, i)
        || names_event();
    if !(introduced && token.is_digits() && token.text.len() == 4) {
        return None;
    }
    let year = token.text.parse().ok().filter(|y| lexicon.is_year(*y))?;
    Some((year, after_month))
}

/// Whether the month at `i` is named alone as a time, after a month preposition and perhaps an
/// article ("in April", "in the January unrest"), with no day or year beside it.
fn bare_month(tokens: &[Token], keys: &[&str], i: usize, lexicon: &Lexicon) -> bool {
    let introduced = match i.checked_sub(1) {
        Some(p) if lexicon.articles.contains(keys[p]) => p.checked_sub(1),
        p => p,
    }
    .is_some_and(|p| lexicon.month_prepositions.contains(keys[p]));
    let dated = |k: Option<&Token>| k.is_some_and(Token::is_digits);
    // (capitalised: "may" is a verb too)
    introduced
        && tokens[i].is_capitalized()
        && !dated(tokens.get(i + 1))
        && !dated(i.checked_sub(1).map(|p| &tokens[p]))
}

/// 1–12 for a month word ("March", "Mar", "Sept"); 0 when it names none.
fn month_number(key: &str, lexicon: &Lexicon) -> u32 {
    super::lexicon::month_number(&lexicon.month_order, key).unwrap_or(0)
}

/// A named place in a sentence, at token `at`; `None` names the event's own region, which
/// is no figure's place but keeps a figure beside it from taking a farther one.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: Option<String>,
    pub at: usize,
    /// Named after a preposition ("in Riverton"), so it says where what comes before it
    /// happened; the other ways of naming a place put it before its figure ("Amberly (9)",
    /// "Egypt had 146").
    pub after_preposition: bool,
}

impl Place {
    /// A place named before its figure ("Amberly (9)", "Egypt had 146").
    fn before_figure(name: Option<String>, at: usize) -> Self {
        Self {
            name,
            at,
            after_preposition: false,
        }
    }
}

/// Where the parts of a country named from `at` end ("the north", "the north and south",
/// "the capital and the coast"), if a region word after an article starts there and no noun or
/// place it describes follows.
fn regions_end(tokens: &[Token<'_>], keys: &[&str], at: usize, lexicon: &Lexicon) -> Option<usize> {
    let region_at = |k: usize| -> Option<usize> {
        let k = if keys.get(k).is_some_and(|w| lexicon.articles.contains(*w)) {
            k + 1
        } else {
            k
        };
        keys.get(k)
            .is_some_and(|w| lexicon.regions.contains(*w))
            .then_some(k + 1)
    };
    if !keys.get(at).is_some_and(|w| lexicon.articles.contains(*w)) {
        return None;
    }
    let mut end = region_at(at)?;
    while keys
        .get(end)
        .is_some_and(|w| lexicon.coordinators.contains(*w))
        && let Some(next) = region_at(end + 1)
    {
        end = next;
    }
    // ("the south-western province": a hyphen joins the region to the word after it)
    let joined = |t: &Token<'_>| {
        tokens
            .get(end + 1)
            .is_some_and(|next| next.is_word() && next.touches(t) && t.touches(&tokens[end - 1]))
    };
    tokens
        .get(end)
        .is_none_or(|t| {
            !t.is_word() && !joined(t)
                || lexicon.coordinators.contains(keys[end])
                || lexicon.noun_prepositions.contains(keys[end])
                    && !lexicon.place_noun_links.contains(keys[end])
        })
        .then_some(end)
}

/// Whether a bracket at token `open`, closed at `close`, follows a capitalised name: "Amberly
/// (9)", a figure listed by its place.
pub fn bracketed_after_name(
    tokens: &[Token<'_>],
    keys: &[&str],
    open: usize,
    close: usize,
    lexicon: &Lexicon,
) -> bool {
    open > 0
        && tokens[open - 1].is_capitalized()
        && lexicon
            .aside_marks
            .get(keys[open])
            .is_some_and(|mark| keys.get(close) == Some(&mark.as_str()))
}

/// Where a list of people opens ("identified as", "the identities of": `linking.naming`), past
/// which a name's bracketed figure is an age ("G Kumar (26)"), not a place's share.
pub fn names_people_from(keys: &[&str], lexicon: &Lexicon) -> Option<usize> {
    (0..keys.len()).find(|&k| lexicon.naming.match_at(keys, k).is_some())
}

/// Where the country's name starts in "from Cameroon, 20; Niger, 19 …": a figure (from
/// `first` to `last`) after a country's name and a comma, ending a list item (one of
/// `country_list_ends`, perhaps past a distributive word: "1 each"; the sentence's last item
/// only after another item's end).
pub fn country_before_figure(
    tokens: &[Token<'_>],
    keys: &[&str],
    first: usize,
    last: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let comma = first.checked_sub(1).filter(|&k| keys[k] == ",")?;
    let end = (last + 1..keys.len())
        .find(|&k| !lexicon.distributive_words.contains(keys[k]))
        .unwrap_or(keys.len());
    if keys
        .get(end)
        .is_some_and(|mark| !lexicon.country_list_ends.contains(*mark))
    {
        return None;
    }
    // (the list's last item, closing the sentence, follows an item's end within a few words:
    // "a man from Kenya, 42." is an age)
    let last_item = end + 1 >= keys.len();
    if last_item
        && !(comma.saturating_sub(lexicon.nominal_window)..comma)
            .any(|k| lexicon.country_list_ends.contains(keys[k]))
    {
        return None;
    }
    // (the longest capitalised run before the comma that is a country's common name)
    (comma.saturating_sub(lexicon.place_name_words)..comma).find(|&start| {
        tokens[start..comma]
            .iter()
            .all(|t| t.is_capitalized() && t.is_word())
            && countries::country_named(&super::text::joined(&tokens[start..comma], |t| t.text))
                .is_some()
    })
}

/// Places a sentence names: capitalised runs after "in", "at", "near" … (past descriptors, "the
/// port city of"; not dates), names before a bracketed figure ("Amberly (9)") and names opening
/// a clause before a verb of tallying ("Georgia recorded 15 deaths"), and the names the counts
/// found `listed` before their figures (start and end tokens: "Egypt had 146 and Indonesia
/// 100"). The event's own region is a place with no name.
pub fn places(
    sentence: &Sentence<'_>,
    frame: &EventFrame,
    listed: impl Iterator<Item = (usize, usize)>,
    lexicon: &Lexicon,
) -> Vec<Place> {
    let keys = sentence.keys();
    let tokens = &sentence.tokens;
    let mut found = Vec::new();
    // (looked for once, at the first bracketed figure)
    let mut people_listed_from: Option<Option<usize>> = None;
    for i in 0..tokens.len() {
        // "deaths were reported in Amberly (9), Dunmore (2) and Fenwick (4)": the name before a
        // bracketed figure is that figure's place
        let bracketed_figure = tokens.get(i + 1).is_some_and(|t| t.is_digits())
            && bracketed_after_name(tokens, &keys, i, i + 2, lexicon)
            && people_listed_from
                .get_or_insert_with(|| names_people_from(&keys, lexicon))
                .is_none_or(|from| from > i);
        if bracketed_figure {
            let start = (0..i)
                .rev()
                .take_while(|&j| tokens[j].is_capitalized())
                .last()
                .unwrap_or(i);
            // (a people is no place: "Egyptians (43), Syrians (47)")
            if !lexicon.not_places.contains(keys[start])
                && !lexicon.is_plural(keys[i - 1])
                && let Some((name, end)) = named_run(tokens, start, frame, lexicon)
                && end == i
            {
                found.push(Place::before_figure(name, start));
            }
        }
        // "from Cameroon, 20; Niger, 19": a country's name before a listed figure
        if keys[i] == ","
            && tokens.get(i + 1).is_some_and(|t| t.is_digits())
            && let Some(start) = country_before_figure(tokens, &keys, i + 1, i + 1, lexicon)
            && let Some((name, end)) = named_run(tokens, start, frame, lexicon)
            && end == i
        {
            found.push(Place::before_figure(name, start));
        }
        // "South Carolina saw 17 deaths, while Georgia recorded 15": a name opening a clause
        // before a verb of tallying is where the figure after it stands (not a group or a
        // body that speaks: "Officials reported", "Police recorded")
        // (the capital looked at first: most tokens have none)
        let opens_clause = || {
            i == 0
                || keys[i - 1] == ","
                || lexicon.coordinators.contains(keys[i - 1])
                || lexicon.contrast_clauses.contains(keys[i - 1])
        };
        // (the verb looked for first, past a short run of capitalised words, so that a chain
        // of names "A and B and C …" is read once): where the name before it ends
        let tally_after_name = || {
            let window = tokens.len().min(i + 1 + lexicon.place_name_words);
            (i..window)
                .find(|&j| !(tokens[j].is_capitalized() && tokens[j].is_word()))
                .filter(|&end| lexicon.place_tallies.match_at(&keys, end).is_some())
        };
        if tokens[i].is_capitalized()
            && opens_clause()
            && lexicon.subjects.match_at(&keys, i).is_none()
            && let Some(name_end) = tally_after_name()
            && let Some((Some(name), end)) = named_run(tokens, i, frame, lexicon)
            && end == name_end
            && tokens[i..end].iter().all(|t| {
                let key = t.key.as_str();
                !lexicon.titles.contains(key)
                    && !lexicon.is_plural(key)
                    && !lexicon.person_pronouns.contains(key)
                    && !lexicon.group_pronouns.contains(key)
            })
        {
            found.push(Place::before_figure(Some(name), i));
        }
        // "Peru's death toll rose to 212", "Saudi Arabia's toll": a country's possessive before
        // a figure's name is where the figure stands
        if tokens[i].is_possessive()
            && tokens[i].is_capitalized()
            && lexicon.nominal.match_at(&keys, i + 1).is_some()
        {
            let start = (0..i)
                .rev()
                .take_while(|&j| tokens[j].is_capitalized() && tokens[j].is_word())
                .last()
                .unwrap_or(i);
            let name = super::text::joined(&tokens[start..=i], |t| t.without_possessive());
            // (the event's own country names no place apart, as in `named_run`)
            let region = key_of(&name)
                .split(' ')
                .all(|word| frame.region.contains(word));
            if countries::country_named(&name).is_some() {
                found.push(Place::before_figure(Some(name).filter(|_| !region), start));
            }
        }
        // "At Least Four Dead" in a title-case headline is a qualifier, not a place; a
        // capitalised preposition inside a sentence is part of a name ("the In Amenas plant")
        if !lexicon.place_prepositions.contains(keys[i])
            || lexicon.qualifiers.match_at(&keys, i).is_some()
            || (i > 0
                && tokens[i].is_capitalized()
                && tokens[i - 1].is_word()
                && !tokens[i - 1].is_capitalized())
        {
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len()
            && !tokens[j].is_capitalized()
            && lexicon.place_descriptors.contains(keys[j])
        {
            j += 1;
        }
        // "in the Libyan city of Kelva", "the Indian state of Veldra": a name before a place
        // noun and "of" describes the place named after it; "in the Mediterranean city"
        // names none
        let mut run = named_run(tokens, j, frame, lexicon);
        if let Some((_, end)) = run
            && keys
                .get(end)
                .is_some_and(|w| lexicon.place_nouns.contains(*w))
        {
            let mut k = end;
            while k < tokens.len()
                && !tokens[k].is_capitalized()
                && lexicon.place_nouns.contains(keys[k])
            {
                k += 1;
            }
            if keys
                .get(k)
                .is_some_and(|w| lexicon.place_noun_links.contains(*w))
            {
                j = k + 1;
                run = named_run(tokens, j, frame, lexicon);
            } else if lexicon.articles.contains(keys[j - 1])
                && !lexicon.place_units.contains(keys[k - 1])
            {
                continue;
            }
        }
        // ("seven in the north", "12 in the capital": a part of a country named with an
        // article, when no noun follows that it describes, as in "the border crossing", nor a
        // place it is part of, as in "the north of Amberly"; "in the north and the south": with
        // the parts listed after it)
        if run.is_none()
            && let Some(end) = regions_end(tokens, &keys, i + 1, lexicon)
        {
            found.push(Place {
                name: Some(super::text::joined(&tokens[i + 1..end], |t| t.text)),
                at: i,
                after_preposition: true,
            });
            continue;
        }
        // ("killed in Chinese village", "in Ivorian post-election violence": a demonym
        // before a common noun describes it and names no place; alone, "spoke (in French)", it
        // names a language)
        let describes_noun = |end: usize| {
            countries::is_demonym(keys[end - 1])
                && (tokens
                    .get(end)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized())
                    || end == j + 1 && countries::country_named(keys[j]).is_none())
        };
        // ("at Baptist church in Kelva", "at Mercy hospital near Dunmore": a name before a
        // common noun that a place after it locates names that noun, no place)
        let names_what_is_placed = |end: usize| {
            tokens
                .get(end)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
                && keys
                    .get(end + 1)
                    .is_some_and(|w| lexicon.place_prepositions.contains(*w))
                && tokens.get(end + 2).is_some_and(|t| t.is_capitalized())
        };
        if let Some((name, end)) =
            run.filter(|&(_, end)| !describes_noun(end) && !names_what_is_placed(end))
        {
            // ("died in Valencia, Castile-La Mancha and Andalusia": a figure for several
            // places is placed in all of them)
            // (a list the event's region opens is the event's: "in Nepal, India and Tibet")
            let name = match (name, list_of_places_end(tokens, end, frame, lexicon)) {
                (Some(_), Some(list_end)) => {
                    Some(super::text::joined(&tokens[j..list_end], |t| t.text))
                }
                (name, _) => name,
            };
            found.push(Place {
                name,
                at: i,
                after_preposition: true,
            });
        }
    }
    // ("Egypt had 146 and Indonesia 100": names the counts found listed before their figures)
    let before = found.len();
    for (start, end) in listed {
        if let Some((name, name_end)) = named_run(tokens, start, frame, lexicon)
            && name_end == end
        {
            found.push(Place::before_figure(name, start));
        }
    }
    if found.len() > before {
        found.sort_by_key(|place| place.at);
    }
    found
}

/// A place named right before its figure in a list of such places ("Egypt had 146 and
/// Indonesia 100", "Chile with 75; Ghana 64"): where its name starts and ends, and the
/// figure's token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ListedPlace {
    pub start: usize,
    pub end: usize,
    pub figure: usize,
}

/// The places of a sentence named right before its `figures` (their first tokens, in sentence
/// order), each after a joint of the list (`place_list_joints`); two at least, as one alone may
/// be a name with a number ("…, Flight 610, …"), unless the name is possessive.
pub fn listed_places(
    tokens: &[Token<'_>],
    keys: &[&str],
    figures: impl Iterator<Item = usize>,
    lexicon: &Lexicon,
) -> Vec<ListedPlace> {
    let listed: Vec<ListedPlace> = figures
        .filter_map(|figure| {
            let end = lexicon
                .place_figure_links
                .match_ending_at(keys, figure)
                .map_or(figure, |(start, _)| start);
            let start = (0..end)
                .rev()
                .take(lexicon.place_name_words)
                .take_while(|&j| tokens[j].is_capitalized() && tokens[j].is_word())
                .last()?;
            let named = tokens[start..end].iter().all(|t| {
                let word = crate::text::without_possessive(t.key.as_str());
                !lexicon.not_places.contains(word) && !lexicon.is_plural(word)
            });
            (start > 0 && named && lexicon.place_list_joints.contains(keys[start - 1]))
                .then_some(ListedPlace { start, end, figure })
        })
        .collect();
    if listed.len() >= 2 {
        return listed;
    }
    // (a possessive name right before its figure is that place's figure even alone:
    // "…, followed by Kellsbury's 38")
    listed
        .into_iter()
        .filter(|l| l.end == l.figure && tokens[l.end - 1].is_possessive())
        .collect()
}

/// Where a list of places that continues a place name ending at `end` ends: more names after
/// commas, the last after a coordinator ("…, Castile-La Mancha and Andalusia"). A name after
/// a comma alone is where the first lies ("Paiporta, Valencia"), no list.
fn list_of_places_end(
    tokens: &[Token<'_>],
    end: usize,
    frame: &EventFrame,
    lexicon: &Lexicon,
) -> Option<usize> {
    let mut k = end;
    loop {
        let mut joint = false;
        let mut coordinated = false;
        while let Some(t) = tokens.get(k) {
            if t.text == "," {
                joint = true;
            } else if lexicon.coordinators.contains(t.key.as_str()) {
                joint = true;
                coordinated = true;
            } else {
                break;
            }
            k += 1;
        }
        if !joint {
            return None;
        }
        let (_, next) = capitalised_run(tokens, k, frame, lexicon)?;
        if coordinated {
            return Some(next);
        }
        k = next;
    }
}

/// The place an opening "In X," sets for the rest of its paragraph.
pub fn frame_place(
    sentence: &Sentence<'_>,
    frame: &EventFrame,
    lexicon: &Lexicon,
) -> Option<String> {
    let opens_with_place = sentence
        .tokens
        .first()
        .is_some_and(|t| lexicon.place_prepositions.contains(t.key.as_str()));
    if !opens_with_place {
        return None;
    }
    let keys = sentence.keys();
    let comma = keys.iter().take(8).position(|k| *k == ",")?;
    places(sentence, frame, std::iter::empty(), lexicon)
        .into_iter()
        .find(|p| p.at == 0 && comma > 1)
        .and_then(|p| p.name)
}

/// Capitalised words from token `at` ("Dera Ismail Khan"), if they can be a place: the name
/// and the token after it. The event's own region is none.
pub fn capitalised_run(
    tokens: &[Token<'_>],
    at: usize,
    frame: &EventFrame,
    lexicon: &Lexicon,
) -> Option<(String, usize)> {
    match named_run(tokens, at, frame, lexicon)? {
        (Some(name), end) => Some((name, end)),
        (None, _) => None,
    }
}

/// Capitalised words from token `at` that can be a place: the name (`None` for the event's
/// own region) and the token after it.
fn named_run(
    tokens: &[Token<'_>],
    at: usize,
    frame: &EventFrame,
    lexicon: &Lexicon,
) -> Option<(Option<String>, usize)> {
    let mut at = at;
    let mut end = at;
    while end < tokens.len() {
        let t = &tokens[end];
        let glued = end > at
            && t.touches(&tokens[end - 1])
            && (t.text == "-" || tokens[end - 1].text == "-");
        if !(glued || t.is_capitalized() && t.is_word()) {
            break;
        }
        end += 1;
        if t.is_possessive() {
            // ("in Egypt's Kelva": past a country's possessive, the name after it is the place)
            let owner = super::text::joined(&tokens[at..end], Token::without_possessive);
            if countries::country_named(&owner).is_some()
                && tokens
                    .get(end)
                    .is_some_and(|next| next.is_capitalized() && next.is_word())
            {
                at = end;
                continue;
            }
            // ("…, followed by Kellsbury's 38": a name owning the figure right after it)
            if tokens.get(end).is_some_and(Token::is_digits) {
                break;
            }
            return None;
        }
    }
    // ("in the Hamas-ruled enclave", "the Kurdish-held Eastern Province": a name joined to a
    // participle describes what comes after it; the place, if any, is the name after it)
    let at = match (at..end)
        .rev()
        .find(|&k| tokens[k].is_word() && !tokens[k].is_capitalized())
    {
        Some(last) if last + 1 == end => return None,
        Some(last) => last + 1,
        None => at,
    };
    if end == at {
        return None;
    }
    let words = &tokens[at..end];
    let name = super::text::joined(words, Token::without_possessive);
    let key = key_of(&name);
    let all_region = words
        .iter()
        .filter(|t| t.is_word())
        .all(|t| frame.region.contains(t.key.as_str()));
    // "the National Fire and Rescue Coordination Office": a name that goes on
    // past a joining word is judged whole, though only its first run is the place's name
    let mut name_end = end;
    while name_end + 1 < tokens.len()
        && lexicon.name_joiners.contains(tokens[name_end].key.as_str())
        && tokens[name_end + 1].is_capitalized()
    {
        name_end += 1;
        while name_end < tokens.len() && tokens[name_end].is_capitalized() {
            name_end += 1;
        }
    }
    let not_place = lexicon.not_places.contains(key.as_ref())
        || tokens[at..name_end]
            .iter()
            .any(|t| lexicon.not_places.contains(t.key.as_str()));
    (!not_place).then_some((Some(name).filter(|_| !all_region), end))
}

/// Sentences of a block, line breaks folded to spaces so segmentation sees one paragraph.
/// Only sentences that can hold a claim, a speaker or a place frame are tokenised: those
/// with a digit or a signal word, or opening with a place preposition.
pub fn block_sentences<'a>(
    folded: &'a str,
    arena: &'a Bump,
    lexicon: &Lexicon,
) -> impl Iterator<Item = Sentence<'a>> {
    let wanted = |sentence: &str| {
        let opens_with_place = sentence
            .split_whitespace()
            .next()
            .is_some_and(|w| lexicon.place_prepositions.contains(key_of(w).as_ref()));
        // (the cheap test first: most sentences hold no signal)
        (opens_with_place || super::text::any_word(sentence, |w| lexicon.is_signal(w)))
            && !lexicon.tells_of_elsewhere(sentence)
    };
    sentences(folded, arena, |w| lexicon.abbreviations.contains(w), wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_dates_itself_by_its_dates_not_its_references() {
        let lexicon = Lexicon::bundled();
        let text = "The blast on Aug. 10, 2023 was the worst since 1999; in June 2021 a fire hit.";
        assert_eq!(latest_year(text, &lexicon), Some(2023));
        assert_eq!(
            latest_year("the deadliest since a 1972 cyclone", &lexicon),
            None
        );
        assert_eq!(latest_year("On Aug. 10, 2300 people fled.", &lexicon), None);
        // (a year the comma of its clause follows is a date; a figure's comma is no year's)
        assert_eq!(
            latest_year("On May 4, 2017, rivers rose.", &lexicon),
            Some(2017)
        );
        assert_eq!(latest_year("On May 4, 2017,500 fled.", &lexicon), None);
    }

    #[test]
    fn calendar_order_comes_from_the_lexicon() {
        let lexicon = Lexicon::bundled();
        assert_eq!(month_number("march", &lexicon), 3);
        assert_eq!(month_number("sept", &lexicon), 9);
        assert_eq!(month_number("dec", &lexicon), 12);
        assert_eq!(month_number("someday", &lexicon), 0);
    }
}
