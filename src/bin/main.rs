//! The `claimdiff` command: parses arguments and calls into the library.

use anyhow::{Context, Result};
use claimdiff::extract::Lexicon;
use claimdiff::load::{self, LoadOptions, Problem};
use claimdiff::model::Report;
use claimdiff::{Analysis, analyse, escape, export, tui};
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
    },
    /// Export comparisons as markdown.
    Export {
        /// Markdown (the only export format for now; accepted for clarity in scripts).
        #[arg(long)]
        markdown: bool,
        /// Only comparisons matching this query (label, quote, attribution, outlet).
        #[arg(long, value_name = "QUERY")]
        filter: Option<String>,
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
    let Analysis { report, problems } = analyse(loaded, &lexicon);
    let partial = report_problems(&problems);
    match cli.command {
        None => open_tui(report)?,
        Some(Command::Extract { json }) => {
            if json {
                let written = export::write_json(&report, std::io::stdout().lock());
                closed_pipe_is_fine(written).context("writing to stdout")?;
            } else {
                print(&export::markdown::summary(&report))?;
            }
        }
        Some(Command::Compare { json, markdown }) => {
            if json {
                print(&serde_json::to_string_pretty(&report.comparisons)?)?;
            } else {
                let all: Vec<_> = report.comparisons.iter().collect();
                let _ = markdown; // markdown is the default rendering
                print(&export::markdown::comparisons(&report, &all))?;
            }
        }
        Some(Command::Export {
            markdown: _,
            filter,
        }) => {
            let query = filter.as_deref().unwrap_or("");
            let selected: Vec<_> = report
                .comparisons
                .iter()
                .filter(|c| report.comparison_matches(c, query))
                .collect();
            print(&export::markdown::comparisons(&report, &selected))?;
        }
        Some(Command::GenCorpus { .. }) => unreachable!("handled before loading"),
    }
    Ok(if partial {
        ExitCode::from(EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
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

fn open_tui(report: Report) -> Result<()> {
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "the interactive view needs a terminal; use `claimdiff extract --json` or `claimdiff compare --markdown` in scripts"
        );
    }
    tui::run(report).context("terminal UI failed")
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
