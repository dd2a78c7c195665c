//! The extraction vocabulary: `assets/lexicon.toml`, optionally merged with a user's file,
//! compiled into word-sequence matchers.

mod words;

pub use words::{WordMap, WordSet};

use super::text::{WordFinder, word_keys};
use crate::load::{Furniture, FurnitureFile};
use crate::model::{Interned, Metric, Qualifier, Subject};
use crate::text::nouns::{Nouns, Reading};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use words::Sketch;

/// The bundled vocabulary: extraction's, and loading's page furniture (its `[furniture]` table).
pub(crate) const BUNDLED: &str = include_str!("../../assets/lexicon.toml");

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The cause is part of the message and not a `source`, so that a report of the whole
    /// chain (`{:#}`) names it once.
    #[error("cannot read lexicon {path}: {cause}")]
    Read { path: String, cause: std::io::Error },
    #[error("lexicon {path} is not valid: {reason}")]
    Invalid { path: String, reason: String },
}

/// A set of word sequences, matched against lower-cased tokens.
#[derive(Debug, Clone)]
pub struct Phrases<T> {
    by_first: WordMap<Vec<(Vec<String>, T)>>,
    /// The words phrases end with: no phrase ends at a word the sketch says is none of them.
    last_words: Sketch,
    /// Words in the longest phrase, the farthest back one can start before a given end.
    longest: usize,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Self {
            by_first: WordMap::default(),
            last_words: Sketch::default(),
            longest: 0,
        }
    }
}

impl<T: Clone> Phrases<T> {
    fn insert(&mut self, phrase: &str, value: T) {
        let words = word_keys(phrase);
        let Some(first) = words.first().cloned() else {
            return;
        };
        self.longest = self.longest.max(words.len());
        if let Some(last) = words.last() {
            self.last_words.add(last);
        }
        // (longest first, and in the order listed among phrases of one length)
        let entries = self.by_first.entry(first).or_default();
        let at = entries.partition_point(|(listed, _)| listed.len() >= words.len());
        entries.insert(at, (words, value));
    }

    /// The words phrases start with.
    pub fn first_words(&self) -> impl Iterator<Item = &String> {
        self.by_first.keys()
    }

    /// The longest phrase starting at `words[at]`: its length and value.
    ///
    /// Always inlined, down to the first word's sketch, which turns most words away: the rules
    /// make a million calls on 3 MB of text, and as a call each cost some 56 instructions,
    /// most of them saving and restoring registers for the comparison loop below.
    #[inline(always)]
    pub fn match_at<S: AsRef<str>>(&self, words: &[S], at: usize) -> Option<(usize, &T)> {
        let first = words.get(at)?.as_ref();
        if !self.by_first.may_hold(first) {
            return None;
        }
        self.match_listed(words, at, first)
    }

    /// [`Self::match_at`] for a first word the sketch lets through.
    #[inline(never)]
    fn match_listed<S: AsRef<str>>(
        &self,
        words: &[S],
        at: usize,
        first: &str,
    ) -> Option<(usize, &T)> {
        // every phrase listed under the first word starts with it: the words after it are
        // compared (most phrases are one word)
        self.by_first
            .get(first)?
            .iter()
            .find_map(|(phrase, value)| {
                let end = at + phrase.len();
                (end <= words.len()
                    && words[at + 1..end]
                        .iter()
                        .zip(&phrase[1..])
                        .all(|(w, p)| w.as_ref() == p))
                .then_some((phrase.len(), value))
            })
    }

    /// The longest phrase ending just before `words[end]`: its start and value.
    ///
    /// Inlined down to one look at the word before `end`, which turns most ends away before
    /// a look per start (and, as with [`Self::match_at`], before a call).
    #[inline(always)]
    pub fn match_ending_at<S: AsRef<str>>(&self, words: &[S], end: usize) -> Option<(usize, &T)> {
        let last = words.get(end.checked_sub(1)?)?.as_ref();
        if !self.last_words.may_hold(last) {
            return None;
        }
        self.match_ending_listed(words, end)
    }

    /// [`Self::match_ending_at`] for a last word the sketch lets through.
    #[inline(never)]
    fn match_ending_listed<S: AsRef<str>>(&self, words: &[S], end: usize) -> Option<(usize, &T)> {
        (end.saturating_sub(self.longest)..end).find_map(|start| {
            match self.match_at(&words[..end], start) {
                Some((len, value)) if start + len == end => Some((start, value)),
                _ => None,
            }
        })
    }

    /// The index just past a phrase at `at`, or `at` when none starts there.
    pub fn skip_at<S: AsRef<str>>(&self, words: &[S], at: usize) -> usize {
        self.match_at(words, at).map_or(at, |(len, _)| at + len)
    }

    /// The first phrase found at or after `from`: its start, length and value.
    pub fn find_from<S: AsRef<str>>(&self, words: &[S], from: usize) -> Option<(usize, usize, &T)> {
        (from..words.len()).find_map(|i| self.match_at(words, i).map(|(len, v)| (i, len, v)))
    }
}

impl Phrases<()> {
    fn from_list(list: &[String]) -> Self {
        let mut phrases = Self::default();
        for phrase in list {
            phrases.insert(phrase, ());
        }
        phrases
    }
}

/// The phrases of each list, matched to that list's value (a qualifier, a kind of marker).
fn labelled_phrases<'a, T: Copy>(
    lists: impl IntoIterator<Item = (&'a Vec<String>, T)>,
) -> Phrases<T> {
    let mut phrases = Phrases::default();
    for (list, label) in lists {
        for phrase in list {
            phrases.insert(phrase, label);
        }
    }
    phrases
}

/// What a breakdown marker says of the figures after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// "including", "among them": shares of a count named before.
    Share,
    /// "comprising", "made up of": what the noun before it is made of.
    Composition,
}

fn set(list: &[String]) -> WordSet {
    list.iter().map(|w| w.to_lowercase()).collect()
}

// ---- the file's shape -------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    numbers: NumbersFile,
    qualifiers: QualifiersFile,
    subjects: SubjectsFile,
    metrics: BTreeMap<String, MetricFile>,
    linking: LinkingFile,
    attribution: AttributionFile,
    context: ContextFile,
    non_counts: NonCountsFile,
    statements: StatementsFile,
    furniture: FurnitureFile,
    /// What a `{name}` in an outcome's phrase may stand for, besides nothing.
    #[serde(default)]
    slots: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NumbersFile {
    units: HashMap<String, u64>,
    tens: HashMap<String, u64>,
    scales: HashMap<String, u64>,
    dozen: u64,
    #[serde(default)]
    halves: Vec<String>,
    #[serde(default)]
    same_as_before: Vec<String>,
    vague: HashMap<String, u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QualifiersFile {
    at_least: Vec<String>,
    more_than: Vec<String>,
    about: Vec<String>,
    up_to: Vec<String>,
    distributive: Vec<Qualifier>,
    after_figure: AfterFigureFile,
    verbs_before_figure: VerbsBeforeFigureFile,
    hedges: Vec<String>,
    particle_phrases: Vec<String>,
}

/// Qualifiers written after the figure ("10,000 or more").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AfterFigureFile {
    at_least: Vec<String>,
    about: Vec<String>,
    up_to: Vec<String>,
}

/// Verbs before the figure that qualify it ("the toll tops 6,300").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VerbsBeforeFigureFile {
    more_than: Vec<String>,
    about: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SubjectsFile {
    militants: Vec<String>,
    security_forces: Vec<String>,
    civilians: Vec<String>,
    people: Vec<String>,
    places: Vec<String>,
    implied_metric: HashMap<String, Metric>,
    implied_yields_to: Vec<Metric>,
    forces_on_duty: Vec<Metric>,
    later_states: Vec<Metric>,
    remains: RemainsFile,
    occurrence_nouns: Vec<String>,
    more_of_the_same: Vec<String>,
    usual_metric: HashMap<String, Metric>,
    outcome_by_class: BTreeMap<String, BTreeMap<String, Metric>>,
    #[serde(default)]
    outcome_of_people: BTreeMap<String, Metric>,
    breakdown: BreakdownFile,
    modifiers: ModifiersFile,
    agreement: AgreementFile,
    groups: BTreeMap<String, Vec<String>>,
    owned: OwnedFile,
    attackers: AttackersFile,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RemainsFile {
    nouns: Vec<String>,
    yield_to: Vec<Metric>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttackersFile {
    nouns: Vec<String>,
    verbs: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnedFile {
    nouns: Vec<String>,
    owners: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgreementFile {
    plural_suffixes: BTreeMap<String, String>,
    singular_endings: Vec<String>,
    plural_endings: Vec<String>,
    not_plural_endings: Vec<String>,
    invariant_plurals: Vec<String>,
    min_value: u64,
    not_counted_alone: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BreakdownFile {
    nouns: Vec<String>,
    markers: Vec<String>,
    composition: Vec<String>,
    besides: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModifiersFile {
    words: Vec<String>,
    not_nouns: Vec<String>,
}

/// One metric family; every list may be left out, so a new family needs only its words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetricFile {
    /// How grave the outcome is, for ranking (higher first); 0 when left out.
    #[serde(default)]
    severity: u8,
    /// Claims of this family are reported under that one (e.g. `other`), with this family's
    /// name as their `predicate`.
    #[serde(default)]
    reported_as: Option<String>,
    /// Claims of this family are compared with that family's ("survived" with "rescued"): one
    /// population told two ways.
    #[serde(default)]
    compared_with: Option<String>,
    /// Claims of this family join that family's where the story gives it for the same group
    /// ("missing" students where students were abducted): the same people told two ways.
    #[serde(default)]
    joins_where_told: Option<String>,
    /// Every named group counted with this outcome is its people: the arrested are named by
    /// what they are ("two factory bosses", "nine people").
    #[serde(default)]
    groups_are_people: bool,
    #[serde(default)]
    predicate: Vec<String>,
    #[serde(default)]
    active: Vec<String>,
    /// Active verbs of this outcome only when what they act on are people: "she lost three
    /// grandsons" (but "lost 300 homes").
    #[serde(default)]
    active_on_people: Vec<String>,
    /// Passive verbs of this outcome only when attackers are their agents: "315 were taken
    /// by the gunmen" (but "taken by ambulance").
    #[serde(default)]
    by_attackers: Vec<String>,
    /// Active verbs of this outcome only when attackers are their subject: "kidnappers took
    /// 234 girls" (but "the boat took 40 people").
    #[serde(default)]
    attackers_active: Vec<String>,
    #[serde(default)]
    nominal: Vec<String>,
    /// Places where those it counts are: "111 victims at the District Hospital".
    #[serde(default)]
    facilities: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkingFile {
    origin_prepositions: Vec<String>,
    parallel_prepositions: Vec<String>,
    means_prepositions: Vec<String>,
    noun_prepositions: Vec<String>,
    membership: Vec<String>,
    naming: Vec<String>,
    relative_pronouns: Vec<String>,
    whole_before_relative: Vec<String>,
    demonstrative_people: Vec<String>,
    perfect_auxiliaries: Vec<String>,
    possessive_determiners: Vec<String>,
    ergative_verbs: Vec<String>,
    range_joiners: Vec<String>,
    range_openers: Vec<String>,
    distributive_words: Vec<String>,
    country_list_ends: Vec<String>,
    sized_groups: Vec<String>,
    focus_words: Vec<String>,
    toll_verbs: Vec<String>,
    toll_verb_window: usize,
    coordinators: Vec<String>,
    single_determiners: Vec<String>,
    figure_of: Vec<String>,
    whole_links: Vec<String>,
    share_links: Vec<String>,
    aside_marks: HashMap<String, String>,
    label_marks: Vec<String>,
    aside_window: usize,
    partitive_links: Vec<String>,
    partitive_heads: Vec<String>,
    subject_openers: Vec<String>,
    remainder_openers: Vec<String>,
    member_links: Vec<String>,
    partitive_pronouns: Vec<String>,
    group_openers: Vec<String>,
    clause_openers: Vec<String>,
    nominal_window: usize,
    clause_breaks: Vec<String>,
    clause_joiners: Vec<String>,
    contrast_clauses: Vec<String>,
    noun_origins: Vec<String>,
    existentials: Vec<String>,
    auxiliaries: Vec<String>,
    cause_prepositions: Vec<String>,
    absolute_openers: Vec<String>,
    respectively: Vec<String>,
    group_prepositions: Vec<String>,
    group_of: Vec<String>,
    bridge: Vec<String>,
    emphasis: Vec<String>,
    complement_verbs: Vec<String>,
    change: Vec<String>,
    moved_to: Vec<String>,
    figure_prepositions: Vec<String>,
    increments: Vec<String>,
    increment_words: Vec<String>,
    order_words: Vec<String>,
    back_references: Vec<String>,
    corrections: Vec<String>,
    after_predicate: Vec<String>,
    prepositional: Vec<String>,
    quote_marks: Vec<String>,
    object_determiners: Vec<String>,
    noun_phrase_words: usize,
    noun_lookahead: usize,
    revision_window: usize,
    predicate_window: usize,
    facility_verbs: Vec<String>,
    facility_object_verbs: Vec<String>,
    facility_holds: Vec<String>,
    facility_stays: Vec<String>,
    facility_prepositions: Vec<String>,
    facility_window: usize,
    partitive_outcome_window: usize,
    verb_endings: Vec<String>,
    adverb_endings: Vec<String>,
    participle_endings: Vec<String>,
    past_participle_endings: Vec<String>,
    participle_prepositions: Vec<String>,
    appositives: Vec<String>,
    comitatives: Vec<String>,
    restatement_openers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttributionFile {
    speech: Vec<String>,
    embedded_speaker_words: usize,
    speaker_place_words: usize,
    prefix: Vec<String>,
    participle: Vec<String>,
    listener_verbs: Vec<String>,
    taken_objects: Vec<String>,
    passive: Vec<String>,
    speech_adverbs: Vec<String>,
    reported_infinitives: Vec<String>,
    infinitive_markers: Vec<String>,
    roles: Vec<String>,
    titles: Vec<String>,
    person_pronouns: Vec<String>,
    group_pronouns: Vec<String>,
    determiners: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    place_prepositions: Vec<String>,
    place_tallies: Vec<String>,
    place_name_words: usize,
    place_figure_links: Vec<String>,
    place_list_joints: Vec<String>,
    region_prepositions: Vec<String>,
    regions: Vec<String>,
    not_places: Vec<String>,
    name_joiners: Vec<String>,
    weekdays: Vec<String>,
    weekday_lead_blocks: usize,
    time_filler: Vec<String>,
    place_vowels: String,
    place_skeleton_min: usize,
    bare_figure_min: u64,
    nationality_groups: Vec<String>,
    articles: Vec<String>,
    months: Vec<String>,
    earlier: Vec<String>,
    later: Vec<String>,
    period: Vec<String>,
    superlatives: Vec<String>,
    superlative_window: usize,
    compared_event_clauses: Vec<String>,
    after_event: Vec<String>,
    sequence_verbs: Vec<String>,
    before_event: Vec<String>,
    revision: Vec<String>,
    frame_time: Vec<String>,
    year_prepositions: Vec<String>,
    month_prepositions: Vec<String>,
    plausible_years: [u32; 2],
    abbreviations: Vec<String>,
    elsewhere_openers: Vec<String>,
    elsewhere_marks: Vec<char>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NonCountsFile {
    units: Vec<String>,
    clock_halves: Vec<String>,
    sizes: Vec<String>,
    before: Vec<String>,
    pronoun_determiners: Vec<String>,
    indefinite: Vec<String>,
    rates: Vec<String>,
    rate_window: usize,
    identifier_digits: usize,
    age_words: Vec<String>,
    superlative_endings: Vec<String>,
    superlative_words: Vec<String>,
    ages_before: Vec<String>,
    measures_before: Vec<String>,
    distances_after: Vec<String>,
    member_compounds: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementsFile {
    responsibility: Vec<String>,
    accusation: Vec<String>,
    characterisation: Vec<String>,
    denial: Vec<String>,
    hedge: Vec<String>,
    abduction: Vec<String>,
    abduction_metric: Metric,
    object_ends: Vec<String>,
    object_words: usize,
    object_pronouns: Vec<String>,
    places_attacked: Vec<String>,
    place_list_markers: Vec<String>,
    place_descriptors: Vec<String>,
    place_nouns: Vec<String>,
    population_links: Vec<String>,
    place_units: Vec<String>,
    place_noun_links: Vec<String>,
    negations: Vec<String>,
}

// ---- the compiled lexicon ---------------------------------------------------------------

/// Which rules a word can open: a figure (a number word), a statement, a speaker cue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Signals(u8);

impl Signals {
    pub const NUMBER: Self = Self(1);
    pub const STATEMENT: Self = Self(2);
    pub const SPEECH: Self = Self(4);

    pub fn has(self, signal: Self) -> bool {
        self.0 & signal.0 != 0
    }
}

impl std::ops::BitOrAssign for Signals {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

/// Vocabulary and patterns, compiled for matching.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Words that can start a quantity, and words that can start a speaker cue.
    pub number_words: WordSet,
    pub speech_words: WordSet,
    /// Those and the words that can start a statement, each with the rules it can open: a
    /// sentence with none of them (and no digit) holds no claim, so extraction skips it; one
    /// look per key tells the rules which keys open one ([`Lexicon::signals`]).
    signal_words: WordMap<Signals>,
    /// Words that can start a time phrase, a month or a weekday.
    pub time_words: WordSet,
    pub units: WordMap<u64>,
    pub tens: WordMap<u64>,
    pub scales: WordMap<u64>,
    pub dozen: u64,
    /// Words that halve "a dozen" or "a million" after them ("half a dozen").
    pub halves: WordSet,
    /// "an equal number": the figure of the count before it in its sentence.
    pub same_as_before: Phrases<()>,
    pub vague: Phrases<u64>,
    pub qualifiers: Phrases<Qualifier>,
    /// "or more", "or so": qualifiers after the figure.
    pub trailing_qualifiers: Phrases<Qualifier>,
    /// "tops", "has exceeded": verbs just before a figure that qualify it.
    pub verb_qualifiers: Phrases<Qualifier>,
    pub distributive: Vec<Qualifier>,
    /// Auxiliaries that make the figure before them approximate ("300 feared dead").
    pub hedges: WordSet,
    /// A word and its particle that read like a qualifier ("handed over 31 bodies", "the toll
    /// went up to 48").
    pub particle_phrases: Phrases<()>,
    pub subjects: Phrases<Subject>,
    /// Nouns of no class of their own that take their owner's ("12 of its personnel").
    pub owned_nouns: WordSet,
    /// Owners whose class such a noun takes ("military": security forces).
    pub owners: Phrases<Subject>,
    /// Nouns of people who, as the subject of `attacker_verbs`, are attackers ("six men").
    pub attacker_nouns: WordSet,
    /// Verbs whose subject is the attackers ("stormed", "opened fire").
    pub attacker_verbs: Phrases<()>,
    pub implied_metric: WordMap<Metric>,
    pub implied_yields_to: Vec<Metric>,
    /// What forces do as forces ("10,000 troops were deployed", "three soldiers on the
    /// helicopter"): counted for these, they keep their class; for any other outcome that
    /// befell no one they are the group their noun names.
    pub forces_on_duty: Vec<Metric>,
    /// States that end what befell a group, so that the main verb naming one wins over the
    /// participle on the group's noun ("100 people trapped in the fire have been rescued").
    pub later_states: Vec<Metric>,
    /// Nouns of remains ("bodies", not "dead") and the outcomes stated after them that
    /// their own yields to as well ("two bodies are yet to be found": missing).
    pub remains_nouns: WordSet,
    pub remains_yield_to: Vec<Metric>,
    /// Nouns that count occurrences of what follows their "of" ("cases of", "instances of").
    pub occurrence_nouns: WordSet,
    /// Nouns that count more of the group counted before them ("15 others were injured").
    pub more_of_the_same: WordSet,
    /// Nouns whose count is of this outcome when its sentence names none.
    pub usual_metric: WordMap<Metric>,
    /// A subject class for which an outcome reads as another: (class, outcome, read as).
    outcome_by_class: Vec<(Subject, Metric, Metric)>,
    /// An outcome that reads as another for any count of people (outcome, read as).
    outcome_of_people: Vec<(Metric, Metric)>,
    /// A named group's nouns (lower case, words joined by spaces) → the group's name.
    pub groups: HashMap<String, String>,
    pub plural_endings: Vec<String>,
    pub not_plural_endings: Vec<String>,
    pub invariant_plurals: WordSet,
    /// WordNet's nouns, with the lexicon's plural endings.
    pub nouns: Nouns,
    /// The smallest figure kept as a count when no outcome is named.
    pub min_other_value: u64,
    pub not_counted_alone: WordSet,
    pub breakdown_nouns: WordSet,
    /// Markers that break a count down, each with what it says of the figures after it.
    pub breakdown_markers: Phrases<MarkerKind>,
    /// Words before a count that the count before it leaves out, with the same outcome ("a
    /// toll of 43, excluding the five assailants").
    pub besides_markers: Phrases<()>,
    pub modifiers: WordSet,
    pub not_nouns: WordSet,
    pub predicate: Phrases<Metric>,
    pub active: Phrases<Metric>,
    pub active_on_people: Phrases<Metric>,
    /// Passive verbs of an outcome only when attackers are their agents ("taken by the
    /// gunmen").
    pub by_attackers: Phrases<Metric>,
    /// Active verbs that name an outcome only with attackers as their subject ("took").
    pub attackers_active: Phrases<Metric>,
    pub nominal: Phrases<Metric>,
    pub auxiliaries: WordSet,
    /// Auxiliaries of the perfect: with no form of "be" after them, the verb is active ("700
    /// aftershocks have struck"); before "been" it is passive.
    pub perfect_auxiliaries: WordSet,
    /// "four of their fighters": a part of a group named with one of these is a count of the
    /// group's noun.
    pub possessive_determiners: WordSet,
    /// Verbs whose subject undergoes them with or without an object ("500 families have
    /// evacuated" left their homes).
    pub ergative_verbs: WordSet,
    /// "nine of them", "27 of the dead": the word after the figure and the word that starts
    /// the group it is part of.
    pub partitive_links: WordSet,
    pub partitive_heads: WordSet,
    /// Words that open a sentence's subject before its noun ("all the").
    pub subject_openers: Phrases<()>,
    /// Words before a figure that name the rest of a group ("… and the other eleven were
    /// volunteers").
    pub remainder_openers: Phrases<()>,
    /// Words between a copula and the members it names ("were named as teachers").
    pub member_links: Phrases<()>,
    pub partitive_pronouns: WordSet,
    /// "Of the 22 dead, …", "Out of 125 people who died, …": what opens a group before a comma.
    pub group_openers: Phrases<()>,
    pub clause_openers: WordSet,
    /// Words that join items of a list ("and", "or"); a comma joins them too.
    pub coordinators: WordSet,
    /// "1,245 in Estmark", "six from Norvale": words before the place of a per-place figure, and
    /// words that may stand between ("three each from Estmark").
    pub origin_prepositions: WordSet,
    /// "187 were abducted from the secondary section and 125 from the primary", "11 were
    /// killed on Saturday and eight on Sunday": a bare figure before one of these, repeated
    /// from after the count before, shares that count's noun and outcome.
    pub parallel_prepositions: WordSet,
    /// After a bare figure listed after a count: a split of that count by how ("by road").
    pub means_prepositions: WordSet,
    /// Prepositions that open a phrase saying which ones a counted noun means, between it and
    /// its outcome ("four members of one household were killed").
    pub noun_prepositions: WordSet,
    /// "were among the 40 people abducted": a count among another count, whose outcome it has.
    pub membership: Phrases<()>,
    /// "identified as G Kumar (26), D Suresh (40)": words that open a list of named people,
    /// whose bracketed figures are their ages.
    pub naming: Phrases<()>,
    /// "the 150 people who died": words that open a clause saying what happened to them.
    pub relative_pronouns: WordSet,
    /// Words before a relative pronoun that keep the whole count ("…, all of whom died").
    pub whole_before_relative: Phrases<()>,
    /// Words that name people by what befell them, before an outcome and a figure ("those
    /// who died numbered 33").
    pub demonstrative_people: WordSet,
    /// "400 to 700": words that join a range's bounds ("and" too after an opener).
    pub range_joiners: WordSet,
    /// "between 300 and 500": words that open a range.
    pub range_openers: WordSet,
    pub distributive_words: WordSet,
    pub country_list_ends: WordSet,
    pub sized_groups: WordSet,
    pub focus_words: WordSet,
    /// Verbs that move a named figure ("rose", "climbed"): a long stretch between a figure's
    /// name and the figure must end in one of them, within this many words.
    pub toll_verbs: WordSet,
    pub toll_verb_window: usize,
    /// "Two policemen and a civilian": determiners of a single uncounted noun in a list.
    pub single_determiners: WordSet,
    /// "the number of …": a figure named by what happened ("the number of dead").
    pub figure_of: Phrases<()>,
    /// Words before a figure that is the whole a count before it is part of ("333 students out
    /// of 830").
    pub whole_links: Phrases<()>,
    /// A share of a whole before its figure ("half of the 300 passengers survived"): the verb
    /// is the share's, the figure only the whole's.
    pub share_links: Phrases<()>,
    /// "Deaths - 1,061", "Houses damaged: 452,000": the mark between a key figure's name and
    /// the figure.
    pub label_marks: WordSet,
    /// Marks that open an aside, with the mark that closes it ("–" … "–", "(" … ")"), and how
    /// far the closing mark may be.
    pub aside_marks: WordMap<String>,
    pub aside_window: usize,
    /// Words that open an object: an outcome right after a number and before one of these is
    /// the count's verb, no attribute of a noun after it ("Thousands fled their homes").
    pub object_determiners: WordSet,
    /// How many words a counted noun phrase may run to after its number.
    pub noun_phrase_words: usize,
    /// How many words ahead a known noun makes the words before it its modifiers ("84
    /// Oman security personnel").
    pub noun_lookahead: usize,
    /// How many words before a figure a revision of it may start ("revising an earlier toll
    /// of five").
    pub revision_window: usize,
    /// How many words after a count its outcome may be looked for.
    pub predicate_window: usize,
    /// Facilities by the outcome of those in them ("hospital": injured).
    pub facilities: Phrases<Metric>,
    pub facility_verbs: WordSet,
    /// Facility verbs that take the facility as their object ("packed the boat").
    pub facility_object_verbs: WordSet,
    /// "housing", "treating": a facility before one of these holds the count after it.
    pub facility_holds: WordSet,
    /// How long a stay lasts between a facility verb and where ("spent the night in …").
    pub facility_stays: Phrases<()>,
    pub facility_prepositions: WordSet,
    pub facility_window: usize,
    /// How many words after "one" an outcome may stand to make "one of them" a count.
    pub partitive_outcome_window: usize,
    /// Endings of words that read as verbs, which end an unknown counted noun ("500
    /// buildings collapsed").
    pub verb_endings: Vec<String>,
    /// Endings of words that read as adverbs: one before an outcome ("571,966 completely
    /// destroyed") is neither the counted noun nor the end of the search for the outcome.
    pub adverb_endings: Vec<String>,
    /// Endings of a participle that opens a phrase after a counted noun ("families living near").
    pub participle_endings: Vec<String>,
    /// A past participle opens such a phrase only before one of `participle_prepositions`
    /// ("nine people connected to the builder were killed").
    pub past_participle_endings: Vec<String>,
    pub participle_prepositions: WordSet,
    /// Words that open an aside between commas after a count ("121 people, mostly women,
    /// died").
    pub appositives: Phrases<()>,
    /// Words that open an aside adding others to a count ("Twelve soldiers, along with three
    /// civilians, were killed"): the count and the aside's share the verb after it.
    pub comitatives: Phrases<()>,
    /// Words that open, after a comma, a count restating the subject before it ("most of the
    /// crew, or some 40 sailors, were rescued").
    pub restatement_openers: Phrases<()>,
    /// How many words before a figure its name may stand ("the number of those killed in …
    /// has risen to 143").
    pub nominal_window: usize,
    /// Tokens that end the phrase between a figure's name and the figure.
    pub clause_breaks: WordSet,
    /// Words that open a clause of its own after a named figure ("… to 112 as nearly 100").
    pub clause_joiners: WordSet,
    /// Words that open a clause with its own subject ("while", "whereas").
    pub contrast_clauses: WordSet,
    /// After a counted noun, prepositions of where the group comes from ("from").
    pub noun_origins: WordSet,
    /// "there were": after an outcome fronted before it, the count that follows has it.
    pub existentials: Phrases<()>,
    /// Words that open an absolute clause, whose figure takes its verb with no auxiliary
    /// ("with 121 deported").
    pub absolute_openers: WordSet,
    /// Words that pair listed figures with listed places in order ("respectively").
    pub respectively: WordSet,
    /// Words that introduce the cause of a named figure ("the toll from the quake").
    pub cause_prepositions: WordSet,
    /// Words after a named figure that introduce the group it counts ("the toll among").
    pub group_prepositions: WordSet,
    /// Prepositions after a figure's name that open who it counts when a known group follows
    /// ("the death toll of expatriates"), else its cause ("the toll of the floods").
    pub group_of: WordSet,
    pub bridge: Phrases<()>,
    /// Words that stress a figure without changing it ("a staggering"), passed on the way
    /// from a verb or a figure's name to the figure.
    pub emphasis: Phrases<()>,
    /// Verbs whose object's state after it is the outcome ("sent 4,000 people fleeing").
    pub complement_verbs: WordSet,
    pub change: WordSet,
    /// The word before a figure a change moves a count to ("revised down to 164").
    pub moved_to: WordSet,
    /// "remains at 52,000": prepositions between a verb and the figure it stands at.
    pub figure_prepositions: WordSet,
    /// The word before a figure that is a change, after a verb that moves a count ("rose by 12").
    pub increments: WordSet,
    /// Words beside a figure that make it an increment ("two more", "a further 300").
    pub increment_words: WordSet,
    /// Words that place a figure in an order ("the last two miners", "the remaining 12").
    pub order_words: WordSet,
    /// Words a changed figure restates the previous sentence's count by ("the figure").
    pub back_references: Phrases<()>,
    /// "not", "rather than": a figure after one is set against the one before it.
    pub corrections: Phrases<()>,
    pub after_predicate: WordSet,
    /// Outcomes that are prepositions too: with an object after them ("179 aboard the ferry
    /// had been rescued") a later outcome of the clause wins.
    pub prepositional: Phrases<()>,
    /// Quotation marks, which may open an outcome's own words after its auxiliary.
    pub quote_marks: WordSet,
    pub speech: WordSet,
    /// How many words a speaker set inside a clause may run to ("58 people Ms Talvik said
    /// were unaccounted for").
    pub embedded_speaker_words: usize,
    /// How many words after a verb of speech a place stands where the speaker spoke ("told
    /// reporters in Lisbon").
    pub speaker_place_words: usize,
    pub attribution_prefix: Phrases<()>,
    pub participle: WordSet,
    pub listener_verbs: WordSet,
    /// A speech verb whose object, past its figure, is one of these says nothing: "the flood
    /// claimed 270 lives".
    pub taken_objects: WordSet,
    pub passive: WordSet,
    /// Adverbs between a passive auxiliary and its verb of speech ("are also said").
    pub speech_adverbs: WordSet,
    /// Verbs after "said to" that make it a report, not a speaker's ("said to be missing").
    pub reported_infinitives: WordSet,
    /// Words that make the speech verb after them an infinitive ("rushed to put out the fires").
    pub infinitive_markers: WordSet,
    pub roles: WordSet,
    pub titles: WordSet,
    pub person_pronouns: WordSet,
    pub group_pronouns: WordSet,
    pub determiners: WordSet,
    pub place_prepositions: WordSet,
    /// "South Carolina saw 17 deaths": verbs of tallying after a place opening a clause.
    pub place_tallies: Phrases<()>,
    /// How many words a place's name before a verb of tallying may run to.
    pub place_name_words: usize,
    /// Words between a listed place and its figure ("Chile with 75").
    pub place_figure_links: Phrases<()>,
    /// What opens each item of a list of places with figures ("…; Ghana 64").
    pub place_list_joints: WordSet,
    pub region_prepositions: Phrases<()>,
    /// Parts of a country named with "the" ("in the north", "in the capital").
    pub regions: WordSet,
    pub not_places: WordSet,
    /// Lower-case words inside a proper name ("Ministry of Health", "Bosnia and Herzegovina").
    pub name_joiners: WordSet,
    pub weekdays: WordSet,
    /// How many blocks from the start an article's own weekday is looked for in.
    pub weekday_lead_blocks: usize,
    /// Leading words of a time phrase that do not change the span it names ("over the past
    /// two days" is "past two days").
    pub time_filler: HashSet<String>,
    /// Letters left out when place names are matched across spellings ("Kelva", "Kalva").
    pub place_vowels: Vec<char>,
    /// Named groups a nationality in their noun names more exactly ("Indian nationals").
    pub nationality_groups: WordSet,
    /// The fewest other letters a place name needs for that match.
    pub place_skeleton_min: usize,
    /// The least figure by which a count with no outcome joins a comparison that gives it.
    pub bare_figure_min: u64,
    /// Families compared with another's claims (`compared_with`): family name → that name.
    pub compared_with: HashMap<String, String>,
    /// Families that join another where the story tells it (`joins_where_told`).
    pub joins_where_told: HashMap<Metric, Metric>,
    /// Families whose named groups are compared as people (`groups_are_people`).
    pub groups_are_people: Vec<Metric>,
    /// Articles, which do not change what a statement's target names.
    pub articles: HashSet<String>,
    /// Whether a text may name a weekday, without tokenising it.
    pub weekday_finder: WordFinder,
    pub months: WordSet,
    /// The month words in the file's order: the twelve names first, in calendar order.
    pub month_order: Vec<String>,
    pub earlier: Phrases<()>,
    pub later: Phrases<()>,
    pub period: Phrases<()>,
    /// Words that make a period after them the frame of a comparison ("the worst tragedies in
    /// recent years"), within `superlative_window` words, not the time of a figure.
    pub superlatives: WordSet,
    pub superlative_window: usize,
    /// Words after a year a superlative compares with that tell of that year's event ("the
    /// deadliest since 2009, when 300 died"); without one the year is only the comparison's.
    pub compared_event_clauses: WordSet,
    pub after_event: Phrases<()>,
    /// Verbs that place one event after another ("came" in "the attack came a day after…").
    pub sequence_verbs: WordSet,
    pub before_event: Phrases<()>,
    pub revision: Phrases<()>,
    pub frame_time: WordSet,
    /// Words before a bare year ("in 2019", "a 1960 tsunami"); `plausible_years` bound it.
    pub year_prepositions: WordSet,
    pub month_prepositions: WordSet,
    plausible_years: [u32; 2],
    pub abbreviations: WordSet,
    /// A sentence opening with one of these (lower case) and one of `elsewhere_marks` tells of
    /// another story or time: "Also read: Quake toll rises to 2,800", "File: …".
    elsewhere_openers: Vec<String>,
    elsewhere_marks: Vec<char>,
    pub unit_words: WordSet,
    pub clock_halves: WordSet,
    pub before_number: WordSet,
    /// Before "one" with no counted noun after it, these make it a pronoun ("the toll passed
    /// the one of 1992").
    pub pronoun_determiners: WordSet,
    /// Phrases that end in a figure and say only "several" ("more than one person").
    pub indefinite: Phrases<()>,
    /// Phrases that make a figure before them a rate ("kills dozens each year").
    pub rates: Phrases<()>,
    /// How many words after a figure a rate may stand.
    pub rate_window: usize,
    /// A figure of this many digits or more with no separator is a phone number or an id.
    pub identifier_digits: usize,
    /// Phrases before a figure that make it a place's size or a capacity ("home to").
    pub sizes: Phrases<()>,
    pub age_words: Phrases<()>,
    /// "the world's 14 highest mountains": endings of a superlative after a number, which
    /// makes it a rank (for words WordNet knows as no noun).
    pub superlative_endings: Vec<String>,
    /// "the three most affected departments", "two worst-hit villages": superlative words
    /// after a number, which make it a rank.
    pub superlative_words: WordSet,
    /// Phrases before a figure that make it an age ("under the age of 18").
    pub ages_before: Phrases<()>,
    /// "the size of three football fields": before a figure, these make it a measure.
    pub measures_before: Phrases<()>,
    /// "lives 12 houses away from the depot": after a figure's noun, these make it a
    /// distance.
    pub distances_after: Phrases<()>,
    /// "10-member", "300-strong": a hyphen compound that sizes a group.
    pub member_compounds: WordSet,
    pub responsibility: Phrases<()>,
    pub accusation: Phrases<()>,
    pub characterisation: Phrases<()>,
    pub denial: Phrases<()>,
    pub hedge: Phrases<()>,
    pub abduction: Phrases<()>,
    /// Counts of this family make an abduction statement redundant ("30 pupils were
    /// abducted" is already a count).
    pub abduction_metric: Metric,
    /// Words that end a statement's object ("accused the group **of** …") and the most words
    /// it runs to.
    pub object_ends: WordSet,
    pub object_words: usize,
    /// Object pronouns that name people: an abduction's object is a person, not a power or a
    /// town ("seized power").
    pub object_pronouns: WordSet,
    pub places_attacked: Phrases<()>,
    pub place_list_markers: Phrases<()>,
    pub place_descriptors: WordSet,
    /// "city", "state": after a name ("the Libyan city of Kelva") they make it a descriptor.
    pub place_nouns: WordSet,
    /// Words between a group and a place noun that make it the place's population ("the 300
    /// residents of the village").
    pub population_links: WordSet,
    /// "district", "province": after "the" and a name ("in the Taroudant province") they make
    /// it a place, as a descriptive noun does not ("in the Mediterranean city").
    pub place_units: WordSet,
    /// "of" in "the Libyan city of Kelva": the place's name follows.
    pub place_noun_links: WordSet,
    pub negations: WordSet,
    /// Loading's page-furniture vocabulary, from the same file: pass it to
    /// `load::LoadOptions` so that a user's `--lexicon` extends it too.
    pub furniture: Arc<Furniture>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::bundled()
    }
}

/// A user's lexicon larger than this is refused: the bundled one is a few kilobytes, and a
/// device such as `/dev/zero` would otherwise be read until memory runs out.
const MAX_USER_FILE_BYTES: u64 = 4 << 20;

/// Reads a user's lexicon: a regular file (a FIFO or a device would block or never end, as for
/// articles) of at most [`MAX_USER_FILE_BYTES`], checked before opening and bounded while reading
/// (the file may grow after the check).
fn read_user_file(path: &Path) -> std::io::Result<String> {
    use std::io::{Error, ErrorKind, Read};
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(Error::new(ErrorKind::InvalidInput, "not a regular file"));
    }
    let too_large = || {
        Error::new(
            ErrorKind::InvalidData,
            format!("larger than {MAX_USER_FILE_BYTES} bytes"),
        )
    };
    if metadata.len() > MAX_USER_FILE_BYTES {
        return Err(too_large());
    }
    let mut text = String::new();
    std::fs::File::open(path)?
        .take(MAX_USER_FILE_BYTES + 1)
        .read_to_string(&mut text)?;
    if text.len() as u64 > MAX_USER_FILE_BYTES {
        return Err(too_large());
    }
    Ok(text)
}

/// Whether a word ends in one of `endings` after a stem of three letters or more ("living",
/// not "sing").
pub(super) fn has_ending(word: &str, endings: &[String]) -> bool {
    endings
        .iter()
        .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending.as_str()))
}

impl Lexicon {
    /// The vocabulary bundled in the binary.
    pub fn bundled() -> Self {
        Self::from_toml(BUNDLED, "bundled lexicon").expect("the bundled lexicon is valid")
    }

    /// The bundled vocabulary with a user's file merged over it: lists are appended to, maps
    /// merged key by key, single values replaced.
    pub fn with_user_file(path: &Path) -> Result<Self, LexiconError> {
        let shown = path.display().to_string();
        let user = read_user_file(path).map_err(|cause| LexiconError::Read {
            path: shown.clone(),
            cause,
        })?;
        let invalid = |reason: String| LexiconError::Invalid {
            path: shown.clone(),
            reason,
        };
        let user: toml::Table = user
            .parse()
            .map_err(|e: toml::de::Error| invalid(e.to_string()))?;
        let mut merged: toml::Table = BUNDLED.parse().expect("the bundled lexicon is valid");
        merge(&mut merged, user);
        let merged = toml::to_string(&merged).map_err(|e| invalid(e.to_string()))?;
        Self::from_toml(&merged, &shown)
    }

    fn from_toml(text: &str, name: &str) -> Result<Self, LexiconError> {
        let invalid = |reason: String| LexiconError::Invalid {
            path: name.to_owned(),
            reason,
        };
        // (the message alone: a user's words are checked merged into the bundled file, whose
        // lines and columns would not be theirs)
        let file: LexiconFile =
            toml::from_str(text).map_err(|e| invalid(e.message().to_owned()))?;
        if let Some(slot) = file.unknown_slot() {
            return Err(invalid(format!("no [slots] list for {{{slot}}}")));
        }
        // (a pattern built from enormous word lists can pass the regex size limit)
        Self::compile(file).map_err(|e| invalid(format!("its word lists make a pattern: {e}")))
    }

    /// What `outcome` reads as for a count of `subject`, of people or not: militants taken by
    /// force are arrested, not abducted; people swept away are missing, not destroyed.
    pub fn outcome_for(&self, subject: &Subject, people: bool, outcome: Metric) -> Metric {
        let by_class = self
            .outcome_by_class
            .iter()
            .find(|(class, from, _)| class == subject && *from == outcome)
            .map(|&(_, _, read_as)| read_as);
        let of_people = || {
            self.outcome_of_people
                .iter()
                .find(|(from, _)| *from == outcome)
                .map(|&(_, read_as)| read_as)
                .filter(|_| people)
        };
        by_class.or_else(of_people).unwrap_or(outcome)
    }

    /// Whether `sentence` tells of another story or time: a link to another story set inside
    /// the text ("Also read: …"), an archive photo's caption ("File: …").
    pub fn tells_of_elsewhere(&self, sentence: &str) -> bool {
        let sentence = sentence.trim_start();
        self.elsewhere_openers.iter().any(|opener| {
            let Some(rest) = sentence
                .get(..opener.len())
                .filter(|head| head.eq_ignore_ascii_case(opener))
                .map(|_| sentence[opener.len()..].trim_start())
            else {
                return false;
            };
            // (a mark set off by a space: "Watch-list" is a compound, not a divider)
            let mut chars = rest.chars();
            chars
                .next()
                .is_some_and(|mark| self.elsewhere_marks.contains(&mark))
                && chars.next().is_some_and(char::is_whitespace)
        })
    }

    /// The subject for a named group written as these (lower-case) words: its group's name
    /// when the whole phrase or its head noun belongs to one ("high school pupils" →
    /// "students"), else the words themselves.
    pub fn named_group(&self, words: &[&str]) -> Interned {
        let phrase = words.join(" ");
        let group = self
            .groups
            .get(&phrase)
            .or_else(|| words.last().and_then(|head| self.groups.get(*head)));
        Interned::new(group.unwrap_or(&phrase))
    }

    /// The group a whole phrase of (lower-case) words names, head and modifiers together
    /// ("rescue workers"), if the lexicon names one.
    pub fn group_of_phrase(&self, words: &[&str]) -> Option<Interned> {
        self.groups
            .get(&words.join(" "))
            .map(|group| Interned::new(group))
    }

    /// Whether a word joins the items of a list: a comma or a coordinator.
    pub fn is_list_joint(&self, key: &str) -> bool {
        key == "," || self.coordinators.contains(key)
    }

    /// Whether a four-digit number can be a year.
    pub fn is_year(&self, number: u32) -> bool {
        (self.plausible_years[0]..=self.plausible_years[1]).contains(&number)
    }

    /// Whether an auxiliary or an outcome starts at `keys[k]` (none past the end): where the
    /// words after a count reach its verb ("… , were killed").
    pub fn verb_at(&self, keys: &[&str], k: usize) -> bool {
        keys.get(k).is_some_and(|word| {
            self.auxiliaries.contains(*word) || self.predicate.match_at(keys, k).is_some()
        })
    }

    /// The outcome a group named by this noun had: its own ("the dead", "bodies"), else its
    /// usual one ("the victims").
    pub fn noun_outcome(&self, noun: &str) -> Option<Metric> {
        self.implied_metric
            .get(noun)
            .or_else(|| self.usual_metric.get(noun))
            .copied()
    }

    /// Whether a (lower-case) word is an article or a possessive determiner ("the", "their"):
    /// what opens a noun phrase.
    pub fn is_determiner(&self, word: &str) -> bool {
        self.articles.contains(word) || self.possessive_determiners.contains(word)
    }

    /// Whether a (lower-case) word reads as an adverb: an `adverb_endings` ending after a stem
    /// of three letters or more, and no noun ("dramatically", not "elderly").
    pub fn is_adverb(&self, word: &str) -> bool {
        has_ending(word, &self.adverb_endings) && self.nouns.reading(word) == Reading::NotNoun
    }

    /// Whether a (lower-case) noun reads as plural: an invariant plural ("crew", "people"), a
    /// plural WordNet knows ("tugboats", "geese"); for a word WordNet knows only as a lemma
    /// ("species") or not at all ("Houthis"), a plural ending that is not part of a singular
    /// one ("bridges", not "bus"); never a word WordNet knows only as another part of speech
    /// ("overseas").
    pub fn is_plural(&self, noun: &str) -> bool {
        if self.invariant_plurals.contains(noun) {
            return true;
        }
        match self.nouns.reading(noun) {
            Reading::Plural => true,
            Reading::NotNoun => false,
            Reading::Noun | Reading::Unknown => {
                self.plural_endings
                    .iter()
                    .any(|e| noun.ends_with(e.as_str()))
                    && !self
                        .not_plural_endings
                        .iter()
                        .any(|e| noun.ends_with(e.as_str()))
            }
        }
    }

    fn compile(file: LexiconFile) -> Result<Self, regex::Error> {
        let mut vague = Phrases::default();
        for (phrase, low) in &file.numbers.vague {
            vague.insert(phrase, *low);
        }
        let q = &file.qualifiers;
        let qualifiers = labelled_phrases([
            (&q.at_least, Qualifier::AtLeast),
            (&q.more_than, Qualifier::MoreThan),
            (&q.about, Qualifier::About),
            (&q.up_to, Qualifier::UpTo),
        ]);
        let after = &q.after_figure;
        let trailing_qualifiers = labelled_phrases([
            (&after.at_least, Qualifier::AtLeast),
            (&after.about, Qualifier::About),
            (&after.up_to, Qualifier::UpTo),
        ]);
        let verb_qualifiers = labelled_phrases([
            (&q.verbs_before_figure.more_than, Qualifier::MoreThan),
            (&q.verbs_before_figure.about, Qualifier::About),
        ]);
        let s = &file.subjects;
        let mut subjects = Phrases::default();
        for (list, subject) in [
            (&s.militants, Subject::Militants),
            (&s.security_forces, Subject::SecurityForces),
            (&s.civilians, Subject::Civilians),
            (&s.people, Subject::People),
            (&s.places, Subject::Places),
        ] {
            for phrase in list {
                subjects.insert(phrase, subject.clone());
            }
        }
        let mut owners = Phrases::default();
        for (class, words) in &s.owned.owners {
            for phrase in words {
                owners.insert(phrase, Subject::parse(class));
            }
        }
        let mut by_attackers = Phrases::default();
        let mut attackers_active = Phrases::default();
        let (mut predicate, mut active, mut active_on_people, mut nominal, mut facilities) = (
            Phrases::default(),
            Phrases::default(),
            Phrases::default(),
            Phrases::default(),
            Phrases::default(),
        );
        for (name, words) in &file.metrics {
            let metric = Metric::define(name, words.severity, words.reported_as.as_deref());
            let all_phrases = [
                &mut predicate,
                &mut active,
                &mut active_on_people,
                &mut by_attackers,
                &mut attackers_active,
                &mut nominal,
                &mut facilities,
            ];
            for (phrases, list) in all_phrases.into_iter().zip(words.phrase_lists()) {
                for phrase in list.iter().flat_map(|phrase| filled(phrase, &file.slots)) {
                    phrases.insert(&phrase, metric);
                }
            }
        }
        let a = &file.attribution;
        let c = &file.context;
        let n = &file.non_counts;
        let st = &file.statements;
        let mut lexicon = Self {
            number_words: WordSet::default(),
            speech_words: WordSet::default(),
            signal_words: WordMap::default(),
            time_words: WordSet::default(),
            units: file.numbers.units.clone().into_iter().collect(),
            tens: file.numbers.tens.clone().into_iter().collect(),
            scales: file.numbers.scales.clone().into_iter().collect(),
            dozen: file.numbers.dozen,
            halves: set(&file.numbers.halves),
            same_as_before: Phrases::from_list(&file.numbers.same_as_before),
            vague,
            qualifiers,
            trailing_qualifiers,
            verb_qualifiers,
            distributive: q.distributive.clone(),
            hedges: set(&q.hedges),
            particle_phrases: Phrases::from_list(&q.particle_phrases),
            subjects,
            owned_nouns: set(&s.owned.nouns),
            owners,
            attacker_nouns: set(&s.attackers.nouns),
            attacker_verbs: Phrases::from_list(&s.attackers.verbs),
            implied_metric: s.implied_metric.clone().into_iter().collect(),
            implied_yields_to: s.implied_yields_to.clone(),
            forces_on_duty: s.forces_on_duty.clone(),
            later_states: s.later_states.clone(),
            remains_nouns: set(&s.remains.nouns),
            remains_yield_to: s.remains.yield_to.clone(),
            occurrence_nouns: set(&s.occurrence_nouns),
            more_of_the_same: set(&s.more_of_the_same),
            usual_metric: s.usual_metric.clone().into_iter().collect(),
            outcome_by_class: s
                .outcome_by_class
                .iter()
                .flat_map(|(class, outcomes)| {
                    outcomes.iter().map(|(outcome, read_as)| {
                        (Subject::parse(class), Metric::named(outcome), *read_as)
                    })
                })
                .collect(),
            outcome_of_people: s
                .outcome_of_people
                .iter()
                .map(|(outcome, read_as)| (Metric::named(outcome), *read_as))
                .collect(),
            groups: s
                .groups
                .iter()
                .flat_map(|(group, nouns)| {
                    nouns.iter().map(move |n| (n.to_lowercase(), group.clone()))
                })
                .collect(),
            plural_endings: s.agreement.plural_endings.clone(),
            not_plural_endings: s.agreement.not_plural_endings.clone(),
            invariant_plurals: set(&s.agreement.invariant_plurals),
            nouns: Nouns::new(
                s.agreement.plural_suffixes.clone(),
                s.agreement.singular_endings.clone(),
            ),
            min_other_value: s.agreement.min_value,
            not_counted_alone: set(&s.agreement.not_counted_alone),
            breakdown_nouns: set(&s.breakdown.nouns),
            // (composition first: a phrase in both lists reads as one)
            breakdown_markers: labelled_phrases([
                (&s.breakdown.composition, MarkerKind::Composition),
                (&s.breakdown.markers, MarkerKind::Share),
            ]),
            besides_markers: Phrases::from_list(&s.breakdown.besides),
            modifiers: set(&s.modifiers.words),
            not_nouns: set(&s.modifiers.not_nouns),
            predicate,
            active,
            active_on_people,
            by_attackers,
            attackers_active,
            nominal,
            auxiliaries: set(&file.linking.auxiliaries),
            perfect_auxiliaries: set(&file.linking.perfect_auxiliaries),
            possessive_determiners: set(&file.linking.possessive_determiners),
            ergative_verbs: set(&file.linking.ergative_verbs),
            partitive_links: set(&file.linking.partitive_links),
            coordinators: set(&file.linking.coordinators),
            origin_prepositions: set(&file.linking.origin_prepositions),
            parallel_prepositions: set(&file.linking.parallel_prepositions),
            means_prepositions: set(&file.linking.means_prepositions),
            noun_prepositions: set(&file.linking.noun_prepositions),
            membership: Phrases::from_list(&file.linking.membership),
            naming: Phrases::from_list(&file.linking.naming),
            relative_pronouns: set(&file.linking.relative_pronouns),
            whole_before_relative: Phrases::from_list(&file.linking.whole_before_relative),
            demonstrative_people: set(&file.linking.demonstrative_people),
            range_joiners: set(&file.linking.range_joiners),
            range_openers: set(&file.linking.range_openers),
            distributive_words: set(&file.linking.distributive_words),
            country_list_ends: set(&file.linking.country_list_ends),
            sized_groups: set(&file.linking.sized_groups),
            focus_words: set(&file.linking.focus_words),
            toll_verbs: set(&file.linking.toll_verbs),
            toll_verb_window: file.linking.toll_verb_window,
            single_determiners: set(&file.linking.single_determiners),
            figure_of: Phrases::from_list(&file.linking.figure_of),
            whole_links: Phrases::from_list(&file.linking.whole_links),
            share_links: Phrases::from_list(&file.linking.share_links),
            aside_marks: file.linking.aside_marks.clone().into_iter().collect(),
            label_marks: set(&file.linking.label_marks),
            aside_window: file.linking.aside_window,
            partitive_heads: set(&file.linking.partitive_heads),
            subject_openers: Phrases::from_list(&file.linking.subject_openers),
            remainder_openers: Phrases::from_list(&file.linking.remainder_openers),
            member_links: Phrases::from_list(&file.linking.member_links),
            partitive_pronouns: set(&file.linking.partitive_pronouns),
            group_openers: Phrases::from_list(&file.linking.group_openers),
            clause_openers: set(&file.linking.clause_openers),
            nominal_window: file.linking.nominal_window,
            clause_breaks: set(&file.linking.clause_breaks),
            clause_joiners: set(&file.linking.clause_joiners),
            contrast_clauses: set(&file.linking.contrast_clauses),
            noun_origins: set(&file.linking.noun_origins),
            existentials: Phrases::from_list(&file.linking.existentials),
            cause_prepositions: set(&file.linking.cause_prepositions),
            absolute_openers: set(&file.linking.absolute_openers),
            respectively: set(&file.linking.respectively),
            group_prepositions: set(&file.linking.group_prepositions),
            group_of: set(&file.linking.group_of),
            bridge: Phrases::from_list(&file.linking.bridge),
            emphasis: Phrases::from_list(&file.linking.emphasis),
            complement_verbs: set(&file.linking.complement_verbs),
            change: set(&file.linking.change),
            moved_to: set(&file.linking.moved_to),
            figure_prepositions: set(&file.linking.figure_prepositions),
            increments: set(&file.linking.increments),
            increment_words: set(&file.linking.increment_words),
            order_words: set(&file.linking.order_words),
            back_references: Phrases::from_list(&file.linking.back_references),
            corrections: Phrases::from_list(&file.linking.corrections),
            after_predicate: set(&file.linking.after_predicate),
            prepositional: Phrases::from_list(&file.linking.prepositional),
            quote_marks: set(&file.linking.quote_marks),
            object_determiners: set(&file.linking.object_determiners),
            noun_phrase_words: file.linking.noun_phrase_words,
            noun_lookahead: file.linking.noun_lookahead,
            revision_window: file.linking.revision_window,
            predicate_window: file.linking.predicate_window,
            facilities,
            facility_verbs: set(&file.linking.facility_verbs),
            facility_object_verbs: set(&file.linking.facility_object_verbs),
            facility_holds: set(&file.linking.facility_holds),
            facility_stays: Phrases::from_list(&file.linking.facility_stays),
            facility_prepositions: set(&file.linking.facility_prepositions),
            facility_window: file.linking.facility_window,
            partitive_outcome_window: file.linking.partitive_outcome_window,
            verb_endings: file.linking.verb_endings.clone(),
            adverb_endings: file.linking.adverb_endings.clone(),
            participle_endings: file.linking.participle_endings.clone(),
            past_participle_endings: file.linking.past_participle_endings.clone(),
            participle_prepositions: set(&file.linking.participle_prepositions),
            appositives: Phrases::from_list(&file.linking.appositives),
            comitatives: Phrases::from_list(&file.linking.comitatives),
            restatement_openers: Phrases::from_list(&file.linking.restatement_openers),
            speech: set(&a.speech),
            embedded_speaker_words: a.embedded_speaker_words,
            speaker_place_words: a.speaker_place_words,
            attribution_prefix: Phrases::from_list(&a.prefix),
            participle: set(&a.participle),
            listener_verbs: set(&a.listener_verbs),
            taken_objects: set(&a.taken_objects),
            passive: set(&a.passive),
            speech_adverbs: set(&a.speech_adverbs),
            reported_infinitives: set(&a.reported_infinitives),
            infinitive_markers: set(&a.infinitive_markers),
            roles: set(&a.roles),
            titles: set(&a.titles),
            person_pronouns: set(&a.person_pronouns),
            group_pronouns: set(&a.group_pronouns),
            determiners: set(&a.determiners),
            place_prepositions: set(&c.place_prepositions),
            place_tallies: Phrases::from_list(&c.place_tallies),
            place_name_words: c.place_name_words,
            place_figure_links: Phrases::from_list(&c.place_figure_links),
            place_list_joints: set(&c.place_list_joints),
            region_prepositions: Phrases::from_list(&c.region_prepositions),
            regions: set(&c.regions),
            not_places: set(&c.not_places),
            name_joiners: set(&c.name_joiners),
            weekdays: set(&c.weekdays),
            weekday_lead_blocks: c.weekday_lead_blocks,
            time_filler: c.time_filler.iter().map(|w| w.to_lowercase()).collect(),
            place_vowels: c.place_vowels.to_lowercase().chars().collect(),
            place_skeleton_min: c.place_skeleton_min,
            bare_figure_min: c.bare_figure_min,
            nationality_groups: set(&c.nationality_groups),
            compared_with: file
                .metrics
                .iter()
                .filter_map(|(name, family)| Some((name.clone(), family.compared_with.clone()?)))
                .collect(),
            joins_where_told: file
                .metrics
                .iter()
                .filter_map(|(name, family)| {
                    let told = family.joins_where_told.as_deref()?;
                    Some((Metric::named(name), Metric::named(told)))
                })
                .collect(),
            groups_are_people: file
                .metrics
                .iter()
                .filter(|(_, family)| family.groups_are_people)
                .map(|(name, _)| Metric::named(name))
                .collect(),
            articles: c.articles.iter().map(|w| w.to_lowercase()).collect(),
            weekday_finder: WordFinder::new(&c.weekdays),
            months: set(&c.months),
            month_order: c.months.iter().map(|m| m.to_lowercase()).collect(),
            earlier: Phrases::from_list(&c.earlier),
            later: Phrases::from_list(&c.later),
            period: Phrases::from_list(&c.period),
            superlatives: set(&c.superlatives),
            superlative_window: c.superlative_window,
            compared_event_clauses: set(&c.compared_event_clauses),
            after_event: Phrases::from_list(&c.after_event),
            sequence_verbs: set(&c.sequence_verbs),
            before_event: Phrases::from_list(&c.before_event),
            revision: Phrases::from_list(&c.revision),
            frame_time: set(&c.frame_time),
            year_prepositions: set(&c.year_prepositions),
            month_prepositions: set(&c.month_prepositions),
            plausible_years: c.plausible_years,
            abbreviations: set(&c.abbreviations),
            elsewhere_openers: c
                .elsewhere_openers
                .iter()
                .map(|o| o.to_lowercase())
                .collect(),
            elsewhere_marks: c.elsewhere_marks.clone(),
            unit_words: set(&n.units),
            clock_halves: set(&n.clock_halves),
            before_number: set(&n.before),
            pronoun_determiners: set(&n.pronoun_determiners),
            indefinite: Phrases::from_list(&n.indefinite),
            rates: Phrases::from_list(&n.rates),
            rate_window: n.rate_window,
            identifier_digits: n.identifier_digits,
            sizes: Phrases::from_list(&n.sizes),
            age_words: Phrases::from_list(&n.age_words),
            superlative_endings: n.superlative_endings.clone(),
            superlative_words: set(&n.superlative_words),
            ages_before: Phrases::from_list(&n.ages_before),
            measures_before: Phrases::from_list(&n.measures_before),
            distances_after: Phrases::from_list(&n.distances_after),
            member_compounds: set(&n.member_compounds),
            responsibility: Phrases::from_list(&st.responsibility),
            accusation: Phrases::from_list(&st.accusation),
            characterisation: Phrases::from_list(&st.characterisation),
            denial: Phrases::from_list(&st.denial),
            hedge: Phrases::from_list(&st.hedge),
            abduction: Phrases::from_list(&st.abduction),
            abduction_metric: st.abduction_metric,
            object_ends: set(&st.object_ends),
            object_words: st.object_words,
            object_pronouns: set(&st.object_pronouns),
            places_attacked: Phrases::from_list(&st.places_attacked),
            place_list_markers: Phrases::from_list(&st.place_list_markers),
            place_descriptors: set(&st.place_descriptors),
            place_nouns: set(&st.place_nouns),
            population_links: set(&st.population_links),
            place_units: set(&st.place_units),
            place_noun_links: set(&st.place_noun_links),
            negations: set(&st.negations),
            furniture: Arc::new(Furniture::new(file.furniture, &c.months)?),
        };
        lexicon.index_signal_words();
        Ok(lexicon)
    }

    /// A word that can start a quantity, a statement or a speaker cue.
    pub fn is_signal(&self, word: &str) -> bool {
        self.signal_words.contains_key(word)
    }

    /// The signals of each key: one look per key, for the three rules (figures, statements,
    /// speaker cues) that each asked of every key whether it opens one.
    pub fn signals(&self, keys: &[&str]) -> Vec<Signals> {
        keys.iter()
            .map(|k| self.signal_words.get(*k).copied().unwrap_or_default())
            .collect()
    }

    fn index_signal_words(&mut self) {
        let numbers = self
            .units
            .keys()
            .chain(self.tens.keys())
            .chain(self.scales.keys());
        self.number_words = numbers
            .chain(self.vague.first_words())
            .cloned()
            .chain(["dozen".to_owned()])
            .collect();
        let statement_words: Vec<String> = [
            &self.responsibility,
            &self.accusation,
            &self.characterisation,
            &self.denial,
            &self.hedge,
            &self.abduction,
            &self.places_attacked,
        ]
        .into_iter()
        .flat_map(|p| p.first_words().cloned())
        .collect();
        self.time_words = [
            &self.after_event,
            &self.before_event,
            &self.period,
            &self.earlier,
            &self.later,
        ]
        .into_iter()
        .flat_map(|p| p.first_words())
        .chain(&self.months)
        .chain(&self.weekdays)
        .cloned()
        .collect();
        self.speech_words = self
            .speech
            .iter()
            .chain(&self.participle)
            .chain(self.attribution_prefix.first_words())
            .cloned()
            .collect();
        let mut signal_words = WordMap::default();
        let lists = [
            (&self.number_words, Signals::NUMBER),
            (&self.speech_words, Signals::SPEECH),
        ];
        for (list, signals) in lists {
            for word in list {
                *signal_words.entry(word.clone()).or_default() |= signals;
            }
        }
        for word in statement_words {
            *signal_words.entry(word).or_default() |= Signals::STATEMENT;
        }
        self.signal_words = signal_words;
    }
}

/// Deep merge: tables recurse, arrays append, anything else is replaced.
/// 1–12 for a (lower-case) month word ("march", "mar", "sept"): the place of the full name it
/// starts like among the first twelve of `months` (the lexicon's `[context] months`, in
/// calendar order).
pub fn month_number(months: &[String], key: &str) -> Option<u32> {
    let prefix = key.get(..3).unwrap_or(key);
    months
        .iter()
        .take(12)
        .position(|m| m.starts_with(prefix))
        .map(|i| i as u32 + 1)
}

impl MetricFile {
    /// The family's phrase lists: predicate, active, active on people, by attackers, attackers
    /// active, nominal, facilities.
    fn phrase_lists(&self) -> [&Vec<String>; 7] {
        [
            &self.predicate,
            &self.active,
            &self.active_on_people,
            &self.by_attackers,
            &self.attackers_active,
            &self.nominal,
            &self.facilities,
        ]
    }
}

impl LexiconFile {
    /// A `{slot}` an outcome phrase names that `[slots]` does not list.
    fn unknown_slot(&self) -> Option<&str> {
        self.metrics
            .values()
            .flat_map(MetricFile::phrase_lists)
            .flatten()
            .flat_map(|phrase| phrase.split('{').skip(1))
            .filter_map(|rest| rest.split_once('}').map(|(slot, _)| slot))
            .find(|slot| !self.slots.contains_key(*slot))
    }
}

/// Every phrase a phrase with `{slot}`s stands for: each slot left out or filled with each of
/// its words ("sustained {degree} injuries" is "sustained injuries", "sustained serious
/// injuries", …). A slot no list names is left as written ([`LexiconFile::unknown_slot`] turns
/// such a file away).
fn filled(phrase: &str, slots: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let Some((before, rest)) = phrase.split_once('{') else {
        return vec![phrase.to_owned()];
    };
    let Some((fillers, after)) = rest
        .split_once('}')
        .and_then(|(slot, after)| Some((slots.get(slot)?, after)))
    else {
        return vec![phrase.to_owned()];
    };
    let tails = filled(after, slots);
    std::iter::once("")
        .chain(fillers.iter().map(String::as_str))
        .flat_map(|filler| {
            tails
                .iter()
                .map(move |tail| format!("{before} {filler} {tail}"))
        })
        .collect()
}

fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (Some(toml::Value::Array(b)), toml::Value::Array(o)) => b.extend(o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word listed twice in one list is an edit that went wrong: the second changes nothing.
    #[test]
    fn no_bundled_list_holds_a_word_twice() {
        fn repeated(value: &toml::Value, path: &str, found: &mut Vec<String>) {
            match value {
                toml::Value::Table(table) => {
                    for (key, value) in table {
                        repeated(value, &format!("{path}.{key}"), found);
                    }
                }
                toml::Value::Array(items) => {
                    let mut seen = std::collections::HashSet::new();
                    for word in items.iter().filter_map(toml::Value::as_str) {
                        if !seen.insert(word) {
                            found.push(format!("{path}: {word}"));
                        }
                    }
                }
                _ => {}
            }
        }
        let table: toml::Table = BUNDLED.parse().expect("the bundled lexicon is valid");
        let mut found = Vec::new();
        repeated(&toml::Value::Table(table), "", &mut found);
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn a_slot_stands_for_nothing_or_each_of_its_words() {
        let slots = BTreeMap::from([(
            "degree".to_owned(),
            vec!["serious".to_owned(), "varying degrees of".to_owned()],
        )]);
        let keys: Vec<_> = filled("suffered {degree} injuries", &slots)
            .iter()
            .map(|phrase| word_keys(phrase).join(" "))
            .collect();
        assert_eq!(
            keys,
            [
                "suffered injuries",
                "suffered serious injuries",
                "suffered varying degrees of injuries"
            ]
        );
        let lexicon = Lexicon::bundled();
        for sentence in [
            "60 residents sustained various degrees of injuries",
            "18 persons sustained varying injuries",
            "left 40 traders with various degrees of injuries",
        ] {
            let words = word_keys(sentence);
            assert!(
                (0..words.len()).any(|k| lexicon.predicate.match_at(&words, k)
                    == Some((words.len() - k, &Metric::named("injured")))),
                "{sentence}"
            );
        }
    }

    #[test]
    fn bundled_lexicon_compiles_with_every_metric() {
        let lexicon = Lexicon::bundled();
        let words = word_keys("were killed");
        assert_eq!(
            lexicon.predicate.match_at(&words, 1),
            Some((1, &Metric::named("killed")))
        );
        let words = word_keys("members of the security forces");
        assert_eq!(
            lexicon.subjects.match_at(&words, 0),
            Some((5, &Subject::SecurityForces))
        );
    }

    #[test]
    fn phrases_match_longest_first_and_ending_at() {
        let lexicon = Lexicon::bundled();
        let words = word_keys("no fewer than 20");
        assert_eq!(
            lexicon.qualifiers.match_ending_at(&words, 3),
            Some((0, &Qualifier::AtLeast))
        );
    }

    #[test]
    fn a_user_file_extends_lists_and_reports_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("extra.toml");
        std::fs::write(&path, "[subjects]\nmilitants = [\"marauders\"]\n").unwrap();
        let lexicon = Lexicon::with_user_file(&path).unwrap();
        let words = word_keys("marauders");
        assert_eq!(
            lexicon.subjects.match_at(&words, 0),
            Some((1, &Subject::Militants))
        );
        // the bundled entries are still there
        let words = word_keys("insurgents");
        assert_eq!(
            lexicon.subjects.match_at(&words, 0),
            Some((1, &Subject::Militants))
        );

        // a user's words for a bundled slot, and a slot no list defines
        std::fs::write(&path, "[slots]\ninjury_degree = [\"blast\"]\n").unwrap();
        let lexicon = Lexicon::with_user_file(&path).unwrap();
        let words = word_keys("sustained blast injuries");
        assert_eq!(
            lexicon.predicate.match_at(&words, 0),
            Some((3, &Metric::named("injured")))
        );
        std::fs::write(
            &path,
            "[metrics.killed]\npredicate = [\"left {nowhere} dead\"]\n",
        )
        .unwrap();
        let err = Lexicon::with_user_file(&path).unwrap_err().to_string();
        assert!(
            err.contains("extra.toml") && err.contains("{nowhere}"),
            "{err}"
        );

        std::fs::write(&path, "[subjects\n").unwrap();
        let err = Lexicon::with_user_file(&path).unwrap_err().to_string();
        assert!(
            err.contains("extra.toml") && err.contains("not valid"),
            "{err}"
        );
        let err = Lexicon::with_user_file(&dir.path().join("none.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("none.toml"), "{err}");
    }
}
