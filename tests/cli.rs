//! Integration tests: the `claimdiff` binary as scripts use it.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn claimdiff(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON document")
}

const QUAKE: &str = "Quake kills dozens in hill towns\nAt least 42 people were killed and 120 injured, officials said.\n";

#[test]
fn extract_json_on_the_bundled_sample_follows_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let output = claimdiff(&["extract", "--json"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let doc = json(&output);
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for key in [
        "id",
        "path",
        "title",
        "outlet",
        "published",
        "author",
        "blocks",
    ] {
        assert!(articles[0].get(key).is_some(), "article field {key}");
    }
    let claims = doc["claims"].as_array().unwrap();
    assert!(claims.len() > 20);
    for key in [
        "id",
        "article",
        "kind",
        "value",
        "qualifier",
        "metric",
        "subject",
        "where",
        "when",
        "attributed_to",
        "mentions",
    ] {
        assert!(claims[0].get(key).is_some(), "claim field {key}");
    }
    let comparisons = doc["comparisons"].as_array().unwrap();
    assert!(comparisons.iter().any(|c| c["status"] == "conflict"));
}

#[test]
fn files_folders_and_stdin_load_with_paths_as_given() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    std::fs::write(dir.path().join("reports/quake.txt"), QUAKE).unwrap();
    std::fs::write(
        dir.path().join("other.md"),
        format!("---\ntitle: Other\n---\n\n{QUAKE}"),
    )
    .unwrap();
    let output = claimdiff(&["extract", "--json", "reports", "other.md"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let paths: Vec<String> = json(&output)["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(paths, ["reports/quake.txt", "other.md"]);

    let output = with_stdin(&["extract", "--json", "-"], QUAKE.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["articles"][0]["path"], "-");
    let values: Vec<u64> = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["value"].as_u64())
        .collect();
    assert_eq!(values, [42, 120]);
}

#[test]
fn a_bad_input_is_named_and_the_others_still_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), QUAKE).unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"\x00\x01\x02binary").unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let output = claimdiff(
        &[
            "extract",
            "--json",
            "good.txt",
            "missing.txt",
            "binary.txt",
            "empty.txt",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1), "partial success");
    let err = stderr(&output);
    for name in ["missing.txt", "binary.txt", "empty.txt"] {
        assert!(
            err.lines().any(|l| l.contains(name) && l.contains("error")),
            "{name} named in:\n{err}"
        );
    }
    assert_eq!(json(&output)["articles"].as_array().unwrap().len(), 1);
}

#[test]
fn a_sentence_ending_in_an_open_list_does_not_lose_the_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "12,").unwrap();
    std::fs::write(dir.path().join("good.txt"), QUAKE).unwrap();
    let output = claimdiff(&["extract", "--json", "a.txt", "good.txt"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(json(&output)["articles"].as_array().unwrap().len(), 2);
}

#[test]
fn nothing_loaded_exits_two_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let output = claimdiff(&["extract", "--json", "nowhere"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("nowhere") && err.contains("no article could be loaded"),
        "{err}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.txt"), QUAKE.repeat(100)).unwrap();
    let output = claimdiff(
        &["extract", "--json", "--max-size", "1000", "big.txt"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("big.txt"), "{}", stderr(&output));
}

#[test]
fn invalid_utf8_loads_with_a_warning_and_true_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"Storm report\n\xff\xfe Floods killed 14 people on Monday.\n".to_vec();
    bytes.extend_from_slice(b"Another \xc3 line: 3 fishermen are missing.\n");
    std::fs::write(dir.path().join("latin.txt"), &bytes).unwrap();
    let output = claimdiff(&["extract", "--json", "latin.txt"], dir.path());
    assert_eq!(output.status.code(), Some(0), "a warning is not a failure");
    assert!(stderr(&output).contains("warning") && stderr(&output).contains("latin.txt"));
    for claim in json(&output)["claims"].as_array().unwrap() {
        for m in claim["mentions"].as_array().unwrap() {
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                String::from_utf8_lossy(&bytes[start..end]),
                m["quote"].as_str().unwrap()
            );
        }
    }
}

#[test]
fn compare_and_export_print_markdown_and_filter() {
    let dir = tempfile::tempdir().unwrap();
    let output = claimdiff(&["compare", "--markdown"], dir.path());
    assert!(output.status.success());
    let markdown = String::from_utf8_lossy(&output.stdout);
    assert!(
        markdown.contains("## k1 · militants killed · conflict"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| source | value | qualifier | attributed to | where | when | quote |")
    );

    let output = claimdiff(&["export", "--markdown", "--filter", "gwadar"], dir.path());
    let filtered = String::from_utf8_lossy(&output.stdout);
    let headings: Vec<&str> = filtered.lines().filter(|l| l.starts_with("## ")).collect();
    assert!(!headings.is_empty());
    assert!(headings.len() < markdown.lines().filter(|l| l.starts_with("## ")).count());
    assert!(filtered.to_lowercase().contains("gwadar"));

    let output = claimdiff(&["compare", "--json"], dir.path());
    let comparisons: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(comparisons[0]["id"], "k1");
}

#[test]
fn a_user_lexicon_extends_extraction_and_a_broken_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("report.txt"),
        "River report\nThe flood stranded 300 villagers.\n",
    )
    .unwrap();
    // Without the word, the villagers are counted but nothing names what happened to them.
    let before = claimdiff(&["extract", "--json", "report.txt"], dir.path());
    let claims = json(&before)["claims"].as_array().unwrap().clone();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0]["metric"], "other");

    // A new metric family needs only its words: no other field, no recompiling.
    std::fs::write(
        dir.path().join("extra.toml"),
        "[metrics.stranded]\nactive = [\"stranded\"]\n",
    )
    .unwrap();
    let after = claimdiff(
        &["extract", "--json", "--lexicon", "extra.toml", "report.txt"],
        dir.path(),
    );
    let claims = json(&after)["claims"].as_array().unwrap().clone();
    assert_eq!(claims.len(), 1);
    assert_eq!(
        (claims[0]["value"].as_u64(), claims[0]["metric"].as_str()),
        (Some(300), Some("stranded"))
    );

    std::fs::write(dir.path().join("broken.toml"), "[metrics\n").unwrap();
    let broken = claimdiff(
        &[
            "extract",
            "--json",
            "--lexicon",
            "broken.toml",
            "report.txt",
        ],
        dir.path(),
    );
    assert_eq!(broken.status.code(), Some(2));
    assert!(
        stderr(&broken).contains("broken.toml"),
        "{}",
        stderr(&broken)
    );
}

#[test]
fn the_interactive_view_refuses_a_non_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let output = claimdiff(&[], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("needs a terminal"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["extract", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away, like `| head -0`
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"));
}

/// Bytes a terminal acts on: C0 controls other than the line break, DEL, and C1 controls.
fn terminal_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| (c.is_control() && c != '\n') || ('\u{80}'..='\u{9f}').contains(&c))
        .collect()
}

#[test]
fn titles_and_file_names_cannot_drive_the_terminal() {
    // The title would retitle the terminal (OSC 0) and write the clipboard (OSC 52).
    let dir = tempfile::tempdir().unwrap();
    let title = "Blast \x1b]0;PWNED\x07\x1b]52;c;UFdOQ0xJUA==\x07";
    std::fs::write(
        dir.path().join("blast.txt"),
        format!("{title}\n\nAt least 5 people were killed\u{9b}2J, police said.\n"),
    )
    .unwrap();
    let output = claimdiff(&["extract", "blast.txt"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let summary = String::from_utf8(output.stdout).unwrap();
    assert_eq!(terminal_controls(&summary), [], "{summary:?}");
    assert!(
        summary.contains("Blast ␛]0;PWNED␇␛]52;c;UFdOQ0xJUA==␇"),
        "{summary}"
    );

    // A missing file named with an escape sequence: the error line shows it, inert.
    let output = claimdiff(&["extract", "gone\x1b[2J\x07.txt", "blast.txt"], dir.path());
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert_eq!(terminal_controls(&errors), [], "{errors:?}");
    assert!(errors.contains("gone␛[2J␇.txt"), "{errors}");
}

#[test]
fn outlets_quotes_and_paths_come_out_inert_in_markdown() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("wire.html"),
        r#"<html><head><title>Quake toll</title>
<meta property="og:site_name" content="<script>alert(1)</script> [x](javascript:alert(1))">
</head><body><p>At least 42 people were killed &lt;img src=x onerror=alert(1)&gt; in the quake, officials said.</p></body></html>"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("we`ird\u{7}.md"),
        "---\ntitle: Quake\noutlet: \"[y](javascript:alert(2)) *Herald*\"\n---\n\nAt least 40 people were killed in the quake, officials said.\n",
    )
    .unwrap();
    for command in ["compare", "export"] {
        let output = claimdiff(&[command, "--markdown", "."], dir.path());
        assert!(output.status.success(), "{}", stderr(&output));
        let markdown = String::from_utf8(output.stdout).unwrap();
        assert!(
            markdown.contains("script") && markdown.contains("javascript"),
            "{markdown}"
        );
        assert_eq!(terminal_controls(&markdown), [], "{markdown:?}");
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        let mut code = Vec::new();
        for event in Parser::new_ext(&markdown, options) {
            match event {
                Event::Html(html) | Event::InlineHtml(html) => panic!("raw HTML {html:?}"),
                Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. } | Tag::Emphasis)) => {
                    panic!("{tag:?} in\n{markdown}")
                }
                Event::Code(span) => code.push(span.into_string()),
                _ => {}
            }
        }
        // provenance paths stay whole inside their code spans
        assert!(
            code.iter().any(|span| span.starts_with("./we`ird␇.md:")),
            "{code:?}"
        );
    }
}

const FERRY: &str = "Ferry capsizes off Marrow Point\nThe ferry capsized off Marrow Point in heavy swell; coastguard boats searched the strait and 31 passengers were missing, the harbour master said.\n";
const FERRY_TOO: &str = "Search for missing ferry passengers off Marrow Point\nCoastguard boats combed the strait off Marrow Point after the ferry capsized in heavy swell; 35 passengers were missing.\n";

/// A folder with two events: the sample's and a ferry capsizing (with a control sequence in
/// one title).
fn two_events() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/articles");
    for entry in std::fs::read_dir(sample).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("ferry1.txt"),
        FERRY.replace("Ferry capsizes", "Ferry \x1b[2J capsizes"),
    )
    .unwrap();
    std::fs::write(dir.path().join("ferry2.txt"), FERRY_TOO).unwrap();
    dir
}

#[test]
fn stories_list_each_event_and_story_selects_one() {
    let dir = two_events();
    let output = claimdiff(&["stories", "--json", "."], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let stories = json(&output);
    let stories = stories.as_array().unwrap();
    assert_eq!(stories.len(), 2, "{stories:#?}");
    assert_eq!(stories[0]["id"], "s1");
    assert_eq!(stories[0]["articles"].as_array().unwrap().len(), 5);
    assert_eq!(stories[1]["articles"], serde_json::json!(["a6", "a7"]));

    let text = claimdiff(&["stories", "."], dir.path());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("s2  Search for missing ferry passengers"),
        "{text}"
    );
    assert!(
        !text.contains('\x1b'),
        "control characters are escaped: {text:?}"
    );

    let compared = json(&claimdiff(
        &["compare", "--json", "--story", "s2", "."],
        dir.path(),
    ));
    let compared = compared.as_array().unwrap();
    assert!(!compared.is_empty());
    assert!(compared.iter().all(|c| c["story"] == "s2"));
    let by_text = json(&claimdiff(
        &["compare", "--json", "--story", "MARROW point", "."],
        dir.path(),
    ));
    assert_eq!(by_text.as_array().unwrap().len(), compared.len());
    let export = claimdiff(&["export", "--story", "s2", "."], dir.path());
    let export = String::from_utf8(export.stdout).unwrap();
    assert!(export.contains("| ferry1 | 31 |"), "{export}");
    assert!(!export.contains("militants"), "{export}");

    let none = claimdiff(&["compare", "--story", "volcano", "."], dir.path());
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("no story matches `volcano`"),
        "{}",
        stderr(&none)
    );
    let bad = claimdiff(&["stories", "--story-threshold", "2", "."], dir.path());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn extract_json_gives_stories_and_each_comparison_its_story() {
    let dir = two_events();
    let doc = json(&claimdiff(&["extract", "--json", "."], dir.path()));
    let stories = doc["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 2);
    for comparison in doc["comparisons"].as_array().unwrap() {
        let story = stories
            .iter()
            .find(|s| s["id"] == comparison["story"])
            .unwrap();
        assert!(
            story["comparisons"]
                .as_array()
                .unwrap()
                .contains(&comparison["id"])
        );
    }
}

#[test]
fn an_unreadable_lexicon_is_named_once_with_its_cause() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), QUAKE).unwrap();
    let output = claimdiff(
        &["extract", "--lexicon", "missing.toml", "good.txt"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert_eq!(err.matches("missing.toml").count(), 1, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(err.matches("os error").count(), 1, "the cause once: {err}");
}
