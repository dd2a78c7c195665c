//! Dates: finding them in datelines and metadata values, and normalising them to ISO 8601.

use super::furniture::Furniture;
use crate::extract::lexicon::month_number;
use crate::text::NAME_CHARS;
use regex::Regex;
use serde::Deserialize;

/// The words inside the loader's patterns (`[furniture.patterns]` of the lexicon file), as
/// written; each is described there.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternWords {
    counter_joiners: Vec<String>,
    credit_openers: Vec<String>,
    bio_prepositions: Vec<String>,
    bio_articles: Vec<String>,
    ordinal_suffixes: Vec<String>,
    day_of_month: Vec<String>,
    time_openers: Vec<String>,
    before_noon: Vec<String>,
    after_noon: Vec<String>,
    relative_units: Vec<String>,
    relative_after: Vec<String>,
}

/// The loader's patterns, built from [`PatternWords`] and the lexicon's month names.
#[derive(Debug)]
pub(super) struct Patterns {
    /// Dates as datelines and metadata write them.
    pub date: Regex,
    /// Whether the date pattern names none of the marks [`ascii_marks`] writes as ASCII.
    date_without_marks: bool,
    /// A clock time right after a date: "07:57 PM IST", "at 7.57 p.m.", ", 19:57 GMT".
    time: Regex,
    /// The afternoon's marks, lower-cased ("pm").
    after_noon: Vec<String>,
    /// "Updated 6 sec ago", "5 hours ago": a relative time, which is a divider, not a date.
    relative: Regex,
    /// A gallery counter: "3 / 12".
    pub counter: Regex,
    /// A photo credit closing a caption: "... 2026. (AP)", "... city. (Photo: Jane Doe/Agency)".
    pub trailing_credit: Regex,
    /// "<someone> at|of|for <Outlet Name>" in a bio.
    pub bio_outlet: Regex,
}

/// The words as one alternation, longest first, escaped; `capital` makes each word's first
/// letter a capital and the rest of any case ("Photo", "PHOTO"), otherwise they match as
/// written.
fn alternation(words: &[String], capital: bool) -> String {
    let mut words: Vec<String> = words
        .iter()
        .map(|w| w.to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.dedup();
    let alternatives: Vec<String> = words
        .iter()
        .map(|word| {
            if !capital {
                return regex::escape(word);
            }
            let mut chars = word.chars();
            let first: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .collect();
            format!(
                "{}(?i:{})",
                regex::escape(&first),
                regex::escape(chars.as_str())
            )
        })
        .collect();
    // (an empty list matches nothing)
    if alternatives.is_empty() {
        r"[^\s\S]".to_owned()
    } else {
        alternatives.join("|")
    }
}

impl Patterns {
    /// The patterns for these words and (lower-case) month names: a month name's first letter
    /// must be a capital (so a glued "readJan 31" still matches but "amar 5" inside a word does
    /// not), and longer names come first, so "Sept." is read whole rather than as "Sep".
    pub(super) fn new(words: &PatternWords, months: &[String]) -> Result<Self, regex::Error> {
        // every word is escaped, so a pattern fails only by size
        let compile = |pattern: String| Regex::new(&pattern);
        let month = alternation(months, true);
        let ordinal = alternation(&words.ordinal_suffixes, false);
        let day_of = alternation(&words.day_of_month, false);
        let iso = r"\b(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})(?:[T ](?P<ih>[0-9]{2}):(?P<imin>[0-9]{2})(?::(?P<is>[0-9]{2}))?(?:\.[0-9]+)?(?P<iz>Z|[+-][0-9]{2}:?[0-9]{2})?)?";
        let month_first = format!(
            r"(?P<month>{month})\.?\s+(?P<md>[0-9]{{1,2}})(?:{ordinal})?,?\s+(?P<my>[0-9]{{4}})\b"
        );
        let day_first = format!(
            r"\b(?P<dd>[0-9]{{1,2}})(?:{ordinal})?\s+(?:(?:{day_of})\s+)?(?P<dmonth>{month})\.?,?\s+(?P<dy>[0-9]{{4}})\b"
        );
        let halves: Vec<String> = words
            .before_noon
            .iter()
            .chain(&words.after_noon)
            .cloned()
            .collect();
        let time = format!(
            r"^\s*(?:,|\b(?:{})\b|-|–|\|)?\s*(?P<h>[0-9]{{1,2}})[:.](?P<m>[0-9]{{2}})(?::(?P<s>[0-9]{{2}}))?(?:\s*(?P<ampm>(?i:{})))?(?:\s*\(?(?P<zone>[A-Z]{{1,5}})\)?\b|\s*(?P<offset>[+-][0-9]{{2}}:?[0-9]{{2}}))?",
            alternation(&words.time_openers, false),
            alternation(&halves, false),
        );
        let relative = format!(
            r"^(?i:(?:[a-z ]{{0,20}}\s)?[0-9]+\s*(?:{})\s+(?:{}))[^{NAME_CHARS}]*$",
            alternation(&words.relative_units, false),
            alternation(&words.relative_after, false),
        );
        let counter = format!(
            r"^[0-9]{{1,3}}\s*(?:/|{})\s*[0-9]{{1,3}}$",
            alternation(&words.counter_joiners, false)
        );
        // after a sentence's end any run of capitalised names is a credit; after a caption
        // that is no sentence ("Firefighters at the scene (Jane Doe/Agency)"), or alone, only
        // a photographer and an agency joined by a slash are
        let opener = format!(
            "(?:(?:{}):?\\s*)?",
            alternation(&words.credit_openers, true)
        );
        let name = format!("[A-Z][{NAME_CHARS}&.'’-]*");
        let trailing_credit = format!(
            r#"(?:[.!?"”]\s*\({opener}{name}(?:[ /]{name}){{0,4}}|(?:^|\s)\({opener}{name}(?: {name}){{0,3}}/{name}(?: {name}){{0,3}})\)$"#
        );
        let bio_outlet = format!(
            r"\b(?:{})\s+((?:(?:{})\s+)?{name}(?:\s+{name}){{0,4}})",
            alternation(&words.bio_prepositions, false),
            alternation(&words.bio_articles, true)
        );
        let date = format!("{iso}|{month_first}|{day_first}");
        Ok(Patterns {
            date_without_marks: !date.contains(MARKS) && !date.contains(MARK_STAND_IN),
            date: compile(date)?,
            time: compile(time)?,
            after_noon: words.after_noon.iter().map(|w| w.to_lowercase()).collect(),
            relative: compile(relative)?,
            counter: compile(counter)?,
            trailing_credit: compile(trailing_credit)?,
            bio_outlet: compile(bio_outlet)?,
        })
    }
}

/// A date found in some text, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub iso: String,
    pub has_time: bool,
    /// Byte range in the searched text, including any time that followed.
    pub start: usize,
    pub end: usize,
}

/// Every valid date in `text`, in order.
pub fn dates_in(text: &str, v: &Furniture) -> Vec<FoundDate> {
    // where the dates so far end: a time appended to a date can run into the next match
    // ("2024-03-27 | 13:1024-03-27"), and the spans must not overlap
    let mut covered = 0;
    let stand_ins = (v.patterns.date_without_marks && !text.is_ascii())
        .then(|| ascii_marks(text))
        .flatten();
    v.patterns
        .date
        .captures_iter(stand_ins.as_deref().unwrap_or(text))
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            if whole.start() < covered {
                return None;
            }
            let mut found = if caps.name("iy").is_some() {
                iso_date(&caps)?
            } else {
                let (month, day, year) = match caps.name("month") {
                    Some(month) => (month, &caps["md"], &caps["my"]),
                    None => (caps.name("dmonth")?, &caps["dd"], &caps["dy"]),
                };
                let month = month_number(&v.months, &month.as_str().to_lowercase())?;
                let date = ymd(year.parse().ok()?, month, day.parse().ok()?)?;
                FoundDate {
                    iso: date,
                    has_time: false,
                    start: 0,
                    end: 0,
                }
            };
            found.start = whole.start();
            found.end = whole.end();
            if !found.has_time {
                append_time(&mut found, &text[whole.end()..], v);
            }
            covered = found.end;
            Some(found)
        })
        .collect()
}

/// The typographic marks news text is full of: curly quotes, dashes, bullets, the ellipsis.
const MARKS: [char; 8] = ['‘', '’', '“', '”', '–', '—', '•', '…'];
/// What [`ascii_marks`] writes for each byte of a mark.
const MARK_STAND_IN: char = '\x01';

/// A text whose only characters beyond ASCII are [`MARKS`], with each mark's bytes written as
/// [`MARK_STAND_IN`]; `None` for other text. The date pattern's `\b` is Unicode's, so its fast
/// search (a lazy DFA) gives up at the first byte beyond ASCII and a slow one (a backtracker)
/// searches the whole line instead. The marks, like their stand-in, are no word, space or
/// digit characters, so when the pattern names neither it matches the same spans of this
/// text, with the same groups.
fn ascii_marks(text: &str) -> Option<String> {
    let mut ascii = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c as u8);
        } else if MARKS.contains(&c) {
            ascii.extend(std::iter::repeat_n(MARK_STAND_IN as u8, c.len_utf8()));
        } else {
            return None;
        }
    }
    String::from_utf8(ascii).ok()
}

/// The date a metadata value (front matter, a meta tag) stands for, normalised; the value as
/// written when it holds no recognisable date.
/// The host of a URL without its `www.`, lower-cased: `https://www.Example.com/a` names
/// `example.com`. `None` for text with no host (a relative path, a bare word).
pub fn url_domain(url: &str) -> Option<String> {
    let (_, rest) = url.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    // A port follows the last colon, unless the host is an IPv6 literal ("[::1]").
    let host = match host.rsplit_once(':') {
        Some((name, port)) if !name.ends_with(':') && port.bytes().all(|b| b.is_ascii_digit()) => {
            name
        }
        _ => host,
    }
    .trim_end_matches('.')
    .to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (host.contains('.') || host.starts_with('[')).then(|| host.to_owned())
}

pub fn normalise_date(value: &str, v: &Furniture) -> String {
    dates_in(value, v)
        .into_iter()
        .next()
        .map_or_else(|| value.trim().to_owned(), |found| found.iso)
}

/// Whether a line is nothing but a relative time ("Updated 6 sec ago").
pub fn is_relative_time(line: &str, v: &Furniture) -> bool {
    line.len() < v.windows.relative_time_chars
        && has_digit(line)
        && v.patterns.relative.is_match(line.trim())
}

/// Whether a text holds four ASCII digits in a row, as every date the patterns know has (its
/// year): a cheap test before running the date pattern. Bytes, with no decoding (no byte of a
/// multi-byte character is an ASCII digit); from digit to digit, the next found eight bytes at
/// a time (most short lines hold none).
fn has_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(digit) = crate::words::next_digit(bytes, from) {
        let run = bytes[digit..]
            .iter()
            .take(4)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if run == 4 {
            return true;
        }
        from = digit + run;
    }
    false
}

/// Whether a text holds an ASCII digit, as the patterns' `[0-9]` wants: a cheap test before
/// running a date or time pattern over it.
fn has_digit(text: &str) -> bool {
    crate::words::next_digit(text.as_bytes(), 0).is_some()
}

/// When a short line is a dateline (dates, times, and dateline words only), the date it gives:
/// the first one with a clock time, else the first.
pub fn dateline_date(line: &str, v: &Furniture) -> Option<String> {
    if line.len() > v.windows.dateline_chars || !has_year(line) {
        return None;
    }
    let dates = dates_in(line, v);
    if dates.is_empty() {
        return None;
    }
    let mut residue = String::with_capacity(line.len());
    let mut last = 0;
    for date in &dates {
        residue.push_str(&line[last..date.start]);
        residue.push(' ');
        last = date.end;
    }
    residue.push_str(&line[last..]);
    if !is_only_dateline_words(&residue, v) {
        return None;
    }
    dates
        .iter()
        .find(|d| d.has_time)
        .or(dates.first())
        .map(|d| d.iso.clone())
}

/// Whether what is left of a line once its dates are removed is only dateline vocabulary
/// ("Updated", "First published on:", "2 min read") and numbers.
fn is_only_dateline_words(residue: &str, v: &Furniture) -> bool {
    let mut rest = residue.to_lowercase();
    for word in &v.dateline_words {
        // (a line holds few of the words: replacing one it does not hold built a copy)
        if rest.contains(word.as_str()) {
            rest = rest.replace(word.as_str(), " ");
        }
    }
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .count()
        == 0
}

fn iso_date(caps: &regex::Captures<'_>) -> Option<FoundDate> {
    let date = ymd(
        caps["iy"].parse().ok()?,
        caps["im"].parse().ok()?,
        caps["id"].parse().ok()?,
    )?;
    let Some(hour) = caps.name("ih") else {
        return Some(FoundDate {
            iso: date,
            has_time: false,
            start: 0,
            end: 0,
        });
    };
    let second = caps
        .name("is")
        .map_or(Some(0), |s| s.as_str().parse().ok())?;
    let time = hms(
        hour.as_str().parse().ok()?,
        caps["imin"].parse().ok()?,
        second,
    )?;
    let zone = caps
        .name("iz")
        .map_or(Some(String::new()), |z| offset(z.as_str()))?;
    Some(FoundDate {
        iso: format!("{date}T{time}{zone}"),
        has_time: true,
        start: 0,
        end: 0,
    })
}

/// Extends a found date with a clock time written right after it, if there is one.
fn append_time(found: &mut FoundDate, after: &str, v: &Furniture) {
    let Some(caps) = v.patterns.time.captures(after) else {
        return;
    };
    let parse = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let (Some(mut hour), Some(minute)) = (parse("h"), parse("m")) else {
        return;
    };
    if let Some(ampm) = caps.name("ampm") {
        if !(1..=12).contains(&hour) {
            return;
        }
        let pm = v
            .patterns
            .after_noon
            .contains(&ampm.as_str().to_lowercase());
        hour = match (pm, hour) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    let Some(time) = hms(hour, minute, parse("s").unwrap_or(0)) else {
        return;
    };
    let mut end = caps.name("ampm").or(caps.name("m")).map_or(0, |m| m.end());
    let zone = if let Some(zone) = caps.name("zone") {
        match v.zones.get(zone.as_str()) {
            Some(offset) => {
                end = caps.get(0).map_or(end, |m| m.end());
                offset.clone()
            }
            None => String::new(),
        }
    } else if let Some(given) = caps.name("offset") {
        end = given.end();
        offset(given.as_str()).unwrap_or_default()
    } else {
        String::new()
    };
    found.iso = format!("{}T{time}{zone}", found.iso);
    found.has_time = true;
    found.end += end;
}

fn ymd(year: i32, month: u32, day: u32) -> Option<String> {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    ((1..=days_in_month).contains(&day) && (1000..=9999).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn hms(hour: u32, minute: u32, second: u32) -> Option<String> {
    (hour < 24 && minute < 60 && second < 61).then(|| format!("{hour:02}:{minute:02}:{second:02}"))
}

/// `Z`, `+0530` or `+05:30` as `+HH:MM`.
fn offset(zone: &str) -> Option<String> {
    if zone == "Z" {
        return Some("+00:00".to_owned());
    }
    let (sign, digits) = zone.split_at(1);
    let digits: String = digits.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let (h, m) = digits.split_at(2);
    let (hours, minutes): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (hours <= 14 && minutes < 60).then(|| format!("{sign}{h}:{m}"))
}

#[cfg(test)]
mod tests {
    use super::{Furniture, PatternWords, Patterns, url_domain};

    #[test]
    fn the_patterns_words_come_from_the_lexicon() {
        // the bundled `[furniture.patterns]`, with some lists replaced
        let words = |replaced: &str| -> PatternWords {
            let bundled: toml::Table = toml::from_str(crate::extract::lexicon::BUNDLED)
                .expect("the bundled lexicon is valid");
            let mut patterns: toml::Table = bundled["furniture"]["patterns"]
                .clone()
                .try_into()
                .expect("a table");
            patterns.extend(toml::from_str::<toml::Table>(replaced).expect("valid lists"));
            patterns.try_into().expect("pattern words")
        };
        let months = ["march".to_owned()];
        let bundled = Patterns::new(&words(""), &months).unwrap();
        assert!(bundled.relative.is_match("Updated 5 hours ago"));
        assert!(!bundled.relative.is_match("5 Stunden her"));
        assert!(
            bundled
                .trailing_credit
                .is_match("The scene. (Photo: Jane Doe/Agency)")
        );
        for caption in ["Rescuers at the scene (Jane Doe/Agency)", "(Jane Doe/AG)"] {
            assert!(bundled.trailing_credit.is_match(caption), "{caption}");
        }
        // without a slash, brackets after words that end no sentence are prose
        assert!(!bundled.trailing_credit.is_match("the Fire Brigade (LFB)"));
        assert!(
            !bundled
                .trailing_credit
                .is_match("The scene. (Foto: Jane Doe/Agency)")
        );
        assert!(bundled.date.is_match("3rd of March 2024"));
        let other = Patterns::new(
            &words(
                r#"relative_units = ["stunden"]
                relative_after = ["her"]
                credit_openers = ["foto"]
                ordinal_suffixes = []"#,
            ),
            &months,
        )
        .unwrap();
        assert!(other.relative.is_match("5 Stunden her"));
        assert!(
            other
                .trailing_credit
                .is_match("The scene. (Foto: Jane Doe/Agency)")
        );
        // an emptied list matches nothing rather than everything
        assert!(!other.date.is_match("3rd of March 2024"));
        assert!(other.date.is_match("3 March 2024"));
    }

    // The functions under test, with the bundled vocabulary.
    fn dates_in(text: &str) -> Vec<super::FoundDate> {
        super::dates_in(text, &Furniture::bundled())
    }
    fn dateline_date(line: &str) -> Option<String> {
        super::dateline_date(line, &Furniture::bundled())
    }
    fn is_relative_time(line: &str) -> bool {
        super::is_relative_time(line, &Furniture::bundled())
    }
    fn normalise_date(value: &str) -> String {
        super::normalise_date(value, &Furniture::bundled())
    }

    fn first(text: &str) -> Option<String> {
        dates_in(text).into_iter().next().map(|d| d.iso)
    }

    #[test]
    fn a_year_is_four_digits_in_a_row_wherever_they_stand() {
        let one_at_a_time = |text: &str| {
            let mut run = 0;
            text.chars().any(|c| {
                run = if c.is_ascii_digit() { run + 1 } else { 0 };
                run == 4
            })
        };
        let pieces = ["1", "12", "123", "2024", "x", " ", "12345", "1 2", "٣"];
        for first in pieces {
            for second in pieces {
                for pad in 0..10 {
                    let text = format!("{}{first}{}{second}", "a".repeat(pad), "b".repeat(pad % 3));
                    assert_eq!(super::has_year(&text), one_at_a_time(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn names_in_the_patterns_are_letters_of_any_script_and_dates_are_ascii_digits() {
        let v = Furniture::bundled();
        let credit = |caption: &str| v.patterns.trailing_credit.is_match(caption);
        assert!(credit(
            "Rescuers at the scene. (Photo: José Núñez/Agência Brasil)"
        ));
        assert!(credit("Rescuers at the scene (Ana Lőrincz/Reuters)"));
        // a dash or a closing quote ends a name: no run of names reaches the bracket
        assert!(!credit("Rescuers at the scene (Jane Doe — Agency)"));
        assert!(!credit("Rescuers at the scene (“Jane Doe/Agency”)"));
        let outlet = |bio: &str| v.patterns.bio_outlet.captures(bio).map(|c| c[1].to_owned());
        assert_eq!(
            outlet("She is a reporter at Gazeta Señor").as_deref(),
            Some("Gazeta Señor")
        );
        assert_eq!(
            first("On 2024-03-01, rains fell").as_deref(),
            Some("2024-03-01")
        );
        // digits of other scripts are no year the loader can read
        assert_eq!(first("On ٢٠٢٤-٠٣-٠١, rains fell"), None);
        assert!(!super::has_year("٢٠٢٤"));
    }

    #[test]
    fn a_url_names_its_host_without_www() {
        let domain = |url| url_domain(url);
        assert_eq!(
            domain("https://www.Example.com/a/b").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            domain("http://user@news.example.co.uk:8080?x").as_deref(),
            Some("news.example.co.uk")
        );
        assert_eq!(domain("https://[::1]:80/").as_deref(), Some("[::1]"));
        assert_eq!(domain("/news/flood.html"), None);
        assert_eq!(domain("https://localhost/"), None);
    }

    #[test]
    fn written_dates_normalise() {
        assert_eq!(first("March 3, 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(first("Sept. 9, 2023").as_deref(), Some("2023-09-09"));
        assert_eq!(first("9 September 2023").as_deref(), Some("2023-09-09"));
        assert_eq!(
            first("9th of September, 2023").as_deref(),
            Some("2023-09-09")
        );
        assert_eq!(first("Updated 12 June 2021").as_deref(), Some("2021-06-12"));
    }

    #[test]
    fn times_and_zones_normalise() {
        assert_eq!(
            first("Feb 2, 2022 11:05 PM IST").as_deref(),
            Some("2022-02-02T23:05:00+05:30")
        );
        assert_eq!(
            first("Feb 2, 2022 at 12:05 am").as_deref(),
            Some("2022-02-02T00:05:00")
        );
        assert_eq!(
            first("May 1, 2020, 14:30 EDT").as_deref(),
            Some("2020-05-01T14:30:00-04:00")
        );
        assert_eq!(
            first("2020-05-01T14:30:09.123Z").as_deref(),
            Some("2020-05-01T14:30:09+00:00")
        );
        assert_eq!(
            first("2020-05-01T14:30:09+0200").as_deref(),
            Some("2020-05-01T14:30:09+02:00")
        );
        // An unknown zone is left out rather than guessed.
        assert_eq!(
            first("May 1, 2020 14:30 XYZ").as_deref(),
            Some("2020-05-01T14:30:00")
        );
    }

    #[test]
    fn typographic_marks_around_dates_change_nothing_found() {
        let v = Furniture::bundled();
        let spans = |text: &str| -> Vec<_> {
            v.patterns
                .date
                .captures_iter(text)
                .map(|c| c.get(0).map(|m| m.range()))
                .collect()
        };
        for text in [
            "Updated — March 3, 2024 • 11:05 PM IST “live”",
            "‘Published’ 2024-03-03T10:00Z…2024-03-04 – 9 Sept. 2023",
            "Mar’3, 2024 —4 March 2024— naïve 5 May 2020",
        ] {
            if let Some(marked) = &super::ascii_marks(text) {
                assert_eq!(spans(marked), spans(text), "{text}");
            }
            assert!(!dates_in(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(first("February 30, 2023"), None);
        assert_eq!(first("2023-13-01"), None);
        assert_eq!(first("Feb 29, 2024").as_deref(), Some("2024-02-29"));
        assert_eq!(first("Feb 29, 2023"), None);
    }

    #[test]
    fn glued_month_still_found_but_not_inside_words() {
        assert_eq!(
            first("3 min readMar 4, 2022").as_deref(),
            Some("2022-03-04")
        );
        assert_eq!(first("the amar 4, 2022 thing"), None);
    }

    #[test]
    fn datelines_are_recognised_and_prose_is_not() {
        assert_eq!(
            dateline_date(
                "4 min readAug 8, 2019 06:10 AM EST First published on: Aug 8, 2019 at 06:10 AM EST"
            )
            .as_deref(),
            Some("2019-08-08T06:10:00-05:00")
        );
        assert_eq!(
            dateline_date("Updated 8 August 2019").as_deref(),
            Some("2019-08-08")
        );
        assert_eq!(
            dateline_date("August 8, 2019").as_deref(),
            Some("2019-08-08")
        );
        assert_eq!(
            dateline_date("Rescuers reached the valley on August 8, 2019."),
            None
        );
        // found by the fuzzer: a date's time ran into the next date, whose span overlapped
        assert_eq!(
            dateline_date("2024-03-27 | 13:1024-03-27 | 13:10").as_deref(),
            Some("2024-03-27T13:10:00")
        );
    }

    #[test]
    fn relative_times_are_dividers() {
        assert!(is_relative_time("Updated 6 sec ago"));
        assert!(is_relative_time("3 hours ago"));
        assert!(!is_relative_time(
            "The flood came 3 hours ago and more rain is due"
        ));
    }

    #[test]
    fn metadata_values_fall_back_to_the_text() {
        assert_eq!(normalise_date("2021-07-04T09:00:00"), "2021-07-04T09:00:00");
        assert_eq!(normalise_date(" sometime "), "sometime");
    }
}
