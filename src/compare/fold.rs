//! Folds count groups that differ only by a detail one source added, so that one figure
//! lands in one comparison: the event's own place ("killed in <the story's city>"), a country
//! beside its nationals ("India 58" beside "Three Indians"), a count with no predicate beside
//! the only predicate its noun has in the story ("325 students" beside "students on board"), a
//! group's modifiers ("18 elite global divers" beside "19 divers"), people counted with the
//! same outcome and figure as a named group ("476 people on board" beside "476 passengers on
//! board"), and a count with no predicate whose figure one group gives with an outcome ("750
//! people" beside "750 people on board").

use super::disjoint_sets::DisjointSets;
use super::group::{GroupKey, GroupingWords, SubjectClass};
use crate::model::{ArticleId, Claim, ClaimId, Metric, TimeScope};
use crate::text::countries;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeSet;

/// A group: its key and the indices of its claims.
pub(super) type Group = (GroupKey, Vec<usize>);

/// A group giving a figure: its index, the article, the paragraph and whether the figure is
/// a part of a breakdown there.
type Giver = (usize, ArticleId, usize, bool);

/// A count key without its place, in one article.
type KeyInArticle = (GroupKey, ArticleId);

/// Applies the folds in order: places, countries into their nationals, bare counts, modified
/// groups into their heads, named groups, people, told outcomes, bare figures. `title_words`
/// are the lower-cased words of the story's titles: a place named there is where the story
/// happened. `breaks_down` is [`super::group::breakdowns`] of `claims`.
pub(super) fn fold_groups(
    groups: Vec<Group>,
    claims: &[&Claim],
    breaks_down: &[bool],
    title_words: &FxHashSet<String>,
    words: &GroupingWords,
) -> Vec<Group> {
    let groups = fold_period_into_main(groups, claims);
    let groups = fold_country_into_nationals(fold_event_place(groups, claims, title_words));
    let groups = fold_bare_counts(groups, claims);
    let groups = fold_modified_group_into_its_head(groups, claims);
    let groups = fold_people_into_named_group(
        fold_named_groups_sharing_a_figure(groups, claims),
        claims,
        words,
    );
    let groups = fold_into_told_outcome(groups, &words.joins_where_told);
    move_bare_figures(groups, claims, breaks_down, words)
}

/// A count with no outcome ("750 people" in one report) joins the one group of its subject,
/// time and place that gives its figure with an outcome ("750 people on board" in another):
/// the figure names the population. A group that took in the people under a named group's
/// name ("over 700 migrants on board") gives their figures as the people's too. Figures below
/// `bare_figure_min` coincide too often to tell.
fn move_bare_figures(
    mut groups: Vec<Group>,
    claims: &[&Claim],
    breaks_down: &[bool],
    words: &GroupingWords,
) -> Vec<Group> {
    // by the bare key they would be told under, each figure's groups with an outcome
    let mut giving: FxHashMap<GroupKey, FxHashMap<u64, Vec<usize>>> = FxHashMap::default();
    for (g, (key, members)) in groups.iter().enumerate() {
        let Some(bare) = without_outcome(key).filter(|bare| bare != key) else {
            continue;
        };
        // (read only for a named group's key: its members' classes cost a lookup each)
        let holds_people = || {
            members.iter().any(|&c| {
                words.subject_class(claims[c], breaks_down[c]) == SubjectClass::CiviliansOrPeople
            })
        };
        let as_people = with_subject(&bare, SubjectClass::CiviliansOrPeople)
            .filter(|people| *people != bare && holds_people());
        for bare in [Some(bare), as_people].into_iter().flatten() {
            let by_figure = giving.entry(bare).or_default();
            let figures = members.iter().filter_map(|&c| claims[c].value);
            for value in figures.filter(|&value| value >= words.bare_figure_min) {
                let givers = by_figure.entry(value).or_default();
                if givers.last() != Some(&g) {
                    givers.push(g);
                }
            }
        }
    }
    // (moved once all are known, and each receiving group sorted once: a sort per claim
    // moved grew with the square of a large story's claims)
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (key, members) in &mut groups {
        let Some(by_figure) = giving.get(key) else {
            continue;
        };
        members.retain(|&c| {
            let into = claims[c]
                .value
                .and_then(|value| match by_figure.get(&value)?.as_slice() {
                    [into] => Some(*into),
                    _ => None,
                });
            if let Some(into) = into {
                moves.push((c, into));
            }
            into.is_none()
        });
    }
    let mut received: FxHashSet<usize> = FxHashSet::default();
    for (c, into) in moves {
        groups[into].1.push(c);
        received.insert(into);
    }
    for g in received {
        groups[g].1.sort_unstable();
    }
    groups.retain(|(_, members)| !members.is_empty());
    groups
}

/// A group whose outcome joins another where the story tells it (the lexicon's
/// `joins_where_told`: the "missing" students of an abduction are the abducted) folds into
/// the group of the same key with that outcome, when there is one.
fn fold_into_told_outcome(groups: Vec<Group>, joins: &FxHashMap<Metric, Metric>) -> Vec<Group> {
    let told_key = |key: &GroupKey| {
        let mut told = key.clone();
        let GroupKey::Count { metric, .. } = &mut told else {
            return None;
        };
        *metric = *joins.get(metric)?;
        Some(told)
    };
    let keys: FxHashSet<&GroupKey> = groups.iter().map(|(key, _)| key).collect();
    let targets: Vec<Option<GroupKey>> = groups
        .iter()
        .map(|(key, _)| told_key(key).filter(|told| keys.contains(told)))
        .collect();
    merge(groups, targets)
}

/// A figure over a span ("6,200 arrested in 10 days", "the toll has touched 197 in the past
/// 10 days") is the event's own running total when other articles give the same count for
/// the event and none that gives the span does: it joins that count. An article giving both
/// tells them apart ("92 killed in the attack; 41 over the past two days"; "37 in the attack,
/// more than 70 over the past two days"), unless its span's figures are its largest event
/// figure rounded ("killed more than 1,000 people in recent months" beside "at least 1,033
/// lives").
fn fold_period_into_main(groups: Vec<Group>, claims: &[&Claim]) -> Vec<Group> {
    let main_of = |key: &GroupKey| match key {
        GroupKey::Count {
            scope: TimeScope::Period,
            ..
        } => {
            let mut key = key.clone();
            if let GroupKey::Count { scope, when, .. } = &mut key {
                *scope = TimeScope::Main;
                *when = None;
            }
            Some(key)
        }
        _ => None,
    };
    let position: FxHashMap<&GroupKey, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, (key, _))| (key, i))
        .collect();
    // (the articles of a span's group and of its event's group only, not of every group)
    let targets: Vec<Option<GroupKey>> = groups
        .iter()
        .map(|(key, members)| {
            let main = main_of(key)?;
            let event = &groups[*position.get(&main)?].1;
            let totals = figures_by_article(event, claims);
            let figures = figures_by_article(members, claims);
            let rounded = |article: &ArticleId| {
                let (Some(figures), Some(totals)) = (figures.get(article), totals.get(article))
                else {
                    return false;
                };
                let total = totals.iter().copied().max().unwrap_or(0);
                (figures.iter()).all(|&f| within_a_quarter(f, total))
            };
            let told_apart = (articles_of(event, claims))
                .intersection(&articles_of(members, claims))
                .any(|article| !rounded(article));
            (!told_apart).then_some(main)
        })
        .collect();
    merge(groups, targets)
}

/// Whether two figures differ by at most a quarter of the larger: one figure rounded or told
/// by several sources.
fn within_a_quarter(a: u64, b: u64) -> bool {
    a.min(b) >= a.max(b) - a.max(b) / 4
}

/// The articles a group's claims are in, increments ("three more died") left out.
fn articles_giving_totals(members: &[usize], claims: &[&Claim]) -> FxHashSet<ArticleId> {
    (members.iter())
        .filter(|&&c| !claims[c].is_increment())
        .map(|&c| claims[c].article)
        .collect()
}

/// The articles a group's claims are in.
fn articles_of(members: &[usize], claims: &[&Claim]) -> FxHashSet<ArticleId> {
    members.iter().map(|&c| claims[c].article).collect()
}

/// The count key without its place.
fn without_place(key: &GroupKey) -> Option<GroupKey> {
    let mut key = key.clone();
    let GroupKey::Count { place, .. } = &mut key else {
        return None;
    };
    *place = None;
    Some(key)
}

/// The count key without its outcome: who, when and where.
fn without_outcome(key: &GroupKey) -> Option<GroupKey> {
    let mut key = key.clone();
    let GroupKey::Count {
        metric, predicate, ..
    } = &mut key
    else {
        return None;
    };
    *metric = Metric::OTHER;
    *predicate = None;
    Some(key)
}

/// The count key without its subject: what happened, when and where.
fn outcome(key: &GroupKey) -> Option<GroupKey> {
    with_subject(key, SubjectClass::Unspecified)
}

/// The count key with another subject.
fn with_subject(key: &GroupKey, class: SubjectClass) -> Option<GroupKey> {
    let mut key = key.clone();
    let GroupKey::Count { subject, .. } = &mut key else {
        return None;
    };
    *subject = class;
    Some(key)
}

/// First word of a place: "Lisbon Region" and "Lisbon" are one place family, as are "Valencia"
/// and "Valencia, Murcia and Andalusia".
fn place_head(place: &str) -> &str {
    place
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty())
        .unwrap_or(place)
}

/// Placed groups fold into the unplaced group of the same key, the event's own figure, unless
/// an article giving them breaks that key down: "46 missing in Maco" beside other articles'
/// "48 missing" is where the event happened. A breakdown gives two places different figures
/// in one article ("five in Lakeside, two in Hillview"), or a place a figure smaller than
/// that article's own total in a story that places the outcome in several places (a
/// district's share). Where the story places it nowhere else, or at a place its titles name
/// (unless the article states the figure as a part), a smaller figure is the toll moved on
/// ("28 killed in Riverton", later "the toll rose to 30"). One figure given twice, once with
/// the province and once with the village, is the event's toll.
fn fold_event_place(
    groups: Vec<Group>,
    claims: &[&Claim],
    title_words: &FxHashSet<String>,
) -> Vec<Group> {
    let mut with_unplaced: FxHashSet<GroupKey> = FxHashSet::default();
    // (an outcome stated without a place for any group: a named group's "1,175 injured
    // passengers admitted to hospitals in Soro" beside other articles' "1,175 people injured"
    // is no place's count)
    let mut unplaced_outcomes: FxHashSet<GroupKey> = FxHashSet::default();
    // placed groups per outcome and place, whatever they count
    let mut groups_at: FxHashMap<GroupKey, usize> = FxHashMap::default();
    // per key without its place and article: the place heads with their figures, and the
    // largest unplaced figure (one without a value, "dozens killed", says nothing of size and
    // is left out); an increment ("hundreds more") is neither a place's figure nor a total
    let mut placed: FxHashMap<KeyInArticle, Vec<(&str, Option<u64>)>> = FxHashMap::default();
    let mut unplaced: FxHashMap<KeyInArticle, u64> = FxHashMap::default();
    // the place heads each outcome has in the story, whatever it counts
    let mut places_of: FxHashMap<GroupKey, FxHashSet<&str>> = FxHashMap::default();
    for (key, members) in &groups {
        let Some(bare) = without_place(key) else {
            continue;
        };
        let totals = members.iter().filter(|&&c| !claims[c].is_increment());
        if let GroupKey::Count { place: Some(p), .. } = key {
            // (a group only of parts, "including 214 security personnel", shares its place
            // with its whole's)
            if let Some(at_place) = outcome(key)
                && members.iter().any(|&c| claims[c].part_of.is_none())
            {
                *groups_at.entry(at_place).or_default() += 1;
            }
            if let Some(outcome) = outcome(&bare) {
                places_of.entry(outcome).or_default().insert(place_head(p));
            }
            for &c in totals {
                placed
                    .entry((bare.clone(), claims[c].article))
                    .or_default()
                    .push((place_head(p), claims[c].value));
            }
        } else {
            for (c, value) in totals.filter_map(|&c| Some((c, claims[c].value?))) {
                let largest = unplaced
                    .entry((bare.clone(), claims[c].article))
                    .or_default();
                *largest = (*largest).max(value);
            }
            if let Some(outcome) = outcome(&bare) {
                unplaced_outcomes.insert(outcome);
            }
            with_unplaced.insert(bare);
        }
    }
    // Two places with different figures in one article: some pair differs in both, which is
    // so unless every place or every figure is the same.
    let split: FxHashSet<&KeyInArticle> = placed
        .iter()
        .filter(|(_, places)| {
            let (head, value) = places[0];
            places.iter().any(|(h, _)| *h != head) && places.iter().any(|(_, v)| *v != value)
        })
        .map(|(key, _)| key)
        .collect();
    // ("At least 58 people died in the old town … 31 bodies in Kelmora … 24 in
    // Arvensk": of places broken down, a figure no smaller than the others together, two
    // at least, is the article's whole, which no one place's share is)
    let breakdown_wholes: FxHashSet<(&KeyInArticle, u64)> = split
        .iter()
        .filter_map(|&key| {
            let places = &placed[key];
            let &(head, largest) = places.iter().max_by_key(|(_, value)| *value)?;
            let largest = largest?;
            let others: Vec<_> = places.iter().filter(|(h, _)| *h != head).collect();
            let other_heads: FxHashSet<&str> = others.iter().map(|(h, _)| *h).collect();
            let others_total: Option<u64> = others.iter().map(|(_, v)| *v).sum();
            (other_heads.len() >= 2 && others_total.is_some_and(|total| total <= largest))
                .then_some((key, largest))
        })
        .collect();
    let breaks_down = |key: &KeyInArticle, claim: &Claim| {
        split.contains(key)
            && !claim
                .value
                .is_some_and(|value| breakdown_wholes.contains(&(key, value)))
    };
    // (a vague placed figure, "thousands killed in Kelva", is no smaller part of anything;
    // where the story places an outcome in one place only, a figure there below its
    // article's total is the toll moved on, "28 killed in Riverton" early and "the toll rose
    // to 30" later, and where in several, a share of it)
    let one_place = |bare: &GroupKey| {
        outcome(bare)
            .and_then(|outcome| places_of.get(&outcome))
            .is_some_and(|places| places.len() == 1)
    };
    let part_of_breakdown = |bare: &GroupKey, claim: &Claim| {
        let key = (bare.clone(), claim.article);
        let below_total = !one_place(bare)
            && claim
                .value
                .is_some_and(|value| unplaced.get(&key).is_some_and(|&total| value < total));
        breaks_down(&key, claim) || below_total
    };
    // (the key a group moves to, the members that move and those that stay)
    let target = |(key, members): &Group| -> Option<(GroupKey, Vec<usize>, Vec<usize>)> {
        let GroupKey::Count { place: Some(p), .. } = key else {
            return None;
        };
        // (alone in its place: "3 children killed in Norvale" beside "11 people killed in
        // Norvale" is a part of that place's figure)
        let alone = || outcome(key).is_some_and(|at_place| groups_at.get(&at_place) == Some(&1));
        let named_group =
            matches!(key, GroupKey::Count { subject, .. } if subject.is_named_group());
        let bare = without_place(key).filter(|bare| {
            with_unplaced.contains(bare)
                || named_group
                    && alone()
                    && outcome(bare).is_some_and(|outcome| unplaced_outcomes.contains(&outcome))
        })?;
        // (at the place the titles name, a figure below its article's total is the toll
        // moved on, unless the article breaks the key down or states it as a part)
        let own_place = title_words.contains(place_head(p))
            && members.iter().all(|&c| {
                claims[c].part_of.is_none()
                    && !breaks_down(&(bare.clone(), claims[c].article), claims[c])
            });
        let whole = |c: usize| !part_of_breakdown(&bare, claims[c]);
        if own_place || members.iter().all(|&c| whole(c)) {
            return Some((bare, members.clone(), Vec::new()));
        }
        // (beside a share, a figure that is its article's only toll: "nearly 400 dead in
        // Regent" in one report is the toll, while "six bodies in Regent" in another, which
        // gives the toll, is a share; a place's figure an article also gives unplaced stays
        // with the share, the two at the place compared)
        let (moving, staying): (Vec<usize>, Vec<usize>) = members.iter().partition(|&&c| {
            whole(c) && !unplaced.contains_key(&(bare.clone(), claims[c].article))
        });
        (!moving.is_empty()).then_some((bare, moving, staying))
    };
    let moves: Vec<_> = groups.iter().map(target).collect();
    let mut split_groups = Vec::with_capacity(groups.len());
    let mut targets = Vec::with_capacity(groups.len());
    for ((key, members), moved) in groups.into_iter().zip(moves) {
        match moved {
            Some((target, moving, staying)) if !staying.is_empty() => {
                split_groups.push((key.clone(), moving));
                targets.push(Some(target));
                split_groups.push((key, staying));
                targets.push(None);
            }
            moved => {
                split_groups.push((key, members));
                targets.push(moved.map(|(target, _, _)| target));
            }
        }
    }
    merge(split_groups, targets)
}

/// A figure still placed at a country once the event's own place is folded away ("India 58"
/// in a list of the dead by nationality) counts that country's people: it joins the group of
/// its nationals with the same outcome and time ("Three Indians were killed" in another
/// report), when the story has one.
fn fold_country_into_nationals(groups: Vec<Group>) -> Vec<Group> {
    let keys: FxHashSet<&GroupKey> = groups.iter().map(|(key, _)| key).collect();
    let targets: Vec<Option<GroupKey>> = groups
        .iter()
        .map(|(key, _)| {
            let GroupKey::Count {
                subject: SubjectClass::CiviliansOrPeople | SubjectClass::Other(_),
                place: Some(place),
                ..
            } = key
            else {
                return None;
            };
            let country = countries::country_named(place)?;
            let nationals = with_subject(&without_place(key)?, SubjectClass::Nationals(country))?;
            keys.contains(&nationals).then_some(nationals)
        })
        .collect();
    merge(groups, targets)
}

/// A count of a noun with no predicate ("325 students") folds into the other group that counts
/// the same noun at the same time and place ("students on board"): the only one, or the one
/// most articles give.
fn fold_bare_counts(groups: Vec<Group>, claims: &[&Claim]) -> Vec<Group> {
    // (a class of armed men is named by its noun too: "110 Thai SEALs" beside "more than 100
    // Navy SEALs working on the rescue")
    let named = |subject: &SubjectClass| {
        subject.is_named_group()
            || matches!(
                subject,
                SubjectClass::SecurityForces | SubjectClass::Militants
            )
    };
    let is_bare = |key: &GroupKey| {
        matches!(
            key,
            GroupKey::Count { metric, predicate: None, subject, .. }
                if *metric == Metric::OTHER && named(subject)
        )
    };
    // The noun, time and place a bare count shares with its target.
    let anchor = |key: &GroupKey| match key {
        GroupKey::Count {
            subject,
            scope,
            when,
            place,
            ..
        } if named(subject) => Some((subject.clone(), *scope, when.clone(), place.clone())),
        _ => None,
    };
    let mut described: FxHashMap<_, Vec<(&GroupKey, usize)>> = FxHashMap::default();
    // (a group of parts only, "three of them students" killed, is a breakdown of another
    // figure, no outcome the noun has of its own)
    for (key, members) in &groups {
        let only_parts = members.iter().all(|&c| claims[c].part_of.is_some());
        if let Some(anchor) = anchor(key).filter(|_| !is_bare(key) && !only_parts) {
            let sources = articles_of(members, claims);
            described
                .entry(anchor)
                .or_default()
                .push((key, sources.len()));
        }
    }
    // the only outcome, or the one more articles give than any other ("students abducted"
    // in five articles beside "students missing" in one)
    let targets: Vec<Option<GroupKey>> = groups
        .iter()
        .map(|(key, _)| {
            let candidates = described.get(&anchor(key).filter(|_| is_bare(key))?)?;
            let (most, sources) = candidates.iter().max_by_key(|(_, sources)| *sources)?;
            let clear = candidates.iter().filter(|(_, s)| s == sources).count() == 1;
            clear.then(|| (*most).clone())
        })
        .collect();
    merge(groups, targets)
}

/// A named group written with modifiers ("18 elite global divers") joins the group
/// its head noun alone names with the same outcome, time and place ("19 divers" in another
/// report) when no article counts both: one report is more specific about the same people. Two
/// such groups of one head ("navy divers", "volunteer divers") may be parts of it, so neither
/// joins.
fn fold_modified_group_into_its_head(groups: Vec<Group>, claims: &[&Claim]) -> Vec<Group> {
    let index: FxHashMap<&GroupKey, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, (key, _))| (key, i))
        .collect();
    let heads: Vec<Option<(usize, GroupKey)>> = groups
        .iter()
        .map(|(key, _)| {
            let GroupKey::Count {
                subject: SubjectClass::Other(name),
                ..
            } = key
            else {
                return None;
            };
            let (_, head) = name.rsplit_once(' ')?;
            let target = with_subject(key, SubjectClass::Other(head.to_owned()))?;
            Some((*index.get(&target)?, target))
        })
        .collect();
    let mut modified_of: FxHashMap<usize, usize> = FxHashMap::default();
    for (at, _) in heads.iter().flatten() {
        *modified_of.entry(*at).or_default() += 1;
    }
    let targets: Vec<Option<GroupKey>> = heads
        .into_iter()
        .zip(&groups)
        .map(|(head, (_, members))| {
            let (at, target) = head?;
            let alone = modified_of[&at] == 1;
            let apart =
                articles_of(members, claims).is_disjoint(&articles_of(&groups[at].1, claims));
            (alone && apart).then_some(target)
        })
        .collect();
    merge(groups, targets)
}

/// Named groups counted with the same outcome, time and place fold together when one article
/// gives a figure of one and another article the same figure of the other: "317 girls
/// abducted" in one report and "317 students abducted" in the next name one population two
/// ways. A figure one article gives both groups counts two parts of a breakdown ("three
/// churches and three hotels"), so it links nothing. A part of another count ("132 of those
/// killed were children" beside "the fatalities included 132 students") links only groups
/// no article counts together: "15 children and 28 adults" of the dead tell those two apart
/// wherever else "28 children" stands. Each folds into the group stated more often.
fn fold_named_groups_sharing_a_figure(groups: Vec<Group>, claims: &[&Claim]) -> Vec<Group> {
    // per outcome and figure, the named groups giving it (in group order) and the articles
    // each gives it in
    let mut given: FxHashMap<(GroupKey, u64), Vec<Giver>> = FxHashMap::default();
    for (i, (key, members)) in groups.iter().enumerate() {
        let GroupKey::Count {
            subject,
            metric,
            predicate,
            ..
        } = key
        else {
            continue;
        };
        if !subject.is_named_group() {
            continue;
        }
        // (figures with no outcome named are no one population)
        let named_outcome = *metric != Metric::OTHER || predicate.is_some();
        if !named_outcome {
            continue;
        }
        let Some(outcome) = outcome(key) else {
            continue;
        };
        for &c in members {
            if let Some(value) = claims[c].value {
                let givers = given.entry((outcome.clone(), value)).or_default();
                // (a claim made without a mention stands in one paragraph)
                let mentions = &claims[c].mentions;
                let blocks = mentions.iter().map(|m| m.block());
                for block in blocks.chain(mentions.is_empty().then_some(0)) {
                    givers.push((i, claims[c].article, block, claims[c].part_of.is_some()));
                }
            }
        }
    }
    // groups linked by a figure, joined transitively
    let mut sets = DisjointSets::new(groups.len());
    // Each figure links its first group to every other group giving it in other paragraphs
    // only (a paragraph giving the figure to both tells them apart: "three churches and
    // three hotels"; an article may name one group two ways, "70 children" and later "70
    // students"): linear in the givers, where weighing every pair was not.
    let counted_in: Vec<FxHashSet<ArticleId>> = groups
        .iter()
        .map(|(_, members)| articles_of(members, claims))
        .collect();
    for givers in given.values() {
        let mut by_group = givers.chunk_by(|a, b| a.0 == b.0).map(|run| {
            let paragraphs: FxHashSet<(ArticleId, usize)> =
                run.iter().map(|&(_, a, block, _)| (a, block)).collect();
            let as_part = run.iter().any(|&(.., part)| part);
            (run[0].0, paragraphs, as_part)
        });
        let Some((first, first_paragraphs, first_as_part)) = by_group.next() else {
            continue;
        };
        for (group, paragraphs, as_part) in by_group {
            let told_apart =
                (first_as_part || as_part) && !counted_in[first].is_disjoint(&counted_in[group]);
            if paragraphs.is_disjoint(&first_paragraphs) && !told_apart {
                sets.union(first, group);
            }
        }
    }
    // each set folds into its member with the most claims (the earliest on a tie)
    let mut largest: FxHashMap<usize, usize> = FxHashMap::default();
    for g in 0..groups.len() {
        let r = sets.find(g);
        let best = largest.entry(r).or_insert(g);
        if groups[g].1.len() > groups[*best].1.len() {
            *best = g;
        }
    }
    let targets: Vec<Option<GroupKey>> = (0..groups.len())
        .map(|g| {
            let into = largest[&sets.find(g)];
            (into != g).then(|| groups[into].0.clone())
        })
        .collect();
    merge(groups, targets)
}

/// People and the named group counted with the same outcome, time and place that shares a
/// figure with them fold together, under the name stated most often (a named group's on a
/// tie): "476 people on board" and "476 passengers on board", "78 people killed" and "78
/// migrants killed" count one population. Without a shared figure the group may be part of
/// the people ("174 people rescued", "75 students rescued"; "26 foreigners killed") and both
/// stay, unless no article counts both; so do a breakdown ("11 people, including five men")
/// and a group much smaller than the people (people much fewer than a group no article counts
/// beside them are a low count of it, and join). More named groups join when no article counts
/// any two of them, or one beside the people, and a figure of theirs is near one joined.
fn fold_people_into_named_group(
    groups: Vec<Group>,
    claims: &[&Claim],
    words: &GroupingWords,
) -> Vec<Group> {
    let values = |members: &[usize]| -> FxHashSet<u64> {
        members.iter().filter_map(|&c| claims[c].value).collect()
    };
    let median = |values: &FxHashSet<u64>| {
        let mut sorted: Vec<u64> = values.iter().copied().collect();
        sorted.sort_unstable();
        sorted.get(sorted.len() / 2).copied().unwrap_or(0)
    };
    // (within a quarter of the larger, one figure told by several sources: from three
    // quarters of it to four thirds; a range lookup, as a population may hold many figures)
    let near = |ours: &BTreeSet<u64>, theirs: &FxHashSet<u64>| {
        theirs.iter().any(|&b| {
            let low = b - b / 4;
            let high = b.saturating_add(b / 3);
            ours.range(low..=high).next().is_some()
        })
    };
    // (of the same size: "two doctors" who died share a figure with the people by chance,
    // not their toll; but people far fewer than a group no article counts beside them are
    // an early or low count of it: "at least 10 people" missing in one report, "56
    // passengers" in another)
    let alike_in_size = |ours: &FxHashSet<u64>, theirs: &FxHashSet<u64>, apart: bool| {
        let reaches = |a: &FxHashSet<u64>, b: &FxHashSet<u64>| {
            a.iter()
                .max()
                .is_some_and(|&max| max.saturating_mul(2) >= median(b))
        };
        reaches(theirs, ours) && (apart || reaches(ours, theirs))
    };
    let mut named: FxHashMap<GroupKey, Vec<usize>> = FxHashMap::default();
    for (i, (key, members)) in groups.iter().enumerate() {
        // (a group only of parts, "five men" of "11 people, including …", is a breakdown)
        if let GroupKey::Count { subject, .. } = key
            && subject.is_named_group()
            && members.iter().any(|&c| claims[c].part_of.is_none())
            && let Some(outcome) = outcome(key)
        {
            named.entry(outcome).or_default().push(i);
        }
    }
    // ("40 Indians are among 50 people killed": an article that states the group as a
    // smaller part of the people's figure tells the two apart)
    let claim_at: FxHashMap<(ArticleId, ClaimId), usize> = (0..claims.len())
        .map(|c| ((claims[c].article, claims[c].id), c))
        .collect();
    let mut group_of = vec![usize::MAX; claims.len()];
    for (g, (_, members)) in groups.iter().enumerate() {
        members.iter().for_each(|&c| group_of[c] = g);
    }
    // ("45 Chileans are among 52 people killed" tells the Chileans apart; "30 people killed,
    // nine inmates beheaded" does not, where another report gives the inmates the people's
    // own toll of 140: a part far below a whole figure the group shares with the people is a
    // part of that one population)
    let smaller_part_of = |named: usize, people: usize, own: &FxHashSet<u64>| {
        let shared_whole = groups[named]
            .1
            .iter()
            .filter(|&&c| claims[c].part_of.is_none())
            .filter_map(|&c| claims[c].value)
            .filter(|value| own.contains(value))
            .max();
        groups[named].1.iter().any(|&c| {
            let parent = claims[c]
                .part_of
                .and_then(|p| claim_at.get(&(claims[c].article, p)));
            let far_below_shared = shared_whole
                .zip(claims[c].value)
                .is_some_and(|(whole, part)| part.saturating_mul(2) <= whole);
            parent.is_some_and(|&p| group_of[p] == people && claims[p].value != claims[c].value)
                && !far_below_shared
        })
    };
    // each people group's named groups of the same outcome, time and place
    let sets: Vec<(usize, Vec<usize>)> = groups
        .iter()
        .enumerate()
        .filter_map(|(people, (key, members))| {
            let GroupKey::Count {
                subject: SubjectClass::CiviliansOrPeople,
                ..
            } = key
            else {
                return None;
            };
            let own = values(members);
            // (an increment, "38 more protesters killed on Sunday", beside the people's total
            // counts no population)
            let own_articles = articles_giving_totals(members, claims);
            let own_by_article = figures_by_article(members, claims);
            // (figures with no outcome named are no one population)
            let named_outcome = matches!(
                key,
                GroupKey::Count { metric, predicate, .. }
                    if *metric != Metric::OTHER || predicate.is_some()
            );
            // each named group of the outcome, its figures and articles read once
            let mut candidates: Vec<Candidate> = named
                .get(&outcome(key)?)?
                .iter()
                .filter_map(|&group| {
                    let figures = values(&groups[group].1);
                    let articles = articles_giving_totals(&groups[group].1, claims);
                    // ("10 people still missing" in one article, "56 passengers still
                    // missing" in another: no article counts both, so neither is a part)
                    let apart = named_outcome && own_articles.is_disjoint(&articles);
                    // ("as many as 120 people" and "at least 128 passengers" missing in one
                    // article: one population told twice, not a part)
                    let restated = || {
                        named_outcome
                            && restated_in_each(
                                &own_by_article,
                                &figures_by_article(&groups[group].1, claims),
                            )
                    };
                    // ("150 passengers" on board in one report, "about 400 people" in
                    // another: a group counted under its noun's usual outcome is that
                    // outcome's whole population, whatever the figures' sizes)
                    let usual = apart && words.counted_as_usual(&groups[group].0);
                    ((!own.is_disjoint(&figures) || apart || restated())
                        && !smaller_part_of(group, people, &own))
                    .then(|| Candidate {
                        group,
                        apart,
                        alike: usual || alike_in_size(&own, &figures, apart),
                        figures,
                        articles,
                    })
                })
                .collect();
            // (of several, the one stated most often: "240 students" beside "85 children";
            // the earliest on a tie)
            candidates.sort_by_key(|c| (std::cmp::Reverse(groups[c.group].1.len()), c.group));
            let first = candidates.iter().position(|c| c.alike)?;
            // Others join too when no article counts them beside the people or any group
            // already joined, and a figure of theirs is near one joined so far: "55 people",
            // "60 of the girls" and "about 50 students" rescued, each in its own article,
            // are one population told three ways; "325 students" on board beside "476
            // passengers" are a part of it.
            let mut joined = vec![candidates[first].group];
            let mut seen = own_articles;
            seen.extend(&candidates[first].articles);
            let mut population: BTreeSet<u64> = own.into_iter().collect();
            population.extend(&candidates[first].figures);
            for (i, candidate) in candidates.iter().enumerate() {
                if i != first
                    && candidate.apart
                    && seen.is_disjoint(&candidate.articles)
                    && near(&population, &candidate.figures)
                {
                    seen.extend(&candidate.articles);
                    population.extend(&candidate.figures);
                    joined.push(candidate.group);
                }
            }
            Some((people, joined))
        })
        .collect();
    // The group stated most often keeps its name (a named group's on a tie): one headline's
    // odd noun ("500 faces questions") does not rename the people's toll.
    let mut targets: Vec<Option<GroupKey>> = vec![None; groups.len()];
    for (people, joined) in sets {
        let into = joined
            .iter()
            .copied()
            .chain([people])
            .max_by_key(|&g| (groups[g].1.len(), std::cmp::Reverse(g == people)))
            .unwrap_or(people);
        for g in joined.into_iter().chain([people]) {
            if g != into {
                targets[g] = Some(groups[into].0.clone());
            }
        }
    }
    merge(groups, targets)
}

/// Each article's figures in a group.
fn figures_by_article(members: &[usize], claims: &[&Claim]) -> FxHashMap<ArticleId, Vec<u64>> {
    let mut by_article: FxHashMap<ArticleId, Vec<u64>> = FxHashMap::default();
    for &c in members {
        if let Some(value) = claims[c].value {
            by_article.entry(claims[c].article).or_default().push(value);
        }
    }
    by_article
}

/// Whether some article gives both figures and every such article gives the named group a
/// figure above the people's, so no part of them, and near it (within a quarter): "as many
/// as 120 people" and "at least 128 passengers" retell one figure; "476 passengers" among
/// "500 people" on board are a part.
fn restated_in_each(
    people: &FxHashMap<ArticleId, Vec<u64>>,
    named: &FxHashMap<ArticleId, Vec<u64>>,
) -> bool {
    let near = |ours: u64, theirs: u64| theirs > ours && ours >= theirs - theirs / 4;
    let mut shared = named
        .iter()
        .filter_map(|(article, theirs)| Some((people.get(article)?, theirs)))
        .peekable();
    shared.peek().is_some()
        && shared.all(|(ours, theirs)| ours.iter().any(|&a| theirs.iter().any(|&b| near(a, b))))
}

/// A named group that may fold into the people: its index, its figures and articles, whether
/// no article counts it beside the people, and whether it is alike in size to them.
struct Candidate {
    group: usize,
    figures: FxHashSet<u64>,
    articles: FxHashSet<ArticleId>,
    apart: bool,
    alike: bool,
}

/// Moves each group with a target into the target group (kept in its place, members in claim
/// order); groups without one stay as they are. A target no group has yet is the first group
/// pointing at it, renamed (a named group placed only by its facility becomes the unplaced
/// group the later folds compare).
fn merge(groups: Vec<Group>, targets: Vec<Option<GroupKey>>) -> Vec<Group> {
    let mut position: FxHashMap<GroupKey, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.clone(), i))
        .collect();
    let mut merged: Vec<Option<Group>> = groups.into_iter().map(Some).collect();
    for (from, target) in targets.into_iter().enumerate() {
        let Some(target) = target else {
            continue;
        };
        // (a target no group has yet is the first such group, renamed)
        let Some(&to) = position.get(&target) else {
            if let Some((key, _)) = merged[from].as_mut() {
                *key = target.clone();
                position.insert(target, from);
            }
            continue;
        };
        if to == from || merged[to].is_none() {
            continue;
        }
        if let Some((_, members)) = merged[from].take()
            && let Some((_, into)) = merged[to].as_mut()
        {
            into.extend(members);
            into.sort_unstable();
        }
    }
    merged.into_iter().flatten().collect()
}
