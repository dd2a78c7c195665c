//! Synthetic news articles for benchmarks and stress tests (a dev tool, outside the
//! load → extract → compare flow).
//!
//! Each article reports one invented event (earthquake, flood, bus crash, stampede, protest,
//! hostage-taking, bombing, wildfire) with counts written as digits or words, qualifiers,
//! attributions, captions, bylines and datelines, sometimes followed by an unrelated appended
//! story. Most are plain text; some are markdown with front matter, some HTML. Everything is
//! deterministic from the seed, and every article from its own index, so any slice of a corpus
//! can be regenerated on its own.
//!
//! A *multi-event* corpus ([`write_events`], [`event_article`]) is what an analyst's feed dump
//! looks like: each article reports one of `events` events, several outlets per event, each
//! event with its own invented place name, date, day and figures (outlets' figures differing a
//! little), interleaved in file order. [`event_of`] tells which event an article reports, to
//! score story clustering against.

use std::fs;
use std::io;
use std::path::Path;

/// One generated article: a file name (its extension gives the format) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedArticle {
    pub name: String,
    pub text: String,
}

/// Writes `articles` generated articles into `dir` (created if missing); returns the bytes
/// written.
pub fn write(dir: &Path, articles: usize, seed: u64) -> io::Result<u64> {
    fs::create_dir_all(dir)?;
    let mut bytes = 0;
    for index in 0..articles {
        let article = article(index, seed);
        fs::write(dir.join(&article.name), &article.text)?;
        bytes += article.text.len() as u64;
    }
    Ok(bytes)
}

/// The same articles as [`write`], in memory.
pub fn generate(articles: usize, seed: u64) -> Vec<GeneratedArticle> {
    (0..articles).map(|index| article(index, seed)).collect()
}

/// Article number `index` of the corpus for `seed`.
pub fn article(index: usize, seed: u64) -> GeneratedArticle {
    let mut rng = article_rng(index, seed);
    let story = Story::new(&mut rng);
    compose(index, &story, &mut rng)
}

/// Writes a corpus of `articles` articles reporting `events` events into `dir` (created if
/// missing); returns the bytes written.
pub fn write_events(dir: &Path, articles: usize, events: usize, seed: u64) -> io::Result<u64> {
    fs::create_dir_all(dir)?;
    let mut bytes = 0;
    for index in 0..articles {
        let article = event_article(index, events, seed);
        fs::write(dir.join(&article.name), &article.text)?;
        bytes += article.text.len() as u64;
    }
    Ok(bytes)
}

/// Which of the `events` events article `index` of a multi-event corpus reports.
pub fn event_of(index: usize, events: usize, seed: u64) -> usize {
    article_rng(index, seed).below(events.max(1))
}

/// Article number `index` of the multi-event corpus of `events` events for `seed`.
pub fn event_article(index: usize, events: usize, seed: u64) -> GeneratedArticle {
    let event = event_of(index, events, seed);
    let mut rng = article_rng(index, seed);
    rng.next(); // the draw that chose the event
    let story = Story::of_event(&mut event_rng(event, seed), &mut rng);
    compose(index, &story, &mut rng)
}

fn event_rng(event: usize, seed: u64) -> Rng {
    Rng::new(seed.rotate_left(17) ^ (event as u64).wrapping_mul(0x9FB2_1C65_1E98_DF25))
}

fn article_rng(index: usize, seed: u64) -> Rng {
    Rng::new(seed ^ (index as u64).wrapping_mul(0xA24B_AED4_963E_E407))
}

/// Article `index` reporting `story`, sometimes with an unrelated story appended, as text,
/// markdown or HTML.
fn compose(index: usize, story: &Story, rng: &mut Rng) -> GeneratedArticle {
    let appended = rng.chance(10).then(|| Story::new(rng));
    let (extension, text) = match rng.below(100) {
        0..70 => ("txt", plain(story, appended.as_ref(), rng)),
        70..85 => ("md", markdown(story, appended.as_ref(), rng)),
        _ => ("html", html(story, appended.as_ref(), rng)),
    };
    GeneratedArticle {
        name: format!("{index:06}.{extension}"),
        text,
    }
}

/// splitmix64: tiny and fast, plenty to vary templates.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn pick_string<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.below(items.len())]
    }
}

/// What kind of event a story reports, and the words that go with it.
struct EventType {
    /// Headline noun phrase: "Earthquake", "Bus crash".
    name: &'static str,
    /// Who the main count is of, and what happened to them.
    victims: &'static [&'static str],
    outcome: &'static [&'static str],
    /// A second count: (noun, what happened).
    secondary: &'static [(&'static str, &'static str)],
    /// Sentences about the event itself; `{place}` and `{day}` are filled in.
    scenes: &'static [&'static str],
    /// Whether a group may claim responsibility.
    claimed: bool,
}

const EVENTS: [EventType; 8] = [
    EventType {
        name: "Earthquake",
        victims: &["people", "residents", "villagers"],
        outcome: &["were killed", "died", "lost their lives"],
        secondary: &[
            ("people", "were injured"),
            ("buildings", "collapsed"),
            ("homes", "were destroyed"),
        ],
        scenes: &[
            "A magnitude {magnitude} earthquake struck near {place} early on {day}, shaking buildings across the region.",
            "Rescue teams used their bare hands to dig through the rubble of collapsed homes in {place}.",
            "Aftershocks rattled {place} through the night, sending frightened families into the streets.",
            "Roads into the hills around {place} were blocked by landslides, slowing the arrival of aid.",
        ],
        claimed: false,
    },
    EventType {
        name: "Flood",
        victims: &["people", "residents"],
        outcome: &["were killed", "drowned", "died"],
        secondary: &[
            ("people", "were displaced"),
            ("families", "were evacuated"),
            ("people", "are missing"),
        ],
        scenes: &[
            "Days of heavy rain sent the river over its banks in {place} on {day}.",
            "Boats ferried stranded families from rooftops as the water kept rising in {place}.",
            "Forecasters warned that more rain was expected over {place} in the coming days.",
            "Bridges were washed away and power was cut to large parts of {place}.",
        ],
        claimed: false,
    },
    EventType {
        name: "Bus crash",
        victims: &["passengers", "people"],
        outcome: &["were killed", "died"],
        secondary: &[("passengers", "were injured"), ("people", "were hurt")],
        scenes: &[
            "The bus veered off a mountain road near {place} and plunged into a ravine on {day}.",
            "Witnesses said the driver lost control on a sharp bend outside {place}.",
            "The vehicle was carrying pilgrims and seasonal workers from {place}.",
            "Rescuers cut through the wreckage to reach passengers trapped inside.",
        ],
        claimed: false,
    },
    EventType {
        name: "Stampede",
        victims: &["people", "worshippers", "fans"],
        outcome: &["were killed", "were crushed to death", "died"],
        secondary: &[("people", "were injured"), ("people", "were hospitalised")],
        scenes: &[
            "Crowds surged towards the gates of a stadium in {place} on {day}.",
            "Panic spread when rumours of a fire swept through the packed festival grounds in {place}.",
            "Organisers said far more people had arrived than the venue in {place} could hold.",
            "Shoes and bags lay scattered across the square after the crush.",
        ],
        claimed: false,
    },
    EventType {
        name: "Protest",
        victims: &["protesters", "people"],
        outcome: &["were arrested", "were detained"],
        secondary: &[
            ("police officers", "were injured"),
            ("protesters", "were injured"),
            ("people", "were killed"),
        ],
        scenes: &[
            "Thousands marched through the centre of {place} on {day} to demand the government's resignation.",
            "Police fired tear gas and water cannon to disperse crowds outside parliament in {place}.",
            "Demonstrators blocked the main highway into {place} with burning tyres.",
            "Shops in central {place} stayed shut as the protests entered a second week.",
        ],
        claimed: false,
    },
    EventType {
        name: "Hostage crisis",
        victims: &["hostages", "people"],
        outcome: &["were taken hostage", "were seized", "were freed"],
        secondary: &[
            ("hostages", "were released"),
            ("attackers", "were killed"),
            ("security officers", "were killed"),
        ],
        scenes: &[
            "Gunmen stormed a hotel in {place} on {day} and took guests captive.",
            "Special forces surrounded the building in {place} as negotiations dragged on.",
            "Relatives gathered behind police lines in {place}, waiting for news.",
            "The siege in {place} ended after a pre-dawn raid by commandos.",
        ],
        claimed: true,
    },
    EventType {
        name: "Bombing",
        victims: &["people", "civilians", "soldiers"],
        outcome: &["were killed", "died", "were wounded"],
        secondary: &[
            ("people", "were wounded"),
            ("militants", "were killed"),
            ("suspects", "were arrested"),
        ],
        scenes: &[
            "A car bomb exploded near a busy market in {place} on {day}.",
            "The blast in {place} shattered windows several streets away.",
            "Security forces sealed off the area around {place} and launched a search for the attackers.",
            "Coordinated assaults hit checkpoints in and around {place} shortly after dawn.",
        ],
        claimed: true,
    },
    EventType {
        name: "Wildfire",
        victims: &["people", "firefighters"],
        outcome: &["were killed", "died"],
        secondary: &[
            ("homes", "were destroyed"),
            ("people", "were evacuated"),
            ("hectares", "were burned"),
        ],
        scenes: &[
            "Strong winds drove the fire into the outskirts of {place} on {day}.",
            "Water-bombing aircraft battled the flames above {place} until nightfall.",
            "Smoke from the fire near {place} turned the sky orange for hundreds of kilometres.",
            "Residents of {place} fled with only what they could carry as the fire closed in.",
        ],
        claimed: false,
    },
];

const PLACES: &[&str] = &[
    "Velmora",
    "Port Addie",
    "Karsten Valley",
    "Lowmere",
    "Tessaly Ridge",
    "Brannock",
    "Oskel",
    "Dunmarrow",
    "Sefira",
    "Hallet Bay",
    "Maravel",
    "North Ondra",
    "Castelle",
    "Ibrenne",
    "Tullow Cross",
    "Rindmoor",
];

/// Names each event of a multi-event corpus has to itself: real events differ in many names
/// (streets, villages, officials), not in one place name.
const EVENT_NAMES: usize = 24;

/// Syllables of the invented place names of a multi-event corpus: three of them give 4,096
/// names, so hundreds of events rarely share one.
const SYLLABLES: &[&str] = &[
    "ka", "ren", "vol", "mi", "dor", "sa", "tul", "ve", "nor", "bri", "os", "lan", "mar", "ith",
    "quo", "zel",
];

const REGIONS: &[&str] = &[
    "the northern province",
    "the coastal district",
    "the eastern highlands",
    "the river delta",
    "the southern border region",
];

/// The days of the week, as articles name them.
pub const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const AGENCIES: &[&str] = &[
    "the interior ministry",
    "the regional health department",
    "the national disaster agency",
    "the fire service",
    "the army",
    "the civil defence agency",
    "hospital officials",
    "the provincial government",
];

const OUTLETS: &[&str] = &[
    "The Daily Ledger",
    "Harbor Wire",
    "Northline News",
    "Continental Press Agency",
    "The Evening Courier",
    "Meridian Radio",
];

const PEOPLE: &[&str] = &[
    "Mara Ellison",
    "Tomas Reyka",
    "Idris Kalland",
    "Priya Voss",
    "Jonah Petrakis",
    "Lena Okonkwo",
    "Sami Haddour",
    "Ines Carvalho",
];

const ROLES: &[&str] = &[
    "a spokesperson for",
    "a senior official at",
    "the head of",
    "a regional director at",
];

const GROUPS: &[(&str, &str)] = &[
    ("Crimson Valley Front", "CVF"),
    ("People's Shield Brigade", "PSB"),
    ("Eastern Dawn Movement", "EDM"),
    ("Free Highlands Army", "FHA"),
];

/// What officials and witnesses say, quoted.
const QUOTES: &[&str] = &[
    "We are sending every crew we have to reach the families still cut off,",
    "The priority now is to care for the injured and to support the families,",
    "It was over in a few seconds, and then everyone was screaming,",
    "We will find those responsible and bring them to justice,",
    "Our crews have kept digging since dusk without a single break,",
    "Nobody expected it to happen so fast,",
];

/// Background paragraphs any story may carry, to reach article length.
const BACKGROUND: &[&str] = &[
    "The region has seen repeated disasters in recent years, and aid groups have long warned that emergency services are stretched thin.",
    "Local leaders called for calm and urged residents to follow official guidance while the situation remained unclear.",
    "Opposition politicians criticised the government's response, saying warnings had been ignored for months.",
    "International organisations offered assistance, and neighbouring countries sent teams and supplies.",
    "Clinics in the area appealed for blood donors as their wards filled faster than staff could admit new patients.",
    "Television footage showed crowds gathering outside the main hospital as families searched for relatives.",
    "The cabinet announced three days of official grief and had flags lowered on every public building.",
    "Analysts said the events would put further pressure on a government already facing economic difficulties.",
    "Schools and offices were closed for the rest of the week, and public transport was suspended.",
    "Residents described scenes of chaos, with people running in every direction and sirens sounding for hours.",
];

const UNITS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// `n` in words, for 1..=99.
fn in_words(n: u64) -> String {
    match n {
        1..=19 => UNITS[n as usize - 1].to_owned(),
        20..=99 => {
            let tens = TENS[n as usize / 10 - 2];
            match n % 10 {
                0 => tens.to_owned(),
                unit => format!("{tens}-{}", UNITS[unit as usize - 1]),
            }
        }
        _ => n.to_string(),
    }
}

/// `n` in digits with thousands separators.
fn in_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A count phrase: "at least 42 people", "some twelve passengers", "dozens of residents".
fn count_phrase(rng: &mut Rng, value: u64, noun: &str) -> String {
    if rng.chance(8) {
        let vague = rng.pick(&["dozens of", "scores of", "hundreds of"]);
        return format!("{vague} {noun}");
    }
    let number = if value < 100 && rng.chance(30) {
        in_words(value)
    } else {
        in_digits(value)
    };
    let qualifier = rng.pick(&[
        "",
        "",
        "",
        "at least ",
        "at least ",
        "some ",
        "more than ",
        "up to ",
        "about ",
        "nearly ",
    ]);
    format!("{qualifier}{number} {noun}")
}

/// One event as reported by one outlet.
struct Story {
    event: &'static EventType,
    place: String,
    region: String,
    /// The scene sentences this report draws from (a multi-event corpus gives each event two
    /// of its type's four, as reports of two floods do not describe all the same scenes).
    scenes: &'static [&'static str],
    /// Names only this event's reports use (streets, villages, officials, a local group): a
    /// multi-event corpus gives each event its own; one-event corpora have none.
    names: Vec<String>,
    day: &'static str,
    date: (u64, &'static str, u64),
    outlet: &'static str,
    author: &'static str,
    main: u64,
    group: (&'static str, &'static str),
}

impl Story {
    fn new(rng: &mut Rng) -> Self {
        let event = &EVENTS[rng.below(EVENTS.len())];
        let main = match rng.below(10) {
            0..6 => rng.between(2, 60),
            6..9 => rng.between(60, 400),
            _ => rng.between(400, 5000),
        };
        Self {
            event,
            place: rng.pick(PLACES).to_owned(),
            region: rng.pick(REGIONS).to_owned(),
            scenes: event.scenes,
            names: Vec::new(),
            day: rng.pick(DAYS),
            date: (
                rng.between(1, 28),
                rng.pick(MONTHS),
                rng.between(2019, 2026),
            ),
            outlet: rng.pick(OUTLETS),
            author: rng.pick(PEOPLE),
            main,
            group: GROUPS[rng.below(GROUPS.len())],
        }
    }

    /// One event's report by one outlet: the event (type, place, date, figures) from
    /// `event`, the outlet, author and a figure that differs now and then from `article`.
    fn of_event(event: &mut Rng, article: &mut Rng) -> Self {
        let mut story = Self::new(event);
        let mut name = |syllables: usize| {
            capitalised(
                &(0..syllables)
                    .map(|_| event.pick(SYLLABLES))
                    .collect::<String>(),
            )
        };
        story.place = name(3);
        story.region = format!("the {} district", name(2));
        story.names = (0..EVENT_NAMES).map(|_| name(3)).collect();
        let first = event.below(story.scenes.len() - 1);
        story.scenes = &story.scenes[first..first + 2];
        story.outlet = article.pick(OUTLETS);
        story.author = article.pick(PEOPLE);
        if article.chance(30) {
            story.main += article.between(1, story.main / 5 + 1);
        }
        story
    }

    fn fill(&self, template: &str, rng: &mut Rng) -> String {
        template
            .replace("{place}", &self.place)
            .replace("{day}", self.day)
            .replace(
                "{magnitude}",
                &format!("{}.{}", rng.between(5, 7), rng.between(0, 9)),
            )
    }

    fn headline(&self, rng: &mut Rng) -> String {
        let count = in_digits(self.main);
        let victims = rng.pick(self.event.victims);
        let outcome = rng.pick(self.event.outcome);
        match rng.below(3) {
            0 => format!(
                "{} in {}: {count} {victims} {}",
                self.event.name,
                self.place,
                outcome.trim_start_matches("were ")
            ),
            1 => format!(
                "At least {count} {victims} {outcome} in {} {}",
                self.place,
                self.event.name.to_lowercase()
            ),
            _ => format!(
                "{} hits {}, {count} {victims} reported dead",
                self.event.name, self.place
            ),
        }
    }

    fn dateline(&self, rng: &mut Rng) -> String {
        let (day, month, year) = self.date;
        match rng.below(3) {
            0 => format!("Updated {day} {month} {year}"),
            1 => format!(
                "Published {month} {day}, {year} {:02}:{:02} GMT",
                rng.between(0, 23),
                rng.between(0, 59)
            ),
            _ => format!("{month} {day}, {year}"),
        }
    }

    fn caption(&self, rng: &mut Rng) -> String {
        let (day, month, year) = self.date;
        format!(
            "{} at the scene in {}, {} {day}, {year}. {}",
            rng.pick(&[
                "Rescue workers",
                "Residents",
                "Security personnel",
                "Volunteers"
            ]),
            self.place,
            month,
            rng.pick(&["(Photo: Staff Photographer/Wire)", "", "(Wire Photo)"])
        )
        .trim_end()
        .to_owned()
    }

    /// An attributed count sentence in one of several shapes.
    fn count_sentence(&self, rng: &mut Rng, value: u64, noun: &str, outcome: &str) -> String {
        let phrase = count_phrase(rng, value, noun);
        let agency = rng.pick(AGENCIES);
        let person = rng.pick(PEOPLE);
        let when = format!("on {}", self.day);
        match rng.below(6) {
            0 => format!("{} {outcome} {when}, {agency} said.", capitalised(&phrase)),
            1 => format!(
                "According to {agency}, {phrase} {outcome} in {}.",
                self.place
            ),
            2 => format!(
                "{}, citing {agency}, reported that {phrase} {outcome}.",
                rng.pick(OUTLETS)
            ),
            3 => format!("\"We know that {phrase} {outcome}, and the number may rise,\" he said."),
            4 => format!(
                "{person}, {} {agency}, said {phrase} {outcome} in {}.",
                rng.pick(ROLES),
                self.region
            ),
            _ => format!(
                "{} {outcome} in {} {when}.",
                capitalised(&phrase),
                self.place
            ),
        }
    }

    fn lead(&self, rng: &mut Rng) -> String {
        let victims = rng.pick(self.event.victims);
        let outcome = rng.pick(self.event.outcome);
        let scene = self.fill(rng.pick(self.scenes), rng);
        format!(
            "{} {scene}",
            self.count_sentence(rng, self.main, victims, outcome)
        )
    }

    /// A body paragraph: a count, a scene, a quote, a claim of responsibility, a revised toll
    /// or background.
    fn paragraph(&self, rng: &mut Rng) -> String {
        match rng.below(10) {
            0..3 => {
                let (noun, outcome) = self.event.secondary[rng.below(self.event.secondary.len())];
                let value = rng.between(3, self.main.max(4) * 3);
                format!(
                    "{} {}",
                    self.count_sentence(rng, value, noun, outcome),
                    self.fill(rng.pick(self.scenes), rng)
                )
            }
            3 if self.event.claimed => {
                let (name, acronym) = self.group;
                let defined = rng.pick(&["", "banned ", "outlawed "]);
                format!(
                    "The {defined}{name} ({acronym}) claimed responsibility for the assault in a message posted online. {} said the {acronym} had been behind earlier attacks in {}.",
                    capitalised(rng.pick(AGENCIES)),
                    self.region
                )
            }
            3 => {
                let revised = self.main + rng.between(1, 40);
                format!(
                    "The toll rose to {} by {} evening, up from an earlier figure of {}, {} said.",
                    in_digits(revised),
                    self.day,
                    in_digits(self.main),
                    rng.pick(AGENCIES)
                )
            }
            4 | 5 => {
                let (quote, person, role, agency) = (
                    rng.pick(QUOTES),
                    rng.pick(PEOPLE),
                    rng.pick(ROLES),
                    rng.pick(AGENCIES),
                );
                format!("\"{quote}\" said {person}, {role} {agency}.")
            }
            6 | 7 => self.fill(rng.pick(self.scenes), rng),
            _ => rng.pick(BACKGROUND).to_owned(),
        }
    }

    /// Paragraphs until roughly `target` bytes.
    fn body(&self, rng: &mut Rng, target: usize) -> Vec<String> {
        let mut paragraphs = vec![self.lead(rng)];
        let mut size = paragraphs[0].len();
        while size < target {
            let mut paragraph = self.paragraph(rng);
            if self.names.len() >= 3 {
                paragraph.push_str(&format!(
                    " In {} and {}, {} was among those helping.",
                    rng.pick_string(&self.names),
                    rng.pick_string(&self.names),
                    rng.pick_string(&self.names)
                ));
            }
            if rng.chance(40) {
                paragraph.push(' ');
                paragraph.push_str(rng.pick(BACKGROUND));
            }
            size += paragraph.len() + 2;
            paragraphs.push(paragraph);
        }
        paragraphs
    }
}

/// Article length in bytes: 2.5 to 7.5 KB, 5 KB on average.
fn body_target(rng: &mut Rng) -> usize {
    rng.between(2_500, 7_500) as usize
}

fn plain(story: &Story, appended: Option<&Story>, rng: &mut Rng) -> String {
    let mut blocks = vec![story.headline(rng)];
    if rng.chance(50) {
        blocks.push(format!("By {}\n{}", story.author, story.dateline(rng)));
    } else {
        blocks.push(story.dateline(rng));
    }
    if rng.chance(60) {
        blocks.push(story.caption(rng));
    }
    let target = body_target(rng);
    let body = story.body(rng, target);
    let split = body.len() / 2;
    blocks.extend(body[..split].iter().cloned());
    if rng.chance(30) {
        blocks.push("Advertisement".to_owned());
    }
    blocks.extend(body[split..].iter().cloned());
    blocks.push(
        rng.pick(&["Share", "Follow", "Read more", "Related stories"])
            .to_owned(),
    );
    if let Some(other) = appended {
        let headline = other.headline(rng);
        blocks.push(headline.clone());
        blocks.push(format!("Updated {} hours ago", rng.between(1, 9)));
        blocks.push(headline);
        blocks.extend(other.body(rng, 1_500));
    }
    let mut text = blocks.join("\n\n");
    text.push('\n');
    if rng.chance(10) {
        text = text.replace('\n', "\r\n");
    }
    text
}

fn markdown(story: &Story, appended: Option<&Story>, rng: &mut Rng) -> String {
    let headline = story.headline(rng);
    let (day, month, year) = story.date;
    let month_number = MONTHS.iter().position(|m| *m == month).unwrap_or(0) + 1;
    let mut text = format!(
        "---\ntitle: \"{}\"\nauthor: {}\ndate: {year}-{month_number:02}-{day:02}\nsource: {}\ntags: [news, {}]\n---\n\n# {headline}\n\n",
        headline.replace('"', "'"),
        story.author,
        story.outlet,
        story.event.name.to_lowercase()
    );
    if rng.chance(50) {
        text.push_str(&format!("*By {}*\n\n", story.author));
    }
    if rng.chance(50) {
        text.push_str(&format!(
            "![{}](https://example.org/images/{day}.jpg)\n\n",
            story.caption(rng)
        ));
    }
    let target = body_target(rng);
    for (i, paragraph) in story.body(rng, target).iter().enumerate() {
        if i > 0 && i.is_multiple_of(6) {
            let heading = rng.pick(&["What we know", "The response", "Background", "Reaction"]);
            text.push_str(&format!("## {heading}\n\n"));
        }
        if i == 1 && rng.chance(50) {
            text.push_str(&format!(
                "**{paragraph}** [Read the statement](https://example.org/statement)\n\n"
            ));
        } else {
            text.push_str(paragraph);
            text.push_str("\n\n");
        }
    }
    text.push_str("- [Related: earlier coverage](https://example.org/related)\n");
    if let Some(other) = appended {
        text.push_str(&format!("\n## {}\n\n", other.headline(rng)));
        for paragraph in other.body(rng, 1_000) {
            text.push_str(&paragraph);
            text.push_str("\n\n");
        }
    }
    text
}

/// Escapes text for HTML (apostrophes as numeric references, as many sites write them).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
}

fn html(story: &Story, appended: Option<&Story>, rng: &mut Rng) -> String {
    let headline = escaped(&story.headline(rng));
    let mut text = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{headline} | {outlet}</title>\n<meta property=\"og:site_name\" content=\"{outlet}\">\n<meta name=\"author\" content=\"{author}\">\n<style>body {{ font-family: serif; }}</style>\n<script>window.analytics = {{ page: \"article\" }};</script>\n</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\n<article>\n<h1>{headline}</h1>\n<p class=\"byline\">By {author}</p>\n<time>{dateline}</time>\n",
        outlet = escaped(story.outlet),
        author = story.author,
        dateline = story.dateline(rng),
    );
    if rng.chance(60) {
        text.push_str(&format!(
            "<figure><img src=\"/img/1.jpg\" alt=\"\"><figcaption>{}</figcaption></figure>\n",
            escaped(&story.caption(rng))
        ));
    }
    let target = body_target(rng);
    for (i, paragraph) in story.body(rng, target).iter().enumerate() {
        if i == 3 {
            text.push_str("<div class=\"ad\">Advertisement</div>\n");
        }
        let paragraph = escaped(paragraph);
        if i == 2 {
            // inline markup inside a sentence
            let cut = paragraph.find(' ').unwrap_or(0);
            text.push_str(&format!(
                "<p><em>{}</em>{}</p>\n",
                &paragraph[..cut],
                &paragraph[cut..]
            ));
        } else {
            text.push_str(&format!("<p>{paragraph}</p>\n"));
        }
    }
    text.push_str("</article>\n<aside><h2>Related</h2><ul><li><a href=\"/a\">Earlier coverage</a></li></ul></aside>\n");
    if let Some(other) = appended {
        text.push_str(&format!(
            "<section><h2>{}</h2>\n",
            escaped(&other.headline(rng))
        ));
        for paragraph in other.body(rng, 1_000) {
            text.push_str(&format!("<p>{}</p>\n", escaped(&paragraph)));
        }
        text.push_str("</section>\n");
    }
    text.push_str("<footer>&copy; 2026 All rights reserved</footer>\n</body>\n</html>\n");
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        assert_eq!(generate(30, 7), generate(30, 7));
    }

    #[test]
    fn another_seed_gives_another_corpus() {
        let a = generate(30, 7);
        let b = generate(30, 8);
        let same = a.iter().zip(&b).filter(|(x, y)| x.text == y.text).count();
        assert_eq!(same, 0);
    }

    #[test]
    fn every_format_and_event_type_appears() {
        let corpus = generate(300, 1);
        for extension in ["txt", "md", "html"] {
            assert!(
                corpus.iter().any(|a| a.name.ends_with(extension)),
                "no .{extension}"
            );
        }
        for event in &EVENTS {
            assert!(
                corpus.iter().any(|a| a.text.contains(event.name)),
                "no {}",
                event.name
            );
        }
        assert!(corpus.iter().any(|a| a.text.contains("\r\n")));
        assert!(
            corpus
                .iter()
                .any(|a| a.text.contains("claimed responsibility"))
        );
    }

    #[test]
    fn articles_average_about_five_kilobytes() {
        let corpus = generate(200, 3);
        let average = corpus.iter().map(|a| a.text.len()).sum::<usize>() / corpus.len();
        assert!((4_000..7_000).contains(&average), "average {average}");
    }

    #[test]
    fn written_files_match_the_generated_ones() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = write(dir.path(), 5, 11).unwrap();
        let generated = generate(5, 11);
        assert_eq!(
            bytes,
            generated.iter().map(|a| a.text.len() as u64).sum::<u64>()
        );
        for article in generated {
            assert_eq!(
                fs::read_to_string(dir.path().join(&article.name)).unwrap(),
                article.text
            );
        }
    }

    #[test]
    fn a_multi_event_corpus_repeats_each_event_in_several_outlets() {
        let (articles, events, seed) = (200, 8, 5);
        let place = |event| Story::of_event(&mut event_rng(event, seed), &mut Rng::new(0)).place;
        let places: std::collections::BTreeSet<String> = (0..events).map(place).collect();
        assert_eq!(places.len(), events, "each event its own place");
        let mut reports = vec![0; events];
        for index in 0..articles {
            let event = event_of(index, events, seed);
            let article = event_article(index, events, seed);
            assert_eq!(article, event_article(index, events, seed), "deterministic");
            assert!(article.text.contains(&place(event)), "{}", article.text);
            reports[event] += 1;
        }
        assert!(
            reports.iter().all(|&n| n > 10),
            "every event is reported often: {reports:?}"
        );
    }

    #[test]
    fn numbers_in_words_and_digits() {
        assert_eq!(in_words(7), "seven");
        assert_eq!(in_words(42), "forty-two");
        assert_eq!(in_words(90), "ninety");
        assert_eq!(in_digits(1234567), "1,234,567");
        assert_eq!(in_digits(999), "999");
    }
}
