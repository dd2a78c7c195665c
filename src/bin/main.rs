//! The `claimdiff` command: parses arguments and calls into the library.

use anyhow::{Context, Result};
use claimdiff::compare::stories::DEFAULT_THRESHOLD;
use claimdiff::extract::Lexicon;
use claimdiff::load::{self, LoadOptions, Problem};
use claimdiff::model::{Comparison, Report, StoryId};
use claimdiff::{Analysis, analyse_with_threshold, escape, export, tui};
use clap::{Args, Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Compare news sources claim by claim.
///
/// With no command, opens the terminal UI on the given articles (or the bundled sample).
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    input: Input,
}

#[derive(Args, Clone)]
struct Input {
    /// Articles: files, folders (searched recursively for .txt .md .markdown .html .htm) or `-`
    /// for stdin. None: the bundled sample.
    #[arg(global = true)]
    paths: Vec<PathBuf>,
    /// Extra vocabulary (TOML) merged over the bundled lexicon; see the README.
    #[arg(long, global = true, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// Refuse files larger than this many bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = LoadOptions::default().max_bytes)]
    max_size: u64,
    /// How alike (cosine similarity of title, lead, places, actors, figures; 0–1) two articles
    /// must be to report one event. Lower merges more; see the README.
    #[arg(long, global = true, value_name = "SIMILARITY", default_value_t = DEFAULT_THRESHOLD, value_parser = similarity)]
    story_threshold: f32,
}

fn similarity(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(value) if (0.0..=1.0).contains(&value) => Ok(value),
        _ => Err(format!("`{text}` is not a similarity between 0 and 1")),
    }
}

#[derive(Subcommand)]
enum Command {
    /// Print articles, claims and comparisons.
    Extract {
        /// As one JSON document (the README's contract).
        #[arg(long)]
        json: bool,
    },
    /// Print how the sources' claims compare.
    Compare {
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        #[arg(long)]
        markdown: bool,
        /// Only this story: its id (`s2`) or words of its label.
        #[arg(long, value_name = "ID|TEXT")]
        story: Option<String>,
    },
    /// Export comparisons as markdown.
    Export {
        /// Markdown (the only export format for now; accepted for clarity in scripts).
        #[arg(long)]
        markdown: bool,
        /// Only comparisons matching this query (label, quote, attribution, outlet).
        #[arg(long, value_name = "QUERY")]
        filter: Option<String>,
        /// Only this story: its id (`s2`) or words of its label.
        #[arg(long, value_name = "ID|TEXT")]
        story: Option<String>,
    },
    /// Print the stories: which articles report the same event.
    Stories {
        /// As JSON (the `stories` of the README's contract).
        #[arg(long)]
        json: bool,
    },
    /// Write a synthetic corpus for benchmarks (a developer tool).
    #[command(hide = true)]
    GenCorpus {
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Folder to write into (created if missing).
        dir: PathBuf,
    },
}

/// Exit codes, documented in the README.
const EXIT_PARTIAL: u8 = 1;
const EXIT_NOTHING_LOADED: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // An error can name a file or quote its contents.
            eprintln!("claimdiff: {}", escape::terminal(&format!("{error:#}")));
            ExitCode::from(EXIT_NOTHING_LOADED)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    if let Some(Command::GenCorpus {
        articles,
        seed,
        dir,
    }) = &cli.command
    {
        let bytes = claimdiff::corpus::write(dir, *articles, *seed)
            .with_context(|| format!("writing the corpus to {}", dir.display()))?;
        eprintln!("claimdiff: wrote {articles} articles, {bytes} bytes");
        return Ok(ExitCode::SUCCESS);
    }
    let lexicon = match &cli.input.lexicon {
        Some(path) => Lexicon::with_user_file(path)?,
        None => Lexicon::bundled(),
    };
    let loaded = if cli.input.paths.is_empty() {
        load::load_sample()
    } else {
        let options = LoadOptions {
            max_bytes: cli.input.max_size,
        };
        load::load_paths(&cli.input.paths, &options)
    };
    if loaded.articles.is_empty() {
        report_problems(&loaded.problems);
        eprintln!("claimdiff: no article could be loaded");
        return Ok(ExitCode::from(EXIT_NOTHING_LOADED));
    }
    let Analysis { report, problems } =
        analyse_with_threshold(loaded, &lexicon, cli.input.story_threshold);
    let partial = report_problems(&problems);
    match cli.command {
        None => open_tui(report, problems)?,
        Some(Command::Extract { json }) => {
            if json {
                let written = export::write_json(&report, std::io::stdout().lock());
                closed_pipe_is_fine(written).context("writing to stdout")?;
            } else {
                print(&export::markdown::summary(&report))?;
            }
        }
        Some(Command::Compare {
            json,
            markdown,
            story,
        }) => {
            let selected = in_stories(&report, story.as_deref())?;
            if json {
                print(&serde_json::to_string_pretty(&selected)?)?;
            } else {
                let _ = markdown; // markdown is the default rendering
                print(&export::markdown::comparisons(&report, &selected))?;
            }
        }
        Some(Command::Export {
            markdown: _,
            filter,
            story,
        }) => {
            let query = filter.as_deref().unwrap_or("");
            let selected: Vec<_> = in_stories(&report, story.as_deref())?
                .into_iter()
                .filter(|c| report.comparison_matches(c, query))
                .collect();
            print(&export::markdown::comparisons(&report, &selected))?;
        }
        Some(Command::Stories { json }) => {
            if json {
                print(&serde_json::to_string_pretty(&report.stories)?)?;
            } else {
                print(&stories_text(&report))?;
            }
        }
        Some(Command::GenCorpus { .. }) => unreachable!("handled before loading"),
    }
    Ok(if partial {
        ExitCode::from(EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

/// The comparisons of the stories `story` names (all of them without `--story`): an id such
/// as `s2`, else every story whose label or outlets contain all its words.
fn in_stories<'a>(report: &'a Report, story: Option<&str>) -> Result<Vec<&'a Comparison>> {
    let Some(query) = story else {
        return Ok(report.comparisons.iter().collect());
    };
    let chosen: Vec<StoryId> = match query.trim().parse::<StoryId>() {
        Ok(id) if report.story(id).is_some() => vec![id],
        _ => report
            .stories
            .iter()
            .filter(|s| report.story_matches(s, query))
            .map(|s| s.id)
            .collect(),
    };
    if chosen.is_empty() {
        anyhow::bail!(
            "no story matches `{}`; `claimdiff stories` lists them",
            escape::terminal(query)
        );
    }
    Ok(report
        .comparisons
        .iter()
        .filter(|c| chosen.contains(&c.story))
        .collect())
}

/// The stories as text: per story its id, size, conflicts and label, then its articles.
fn stories_text(report: &Report) -> String {
    let mut out = String::new();
    for story in &report.stories {
        let conflicts = report.conflicts_in(story);
        out.push_str(&format!(
            "{}  {} · {} · {} · {}\n",
            story.id,
            escape::terminal(&story.label),
            counted(story.articles.len(), "article"),
            counted(story.comparisons.len(), "comparison"),
            counted(conflicts, "conflict"),
        ));
        for article in story.articles.iter().filter_map(|&id| report.article(id)) {
            out.push_str(&format!(
                "    {}  {}  {}\n",
                article.id,
                escape::terminal(&article.source_name()),
                escape::terminal(&article.title)
            ));
        }
    }
    out
}

/// `1 article`, `2 articles`.
fn counted(count: usize, noun: &str) -> String {
    format!("{count} {noun}{}", export::plural(count))
}

/// Prints one line per input problem; true when an input could not be loaded.
fn report_problems(problems: &[Problem]) -> bool {
    for problem in problems {
        let level = if problem.fatal { "error" } else { "warning" };
        eprintln!(
            "claimdiff: {level}: {}: {}",
            escape::terminal(&problem.path),
            escape::terminal(&problem.message)
        );
    }
    problems.iter().any(|p| p.fatal)
}

fn open_tui(report: Report, problems: Vec<Problem>) -> Result<()> {
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "the interactive view needs a terminal; use `claimdiff extract --json` or `claimdiff compare --markdown` in scripts"
        );
    }
    tui::run(report, problems).context("terminal UI failed")
}

/// Writes to stdout, treating a closed pipe (`| head`) as a normal end.
fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let written = out.write_all(text.as_bytes()).and_then(|()| {
        if text.ends_with('\n') {
            Ok(())
        } else {
            out.write_all(b"\n")
        }
    });
    closed_pipe_is_fine(written).context("writing to stdout")
}

/// A reader that stopped reading (`| head`) is a normal end, not an error.
fn closed_pipe_is_fine(written: std::io::Result<()>) -> std::io::Result<()> {
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
