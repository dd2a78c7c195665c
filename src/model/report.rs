//! A run's whole result: the `extract --json` document, and the filter over it.

use super::{Article, ArticleId, Claim, ClaimId, Comparison, Id, Status, Story, StoryId};
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// Where the item with this id is. A run numbers its items in order, so the id's own position
/// is tried first (filtering looks ids up for every comparison; a scan made each keystroke
/// quadratic); a list numbered otherwise is scanned.
fn position_of<T, const PREFIX: char>(
    items: &[T],
    id: Id<PREFIX>,
    id_of: impl Fn(&T) -> Id<PREFIX>,
) -> Option<usize> {
    let numbered = items.get(id.index()).is_some_and(|item| id_of(item) == id);
    if numbered {
        return Some(id.index());
    }
    items.iter().position(|item| id_of(item) == id)
}

/// Everything one run produced: the `extract --json` document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub stories: Vec<Story>,
    pub comparisons: Vec<Comparison>,
}

/// The claims with their mentions quoted from their articles ([`Claim::quoted`]).
impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut report = serializer.serialize_struct("Report", 4)?;
        report.serialize_field("articles", &self.articles)?;
        report.serialize_field("claims", &QuotedClaims(self))?;
        report.serialize_field("stories", &self.stories)?;
        report.serialize_field("comparisons", &self.comparisons)?;
        report.end()
    }
}

struct QuotedClaims<'a>(&'a Report);

impl Serialize for QuotedClaims<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        serializer.collect_seq(
            (report.claims.iter()).map(|claim| claim.quoted(report.article(claim.article))),
        )
    }
}

impl Report {
    /// The article with this id.
    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.article_position(id).map(|i| &self.articles[i])
    }

    /// The claim with this id.
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.claim_position(id).map(|i| &self.claims[i])
    }

    /// The story with this id.
    pub fn story(&self, id: StoryId) -> Option<&Story> {
        position_of(&self.stories, id, |s| s.id).map(|i| &self.stories[i])
    }

    /// How many of a story's comparisons are conflicts.
    pub fn conflicts_in(&self, story: &Story) -> usize {
        story
            .comparisons
            .iter()
            .filter_map(|&id| position_of(&self.comparisons, id, |c| c.id))
            .filter(|&i| self.comparisons[i].status == Status::Conflict)
            .count()
    }

    /// Where in `articles` the article with this id is.
    pub fn article_position(&self, id: ArticleId) -> Option<usize> {
        position_of(&self.articles, id, |a| a.id)
    }

    /// Where in `claims` the claim with this id is.
    pub fn claim_position(&self, id: ClaimId) -> Option<usize> {
        position_of(&self.claims, id, |c| c.id)
    }

    /// Whether a comparison matches a free-text query: every word of the query must occur
    /// (case-insensitively) in its label or in one of its claims' quotes, attributions or
    /// outlets. The TUI's `/` filter and `export --filter` both use this.
    pub fn comparison_matches(&self, comparison: &Comparison, query: &str) -> bool {
        query.trim().is_empty() || query_matches(&self.search_text(comparison), query)
    }

    /// Whether a story matches a free-text query: every word of the query must occur
    /// (case-insensitively) in its id, its label or its articles' outlets. The TUI's story
    /// list filter and `--story TEXT` both use this.
    pub fn story_matches(&self, story: &Story, query: &str) -> bool {
        query.trim().is_empty() || query_matches(&self.story_search_text(story), query)
    }

    /// The lowercased text [`Report::story_matches`] looks for query words in.
    pub fn story_search_text(&self, story: &Story) -> String {
        let mut haystack = format!("{}\n{}", story.id, story.label.to_lowercase());
        for article in story.articles.iter().filter_map(|&id| self.article(id)) {
            haystack.push('\n');
            haystack.push_str(&article.source_name().to_lowercase());
        }
        haystack
    }

    /// The lowercased text [`Report::comparison_matches`] looks for query words in. Filtering
    /// many comparisons per keystroke (the TUI) keeps these and calls [`query_matches`].
    pub fn search_text(&self, comparison: &Comparison) -> String {
        let mut haystack = comparison.label.to_lowercase();
        for claim in comparison.claims.iter().filter_map(|&id| self.claim(id)) {
            let article = self.article(claim.article);
            let quotes = article
                .into_iter()
                .flat_map(|a| claim.mentions.iter().map(move |m| m.quote(a)));
            for quote in quotes {
                haystack.push('\n');
                haystack.push_str(&quote.to_lowercase());
            }
            if let Some(attribution) = &claim.attribution {
                haystack.push('\n');
                haystack.push_str(&attribution.phrase.to_lowercase());
            }
            if let Some(article) = article {
                haystack.push('\n');
                haystack.push_str(&article.source_name().to_lowercase());
            }
        }
        haystack
    }
}

/// Whether every word of `query` occurs, case-insensitively, in `search_text` (made by
/// [`Report::search_text`]).
pub fn query_matches(search_text: &str, query: &str) -> bool {
    query
        .split_whitespace()
        .all(|word| search_text.contains(word.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BlockKind, ClaimKind, Mention};

    #[test]
    fn mentions_are_written_with_their_quotes_read_from_the_articles_file() {
        let id = ArticleId::from_index(0);
        let mut article = Article::new(id, "x.txt");
        article.set_source(b"Fire: 12 hurt \xff".to_vec(), "Fire: 12 hurt ?".to_owned());
        let mention = |start, end| Mention::new(start, end, 0, start..end);
        let mut claim = Claim::new(
            ClaimId::from_index(0),
            id,
            ClaimKind::Count,
            BlockKind::Body,
        );
        claim.mentions = smallvec::smallvec![mention(6, 13), mention(6, 15)];
        let mut orphan = claim.clone();
        orphan.article = ArticleId::from_index(1);
        let report = Report {
            articles: vec![article],
            claims: vec![claim, orphan],
            ..Report::default()
        };
        let written = serde_json::to_value(&report).unwrap();
        let quotes = |claim: usize| -> Vec<String> {
            (written["claims"][claim]["mentions"].as_array().unwrap())
                .iter()
                .map(|m| m["quote"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(quotes(0), ["12 hurt", "12 hurt \u{fffd}"]);
        assert_eq!(written["claims"][0]["mentions"][0]["start"], 6);
        assert_eq!(quotes(1), ["", ""], "no article, nothing to quote");
    }

    #[test]
    fn ids_are_found_in_or_out_of_numbering_order() {
        let ids: Vec<ArticleId> = (0..4).map(ArticleId::from_index).collect();
        let report = Report {
            articles: vec![
                Article::new(ids[1], "second.txt"),
                Article::new(ids[0], "first.txt"),
                Article::new(ids[2], "third.txt"),
            ],
            ..Report::default()
        };
        let path = |id| report.article(id).map(|a| a.path.as_str());
        assert_eq!(path(ids[0]), Some("first.txt"));
        assert_eq!(path(ids[1]), Some("second.txt"));
        assert_eq!(path(ids[2]), Some("third.txt"));
        assert_eq!(path(ids[3]), None);
    }
}
