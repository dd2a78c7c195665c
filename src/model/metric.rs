//! What happened to what is counted: an open set of metric families defined in data.
//!
//! The lexicon's `[metrics.NAME]` tables name the families ("killed", "rescued", "on_board", …)
//! and a user's `--lexicon` file can add more without recompiling. A [`Metric`] is a small
//! handle to one interned name, so claims stay small and compare by a number. The one family
//! the code itself knows is [`Metric::OTHER`]: a count whose outcome no family names (the
//! claim then keeps the predicate's own word).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
use std::fmt;
use std::sync::{LazyLock, RwLock};

/// A metric family: a handle to an interned name. Ordered by first registration (the bundled
/// lexicon's order), so output is stable.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Metric(u16);

struct Registry {
    names: Vec<&'static str>,
    severity: Vec<u8>,
    /// The family a claim of this one is reported under (itself, or `other`).
    reported_as: Vec<Metric>,
    by_name: HashMap<&'static str, Metric>,
}

/// Names are few (a lexicon's families), so each is leaked once and lives for the process.
/// The bundled vocabulary's families are registered first, with their severities, so that
/// ranking never depends on whether a lexicon has been compiled yet in this process.
static REGISTRY: LazyLock<RwLock<Registry>> = LazyLock::new(|| {
    let mut registry = Registry {
        names: Vec::new(),
        severity: Vec::new(),
        reported_as: Vec::new(),
        by_name: HashMap::new(),
    };
    registry.intern(OTHER_NAME);
    for (name, family) in bundled_families() {
        registry.define(&name, family.severity, family.reported_as.as_deref());
    }
    RwLock::new(registry)
});

#[derive(Deserialize)]
struct Family {
    #[serde(default)]
    severity: u8,
    #[serde(default)]
    reported_as: Option<String>,
}

/// The `[metrics.NAME]` tables of the bundled lexicon, by name.
fn bundled_families() -> std::collections::BTreeMap<String, Family> {
    #[derive(Deserialize)]
    struct Families {
        metrics: std::collections::BTreeMap<String, Family>,
    }
    let families: Families = toml::from_str(include_str!("../../assets/lexicon.toml"))
        .expect("the bundled lexicon is valid");
    families.metrics
}

const OTHER_NAME: &str = "other";

impl Registry {
    fn intern(&mut self, name: &str) -> Metric {
        if let Some(&metric) = self.by_name.get(name) {
            return metric;
        }
        let index = u16::try_from(self.names.len()).expect("fewer than 65,536 metric families");
        let name: &'static str = Box::leak(name.to_owned().into_boxed_str());
        self.names.push(name);
        self.severity.push(0);
        let metric = Metric(index);
        self.reported_as.push(metric);
        self.by_name.insert(name, metric);
        metric
    }

    fn define(&mut self, name: &str, severity: u8, reported_as: Option<&str>) -> Metric {
        let metric = self.intern(name);
        let reported_as = reported_as.map_or(metric, |family| self.intern(family));
        self.severity[usize::from(metric.0)] = severity;
        self.reported_as[usize::from(metric.0)] = reported_as;
        metric
    }
}

impl Metric {
    /// A count whose outcome no family names.
    pub const OTHER: Metric = Metric(0);

    /// The family with this name, registered on first use (severity 0 until defined).
    pub fn named(name: &str) -> Metric {
        if let Some(&metric) = read().by_name.get(name) {
            return metric;
        }
        write().intern(name)
    }

    /// Registers a family with its severity and the family its claims are reported under
    /// (the lexicon does this for each `[metrics.NAME]`; `None` reports it as itself).
    pub fn define(name: &str, severity: u8, reported_as: Option<&str>) -> Metric {
        write().define(name, severity, reported_as)
    }

    /// The family a claim of this one is reported under: itself, or a broader one such as
    /// `other` (then the claim's `predicate` names this family).
    pub fn reported_as(self) -> Metric {
        read().reported_as[usize::from(self.0)]
    }

    /// The family with this name, if it is registered.
    pub fn lookup(name: &str) -> Option<Metric> {
        read().by_name.get(name).copied()
    }

    pub fn as_str(self) -> &'static str {
        read().names[usize::from(self.0)]
    }

    /// How grave the outcome is, for ranking comparisons (higher first): the lexicon's
    /// `severity`, 0 when it gives none.
    pub fn severity(self) -> u8 {
        read().severity[usize::from(self.0)]
    }

    /// The family's name for people: underscores as spaces ("on_board" → "on board").
    pub fn label(self) -> String {
        self.as_str().replace('_', " ")
    }
}

fn read() -> std::sync::RwLockReadGuard<'static, Registry> {
    REGISTRY
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn write() -> std::sync::RwLockWriteGuard<'static, Registry> {
    REGISTRY
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl fmt::Debug for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Metric {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Metric {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Ok(Metric::named(&name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_intern_to_one_handle_and_keep_their_severity() {
        let a = Metric::define("metric_test_flooded", 3, None);
        let b = Metric::define("metric_test_rescued", 0, Some("other"));
        assert_eq!(a.reported_as(), a);
        assert_eq!(b.reported_as(), Metric::OTHER);
        assert_eq!(Metric::named("metric_test_flooded"), a);
        assert_eq!(a.as_str(), "metric_test_flooded");
        assert_eq!(a.severity(), 3);
        assert_eq!(a.label(), "metric test flooded");
        assert_ne!(a, Metric::OTHER);
        assert_eq!(Metric::OTHER.as_str(), "other");
        assert_eq!(Metric::lookup("metric_test_never_named"), None);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, "\"metric_test_flooded\"");
        assert_eq!(serde_json::from_str::<Metric>(&json).unwrap(), a);
    }
}
