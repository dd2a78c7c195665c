//! Stories: articles about one event form one story, and comparisons stay within a story.
//! The dev-set checks run when `../shared/dev-set` is present and say so when it is not.

use claimdiff::extract::Lexicon;
use claimdiff::load::{self, LoadOptions};
use claimdiff::model::{ArticleId, Report};
use claimdiff::{analyse, analyse_with_threshold};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

fn dev_set() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev-set");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is not here", dir.display());
        None
    }
}

/// The dev set's articles copied into one folder (never into the project), each file named
/// after its event's folder; returns the folder and each file's event.
fn pooled(dev_set: &Path) -> (tempfile::TempDir, HashMap<String, String>) {
    let pool = tempfile::tempdir().unwrap();
    let mut events = HashMap::new();
    for event in std::fs::read_dir(dev_set).unwrap() {
        let event = event.unwrap().path();
        if !event.is_dir() {
            continue;
        }
        let event_name = event.file_name().unwrap().to_string_lossy().into_owned();
        for file in std::fs::read_dir(&event).unwrap() {
            let file = file.unwrap().path();
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            // the articles; SOURCE.md and gold.json describe them
            if !name.ends_with(".txt") {
                continue;
            }
            let pooled_name = format!("{event_name}__{name}");
            std::fs::copy(&file, pool.path().join(&pooled_name)).unwrap();
            events.insert(pooled_name, event_name.clone());
        }
    }
    (pool, events)
}

fn analysed(paths: &[PathBuf], threshold: Option<f32>) -> Report {
    let loaded = load::load_paths(paths, &LoadOptions::default());
    assert!(
        loaded.problems.iter().all(|p| !p.fatal),
        "{:?}",
        loaded.problems
    );
    let lexicon = Lexicon::bundled();
    match threshold {
        Some(threshold) => analyse_with_threshold(loaded, &lexicon, threshold).report,
        None => analyse(loaded, &lexicon).report,
    }
}

/// Each article's event, by the file name the pool gave it (`sample` for the sample's).
fn event_of(report: &Report, events: &HashMap<String, String>) -> HashMap<ArticleId, String> {
    report
        .articles
        .iter()
        .map(|a| {
            let name = Path::new(&a.path).file_name().unwrap().to_string_lossy();
            let event = events
                .get(name.as_ref())
                .cloned()
                .unwrap_or_else(|| "sample".to_owned());
            (a.id, event)
        })
        .collect()
}

/// Pairwise precision and recall of "same story" against "same event".
fn pairwise(report: &Report, events: &HashMap<ArticleId, String>) -> (f64, f64) {
    let story_of: HashMap<ArticleId, _> = report
        .stories
        .iter()
        .flat_map(|s| s.articles.iter().map(move |&a| (a, s.id)))
        .collect();
    let ids: Vec<ArticleId> = report.articles.iter().map(|a| a.id).collect();
    let (mut both, mut same_story, mut same_event) = (0u32, 0u32, 0u32);
    for (i, a) in ids.iter().enumerate() {
        for b in &ids[i + 1..] {
            let story = story_of[a] == story_of[b];
            let event = events[a] == events[b];
            both += u32::from(story && event);
            same_story += u32::from(story);
            same_event += u32::from(event);
        }
    }
    let ratio = |n: u32, d: u32| {
        if d == 0 {
            1.0
        } else {
            f64::from(n) / f64::from(d)
        }
    };
    (ratio(both, same_story), ratio(both, same_event))
}

#[test]
fn the_sample_is_one_story_of_five_articles() {
    let report = analyse(
        load::load_sample(&load::Furniture::bundled()),
        &Lexicon::bundled(),
    )
    .report;
    assert_eq!(report.stories.len(), 1, "{:#?}", report.stories);
    let story = &report.stories[0];
    assert_eq!(story.articles.len(), 5);
    assert_eq!(story.comparisons.len(), report.comparisons.len());
    assert!(report.comparisons.iter().all(|c| c.story == story.id));
}

#[test]
fn every_article_is_in_one_story_and_every_comparison_listed_by_its_story() {
    let report = analyse(
        load::load_sample(&load::Furniture::bundled()),
        &Lexicon::bundled(),
    )
    .report;
    let mut seen = BTreeSet::new();
    for story in &report.stories {
        for article in &story.articles {
            assert!(seen.insert(*article), "{article} in two stories");
        }
        for id in &story.comparisons {
            assert_eq!(report.comparisons[id.index()].story, story.id);
        }
    }
    assert_eq!(seen.len(), report.articles.len());
}

/// A folder about one event is one story even when it holds only a few articles (each event
/// is scored from its own folder: a split would break every comparison across the split).
#[test]
fn each_dev_set_event_on_its_own_is_one_story() {
    let Some(dev_set) = dev_set() else { return };
    let mut events: Vec<PathBuf> = std::fs::read_dir(&dev_set)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    events.sort();
    assert_eq!(events.len(), 8, "the dev set has 8 events");
    for event in events {
        let report = analysed(std::slice::from_ref(&event), None);
        assert_eq!(
            report.stories.len(),
            1,
            "{}: {:#?}",
            event.display(),
            report.stories
        );
    }
}

#[test]
fn the_pooled_dev_set_gives_its_events_as_stories() {
    let Some(dev_set) = dev_set() else { return };
    let (pool, events) = pooled(&dev_set);
    assert_eq!(events.len(), 40, "the dev set has 40 articles");
    let report = analysed(&[pool.path().to_path_buf()], None);
    let events = event_of(&report, &events);
    let (precision, recall) = pairwise(&report, &events);
    let distinct: BTreeSet<&String> = events.values().collect();
    eprintln!(
        "pooled dev set: {} articles, {} events, {} stories, pairwise precision {precision:.3}, recall {recall:.3}",
        report.articles.len(),
        distinct.len(),
        report.stories.len()
    );
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "precision {precision:.3}, recall {recall:.3}: {:#?}",
        report.stories
    );
    assert_eq!(
        report.stories.len(),
        distinct.len(),
        "{:#?}",
        report.stories
    );
}

#[test]
fn with_the_sample_added_no_comparison_mixes_two_events() {
    let Some(dev_set) = dev_set() else { return };
    let (pool, events) = pooled(&dev_set);
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/articles");
    let report = analysed(&[pool.path().to_path_buf(), sample], None);
    let events = event_of(&report, &events);
    let mut mixed = Vec::new();
    for comparison in &report.comparisons {
        let involved: BTreeSet<&String> = comparison
            .claims
            .iter()
            .filter_map(|&id| report.claim(id))
            .map(|c| &events[&c.article])
            .collect();
        if involved.len() > 1 {
            mixed.push((comparison.label.clone(), involved));
        }
    }
    assert!(mixed.is_empty(), "{mixed:#?}");
    let sample_story = report
        .stories
        .iter()
        .find(|s| s.articles.iter().any(|a| events[a] == "sample"))
        .unwrap();
    assert!(sample_story.articles.iter().all(|a| events[a] == "sample"));
    assert_eq!(sample_story.articles.len(), 5);
}
