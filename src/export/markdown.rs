//! Markdown for analysts: the comparisons (`compare`, `export`, the TUI's `e`) and a readable
//! overview of a run (`extract`).

use super::{
    Exporter, RowIndex, cited_path, claim_quote, mark_words, plural, readable_quote, row_ref,
};
use crate::compare::value_text;
// Every string from an article, a file name or metadata goes through `escaped` (or
// `code_span`/`code_cell` for paths and URLs) before it is written.
use crate::escape::{code_cell, code_span, markdown as escaped};
use crate::marks;
use crate::model::{
    Article, ArticleId, BlockKind, Claim, ClaimKind, Comparison, Consensus, Report,
};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write;
use std::io;

/// The markdown [`Exporter`]: [`comparisons`] and [`summary`].
pub struct Markdown;

impl Exporter for Markdown {
    fn report(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        out.write_all(summary(report).as_bytes())
    }

    fn comparisons(
        &self,
        report: &Report,
        selected: &[&Comparison],
        out: &mut dyn io::Write,
    ) -> io::Result<()> {
        out.write_all(comparisons(report, selected).as_bytes())
    }
}

/// Markdown for the given comparisons of a report: the sources they cite (each with its
/// reference, the article id), then per comparison a heading, a table of the sources' claims
/// (each row with its reference, `k1.2`), the consensus, the timeline and where each row's
/// quote is in its file.
pub fn comparisons(report: &Report, selected: &[&Comparison]) -> String {
    let mut out = format!(
        "# Claim comparison\n\n{} of {} comparisons across {} articles.\n",
        selected.len(),
        report.comparisons.len(),
        report.articles.len()
    );
    let names = SourceNames::of(report);
    let index = RowIndex::of(selected.iter().copied());
    write_sources(&mut out, report, selected);
    for comparison in selected {
        // One blank line between sections, whichever part ended the previous one.
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        write_comparison(&mut out, report, &names, &index, comparison);
    }
    out
}

/// The articles the selected comparisons cite (a claim, a timeline entry, a silent source), in
/// load order: reference, name, title, date, author, and the URL or else the file.
fn write_sources(out: &mut String, report: &Report, selected: &[&Comparison]) {
    let mut cited: HashSet<ArticleId> = HashSet::new();
    for comparison in selected {
        let claims = comparison.claims.iter().filter_map(|&id| report.claim(id));
        cited.extend(claims.map(|c| c.article));
        cited.extend(comparison.timeline.iter().map(|e| e.article));
        cited.extend(
            comparison
                .consensus
                .iter()
                .flat_map(|c| c.silent.iter().copied()),
        );
    }
    if cited.is_empty() {
        return;
    }
    out.push_str("\n## Sources\n\n");
    out.push_str("| ref | source | title | published | author | URL or file |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for article in report.articles.iter().filter(|a| cited.contains(&a.id)) {
        let location = match &article.url {
            Some(url) => code_cell(url),
            None => code_cell(&cited_path(&article.path)),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {location} |",
            article.id,
            escaped(&article.source_name()),
            escaped(article.title()),
            escaped(article.published.as_deref().unwrap_or("")),
            escaped(article.author.as_deref().unwrap_or("")),
        );
    }
}

fn write_comparison(
    out: &mut String,
    report: &Report,
    names: &SourceNames,
    index: &RowIndex,
    comparison: &Comparison,
) {
    let claims: Vec<&Claim> = comparison
        .claims
        .iter()
        .filter_map(|&id| report.claim(id))
        .collect();
    let _ = writeln!(
        out,
        "## {} · {} · {}\n",
        comparison.id,
        escaped(&comparison.label),
        comparison.status.as_str()
    );
    out.push_str("| ref | source | value | qualifier | attributed to | where | when | quote |\n");
    out.push_str("|---|---|---|---|---|---|---|---|\n");
    for (row, claim) in claims.iter().enumerate() {
        let mut value = escaped(&value_text(claim, report.article(claim.article))).into_owned();
        for mark in mark_words(Some(comparison), claim, index) {
            let _ = write!(value, " ({mark})");
        }
        let qualifier = claim
            .qualifier
            .map_or(String::new(), marks::qualifier_words);
        let attributed = marks::attributed(claim);
        let quote = claim_quote(report, claim);
        let _ = writeln!(
            out,
            "| {} | {} | {value} | {} | {} | {} | {} | {} |",
            row_ref(comparison.id, row),
            names.name(claim.article),
            escaped(&qualifier),
            escaped(attributed.unwrap_or("")),
            escaped(claim.place.as_deref().unwrap_or("")),
            escaped(claim.when.as_deref().unwrap_or("")),
            quote.map_or(String::new(), |q| format!("“{}”", escaped(&q))),
        );
    }
    out.push('\n');
    if comparison.kind == ClaimKind::PlacesAttacked {
        write_place_matrix(out, names, &claims);
    }
    if let Some(consensus) = &comparison.consensus {
        write_consensus(out, report, names, index, comparison, &claims, consensus);
    }
    write_timeline(out, report, names, index, comparison);
    write_provenance(out, report, comparison, &claims);
}

/// Which source names which place: one row per place (first spelling seen, in order of first
/// mention), a ✓ per source that names it. Places and sources are found by hash, so the work
/// is linear in the claims' places plus the table's cells.
fn write_place_matrix(out: &mut String, names: &SourceNames, claims: &[&Claim]) {
    let mut sources: Vec<(ArticleId, HashSet<String>)> = Vec::new();
    let mut source_index: HashMap<ArticleId, usize> = HashMap::new();
    let mut places: Vec<(String, String)> = Vec::new();
    let mut seen_places: HashSet<String> = HashSet::new();
    for claim in claims {
        let index = *source_index.entry(claim.article).or_insert_with(|| {
            sources.push((claim.article, HashSet::new()));
            sources.len() - 1
        });
        for place in claim.places() {
            let place = place.trim();
            let key = place.to_lowercase();
            if seen_places.insert(key.clone()) {
                places.push((place.to_owned(), key.clone()));
            }
            sources[index].1.insert(key);
        }
    }
    out.push_str("| place |");
    for (article, _) in &sources {
        let _ = write!(out, " {} |", names.name(*article));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(sources.len()));
    out.push('\n');
    for (place, key) in &places {
        let _ = write!(out, "| {} |", escaped(place));
        for (_, named) in &sources {
            let mark = if named.contains(key) { "✓" } else { "" };
            let _ = write!(out, " {mark} |");
        }
        out.push('\n');
    }
    out.push('\n');
}

fn write_consensus(
    out: &mut String,
    report: &Report,
    names: &SourceNames,
    index: &RowIndex,
    comparison: &Comparison,
    claims: &[&Claim],
    consensus: &Consensus,
) {
    let mut parts = marks::consensus_figures(consensus);
    let sources = claims
        .iter()
        .map(|c| c.article)
        .collect::<BTreeSet<_>>()
        .len();
    parts.push(format!(
        "{} independent origin{} behind {sources} source{}",
        consensus.origins,
        plural(consensus.origins),
        plural(sources)
    ));
    parts.push(silent_sources(names, &consensus.silent));
    let _ = writeln!(out, "**Consensus:** {}.\n", parts.join("; "));
    if !comparison.party_claims.is_empty() {
        let parties = comparison
            .party_claims
            .iter()
            .filter_map(|&id| report.claim(id))
            .map(|c| {
                let who = c.attributed_to().unwrap_or("a party");
                format!(
                    "{} {} by {} in {}",
                    index.cite(c.id),
                    escaped(&value_text(c, report.article(c.article))),
                    escaped(who),
                    names.name(c.article)
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(
            out,
            "**Party claims**, left out of the status and the conservative figure: {parties}.\n"
        );
    }
}

/// The figures in publication order, for counts whose dated values differ (a figure that
/// rose over the day, a revision); a list of equal values would only be noise.
fn write_timeline(
    out: &mut String,
    report: &Report,
    names: &SourceNames,
    index: &RowIndex,
    comparison: &Comparison,
) {
    if !marks::timeline_differs(comparison) {
        return;
    }
    out.push_str("**Timeline:**\n\n");
    for (i, entry) in comparison.timeline.iter().enumerate() {
        let when = escaped(entry.published.as_deref().unwrap_or("undated"));
        let _ = write!(
            out,
            "{}. {when} — {} {}: {}",
            i + 1,
            index.cite(entry.claim),
            names.name(entry.article),
            escaped(&entry.value)
        );
        if let Some(earlier) = entry.revises.and_then(|id| report.claim(id)) {
            let _ = write!(
                out,
                " (revises {}, {})",
                index.cite(earlier.id),
                escaped(&value_text(earlier, report.article(earlier.article)))
            );
        }
        out.push('\n');
    }
    out.push('\n');
}

/// Where each row's quotes are in their file, by row reference: `path:start-end` in bytes,
/// and the claim's id in the JSON.
fn write_provenance(out: &mut String, report: &Report, comparison: &Comparison, claims: &[&Claim]) {
    if claims.iter().all(|c| c.mentions.is_empty()) {
        return;
    }
    out.push_str("Quotes from:\n\n");
    for (row, claim) in claims.iter().enumerate() {
        if claim.mentions.is_empty() {
            continue;
        }
        let path = report
            .article(claim.article)
            .map_or_else(|| claim.article.to_string().into(), |a| cited_path(&a.path));
        let spans = claim
            .mentions
            .iter()
            .map(|m| code_span(&format!("{path}:{}-{}", m.start(), m.end())))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            out,
            "- {} (claim {}): {spans}",
            row_ref(comparison.id, row),
            claim.id
        );
    }
}

/// A readable overview of what was loaded and found (`extract` without `--json`).
pub fn summary(report: &Report) -> String {
    let mut out = format!(
        "# claimdiff: {} article{}, {} claim{}, {} comparison{}\n",
        report.articles.len(),
        plural(report.articles.len()),
        report.claims.len(),
        plural(report.claims.len()),
        report.comparisons.len(),
        plural(report.comparisons.len()),
    );
    let mut claims_of: HashMap<ArticleId, Vec<&Claim>> = HashMap::new();
    for claim in &report.claims {
        claims_of.entry(claim.article).or_default().push(claim);
    }
    for article in &report.articles {
        let claims = claims_of.remove(&article.id).unwrap_or_default();
        write_article_summary(&mut out, article, claims);
    }
    if !report.comparisons.is_empty() {
        out.push_str("\n## Comparisons\n\n");
        for comparison in &report.comparisons {
            let _ = writeln!(
                out,
                "- {} {} — {} ({} claim{})",
                comparison.id,
                escaped(&comparison.label),
                comparison.status.as_str(),
                comparison.claims.len(),
                plural(comparison.claims.len())
            );
        }
    }
    out
}

fn write_article_summary(out: &mut String, article: &Article, claims: Vec<&Claim>) {
    let _ = writeln!(
        out,
        "\n## {} {}: {}\n",
        article.id,
        escaped(&article.source_name()),
        escaped(article.title())
    );
    let mut facts = vec![format!("file {}", escaped(&cited_path(&article.path)))];
    facts.extend(
        article
            .published
            .as_ref()
            .map(|p| format!("published {}", escaped(p))),
    );
    facts.extend(
        article
            .author
            .as_ref()
            .map(|a| format!("by {}", escaped(a))),
    );
    facts.push(block_counts(article));
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if claims.is_empty() {
        out.push_str("No claims found.\n");
    }
    for claim in claims {
        let _ = writeln!(out, "- {}", claim_line(article, claim));
    }
}

/// "12 blocks: 1 headline, 9 body, 2 boilerplate".
fn block_counts(article: &Article) -> String {
    let mut counts: Vec<(BlockKind, usize)> = Vec::new();
    for block in &article.blocks {
        match counts.iter_mut().find(|(kind, _)| *kind == block.kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((block.kind, 1)),
        }
    }
    let detail = counts
        .iter()
        .map(|(kind, n)| format!("{n} {}", kind.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let total = article.blocks.len();
    if detail.is_empty() {
        format!("{total} blocks")
    } else {
        format!("{total} block{}: {detail}", plural(total))
    }
}

/// One line per claim: `c3 ≥40 militants killed · a day earlier · per officials — “quote”`.
fn claim_line(article: &Article, claim: &Claim) -> String {
    let mut line = format!("{} ", claim.id);
    match claim.kind {
        ClaimKind::Count => {
            let _ = write!(line, "{}", escaped(&claim.display_value(Some(article))));
            if let Some(subject) = &claim.subject {
                let subject = claim.noun.as_ref().map_or_else(
                    || subject.to_string().replace('_', " "),
                    ToString::to_string,
                );
                let _ = write!(line, " {}", escaped(&subject));
            }
            if let Some(metric) = claim.metric {
                let _ = write!(line, " {}", metric.as_str());
            }
        }
        kind => {
            let _ = write!(
                line,
                "{}: {}",
                kind.as_str().replace('_', " "),
                escaped(&value_text(claim, Some(article)))
            );
        }
    }
    for detail in claim.place.iter().chain(&claim.when) {
        let _ = write!(line, " · {}", escaped(detail));
    }
    if let Some(actor) = claim.attributed_to() {
        let _ = write!(line, " · per {}", escaped(actor));
    }
    if claim.block == BlockKind::Caption {
        line.push_str(" · caption");
    }
    if let Some(mention) = claim.primary_mention() {
        let quote = readable_quote(Some(article), mention);
        let _ = write!(line, " — “{}”", escaped(&quote));
    }
    line
}

/// How many silent sources are named before the rest are only counted: with thousands of
/// articles, a list of every one that is silent would bury the line.
const MAX_SILENT_NAMED: usize = 10;

/// "no source silent", "silent: A, B", or "silent: A, …, J and 1990 more".
fn silent_sources(names: &SourceNames, silent: &[ArticleId]) -> String {
    if silent.is_empty() {
        return "no source silent".to_owned();
    }
    let named = silent
        .iter()
        .take(MAX_SILENT_NAMED)
        .map(|&id| names.name(id))
        .collect::<Vec<_>>()
        .join(", ");
    match silent.len().checked_sub(MAX_SILENT_NAMED) {
        Some(more) if more > 0 => format!("silent: {named} and {more} more"),
        _ => format!("silent: {named}"),
    }
}

/// Every article's source name, markdown-escaped, with its reference (the article id, as in
/// the sources section and the JSON): `The Indian Express (a2)`. Built once per export, so a
/// lookup per row stays constant-time over thousands of articles.
struct SourceNames {
    by_id: HashMap<ArticleId, String>,
}

impl SourceNames {
    fn of(report: &Report) -> Self {
        let by_id = report
            .articles
            .iter()
            .map(|article| {
                let name = format!("{} ({})", escaped(&article.source_name()), article.id);
                (article.id, name)
            })
            .collect();
        Self { by_id }
    }

    /// The name to show for an article id; an unknown id is shown as itself.
    fn name(&self, article: ArticleId) -> Cow<'_, str> {
        self.by_id
            .get(&article)
            .map_or_else(|| article.to_string().into(), |name| name.as_str().into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_of(outlets: &[Option<&str>]) -> Report {
        let articles = outlets
            .iter()
            .enumerate()
            .map(|(i, outlet)| {
                let mut article =
                    Article::new(ArticleId::from_index(i), format!("dir/{:03}.txt", i + 1));
                article.outlet = outlet.map(str::to_owned);
                article
            })
            .collect();
        Report {
            articles,
            ..Report::default()
        }
    }

    fn id(text: &str) -> ArticleId {
        text.parse().unwrap()
    }

    #[test]
    fn source_names_carry_their_reference() {
        let report = report_of(&[Some("Wire"), Some("Wire"), Some("*Herald*"), None]);
        let names = SourceNames::of(&report);
        assert_eq!(names.name(id("a1")), "Wire (a1)");
        assert_eq!(names.name(id("a2")), "Wire (a2)");
        assert_eq!(names.name(id("a3")), "\\*Herald\\* (a3)");
        assert_eq!(names.name(id("a4")), "004 (a4)");
        assert_eq!(names.name(id("a9")), "a9");
    }

    #[test]
    fn long_silent_lists_name_the_first_sources_and_count_the_rest() {
        let report = report_of(&[None; 13]);
        let names = SourceNames::of(&report);
        let ids = |n: usize| (0..n).map(ArticleId::from_index).collect::<Vec<_>>();
        assert_eq!(silent_sources(&names, &[]), "no source silent");
        assert_eq!(
            silent_sources(&names, &ids(2)),
            "silent: 001 (a1), 002 (a2)"
        );
        let ten = "silent: 001 (a1), 002 (a2), 003 (a3), 004 (a4), 005 (a5), 006 (a6), \
            007 (a7), 008 (a8), 009 (a9), 010 (a10)";
        assert_eq!(silent_sources(&names, &ids(MAX_SILENT_NAMED)), ten);
        assert_eq!(
            silent_sources(&names, &ids(13)),
            format!("{ten} and 3 more")
        );
    }
}
