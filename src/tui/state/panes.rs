//! The source panes: which sources show, how far they are scrolled sideways, and how far the
//! user scrolled the text away from the selected comparison's mentions.

#[derive(Debug, Default)]
pub struct SourcePanes {
    /// One flag per article, in report order.
    pub hidden: Vec<bool>,
    /// The first shown source that gets a pane, when not all fit.
    pub first: usize,
    /// Lines scrolled away from where the selected comparison's mentions put the text.
    pub scroll: isize,
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
}
