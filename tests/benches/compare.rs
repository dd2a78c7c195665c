//! Comparison speed: 100,000 synthetic claims over 1,000 articles.
//! Run with `cargo bench --bench compare`.

#[path = "../fixtures/compare/synthetic.rs"]
mod synthetic;

use claimdiff::compare::compare;
use claimdiff::model::{
    Article, Attribution, Claim, ClaimKind, Metric, Qualifier, Subject, TimeScope,
};
use std::time::{Duration, Instant};
use synthetic::{article, claim, count, mention};

const ARTICLES: usize = 1_000;
const CLAIMS_PER_ARTICLE: usize = 100;
const WORDS_PER_ARTICLE: usize = 400;
const RUNS: usize = 5;

/// A small deterministic generator (xorshift), so every run measures the same input.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn articles(random: &mut Random) -> Vec<Article> {
    let mut articles: Vec<Article> = Vec::with_capacity(ARTICLES);
    for i in 0..ARTICLES {
        // Every tenth article reprints the previous one's copy, as outlets do with wire stories.
        let body = match articles.last() {
            Some(previous) if i % 10 == 0 => previous.text(&previous.blocks[0]).to_owned(),
            _ => (0..WORDS_PER_ARTICLE)
                .map(|w| {
                    let end = if w % 12 == 11 { ". " } else { " " };
                    format!("w{}{end}", random.below(5_000))
                })
                .collect(),
        };
        let published = format!("2026-03-{:02}", 1 + random.below(28));
        let id = format!("a{}", i + 1);
        articles.push(article(
            &id,
            &format!("in/{id}.txt"),
            None,
            Some(&published),
            &body,
        ));
    }
    articles
}

fn claims(random: &mut Random, articles: &[Article]) -> Vec<Claim> {
    let metrics = [
        Metric::named("killed"),
        Metric::named("injured"),
        Metric::named("abducted"),
        Metric::named("arrested"),
    ];
    let subjects = [
        Subject::Militants,
        Subject::SecurityForces,
        Subject::Civilians,
        Subject::People,
        Subject::Other("children".into()),
        Subject::Other("workers".into()),
    ];
    let qualifiers = [
        Qualifier::Exact,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::About,
    ];
    let places = (0..40).map(|p| format!("Town {p}")).collect::<Vec<_>>();
    let groups = [
        "Valley Front (VF)",
        "VF",
        "Coast Army",
        "Hill Brigade (HB)",
        "HB",
    ];
    let scopes = [
        (TimeScope::Earlier, "a day earlier"),
        (TimeScope::Earlier, "on Friday"),
        (TimeScope::Period, "over the past two days"),
        (TimeScope::Period, "this year"),
    ];
    let mut claims = Vec::with_capacity(ARTICLES * CLAIMS_PER_ARTICLE);
    for article in articles {
        for _ in 0..CLAIMS_PER_ARTICLE {
            let id = format!("c{}", claims.len() + 1);
            let mut claim = match random.below(20) {
                0 => {
                    let mut statement = claim(&id, article, ClaimKind::Responsibility);
                    statement.statement_mut().actor = Some((*random.pick(&groups)).into());
                    statement
                }
                1 => {
                    let mut statement = claim(&id, article, ClaimKind::PlacesAttacked);
                    statement.statement_mut().places =
                        (0..3).map(|_| random.pick(&places).into()).collect();
                    statement
                }
                _ => {
                    let value = Some(1 + random.below(200) as u64).filter(|_| random.below(30) > 0);
                    let mut count = count(
                        &id,
                        article,
                        value,
                        *random.pick(&qualifiers),
                        *random.pick(&metrics),
                        random.pick(&subjects).clone(),
                    );
                    if random.below(4) == 0 {
                        count.place = Some(random.pick(&places).as_str().into());
                    }
                    if random.below(5) == 0 {
                        let (scope, when) = *random.pick(&scopes);
                        count.time_scope = scope;
                        count.when = Some(when.into());
                    }
                    if random.below(10) == 0 {
                        let group = *random.pick(&groups);
                        count.attribution = Some(std::sync::Arc::new(Attribution {
                            phrase: group.into(),
                            actor: group.into(),
                            via: None,
                        }));
                    }
                    count
                }
            };
            let quote_start = random.below(WORDS_PER_ARTICLE - 5);
            let quote: Vec<&str> = article
                .text(&article.blocks[0])
                .split(' ')
                .skip(quote_start)
                .take(4)
                .collect();
            claim.mentions.push(mention(article, &quote.join(" ")));
            claims.push(claim);
        }
    }
    claims
}

fn main() {
    let mut random = Random(0x5eed_cafe);
    let articles = articles(&mut random);
    let claims = claims(&mut random, &articles);
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut comparisons = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let result = std::hint::black_box(compare(&articles, &claims));
        times.push(start.elapsed());
        comparisons = result.len();
    }
    times.sort();
    println!(
        "compare: {} claims over {} articles → {comparisons} comparisons; median {:.1} ms, best {:.1} ms ({RUNS} runs)",
        claims.len(),
        articles.len(),
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
    );
}
