//! Integration tests: load.

use claimdiff::extract::Lexicon;
use claimdiff::load::{self, LoadOptions, Loaded};
use claimdiff::model::{Article, ArticleId, Block, BlockKind, Format};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/load")
        .join(name)
}

fn load_one(path: &Path) -> Article {
    let loaded = load::load_paths(&[path.to_path_buf()], &LoadOptions::default());
    assert!(
        loaded.problems.is_empty(),
        "unexpected problems: {:?}",
        loaded.problems
    );
    assert_eq!(loaded.articles.len(), 1);
    loaded.articles.into_iter().next().unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path
}

fn kinds_of(article: &Article, kind: BlockKind) -> Vec<&str> {
    article
        .blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| article.text(b))
        .collect()
}

fn block_starting<'a>(article: &'a Article, prefix: &str) -> &'a Block {
    article
        .blocks
        .iter()
        .find(|b| article.text(b).starts_with(prefix))
        .unwrap_or_else(|| panic!("no block starts with {prefix:?} in {}", article.path))
}

fn is_verbatim(block: &Block) -> bool {
    block.is_verbatim()
}

/// Every block slices the file on character boundaries, in order and without overlap; a
/// verbatim block is the file's bytes; every character of any block maps inside the block to
/// either the same bytes or a replacement (entity, escape, whitespace or markup).
fn assert_offsets_true(article: &Article) {
    let raw = std::str::from_utf8(article.raw()).expect("fixture files are UTF-8");
    let mut previous_end = 0;
    for block in &article.blocks {
        let context = format!("{} block {:?}", article.path, article.text(block));
        assert!(block.start() < block.end(), "{context}: empty span");
        assert!(
            block.start() >= previous_end,
            "{context}: overlaps the block before"
        );
        assert!(
            raw.is_char_boundary(block.start()) && raw.is_char_boundary(block.end()),
            "{context}"
        );
        previous_end = block.end();
        if is_verbatim(block) {
            assert_eq!(
                &raw[block.start()..block.end()],
                article.text(block),
                "{context}"
            );
        }
        assert_eq!(
            block.file_span(0, article.text(block).len()),
            (block.start(), block.end()),
            "{context}"
        );
        for (at, c) in article.text(block).char_indices() {
            let (start, end) = block.file_span(at, at + c.len_utf8());
            assert!(
                block.start() <= start && start <= end && end <= block.end(),
                "{context}: {c:?}"
            );
            let source = &raw[start..end];
            let copied = source == c.encode_utf8(&mut [0; 4]);
            let replaced = source.starts_with('&')
                || source.starts_with('\\')
                || source.contains('<')
                // A folded space covers whitespace, maybe with markup (a tag, a link target)
                // or whitespace written as an entity.
                || (c == ' '
                    && (source.starts_with(char::is_whitespace)
                        || source.ends_with(char::is_whitespace)
                        || source.contains(['&', '<'])
                        || !source.contains(char::is_alphanumeric)));
            assert!(copied || replaced, "{context}: {c:?} maps to {source:?}");
        }
    }
}

// --- the three formats, on fixtures about other events -------------------------------------

#[test]
fn plain_text_article_flags_its_furniture() {
    let article = load_one(&fixture("earthquake.txt"));
    assert_offsets_true(&article);
    assert_eq!(article.format, Format::Text);
    assert_eq!(
        article.title(),
        "Strong earthquake shakes mountain towns, dozens feared dead"
    );
    assert_eq!(article.published.as_deref(), Some("2025-03-03"));
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    use BlockKind::*;
    assert_eq!(
        kinds,
        [
            Headline,
            Boilerplate,
            Caption,
            Byline,
            Dateline,
            Boilerplate,
            Body,
            Body,
            Subheading,
            Body,
            Body,
            Body,
            Boilerplate
        ]
    );
    assert_eq!(kinds_of(&article, Subheading), ["Aftershocks"]);
    assert_eq!(article.source_name(), "earthquake");
}

#[test]
fn markdown_article_reads_front_matter_and_strips_markup() {
    let article = load_one(&fixture("flood.md"));
    assert_offsets_true(&article);
    let raw = std::str::from_utf8(article.raw()).unwrap();
    assert_eq!(article.format, Format::Markdown);
    assert_eq!(
        article.title(),
        "River floods force thousands from their homes"
    );
    assert_eq!(
        article.published.as_deref(),
        Some("2024-09-14T08:30:00+02:00")
    );
    assert_eq!(article.author.as_deref(), Some("R. Okafor"));
    assert_eq!(article.outlet.as_deref(), Some("Valley Courier"));
    assert_eq!(article.url.as_deref(), Some("https://example.test/floods"));

    assert_eq!(article.blocks[0].kind, BlockKind::Boilerplate);
    assert!(article.text(&article.blocks[0]).starts_with("---"));
    let standfirst = kinds_of(&article, BlockKind::Standfirst);
    assert_eq!(
        standfirst,
        ["About 4,000 residents were evacuated as the river rose to a \"historic\" level."]
    );
    let block = block_starting(&article, "About 4,000 residents were evacuated");
    assert_eq!(
        &raw[block.start()..block.end()],
        "About 4,000 residents were evacuated as the river rose to a \\\"historic\\\" level."
    );

    // The heading repeating the title is the headline; the filler is cut off the paragraph.
    assert_eq!(kinds_of(&article, BlockKind::Headline), [article.title()]);
    assert_eq!(
        kinds_of(&article, BlockKind::Boilerplate)[2],
        "Here's what we know:"
    );
    let paragraph = block_starting(&article, "the river peaked");
    assert_eq!(paragraph.kind, BlockKind::Body);
    assert_eq!(
        article.text(paragraph),
        "the river peaked at 7.9 metres early on Saturday, according to the regional water agency."
    );
    let at = article
        .text(paragraph)
        .find("regional water agency")
        .unwrap();
    let (start, end) = paragraph.file_span(at, at + "regional water agency".len());
    assert_eq!(&raw[start..end], "regional water agency");
    assert_eq!(raw[..start].chars().last(), Some('['));

    assert_eq!(kinds_of(&article, BlockKind::Subheading), ["Damage"]);
    assert!(
        article
            .blocks
            .iter()
            .any(|b| article.text(b) == "three bridges closed" && b.kind == BlockKind::Body)
    );
    // A heading over a list of links is related-story furniture.
    let related = article
        .blocks
        .iter()
        .position(|b| article.text(b) == "Related coverage")
        .unwrap();
    assert_eq!(article.blocks[related..].len(), 3);
    assert!(
        article.blocks[related..]
            .iter()
            .all(|b| b.kind == BlockKind::Boilerplate)
    );
    let last = &article.blocks[related - 1];
    assert!(article.text(last).contains("recede & warned"));
    let amp = article.text(last).find('&').unwrap();
    let (start, end) = last.file_span(amp, amp + 1);
    assert_eq!(&raw[start..end], "&amp;");
}

#[test]
fn html_page_keeps_article_text_and_drops_page_chrome() {
    let article = load_one(&fixture("storm.html"));
    assert_offsets_true(&article);
    let raw = std::str::from_utf8(article.raw()).unwrap();
    assert_eq!(article.format, Format::Html);
    assert_eq!(article.title(), "Storm cuts power to 80,000 homes");
    assert_eq!(article.outlet.as_deref(), Some("The Harbour Post"));
    assert_eq!(
        article.published.as_deref(),
        Some("2023-11-02T06:15:00+00:00")
    );
    assert_eq!(article.author.as_deref(), Some("Mina Dahl"));
    assert_eq!(article.url.as_deref(), Some("https://harbour.test/storm"));

    let all_text: String = article.blocks.iter().map(|b| article.text(b)).collect();
    for chrome in [
        "tracking",
        "color",
        "Home",
        "World",
        "Most read",
        "football",
        "Subscribe",
        "©",
    ] {
        assert!(
            !all_text.contains(chrome),
            "{chrome:?} leaked into the text"
        );
    }
    assert_eq!(
        kinds_of(&article, BlockKind::Headline),
        ["Storm cuts power to 80,000 homes"]
    );
    let caption = kinds_of(&article, BlockKind::Caption);
    assert_eq!(caption.len(), 1);
    assert!(caption[0].starts_with("A fallen tree blocks a road"));
    assert_eq!(
        kinds_of(&article, BlockKind::Subheading),
        ["Repairs & warnings"]
    );

    let storm = block_starting(&article, "A storm with gusts");
    assert!(article.text(storm).contains("140 km/h"));
    let at = article.text(storm).find("140 km/h").unwrap();
    let (start, end) = storm.file_span(at, at + "140 km/h".len());
    assert_eq!(&raw[start..end], "140&nbsp;km/h");
    let dash = block_starting(&article, "Three people were injured");
    assert!(article.text(dash).contains("suspended — the first"));

    // A div with direct text and list items are blocks of their own.
    assert!(article.blocks.iter().any(|b| article.text(b)
        == "The weather service kept an amber warning in place for the coast."
        && b.kind == BlockKind::Body));
    assert!(
        article
            .blocks
            .iter()
            .any(|b| article.text(b) == "Trains ran at reduced speed" && b.kind == BlockKind::Body)
    );
    for link in ["More coverage", "Earlier storms this decade", "Outage map"] {
        assert_eq!(
            block_starting(&article, link).kind,
            BlockKind::Boilerplate,
            "{link}"
        );
    }
}

#[test]
fn html_page_with_linked_data_line_breaks_and_related_cards() {
    let article = load_one(&fixture("wildfire.html"));
    assert_offsets_true(&article);
    assert_eq!(article.outlet.as_deref(), Some("Ridge Herald"));
    assert_eq!(
        article.published.as_deref(),
        Some("2021-08-19T22:40:00-07:00")
    );
    assert_eq!(article.author.as_deref(), Some("Lena Ortiz, Sam Cho"));
    use BlockKind::*;
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            Headline,
            Byline,
            Dateline,
            Body,
            Body,
            Body,
            Body,
            Boilerplate
        ]
    );
    // One <br> keeps the paragraph together; two split it.
    assert_eq!(
        article.text(&article.blocks[4]),
        "“It jumped the road twice,” a firefighter said. Crews were pulled back at dawn."
    );
    assert_eq!(
        article.text(&article.blocks[5]),
        "Two homes were destroyed, the county said."
    );
    // The related-story cards are other <article>s; the longest one is the story.
    assert!(
        !article
            .blocks
            .iter()
            .any(|b| article.text(b).contains("teaser"))
    );
}

#[test]
fn gallery_page_with_an_appended_story() {
    let article = load_one(&fixture("wildfire_gallery.txt"));
    assert_offsets_true(&article);
    use BlockKind::*;
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        &kinds[..13],
        [
            Headline,
            Caption,
            Caption,
            Caption,
            Caption,
            Boilerplate,
            Dateline,
            Boilerplate,
            Boilerplate,
            Standfirst,
            Standfirst,
            Body,
            Body
        ]
    );
    // A caption in the body shares its stock sentence with a gallery caption.
    assert_eq!(
        block_starting(&article, "Smoke covers the harbour").kind,
        Caption
    );
    assert_eq!(block_starting(&article, "Authorities said").kind, Body);
    let second = article
        .blocks
        .iter()
        .position(|b| article.text(b).starts_with("Central bank"))
        .unwrap();
    assert!(article.blocks[second..].iter().all(|b| b.kind == Appended));
    assert!(article.blocks[..second].iter().all(|b| b.kind != Appended));
    assert_eq!(article.published.as_deref(), Some("2024-08-02"));
}

#[test]
fn html_without_article_or_h1_uses_body_and_title() {
    let dir = tempfile::tempdir().unwrap();
    let page = b"<html><head><title>Bridge reopens after repairs | City Paper</title>\
        <meta name=\"date\" content=\"2022-05-06\"></head><body>\
        <div>The bridge reopened on Friday after eight months of repairs costing 12 million.</div>\
        <div><span>Traffic</span> was light in the first hours, police said.</div></body></html>";
    let article = load_one(&write(dir.path(), "bridge.htm", page));
    assert_offsets_true(&article);
    assert_eq!(article.title(), "Bridge reopens after repairs");
    assert_eq!(article.published.as_deref(), Some("2022-05-06"));
    assert_eq!(article.blocks.len(), 2);
    assert_eq!(
        article.text(&article.blocks[1]),
        "Traffic was light in the first hours, police said."
    );
}

#[test]
fn unknown_extension_is_sniffed() {
    let dir = tempfile::tempdir().unwrap();
    let html = write(
        dir.path(),
        "page.saved",
        b"<!DOCTYPE html><p>A page without an extension we know.</p>",
    );
    let markdown = write(
        dir.path(),
        "notes",
        b"# A heading\n\nSome [linked](http://x.test) text.\n",
    );
    assert_eq!(load_one(&html).format, Format::Html);
    let notes = load_one(&markdown);
    assert_eq!(notes.format, Format::Markdown);
    assert_eq!(notes.text(&notes.blocks[1]), "Some linked text.");
}

// --- folders and ids ------------------------------------------------------------------------

#[test]
fn folders_load_recursively_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("b")).unwrap();
    write(dir.path(), "c.md", b"# Third\n\nText of the third.\n");
    write(
        &dir.path().join("b"),
        "a.txt",
        b"Second\n\nText of the second.\n",
    );
    write(
        dir.path(),
        "a.html",
        b"<h1>First</h1><p>Text of the first.</p>",
    );
    write(dir.path(), "skip.json", b"{}");
    let loaded = load::load_paths(&[dir.path().to_path_buf()], &LoadOptions::default());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let found: Vec<(ArticleId, &str)> = loaded.articles.iter().map(|a| (a.id, a.title())).collect();
    let ids: Vec<ArticleId> = (0..3).map(ArticleId::from_index).collect();
    assert_eq!(
        found,
        [(ids[0], "First"), (ids[1], "Second"), (ids[2], "Third")]
    );
    let expected = dir.path().join("b").join("a.txt").display().to_string();
    assert_eq!(loaded.articles[1].path, expected);
}

// --- bad input ------------------------------------------------------------------------------

fn problem_for<'a>(loaded: &'a Loaded, path: &Path) -> &'a load::Problem {
    let shown = path.display().to_string();
    loaded
        .problems
        .iter()
        .find(|p| p.path == shown)
        .unwrap_or_else(|| panic!("no problem reported for {shown}: {:?}", loaded.problems))
}

#[test]
fn bad_inputs_each_get_one_clear_problem_and_the_rest_load() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "good.txt",
        b"Good headline\n\nA good paragraph of text.\n",
    );
    let binary = write(dir.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let empty = write(dir.path(), "empty.txt", b"");
    let blank = write(dir.path(), "blank.md", b"  \n\r\n\t \n");
    let scripts_only = write(
        dir.path(),
        "scripts.html",
        b"<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>",
    );
    let missing = dir.path().join("missing.txt");
    let empty_folder = dir.path().join("nothing");
    fs::create_dir(&empty_folder).unwrap();
    write(&empty_folder, "readme.json", b"{}");
    let inputs = [
        binary.clone(),
        empty.clone(),
        missing.clone(),
        good,
        blank.clone(),
        empty_folder.clone(),
        scripts_only.clone(),
    ];
    let loaded = load::load_paths(&inputs, &LoadOptions::default());
    assert_eq!(loaded.articles.len(), 1);
    assert_eq!(loaded.articles[0].id, "a1");
    assert_eq!(loaded.problems.len(), 6, "{:?}", loaded.problems);
    assert!(loaded.problems.iter().all(|p| p.fatal));
    assert!(problem_for(&loaded, &binary).message.contains("binary"));
    assert!(problem_for(&loaded, &empty).message.contains("empty"));
    assert!(problem_for(&loaded, &blank).message.contains("whitespace"));
    assert!(
        problem_for(&loaded, &missing)
            .message
            .contains("no such file")
    );
    assert!(
        problem_for(&loaded, &empty_folder)
            .message
            .contains("no articles")
    );
    let no_text = problem_for(&loaded, &scripts_only);
    assert_eq!(no_text.message, "no article text found");
}

#[test]
fn oversized_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let big = write(dir.path(), "big.txt", &[b'a'; 2048]);
    let options = LoadOptions {
        max_bytes: 1024,
        ..LoadOptions::default()
    };
    let loaded = load::load_paths(std::slice::from_ref(&big), &options);
    assert!(loaded.articles.is_empty());
    let problem = problem_for(&loaded, &big);
    assert!(problem.fatal);
    assert!(
        problem.message.contains("2048") && problem.message.contains("1024"),
        "{}",
        problem.message
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_report_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = write(dir.path(), "locked.txt", b"Headline\n\nText.\n");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = fs::File::open(&locked).is_ok(); // e.g. when run as root
    let loaded = load::load_paths(std::slice::from_ref(&locked), &LoadOptions::default());
    if readable_anyway {
        assert_eq!(loaded.articles.len(), 1);
    } else {
        assert_eq!(problem_for(&loaded, &locked).message, "permission denied");
    }
}

#[test]
fn invalid_utf8_loads_with_a_warning_and_true_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = b"Caf\xE9 reopens\n\nThe caf\xE9 on the square reopened on Monday after a fire.\n";
    let path = write(dir.path(), "latin1.txt", bytes);
    let loaded = load::load_paths(std::slice::from_ref(&path), &LoadOptions::default());
    assert_eq!(loaded.articles.len(), 1);
    let problem = problem_for(&loaded, &path);
    assert!(!problem.fatal);
    assert!(problem.message.contains("UTF-8"));
    let article = &loaded.articles[0];
    assert_eq!(article.raw(), bytes);
    assert_eq!(article.title(), "Caf? reopens");
    let body = &article.blocks[1];
    assert_eq!(
        article.text(body),
        "The caf? on the square reopened on Monday after a fire."
    );
    let at = article.text(body).find("square").unwrap();
    let (start, end) = body.file_span(at, at + 6);
    assert_eq!(&article.raw()[start..end], b"square");
    assert_eq!(
        article.quote(body.start(), body.end()).len(),
        article.text(body).len() + 2
    );
}

#[test]
fn bom_and_every_line_ending_keep_offsets_true() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = write(
        dir.path(),
        "crlf.txt",
        b"\xEF\xBB\xBFFerry service resumes\r\n\r\nThe ferry resumed service on Tuesday.\r\nPassengers queued for an hour.\r\n",
    );
    let cr = write(
        dir.path(),
        "cr.txt",
        b"Ferry service resumes\r\rThe ferry resumed service on Tuesday.\rPassengers queued for an hour.\r",
    );
    for path in [crlf, cr] {
        let article = load_one(&path);
        assert_offsets_true(&article);
        let texts: Vec<&str> = article.blocks.iter().map(|b| article.text(b)).collect();
        assert_eq!(
            texts,
            [
                "Ferry service resumes",
                "The ferry resumed service on Tuesday.",
                "Passengers queued for an hour."
            ]
        );
        assert_eq!(article.title(), "Ferry service resumes");
    }
    let with_bom = load_one(&dir.path().join("crlf.txt"));
    assert_eq!(with_bom.blocks[0].start(), 3);
}

#[test]
fn broken_html_never_panics_and_keeps_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<p>Open &amp unclosed <b>bold <i>mixed</b> end</i>\r\n<div>Caf&eacute;&#x20AC;&#99999999; &#; &\r\n</span></p></p><script>never closed";
    let article = load_one(&write(dir.path(), "broken.html", page.as_bytes()));
    assert_offsets_true(&article);
    let all: Vec<&str> = article.blocks.iter().map(|b| article.text(b)).collect();
    assert_eq!(all[0], "Open & unclosed bold mixed end");
    assert!(all[1].starts_with("Café€"), "{all:?}");
}

/// Documents stitched at random from markup fragments: whatever they hold, loading never
/// panics and every block still maps inside the file.
#[test]
fn random_markup_never_breaks_offsets() {
    const FRAGMENTS: [&str; 30] = [
        "word ",
        "Ünïcödé ",
        "&amp;",
        "&",
        "&#",
        "&#x",
        "&#65;",
        "&nbsp",
        "&notit;",
        ";",
        "<",
        ">",
        "<p>",
        "</p>",
        "<br>",
        "<b>",
        "</i>",
        "<article>",
        "<h1>",
        "<script>",
        "\r",
        "\r\n",
        "\n\n",
        "*",
        "**",
        "`",
        "[",
        "](x)",
        "# ",
        "- ",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..200 {
        let document: String = (0..(next() % 60 + 1))
            .map(|_| FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize])
            .collect();
        let document = format!("Start {document} end.");
        for extension in ["html", "md", "txt"] {
            let path = write(
                dir.path(),
                &format!("r{round}.{extension}"),
                document.as_bytes(),
            );
            let loaded = load::load_paths(&[path], &LoadOptions::default());
            for article in &loaded.articles {
                assert_offsets_true(article);
            }
        }
    }
}

// --- scale: nothing quadratic ----------------------------------------------------------------

fn assert_fast(what: &str, started: Instant) {
    // Generous: debug build on a shared machine; quadratic behaviour would take minutes.
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{what} took {:?}",
        started.elapsed()
    );
}

#[test]
fn huge_inputs_load_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    let long_line = "word ".repeat(2_000_000);
    let one_line = write(dir.path(), "one_line.txt", long_line.as_bytes());
    let many: String = (0..100_000).map(|i| format!("Line {i}.\n\n")).collect();
    let paragraphs = write(dir.path(), "paragraphs.txt", many.as_bytes());
    let nested = format!(
        "{}deep text{}{}",
        "<div><span>".repeat(50_000),
        "</span>".repeat(60_000),
        "</i>".repeat(50_000)
    );
    let deep = write(dir.path(), "deep.html", nested.as_bytes());

    let started = Instant::now();
    let article = load_one(&one_line);
    // Cut into blocks of at most 64 KB at spaces, end to end over the whole line.
    assert_eq!(article.blocks.len(), long_line.len().div_ceil(64 * 1024));
    assert!(
        article
            .blocks
            .windows(2)
            .all(|w| w[1].start() == w[0].end() + 1)
    );
    assert_eq!(article.blocks[0].start(), 0);
    assert_eq!(
        article.blocks.last().unwrap().end(),
        long_line.trim_end().len()
    );
    assert_fast("a 10 MB line", started);

    let started = Instant::now();
    assert_eq!(load_one(&paragraphs).blocks.len(), 100_000);
    assert_fast("100,000 paragraphs", started);

    let started = Instant::now();
    let article = load_one(&deep);
    assert_eq!(article.text(&article.blocks[0]), "deep text");
    assert_fast("50,000 nested elements", started);
}

// --- the bundled sample -----------------------------------------------------------------------

fn sample(prefix: &str) -> Article {
    let loaded = load::load_sample(&load::Furniture::bundled());
    assert!(loaded.problems.is_empty());
    loaded
        .articles
        .into_iter()
        .find(|a| a.path.rsplit('/').next().unwrap().starts_with(prefix))
        .unwrap()
}

#[test]
fn sample_loads_with_ids_paths_and_true_offsets() {
    let loaded = load::load_sample(&load::Furniture::bundled());
    assert_eq!(loaded.articles.len(), 5);
    for (i, article) in loaded.articles.iter().enumerate() {
        assert_eq!(article.id, ArticleId::from_index(i));
        assert!(article.path.starts_with("assets/articles/0"));
        let on_disk = fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&article.path)).unwrap();
        assert_eq!(article.raw(), on_disk);
        assert_offsets_true(article);
    }
}

#[test]
fn sample_titles_and_dates() {
    let expected = [
        (
            "000",
            "Pakistan says 92 militants killed after attacks in Balochistan",
            None,
        ),
        (
            "001",
            "67 militants killed in coordinated attacks in Pakistan’s Balochistan",
            Some("2026-01-31T19:57:00+05:30"),
        ),
        (
            "002",
            "Breaking: Pakistan military says it has killed 92 militants in Balochistan",
            Some("2026-02-01T00:57:25"),
        ),
        (
            "003",
            "Pakistan says 67 militants, 10 troops killed as security forces repel attacks in Balochistan",
            Some("2026-01-31"),
        ),
        (
            "004",
            "Pakistan: Dozens killed in 'coordinated' Balochistan attacks",
            Some("2026-01-31"),
        ),
    ];
    for (prefix, title, published) in expected {
        let article = sample(prefix);
        assert_eq!(article.title(), title);
        assert_eq!(article.published.as_deref(), published, "{prefix}");
    }
}

#[test]
fn sample_000_caption_credit_and_tags() {
    let article = sample("000");
    use BlockKind::*;
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(&kinds[..5], [Headline, Boilerplate, Caption, Byline, Body]);
    assert_eq!(article.text(&article.blocks[3]), "Reuters");
    assert_eq!(article.blocks.last().unwrap().kind, Boilerplate);
    assert_eq!(kinds.iter().filter(|k| **k == Body).count(), 9);
    assert_eq!(article.outlet, None);
}

#[test]
fn sample_001_standfirst_byline_dateline_and_bio() {
    let article = sample("001");
    use BlockKind::*;
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(&kinds[..5], [Headline, Standfirst, Byline, Dateline, Body]);
    assert_eq!(&kinds[kinds.len() - 2..], [Byline, Boilerplate]);
    assert_eq!(article.outlet.as_deref(), Some("The Indian Express"));
    assert_eq!(kinds.iter().filter(|k| **k == Body).count(), 10);
}

#[test]
fn sample_002_front_matter_and_filler() {
    let article = sample("002");
    assert_eq!(article.author.as_deref(), Some("badely"));
    assert!(
        kinds_of(&article, BlockKind::Standfirst)[0].starts_with("It says 15 security personnel")
    );
    assert_eq!(article.blocks[0].kind, BlockKind::Boilerplate);
    let filler = block_starting(&article, "Let's dive into the details");
    assert_eq!(filler.kind, BlockKind::Boilerplate);
    assert_eq!(article.text(filler), "Let's dive into the details:");
    let lead = block_starting(&article, "Pakistan' military says");
    assert_eq!(lead.kind, BlockKind::Body);
    assert_eq!(lead.start(), filler.end() + 1);
}

#[test]
fn sample_003_gallery_captions_and_appended_story() {
    let article = sample("003");
    use BlockKind::*;
    let counters: Vec<&Block> = article
        .blocks
        .iter()
        .filter(|b| article.text(b).contains(" / 3"))
        .collect();
    assert_eq!(counters.len(), 3);
    assert!(counters.iter().all(|b| b.kind == Caption));
    let captions: Vec<&Block> = article
        .blocks
        .iter()
        .filter(|b| article.text(b).ends_with("(AP)") || article.text(b).ends_with("(AFP)"))
        .collect();
    assert_eq!(captions.len(), 5);
    assert!(captions.iter().all(|b| b.kind == Caption));
    assert_eq!(block_starting(&article, "Short Url").kind, Boilerplate);
    assert_eq!(
        block_starting(&article, "Updated 31 January").kind,
        Dateline
    );
    assert_eq!(kinds_of(&article, Standfirst).len(), 2);
    assert_eq!(block_starting(&article, "QUETTA/ISLAMABAD").kind, Body);

    let second_story = article
        .blocks
        .iter()
        .position(|b| article.text(b).starts_with("Pakistani, Libyan commanders"))
        .unwrap();
    assert!(
        article.blocks[second_story..]
            .iter()
            .all(|b| b.kind == Appended)
    );
    assert!(
        article.blocks[..second_story]
            .iter()
            .all(|b| b.kind != Appended)
    );
    assert_eq!(article.blocks[second_story - 1].kind, Body);
}

#[test]
fn sample_004_dateline_subheadings_and_editor() {
    let article = sample("004");
    use BlockKind::*;
    assert_eq!(article.blocks[1].kind, Dateline);
    assert_eq!(
        kinds_of(&article, Subheading),
        [
            "What do we know about the attacks in Balochistan?",
            "Insurgency in Balochistan"
        ]
    );
    assert_eq!(article.blocks.last().unwrap().kind, Byline);
    assert_eq!(article.author.as_deref(), Some("Saim Dušan Inayatullah"));
    assert_eq!(article.outlet, None);
}

#[test]
fn a_lexicon_file_adds_page_furniture_that_loading_sets_aside() {
    let dir = tempfile::tempdir().unwrap();
    let page = "Flood kills 12 in Riverton\n\n\
                At least 12 people were killed when the river burst its banks on Monday, \
                officials said.\n\n\
                Get 40 flood alerts a day\n\n\
                Rescuers evacuated 300 residents from low-lying districts, the fire service \
                said.\n";
    let path = write(dir.path(), "flood.txt", page.as_bytes());
    let kind = |options: &LoadOptions| {
        let loaded = load::load_paths(std::slice::from_ref(&path), options);
        let article = &loaded.articles[0];
        let block = article
            .blocks
            .iter()
            .find(|b| article.text(b) == "Get 40 flood alerts a day")
            .expect("the line is a block");
        block.kind
    };
    assert!(kind(&LoadOptions::default()).is_extractable());
    // Words are matched whatever their case and punctuation; the bundled lines still count.
    let user = write(
        dir.path(),
        "lexicon.toml",
        b"[furniture]\nboilerplate_lines = [\"GET 40 flood-alerts a day\"]\n",
    );
    let lexicon = Lexicon::with_user_file(&user).unwrap();
    let options = LoadOptions {
        furniture: lexicon.furniture.clone(),
        ..LoadOptions::default()
    };
    assert_eq!(kind(&options), BlockKind::Boilerplate);
    let shared = write(dir.path(), "shared.txt", b"Flood kills 12\n\nShare this\n");
    let loaded = load::load_paths(&[shared], &options);
    assert_eq!(
        kinds_of(&loaded.articles[0], BlockKind::Boilerplate),
        ["Share this"]
    );
}

#[test]
fn a_short_sentence_on_the_line_after_the_last_paragraph_goes_on_reporting() {
    let dir = tempfile::tempdir().unwrap();
    let body = "Ferry sinks off the coast\n\n\
        Rescuers recovered the body of a young girl in the waters off the coast on Wednesday.\n\
        At least 16 people are missing and feared dead after the boat broke apart.\n\
        80 people survived.\n\
        People rescued: 80\n\
        Boats searching: 12 vessels\n\n\
        Share this article\n";
    let article = load_one(&write(dir.path(), "ferry.txt", body.as_bytes()));
    assert_eq!(block_starting(&article, "80 people").kind, BlockKind::Body);
    // (and so do the lines of a fact box: a label, a colon, a figure)
    assert_eq!(
        block_starting(&article, "People rescued").kind,
        BlockKind::Body
    );
    assert_eq!(
        block_starting(&article, "Boats searching").kind,
        BlockKind::Body
    );
    // after a blank line, a short line is still page furniture
    assert_eq!(
        block_starting(&article, "Share this").kind,
        BlockKind::Boilerplate
    );
}
