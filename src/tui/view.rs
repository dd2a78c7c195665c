//! What a source pane shows, worked out from the state: shared by drawing and by the scroll
//! limits in `update`, so both agree on where the text is.
//!
//! An article laid out for a pane width ([`PaneLayout`]: its lines as byte ranges of its blocks,
//! and where its mentions are) does not depend on the selection, so it is built once per
//! article and width and kept in the [`PaneCache`]; a frame then styles only the lines on
//! screen. A key press costs the visible cells and the selected comparison's mentions, not the
//! article's length or its number of claims.

use super::state::{MentionTarget, State};
use super::text::{self, Layer};
use crate::model::{Article, BlockKind};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::rc::Rc;

/// The headline takes at most this many lines at the top of a pane, under the date.
const HEADLINE_LINES: usize = 2;

/// One line of a pane's body.
#[derive(Debug)]
enum BodyLine {
    /// Between blocks.
    Blank,
    /// `[caption]`, `[boilerplate]`: the kind of a block that is not article text.
    Label(BlockKind),
    /// Bytes of a block's text.
    Text { block: usize, bytes: Range<usize> },
}

/// An article laid out for one pane width, whatever is selected.
#[derive(Debug)]
pub struct PaneLayout {
    headline: Vec<Line<'static>>,
    body: Vec<BodyLine>,
    /// Per block, the range of `body` its text lines take (empty when the block is not shown).
    block_lines: Vec<Range<usize>>,
    /// Per block, the bytes of every claim mention in it, merged.
    mentions: Vec<Vec<Range<usize>>>,
}

impl PaneLayout {
    fn new(state: &State, article: usize, columns: usize) -> Self {
        let Some(source) = state.report.articles.get(article) else {
            return Self {
                headline: Vec::new(),
                body: Vec::new(),
                block_lines: Vec::new(),
                mentions: Vec::new(),
            };
        };
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let mut headline: Vec<Line<'static>> = source
            .published
            .iter()
            .map(|date| Line::styled(text::sanitize(date).into_owned(), state.theme.furniture()))
            .collect();
        headline.extend(text::wrap(source.title(), columns, bold).take(HEADLINE_LINES));

        let mut mentions: Vec<Vec<Range<usize>>> = vec![Vec::new(); source.blocks.len()];
        for mention in state.lookup.mentions_in(article) {
            if let Some(ranges) = mentions.get_mut(mention.block) {
                ranges.push(mention.text_start..mention.text_end);
            }
        }
        let mentions: Vec<_> = mentions.into_iter().map(text::merged).collect();

        let mut body = Vec::new();
        let mut block_lines = Vec::with_capacity(source.blocks.len());
        for (index, block) in source.blocks.iter().enumerate() {
            let block_text = source.text(block);
            let repeats_title = block.kind == BlockKind::Headline
                && block_text.trim() == source.title().trim()
                && mentions[index].is_empty();
            if repeats_title || block_text.trim().is_empty() {
                block_lines.push(body.len()..body.len());
                continue;
            }
            if !body.is_empty() {
                body.push(BodyLine::Blank);
            }
            if !block.kind.is_article_text() {
                body.push(BodyLine::Label(block.kind));
            }
            let first = body.len();
            body.extend(
                text::wrap_ranges(block_text, columns)
                    .into_iter()
                    .map(|bytes| BodyLine::Text {
                        block: index,
                        bytes,
                    }),
            );
            block_lines.push(first..body.len());
        }
        Self {
            headline,
            body,
            block_lines,
            mentions,
        }
    }

    /// The body line showing byte `at` of block `block` (the nearest one where `at` falls
    /// between lines).
    fn line_of(&self, block: usize, at: usize) -> Option<usize> {
        let lines = self.block_lines.get(block)?;
        let within = self.body[lines.clone()].partition_point(
            |line| matches!(line, BodyLine::Text { bytes, .. } if bytes.end <= at),
        );
        (!lines.is_empty()).then(|| lines.start + within.min(lines.len() - 1))
    }
}

/// A comparison's mentions in each article: per article, per block, merged.
type Emphasis = HashMap<usize, BTreeMap<usize, Vec<Range<usize>>>>;

/// What the panes need between frames, filled while drawing (from `&State`, hence the cells):
/// per article, the width it was laid out for and its layout (a new width replaces it); per
/// comparison once selected, where its mentions are.
#[derive(Debug, Default)]
pub struct PaneCache {
    layouts: RefCell<HashMap<usize, (usize, Rc<PaneLayout>)>>,
    emphasis: RefCell<HashMap<usize, Rc<Emphasis>>>,
}

impl PaneCache {
    fn layout(&self, state: &State, article: usize, columns: usize) -> Rc<PaneLayout> {
        if let Some((width, layout)) = self.layouts.borrow().get(&article)
            && *width == columns
        {
            return Rc::clone(layout);
        }
        let layout = Rc::new(PaneLayout::new(state, article, columns));
        self.layouts
            .borrow_mut()
            .insert(article, (columns, Rc::clone(&layout)));
        layout
    }

    /// The selected comparison's mentions, gathered the first time it is selected.
    fn emphasis(&self, state: &State) -> Option<Rc<Emphasis>> {
        let comparison = state.list.selected_comparison()?;
        if let Some(emphasis) = self.emphasis.borrow().get(&comparison) {
            return Some(Rc::clone(emphasis));
        }
        let mut emphasis = Emphasis::new();
        for claim in state.selected_claims() {
            let Some(article) = state.source_of(claim) else {
                continue;
            };
            let blocks = emphasis.entry(article).or_default();
            for mention in &state.report.claims[claim].mentions {
                blocks
                    .entry(mention.block())
                    .or_default()
                    .push(mention.text_range());
            }
        }
        for blocks in emphasis.values_mut() {
            for ranges in blocks.values_mut() {
                *ranges = text::merged(std::mem::take(ranges));
            }
        }
        let emphasis = Rc::new(emphasis);
        self.emphasis
            .borrow_mut()
            .insert(comparison, Rc::clone(&emphasis));
        Some(emphasis)
    }
}

/// A pane's text as the current selection shows it.
pub struct PaneText<'s> {
    layout: Rc<PaneLayout>,
    source: Option<&'s Article>,
    article: usize,
    state: &'s State,
    /// The selected comparison's mentions, in every article.
    emphasis: Option<Rc<Emphasis>>,
    /// The first body line holding one of them.
    first_emphasised: Option<usize>,
    /// The mention `n`/`N` reached.
    current: Option<MentionTarget>,
}

impl PaneText<'_> {
    pub fn headline(&self) -> &[Line<'static>] {
        &self.layout.headline
    }

    pub fn body_len(&self) -> usize {
        self.layout.body.len()
    }

    /// Rows left for the body inside a pane's `inner` area (date, headline and a rule above it).
    pub fn body_rows(&self, inner: Rect) -> usize {
        usize::from(inner.height).saturating_sub(self.layout.headline.len() + 1)
    }

    /// The first body line shown: the selected comparison's first mention a third of the way
    /// down, moved by the user's scrolling, within the text.
    pub fn body_top(&self, rows: usize, scroll: isize) -> usize {
        let last_top = self.body_len().saturating_sub(rows);
        self.anchor(rows)
            .saturating_add_signed(scroll)
            .min(last_top)
    }

    fn anchor(&self, rows: usize) -> usize {
        self.first_emphasised
            .map_or(0, |line| line.saturating_sub(rows / 3))
    }

    /// The scroll offset that puts byte `at` of block `block` a third of the way down.
    pub fn scroll_to(&self, block: usize, at: usize, rows: usize) -> Option<isize> {
        let line = self.layout.line_of(block, at)?;
        let last_top = self.body_len().saturating_sub(rows);
        let top = line.saturating_sub(rows / 3).min(last_top);
        Some(to_isize(top) - to_isize(self.anchor(rows)))
    }

    /// The range of scroll offsets that still move this pane.
    pub fn scroll_range(&self, rows: usize) -> (isize, isize) {
        let anchor = to_isize(self.anchor(rows));
        let last_top = to_isize(self.body_len().saturating_sub(rows));
        (-anchor, last_top - anchor)
    }

    /// Body lines `top..top + rows`, styled: each mention in the source's colour, the selected
    /// comparison's emphasised, the one `n`/`N` reached most of all.
    pub fn body_lines(&self, top: usize, rows: usize) -> Vec<Line<'static>> {
        let Some(source) = self.source else {
            return Vec::new();
        };
        let theme = self.state.theme;
        let end = top.saturating_add(rows).min(self.body_len());
        let lines = self.layout.body.get(top..end).unwrap_or_default();
        lines
            .iter()
            .map(|line| match line {
                BodyLine::Blank => Line::default(),
                BodyLine::Label(kind) => Line::styled(
                    format!("[{}]", kind.as_str()),
                    theme.furniture().add_modifier(Modifier::ITALIC),
                ),
                BodyLine::Text { block, bytes } => {
                    let kind = source.blocks[*block].kind;
                    let base = match kind {
                        kind if !kind.is_article_text() => theme.furniture(),
                        BlockKind::Headline => Style::new().add_modifier(Modifier::BOLD),
                        _ => Style::new(),
                    };
                    let emphasised = self
                        .emphasis
                        .as_ref()
                        .and_then(|e| e.get(&self.article)?.get(block))
                        .map_or(&[][..], Vec::as_slice);
                    let current = self
                        .current
                        .as_ref()
                        .filter(|t| t.article == self.article && t.block == *block)
                        .map(|t| t.range.clone());
                    let layers = [
                        Layer {
                            ranges: &self.layout.mentions[*block],
                            style: theme.mention(self.article, false),
                        },
                        Layer {
                            ranges: emphasised,
                            style: theme.mention(self.article, true),
                        },
                        Layer {
                            ranges: current.as_slice(),
                            style: theme.current_mention(self.article),
                        },
                    ];
                    let block_text = source.text(&source.blocks[*block]);
                    text::styled_line(block_text, bytes.clone(), base, &layers)
                }
            })
            .collect()
    }
}

fn to_isize(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

/// The text of article `article` laid out for `columns`, with the selected comparison's
/// mentions located.
pub fn pane_text(state: &State, article: usize, columns: usize) -> PaneText<'_> {
    let layout = state.pane_cache.layout(state, article, columns);
    let emphasis = state.pane_cache.emphasis(state);
    // Lines follow block order, so the first block that is shown holds the first line.
    let first_emphasised = emphasis
        .as_ref()
        .and_then(|e| e.get(&article))
        .and_then(|blocks| {
            blocks
                .iter()
                .find_map(|(&block, ranges)| layout.line_of(block, ranges.first()?.start))
        });
    PaneText {
        layout,
        source: state.report.articles.get(article),
        article,
        state,
        emphasis,
        first_emphasised,
        current: state.current_mention(),
    }
}
