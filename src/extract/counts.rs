//! Count claims within one sentence: a quantity, its qualifier, what is counted and what
//! happened to it.

use super::context::{bracketed_after_name, country_before_figure, names_people_from};
use super::lexicon::{Lexicon, MarkerKind, Phrases, Signals, has_ending};
use super::numbers::{Quantity, quantities, sizes_group};
use super::text::{Sentence, Token, key_of};
use crate::model::{Metric, Qualifier, Subject};
use crate::text::countries;
use crate::text::nouns::Reading;

/// The counted noun phrase after a quantity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NounPhrase {
    pub subject: Option<Subject>,
    /// The matched noun as written ("security personnel").
    pub noun: Option<String>,
    /// Last token of the phrase, if any.
    pub last: Option<usize>,
    /// The metric the noun itself carries ("bodies": killed).
    pub implied: Option<Metric>,
    /// The metric the noun's count usually has when the sentence names none ("26 foreign
    /// victims" are dead; "12 victims were taken to hospital" are not).
    pub usual: Option<Metric>,
    /// The metric of a participle before the noun ("80 wounded individuals"), used when the
    /// sentence names no other outcome for the count ("two injured men died": killed).
    pub participle: Option<Metric>,
    /// Whether the noun is the subject of an attacker's verb ("six men stormed"), which says
    /// what they did, not what happened to them.
    pub attacks: bool,
}

/// How a count relates to another count of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A count of its own.
    Whole,
    /// Listed after "including" / "among them": part of the count at this index of the
    /// sentence's counts (an earlier one, or the next for a count "among" it), or of the
    /// previous sentence's last count when `None`.
    Of(Option<usize>),
}

/// A count found in a sentence, before its context (place, time, speaker) is known.
#[derive(Debug, Clone, PartialEq)]
pub struct CountDraft {
    pub quantity: Quantity,
    pub qualifier: Qualifier,
    /// Tokens `first..=last` of the sentence make the claim's span.
    pub first: usize,
    pub last: usize,
    pub phrase: NounPhrase,
    pub metric: Option<Metric>,
    pub part: Part,
    /// An earlier figure the sentence says was revised ("revising an earlier toll of five").
    pub superseded: bool,
    /// The whole a partitive names ("34 of the 127 persons died").
    pub partitive_whole: bool,
    /// The earlier count of the sentence a bare per-place figure shares its noun and outcome
    /// with ("… died in Valdoria and 1,457 in Ostrane").
    pub shares_with: Option<usize>,
    /// The outcome of an active verb before the count or before the list it is an item of
    /// ("destroyed 300 houses, 12 schools and 4 bridges").
    pub acted_on: Option<Metric>,
    /// An outcome no metric family names, as written ("600 pupils were enrolled"): the claim's
    /// `predicate`, so that claims of the same outcome still line up.
    pub unnamed_outcome: Option<String>,
    /// A bare figure that restates the previous sentence's count ("The figure could reach
    /// 20,000"): it counts what that count counts.
    pub refers_back: bool,
    /// How many more ("two more died", "a further 300", "the toll rose by 12").
    pub increment: bool,
    /// The outcome is a name before the figure ("the deaths of seven tourists"), which the
    /// rest of its list shares ("…, six Filipinos and two Romanians").
    pub named: bool,
    /// The place named right before the figure in a list of places ("Egypt had 146 and
    /// Indonesia 100"): where its name starts and ends.
    pub listed_place: Option<(usize, usize)>,
    /// Who the counted are is named after a copula ("40 were children", "6,453 of those
    /// structures were residences"): a clause of that shape joined after it names more
    /// members of the same group.
    pub members_named: bool,
    /// A part of a pronoun with no count before it in its sentence ("Four of them were
    /// injured"): of the group the previous sentence's last count counts.
    pub of_group_before: bool,
}

impl CountDraft {
    pub fn subject(&self) -> Subject {
        self.phrase.subject.clone().unwrap_or(Subject::People)
    }

    /// Reports the count under `other` with an outcome no family names, when there is one.
    fn take_unnamed_outcome(&mut self, outcome: Option<String>) {
        self.metric = outcome.as_ref().map(|_| Metric::OTHER);
        self.unnamed_outcome = outcome;
    }
}

/// The count claims of one sentence, in order. Sub-counts keep `Part::Of`; drafts whose
/// metric could not be found are dropped unless they are parts (which inherit it).
/// `signals` are the sentence's keys' ([`Lexicon::signals`]).
pub fn counts(sentence: &Sentence<'_>, signals: &[Signals], lexicon: &Lexicon) -> Vec<CountDraft> {
    let keys = sentence.keys();
    let found = quantities(&sentence.tokens, signals, lexicon);
    let mut drafts: Vec<CountDraft> = Vec::new();
    // the latest whole count, kept as drafts are made (a part's parent): looking back
    // through a long breakdown list for it made the list quadratic
    let mut last_whole: Option<usize> = None;
    // A breakdown marker seen before the current count and not yet closed by a clause break,
    // with the whole it breaks down: its list runs on past items that are not counts ("among
    // the dead are a guard of the museum, two cooks, and nine Danes"). Kept
    // as the tokens are passed, once each.
    let mut open_breakdown: Option<Option<usize>> = None;
    // the outcome the open breakdown's marker names ("the adults killed included the driver,
    // two teachers …")
    let mut open_breakdown_outcome: Option<Metric> = None;
    let mut passed = 0;
    // "Twenty-two of the 29 crew members survived": the first token of the whole a partitive
    // names, whose verb is the part's
    let mut whole_of_part: Option<usize> = None;
    // the latest draft that is a member of the group a sentence opens with, by index
    let mut last_fronted_member: Option<usize> = None;
    let fronted = fronted_group(sentence, &keys, &found, lexicon);
    // (in sentence order, as the quantities are: a figure finds its place by binary search)
    let listed = super::context::listed_places(
        &sentence.tokens,
        &keys,
        found.iter().map(|q| q.first),
        lexicon,
    );
    // where a list of named people opens, looked for at the first bracketed figure
    let mut people_listed_from: Option<Option<usize>> = None;
    for (i, q) in found.iter().enumerate() {
        // ("handed over 31 bodies", "the toll went up to 48": a word's particle, not a
        // qualifier)
        let qualifier_ending_at = |end: usize| {
            lexicon
                .qualifiers
                .match_ending_at(&keys, end)
                .filter(|&(start, _)| {
                    start == 0
                        || lexicon
                            .particle_phrases
                            .match_at(&keys, start - 1)
                            .is_none()
                })
        };
        let (qual_start, own_qualifier) = match qualifier_ending_at(q.first) {
            // ("carrying up to around 200": a comparator before an approximation wins over
            // it; one after it is the figure's own: "estimated up to 400", "could be more
            // than 100")
            Some((start, &inner)) => match qualifier_ending_at(start) {
                Some((outer_start, &outer))
                    if inner == Qualifier::About && outer != Qualifier::About =>
                {
                    (outer_start, Some(outer))
                }
                _ => (start, Some(inner)),
            },
            // ("put the number of dead at between 35 and 40": the range's opener is where the
            // figure starts)
            None if q.ranged
                && q.first
                    .checked_sub(1)
                    .is_some_and(|opener| lexicon.range_openers.contains(keys[opener])) =>
            {
                (q.first - 1, None)
            }
            None => (q.first, q.trailing),
        };
        let phrase = noun_phrase(sentence, &keys, q, lexicon);
        let end = phrase.last.unwrap_or(q.last);
        // ("Egypt had 146 and Indonesia 100": a figure after its place's name in a list of
        // them, an item opened by the name)
        let listed_place = listed
            .binary_search_by_key(&q.first, |l| l.figure)
            .ok()
            .map(|at| listed[at]);
        let item_start = listed_place.map_or(qual_start, |l| l.start);
        let sibling = coordinated_sibling(
            &drafts,
            sentence,
            &keys,
            item_start,
            listed_place.is_some(),
            lexicon,
        );
        // ("Of the dead, 40 were children and 12 were women", "6,453 of those structures were
        // residences, 260 were commercial buildings": a bare figure opening a clause joined to
        // one that named its members, and naming members itself, is more of the same group)
        // ("… and the other six were guards": past words naming the group's rest)
        let item_opens = lexicon
            .remainder_openers
            .match_ending_at(&keys, qual_start)
            .map_or(qual_start, |(start, _)| start);
        // ("… 65 are women and 36 men": or naming them with its noun, the copula left out)
        let gapped_members = || {
            clause_ends_at(&keys, phrase.last? + 1, lexicon)
                .then(|| phrase.subject.clone())
                .flatten()
        };
        let more_members = (!q.partitive)
            .then(|| item_opens.checked_sub(1))
            .flatten()
            .filter(|&joint| lexicon.is_list_joint(keys[joint]))
            .and_then(|_| drafts.len().checked_sub(1))
            .filter(|&prev| drafts[prev].members_named)
            .and_then(|prev| {
                let members = if phrase.noun.is_none() {
                    complement_subject(&keys, q.last + 1, lexicon)?
                } else {
                    gapped_members()?
                };
                Some((prev, members))
            });
        let qualifier = if q.value.is_none() {
            Qualifier::Vague
        } else if q.ranged {
            Qualifier::UpTo
        } else if let Some(qualifier) = own_qualifier.or_else(|| {
            // ("passed 3 villages": a verb of motion before things is no comparator)
            let things = matches!(phrase.subject, Some(Subject::Places | Subject::Other(_)));
            let (_, &qualifier) = lexicon.verb_qualifiers.match_ending_at(&keys, q.first)?;
            (!things).then_some(qualifier)
        }) {
            qualifier
        } else if q.approximate || hedged(&keys, end + 1, lexicon) {
            Qualifier::About
        } else {
            sibling
                .map(|s| drafts[s].qualifier)
                .filter(|q| lexicon.distributive.contains(q))
                .unwrap_or(Qualifier::Exact)
        };
        // "including three children", "among them are at least 17 Uruguayans", "of the dead,
        // only 671"
        let mut marker_end = qual_start;
        while marker_end > 0
            && (lexicon.auxiliaries.contains(keys[marker_end - 1])
                || lexicon.focus_words.contains(keys[marker_end - 1]))
        {
            marker_end -= 1;
        }
        // "Five guards – three wardens and two drivers – …": an aside right after a
        // count lists its parts
        let aside_of = qual_start
            .checked_sub(1)
            .filter(|&mark| lexicon.aside_marks.contains_key(keys[mark]))
            .and_then(|mark| drafts.iter().rposition(|d| d.last + 1 == mark));
        // ("40 people were injured, 20 critically", "64 injured - 20 critically -": a bare
        // figure after a comma or an aside's mark, whose clause holds only a manner adverb, is
        // the part of the count before it hurt in that manner)
        let in_a_manner = (phrase.noun.is_none() && !q.partitive)
            .then(|| qual_start.checked_sub(1))
            .flatten()
            .filter(|&mark| keys[mark] == "," || lexicon.aside_marks.contains_key(keys[mark]))
            .filter(|_| {
                keys.get(q.last + 1).is_some_and(|w| lexicon.is_adverb(w))
                    && clause_ends_at(&keys, q.last + 2, lexicon)
            })
            .and_then(|_| drafts.len().checked_sub(1))
            .filter(|&prev| drafts[prev].metric.is_some());
        // "… had died in Valdoria and 1,457 in Ostrane", "five from Iran", "5,180 by plane": a
        // bare figure with a place (or listed, with a means) shares what the count before it
        // counts and what happened to them
        let listed = qual_start
            .checked_sub(1)
            .is_some_and(|joint| lexicon.is_list_joint(keys[joint]));
        let per_means = listed
            && keys
                .get(q.last + 1)
                .is_some_and(|w| lexicon.means_prepositions.contains(*w));
        // "Amberly (9), Dunmore (2)": a bracketed figure after a name is that place's share; so is
        // one listed after a country's name ("from Cameroon, 20; Niger, 19")
        let bracketed_place = phrase.noun.is_none()
            && qual_start.checked_sub(1).is_some_and(|open| {
                bracketed_after_name(&sentence.tokens, &keys, open, q.last + 1, lexicon)
                    || country_before_figure(&sentence.tokens, &keys, qual_start, q.last, lexicon)
                        .is_some()
            })
            && !lexicon.not_places.contains(keys[qual_start - 2]);
        // ("identified as G Kumar (26), D Suresh (40)": after a list of people opens, a name's
        // bracketed figure is an age)
        if bracketed_place
            && people_listed_from
                .get_or_insert_with(|| names_people_from(&keys, lexicon))
                .is_some_and(|from| from < qual_start)
        {
            continue;
        }
        // "187 were abducted from the secondary section and 125 from the primary section",
        // "11 were killed on Saturday and eight on Sunday": the figure's preposition repeats
        // the one after the count before (but "12 at the city mortuary" names its own
        // outcome, unless the count before stood at a facility of the same kind: "two in
        // Qatar Hospital, three in other hospitals" break one count down)
        // ("one died at the city hospital, four at the military hospital": the mate's own
        // preposition may stand past its verb)
        let facility_at = |after: usize| facility_outcome(sentence, &keys, after, lexicon);
        // ("33 people were pronounced dead at the hospital and 10 others at the burn
        // institute": "others" with no verb of their own name no group of their own either,
        // and the item goes on after them)
        let others = phrase
            .noun
            .as_deref()
            .is_some_and(|noun| lexicon.more_of_the_same.contains(noun));
        let item_last = phrase.last.filter(|_| others).unwrap_or(q.last);
        let mate_preposition = keys
            .get(item_last + 1)
            .filter(|p| lexicon.parallel_prepositions.contains(**p))
            .and_then(|p| {
                let mate = drafts.last()?;
                let between = keys.get(mate.last + 1..qual_start)?;
                Some((
                    mate.last,
                    mate.last + 1 + between.iter().position(|w| w == p)?,
                ))
            });
        let parallel = listed
            && mate_preposition.is_some_and(|(mate_last, preposition)| {
                facility_at(item_last + 1).is_none_or(|own| {
                    [mate_last + 1, preposition]
                        .into_iter()
                        .any(|at| facility_at(at) == Some(own))
                })
            });
        // (a figure that repeats its mate's preposition is that mate's peer, not its part:
        // "eight on Sunday" beside "11 on Saturday")
        let sibling = sibling.or_else(|| parallel.then(|| drafts.len() - 1));
        // ("killed 31 people and wounded 190 others in the north": others a verb of their
        // own acts on are no share of the count before, wherever they are)
        let others_share = others && active_metric(&keys, qual_start, lexicon).is_none();
        let per_place = (phrase.noun.is_none()
            && (per_means || listed_place.is_some() || bracketed_place))
            || ((phrase.noun.is_none() || others_share)
                && (parallel || place_follows(sentence, &keys, item_last, lexicon)));
        // (a count of places is no whole of figures listed by place: "three towns: A (6), B (2)")
        let shares_with = per_place
            .then(|| sibling.or(last_whole))
            .flatten()
            .filter(|&whole| drafts[whole].phrase.subject != Some(Subject::Places));
        let marker = lexicon.breakdown_markers.match_ending_at(&keys, marker_end);
        // "among the arrested are two women", "the dead include …": the parts' outcome
        let marker_outcome = marker
            .and_then(|(start, _)| outcome_named_at_marker(&keys, start, marker_end, lexicon));
        // ("All the dead have been identified, including 88 firefighters": with no count
        // before it, the group the sentence opens with)
        let marker_outcome = marker_outcome.or_else(|| {
            marker
                .filter(|_| last_whole.is_none())
                .and_then(|_| opening_outcome(&keys, lexicon))
        });
        // ("Of the 35 dead, police found 20 in the basement": past a clause's subject and a
        // verb that names no outcome, the first count after the group)
        // ("Of those killed, police have reported that 21 were women": past speech too, when
        // the count names the members after a copula)
        let names_members =
            || phrase.noun.is_none() && complement_subject(&keys, q.last + 1, lexicon).is_some();
        let clause_to_count = |comma: usize| {
            marker_end > comma
                && marker_end - comma <= lexicon.predicate_window
                && drafts.last().is_none_or(|d| d.last < comma)
                && (comma + 1..marker_end).all(|k| {
                    sentence.tokens[k].is_word()
                        && !lexicon.clause_breaks.contains(keys[k])
                        && lexicon.predicate.match_at(&keys, k).is_none()
                        && !starts_count(&keys, k, lexicon)
                })
                && ((comma + 1..marker_end).all(|k| {
                    !lexicon.speech.contains(keys[k]) && !lexicon.clause_openers.contains(keys[k])
                }) || names_members())
        };
        // ("…, firefighters found two people on the first floor, 11 people on the second":
        // and the counts listed after that one)
        let listed_after_member = last_fronted_member.filter(|&m| listed && m + 1 == drafts.len());
        let member_of_fronted = fronted.as_ref().filter(|group| {
            group.comma + 1 == marker_end
                || clause_to_count(group.comma)
                || listed_after_member.is_some()
        });
        let marker_outcome = marker_outcome.or_else(|| {
            member_of_fronted.and_then(|group| match group.whole {
                Some(whole) => drafts[whole].metric,
                None => group.outcome,
            })
        });
        let part = if let Some(whole) = in_a_manner.or(aside_of) {
            Part::Of(Some(whole))
        } else if let Some((prev, _)) = more_members {
            drafts[prev].part
        } else if let (Some(whole), None) = (shares_with, sibling) {
            Part::Of(Some(whole))
        } else if let Some(member) = listed_after_member.filter(|_| member_of_fronted.is_some()) {
            drafts[member].part
        } else if let Some(group) = member_of_fronted {
            Part::Of(group.whole.or(last_whole))
        } else if marker.is_some_and(|(_, &kind)| {
            kind == MarkerKind::Share || last_whole.is_some() || marker_outcome.is_some()
        }) {
            Part::Of(last_whole)
        } else {
            sibling.map_or(Part::Whole, |s| drafts[s].part)
        };
        while passed < qual_start {
            // ("These include two managers of Oreva (a contractor), two clerks …": an aside
            // closed before the count leaves the list open)
            if let Some(end) = aside_end(&sentence.tokens, &keys, passed, qual_start, lexicon) {
                passed = end + 1;
                continue;
            }
            if lexicon.clause_breaks.contains(keys[passed]) {
                // ("14 killed students: 10 boys and four girls", "33 children died: 8 girls
                // and 25 boys": a colon right after a count, or after its outcome, opens a
                // list of its parts)
                let outcome_ends_at = |from: usize| {
                    let at = past_auxiliaries(&keys, from, lexicon, |_| false);
                    lexicon
                        .predicate
                        .match_at(&keys, at)
                        .is_some_and(|(len, _)| at + len == passed)
                };
                let lists_parts = keys[passed] == ":"
                    && drafts.last().is_some_and(|d| {
                        d.part == Part::Whole
                            && (d.last + 1 == passed || outcome_ends_at(d.last + 1))
                    });
                open_breakdown = lists_parts.then_some(last_whole);
                open_breakdown_outcome = None;
            } else if let Some((len, _)) = lexicon.breakdown_markers.match_at(&keys, passed) {
                open_breakdown = Some(last_whole);
                open_breakdown_outcome =
                    outcome_named_at_marker(&keys, passed, passed + len, lexicon);
            }
            passed += 1;
        }
        let mut phrase = phrase;
        // (a figure listed after a count of nationals, "23 Malaysians, 11 from Indonesia",
        // counts people of its own place)
        let nationals = |noun: &str| {
            !noun.contains(char::is_whitespace) && countries::nationality(noun).is_some()
        };
        if let Some(whole) = shares_with
            && !drafts[whole].phrase.noun.as_deref().is_some_and(nationals)
        {
            phrase.subject = drafts[whole].phrase.subject.clone();
        }
        // ("The injured, at least 45 people, were rushed to hospital": a count set off after
        // the outcome's name opening the sentence restates who those are, as its noun would)
        if phrase.implied.is_none() && phrase.usual.is_none() {
            phrase.implied = appositive_outcome(&keys, qual_start, lexicon);
        }
        let mut first = qual_start;
        // ("41 killed 133 injured", "7 dead at least 31 survive", a headline's list: the words
        // before the figure are the previous count's outcome when this one has its own right
        // after it)
        // ("21 civilians soldiers martyred 35 injured", a headline rebuilt from a link: or past
        // a word or two more of the previous count's noun)
        let outcome_after_previous = |previous: usize| {
            lexicon
                .predicate
                .match_ending_at(&keys, qual_start)
                .is_some_and(|(start, _)| {
                    start > previous
                        && start - previous - 1 <= lexicon.noun_lookahead
                        && keys[previous + 1..start]
                            .iter()
                            .all(|w| w.chars().all(char::is_alphabetic))
                })
        };
        let verb_is_previous_outcome = drafts.last().is_some_and(|d| {
            d.last + 1 == qual_start || d.last + 2 == qual_start || outcome_after_previous(d.last)
        }) && counted_with_outcome(&keys, q.first, &found, lexicon);
        // ("Killed were 12 soldiers and three civilians": an outcome opening the clause, then a
        // copula, acts on the list like a verb)
        let inverted_outcome = (marker_end < qual_start)
            .then(|| lexicon.predicate.match_ending_at(&keys, marker_end))
            .flatten()
            .filter(|&(start, _)| begins_clause(&keys, start, lexicon))
            .map(|(_, &metric)| metric);
        // ("On the boat there were 750 people", "In hospital, there are 40 more": an outcome
        // fronted before an existential)
        let fronted_outcome = || {
            let (there, _) = lexicon.existentials.match_ending_at(&keys, qual_start)?;
            let end = if there > 0 && keys[there - 1] == "," {
                there - 1
            } else {
                there
            };
            lexicon
                .predicate
                .match_ending_at(&keys, end)
                .filter(|&(start, _)| begins_clause(&keys, start, lexicon))
                .map(|(_, &metric)| metric)
        };
        // ("she lost three grandsons": a verb of people's loss, when people are counted; "Egypt
        // lost 148": or a country loses a bare figure)
        let country_loses = || {
            phrase.noun.is_none()
                && qual_start >= 2
                && countries::country_named(sentence.tokens[qual_start - 2].text).is_some()
        };
        let loss_of_people = || {
            verb_before(&keys, qual_start, &lexicon.active_on_people, lexicon)
                .filter(|_| counts_people(&phrase, &keys, lexicon) || country_loses())
        };
        // ("trying to rescue about 30 workers trapped inside": a verb in the infinitive tells
        // what is to be done, and the state the noun's own participle names holds)
        let intended = || {
            lexicon
                .active
                .match_ending_at(&keys, verb_end(&keys, qual_start, lexicon))
                .and_then(|(start, _)| start.checked_sub(1))
                .is_some_and(|marker| lexicon.infinitive_markers.contains(keys[marker]))
                && lexicon.predicate.match_at(&keys, end + 1).is_some()
        };
        // ("killed a guard and 12 others were injured", "lost their lives and 30 more were
        // hurt": a count after a coordinator with an auxiliary of its own opens a clause, which
        // no verb before the coordinator governs)
        let after_coordinator = qual_start
            .checked_sub(1)
            .is_some_and(|joint| lexicon.coordinators.contains(keys[joint]));
        let opens_own_clause = after_coordinator
            && keys
                .get(end + 1)
                .is_some_and(|w| lexicon.auxiliaries.contains(*w));
        // ("sent 4,000 people fleeing": nor does a verb whose object's state, another
        // outcome, follows it)
        let complemented = |verb: &Metric| {
            qual_start
                .checked_sub(1)
                .is_some_and(|at| lexicon.complement_verbs.contains(keys[at]))
                && lexicon
                    .predicate
                    .match_at(&keys, end + 1)
                    .is_some_and(|(_, state)| state != verb)
        };
        let own_verb = split_outcome(&keys, qual_start, end, lexicon)
            .or_else(|| active_metric(&keys, qual_start, lexicon))
            .filter(|verb| !intended() && !complemented(verb))
            .or_else(loss_of_people)
            .filter(|_| !opens_own_clause)
            .or(inverted_outcome)
            .or_else(fronted_outcome)
            .or_else(|| in_a_manner.and_then(|whole| drafts[whole].metric))
            .filter(|_| !verb_is_previous_outcome);
        // (a list item with an outcome of its own right after it takes no verb from its mate:
        // "put the injured at 200 and 49 still missing")
        // ("arrested ten staff members, the owner and three others": nor from a verb before
        // a list it closes)
        let acted_on = own_verb.or_else(|| {
            sibling
                .filter(|_| !counted_with_outcome(&keys, q.first, &found, lexicon))
                .and_then(|s| drafts[s].acted_on)
                .or_else(|| {
                    (!lexicon.verb_at(&keys, end + 1))
                        .then(|| verb_before_listed_objects(&keys, qual_start, lexicon))
                        .flatten()
                })
        });
        // The verb that acts on the count wins over the noun's own outcome: "identified 27 of
        // the dead" are identified. A part of a group ("nine of them") counts only with an
        // outcome of its own after the group ("were declared dead").
        let mut by_name = false;
        // whether a copula after a partitive names who its members are
        let mut members_named = false;
        // … through a link that is no outcome ("were named as teachers")
        let mut linked_members = false;
        // a part of a pronoun: "five of them", "some of whom"
        let of_pronoun = q.partitive
            && keys
                .get(q.last + 2)
                .is_some_and(|head| lexicon.partitive_pronouns.contains(*head));
        let metric = if q.partitive {
            // ("six of the more than 140 injured": past the whole's qualifier)
            let whole = found
                .get(i + 1)
                .filter(|whole| lexicon.qualifiers.skip_at(&keys, end + 1) == whole.first);
            whole_of_part = whole.map(|whole| whole.first);
            let whole_phrase =
                whole.map(|whole| (whole, noun_phrase(sentence, &keys, whole, lexicon)));
            let after = whole_phrase
                .as_ref()
                .map_or(end + 1, |(whole, its)| its.last.unwrap_or(whole.last) + 1);
            // ("55 of the 194 dead were women": the whole's noun names the outcome)
            let whole_implied = whole_phrase.as_ref().and_then(|(_, its)| its.implied);
            // ("12 of the 30 hostages were police officers": or its usual outcome)
            let whole_usual = whole_phrase.as_ref().and_then(|(_, its)| its.usual);
            // the part is of what the whole counts
            if phrase.subject.is_none() {
                phrase.subject = whole_phrase.and_then(|(_, its)| its.subject);
            }
            // "four of the injured succumbed", "five of the dead were foreigners": a group named
            // by its outcome counts its members, unless an outcome of their own follows
            let group = whole
                .is_none()
                .then(|| lexicon.predicate.match_at(&keys, after))
                .flatten();
            // ("some 200 of those on board the boat are still unaccounted for": a group named
            // by a preposition takes the outcome after its object)
            let aboard_then = group
                .filter(|_| lexicon.prepositional.match_at(&keys, after).is_some())
                .and_then(|(len, _)| later_predicate(sentence, &keys, after + len, lexicon));
            let after = group.map_or(after, |(len, _)| after + len);
            // "nine of the dead were police officers", "27 of the dead people were said to be
            // policemen": the group's members named after a copula
            // ("… and 42 of them were Indians": the members of a pronoun's group too)
            // ("18 of the 26 hostages killed in the ambush were soldiers": past the whole's
            // own participle, at the clause's auxiliary)
            let whole_participle_end = whole
                .and_then(|_| participle_and_verb_after(&keys, after, lexicon))
                .and_then(|(_, auxiliary)| auxiliary);
            if group.is_some()
                || phrase.implied.is_some()
                || phrase.participle.is_some()
                || phrase.usual.is_some()
                || whole_implied.is_some()
                || whole_usual.is_some()
                || whole_participle_end.is_some()
                || of_pronoun
                // ("6,453 of those structures were residences": a group its noun names)
                || (whole.is_none() && phrase.noun.is_some())
            {
                let after = whole_participle_end.unwrap_or(after);
                let noun_end = lexicon.subjects.skip_at(&keys, after);
                if let Some((complement, linked)) = complement_after(&keys, noun_end, lexicon)
                    && let Some(subject) = subject_of_complement(&keys, complement, lexicon)
                {
                    phrase.subject = Some(subject);
                    members_named = true;
                    // ("nine of the dead were named as teachers": the link is no outcome)
                    linked_members = linked;
                }
            }
            // (the verb before a list is not a partitive's: "wounded 23 people, five of them
            // seriously"; but a partitive listed after "and" is one more of its objects:
            // "killing 35 hostages and 15 of the kidnappers")
            let listed_after_and = !of_pronoun
                && qual_start
                    .checked_sub(1)
                    .is_some_and(|k| lexicon.coordinators.contains(keys[k]));
            // ("six of the 140 injured died of their injuries": the part's own verb after the
            // whole's participle first)
            own_verb
                .or_else(|| {
                    whole_participle_end
                        .and_then(|verb| predicate_metric(sentence, &keys, verb, &found, lexicon))
                })
                .or_else(|| {
                    (!linked_members)
                        .then(|| predicate_metric(sentence, &keys, after, &found, lexicon))
                        .flatten()
                })
                .or(acted_on.filter(|_| listed_after_and))
                .or(aboard_then)
                .or(group.map(|(_, &metric)| metric))
                .or(phrase.implied)
                // ("27 of the dead people were policemen": the outcome the group's participle
                // names)
                .or(phrase.participle)
                .or(whole_implied)
                // ("40 of the victims were foreign nationals": the group's usual outcome)
                .or(phrase.usual)
                .or(whole_usual)
                // ("survivors numbered 104 out of several hundred": a part its name leads to;
                // "the bodies of five of them": even of a pronoun, when the name is right
                // before it)
                .or_else(|| {
                    let named_right_before = qual_start >= 2
                        && lexicon.partitive_links.contains(keys[qual_start - 1])
                        && lexicon
                            .nominal
                            .match_ending_at(&keys, qual_start - 1)
                            .is_some();
                    (!of_pronoun || named_right_before)
                        .then(|| nominal_metric(&keys, qual_start, lexicon))
                        .flatten()
                        .map(|named| named.metric)
                })
        } else {
            // A bare figure its name leads to ("the death toll rises to 8, 97 still missing")
            // is that figure, whatever a later count's predicate says; a count with a noun of
            // its own ("thousands of residents lost homes") takes its own predicate first.
            // (the predicate is looked for once: before the name with a noun, after it without)
            let has_noun = phrase.noun.is_some();
            // ("Almost half of the 300 passengers survived": a share's whole, when the share is
            // the clause's subject, not a complement: "Children were the majority of the 148
            // people killed" counts 148 killed)
            let shared = lexicon
                .share_links
                .match_ending_at(&keys, qual_start)
                .is_some_and(|(start, _)| {
                    let before = start
                        .checked_sub(1)
                        .filter(|&k| !lexicon.articles.contains(keys[k]))
                        .or_else(|| start.checked_sub(2));
                    before.is_none_or(|k| !lexicon.auxiliaries.contains(keys[k]))
                });
            // ("600 out of 800 students"; but "Out of 125 people who died, …" opens a group)
            let a_whole = whole_of_part == Some(q.first)
                || shared
                || lexicon
                    .whole_links
                    .match_ending_at(&keys, qual_start)
                    .is_some_and(|(link, _)| !begins_clause(&keys, link, lexicon));
            // (the whole a group before a comma names has no outcome past the comma: "of the
            // 278 bodies, 177 have been identified")
            let clause = match &fronted {
                Some(group) if group.whole == Some(i) => &keys[..group.comma],
                _ => &keys[..],
            };
            // ("rescued 100 of the 463 passengers held hostage", "18 of the 26 hostages killed
            // in the ambush were soldiers": a participle right after a whole's noun is the
            // whole's when its part has a verb of its own, before it or after the phrase)
            let part_acted = drafts.last().is_some_and(|part| part.acted_on.is_some());
            let whole_participle = || {
                let at = phrase.last.unwrap_or(q.last) + 1;
                // ("35 of the 290 who died": a relative clause after a partitive's whole is
                // the whole's)
                if whole_of_part == Some(q.first)
                    && let Some(metric) = relative_outcome(clause, at, lexicon)
                {
                    return Some(metric);
                }
                let (metric, part_verb) = participle_and_verb_after(clause, at, lexicon)?;
                // ("most of the 40 people killed were women": a share's whole too)
                (part_verb.is_some() || whole_of_part == Some(q.first) && part_acted)
                    .then_some(metric)
                    .filter(|_| whole_of_part == Some(q.first) || shared)
            };
            let predicate = || {
                if phrase.attacks {
                    None
                } else if a_whole {
                    whole_participle()
                } else {
                    let from = past_restatement_close(clause, qual_start, end + 1, lexicon);
                    predicate_metric(sentence, clause, from, &found, lexicon)
                }
            };
            // (a list item's own outcome wins over the verb before its list: "killed five
            // soldiers and three civilians were injured")
            // the noun's own outcome, or its participle's, holds ("three bodies were pulled
            // out" are dead, "85 kidnapped students freed" abducted) unless a graver one
            // happens to them ("21 hostages were killed", "two injured men died") or one it
            // yields to ("88 bodies have been identified")
            let implied = phrase.implied.or(phrase.participle);
            let overrides_noun = |outcome: &Metric| {
                implied.is_none_or(|implied| {
                    outcome.severity() > implied.severity()
                        || lexicon.implied_yields_to.contains(outcome)
                })
            };
            // (remains yield to more, stated after them: "two bodies are yet to be found",
            // while in "29 dead, 12 missing" the missing are others, and "burying thousands of
            // bodies" buries the dead)
            let remains = phrase
                .last
                .is_some_and(|last| lexicon.remains_nouns.contains(keys[last]));
            let overrides_remains =
                |outcome: &Metric| remains && lexicon.remains_yield_to.contains(outcome);
            let noun_or_predicate = || match implied {
                Some(implied) => Some(
                    has_noun
                        .then(predicate)
                        .flatten()
                        .filter(|outcome| overrides_noun(outcome) || overrides_remains(outcome))
                        .unwrap_or(implied),
                ),
                None => has_noun.then(predicate).flatten(),
            };
            // A verb that moves a named figure names no outcome of its own ("the death toll
            // is expected to hit 250"); a participle on the noun is more precise than a name
            // before it ("a list of 400 missing people"), past stress on the figure ("to hit a
            // whopping 212").
            let moves_named_figure = stress_start(&keys, qual_start, lexicon)
                .checked_sub(1)
                .is_some_and(|before| {
                    let verb = match before.checked_sub(1) {
                        Some(verb) if lexicon.moved_to.contains(keys[before]) => verb,
                        _ => before,
                    };
                    lexicon.toll_verbs.contains(keys[verb])
                });
            // … and a name the figure hangs on is its head: "the bodies of 200 miners who were
            // trapped" are dead, "the rescue of 12 crew who went missing" rescued
            // ("the bodies of another three people", "of the last two miners": past words that
            // add to a figure, place it in an order or single it out: "the deaths of only
            // seven people")
            let link = keys[..qual_start].iter().rposition(|w| {
                !lexicon.increment_words.contains(*w)
                    && !lexicon.order_words.contains(*w)
                    && !lexicon.articles.contains(*w)
                    && !lexicon.focus_words.contains(*w)
            });
            // ("the death of 14 people": or a name of an outcome that ends in its link, unless
            // a participle on the noun says more; "a list of 400 missing people" names no
            // outcome)
            let head_of_figure = link.is_some_and(|link| {
                lexicon.partitive_links.contains(keys[link])
                    && (lexicon.nominal.match_ending_at(&keys, link).is_some()
                        || phrase.participle.is_none()
                            && lexicon.figure_of.match_ending_at(&keys, link + 1).is_none()
                            && lexicon.nominal.match_ending_at(&keys, link + 1).is_some())
            });
            // ("search for the bodies of another 141 people": a verb that takes the name
            // with it says what became of them)
            let named = if head_of_figure {
                link.filter(|_| active_metric(&keys, qual_start, lexicon).is_none())
                    .and_then(|link| nominal_metric(&keys, link + 1, lexicon))
            } else {
                moves_named_figure
                    .then(|| {
                        nominal_metric(&keys, qual_start, lexicon)
                            .or_else(|| nominal_after(&keys, qual_start, q.last, lexicon))
                    })
                    .flatten()
            };
            let acting = match named {
                // ("the bodies of 39 people have been identified": an outcome the name yields
                // to, said of them after it, is theirs)
                Some(_) => has_noun
                    .then(predicate)
                    .flatten()
                    .filter(|outcome| lexicon.implied_yields_to.contains(outcome)),
                // ("trucks carrying 200 corpses" carry the dead)
                None => own_verb
                    .filter(overrides_noun)
                    .or_else(noun_or_predicate)
                    // ("injured 12,763, and 329 are still missing": a bare list item's own
                    // outcome wins over the verb before its list)
                    .or_else(|| (!has_noun && sibling.is_some()).then(predicate).flatten())
                    .or_else(|| {
                        (!has_noun && whole_of_part == Some(q.first))
                            .then(whole_participle)
                            .flatten()
                    })
                    .or(acted_on)
                    .or(phrase.participle),
            };
            match acting.map(Ok).or_else(|| {
                named
                    .or_else(|| {
                        // ("the dead came from three towns": places are no figure of the dead)
                        let places = phrase.subject == Some(Subject::Places);
                        // (nor does a whole name the part before it: "numbered 104 out of
                        // several hundreds")
                        (!verb_is_previous_outcome && !places && !a_whole)
                            .then(|| nominal_metric(&keys, item_start, lexicon))
                            .flatten()
                    })
                    .map(Err)
            }) {
                Some(Ok(metric)) => Some(metric),
                Some(Err(nominal)) => {
                    first = nominal.start;
                    by_name = true;
                    if phrase.subject.is_none() {
                        phrase.subject = nominal.subject;
                    }
                    Some(nominal.metric)
                }
                None => (!has_noun)
                    .then(predicate)
                    .flatten()
                    // ("one survivor recounted": speakers have no outcome for being counted;
                    // but in "some of the 155 survivors reported" the speakers are the part)
                    .or(phrase.usual.filter(|_| {
                        !speakers(&keys, &phrase, lexicon)
                            || whole_of_a_part(&keys, qual_start, lexicon)
                    }))
                    .or_else(|| {
                        sibling
                            .filter(|&s| drafts[s].named)
                            .and_then(|s| drafts[s].metric)
                            .inspect(|_| by_name = true)
                    }),
            }
        };
        // "… 212 people rescued, since revised down to 97", "… bringing the total to 2,915":
        // a bare figure a change leads to is the sentence's last count, moved
        let moved = |before: usize| lexicon.moved_to.contains(keys[before]);
        // ("from a record 27,838", "from a figure of 27,838": past one word, perhaps with its
        // "of")
        let described = |before: usize| {
            let word = match before.checked_sub(1) {
                Some(word) if lexicon.partitive_links.contains(keys[before]) => word,
                _ => before,
            };
            word >= 2 && lexicon.single_determiners.contains(keys[word - 1]) && moved(word - 2)
        };
        // (a plural after the figure is what it counts, even one no claim counts: "taken to
        // six hospitals")
        let counts_a_plural = keys
            .get(q.last + 1)
            .is_some_and(|w| lexicon.nouns.reading(w) == Reading::Plural);
        let moved_from = qual_start
            .checked_sub(1)
            .filter(|&before| {
                metric.is_none()
                    && phrase.noun.is_none()
                    && !counts_a_plural
                    && (moved(before) || described(before))
            })
            .and(last_whole);
        let metric = match moved_from {
            Some(whole) => {
                phrase.subject = drafts[whole].phrase.subject.clone();
                drafts[whole].metric
            }
            // ("30 died at the district hospital, 17 at the city hospital": a figure listed
            // with its place takes its mate's outcome, not one its place suggests)
            None if shares_with.is_some() && own_verb.is_none() => None,
            None => metric,
        };
        // "Among those killed, 20 are foreigners": the members named after a copula
        if member_of_fronted.is_some()
            && phrase.noun.is_none()
            && let Some(subject) = complement_subject(&keys, end + 1, lexicon)
        {
            phrase.subject = Some(subject);
            members_named = true;
        }
        if let Some((_, subject)) = &more_members {
            phrase.subject = Some(subject.clone());
            members_named = true;
        }
        // "29 crew members …, and 11 have been arrested", "600 homes were destroyed, while 900
        // were damaged": a bare figure opening a coordinated or contrasting clause with an
        // outcome of its own counts the noun of the count before it
        let coordinated_clause = after_coordinator
            || qual_start.checked_sub(2).is_some_and(|comma| {
                keys[comma] == "," && lexicon.contrast_clauses.contains(keys[comma + 1])
            });
        if phrase.subject.is_none()
            && metric.is_some()
            && coordinated_clause
            && shares_with.is_none()
        {
            phrase.subject = last_whole.and_then(|whole| drafts[whole].phrase.subject.clone());
        }
        // "13 soldiers were killed and 15 others were injured": others with an outcome of their
        // own are more of the group before them
        // ("… killed 13 soldiers and injured at least 18 more": or a bare figure's "more"; "…
        // destroyed 80 homes and damaged 200 more": or a verb of its own, though of the same
        // family)
        let counted = phrase
            .last
            .filter(|_| phrase.noun.is_some())
            .unwrap_or(q.last + 1);
        // (but "the bodies of four others" are others than those before)
        let object_of_partitive = qual_start
            .checked_sub(1)
            .is_some_and(|k| lexicon.partitive_links.contains(keys[k]));
        let more_of_the_same = keys
            .get(counted)
            .is_some_and(|w| lexicon.more_of_the_same.contains(*w))
            && !object_of_partitive;
        if let Some(whole) = last_whole.filter(|&whole| {
            more_of_the_same
                && metric.is_some()
                && (drafts[whole].metric != metric || own_verb.is_some())
        }) {
            phrase.subject = drafts[whole].phrase.subject.clone();
        }
        // ("16 bodies are in cold storage, and 11 others are at the Civil Hospital": more of a
        // noun that carries a graver outcome are where they lie, no outcome of their own)
        let metric = graver_than_its_place(
            sentence,
            &keys,
            end,
            metric,
            last_whole
                .filter(|_| more_of_the_same)
                .and_then(|whole| drafts[whole].phrase.implied),
            lexicon,
        );
        // ("Deaths were reported in Amberly (9)": with no count to share, the outcome named before)
        // (a long list of them shares the first one's, however far back its name is)
        let metric = metric.or_else(|| {
            (bracketed_place && shares_with.is_none())
                .then(|| {
                    // (only closing brackets, list joints and the place's name between)
                    let next_in_list = |mate: &&CountDraft| {
                        let close = mate
                            .first
                            .checked_sub(1)
                            .and_then(|open| lexicon.aside_marks.get(keys[open]));
                        mate.phrase.noun.is_none()
                            && (mate.last + 1..qual_start - 1).all(|k| {
                                lexicon.is_list_joint(keys[k])
                                    || close.is_some_and(|close| close == keys[k])
                                    || sentence.tokens[k].is_capitalized()
                                    || lexicon.country_list_ends.contains(keys[k])
                                    || lexicon.distributive_words.contains(keys[k])
                                    || lexicon.articles.contains(keys[k])
                            })
                    };
                    drafts
                        .last()
                        .filter(next_in_list)
                        .and_then(|mate| mate.metric)
                        .or_else(|| outcome_before(&keys, qual_start, lexicon))
                })
                .flatten()
        });
        let after_colon = qual_start.checked_sub(1).is_some_and(|k| keys[k] == ":");
        let in_open_list = open_breakdown.is_some() && (listed || after_colon);
        // ("The dead include 104 passengers", "killed 20 people, including five passengers":
        // a part a marker breaks down takes the marker's or its whole's outcome over the one
        // its noun's count usually has)
        // ("265 people, including 241 of the 242 on board, were killed": nor does a part of
        // a whole take what its whole's own words say of that whole)
        // ("48 people – 41 patients and seven nurses – died": so does an item of an open list
        // or of an aside)
        // ("23 died: 14 at the school and nine in hospital": nor does a bare figure told by
        // where it lies take that place, or the next item's, for an outcome)
        let told_by_place = phrase.noun.is_none()
            && keys.get(q.last + 1).is_some_and(|w| {
                lexicon.place_prepositions.contains(*w)
                    || lexicon.parallel_prepositions.contains(*w)
            });
        let metric = metric.filter(|&outcome| {
            (marker.is_none() && !in_open_list && !matches!(part, Part::Of(Some(_))))
                || own_verb.is_some()
                || (phrase.usual != Some(outcome)
                    && !(q.partitive && last_whole.is_some())
                    && !(in_open_list && told_by_place))
        });
        // ("The deaths included seven victims at the city hospital", "Of the dead, seven were
        // at the hospital": where a part of a graver whole lies is no outcome of its own)
        let whole_outcome = marker_outcome.or(match part {
            Part::Of(Some(whole)) => drafts[whole].metric,
            _ => None,
        });
        let metric = graver_than_its_place(sentence, &keys, end, metric, whole_outcome, lexicon);
        let metric = metric
            .or(marker_outcome)
            .or(open_breakdown_outcome.filter(|_| in_open_list))
            .or_else(|| {
                sibling
                    .filter(|_| matches!(part, Part::Of(None)))
                    .and_then(|s| drafts[s].metric)
            })
            .or_else(|| more_members.and_then(|(prev, _)| drafts[prev].metric))
            // ("his ex-wife was taken into custody along with four other people": a count
            // added to someone shares the outcome of its clause)
            .or_else(|| {
                let (start, _) = lexicon.comitatives.match_ending_at(&keys, qual_start)?;
                // (no farther back than the outcome is looked for, so a run of them stays
                // linear)
                let window = start.saturating_sub(lexicon.nominal_window);
                let clause_start = keys[window..start]
                    .iter()
                    .rposition(|w| *w == "," || lexicon.clause_breaks.contains(*w))
                    .map_or(window, |k| window + k + 1);
                outcome_before(&keys[clause_start..], start - clause_start, lexicon)
            });
        // an item of an open breakdown list with no outcome of its own is one more part
        let part = match open_breakdown {
            // ("carrying 72 people: 68 passengers and four crew": or with the whole's own, or
            // with the marker's)
            Some(whole)
                if part == Part::Whole
                    && (metric.is_none()
                        || metric == open_breakdown_outcome
                        || whole.is_some_and(|whole| drafts[whole].metric == metric))
                    && in_open_list =>
            {
                Part::Of(whole)
            }
            _ => part,
        };
        // "killed 12 people, five of them children", "40 were hurt – 12 of them seriously": a
        // part of a pronoun set off by a comma or a dash, with no outcome of its own, is a part
        // of the count before it, as is one whose members are named after a copula, however it is
        // joined to the count ("49 people died and 42 of them were Indians"; after a sentence
        // with a count, "42 of them were Indians")
        let set_off = qual_start
            .checked_sub(1)
            .is_some_and(|mark| keys[mark] == "," || lexicon.aside_marks.contains_key(keys[mark]));
        let part = if part == Part::Whole && metric.is_none() && (of_pronoun || members_named) {
            match last_whole {
                Some(whole) if set_off || members_named => Part::Of(Some(whole)),
                None if members_named => Part::Of(None),
                _ => part,
            }
        } else {
            part
        };
        // ("four Turkish pilgrims died, two of them in the stampede": the pronoun's group is
        // the count before it)
        if of_pronoun && phrase.subject.is_none() {
            phrase.subject = last_whole.and_then(|whole| drafts[whole].phrase.subject.clone());
        }
        let of_group_before = of_pronoun && last_whole.is_none();
        let superseded = (qual_start.saturating_sub(lexicon.revision_window)..qual_start)
            .any(|i| lexicon.revision.match_at(&keys[..qual_start], i).is_some());
        // ("one of the provinces hardest hit", "one of Peru's provinces" count nothing a later
        // figure could share, nor does a bracketed share of a place: in "Amberly (9) and Dunmore
        // (2)" each is its own)
        let counts_something = metric.is_some() || (!q.partitive && phrase.noun.is_some());
        // (a member of a group before it is a whole to its own parts: "Among those killed, 20
        // are foreigners, including 18 …"; the whole a part is of is not: "60 of the 448 dead
        // were children, including nine girls")
        let a_parent =
            (part == Part::Whole || member_of_fronted.is_some()) && whole_of_part != Some(q.first);
        if a_parent && counts_something && !bracketed_place {
            last_whole = Some(drafts.len());
        }
        let increment = is_increment(&keys, qual_start, q.last, lexicon);
        // ("… recovered 12 bodies on Sunday. Another 15 were recovered on Monday": a bare
        // increment with no outcome of its own adds to the count before it)
        let refers_back = metric.is_none()
            && q.value.is_some()
            && phrase.noun.is_none()
            && part == Part::Whole
            && (increment || refers_back(&keys, qual_start, lexicon));
        if member_of_fronted.is_some() {
            last_fronted_member = Some(drafts.len());
        }
        drafts.push(CountDraft {
            quantity: *q,
            qualifier,
            first,
            last: end,
            phrase,
            metric,
            part,
            superseded,
            partitive_whole: whole_of_part == Some(q.first),
            shares_with,
            acted_on,
            unnamed_outcome: None,
            refers_back,
            increment,
            named: by_name,
            listed_place: listed_place.map(|l| (l.start, l.end)),
            members_named,
            of_group_before,
        });
    }
    // ("41 bodies, including 28 that had been identified", "including 3 who later died": a
    // bare part's relative clause names its own outcome)
    for d in &mut drafts {
        let relative = keys
            .get(d.last + 1)
            .is_some_and(|w| lexicon.relative_pronouns.contains(*w));
        if d.part != Part::Whole && d.metric.is_none() && d.phrase.noun.is_none() && relative {
            let from = d.last + 2;
            d.metric = predicate_metric(sentence, &keys, from, &found, lexicon);
            if d.metric.is_none() {
                d.take_unnamed_outcome(unnamed_outcome(sentence, &keys, from, true, lexicon));
            }
        }
    }
    // ("killed 84 people, including 10 children, and 202 others were injured": the last item
    // of a breakdown list, followed by an outcome that is not its whole's, is a count of its
    // own, joined as a list item, and the parts before it have their whole's outcome, not its)
    let joined = |before: &CountDraft, after: &CountDraft| {
        let mut k = before.last + 1;
        while k < after.first && lexicon.is_list_joint(keys[k]) {
            k += 1;
        }
        k == after.first
    };
    let mut i = drafts.len();
    while i > 1 {
        i -= 1;
        let Part::Of(Some(whole)) = drafts[i].part else {
            continue;
        };
        let metric = drafts[i].metric;
        if metric.is_none() || metric == drafts[whole].metric {
            continue;
        }
        let mut first = i;
        while first > 0
            && drafts[first - 1].part == drafts[i].part
            && drafts[first - 1].metric == metric
            && joined(&drafts[first - 1], &drafts[first])
        {
            first -= 1;
        }
        if first < i {
            drafts[i].part = Part::Whole;
            for part in &mut drafts[first..i] {
                part.metric = None;
            }
        }
        i = first;
    }
    // Parts and per-place figures take their parent's (or list-mate's) metric; a superseded
    // figure the subject of what replaced it.
    for i in 0..drafts.len() {
        if let (Some(mate), None) = (drafts[i].shares_with, drafts[i].metric) {
            drafts[i].metric = drafts[mate].metric;
        }
        if let (Part::Of(Some(parent)), None) = (drafts[i].part, drafts[i].metric) {
            drafts[i].metric = drafts[parent].metric;
        }
        // "rose to 19, up from an earlier figure of 8": the old figure counts what the new
        // one counts
        if drafts[i].superseded {
            let metric = drafts[i].metric;
            let current = drafts.iter().find(|d| {
                !d.superseded && d.metric.is_some() && (metric.is_none() || d.metric == metric)
            });
            if let Some((current_metric, current_subject)) =
                current.map(|d| (d.metric, d.phrase.subject.clone()))
            {
                drafts[i].metric = current_metric;
                if drafts[i].phrase.subject.is_none() {
                    drafts[i].phrase.subject = current_subject;
                }
            }
        }
    }
    // ("14 bodies were recovered, nine men and five women", "the 30 arrested were 18 students
    // and 12 workers": figures with no outcome of their own right after a count, which
    // together make its figure, break it down)
    for (whole, items) in breakdowns_by_sum(&drafts, &keys, lexicon) {
        for item in &mut drafts[items] {
            item.part = Part::Of(Some(whole));
        }
    }
    // ("a toll of 43, excluding the five assailants": a count the one before it leaves out
    // has its outcome)
    for i in 1..drafts.len() {
        let marker_end = match drafts[i].first.checked_sub(1) {
            Some(k) if lexicon.object_determiners.contains(keys[k]) => k,
            _ => drafts[i].first,
        };
        let before = &drafts[i - 1];
        if drafts[i].metric.is_none()
            && drafts[i].part == Part::Whole
            && before.metric.is_some()
            && before.part == Part::Whole
            && lexicon
                .besides_markers
                .match_ending_at(&keys, marker_end)
                .is_some_and(|(start, _)| start > before.last)
        {
            drafts[i].metric = before.metric;
        }
    }
    // ("of the passengers, 37 were from Azerbaijan, six from Kazakhstan": a bare figure of
    // people from a country counts its nationals, a claim even with no outcome named)
    // ("41 workers are trapped. … 15 are from Jharkhand, eight from Uttar Pradesh": bare
    // figures listed by where else their people come from, in a sentence that tells no
    // outcome, break down the count before them)
    let tells_outcome = drafts.iter().any(|d| d.metric.is_some());
    let mut by_origin = Vec::new();
    for (i, d) in drafts.iter_mut().enumerate() {
        if d.phrase.noun.is_some() {
            continue;
        }
        match origin_named(sentence, &keys, d.last + 1, lexicon) {
            Some(Origin::Country(demonym)) => {
                d.phrase.subject = Some(Subject::Other(demonym.into()));
                d.metric.get_or_insert(Metric::OTHER);
            }
            Some(Origin::Place) if d.part == Part::Whole && !tells_outcome => by_origin.push(i),
            _ => {}
        }
    }
    if by_origin.len() > 1 {
        for i in by_origin {
            drafts[i].part = Part::Of(None);
        }
    }
    // A counted noun that agrees with its number is a claim even when no outcome is named
    // ("34 naval ships", "325 students"): kept as `other`, so it can still be compared, with
    // the outcome's own word when a verb no family knows follows ("600 pupils were enrolled").
    // A bare figure that starts its clause is one only with such a verb after an auxiliary
    // ("95 have been moved to the capital"). A noun a speech verb follows counts the speakers
    // of a claim, and is none ("two officials said", "three witnesses told").
    for d in &mut drafts {
        // (an increment adding to the count before it keeps a verb of its own, for when its
        // group's noun does not imply that count's outcome: "… arrested 12 men. A further 8
        // were questioned")
        if d.refers_back && d.increment {
            d.unnamed_outcome = unnamed_outcome(sentence, &keys, d.last + 1, true, lexicon);
            continue;
        }
        // ("room to carry only 30 people": past a focus word)
        let size_end = match d.first.checked_sub(1) {
            Some(focus) if lexicon.focus_words.contains(keys[focus]) => focus,
            _ => d.first,
        };
        let size = lexicon.sizes.match_ending_at(&keys, size_end).is_some();
        // ("staged by three of their fighters": a part of a group of people its owner
        // names counts the group's noun)
        let of_owned_group = d.quantity.partitive
            && keys
                .get(d.quantity.last + 2)
                .is_some_and(|w| lexicon.possessive_determiners.contains(*w))
            && counts_people(&d.phrase, &keys, lexicon);
        if d.metric.is_some()
            || d.part != Part::Whole
            || size
            || (d.quantity.partitive && !of_owned_group)
        {
            continue;
        }
        if counted_noun_agrees(d, &keys, lexicon) && !speakers(&keys, &d.phrase, lexicon) {
            // ("23 homes in the hamlet were buried": or past where they are, after an
            // auxiliary)
            let placed = || {
                population_place_at(&keys, d.last + 1, lexicon)
                    .then(|| unnamed_outcome(sentence, &keys, d.last + 4, true, lexicon))
                    .flatten()
            };
            let unnamed =
                unnamed_outcome(sentence, &keys, d.last + 1, false, lexicon).or_else(placed);
            // ("staying in 1,142 evacuation centers" is no claim; "500 temporary camps were
            // opened" is)
            if unnamed.is_none()
                && (counts_facilities(d, lexicon)
                    || counts_population(d, &sentence.tokens, &keys, lexicon))
            {
                continue;
            }
            d.metric = Some(Metric::OTHER);
            d.unnamed_outcome = unnamed;
        } else if d.phrase.noun.is_none()
            && d.quantity
                .value
                .is_some_and(|v| v >= lexicon.min_other_value)
        {
            // ("over 1,500 were arrested, with 121 deported": after an absolute clause's
            // opener, the verb follows the figure with no auxiliary)
            let absolute = d
                .first
                .checked_sub(1)
                .is_some_and(|opener| lexicon.absolute_openers.contains(keys[opener]));
            if absolute || begins_clause(&keys, d.first, lexicon) {
                let from = d.last + 1;
                d.take_unnamed_outcome(unnamed_outcome(sentence, &keys, from, !absolute, lexicon));
            }
        }
    }
    // "Four of the nine wagons derailed": the verb no family names after a partitive's whole
    // is what became of the part, as a family's verb is ("five of the six blocks
    // collapsed"); the whole is only the group's size
    for i in 1..drafts.len() {
        let (before, from_whole) = drafts.split_at_mut(i);
        let (part, whole) = (&mut before[i - 1], &mut from_whole[0]);
        if whole.partitive_whole
            && part.quantity.partitive
            && part.metric.is_none()
            && whole.unnamed_outcome.is_some()
        {
            part.metric = whole.metric;
            part.unnamed_outcome = whole.unnamed_outcome.take();
        }
    }
    // … and a per-place figure its list-mate's outcome no family names ("6,000 are stranded
    // in A, 2,500 in B"), or a noun counted with none ("23 Malaysians, 11 from Indonesia")
    for i in 0..drafts.len() {
        // (a part of the count before its sentence takes that count's outcome instead)
        if let (Some(mate), None) = (drafts[i].shares_with, drafts[i].metric)
            && drafts[i].part != Part::Of(None)
            && (drafts[mate].unnamed_outcome.is_some()
                || drafts[mate].metric == Some(Metric::OTHER) && drafts[mate].phrase.noun.is_some())
        {
            drafts[i].metric = drafts[mate].metric;
            drafts[i].unnamed_outcome = drafts[mate].unnamed_outcome.clone();
        }
    }
    for d in &mut drafts {
        let subject = d.phrase.subject.as_ref().unwrap_or(&Subject::People);
        let people = counts_people(&d.phrase, &keys, lexicon);
        d.metric = d.metric.map(|m| lexicon.outcome_for(subject, people, m));
        // ("three officers violated orders": forces counted for no outcome that befell them,
        // nor for their duty, are the group their noun names, as any other group is; the
        // class is for what happened to them and what they do as forces)
        if d.metric.is_some_and(|m| {
            m.reported_as() == Metric::OTHER && !lexicon.forces_on_duty.contains(&m)
        }) && d.phrase.subject == Some(Subject::SecurityForces)
            && let Some(noun) = &d.phrase.noun
        {
            let words: Vec<String> = noun.split_whitespace().map(str::to_lowercase).collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            d.phrase.subject = Some(Subject::Other(lexicon.named_group(&words)));
        }
    }
    // "37 foreigners of eight nationalities were killed": a figure in a phrase after a
    // counted noun says what those are, and is no claim (drafts are in sentence order, so
    // such a noun is the previous draft's)
    let describes: Vec<bool> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            d.first >= 2
                && lexicon.partitive_links.contains(keys[d.first - 1])
                && i.checked_sub(1).is_some_and(|p| {
                    drafts[p].last + 2 == d.first && drafts[p].phrase.noun.is_some()
                })
        })
        .collect();
    let mut describes = describes.into_iter();
    drafts.retain(|d| {
        !describes.next().unwrap_or(false)
            && (d.metric.is_some() || d.part != Part::Whole || d.refers_back)
    });
    // "40 Indians are among 50 people killed", "Forty Indians among 50 dead": a count among
    // the count right after it is a part of that one
    for i in 1..drafts.len() {
        let (member, group) = (&drafts[i - 1], &drafts[i]);
        let at = past_auxiliaries(&keys, member.last + 1, lexicon, |_| false);
        let among = lexicon
            .membership
            .match_at(&keys, at)
            .is_some_and(|(len, _)| at + len == group.first);
        if among && member.part == Part::Whole && group.part == Part::Whole {
            drafts[i - 1].part = Part::Of(Some(i));
        }
    }
    drafts
}

/// Runs of two figures or more with no outcome of their own right after a whole count that
/// has one, adding up to its figure and counting people as it does (where either is a bare
/// figure, which may count either): the whole's index and the run's indices.
fn breakdowns_by_sum(
    drafts: &[CountDraft],
    keys: &[&str],
    lexicon: &Lexicon,
) -> Vec<(usize, std::ops::Range<usize>)> {
    let unresolved = |d: &CountDraft| {
        d.metric.is_none()
            && d.part == Part::Whole
            && !d.increment
            && !d.refers_back
            && d.quantity.value.is_some()
    };
    let may_break_down = |d: &CountDraft| {
        d.metric.is_some() && d.part == Part::Whole && !d.increment && !d.superseded
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < drafts.len() {
        let whole = &drafts[i];
        // (only a count that may be a whole looks along the run after it, and a figure with no
        // outcome is none, so each run is read once: a long list of such figures stays linear)
        if !may_break_down(whole) {
            i += 1;
            continue;
        }
        let run_end = (i + 1..drafts.len())
            .find(|&j| !unresolved(&drafts[j]))
            .unwrap_or(drafts.len());
        let items = &drafts[i + 1..run_end];
        let people = counts_people(&whole.phrase, keys, lexicon);
        let adds_up = || {
            let sum = items
                .iter()
                .try_fold(0u64, |sum, d| sum.checked_add(d.quantity.value?));
            sum.is_some() && sum == whole.quantity.value
        };
        if items.len() >= 2
            && items.iter().all(|d| {
                whole.phrase.subject.is_none()
                    || d.phrase.subject.is_none()
                    || counts_people(&d.phrase, keys, lexicon) == people
            })
            && adds_up()
        {
            found.push((i, i + 1..run_end));
            i = run_end;
        } else {
            i += 1;
        }
    }
    found
}

/// A count's own outcome, or the graver one of the group it belongs to when its own is only
/// the facility where it lies, after its phrase ending at `end` ("seven were at the hospital").
fn graver_than_its_place(
    sentence: &Sentence<'_>,
    keys: &[&str],
    end: usize,
    own: Option<Metric>,
    graver: Option<Metric>,
    lexicon: &Lexicon,
) -> Option<Metric> {
    match (own, graver) {
        (Some(own), Some(graver))
            if graver.severity() > own.severity()
                && facility_outcome(
                    sentence,
                    keys,
                    past_auxiliaries(keys, end + 1, lexicon, |_| false),
                    lexicon,
                ) == Some(own) =>
        {
            Some(graver)
        }
        _ => own,
    }
}

/// Whether the figure at `qual_start` is the whole a part is taken from ("some of the 155").
fn whole_of_a_part(keys: &[&str], qual_start: usize, lexicon: &Lexicon) -> bool {
    qual_start >= 2
        && lexicon.partitive_heads.contains(keys[qual_start - 1])
        && lexicon.partitive_links.contains(keys[qual_start - 2])
}

/// Whether a speech verb follows the counted noun: the count is of the speakers of a claim
/// ("two officials said", "three witnesses told").
fn speakers(keys: &[&str], phrase: &NounPhrase, lexicon: &Lexicon) -> bool {
    phrase
        .last
        .and_then(|last| keys.get(last + 1))
        .is_some_and(|w| lexicon.speech.contains(*w))
}

/// Whether the figure from `qual_start` to `last` counts how many more: an increment word
/// beside it ("two more", "a further 300", "five additional bodies", not "more than"), or an
/// increment after a toll verb ("rose by 12").
fn is_increment(keys: &[&str], qual_start: usize, last: usize, lexicon: &Lexicon) -> bool {
    let before = qual_start.checked_sub(1);
    let after = keys
        .get(last + 1)
        .is_some_and(|w| lexicon.increment_words.contains(*w))
        && lexicon.qualifiers.match_at(keys, last + 1).is_none();
    let beside = before.is_some_and(|b| lexicon.increment_words.contains(keys[b]));
    after || beside || rose_by(keys, qual_start, lexicon)
}

/// Whether an increment after a toll verb stands just before `qual_start` ("rose by 12").
fn rose_by(keys: &[&str], qual_start: usize, lexicon: &Lexicon) -> bool {
    qual_start >= 2
        && lexicon.increments.contains(keys[qual_start - 1])
        && lexicon.toll_verbs.contains(keys[qual_start - 2])
}

/// Whether a change leads to the figure at `qual_start` from a back reference ("the figure
/// could reach", "lowered it to", "the number increased by"), within the toll verb window.
fn refers_back(keys: &[&str], qual_start: usize, lexicon: &Lexicon) -> bool {
    let Some(before) = qual_start.checked_sub(1) else {
        return false;
    };
    // ("the figure could reach": the verb is the qualifier's)
    if lexicon
        .back_references
        .match_ending_at(keys, qual_start)
        .is_some()
    {
        return true;
    }
    let changed = lexicon.change.contains(keys[before])
        || lexicon.increments.contains(keys[before])
        || lexicon.toll_verbs.contains(keys[before]);
    changed
        && (qual_start.saturating_sub(lexicon.toll_verb_window + 2)..before).any(|start| {
            lexicon
                .back_references
                .match_at(&keys[..before], start)
                .is_some_and(|(len, _)| {
                    // only words between the reference and the figure, in one clause ("this
                    // bridge when I was 16" refers to nothing)
                    keys[start + len..before].iter().all(|w| {
                        w.chars().all(char::is_alphabetic) && !lexicon.clause_breaks.contains(*w)
                    })
                })
        })
}

/// The last token of a hyphenated compound starting at `k` ("panic-stricken"), or `k`.
fn hyphen_compound_end(tokens: &[Token<'_>], k: usize) -> usize {
    let mut end = k;
    while let (Some(hyphen), Some(word)) = (tokens.get(end + 1), tokens.get(end + 2)) {
        if hyphen.text != "-"
            || !hyphen.touches(&tokens[end])
            || !word.is_word()
            || !word.touches(hyphen)
        {
            break;
        }
        end += 2;
    }
    end
}

/// The index of an earlier count joined to this one by "and" or a comma, whose noun phrase
/// ends just before the joint ("At least ten soldiers and 37 militants"), or its place
/// ("30 from Nigeria, 12 from Ghana"). `item_start` is where this item starts: its figure,
/// or, when `place_first`, the place named before it in a list of places ("…; Ghana 64"),
/// whose joints are that list's.
fn coordinated_sibling(
    drafts: &[CountDraft],
    sentence: &Sentence<'_>,
    keys: &[&str],
    item_start: usize,
    place_first: bool,
    lexicon: &Lexicon,
) -> Option<usize> {
    // ("arrested 12 protesters along with seven journalists": a comitative joins too)
    let joint = match lexicon.comitatives.match_ending_at(keys, item_start) {
        Some((start, _)) => start,
        None => {
            let joint = item_start.checked_sub(1)?;
            if !(lexicon.is_list_joint(keys[joint])
                || place_first && lexicon.place_list_joints.contains(keys[joint]))
            {
                return None;
            }
            joint
        }
    };
    let before = joint.checked_sub(1)?;
    // ", and"
    let before = if keys[before] == "," {
        before.checked_sub(1)?
    } else {
        before
    };
    // (the place's name, capitalised, right after a preposition after the count)
    let place_up_to_joint = |d: &CountDraft| {
        keys.get(d.last + 1)
            .is_some_and(|p| lexicon.origin_prepositions.contains(*p))
            && d.last + 2 <= before
            && (d.last + 2..=before).all(|k| {
                sentence.tokens[k].is_capitalized() && !lexicon.not_places.contains(keys[k])
            })
    };
    drafts.iter().rposition(|d| {
        d.last == before || d.last == joint.saturating_sub(1) || place_up_to_joint(d)
    })
}

/// The noun phrase after a quantity: modifiers, then the longest lexicon match; "and" joins
/// nouns ("police and security personnel") but not another count.
fn noun_phrase(
    sentence: &Sentence<'_>,
    keys: &[&str],
    q: &Quantity,
    lexicon: &Lexicon,
) -> NounPhrase {
    let (mut phrase, owner_at) = written_noun_phrase(sentence, keys, q, lexicon);
    // ("Thousands flee villages", "tens of thousands scramble on trains": a vague quantity
    // in the plural names its noun only past "of"; "several hundred people" needs none)
    let vague_plural = q.value.is_none() && lexicon.is_plural(keys[q.last]);
    let of_follows = keys
        .get(q.last + 1)
        .is_some_and(|key| lexicon.partitive_links.contains(*key));
    if vague_plural && !of_follows && phrase.noun.is_some() {
        return NounPhrase::default();
    }
    let owned = phrase
        .last
        .is_some_and(|last| lexicon.owned_nouns.contains(keys[last]))
        && matches!(phrase.subject, Some(Subject::Other(_)));
    if let (true, Some(at)) = (owned, owner_at)
        && let Some(class) = owner_class(&sentence.tokens, keys, at, q.first, lexicon)
    {
        phrase.subject = Some(class);
    }
    // ("two members of the police", "three members of the Los Angeles Sheriff's Department":
    // or the owner its "of" names after it, past the words of its name)
    let owner_after = || {
        let of = phrase.last? + 1;
        lexicon
            .partitive_links
            .contains(*keys.get(of)?)
            .then_some(())?;
        (of + 1..keys.len().min(of + 2 + 2 * lexicon.noun_lookahead))
            .take_while(|&j| sentence.tokens[j].is_word())
            .find_map(|j| {
                lexicon
                    .owners
                    .match_at(keys, j)
                    .map(|(_, class)| class.clone())
            })
    };
    // ("12 army staff", "four Armed Police Force personnel": or the owner named as its
    // modifier)
    let owner_as_modifier = || {
        let (start, class) = lexicon.owners.match_ending_at(keys, phrase.last?)?;
        (start > q.last).then(|| class.clone())
    };
    if owned
        && owner_at.is_none()
        && let Some(class) = owner_as_modifier().or_else(owner_after)
    {
        phrase.subject = Some(class);
    }
    // ("a crew of eight": with no noun after it, the figure counts the group it sizes)
    if phrase.noun.is_none()
        && let Some(group) = group_sized_before(keys, q.first, lexicon)
    {
        phrase.subject = Some(match lexicon.subjects.match_at(keys, group) {
            Some((_, subject)) => subject.clone(),
            None => Subject::Other(lexicon.named_group(&keys[group..=group])),
        });
        phrase.noun = Some(sentence.tokens[group].text.to_owned());
    }
    // ("24 soldiers, staff and civilians", "900 firefighters, police and soldiers": forces
    // listed with people of other classes and no figure of their own are a count of people)
    let forces = |class: Option<&Subject>| {
        matches!(class, Some(Subject::Militants | Subject::SecurityForces))
    };
    let class = phrase.subject.as_ref();
    let mixed = phrase.last.is_some_and(|last| {
        if forces(class) {
            lists_classes(keys, last, lexicon, |item| item != class)
        } else {
            // (of people: "Navy ships and Navy SEALs" are no count of people)
            lexicon.nouns.is_person_plural(keys[last]) && lists_classes(keys, last, lexicon, forces)
        }
    });
    if mixed {
        phrase.subject = Some(Subject::People);
    }
    // ("Six men stormed the school": men who storm a place are its attackers)
    let attackers = phrase.last.is_some_and(|last| {
        lexicon.attacker_nouns.contains(keys[last])
            && lexicon.attacker_verbs.match_at(keys, last + 1).is_some()
    });
    if attackers {
        phrase.subject = Some(Subject::Militants);
        phrase.attacks = true;
    }
    phrase
}

/// Whether the counted noun ending at `last` heads a list ("soldiers, staff and civilians")
/// that a coordinator closes and that names a class `listed` picks, with no figure of its
/// own ("13 soldiers and three civilians", "two policemen and a civilian" are two counts).
fn lists_classes(
    keys: &[&str],
    last: usize,
    lexicon: &Lexicon,
    listed: impl Fn(Option<&Subject>) -> bool,
) -> bool {
    let (mut k, mut closed, mut other) = (last + 1, false, false);
    while let Some(&mark) = keys.get(k) {
        let coordinator = lexicon.coordinators.contains(mark);
        // ("two policemen and a civilian": one is a figure too)
        let figure_follows = starts_count(keys, k + 1, lexicon)
            || keys
                .get(k + 1)
                .is_some_and(|next| lexicon.single_determiners.contains(*next));
        if !(coordinator || mark == ",") || figure_follows {
            break;
        }
        closed |= coordinator;
        // (the item's noun: a class's words, or any plural, which names no class)
        let Some((end, item_class)) = (k + 1..keys.len().min(k + 2 + lexicon.noun_lookahead))
            .take_while(|&j| keys[j].chars().all(char::is_alphabetic))
            .find_map(|j| match lexicon.subjects.match_at(keys, j) {
                Some((len, subject)) => Some((j + len, Some(subject))),
                None => plural_noun(keys, j, lexicon).then_some((j + 1, None)),
            })
        else {
            break;
        };
        other |= listed(item_class);
        k = end;
    }
    closed && other
}

/// The group noun a figure starting at `first` sizes: "a crew of eight", "a family of five".
fn group_sized_before(keys: &[&str], first: usize, lexicon: &Lexicon) -> Option<usize> {
    let of = first
        .checked_sub(1)
        .filter(|&k| lexicon.partitive_links.contains(keys[k]))?;
    let group = of
        .checked_sub(1)
        .filter(|&k| lexicon.sized_groups.contains(keys[k]))?;
    group
        .checked_sub(1)
        .filter(|&k| lexicon.single_determiners.contains(keys[k]))?;
    Some(group)
}

/// The class an owner gives a noun of none ("12 of its personnel" after "the military
/// said"): the possessive at `at` ("the army's"), or for a possessive pronoun the nearest
/// owner named before the figure.
fn owner_class(
    tokens: &[Token<'_>],
    keys: &[&str],
    at: usize,
    figure: usize,
    lexicon: &Lexicon,
) -> Option<Subject> {
    if tokens[at].is_possessive() {
        let mut owner: Vec<&str> = keys[at.saturating_sub(lexicon.noun_lookahead)..at].to_vec();
        let last = key_of(tokens[at].without_possessive());
        owner.push(&last);
        return lexicon
            .owners
            .match_ending_at(&owner, owner.len())
            .map(|(_, class)| class.clone());
    }
    (0..figure).rev().find_map(|j| {
        lexicon
            .owners
            .match_at(keys, j)
            .map(|(_, class)| class.clone())
    })
}

/// The noun phrase as its words name it, and the token of the owner a partitive names.
fn written_noun_phrase(
    sentence: &Sentence<'_>,
    keys: &[&str],
    q: &Quantity,
    lexicon: &Lexicon,
) -> (NounPhrase, Option<usize>) {
    // (the keys may be a clause's, cut short of the sentence: "… and of the 70 declared dead,
    // 14 were found" reads the part before the comma; the tokens read end where they do)
    let tokens = &sentence.tokens[..keys.len().min(sentence.tokens.len())];
    let mut k = q.last + 1;
    if let Some(phrase) = occurrences_of(tokens, keys, k, lexicon) {
        return (phrase, None);
    }
    let mut consumed: Option<usize> = None;
    // the owner a partitive names ("of its personnel", "of the army's staff")
    let mut owner_at: Option<usize> = None;
    // "600 out of 800 students", "39 out of the 51 bodies": the whole follows
    if let Some((len, _)) = lexicon.whole_links.match_at(keys, k) {
        consumed = Some(k + len - 1);
        k += len;
        if keys
            .get(k)
            .is_some_and(|key| lexicon.partitive_heads.contains(*key))
        {
            consumed = Some(k);
            k += 1;
        }
    } else if keys
        .get(k)
        .is_some_and(|key| lexicon.partitive_links.contains(*key))
    {
        k += 1;
        if keys
            .get(k)
            .is_some_and(|key| lexicon.partitive_heads.contains(*key))
        {
            consumed = Some(k);
            owner_at = Some(k);
            k += 1;
        }
        // "two of Peru's provinces", "four of the group's members"
        if tokens.get(k).is_some_and(|t| t.is_possessive()) {
            consumed = Some(k);
            owner_at = Some(k);
            k += 1;
        }
    }
    // ("a 10-member rescue team", "a 40-personnel unit": the group the compound sizes is
    // named after it)
    if sizes_group(keys, q.last, lexicon) {
        consumed = Some(k + 1);
        k += 2;
    }
    // a noun of a subject class, or a plural WordNet knows ("students")
    let noun_at = |j: usize| {
        lexicon.subjects.match_at(keys, j).is_some()
            || lexicon.nouns.reading(keys[j]) == Reading::Plural
    };
    let mut best: Option<(usize, usize, Subject)> = None;
    let mut unknown: Option<(usize, usize)> = None;
    let mut participle = None;
    let mut words = 0;
    while k < tokens.len() && words < lexicon.noun_phrase_words {
        // another count is no noun of this one ("two of his three sons")
        if best.is_none() && unknown.is_none() && starts_count(keys, k, lexicon) {
            break;
        }
        // a second noun joins only after "and": "police and security personnel", not
        // "pilgrims dead"
        let may_match = best.is_none() || lexicon.coordinators.contains(keys[k - 1]);
        // ("64 Nigerians dead": an outcome's name after a plural is what befell it, looked
        // at only for a subject's word)
        let outcome_of_plural = || {
            k > q.last + 1
                && lexicon.nouns.reading(keys[k - 1]) == Reading::Plural
                && lexicon.predicate.match_at(keys, k).is_some()
        };
        // ("19 United Nations staff members", "12 United States citizens": a word of a
        // capitalised name the count's lower-case noun follows is part of a modifier, whatever
        // it is alone)
        // ("nine Doctors Without Borders staff members": so is a name of several capitalised
        // words right after the number, whatever its first word is alone, before a noun)
        let name_before_noun = (best.is_none() && k == q.last + 1)
            .then(|| {
                (k..tokens.len().min(k + 2 + lexicon.noun_lookahead)).find(|&j| {
                    !(tokens[j].is_word() && tokens[j].is_capitalized())
                        || lexicon.weekdays.contains(keys[j])
                        || lexicon.months.contains(keys[j])
                })
            })
            .flatten()
            .filter(|&end| {
                end >= k + 2
                    && tokens[end].is_word()
                    && !tokens[end].is_capitalized()
                    && (noun_at(end) || lexicon.nouns.reading(keys[end]) == Reading::Noun)
            });
        if let Some(end) = name_before_noun {
            consumed = Some(end - 1);
            words += end - k;
            k = end;
            continue;
        }
        if best.is_none()
            && k > q.last + 1
            && tokens[k].is_capitalized()
            && tokens[k - 1].is_capitalized()
            && tokens.get(k + 1).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && (noun_at(k + 1) || lexicon.nouns.reading(keys[k + 1]) == Reading::Noun)
            })
        {
            consumed = Some(k);
            k += 1;
            words += 1;
            continue;
        }
        // ("60 dead migrants": a noun that is an outcome too modifies a plural after it)
        let outcome_before_plural = |len: usize| {
            best.is_none()
                && matches!(lexicon.predicate.match_at(keys, k), Some((l, _)) if l == len)
                && keys.get(k + len).is_some_and(|&w| {
                    lexicon.nouns.reading(w) == Reading::Plural
                        || lexicon.subjects.match_at(keys, k + len).is_some()
                })
        };
        if let (Some((len, subject)), true) = (lexicon.subjects.match_at(keys, k), may_match)
            && !outcome_of_plural()
            && !outcome_before_plural(len)
        {
            best = Some((k, len, subject.clone()));
            k += len;
            words += len;
            continue;
        }
        // ("62 shoppers and staff": a plural of no class after "and" ends the noun)
        if let Some((start, len, _)) = best.as_mut().filter(|_| may_match)
            && plural_noun(keys, k, lexicon)
        {
            *len = k + 1 - *start;
            k += 1;
            words += 1;
            continue;
        }
        let token = &tokens[k];
        if !token.is_word() {
            let hyphenated = token.text == "-"
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && n.touches(token));
            // ("13 U.S. service members": the initials' full stop ends no phrase)
            let initials = token.closes_initials(&tokens[k - 1]);
            // ('4,645 "excess deaths"': a quotation mark opens the noun)
            let quoted = k == q.last + 1 && lexicon.quote_marks.contains(keys[k]);
            if (hyphenated || initials || quoted) && best.is_none() {
                k += 1;
                continue;
            }
            break;
        }
        if lexicon.coordinators.contains(keys[k]) {
            let ahead = k + 1..(k + 2 + lexicon.noun_lookahead).min(tokens.len());
            // a second noun of a class joins the first ("police and security personnel"); a
            // noun ahead joins the modifiers read so far ("five middle or high school
            // students"), which then start over
            // ("62 shoppers and staff": a plural joins a noun of a class too)
            let joins = if best.is_some() {
                ahead.clone().any(|j| {
                    lexicon.subjects.match_at(keys, j).is_some() || plural_noun(keys, j, lexicon)
                })
            } else {
                // (a plural read so far is the head: "a dozen ships and Navy SEALs")
                let begun = consumed.is_some_and(|c| c > q.last && !noun_at(c));
                begun && ahead.clone().any(noun_at)
            };
            // ("14 civilians and injuries to 29 others": a noun with a figure of its own one
            // word after it heads another count; "police and rescue workers and 6
            // villagers" list a third)
            let figure_after_noun = || {
                ahead.clone().any(|j| {
                    lexicon.subjects.match_at(keys, j).is_some_and(|(len, _)| {
                        keys.get(j + len).is_some_and(|w| {
                            w.chars().all(char::is_alphabetic) && !lexicon.coordinators.contains(*w)
                        }) && starts_count(keys, j + len + 1, lexicon)
                    })
                })
            };
            if joins && !starts_count(keys, k + 1, lexicon) && !figure_after_noun() {
                unknown = unknown.filter(|_| best.is_some());
                k += 1;
                continue;
            }
            break;
        }
        // "80 wounded individuals": a participle that modifies the noun after it
        let noun_follows = || {
            (k + 1..(k + 1 + lexicon.noun_lookahead).min(tokens.len()))
                .any(|j| lexicon.subjects.match_at(keys, j).is_some())
        };
        // "1,340 damaged or destroyed homes": participles joined by "or" before a plural
        let joined = keys
            .get(k + 1)
            .is_some_and(|w| lexicon.coordinators.contains(*w))
            && matches!(lexicon.predicate.match_at(keys, k + 2), Some((1, _)));
        // ("two critically injured individuals died": a participle of more than one word;
        // but "six in intensive care units" is a place, no participle)
        let own = lexicon
            .predicate
            .match_at(keys, k)
            .filter(|_| !lexicon.noun_prepositions.contains(keys[k]));
        let span = match own {
            _ if joined => 3,
            Some((len, _)) => len,
            None => 1,
        };
        // (a plural the noun lexicon knows: "dozens arrested as protests spread" has none)
        let plural_follows = keys
            .get(k + span)
            .is_some_and(|w| lexicon.nouns.reading(w) == Reading::Plural);
        let single = own.is_some_and(|(len, _)| len == 1);
        // ("85 kidnapped Riverton students freed", "85 abducted school children": right after
        // the number, a participle before words that end in a plural is an attribute; one
        // before a word that may follow an outcome, no noun, is a predicate: "240 treated for
        // burns", "five wounded by gunmen")
        let first_before_plural = || {
            words == 0
                && keys.get(k + span).is_none_or(|w| {
                    !lexicon.object_determiners.contains(*w)
                        && (!lexicon.after_predicate.contains(*w) || noun_at(k + span))
                })
                && (k + span..(k + span + lexicon.noun_lookahead).min(tokens.len()))
                    .take_while(|&j| {
                        tokens[j].is_word()
                            && !lexicon.auxiliaries.contains(keys[j])
                            && !lexicon.noun_prepositions.contains(keys[j])
                    })
                    .any(noun_at)
        };
        // ("one injured woman died": one person, in the singular)
        let person_follows = || {
            q.value == Some(1)
                && keys.get(k + span).is_some_and(|w| {
                    lexicon.nouns.is_person(w) && !lexicon.nouns.is_person_plural(w)
                })
        };
        let modifying = best.is_none()
            && (single && lexicon.modifiers.contains(keys[k]) && noun_follows()
                || plural_follows
                || own.is_some() && (first_before_plural() || person_follows()));
        if let (true, Some((_, &metric))) = (modifying, own) {
            participle = Some(metric);
            consumed = Some(k + span - 1);
            k += span;
            words += span;
            continue;
        }
        // "3,000 panic-stricken coastal residents", "two on-duty soldiers": a hyphenated
        // compound before a noun modifies it, whatever its first word is alone
        let compound_end = hyphen_compound_end(tokens, k);
        if best.is_none()
            && compound_end > k
            && (compound_end + 1..(compound_end + 1 + lexicon.noun_lookahead).min(tokens.len()))
                .any(noun_at)
        {
            consumed = Some(compound_end);
            k = compound_end + 1;
            words += 1;
            continue;
        }
        // ("168 confirmed deaths": a modifier right before a plural modifies it, even one
        // that may be an auxiliary or a verb of speech)
        if best.is_none()
            && lexicon.modifiers.contains(keys[k])
            && keys.get(k + 1).is_some_and(|next| {
                lexicon.nouns.reading(next) == Reading::Plural
                    && !lexicon.auxiliaries.contains(*next)
                    && plural_noun(keys, k + 1, lexicon)
            })
        {
            consumed = Some(k);
            k += 1;
            words += 1;
            continue;
        }
        // ("300 feared dead": an auxiliary modifies no noun)
        if best.is_some()
            || lexicon.not_nouns.contains(keys[k])
            || lexicon.clause_breaks.contains(keys[k])
            || lexicon.auxiliaries.contains(keys[k])
            || lexicon.predicate.match_at(keys, k).is_some()
            // ("40 rescue workers": a verb before a known noun modifies it)
            || (lexicon.active.match_at(keys, k).is_some() && !noun_follows())
            || lexicon.speech.contains(keys[k])
            || lexicon.breakdown_markers.match_at(keys, k).is_some()
            // ("Hundreds abandoned their villages": an object is past the counted noun)
            || lexicon.object_determiners.contains(keys[k])
        {
            break;
        }
        // An unknown lower-case word starts the head noun ("57 suspects overnight"); a
        // second one joins it ("11 crew members") unless it looks like a verb
        // ("500 buildings collapsed"); a known noun close after makes them modifiers
        // ("66 Oman security personnel").
        // ("three outside the building": a place's preposition before an article or a
        // possessive opens where they were, though WordNet knows it as a noun too)
        if lexicon.place_prepositions.contains(keys[k])
            && keys.get(k + 1).is_some_and(|w| lexicon.is_determiner(w))
        {
            break;
        }
        let is_modifier = tokens[k].is_capitalized() || lexicon.modifiers.contains(keys[k]);
        // ("571,966 completely destroyed"; but "one severely injured person" goes on)
        if adverb_before_outcome(keys, k, lexicon) && !noun_follows() {
            break;
        }
        let known_follows = noun_follows();
        // ("toll rises 499 malawi", a headline rebuilt from a web address: a country's name
        // that modifies no noun after it is where the figure stands, not what it counts)
        if !tokens[k].is_capitalized()
            && unknown.is_none()
            && !known_follows
            && keys.get(k + 1).is_none_or(|w| !lexicon.is_plural(w))
            && countries::country_named(keys[k]).is_some()
        {
            break;
        }
        if !is_modifier {
            let verb_like = lexicon
                .verb_endings
                .iter()
                .any(|e| keys[k].ends_with(e.as_str()));
            // ("19 of whom worked at the hospital": right after a partitive's pronoun, only a
            // word WordNet reads as a noun names the members, as in "three of them students")
            let after_pronoun = owner_at
                .filter(|&at| at + 1 == k)
                .is_some_and(|at| lexicon.partitive_pronouns.contains(keys[at]));
            if after_pronoun
                && !matches!(
                    lexicon.nouns.reading(keys[k]),
                    Reading::Plural | Reading::Noun
                )
            {
                break;
            }
            // ("two bombs went off": after a plural WordNet knows, only a noun joins the
            // head; a singular noun that names a speaker (a person, or a title before a name
            // or a verb of speech) starts what comes next unless a plural follows it: "240
            // students principal Bram Okafor said" and "240 students principal says" end
            // at the students, while "five women police officers" goes on)
            let speaker = || {
                let next = keys.get(k + 1).copied();
                if next.is_some_and(|w| lexicon.speech.contains(w)) {
                    return true;
                }
                let names = lexicon.nouns.is_person(keys[k])
                    || !tokens[k].is_capitalized()
                        && tokens
                            .get(k + 1)
                            .is_some_and(|t| t.is_word() && t.is_capitalized());
                names && !next.is_some_and(|w| lexicon.is_plural(w))
            };
            // (a headline drops its "and": after people, "240 students principal from the
            // school" counts the students, while "five women police officers" goes on)
            let ends_the_phrase = |last: usize| {
                lexicon.nouns.is_person_plural(keys[last])
                    && keys.get(k + 1).is_none_or(|&w| {
                        lexicon.noun_prepositions.contains(w) || !tokens[k + 1].is_word()
                    })
            };
            let after_plural_no_noun = |last: usize| {
                lexicon.nouns.reading(keys[last]) == Reading::Plural
                    && match lexicon.nouns.reading(keys[k]) {
                        Reading::Plural => false,
                        Reading::Noun => speaker() || ends_the_phrase(last),
                        _ => true,
                    }
            };
            // ("with 121 deported": a verb-like word no noun lexicon knows, alone right after
            // the figure before its clause ends or its object starts, is the figure's
            // outcome or verb, not what it counts: "a toll of 43 excluding the assailants")
            if k == q.last + 1
                && verb_like
                && !tokens[k].is_capitalized()
                && !matches!(
                    lexicon.nouns.reading(keys[k]),
                    Reading::Plural | Reading::Noun
                )
                && (clause_ends_at(keys, k + 1, lexicon)
                    || keys
                        .get(k + 1)
                        .is_some_and(|next| lexicon.object_determiners.contains(*next)))
            {
                break;
            }
            match unknown {
                None => unknown = Some((k, k)),
                Some((first, last))
                    if last + 1 == k && !verb_like && !after_plural_no_noun(last) =>
                {
                    unknown = Some((first, k))
                }
                Some(_) => break,
            }
            // ("two dams outside the city": a preposition that is also a noun joins no head)
            let next_joins = keys.get(k + 1).is_some_and(|n| {
                n.chars().all(char::is_alphabetic)
                    && !lexicon.not_nouns.contains(*n)
                    && !lexicon.noun_prepositions.contains(*n)
                    && lexicon.predicate.match_at(keys, k + 1).is_none()
                    && !lexicon.auxiliaries.contains(*n)
                    && !lexicon.speech.contains(*n)
            });
            // "middle or high school students": a known noun after a coordinator
            let coordinated = keys
                .get(k + 1)
                .is_some_and(|n| lexicon.coordinators.contains(*n))
                && (k + 2..(k + 3 + lexicon.noun_lookahead).min(tokens.len())).any(noun_at);
            if !known_follows && !next_joins && !coordinated {
                break;
            }
        }
        consumed = Some(k);
        k += 1;
        words += 1;
    }
    // "five police vehicles", "ten army trucks": a class noun before a plural modifies it, as
    // it does with other nouns between ("23 city transit employees")
    let plain_noun = |j: usize, reading: Reading| {
        keys.get(j).is_some_and(|&w| {
            lexicon.nouns.reading(w) == reading
                && lexicon.subjects.match_at(keys, j).is_none()
                && lexicon.predicate.match_at(keys, j).is_none()
                && !lexicon.not_nouns.contains(w)
                && !lexicon.auxiliaries.contains(w)
        })
    };
    // (a plural of a class heads them too: "23 town sanitation workers")
    let class_plural = |j: usize| {
        lexicon.subjects.match_at(keys, j).is_some()
            && keys
                .get(j)
                .is_some_and(|&w| lexicon.nouns.reading(w) == Reading::Plural)
    };
    let head_after = |last: usize| {
        (last + 1..last + 1 + lexicon.noun_lookahead)
            .take_while(|&j| j == last + 1 || plain_noun(j - 1, Reading::Noun))
            .find(|&j| plain_noun(j, Reading::Plural) || j > last + 1 && class_plural(j))
    };
    // (the names right before the noun are part of what it counts: "40 Indian nationals",
    // "12 Red Cross workers")
    let named_from = |start: usize| {
        (q.last + 1..start)
            .rev()
            .take_while(|&j| tokens[j].is_capitalized())
            .last()
            .unwrap_or(start)
    };
    // "31 civilian deaths", "12 police casualties": the class counted by a noun of outcome
    // (but after a plural an outcome is what befell it: "9 staff and 8 patients dead")
    let outcome_after_class = best
        .as_ref()
        .filter(|&&(start, len, _)| {
            !(lexicon.is_plural(keys[start + len - 1])
                && lexicon.predicate.match_at(keys, start + len).is_some())
        })
        .and_then(|&(start, len, _)| lexicon.implied_metric.get(*keys.get(start + len)?).copied());
    let head_of_class = best
        .as_ref()
        .and_then(|&(start, len, _)| head_after(start + len - 1));
    let phrase =
        match (best, head_of_class) {
            (Some((start, len, subject)), _) if outcome_after_class.is_some() => {
                let last = start + len;
                NounPhrase {
                    subject: Some(subject),
                    noun: Some(join_words(&tokens[start..=last])),
                    last: Some(last),
                    implied: outcome_after_class,
                    usual: None,
                    participle,
                    attacks: false,
                }
            }
            (Some((start, _, _)), Some(head)) => {
                let class = lexicon
                    .subjects
                    .match_at(keys, head)
                    .map(|(_, class)| class);
                NounPhrase {
                    subject: Some(class.cloned().unwrap_or_else(|| {
                        Subject::Other(lexicon.named_group(&keys[head..=head]))
                    })),
                    noun: Some(join_words(&tokens[start..=head])),
                    last: Some(head),
                    implied: lexicon.implied_metric.get(keys[head]).copied(),
                    usual: lexicon.usual_metric.get(keys[head]).copied(),
                    participle,
                    attacks: false,
                }
            }
            (Some((start, len, subject)), None) => {
                let last = start + len - 1;
                // ("19 rescue workers": a group the lexicon names with the words before the
                // class's noun is that group)
                let group = unknown
                    .filter(|&(_, end)| end + 1 == start)
                    .and_then(|(first, _)| {
                        Some((first, lexicon.group_of_phrase(&keys[first..=last])?))
                    });
                let noun_from = group
                    .as_ref()
                    .map_or(named_from(start), |&(first, _)| first);
                let noun = join_words(&sentence.tokens[noun_from..=last]);
                let implied = lexicon.implied_metric.get(keys[last]).copied();
                NounPhrase {
                    subject: Some(group.map_or(subject, |(_, group)| Subject::Other(group))),
                    noun: Some(noun),
                    last: Some(last),
                    implied,
                    usual: lexicon.usual_metric.get(keys[last]).copied(),
                    participle,
                    attacks: false,
                }
            }
            (None, _) => match unknown {
                // Lower-case words that are not modifiers: counted, but not a known class.
                Some((first, last)) => NounPhrase {
                    // ("305 employees, contractors and residents were missing": groups listed
                    // together are people)
                    subject: Some(if lists_people(keys, last, lexicon) {
                        Subject::People
                    } else {
                        Subject::Other(lexicon.named_group(&keys[first..=last]))
                    }),
                    noun: Some(join_words(&tokens[named_from(first)..=last])),
                    last: Some(last),
                    // ("five skeletons were found": a noun of no class may carry its outcome)
                    implied: lexicon.implied_metric.get(keys[last]).copied(),
                    usual: lexicon.usual_metric.get(keys[last]).copied(),
                    participle,
                    attacks: false,
                },
                // Only capitalised words: a plural one is the named group counted ("17 Uruguayans",
                // a title's "476 Passengers"); otherwise modifiers of a noun left unsaid.
                // ("80 of its 230 apartments": a partitive's head is no noun; "a five-member SIT":
                // a compound sizing a group counts its members; "one Irish, one Australian": a
                // demonym alone names the people counted)
                None => match consumed
                    .filter(|&last| {
                        last > q.last
                            && Some(last) != owner_at
                            && (lexicon.is_plural(keys[last]) || sizes_group(keys, q.last, lexicon))
                    })
                    .or_else(|| {
                        Some(q.last + 1)
                            .filter(|&at| keys.get(at).is_some_and(|w| countries::is_demonym(w)))
                    }) {
                    Some(last) => NounPhrase {
                        subject: Some(Subject::Other(lexicon.named_group(&keys[last..=last]))),
                        noun: Some(tokens[last].text.to_owned()),
                        last: Some(last),
                        implied: lexicon.implied_metric.get(keys[last]).copied(),
                        usual: lexicon.usual_metric.get(keys[last]).copied(),
                        participle,
                        attacks: false,
                    },
                    None => NounPhrase {
                        last: consumed,
                        ..NounPhrase::default()
                    },
                },
            },
        };
    (phrase, owner_at)
}

/// Whether the word at `k` is a plural that is no outcome ("staff", not "wounded").
fn plural_noun(keys: &[&str], k: usize, lexicon: &Lexicon) -> bool {
    lexicon.is_plural(keys[k])
        && lexicon.predicate.match_at(keys, k).is_none()
        && lexicon.active.match_at(keys, k).is_none()
}

/// "32 cases of enforced disappearances", "627 instances of arrests": a noun of occurrences at
/// `k` counts the outcome a noun within a noun phrase's length after its "of" carries.
fn occurrences_of(
    tokens: &[Token<'_>],
    keys: &[&str],
    k: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    if !lexicon.occurrence_nouns.contains(*keys.get(k)?)
        || !lexicon.partitive_links.contains(*keys.get(k + 1)?)
    {
        return None;
    }
    // ("32 cases of enforced or involuntary disappearances": past a noun phrase's modifiers)
    let (head, &implied) = (k + 2..keys.len().min(k + 2 + lexicon.noun_phrase_words))
        .take_while(|&j| tokens[j].is_word())
        .find_map(|j| Some((j, lexicon.implied_metric.get(keys[j])?)))?;
    Some(NounPhrase {
        subject: Some(Subject::People),
        noun: Some(join_words(&tokens[k..=head])),
        last: Some(head),
        implied: Some(implied),
        ..NounPhrase::default()
    })
}

/// For a count right after a comma, the outcome the name opening the sentence gives it as a
/// noun's own ("The injured, at least 45 people, were …"). A noun's usual outcome is not
/// enough: "The victims, 20 people, were injured" has its verb past the count's clause.
fn appositive_outcome(keys: &[&str], qual_start: usize, lexicon: &Lexicon) -> Option<Metric> {
    let comma = qual_start.checked_sub(1).filter(|&k| keys[k] == ",")?;
    let at = opening_noun(keys, lexicon);
    match lexicon.nominal.match_at(keys, at) {
        Some((len, &metric)) if at + len == comma => Some(metric),
        _ if at + 1 == comma => lexicon.implied_metric.get(keys[at]).copied(),
        _ => None,
    }
}

/// Where the noun opening a sentence's subject starts, past its opener ("All the …").
fn opening_noun(keys: &[&str], lexicon: &Lexicon) -> usize {
    lexicon
        .subject_openers
        .match_at(keys, 0)
        .map_or(0, |(len, _)| len)
}

/// The outcome the noun opening a sentence's subject names ("All the dead …", "The victims …").
fn opening_outcome(keys: &[&str], lexicon: &Lexicon) -> Option<Metric> {
    let at = opening_noun(keys, lexicon);
    lexicon
        .nominal
        .match_at(keys, at)
        .map(|(_, &metric)| metric)
        .or_else(|| lexicon.noun_outcome(keys.get(at)?))
}

/// Whether plural nouns listed with commas and a coordinator follow the noun ending at `last`,
/// up to an auxiliary or an outcome ("employees, contractors and residents were"), a
/// preposition or the end of the clause ("killed 151 pupils and staff at the school."), and
/// one of them names a kind of person ("40 houses and shops" are no people).
fn lists_people(keys: &[&str], last: usize, lexicon: &Lexicon) -> bool {
    let mut k = last + 1;
    let mut listed = 0;
    let mut people = lexicon.nouns.is_person_plural(keys[last]);
    while k + 1 < keys.len() && (keys[k] == "," || lexicon.coordinators.contains(keys[k])) {
        // (", and")
        if keys[k] == "," && lexicon.coordinators.contains(keys[k + 1]) {
            k += 1;
        }
        match keys.get(k + 1) {
            Some(noun)
                if lexicon.is_plural(noun) && lexicon.predicate.match_at(keys, k + 1).is_none() =>
            {
                people |= lexicon.nouns.is_person_plural(noun);
                listed += 1;
                k += 2;
            }
            _ => return false,
        }
    }
    let phrase_ends = keys.get(k).is_none_or(|w| {
        !w.chars().any(char::is_alphanumeric) || lexicon.noun_prepositions.contains(*w)
    });
    listed > 0 && people && (phrase_ends || lexicon.verb_at(keys, k))
}

/// Whether the word at `k` reads as an adverb (by its ending, and no noun: not "elderly")
/// and an outcome follows it ("completely destroyed").
fn adverb_before_outcome(keys: &[&str], k: usize, lexicon: &Lexicon) -> bool {
    lexicon.is_adverb(keys[k]) && lexicon.predicate.match_at(keys, k + 1).is_some()
}

/// The tokens' text joined by single spaces ("security personnel").
fn join_words(tokens: &[Token<'_>]) -> String {
    tokens.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

fn starts_count(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    let Some(&key) = keys.get(at) else {
        return false;
    };
    // ("a 12-year-old girl", "a 12 year old": an age is no count)
    let hyphen = usize::from(keys.get(at + 1) == Some(&"-"));
    key.starts_with(|c: char| c.is_ascii_digit())
        && lexicon.age_words.match_at(keys, at + 1 + hyphen).is_none()
        || lexicon.units.contains_key(key)
        || lexicon.tens.contains_key(key)
        || lexicon.qualifiers.match_at(keys, at).is_some()
        || lexicon.vague.match_at(keys, at).is_some()
}

/// "killing at least 11", "said it had killed 84": an active verb just before the figure, or
/// before the measures listed ahead of it ("burned 1,200 acres and 300 homes").
fn active_metric(keys: &[&str], qual_start: usize, lexicon: &Lexicon) -> Option<Metric> {
    verb_before(keys, qual_start, &lexicon.active, lexicon)
        // ("Kidnappers took 234 girls": a verb that names an outcome only with attackers as
        // its subject, a few words before it)
        .or_else(|| {
            let (start, &metric) = lexicon
                .attackers_active
                .match_ending_at(keys, verb_end(keys, qual_start, lexicon))?;
            (start.saturating_sub(lexicon.noun_lookahead)..start)
                .any(|k| attackers_at(keys, k, lexicon))
                .then_some(metric)
        })
        // "relief camps housing 700,000 people", "hospitals treating 200": a facility holding
        // those counted gives its family's outcome
        .or_else(|| {
            let verb = verb_end(keys, qual_start, lexicon).checked_sub(1)?;
            if !lexicon.facility_holds.contains(keys[verb]) {
                return None;
            }
            // ("Kelva Medical Center in Tarvik received seven": or past where it stands)
            let located = || {
                let at = (verb.saturating_sub(lexicon.noun_lookahead + 1)..verb)
                    .rev()
                    .find(|&k| lexicon.place_prepositions.contains(keys[k]))?;
                (at + 1..verb)
                    .all(|k| keys[k].chars().all(char::is_alphabetic))
                    .then(|| lexicon.facilities.match_ending_at(keys, at))?
            };
            lexicon
                .facilities
                .match_ending_at(keys, verb)
                .or_else(located)
                .map(|(_, &m)| m)
        })
}

/// The outcome a verb right before the figure at `qual_start` names together with the words
/// right after what it counts (ending at `end`): "raiders burned 17 villagers to death", "the
/// current swept 12 bathers away", "took 20 sailors hostage".
fn split_outcome(
    keys: &[&str],
    qual_start: usize,
    end: usize,
    lexicon: &Lexicon,
) -> Option<Metric> {
    let verb = verb_end(keys, qual_start, lexicon).checked_sub(1)?;
    let after = keys.get(end + 1..)?;
    let joined: Vec<&str> = std::iter::once(keys[verb])
        .chain(after.iter().take(lexicon.predicate_window).copied())
        .collect();
    [&lexicon.predicate, &lexicon.active]
        .into_iter()
        .find_map(|verbs| verbs.match_at(&joined, 0).filter(|&(len, _)| len > 1))
        .map(|(_, &metric)| metric)
}

/// Where stress on the figure at `qual_start` starts ("hit a whopping 212"), or `qual_start`.
fn stress_start(keys: &[&str], qual_start: usize, lexicon: &Lexicon) -> usize {
    lexicon
        .emphasis
        .match_ending_at(keys, qual_start)
        .map_or(qual_start, |(from, _)| from)
}

/// Where a verb before the figure at `qual_start` ends: right before it, or before a bridge
/// ("killed at least").
fn verb_end(keys: &[&str], qual_start: usize, lexicon: &Lexicon) -> usize {
    let mut end = qual_start;
    // (or before a quote opening at the figure: 'had killed "around one hundred people"')
    if end > 0 && lexicon.quote_marks.contains(keys[end - 1]) {
        end -= 1;
    }
    while let Some((start, _)) = lexicon
        .bridge
        .match_ending_at(keys, end)
        .or_else(|| lexicon.emphasis.match_ending_at(keys, end))
    {
        end = start;
    }
    end
}

/// The outcome of one of `verbs` before the figure at `qual_start`: right before it, past a
/// measure, or past one item listed before it ("killed a janitor and three pupils").
fn verb_before(
    keys: &[&str],
    qual_start: usize,
    verbs: &Phrases<Metric>,
    lexicon: &Lexicon,
) -> Option<Metric> {
    let end = verb_end(keys, qual_start, lexicon);
    // (a phrase may end in a word that bridges too: "bombings at two churches")
    verbs
        .match_ending_at(keys, qual_start)
        .or_else(|| {
            (end < qual_start)
                .then(|| verbs.match_ending_at(keys, end))
                .flatten()
        })
        .or_else(|| verbs.match_ending_at(keys, past_measures(keys, end, lexicon)))
        .or_else(|| verbs.match_ending_at(keys, past_single_item(keys, end, lexicon)?))
        .map(|(_, &m)| m)
}

/// The outcome of an active verb before a list of objects that the count at `qual_start`
/// closes ("arrested ten staff members, the owner and three others").
fn verb_before_listed_objects(
    keys: &[&str],
    qual_start: usize,
    lexicon: &Lexicon,
) -> Option<Metric> {
    let start = past_listed_objects(keys, verb_end(keys, qual_start, lexicon), lexicon)?;
    lexicon.active.match_ending_at(keys, start).map(|(_, &m)| m)
}

/// The start of the objects listed before `end`, one of them counted ("ten staff members, the
/// owner and"), which the verb before them governs as it governs the count at `end`; none
/// when no such list stands there.
fn past_listed_objects(keys: &[&str], end: usize, lexicon: &Lexicon) -> Option<usize> {
    // (the count is the list's last item, after "and" or "or": "50 migrants, 12 of whom
    // drowned" lists nothing)
    if !end
        .checked_sub(1)
        .is_some_and(|joint| lexicon.coordinators.contains(keys[joint]))
    {
        return None;
    }
    let limit = end.saturating_sub(lexicon.nominal_window);
    let mut start = end;
    let mut counted = false;
    loop {
        let mut k = start;
        while k > limit && lexicon.is_list_joint(keys[k - 1]) {
            k -= 1;
        }
        if k == start {
            break;
        }
        // (an item: words and figures, no verb, nor a word that closes a verb's phrase:
        // "… at various hospitals, while 67 adults and seven children")
        let item_end = k;
        while k > limit
            && keys[k - 1]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '\'' || c == '’')
            && !lexicon.is_list_joint(keys[k - 1])
            && !lexicon.after_predicate.contains(keys[k - 1])
            && !lexicon.verb_at(keys, k - 1)
            && lexicon.active.match_ending_at(keys, k).is_none()
        {
            counted |= starts_count(keys, k - 1, lexicon);
            k -= 1;
        }
        if k == item_end {
            return None;
        }
        start = k;
    }
    (counted && start < end).then_some(start)
}

/// Whether attackers are named at `at`, perhaps after an article ("the gunmen", "bandits").
fn attackers_at(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    let noun = if keys.get(at).is_some_and(|k| lexicon.articles.contains(*k)) {
        at + 1
    } else {
        at
    };
    matches!(
        lexicon.subjects.match_at(keys, noun),
        Some((_, Subject::Militants))
    )
}

/// Whether a noun phrase counts people: by its class, or by a noun WordNet files under
/// persons ("grandsons", "pilgrims").
fn counts_people(phrase: &NounPhrase, keys: &[&str], lexicon: &Lexicon) -> bool {
    match &phrase.subject {
        Some(Subject::Places) | None => false,
        Some(Subject::Other(_)) => phrase
            .last
            .is_some_and(|last| lexicon.nouns.is_person_plural(keys[last])),
        Some(_) => true,
    }
}

/// The outcome a breakdown marker at `start..end` names in it or right before it: "among the
/// arrested are …", "the dead include …", "the victims included 384 children", "among those
/// released are …" (by a figure's name, an outcome's verb or its noun's usual outcome).
fn outcome_named_at_marker(
    keys: &[&str],
    start: usize,
    end: usize,
    lexicon: &Lexicon,
) -> Option<Metric> {
    [end, start]
        .into_iter()
        .find_map(|end| {
            lexicon
                .nominal
                .match_ending_at(keys, end)
                .or_else(|| lexicon.predicate.match_ending_at(keys, end))
                .map(|(_, &metric)| metric)
                // ("the deceased passengers included …": an outcome before the noun says more
                // than the noun's own)
                .or_else(|| {
                    outcome_and_noun_ending_at(keys, end, lexicon).map(|named| named.metric)
                })
                .or_else(|| lexicon.noun_outcome(keys[end.checked_sub(1)?]))
        })
        // ("a tally of the death toll, including 151 in …": or a figure's name before the
        // comma that sets the marker off, though not a count's noun: "All 72 people on board,
        // including four infants, were killed")
        .or_else(|| {
            let comma = start.checked_sub(1).filter(|&comma| keys[comma] == ",")?;
            let (name, &metric) = lexicon.nominal.match_ending_at(keys, comma)?;
            // (a name, after its determiner: "have been identified, including …" is a verb)
            if !lexicon.is_determiner(keys[name.checked_sub(1)?]) {
                return None;
            }
            // (the noun of a count names no figure of its own)
            let clause = keys[..name]
                .iter()
                .rposition(|k| lexicon.clause_breaks.contains(*k))
                .map_or(0, |at| at + 1);
            let counted = (clause..name).any(|k| starts_count(keys, k, lexicon));
            (!counted).then_some(metric)
        })
        .or_else(|| {
            // ("the updated death toll from the government of Guerrero, the state where it
            // struck, includes 29 men": the figure the marker's subject names, past a phrase
            // saying whose or where, with no count of its own)
            (start.saturating_sub(lexicon.nominal_window)..start)
                .rev()
                .take_while(|&k| {
                    (keys[k] == "," || !lexicon.clause_breaks.contains(keys[k]))
                        && !starts_count(keys, k, lexicon)
                })
                .filter(|&k| lexicon.cause_prepositions.contains(keys[k]))
                .find_map(|k| lexicon.nominal.match_ending_at(keys, k))
                .map(|(_, &metric)| metric)
        })
}

/// A participle at `at`, right after a partitive's whole ("the 26 hostages killed in the
/// ambush were …"): its outcome, and the auxiliary after it that opens the clause's own verb
/// (or the verb itself, right after the participle: "six of the 140 injured died").
fn participle_and_verb_after(
    keys: &[&str],
    at: usize,
    lexicon: &Lexicon,
) -> Option<(Metric, Option<usize>)> {
    let (len, &metric) = lexicon.predicate.match_at(keys, at)?;
    let verb = auxiliary_in_clause(keys, at + len, lexicon)
        .or_else(|| lexicon.predicate.match_at(keys, at + len).map(|_| at + len));
    Some((metric, verb))
}

/// The outcome of a relative clause at `at` ("who died", "that were destroyed", "all of whom
/// died"), past its auxiliaries.
fn relative_outcome(keys: &[&str], at: usize, lexicon: &Lexicon) -> Option<Metric> {
    // ("…, all of whom died")
    let at = lexicon
        .whole_before_relative
        .match_at(keys, at)
        .map_or(at, |(len, _)| at + len);
    if !lexicon.relative_pronouns.contains(*keys.get(at)?) {
        return None;
    }
    let verb = past_auxiliaries(keys, at + 1, lexicon, |_| false);
    lexicon
        .predicate
        .match_at(keys, verb)
        .map(|(_, &metric)| metric)
}

/// The first auxiliary from `from` up to the end of its clause (a clause break, a comma, a
/// coordinator or a relative pronoun), within the predicate window.
fn auxiliary_in_clause(keys: &[&str], from: usize, lexicon: &Lexicon) -> Option<usize> {
    (from..keys.len().min(from + lexicon.predicate_window))
        .take_while(|&j| {
            !lexicon.clause_breaks.contains(keys[j])
                && !lexicon.coordinators.contains(keys[j])
                && !lexicon.relative_pronouns.contains(keys[j])
                && keys[j] != ","
        })
        .find(|&j| lexicon.auxiliaries.contains(keys[j]))
}

/// The start of a single one listed just before `end` ("a janitor and"), if any.
fn past_single_item(keys: &[&str], end: usize, lexicon: &Lexicon) -> Option<usize> {
    let joint = end.checked_sub(1)?;
    if !lexicon.coordinators.contains(keys[joint]) {
        return None;
    }
    (joint.saturating_sub(2 + lexicon.noun_lookahead)..joint)
        .rev()
        .take_while(|&j| {
            keys[j].chars().all(char::is_alphabetic) && lexicon.active.match_at(keys, j).is_none()
        })
        .find(|&j| lexicon.single_determiners.contains(keys[j]))
}

/// The start of the measures listed just before `end` ("20 hectares, 1,200 acres and"), which
/// are no counts for a verb to stop at; `end` when there are none.
fn past_measures(keys: &[&str], end: usize, lexicon: &Lexicon) -> usize {
    let mut start = end;
    loop {
        let mut k = start;
        // the joint: ",", "and" or ", and"
        while k > 0 && lexicon.is_list_joint(keys[k - 1]) {
            k -= 1;
        }
        let is_measure = k >= 2
            && k < start
            && lexicon.unit_words.contains(keys[k - 1])
            && keys[k - 2].starts_with(|c: char| c.is_ascii_digit());
        if !is_measure {
            return start;
        }
        start = k - 2;
    }
}

/// The outcome after an auxiliary later in the clause that starts at `from`, if any ("aboard
/// the capsized barge bound for Port Avel had been rescued").
fn later_predicate(
    sentence: &Sentence<'_>,
    keys: &[&str],
    from: usize,
    lexicon: &Lexicon,
) -> Option<Metric> {
    let mut after_auxiliary = false;
    let mut k = from;
    while k < keys.len() {
        // ("the 20m (66-ft) fishing boat are still unaccounted for": past an aside)
        if let Some(end) = aside_end(&sentence.tokens, keys, k, keys.len(), lexicon) {
            k = end + 1;
            continue;
        }
        if keys[k] == "," || lexicon.clause_breaks.contains(keys[k]) {
            return None;
        }
        // ("241 persons on board the plane died.": a verb that ends its clause, or that a
        // preposition follows, needs no auxiliary; one that takes an object may be the
        // participle of the vehicle: "aboard the boat hit by the wave")
        if let Some((len, &metric)) = lexicon.predicate.match_at(keys, k)
            && (after_auxiliary
                || keys.get(k + len).is_none_or(|&next| {
                    matches!(next, "." | ",")
                        || lexicon.clause_breaks.contains(next)
                        || lexicon.noun_prepositions.contains(next)
                }))
        {
            return Some(metric);
        }
        after_auxiliary = lexicon.auxiliaries.contains(keys[k]);
        k += 1;
    }
    None
}

/// The outcome of the main verb after a reduced relative clause that ends at `from`
/// ("taken to the hospital had died", "injured in the blast later died"): the first outcome
/// in the clause, after an auxiliary or, when no verb that takes an object, closing the
/// clause; none past another count ("three missing and one dead").
fn main_verb_outcome(
    sentence: &Sentence<'_>,
    keys: &[&str],
    from: usize,
    lexicon: &Lexicon,
) -> Option<Metric> {
    let mut after_auxiliary = false;
    let (mut k, mut end) = (from, keys.len().min(from + lexicon.predicate_window));
    while k < end {
        // ("guards deployed to protect the injured were killed": what a purpose is about is
        // no outcome)
        if let Some(purpose_end) = purpose_clause_end(sentence, keys, k, end, lexicon) {
            k = purpose_end;
            after_auxiliary = false;
            continue;
        }
        // ("All 72 people on board, including four infants, were killed": past an aside)
        if keys[k] == ","
            && let Some(close) = aside_before_verb(keys, k, lexicon)
        {
            end = keys.len().min(end + close - k);
            k = close + 1;
            continue;
        }
        // ("hurt in the May 3 blaze succumbed": a day of a month is no count)
        let day_of_month = k > 0 && lexicon.months.contains(keys[k - 1]);
        if keys[k] == ","
            || lexicon.clause_breaks.contains(keys[k])
            || (starts_count(keys, k, lexicon) && !day_of_month)
        {
            return None;
        }
        // ("after leaping from a window to flee the smoke later died": an infinitive of
        // purpose is no main verb, while "are expected to die" is)
        let infinitive = k > 1
            && lexicon.infinitive_markers.contains(keys[k - 1])
            && !lexicon.auxiliaries.contains(keys[k - 2]);
        if let Some((len, &metric)) = lexicon.predicate.match_at(keys, k).filter(|_| !infinitive) {
            // ("died later", "died in hospital", "died Sunday": or before words that close a
            // verb, or a time)
            let closes = keys.get(k + len).is_none_or(|&next| {
                matches!(next, "." | ",")
                    || lexicon.clause_breaks.contains(next)
                    || lexicon.after_predicate.contains(next)
                    || time_at(keys, k + len, lexicon)
            });
            let intransitive = lexicon.active.match_at(keys, k).is_none();
            return (after_auxiliary || closes && intransitive).then_some(metric);
        }
        after_auxiliary = lexicon.auxiliaries.contains(keys[k]);
        k += 1;
    }
    None
}

/// Where an infinitive of purpose starting at `at` ends: from a marker, not after an
/// auxiliary, before a word that opens no place and names no outcome, up to the clause's next
/// auxiliary, comma or break ("deployed to protect the injured …", "who went to help the wounded
/// …"; but "taken to hospital", "to the scene", "to Riverton" name where they went, and "expected
/// to die" the outcome).
fn purpose_clause_end(
    sentence: &Sentence<'_>,
    keys: &[&str],
    at: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    if !lexicon.infinitive_markers.contains(*keys.get(at)?)
        || at
            .checked_sub(1)
            .is_some_and(|before| lexicon.auxiliaries.contains(keys[before]))
    {
        return None;
    }
    let verb = at + 1;
    // (the keys may be a clause's, cut short of the sentence's tokens)
    let (token, word) = (sentence.tokens.get(verb)?, *keys.get(verb)?);
    let opens_place = !token.is_word()
        || token.is_capitalized()
        || lexicon.object_determiners.contains(word)
        || lexicon.nouns.reading(word) == Reading::Plural
        || lexicon.facilities.match_at(keys, verb).is_some()
        || lexicon.predicate.match_at(keys, verb).is_some()
        || lexicon.auxiliaries.contains(word);
    if opens_place {
        return None;
    }
    Some(
        (verb + 1..limit)
            .find(|&k| {
                keys[k] == ","
                    || lexicon.clause_breaks.contains(keys[k])
                    || lexicon.auxiliaries.contains(keys[k])
            })
            .unwrap_or(limit),
    )
}

/// Whether a time starts at `at`: a day ("Tuesday") or a phrase of one ("a day earlier",
/// "later", "over the past week").
fn time_at(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    keys.get(at).is_some_and(|w| lexicon.weekdays.contains(*w))
        || [&lexicon.earlier, &lexicon.later, &lexicon.period]
            .iter()
            .any(|times| times.match_at(keys, at).is_some())
}

/// The outcome a verb group starting at `at` names, past auxiliaries and adverbs ("were
/// later rescued", "died").
fn outcome_at(keys: &[&str], at: usize, lexicon: &Lexicon) -> Option<Metric> {
    let verb = past_auxiliaries(keys, at, lexicon, |_| false);
    let verb = verb + usize::from(verb < keys.len() && adverb_before_outcome(keys, verb, lexicon));
    lexicon
        .predicate
        .match_at(keys, verb)
        .map(|(_, &metric)| metric)
}

/// "92 militants were killed", "18 people dead", "11 people, including …, were killed",
/// "ten soldiers and 37 militants were killed": a predicate after the noun phrase, past
/// auxiliaries, coordinated counts and an "including …," aside.
fn predicate_metric(
    sentence: &Sentence<'_>,
    keys: &[&str],
    from: usize,
    found: &[Quantity],
    lexicon: &Lexicon,
) -> Option<Metric> {
    let mut k = from;
    let mut steps = 0;
    // where a phrase saying which ones ended ("members of the police outpost"): an aside may
    // follow it as it may follow the noun
    let mut which_ones_end = None;
    let mut passive = false;
    // whether the auxiliaries so far make the perfect, with no form of "be" after: the verb
    // after them is active
    let mut perfect = false;
    // ("residents of Corvale, Tessing and Ostley", "a principal, Bram Okafor were
    // abducted": a comma before a name; "in Pellam, Marrow State, were kidnapped": a comma
    // after one, before the outcome's auxiliary; but in "four more in Zarno Township, located
    // 94 miles north" a participle with none describes the place)
    let name_comma = |k: usize| {
        keys[k] == ","
            && (sentence
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is_capitalized())
                || (k > 0
                    && sentence.tokens[k - 1].is_capitalized()
                    && keys
                        .get(k + 1)
                        .is_some_and(|next| lexicon.auxiliaries.contains(*next))))
    };
    while k < keys.len() && steps < lexicon.predicate_window {
        steps += 1;
        // ("315 were taken by the gunmen": a verb whose agents are attackers)
        if let Some((len, &metric)) = lexicon.by_attackers.match_at(keys, k)
            && attackers_at(keys, k + len, lexicon)
        {
            return Some(metric);
        }
        if let Some((len, &metric)) = lexicon.predicate.match_at(keys, k) {
            // ("Forty people on the ferry were killed": where they were says which ones when
            // an outcome follows, for a list too: "52 passengers and four crew on board died")
            if !passive
                && lexicon.noun_prepositions.contains(keys[k])
                && let Some(outcome) = outcome_at(keys, k + len, lexicon)
            {
                return Some(outcome);
            }
            // "Two gunmen killed five people", "thousands stormed parliament": without an
            // auxiliary, a verb that also takes an object is active, and the count its agent
            let transitive = lexicon.active.match_at(keys, k).is_some();
            // ("53 injured were being treated": an auxiliary starts no object, nor does a day:
            // "148 people killed Tuesday")
            // ("the 168 freed a day earlier": nor does a time)
            let object_follows = keys.get(k + len).is_some_and(|next| {
                next.chars().any(char::is_alphanumeric)
                    && !lexicon.after_predicate.contains(*next)
                    && !lexicon.auxiliaries.contains(*next)
            }) && !time_at(keys, k + len, lexicon)
                && !counted_with_outcome(keys, k + len, found, lexicon)
                // ("six of the 140 injured died": a verb after it is the clause's own, no
                // object)
                && lexicon.predicate.match_at(keys, k + len).is_none();
            if object_follows && lexicon.prepositional.match_at(keys, k).is_some() {
                return Some(later_predicate(sentence, keys, k + len, lexicon).unwrap_or(metric));
            }
            // ("more than 700 aftershocks have struck since", "…, and authorities have
            // identified 163 victims": after a perfect auxiliary a verb is active, object or
            // not, unless its subject undergoes it either way)
            if transitive && perfect && !lexicon.ergative_verbs.contains(keys[k]) {
                return None;
            }
            if passive || !(transitive && object_follows) {
                // ("two people taken to the hospital had died": a participle right after the
                // noun, with no auxiliary, is a reduced relative clause; a graver outcome
                // after an auxiliary later in the clause is the count's)
                // ("eight people who were injured in the blast died later": so is a relative
                // clause's own)
                let relative_clause = passive && lexicon.relative_pronouns.contains(keys[from]);
                // ("more than 100 people trapped in the fire have been rescued": so is a state
                // that ends the earlier one)
                if (!passive && k == from || relative_clause)
                    && let Some(later) =
                        main_verb_outcome(sentence, keys, k + len, lexicon).filter(|later| {
                            later.severity() > metric.severity()
                                || lexicon.later_states.contains(later)
                        })
                {
                    return Some(later);
                }
                // ("three patients were treated and later discharged": nor does a state that
                // ends it, joined to it, or a graver outcome: "treated and later succumbed")
                return Some(joined_later_state(keys, k + len, metric, lexicon).unwrap_or(metric));
            }
            return None;
        }
        if lexicon.auxiliaries.contains(keys[k]) {
            if lexicon.perfect_auxiliaries.contains(keys[k]) {
                perfect |= !passive;
            } else if lexicon.passive.contains(keys[k]) {
                perfect = false;
            }
            passive = true;
            k += 1;
            continue;
        }
        if adverb_before_outcome(keys, k, lexicon) {
            k += 1;
            continue;
        }
        // "58 people Orla Quellin said were unaccounted for", "the 40 people police say died"
        if !passive && let Some(after) = embedded_speech(sentence, keys, k, lexicon) {
            k = after;
            continue;
        }
        // "150 people who died" (but "gunmen who killed five people" did the killing; a bare
        // figure takes no such clause: "on Nov. 14 that killed 63")
        if !passive
            && k == from
            && lexicon.relative_pronouns.contains(keys[k])
            && !starts_count(keys, k - 1, lexicon)
        {
            // ("nine men who had distinct roles in the smuggling were arrested": a clause
            // with no outcome of its own runs to the main clause's auxiliary and outcome)
            k = relative_clause_end(sentence, keys, k + 1, lexicon).unwrap_or(k + 1);
            continue;
        }
        // "300 students and staff were abducted", "… and their teachers were": a group
        // joined to the counted noun shares its verb
        if !passive && k == from && lexicon.coordinators.contains(keys[k]) {
            let joined = (k + 1..keys.len().min(k + 2 + lexicon.noun_lookahead))
                .take_while(|&j| {
                    keys[j].chars().all(char::is_alphabetic)
                        && !starts_count(keys, j, lexicon)
                        && !lexicon.auxiliaries.contains(keys[j])
                        && lexicon.predicate.match_at(keys, j).is_none()
                })
                .find(|&j| plural_noun(keys, j, lexicon));
            if let Some(head) = joined {
                k = head + 1;
                continue;
            }
        }
        // "nearly 100, mostly firefighters, remained missing": an aside set off by commas
        // stands between the count and its verb
        if !passive
            && (k == from || which_ones_end == Some(k))
            && keys[k] == ","
            && let Some(close) = aside_before_verb(keys, k, lexicon)
        {
            k = close + 1;
            continue;
        }
        // ("among the 64 villagers, who were abducted when …": a relative clause set off with
        // no main verb after it tells their outcome)
        if !passive
            && k == from
            && keys[k] == ","
            && let Some(outcome) = relative_outcome(keys, k + 1, lexicon)
        {
            return Some(outcome);
        }
        if !passive
            && k == from
            && keys[k] == ","
            && lexicon.verb_at(keys, k + 1)
            && adds_to_count_before(keys, k, lexicon)
        {
            k += 1;
            continue;
        }
        // "111 victims at the District Hospital", "47 others have been taken to the Medical
        // College and Hospital" (but "150 soldiers in a military camp were trapped": a
        // passive outcome past the facility, in the same clause, is theirs)
        let outcome_past = || {
            (k + 1..keys.len().min(k + lexicon.predicate_window))
                .take_while(|&j| keys[j] != "," && !lexicon.clause_breaks.contains(keys[j]))
                .any(|j| {
                    lexicon.auxiliaries.contains(keys[j - 1])
                        && lexicon.predicate.match_at(keys, j).is_some()
                })
        };
        if (passive || k == from)
            && let Some(metric) = facility_outcome(sentence, keys, k, lexicon)
            && (passive || !outcome_past())
        {
            return Some(metric);
        }
        // "Seven children were among the 40 people abducted", "1,404 people among 2,059
        // injured are in a critical condition"
        if (passive || k == from)
            && let Some(metric) = member_of_count(sentence, keys, k, found, lexicon)
        {
            return Some(metric);
        }
        // 'were "potentially unaccounted for"', '16 people "were … injured"': a quotation mark
        // opens the outcome's words
        if (passive || k == from) && lexicon.quote_marks.contains(keys[k]) {
            k += 1;
            continue;
        }
        // "six members of the same clan were killed", "758 families living near the site
        // were evacuated": a phrase after the noun that says which ones, up to the verb
        let past_participle = k == from
            && has_ending(keys[k], &lexicon.past_participle_endings)
            && keys
                .get(k + 1)
                .is_some_and(|w| lexicon.participle_prepositions.contains(*w));
        let participle = || k == from && has_ending(keys[k], &lexicon.participle_endings);
        if !passive
            && (lexicon.noun_prepositions.contains(keys[k]) || participle() || past_participle)
        {
            // (a past participle's preposition may be an auxiliary too: "connected to")
            k += if past_participle { 2 } else { 1 };
            // (an auxiliary right after the preposition opens the phrase: "suspected of being
            // smugglers")
            let phrase_start = k;
            while k < keys.len()
                && steps < lexicon.predicate_window
                && (keys[k].chars().any(char::is_alphanumeric) || name_comma(k))
                && (k == phrase_start || !lexicon.auxiliaries.contains(keys[k]))
                && !lexicon.clause_breaks.contains(keys[k])
                && lexicon.predicate.match_at(keys, k).is_none()
            {
                k += 1;
                steps += 1;
            }
            which_ones_end = Some(k);
            continue;
        }
        // "Five guards – three wardens and two drivers – were arrested"
        if lexicon.aside_marks.contains_key(keys[k]) {
            k = aside_end(&sentence.tokens, keys, k, keys.len(), lexicon)? + 1;
            continue;
        }
        // "23 people had been found and taken to hospital", "were shot and killed": an
        // outcome no family names, joined to one a family does
        if passive
            && keys[k].chars().all(char::is_alphabetic)
            && keys
                .get(k + 1)
                .is_some_and(|w| lexicon.coordinators.contains(*w))
            && let Some((_, &metric)) = lexicon.predicate.match_at(keys, k + 2)
        {
            return Some(metric);
        }
        // ("the remaining six fell into the river and were presumed dead": a verb no family
        // names, then one joined to it that does, in the same clause)
        if !passive
            && k == from
            && keys[k].chars().all(char::is_alphabetic)
            && !lexicon.is_list_joint(keys[k])
        {
            return (k + 1..keys.len().min(k + lexicon.predicate_window))
                .take_while(|&j| {
                    keys[j] != ","
                        && !lexicon.clause_breaks.contains(keys[j])
                        && !starts_count(keys, j, lexicon)
                })
                .find(|&j| lexicon.coordinators.contains(keys[j]))
                .filter(|&and| {
                    lexicon
                        .auxiliaries
                        .contains(keys.get(and + 1).copied().unwrap_or(""))
                })
                .and_then(|and| outcome_at(keys, and + 1, lexicon));
        }
        if !lexicon.is_list_joint(keys[k]) {
            return None;
        }
        let next = k + 1;
        // "Seventeen people, two of whom were foreigners, were killed": a part picked by a
        // pronoun is an aside; "100 patients, four of whom died": its outcome is the part's
        // ("one of them a child": a part of one is no quantity)
        let pronoun_part = keys[k] == "," && starts_count(keys, next, lexicon) && {
            let number_end = found
                .binary_search_by_key(&next, |q| q.first)
                .map_or(next, |i| found[i].last);
            keys.get(number_end + 1)
                .is_some_and(|w| lexicon.partitive_links.contains(*w))
                && keys
                    .get(number_end + 2)
                    .is_some_and(|w| lexicon.partitive_pronouns.contains(*w))
        };
        if pronoun_part
            || lexicon.breakdown_markers.match_at(keys, next).is_some()
            || lexicon.appositives.match_at(keys, next).is_some()
        {
            // skip the aside up to its closing comma: the one the outcome follows when the aside
            // lists with commas of its own ("Three people, including a man, his wife and
            // another, were arrested")
            let window = next..keys.len().min(next + lexicon.aside_window);
            let closes = |j: usize| {
                keys[j] == ","
                    && (lexicon
                        .auxiliaries
                        .contains(keys.get(j + 1).copied().unwrap_or(""))
                        || lexicon.predicate.match_at(keys, j + 1).is_some())
            };
            // (an aside picking a part by a pronoun closes only before the whole's outcome)
            let any_comma = || {
                window
                    .clone()
                    .find(|&j| keys[j] == ",")
                    .filter(|_| !pronoun_part)
            };
            k = window.clone().find(|&j| closes(j)).or_else(any_comma)? + 1;
            continue;
        }
        let bare_comma = keys[k] == ","
            && !keys
                .get(next)
                .is_some_and(|n| lexicon.coordinators.contains(*n));
        let next = if keys
            .get(next)
            .is_some_and(|n| lexicon.coordinators.contains(*n))
        {
            next + 1
        } else {
            next
        };
        // ("85 students, not 240 abducted": a figure set against this one; "21 hostages and
        // all 33 insurgents had been killed": past the words that open a group)
        let next = lexicon.corrections.skip_at(keys, next);
        let determined = keys
            .get(next)
            .is_some_and(|n| lexicon.object_determiners.contains(*n));
        let next = lexicon.subject_openers.skip_at(keys, next);
        let after_qualifier = lexicon.qualifiers.skip_at(keys, next);
        // (quantities are in sentence order: a binary search, not a scan per step)
        let sibling = found
            .binary_search_by_key(&after_qualifier, |q| q.first)
            .ok()
            .map(|i| &found[i]);
        match sibling {
            Some(sibling) => {
                let phrase = noun_phrase(sentence, keys, sibling, lexicon);
                k = phrase.last.unwrap_or(sibling.last) + 1;
                // ("the crash claimed 270 lives, 87 victims have been identified": after a
                // bare comma, a count whose own auxiliary follows it opens a clause of its
                // own; "32 militants, 23 hostages killed" lists them)
                if bare_comma
                    && keys
                        .get(k)
                        .is_some_and(|w| lexicon.auxiliaries.contains(*w))
                {
                    return None;
                }
            }
            // "Two policemen and a civilian were killed", "five men and women were hurt",
            // "12 boys and their coach were rescued": an uncounted noun joins the list (a list
            // cut off by the sentence's end has no next word)
            None if determined
                || keys.get(next).is_some_and(|n| {
                    lexicon.single_determiners.contains(*n)
                        || lexicon.nouns.reading(n) == Reading::Plural
                }) =>
            {
                k = next + 1;
                while k < keys.len()
                    && (sentence.tokens[k].is_word() || name_comma(k))
                    && lexicon.predicate.match_at(keys, k).is_none()
                    && !lexicon.auxiliaries.contains(keys[k])
                {
                    k += 1;
                }
                // ("At least 19 dead, victims still being traced": after a bare comma, a
                // noun with no coordinator before its verb opens a clause of its own; a list
                // ends "…, their driver and a guard were killed")
                // (the words past the opener, which may have run to the sentence's end)
                let joined_by = || {
                    keys.iter()
                        .take(k)
                        .skip(next)
                        .any(|w| lexicon.coordinators.contains(*w))
                };
                if bare_comma && !joined_by() {
                    return None;
                }
            }
            None => return None,
        }
    }
    None
}

/// Whether the comma at `close` closes an aside adding others to a count, opened within the
/// aside window before it ("…, along with three civilians, were killed").
/// Where an aside opened by the comma at `comma` closes, right before a verb: one with no
/// outcome or count of its own ("Twenty-one firefighters, who arrived first, were killed"), a
/// relative clause, which may name an outcome of its own ("all 179 people, who could not be
/// rescued, died"), or one adding others or listing parts, counted or not ("Twelve soldiers,
/// along with three civilians, were killed").
fn aside_before_verb(keys: &[&str], comma: usize, lexicon: &Lexicon) -> Option<usize> {
    let relative = keys
        .get(comma + 1)
        .is_some_and(|w| lexicon.relative_pronouns.contains(*w));
    let adds_counts = lexicon.comitatives.match_at(keys, comma + 1).is_some()
        || lexicon
            .breakdown_markers
            .match_at(keys, comma + 1)
            .is_some();
    (comma + 1..keys.len().min(comma + 1 + lexicon.aside_window))
        .take_while(|&j| {
            (relative || lexicon.predicate.match_at(keys, j).is_none())
                && (adds_counts || !starts_count(keys, j, lexicon))
        })
        .find(|&j| keys[j] == ",")
        .filter(|&close| lexicon.verb_at(keys, close + 1))
}

/// Past the comma that closes a restatement of the subject, a count its opener and a comma
/// set off ("most of the crew, or some 40 sailors, were rescued"), when a verb follows:
/// the main clause's verb is the count's. Otherwise `after`, the token after the count.
fn past_restatement_close(keys: &[&str], start: usize, after: usize, lexicon: &Lexicon) -> usize {
    let opened = lexicon
        .restatement_openers
        .match_ending_at(keys, start)
        .is_some_and(|(opener, _)| opener > 0 && keys[opener - 1] == ",");
    if opened && keys.get(after) == Some(&",") && lexicon.verb_at(keys, after + 1) {
        after + 1
    } else {
        after
    }
}

fn adds_to_count_before(keys: &[&str], close: usize, lexicon: &Lexicon) -> bool {
    (close.saturating_sub(lexicon.aside_window)..close)
        .rev()
        .take_while(|&j| keys[j] != ",")
        .any(|j| j > 0 && keys[j - 1] == "," && lexicon.comitatives.match_at(keys, j).is_some())
}

/// Where an aside that a mark at `open` opens is closed, before `limit` and within the aside
/// window; none when `open` opens no aside or it runs on.
fn aside_end(
    tokens: &[Token<'_>],
    keys: &[&str],
    open: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let close = lexicon.aside_marks.get(keys[open])?;
    // (a hyphen inside a word closes nothing: "- including a Norland-based group -"; a dash
    // may touch the words it sets off: "120—mostly pupils—still missing")
    let inside_word = |k: usize| {
        keys[k] == "-"
            && k + 1 < tokens.len()
            && tokens[k].touches(&tokens[k - 1])
            && tokens[k + 1].touches(&tokens[k])
    };
    (open + 1..limit.min(open + lexicon.aside_window))
        .find(|&k| keys[k] == close.as_str() && !inside_word(k))
}

/// The outcome of those a facility at `at` holds: a verb that moves them there or keeps them
/// (perhaps), a preposition, then a name with a facility word in it ("taken to the Medical
/// College and Hospital", "at the district hospital", "in morgues").
fn facility_outcome(
    sentence: &Sentence<'_>,
    keys: &[&str],
    at: usize,
    lexicon: &Lexicon,
) -> Option<Metric> {
    let mut k = at;
    while keys
        .get(k)
        .is_some_and(|w| lexicon.facility_verbs.contains(*w))
    {
        k += 1;
    }
    // ("spent Sunday in makeshift shelters", "spending a fourth night in the open": past how
    // long the stay lasts, at the facility or at a state named like one)
    if k > at {
        k = match keys.get(k) {
            Some(day) if lexicon.weekdays.contains(*day) => k + 1,
            _ => lexicon.facility_stays.skip_at(keys, k),
        };
        if let Some((_, &metric)) = lexicon.predicate.match_at(keys, k) {
            return Some(metric);
        }
    }
    // ("taken by ambulance or bus to Memorial Hospital": past the means, words only)
    if k > at && lexicon.means_prepositions.contains(keys.get(k)?) {
        let window = keys.len().min(k + 1 + lexicon.facility_window);
        k = (k + 1..window)
            .take_while(|&j| sentence.tokens[j].is_word())
            .find(|&j| lexicon.facility_prepositions.contains(keys[j]))?;
    }
    // ("had packed the fishing boat": or the verb's object)
    let name_start = if lexicon.facility_prepositions.contains(keys.get(k)?) {
        k + 1
    } else if k > at && lexicon.facility_object_verbs.contains(keys[k - 1]) {
        k
    } else {
        return None;
    };
    let name_end = keys.len().min(name_start + lexicon.facility_window);
    (name_start..name_end)
        .take_while(|&j| {
            let token = &sentence.tokens[j];
            // ("staying in 1,142 evacuation centers", "in about 1500+ relief camps": a count
            // of the facilities too)
            // ("on the 20- to 30 metre-long boat": a hyphenated measure before the name)
            token.is_word()
                || token.is_digits()
                || token.text == "-"
                || (token.text == "+" && sentence.tokens[j - 1].is_digits())
                || token.is_possessive()
                || lexicon.name_joiners.contains(keys[j])
                // ("taken to St. Mary hospitals": an abbreviation's stop inside the name)
                || (token.text == "."
                    && j > name_start
                    && lexicon.abbreviations.contains(keys[j - 1]))
        })
        .find_map(|j| {
            let (len, &metric) = lexicon.facilities.match_at(keys, j)?;
            // ("the 67 victims in the plane crash": a conveyance naming the noun after it is
            // no place anyone was)
            let modifies_noun = sentence.tokens.get(j + len).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && !lexicon.not_nouns.contains(keys[j + len])
                    && lexicon.nouns.reading(keys[j + len]) == crate::text::nouns::Reading::Noun
            });
            (!modifies_noun).then_some(metric)
        })
}

/// Whether a bare figure starts at `at` with an outcome right after it: the next item of a
/// headline's list ("41 killed 133 injured"), not an object ("killed five people").
fn counted_with_outcome(keys: &[&str], at: usize, found: &[Quantity], lexicon: &Lexicon) -> bool {
    found
        .binary_search_by_key(&at, |q| q.first)
        .is_ok_and(|count| {
            lexicon
                .predicate
                .match_at(keys, found[count].last + 1)
                .is_some()
        })
}

/// The outcome of a group that a membership phrase at `at` leads to: a count ("among the 40
/// people abducted", "among the 150 people who died": its noun's own, or an outcome right after
/// it, past a relative pronoun and auxiliaries), or a group named by its outcome ("among the
/// dead", "among those who died") or its noun ("among victims").
fn member_of_count(
    sentence: &Sentence<'_>,
    keys: &[&str],
    at: usize,
    found: &[Quantity],
    lexicon: &Lexicon,
) -> Option<Metric> {
    let (len, _) = lexicon.membership.match_at(keys, at)?;
    let start = lexicon.qualifiers.skip_at(keys, at + len);
    let Ok(group) = found.binary_search_by_key(&start, |q| q.first) else {
        // ("among the tourists killed": past a plural with no outcome of its own)
        let start = match keys.get(start) {
            Some(noun)
                if lexicon.noun_outcome(noun).is_none() && plural_noun(keys, start, lexicon) =>
            {
                start + 1
            }
            _ => start,
        };
        let k = past_auxiliaries(keys, start, lexicon, |w| {
            lexicon.relative_pronouns.contains(w)
        });
        // ("Over 20 orphans among victims": a group's noun, by its own or usual outcome)
        return lexicon
            .nominal
            .match_at(keys, k)
            .or_else(|| lexicon.predicate.match_at(keys, k))
            .map(|(_, &metric)| metric)
            .or_else(|| lexicon.noun_outcome(keys.get(k)?));
    };
    let group = &found[group];
    let phrase = noun_phrase(sentence, keys, group, lexicon);
    let k = past_auxiliaries(keys, phrase.last.unwrap_or(group.last) + 1, lexicon, |w| {
        lexicon.relative_pronouns.contains(w)
    });
    phrase
        .implied
        .or_else(|| {
            lexicon
                .predicate
                .match_at(keys, k)
                .map(|(_, &metric)| metric)
        })
        .or(phrase.participle)
        .or(phrase.usual)
}

/// Who the members of a group are, named after a copula from `from` ("… were police
/// officers", "… are foreigners"): a subject class, or a plural noun as a named group.
fn complement_subject(keys: &[&str], from: usize, lexicon: &Lexicon) -> Option<Subject> {
    let (complement, _) = complement_after(keys, from, lexicon)?;
    subject_of_complement(keys, complement, lexicon)
}

/// The members a complement starting at `complement` names (see [`complement_subject`]).
fn subject_of_complement(keys: &[&str], complement: usize, lexicon: &Lexicon) -> Option<Subject> {
    // ("were foreign nationals": modifiers, then the plural that heads them; but "were
    // released without charges" names an outcome, no group)
    if lexicon.predicate.match_at(keys, complement).is_some() {
        return None;
    }
    // ("were army and paramilitary soldiers": a class past modifiers joined by "and")
    let class = (complement..keys.len().min(complement + 1 + 2 * lexicon.noun_lookahead))
        .take_while(|&j| {
            keys[j].chars().all(char::is_alphabetic)
                && (!lexicon.not_nouns.contains(keys[j]) || lexicon.coordinators.contains(keys[j]))
        })
        .find_map(|j| lexicon.subjects.match_at(keys, j).map(|found| (j, found)));
    // ("were police vehicles": a class before a plural of no class only modifies it)
    let modifies_plural = |(j, (len, _)): (usize, (usize, &Subject))| {
        keys.get(j + len).is_some_and(|next| {
            lexicon.nouns.reading(next) == Reading::Plural
                && lexicon.subjects.match_at(keys, j + len).is_none()
        })
    };
    if let Some((_, (_, subject))) = class.filter(|&found| !modifies_plural(found)) {
        return Some(subject.clone());
    }
    let head = (complement..keys.len().min(complement + 1 + lexicon.noun_lookahead))
        .take_while(|&j| {
            keys[j].chars().all(char::is_alphabetic) && !lexicon.not_nouns.contains(keys[j])
        })
        .find(|&j| lexicon.nouns.reading(keys[j]) == Reading::Plural)?;
    Some(Subject::Other(
        lexicon.named_group(&keys[complement..=head]),
    ))
}

/// Where the complement of a copula from `from` starts, past its auxiliaries and a member link
/// ("were identified as"), and whether a member link was passed; none without an auxiliary.
fn complement_after(keys: &[&str], from: usize, lexicon: &Lexicon) -> Option<(usize, bool)> {
    // ("132 of those killed [on] Tuesday were children": the day the group was counted)
    let weekday = |k: usize| keys.get(k).is_some_and(|w| lexicon.weekdays.contains(*w));
    let from = match keys.get(from) {
        Some(w) if lexicon.time_filler.contains(*w) && weekday(from + 1) => from + 2,
        Some(_) if weekday(from) => from + 1,
        _ => from,
    };
    let complement = past_auxiliaries(keys, from, lexicon, |_| false);
    if complement == from {
        return None;
    }
    Some(match lexicon.member_links.match_at(keys, complement) {
        Some((len, _)) => (complement + len, true),
        None => (complement, false),
    })
}

/// A group opening the sentence before a comma, whose members the count right after the comma
/// is: "Among those confirmed killed, 20 are foreigners", "Of the 22 dead, 20 are foreigners".
struct FrontedGroup {
    comma: usize,
    /// The outcome a membership phrase names ("among those killed").
    outcome: Option<Metric>,
    /// The count a partitive names ("of the 22 dead"), by its index in the sentence's quantities.
    whole: Option<usize>,
}

fn fronted_group(
    sentence: &Sentence<'_>,
    keys: &[&str],
    found: &[Quantity],
    lexicon: &Lexicon,
) -> Option<FrontedGroup> {
    // (at the sentence's start, or after a clause opener: "… said that of the 278 bodies, 177
    // have been identified")
    let after_opener = keys
        .iter()
        .position(|k| lexicon.clause_openers.contains(*k))
        .map(|opener| opener + 1);
    // ("Police said of the 30 wounded men, three died": or right after a verb of speech)
    let after_speech = keys
        .iter()
        .position(|k| lexicon.speech.contains(*k))
        .map(|verb| verb + 1);
    // ("… were still missing and of the 70 declared dead, 14 were found in the tunnel": or
    // opening a clause joined by a coordinator)
    let after_coordinator = keys
        .iter()
        .enumerate()
        .filter(|&(at, _)| coordinator_opens_group(keys, at, lexicon))
        .map(|(at, _)| at + 1);
    // ("According to the police, of the deceased, 20 are male": or after a phrase set off
    // before it)
    let after_first_comma = keys.iter().position(|&k| k == ",").map(|comma| comma + 1);
    std::iter::once(0)
        .chain(after_opener)
        .chain(after_speech)
        .chain(after_first_comma)
        .chain(after_coordinator)
        .find_map(|open| group_at(sentence, keys, open, found, lexicon))
}

/// Whether a coordinator at `at` opens a group of its own ("… and of the 70 declared dead").
fn coordinator_opens_group(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    lexicon.coordinators.contains(keys[at])
        && lexicon.group_openers.match_at(keys, at + 1).is_some()
}

fn group_at(
    sentence: &Sentence<'_>,
    keys: &[&str],
    open: usize,
    found: &[Quantity],
    lexicon: &Lexicon,
) -> Option<FrontedGroup> {
    let comma = open
        + keys
            .get(open..)?
            .iter()
            .take(lexicon.nominal_window)
            .position(|&k| k == ",")?;
    if lexicon.membership.match_at(keys, open).is_some() {
        let outcome = member_of_count(sentence, keys, open, found, lexicon);
        return Some(FrontedGroup {
            comma,
            outcome,
            whole: None,
        });
    }
    let head = open + lexicon.group_openers.match_at(keys, open)?.0;
    let head_word = keys
        .get(head)
        .is_some_and(|head| lexicon.partitive_heads.contains(*head));
    if !head_word && !found.iter().any(|q| q.first == head) {
        return None;
    }
    // ("Of those, 6,453 were homes": a pronoun alone refers back to the count before)
    if head_word && head + 1 == comma {
        return Some(FrontedGroup {
            comma,
            outcome: None,
            whole: None,
        });
    }
    match found.iter().position(|q| q.first > open && q.last < comma) {
        Some(whole) => Some(FrontedGroup {
            comma,
            outcome: None,
            whole: Some(whole),
        }),
        // ("Of the dead, 12 were children": a group named by its outcome, with no count; "Of
        // those who died, 48 were women": or by its outcome's verb)
        None => (open..comma)
            .find_map(|k| {
                lexicon
                    .nominal
                    .match_at(keys, k)
                    .or_else(|| lexicon.predicate.match_at(keys, k))
                    .map(|(_, &metric)| metric)
                    .or_else(|| lexicon.noun_outcome(keys[k]))
            })
            .map(|outcome| FrontedGroup {
                comma,
                outcome: Some(outcome),
                whole: None,
            }),
    }
}

/// Whether the auxiliaries after a count (from `from`) hedge its outcome ("300 feared dead").
fn hedged(keys: &[&str], from: usize, lexicon: &Lexicon) -> bool {
    let end = past_auxiliaries(keys, from, lexicon, |_| false);
    keys[from..end].iter().any(|w| lexicon.hedges.contains(*w))
        && lexicon.predicate.match_at(keys, end).is_some()
}

/// Where a relative clause starting at `from` with no outcome or count of its own ends: at an
/// auxiliary, after a word, that leads to an outcome or a facility that gives one.
fn relative_clause_end(
    sentence: &Sentence<'_>,
    keys: &[&str],
    from: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let window = (from + lexicon.predicate_window).min(keys.len());
    let mut k = from;
    while k < window {
        // ("divers who went to help the wounded have died": past a purpose's words)
        if let Some(purpose_end) = purpose_clause_end(sentence, keys, k, window, lexicon) {
            k = purpose_end;
            continue;
        }
        if !sentence.tokens[k].is_word()
            || lexicon.predicate.match_at(keys, k).is_some()
            || lexicon.clause_breaks.contains(keys[k])
            || starts_count(keys, k, lexicon)
        {
            return None;
        }
        let leads_to_outcome = lexicon.auxiliaries.contains(keys[k])
            && !lexicon.auxiliaries.contains(keys[k - 1])
            && {
                let verb = past_auxiliaries(keys, k, lexicon, |_| false);
                lexicon.predicate.match_at(keys, verb).is_some()
                    || facility_outcome(sentence, keys, verb, lexicon).is_some()
            };
        if leads_to_outcome {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// The state joined by a coordinator to the outcome `first` ending before `at` that ends that
/// outcome (`later_states`: "treated and discharged", "injured and later rescued") or is graver
/// ("treated and later succumbed").
fn joined_later_state(
    keys: &[&str],
    at: usize,
    first: Metric,
    lexicon: &Lexicon,
) -> Option<Metric> {
    keys.get(at)
        .filter(|joint| lexicon.coordinators.contains(**joint))?;
    let verb = past_auxiliaries(keys, at + 1, lexicon, |word| lexicon.is_adverb(word));
    lexicon
        .predicate
        .match_at(keys, verb)
        .map(|(_, &metric)| metric)
        .filter(|later| {
            // ("unaccounted for and feared dead": a hedged graver outcome is only feared)
            let hedged = keys[at + 1..verb]
                .iter()
                .any(|word| lexicon.hedges.contains(*word));
            lexicon.later_states.contains(later) || later.severity() > first.severity() && !hedged
        })
}

/// The token after the auxiliaries that start at `from` (and the words `also` passes over),
/// within the outcome window.
fn past_auxiliaries(
    keys: &[&str],
    from: usize,
    lexicon: &Lexicon,
    also: impl Fn(&str) -> bool,
) -> usize {
    let window = (from + lexicon.predicate_window).min(keys.len());
    (from..window)
        .find(|&k| !lexicon.auxiliaries.contains(keys[k]) && !also(keys[k]))
        .unwrap_or(window)
}

/// The token after a speaker and speech verb set inside a clause at `at` ("… people [Levine
/// Cava said] were unaccounted for"): a name, or a role with its determiner, of a few words.
fn embedded_speech(
    sentence: &Sentence<'_>,
    keys: &[&str],
    at: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let speaker_words = sentence.tokens[at..]
        .iter()
        .zip(&keys[at..])
        .take(lexicon.embedded_speaker_words)
        .take_while(|(token, key)| {
            token.is_word()
                && !lexicon.speech.contains(**key)
                && (token.is_capitalized()
                    || lexicon.roles.contains(**key)
                    || lexicon.determiners.contains(**key))
        })
        .count();
    let verb = at + speaker_words;
    (speaker_words > 0 && keys.get(verb).is_some_and(|v| lexicon.speech.contains(*v)))
        .then_some(verb + 1)
}

/// Where a bare figure's people come from, named right after it past auxiliaries.
enum Origin {
    /// A country, by its demonym ("37 were from Azerbaijan", "six from the United Kingdom").
    Country(&'static str),
    /// Another place ("15 are from Jharkhand").
    Place,
}

fn origin_named(
    sentence: &Sentence<'_>,
    keys: &[&str],
    from: usize,
    lexicon: &Lexicon,
) -> Option<Origin> {
    let origin = past_auxiliaries(keys, from, lexicon, |_| false);
    if !lexicon.noun_origins.contains(*keys.get(origin)?) {
        return None;
    }
    let mut name = origin + 1;
    if keys
        .get(name)
        .is_some_and(|w| lexicon.articles.contains(*w))
    {
        name += 1;
    }
    let end = (name..keys.len())
        .take_while(|&k| sentence.tokens[k].is_capitalized())
        .last()?
        + 1;
    let place = super::text::joined(&sentence.tokens[name..end], |t| t.text);
    Some(countries::demonym_of_country(&place).map_or(Origin::Place, Origin::Country))
}

/// A verb no metric family names, after the count's noun phrase and its auxiliaries ("were
/// enrolled", "capsized"), lower-cased; without an auxiliary it must take no object ("20 boats
/// capsized near the port", not "five men robbed a bank").
fn unnamed_outcome(
    sentence: &Sentence<'_>,
    keys: &[&str],
    from: usize,
    needs_auxiliary: bool,
    lexicon: &Lexicon,
) -> Option<String> {
    let k = past_auxiliaries(keys, from, lexicon, |_| false);
    let auxiliary = k > from;
    let token = sentence.tokens.get(k)?;
    let word = keys[k];
    let verb_like = has_ending(word, &lexicon.verb_endings);
    let no_object = keys.get(k + 1).is_none_or(|next| {
        !next.chars().any(char::is_alphanumeric) || lexicon.after_predicate.contains(*next)
    });
    // (a family's own word is no unnamed outcome: "Twenty-two of the 29 crew members
    // survived" is the part's)
    let known = lexicon.predicate.match_at(keys, k).is_some()
        || lexicon.not_nouns.contains(word)
        || lexicon.after_predicate.contains(word)
        || lexicon.clause_breaks.contains(word)
        || lexicon.speech.contains(word);
    (token.is_word()
        && !token.is_capitalized()
        && verb_like
        && !known
        && (auxiliary || (!needs_auxiliary && no_object)))
        .then(|| word.to_owned())
}

/// Whether the count starting at `first` starts its sentence or clause (the subject of what
/// follows it).
fn begins_clause(keys: &[&str], first: usize, lexicon: &Lexicon) -> bool {
    first.checked_sub(1).is_none_or(|before| {
        keys[before] == ","
            || lexicon.clause_breaks.contains(keys[before])
            || lexicon.coordinators.contains(keys[before])
    })
}

/// Whether the clause ends at token `at`: the sentence does, or a mark, a clause break or a
/// coordinator stands there ("… 65 are women and 36 men.", "injured, 20 critically, and").
fn clause_ends_at(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    keys.get(at).is_none_or(|&w| {
        !w.chars().any(char::is_alphanumeric)
            || lexicon.clause_breaks.contains(w)
            || lexicon.coordinators.contains(w)
    })
}

/// The nearest outcome named before `at`, as a figure's name, a predicate or an active verb,
/// within the nominal window ("Deaths were reported in Amberly (9)").
fn outcome_before(keys: &[&str], at: usize, lexicon: &Lexicon) -> Option<Metric> {
    let before = &keys[..at];
    (at.saturating_sub(lexicon.nominal_window)..at)
        .rev()
        .find_map(|k| {
            lexicon
                .nominal
                .match_at(before, k)
                .or_else(|| lexicon.predicate.match_at(before, k))
                .or_else(|| lexicon.active.match_at(before, k))
        })
        .map(|(_, &metric)| metric)
}

/// Whether a place follows the figure ending at `last`: "in Syria", "each from China".
fn place_follows(sentence: &Sentence<'_>, keys: &[&str], last: usize, lexicon: &Lexicon) -> bool {
    let mut k = last + 1;
    // ("12 each in …", "42 were in Nippes")
    while keys.get(k).is_some_and(|w| {
        lexicon.distributive_words.contains(*w) || lexicon.auxiliaries.contains(*w)
    }) {
        k += 1;
    }
    let named = |at: usize| {
        sentence
            .tokens
            .get(at)
            .is_some_and(|t| t.is_capitalized() && !lexicon.not_places.contains(keys[at]))
    };
    // "seven in the north", "12 in the capital"
    let region = |at: usize| {
        keys.get(at).is_some_and(|w| lexicon.articles.contains(*w))
            && keys
                .get(at + 1)
                .is_some_and(|w| lexicon.regions.contains(*w))
    };
    // ("41 at the Central Mosque": or a name after an article)
    let named_after_article =
        |at: usize| keys.get(at).is_some_and(|w| lexicon.articles.contains(*w)) && named(at + 1);
    keys.get(k)
        .is_some_and(|w| lexicon.origin_prepositions.contains(*w))
        && (named(k + 1) || region(k + 1) || named_after_article(k + 1))
}

/// Whether a draft's noun can be what its number counts: a plural for more than one (or a
/// vague quantity), and a figure of at least the lexicon's `min_value`.
fn counted_noun_agrees(draft: &CountDraft, keys: &[&str], lexicon: &Lexicon) -> bool {
    let Some(noun) = draft.phrase.noun.as_deref() else {
        return false;
    };
    // ("one gunman opened fire": how many attacked is a count, one too)
    let lone_attacker = || {
        draft.quantity.value == Some(1)
            && draft.phrase.subject == Some(Subject::Militants)
            && draft
                .phrase
                .last
                .is_some_and(|last| lexicon.attacker_verbs.match_at(keys, last + 1).is_some())
    };
    if draft
        .quantity
        .value
        .is_some_and(|v| v < lexicon.min_other_value)
    {
        return lone_attacker();
    }
    let head = head_noun(noun);
    // ("a 10-member team": the compound makes a singular noun a group of that size)
    lexicon.is_plural(&head)
        || sizes_group(keys, draft.quantity.last, lexicon)
        || group_sized_before(keys, draft.quantity.first, lexicon).is_some()
}

/// Whether a draft counts organisations, businesses or facilities (`not_counted_alone`),
/// which are a claim only with something done to them.
fn counts_facilities(draft: &CountDraft, lexicon: &Lexicon) -> bool {
    draft
        .phrase
        .noun
        .as_deref()
        .is_some_and(|noun| lexicon.not_counted_alone.contains(&head_noun(noun)))
}

/// Whether a draft counts a place's people or homes, its possessive right before the figure
/// ("Norway's 5 million inhabitants", "the city's 300,000 residents") or the place after them
/// ("the 300 residents of the village", "40 houses in the hamlet"): with nothing said of
/// them, its population. A group a hyphen compound sizes is one the place sent ("the
/// country's 60-strong team").
fn counts_population(
    draft: &CountDraft,
    tokens: &[Token<'_>],
    keys: &[&str],
    lexicon: &Lexicon,
) -> bool {
    let sized = keys.get(draft.quantity.last + 1) == Some(&"-");
    let owned = || {
        draft.first.checked_sub(1).is_some_and(|owner| {
            let owner = &tokens[owner];
            owner.is_possessive()
                && (owner.is_capitalized()
                    || (lexicon.place_nouns).contains(key_of(owner.without_possessive()).as_ref()))
        })
    };
    let placed_after = || {
        draft
            .phrase
            .last
            .is_some_and(|last| population_place_at(keys, last + 1, lexicon))
    };
    !sized && (owned() || placed_after())
}

/// Whether a population's place opens at `at`: a link, an article or possessive and a place
/// noun ("in the village", "of their town").
fn population_place_at(keys: &[&str], at: usize, lexicon: &Lexicon) -> bool {
    matches!(keys.get(at..), Some([link, determiner, place, ..])
        if lexicon.population_links.contains(*link)
            && lexicon.is_determiner(determiner)
            && lexicon.place_nouns.contains(*place))
}

/// The last word of a counted noun, lower-cased: its head ("garment factories": factories).
fn head_noun(noun: &str) -> String {
    noun.rsplit(' ').next().unwrap_or(noun).to_lowercase()
}

struct Nominal {
    start: usize,
    metric: Metric,
    subject: Option<Subject>,
}

/// "bringing to 58 the number of those confirmed dead", "raising to 41 the death toll": a
/// figure a verb moves, named right after it (perhaps past an article), up to the end of its
/// clause, a comma or a coordinator. The name is read as if it stood before the figure, the
/// longest that reads so; the claim starts at the figure.
fn nominal_after(
    keys: &[&str],
    qual_start: usize,
    last: usize,
    lexicon: &Lexicon,
) -> Option<Nominal> {
    let from = last + 1;
    let stretch = keys[from..]
        .iter()
        .take(lexicon.nominal_window)
        .take_while(|w| {
            !lexicon.clause_breaks.contains(**w)
                && !lexicon.coordinators.contains(**w)
                && w.chars().any(char::is_alphanumeric)
        })
        .count();
    let opening = usize::from(
        keys.get(from)
            .is_some_and(|w| lexicon.articles.contains(*w)),
    );
    (from + 1..=from + stretch).rev().find_map(|end| {
        let named = nominal_metric(&keys[from..end], end - from, lexicon)?;
        (named.start <= opening).then_some(Nominal {
            start: qual_start,
            ..named
        })
    })
}

/// "a death toll of five", "the number of detained suspects has risen to 23": a figure
/// named before the number, with only linking words (and the counted noun) between.
/// Where the counted noun ending at `end` starts, and its class: a class's name, or a plural
/// of no class ("the number of houses destroyed").
fn counted_noun_ending_at(
    keys: &[&str],
    end: usize,
    lexicon: &Lexicon,
) -> Option<(usize, Subject)> {
    (end.saturating_sub(lexicon.noun_lookahead)..end)
        .find_map(|noun| {
            lexicon
                .subjects
                .match_at(keys, noun)
                .filter(|(len, _)| noun + len == end)
                .map(|(_, subject)| (noun, subject.clone()))
        })
        .or_else(|| {
            let noun = end.checked_sub(1)?;
            plural_noun(keys, noun, lexicon)
                .then(|| (noun, Subject::Other(lexicon.named_group(&keys[noun..end]))))
        })
}

/// An outcome and the noun it counts, ending at `end` ("missing people", "the deceased
/// passengers"): named from the outcome.
fn outcome_and_noun_ending_at(keys: &[&str], end: usize, lexicon: &Lexicon) -> Option<Nominal> {
    let (noun, subject) = counted_noun_ending_at(keys, end, lexicon)?;
    let (start, &metric) = lexicon.predicate.match_ending_at(keys, noun)?;
    Some(Nominal {
        start,
        metric,
        subject: Some(subject),
    })
}

fn nominal_metric(keys: &[&str], qual_start: usize, lexicon: &Lexicon) -> Option<Nominal> {
    let before = &keys[..qual_start];
    // "missing people (124), injured people (806)", "rescued animals: 11,002": a figure set
    // off right after an outcome and the noun it counts
    // (a figure in brackets with a noun of its own is no label's: "injured people (12
    // children)")
    let closes_after_figure = |close: &String| {
        let end = match keys.get(qual_start + 1) {
            Some(scale) if lexicon.scales.contains_key(*scale) => qual_start + 2,
            _ => qual_start + 1,
        };
        keys.get(end) == Some(&close.as_str())
    };
    let labelled_outcome = qual_start.checked_sub(1).and_then(|mark| {
        let set_off = match lexicon.aside_marks.get(before[mark]) {
            Some(close) => closes_after_figure(close),
            None => lexicon.label_marks.contains(before[mark]),
        };
        if !set_off {
            return None;
        }
        outcome_and_noun_ending_at(before, mark, lexicon)
    });
    if let Some(labelled) = labelled_outcome {
        return Some(labelled);
    }
    // (stress on the figure: "rose to a whopping 212")
    let stressed_from = stress_start(keys, qual_start, lexicon);
    for start in (qual_start.saturating_sub(lexicon.nominal_window)..qual_start).rev() {
        // "the number of detained suspects": a figure named by its outcome, perhaps after
        // the noun it counts ("the number of people unaccounted for")
        let mut counted = None;
        // ("the number of severely damaged houses": past an adverb of the outcome)
        let adverb_before = start.checked_sub(1).filter(|&k| {
            lexicon.is_adverb(before[k]) && lexicon.predicate.match_at(before, start).is_some()
        });
        let figure_of = lexicon
            .figure_of
            .match_ending_at(before, start)
            .or_else(|| lexicon.figure_of.match_ending_at(before, adverb_before?))
            .map(|(s, _)| s)
            .or_else(|| {
                // ("the count of troops believed to have been killed": past auxiliaries)
                let verb_start = before[..start]
                    .iter()
                    .rposition(|w| !lexicon.auxiliaries.contains(*w))
                    .map_or(0, |last| last + 1);
                let (noun, subject) = counted_noun_ending_at(before, verb_start, lexicon)?;
                // ("the number of U.S. troops killed": past the noun's modifiers)
                let (of, _) = (noun.saturating_sub(lexicon.noun_lookahead)..=noun)
                    .rev()
                    .take_while(|&end| end == noun || !lexicon.clause_breaks.contains(before[end]))
                    .find_map(|end| lexicon.figure_of.match_ending_at(before, end))?;
                counted = Some(subject);
                Some(of)
            });
        // ("the number of flood victims": a noun whose count has a usual outcome names the
        // figure, past one word that says what kind)
        let (figure_of, usual) = match figure_of {
            // ("the number of refugees recorded as of today is 73,874": or right after it)
            Some(of) => (Some(of), lexicon.usual_metric.get(before[start])),
            None => start
                .checked_sub(1)
                .filter(|&kind| {
                    before[kind].chars().all(char::is_alphabetic)
                        && !lexicon.clause_breaks.contains(before[kind])
                })
                .and_then(|kind| lexicon.figure_of.match_ending_at(before, kind))
                .and_then(|(of, _)| {
                    Some((Some(of), Some(lexicon.usual_metric.get(before[start])?)))
                })
                .unwrap_or((None, None)),
        };
        // ("those who died numbered 33", "those rushed to hospital were 40": the people an
        // outcome befell, named by a demonstrative, perhaps past a relative pronoun and
        // auxiliaries)
        let befell_those = || {
            let named_by = before[..start].iter().rposition(|w| {
                !lexicon.auxiliaries.contains(*w) && !lexicon.relative_pronouns.contains(*w)
            })?;
            lexicon
                .demonstrative_people
                .contains(before[named_by])
                .then(|| lexicon.predicate.match_at(before, start))
                .flatten()
        };
        let named = lexicon
            .nominal
            .match_at(before, start)
            .or_else(|| {
                figure_of
                    .is_some()
                    .then(|| lexicon.predicate.match_at(before, start))
                    .flatten()
            })
            .or_else(befell_those)
            .or_else(|| usual.map(|metric| (1, metric)));
        let Some((len, &metric)) = named else {
            continue;
        };
        // ("the storm-affected villages": the tail of a hyphenated compound describes the
        // noun after it and names no figure)
        if start > 0 && before[start - 1] == "-" {
            continue;
        }
        // ("the toll among the captives": a noun after another figure's name and a group
        // preposition is the group that figure counts)
        let group_at = match start.checked_sub(1) {
            Some(k) if lexicon.articles.contains(before[k]) => k.checked_sub(1),
            k => k,
        };
        if group_at.is_some_and(|k| {
            lexicon.group_prepositions.contains(before[k])
                && lexicon.nominal.match_ending_at(before, k).is_some()
        }) {
            continue;
        }
        // ("the number of survivors remains 104", "remains at 52,000": a name that moves the
        // figure after it is a verb; so is one after a pronoun, "it remains high, surpassing
        // 1,000 aftershocks")
        if len == 1
            && lexicon.toll_verbs.contains(before[start])
            && start > 0
            && ((start + 1..qual_start).all(|k| {
                lexicon.moved_to.contains(before[k])
                    || lexicon.figure_prepositions.contains(before[k])
            }) || [
                &lexicon.group_pronouns,
                &lexicon.person_pronouns,
                &lexicon.relative_pronouns,
            ]
            .iter()
            .any(|pronouns| pronouns.contains(before[start - 1])))
        {
            continue;
        }
        // ("the crash that killed all but one of the 242 people on board … has risen to 274":
        // the noun of another count names no figure; nor does its outcome, perhaps hedged:
        // "over 5300 presumed dead thousands missing")
        let unhedged = before[..start]
            .iter()
            .rposition(|w| !lexicon.hedges.contains(*w))
            .map_or(0, |last| last + 1);
        if [start, unhedged]
            .iter()
            .filter_map(|at| at.checked_sub(1))
            .any(|counted| starts_count(before, counted, lexicon))
        {
            continue;
        }
        // prefer the longer name that ends here too: "death toll" over "toll", "missing or
        // dead" over "dead"
        let (start, len, metric) = match lexicon.nominal.match_ending_at(before, start + len) {
            Some((longer, &its)) if longer < start => (longer, start + len - longer, its),
            _ => (start, len, metric),
        };
        // "their first official death toll—59—", "those killed -- 97 --", "Deaths - 1,061":
        // the figure set off right after its name
        let mark = before.get(start + len).copied().unwrap_or_default();
        let labelled = lexicon.label_marks.contains(mark);
        // ("the death toll — then 16": perhaps past a word that dates the figure)
        let figure_at = match before.get(start + len + 1) {
            Some(word) if lexicon.moved_to.contains(*word) => start + len + 2,
            _ => start + len + 1,
        };
        if figure_at == qual_start && (lexicon.aside_marks.contains_key(mark) || labelled) {
            // ("Houses damaged: 37,500": the noun before a key figure's outcome is counted)
            let noun = start.checked_sub(1).filter(|_| labelled);
            let subject = noun.and_then(|noun| match lexicon.subjects.match_at(before, noun) {
                Some((1, subject)) => Some(subject.clone()),
                _ => lexicon
                    .is_plural(before[noun])
                    .then(|| Subject::Other(lexicon.named_group(&before[noun..=noun]))),
            });
            return Some(Nominal {
                start: noun
                    .filter(|_| subject.is_some())
                    .or(figure_of)
                    .unwrap_or(start),
                metric,
                subject,
            });
        }
        let mut subject = counted;
        // Between the name and the number: words only (the counted noun, "from the
        // cyclone"), ending in a linking verb or preposition ("rose to", "of"). A noun after
        // a cause ("the toll from the terrorist attack") is not what is counted.
        let mut k = start + len;
        let mut cause = false;
        let mut group_named = false;
        // (a plural-looking word that moves the figure is a verb: "Number of Missing Falls
        // to 31", "has risen")
        let verb_like = |k: usize| {
            lexicon.toll_verbs.contains(before[k])
                || lexicon.auxiliaries.contains(before[k])
                || before.get(k + 1).is_none_or(|next| {
                    lexicon.moved_to.contains(*next) || lexicon.figure_prepositions.contains(*next)
                })
        };
        // ("the death toll of expatriates reached 14": a group right after "of" is who the
        // figure counts, no cause)
        let group_of = |k: usize| {
            k == start + len
                && lexicon.group_of.contains(before[k])
                && (lexicon
                    .subjects
                    .match_at(before, k + 1)
                    .is_some_and(|(_, found)| *found != Subject::Places)
                    || before
                        .get(k + 1)
                        .is_some_and(|noun| lexicon.group_of_phrase(&[noun]).is_some()))
        };
        while k < qual_start {
            let opens_group = group_of(k);
            cause |= lexicon.cause_prepositions.contains(before[k]) && !opens_group;
            group_named |= opens_group || lexicon.group_prepositions.contains(before[k]);
            if let Some((len, found)) = lexicon.subjects.match_at(before, k) {
                // ("the death toll with hospitals under the county putting the number at 53":
                // places are where the dead are counted, not who)
                if !cause && *found != Subject::Places {
                    subject = Some(found.clone());
                }
                group_named = false;
                k += len;
            } else if (group_named || figure_of.is_some() && k == start + len && !verb_like(k))
                && !cause
                && plural_noun(before, k, lexicon)
            {
                // ("the toll among the captives"; "the number of damaged houses": the plural
                // right after a figure's outcome is what it counts)
                subject = Some(Subject::Other(lexicon.named_group(&before[k..=k])));
                group_named = false;
                k += 1;
            } else if !lexicon.clause_breaks.contains(before[k])
                // ('those missing "could be more than 100"': a quote opening the verb)
                || lexicon.quote_marks.contains(before[k])
            {
                // words, figures and commas of the phrase that says what the toll is of
                // ("the death toll of a blast near Tarvik, Ostrane, on 9 June rose to 48")
                k += 1;
            } else {
                break;
            }
        }
        // ("missing and of the 70 declared dead": a coordinator opening a group of its own
        // ends what the name leads to)
        // ("is 73,874 people, consisting of 33,713 male refugees": nor does one past a
        // breakdown marker name the parts after it)
        if (start + len..qual_start).any(|k| {
            coordinator_opens_group(before, k, lexicon)
                || lexicon.breakdown_markers.match_at(before, k).is_some()
        }) {
            continue;
        }
        // a long stretch (past punctuation or figures) must end in a verb that moves a
        // figure ("rose to"), not just a preposition ("at the site of …, at 4120")
        let loose = before[start + len..qual_start]
            .iter()
            .any(|w| !w.chars().all(char::is_alphabetic));
        // ("pushing the toll to 112 as nearly 100 remained missing": the name led to the
        // figure before a clause of its own)
        if loose
            && lexicon.clause_joiners.contains(before[qual_start - 1])
            && before[start + len..qual_start - 1]
                .iter()
                .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        // ("placed the death toll at 64 after the storm …, a territory of more than 3 million
        // people": a name given its figure names no later one but past a verb that moves it
        // again, "stood at 40 on Monday and rose to 46")
        let given_before = (start + len + 1..qual_start).rev().find(|&k| {
            before[k].starts_with(|c: char| c.is_ascii_digit())
                && lexicon.figure_prepositions.contains(before[k - 1])
        });
        if given_before.is_some_and(|given| {
            !(given + 1..qual_start).any(|k| lexicon.toll_verbs.contains(before[k]))
        }) {
            continue;
        }
        // ("the death toll from the worst quake in a century may surpass 200,000": a qualifier
        // that is a verb moves the name, when the name is a noun: "the severely affected city
        // … could be as high as 6,000" names nothing)
        let participle = lexicon
            .predicate
            .match_at(before, start)
            .is_some_and(|(l, _)| l == len);
        let in_qualifier = || {
            !participle
                && (qual_start..keys.len().min(qual_start + lexicon.toll_verb_window))
                    .take_while(|&i| !keys[i].starts_with(|c: char| c.is_ascii_digit()))
                    .any(|i| lexicon.toll_verbs.contains(keys[i]))
        };
        // "rose to 133"; "updated the death toll from … to 11"
        let moved = || {
            let near_figure = qual_start.saturating_sub(lexicon.toll_verb_window)..qual_start;
            let before_name = start.saturating_sub(lexicon.toll_verb_window)..start;
            in_qualifier()
                || near_figure
                    .chain(before_name)
                    .any(|i| lexicon.toll_verbs.contains(before[i]))
        };
        // ("rose by 12": the change itself)
        // ("the death toll from two explosions rose to 30": a figure right after a cause
        // that may also start a change is the cause's, unless a verb moves the name)
        // (the word that links the name to its figure, past a word that singles the figure out
        // or a quote mark opening it: "the deaths of only seven people", 'the toll was "about
        // 23"')
        // (and past stress on the figure)
        let singles_out = |k: usize| {
            k >= stressed_from
                || lexicon.focus_words.contains(before[k])
                || lexicon.quote_marks.contains(before[k])
        };
        let link = (start + len..qual_start)
            .rev()
            .find(|&k| !singles_out(k))
            .map_or(before[qual_start - 1], |k| before[k]);
        // (a name ending in its link reaches the figure past those words, or one adding it to
        // others: "the hospitalisation of another nine")
        let right_before = |k: usize| singles_out(k) || lexicon.increment_words.contains(before[k]);
        let after_cause =
            lexicon.cause_prepositions.contains(link) && lexicon.moved_to.contains(link);
        let linked = k > start + len
            && (lexicon.change.contains(link)
                || rose_by(before, qual_start, lexicon)
                || in_qualifier())
            && (!(loose || after_cause) || moved());
        if k == qual_start && (linked || (start + len..qual_start).all(right_before)) {
            let start = figure_of.unwrap_or(start);
            return Some(Nominal {
                start,
                metric,
                subject,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::text::sentences;
    use super::*;

    fn drafts(text: &str) -> Vec<CountDraft> {
        let lexicon = Lexicon::bundled();
        let arena = bumpalo::Bump::new();
        let abbreviation = |word: &str| lexicon.abbreviations.contains(word);
        let sentence = sentences(text, &arena, abbreviation, |_| true)
            .next()
            .unwrap();
        counts(&sentence, &lexicon.signals(&sentence.keys()), &lexicon)
    }

    fn summary(text: &str) -> Vec<(Option<u64>, Qualifier, Option<Metric>, String)> {
        drafts(text)
            .iter()
            .map(|d| {
                (
                    d.quantity.value,
                    d.qualifier,
                    d.metric,
                    d.subject().to_string(),
                )
            })
            .collect()
    }

    use Qualifier::*;

    #[test]
    fn a_breakdown_list_runs_on_past_items_that_are_not_counts() {
        let found = drafts(
            "Among the dead are a guard of the museum, the driver of the tour bus, two \
             cooks, and nine Danes.",
        );
        let parts: Vec<_> = found.iter().map(|d| (d.quantity.value, d.part)).collect();
        assert_eq!(
            parts,
            [(Some(2), Part::Of(None)), (Some(9), Part::Of(None))]
        );
        // a clause break closes the list: the count after it is whole again
        let found = drafts("Among the dead are a guard of the museum; two cooks fled.");
        assert!(found.iter().all(|d| d.part == Part::Whole), "{found:?}");
    }

    #[test]
    fn a_part_of_a_pronoun_set_off_by_a_dash_is_a_part() {
        for text in [
            "At least 2421 others were injured – 1404 of them critically.",
            "At least 2421 others were injured, 1404 of them critically.",
        ] {
            let parts: Vec<_> = drafts(text).iter().map(|d| d.part).collect();
            assert_eq!(parts, [Part::Whole, Part::Of(Some(0))], "{text}");
        }
    }

    #[test]
    fn a_preposition_that_is_an_outcome_yields_to_the_clause_verb() {
        let metric = |text: &str| drafts(text)[0].metric.map(|m| m.to_string());
        let rescued = "By Thursday, 179 aboard the ferry bound for the port had been rescued.";
        assert_eq!(metric(rescued).as_deref(), Some("rescued"));
        assert_eq!(
            metric("The ferry had 476 people aboard.").as_deref(),
            Some("on_board")
        );
        let aboard = "The 476 people aboard the ferry were mostly students.";
        assert_eq!(metric(aboard).as_deref(), Some("on_board"));
        let quoted = r#"A group of 76 people were "potentially unaccounted for," she said."#;
        assert_eq!(metric(quoted).as_deref(), Some("missing"));
        // a name the figure hangs on wins over where they were, past "all"
        let deaths = "The crash resulted in the deaths of all 64 people aboard the jet.";
        assert_eq!(metric(deaths).as_deref(), Some("killed"));
        let helicopter = "Officials said three soldiers were on the helicopter.";
        assert_eq!(metric(helicopter).as_deref(), Some("on_board"));
        // a conveyance naming the noun after it is no place anyone was
        let crash = "55 of the 67 victims in the plane crash have been recovered.";
        assert_eq!(metric(crash).as_deref(), Some("killed"));
        // a state that ends the participle's is the count's
        let rescued = "More than 100 people trapped in the fire have been rescued.";
        assert_eq!(metric(rescued).as_deref(), Some("rescued"));
        let graver = "Two people taken to the hospital had died.";
        assert_eq!(metric(graver).as_deref(), Some("killed"));
    }

    #[test]
    fn a_figure_set_off_after_an_outcome_and_its_noun_is_counted_so() {
        let found = summary(
            "The agency listed missing people (124), injured people (806) and rescued \
             animals: 11,002.",
        );
        let metrics: Vec<_> = found.iter().map(|c| (c.0, c.2, c.3.as_str())).collect();
        assert_eq!(
            metrics,
            [
                (Some(124), Some(Metric::named("missing")), "people"),
                (Some(806), Some(Metric::named("injured")), "people"),
                (
                    Some(11_002),
                    Some(Metric::named("rescued")),
                    "other:animals"
                ),
            ]
        );
        // (a figure with its own noun is no label's: its claim starts at the figure)
        let found = drafts("Injured people (12 children) were flown out.");
        assert_eq!(
            (found[0].first, found[0].phrase.subject.as_ref()),
            (3, Some(&Subject::Other("children".into())))
        );
    }

    #[test]
    fn remains_stated_as_not_found_are_missing_but_the_dead_stay_dead() {
        let missing = Some(Metric::named("missing"));
        let killed = Some(Metric::named("killed"));
        assert_eq!(summary("Two bodies are yet to be found.")[0].2, missing);
        let listed = summary("There were 29 dead and 12 missing.");
        assert_eq!((listed[0].2, listed[1].2), (killed, missing));
        assert_eq!(
            summary("Workers began burying thousands of bodies.")[0].2,
            killed
        );
    }

    #[test]
    fn the_bundled_lexicon_reads_idioms_of_death_and_forces_by_their_service() {
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            summary("Seven injured people breathed their last.")[0].2,
            killed
        );
        assert_eq!(summary("Two of the group didn't survive.")[0].2, killed);
        assert_eq!(summary("Nine Armymen were killed.")[0].3, "security_forces");
        assert_eq!(
            summary("The fire killed nine fire service personnel.")[0].3,
            "other:firefighters"
        );
        let hospitalised = summary("There were 23 hospitalizations.");
        assert_eq!(hospitalised[0].2, Some(Metric::named("injured")));
    }

    #[test]
    fn a_whole_listing_its_parts_in_an_aside_takes_the_verb_after_it() {
        let killed = Some(Metric::named("killed"));
        let found = summary("All 72 people on board, including four infants, were killed.");
        assert_eq!((found[0].0, found[0].2), (Some(72), killed));
        assert_eq!((found[1].0, found[1].2), (Some(4), killed));
        // (an outcome before the noun a list's marker follows is the parts' too)
        let found = summary("The deceased passengers included 53 Nepalese citizens.");
        assert_eq!(found[0].2, killed);
        // (so does the figure the marker's subject names, past whose it is)
        let found = summary(
            "The updated death toll from the state government, the region's largest, \
             includes 29 men and 10 women.",
        );
        assert_eq!((found[0].2, found[1].2), (killed, killed));
    }

    #[test]
    fn a_phrase_of_relative_time_after_a_figure_is_no_rate() {
        let found = summary("The death toll increased to 59 a day earlier.");
        assert_eq!(found[0].0, Some(59));
        assert!(summary("The clinic saw 40 a day.").is_empty());
    }

    #[test]
    fn an_owner_named_as_the_modifier_of_an_owned_noun_gives_its_class() {
        assert_eq!(
            summary("Twelve army staff were hurt.")[0].3,
            "security_forces"
        );
        assert_eq!(
            summary("Four Armed Police Force personnel were injured.")[0].3,
            "security_forces"
        );
        assert_eq!(
            summary("Nine hospital staff were killed.")[0].3,
            "other:staff"
        );
        // (others a partitive names are no more of the owner's: "the bodies of four others")
        let found = summary("Four army staff were hurt searching for the bodies of four others.");
        assert_eq!(found[1].3, "people");
    }

    #[test]
    fn a_part_out_of_a_named_whole_is_a_count_and_a_crowd_is_sized() {
        let found = summary("So far 39 out of the 51 bodies have been identified.");
        assert_eq!(found[0].0, Some(39));
        assert_eq!(found[0].2, Some(Metric::named("identified")));
        assert_eq!(found[1].0, Some(51));
        let crowd = summary("The concert drew a crowd of 50,000.");
        assert_eq!(
            (crowd[0].0, crowd[0].3.as_str()),
            (Some(50_000), "other:crowd")
        );
    }

    #[test]
    fn people_who_bury_the_dead_and_a_group_sized_by_a_compound() {
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            summary("Residents said they buried 100 people.")[0].2,
            killed
        );
        assert_eq!(
            summary("The landslide buried 100 people.")[0].2,
            Some(Metric::named("missing"))
        );
        let found = summary("A five-member SIT has been formed.");
        assert_eq!((found[0].0, found[0].3.as_str()), (Some(5), "other:sit"));
    }

    #[test]
    fn a_demonym_alone_names_the_people_counted() {
        let found = summary("The dead included five Indians, one Irish and one Australian.");
        let subjects: Vec<_> = found.iter().map(|c| c.3.as_str()).collect();
        assert_eq!(
            subjects,
            ["other:indians", "other:irish", "other:australian"]
        );
    }

    #[test]
    fn a_usual_outcome_yields_to_one_the_sentence_names() {
        let killed = Some(Metric::named("killed"));
        assert_eq!(summary("The city mourned its 26 victims.")[0].2, killed);
        assert_ne!(
            summary("Twelve victims were taken to hospital.")[0].2,
            killed
        );
        // (casualties are the dead or the hurt: only a sentence naming no outcome makes them
        // dead)
        assert_eq!(summary("The raid left 14 casualties.")[0].2, killed);
        assert_eq!(
            summary("Nine casualties were rushed to a clinic in the town.")[0].2,
            Some(Metric::named("injured"))
        );
    }

    #[test]
    fn passive_with_qualifier() {
        let killed = Some(Metric::named("killed"));
        let expect =
            |value, qualifier, subject: &str| [(Some(value), qualifier, killed, subject.into())];
        assert_eq!(
            summary("At least 30 villagers were killed when the dam burst."),
            expect(30, AtLeast, "civilians")
        );
        // an intensifier between the verb and its figure
        assert_eq!(
            summary("The quake killed a staggering 50,000 people.")[0].2,
            killed
        );
        // "past" a figure is more than it; the past of a span of time is no figure
        assert_eq!(
            summary("The death toll climbed past 53."),
            expect(53, MoreThan, "people")
        );
        assert_eq!(
            summary("In the past 24 hours, 12 people died.")[0].0,
            Some(12)
        );
    }

    #[test]
    fn active_voice_counts_the_object() {
        assert_eq!(
            summary("The landslide killed more than 40 miners overnight."),
            [(
                Some(40),
                MoreThan,
                Some(Metric::named("killed")),
                "civilians".into()
            )]
        );
    }

    #[test]
    fn participles_and_resultatives() {
        assert_eq!(
            summary("The bus plunged into a gorge, killing 23 passengers and injuring 17 others."),
            [
                (
                    Some(23),
                    Exact,
                    Some(Metric::named("killed")),
                    "other:passengers".into()
                ),
                (
                    Some(17),
                    Exact,
                    Some(Metric::named("injured")),
                    "other:passengers".into()
                )
            ]
        );
        assert_eq!(
            summary("The stampede left at least 12 pilgrims dead."),
            [(
                Some(12),
                AtLeast,
                Some(Metric::named("killed")),
                "civilians".into()
            )]
        );
        // a participle of two words before a plural describes it; the verb after is the outcome
        let died = drafts("Three more critically injured individuals died on Sunday.");
        assert_eq!(died[0].metric, Some(Metric::named("killed")));
        assert_eq!(died[0].phrase.participle, Some(Metric::named("injured")));
    }

    #[test]
    fn coordination_shares_bounds_and_predicate() {
        assert_eq!(
            summary("At least five firefighters and 12 residents were injured in the blaze."),
            [
                (
                    Some(5),
                    AtLeast,
                    Some(Metric::named("injured")),
                    "other:firefighters".into()
                ),
                (
                    Some(12),
                    AtLeast,
                    Some(Metric::named("injured")),
                    "civilians".into()
                )
            ]
        );
        // an approximation stays with its own figure
        assert_eq!(
            summary("Some 10 police and 11 protesters were hurt."),
            [
                (
                    Some(10),
                    About,
                    Some(Metric::named("injured")),
                    "security_forces".into()
                ),
                (
                    Some(11),
                    Exact,
                    Some(Metric::named("injured")),
                    "other:protesters".into()
                )
            ]
        );
    }

    #[test]
    fn an_active_verb_acts_on_every_item_of_its_list() {
        let destroyed = Metric::named("destroyed");
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        assert_eq!(
            metrics("The storm damaged 300 houses, 12 schools and 4 bridges."),
            [Some(destroyed); 3]
        );
        // a headline's list: each figure has its own outcome
        assert_eq!(
            metrics("7 dead at least 31 survive landslide"),
            [
                Some(Metric::named("killed")),
                Some(Metric::named("survived"))
            ]
        );
        assert_eq!(
            metrics("Blast leaves 27 omanis killed 95 injured in zarno"),
            [
                Some(Metric::named("killed")),
                Some(Metric::named("injured"))
            ]
        );
        // (past a word more of the previous count's noun, as a headline rebuilt from a link
        // drops the commas)
        assert_eq!(
            metrics("21 civilians soldiers martyred 35 injured in town bombing")[1],
            Some(Metric::named("injured"))
        );
        // a measure in the list is no count the verb stops at
        assert_eq!(
            metrics("The fire burned 20 hectares, 1,200 acres and 300 homes."),
            [Some(destroyed)]
        );
        // an item with an outcome of its own keeps it
        assert_eq!(
            metrics("The blast killed 5 soldiers and 3 civilians were injured."),
            [
                Some(Metric::named("killed")),
                Some(Metric::named("injured"))
            ]
        );
    }

    #[test]
    fn a_group_opening_the_sentence_gives_its_members_its_outcome() {
        let killed = Some(Metric::named("killed"));
        let found = drafts("Among those confirmed killed, 20 are foreigners.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].metric, killed);
        assert_eq!(found[0].part, Part::Of(None));
        assert_eq!(found[0].subject().to_string(), "other:foreigners");
        // a partitive names the whole the member belongs to
        let found = drafts("Of the 22 dead, 20 are foreigners.");
        let parts: Vec<_> = found.iter().map(|d| (d.metric, d.part)).collect();
        assert_eq!(parts, [(killed, Part::Whole), (killed, Part::Of(Some(0)))]);
        // a count that does not follow the comma is no member, unless only a clause's subject
        // and a verb naming no outcome stand between
        let found = drafts("Of the 22 dead, police said on Sunday that 20 were identified.");
        assert_eq!(found[1].part, Part::Whole);
        let found = drafts("Of those killed, police have reported that 21 were women.");
        assert_eq!((found[0].metric, found[0].part), (killed, Part::Of(None)));
        let found = drafts("Of the 22 dead, police found 20 in the basement.");
        let parts: Vec<_> = found.iter().map(|d| (d.metric, d.part)).collect();
        assert_eq!(parts, [(killed, Part::Whole), (killed, Part::Of(Some(0)))]);
        // (and the counts listed after that one)
        let found = drafts("Of the dead, police found two on the first floor and 11 on the roof.");
        let parts: Vec<_> = found.iter().map(|d| (d.metric, d.part)).collect();
        assert_eq!(parts, [(killed, Part::Of(None)), (killed, Part::Of(None))]);

        // (after a phrase set off before the group too)
        let found =
            drafts("According to the police, of the deceased, 20 are men and 18 are women.");
        let parts: Vec<_> = found.iter().map(|d| (d.metric, d.part)).collect();
        assert_eq!(parts, [(killed, Part::Of(None)), (killed, Part::Of(None))]);
    }

    #[test]
    fn organisations_counted_alone_are_no_claim() {
        assert!(drafts("The building housed five garment factories.").is_empty());
        // (hospitals, schools and hotels are facilities too)
        assert!(drafts("The injured were spread across six hospitals.").is_empty());
        assert!(drafts("Residents sheltered in two local hotels and 9 schools.").is_empty());
        // (nor are those who tell)
        let told = summary("Three police sources and a witness put the toll at nearly 40.");
        assert_eq!(told.len(), 1, "{told:?}");
        assert_eq!(
            summary("The building housed five garment workshops.")[0].2,
            Some(Metric::OTHER)
        );
        // with an outcome they count
        assert_eq!(
            summary("Five factories were gutted.")[0].2,
            Some(Metric::named("destroyed"))
        );
        // … and so do they with a verb no family names
        let opened = drafts("Officials said 500 temporary camps were opened.");
        assert_eq!(opened[0].metric, Some(Metric::OTHER));
        assert!(drafts("Some survivors are staying in 1,142 evacuation centers.").is_empty());
    }

    #[test]
    fn a_count_among_another_count_has_its_outcome() {
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        let abducted = Some(Metric::named("abducted"));
        assert_eq!(
            metrics("Seven children were among the 40 people abducted."),
            [abducted, abducted]
        );
        // right after the count, with no verb between
        let injured = Some(Metric::named("injured"));
        assert_eq!(
            metrics("Some 1,404 people among 2,059 injured are in a grave state."),
            [injured, injured]
        );
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            metrics("Three Britons were among the 150 people who died."),
            [killed, killed]
        );
        // the relative clause of a doer, and a date's, name no outcome of theirs
        assert_eq!(
            metrics("The 12 gunmen who killed five people fled."),
            [Some(Metric::OTHER), killed]
        );
        assert_eq!(
            metrics("The blast on Nov. 14 that killed 63 people.").len(),
            1
        );
        // a group named by its outcome, with no count of its own
        assert_eq!(metrics("Three Britons were among the dead."), [killed]);
        assert_eq!(
            metrics("Two of his three sons were among the missing."),
            [Some(Metric::named("missing")), Some(Metric::OTHER)]
        );
        assert_eq!(
            metrics("Twelve nationals were among those who died."),
            [killed]
        );
    }

    #[test]
    fn a_phrase_after_the_noun_leads_to_its_outcome() {
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        assert_eq!(
            metrics("Up to 758 families living near the site were also evacuated."),
            [Some(Metric::named("displaced"))]
        );
        assert_eq!(
            metrics("At least 24 people on the ground died."),
            [Some(Metric::named("killed"))]
        );
        // a hyphenated compound before the noun
        assert_eq!(
            metrics("More than 3,000 panic-stricken residents have been evacuated."),
            [Some(Metric::named("displaced"))]
        );
        // a past participle before a preposition, and an aside between commas
        assert_eq!(
            metrics("Nine engineers connected to the builder were killed."),
            [Some(Metric::named("killed"))]
        );
        assert_eq!(
            metrics("A total of 121 people, mostly women, died."),
            [Some(Metric::named("killed"))]
        );
        // an auxiliary after an outcome word starts no object
        assert_eq!(
            metrics("53 injured were currently being treated."),
            [Some(Metric::named("injured"))]
        );
        // "out of" names the whole, which shares no outcome
        assert_eq!(
            summary("At least 600 out of 800 students are missing.")[0],
            (
                Some(600),
                AtLeast,
                Some(Metric::named("missing")),
                "other:students".into()
            )
        );
        assert_eq!(
            metrics("Officials said 333 students out of 830 were kidnapped."),
            [Some(Metric::named("abducted"))]
        );
        // names listed with commas in the phrase
        assert_eq!(
            metrics("Around 600 residents of Corvale, Tessing and Ostley have been evacuated."),
            [Some(Metric::named("displaced"))]
        );
    }

    #[test]
    fn a_class_noun_before_a_plural_modifies_it() {
        assert_eq!(
            summary("At least five police vehicles were set ablaze and toppled.")[0].3,
            "other:vehicles"
        );
        assert_eq!(
            summary("Five police officers were killed.")[0].3,
            "security_forces"
        );
    }

    #[test]
    fn an_outcome_no_family_names_keeps_its_word() {
        let outcomes = |text: &str| {
            drafts(text)
                .into_iter()
                .map(|d| (d.quantity.value, d.metric, d.unnamed_outcome))
                .collect::<Vec<_>>()
        };
        let other = Some(Metric::OTHER);
        assert_eq!(
            outcomes("600 pupils were enrolled at the school."),
            [(Some(600), other, Some("enrolled".into()))]
        );
        assert_eq!(
            outcomes("20 boats capsized near the port."),
            [(Some(20), other, Some("capsized".into()))]
        );
        // a verb with an object is the count's own act, not what happened to it
        assert_eq!(
            outcomes("Five men robbed a bank."),
            [(Some(5), other, None)]
        );
        // a bare figure counts only as the subject of such a verb after an auxiliary
        assert_eq!(
            outcomes("95 have been moved to the capital."),
            [(Some(95), other, Some("moved".into()))]
        );
        assert!(outcomes("The index fell to 95 yesterday.").is_empty());
        assert!(outcomes("Of the 95, none were moved.").is_empty());
        // a part of a group is a claim only with a family's outcome: the unnamed ones that
        // follow a part were mostly a family's missed ("520 of them were captured")
        assert!(outcomes("Three of the defendants had pleaded guilty.").is_empty());
    }

    #[test]
    fn a_hedged_outcome_makes_the_figure_approximate() {
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            summary("300 feared dead in ferry disaster."),
            [(Some(300), About, killed, "people".into())]
        );
        assert_eq!(
            summary("At least 12 are believed to have been killed.")[0].1,
            AtLeast
        );
        // a hedge after the outcome qualifies nothing
        assert_eq!(summary("290 still missing and feared dead.")[0].1, Exact);
    }

    #[test]
    fn a_speaker_set_inside_the_clause_is_passed() {
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        assert_eq!(
            metrics("A group of 58 people Orla Quellin said were \"possibly unaccounted for\"."),
            [Some(Metric::named("missing"))]
        );
        assert_eq!(
            metrics("The 40 people police say died were buried."),
            [Some(Metric::named("killed"))]
        );
        // a conveyance with its load
        assert_eq!(
            metrics("A barge with more than 250 passengers sank."),
            [Some(Metric::named("on_board"))]
        );
    }

    #[test]
    fn coordinated_modifiers_and_nouns_keep_the_outcome() {
        assert_eq!(
            summary("Four other primary or secondary school students have been injured."),
            [(
                Some(4),
                Exact,
                Some(Metric::named("injured")),
                "other:students".into()
            )]
        );
        assert_eq!(
            summary("Five men and women were hurt.")[0].2,
            Some(Metric::named("injured"))
        );
        // a bare figure before a coordinator opens no noun phrase
        assert_eq!(
            summary("Ostrane fire kills 23 and leaves devastation"),
            [(
                Some(23),
                Exact,
                Some(Metric::named("killed")),
                "people".into()
            )]
        );
        // a plural read so far is the head, not a modifier of the next noun
        assert_eq!(
            summary("More than a dozen Army ships and Army divers joined.")[0].3,
            "other:vessels"
        );
    }

    #[test]
    fn burned_people_are_dead_or_hurt_and_beheaded_ones_dead() {
        let metric = |text: &str| summary(text)[0].2;
        let (killed, injured) = (
            Some(Metric::named("killed")),
            Some(Metric::named("injured")),
        );
        assert_eq!(metric("He saw about 40 people burned alive."), killed);
        assert_eq!(
            summary("The tally stood at 70 deaths with 41 victims badly burned.")[1].2,
            injured
        );
        assert_eq!(metric("At least six inmates were decapitated."), killed);
        assert_eq!(metric("Gangs beheaded four guards."), killed);
        assert_eq!(
            metric("Five people were electrocuted by fallen cables."),
            killed
        );
        // (burned homes stay destroyed)
        assert_ne!(metric("The blaze burned 30 homes."), killed);
    }

    #[test]
    fn the_tail_of_a_hyphenated_compound_names_no_figure() {
        assert_eq!(
            summary(
                "The number of people missing in the storm-affected villages has risen from 12 to 25."
            )
            .iter()
            .map(|c| (c.0, c.2))
            .collect::<Vec<_>>(),
            [
                (Some(12), Some(Metric::named("missing"))),
                (Some(25), Some(Metric::named("missing")))
            ]
        );
    }

    #[test]
    fn dwellings_burned_down_are_houses_destroyed() {
        let destroyed = Some(Metric::named("destroyed"));
        for text in [
            "Some 2,640 houses burned down in the blaze, displacing about 9,000 people.",
            "The blaze also burned down nearly 3,500 shanties in the camp.",
            "Officials said more than 6,000 shelters had been destroyed.",
            "At least 70 huts were burnt to the ground.",
        ] {
            let (_, _, metric, subject) = summary(text).swap_remove(0);
            assert_eq!(
                (metric, subject.as_str()),
                (destroyed, "other:houses"),
                "{text}"
            );
        }
    }

    #[test]
    fn inmates_and_prisoners_are_one_group() {
        // (so "three inmates dead" in one report and "140 prisoners" in the next line up)
        for text in [
            "At least 12 inmates died in the riot.",
            "At least 12 prisoners died in the riot.",
            "At least 12 convicts died in the riot.",
        ] {
            assert_eq!(summary(text)[0].3, "other:prisoners", "{text}");
        }
    }

    #[test]
    fn a_bracketed_figure_after_a_name_is_that_places_share() {
        let killed = Some(Metric::named("killed"));
        let counts = |text: &str| {
            drafts(text)
                .into_iter()
                .map(|d| (d.quantity.value, d.metric, d.part == Part::Whole))
                .collect::<Vec<_>>()
        };
        // of the count before it
        assert_eq!(
            counts("At least 12 people died: Amberly (9) and Dunmore (2)."),
            [
                (Some(12), killed, true),
                (Some(9), killed, false),
                (Some(2), killed, false)
            ]
        );
        // of the outcome named before it
        assert_eq!(
            counts("Deaths were reported in Amberly (9) and Dunmore (2)."),
            [(Some(9), killed, true), (Some(2), killed, true)]
        );
        assert!(counts("Police (2) were called.").is_empty());
    }

    #[test]
    fn a_possessive_opens_a_partitive_group() {
        assert_eq!(
            summary("Four of the group's members were arrested."),
            [(
                Some(4),
                Exact,
                Some(Metric::named("arrested")),
                "other:members".into()
            )]
        );
        // "one of Peru's provinces" counts nothing a later figure could share
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        let displaced = Some(Metric::named("displaced"));
        assert_eq!(
            metrics(
                "At least 9,210 people were evacuated from Drevnik, one of Valdoria's \
                 provinces hardest hit, the agency said, 5,180 by plane and 4,090 by road."
            ),
            [displaced; 3]
        );
    }

    #[test]
    fn a_relative_clause_after_a_partitive_whole_is_the_whole_s() {
        let killed = Some(Metric::named("killed"));
        let missing = Some(Metric::named("missing"));
        let of = |text: &str, value: u64| {
            summary(text)
                .into_iter()
                .find(|s| s.0 == Some(value))
                .map(|s| s.2)
        };
        assert_eq!(
            of("Funerals were held for 35 of the 290 who died.", 290),
            Some(killed)
        );
        assert_eq!(
            of(
                "Funerals were held for dozens of the 290 people who died.",
                290
            ),
            Some(killed)
        );
        assert_eq!(
            of(
                "Rescuers found 12 of the 40 people who had gone missing.",
                40
            ),
            Some(missing)
        );
    }

    #[test]
    fn the_perfect_without_been_is_active() {
        let metric = |text: &str| summary(text).into_iter().map(|s| s.2).next().flatten();
        // the aftershocks did the striking; nothing struck them
        assert_eq!(
            metric("More than 700 aftershocks have struck since the earthquake."),
            Some(Metric::OTHER)
        );
        assert_eq!(
            metric("Twelve shops have been struck since Monday."),
            Some(Metric::named("attacked"))
        );
        // a subject undergoes an ergative verb with or without an object
        assert_eq!(
            metric("About 500 families have evacuated since Monday."),
            Some(Metric::named("displaced"))
        );
        assert_eq!(
            metric("The crash has claimed 270 lives."),
            Some(Metric::named("killed"))
        );
        // the verb of a later clause with its own subject and object is not the count's
        assert_eq!(
            metric("The crash claimed 270 lives, and officials have since identified 163 victims."),
            Some(Metric::named("killed"))
        );
    }

    #[test]
    fn a_part_of_people_an_owner_names_counts_them_with_no_outcome() {
        assert_eq!(
            summary("The raid was staged by three of their fighters."),
            [(Some(3), Exact, Some(Metric::OTHER), "militants".into())]
        );
        // (not things, and not a part of a group named without its owner)
        assert_eq!(summary("The government met nine of their demands."), []);
        assert_eq!(summary("It was staged by three of the fighters."), []);
    }

    #[test]
    fn a_count_added_to_someone_shares_the_outcome_of_its_clause() {
        let arrested = Some(Metric::named("arrested"));
        for text in [
            "His ex-wife was taken into custody along with four other people.",
            "Police arrested the driver along with three other men.",
        ] {
            let found = summary(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].2, arrested, "{text}");
        }
        // (not an outcome of an earlier clause)
        let found = summary("Two men were arrested, and talks went on along with three meetings.");
        assert_eq!(found[1].2, Some(Metric::OTHER), "{found:?}");
    }

    #[test]
    fn a_noun_of_attack_before_its_preposition_names_places_attacked() {
        let attacked = Some(Metric::named("attacked"));
        for text in [
            "There were bombings at two churches.",
            "The gunman killed 51 people in shootings at two mosques.",
            "Gunmen launched attacks on three police posts.",
            "The group claimed the bombing of two churches.",
            "Gunmen struck at four checkpoints.",
        ] {
            let found = summary(text);
            assert_eq!(
                found.last().map(|s| s.2),
                Some(attacked),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn places_fired_at_are_attacked_and_people_fired_at_are_not() {
        let found = summary("The gunman killed 18 people after opening fire at two locations.");
        assert_eq!(found[1].2, Some(Metric::named("attacked")), "{found:?}");
        let found = summary("Police opened fire at 30 protesters, officials said.");
        assert_eq!(found[0].2, Some(Metric::OTHER), "{found:?}");
    }

    #[test]
    fn forces_counted_for_no_harm_nor_duty_are_the_group_their_noun_names() {
        let subject = |text: &str| summary(text).into_iter().map(|s| s.3).next();
        assert_eq!(
            subject("Three officers were suspended over the response."),
            Some("other:officers".to_owned())
        );
        // what they do as forces keeps the class
        assert_eq!(
            subject("Some 10,000 military troops were deployed to the region."),
            Some("security_forces".to_owned())
        );
        assert_eq!(
            subject("Officials said three soldiers were on the helicopter."),
            Some("security_forces".to_owned())
        );
        let deployment = "It prompted the deployment of over 8,000 armed forces members.";
        let found = summary(deployment);
        assert_eq!(
            (found[0].2, found[0].3.as_str()),
            (Some(Metric::named("deployed")), "security_forces")
        );
        // what befell them keeps the class
        assert_eq!(
            subject("Some 12 soldiers were killed in the ambush."),
            Some("security_forces".to_owned())
        );
    }

    #[test]
    fn a_bare_figure_from_a_country_counts_its_nationals() {
        assert_eq!(
            summary("Of the dead, 12 were from Nepal and three from the United Kingdom."),
            [
                (
                    Some(12),
                    Exact,
                    Some(Metric::named("killed")),
                    "other:nepalese".to_owned()
                ),
                (
                    Some(3),
                    Exact,
                    Some(Metric::named("killed")),
                    "other:british".to_owned()
                ),
            ]
        );
        // with no outcome named, still a claim
        assert_eq!(
            summary("Officials said 37 were from Azerbaijan."),
            [(
                Some(37),
                Exact,
                Some(Metric::OTHER),
                "other:azerbaijani".to_owned()
            )]
        );
        // a place that is no country, or a figure with a noun of its own, is no nationality
        assert_eq!(
            summary("Of the dead, 12 were from Riverton.")[0].3,
            "people".to_owned()
        );
        assert_eq!(
            summary("Police said 40 students from Nigeria were freed.")[0].3,
            "other:students".to_owned()
        );
    }

    #[test]
    fn an_absolute_clause_gives_a_bare_figure_its_own_verb() {
        let found = drafts("Over 1,500 miners were arrested, with 121 deported.");
        let deported = found
            .iter()
            .find(|d| d.quantity.value == Some(121))
            .expect("the deported are counted");
        assert_eq!(deported.phrase.noun, None);
        assert_eq!(deported.metric, Some(Metric::OTHER));
        assert_eq!(deported.unnamed_outcome.as_deref(), Some("deported"));
        // a bare figure that opens no clause and has no auxiliary names no outcome
        assert!(
            drafts("Officials counted 121 deported by the end of the week.")
                .iter()
                .all(|d| d.unnamed_outcome.is_none())
        );
    }

    #[test]
    fn the_agent_of_a_named_figure_is_not_what_it_counts() {
        assert_eq!(
            summary("The number of people killed by the gunmen has risen to 21."),
            [(
                Some(21),
                Exact,
                Some(Metric::named("killed")),
                "people".to_owned()
            )]
        );
        assert_eq!(
            summary("The number of arrests made by police has reached 21."),
            [(
                Some(21),
                Exact,
                Some(Metric::named("arrested")),
                "people".to_owned()
            )]
        );
    }

    #[test]
    fn absolute_clauses_gunfire_and_certified_deaths_name_their_outcome() {
        let metrics = |text: &str| -> Vec<(Option<u64>, Option<Metric>)> {
            summary(text).into_iter().map(|d| (d.0, d.2)).collect()
        };
        let (killed, injured) = (
            Some(Metric::named("killed")),
            Some(Metric::named("injured")),
        );
        assert_eq!(
            metrics("The gate gave way, with 11 people dying and 47 being injured."),
            [(Some(11), killed), (Some(47), injured)]
        );
        assert_eq!(
            metrics("Two police officers were hit by gunfire but were stable."),
            [(Some(2), injured)]
        );
        assert_eq!(
            metrics("A gunman fatally shot 18 people and left 13 wounded."),
            [(Some(18), killed), (Some(13), injured)]
        );
        assert_eq!(
            metrics("Police said 51 were certified dead."),
            [(Some(51), killed)]
        );
    }

    #[test]
    fn a_participle_before_a_verb_qualifier_names_no_figure() {
        // the city is "affected", the figure is the missing
        let found = summary(
            "The number of missing persons in the severely affected city could be as high as \
             6,000.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, Some(Metric::named("missing")));
    }

    #[test]
    fn a_plural_subject_moves_a_toll_with_a_bare_verb() {
        // present tense after a plural ("deaths pass"), and a modal before a verb of passing
        for (text, qualifier) in [
            ("Quake deaths pass 500 as rescuers dig.", MoreThan),
            ("Officials fear the death toll may surpass 200,000.", UpTo),
            // (a verb in the qualifier moves a name a long stretch before it)
            (
                "They fear the death toll from the country's worst quake may surpass 200,000.",
                UpTo,
            ),
            (
                "The death toll from the worst earthquake in a century may surpass 200,000.",
                UpTo,
            ),
            ("Flood deaths near 90 in the north.", About),
        ] {
            let found = summary(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, qualifier, "{text}");
            assert_eq!(found[0].2, Some(Metric::named("killed")), "{text}");
        }
    }

    #[test]
    fn a_noun_of_no_class_takes_its_owners() {
        let subjects = |text: &str| {
            summary(text)
                .into_iter()
                .map(|s| s.3)
                .collect::<Vec<String>>()
        };
        assert_eq!(
            subjects("The military said that 12 of its personnel died."),
            ["security_forces"]
        );
        assert_eq!(
            subjects("Four of the army's staff were hurt."),
            ["security_forces"]
        );
        // alone, or owned by no class, personnel are what they are called
        assert_eq!(
            subjects("We have deployed 100 personnel for the search."),
            ["other:personnel"]
        );
        assert_eq!(
            subjects("The firm said 30 of its employees were missing."),
            ["other:employees"]
        );
    }

    #[test]
    fn a_group_named_by_its_outcome_takes_the_members_named_after_a_copula() {
        let subjects = |text: &str| summary(text).into_iter().map(|s| s.3).collect::<Vec<_>>();
        assert_eq!(
            subjects("Nine of the dead were police officers."),
            ["security_forces"]
        );
        assert_eq!(
            subjects("Twenty-seven of the dead people were said to be policemen."),
            ["security_forces"]
        );
        assert_eq!(
            subjects("Four of the injured were taken to hospital."),
            ["people"]
        );
    }

    #[test]
    fn clauses_joined_after_one_naming_members_name_more_of_them() {
        let members = |text: &str| {
            drafts(text)
                .iter()
                .map(|d| (d.quantity.value, d.metric, d.subject().to_string(), d.part))
                .collect::<Vec<_>>()
        };
        let killed = Some(Metric::named("killed"));
        let named = |value, metric, subject: &str| {
            (Some(value), metric, subject.to_owned(), Part::Of(None))
        };
        assert_eq!(
            members("Of the dead, 40 were children, 12 were women and 3 were police officers."),
            [
                named(40, killed, "other:children"),
                named(12, killed, "other:women"),
                named(3, killed, "security_forces"),
            ]
        );
        assert_eq!(
            members(
                "Of the 15 dead, four were police officers and the other eleven were staff members."
            )
            .into_iter()
            .map(|(value, _, subject, _)| (value, subject))
            .collect::<Vec<_>>(),
            [
                (Some(15), "people".to_owned()),
                (Some(4), "security_forces".to_owned()),
                (Some(11), "other:staff".to_owned())
            ]
        );
        // (a pronoun alone refers back to the count before; so does a partitive of a noun)
        for text in [
            "Of those, 6,453 were residences and 260 were commercial buildings.",
            "6,453 of those structures were residences, 260 were commercial buildings.",
        ] {
            assert_eq!(
                members(text),
                [
                    named(6453, None, "other:houses"),
                    named(260, None, "other:buildings")
                ],
                "{text}"
            );
        }
        // (nor does one that names them with its noun, the copula left out)
        assert_eq!(
            members("Of the dead, 25 were women and 15 children."),
            [
                named(25, killed, "other:women"),
                named(15, killed, "other:children")
            ]
        );
        // (a clause with an outcome of its own names no members)
        let injured = Some(Metric::named("injured"));
        assert_eq!(
            members("Of the dead, 40 were children and 12 were injured.")[1].1,
            injured
        );
    }

    #[test]
    fn a_graver_outcome_overrides_the_nouns_own() {
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        assert_eq!(
            metrics("At least 21 hostages were killed when gunmen stormed the train."),
            [Some(Metric::named("killed"))]
        );
        // a milder one does not: the bodies stay dead
        assert_eq!(
            metrics("Five bodies were pulled out of a canal."),
            [Some(Metric::named("killed"))]
        );
    }

    #[test]
    fn a_verb_before_a_known_noun_modifies_it() {
        let deployed = Some(Metric::named("deployed"));
        assert_eq!(
            summary("Twelve ambulances and 40 rescue workers were deployed.")
                .into_iter()
                .map(|s| (s.0, s.2))
                .collect::<Vec<_>>(),
            [(Some(12), deployed), (Some(40), deployed)]
        );
    }

    #[test]
    fn a_later_figure_after_then_revises_the_count() {
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            summary("First reports said 40 people had died, then 46.")
                .into_iter()
                .map(|s| (s.0, s.2))
                .collect::<Vec<_>>(),
            [(Some(40), killed), (Some(46), killed)]
        );
    }

    #[test]
    fn a_bare_figure_opening_a_coordinated_clause_counts_the_noun_before() {
        assert_eq!(
            summary("Fourteen of the 19 crew members survived, and 8 have been arrested.")
                .last()
                .cloned(),
            Some((
                Some(8),
                Exact,
                Some(Metric::named("arrested")),
                "other:crew".into()
            ))
        );
        // … or a contrasting one after a comma (and damage of a degree is damage)
        let destroyed = Some(Metric::named("destroyed"));
        assert_eq!(
            summary("Some 640 homes were washed away, while 1,900 suffered heavy damage."),
            [
                (Some(640), About, destroyed, "other:houses".into()),
                (Some(1900), Exact, destroyed, "other:houses".into())
            ]
        );
    }

    #[test]
    fn a_verb_particle_is_no_qualifier() {
        assert_eq!(
            summary("Authorities handed over 31 bodies to relatives.")[0].1,
            Exact
        );
        assert_eq!(summary("They recovered over 31 bodies.")[0].1, MoreThan);
        // "up" is the particle of a verb or a figure's name: the toll rose to the figure
        let killed = Some(Metric::named("killed"));
        for moved in [
            "The death toll has gone up to 48, officials said.",
            "The number of dead went up to 48.",
            "Rescuers found two bodies, bringing the death toll up to 48.",
        ] {
            assert!(
                summary(moved).contains(&(Some(48), Exact, killed, "people".into())),
                "{moved}: {:?}",
                summary(moved)
            );
        }
        assert_eq!(
            summary("The toll could go up to 48, officials warned.")[0].1,
            UpTo
        );
        assert_eq!(summary("Up to 48 people were killed.")[0].1, UpTo);
    }

    #[test]
    fn a_region_named_with_the_is_a_place_for_a_bare_figure() {
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            summary("Twelve people died in the capital, 7 in the north.")
                .into_iter()
                .map(|s| (s.0, s.2))
                .collect::<Vec<_>>(),
            [(Some(12), killed), (Some(7), killed)]
        );
    }

    #[test]
    fn a_verb_in_the_infinitive_leaves_the_state_its_noun_is_in() {
        let metric = |text: &str| summary(text)[0].2;
        assert_eq!(
            metric("Teams are trying to rescue about 30 workers trapped inside the tunnel."),
            Some(Metric::named("missing"))
        );
        assert_ne!(
            metric("Teams rescued about 30 workers trapped inside the tunnel."),
            Some(Metric::named("missing"))
        );
    }

    #[test]
    fn a_figure_sizing_a_group_counts_the_group() {
        let found = summary("The plane carried 91 passengers and a crew of eight.");
        assert_eq!((found[1].0, found[1].3.as_str()), (Some(8), "other:crew"));
        assert_eq!(
            summary("A family of five was killed.")[0].2,
            Some(Metric::named("killed"))
        );
        // (only after a single determiner: "the rest of eight" sizes nothing)
        assert!(summary("Officials spoke to the crew of eight.").is_empty());
    }

    #[test]
    fn a_facility_past_the_means_of_getting_there_holds_the_count() {
        assert_eq!(
            summary("At least 13 children were taken by ambulance or bus to the city hospital.")[0]
                .2,
            Some(Metric::named("injured"))
        );
        // (the means alone names no facility)
        assert_ne!(
            summary("At least 13 children were taken by bus.")[0].2,
            Some(Metric::named("injured"))
        );
    }

    #[test]
    fn a_graver_main_verb_after_a_reduced_relative_is_the_counts() {
        let metric = |text: &str| summary(text)[0].2;
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            metric("It said two people taken to the hospital had died."),
            killed
        );
        assert_eq!(
            metric("Five people injured in the blast later died."),
            killed
        );
        // a lighter one leaves the participle's; an active verb with an object, or one past
        // another count, is no main verb of theirs
        assert_eq!(
            metric("12 people killed in the attack were identified."),
            killed
        );
        assert_eq!(
            metric("Crews reached 200 miners trapped underground after a blast killed 20 workers.",),
            Some(Metric::named("missing"))
        );
        assert_eq!(
            metric("Of the janitors, three missing and one dead."),
            Some(Metric::named("missing"))
        );
        // so does a relative clause's own outcome, and a main verb closed by an adverb
        assert_eq!(
            metric("Eight people who were injured in the blast died later."),
            killed
        );
        assert_eq!(
            metric("Eight people who were injured in the blast were taken to hospital."),
            Some(Metric::named("injured"))
        );
    }

    #[test]
    fn a_relative_clause_between_commas_leaves_the_main_verb_to_the_count() {
        let metric = |text: &str| summary(text)[0].2;
        assert_eq!(
            metric("Officials believe all 179 people, who could not be rescued, died."),
            Some(Metric::named("killed"))
        );
        assert_eq!(
            metric("Some 30 people, who were trapped inside, were rescued."),
            Some(Metric::named("rescued"))
        );
    }

    #[test]
    fn a_country_named_after_a_figure_is_not_what_it_counts() {
        assert_eq!(
            summary("Death toll cyclone rises 499 malawi")[0].3,
            "people"
        );
        // (a country's name before a noun modifies it)
        assert_eq!(
            summary("Officials said 20 Afghanistan veterans were injured.")[0].3,
            "other:veterans"
        );
    }

    #[test]
    fn a_bare_figure_with_a_manner_adverb_is_a_part_hurt_that_way() {
        let parts = |text: &str| {
            drafts(text)
                .iter()
                .map(|d| (d.quantity.value, d.metric, d.part != Part::Whole))
                .collect::<Vec<_>>()
        };
        let injured = Some(Metric::named("injured"));
        assert_eq!(
            parts("Officials said 40 people were injured, 20 critically."),
            [(Some(40), injured, false), (Some(20), injured, true)]
        );
        assert_eq!(
            parts("Twenty-two people were killed and 64 injured - 20 critically - in the attack."),
            [
                (Some(22), Some(Metric::named("killed")), false),
                (Some(64), injured, false),
                (Some(20), injured, true)
            ]
        );
        // (not a figure whose clause goes on past the adverb)
        assert_eq!(
            parts("Five people were arrested, 3 early on Monday.").len(),
            1
        );
    }

    #[test]
    fn a_stay_at_a_facility_may_say_how_long_it_lasts() {
        let displaced = Some(Metric::named("displaced"));
        assert_eq!(
            summary("About 600 survivors spent Sunday in makeshift shelters.")[0].2,
            displaced
        );
        assert_eq!(
            summary("Some 3,000 people were spending a fourth night in the open.")[0].2,
            displaced
        );
        assert_eq!(
            summary("About 60 people spent the night in hospital.")[0].2,
            Some(Metric::named("injured"))
        );
    }

    #[test]
    fn where_a_part_of_the_dead_lies_is_no_outcome_of_its_own() {
        let killed = Some(Metric::named("killed"));
        for text in [
            "The deaths included seven victims at the city hospital.",
            "Of the dead, seven were at the city hospital.",
        ] {
            assert_eq!(summary(text)[0].2, killed, "{text}");
        }
        assert_eq!(
            summary("Twelve people died, including seven at the city hospital.")[1].2,
            killed
        );
        // (a count of its own taken there is hurt)
        assert_eq!(
            summary("Twelve people died and seven were taken to the city hospital.")[1].2,
            Some(Metric::named("injured"))
        );
    }

    #[test]
    fn a_verb_of_attackers_names_what_befell_its_object() {
        assert_eq!(
            summary("Kidnappers took 234 girls from the school.")[0].2,
            Some(Metric::named("abducted"))
        );
        assert_eq!(
            summary("The boat took 40 people across the river.")[0].2,
            Some(Metric::OTHER)
        );
    }

    #[test]
    fn admitted_counts_are_hurt_and_captures_are_arrests() {
        assert_eq!(
            summary("Officials said 439 were admitted.")[0].2,
            Some(Metric::named("injured"))
        );
        assert_eq!(
            summary("Police announced the capture of three people in the flat.")[0].2,
            Some(Metric::named("arrested"))
        );
    }

    #[test]
    fn people_told_to_leave_or_housed_elsewhere_are_displaced() {
        // (but those rescued from their homes are rescued)
        assert_eq!(
            summary("Rescuers pulled 35 people from their homes.")[0].2,
            Some(Metric::named("rescued"))
        );
        for text in [
            "Tens of thousands of people were told to evacuate.",
            "Some 20,000 people remain under evacuation orders.",
            "About 300 families are staying with relatives.",
            // driven from home or into shelter by a verb before them
            "The fires forced thousands from their homes.",
            "The storm forced 2,400 residents to take shelter in schools.",
            "Hundreds of families spent the night under the open sky.",
        ] {
            assert_eq!(
                summary(text)[0].2,
                Some(Metric::named("displaced")),
                "{text}"
            );
        }
    }

    #[test]
    fn a_count_that_lay_dead_was_killed() {
        assert_eq!(
            summary("By the time it was over, 59 people lay dead.")[0].2,
            Some(Metric::named("killed"))
        );
    }

    #[test]
    fn a_toll_verb_moves_a_named_figure() {
        let killed = Some(Metric::named("killed"));
        // the increment and the new toll
        assert_eq!(
            summary("The death toll rose by 668 to 4,000."),
            [
                (Some(668), Exact, killed, "people".into()),
                (Some(4000), Exact, killed, "people".into())
            ]
        );
        // "went" and "gone" move it too, from the old figure to the new, no range
        for text in [
            "The toll has gone up from 71 to 83.",
            "The toll went from 71 to 83.",
        ] {
            let figures: Vec<_> = summary(text).into_iter().map(|d| (d.0, d.1, d.2)).collect();
            assert_eq!(
                figures,
                [(Some(71), Exact, killed), (Some(83), Exact, killed)],
                "{text}"
            );
        }
        // "hit" moves the toll here, attacking nothing
        assert_eq!(
            summary("The death toll is expected to hit 250.")[0].2,
            killed
        );
        // a name given its figure names no later one but by a change
        let given = summary(
            "Officials placed the death toll at 64 after the storm, which cut power to more than 3,000 people.",
        );
        assert_eq!(given[0], (Some(64), Exact, killed, "people".into()));
        assert!(given[1..].iter().all(|c| c.2 != killed), "{given:?}");
        assert_eq!(
            summary("The death toll stood at 40 on Monday and rose to 46 on Tuesday.")
                .iter()
                .map(|c| (c.0, c.2))
                .collect::<Vec<_>>(),
            [(Some(40), killed), (Some(46), killed)]
        );
        assert_eq!(
            summary("The death toll, which currently sits at 110, is expected to rise."),
            [(Some(110), Exact, killed, "people".into())]
        );
        assert_eq!(
            summary("The toll has risen to 54 people and 63 others are missing.")[0].2,
            killed
        );
        // a name that is also a verb, after a pronoun, is the verb; after an article the name
        assert_ne!(
            summary("It remains high, surpassing a total of 1,000 aftershocks.")[0].2,
            killed
        );
        assert_eq!(summary("The remains of 12 people were found.")[0].2, killed);
        // a participle on the noun beats a name before it
        assert_eq!(
            summary("Police had a list of 400 missing people.")[0].2,
            Some(Metric::named("missing"))
        );
    }

    #[test]
    fn a_figure_of_how_many_more_is_an_increment() {
        let increments = |text: &str| drafts(text).iter().map(|d| d.increment).collect::<Vec<_>>();
        assert_eq!(increments("Two more died overnight."), [true]);
        assert_eq!(increments("A further 300 were injured."), [true]);
        assert_eq!(increments("Rescuers found five additional bodies."), [true]);
        assert_eq!(increments("The toll rose by 12 to 88."), [true, false]);
        assert_eq!(increments("More than 300 people died."), [false]);
        assert_eq!(increments("At least 57 militants were killed."), [false]);
    }

    #[test]
    fn a_name_reaches_its_figure_past_a_focus_word_or_an_opening_quote() {
        let killed = Some(Metric::named("killed"));
        for text in [
            "The clinic confirmed the deaths of only seven people.",
            "Rescuers recovered the bodies of just three people.",
        ] {
            let d = drafts(text);
            assert_eq!(d.len(), 1, "{text}");
            assert_eq!(d[0].metric, killed, "{text}");
        }
        assert_eq!(
            summary("The governor said the death toll was \u{201c}about 23.\u{201d}"),
            [(Some(23), About, killed, "people".into())]
        );
        // … or a word adding it to others, but past no other word ("killed and a further 30
        // injured" is no death toll of 30)
        let injured = Some(Metric::named("injured"));
        assert_eq!(
            drafts("The mayor confirmed the hospitalisation of another nine pupils.")[0].metric,
            injured
        );
        assert_eq!(
            drafts("At least 17 people were killed and a further 44 injured.")[1].metric,
            injured
        );
    }

    #[test]
    fn a_bare_participle_before_a_preposition_is_the_figures_predicate() {
        // ("85 abducted school children" stays an attribute: a noun follows)
        let d = drafts("Officials said 31 died and 240 treated for burns.");
        assert_eq!(d.len(), 2);
        assert_eq!(
            (d[1].quantity.value, d[1].metric),
            (Some(240), Some(Metric::named("injured")))
        );
        assert_eq!(
            drafts("Officials said 31 died and 240 hospitalised for injuries.")[1].metric,
            Some(Metric::named("injured"))
        );
        let attribute = drafts("Police said 52 abducted school children were freed.");
        assert_eq!(attribute[0].metric, Some(Metric::named("abducted")));
        assert!(attribute[0].subject().to_string().contains("children"));
    }

    #[test]
    fn a_noun_after_a_bare_comma_joins_a_list_only_before_a_coordinator() {
        assert_eq!(
            summary("At least 19 dead, victims still being traced after blast at market"),
            [(
                Some(19),
                AtLeast,
                Some(Metric::named("killed")),
                "people".into()
            )]
        );
        // a list of nouns sharing one verb ends in a coordinator
        let listed = drafts("Three guards, their driver and a cook were rescued on Monday.");
        assert_eq!(listed[0].metric, Some(Metric::named("rescued")));
    }

    #[test]
    fn nominal_figures_and_revisions() {
        let d = drafts("Rescuers found 9 bodies, revising an earlier death toll of four.");
        assert_eq!(d.len(), 2);
        assert_eq!(
            (d[0].quantity.value, d[0].metric),
            (Some(9), Some(Metric::named("killed")))
        );
        assert_eq!(d[0].subject(), Subject::People);
        assert_eq!((d[1].quantity.value, d[1].superseded), (Some(4), true));
        assert_eq!(d[1].metric, Some(Metric::named("killed")));
        // a name the figure hangs on beats an outcome in a clause about the counted
        assert_eq!(
            drafts("They found the bodies of 20 miners who were trapped underground.")[0].metric,
            Some(Metric::named("killed"))
        );
        assert_eq!(
            summary("The confirmed number of drowned fishermen has risen to 31."),
            [(
                Some(31),
                Exact,
                Some(Metric::named("killed")),
                "civilians".into()
            )]
        );
    }

    #[test]
    fn a_list_after_a_name_of_its_outcome_shares_it() {
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            metrics(
                "Officials confirmed the deaths of seven tourists, six Filipinos and two Romanians."
            ),
            [killed, killed, killed]
        );
    }

    #[test]
    fn an_outcome_reads_by_the_class_of_the_counted() {
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        assert_eq!(
            metrics("Gunmen captured 300 students."),
            [Some(Metric::named("abducted"))]
        );
        assert_eq!(
            metrics("Troops captured six militants."),
            [Some(Metric::named("arrested"))]
        );
    }

    #[test]
    fn including_lists_are_parts() {
        let d = drafts("The quake killed 14 people, including four women and two children.");
        assert_eq!(d.len(), 3);
        assert_eq!(d[0].part, Part::Whole);
        assert_eq!(d[1].part, Part::Of(Some(0)));
        assert_eq!(d[2].part, Part::Of(Some(0)));
        assert_eq!(d[2].metric, Some(Metric::named("killed")));
        let d = drafts("Police said 15 bodies, including nine soldiers, had been recovered.");
        assert_eq!(d[1].part, Part::Of(Some(0)));
        assert_eq!(d[1].subject(), Subject::SecurityForces);
        assert_eq!(d[1].metric, Some(Metric::named("killed")));
        // (a marker may name the parts' remains: "including those of")
        let d =
            drafts("So far 210 bodies, including those of 83 women and 29 children, were found.");
        assert_eq!(
            d.iter().map(|d| (d.part, d.metric)).collect::<Vec<_>>(),
            [
                (Part::Whole, Some(Metric::named("killed"))),
                (Part::Of(Some(0)), Some(Metric::named("killed"))),
                (Part::Of(Some(0)), Some(Metric::named("killed")))
            ]
        );
        // a count after the list with an outcome of its own is a count of its own, and its
        // outcome is not the parts'
        let killed = Some(Metric::named("killed"));
        let injured = Some(Metric::named("injured"));
        let d = drafts(
            "The attack killed 84 people, including 10 children, 5 women, and up to 202 \
             others were injured.",
        );
        assert_eq!(
            d.iter().map(|d| (d.part, d.metric)).collect::<Vec<_>>(),
            [
                (Part::Whole, killed),
                (Part::Of(Some(0)), killed),
                (Part::Of(Some(0)), killed),
                (Part::Whole, injured)
            ]
        );
        // a marker naming an outcome gives it to the parts of an earlier sentence's count
        let d = drafts("Among the arrested are two women and four men.");
        let arrested = Some(Metric::named("arrested"));
        assert_eq!(
            d.iter().map(|d| (d.part, d.metric)).collect::<Vec<_>>(),
            [(Part::Of(None), arrested), (Part::Of(None), arrested)]
        );
    }

    #[test]
    fn vague_and_headline_forms() {
        assert_eq!(
            summary("Dozens killed as floods sweep region"),
            [(None, Vague, Some(Metric::named("killed")), "people".into())]
        );
        assert_eq!(
            summary("Hundreds of protesters arrested in capital"),
            [(
                None,
                Vague,
                Some(Metric::named("arrested")),
                "other:protesters".into()
            )]
        );
        assert_eq!(
            summary("Rebels abducted 14 students from a school"),
            [(
                Some(14),
                Exact,
                Some(Metric::named("abducted")),
                "other:students".into()
            )]
        );
    }

    #[test]
    fn numbers_without_an_outcome_are_not_counts() {
        assert!(summary("The province is home to 240 million people.").is_empty());
        assert!(summary("Officials met 3 times this week.").is_empty());
        assert!(summary("They could see one another.").is_empty());
        assert!(summary("It was one point of contention.").is_empty());
        assert!(summary("The 12 quake was strong.").is_empty());
        assert!(summary("The battered city of 500,000 people was dark.").is_empty());
        assert!(summary("Here are the top 10 developments so far.").is_empty());
        // hospitals and organisations are where the counted go, not what is counted
        assert!(summary("The injured were taken to 12 hospitals.").is_empty());
        assert!(summary("Aid came from 40 organisations, officials said.").is_empty());
        // a figure in a phrase after a counted noun says what those are
        assert_eq!(
            summary("Thirty-seven foreigners of eight nationalities were killed.").len(),
            1
        );
    }

    #[test]
    fn a_bare_figure_with_a_place_shares_the_count_before_it() {
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            summary("Officials said 12,306 people had died in Valdoria and 1,457 in Ostrane."),
            [
                (Some(12306), Exact, killed, "people".into()),
                (Some(1457), Exact, killed, "people".into())
            ]
        );
        // (past a copula: "… 42 were in Nippes and 100 were in Grand Anse")
        let metrics = |text: &str| summary(text).into_iter().map(|s| s.2).collect::<Vec<_>>();
        // (a name after an article: "at the Central Mosque")
        assert_eq!(
            metrics("In all, 49 people died, 41 at the Central Mosque and 7 at Linwood Mosque."),
            [killed; 3]
        );
        assert_eq!(
            metrics("Officials said 160 of the deaths were in Sud, 42 were in Nippes."),
            [killed; 2]
        );
        // each figure listed with its place is an item of the list, past the place before it
        assert_eq!(
            metrics("The dead included 30 from Nigeria, 12 from Ghana and 5 from Mali."),
            [killed; 3]
        );
        let wholes = |text: &str| {
            drafts(text)
                .into_iter()
                .map(|d| d.part == Part::Whole)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            wholes("The storm killed 40 people in Cuba, 12 in Haiti and 3 in Jamaica."),
            [true; 3]
        );
        // figures listed after their places' names: "Egypt had 146 and Indonesia 100"
        assert_eq!(
            metrics("Iran had 465 of its pilgrims killed, while Egypt had 146 and Indonesia 100."),
            [killed; 3]
        );
        assert_eq!(
            metrics("The death tolls are Chile with 75; Ghana 64; Mali 60; Kenya eight."),
            [killed; 4]
        );
        // one name before a number is no list ("Flight 610")
        assert_eq!(
            metrics("The plane, Flight 610, crashed into the sea, killing 189 people."),
            [killed]
        );
    }

    #[test]
    fn a_figure_that_could_be_reached_is_an_upper_bound() {
        let killed = Some(Metric::named("killed"));
        assert_eq!(
            summary("The death toll could reach 5,000, experts said."),
            [(Some(5000), UpTo, killed, "people".into())]
        );
        assert_eq!(
            summary("The toll could be as high as 90."),
            [(Some(90), UpTo, killed, "people".into())]
        );
    }

    #[test]
    fn a_part_of_a_group_counts_only_with_an_outcome_of_its_own() {
        assert_eq!(
            summary("Six of them were declared dead at the scene."),
            [(
                Some(6),
                Exact,
                Some(Metric::named("killed")),
                "people".into()
            )]
        );
        assert_eq!(
            summary("21 of the injured people were in critical condition."),
            [(
                Some(21),
                Exact,
                Some(Metric::named("injured")),
                "people".into()
            )]
        );
        // a group named by its outcome counts its members; their own outcome moves them on
        assert_eq!(
            summary("Nine of the dead were police officers."),
            [(
                Some(9),
                Exact,
                Some(Metric::named("killed")),
                "security_forces".into()
            )]
        );
        assert_eq!(
            summary("Four of the injured later succumbed to their wounds."),
            [(
                Some(4),
                Exact,
                Some(Metric::named("killed")),
                "people".into()
            )]
        );
        assert!(summary("Five of them, seriously.").is_empty());
        // (or by a participle before its noun)
        assert_eq!(
            summary("Twenty-seven of the dead people were said to be policemen."),
            [(
                Some(27),
                Exact,
                Some(Metric::named("killed")),
                "security_forces".into()
            )]
        );
    }

    #[test]
    fn a_part_picked_by_a_pronoun_is_an_aside_with_its_own_outcome() {
        let metrics = |text: &str| -> Vec<(Option<u64>, Option<Metric>)> {
            summary(text)
                .into_iter()
                .map(|(value, _, metric, _)| (value, metric))
                .collect()
        };
        let killed = || Some(Metric::named("killed"));
        // the outcome after the aside is the whole's, and its part's
        assert_eq!(
            metrics("Seventeen people, two of whom were foreigners, were killed."),
            [(Some(17), killed()), (Some(2), killed())]
        );
        assert_eq!(
            metrics("Two people, one of them a child, were killed."),
            [(Some(2), killed())]
        );
        // the outcome inside the aside is the part's alone
        let whole = metrics("The boat carried 50 migrants, 12 of whom drowned.");
        assert_eq!(whole[1], (Some(12), killed()));
        assert_ne!(whole[0].1, killed());
        let whole = metrics("Rescuers found 30 survivors, two of whom later died.");
        assert_eq!(whole[1], (Some(2), killed()));
        assert_ne!(whole[0].1, killed());
    }

    #[test]
    fn a_counted_plural_without_an_outcome_is_an_other_count() {
        assert_eq!(
            summary("There were 34 naval ships and 18 helicopters at the scene."),
            [
                (Some(34), Exact, Some(Metric::OTHER), "other:vessels".into()),
                (
                    Some(18),
                    Exact,
                    Some(Metric::OTHER),
                    "other:helicopters".into()
                ),
            ]
        );
    }

    #[test]
    fn a_country_that_loses_a_bare_figure_loses_people() {
        assert_eq!(
            summary("Egypt lost 148 in the crush.")[0].2,
            Some(Metric::named("killed"))
        );
        // (what else loses a bare figure loses no one)
        assert_eq!(summary("The company lost 148 in the crush."), []);
    }

    #[test]
    fn a_verb_ending_its_clause_after_a_vehicle_needs_no_auxiliary() {
        let killed = Some(Metric::named("killed"));
        for text in [
            "While 241 persons on board the aircraft died, one passenger survived.",
            "241 people aboard the plane died in the crash.",
        ] {
            assert_eq!(summary(text)[0].2, killed, "{text}");
        }
        // (a participle of the vehicle, before its agent, is not what became of them)
        assert_eq!(
            summary("Some 200 of those on board the boat hit by the wave are missing.")[0].2,
            Some(Metric::named("missing"))
        );
    }

    #[test]
    fn families_beyond_harm_are_found_by_their_words() {
        let rescued = Metric::named("rescued");
        let on_board = Metric::named("on_board");
        assert_eq!(
            summary("The train was carrying 450 passengers."),
            [(Some(450), Exact, Some(on_board), "other:passengers".into())]
        );
        assert_eq!(
            summary("Coast guards rescued 179 people."),
            [(Some(179), Exact, Some(rescued), "people".into())]
        );
        // people no one can reach are missing; people operated on are hurt
        let missing = Metric::named("missing");
        for text in [
            "Rescuers lost contact with 36 firefighters.",
            "The operator is yet to establish contact with 163 passengers.",
            "Some 146 passengers have been unreachable since Tuesday.",
        ] {
            assert_eq!(summary(text)[0].2, Some(missing), "{text}");
        }
        // (a group written in two words is the group written in one)
        assert_eq!(
            summary("Officials said 36 fire fighters were still missing."),
            [(Some(36), Exact, Some(missing), "other:firefighters".into())]
        );
        assert_eq!(
            summary("Some 62 people have been operated on.")[0].2,
            Some(Metric::named("injured"))
        );
    }

    #[test]
    fn a_plural_no_hand_list_holds_counts_by_wordnet() {
        // regular, irregular and "-men" plurals of nouns no list in the lexicon names
        for (text, value, subject) in [
            ("34 tugboats were sunk.", 34, "other:tugboats"),
            ("12 kayaks capsized.", 12, "other:kayaks"),
            (
                "Police said 20 alumni gathered at the gate.",
                20,
                "other:alumni",
            ),
            ("The storm left 15 linemen at work.", 15, "other:linemen"),
        ] {
            assert_eq!(
                summary(text),
                [(Some(value), Exact, Some(Metric::OTHER), subject.into())],
                "{text}"
            );
        }
        // a word WordNet knows only as an adverb or adjective is no counted noun
        assert!(summary("The club signed 12 overseas.").is_empty());
        assert!(summary("The team won 5 afterwards.").is_empty());
    }

    #[test]
    fn list_items_share_an_outcome_written_after_the_last_plural() {
        let killed = Some(Metric::named("killed"));
        // a plural's outcome right after it is what befell the list, not a noun of outcome
        // ("31 civilian deaths"); "&" joins items as "and" does
        for text in [
            "Nine staff and 8 patients dead in airstrike on hospital.",
            "Police say 5 staff members & at least 6 patients killed in the airstrike.",
        ] {
            let found = summary(text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            assert!(found.iter().all(|f| f.2 == killed), "{text}: {found:?}");
        }
        assert_eq!(
            summary("Police said 12 civilian dead were found.")[0].2,
            killed
        );
        // people missing and feared dead are missing
        assert_eq!(
            summary("Searchers looked for 130 people missing and feared dead.")[0].2,
            Some(Metric::named("missing"))
        );
        // a verb after a partitive's pronoun names no members: they stay the whole's people
        let found = summary("At least 37 people were injured, 19 of whom worked at the hospital.");
        assert_eq!(found[1].0, Some(19));
        assert_eq!(found[1].3, "people");
    }

    #[test]
    fn a_figure_named_by_an_outcome_counts_the_plural_after_it() {
        let destroyed = Some(Metric::named("destroyed"));
        for text in [
            "The number of damaged houses rose to 500.",
            "The number of severely damaged houses rose to 500.",
        ] {
            let found = summary(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].2, destroyed, "{text}");
            assert_eq!(found[0].3, "other:houses", "{text}");
        }
        // a plural-looking word that moves the figure is its verb, no noun it counts
        assert_eq!(summary("Number of Missing Falls to 31")[0].3, "people");
        // a change from one figure to another is two figures, past a comma too
        let found = summary("The number of damaged houses has increased, from 7,817 to 8,151.");
        let values: Vec<_> = found.iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(values, [(Some(7817), Exact), (Some(8151), Exact)]);
    }

    #[test]
    fn a_graver_main_verb_closed_by_a_time_is_the_counts() {
        for text in [
            "Six people who had been hospitalized died Sunday.",
            "Ten people injured in the blast died yesterday.",
        ] {
            assert_eq!(summary(text)[0].2, Some(Metric::named("killed")), "{text}");
        }
    }

    #[test]
    fn a_part_of_a_whole_named_by_its_outcome_has_the_verb_after_it() {
        let (killed, injured) = (
            Some(Metric::named("killed")),
            Some(Metric::named("injured")),
        );
        for text in [
            "Six of the 140 injured died in hospital.",
            "Six of the 140 injured died of their injuries.",
            "Six of the more than 140 injured died in hospital.",
        ] {
            let found = summary(text);
            let metrics: Vec<_> = found.iter().map(|f| (f.0, f.2)).collect();
            assert_eq!(metrics, [(Some(6), killed), (Some(140), injured)], "{text}");
        }
        // a participle after the whole is the part's when its own verb names no outcome
        assert_eq!(
            summary("18 of the 26 hostages killed in the ambush were soldiers.")[0].2,
            killed
        );
    }

    #[test]
    fn a_count_opening_its_own_clause_after_a_coordinator_takes_no_verb_before_it() {
        let (killed, injured) = (
            Some(Metric::named("killed")),
            Some(Metric::named("injured")),
        );
        let metrics = |text: &str| -> Vec<_> { summary(text).into_iter().map(|f| f.2).collect() };
        assert_eq!(
            metrics("Gunmen killed a guard and 14 others were hurt."),
            [injured]
        );
        assert_eq!(
            metrics("Nine workers lost their lives and 48 others were hurt."),
            [killed, injured]
        );
        // the verb's objects listed after it are still its own
        assert_eq!(
            metrics("Gunmen killed their driver and 14 passengers."),
            [killed]
        );
    }

    #[test]
    fn forces_listed_with_other_classes_are_people() {
        let subjects = |text: &str| -> Vec<String> {
            summary(text).into_iter().map(|found| found.3).collect()
        };
        assert_eq!(
            subjects("The toll has risen to 24 soldiers, staff and civilians, the army said."),
            ["people"]
        );
        // … as are others listed with forces ("firefighters" names a group of its own)
        assert_eq!(
            subjects("Some 900 firefighters, police and soldiers searched the hillside."),
            ["people"]
        );
        assert_ne!(
            subjects("Some 900 firefighters searched the hillside."),
            ["people"]
        );
        // forces of one class, a figure of its own, or no closing coordinator: no list
        assert_eq!(
            subjects("The attack killed 10 soldiers and police officers."),
            ["security_forces"]
        );
        assert_eq!(
            subjects("Militants killed 13 soldiers and three civilians."),
            ["security_forces", "civilians"]
        );
        assert_eq!(
            subjects("Troops killed 27 militants, officials said."),
            ["militants"]
        );
    }

    #[test]
    fn a_clause_joined_by_a_coordinator_may_open_a_group_or_a_verb_of_its_own() {
        let killed = Some(Metric::named("killed"));
        // a group opened after "and" is a fronted group of its own, no figure of the name
        // before it
        let found = summary(
            "Till Monday, 136 people were still missing and of the 70 declared dead, 14 were \
             found in the tunnel.",
        );
        let metrics: Vec<_> = found.iter().map(|f| (f.0, f.2)).collect();
        assert_eq!(
            metrics,
            [
                (Some(136), Some(Metric::named("missing"))),
                (Some(70), killed),
                (Some(14), killed)
            ]
        );
        // a verb no family names, then one joined to it that does
        assert_eq!(
            summary("The remaining six fell into the river and were presumed dead.")[0].2,
            killed
        );
        assert_eq!(
            summary("Twelve soldiers and their commander were later killed.")[0].2,
            killed
        );
        // "were able to" is one more auxiliary
        assert_eq!(
            summary("Two were able to be rescued.")[0].2,
            Some(Metric::named("rescued"))
        );
        // "increasing" moves a named figure
        assert_eq!(
            summary(
                "The death toll rose sharply on Friday, increasing from 4,015, officials said."
            )[0]
            .2,
            killed
        );
    }

    #[test]
    fn a_name_of_capitalised_words_before_a_noun_modifies_it() {
        // whatever the name's first word is alone
        assert_eq!(
            summary("The airstrike killed nine Doctors Without Borders staff members."),
            [(
                Some(9),
                Exact,
                Some(Metric::named("killed")),
                "other:staff".into()
            )]
        );
        // a day after a nationality is no part of a name: the demonym is the noun
        assert_eq!(
            summary("The raid killed 40 Indians Tuesday morning.")[0].3,
            "other:indians"
        );
    }

    #[test]
    fn a_figure_named_by_a_noun_with_a_usual_outcome_takes_it() {
        let displaced = Some(Metric::named("displaced"));
        // "the number of refugees … is": the noun's usual outcome, right after "number of";
        // the parts after a breakdown marker keep their own nouns' outcomes and quotes
        let found = drafts(
            "The number of refugees recorded as of today is 73,874 people, consisting of \
             33,713 male refugees and 40,161 female refugees.",
        );
        let metrics: Vec<_> = found.iter().map(|d| (d.quantity.value, d.metric)).collect();
        assert_eq!(
            metrics,
            [
                (Some(73874), displaced),
                (Some(33713), displaced),
                (Some(40161), displaced)
            ]
        );
        assert_eq!(
            found[1].first, found[1].quantity.first,
            "the part's quote is its own"
        );
        assert_eq!(
            summary("The number of patients rose to 50.")[0].2,
            Some(Metric::named("injured"))
        );
        // people housed are displaced
        assert_eq!(
            summary("There are 100 relief camps where more than 10,800 people are housed.")
                .iter()
                .find(|f| f.0 == Some(10800))
                .and_then(|f| f.2),
            displaced
        );
        // an ordinal's "one" is a pronoun
        assert!(summary("The village was the first one to be hit by the flood.").is_empty());
    }

    #[test]
    fn a_graver_outcome_past_a_purpose_or_a_facility_holds() {
        let killed = Some(Metric::named("killed"));
        // an infinitive of purpose is no main verb; "expected to die" is
        for text in [
            "Officials said another 9 people who had suffered injuries after leaping from a \
             window to flee the smoke later died in hospitals.",
            "Officials said 30 people injured in the blast are expected to die.",
        ] {
            assert_eq!(summary(text)[0].2, killed, "{text}");
        }
        // more bodies at a hospital are bodies; more soldiers taken there are hurt
        let found = summary(
            "Sixteen bodies are in cold storage at the morgue, and 11 others are at the Civil \
             Hospital.",
        );
        assert_eq!(found[1].2, killed);
        let found = summary("Ten soldiers were killed and 15 others were taken to hospital.");
        assert_eq!(found[1].2, Some(Metric::named("injured")));
    }

    #[test]
    fn members_of_an_owner_named_after_them_are_its_class() {
        for text in [
            "Two members of the police were injured.",
            "Two off-duty members of the Los Angeles Sheriff's Department were injured.",
        ] {
            assert_eq!(summary(text)[0].3, "security_forces", "{text}");
        }
        assert_eq!(
            summary("Three members of the family were killed.")[0].3,
            "other:members"
        );
        // a life lost is a death
        assert_eq!(
            summary("One life was lost.")[0].2,
            Some(Metric::named("killed"))
        );
    }

    #[test]
    fn the_whole_a_speaking_part_is_taken_from_is_counted() {
        assert_eq!(
            summary("Some of the 155 survivors reported that fishing boats passed by."),
            [(
                Some(155),
                Exact,
                Some(Metric::named("survived")),
                "people".into()
            )]
        );
        // the speakers themselves are no count
        assert!(summary("Two survivors said the boat capsized.").is_empty());
    }

    #[test]
    fn an_outcome_before_the_means_it_came_by_is_no_verb_with_an_object() {
        let found = summary("Officials said 88 bodies were identified through fingerprints.");
        assert_eq!(found[0].2, Some(Metric::named("identified")));
        let found = summary("Officials said 141 victims identified through fingerprints.");
        assert_eq!(found[0].2, Some(Metric::named("identified")));
    }

    #[test]
    fn a_figure_listed_by_origin_after_counted_nationals_counts_its_own_nationals() {
        let found = summary(
            "The airline said 27 Australians, 23 Malaysians, 11 from Indonesia and 4 Germans.",
        );
        let indonesia = found
            .iter()
            .find(|f| f.0 == Some(11))
            .expect("the figure by origin");
        assert_eq!(indonesia.2, Some(Metric::OTHER));
        // (not the mate's Malaysians)
        assert_eq!(indonesia.3, "other:indonesian");
        // a mate that counts no nationals gives its noun
        let found = summary("Officials said 12 houses were in Amberly and 5 in Dunmore.");
        assert_eq!(found[1].3, "other:houses");
    }

    #[test]
    fn others_a_verb_of_their_own_acts_on_are_no_share_of_the_count_before() {
        let found = drafts("Storms have killed 31 people and wounded 190 others in the north.");
        let others = found
            .iter()
            .find(|d| d.quantity.value == Some(190))
            .unwrap();
        assert_eq!(others.metric, Some(Metric::named("injured")));
        assert_eq!(others.part, Part::Whole);
        // others with no verb of their own, where the count before was, take its outcome
        let found = drafts(
            "Twenty people were pronounced dead at the clinic and six others at the burns unit.",
        );
        assert_eq!(found[1].metric, Some(Metric::named("killed")));
    }

    #[test]
    fn a_figure_a_distance_away_counts_nothing() {
        assert!(
            summary("A neighbour who lives 12 houses away from the depot said windows shook.")
                .is_empty()
        );
        // unless the verb before it, with that "away", acts on what it counts
        assert_eq!(
            summary("The current swept 12 bathers away from the jetty.")[0].2,
            Some(Metric::named("missing"))
        );
    }

    #[test]
    fn a_verb_and_the_words_after_its_object_name_one_outcome() {
        assert_eq!(
            summary("Raiders burned 17 villagers to death.")[0].2,
            Some(Metric::named("killed"))
        );
        assert_eq!(
            summary("A crowd beat two drivers to death.")[0].2,
            Some(Metric::named("killed"))
        );
        assert_eq!(
            summary("Pirates took 20 sailors hostage.")[0].2,
            Some(Metric::named("abducted"))
        );
        // a verb that makes no outcome with them leaves the count alone
        assert_ne!(
            summary("A tribunal sentenced five drivers to death.")[0].2,
            Some(Metric::named("killed"))
        );
    }

    #[test]
    fn a_state_joined_to_an_outcome_that_ends_it_is_the_counts() {
        for text in [
            "Staff said three patients have been treated and discharged.",
            "Staff said three patients were treated and later discharged.",
            "Staff said three patients were treated and released.",
        ] {
            assert_eq!(
                summary(text)[0].2,
                Some(Metric::named("discharged")),
                "{text}"
            );
        }
        // a graver or unrelated outcome after it is another count's
        let found = summary("Twelve people were injured and three were discharged.");
        assert_eq!(found[0].2, Some(Metric::named("injured")));
    }

    #[test]
    fn a_name_that_ends_in_its_link_heads_the_figure_after_it() {
        let found = summary("The mayor confirmed the death of 14 people and 38 injured.");
        assert_eq!(found[0].2, Some(Metric::named("killed")));
        assert_eq!(found[1].2, Some(Metric::named("injured")));
    }

    #[test]
    fn the_lexicon_names_tallies_corpses_shelter_and_treatment_sought() {
        let metric = |text: &str| summary(text)[0].2;
        assert_eq!(
            metric("The death tally climbed to 31."),
            Some(Metric::named("killed"))
        );
        assert_eq!(
            metric("The number of corpses at the morgue is 19."),
            Some(Metric::named("killed"))
        );
        assert_eq!(
            metric("So far 71 have sought medical treatment."),
            Some(Metric::named("injured"))
        );
        assert_eq!(
            metric("About 3,400 are sheltered in two towns."),
            Some(Metric::named("displaced"))
        );
        // a colour says what the counted look like, not which they are
        assert_eq!(
            summary("The blast overturned three red fire engines.")[0].3,
            "other:fire engines"
        );
    }

    #[test]
    fn a_class_noun_before_other_nouns_and_a_plural_modifies_them() {
        let found = summary("Officials said 23 town sanitation workers were injured.");
        assert_eq!(
            found,
            [(
                Some(23),
                Exact,
                Some(Metric::named("injured")),
                "civilians".into()
            )]
        );
        let found = summary("At least 31 medics and 23 city transit employees were injured.");
        let metrics: Vec<_> = found.iter().map(|f| (f.0, f.2)).collect();
        assert_eq!(
            metrics,
            [
                (Some(31), Some(Metric::named("injured"))),
                (Some(23), Some(Metric::named("injured")))
            ]
        );
    }

    #[test]
    fn members_named_through_a_link_keep_the_outcome_of_their_group() {
        let found = summary("Only nine of the dead had been named as teachers.");
        assert_eq!(
            found,
            [(
                Some(9),
                Exact,
                Some(Metric::named("killed")),
                "civilians".into()
            )]
        );
        // (with no members named, identifying them is the outcome)
        let found = summary("Of the 52 dead, 29 have been identified so far.");
        assert_eq!(
            found[1].2.map(|m| m.to_string()).as_deref(),
            Some("identified")
        );
    }

    #[test]
    fn what_a_purpose_is_about_is_no_outcome_of_those_sent() {
        for text in [
            "Three guards deployed to protect the injured after the blast were killed.",
            "Three divers who went to help the wounded have died.",
            // (where they were taken is no purpose)
            "Two people taken to hospital died later.",
            "Two people taken to the hospital died later.",
        ] {
            assert_eq!(
                drafts(text)[0].metric,
                Some(Metric::named("killed")),
                "{text}"
            );
        }
        let text = "Ten workers sent to repair the line were injured.";
        assert_eq!(drafts(text)[0].metric, Some(Metric::named("injured")));
        // (a fronted group's clause ends at its comma, right after the marker)
        let values: Vec<_> = drafts("Of the 30 workers sent to, 12 died.")
            .iter()
            .map(|d| d.quantity.value)
            .collect();
        assert_eq!(values, [Some(30), Some(12)]);
    }

    #[test]
    fn the_bundled_lexicon_reads_more_ways_of_dying_hurt_and_sheltering() {
        let metric = |text: &str| drafts(text)[0].metric;
        assert_eq!(
            metric("The fire claimed lives of at least 23 people."),
            Some(Metric::named("killed"))
        );
        assert_eq!(
            metric("The lorry mowed down 16 cyclists."),
            Some(Metric::named("killed"))
        );
        assert_eq!(
            metric("Medics said 16 people were left dead."),
            Some(Metric::named("killed"))
        );
        let injured = "Some 64 workers sustained various degrees of injury.";
        assert_eq!(metric(injured), Some(Metric::named("injured")));
        let sheltered = "About 3,400 villagers were accommodated in churches.";
        assert_eq!(metric(sheltered), Some(Metric::named("displaced")));
        let found = summary("Medics treated the 30-odd people hurt.");
        assert_eq!(
            found,
            [(
                Some(30),
                About,
                Some(Metric::named("injured")),
                "people".into()
            )]
        );
        assert!(drafts("About 65 pct of farms lost power.").is_empty());
        let found = summary("Two accomplices fled.");
        assert_eq!(found[0].3, "militants");
        let held = Some(Metric::named("arrested"));
        assert_eq!(metric("Three clerks are in pre-trial detention."), held);
        assert_eq!(metric("Six guards were placed in police custody."), held);
    }

    #[test]
    fn figures_with_no_outcome_that_add_up_to_the_count_before_them_break_it_down() {
        let parts = |text: &str| -> Vec<_> {
            drafts(text)
                .into_iter()
                .map(|d| (d.quantity.value, d.part))
                .collect()
        };
        let whole = Part::Whole;
        let of_first = Part::Of(Some(0));
        let text = "Crews have found 17 people dead so far, nine adults and eight children.";
        assert_eq!(
            parts(text),
            [(Some(17), whole), (Some(9), of_first), (Some(8), of_first)]
        );
        assert_eq!(
            parts("The 15 deaths were six men and nine women."),
            [(Some(15), whole), (Some(6), of_first), (Some(9), of_first)]
        );
        // (figures that do not add up, or count things beside people, are no breakdown)
        let text = "Crews have found 17 people dead so far, nine adults and nine children.";
        assert!(parts(text)[1..].iter().all(|&(_, part)| part == whole));
        assert_eq!(
            parts("Police said the 30 arrested were 18 students and 12 workers."),
            [
                (Some(30), whole),
                (Some(18), of_first),
                (Some(12), of_first)
            ]
        );
        let text = "The storm killed 17 people, nine cows and eight goats.";
        assert!(parts(text)[1..].iter().all(|&(_, part)| part == whole));
    }

    #[test]
    fn a_count_restating_the_subject_between_commas_takes_the_main_verb() {
        let found = summary("A third of the crew, or about 14 sailors, were rescued.");
        assert_eq!(found[0].0, Some(14));
        assert_eq!(found[0].2, Some(Metric::named("rescued")));
    }

    #[test]
    fn a_count_the_one_before_it_leaves_out_shares_its_outcome_and_no_verb_is_its_noun() {
        let killed = Some(Metric::named("killed"));
        for text in [
            "The toll of 43 excluded the five assailants.",
            "The toll of 43 did not include the five assailants.",
            "Officials put the toll at 43, not counting the five assailants.",
        ] {
            let found = summary(text);
            assert_eq!(found.len(), 2, "{text}");
            // (the word after the toll's figure is its verb, not what it counts)
            assert_eq!(found[0].3, "people", "{text}");
            assert_eq!((found[1].0, found[1].2), (Some(5), killed), "{text}");
            assert_eq!(found[1].3, "militants", "{text}");
        }
        // (the count it leaves out comes before it)
        let found = summary("Excluding the five assailants, police said 43 people died.");
        assert_eq!(found[1].2, killed);
        assert_ne!(found[0].2, killed);
    }

    #[test]
    fn those_an_outcome_befell_name_the_figure_their_copula_gives() {
        let found = summary("Those who had been taken to hospital were about 52.");
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].0, found[0].2),
            (Some(52), Some(Metric::named("injured")))
        );
        let found = summary("Those who died numbered 61.");
        assert_eq!(found[0].2, Some(Metric::named("killed")));
        // (a noun of their own, not the pronoun, names what those counted)
        let found = summary("Those who died included 19 pupils.");
        assert_eq!(found[0].3, "other:students");
    }

    #[test]
    fn a_part_set_off_in_an_aside_takes_its_wholes_outcome_over_its_nouns_usual_one() {
        let found = summary("A fire in which 48 people - 41 patients and seven nurses - died.");
        let metrics: Vec<_> = found.iter().map(|f| f.2).collect();
        assert_eq!(metrics, [Some(Metric::named("killed")); 3]);
        // (alone, patients are the injured)
        let found = summary("Doctors said 41 patients were admitted.");
        assert_eq!(found[0].2, Some(Metric::named("injured")));
    }

    #[test]
    fn a_relative_clause_set_off_with_no_main_verb_after_it_tells_the_outcome() {
        let text = "She was among the 64 villagers, who were abducted when raiders came.";
        assert_eq!(drafts(text)[0].metric, Some(Metric::named("abducted")));
        // (with a main verb after it, the main verb's)
        let text = "All 179 people, who could not be rescued, died.";
        assert_eq!(drafts(text)[0].metric, Some(Metric::named("killed")));
    }

    #[test]
    fn people_held_by_attackers_or_still_with_them_are_abducted() {
        for text in [
            "Elders said 19 pupils are with the kidnappers.",
            "The kidnappers are holding 19 pupils.",
        ] {
            assert_eq!(
                drafts(text)[0].metric,
                Some(Metric::named("abducted")),
                "{text}"
            );
        }
        // (held by others, they are not)
        let text = "Police are holding 12 suspects.";
        assert_ne!(drafts(text)[0].metric, Some(Metric::named("abducted")));
    }
}
