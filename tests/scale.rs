//! Scale: the parallel pipeline gives the same document whatever the thread count, and the
//! generated corpus loads cleanly.

use claimdiff::extract::Lexicon;
use claimdiff::load::{self, LoadOptions, Loaded};
use claimdiff::model::ArticleId;
use claimdiff::{analyse, export};
use claimdiff_corpus as corpus;
use std::path::Path;

/// The full `extract --json` document for what `load` gives, on a pool of `threads` threads.
fn document(threads: usize, load: impl Fn() -> Loaded + Send + Sync) -> String {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        let loaded = load();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let mut json = Vec::new();
        export::write_json(&analyse(loaded, &Lexicon::bundled()).report, &mut json).unwrap();
        String::from_utf8(json).unwrap()
    })
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(dir.path(), 60, 3).unwrap();
    let paths = [dir.path().to_path_buf()];
    let generated = || load::load_paths(&paths, &LoadOptions::default());
    let one = document(1, generated);
    assert!(one.contains("\"id\": \"a60\""), "all articles loaded");
    assert!(one.contains("\"id\": \"c500\""), "claims found");
    assert_eq!(one, document(4, generated));
    assert_eq!(one, document(rayon::current_num_threads(), generated));

    let sample = document(1, || load::load_sample(&load::Furniture::bundled()));
    assert_eq!(
        sample,
        document(4, || load::load_sample(&load::Furniture::bundled()))
    );
}

#[test]
fn inputs_keep_their_order_and_problems_their_place() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write(&dir.path().join("b"), 8, 5).unwrap();
    // sorts between the generated 000004.* and 000005.*
    std::fs::write(dir.path().join("b/000004a.txt"), b"\0binary").unwrap();
    let missing = dir.path().join("missing.txt");
    let generated: Vec<_> = std::fs::read_dir(dir.path().join("b"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_stem().unwrap() == "000001")
        .collect();
    let paths = [dir.path().join("b"), missing.clone(), generated[0].clone()];
    let load = || load::load_paths(&paths, &LoadOptions::default());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap();
    let loaded = pool.install(load);
    let names: Vec<&str> = loaded
        .articles
        .iter()
        .map(|a| Path::new(&a.path).file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(names.len(), 9, "{names:?}");
    assert!(names[..8].windows(2).all(|w| w[0] < w[1]), "{names:?}");
    assert!(names[8].starts_with("000001."));
    let ids: Vec<ArticleId> = loaded.articles.iter().map(|a| a.id).collect();
    assert_eq!(ids, ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"]);
    let problems: Vec<&str> = loaded.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(problems.len(), 2);
    assert!(problems[0].ends_with("000004a.txt"));
    assert_eq!(problems[1], missing.display().to_string());
}

// --- linear time per input shape, heavy: `cargo test --release --test tests -- --ignored linear`

/// An invented capitalised place name per number ("Bville", "Cville", … "Bcville").
fn invented_place(mut n: usize) -> String {
    let mut name = String::new();
    n += 1;
    while n > 0 {
        name.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
    }
    let mut chars = name.chars();
    let first = chars.next().unwrap().to_ascii_uppercase();
    format!("{first}{}ville", chars.as_str())
}

/// The best of three one-thread runs of load → extract → compare → JSON over `files`.
fn pipeline_time(files: &[String]) -> std::time::Duration {
    let dir = tempfile::tempdir().unwrap();
    for (i, text) in files.iter().enumerate() {
        std::fs::write(dir.path().join(format!("{i:06}.txt")), text).unwrap();
    }
    let paths = [dir.path().to_path_buf()];
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    (0..3)
        .map(|_| {
            let started = std::time::Instant::now();
            pool.install(|| {
                let loaded = load::load_paths(&paths, &LoadOptions::default());
                assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
                let report = analyse(loaded, &Lexicon::bundled()).report;
                export::write_json(&report, &mut std::io::sink()).unwrap();
            });
            started.elapsed()
        })
        .min()
        .unwrap()
}

/// Fails when quadrupling the shape's size (`make(n / 2)` → `make(2 × n)`) costs more than
/// eight times the time: linear work takes four times as long, quadratic sixteen. A step of
/// four rather than two keeps a busy machine's noise and the cache's slowdown on larger
/// inputs (×2.5 per doubling measured on linear shapes) clear of the bound.
fn assert_linear(shape: &str, n: usize, make: impl Fn(usize) -> Vec<String>) {
    let (small, large) = (n / 2, 2 * n);
    let small_time = pipeline_time(&make(small));
    let large_time = pipeline_time(&make(large));
    let ratio = large_time.as_secs_f64() / small_time.as_secs_f64();
    let summary =
        format!("{shape}: {small_time:?} at {small}, {large_time:?} at {large}: ×{ratio:.2}");
    eprintln!("{summary}");
    assert!(ratio <= 8.0, "{summary}");
}

/// One article: a title, then `body`.
fn article(body: String) -> Vec<String> {
    vec![format!("Report\n\n{body}\n")]
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_one_paragraph_repeating_a_count() {
    assert_linear("\"at least 5 people were killed and\" ×n", 60_000, |n| {
        article("at least 5 people were killed and ".repeat(n) + "more.")
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_one_sentence_of_numbers_with_no_outcome() {
    assert_linear("\"12 apples, 13 apples, …\"", 50_000, |n| {
        let items: Vec<String> = (0..n).map(|i| format!("{} apples", i + 12)).collect();
        article(items.join(", ") + ".")
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_groups_of_three_digits_set_apart_by_spaces() {
    // (each group could open a figure written "3 000": how far one is read on is bounded)
    assert_linear("\"100 100 100 …\"", 100_000, |n| {
        article(format!(
            "Officials counted {} people.",
            vec!["100"; n].join(" ")
        ))
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_commas_and_quotes_in_one_sentence() {
    assert_linear("commas and quotes in one sentence", 50_000, |n| {
        let items: Vec<String> = (0..n).map(|i| format!("\"word{i}\"")).collect();
        article(format!("Officials said {} today.", items.join(", ")))
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_a_list_of_places_in_one_sentence() {
    assert_linear("places listed in one sentence", 50_000, |n| {
        let places: Vec<String> = (0..n).map(invented_place).collect();
        article(format!("Attacks hit {} and Lastville.", places.join(", ")))
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_speakers_places_and_days_in_one_sentence() {
    // Each speaker marks where its place may stand and each figure finds where its clause
    // ends once: a check of every place against every speaker, or a scan from every figure
    // to every later day, would grow with the square.
    assert_linear(
        "\"told reporters in Aville 12 died on Monday, …\"",
        20_000,
        |n| {
            let items: Vec<String> = (0..n)
                .map(|i| {
                    format!(
                        "officials told reporters in {} {} people died on {}",
                        invented_place(i),
                        i % 90 + 10,
                        corpus::DAYS[i % corpus::DAYS.len()]
                    )
                })
                .collect();
            article(format!("{}.", items.join(" and ")))
        },
    );
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_figures_listed_after_their_places() {
    // Each figure looks up whether a place's name lists it ("Deaths: Aville 12, Bville 13"):
    // a scan of the list per figure would grow with its square.
    assert_linear("\"Deaths: Aville 12, Bville 13, …\"", 20_000, |n| {
        let items: Vec<String> = (0..n)
            .map(|i| format!("{} {}", invented_place(i), i % 90 + 10))
            .collect();
        article(format!("Deaths: {}.", items.join(", ")))
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_counts_and_places_in_one_sentence() {
    // Each count weighs the sentence's places: scanning the words between a count and each
    // place for a contrasting clause took 5.3 s for 1,000 such clauses, 46 s for 4,000.
    assert_linear("\"5 people from A died in B, and\" ×n", 1_000, |n| {
        let clauses: Vec<String> = (0..n)
            .map(|i| {
                let [a, b] = [2 * i, 2 * i + 1].map(invented_place);
                format!("{} people from {a} died in {b}", i % 90 + 10)
            })
            .collect();
        article(format!("{}.", clauses.join(", and ")))
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_sentences_naming_places_attacked() {
    // Merging the repeats scanned each claim's place list per place: 6,700 sentences took
    // 1.0 s, 13,300 3.3 s.
    assert_linear("\"Attacks hit A, B and C.\" ×n", 10_000, |n| {
        article(
            (0..n)
                .map(|i| {
                    let [a, b, c] = [3 * i, 3 * i + 1, 3 * i + 2].map(invented_place);
                    format!("Attacks hit {a}, {b} and {c}. ")
                })
                .collect(),
        )
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_one_figure_given_for_many_places() {
    // Deciding whether an article breaks a toll down by place compared every placed figure
    // with every other, for each of them: 2,000 places took 15 s, 4,000 120 s.
    assert_linear(
        "\"5 people were killed in A.\" ×n beside a total",
        5_000,
        |n| {
            let mut body = String::from("Officials said 300 people died. ");
            for i in 0..n {
                body.push_str(&format!(
                    "At least 5 people were killed in {}. ",
                    invented_place(i)
                ));
            }
            article(body)
        },
    );
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_named_groups_sharing_one_figure() {
    // Folding named groups that share a figure weighed every pair of the groups giving it.
    assert_linear("\"5 <group>s were killed.\", a group a file", 2_000, |n| {
        (0..n)
            .map(|i| {
                let group = invented_place(i).to_lowercase();
                format!("Flood toll\n\nOfficials said 5 {group}ers were killed in the flood.\n")
            })
            .collect()
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_a_breakdown_list() {
    assert_linear("\"including 3 women, 4 children, …\"", 40_000, |n| {
        let parts: Vec<String> = (0..n)
            .map(|i| format!("{} {}", i % 50 + 2, ["women", "children", "men"][i % 3]))
            .collect();
        article(format!(
            "At least 900 people were killed, including {}.",
            parts.join(", ")
        ))
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_accusations_and_denials_with_distinct_actors() {
    // Grouping weighed each statement against every group: 5,000 accusations and denials in
    // one file took 8.8 s.
    let statement = |i: usize| {
        let [accuser, accused] = [2 * i, 2 * i + 1].map(invented_place);
        format!("{accuser} accused {accused} of the attack. {accused} denied involvement. ")
    };
    assert_linear("accusations and denials in one file", 10_000, |n| {
        article((0..n).map(statement).collect())
    });
    assert_linear("accusations and denials, a file each", 4_000, |n| {
        (0..n)
            .map(|i| format!("Attack report {i}\n\n{}\n", statement(i)))
            .collect()
    });
}

#[test]
#[ignore = "heavy: cargo test --release --test tests -- --ignored linear"]
fn linear_in_speakers_referred_back_to() {
    // "The spokesman" looked back through every earlier speaker.
    assert_linear("named speakers, then \"the spokesman\"", 20_000, |n| {
        article(
            (0..n)
                .map(|i| {
                    format!(
                        "Mayor {} said it was calm. The spokesman said it was calm.\n\n",
                        invented_place(i)
                    )
                })
                .collect(),
        )
    });
}
