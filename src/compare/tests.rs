//! Unit tests of grouping, status, consensus, party claims, timeline and ranking on synthetic
//! claims.

use super::*;
use crate::model::{Attribution, BlockKind, ClaimId, Mention, Qualifier, ValueRange};

/// Articles `a1…an` and claims `c1…` built in tests.
struct Fixture {
    articles: Vec<Article>,
    claims: Vec<Claim>,
}

impl Fixture {
    fn new(articles: usize) -> Self {
        let articles = (1..=articles)
            .map(|i| Article::new(ArticleId::from_index(i - 1), format!("a{i}.txt")))
            .collect();
        Self {
            articles,
            claims: Vec::new(),
        }
    }

    fn claim(&mut self, article: usize, kind: ClaimKind) -> &mut Claim {
        let id = ClaimId::from_index(self.claims.len());
        self.claims
            .push(blank_claim(id, ArticleId::from_index(article - 1), kind));
        self.claims.last_mut().expect("just pushed")
    }

    /// "`qualifier` `value` `subject` killed" in article `a<article>`.
    fn killed(
        &mut self,
        article: usize,
        value: u64,
        qualifier: Qualifier,
        subject: Subject,
    ) -> &mut Claim {
        let claim = self.claim(article, ClaimKind::Count);
        claim.value = Some(value);
        claim.qualifier = Some(qualifier);
        claim.range = Some(match qualifier {
            Qualifier::Exact => ValueRange {
                low: value,
                high: Some(value),
            },
            Qualifier::AtLeast => ValueRange {
                low: value,
                high: None,
            },
            Qualifier::MoreThan => ValueRange {
                low: value + 1,
                high: None,
            },
            Qualifier::About => ValueRange {
                low: value - value / 5,
                high: Some(value + value / 5),
            },
            Qualifier::UpTo => ValueRange {
                low: 0,
                high: Some(value),
            },
            Qualifier::Vague => unreachable!("use `dozens`"),
        });
        claim.metric = Some(Metric::named("killed"));
        claim.subject = Some(subject);
        claim
    }

    /// "`value` `subject`" with no outcome named, in article `a<article>`.
    fn bare(&mut self, article: usize, value: u64, subject: Subject) -> &mut Claim {
        let claim = self.killed(article, value, Qualifier::Exact, subject);
        claim.metric = Some(Metric::OTHER);
        claim
    }

    /// "dozens of `subject` killed": no value, a range from 12 up.
    fn dozens_killed(&mut self, article: usize, subject: Subject) -> &mut Claim {
        let claim = self.killed(article, 12, Qualifier::AtLeast, subject);
        claim.value = None;
        claim.qualifier = Some(Qualifier::Vague);
        claim
    }

    fn statement(&mut self, article: usize, kind: ClaimKind, actor: &str) -> &mut Claim {
        let claim = self.claim(article, kind);
        claim.statement_mut().actor = Some(actor.into());
        claim
    }

    fn run(&self) -> Vec<Comparison> {
        compare(&self.articles, &self.claims)
    }
}

/// Makes the claim a count reported under `other` with this outcome ("on_board", "rescued").
fn reported_as_other(claim: &mut Claim, predicate: &str) {
    claim.metric = Some(Metric::OTHER);
    claim.predicate = Some(predicate.into());
}

/// A claim with every optional field empty.
pub(super) fn blank_claim(id: ClaimId, article: ArticleId, kind: ClaimKind) -> Claim {
    Claim::new(id, article, kind, BlockKind::Body)
}

fn attribute(claim: &mut Claim, actor: &str) {
    claim.attribution = Some(std::sync::Arc::new(Attribution {
        phrase: actor.into(),
        actor: actor.into(),
        via: None,
    }));
}

/// The index of the comparison that holds claim `id`.
fn comparison_of(comparisons: &[Comparison], id: &str) -> usize {
    comparisons
        .iter()
        .position(|c| c.claims.iter().any(|claim| *claim == id))
        .unwrap_or_else(|| panic!("{id} in no comparison of {comparisons:#?}"))
}

fn by_label<'a>(comparisons: &'a [Comparison], label: &str) -> &'a Comparison {
    comparisons
        .iter()
        .find(|c| c.label == label)
        .unwrap_or_else(|| panic!("no comparison {label:?} in {comparisons:#?}"))
}

fn status_of(claims: &[(usize, u64, Qualifier)]) -> Status {
    let mut fixture = Fixture::new(3);
    for &(article, value, qualifier) in claims {
        fixture.killed(article, value, qualifier, Subject::Militants);
    }
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    comparisons[0].status
}

#[test]
fn claims_from_one_article_are_single() {
    use Qualifier::*;
    assert_eq!(status_of(&[(1, 10, Exact), (1, 40, Exact)]), Status::Single);
}

#[test]
fn equal_figures_agree_and_lower_bounds_are_one_class() {
    use Qualifier::*;
    assert_eq!(status_of(&[(1, 10, Exact), (2, 10, Exact)]), Status::Agree);
    assert_eq!(
        status_of(&[(1, 10, AtLeast), (2, 10, MoreThan)]),
        Status::Agree
    );
    assert_ne!(
        status_of(&[(1, 10, AtLeast), (2, 10, Exact)]),
        Status::Agree
    );
}

#[test]
fn overlapping_ranges_are_compatible() {
    use Qualifier::*;
    assert_eq!(
        status_of(&[(1, 10, AtLeast), (2, 15, Exact), (3, 14, About)]),
        Status::Compatible
    );
}

#[test]
fn ranges_that_cannot_all_hold_conflict() {
    use Qualifier::*;
    assert_eq!(
        status_of(&[(1, 92, AtLeast), (2, 67, Exact)]),
        Status::Conflict
    );
    // Each pair but one overlaps: still a conflict.
    assert_eq!(
        status_of(&[(1, 10, AtLeast), (2, 12, Exact), (3, 15, Exact)]),
        Status::Conflict
    );
}

#[test]
fn vague_quantities_take_part_through_their_range() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 5, Qualifier::Exact, Subject::Militants);
    fixture.dozens_killed(2, Subject::Militants);
    let conflict = fixture.run();
    assert_eq!(conflict[0].status, Status::Conflict);
    let consensus = conflict[0].consensus.as_ref().unwrap();
    assert_eq!((consensus.min, consensus.conservative), (Some(5), Some(5)));

    let mut fixture = Fixture::new(2);
    fixture.killed(1, 40, Qualifier::AtLeast, Subject::Militants);
    fixture.dozens_killed(2, Subject::Militants);
    assert_eq!(fixture.run()[0].status, Status::Compatible);
}

/// Five reports of the main day, the previous day's figure, a two-day total and a place.
fn scoped_fixture() -> Fixture {
    use Qualifier::*;
    let mut fixture = Fixture::new(5);
    for (article, value, qualifier) in [
        (1, 92, AtLeast),
        (2, 67, AtLeast),
        (3, 92, AtLeast),
        (4, 67, Exact),
        (5, 37, AtLeast),
    ] {
        fixture.killed(article, value, qualifier, Subject::Militants);
    }
    for (article, when) in [(1, "a day earlier"), (5, "A day earlier,")] {
        let earlier = fixture.killed(article, 41, Exact, Subject::Militants);
        earlier.time_scope = TimeScope::Earlier;
        earlier.when = Some(when.into());
    }
    let period = fixture.killed(5, 70, MoreThan, Subject::Militants);
    period.time_scope = TimeScope::Period;
    period.when = Some("over the past two days".into());
    for (article, subject, place) in [
        (1, Subject::People, "Riverton"),
        (4, Subject::Civilians, "riverton"),
    ] {
        fixture.killed(article, 11, Exact, subject).place = Some(place.into());
    }
    fixture
}

#[test]
fn time_scopes_and_places_are_compared_apart() {
    let comparisons = scoped_fixture().run();
    let main = by_label(&comparisons, "militants killed");
    assert_eq!(main.claims, ["c1", "c2", "c3", "c4", "c5"]);
    assert_eq!(main.status, Status::Conflict);
    let consensus = main.consensus.as_ref().unwrap();
    assert_eq!((consensus.min, consensus.max), (Some(37), Some(92)));
    assert_eq!(consensus.median, Some(67.0));
    assert_eq!(consensus.distinct, 3);
    assert_eq!(consensus.conservative, Some(37));
    assert!(consensus.silent.is_empty());

    let earlier = by_label(&comparisons, "militants killed — a day earlier");
    assert_eq!(earlier.claims, ["c6", "c7"]);
    assert_eq!(earlier.status, Status::Agree);
    assert_eq!(earlier.time_scope, TimeScope::Earlier);

    let period = by_label(&comparisons, "militants killed — over the past two days");
    assert_eq!(period.claims, ["c8"]);
    assert_eq!(period.status, Status::Single);

    let place = by_label(&comparisons, "civilians/people killed in Riverton");
    assert_eq!(place.claims, ["c9", "c10"]);
    assert_eq!(place.status, Status::Agree);
    assert_eq!(place.subject, Some(Subject::Civilians));
    assert_eq!(place.place.as_deref(), Some("Riverton"));
    assert_eq!(place.consensus.as_ref().unwrap().silent, ["a2", "a3", "a5"]);
    assert_eq!(comparisons.len(), 4);
}

#[test]
fn a_span_an_article_gives_alone_is_its_running_total() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 45, Qualifier::Exact, Subject::People);
    // "the toll has touched 197 in the past 10 days", in an article with no other toll
    let period = fixture.killed(2, 197, Qualifier::Exact, Subject::People);
    period.time_scope = TimeScope::Period;
    period.when = Some("in the past 10 days".into());
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims, ["c1", "c2"]);
    // beside the article's own toll, the span is another figure
    fixture.killed(2, 50, Qualifier::Exact, Subject::People);
    assert_eq!(fixture.run().len(), 2);
    // unless the span's figure is that toll rounded: "more than 1,000 in recent months"
    // beside "at least 1,033"
    fixture.claims.last_mut().expect("the toll").value = Some(210);
    assert_eq!(fixture.run().len(), 1);
    fixture.claims.last_mut().expect("the toll").value = Some(50);
    // and with no toll for the event anywhere, it stays a span's
    fixture.claims.retain(|c| c.time_scope == TimeScope::Period);
    let comparisons = fixture.run();
    assert_eq!(
        comparisons[0].label,
        "civilians/people killed — in the past 10 days"
    );
}

#[test]
fn an_increment_is_shown_but_not_counted() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 54, Qualifier::Exact, Subject::People);
    fixture
        .killed(2, 3, Qualifier::Exact, Subject::People)
        .extras_mut()
        .increment = true;
    fixture.killed(2, 60, Qualifier::Exact, Subject::People);
    let comparisons = fixture.run();
    let killed = by_label(&comparisons, "civilians/people killed");
    assert_eq!(killed.claims, ["c1", "c2", "c3"]);
    let consensus = killed.consensus.as_ref().unwrap();
    assert_eq!(
        (consensus.min, consensus.conservative),
        (Some(54), Some(54))
    );
}

#[test]
fn a_figure_that_stood_later_joins_the_events_timeline() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 30, Qualifier::Exact, Subject::People);
    let later = fixture.killed(2, 45, Qualifier::Exact, Subject::People);
    later.time_scope = TimeScope::Later;
    later.when = Some("the following day".into());
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims, ["c1", "c2"]);
    // an earlier day's figure is another count
    fixture.claims[1].time_scope = TimeScope::Earlier;
    assert_eq!(fixture.run().len(), 2);
}

#[test]
fn a_days_share_is_compared_with_the_same_days_not_the_toll() {
    let mut fixture = Fixture::new(3);
    fixture.killed(1, 34, Qualifier::Exact, Subject::People);
    // "11 were killed on Saturday and eight on Sunday"
    for (article, value, day) in [(2, 11, "Saturday"), (2, 8, "Sunday"), (3, 12, "saturday")] {
        let share = fixture.killed(article, value, Qualifier::Exact, Subject::People);
        share.time_scope = TimeScope::Day;
        share.when = Some(day.into());
    }
    let comparisons = fixture.run();
    let toll = by_label(&comparisons, "civilians/people killed");
    assert_eq!(toll.claims, ["c1"]);
    let saturday = by_label(&comparisons, "civilians/people killed — Saturday");
    assert_eq!(saturday.claims, ["c2", "c4"]);
    assert_eq!(saturday.status, Status::Conflict);
    assert_eq!(comparisons.len(), 3, "{comparisons:#?}");
}

#[test]
fn other_subjects_group_by_their_noun() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 3, Qualifier::Exact, Subject::Other("women".into()));
    fixture.killed(2, 3, Qualifier::Exact, Subject::Other("Women".into()));
    fixture.killed(2, 3, Qualifier::Exact, Subject::Other("children".into()));
    let comparisons = fixture.run();
    assert_eq!(by_label(&comparisons, "women killed").claims, ["c1", "c2"]);
    assert_eq!(by_label(&comparisons, "children killed").claims, ["c3"]);
}

#[test]
fn party_claims_stay_but_do_not_count() {
    let mut fixture = Fixture::new(3);
    fixture.statement(1, ClaimKind::Responsibility, "Northern Front (NF)");
    fixture.killed(1, 15, Qualifier::Exact, Subject::SecurityForces);
    fixture.killed(2, 15, Qualifier::Exact, Subject::SecurityForces);
    let boast = fixture.killed(3, 84, Qualifier::Exact, Subject::SecurityForces);
    attribute(boast, "NF");
    let party_only = fixture.killed(3, 40, Qualifier::Exact, Subject::Civilians);
    attribute(party_only, "the northern front (NF)");
    let comparisons = fixture.run();

    let forces = by_label(&comparisons, "security forces killed");
    assert_eq!(forces.claims, ["c2", "c3", "c4"]);
    assert_eq!(forces.party_claims, ["c4"]);
    assert_eq!(forces.status, Status::Agree);
    let consensus = forces.consensus.as_ref().unwrap();
    assert_eq!(
        (consensus.max, consensus.conservative),
        (Some(15), Some(15))
    );
    assert!(consensus.silent.is_empty());

    let civilians = by_label(&comparisons, "civilians/people killed (party claims only)");
    assert_eq!(civilians.party_claims, ["c5"]);
    let consensus = civilians.consensus.as_ref().unwrap();
    assert_eq!((consensus.max, consensus.conservative), (Some(40), None));
}

#[test]
fn superseded_figures_stay_in_the_timeline_only() {
    let mut fixture = Fixture::new(2);
    fixture.articles[0].published = Some("2026-03-02T10:00:00Z".into());
    fixture.articles[1].published = Some("2026-03-01".into());
    let revised = fixture.killed(1, 11, Qualifier::Exact, Subject::People);
    revised.extras_mut().revises = Some("c2".parse().unwrap());
    fixture
        .killed(1, 5, Qualifier::Exact, Subject::People)
        .extras_mut()
        .revised_by = Some("c1".parse().unwrap());
    fixture.killed(2, 11, Qualifier::Exact, Subject::People);
    let comparisons = fixture.run();
    let people = &comparisons[0];
    assert_eq!(people.status, Status::Agree);
    let consensus = people.consensus.as_ref().unwrap();
    assert_eq!(
        (consensus.min, consensus.conservative),
        (Some(11), Some(11))
    );
    let order: Vec<(String, &str)> = people
        .timeline
        .iter()
        .map(|e| (e.claim.to_string(), e.value.as_str()))
        .collect();
    assert_eq!(
        order,
        [("c3".into(), "11"), ("c2".into(), "5"), ("c1".into(), "11")]
    );
    assert_eq!(people.timeline[2].revises, Some("c2".parse().unwrap()));
    assert_eq!(people.timeline[0].published.as_deref(), Some("2026-03-01"));
}

#[test]
fn caption_figures_are_shown_but_not_counted() {
    let mut fixture = Fixture::new(3);
    fixture.killed(1, 15, Qualifier::Exact, Subject::SecurityForces);
    fixture.killed(2, 15, Qualifier::Exact, Subject::SecurityForces);
    fixture
        .killed(3, 4, Qualifier::AtLeast, Subject::SecurityForces)
        .block = crate::model::BlockKind::Caption;
    let comparisons = fixture.run();
    let forces = &comparisons[0];
    assert_eq!(
        forces.claims.len(),
        3,
        "the caption's claim stays in the comparison"
    );
    assert_eq!(forces.status, Status::Agree);
    let consensus = forces.consensus.as_ref().unwrap();
    assert_eq!(
        (consensus.min, consensus.conservative),
        (Some(15), Some(15))
    );
}

#[test]
fn undated_articles_come_last_in_the_timeline() {
    let mut fixture = Fixture::new(3);
    fixture.articles[1].published = Some("2026-03-05".into());
    fixture.articles[2].published = Some("2026-03-04".into());
    for article in 1..=3 {
        fixture.killed(article, 10, Qualifier::Exact, Subject::People);
    }
    let articles: Vec<ArticleId> = fixture.run()[0]
        .timeline
        .iter()
        .map(|e| e.article)
        .collect();
    assert_eq!(articles, ["a3", "a2", "a1"]);
}

#[test]
fn statements_agree_when_reported_twice_and_name_the_silent() {
    let mut fixture = Fixture::new(4);
    fixture.statement(1, ClaimKind::Responsibility, "Northern Front (NF)");
    fixture.statement(2, ClaimKind::Responsibility, "NF");
    fixture.statement(3, ClaimKind::Responsibility, "the NF");
    fixture
        .statement(1, ClaimKind::Accusation, "Ministry")
        .statement_mut()
        .target = Some("Neighbour".into());
    let comparisons = fixture.run();
    let responsibility = by_label(&comparisons, "claim of responsibility: NF");
    assert_eq!(responsibility.status, Status::Agree);
    assert_eq!(responsibility.claims.len(), 3);
    assert_eq!(responsibility.consensus.as_ref().unwrap().silent, ["a4"]);
    assert!(responsibility.party_claims.is_empty());
    let accusation = by_label(&comparisons, "accusation: Ministry against Neighbour");
    assert_eq!(accusation.status, Status::Single);
}

#[test]
fn places_attacked_compare_as_sets() {
    let places = |lists: &[&[&str]]| {
        let mut fixture = Fixture::new(lists.len());
        for (i, list) in lists.iter().enumerate() {
            fixture
                .claim(i + 1, ClaimKind::PlacesAttacked)
                .statement_mut()
                .places = list.iter().map(|&p| p.into()).collect();
        }
        let comparisons = fixture.run();
        assert_eq!(comparisons.len(), 1);
        assert_eq!(comparisons[0].label, "places attacked");
        (
            comparisons[0].status,
            comparisons[0].consensus.clone().unwrap().distinct,
        )
    };
    assert_eq!(
        places(&[&["Eastport", "Hill"], &["hill", "eastport"]]),
        (Status::Agree, 1)
    );
    assert_eq!(
        places(&[&["Eastport", "Hill"], &["Hill"]]),
        (Status::Compatible, 2)
    );
    assert_eq!(places(&[&["Eastport"]]).0, Status::Single);
}

#[test]
fn wire_copy_counts_as_one_origin() {
    let wire = "Gunmen stormed a district office before dawn and held staff for several hours, \
        a provincial spokesman told reporters on the phone.";
    // the same event in its own words (a story of its own would not be compared at all)
    let own = "Our correspondent in the capital says gunmen held district office staff for hours.";
    let mut fixture = Fixture::new(3);
    for (i, text) in [wire, wire, own].into_iter().enumerate() {
        let (id, path) = (ArticleId::from_index(i), format!("a{}.txt", i + 1));
        fixture.articles[i] = Article::from_parts(id, path, text, &[(BlockKind::Body, text)]);
    }
    for article in 1..=3 {
        fixture.killed(article, 7, Qualifier::Exact, Subject::People);
    }
    assert_eq!(fixture.run()[0].consensus.as_ref().unwrap().origins, 2);
}

#[test]
fn ranking_puts_important_disagreements_first() {
    use Qualifier::*;
    let mut fixture = Fixture::new(3);
    // Agree on a grave metric across three articles.
    for article in 1..=3 {
        fixture.killed(article, 4, Exact, Subject::Militants);
    }
    // Conflict with a small spread, and with a large one.
    fixture.killed(1, 10, Exact, Subject::SecurityForces);
    fixture.killed(2, 11, Exact, Subject::SecurityForces);
    fixture.killed(1, 2, Exact, Subject::People);
    fixture.killed(2, 30, Exact, Subject::People);
    // Compatible.
    fixture.killed(1, 5, AtLeast, Subject::Other("women".into()));
    fixture.killed(2, 8, Exact, Subject::Other("women".into()));
    // Single.
    fixture.killed(3, 9, Exact, Subject::Other("children".into()));
    // A statement that agrees across three articles, like the count above.
    for article in 1..=3 {
        fixture.statement(article, ClaimKind::Denial, "Ministry");
    }
    let comparisons = fixture.run();
    let labels: Vec<&str> = comparisons.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "civilians/people killed",
            "security forces killed",
            "women killed",
            "militants killed",
            "denial: Ministry",
            "children killed",
        ]
    );
    let ids: Vec<ComparisonId> = comparisons.iter().map(|c| c.id).collect();
    assert_eq!(ids, ["k1", "k2", "k3", "k4", "k5", "k6"]);
    assert!(comparisons.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn a_statement_ranks_after_a_count_of_the_same_importance() {
    let mut fixture = Fixture::new(2);
    for article in 1..=2 {
        fixture.statement(article, ClaimKind::Denial, "Agency");
        let count = fixture.claim(article, ClaimKind::Count);
        count.value = Some(3);
        count.metric = Some(Metric::OTHER);
        count.range = Some(ValueRange {
            low: 3,
            high: Some(3),
        });
    }
    let comparisons = fixture.run();
    assert_eq!(comparisons[0].score, comparisons[1].score);
    assert_eq!(comparisons[0].kind, ClaimKind::Count);
    assert_eq!(comparisons[1].label, "denial: Agency");
}

#[test]
fn hedges_annotate_claims_and_are_not_compared() {
    let mut fixture = Fixture::new(2);
    for article in 1..=2 {
        fixture.statement(article, ClaimKind::Hedge, "Agency");
    }
    assert!(fixture.run().is_empty());
}

#[test]
fn statements_with_alike_targets_are_one_comparison() {
    let mut fixture = Fixture::new(3);
    fixture
        .statement(1, ClaimKind::Abduction, "gunmen")
        .statement_mut()
        .target = Some("the district's top official".into());
    fixture
        .statement(2, ClaimKind::Abduction, "gunmen")
        .statement_mut()
        .target = Some("the area's top official".into());
    fixture
        .statement(3, ClaimKind::Abduction, "gunmen")
        .statement_mut()
        .target = Some("two aid workers".into());
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 2, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims.len(), 2);
    assert_eq!(comparisons[0].status, Status::Agree);
}

/// People killed at a place, an exact figure.
fn killed_in(fixture: &mut Fixture, article: usize, value: u64, place: &str) {
    fixture
        .killed(article, value, Qualifier::Exact, Subject::People)
        .place = Some(place.into());
}

#[test]
fn the_story_own_place_joins_the_whole_event_but_a_breakdown_stays_apart() {
    let mut fixture = Fixture::new(3);
    fixture.articles[0].set_title("Blast in Riverton kills 30");
    fixture.killed(1, 30, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 2, 28, "Riverton");
    let comparisons = fixture.run();
    let killed = by_label(&comparisons, "civilians/people killed");
    assert_eq!(killed.claims, ["c1", "c2"]);
    assert_eq!(killed.status, Status::Conflict);

    // two places for one figure in one article: a breakdown, each place its own comparison;
    // the other article's only place is still where the event happened
    fixture.articles[1].set_title("Riverton and Lakeside mourn");
    killed_in(&mut fixture, 3, 5, "Lakeside");
    killed_in(&mut fixture, 3, 2, "Hillview");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c2"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed in Lakeside").claims,
        ["c3"]
    );

    // beside the article's own larger figure, the place the titles name still holds the
    // toll, moved on ("28 killed in Riverton", later "the toll rose to 30") …
    fixture.killed(2, 30, Qualifier::Exact, Subject::People);
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c2", "c5"]
    );
    // … but a place the titles do not name is a part of it
    fixture.articles[0].set_title("Blast kills 30");
    fixture.articles[1].set_title("Lakeside mourns");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c5"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed in Riverton").claims,
        ["c2"]
    );
}

#[test]
fn a_figure_below_its_articles_total_is_the_toll_moved_on_where_the_story_has_one_place() {
    // "28 killed in Riverton" early in an article that later says the toll rose to 30, with
    // no title naming Riverton: the story places the dead nowhere else
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 31, Qualifier::Exact, Subject::People);
    fixture.killed(2, 30, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 2, 28, "Riverton");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c2", "c3"]
    );
    // where the story places the dead in a second place too, it is that place's share
    killed_in(&mut fixture, 1, 3, "Lakeside");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c2"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed in Riverton").claims,
        ["c3"]
    );
}

#[test]
fn a_placed_figure_no_part_of_a_breakdown_joins_the_toll() {
    let mut fixture = Fixture::new(3);
    fixture.killed(1, 48, Qualifier::Exact, Subject::People);
    // the article's own figure given again with its place is no part of it
    fixture.killed(2, 46, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 2, 46, "Maco");
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims, ["c1", "c2", "c3"]);
    // nor is a vague figure there ("thousands killed in Maco")
    fixture.dozens_killed(1, Subject::People).place = Some("Maco".into());
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    fixture.claims.pop();

    // two places with different figures in one article: a breakdown, whose places stay
    // apart in every article
    killed_in(&mut fixture, 3, 14, "Maco");
    killed_in(&mut fixture, 3, 9, "Hillview");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c2"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed in Maco").claims,
        ["c3", "c4"]
    );
}

#[test]
fn the_whole_of_a_breakdown_by_place_joins_the_toll() {
    // article 2 gives 77 in the centre, then 43 and 33 in two other places: the 77 is its
    // whole, the others its shares
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 74, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 2, 77, "Centre");
    killed_in(&mut fixture, 2, 43, "Marshalltown");
    killed_in(&mut fixture, 2, 33, "Diepkloof");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c2"]
    );
    // shares adding up to more than the largest figure leave every place apart
    fixture.claims[1].value = Some(70);
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1"]
    );
}

#[test]
fn a_placed_toll_joins_the_toll_though_another_article_gives_a_share_there() {
    // article 1 gives the toll unplaced; article 2 only "nearly 400 dead in Regent"; article 3
    // the toll and "six bodies in Regent", a share of it, with a share elsewhere too
    let mut fixture = Fixture::new(3);
    fixture.killed(1, 300, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 2, 400, "Regent");
    fixture.killed(3, 450, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 3, 6, "Regent");
    killed_in(&mut fixture, 3, 2, "Kanikay");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c2", "c3"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed in Regent").claims,
        ["c4"]
    );
}

#[test]
fn a_place_spelt_two_ways_is_one_place() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 100, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 1, 46, "Kelva");
    killed_in(&mut fixture, 1, 20, "Hillview");
    fixture.killed(2, 120, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 2, 50, "Kalva");
    killed_in(&mut fixture, 2, 25, "Hillview");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed in Kelva").claims,
        ["c2", "c5"]
    );
    // other letters than vowels make another place
    fixture.claims[4].place = Some("Barna".into());
    assert_eq!(fixture.run().len(), comparisons.len() + 1);
}

#[test]
fn two_countries_whose_names_share_their_consonants_stay_apart() {
    let mut fixture = Fixture::new(2);
    killed_in(&mut fixture, 1, 19, "Niger");
    killed_in(&mut fixture, 2, 99, "Nigeria");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed in Niger").claims,
        ["c1"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed in Nigeria").claims,
        ["c2"]
    );
}

#[test]
fn an_increment_elsewhere_makes_no_breakdown_of_a_placed_toll() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 500, Qualifier::Exact, Subject::People);
    killed_in(&mut fixture, 2, 480, "Riverton");
    // "hundreds more" in another place, and as the article's unplaced figure
    fixture
        .dozens_killed(2, Subject::People)
        .extras_mut()
        .increment = true;
    let more_in_lakeside = fixture.dozens_killed(2, Subject::People);
    more_in_lakeside.extras_mut().increment = true;
    more_in_lakeside.place = Some("Lakeside".into());
    let comparisons = fixture.run();
    let killed = by_label(&comparisons, "civilians/people killed");
    assert!(
        ["c1", "c2"]
            .iter()
            .all(|id| killed.claims.iter().any(|c| *c == *id)),
        "{comparisons:#?}"
    );
}

#[test]
fn a_named_group_placed_only_by_its_facility_joins_the_unplaced_figure() {
    let passengers = || Subject::Other("passengers".into());
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 1175, Qualifier::Exact, Subject::People);
    // "1,175 injured passengers admitted to hospitals in Soro"
    fixture
        .killed(2, 1175, Qualifier::Exact, passengers())
        .place = Some("Soro".into());
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims, ["c1", "c2"]);

    // a part of the group at its place leaves it alone there ("… including 214 soldiers")
    let soldiers = fixture.killed(2, 214, Qualifier::Exact, Subject::SecurityForces);
    soldiers.place = Some("Soro".into());
    soldiers.part_of = Some(ClaimId::from_index(1));
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "passengers killed").claims,
        ["c1", "c2"]
    );

    // beside the people of that place, the group is a part of the place's figure
    killed_in(&mut fixture, 2, 1200, "Soro");
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "passengers killed in Soro").claims,
        ["c2"]
    );
}

#[test]
fn suspects_arrested_are_the_people_arrested() {
    let mut fixture = Fixture::new(2);
    let suspects = fixture.killed(1, 7, Qualifier::Exact, Subject::Other("suspects".into()));
    suspects.metric = Some(Metric::named("arrested"));
    fixture
        .killed(2, 24, Qualifier::Exact, Subject::People)
        .metric = Some(Metric::named("arrested"));
    // killed, suspects are a group of their own
    fixture.killed(2, 3, Qualifier::Exact, Subject::Other("suspects".into()));
    // any group arrested is named by what the arrested are: "two factory bosses"
    fixture
        .killed(
            2,
            2,
            Qualifier::Exact,
            Subject::Other("factory bosses".into()),
        )
        .metric = Some(Metric::named("arrested"));
    let comparisons = fixture.run();
    let arrested = by_label(&comparisons, "civilians/people arrested");
    assert_eq!(arrested.claims, ["c1", "c2", "c4"]);
    assert_eq!(arrested.status, Status::Conflict);
    assert_eq!(by_label(&comparisons, "suspects killed").claims, ["c3"]);
}

#[test]
fn a_group_counted_under_its_nouns_usual_outcome_is_the_people_so_counted() {
    // "150 passengers" on board one report, "about 400 people" on board another
    let mut fixture = Fixture::new(2);
    reported_as_other(
        fixture.killed(
            1,
            150,
            Qualifier::Exact,
            Subject::Other("passengers".into()),
        ),
        "on_board",
    );
    reported_as_other(
        fixture.killed(2, 400, Qualifier::About, Subject::People),
        "on_board",
    );
    // killed, passengers are a group of their own
    fixture.killed(2, 40, Qualifier::Exact, Subject::Other("passengers".into()));
    let comparisons = fixture.run();
    let on_board = by_label(&comparisons, "passengers on board");
    assert_eq!(on_board.claims, ["c1", "c2"]);
    assert_eq!(on_board.status, Status::Conflict);
    assert_eq!(by_label(&comparisons, "passengers killed").claims, ["c3"]);
    // an article counting both tells them apart: the passengers may be a part of the people
    fixture.claims[1].article = fixture.claims[0].article;
    let comparisons = fixture.run();
    assert_eq!(by_label(&comparisons, "passengers on board").claims, ["c1"]);
}

#[test]
fn a_bare_count_joins_the_only_outcome_its_noun_has() {
    let students = || Subject::Other("students".into());
    let mut fixture = Fixture::new(3);
    fixture.bare(1, 325, students());
    reported_as_other(
        fixture.killed(2, 323, Qualifier::Exact, students()),
        "on_board",
    );
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims, ["c1", "c2"]);

    // two outcomes for the noun: which one the bare count means is unknown
    fixture.killed(3, 250, Qualifier::Exact, students());
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 3, "{comparisons:#?}");

    // a class of armed men too: "110 Thai SEALs" beside "more than 100 SEALs working"
    let mut fixture = Fixture::new(2);
    fixture.bare(1, 110, Subject::SecurityForces);
    reported_as_other(
        fixture.killed(2, 100, Qualifier::MoreThan, Subject::SecurityForces),
        "working",
    );
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
}

#[test]
fn a_bare_count_joins_the_one_outcome_that_gives_its_figure() {
    // "750 people" in one report, "750 people on board" and "78 people killed" in others
    let mut fixture = Fixture::new(3);
    fixture.bare(1, 750, Subject::People);
    reported_as_other(
        fixture.killed(2, 750, Qualifier::About, Subject::People),
        "on_board",
    );
    fixture.killed(3, 78, Qualifier::AtLeast, Subject::People);
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 2, "{comparisons:#?}");
    assert_eq!(
        by_label(&comparisons, "civilians/people on board").claims,
        ["c1", "c2"]
    );

    // two outcomes give the figure: which one the bare count means is unknown
    fixture.killed(3, 750, Qualifier::Exact, Subject::People);
    assert_eq!(fixture.run().len(), 3);

    // a small figure coincides too often to name a population
    let mut fixture = Fixture::new(2);
    fixture.bare(1, 4, Subject::People);
    fixture.killed(2, 4, Qualifier::Exact, Subject::People);
    assert_eq!(fixture.run().len(), 2);
}

#[test]
fn a_bare_count_of_people_joins_the_people_told_under_a_named_groups_name() {
    // "750 people on board" and "over 700 migrants on board" are one population, named
    // migrants; "more than 700 people" in a third report is its figure
    let mut fixture = Fixture::new(3);
    reported_as_other(
        fixture.killed(1, 750, Qualifier::About, Subject::People),
        "on_board",
    );
    reported_as_other(
        fixture.killed(
            2,
            700,
            Qualifier::MoreThan,
            Subject::Other("migrants".into()),
        ),
        "on_board",
    );
    fixture.bare(3, 700, Subject::People);
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims, ["c1", "c2", "c3"]);
    // without people among them, the named group's figure is not the people's
    fixture.claims[0].subject = Some(Subject::Other("migrants".into()));
    assert_eq!(fixture.run().len(), 2);
}

#[test]
fn people_join_the_named_group_that_shares_their_figure() {
    let on_board = |claim: &mut Claim| reported_as_other(claim, "on_board");
    let mut fixture = Fixture::new(3);
    on_board(fixture.killed(
        1,
        476,
        Qualifier::Exact,
        Subject::Other("passengers".into()),
    ));
    on_board(fixture.killed(2, 325, Qualifier::Exact, Subject::Other("students".into())));
    on_board(fixture.killed(3, 476, Qualifier::Exact, Subject::People));
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "passengers on board").claims,
        ["c1", "c3"]
    );

    // no shared figure: the named group may be part of the people
    fixture.claims[2].value = Some(500);
    fixture.claims[0].article = fixture.claims[2].article;
    let comparisons = fixture.run();
    assert_eq!(by_label(&comparisons, "passengers on board").claims, ["c1"]);
    // … unless no article counts both, and the figures are alike in size: "342 passengers"
    // in one article and "350 people" on board in another count one population
    let mut fixture = Fixture::new(3);
    on_board(fixture.killed(1, 350, Qualifier::MoreThan, Subject::People));
    on_board(fixture.killed(2, 350, Qualifier::MoreThan, Subject::People));
    on_board(fixture.killed(
        3,
        342,
        Qualifier::Exact,
        Subject::Other("passengers".into()),
    ));
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims, ["c1", "c2", "c3"]);
    // figures with no outcome named stay apart
    for claim in &mut fixture.claims {
        claim.predicate = None;
    }
    assert_eq!(fixture.run().len(), 2);

    // the same for the dead: "78 migrants" and "78 people" are one toll, under the name
    // stated more often
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 78, Qualifier::Exact, Subject::Other("migrants".into()));
    fixture.killed(2, 78, Qualifier::Exact, Subject::People);
    fixture.killed(2, 82, Qualifier::AtLeast, Subject::People);
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c2", "c3"]
    );
    // a breakdown is no population of its own, even with a figure in common
    fixture.claims[0].part_of = Some(ClaimId::from_index(2));
    let comparisons = fixture.run();
    assert_eq!(by_label(&comparisons, "migrants killed").claims, ["c1"]);
    // nor is a group far smaller than the people's toll ("two doctors")
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 2, Qualifier::Exact, Subject::Other("doctors".into()));
    fixture.killed(2, 2, Qualifier::Exact, Subject::People);
    fixture.killed(2, 270, Qualifier::Exact, Subject::People);
    let comparisons = fixture.run();
    assert_eq!(by_label(&comparisons, "doctors killed").claims, ["c1"]);
    // but people far fewer than a named group no article counts beside them are a low count
    // of it: "at least 10 people" missing in one report, "56 passengers" in another
    let mut fixture = Fixture::new(2);
    let missing = |claim: &mut Claim| claim.metric = Some(Metric::named("missing"));
    missing(fixture.killed(1, 56, Qualifier::Exact, Subject::Other("passengers".into())));
    missing(fixture.killed(2, 10, Qualifier::AtLeast, Subject::People));
    assert_eq!(fixture.run().len(), 1);
    // … while an article counting both tells them apart
    missing(fixture.killed(2, 56, Qualifier::Exact, Subject::Other("passengers".into())));
    fixture.claims[2].value = Some(40);
    assert_eq!(fixture.run().len(), 2);
    // of two named groups sharing the people's figures, the one stated more often takes them
    let mut fixture = Fixture::new(4);
    let students = || Subject::Other("students".into());
    fixture.killed(1, 210, Qualifier::Exact, students());
    fixture.killed(2, 230, Qualifier::AtLeast, students());
    fixture.killed(3, 120, Qualifier::Exact, students());
    fixture.killed(3, 120, Qualifier::Exact, Subject::Other("children".into()));
    fixture.killed(4, 210, Qualifier::Exact, Subject::People);
    fixture.killed(4, 120, Qualifier::AtLeast, Subject::People);
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "students killed").claims,
        ["c1", "c2", "c3", "c5", "c6"]
    );
    assert_eq!(by_label(&comparisons, "children killed").claims, ["c4"]);
}

#[test]
fn people_and_several_named_groups_each_in_its_own_article_are_one_population() {
    let rescued = |claim: &mut Claim| reported_as_other(claim, "rescued");
    let mut fixture = Fixture::new(5);
    rescued(fixture.killed(1, 55, Qualifier::Exact, Subject::People));
    rescued(fixture.killed(2, 50, Qualifier::About, Subject::Other("students".into())));
    rescued(fixture.killed(3, 60, Qualifier::Exact, Subject::Other("girls".into())));
    rescued(fixture.killed(4, 112, Qualifier::Exact, Subject::People));
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0].claims, ["c1", "c2", "c3", "c4"]);
    // an article that counts girls and students apart tells them apart: only the one stated
    // earlier (of two stated as often) joins the people
    rescued(fixture.killed(5, 20, Qualifier::Exact, Subject::Other("girls".into())));
    rescued(fixture.killed(5, 45, Qualifier::Exact, Subject::Other("students".into())));
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 2, "{comparisons:#?}");
    // … and a group far smaller than the people joined so far stays apart
    let mut fixture = Fixture::new(3);
    rescued(fixture.killed(1, 300, Qualifier::Exact, Subject::People));
    rescued(fixture.killed(2, 280, Qualifier::Exact, Subject::Other("students".into())));
    rescued(fixture.killed(3, 4, Qualifier::Exact, Subject::Other("teachers".into())));
    let comparisons = fixture.run();
    assert_eq!(by_label(&comparisons, "teachers rescued").claims, ["c3"]);
    assert_eq!(
        by_label(&comparisons, "students rescued").claims,
        ["c1", "c2"]
    );
}

#[test]
fn a_named_group_an_article_gives_beside_near_people_is_one_population() {
    let missing = |claim: &mut Claim| claim.metric = Some(Metric::named("missing"));
    let passengers = || Subject::Other("passengers".into());
    let mut fixture = Fixture::new(3);
    missing(fixture.killed(1, 56, Qualifier::AtLeast, Subject::People));
    missing(fixture.killed(2, 120, Qualifier::UpTo, Subject::People));
    missing(fixture.killed(2, 128, Qualifier::AtLeast, passengers()));
    missing(fixture.killed(3, 192, Qualifier::Exact, Subject::People));
    // "as many as 120 people" and "at least 128 passengers" in one article: one population
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    // a figure far from the people's in the article that gives both is a part of them, as
    // is a near one below it ("476 passengers" among "500 people")
    for part in [30, 110] {
        fixture.claims[2].value = Some(part);
        let comparisons = fixture.run();
        assert_eq!(by_label(&comparisons, "passengers missing").claims, ["c3"]);
    }
}

#[test]
fn a_group_an_article_states_as_a_smaller_part_of_the_people_stays_apart() {
    let chileans = || Subject::Other("chileans".into());
    let mut fixture = Fixture::new(3);
    fixture.killed(1, 40, Qualifier::Exact, chileans());
    fixture.killed(2, 40, Qualifier::Exact, Subject::People);
    fixture.killed(3, 52, Qualifier::Exact, Subject::People);
    fixture.killed(3, 45, Qualifier::Exact, chileans());
    // sharing the figure 40, the two fold into one toll …
    assert_eq!(fixture.run().len(), 1, "{:#?}", fixture.run());
    // … until an article says "45 Chileans are among 52 people killed"
    fixture.claims[3].part_of = Some(ClaimId::from_index(2));
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "nationals of Chile killed").claims,
        ["c1", "c4"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c2", "c3"]
    );
    // (a part with the whole's own figure is no smaller part)
    fixture.claims[3].value = Some(52);
    assert_eq!(fixture.run().len(), 1);
}

#[test]
fn a_part_far_below_the_toll_a_group_shares_with_the_people_tells_nothing_apart() {
    let inmates = || Subject::Other("inmates".into());
    let mut fixture = Fixture::new(3);
    fixture.killed(1, 140, Qualifier::Exact, inmates());
    fixture.killed(2, 140, Qualifier::Exact, Subject::People);
    fixture.killed(3, 30, Qualifier::Exact, Subject::People);
    fixture.killed(3, 9, Qualifier::Exact, inmates());
    // "30 people killed, nine inmates beheaded": the inmates are the people of the toll
    // another report gives them, so the toll stays one comparison
    fixture.claims[3].part_of = Some(ClaimId::from_index(2));
    let comparisons = fixture.run();
    assert_eq!(
        comparison_of(&comparisons, "c1"),
        comparison_of(&comparisons, "c2"),
        "{comparisons:#?}"
    );
    // a part near the shared figure still tells the group apart
    fixture.claims[3].value = Some(100);
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "inmates killed").claims,
        ["c1", "c4"]
    );
}

#[test]
fn named_groups_that_share_a_figure_across_articles_are_one_population() {
    let abducted = |claim: &mut Claim| claim.metric = Some(Metric::named("abducted"));
    let girls = || Subject::Other("girls".into());
    let students = || Subject::Other("students".into());
    let mut fixture = Fixture::new(3);
    abducted(fixture.killed(1, 317, Qualifier::Exact, girls()));
    abducted(fixture.killed(1, 279, Qualifier::Exact, girls()));
    abducted(fixture.killed(2, 317, Qualifier::Exact, students()));
    abducted(fixture.killed(3, 300, Qualifier::MoreThan, students()));
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(
        by_label(&comparisons, "girls abducted").claims,
        ["c1", "c2", "c3", "c4"]
    );

    // an article giving both groups the figure tells them apart ("three churches and three
    // hotels")
    fixture.claims[3].subject = Some(girls());
    fixture.claims[3].article = fixture.claims[2].article;
    fixture.claims[3].value = Some(317);
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 2, "{comparisons:#?}");
    // … in one paragraph; in two, the article names one group two ways ("70 children" in
    // the lead, "70 students" further down)
    let in_paragraph = |block: usize| smallvec::smallvec![Mention::new(0, 1, block, 0..1)];
    fixture.claims[2].mentions = in_paragraph(0);
    fixture.claims[3].mentions = in_paragraph(3);
    assert_eq!(fixture.run().len(), 1, "{:#?}", fixture.run());
    fixture.claims[3].mentions = in_paragraph(0);
    assert_eq!(fixture.run().len(), 2);

    // parts of one breakdown tell their groups apart wherever else the figure stands ("15
    // children and 28 adults" of the dead beside "28 children")
    let mut fixture = Fixture::new(3);
    fixture.killed(1, 200, Qualifier::Exact, Subject::People);
    for (value, noun) in [(15, "children"), (28, "adults")] {
        fixture
            .killed(1, value, Qualifier::Exact, Subject::Other(noun.into()))
            .part_of = Some(ClaimId::from_index(0));
    }
    fixture.killed(2, 28, Qualifier::Exact, Subject::Other("children".into()));
    fixture.killed(3, 30, Qualifier::Exact, Subject::Other("children".into()));
    let comparisons = fixture.run();
    assert_eq!(by_label(&comparisons, "adults killed").claims, ["c3"]);
    assert_eq!(
        by_label(&comparisons, "children killed").claims,
        ["c2", "c4", "c5"]
    );

    // but a part links groups no article counts together ("132 of those killed were
    // children" beside "the fatalities included 132 students")
    let mut fixture = Fixture::new(3);
    fixture.killed(1, 141, Qualifier::Exact, Subject::People);
    fixture
        .killed(1, 132, Qualifier::Exact, Subject::Other("children".into()))
        .part_of = Some(ClaimId::from_index(0));
    fixture.killed(2, 132, Qualifier::Exact, Subject::Other("students".into()));
    fixture.killed(3, 134, Qualifier::Exact, Subject::Other("students".into()));
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "students killed").claims,
        ["c2", "c3", "c4"]
    );
}

#[test]
fn a_part_named_within_the_whole_class_is_its_own_comparison() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 476, Qualifier::Exact, Subject::People);
    let part = fixture.killed(1, 15, Qualifier::Exact, Subject::Civilians);
    part.noun = Some("teachers".into());
    part.part_of = Some(ClaimId::from_index(0));
    fixture.killed(2, 470, Qualifier::Exact, Subject::People);
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c1", "c3"]
    );
    assert_eq!(by_label(&comparisons, "teachers killed").claims, ["c2"]);
}

#[test]
fn people_of_one_country_are_one_group_however_their_noun_is_written() {
    // ("40 Indians among 49 killed", "42 Indian nationals among the 50 dead")
    let mut fixture = Fixture::new(2);
    let nationals = |noun: &str| Subject::Other(noun.to_lowercase().into());
    fixture
        .killed(1, 40, Qualifier::Exact, nationals("Indians"))
        .noun = Some("Indians".into());
    fixture.killed(1, 52, Qualifier::Exact, Subject::People);
    fixture
        .killed(2, 42, Qualifier::AtLeast, nationals("foreigners"))
        .noun = Some("Indian nationals".into());
    fixture.killed(2, 50, Qualifier::Exact, Subject::People);
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "nationals of India killed").claims,
        ["c1", "c3"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c2", "c4"]
    );
}

#[test]
fn a_group_named_with_modifiers_joins_the_group_its_head_names() {
    let group = |name: &str| Subject::Other(name.into());
    // ("18 elite and global divers" beside another report's "19 divers")
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 18, Qualifier::Exact, group("global divers"));
    fixture.killed(2, 19, Qualifier::Exact, group("divers"));
    assert_eq!(
        by_label(&fixture.run(), "divers killed").claims,
        ["c1", "c2"]
    );
    // (an article counting both tells them apart)
    fixture.killed(1, 40, Qualifier::Exact, group("divers"));
    let comparisons = fixture.run();
    assert_ne!(
        comparison_of(&comparisons, "c1"),
        comparison_of(&comparisons, "c2")
    );
    // (two groups of one head may be its parts: neither joins it)
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 10, Qualifier::Exact, group("navy divers"));
    fixture.killed(1, 8, Qualifier::Exact, group("volunteer divers"));
    fixture.killed(2, 19, Qualifier::Exact, group("divers"));
    let comparisons = fixture.run();
    assert_ne!(
        comparison_of(&comparisons, "c1"),
        comparison_of(&comparisons, "c3")
    );
    assert_ne!(
        comparison_of(&comparisons, "c2"),
        comparison_of(&comparisons, "c3")
    );
}

#[test]
fn a_figure_placed_at_a_country_joins_that_countrys_nationals() {
    // ("Three Indians were killed"; another report's list of the dead by nationality: "India
    // 31, Chile 44")
    let mut fixture = Fixture::new(2);
    fixture
        .killed(1, 3, Qualifier::Exact, Subject::Other("indians".into()))
        .noun = Some("Indians".into());
    fixture.killed(1, 402, Qualifier::Exact, Subject::People);
    fixture.killed(2, 455, Qualifier::Exact, Subject::People);
    fixture
        .killed(2, 31, Qualifier::Exact, Subject::People)
        .place = Some("India".into());
    fixture
        .killed(2, 44, Qualifier::Exact, Subject::People)
        .place = Some("Chile".into());
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "nationals of India killed").claims,
        ["c1", "c4"]
    );
    assert_eq!(
        by_label(&comparisons, "civilians/people killed").claims,
        ["c2", "c3"]
    );
    // (no report counts Chileans: the figure stays its place's)
    assert_eq!(
        comparisons[comparison_of(&comparisons, "c5")].claims,
        ["c5"]
    );
}

#[test]
fn a_nationality_names_only_groups_news_breaks_down_by_nationality() {
    // "five Indian passengers" and "five Indians" are one group …
    let mut fixture = Fixture::new(2);
    fixture
        .killed(1, 5, Qualifier::Exact, Subject::Other("passengers".into()))
        .noun = Some("Indian passengers".into());
    fixture
        .killed(2, 5, Qualifier::Exact, Subject::Other("indians".into()))
        .noun = Some("Indians".into());
    assert_eq!(
        by_label(&fixture.run(), "nationals of India killed").claims,
        ["c1", "c2"]
    );
    // … while "230 Ghanaian pupils" are the pupils another source counts as "240 students"
    let mut fixture = Fixture::new(2);
    fixture
        .killed(
            1,
            230,
            Qualifier::MoreThan,
            Subject::Other("students".into()),
        )
        .noun = Some("Ghanaian pupils".into());
    fixture
        .killed(2, 240, Qualifier::Exact, Subject::Other("students".into()))
        .noun = Some("students".into());
    assert_eq!(
        by_label(&fixture.run(), "students killed").claims,
        ["c1", "c2"]
    );
}

#[test]
fn the_conservative_figure_is_the_lowest_any_source_gives_for_the_whole() {
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 1000, Qualifier::Exact, Subject::People);
    // ("only one of the injured is critical": a sub-count the article gives beside its own)
    fixture.killed(1, 1, Qualifier::Exact, Subject::People);
    fixture.killed(2, 900, Qualifier::AtLeast, Subject::People);
    let comparisons = fixture.run();
    let consensus = comparisons[0].consensus.as_ref().unwrap();
    assert_eq!(
        (consensus.min, consensus.conservative),
        (Some(1), Some(900))
    );
}

#[test]
fn the_missing_of_a_group_the_story_tells_abducted_are_the_abducted() {
    let students = || Subject::Other("students".into());
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 187, Qualifier::Exact, students()).metric = Some(Metric::named("abducted"));
    fixture.killed(2, 187, Qualifier::Exact, students()).metric = Some(Metric::named("missing"));
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "students abducted").claims,
        ["c1", "c2"]
    );
    // where no one is abducted, the missing stay missing
    fixture.claims[0].metric = Some(Metric::named("injured"));
    let comparisons = fixture.run();
    assert_eq!(by_label(&comparisons, "students missing").claims, ["c2"]);
}

#[test]
fn an_increment_of_a_named_group_does_not_keep_it_from_the_people() {
    // "at least 126 people killed so far" and "38 more protesters killed on Sunday" in one
    // article, "564 protesters killed" in another: one toll told two ways
    let mut fixture = Fixture::new(2);
    fixture.killed(1, 126, Qualifier::AtLeast, Subject::People);
    fixture
        .killed(
            1,
            38,
            Qualifier::AtLeast,
            Subject::Other("protesters".into()),
        )
        .extras_mut()
        .increment = true;
    fixture.killed(
        2,
        564,
        Qualifier::Exact,
        Subject::Other("protesters".into()),
    );
    let comparisons = fixture.run();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    // a total of protesters beside the people's in one article may be a part of it
    fixture.claims[1].extras_mut().increment = false;
    assert_eq!(fixture.run().len(), 2);
}

#[test]
fn a_part_with_an_outcome_its_whole_lacks_is_that_outcomes_count() {
    let mut fixture = Fixture::new(2);
    fixture
        .killed(1, 49, Qualifier::Exact, Subject::People)
        .metric = Some(Metric::named("injured"));
    let present = fixture.killed(2, 310, Qualifier::Exact, Subject::Other("workers".into()));
    present.metric = Some(Metric::OTHER);
    let hurt = fixture.killed(2, 36, Qualifier::Exact, Subject::People);
    hurt.metric = Some(Metric::named("injured"));
    hurt.noun = Some("miners".into());
    // "310 workers were below ground, of whom 36 miners were hurt": the 36 are the injured
    hurt.part_of = Some(ClaimId::from_index(1));
    let comparisons = fixture.run();
    assert_eq!(
        by_label(&comparisons, "civilians/people injured").claims,
        ["c1", "c3"],
        "{comparisons:#?}"
    );
    // a part of a whole with its own outcome breaks it down, and stays apart
    fixture.claims[1].metric = Some(Metric::named("injured"));
    let comparisons = fixture.run();
    assert_ne!(
        comparison_of(&comparisons, "c1"),
        comparison_of(&comparisons, "c3"),
        "{comparisons:#?}"
    );
}
