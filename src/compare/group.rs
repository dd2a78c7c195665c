//! Which claims are about the same thing, and how to name that thing.

use crate::extract::Lexicon;
use crate::extract::lexicon::{WordMap, WordSet};
use crate::model::{Claim, ClaimKind, Metric, Subject, TimeScope};
use crate::text::{countries, without_possessive};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// What makes claims comparable. Two claims with equal keys land in one comparison.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum GroupKey {
    Count {
        metric: Metric,
        /// What happened, for counts reported under `other` ("rescued", "on_board").
        predicate: Option<String>,
        subject: SubjectClass,
        scope: TimeScope,
        /// Normalised `when`, for scopes other than the main event only: "a day earlier" and
        /// "over the past two days" are different spans.
        when: Option<String>,
        /// Lower-cased place; `None` is the whole event.
        place: Option<String>,
    },
    Statement {
        kind: ClaimKind,
        actor: Option<String>,
        target: Option<String>,
    },
    /// Every article's set of named places forms one comparison.
    PlacesAttacked,
}

/// Subjects that count the same people: `people` and `civilians` are one class.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum SubjectClass {
    Militants,
    SecurityForces,
    CiviliansOrPeople,
    Places,
    /// People of one country ("40 Indians", "42 Indian nationals"), however it is written;
    /// folded like any named group.
    Nationals(&'static str),
    Other(String),
    Unspecified,
}

impl SubjectClass {
    fn of(subject: Option<&Subject>) -> Self {
        match subject {
            None => Self::Unspecified,
            Some(Subject::Militants) => Self::Militants,
            Some(Subject::SecurityForces) => Self::SecurityForces,
            Some(Subject::Civilians | Subject::People) => Self::CiviliansOrPeople,
            Some(Subject::Places) => Self::Places,
            Some(Subject::Other(noun)) => Self::Other(normalise_words(noun)),
        }
    }

    /// A claim's class; a part that breaks its whole down ("476 people, including 15
    /// teachers") is the group its noun names, not the whole's class, or it would sit in the
    /// whole's own comparison as a conflicting figure.
    fn of_claim(claim: &Claim, breaks_down: bool) -> Self {
        let class = Self::of(claim.subject.as_ref());
        let part_noun = claim
            .noun
            .as_deref()
            .filter(|_| breaks_down && class == Self::CiviliansOrPeople)
            .and_then(|noun| noun.split_whitespace().last());
        match part_noun {
            Some(noun) => Self::Other(noun.to_lowercase()),
            None => class,
        }
    }

    /// Whether the class is a group named by its noun (or its people's country), which the
    /// folds may join to another named group or to the people.
    pub(super) fn is_named_group(&self) -> bool {
        matches!(self, Self::Other(_) | Self::Nationals(_))
    }

    fn label(&self) -> Cow<'_, str> {
        match self {
            Self::Militants => "militants".into(),
            Self::SecurityForces => "security forces".into(),
            Self::CiviliansOrPeople => "civilians/people".into(),
            Self::Places => "number of places".into(),
            Self::Nationals(country) => format!("nationals of {country}").into(),
            Self::Other(noun) => noun.into(),
            Self::Unspecified => "".into(),
        }
    }
}

/// The words grouping sets aside, from the lexicon: the leading words of a time phrase that do
/// not change the span it names, and the articles of a statement's target.
#[derive(Debug, Clone, Default)]
pub struct GroupingWords {
    time_filler: FxHashSet<String>,
    articles: FxHashSet<String>,
    /// Outcomes compared as another ("survived" as "rescued"), as metrics or as the
    /// predicates of counts reported under `other`.
    compared_with: FxHashMap<String, String>,
    /// Outcomes whose every named group is compared as `people` (arrested).
    groups_are_people: Vec<Metric>,
    /// Each noun's usual outcome ("passengers": on board).
    usual_metric: WordMap<Metric>,
    /// Letters transliterations swap, left out when place names are matched ("Kelva",
    /// "Kalva" and "Kelve" are one town).
    place_vowels: Vec<char>,
    /// The fewest other letters a name needs for that match.
    place_skeleton_min: usize,
    nationality_groups: WordSet,
    /// The least figure by which a count with no outcome joins a group that gives it.
    pub(super) bare_figure_min: u64,
    /// Outcomes that join another where the story tells it ("missing" where "abducted").
    pub(super) joins_where_told: FxHashMap<Metric, Metric>,
}

impl GroupingWords {
    pub fn new(lexicon: &Lexicon) -> Self {
        Self {
            time_filler: lexicon.time_filler.clone(),
            articles: lexicon.articles.clone(),
            compared_with: lexicon.compared_with.clone(),
            groups_are_people: lexicon.groups_are_people.clone(),
            usual_metric: lexicon.usual_metric.clone(),
            place_vowels: lexicon.place_vowels.clone(),
            place_skeleton_min: lexicon.place_skeleton_min,
            bare_figure_min: lexicon.bare_figure_min,
            nationality_groups: lexicon.nationality_groups.clone(),
            joins_where_told: lexicon.joins_where_told.clone(),
        }
    }

    /// A place name without the letters transliterations swap, its first letter kept:
    /// "kelva", "kalva" and "kelve" give "klv"; `None` for names too short to match so. A
    /// country's own name is its whole spelling, so "Niger" and "Nigeria" stay apart.
    fn place_skeleton(&self, place: &str) -> Option<String> {
        if countries::country_named(place).is_some() {
            return Some(place.to_owned());
        }
        let mut letters = place.chars().filter(|c| c.is_alphanumeric());
        let first = letters.next()?;
        let skeleton: String = std::iter::once(first)
            .chain(letters.filter(|c| !self.place_vowels.contains(c)))
            .collect();
        (skeleton.chars().count() >= self.place_skeleton_min).then_some(skeleton)
    }

    /// Whether a group key counts a named group under its noun's usual outcome ("passengers"
    /// on board): the whole of the people that outcome counts, not a part of them.
    pub(super) fn counted_as_usual(&self, key: &GroupKey) -> bool {
        let GroupKey::Count {
            subject: SubjectClass::Other(group),
            metric,
            predicate,
            ..
        } = key
        else {
            return false;
        };
        let outcome = predicate.as_deref().unwrap_or(metric.as_str());
        self.usual_metric
            .get(group.as_str())
            .is_some_and(|usual| usual.as_str() == outcome)
    }

    /// A count's subject class, with a named group that is the very people its outcome
    /// counts ("suspects" arrested) read as people; `breaks_down` says whether the count is
    /// a part of a whole of its own measure.
    pub(super) fn subject_class(&self, claim: &Claim, breaks_down: bool) -> SubjectClass {
        match SubjectClass::of_claim(claim, breaks_down) {
            SubjectClass::Other(_)
                if claim
                    .metric
                    .is_some_and(|metric| self.groups_are_people.contains(&metric)) =>
            {
                SubjectClass::CiviliansOrPeople
            }
            // ("40 Indians", "42 Indian nationals": one group, however its noun is written;
            // "42 of them were Indians": or its members are named; but "230 Ghanaian pupils"
            // are pupils)
            SubjectClass::Other(group) => {
                let by_noun = || {
                    claim
                        .noun
                        .as_deref()
                        .filter(|_| self.nationality_groups.contains(group.as_str()))
                        .and_then(crate::text::countries::nationality)
                };
                match crate::text::countries::nationality(&group).or_else(by_noun) {
                    Some(country) => SubjectClass::Nationals(country),
                    None => SubjectClass::Other(group),
                }
            }
            class => class,
        }
    }
}

impl GroupKey {
    pub(super) fn of(claim: &Claim, breaks_down: bool, words: &GroupingWords) -> Self {
        match claim.kind {
            ClaimKind::Count => {
                // A figure that stood later counts the same thing as the event's own: the toll
                // "the following day" is the latest of one timeline.
                let scope = match claim.time_scope {
                    TimeScope::Later => TimeScope::Main,
                    scope => scope,
                };
                // Spans before the event, and the days of one that runs over several, are told
                // apart by their wording ("a day earlier", "Sunday"); longer periods are one
                // span whatever their length ("in the last 12 days", "over the past two weeks"
                // both count the wave).
                let when = matches!(
                    scope,
                    TimeScope::Earlier | TimeScope::Day | TimeScope::OtherEvent
                )
                .then(|| claim.when.as_deref().and_then(|when| when_key(when, words)))
                .flatten();
                Self::Count {
                    metric: claim.metric.map_or(Metric::OTHER, |metric| {
                        words
                            .compared_with
                            .get(metric.as_str())
                            .and_then(|family| Metric::lookup(family))
                            .unwrap_or(metric)
                    }),
                    predicate: claim.predicate.as_deref().map(|predicate| {
                        words
                            .compared_with
                            .get(predicate)
                            .map_or(predicate, String::as_str)
                            .to_owned()
                    }),
                    subject: words.subject_class(claim, breaks_down),
                    scope,
                    when,
                    place: claim
                        .place
                        .as_deref()
                        .map(normalise_words)
                        .filter(|p| !p.is_empty()),
                }
            }
            ClaimKind::PlacesAttacked => Self::PlacesAttacked,
            // A denial answers the accusation, so only who denies matters.
            kind => Self::Statement {
                kind,
                actor: claim.actor().map(entity_key),
                target: claim
                    .target()
                    .filter(|_| kind != ClaimKind::Denial)
                    .map(entity_key),
            },
        }
    }
}

/// Whether each claim is a part that breaks its whole down: a part whose whole has its
/// metric and predicate (or stands in another story). "310 workers were below ground, of
/// whom 36 were hurt" does not: a part with an outcome its whole lacks is that outcome's
/// count, as a whole would be.
pub(super) fn breakdowns(claims: &[&Claim]) -> Vec<bool> {
    let measures: FxHashMap<_, _> = claims
        .iter()
        .map(|claim| (claim.id, (claim.metric, claim.predicate)))
        .collect();
    claims
        .iter()
        .map(|claim| {
            claim.part_of.is_some_and(|whole| {
                measures
                    .get(&whole)
                    .is_none_or(|&measure| measure == (claim.metric, claim.predicate))
            })
        })
        .collect()
}

/// Groups claims by [`GroupKey`], in order of each group's first claim. Returns claim indices.
/// Hedges are not compared on their own: they annotate the claims they qualify. Statements
/// by one actor whose targets are worded alike ("the district's top administrator", "the
/// area's top administrator") share a group: the earliest group alike joins. `breaks_down`
/// is [`breakdowns`] of `claims`.
pub(super) fn group_claims(
    claims: &[&Claim],
    breaks_down: &[bool],
    words: &GroupingWords,
) -> Vec<(GroupKey, Vec<usize>)> {
    let mut index: FxHashMap<GroupKey, usize> = FxHashMap::default();
    let mut groups: Vec<(GroupKey, Vec<usize>)> = Vec::new();
    let mut alike = AlikeTargets {
        articles: &words.articles,
        by_word: FxHashMap::default(),
        words: FxHashMap::default(),
    };
    // each place's spelling first seen in the story, by its skeleton
    let mut spellings: FxHashMap<String, String> = FxHashMap::default();
    for (i, claim) in claims.iter().enumerate() {
        if claim.kind == ClaimKind::Hedge {
            continue;
        }
        let mut key = GroupKey::of(claim, breaks_down[i], words);
        if let GroupKey::Count {
            place: Some(place), ..
        } = &mut key
            && let Some(skeleton) = words.place_skeleton(place)
        {
            let first = spellings.entry(skeleton).or_insert_with(|| place.clone());
            place.clone_from(first);
        }
        // A group with this very key was alike no earlier group when it was made, so it is
        // the earliest group alike.
        let found = index.get(&key).copied().or_else(|| alike.earliest(&key));
        match found {
            Some(g) => groups[g].1.push(i),
            None => {
                alike.add(&key, groups.len());
                index.insert(key.clone(), groups.len());
                groups.push((key, vec![i]));
            }
        }
    }
    groups
}

/// Statement groups with a target, indexed by kind, actor and each word of their target, so
/// that a new statement is weighed only against groups sharing a target word (alike targets
/// share at most half their words, so at least one): comparing it with every group made
/// grouping quadratic in the number of distinct statements.
struct AlikeTargets<'a> {
    /// Words a target is compared without ("the", "a").
    articles: &'a FxHashSet<String>,
    by_word: FxHashMap<(ClaimKind, Option<String>, String), Vec<usize>>,
    /// Each indexed group's target words (sorted, without repeats).
    words: FxHashMap<usize, Vec<String>>,
}

impl AlikeTargets<'_> {
    /// The statement's kind, actor and target words, when it has a target.
    fn parts<'k>(&self, key: &'k GroupKey) -> Option<(ClaimKind, &'k Option<String>, Vec<String>)> {
        let GroupKey::Statement {
            kind,
            actor,
            target: Some(target),
        } = key
        else {
            return None;
        };
        let mut words: Vec<String> = target
            .split_whitespace()
            .map(|w| without_possessive(w).to_owned())
            .filter(|w| !self.articles.contains(w))
            .collect();
        words.sort_unstable();
        words.dedup();
        Some((*kind, actor, words))
    }

    fn add(&mut self, key: &GroupKey, group: usize) {
        let Some((kind, actor, words)) = self.parts(key) else {
            return;
        };
        for word in &words {
            self.by_word
                .entry((kind, actor.clone(), word.clone()))
                .or_default()
                .push(group);
        }
        self.words.insert(group, words);
    }

    /// The earliest group of the same kind and actor whose target shares at least half of
    /// the words of both targets together.
    fn earliest(&self, key: &GroupKey) -> Option<usize> {
        let (kind, actor, words) = self.parts(key)?;
        let mut candidates: Vec<usize> = words
            .iter()
            .filter_map(|w| self.by_word.get(&(kind, actor.clone(), w.clone())))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .find(|g| self.words.get(g).is_some_and(|other| alike(&words, other)))
    }
}

/// Two sorted word sets sharing at least half of their union.
fn alike(a: &[String], b: &[String]) -> bool {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = a.len() + b.len() - shared;
    all > 0 && shared * 2 >= all
}

/// The key actors are compared by: case-insensitive, without a leading "the", and a name
/// followed by its acronym in parentheses ("Liberation Front (LF)") standing for the acronym.
pub(super) fn actor_key(actor: &str) -> String {
    let name = parenthesised_acronym(actor).unwrap_or(actor);
    let words = normalise_words(name);
    words.strip_prefix("the ").unwrap_or(&words).to_owned()
}

/// An actor or target as one entity: a country however it is written ("New Delhi", "Indian
/// officials" → "india"), otherwise [`actor_key`].
fn entity_key(actor: &str) -> String {
    match crate::text::countries::country_in(actor) {
        Some(country) => country.to_lowercase(),
        None => actor_key(actor),
    }
}

/// An actor as the comparison is about it: the country however it is written, else as
/// [`actor_display`].
fn entity_display(actor: &str) -> &str {
    crate::text::countries::country_in(actor).unwrap_or_else(|| actor_display(actor))
}

/// The actor as an analyst would name it at a glance: the acronym where one is given.
fn actor_display(actor: &str) -> &str {
    parenthesised_acronym(actor).unwrap_or(actor.trim())
}

/// "Liberation Front (LF)" → "LF": a trailing parenthesised run of capitals and digits.
fn parenthesised_acronym(actor: &str) -> Option<&str> {
    let inner = actor.trim().strip_suffix(')')?.rsplit_once('(')?.1.trim();
    let is_acronym = inner.chars().count() >= 2
        && inner.chars().any(char::is_uppercase)
        && inner
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    is_acronym.then_some(inner)
}

/// Lower-case words separated by single spaces.
fn normalise_words(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Over the past two days" and "the past two days" name one span: the words without
/// punctuation and without leading prepositions and articles.
fn when_key(when: &str, words: &GroupingWords) -> Option<String> {
    let filler = &words.time_filler;
    let words: Vec<String> = when
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let start = words.iter().position(|w| !filler.contains(w))?;
    Some(words[start..].join(" "))
}

/// The label an analyst reads: "militants killed in Kandahar — a day earlier",
/// "claim of responsibility: LF". `claims` are the group's claims (display forms are taken
/// from the first that has one).
pub(super) fn label(key: &GroupKey, claims: &[&Claim]) -> String {
    let first_written = |field: fn(&Claim) -> Option<&str>| {
        claims
            .iter()
            .find_map(|c| field(c).map(str::trim).filter(|s| !s.is_empty()))
    };
    match key {
        GroupKey::Count {
            metric,
            predicate,
            subject,
            scope,
            place,
            ..
        } => {
            let other = *metric == Metric::OTHER;
            let mut label = match (subject, other, predicate) {
                (SubjectClass::Unspecified, true, Some(predicate)) => predicate.replace('_', " "),
                (SubjectClass::Unspecified, true, None) => "other figure".to_owned(),
                (SubjectClass::Unspecified, false, _) => {
                    format!("{} (unspecified)", metric.label())
                }
                (subject, true, Some(predicate)) => {
                    format!("{} {}", subject.label(), predicate.replace('_', " "))
                }
                (subject, true, None) => format!("{} (other figure)", subject.label()),
                (subject, false, _) => format!("{} {}", subject.label(), metric.label()),
            };
            if let (Some(_), Some(written)) = (place, first_written(|c| c.place.as_deref())) {
                label.push_str(" in ");
                label.push_str(written);
            }
            let when = first_written(|c| c.when.as_deref());
            let span = match scope {
                // (a later figure is compared as the event's own)
                TimeScope::Main | TimeScope::Later => None,
                TimeScope::Earlier => Some(when.unwrap_or("earlier")),
                TimeScope::Day => Some(when.unwrap_or("one day")),
                TimeScope::Period => Some(when.unwrap_or("over a longer period")),
                TimeScope::OtherEvent => Some(when.unwrap_or("another event")),
            };
            if let Some(span) = span {
                label.push_str(" — ");
                label.push_str(span);
            }
            label
        }
        GroupKey::PlacesAttacked => "places attacked".to_owned(),
        GroupKey::Statement { kind, target, .. } => {
            let actor = first_written(|c| c.actor()).map(entity_display);
            let target = target
                .as_ref()
                .and_then(|_| first_written(|c| c.target()))
                .map(entity_display);
            statement_label(*kind, actor, target)
        }
    }
}

fn statement_label(kind: ClaimKind, actor: Option<&str>, target: Option<&str>) -> String {
    let actor = actor.unwrap_or("unnamed");
    let (prefix, link) = match kind {
        ClaimKind::Responsibility => ("claim of responsibility", "for"),
        ClaimKind::Accusation => ("accusation", "against"),
        ClaimKind::Denial => ("denial", "of"),
        ClaimKind::Abduction => ("abduction", "of"),
        ClaimKind::Hedge => ("caveat", "on"),
        ClaimKind::Count | ClaimKind::PlacesAttacked => ("statement", "on"),
    };
    match target {
        Some(target) => format!("{prefix}: {actor} {link} {target}"),
        None => format!("{prefix}: {actor}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acronym_in_parentheses_matches_the_bare_acronym() {
        assert_eq!(actor_key("Northern Liberation Front (NLF)"), "nlf");
        assert_eq!(actor_key("NLF"), "nlf");
        assert_eq!(actor_key("the nlf"), "nlf");
        assert_ne!(actor_key("Northern Liberation Front"), actor_key("Front"));
        // Lower-case or one-letter parentheses are not acronyms.
        assert_eq!(actor_key("officials (police)"), "officials (police)");
        assert_eq!(actor_display("Northern Liberation Front (NLF)"), "NLF");
    }

    #[test]
    fn count_labels_read_at_a_glance() {
        use crate::model::Qualifier;
        let count =
            |metric, subject: Option<Subject>, place: Option<&str>, scope, when: Option<&str>| {
                let claim = Claim {
                    metric: Some(metric),
                    subject,
                    place: place.map(Into::into),
                    time_scope: scope,
                    when: when.map(Into::into),
                    value: Some(4),
                    qualifier: Some(Qualifier::Exact),
                    ..statement_claim(ClaimKind::Count)
                };
                label(
                    &GroupKey::of(&claim, claim.part_of.is_some(), &bundled_words()),
                    &[&claim],
                )
            };
        use TimeScope::{Earlier, Main, OtherEvent, Period};
        assert_eq!(
            count(
                Metric::named("killed"),
                Some(Subject::SecurityForces),
                None,
                Main,
                Some("Sunday")
            ),
            "security forces killed"
        );
        assert_eq!(
            count(
                Metric::named("killed"),
                Some(Subject::People),
                Some("Hill Town"),
                Main,
                None
            ),
            "civilians/people killed in Hill Town"
        );
        assert_eq!(
            count(
                Metric::named("injured"),
                Some(Subject::Militants),
                None,
                Earlier,
                Some("a day earlier")
            ),
            "militants injured — a day earlier"
        );
        assert_eq!(
            count(
                Metric::named("killed"),
                Some(Subject::Militants),
                None,
                Period,
                None
            ),
            "militants killed — over a longer period"
        );
        assert_eq!(
            count(
                Metric::named("killed"),
                Some(Subject::Other("women".into())),
                None,
                OtherEvent,
                Some("in 2019")
            ),
            "women killed — in 2019"
        );
        assert_eq!(
            count(
                Metric::named("attacked"),
                Some(Subject::Places),
                None,
                Main,
                None
            ),
            "number of places attacked"
        );
        assert_eq!(
            count(
                Metric::OTHER,
                Some(Subject::Other("percent".into())),
                None,
                Main,
                None
            ),
            "percent (other figure)"
        );
        assert_eq!(
            count(Metric::named("killed"), None, None, Main, None),
            "killed (unspecified)"
        );
    }

    #[test]
    fn statement_labels_name_the_actor_by_acronym() {
        let statement = |kind, actor: &str, target: Option<&str>| {
            let claim = Claim {
                statement: Some(Box::new(crate::model::Statement {
                    actor: Some(actor.into()),
                    target: target.map(Into::into),
                    ..Default::default()
                })),
                ..statement_claim(kind)
            };
            label(
                &GroupKey::of(&claim, claim.part_of.is_some(), &bundled_words()),
                &[&claim],
            )
        };
        assert_eq!(
            statement(ClaimKind::Responsibility, "Northern Front (NF)", None),
            "claim of responsibility: NF"
        );
        assert_eq!(
            statement(ClaimKind::Accusation, "Ministry", Some("Neighbour")),
            "accusation: Ministry against Neighbour"
        );
        assert_eq!(
            statement(ClaimKind::Denial, "Neighbour", None),
            "denial: Neighbour"
        );
        assert_eq!(
            statement(ClaimKind::Hedge, "Agency", None),
            "caveat: Agency"
        );
        let places = statement_claim(ClaimKind::PlacesAttacked);
        assert_eq!(
            label(
                &GroupKey::of(&places, places.part_of.is_some(), &bundled_words()),
                &[&places]
            ),
            "places attacked"
        );
    }

    #[test]
    fn a_statement_joins_the_earliest_group_with_a_target_worded_alike() {
        let accusation = |actor: &str, target: &str| Claim {
            statement: Some(Box::new(crate::model::Statement {
                actor: Some(actor.into()),
                target: Some(target.into()),
                ..Default::default()
            })),
            ..statement_claim(ClaimKind::Accusation)
        };
        let claims = [
            accusation("Ministry", "the district's top administrator"),
            accusation("Ministry", "the port authority"),
            accusation("Ministry", "the area's top administrator"),
            accusation("Agency", "the area's top administrator"),
            accusation("Ministry", "the port police"),
            accusation("Ministry", "the district's top administrator"),
        ];
        let claims = claims.each_ref();
        let groups: Vec<Vec<usize>> = group_claims(&claims, &breakdowns(&claims), &bundled_words())
            .into_iter()
            .map(|(_, members)| members)
            .collect();
        // "port police" shares "port" with "port authority", but not half the words of both
        assert_eq!(groups, [vec![0, 2, 5], vec![1], vec![3], vec![4]]);
    }

    fn bundled_words() -> GroupingWords {
        GroupingWords::new(&Lexicon::bundled())
    }

    fn statement_claim(kind: ClaimKind) -> Claim {
        use crate::model::{ArticleId, ClaimId};
        crate::compare::tests::blank_claim(ClaimId::from_index(0), ArticleId::from_index(0), kind)
    }

    #[test]
    fn time_phrases_match_without_fillers_and_punctuation() {
        assert_eq!(
            when_key("Over the past two days,", &bundled_words()),
            when_key("past two days", &bundled_words())
        );
        assert_ne!(
            when_key("a day earlier", &bundled_words()),
            when_key("over the past two days", &bundled_words())
        );
        assert_eq!(when_key("on the", &bundled_words()), None);
    }
}
