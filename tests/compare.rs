//! Integration tests: compare. A synthetic set of four reports of one event, compared and
//! rendered as markdown.

#[path = "fixtures/compare/synthetic.rs"]
mod synthetic;

use claimdiff::compare::compare;
use claimdiff::export::markdown;
use claimdiff::model::{
    Article, ArticleId, Attribution, Claim, ClaimId, ClaimKind, Metric, Qualifier, Report, Status,
    Subject, TimeScope,
};
use synthetic::{article, claim, count, mention};

const WIRE: &str = "Armed men attacked police posts in Eastport and Northgate before dawn, \
    officials said. At least 30 rebels were killed as troops pushed them back from the main \
    road, and eight soldiers died in the fighting. The Hill Brigade (HB) claimed responsibility \
    for the raids in a statement sent to reporters.";

fn articles() -> Vec<Article> {
    vec![
        article(
            "a1",
            "in/ledger.txt",
            Some("Daily Ledger"),
            Some("2026-03-02T08:00:00Z"),
            &format!(
                "{WIRE} In Eastport, five civilians were killed, the mayor said at first; \
                 nine civilians were killed, he said later."
            ),
        ),
        article(
            "a2",
            "in/coast.txt",
            Some("Coast Times"),
            Some("2026-03-01T20:00:00Z"),
            &format!(
                "{WIRE} Nine civilians were killed in Eastport. The day before, troops had \
                 killed 20 rebels in raids."
            ),
        ),
        article(
            "a3",
            "reports/field_note.md",
            None,
            None,
            "Officials put the toll at 12 rebels | the figure\nis provisional. Eight soldiers \
             died. Fighting was reported in Eastport.",
        ),
        article(
            "a4",
            "in/post.txt",
            Some("Evening Post"),
            Some("2026-03-02"),
            // the place it names makes it a report of the same event (its own story otherwise)
            "Dozens of rebels were killed, a minister said. The HB said it killed 50 soldiers \
             and claimed the attacks. Fighting was reported in Eastport.",
        ),
    ]
}

fn attributed(mut claim: Claim, actor: &str) -> Claim {
    claim.attribution = Some(std::sync::Arc::new(Attribution {
        phrase: actor.into(),
        actor: actor.into(),
        via: None,
    }));
    claim
}

fn quoted(mut claim: Claim, article: &Article, quote: &str) -> Claim {
    claim.mentions.push(mention(article, quote));
    claim
}

fn claims(articles: &[Article]) -> Vec<Claim> {
    let [a1, a2, a3, a4] = articles else {
        panic!("four articles")
    };
    let killed = |id: &str, article: &Article, value, qualifier, subject, quote| {
        quoted(
            count(
                id,
                article,
                value,
                qualifier,
                Metric::named("killed"),
                subject,
            ),
            article,
            quote,
        )
    };
    let statement = |id: &str, article: &Article, kind, actor: &str, quote| {
        let mut statement = claim(id, article, kind);
        statement.statement_mut().actor = Some(actor.into());
        quoted(statement, article, quote)
    };
    let rebels = Subject::Militants;
    let soldiers = Subject::SecurityForces;
    let civilians = Subject::Civilians;
    use Qualifier::{AtLeast, Exact};
    let mut all = Vec::new();
    for (n, article) in [a1, a2].into_iter().enumerate() {
        let id = |i: usize| format!("c{}", 10 * n + i);
        all.push(killed(
            &id(1),
            article,
            Some(30),
            AtLeast,
            rebels.clone(),
            "At least 30 rebels were killed",
        ));
        all.push(killed(
            &id(2),
            article,
            Some(8),
            Exact,
            soldiers.clone(),
            "eight soldiers died",
        ));
        all.push(statement(
            &id(3),
            article,
            ClaimKind::Responsibility,
            "Hill Brigade (HB)",
            "The Hill Brigade (HB) claimed responsibility",
        ));
    }
    let mut first_toll = killed(
        "c4",
        a1,
        Some(5),
        Exact,
        civilians.clone(),
        "five civilians were killed",
    );
    first_toll.place = Some("Eastport".into());
    first_toll.extras_mut().revised_by = Some("c5".parse().unwrap());
    let mut revised_toll = killed(
        "c5",
        a1,
        Some(9),
        Exact,
        civilians.clone(),
        "nine civilians were killed",
    );
    revised_toll.place = Some("Eastport".into());
    revised_toll.extras_mut().revises = Some("c4".parse().unwrap());
    let mut coast_toll = killed(
        "c14",
        a2,
        Some(9),
        Exact,
        Subject::People,
        "Nine civilians were killed in Eastport",
    );
    coast_toll.place = Some("EASTPORT".into());
    let mut day_before = killed(
        "c15",
        a2,
        Some(20),
        Exact,
        rebels.clone(),
        "killed 20 rebels in raids",
    );
    day_before.time_scope = TimeScope::Earlier;
    day_before.when = Some("The day before".into());
    let mut places = claim("c6", a1, ClaimKind::PlacesAttacked);
    places.statement_mut().places = vec!["Eastport".into(), "Northgate".into()].into();
    let mut named = claim("c22", a3, ClaimKind::PlacesAttacked);
    named.statement_mut().places = vec!["eastport".into()].into();
    all.extend([
        first_toll,
        revised_toll,
        coast_toll,
        day_before,
        places,
        named,
    ]);
    all.push(killed(
        "c21",
        a3,
        Some(12),
        Exact,
        rebels.clone(),
        "12 rebels | the figure\nis provisional",
    ));
    all.push(killed(
        "c23",
        a3,
        Some(8),
        Exact,
        soldiers.clone(),
        "Eight soldiers died",
    ));
    all.push(attributed(
        killed(
            "c31",
            a4,
            None,
            Qualifier::Vague,
            rebels,
            "Dozens of rebels were killed",
        ),
        "minister",
    ));
    all.push(attributed(
        killed("c32", a4, Some(50), Exact, soldiers, "killed 50 soldiers"),
        "HB",
    ));
    all.push(statement(
        "c33",
        a4,
        ClaimKind::Responsibility,
        "HB",
        "claimed the attacks",
    ));
    all
}

fn report() -> Report {
    let articles = articles();
    let claims = claims(&articles);
    let comparisons = compare(&articles, &claims);
    Report {
        articles,
        claims,
        comparisons,
        ..Report::default()
    }
}

fn find<'a>(report: &'a Report, label: &str) -> &'a claimdiff::model::Comparison {
    report
        .comparisons
        .iter()
        .find(|c| c.label == label)
        .unwrap_or_else(|| panic!("no {label:?} among {:?}", labels(report)))
}

fn labels(report: &Report) -> Vec<&str> {
    report
        .comparisons
        .iter()
        .map(|c| c.label.as_str())
        .collect()
}

#[test]
fn reports_of_one_event_align_into_ranked_comparisons() {
    let report = report();
    assert_eq!(
        labels(&report),
        [
            "militants killed",
            "places attacked",
            "security forces killed",
            "civilians/people killed in Eastport",
            "claim of responsibility: HB",
            "militants killed — The day before",
        ]
    );
    let militants = find(&report, "militants killed");
    assert_eq!(
        (militants.id.to_string().as_str(), militants.status),
        ("k1", Status::Conflict)
    );
    assert_eq!(militants.claims, ["c1", "c11", "c21", "c31"]);
    let consensus = militants.consensus.as_ref().unwrap();
    assert_eq!(
        (consensus.min, consensus.max, consensus.conservative),
        (Some(12), Some(30), Some(12))
    );
    // a1 and a2 carry the same wire copy.
    assert_eq!(consensus.origins, 3);
    let timeline: Vec<ArticleId> = militants.timeline.iter().map(|e| e.article).collect();
    assert_eq!(timeline, ["a2", "a4", "a1", "a3"]);

    let soldiers = find(&report, "security forces killed");
    assert_eq!(soldiers.status, Status::Agree);
    assert_eq!(soldiers.party_claims, ["c32"]);
    assert_eq!(soldiers.consensus.as_ref().unwrap().max, Some(8));

    let toll = find(&report, "civilians/people killed in Eastport");
    assert_eq!(toll.status, Status::Agree);
    assert_eq!(toll.consensus.as_ref().unwrap().min, Some(9));

    let responsibility = find(&report, "claim of responsibility: HB");
    assert_eq!(responsibility.claims, ["c3", "c13", "c33"]);
    assert_eq!(responsibility.consensus.as_ref().unwrap().silent, ["a3"]);

    assert_eq!(find(&report, "places attacked").status, Status::Compatible);
    let earlier = find(&report, "militants killed — The day before");
    assert_eq!(
        (earlier.status, earlier.time_scope),
        (Status::Single, TimeScope::Earlier)
    );
}

#[test]
fn the_markdown_reads_as_a_report() {
    let report = report();
    let all: Vec<_> = report.comparisons.iter().collect();
    let md = markdown::comparisons(&report, &all);

    assert!(md.contains("## k1 · militants killed · conflict\n"), "{md}");
    assert!(
        md.contains("| ref | source | value | qualifier | attributed to | where | when | quote |")
    );
    // Each cited article once, by its reference.
    assert!(md.contains("| a3 | field_note | Report a3 |  |  | `reports/field_note.md` |\n"));
    // The quote with a pipe and a line break stays inside its row.
    let row = md
        .lines()
        .find(|l| l.starts_with("| k1.3 | field_note (a3) | 12 |"))
        .unwrap_or_else(|| panic!("no field_note row in\n{md}"));
    assert!(
        row.ends_with("| “12 rebels \\| the figure is provisional” |"),
        "{row}"
    );
    assert!(
        md.contains("| k3.4 | Evening Post (a4) | 50 (party claim) | exact | HB |"),
        "{md}"
    );
    assert!(
        md.contains("| k4.1 | Daily Ledger (a1) | 5 (superseded by k4.2) | exact |"),
        "{md}"
    );
    assert!(
        md.contains(
            "**Consensus:** range 12–30; median 30; conservative figure 12; \
         3 independent origins behind 4 sources; no source silent."
        ),
        "{md}"
    );
    assert!(md.contains("silent: field_note (a3)."), "{md}");
    // One agreed figure needs no median.
    assert!(
        md.contains("**Consensus:** value 8; conservative figure 8;"),
        "{md}"
    );
    assert!(
        md.contains("## k6 · militants killed — The day before · single\n"),
        "{md}"
    );
    assert!(md.contains("**Party claims**, left out of the status and the conservative figure: k3.4 50 by HB in Evening Post (a4)."));
    // Timeline: the earliest publication first, the undated source last, revisions shown.
    let timeline = "1. 2026-03-01T20:00:00Z — k1.2 Coast Times (a2): ≥30\n\
        2. 2026-03-02 — k1.4 Evening Post (a4): dozens\n\
        3. 2026-03-02T08:00:00Z — k1.1 Daily Ledger (a1): ≥30\n\
        4. undated — k1.3 field_note (a3): 12\n";
    assert!(md.contains(timeline), "{md}");
    assert!(
        md.contains("— k4.2 Daily Ledger (a1): 9 (revises k4.1, 5)"),
        "{md}"
    );
    // Statements have no timeline; neither do figures that never changed.
    let section = |heading: &str| md.split("\n## ").find(|s| s.starts_with(heading)).unwrap();
    assert!(!section("k5 · claim of responsibility").contains("**Timeline:**"));
    assert!(section("k3 · security forces killed").contains("**Timeline:**"));
    // Provenance: byte spans into the files, by row.
    let a3 = report.article("a3".parse().unwrap()).unwrap();
    let quote = "12 rebels | the figure\nis provisional";
    let start = String::from_utf8_lossy(a3.raw()).find(quote).unwrap();
    assert!(md.contains(&format!(
        "- k1.3 (claim c21): `reports/field_note.md:{start}-{}`\n",
        start + quote.len()
    )));
    // Which source names which place.
    assert!(md.contains("| place | Daily Ledger (a1) | field_note (a3) |\n|---|---|---|\n| Eastport | ✓ | ✓ |\n| Northgate | ✓ |  |\n"), "{md}");

    let one = markdown::comparisons(&report, &all[..1]);
    assert!(one.contains("1 of 6 comparisons across 4 articles."));
    assert!(!one.contains("## k2"));
}

#[test]
fn the_summary_lists_articles_and_their_claims() {
    let report = report();
    let summary = markdown::summary(&report);
    assert!(
        summary.starts_with("# claimdiff: 4 articles, 17 claims, 6 comparisons\n"),
        "{summary}"
    );
    assert!(
        summary.contains("## a3 field_note: Report a3\n"),
        "{summary}"
    );
    assert!(
        summary.contains("file reports/field_note.md · 1 block: 1 body"),
        "{summary}"
    );
    assert!(
        summary.contains(
            "- c31 dozens militants killed · per minister — “Dozens of rebels were killed”"
        ),
        "{summary}"
    );
    assert!(
        summary.contains("- c33 responsibility: HB — “claimed the attacks”"),
        "{summary}"
    );
    assert!(
        summary.contains("- k1 militants killed — conflict (4 claims)"),
        "{summary}"
    );
}

/// The gold annotation of the bundled sample, turned into claims as a perfect extractor would
/// give them: its `conflicts` say which figures must be compared together and which apart.
mod gold {
    use super::*;
    use serde_json::Value;
    use std::path::Path;

    const GOLD: &str = include_str!("fixtures/gold/seeds.json");

    fn parse<T: serde::de::DeserializeOwned>(value: &Value) -> T {
        serde_json::from_value(value.clone()).expect("gold field")
    }

    /// Time phrases of the gold claims and how they relate to the main event.
    fn scope_of(when: Option<&str>) -> TimeScope {
        match when {
            Some("a day earlier") => TimeScope::Earlier,
            Some("past two days") => TimeScope::Period,
            Some(w) if w.chars().any(|c| c.is_ascii_digit()) => TimeScope::OtherEvent,
            _ => TimeScope::Main,
        }
    }

    pub(super) fn report() -> (Value, Report) {
        let gold: Value = serde_json::from_str(GOLD).unwrap();
        let files: Vec<&String> = gold["articles"].as_object().unwrap().keys().collect();
        let articles: Vec<Article> = files
            .iter()
            .enumerate()
            .map(|(i, file)| {
                let text =
                    std::fs::read_to_string(Path::new("assets/articles").join(file)).unwrap();
                article(
                    &format!("a{}", i + 1),
                    &format!("sample/{file}"),
                    None,
                    None,
                    &text,
                )
            })
            .collect();
        let mut claims = Vec::new();
        for (article, file) in articles.iter().zip(&files) {
            for entry in gold["articles"][file.as_str()].as_array().unwrap() {
                let id = format!("c{}", claims.len() + 1);
                let value = entry["value"].as_u64();
                let mut count = count(
                    &id,
                    article,
                    value,
                    parse(&entry["qualifier"]),
                    parse(&entry["metric"]),
                    Subject::parse(entry["subject"].as_str().unwrap()),
                );
                count.place = entry["where"].as_str().map(Into::into);
                count.when = entry["when"].as_str().map(Into::into);
                count.time_scope = scope_of(count.when.as_deref());
                if let Some(actor) = entry["attributed_to"].as_str() {
                    count = attributed(count, actor);
                }
                if entry["note"]
                    .as_str()
                    .is_some_and(|n| n.contains("revised"))
                {
                    // Revised by a figure the gold does not list: any id outside the report.
                    count.extras_mut().revised_by =
                        Some(ClaimId::from_index(u32::MAX as usize - 1));
                }
                if entry["note"]
                    .as_str()
                    .is_some_and(|n| n.contains("sub-count"))
                {
                    // A breakdown's part, as extraction links it ("five men" of the 11).
                    count.part_of = Some(ClaimId::from_index(u32::MAX as usize - 1));
                }
                let quote = entry["quote"].as_str().unwrap();
                if article.text(&article.blocks[0]).contains(quote) {
                    count = quoted(count, article, quote);
                }
                claims.push(count);
            }
        }
        for other in gold["other_claims"].as_array().unwrap() {
            let kind: ClaimKind = parse(&other["kind"]);
            for (i, article) in articles.iter().enumerate() {
                let prefix = format!("{i:03}");
                let id = format!("c{}", claims.len() + 1);
                let mut statement = claim(&id, article, kind);
                if kind == ClaimKind::PlacesAttacked {
                    statement.statement_mut().places = parse(&other["values"][&prefix]);
                    if statement.places().is_empty() {
                        continue;
                    }
                } else if other["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|s| *s == prefix)
                {
                    // The gold names the actor in its claim text; alternate the long and short
                    // forms as articles do.
                    let (actor, target) = match kind {
                        ClaimKind::Responsibility if i % 2 == 0 => {
                            ("Baloch Liberation Army (BLA)", None)
                        }
                        ClaimKind::Responsibility => ("BLA", None),
                        ClaimKind::Accusation => ("Pakistan", Some("India")),
                        ClaimKind::Denial => ("India", None),
                        _ => ("militants", None),
                    };
                    let parts = statement.statement_mut();
                    parts.actor = Some(actor.into());
                    parts.target = target.map(Into::into);
                } else {
                    continue;
                }
                claims.push(statement);
            }
        }
        let comparisons = compare(&articles, &claims);
        (
            gold,
            Report {
                articles,
                claims,
                comparisons,
                ..Report::default()
            },
        )
    }
}

#[test]
fn the_gold_conflicts_are_compared_together_and_apart() {
    let (gold, report) = gold::report();
    let article_of = |file: &str| {
        let path = format!("sample/{file}");
        report.articles.iter().find(|a| a.path == path).unwrap().id
    };
    let figures = |comparison: &claimdiff::model::Comparison| -> Vec<(ArticleId, Option<u64>)> {
        comparison
            .claims
            .iter()
            .map(|&id| report.claim(id).unwrap())
            .map(|c| (c.article, c.value))
            .collect()
    };
    for conflict in gold["conflicts"].as_array().unwrap() {
        let pairs = |side: &str| -> Vec<(ArticleId, Option<u64>)> {
            conflict[side]
                .as_object()
                .unwrap()
                .iter()
                .map(|(file, value)| (article_of(file), value.as_u64()))
                .collect()
        };
        let (together, apart) = (pairs("together"), pairs("apart"));
        let found = report.comparisons.iter().find(|c| {
            let figures = figures(c);
            together.iter().all(|p| figures.contains(p))
                && !apart.iter().any(|p| figures.contains(p))
        });
        assert!(
            found.is_some(),
            "{}: no comparison holds {together:?} without {apart:?}",
            conflict["about"]
        );
    }

    let militants = find(&report, "militants killed");
    assert_eq!(militants.status, Status::Conflict);
    let consensus = militants.consensus.as_ref().unwrap();
    assert_eq!(
        (consensus.min, consensus.max, consensus.conservative),
        (Some(37), Some(92), Some(37))
    );
    assert_eq!(consensus.origins, 5);
    assert_eq!(
        find(&report, "militants killed — a day earlier").status,
        Status::Agree
    );
    assert_eq!(
        find(&report, "civilians/people killed in Gwadar").status,
        Status::Agree
    );

    let forces = find(&report, "security forces killed");
    let party_values: Vec<Option<u64>> = forces
        .party_claims
        .iter()
        .map(|&id| report.claim(id).unwrap().value)
        .collect();
    assert_eq!(party_values, [Some(84), None]);

    let responsibility = find(&report, "claim of responsibility: BLA");
    assert_eq!(
        (responsibility.status, responsibility.claims.len()),
        (Status::Agree, 5)
    );
    let places = find(&report, "places attacked");
    assert_eq!(places.status, Status::Compatible);
    assert_eq!(
        places.consensus.as_ref().unwrap().silent,
        [article_of("004_58d21ebfce44f9c0.txt")]
    );
    // The strongest disagreements lead.
    assert_eq!(report.comparisons[0].status, Status::Conflict);
}
