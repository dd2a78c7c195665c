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
        markdown.contains(
            "| ref | source | value | qualifier | attributed to | where | when | quote |"
        )
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

    // `extract --json` of the report with a lexicon file of these words
    let extract_with = |lexicon: &str, words: &str| {
        std::fs::write(dir.path().join(lexicon), words).unwrap();
        claimdiff(
            &["extract", "--json", "--lexicon", lexicon, "report.txt"],
            dir.path(),
        )
    };

    // A new metric family needs only its words: no other field, no recompiling.
    let after = extract_with(
        "extra.toml",
        "[metrics.stranded]\nactive = [\"stranded\"]\n",
    );
    let claims = json(&after)["claims"].as_array().unwrap().clone();
    assert_eq!(claims.len(), 1);
    assert_eq!(
        (claims[0]["value"].as_u64(), claims[0]["metric"].as_str()),
        (Some(300), Some("stranded"))
    );

    // Compared with the displaced, the stranded line up with them and keep their metric.
    std::fs::write(
        dir.path().join("second.txt"),
        "River report\nAbout 500 villagers were displaced by the flood.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("compared.toml"),
        "[metrics.stranded]\nactive = [\"stranded\"]\ncompared_with = \"displaced\"\n",
    )
    .unwrap();
    let compared = claimdiff(
        &[
            "compare",
            "--json",
            "--lexicon",
            "compared.toml",
            "report.txt",
            "second.txt",
        ],
        dir.path(),
    );
    let comparisons = json(&compared).as_array().unwrap().clone();
    assert_eq!(comparisons.len(), 1, "{comparisons:#?}");
    assert_eq!(comparisons[0]["claims"].as_array().unwrap().len(), 2);

    let broken = extract_with("broken.toml", "[metrics\n");
    assert_eq!(broken.status.code(), Some(2));
    assert!(
        stderr(&broken).contains("broken.toml"),
        "{}",
        stderr(&broken)
    );

    // A key nothing reads (a misspelling, a renamed list) is refused by name, not ignored.
    let misspelt = extract_with("misspelt.toml", "[qualifiers]\nabout_ = [\"circa\"]\n");
    assert_eq!(misspelt.status.code(), Some(2));
    let message = stderr(&misspelt);
    assert!(
        message.contains("misspelt.toml") && message.contains("about_"),
        "{message}"
    );
    assert!(
        !message.contains("line "),
        "no line of the merged file: {message}"
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
    assert!(export.contains(" | ferry1 (a6) | 31 |"), "{export}");
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

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// Articles whose quotes carry markup in the file: emphasis in markdown, a link in HTML.
fn marked_up() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("herald.md"),
        "---\ntitle: Flood\noutlet: Herald\n---\n\nAt least **51 people** were killed in the flood on Monday, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("wire.html"),
        r#"<html><head><title>Flood toll</title></head><body><article><p>At least <a href="https://x.example/a">14 people</a> were killed in the flood on Monday, officials said.</p></article></body></html>"#,
    )
    .unwrap();
    dir
}

#[test]
fn one_format_option_and_its_old_spellings() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let output = claimdiff(args, dir.path());
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        output.stdout
    };
    assert_eq!(
        run(&["compare", "--format", "json"]),
        run(&["compare", "--json"])
    );
    assert_eq!(
        run(&["extract", "--format", "json"]),
        run(&["extract", "--json"])
    );
    let markdown = run(&["export", "--format", "markdown"]);
    assert_eq!(markdown, run(&["export", "--markdown"]));
    assert_eq!(markdown, run(&["export"]));
    assert_eq!(markdown, run(&["compare"]));
    for format in ["markdown", "json", "jsonl", "csv"] {
        for command in ["extract", "compare", "export"] {
            assert!(!run(&[command, "--format", format]).is_empty());
        }
    }
    let both = claimdiff(&["compare", "--json", "--format", "csv"], dir.path());
    assert_eq!(both.status.code(), Some(2));
    let unknown = claimdiff(&["compare", "--format", "yaml"], dir.path());
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("jsonl"), "{}", stderr(&unknown));
    // Every option of the commands explains itself: on its line or, in the long help, on the
    // next.
    for command in ["extract", "compare", "export", "stories"] {
        let help = stdout(&claimdiff(&[command, "--help"], dir.path()));
        let lines: Vec<&str> = help.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            let option = pair[0].starts_with("--") || pair[0].get(2..3) == Some(",");
            if option {
                let described =
                    pair[0].contains("  ") || (!pair[1].is_empty() && !pair[1].starts_with('-'));
                assert!(described, "`{command} --help` has no text for: {}", pair[0]);
            }
        }
    }
}

#[test]
fn csv_parses_back_one_row_per_claim_of_each_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let comparisons = json(&claimdiff(&["compare", "--json"], dir.path()));
    let comparisons = comparisons.as_array().unwrap();
    let output = claimdiff(&["compare", "--format", "csv"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    for column in [
        "comparison",
        "row",
        "source",
        "value",
        "quote",
        "path",
        "start",
        "end",
    ] {
        assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let expected: Vec<String> = comparisons
        .iter()
        .flat_map(|c| {
            let id = c["id"].as_str().unwrap().to_owned();
            let claims = c["claims"].as_array().unwrap().len();
            (1..=claims).map(move |row| format!("{id}.{row}"))
        })
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let refs: Vec<&str> = rows.iter().map(|r| &r[column("row")]).collect();
    assert_eq!(refs, expected);
    let first = &rows[0];
    assert_eq!(&first[column("comparison")], "k1");
    assert_eq!(&first[column("path")], "sample/000_aa58e34a18a8b4a3.txt");
    assert_eq!(&first[column("quote")], "at least 92 militants");

    // Offsets point at the file's bytes, though the quote is shown without its markup.
    let dir = marked_up();
    let output = claimdiff(&["extract", "--format", "csv", "."], dir.path());
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    for row in &rows {
        let file = std::fs::read(dir.path().join(&row[column("path")])).unwrap();
        let start: usize = row[column("start")].parse().unwrap();
        let end: usize = row[column("end")].parse().unwrap();
        let raw = String::from_utf8_lossy(&file[start..end]);
        assert!(raw.contains("**51") || raw.contains("<a href"), "{raw}");
        assert!(!row[column("quote")].contains(['*', '<']), "{row:?}");
    }
}

#[test]
fn json_lines_are_one_json_value_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let array = json(&claimdiff(&["compare", "--json"], dir.path()));
    let output = claimdiff(&["compare", "--format", "jsonl"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    assert_eq!(serde_json::Value::Array(lines), array);

    let document = json(&claimdiff(&["extract", "--json"], dir.path()));
    let output = claimdiff(&["extract", "--format", "jsonl"], dir.path());
    let mut by_type: std::collections::BTreeMap<String, Vec<serde_json::Value>> =
        Default::default();
    for line in stdout(&output).lines() {
        let mut record: serde_json::Value = serde_json::from_str(line).unwrap();
        let kind = record.as_object_mut().unwrap().remove("type").unwrap();
        by_type
            .entry(kind.as_str().unwrap().to_owned())
            .or_default()
            .push(record);
    }
    for (kind, key) in [
        ("article", "articles"),
        ("claim", "claims"),
        ("story", "stories"),
        ("comparison", "comparisons"),
    ] {
        assert_eq!(
            serde_json::Value::Array(by_type.remove(kind).unwrap_or_default()),
            document[key],
            "{kind}"
        );
    }
    assert!(by_type.is_empty(), "{by_type:?}");
}

#[test]
fn markdown_cites_its_sources_and_rows_and_shows_quotes_as_read() {
    let dir = marked_up();
    let output = claimdiff(&["export", "."], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let markdown = stdout(&output);
    assert!(
        markdown.contains(
            "## Sources\n\n| ref | source | title | published | author | URL or file |\n"
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains("| a1 | Herald | Flood |  |  | `./herald.md` |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| k1.1 | Herald (a1) | ≥51 |"),
        "{markdown}"
    );
    assert!(markdown.contains("“At least 51 people”"), "{markdown}");
    assert!(markdown.contains("“At least 14 people”"), "{markdown}");
    assert!(
        !markdown.contains("**51") && !markdown.contains("href"),
        "{markdown}"
    );
    // Provenance is keyed by the rows' references, and its offsets are the file's bytes.
    let doc = json(&claimdiff(&["extract", "--json", "."], dir.path()));
    for (row, claim) in doc["comparisons"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let claim = doc["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| &c["id"] == claim)
            .unwrap();
        let article = &doc["articles"][claim["article"].as_str().unwrap()[1..]
            .parse::<usize>()
            .unwrap()
            - 1];
        let mention = &claim["mentions"][0];
        let line = format!(
            "- k1.{} (claim {}): `{}:{}-{}`",
            row + 1,
            claim["id"].as_str().unwrap(),
            article["path"].as_str().unwrap(),
            mention["start"],
            mention["end"]
        );
        assert!(markdown.contains(&line), "{line} in\n{markdown}");
        let quote = mention["quote"].as_str().unwrap();
        assert!(
            quote.contains("**51") || quote.contains("<a href"),
            "{quote}"
        );
    }

    // The bundled sample is cited as the sample, not as a folder of this repository.
    let sample = stdout(&claimdiff(&["export", "--ids", "k1"], dir.path()));
    assert!(
        sample.contains("`sample/000_aa58e34a18a8b4a3.txt`"),
        "{sample}"
    );
    assert!(!sample.contains("assets/"), "{sample}");
}

#[test]
fn hostile_outlets_and_quotes_are_inert_in_csv() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.md"),
        "---\ntitle: \"=1+1\"\noutlet: \"=HYPERLINK(\\\"http://x\\\")\u{1b}]0;t\u{7}\"\n---\n\nAt least 40 people were killed\u{1b}[2J in the quake, officials said.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("good.txt"), QUAKE).unwrap();
    for command in ["extract", "compare"] {
        let output = claimdiff(&[command, "--format", "csv", "."], dir.path());
        assert!(output.status.success(), "{}", stderr(&output));
        let text = stdout(&output);
        assert_eq!(terminal_controls(&text), [], "{text:?}");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let evil: Vec<&csv::StringRecord> = rows
            .iter()
            .filter(|r| r.iter().any(|c| c.contains("HYPERLINK")))
            .collect();
        assert!(!evil.is_empty(), "{text}");
        for cell in rows.iter().flat_map(|r| r.iter()) {
            assert!(!cell.starts_with(['=', '+', '@']), "{cell:?} in {text}");
        }
        assert!(text.contains("'=HYPERLINK"), "{text}");
    }
}

#[test]
fn ids_and_conflicts_only_repeat_a_selection() {
    let dir = tempfile::tempdir().unwrap();
    let ids_of = |args: &[&str]| -> Vec<String> {
        let output = claimdiff(args, dir.path());
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        json(&output)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };
    // In the report's order, whatever order they are given in.
    assert_eq!(
        ids_of(&["compare", "--json", "--ids", "k3, K1"]),
        ["k1", "k3"]
    );
    assert_eq!(
        ids_of(&["export", "--json", "--ids", "k2", "--ids", "k5"]),
        ["k2", "k5"]
    );
    let all = json(&claimdiff(&["compare", "--json"], dir.path()));
    let conflicts: Vec<String> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "conflict")
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(!conflicts.is_empty() && conflicts.len() < all.as_array().unwrap().len());
    assert_eq!(
        ids_of(&["compare", "--json", "--conflicts-only"]),
        conflicts
    );
    assert_eq!(ids_of(&["export", "--json", "--conflicts-only"]), conflicts);
    // The parts narrow each other: a comparison that is no conflict drops out.
    let calm = all
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["status"] != "conflict")
        .map(|c| c["id"].as_str().unwrap())
        .unwrap();
    assert_eq!(
        ids_of(&[
            "export",
            "--json",
            "--conflicts-only",
            "--ids",
            &format!("k1,{calm}")
        ]),
        ["k1"]
    );
    let total = all.as_array().unwrap().len();
    let markdown = stdout(&claimdiff(&["export", "--ids", "k2"], dir.path()));
    assert!(
        markdown.contains(&format!("1 of {total} comparisons")) && markdown.contains("## k2 · "),
        "{markdown}"
    );
    assert!(!markdown.contains("## k1 · "), "{markdown}");

    let absent = claimdiff(&["compare", "--ids", "k1,k99"], dir.path());
    assert_eq!(absent.status.code(), Some(2));
    assert!(stderr(&absent).contains("k99"), "{}", stderr(&absent));
    assert!(absent.stdout.is_empty());
    let malformed = claimdiff(&["export", "--ids", "c1"], dir.path());
    assert_eq!(malformed.status.code(), Some(2));
}

#[test]
fn a_mistyped_command_is_a_usage_error_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let output = claimdiff(&["comapre", "x"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("unrecognized subcommand 'comapre'"), "{err}");
    assert!(
        err.contains("a similar subcommand exists: 'compare'"),
        "{err}"
    );
    assert!(
        !err.contains("needs a terminal"),
        "stopped before the TUI: {err}"
    );
    assert!(output.stdout.is_empty());
    let far = claimdiff(&["frobnicate"], dir.path());
    assert_eq!(far.status.code(), Some(2));
    assert!(!stderr(&far).contains("similar"), "{}", stderr(&far));

    // A word that names a file or folder, or that has a path's shape, is an article.
    std::fs::write(dir.path().join("notes"), QUAKE).unwrap();
    let output = claimdiff(&["notes"], dir.path());
    assert!(
        stderr(&output).contains("needs a terminal"),
        "{}",
        stderr(&output)
    );
    for path in ["comapre.txt", "./comapre"] {
        let output = claimdiff(&[path], dir.path());
        let err = stderr(&output);
        assert!(!err.contains("unrecognized subcommand"), "{path}: {err}");
        assert!(err.contains("no such file"), "{path}: {err}");
    }
}

#[test]
fn at_list_arguments_read_paths_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    std::fs::write(dir.path().join("reports/quake.txt"), QUAKE).unwrap();
    std::fs::write(dir.path().join("ferry.txt"), FERRY).unwrap();
    std::fs::write(
        dir.path().join("list.txt"),
        "# today's reports\nferry.txt\n\n  reports/quake.txt  \r\n# done\n",
    )
    .unwrap();
    let output = claimdiff(&["extract", "--json", "@list.txt"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let paths: Vec<String> = json(&output)["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(paths, ["ferry.txt", "reports/quake.txt"]);

    std::fs::write(dir.path().join("empty.txt"), "# nothing yet\n\n").unwrap();
    std::fs::write(dir.path().join("binary.lst"), b"\xff\xfe\x00").unwrap();
    for (list, says) in [
        ("@missing.txt", "the list @missing.txt: "),
        ("@empty.txt", "the list @empty.txt names no path"),
        ("@binary.lst", "the list @binary.lst: not UTF-8 text"),
    ] {
        let output = claimdiff(&["extract", list], dir.path());
        assert_eq!(output.status.code(), Some(2), "{list}");
        let err = stderr(&output);
        assert!(err.contains(says), "{list}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn completions_and_the_man_page_are_generated() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, marker) in [
        ("bash", "complete"),
        ("zsh", "#compdef"),
        ("fish", "complete -c"),
    ] {
        let output = claimdiff(&["completions", shell], dir.path());
        assert!(output.status.success(), "{shell}: {}", stderr(&output));
        let script = stdout(&output);
        assert!(script.contains(marker), "{shell}: {script}");
        for word in ["compare", "conflicts-only", "jsonl"] {
            assert!(script.contains(word), "{shell} completes {word}");
        }
    }
    let output = claimdiff(&["man"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let page = stdout(&output);
    assert!(page.contains(".TH claimdiff 1"), "{page}");
    assert!(
        page.contains("compare") && page.contains("\\-\\-color"),
        "{page}"
    );
    assert!(
        !page.contains("gen\\-corpus"),
        "developer commands stay out: {page}"
    );
    let output = claimdiff(&["man", "--dir", "pages"], dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let compare = std::fs::read_to_string(dir.path().join("pages/claimdiff-compare.1")).unwrap();
    assert!(compare.contains("\\-\\-conflicts\\-only"), "{compare}");
    let main_page = std::fs::read_to_string(dir.path().join("pages/claimdiff.1")).unwrap();
    assert!(main_page.contains(".TH claimdiff 1"), "{main_page}");
    assert!(!dir.path().join("pages/claimdiff-gen-corpus.1").exists());
    let bad = claimdiff(&["completions", "tcsh"], dir.path());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn export_writes_a_new_file_and_refuses_to_replace_one_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let output = claimdiff(
        &[
            "export",
            "--format",
            "csv",
            "--conflicts-only",
            "-o",
            "out.csv",
        ],
        dir.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    assert!(stderr(&output).contains("out.csv"), "{}", stderr(&output));
    let written = std::fs::read(dir.path().join("out.csv")).unwrap();
    let rows = csv::Reader::from_reader(written.as_slice())
        .records()
        .map(Result::unwrap)
        .collect::<Vec<_>>();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| &r[3] == "conflict"), "{rows:?}");

    let again = claimdiff(&["export", "--output", "out.csv"], dir.path());
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--force"), "{}", stderr(&again));
    assert_eq!(std::fs::read(dir.path().join("out.csv")).unwrap(), written);
    let forced = claimdiff(&["export", "--output", "out.csv", "--force"], dir.path());
    assert!(forced.status.success(), "{}", stderr(&forced));
    let markdown = std::fs::read_to_string(dir.path().join("out.csv")).unwrap();
    assert!(markdown.starts_with("# Claim comparison"), "{markdown}");
}

/// What the TUI sends to a terminal in its first second or two, run with `args` and `NO_COLOR`
/// set, until it shows its help hint; then it is asked to quit.
fn tui_bytes(args: &[&str]) -> String {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;
    use std::time::{Duration, Instant};
    let size = PtySize {
        rows: 30,
        cols: 100,
        pixel_width: 0,
        pixel_height: 0,
    };
    let pty = native_pty_system().openpty(size).expect("a pty");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_claimdiff"));
    command.args(args);
    command.env("TERM", "xterm-256color");
    command.env("NO_COLOR", "1");
    let mut child = pty.slave.spawn_command(command).expect("spawn claimdiff");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let feed = std::sync::Arc::clone(&seen);
    std::thread::spawn(move || {
        let mut chunk = [0u8; 8192];
        while let Ok(n) = reader.read(&mut chunk) {
            if n == 0 {
                break;
            }
            feed.lock().unwrap().extend_from_slice(&chunk[..n]);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    while !String::from_utf8_lossy(&seen.lock().unwrap()).contains("help") {
        assert!(Instant::now() < deadline, "the TUI never drew");
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut writer = pty.master.take_writer().unwrap();
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the TUI did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
    String::from_utf8_lossy(&seen.lock().unwrap()).into_owned()
}

#[test]
fn color_choice_reaches_the_tui() {
    // The sources' colours are 256-colour indexes (`38;5;N`).
    let always = tui_bytes(&["--color", "always"]);
    assert!(
        always.contains("38;5;"),
        "--color always colours despite NO_COLOR"
    );
    let auto = tui_bytes(&["--color", "auto"]);
    assert!(!auto.contains("38;5;"), "auto follows NO_COLOR");
    let bad = claimdiff(&["--color", "sometimes"], Path::new("."));
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn name_renames_a_source_and_an_unknown_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("quake.txt"), QUAKE).unwrap();
    let output = claimdiff(
        &[
            "extract",
            "--json",
            "--name",
            "quake.txt=Hill Times",
            "quake.txt",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(json(&output)["articles"][0]["outlet"], "Hill Times");
    let output = claimdiff(
        &[
            "extract",
            "--json",
            "--name",
            "other.txt=Hill Times",
            "quake.txt",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no loaded article is the file 'other.txt'"),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty());
}
