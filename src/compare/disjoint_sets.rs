//! Disjoint sets of items numbered `0..n` (union-find: path halving, union by size): the
//! stories' linked articles, the origins' copied articles and the fold's groups sharing a
//! figure. Callers only ask whether two items share a root, never which item it is.

pub(super) struct DisjointSets {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl DisjointSets {
    pub(super) fn new(len: usize) -> Self {
        Self {
            parent: (0..len).collect(),
            size: vec![1; len],
        }
    }

    /// The root of `x`'s set.
    pub(super) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    pub(super) fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_join_sets_transitively() {
        let mut sets = DisjointSets::new(6);
        sets.union(4, 2);
        sets.union(5, 4);
        sets.union(1, 3);
        let root: Vec<usize> = (0..6).map(|x| sets.find(x)).collect();
        assert_eq!((root[2], root[4]), (root[5], root[5]));
        assert_eq!(root[1], root[3]);
        assert_ne!(root[1], root[2]);
        assert!(root[0] != root[1] && root[0] != root[2]);
        sets.union(3, 5);
        assert!((1..6).all(|x| sets.find(x) == sets.find(1)));
        assert_ne!(sets.find(0), sets.find(1));
    }
}
