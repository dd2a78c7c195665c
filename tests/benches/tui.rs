//! Timing of the TUI: the time to the first frame on a generated corpus of 1,000 articles
//! (load, extraction, comparison, state, one 120×40 frame: what a user waits for after
//! `claimdiff DIR`), one frame, and one filter keystroke (update + redraw) over a report of
//! 100,000 claims. Run with `cargo bench --bench tui`.

#[path = "real_text.rs"]
mod real_text;

#[allow(dead_code)] // shared with the tests, which use all of it
#[path = "../fixtures/tui/synthetic.rs"]
mod synthetic;

use claimdiff::model::{
    Article, ArticleId, BlockKind, Comparison, Metric, Qualifier, Report, Status,
};
use claimdiff::tui::action::Action;
use claimdiff::tui::state::{State, update};
use claimdiff::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use std::time::{Duration, Instant};
use synthetic::{Count, claim, comparison};

const CLAIMS: usize = 100_000;
const SOURCES: usize = 20;
const CLAIMS_PER_COMPARISON: usize = 4;

fn article(index: usize) -> Article {
    let text = format!(
        "Officials in district {index} said 12 people were killed and 30 were injured when \
         the storm passed; relief teams arrived on the second day."
    );
    let id = ArticleId::from_index(index);
    let path = format!("bench/source-{index}.txt");
    let mut article = Article::from_parts(id, path, &text, &[(BlockKind::Body, &text)]);
    article.set_title(format!("Storm report {index}"));
    article.outlet = Some(format!("Outlet {index}"));
    article.published = Some("2026-01-01".into());
    article
}

/// `CLAIMS` counts spread over `SOURCES` articles, grouped into comparisons of four.
fn large_report() -> Report {
    let articles: Vec<Article> = (0..SOURCES).map(article).collect();
    let claims: Vec<_> = (0..CLAIMS)
        .map(|i| {
            let count = Count {
                value: Some((i % 97) as u64),
                qualifier: Some(Qualifier::Exact),
                metric: Some(if i % 2 == 0 {
                    Metric::named("killed")
                } else {
                    Metric::named("injured")
                }),
                kind: claimdiff::model::ClaimKind::Count,
            };
            let phrase = if i % 2 == 0 {
                "12 people were killed"
            } else {
                "30 were injured"
            };
            claim(
                &format!("c{}", i + 1),
                &articles[i % SOURCES],
                0,
                phrase,
                count,
            )
        })
        .collect();
    let statuses = [
        Status::Conflict,
        Status::Compatible,
        Status::Agree,
        Status::Single,
    ];
    let comparisons: Vec<Comparison> = claims
        .chunks(CLAIMS_PER_COMPARISON)
        .enumerate()
        .map(|(n, group)| {
            let refs: Vec<_> = group.iter().collect();
            let label = format!(
                "people {} in district {n}",
                if n % 2 == 0 { "killed" } else { "injured" }
            );
            comparison(
                &format!("k{}", n + 1),
                &label,
                statuses[n % 4],
                &refs,
                &articles,
            )
        })
        .collect();
    Report {
        articles,
        claims,
        comparisons,
        ..Report::default()
    }
}

fn frame(state: &State, terminal: &mut Terminal<TestBackend>) {
    terminal
        .draw(|f| f.render_widget(state, f.area()))
        .expect("draw");
}

fn time<F: FnMut()>(runs: u32, mut f: F) -> Duration {
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    start.elapsed() / runs
}

/// Articles and seed of the first-frame corpus: the pipeline bench's smaller size.
const FIRST_FRAME_ARTICLES: usize = 1_000;
const FIRST_FRAME_SEED: u64 = 2026;
const FIRST_FRAME_RUNS: usize = 5;

/// From a folder of articles to the first frame drawn, on all cores; best of a few runs.
/// `what` names the corpus in the line printed.
fn first_frame(what: &str, dir: &Path, bytes: usize, resize: Action) {
    let lexicon = claimdiff::extract::Lexicon::bundled();
    let paths = [dir.to_path_buf()];
    let mut best: Option<[Duration; 4]> = None;
    for _ in 0..FIRST_FRAME_RUNS {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
        let started = Instant::now();
        let loaded = claimdiff::load::load_paths(&paths, &Default::default());
        let load = started.elapsed();
        let report = claimdiff::analyse(loaded, &lexicon).report;
        let analyse = started.elapsed() - load;
        let mut state = State::new(report, Theme { colour: true });
        update(&mut state, resize.clone());
        let prepared = started.elapsed() - load - analyse;
        frame(&state, &mut terminal);
        let total = started.elapsed();
        let stages = [load, analyse, prepared, total];
        if best.is_none_or(|b| total < b[3]) {
            best = Some(stages);
        }
    }
    let [load, analyse, prepared, total] = best.expect("at least one run");
    println!(
        "first frame, {FIRST_FRAME_ARTICLES} {what} articles ({:.1} MB), {} threads: {total:>8.2?} (load {load:.2?}, extract + compare {analyse:.2?}, state {prepared:.2?}, frame {:.2?})",
        bytes as f64 / 1e6,
        rayon::current_num_threads(),
        total - load - analyse - prepared,
    );
}

fn main() {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    let resize = Action::Resize {
        width: 120,
        height: 40,
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let bytes = claimdiff_corpus::write(dir.path(), FIRST_FRAME_ARTICLES, FIRST_FRAME_SEED)
        .expect("corpus written");
    first_frame("generated", dir.path(), bytes as usize, resize.clone());
    let texts = real_text::texts();
    if texts.is_empty() {
        println!("first frame on real text: ../shared not found; skipped");
    } else {
        let dir = tempfile::tempdir().expect("temporary folder");
        let bytes = real_text::write(dir.path(), &texts, FIRST_FRAME_ARTICLES, usize::MAX);
        first_frame("real", dir.path(), bytes, resize.clone());
    }

    let mut small = State::new(synthetic::report(), Theme { colour: true });
    update(&mut small, resize.clone());
    let per_frame = time(200, || frame(&small, &mut terminal));
    println!("frame 120x40, sample-sized report:       {per_frame:>10.2?}");

    let built = Instant::now();
    let report = large_report();
    println!(
        "built a report of {CLAIMS} claims, {} comparisons in {:.2?}",
        report.comparisons.len(),
        built.elapsed()
    );
    let started = Instant::now();
    let mut large = State::new(report, Theme { colour: true });
    update(&mut large, resize);
    println!(
        "state for it (indexes, first filter):    {:>10.2?}",
        started.elapsed()
    );
    let per_frame = time(20, || frame(&large, &mut terminal));
    println!("frame 120x40, 100k claims:               {per_frame:>10.2?}");

    update(&mut large, Action::StartFilter);
    // The first keystroke checks every comparison; later ones only the survivors.
    let mut keystroke = |c: char| {
        let start = Instant::now();
        update(&mut large, Action::Type(c));
        frame(&large, &mut terminal);
        (start.elapsed(), large.list.visible.len())
    };
    for c in "killed 7".chars() {
        let (elapsed, shown) = keystroke(c);
        println!("filter keystroke {c:?} (update + frame):   {elapsed:>10.2?}  {shown} shown");
    }
    let (elapsed, shown) = {
        let start = Instant::now();
        update(&mut large, Action::Cancel);
        frame(&large, &mut terminal);
        (start.elapsed(), large.list.visible.len())
    };
    println!("clearing the filter (all comparisons):   {elapsed:>10.2?}  {shown} shown");
}
