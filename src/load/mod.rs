//! Loading articles: files, folders and stdin in plain text, markdown and HTML.
//!
//! Each input becomes an [`Article`] whose blocks keep exact byte offsets into the file.
//! Page furniture (captions, bylines, datelines, boilerplate, an appended second story) is
//! flagged by block kind, never deleted.

mod furniture;
mod html;
mod input;
mod markdown;
mod meta;
mod text;

pub use furniture::Furniture;
pub(crate) use furniture::FurnitureFile;
pub use input::LoadError;

use crate::model::{Article, ArticleId, BlockKind, Format, Interned, MAX_FILE_BYTES, OffsetMap};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// Files larger than this are refused unless the user says otherwise (`--max-size`).
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// Limits, switches and vocabulary for loading.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Files larger than this are refused (and files of 4 GiB or more whatever it says).
    pub max_bytes: u64,
    /// What page furniture is recognised by: the lexicon's (`Lexicon::furniture`, with a
    /// user's `--lexicon` merged in); the bundled one by default.
    pub furniture: Arc<Furniture>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_bytes: DEFAULT_MAX_BYTES,
            furniture: Furniture::bundled(),
        }
    }
}

/// Something that went wrong with one input; the others still load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// A warning still loaded the file (e.g. invalid UTF-8 decoded lossily); an error did not.
    pub fatal: bool,
}

impl Problem {
    fn new(path: String, error: &LoadError) -> Self {
        Self {
            path,
            message: error.to_string(),
            fatal: !matches!(error, LoadError::InvalidUtf8 { .. }),
        }
    }
}

/// What loading produced: the articles, and a problem line per input that failed or warned.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

/// One input's outcome: an article and its warnings, or why it could not be loaded.
type Parsed = (String, Result<(Article, Vec<LoadError>), LoadError>);

impl Loaded {
    /// Adds parsed inputs in order: article ids follow input order whatever order they were
    /// parsed in.
    fn extend(&mut self, parsed: Vec<Parsed>) {
        for (path, outcome) in parsed {
            match outcome {
                Ok((mut article, warnings)) => {
                    article.id = ArticleId::from_index(self.articles.len());
                    self.problems
                        .extend(warnings.iter().map(|w| Problem::new(path.clone(), w)));
                    self.articles.push(article);
                }
                Err(error) => self.problems.push(Problem::new(path, &error)),
            }
        }
    }
}

/// Loads every input: files, folders (recursively) and `-` for stdin. Files are read and parsed
/// in parallel, one per task.
pub fn load_paths(paths: &[PathBuf], options: &LoadOptions) -> Loaded {
    // Offsets are kept in 32 bits, so no limit can let a larger file through.
    let max_bytes = options.max_bytes.min(MAX_FILE_BYTES);
    let gathered: Vec<_> = paths
        .iter()
        .flat_map(|path| input::gather(path, max_bytes))
        .collect();
    let parsed = gathered
        .into_par_iter()
        .map(|gathered| match gathered.and_then(|p| p.read(max_bytes)) {
            Ok(source) => (source.path.clone(), parse(source, &options.furniture)),
            Err((path, error)) => (path, Err(error)),
        })
        .collect();
    let mut loaded = Loaded::default();
    loaded.extend(parsed);
    loaded
}

/// A `--name FILE=NAME` whose FILE is none of the loaded articles.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("--name {file}={name}: no loaded article is the file '{file}'")]
pub struct RenameError {
    pub file: String,
    pub name: String,
}

impl Loaded {
    /// Names sources as the user asks: each `(FILE, NAME)` gives NAME to the articles loaded
    /// from FILE, matched by the path as given, or by the file's name alone. Every
    /// FILE must match an article; the first that matches none is the error.
    pub fn rename(&mut self, renames: &[(String, String)]) -> Result<(), RenameError> {
        for (file, name) in renames {
            let wanted = file.trim_start_matches("./");
            let mut found = false;
            for article in &mut self.articles {
                let path = article.path.trim_start_matches("./");
                if path == wanted || path.rsplit(['/', '\\']).next() == Some(wanted) {
                    article.outlet = Some(name.clone());
                    found = true;
                }
            }
            if !found {
                return Err(RenameError {
                    file: file.clone(),
                    name: name.clone(),
                });
            }
        }
        Ok(())
    }
}

/// The bundled sample: five reports of one event, embedded in the binary.
const SAMPLE: [(&str, &[u8]); 5] = [
    (
        "000_aa58e34a18a8b4a3.txt",
        include_bytes!("../../assets/articles/000_aa58e34a18a8b4a3.txt"),
    ),
    (
        "001_2a622331c330f597.txt",
        include_bytes!("../../assets/articles/001_2a622331c330f597.txt"),
    ),
    (
        "002_82c4aee20f8c5f32.txt",
        include_bytes!("../../assets/articles/002_82c4aee20f8c5f32.txt"),
    ),
    (
        "003_ceff1de251848dd9.txt",
        include_bytes!("../../assets/articles/003_ceff1de251848dd9.txt"),
    ),
    (
        "004_58d21ebfce44f9c0.txt",
        include_bytes!("../../assets/articles/004_58d21ebfce44f9c0.txt"),
    ),
];

/// Loads the bundled sample articles embedded in the binary. Their paths are where the files
/// live in the project, so they also open from the project root.
pub fn load_sample(furniture: &Furniture) -> Loaded {
    let parsed = SAMPLE
        .par_iter()
        .map(|(name, bytes)| {
            let source = input::Source {
                path: format!("assets/articles/{name}"),
                extension: Some("txt".to_owned()),
                raw: bytes.to_vec(),
            };
            (source.path.clone(), parse(source, furniture))
        })
        .collect();
    let mut loaded = Loaded::default();
    loaded.extend(parsed);
    loaded
}

/// A block while loading: its text is built and classified before it joins its article
/// (which keeps only the text a verbatim block does not share with the file).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Piece {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub map: OffsetMap,
}

impl Piece {
    /// A piece whose text is the file's bytes `start..start + text.len()` verbatim.
    pub fn verbatim(kind: BlockKind, start: usize, text: &str) -> Self {
        Self {
            kind,
            start,
            end: start + text.len(),
            text: text.to_owned(),
            map: OffsetMap::identity(start),
        }
    }

    /// File span of the text range `start..end` of this piece.
    pub fn file_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.map.file_start(start), self.map.file_end(end))
    }
}

/// A block on its way to classification, with the layout signals it came with.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub block: Piece,
    /// A blank line (or the start of the text) precedes it.
    pub gap_before: bool,
    /// A blank line (or the end of the text) follows it.
    pub gap_after: bool,
    /// A list item (markup) or a line starting with a bullet.
    pub list_item: bool,
    /// All its text is link text (markup): navigation, related stories.
    pub all_link: bool,
    /// Its kind comes from markup (front matter, headings, figcaption) and is kept.
    pub fixed: bool,
}

impl Draft {
    pub fn new(block: Piece, gap_before: bool) -> Self {
        Self {
            block,
            gap_before,
            gap_after: true,
            list_item: false,
            all_link: false,
            fixed: false,
        }
    }
}

/// Metadata a format states outright (front matter, meta tags).
#[derive(Debug, Clone, Default)]
pub(crate) struct Stated {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
}

fn parse(
    source: input::Source,
    furniture: &Furniture,
) -> Result<(Article, Vec<LoadError>), LoadError> {
    let decoded = input::decode(&source.raw)?;
    let mut warnings = Vec::new();
    if decoded.invalid_bytes > 0 {
        warnings.push(LoadError::InvalidUtf8 {
            count: decoded.invalid_bytes,
        });
    }
    let text = decoded.text.as_str();
    let format = detect_format(source.extension.as_deref(), text);
    let (drafts, stated) = match format {
        Format::Html => html::parse(text, furniture),
        Format::Markdown => markdown::parse(text, true, furniture),
        // Plain text may still open with front matter (a post exported from a blog).
        Format::Text => markdown::parse(text, false, furniture),
    };
    if drafts.is_empty() {
        return Err(LoadError::NoText);
    }
    let classified = furniture::classify(drafts, stated.title.as_deref(), furniture);
    let title = stated
        .title
        .or(classified.title)
        .map(bounded_title)
        .unwrap_or_else(|| fallback_title(&classified.blocks));
    // The id is set once every input's place in the list is known.
    let mut article = Article::new(ArticleId::from_index(0), source.path);
    // The source's name: its outlet as stated, else as the page credits it, else the URL's
    // domain (`Article::source_name` falls back to the file name).
    article.outlet = stated
        .outlet
        .or(classified.outlet)
        .or_else(|| stated.url.as_deref().and_then(meta::url_domain));
    article.published = stated
        .published
        .or(classified.published)
        .map(Interned::from);
    article.author = stated.author.or(classified.author);
    article.url = stated.url;
    article.format = format;
    article.set_source(source.raw, decoded.text);
    for piece in classified.blocks.into_iter().flat_map(text::bounded) {
        article.push_block(piece.kind, piece.start, piece.end, &piece.text, piece.map);
    }
    // once the blocks are there, so that a title that is the headline is not kept twice
    article.set_title(title);
    article.shrink_to_fit();
    Ok((article, warnings))
}

/// The most characters a title keeps: a headline is a line, and a whole page taken for one
/// (a file of one 16 MB line) was once tokenised again as the title, at 900 MB.
const MAX_TITLE_CHARS: usize = 300;

fn bounded_title(mut title: String) -> String {
    if let Some((cut, _)) = title.char_indices().nth(MAX_TITLE_CHARS) {
        title.truncate(cut);
        title.truncate(title.trim_end().len());
    }
    title
}

/// The first article block's text, when nothing names a title.
fn fallback_title(blocks: &[Piece]) -> String {
    blocks
        .iter()
        .find(|b| b.kind.is_article_text())
        .or(blocks.first())
        .map(|b| b.text.chars().take(120).collect())
        .unwrap_or_default()
}

/// The format by extension, else sniffed from the content (stdin, unknown extensions).
fn detect_format(extension: Option<&str>, text: &str) -> Format {
    match extension {
        Some("html" | "htm" | "xhtml") => return Format::Html,
        Some("md" | "markdown") => return Format::Markdown,
        Some("txt") => return Format::Text,
        _ => {}
    }
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with('<')
        && [
            "<!doctype",
            "<html",
            "<head",
            "<body",
            "<p",
            "<div",
            "<article",
            "<meta",
        ]
        .iter()
        .any(|tag| head.contains(tag))
    {
        Format::Html
    } else if markdown::has_front_matter(text) || markdown::looks_like_markdown(text) {
        Format::Markdown
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_bounded_however_long_its_headline() {
        let headline = "Word ".repeat(MAX_TITLE_CHARS);
        let source = input::Source {
            path: "long.txt".to_owned(),
            extension: Some("txt".to_owned()),
            raw: format!("---\ntitle: {headline}\n---\n\nFive people were hurt.\n").into_bytes(),
        };
        let (article, _) = parse(source, &Furniture::bundled()).unwrap();
        assert!(headline.starts_with(article.title()));
        assert_eq!(article.title().chars().count(), MAX_TITLE_CHARS - 1);
    }

    fn load(path: &str, text: &str) -> Article {
        let source = input::Source {
            path: path.to_owned(),
            extension: path.rsplit_once('.').map(|(_, e)| e.to_owned()),
            raw: text.as_bytes().to_vec(),
        };
        parse(source, &Furniture::bundled()).unwrap().0
    }

    const LEAD: &str = "At least 12 people were killed when the river burst its banks on Monday, \
                        officials said.";
    const MORE: &str = "Rescuers evacuated 300 residents from low-lying districts, the fire \
                        service said.";

    #[test]
    fn a_wire_credit_line_names_the_source() {
        for credit in [
            "Reuters",
            "(AP)",
            "— AFP",
            "By Reuters",
            "Agence France-Presse",
        ] {
            let text = format!("Flood kills 12 in Riverton\n\n{LEAD}\n\n{MORE}\n\n{credit}\n");
            let name = load("a/flood.txt", &text).source_name();
            let expected = match credit {
                "(AP)" => "AP",
                "— AFP" | "Agence France-Presse" => "AFP",
                _ => "Reuters",
            };
            assert_eq!(name, expected, "{credit}");
        }
    }

    #[test]
    fn a_wire_dateline_names_the_source() {
        let text =
            format!("Flood kills 12 in Riverton\n\nRIVERTON, Examplia (AP) — {LEAD}\n\n{MORE}\n");
        assert_eq!(load("flood.txt", &text).source_name(), "AP");
    }

    #[test]
    fn a_photo_credit_does_not_name_the_source() {
        let caption = "Rescuers carry a resident through flood water in Riverton on Monday.";
        for credit in [
            format!("{caption}\nReuters"),
            format!("{caption} (Reuters)"),
            "Photo: Reuters".to_owned(),
            "Jane Doe/AFP".to_owned(),
        ] {
            let text = format!("Flood kills 12 in Riverton\n\n{credit}\n\n{LEAD}\n\n{MORE}\n");
            assert_eq!(
                load("a/flood.txt", &text).source_name(),
                "flood",
                "{credit}"
            );
        }
        // A body sentence naming an agency credits nobody either.
        let text = format!("Flood kills 12\n\n{LEAD}\n\nThe group told Reuters it was safe.\n");
        assert_eq!(load("flood.txt", &text).source_name(), "flood");
    }

    #[test]
    fn a_stated_outlet_beats_a_credit_and_a_url_names_its_domain() {
        let stated = format!("---\nsource: Riverton Herald\n---\n\n{LEAD}\n\nReuters\n");
        assert_eq!(load("a.md", &stated).source_name(), "Riverton Herald");
        let linked =
            format!("---\nurl: https://www.Example.com:8080/news/flood?id=1\n---\n\n{LEAD}\n");
        let article = load("a.md", &linked);
        assert_eq!(article.source_name(), "example.com");
        assert_eq!(
            article.url.as_deref(),
            Some("https://www.Example.com:8080/news/flood?id=1")
        );
        let credited = format!("---\nurl: https://example.org/a\n---\n\n{LEAD}\n\n(AP)\n");
        assert_eq!(load("a.md", &credited).source_name(), "AP");
    }

    #[test]
    fn sidebars_and_trending_lists_make_no_article_text() {
        let page = format!(
            "<html><head><title>Flood kills 12</title></head><body>\
             <div class=\"right-sidebar\"><p>Storm leaves 40 dead in Eastport</p></div>\
             <h1>Flood kills 12 in Riverton</h1>\
             <p>Most read: <a href=\"/e\">Flood toll rises to 15</a> | <a href=\"/f\">50 homes lost</a></p>\
             <p>{LEAD}</p><p>{MORE}</p>\
             <p>Trending now</p><ul><li><a href=\"/c\">Flood kills 7 more</a></li></ul>\
             <div id=\"most_read\"><p>Bus crash kills 9 on the coast road, police said.</p></div>\
             </body></html>"
        );
        let article = load("flood.html", &page);
        let text: Vec<&str> = article
            .blocks
            .iter()
            .filter(|b| b.kind.is_extractable())
            .map(|b| article.text(b))
            .collect();
        assert_eq!(text, ["Flood kills 12 in Riverton", LEAD, MORE]);
        // The sidebar's text is dropped, the lists' kept as boilerplate.
        assert!(
            !article
                .blocks
                .iter()
                .any(|b| article.text(b).contains("Eastport"))
        );
        assert!(
            article
                .blocks
                .iter()
                .any(|b| article.text(b).starts_with("Most read:"))
        );
    }

    fn loaded(paths: &[&str]) -> Loaded {
        let mut loaded = Loaded::default();
        let parsed = paths
            .iter()
            .map(|p| {
                let source = input::Source {
                    path: (*p).to_owned(),
                    extension: Some("txt".to_owned()),
                    raw: format!("{LEAD}\n").into_bytes(),
                };
                (source.path.clone(), parse(source, &Furniture::bundled()))
            })
            .collect();
        loaded.extend(parsed);
        loaded
    }

    #[test]
    fn sources_are_renamed_by_path_or_file_name() {
        let mut loaded = loaded(&["news/a.txt", "./news/b.txt", "c.txt"]);
        let renames = [
            ("news/a.txt".to_owned(), "Alpha".to_owned()),
            ("b.txt".to_owned(), "Beta".to_owned()),
        ];
        loaded.rename(&renames).unwrap();
        let names: Vec<String> = loaded.articles.iter().map(Article::source_name).collect();
        assert_eq!(names, ["Alpha", "Beta", "c"]);
        let error = loaded
            .rename(&[("d.txt".to_owned(), "Delta".to_owned())])
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "--name d.txt=Delta: no loaded article is the file 'd.txt'"
        );
    }

    #[test]
    fn format_is_sniffed_without_an_extension() {
        assert_eq!(
            detect_format(None, "  <!DOCTYPE html><p>x</p>"),
            Format::Html
        );
        assert_eq!(
            detect_format(None, "---\ntitle: x\n---\nbody"),
            Format::Markdown
        );
        assert_eq!(detect_format(None, "# Heading\n\nText"), Format::Markdown);
        assert_eq!(detect_format(None, "Just a line of text."), Format::Text);
        assert_eq!(detect_format(Some("txt"), "<p>x</p>"), Format::Text);
    }
}
