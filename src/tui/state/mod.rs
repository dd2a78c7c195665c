//! The UI's state and the one function that changes it. Nothing here draws or touches the
//! terminal, so every behaviour can be tested by feeding actions.

mod list;
mod panes;
mod stories;

pub use list::ComparisonList;
pub use panes::SourcePanes;
pub use stories::{StoryList, StoryRow};

use super::action::{Action, Effect};
use super::keymap::{Context, help_entries};
use super::layout::{ScreenLayout, help_layout, screen_layout};
use super::theme::Theme;
use super::view::{PaneCache, pane_text};
use crate::export::file::{ExportError, write_new};
use crate::export::{markdown, plural};
use crate::model::{Comparison, Report};
use ratatui::layout::{Position, Rect};
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
                block: m.block,
                text_start: m.text_start,
                text_end: m.text_end,
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
    pub help: bool,
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
            help: false,
            help_scroll: 0,
            prompt: None,
            status: None,
            export_dir: PathBuf::new(),
            area: Rect::default(),
            should_quit: false,
            pane_cache: PaneCache::default(),
        }
    }

    /// Which bindings apply now.
    pub fn context(&self) -> Context {
        match (&self.prompt, self.help, self.detail) {
            (Some(Prompt::Overwrite(_)), _, _) => Context::Confirm,
            (Some(_), _, _) => Context::Input,
            (None, true, _) => Context::Help,
            (None, false, true) => Context::Detail,
            (None, false, false) if self.stories.showing => Context::Stories,
            (None, false, false) => Context::Browse,
        }
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
            self.panes.scroll = 0;
        }
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

    /// Scrolls every pane's text together, within what any of them can show.
    fn scroll_panes(&mut self, delta: isize) {
        let layout = self.layout();
        let (mut low, mut high) = (0, 0);
        for &(article, area) in &layout.panes {
            let inner = pane_inner(area);
            let text = pane_text(self, article, usize::from(inner.width));
            let (pane_low, pane_high) = text.scroll_range(text.body_rows(inner));
            low = low.min(pane_low);
            high = high.max(pane_high);
        }
        self.panes.scroll = self.panes.scroll.saturating_add(delta).clamp(low, high);
    }

    fn page(&self) -> isize {
        let rows = match self.focus {
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
        } else if self.focus == Focus::Panes && !self.detail && !self.stories.showing {
            self.scroll_panes(delta);
        } else {
            self.move_selection(delta);
        }
    }

    fn export(&mut self, path: PathBuf, overwrite: bool) {
        let (markdown, count) = self.export_markdown();
        self.prompt = None;
        match write_new(&path, &markdown, overwrite) {
            Ok(written) => self.say(format!(
                "exported {count} comparison{} to {}",
                plural(count),
                written.display()
            )),
            Err(ExportError::Exists { .. }) => self.prompt = Some(Prompt::Overwrite(path)),
            Err(error) => self.complain(error.to_string()),
        }
    }

    fn hit(&self, column: u16, row: u16) -> Option<Focus> {
        let layout = self.layout();
        let at = Position::new(column, row);
        if layout.list.contains(at) {
            Some(Focus::List)
        } else if layout.panes.iter().any(|(_, area)| area.contains(at)) {
            Some(Focus::Panes)
        } else {
            None
        }
    }
}

/// The text area inside a pane's border.
pub fn pane_inner(area: Rect) -> Rect {
    ratatui::widgets::Block::bordered().inner(area)
}

/// Applies one action. Returns work that needs the terminal, for the event loop to do.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
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
            } else if state.detail {
                state.detail = false;
            } else if state.report.stories.len() > 1 {
                state.stories.showing = true;
            }
        }
        Action::OpenStory => state.open_story(),
        Action::Up => state.step(-1),
        Action::Down => state.step(1),
        Action::PageUp => state.step(-state.page()),
        Action::PageDown => state.step(state.page()),
        Action::Top => state.step(isize::MIN / 2),
        Action::Bottom => state.step(isize::MAX / 2),
        Action::FocusNext | Action::FocusPrevious => {
            state.focus = match state.focus {
                Focus::List => Focus::Panes,
                Focus::Panes => Focus::List,
            }
        }
        Action::OpenDetail => state.detail = state.selected().is_some(),
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
        Action::ToggleSource(source) => {
            state.panes.toggle(source);
            let fitting = state.layout().fitting;
            state.panes.shift(0, fitting);
        }
        Action::PanesLeft => state.panes.shift(-1, state.layout().fitting),
        Action::PanesRight => state.panes.shift(1, state.layout().fitting),
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
            state.say(format!(
                "copied {count} comparison{} to the clipboard (OSC 52)",
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
            Some(Prompt::ExportName(name)) => {
                name.pop();
            }
            _ => {}
        },
        Action::Submit => match state.prompt.take() {
            Some(Prompt::ExportName(name)) => {
                let path = state.export_dir.join(name.trim());
                state.export(path, false);
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
            Some(_) => state.say("export cancelled"),
            None => {}
        },
        Action::Yes => {
            if let Some(Prompt::Overwrite(path)) = state.prompt.take() {
                state.export(path, true);
            }
        }
        Action::No => {
            if let Some(Prompt::Overwrite(path)) = state.prompt.take() {
                state.say(format!("kept {}; nothing exported", path.display()));
            }
        }
        Action::Scroll { column, row, down } => {
            let delta = if down { WHEEL_STEP } else { -WHEEL_STEP };
            if state.context() != Context::Browse {
                // the help or the detail view covers the list and panes
                state.step(delta);
                return None;
            }
            match state.hit(column, row) {
                Some(Focus::List) => state.move_selection(delta),
                Some(Focus::Panes) => state.scroll_panes(delta),
                None => {}
            }
        }
        Action::Click { .. } if state.context() != Context::Browse => {}
        Action::Click { column, row } => match state.hit(column, row) {
            Some(Focus::List) => {
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
            Some(Focus::Panes) => state.focus = Focus::Panes,
            None => {}
        },
    }
    None
}
