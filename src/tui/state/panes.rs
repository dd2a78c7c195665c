//! The source panes: which sources show, how far they are scrolled sideways, how far the user
//! scrolled the text away from the selected comparison's mentions (all panes together, or one
//! unlocked pane on its own), which pane has the focus and which mention `n`/`N` reached.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct SourcePanes {
    /// One flag per article, in report order.
    pub hidden: Vec<bool>,
    /// The first shown source that gets a pane, when not all fit.
    pub first: usize,
    /// Lines scrolled away from where the selected comparison's mentions put the text, for
    /// every pane whose scroll is bound to the others.
    pub scroll: isize,
    /// Panes (by article) scrolled on their own, and how far.
    pub unlocked: BTreeMap<usize, isize>,
    /// The article whose pane has the focus when the panes do.
    pub focused: usize,
    /// Position among the selected comparison's mentions that `n`/`N` last moved to.
    pub mention: Option<usize>,
}

impl SourcePanes {
    pub fn new(sources: usize) -> Self {
        Self {
            hidden: vec![false; sources],
            ..Self::default()
        }
    }

    /// Articles (by index) whose panes are switched on.
    pub fn shown(&self) -> Vec<usize> {
        (0..self.hidden.len())
            .filter(|&i| !self.hidden[i])
            .collect()
    }

    pub fn toggle(&mut self, source: usize) {
        if let Some(hidden) = self.hidden.get_mut(source) {
            *hidden = !*hidden;
        }
        self.first = self.first.min(self.shown().len().saturating_sub(1));
    }

    /// Scrolls sideways by `delta` panes when `fitting` panes fit on screen.
    pub fn shift(&mut self, delta: isize, fitting: usize) {
        let last_first = self.shown().len().saturating_sub(fitting.max(1));
        self.first = self.first.saturating_add_signed(delta).min(last_first);
    }

    /// Scrolls sideways just enough that `article`'s pane is among the `fitting` drawn.
    pub fn bring_into_view(&mut self, article: usize, fitting: usize) {
        let Some(position) = self.shown().iter().position(|&a| a == article) else {
            return;
        };
        let fitting = fitting.max(1);
        if position < self.first {
            self.first = position;
        } else if position >= self.first + fitting {
            self.first = position + 1 - fitting;
        }
    }

    /// How far `article`'s pane is scrolled.
    pub fn scroll_of(&self, article: usize) -> isize {
        self.unlocked.get(&article).copied().unwrap_or(self.scroll)
    }

    /// Scrolls `article`'s pane to `scroll`: on its own when unlocked, else with the others.
    pub fn set_scroll(&mut self, article: usize, scroll: isize) {
        match self.unlocked.get_mut(&article) {
            Some(own) => *own = scroll,
            None => self.scroll = scroll,
        }
    }

    /// A new selection: every pane back to its mentions, no mention reached yet.
    pub fn reanchor(&mut self) {
        self.scroll = 0;
        self.unlocked.values_mut().for_each(|own| *own = 0);
        self.mention = None;
    }
}
