//! The UI's state and the one function that changes it. Nothing here draws or touches the
//! terminal, so every behaviour can be tested by feeding actions.

mod list;
mod panes;
mod stories;

pub use list::ComparisonList;
pub use panes::SourcePanes;
pub use stories::{StoryList, StoryRow};

use super::action::{Action, Effect, ExportOutcome};
use super::keymap::{Context, help_entries};
use super::layout::{ScreenLayout, help_layout, screen_layout};
use super::theme::Theme;
use super::view::{PaneCache, pane_text};
use super::widgets;
use crate::export::{markdown, plural};
use crate::load::Problem;
use crate::model::{Comparison, Report};
use ratatui::layout::{Position, Rect};
use std::ops::Range;
use std::path::PathBuf;

/// The file name the export prompt offers.
pub const DEFAULT_EXPORT_NAME: &str = "claimdiff-export.md";
/// Rows or lines one mouse-wheel step moves.
const WHEEL_STEP: isize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Panes,
}

/// A question on the status line that takes the keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    /// Typing goes into `list.query`, and the list follows it.
    Filter,
    ExportName(String),
    Overwrite(PathBuf),
    /// The number of a source to show or hide (sources past the digit keys).
    SourceNumber(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLine {
    pub text: String,
    pub is_error: bool,
}

/// A claim mention located in an article's block text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionAt {
    pub block: usize,
    pub text_start: usize,
    pub text_end: usize,
    /// Index into `report.claims`.
    pub claim: usize,
}

/// One of the selected comparison's mentions, where `n`/`N` can go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionTarget {
    /// Position among the articles.
    pub article: usize,
    pub block: usize,
    /// Bytes of the block's text.
    pub range: Range<usize>,
}

/// Indexes over the report, built once.
#[derive(Debug, Default)]
pub struct Lookup {
    mentions: Vec<Vec<MentionAt>>,
    /// Per comparison, what the filter searches ([`Report::search_text`]).
    search_texts: Vec<String>,
}

impl Lookup {
    fn new(report: &Report) -> Self {
        let mut mentions = vec![Vec::new(); report.articles.len()];
        for (claim_index, claim) in report.claims.iter().enumerate() {
            let Some(article) = report.article_position(claim.article) else {
                continue;
            };
            mentions[article].extend(claim.mentions.iter().map(|m| MentionAt {
                block: m.block(),
                text_start: m.text_range().start,
                text_end: m.text_range().end,
                claim: claim_index,
            }));
        }
        Self {
            mentions,
            search_texts: report
                .comparisons
                .iter()
                .map(|c| report.search_text(c))
                .collect(),
        }
    }

    pub fn mentions_in(&self, article: usize) -> &[MentionAt] {
        self.mentions.get(article).map_or(&[], Vec::as_slice)
    }
}

#[derive(Debug)]
pub struct State {
    pub report: Report,
    pub lookup: Lookup,
    pub theme: Theme,
    pub list: ComparisonList,
    /// The stories, in front when there is more than one.
    pub stories: StoryList,
    pub panes: SourcePanes,
    pub focus: Focus,
    pub detail: bool,
    /// Lines the detail view is scrolled by.
    pub detail_scroll: usize,
    pub help: bool,
    /// Inputs that could not be loaded cleanly, as the command line reported them.
    pub problems: Vec<Problem>,
    /// Whether the list of problems is in front, and how far it is scrolled.
    pub problems_open: bool,
    pub problems_scroll: usize,
    /// Lines the help is scrolled by, on screens too small for all of it.
    pub help_scroll: usize,
    pub prompt: Option<Prompt>,
    pub status: Option<StatusLine>,
    /// Where a relative export file name is written (empty: the current folder).
    pub export_dir: PathBuf,
    /// The terminal's size, as last reported.
    pub area: Rect,
    pub should_quit: bool,
    /// The source panes' text laid out, kept between frames.
    pub pane_cache: PaneCache,
}

impl State {
    pub fn new(report: Report, theme: Theme) -> Self {
        let lookup = Lookup::new(&report);
        Self {
            list: ComparisonList::new(&report, &lookup.search_texts),
            stories: StoryList::new(&report),
            lookup,
            panes: SourcePanes::new(report.articles.len()),
            report,
            theme,
            focus: Focus::List,
            detail: false,
            detail_scroll: 0,
            help: false,
            problems: Vec::new(),
            problems_open: false,
            problems_scroll: 0,
            help_scroll: 0,
            prompt: None,
            status: None,
            export_dir: PathBuf::new(),
            area: Rect::default(),
            should_quit: false,
            pane_cache: PaneCache::default(),
        }
    }

    /// The same state, with the load problems to show.
    pub fn with_problems(mut self, problems: Vec<Problem>) -> Self {
        self.problems = problems;
        self
    }

    /// Which bindings apply now.
    pub fn context(&self) -> Context {
        match &self.prompt {
            Some(Prompt::Overwrite(_)) => Context::Confirm,
            Some(_) => Context::Input,
            None if self.help => Context::Help,
            None if self.problems_open => Context::Problems,
            None if self.detail => Context::Detail,
            None if self.stories.showing => Context::Stories,
            None => Context::Browse,
        }
    }

    /// The articles the legend names: the open story's, else all.
    pub fn legend_sources(&self) -> Vec<usize> {
        match self.list.story.and_then(|id| self.report.story(id)) {
            Some(story) => story
                .articles
                .iter()
                .filter_map(|&id| self.report.article_position(id))
                .collect(),
            None => (0..self.report.articles.len()).collect(),
        }
    }

    /// The selected comparison's mentions in the shown sources, in source order and then in
    /// text order: where `n` goes next.
    pub fn mention_targets(&self) -> Vec<MentionTarget> {
        let mut targets: Vec<MentionTarget> = self
            .selected_claims()
            .filter_map(|claim| {
                let article = self.source_of(claim)?;
                let shown = !self.panes.hidden.get(article).copied().unwrap_or(true);
                shown.then_some((article, claim))
            })
            .flat_map(|(article, claim)| {
                self.report.claims[claim]
                    .mentions
                    .iter()
                    .map(move |m| MentionTarget {
                        article,
                        block: m.block(),
                        range: m.text_range(),
                    })
            })
            .collect();
        targets.sort_by_key(|t| (t.article, t.block, t.range.start, t.range.end));
        targets.dedup();
        targets
    }

    /// The mention `n`/`N` last moved to, while the selection and the shown sources keep it.
    pub fn current_mention(&self) -> Option<MentionTarget> {
        // Checked first: a frame without one costs no walk over the comparison's mentions.
        let index = self.panes.mention?;
        self.mention_targets().get(index).cloned()
    }

    pub fn selected(&self) -> Option<&Comparison> {
        self.report
            .comparisons
            .get(self.list.selected_comparison()?)
    }

    /// Indices into `report.claims` of a comparison's claims.
    pub fn claims_of<'a>(&'a self, comparison: &'a Comparison) -> impl Iterator<Item = usize> + 'a {
        comparison
            .claims
            .iter()
            .filter_map(|&id| self.report.claim_position(id))
    }

    /// Indices into `report.claims` of the selected comparison's claims.
    pub fn selected_claims(&self) -> impl Iterator<Item = usize> + '_ {
        self.selected()
            .into_iter()
            .flat_map(|comparison| self.claims_of(comparison))
    }

    /// Position among the articles of the source that made claim `claim`.
    pub fn source_of(&self, claim: usize) -> Option<usize> {
        self.report
            .article_position(self.report.claims.get(claim)?.article)
    }

    pub fn layout(&self) -> ScreenLayout {
        screen_layout(self.area, self)
    }

    /// The export markdown and how many comparisons it covers.
    fn export_markdown(&self) -> (String, usize) {
        let chosen: Vec<&Comparison> = self
            .list
            .export_selection()
            .into_iter()
            .filter_map(|i| self.report.comparisons.get(i))
            .collect();
        (markdown::comparisons(&self.report, &chosen), chosen.len())
    }

    fn say(&mut self, text: impl Into<String>) {
        self.status = Some(StatusLine {
            text: text.into(),
            is_error: false,
        });
    }

    fn complain(&mut self, text: impl Into<String>) {
        self.status = Some(StatusLine {
            text: text.into(),
            is_error: true,
        });
    }

    fn after_list_change(&mut self, previous: Option<usize>) {
        let rows = self.layout().list_rows();
        self.list.keep_in_view(rows);
        if self.list.selected_comparison() != previous {
            self.panes.reanchor();
            self.detail_scroll = 0;
        }
    }

    /// After the panes changed: the focus stays on a pane that is drawn.
    fn keep_focus_drawn(&mut self) {
        let drawn: Vec<usize> = self.layout().panes.iter().map(|p| p.0).collect();
        if !drawn.contains(&self.panes.focused) {
            match drawn.first() {
                Some(&first) => self.panes.focused = first,
                None => self.focus = Focus::List,
            }
        }
    }

    /// Tab: the list, then each drawn pane left to right, then the list again.
    fn cycle_focus(&mut self, forward: bool) {
        let drawn: Vec<usize> = self.layout().panes.iter().map(|p| p.0).collect();
        let mut stops: Vec<Option<usize>> = vec![None];
        stops.extend(drawn.into_iter().map(Some));
        let here = match self.focus {
            Focus::List => Some(0),
            Focus::Panes => stops.iter().position(|&s| s == Some(self.panes.focused)),
        }
        .unwrap_or(0);
        let count = stops.len();
        let next = if forward {
            (here + 1) % count
        } else {
            (here + count - 1) % count
        };
        match stops[next] {
            None => self.focus = Focus::List,
            Some(article) => {
                self.focus = Focus::Panes;
                self.panes.focused = article;
            }
        }
    }

    /// `n`/`N`: the next or previous mention of the selected comparison, bringing its pane
    /// into view, focusing it and scrolling it (with the bound panes) to the mention.
    fn jump_to_mention(&mut self, forward: bool) {
        let targets = self.mention_targets();
        let count = targets.len();
        if count == 0 {
            self.complain("no mention of this comparison in a shown source");
            return;
        }
        let next = match self.panes.mention.filter(|&m| m < count) {
            None if forward => 0,
            None => count - 1,
            Some(m) if forward => (m + 1) % count,
            Some(m) => (m + count - 1) % count,
        };
        let wrapped = self
            .panes
            .mention
            .is_some_and(|m| (forward && next <= m) || (!forward && next >= m));
        self.panes.mention = Some(next);
        let target = targets[next].clone();
        // The message first: it takes a row, and the scrolling below needs the final layout.
        let name = self
            .report
            .articles
            .get(target.article)
            .map(|a| a.source_name())
            .unwrap_or_default();
        let again = match (wrapped, forward) {
            (true, true) => " · from the first again",
            (true, false) => " · from the last again",
            (false, _) => "",
        };
        self.say(format!(
            "mention {}/{count} · [{}] {name}{again}",
            next + 1,
            target.article + 1
        ));
        let fitting = self.layout().fitting;
        self.panes.bring_into_view(target.article, fitting);
        self.focus = Focus::Panes;
        self.panes.focused = target.article;
        let layout = self.layout();
        if let Some(&(_, area)) = layout.panes.iter().find(|p| p.0 == target.article) {
            let inner = pane_inner(area);
            let text = pane_text(self, target.article, usize::from(inner.width));
            let rows = text.body_rows(inner);
            if let Some(scroll) = text.scroll_to(target.block, target.range.start, rows) {
                self.panes.set_scroll(target.article, scroll);
            }
        }
    }

    fn toggle_scroll_sync(&mut self) {
        if self.focus != Focus::Panes {
            self.complain("Tab to a pane first: u unlocks the focused pane's scroll");
            return;
        }
        let article = self.panes.focused;
        if self.panes.unlocked.remove(&article).is_some() {
            self.say(format!(
                "pane [{}] scrolls with the others again",
                article + 1
            ));
        } else {
            self.panes.unlocked.insert(article, self.panes.scroll);
            self.say(format!(
                "pane [{}] scrolls on its own; u binds it again",
                article + 1
            ));
        }
    }

    fn toggle_source(&mut self, source: usize) {
        self.panes.toggle(source);
        let fitting = self.layout().fitting;
        self.panes.shift(0, fitting);
        self.keep_focus_drawn();
    }

    /// Opens the selected story: its comparisons in the list, its articles in the panes.
    fn open_story(&mut self) {
        let Some(index) = self.stories.selected_story() else {
            return;
        };
        let story = &self.report.stories[index];
        let articles: Vec<usize> = story
            .articles
            .iter()
            .filter_map(|&id| self.report.article_position(id))
            .collect();
        for (article, hidden) in self.panes.hidden.iter_mut().enumerate() {
            *hidden = !articles.contains(&article);
        }
        self.panes.first = 0;
        self.list.story = Some(story.id);
        self.stories.open = Some(index);
        self.stories.showing = false;
        self.list.selected = 0;
        self.list.offset = 0;
        self.refilter();
    }

    fn move_selection(&mut self, delta: isize) {
        if self.stories.showing {
            self.stories.move_by(delta);
            self.stories
                .keep_in_view(self.layout().main.height.saturating_sub(2).into());
            return;
        }
        let previous = self.list.selected_comparison();
        self.list.move_by(delta);
        self.after_list_change(previous);
    }

    fn refilter(&mut self) {
        let previous = self.list.selected_comparison();
        self.list.refilter(&self.report, &self.lookup.search_texts);
        self.after_list_change(previous);
    }

    /// Scrolls `pane`'s text: an unlocked pane on its own, else every bound pane together,
    /// within what any of them can show.
    fn scroll_panes(&mut self, pane: usize, delta: isize) {
        let layout = self.layout();
        let unlocked = self.panes.unlocked.contains_key(&pane);
        let (mut low, mut high) = (0, 0);
        for &(article, area) in &layout.panes {
            let moves_with_pane = if unlocked {
                article == pane
            } else {
                !self.panes.unlocked.contains_key(&article)
            };
            if !moves_with_pane {
                continue;
            }
            let inner = pane_inner(area);
            let text = pane_text(self, article, usize::from(inner.width));
            let (pane_low, pane_high) = text.scroll_range(text.body_rows(inner));
            low = low.min(pane_low);
            high = high.max(pane_high);
        }
        let scroll = self
            .panes
            .scroll_of(pane)
            .saturating_add(delta)
            .clamp(low, high);
        self.panes.set_scroll(pane, scroll);
    }

    /// Scrolls the detail view or the problems, within their lines.
    fn scroll_view(&mut self, delta: isize) {
        let inner = pane_inner(self.layout().main);
        let rows = usize::from(inner.height);
        let width = usize::from(inner.width);
        let (scroll, lines) = if self.problems_open {
            let lines = widgets::problems::lines(self, width).len();
            (&mut self.problems_scroll, lines)
        } else {
            let lines = widgets::detail::lines(self, width).len();
            (&mut self.detail_scroll, lines)
        };
        *scroll = scroll
            .saturating_add_signed(delta)
            .min(lines.saturating_sub(rows));
    }

    fn page(&self) -> isize {
        let rows = match self.focus {
            _ if self.detail || self.problems_open => {
                usize::from(self.layout().main.height.saturating_sub(2))
            }
            Focus::List => self.layout().list_rows(),
            Focus::Panes => usize::from(self.layout().main.height),
        };
        isize::try_from(rows.max(2) - 1).unwrap_or(1)
    }

    /// Scrolls the help, moves the list selection or scrolls the panes: what is in front.
    fn step(&mut self, delta: isize) {
        if self.help {
            let max = help_layout(self.area, help_entries().len()).max_scroll();
            self.help_scroll = self.help_scroll.saturating_add_signed(delta).min(max);
        } else if self.problems_open {
            self.scroll_view(delta);
        } else if self.focus == Focus::Panes && !self.detail && !self.stories.showing {
            self.scroll_panes(self.panes.focused, delta);
        } else {
            self.move_selection(delta);
        }
    }

    /// Asks the event loop to write the export; it answers with [`Action::Exported`].
    fn export(&mut self, path: PathBuf, overwrite: bool) -> Option<Effect> {
        let (markdown, comparisons) = self.export_markdown();
        self.prompt = None;
        Some(Effect::Export {
            path,
            markdown,
            comparisons,
            overwrite,
        })
    }

    fn exported(&mut self, outcome: ExportOutcome) {
        match outcome {
            ExportOutcome::Written { path, comparisons } => self.say(format!(
                "exported {comparisons} comparison{} to {}",
                plural(comparisons),
                path.display()
            )),
            ExportOutcome::Exists(path) => self.prompt = Some(Prompt::Overwrite(path)),
            ExportOutcome::Failed(message) => self.complain(message),
        }
    }

    /// The list, or the pane (by article) at a screen cell.
    fn hit(&self, column: u16, row: u16) -> Option<Hit> {
        let layout = self.layout();
        let at = Position::new(column, row);
        if layout.list.contains(at) {
            return Some(Hit::List);
        }
        layout
            .panes
            .iter()
            .find(|(_, area)| area.contains(at))
            .map(|&(article, _)| Hit::Pane(article))
    }
}

/// What a mouse event landed on.
enum Hit {
    List,
    Pane(usize),
}

/// The text area inside a pane's border.
pub fn pane_inner(area: Rect) -> Rect {
    ratatui::widgets::Block::bordered().inner(area)
}

/// Applies one action. Returns work that needs the terminal, for the event loop to do.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
    // A message lasts until the next thing the user does.
    if !matches!(action, Action::Resize { .. } | Action::Exported(_)) {
        state.status = None;
    }
    match action {
        Action::Quit => state.should_quit = true,
        Action::Resize { width, height } => {
            state.area = Rect::new(0, 0, width, height);
            let fitting = state.layout().fitting;
            state.panes.shift(0, fitting);
            state.after_list_change(state.list.selected_comparison());
        }
        Action::Back => {
            if state.help {
                state.help = false;
            } else if state.problems_open {
                state.problems_open = false;
            } else if state.detail {
                state.detail = false;
            } else if state.report.stories.len() > 1 {
                state.stories.showing = true;
            }
        }
        Action::OpenStory => state.open_story(),
        Action::Up => state.step(-1),
        Action::Down => state.step(1),
        Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
            let delta = match action {
                Action::PageUp => -state.page(),
                Action::PageDown => state.page(),
                Action::Top => isize::MIN / 2,
                _ => isize::MAX / 2,
            };
            // In the detail view j/k keep browsing comparisons; the page keys scroll it.
            if state.context() == Context::Detail {
                state.scroll_view(delta);
            } else {
                state.step(delta);
            }
        }
        Action::FocusNext => state.cycle_focus(true),
        Action::FocusPrevious => state.cycle_focus(false),
        Action::OpenDetail => {
            state.detail = state.selected().is_some();
            state.detail_scroll = 0;
        }
        Action::ToggleProblems => {
            state.problems_open = !state.problems_open;
            state.problems_scroll = 0;
        }
        Action::NextMention => state.jump_to_mention(true),
        Action::PreviousMention => state.jump_to_mention(false),
        Action::ToggleScrollSync => state.toggle_scroll_sync(),
        Action::StartSourceNumber => {
            state.status = None;
            state.prompt = Some(Prompt::SourceNumber(String::new()));
        }
        Action::ToggleHelp => {
            state.help = !state.help;
            state.help_scroll = 0;
        }
        Action::StartFilter => {
            state.status = None;
            state.prompt = Some(Prompt::Filter);
        }
        Action::ToggleConflictsOnly => {
            state.list.conflicts_only = !state.list.conflicts_only;
            state.refilter();
        }
        Action::CycleMetric => {
            state.list.cycle_metric();
            state.refilter();
        }
        Action::CycleSubject => {
            state.list.cycle_subject();
            state.refilter();
        }
        Action::ToggleSource(source) => state.toggle_source(source),
        Action::PanesLeft | Action::PanesRight => {
            let delta = if action == Action::PanesLeft { -1 } else { 1 };
            state.panes.shift(delta, state.layout().fitting);
            state.keep_focus_drawn();
        }
        Action::ToggleMark => state.list.toggle_mark(),
        Action::StartExport => {
            if state.list.export_selection().is_empty() {
                state.complain("nothing to export");
            } else {
                state.status = None;
                state.prompt = Some(Prompt::ExportName(DEFAULT_EXPORT_NAME.to_owned()));
            }
        }
        Action::CopyToClipboard => {
            let (markdown, count) = state.export_markdown();
            if count == 0 {
                state.complain("nothing to copy");
                return None;
            }
            // OSC 52 asks the terminal to set the clipboard; nothing says whether it did.
            state.say(format!(
                "sent {count} comparison{} to the terminal's clipboard (OSC 52); tmux passes it on with `set -g set-clipboard on`",
                plural(count)
            ));
            return Some(Effect::CopyToClipboard(markdown));
        }
        Action::Type(c) => match &mut state.prompt {
            Some(Prompt::Filter) if state.stories.showing => {
                state.stories.query.push(c);
                state.stories.refilter();
            }
            Some(Prompt::Filter) => {
                state.list.query.push(c);
                state.refilter();
            }
            Some(Prompt::ExportName(name)) => name.push(c),
            Some(Prompt::SourceNumber(number)) if c.is_ascii_digit() => number.push(c),
            _ => {}
        },
        Action::Erase => match &mut state.prompt {
            Some(Prompt::Filter) if state.stories.showing => {
                state.stories.query.pop();
                state.stories.refilter();
            }
            Some(Prompt::Filter) => {
                state.list.query.pop();
                state.refilter();
            }
            Some(Prompt::ExportName(name) | Prompt::SourceNumber(name)) => {
                name.pop();
            }
            _ => {}
        },
        Action::Submit => match state.prompt.take() {
            Some(Prompt::ExportName(name)) => {
                let path = state.export_dir.join(name.trim());
                return state.export(path, false);
            }
            Some(Prompt::SourceNumber(number)) => {
                let sources = state.report.articles.len();
                match number.parse::<usize>() {
                    Ok(n) if (1..=sources).contains(&n) => state.toggle_source(n - 1),
                    _ => state.complain(format!("no source {number}: they are 1–{sources}")),
                }
            }
            // Enter keeps the filter and hands the keys back to the list.
            Some(Prompt::Filter) | None => {}
            Some(question) => state.prompt = Some(question),
        },
        Action::Cancel => match state.prompt.take() {
            Some(Prompt::Filter) if state.stories.showing => {
                state.stories.query.clear();
                state.stories.refilter();
            }
            Some(Prompt::Filter) => {
                state.list.query.clear();
                state.refilter();
            }
            Some(Prompt::SourceNumber(_)) | None => {}
            Some(_) => state.say("export cancelled"),
        },
        Action::Yes => {
            if let Some(Prompt::Overwrite(path)) = state.prompt.take() {
                return state.export(path, true);
            }
        }
        Action::No => {
            if let Some(Prompt::Overwrite(path)) = state.prompt.take() {
                state.say(format!("kept {}; nothing exported", path.display()));
            }
        }
        Action::Exported(outcome) => state.exported(outcome),
        Action::Scroll { column, row, down } => {
            let delta = if down { WHEEL_STEP } else { -WHEEL_STEP };
            match state.context() {
                Context::Browse => match state.hit(column, row) {
                    Some(Hit::List) => state.move_selection(delta),
                    Some(Hit::Pane(article)) => state.scroll_panes(article, delta),
                    None => {}
                },
                // the detail view covers the list and panes
                Context::Detail => state.scroll_view(delta),
                _ => state.step(delta),
            }
        }
        Action::Click { .. } if state.context() != Context::Browse => {}
        Action::Click { column, row } => match state.hit(column, row) {
            Some(Hit::List) => {
                state.focus = Focus::List;
                let first_row = state.layout().list.y + 1;
                if let Some(clicked) = row.checked_sub(first_row) {
                    let previous = state.list.selected_comparison();
                    state
                        .list
                        .select_row(state.list.offset + usize::from(clicked));
                    state.after_list_change(previous);
                }
            }
            Some(Hit::Pane(article)) => {
                state.focus = Focus::Panes;
                state.panes.focused = article;
            }
            None => {}
        },
    }
    None
}
