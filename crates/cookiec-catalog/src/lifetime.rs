//! Typed catalog lifetimes: the `.cookies` lifetime syntax a catalog entry
//! carries (`2 years`, `session`), and the normalisation of the free-text
//! retention periods other catalogs write ("1 Year", "End of session
//! (browser)", "30 mins").

use std::fmt;

use cookiec_schema::LifetimeWord;
/// The language's unit (one list of units, their seconds and words).
pub use cookiec_schema::TimeUnit as Unit;

/// A unit word as catalogs write it: the language's words in any case,
/// and the common abbreviations (`30 mins`, `90 sec`).
fn catalog_unit(word: &str) -> Option<Unit> {
    let w = word.to_ascii_lowercase();
    Unit::parse(&w).or(match w.as_str() {
        "s" | "sec" | "secs" => Some(Unit::Second),
        "min" | "mins" => Some(Unit::Minute),
        "h" | "hr" | "hrs" => Some(Unit::Hour),
        "d" => Some(Unit::Day),
        "w" => Some(Unit::Week),
        "y" => Some(Unit::Year),
        _ => None,
    })
}

/// A lifetime a catalog states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogLifetime {
    /// Until the browser session ends.
    Session,
    /// Web storage with no expiry (`until-cleared`).
    UntilCleared,
    /// A fixed length, never zero: the language has no zero lifetime, so
    /// "0 days" (a cookie deleted at once) does not parse.
    Fixed { amount: u64, unit: Unit },
}

impl CatalogLifetime {
    /// The `.cookies` syntax the built-in catalog writes: `session` or
    /// `<n> <unit>` (singular for 1).
    pub fn parse(s: &str) -> Option<CatalogLifetime> {
        let s = s.trim();
        if s == LifetimeWord::Session.as_str() {
            return Some(CatalogLifetime::Session);
        }
        if s == LifetimeWord::UntilCleared.as_str() {
            return Some(CatalogLifetime::UntilCleared);
        }
        let (n, unit) = s.split_once(' ')?;
        let amount: u64 = n.parse().ok()?;
        let unit = catalog_unit(unit)?;
        (amount > 0).then_some(CatalogLifetime::Fixed { amount, unit })
    }

    /// A free-text retention period as the Open Cookie Database writes it.
    /// Only unambiguous forms parse: "session" (and "End of session
    /// (browser)", "session cookie"), or one number and one unit. Ranges
    /// ("1 week to 1 year"), conditions ("14 days if ...") and words such
    /// as "Varies" or "forever" do not: the importer reports them.
    pub fn from_retention(s: &str) -> Option<CatalogLifetime> {
        let s = s.trim();
        let lower = s.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "session" | "sessions" | "session cookie" | "end of session (browser)"
        ) {
            return Some(CatalogLifetime::Session);
        }
        let mut words = s.split_whitespace();
        let (Some(n), Some(unit), None) = (words.next(), words.next(), words.next()) else {
            return None;
        };
        let amount: u64 = n.parse().ok()?;
        let unit = catalog_unit(unit)?;
        (amount > 0).then_some(CatalogLifetime::Fixed { amount, unit })
    }

    /// `None` for a session or until-cleared lifetime.
    pub fn seconds(self) -> Option<u64> {
        match self {
            CatalogLifetime::Session | CatalogLifetime::UntilCleared => None,
            CatalogLifetime::Fixed { amount, unit } => Some(amount.saturating_mul(unit.seconds())),
        }
    }
}

impl fmt::Display for CatalogLifetime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogLifetime::Session => f.write_str(LifetimeWord::Session.as_str()),
            CatalogLifetime::UntilCleared => f.write_str(LifetimeWord::UntilCleared.as_str()),
            CatalogLifetime::Fixed { amount: 1, unit } => write!(f, "1 {}", unit.words().0),
            CatalogLifetime::Fixed { amount, unit } => write!(f, "{amount} {}", unit.words().1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_strings_normalise_to_cookies_syntax() {
        for (given, want) in [
            ("1 year", Some("1 year")),
            ("1 Year", Some("1 year")),
            ("1 year ", Some("1 year")),
            ("13 Months", Some("13 months")),
            ("30 mins", Some("30 minutes")),
            ("90 sec", Some("90 seconds")),
            ("Session", Some("session")),
            ("End of session (browser)", Some("session")),
            ("1440 Minutes", Some("1440 minutes")),
            ("0 days", None),
            ("Varies", None),
            ("forever", None),
            ("1 week to 1 year", None),
            ("2 years after last activity", None),
            ("10 Nov 2030", None),
            ("", None),
        ] {
            assert_eq!(
                CatalogLifetime::from_retention(given).map(|l| l.to_string()),
                want.map(str::to_string),
                "{given:?}"
            );
        }
    }

    #[test]
    fn cookies_syntax_round_trips_and_counts_seconds() {
        for s in [
            "session",
            "until-cleared",
            "1 year",
            "13 months",
            "30 minutes",
            "24 hours",
        ] {
            assert_eq!(
                CatalogLifetime::parse(s).map(|l| l.to_string()).as_deref(),
                Some(s)
            );
        }
        assert_eq!(
            CatalogLifetime::parse("2 years").and_then(CatalogLifetime::seconds),
            Some(2 * 365 * 86_400)
        );
        assert!(CatalogLifetime::parse("0 days").is_none());
        assert!(CatalogLifetime::parse("forever").is_none());
    }
}
