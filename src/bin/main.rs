//! The `claimdiff` command: parses arguments and calls into the library.

use anyhow::{Context, Result};
use claimdiff::compare::stories::DEFAULT_THRESHOLD;
use claimdiff::export::file::{ExportError, write_new};
use claimdiff::export::select::Selection;
use claimdiff::extract::Lexicon;
use claimdiff::load::{self, LoadOptions, Loaded, Problem};
use claimdiff::model::{ComparisonId, Report};
use claimdiff::tui::theme::Theme;
use claimdiff::{Analysis, analyse_with_threshold, escape, export, tui};
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, ColorChoice, CommandFactory, Parser, Subcommand};
use export::Format;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

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
    /// Articles: files, folders (searched recursively for .txt .md .markdown .html .htm), `-`
    /// for stdin, or `@FILE` for the paths listed in FILE (one a line, `#` comments). None: the
    /// bundled sample.
    #[arg(global = true)]
    paths: Vec<PathBuf>,
    /// Extra vocabulary (TOML) merged over the bundled lexicon; see the README.
    #[arg(long, global = true, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// Refuse files larger than this many bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = load::DEFAULT_MAX_BYTES)]
    max_size: u64,
    /// How alike (cosine similarity of title, lead, places, actors, figures; 0–1) two articles
    /// must be to report one event. Lower merges more; see the README.
    #[arg(long, global = true, value_name = "SIMILARITY", default_value_t = DEFAULT_THRESHOLD, value_parser = similarity)]
    story_threshold: f32,
    /// Show the articles loaded from FILE (its path or file name) as source NAME; repeatable.
    #[arg(long = "name", global = true, value_name = "FILE=NAME", value_parser = file_and_name)]
    names: Vec<(String, String)>,
    /// Colour in the terminal UI and in usage errors; `auto` follows NO_COLOR.
    #[arg(long, global = true, value_name = "WHEN", value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

fn file_and_name(text: &str) -> Result<(String, String), String> {
    match text.rsplit_once('=') {
        Some((file, name)) if !file.is_empty() && !name.trim().is_empty() => {
            Ok((file.to_owned(), name.trim().to_owned()))
        }
        _ => Err(format!("`{text}` is not FILE=NAME")),
    }
}

fn similarity(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(value) if (0.0..=1.0).contains(&value) => Ok(value),
        _ => Err(format!("`{text}` is not a similarity between 0 and 1")),
    }
}

/// `--format` and its two older spellings, kept for scripts.
#[derive(Args)]
struct Output {
    /// Output format: markdown (readable, citable), json, jsonl (one item per line) or csv.
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<Format>,
    /// Same as `--format json`.
    #[arg(long, conflicts_with_all = ["format", "markdown"])]
    json: bool,
    /// Same as `--format markdown` (the default).
    #[arg(long, conflicts_with = "format")]
    markdown: bool,
}

impl Output {
    fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format.unwrap_or(Format::Markdown)
        }
    }
}

/// The TUI's selection, as options.
#[derive(Args)]
struct Select {
    /// Only this story: its id (`s2`) or words of its label or outlets.
    #[arg(long, value_name = "ID|TEXT")]
    story: Option<String>,
    /// Only comparisons whose sources conflict (the TUI's `c`).
    #[arg(long)]
    conflicts_only: bool,
    /// Only these comparisons, by their ids as printed: `k1,k3` (the TUI's marked rows).
    #[arg(long, value_name = "IDS", value_delimiter = ',', value_parser = comparison_id)]
    ids: Vec<ComparisonId>,
}

/// A comparison id as a person types it in a list: `k3`, ` k3`, `K3`.
fn comparison_id(text: &str) -> Result<ComparisonId, String> {
    text.trim()
        .to_lowercase()
        .parse()
        .map_err(|e| format!("`{text}` is {e}"))
}

impl Select {
    fn selection(self, filter: Option<String>) -> Selection {
        Selection {
            story: self.story,
            filter,
            conflicts_only: self.conflicts_only,
            ids: self.ids,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Print articles, claims and comparisons (markdown: a readable overview).
    Extract {
        #[command(flatten)]
        output: Output,
    },
    /// Print how the sources' claims compare.
    Compare {
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        select: Select,
    },
    /// Export comparisons, as the TUI's `e` does: to stdout, or to a new file.
    Export {
        #[command(flatten)]
        output: Output,
        #[command(flatten)]
        select: Select,
        /// Only comparisons matching this query (label, quote, attribution, outlet), as the
        /// TUI's `/`.
        #[arg(long, value_name = "QUERY")]
        filter: Option<String>,
        /// Write to this new file instead of stdout (written whole, then moved into place); an
        /// existing file is refused unless --force.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        to: Option<PathBuf>,
        /// Replace the --output file if it exists.
        #[arg(long, requires = "to")]
        force: bool,
    },
    /// Print the stories: which articles report the same event.
    Stories {
        /// As JSON (the `stories` of the README's contract).
        #[arg(long)]
        json: bool,
    },
    /// Print a shell completion script: `claimdiff completions bash > ~/.local/share/bash-completion/completions/claimdiff`.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `claimdiff man > claimdiff.1`; with --dir, write it and
    /// one page per command (`claimdiff-compare.1`, …) into a folder.
    Man {
        /// Write claimdiff.1 and a page per command into this folder (created if missing;
        /// older pages replaced) instead of printing the main page.
        #[arg(long, value_name = "FOLDER")]
        dir: Option<PathBuf>,
    },
}

/// Exit codes, documented in the README.
const EXIT_PARTIAL: u8 = 1;
const EXIT_NOTHING_LOADED: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_none()
        && let Some(word) = cli.input.paths.first().and_then(|p| command_like(p))
    {
        mistyped_command(word, cli.input.color).exit();
    }
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // An error can name a file or quote its contents.
            eprintln!("claimdiff: {}", escape::terminal(&format!("{error:#}")));
            ExitCode::from(EXIT_NOTHING_LOADED)
        }
    }
}

/// A first argument that reads as a command rather than a path: a plain word (letters, digits,
/// `-`, `_`; no folder, no extension) that names no file or folder. Without this, a mistyped
/// command would be taken for a missing article and the TUI would open on nothing.
fn command_like(path: &Path) -> Option<&str> {
    let word = path.to_str()?;
    let plain = word.starts_with(char::is_alphabetic)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    (plain && std::fs::symlink_metadata(path).is_err()).then_some(word)
}

/// A usage error (exit 2) for a word that is neither a command nor a path, with the closest
/// command when one is close (clap's own measure and threshold).
fn mistyped_command(word: &str, color: ColorChoice) -> clap::Error {
    let mut command = Cli::command().color(color);
    let closest = command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_owned())
        .map(|name| (strsim::jaro(word, &name), name))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let usage = command.render_usage();
    let mut error = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(&command);
    error.insert(
        ContextKind::InvalidSubcommand,
        ContextValue::String(word.to_owned()),
    );
    if let Some((_, name)) = closest {
        error.insert(ContextKind::SuggestedSubcommand, ContextValue::String(name));
    }
    error.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![StyledStr::from(format!(
            "no file or folder is named '{word}' either"
        ))]),
    );
    error.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
    error
}

fn run(cli: Cli) -> Result<ExitCode> {
    match &cli.command {
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "claimdiff", &mut out);
            print_bytes(&out)?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Man { dir }) => {
            match dir {
                Some(dir) => std::fs::create_dir_all(dir)
                    .and_then(|()| clap_mangen::generate_to(Cli::command(), dir))
                    .with_context(|| format!("writing manual pages to {}", dir.display()))?,
                None => {
                    let mut out = Vec::new();
                    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
                    print_bytes(&out)?;
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let lexicon = match &cli.input.lexicon {
        Some(path) => Lexicon::with_user_file(path)?,
        None => Lexicon::bundled(),
    };
    let paths = with_lists(&cli.input.paths)?;
    let Some(command) = cli.command else {
        return open_tui(lexicon, paths, cli.input);
    };
    let Analysis { report, problems } = match analyse_input(&lexicon, &paths, &cli.input)? {
        Ok(analysis) => analysis,
        Err(problems) => return Ok(nothing_loaded(&problems)),
    };
    let partial = report_problems(&problems);
    match command {
        Command::Extract { output } => {
            write_stdout(|out| output.format().exporter().report(&report, out))?;
        }
        Command::Compare { output, select } => {
            let selected = select.selection(None).apply(&report)?;
            let exporter = output.format().exporter();
            write_stdout(|out| exporter.comparisons(&report, &selected, out))?;
        }
        Command::Export {
            output,
            select,
            filter,
            to,
            force,
        } => {
            let selected = select.selection(filter).apply(&report)?;
            let exporter = output.format().exporter();
            match to {
                None => write_stdout(|out| exporter.comparisons(&report, &selected, out))?,
                Some(path) => {
                    let mut contents = Vec::new();
                    exporter.comparisons(&report, &selected, &mut contents)?;
                    let written = write_new(&path, contents, force).map_err(|e| match e {
                        ExportError::Exists { .. } => {
                            anyhow::anyhow!("{e}; --force replaces it")
                        }
                        other => other.into(),
                    })?;
                    eprintln!(
                        "claimdiff: wrote {} comparison{} to {}",
                        selected.len(),
                        export::plural(selected.len()),
                        escape::terminal(&written.display().to_string())
                    );
                }
            }
        }
        Command::Stories { json } => {
            if json {
                print(&serde_json::to_string_pretty(&report.stories)?)?;
            } else {
                print(&stories_text(&report))?;
            }
        }
        Command::Completions { .. } | Command::Man { .. } => {
            unreachable!("handled before loading")
        }
    }
    Ok(if partial {
        ExitCode::from(EXIT_PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

/// Largest `@FILE` list read: a list of a million paths is far below it, a mistaken `@` on a
/// large file is refused instead of read whole.
const MAX_LIST_BYTES: u64 = 64 << 20;

/// The paths with each `@FILE` replaced by the paths FILE lists: one a line, blank lines and
/// lines starting with `#` skipped, spaces around a path trimmed; relative paths are taken
/// from the current folder, as they would be on the command line. (A file whose name starts
/// with `@` is given as `./@name`.)
fn with_lists(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut expanded = Vec::with_capacity(paths.len());
    for path in paths {
        let Some(list) = path
            .to_str()
            .and_then(|p| p.strip_prefix('@'))
            .filter(|p| !p.is_empty())
        else {
            expanded.push(path.clone());
            continue;
        };
        let before = expanded.len();
        let text = read_list(Path::new(list)).with_context(|| format!("the list @{list}"))?;
        expanded.extend(
            text.lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .map(PathBuf::from),
        );
        if expanded.len() == before {
            anyhow::bail!("the list @{list} names no path");
        }
    }
    Ok(expanded)
}

fn read_list(path: &Path) -> Result<String> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_LIST_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_LIST_BYTES {
        anyhow::bail!("longer than {} MiB", MAX_LIST_BYTES >> 20);
    }
    String::from_utf8(bytes).context("not UTF-8 text")
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
                escape::terminal(article.title())
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

/// Loads the inputs (the bundled sample when there are none); the load problems when no
/// article could be loaded.
fn load_input(
    lexicon: &Lexicon,
    paths: &[PathBuf],
    input: &Input,
) -> Result<Result<Loaded, Vec<Problem>>> {
    // Pages are read with the same vocabulary, so a `[furniture]` table extends loading too.
    let mut loaded = if paths.is_empty() {
        load::load_sample(&lexicon.furniture)
    } else {
        let options = LoadOptions {
            max_bytes: input.max_size,
            furniture: Arc::clone(&lexicon.furniture),
        };
        load::load_paths(paths, &options)
    };
    loaded.rename(&input.names)?;
    Ok(if loaded.articles.is_empty() {
        Err(loaded.problems)
    } else {
        Ok(loaded)
    })
}

/// [`load_input`], then the analysis of what loaded.
fn analyse_input(
    lexicon: &Lexicon,
    paths: &[PathBuf],
    input: &Input,
) -> Result<Result<Analysis, Vec<Problem>>> {
    Ok(load_input(lexicon, paths, input)?
        .map(|loaded| analyse_with_threshold(loaded, lexicon, input.story_threshold)))
}

fn nothing_loaded(problems: &[Problem]) -> ExitCode {
    report_problems(problems);
    eprintln!("claimdiff: no article could be loaded");
    ExitCode::from(EXIT_NOTHING_LOADED)
}

/// The TUI opens at once on a loading screen while the inputs are loaded and analysed behind
/// it; load problems are printed once it closes.
fn open_tui(lexicon: Lexicon, paths: Vec<PathBuf>, input: Input) -> Result<ExitCode> {
    if !std::io::stdout().is_terminal() {
        // inputs that cannot be read are the first thing to fix
        if let Err(problems) = load_input(&lexicon, &paths, &input)? {
            return Ok(nothing_loaded(&problems));
        }
        anyhow::bail!(
            "the interactive view needs a terminal; use `claimdiff extract --json` or `claimdiff compare --markdown` in scripts"
        );
    }
    let theme = match input.color {
        ColorChoice::Always => {
            // crossterm drops colours by itself under NO_COLOR; `always` overrides that too.
            ratatui::crossterm::style::force_color_output(true);
            Theme { colour: true }
        }
        ColorChoice::Never => Theme { colour: false },
        ColorChoice::Auto => Theme::from_env(),
    };
    let work = move || match analyse_input(&lexicon, &paths, &input) {
        Ok(Ok(Analysis { report, problems })) => tui::Ready::Open(report, problems),
        Ok(Err(problems)) => tui::Ready::Stop(Ok(problems)),
        Err(error) => tui::Ready::Stop(Err(error)),
    };
    Ok(
        match tui::run_after(work, theme).context("terminal UI failed")? {
            tui::Ended::Quit(problems) if report_problems(&problems) => {
                ExitCode::from(EXIT_PARTIAL)
            }
            tui::Ended::Quit(_) | tui::Ended::QuitWhileLoading => ExitCode::SUCCESS,
            tui::Ended::Stopped(Ok(problems)) => nothing_loaded(&problems),
            tui::Ended::Stopped(Err(error)) => return Err(error),
        },
    )
}

/// Writes to stdout, treating a closed pipe (`| head`) as a normal end.
fn print(text: &str) -> Result<()> {
    if text.ends_with('\n') {
        print_bytes(text.as_bytes())
    } else {
        print_bytes(format!("{text}\n").as_bytes())
    }
}

fn print_bytes(bytes: &[u8]) -> Result<()> {
    write_stdout(|out| out.write_all(bytes))
}

/// Runs `write` on a buffered stdout and flushes it; a closed pipe (`| head`) is a normal end.
fn write_stdout(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    let written = write(&mut out).and_then(|()| out.flush());
    closed_pipe_is_fine(written).context("writing to stdout")
}

/// A reader that stopped reading (`| head`) is a normal end, not an error.
fn closed_pipe_is_fine(written: std::io::Result<()>) -> std::io::Result<()> {
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
