//! Claim extraction: counts and statements from each article's text blocks.
//!
//! Per block, sentence by sentence: find quantities ([`numbers`]), read each as a count
//! ([`counts`]: qualifier, counted noun, what happened), place it in time and space
//! ([`context`]), find who says so ([`attribution`]) and the statements around it
//! ([`statements`]). Then per article: sub-counts are linked to their parents, revised
//! figures to their revisions, hedges to what they qualify, and repeats of one claim merged
//! into one claim with several mentions. All wording comes from [`Lexicon`] (a data file).

mod aliases;
mod attribution;
mod context;
mod counts;
pub mod lexicon;
mod numbers;
mod statements;

pub use lexicon::{Lexicon, LexiconError};

use crate::load::Problem;
use crate::model::{
    Article, Attribution, Block, BlockKind, Breakdown, Claim, ClaimId, ClaimKind, Interned,
    Mention, Metric, Qualifier, Subject, TimeScope, ValueRange,
};
use crate::text;
use attribution::Speakers;
use context::EventFrame;
use counts::{CountDraft, Part};
use lexicon::Signals;
use std::sync::Arc;
use text::Sentence;

/// What extraction produced: every article's claims, and a problem per article whose
/// extraction failed (its claims are left out; the other articles' are kept).
#[derive(Debug, Default)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub problems: Vec<Problem>,
}

/// Extracts the claims of every article; ids `c1`, `c2`, … run across articles in order.
/// Articles are extracted in parallel (each on its own); ids are assigned afterwards in article
/// order, so the result does not depend on the number of threads.
pub fn extract(articles: &[Article], lexicon: &Lexicon) -> Extraction {
    use rayon::prelude::*;
    let aliases = aliases::Aliases::of(articles);
    let mut extraction = Extraction::default();
    // A chunk at a time, so that only one chunk's claims are ever held twice (per article,
    // and in the result), not the whole corpus's.
    let chunk = ARTICLES_PER_THREAD * rayon::current_num_threads();
    for articles in articles.chunks(chunk) {
        let per_article: Vec<Result<Vec<Claim>, Problem>> = articles
            .par_iter()
            .map(|article| {
                let mut found = claims_of(article, lexicon)?;
                for claim in &mut found {
                    aliases.apply(claim);
                }
                share_attributions(&mut found);
                Ok(found)
            })
            .collect();
        let claims = &mut extraction.claims;
        for found in per_article {
            match found {
                Ok(mut found) => {
                    shift_ids(&mut found, claims.len());
                    claims.extend(found);
                }
                Err(problem) => extraction.problems.push(problem),
            }
        }
    }
    extraction.claims.shrink_to_fit();
    extraction
}

/// One article's claims. A bug in a rule must cost only this article's claims, never the
/// whole run: a panic is caught and reported as a problem naming the file.
fn claims_of(article: &Article, lexicon: &Lexicon) -> Result<Vec<Claim>, Problem> {
    let run = std::panic::AssertUnwindSafe(|| ArticleClaims::new(article, lexicon).run());
    std::panic::catch_unwind(run).map_err(|panic| {
        let reason = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Problem {
            path: article.path.to_string(),
            message: format!("extraction failed (a bug in claimdiff; please report it): {reason}"),
            fatal: true,
        }
    })
}

/// An article's claims that cite the same source (those of one cue, mostly: a third of
/// attributed claims) share one attribution instead of a copy each.
fn share_attributions(claims: &mut [Claim]) {
    let mut shared: rustc_hash::FxHashSet<Arc<Attribution>> = Default::default();
    for attribution in claims.iter_mut().filter_map(|c| c.attribution.as_mut()) {
        match shared.get(attribution) {
            Some(first) => *attribution = Arc::clone(first),
            None => {
                shared.insert(Arc::clone(attribution));
            }
        }
    }
}

/// Enough articles per thread and chunk that threads rarely wait for each other.
const ARTICLES_PER_THREAD: usize = 64;

/// Moves an article's claims, and their links to each other, `offset` places on: ids are
/// numbered within an article first (`c1` is its first claim), then shifted past earlier
/// articles' claims.
fn shift_ids(claims: &mut [Claim], offset: usize) {
    let shift = |id: &mut ClaimId| *id = ClaimId::from_index(id.index() + offset);
    for claim in claims {
        shift(&mut claim.id);
        claim.part_of.iter_mut().for_each(shift);
        if let Some(extras) = claim.extras.as_deref_mut() {
            [&mut extras.revises, &mut extras.revised_by]
                .into_iter()
                .flatten()
                .for_each(shift);
            extras
                .hedged_by
                .iter_mut()
                .chain(extras.qualifies.iter_mut())
                .for_each(shift);
        }
    }
}

/// The numeric range a qualified figure stands for.
fn range_of(value: Option<u64>, low: u64, qualifier: Qualifier) -> ValueRange {
    let v = value.unwrap_or(low);
    match qualifier {
        Qualifier::Exact => ValueRange {
            low: v,
            high: Some(v),
        },
        Qualifier::AtLeast | Qualifier::Vague => ValueRange { low: v, high: None },
        Qualifier::MoreThan => ValueRange {
            low: v.saturating_add(1),
            high: None,
        },
        // "about 10" stands for 9..=11: a tenth either side, at least one
        Qualifier::About => {
            let slack = (v / 10).max(1);
            ValueRange {
                low: v.saturating_sub(slack),
                high: Some(v.saturating_add(slack)),
            }
        }
        // a range's lower bound, else nothing below the figure is ruled out
        Qualifier::UpTo => ValueRange {
            low: if low < v { low } else { 0 },
            high: Some(v),
        },
    }
}

/// A claim being built, with links as indices into the article's list.
struct Found {
    claim: Claim,
    part_of: Option<usize>,
    revised_by: Option<usize>,
    qualifies: Vec<usize>,
}

/// The counts of the sentences before, that a sentence's figures may refer to.
#[derive(Debug, Clone, Copy)]
struct Before {
    /// The latest whole count so far: what an "including …" list opening a sentence breaks down.
    last_count: Option<usize>,
    /// The first whole count of the previous sentence with claims: what "the figure" restates.
    first_count: Option<usize>,
}

struct ArticleClaims<'a> {
    article: &'a Article,
    lexicon: &'a Lexicon,
    frame: EventFrame,
    speakers: Speakers,
    found: Vec<Found>,
    /// Each figure's latest whole count with a named outcome, by its value.
    told_figures: rustc_hash::FxHashMap<u64, usize>,
}

impl<'a> ArticleClaims<'a> {
    fn new(article: &'a Article, lexicon: &'a Lexicon) -> Self {
        Self {
            article,
            lexicon,
            frame: EventFrame::of(article, lexicon),
            speakers: Speakers::default(),
            found: Vec::new(),
            told_figures: Default::default(),
        }
    }

    fn run(mut self) -> Vec<Claim> {
        let mut previous_count: Option<usize> = None;
        let mut previous_sentence: Vec<usize> = Vec::new();
        // one for the article: its sentences' folded keys are few
        let arena = bumpalo::Bump::new();
        for (block_index, block) in self.article.blocks.iter().enumerate() {
            if !block.kind.is_extractable() {
                continue;
            }
            let folded = text::fold_line_breaks(self.article.text(block));
            let mut frame_place: Option<String> = None;
            for (sentence_index, sentence) in
                context::block_sentences(&folded, &arena, self.lexicon).enumerate()
            {
                let sentence = &sentence;
                if let Some(place) = context::frame_place(sentence, &self.frame, self.lexicon) {
                    frame_place = Some(place);
                }
                let location = (block_index, sentence_index);
                let before = Before {
                    last_count: previous_count,
                    first_count: previous_sentence
                        .iter()
                        .copied()
                        .find(|&i| self.is_whole_count(i)),
                };
                let here = self.sentence(
                    block,
                    sentence,
                    &folded,
                    location,
                    frame_place.as_deref(),
                    before,
                );
                if let Some(last) = here.iter().rev().find(|&&i| self.is_whole_count(i)) {
                    previous_count = Some(*last);
                }
                self.link_hedges(&here, &previous_sentence);
                if !here.is_empty() {
                    previous_sentence = here;
                }
            }
        }
        self.finish()
    }

    fn is_whole_count(&self, i: usize) -> bool {
        let f = &self.found[i];
        f.claim.kind == ClaimKind::Count && f.part_of.is_none() && f.revised_by.is_none()
    }

    /// Extracts one sentence; returns the indices of the claims it added.
    fn sentence(
        &mut self,
        block: &Block,
        sentence: &Sentence<'_>,
        folded: &str,
        location: (usize, usize),
        frame_place: Option<&str>,
        before: Before,
    ) -> Vec<usize> {
        let lexicon = self.lexicon;
        let keys = sentence.keys();
        let signals = lexicon.signals(&keys);
        let has = |signal| signals.iter().any(|s| s.has(signal));
        let has_number = keys
            .iter()
            .any(|k| k.starts_with(|c: char| c.is_ascii_digit()))
            || has(Signals::NUMBER);
        let has_statement = has(Signals::STATEMENT);
        if !has_number && !has_statement && !has(Signals::SPEECH) {
            return Vec::new();
        }
        let cues = attribution::cues(sentence, &signals, folded, &mut self.speakers, lexicon);
        let drafts = if has_number {
            counts::counts(sentence, &signals, lexicon)
        } else {
            Vec::new()
        };
        let counts_abductions = drafts
            .iter()
            .any(|d| d.metric == Some(lexicon.abduction_metric));
        let statements = if has_statement {
            statements::statements(
                sentence,
                &signals,
                &self.frame,
                &mut self.speakers,
                counts_abductions,
                lexicon,
            )
        } else {
            Vec::new()
        };
        if drafts.is_empty() && statements.is_empty() {
            return Vec::new();
        }
        let notes = context::time_notes(sentence, folded, &self.frame, lexicon);
        let listed = drafts.iter().filter_map(|draft| draft.listed_place);
        let mut places = context::places(sentence, &self.frame, listed, lexicon);
        // ("… told reporters in Lisbon, 'there are about 500,000 homeless'": a place right after
        // a verb of speech, past its listener or its day, is where the speaker spoke, no
        // figure's place; past a determiner, a figure or a verb it is in what was said: "said
        // the toll in Puerto Rico …", "said 40 people died in Riverton")
        // (each cue marks the tokens its place may stand at: linear in the cues)
        if !places.is_empty() && !cues.is_empty() {
            let mut spoken_at = vec![false; keys.len()];
            for cue in &cues {
                let end = keys.len().min(cue.at + 1 + lexicon.speaker_place_words);
                for k in cue.at + 1..end {
                    spoken_at[k] = true;
                    let token = &sentence.tokens[k];
                    let listener_or_day = token.is_word()
                        && !token.is_digits()
                        && !lexicon.determiners.contains(keys[k])
                        && !lexicon.number_words.contains(keys[k])
                        && !lexicon.verb_at(&keys, k);
                    if !listener_or_day {
                        break;
                    }
                }
            }
            places.retain(|place| !spoken_at[place.at]);
        }
        // contrasting clause words before each token, so that whether one stands between a
        // count and a place is one subtraction, not a scan per pair (made only for a sentence
        // that names a place: `nearest_place` looks at it for no other)
        let contrasts_before = if places.is_empty() {
            Vec::new()
        } else {
            // (an aside that picks a share, "…, the vast majority in Al-Haouz", places that
            // share, not the count before it)
            running_count(keys.len(), |k| {
                lexicon.contrast_clauses.contains(keys[k])
                    || lexicon.appositives.match_at(&keys, k).is_some()
            })
        };
        // speech cues before each token, the same way: a place after a cue that follows a
        // count describes the speaker ("… to 47,' said the police chief in Malindi"), whether
        // or not the speaker was made out (a verb of speech after a comma or a quote mark)
        let cues_before = if places.is_empty() {
            Vec::new()
        } else {
            let mut cue_at = vec![false; keys.len()];
            for cue in &cues {
                cue_at[cue.at] = true;
            }
            running_count(keys.len(), |k| {
                cue_at[k]
                    || (k > 0
                        && lexicon.speech.contains(keys[k])
                        && (keys[k - 1] == "," || lexicon.quote_marks.contains(keys[k - 1])))
            })
        };
        // ("1,850 in the capital Beirut …, mentioning that about 300 injured are in critical
        // condition": a place after a figure in its clause is that figure's, no later one's)
        // (drafts are in sentence order and contrasts only add up, so the last figure before
        // the place is in its clause if any is: a binary search, not a scan per place)
        let trails_figure: Vec<bool> = places
            .iter()
            .map(|place| {
                let before = drafts.partition_point(|d| d.quantity.first < place.at);
                place.after_preposition
                    && before > 0
                    && contrasts_before[drafts[before - 1].quantity.first]
                        == contrasts_before[place.at]
            })
            .collect();
        let mut added: Vec<usize> = Vec::new();
        // the claims a day the sentence names dates ("on Saturday")
        let mut dated_by_day: Vec<usize> = Vec::new();
        // index of each draft's claim, for parts that name a parent by draft index
        let mut claim_of_draft: Vec<Option<usize>> = Vec::new();
        for draft in &drafts {
            let parent = match draft.part {
                Part::Whole => None,
                Part::Of(Some(d)) => claim_of_draft.get(d).copied().flatten(),
                // (the previous sentence's count, unless the part's own outcome differs: "Ten
                // children were hurt. The adults killed included two teachers")
                Part::Of(None) => before.last_count.filter(|&c| {
                    draft.metric.is_none() || self.found[c].claim.metric == draft.metric
                }),
            };
            // ("Among the dead are two children" with no count before it: a count of its own)
            let breaks_down = parent.filter(|_| {
                draft
                    .phrase
                    .noun
                    .as_deref()
                    .is_none_or(|n| lexicon.breakdown_nouns.contains(text::key_of(n).as_ref()))
            });
            if let Some(parent) = breaks_down {
                let quote = folded
                    [sentence.tokens[draft.first].start..sentence.tokens[draft.last].end]
                    .into();
                self.found[parent]
                    .claim
                    .extras_mut()
                    .breakdown
                    .push(Breakdown {
                        value: draft.quantity.value,
                        subject: draft.subject(),
                        quote,
                    });
                if draft.quantity.value.is_none() {
                    claim_of_draft.push(None);
                    continue;
                }
            }
            if draft.part != Part::Whole && parent.is_none() && draft.metric.is_none() {
                claim_of_draft.push(None);
                continue;
            }
            // a restated figure counts what an earlier count of its sentence counts ("some
            // estimated 400 people were there, the minister put the number at 150"), else what
            // the previous sentence's count counts
            let restates = draft.refers_back && draft.metric.is_none();
            let restated = added
                .first()
                .copied()
                .or(before.first_count)
                .filter(|_| restates);
            if restates && restated.is_none() {
                claim_of_draft.push(None);
                continue;
            }
            let at = draft.quantity.first;
            // ("323 students from a school in Riverton": the group's origin, up to its verb)
            let origin = draft
                .phrase
                .last
                .map(|last| last + 1)
                .filter(|&after| {
                    keys.get(after)
                        .is_some_and(|k| lexicon.noun_origins.contains(*k))
                })
                .map(|from| from..origin_end(&keys, from, lexicon));
            let place = nearest_place(
                &places,
                at,
                origin,
                &contrasts_before,
                &cues_before,
                &trails_figure,
            )
            .or(frame_place)
            .map(Into::into);
            let (when, time_scope, dated) = context::time_for(&notes, &keys, at, &self.frame);
            // a figure about another event ("a 1960 tsunami killed 61") is not this one's
            if time_scope == TimeScope::OtherEvent {
                claim_of_draft.push(None);
                continue;
            }
            let attribution = attribution::cue_for(&cues, at).map(|c| c.attribution.clone());
            let mut claim = self.count_claim(
                block,
                location.0,
                sentence,
                draft,
                place,
                when,
                time_scope,
                attribution,
            );
            if let Some(previous) = restated {
                let previous = &self.found[previous].claim;
                // (more bodies "were discovered": what happens to bodies, the dead's count;
                // more men "were questioned" after 12 "arrested": a count of their own)
                let implied = previous.noun.is_some_and(|noun| {
                    lexicon
                        .implied_metric
                        .get(text::key_of(&noun).as_ref())
                        .is_some_and(|&implied| {
                            Some(Metric::reported_as(implied)) == previous.metric
                        })
                });
                if draft.unnamed_outcome.is_none() || implied {
                    claim.metric = previous.metric;
                    claim.predicate = previous.predicate;
                } else {
                    claim.metric = Some(Metric::OTHER);
                }
                claim.subject = previous.subject.clone();
                claim.noun = previous.noun;
            }
            // ("12 soldiers were killed and another 17 were hurt": more of a group with no
            // noun of their own are more of the group before in their sentence, whatever befell
            // them; a sentence later they may be anyone)
            if restated.is_none()
                && draft.increment
                && draft.phrase.subject.is_none()
                && let Some(&group) = added.last()
            {
                let group = &self.found[group].claim;
                claim.subject = group.subject.clone();
                claim.noun = group.noun;
            }
            // ("127 people were killed. … 34 of the 127 persons died at the stadium": the whole
            // a partitive names, with no outcome of its own, restates the article's count of
            // that figure)
            if draft.partitive_whole && names_no_outcome(&claim) {
                let told = claim.value.and_then(|v| self.told_figures.get(&v));
                if let Some(told) = told.map(|&t| &self.found[t].claim)
                    && (told.subject == claim.subject || claim.subject == Some(Subject::People))
                {
                    claim.metric = told.metric;
                    claim.predicate = told.predicate;
                    claim.subject = told.subject.clone();
                }
            }
            // a part names no outcome of its own: it is part of what happened to its parent
            if let Some(parent) = parent.filter(|_| draft.part != Part::Whole) {
                let whole = &self.found[parent].claim;
                if names_no_outcome(&claim) {
                    claim.metric = whole.metric;
                    claim.predicate = whole.predicate;
                }
                // … and with no noun of its own counts what its parent counts ("1.76 million
                // houses …, including 571,966 completely destroyed")
                if draft.phrase.subject.is_none() {
                    claim.subject = whole.subject.clone();
                }
            }
            // ("38 miners were underground. Four of them were injured": the pronoun's group is
            // the previous sentence's count, whatever befell the part)
            let group_before = before
                .last_count
                .filter(|_| draft.of_group_before && parent.is_none());
            if let Some(group) = group_before.map(|g| &self.found[g].claim)
                && draft.phrase.subject.is_none()
            {
                claim.subject = group.subject.clone();
                claim.noun = group.noun;
            }
            // (… and a part of it when what befell the part is not what befell the group: "Seven
            // of them underwent surgery" after the injured is a count of its own)
            let parent = parent.or(group_before.filter(|&g| {
                let group = &self.found[g].claim;
                group.metric != claim.metric
                    && matches!((group.value, claim.value), (Some(whole), Some(part)) if part < whole)
            }));
            let index = self.found.len();
            if let Some(value) = claim.value
                && parent.is_none()
                && claim.metric.is_some_and(|m| m != Metric::OTHER)
            {
                self.told_figures.insert(value, index);
            }
            self.found.push(Found {
                claim,
                part_of: parent,
                revised_by: None,
                qualifies: Vec::new(),
            });
            claim_of_draft.push(Some(index));
            added.push(index);
            if dated && time_scope == TimeScope::Main {
                dated_by_day.push(index);
            }
        }
        // a member of the count after it ("40 Indians among 50 dead") learns its parent now
        for (d, draft) in drafts.iter().enumerate() {
            if let (Part::Of(Some(later)), Some(&Some(member))) =
                (draft.part, claim_of_draft.get(d))
                && later > d
            {
                self.found[member].part_of = claim_of_draft.get(later).copied().flatten();
            }
        }
        // a superseded figure points at the current one of the same metric
        for (d, draft) in drafts.iter().enumerate() {
            let Some(Some(old)) = claim_of_draft.get(d) else {
                continue;
            };
            if !draft.superseded {
                continue;
            }
            let current = drafts.iter().enumerate().find_map(|(e, other)| {
                (!other.superseded && other.metric == draft.metric && other.part == Part::Whole)
                    .then(|| claim_of_draft[e])
                    .flatten()
            });
            self.found[*old].revised_by = current;
        }
        mark_days(&mut self.found, &dated_by_day);
        if keys.iter().any(|k| lexicon.respectively.contains(*k)) {
            self.pair_respectively(&added, lexicon);
        }
        // (a statement's place is the nearest one, whatever figure it follows)
        let no_trailing = vec![false; places.len()];
        for statement in statements {
            let mention = mention(block, location.0, sentence, statement.first, statement.last);
            let place = (statement.kind == ClaimKind::Abduction)
                .then(|| {
                    nearest_place(
                        &places,
                        statement.first,
                        None,
                        &contrasts_before,
                        &cues_before,
                        &no_trailing,
                    )
                    .or(frame_place)
                })
                .flatten();
            let attribution =
                attribution::cue_for(&cues, statement.first).map(|c| c.attribution.clone());
            let mut claim = empty_claim(self.article, statement.kind, block.kind, mention);
            claim.statement = Some(Box::new(crate::model::Statement {
                actor: statement.actor.map(Into::into),
                target: statement.target.map(Into::into),
                places: statement.places.into_iter().map(Into::into).collect(),
            }));
            claim.place = place.map(Into::into);
            claim.attribution = attribution.map(Arc::new);
            self.found.push(Found {
                claim,
                part_of: None,
                revised_by: None,
                qualifies: Vec::new(),
            });
            added.push(self.found.len() - 1);
        }
        added
    }

    #[allow(clippy::too_many_arguments)]
    fn count_claim(
        &self,
        block: &Block,
        block_index: usize,
        sentence: &Sentence<'_>,
        draft: &CountDraft,
        place: Option<Interned>,
        when: Option<String>,
        time_scope: TimeScope,
        attribution: Option<Attribution>,
    ) -> Claim {
        let mention = mention(block, block_index, sentence, draft.first, draft.last);
        let mut claim = empty_claim(self.article, ClaimKind::Count, block.kind, mention);
        claim.value = draft.quantity.value;
        claim.qualifier = Some(draft.qualifier);
        claim.range = Some(range_of(
            draft.quantity.value,
            draft.quantity.low,
            draft.qualifier,
        ));
        claim.metric = draft.metric.map(Metric::reported_as);
        claim.predicate = draft
            .metric
            .filter(|family| family.reported_as() != *family)
            .map(|family| family.as_str())
            .or(draft.unnamed_outcome.as_deref())
            .map(Into::into);
        claim.subject = Some(draft.subject());
        if draft.increment {
            claim.extras_mut().increment = true;
        }
        claim.noun = draft.phrase.noun.as_deref().map(Into::into);
        claim.place = place;
        claim.when = when.map(Into::into);
        claim.time_scope = time_scope;
        claim.attribution = attribution.map(Arc::new);
        claim
    }

    /// "6 and 3 died in Amberly and Dunmore respectively": figures that share one listed place
    /// pair off with its names in order, when there are as many names as figures.
    fn pair_respectively(&mut self, added: &[usize], lexicon: &Lexicon) {
        let mut i = 0;
        while i < added.len() {
            let Some(place) = self.found[added[i]].claim.place else {
                i += 1;
                continue;
            };
            let run = added[i..]
                .iter()
                .take_while(|&&c| self.found[c].claim.place == Some(place))
                .count();
            if run > 1 {
                let names = listed_names(&place, lexicon);
                if names.len() == run {
                    for (&claim, name) in added[i..i + run].iter().zip(names) {
                        self.found[claim].claim.place = Some(name.as_str().into());
                    }
                }
            }
            i += run;
        }
    }

    /// A hedge qualifies the claims of its own sentence, else those of the sentence before.
    fn link_hedges(&mut self, here: &[usize], previous: &[usize]) {
        for &h in here {
            if self.found[h].claim.kind != ClaimKind::Hedge {
                continue;
            }
            let own: Vec<usize> = here
                .iter()
                .copied()
                .filter(|&i| self.found[i].claim.kind != ClaimKind::Hedge)
                .collect();
            let targets = if own.is_empty() {
                previous.to_vec()
            } else {
                own
            };
            self.found[h].qualifies = targets;
        }
    }

    /// Merges repeats, then turns index links into ids.
    fn finish(self) -> Vec<Claim> {
        let mut merged: Vec<Found> = Vec::new();
        let mut index_of: Vec<usize> = Vec::with_capacity(self.found.len());
        let mut first_of: rustc_hash::FxHashMap<MergeKey, usize> = Default::default();
        // the places each merged claim names, once it absorbs a repeat that names places
        let mut places_of: rustc_hash::FxHashMap<usize, rustc_hash::FxHashSet<Interned>> =
            Default::default();
        for found in self.found {
            // a figure the article says was revised never merges with anything
            let key = merge_key(&found.claim).filter(|_| found.revised_by.is_none());
            match key.as_ref().and_then(|k| first_of.get(k)) {
                Some(&into) => {
                    if !found.claim.places().is_empty() {
                        let named = places_of.entry(into).or_insert_with(|| {
                            merged[into].claim.places().iter().cloned().collect()
                        });
                        add_places(&mut merged[into].claim, &found.claim, named);
                    }
                    absorb(&mut merged[into], found);
                    index_of.push(into);
                }
                None => {
                    if let Some(key) = key {
                        first_of.insert(key, merged.len());
                    }
                    index_of.push(merged.len());
                    merged.push(found);
                }
            }
        }
        let mut claims: Vec<Claim> = Vec::with_capacity(merged.len());
        let links: Vec<(Option<usize>, Option<usize>, Vec<usize>)> = merged
            .iter()
            .map(|f| {
                (
                    f.part_of.map(|i| index_of[i]),
                    f.revised_by.map(|i| index_of[i]),
                    f.qualifies.iter().map(|&i| index_of[i]).collect(),
                )
            })
            .collect();
        for (i, mut found) in merged.into_iter().enumerate() {
            found.claim.id = ClaimId::from_index(i);
            found.claim.mentions.sort_by_key(|m| m.start());
            found.claim.mentions.shrink_to_fit();
            if let Some(extras) = &mut found.claim.extras {
                extras.breakdown.shrink_to_fit();
            }
            claims.push(found.claim);
        }
        for (i, (part_of, revised_by, qualifies)) in links.into_iter().enumerate() {
            claims[i].part_of = part_of.filter(|&p| p != i).map(ClaimId::from_index);
            if let Some(current) = revised_by.filter(|&c| c != i) {
                claims[i].extras_mut().revised_by = Some(ClaimId::from_index(current));
                claims[current].extras_mut().revises = Some(ClaimId::from_index(i));
            }
            for target in qualifies {
                if target != i && !claims[i].qualifies().contains(&ClaimId::from_index(target)) {
                    claims[i]
                        .extras_mut()
                        .qualifies
                        .push(ClaimId::from_index(target));
                    claims[target]
                        .extras_mut()
                        .hedged_by
                        .push(ClaimId::from_index(i));
                }
            }
        }
        claims
    }
}

/// Whether a claim names no outcome: no family's metric, and no verb of its own.
fn names_no_outcome(claim: &Claim) -> bool {
    claim.metric.is_none_or(|m| m == Metric::OTHER) && claim.predicate.is_none()
}

/// How many of the tokens before each token `0..=len` are marked: `result[k]` counts the
/// marked ones among `0..k`, so how many stand between two tokens is one subtraction.
fn running_count(len: usize, marked: impl Fn(usize) -> bool) -> Vec<u32> {
    std::iter::once(0)
        .chain((0..len).scan(0, |seen, k| {
            *seen += u32::from(marked(k));
            Some(*seen)
        }))
        .collect()
}

/// The place named nearest the count in its clause ("Mozambique has reported 602 deaths while
/// 59 people have died in Malawi": Malawi is not where the 602 died), outside the phrase
/// `origin` that says where the counted group comes from, or after a speech cue that follows
/// the count (where the speaker is: "… to 47,' said the police chief in Malindi").
/// `contrasts_before[k]` and `cues_before[k]` count the contrasting clause words (and the
/// asides that pick a share) and the speech cues before token `k`.
fn nearest_place<'p>(
    places: &'p [context::Place],
    at: usize,
    origin: Option<std::ops::Range<usize>>,
    contrasts_before: &[u32],
    cues_before: &[u32],
    trails_figure: &[bool],
) -> Option<&'p str> {
    places
        .iter()
        .zip(trails_figure)
        .filter(|&(p, &trails)| !(trails && p.at < at))
        .map(|(p, _)| p)
        // ("57 deaths, followed by Kellsbury with 38": a name before a later figure is its own)
        .filter(|p| p.after_preposition || p.at < at)
        .filter(|p| {
            contrasts_before[p.at.max(at)] == contrasts_before[p.at.min(at)]
                && !(p.at > at && cues_before[p.at] > cues_before[at])
                && !origin.as_ref().is_some_and(|o| o.contains(&p.at))
        })
        .min_by_key(|p| p.at.abs_diff(at))
        .and_then(|p| p.name.as_deref())
}

/// The names a listed place joins with commas and coordinators ("Amberly, Dunmore and Fenwick").
fn listed_names(place: &str, lexicon: &Lexicon) -> Vec<String> {
    let mut names: Vec<String> = vec![String::new()];
    for word in place
        .split_inclusive(',')
        .flat_map(|w| w.split_whitespace())
    {
        let (word, comma) = match word.strip_suffix(',') {
            Some(word) => (word, true),
            None => (word, false),
        };
        if lexicon.coordinators.contains(text::key_of(word).as_ref()) {
            names.push(String::new());
        } else {
            let name = names.last_mut().expect("one name at least");
            if !name.is_empty() {
                name.push(' ');
            }
            name.push_str(word);
        }
        if comma {
            names.push(String::new());
        }
    }
    names.retain(|name| !name.is_empty());
    names
}

/// Where the phrase that says where a counted group comes from, opened at `from`, ends: at
/// the first auxiliary or outcome after it, within the predicate window.
fn origin_end(keys: &[&str], from: usize, lexicon: &Lexicon) -> usize {
    let window = keys.len().min(from + lexicon.predicate_window);
    (from..window)
        .find(|&k| lexicon.verb_at(keys, k))
        .unwrap_or(window)
}

fn mention(
    block: &Block,
    block_index: usize,
    sentence: &Sentence<'_>,
    first: usize,
    last: usize,
) -> Mention {
    let text_start = sentence.tokens[first].start;
    let text_end = sentence.tokens[last].end;
    let (start, end) = block.file_span(text_start, text_end);
    Mention::new(start, end, block_index, text_start..text_end)
}

fn empty_claim(article: &Article, kind: ClaimKind, block: BlockKind, mention: Mention) -> Claim {
    Claim {
        mentions: smallvec::smallvec![mention],
        // The id is set once the article's claims are merged.
        ..Claim::new(ClaimId::from_index(0), article.id, kind, block)
    }
}

/// What makes two claims of one article the same claim: equal keys merge (a hash lookup,
/// so repeats merge in linear time however many claims an article has).
#[derive(Debug, PartialEq, Eq, Hash)]
enum MergeKey {
    Count {
        /// The figure, or a vague word's coded bound.
        value: Option<u64>,
        low: Option<u64>,
        metric: Option<crate::model::Metric>,
        predicate: Option<Interned>,
        subject: Option<crate::model::Subject>,
        scope: TimeScope,
        place: Option<String>,
    },
    PlacesAttacked,
    Statement {
        kind: ClaimKind,
        actor: Option<Interned>,
        target: Option<Interned>,
    },
}

/// The merge key of a claim; hedges never merge (each qualifies its own claims).
fn merge_key(claim: &Claim) -> Option<MergeKey> {
    Some(match claim.kind {
        ClaimKind::Count => MergeKey::Count {
            value: claim.value,
            low: claim
                .value
                .is_none()
                .then(|| claim.range.map(|r| r.low))
                .flatten(),
            metric: claim.metric,
            predicate: claim.predicate,
            subject: claim.subject.clone(),
            scope: claim.time_scope,
            place: claim.place.as_deref().map(str::to_lowercase),
        },
        ClaimKind::PlacesAttacked => MergeKey::PlacesAttacked,
        ClaimKind::Hedge => return None,
        kind => MergeKey::Statement {
            kind,
            actor: claim.actor().map(Into::into),
            target: claim.target().map(Into::into),
        },
    })
}

/// How telling a block is as the home of a claim: body text first, captions last.
fn block_rank(kind: BlockKind) -> u8 {
    match kind {
        BlockKind::Body => 0,
        BlockKind::Standfirst => 1,
        BlockKind::Headline => 2,
        _ => 3,
    }
}

/// Adds the places `repeat` names that `into` does not (`named`: the places `into` names), in
/// the repeat's order. A set, not a scan of the list: an article listing many places in many
/// sentences made the scan quadratic.
fn add_places(into: &mut Claim, repeat: &Claim, named: &mut rustc_hash::FxHashSet<Interned>) {
    for place in repeat.places() {
        if named.insert(*place) {
            into.statement_mut().places.push(*place);
        }
    }
}

/// Folds a repeat into the claim it repeats. Attribution, time and noun come from the most
/// article-like mention (body over headline: headlines compress); the qualifier from any
/// mention that has one ("92 militants" in a headline is "at least 92" in the body).
fn absorb(into: &mut Found, other: Found) {
    let (a, b) = (&mut into.claim, other.claim);
    let exact = |q: Option<Qualifier>| q.is_none_or(|q| q == Qualifier::Exact);
    if exact(a.qualifier) && !exact(b.qualifier) {
        a.qualifier = b.qualifier;
        a.range = b.range;
    }
    let b_better = block_rank(b.block) < block_rank(a.block);
    if b.attribution.is_some() && (a.attribution.is_none() || b_better) {
        a.attribution = b.attribution;
    }
    if b.when.is_some() && (a.when.is_none() || b_better) {
        a.when = b.when;
    }
    if b.noun.is_some() && (a.noun.is_none() || b_better) {
        a.noun = b.noun;
    }
    if b_better {
        a.block = b.block;
    }
    let parts = b.extras.map(|e| e.breakdown).unwrap_or_default();
    if !parts.is_empty() {
        a.extras_mut().breakdown.extend(parts);
    }
    a.mentions.extend(b.mentions);
    // (a figure the article states as a whole anywhere is a whole: "30 killed" in the
    // headline, "of whom 30 died" later)
    into.part_of = into.part_of.and(other.part_of);
    into.qualifies.extend(other.qualifies);
}

/// "11 were killed on Saturday and eight on Sunday": figures of one outcome that a sentence
/// dates to different days are each a day's share of the event, not its toll (an increment
/// is neither: "three more on Monday, bringing the toll to 82 on Tuesday"; nor is a figure
/// the sentence dates by no phrase of its own). `dated` are the sentence's claims a day it
/// names dates.
fn mark_days(found: &mut [Found], dated: &[usize]) {
    // (`dated` holds claims of the main event only)
    let day_of = |claim: &Claim| (!claim.is_increment()).then_some(claim.when).flatten();
    // per outcome, its first day and whether another day follows
    let mut days: rustc_hash::FxHashMap<Option<Metric>, (Interned, bool)> = Default::default();
    for &i in dated {
        if let Some(day) = day_of(&found[i].claim) {
            let entry = days.entry(found[i].claim.metric).or_insert((day, false));
            entry.1 |= entry.0 != day;
        }
    }
    let daily: Vec<usize> = dated
        .iter()
        .copied()
        .filter(|&i| {
            day_of(&found[i].claim).is_some()
                && days.get(&found[i].claim.metric).is_some_and(|d| d.1)
        })
        .collect();
    for i in daily {
        found[i].claim.time_scope = TimeScope::Day;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Extras;

    #[test]
    fn ranges_follow_qualifiers() {
        assert_eq!(
            range_of(Some(92), 92, Qualifier::AtLeast),
            ValueRange {
                low: 92,
                high: None
            }
        );
        assert_eq!(
            range_of(Some(70), 70, Qualifier::MoreThan),
            ValueRange {
                low: 71,
                high: None
            }
        );
        assert_eq!(
            range_of(Some(10), 10, Qualifier::About),
            ValueRange {
                low: 9,
                high: Some(11)
            }
        );
        assert_eq!(
            range_of(Some(5), 5, Qualifier::UpTo),
            ValueRange {
                low: 0,
                high: Some(5)
            }
        );
        assert_eq!(
            range_of(None, 12, Qualifier::Vague),
            ValueRange {
                low: 12,
                high: None
            }
        );
        assert_eq!(
            range_of(Some(7), 7, Qualifier::Exact),
            ValueRange {
                low: 7,
                high: Some(7)
            }
        );
    }

    #[test]
    fn local_ids_shift_past_earlier_articles() {
        let article = crate::model::ArticleId::from_index(0);
        let mut claims = vec![
            Claim::new(
                ClaimId::from_index(0),
                article,
                ClaimKind::Count,
                BlockKind::Body,
            ),
            Claim {
                part_of: Some(ClaimId::from_index(0)),
                extras: Some(Box::new(Extras {
                    revises: Some(ClaimId::from_index(0)),
                    hedged_by: thin_vec::thin_vec![ClaimId::from_index(2)],
                    ..Extras::default()
                })),
                ..Claim::new(
                    ClaimId::from_index(1),
                    article,
                    ClaimKind::Count,
                    BlockKind::Body,
                )
            },
        ];
        shift_ids(&mut claims, 10);
        assert_eq!(claims[0].id, "c11");
        assert_eq!(claims[1].id, "c12");
        assert_eq!(claims[1].part_of, Some(ClaimId::from_index(10)));
        assert_eq!(claims[1].revises(), Some(ClaimId::from_index(10)));
        assert_eq!(claims[1].hedged_by(), [ClaimId::from_index(12)]);
    }
}
