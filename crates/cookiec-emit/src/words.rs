//! Values in words: dates, durations, lifetimes, and the phrases for each
//! enum of the model, in the wording of a [`Lex`]. One place so that the
//! Markdown, HTML and text renderers say exactly the same thing.

use crate::lex::{fill, Lex};
use cookiec_check::model::{
    Browser, ChangeNotice, Commitment, ConsentMode, Date, Duration, ItemKind, Lifetime,
    LifetimeKind, ProviderRole, Region, SameSite, TimeUnit, WithdrawMethod,
};

/// The phrase of `v` in `table`, which lists one phrase per variant of
/// `all`, in the same order.
fn pick<T: PartialEq + Copy>(all: &[T], table: &[&'static str], v: T) -> &'static str {
    all.iter()
        .position(|x| *x == v)
        .and_then(|i| table.get(i))
        .copied()
        .unwrap_or("")
}

/// "1 June 2026" / "1. Juni 2026" for a day date, "March 2026" for a month.
pub fn date(lex: &Lex, d: Date) -> String {
    let month = lex
        .months
        .get(usize::from(d.month).wrapping_sub(1))
        .copied()
        .unwrap_or("?");
    let year = d.year.to_string();
    match d.day {
        Some(day) => fill(
            lex.day_date,
            &[("day", &day.to_string()), ("month", month), ("year", &year)],
        ),
        None => fill(lex.month_date, &[("month", month), ("year", &year)]),
    }
}

/// ISO form for machine outputs: `2026-06-01` or `2026-03`.
pub fn iso_date(d: Date) -> String {
    match d.day {
        Some(day) => format!("{:04}-{:02}-{:02}", d.year, d.month, day),
        None => format!("{:04}-{:02}", d.year, d.month),
    }
}

const UNITS: [TimeUnit; 7] = [
    TimeUnit::Second,
    TimeUnit::Minute,
    TimeUnit::Hour,
    TimeUnit::Day,
    TimeUnit::Week,
    TimeUnit::Month,
    TimeUnit::Year,
];

fn unit(lex: &Lex, u: TimeUnit, n: u64) -> &'static str {
    let (one, many) = UNITS
        .iter()
        .position(|x| *x == u)
        .and_then(|i| lex.units.get(i))
        .copied()
        .unwrap_or(("", ""));
    if n == 1 {
        one
    } else {
        many
    }
}

/// A duration in the units it was written in: "7 days", "1 year 6 months".
pub fn duration(lex: &Lex, d: &Duration) -> String {
    if d.parts.is_empty() {
        return seconds(lex, d.seconds);
    }
    d.parts
        .iter()
        .map(|(n, u)| format!("{n} {}", unit(lex, *u, *n)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A number of seconds in the largest whole unit ("2 weeks", "90 seconds").
pub fn seconds(lex: &Lex, s: u64) -> String {
    for u in UNITS.iter().rev().take(6) {
        let per = u.seconds();
        if s >= per && s.is_multiple_of(per) {
            let n = s / per;
            return format!("{n} {}", unit(lex, *u, n));
        }
    }
    format!("{s} {}", unit(lex, TimeUnit::Second, s))
}

/// The lifetime column of the cookie tables.
///
/// `renewed_on` is the item's `renewed-on` text ("each opening of the map
/// editor") in the language being rendered.
pub fn lifetime(lex: &Lex, l: Option<&Lifetime>, renewed_on: Option<&str>) -> String {
    let Some(l) = l else {
        return lex.lt_not_specified.to_string();
    };
    match &l.kind {
        LifetimeKind::Session if l.configurable => lex.lt_session_configurable.to_string(),
        LifetimeKind::Session => lex.lt_session.to_string(),
        LifetimeKind::UntilCleared => lex.lt_until_cleared.to_string(),
        LifetimeKind::UntilSignOut => lex.lt_until_sign_out.to_string(),
        LifetimeKind::Fixed { duration: d } => {
            let d = duration(lex, d);
            let template = match (l.sliding, l.configurable, renewed_on.is_some()) {
                (false, false, _) => return d,
                (true, false, true) => lex.lt_sliding_on,
                (true, false, false) => lex.lt_sliding,
                (false, true, _) => lex.lt_configurable,
                (true, true, true) => lex.lt_configurable_sliding_on,
                (true, true, false) => lex.lt_configurable_sliding,
            };
            fill(template, &[("d", &d), ("on", renewed_on.unwrap_or(""))])
        }
    }
}

pub fn kind(lex: &Lex, k: ItemKind) -> &'static str {
    pick(ItemKind::ALL, &lex.kinds, k)
}

/// What a kind of technology is, for the "what are cookies" section.
pub fn kind_explained(lex: &Lex, k: ItemKind) -> &'static str {
    pick(ItemKind::ALL, &lex.kinds_explained, k)
}

pub fn consent_mode(lex: &Lex, m: ConsentMode) -> &'static str {
    pick(ConsentMode::ALL, &lex.consent_modes, m)
}

pub fn region(lex: &Lex, r: Region) -> &'static str {
    pick(Region::ALL, &lex.regions, r)
}

/// "We do not ..." sentence of a negative commitment.
pub fn commitment(lex: &Lex, c: Commitment) -> &'static str {
    pick(Commitment::ALL, &lex.commitments, c)
}

pub fn change_notice(lex: &Lex, c: ChangeNotice) -> &'static str {
    pick(ChangeNotice::ALL, &lex.change_notices, c)
}

pub fn withdraw(lex: &Lex, w: WithdrawMethod) -> &'static str {
    pick(WithdrawMethod::ALL, &lex.withdraw, w)
}

pub fn role(lex: &Lex, r: ProviderRole) -> &'static str {
    pick(ProviderRole::ALL, &lex.roles, r)
}

/// Attribute spelling in `Set-Cookie` headers.
pub fn same_site(s: SameSite) -> &'static str {
    match s {
        SameSite::Strict => "Strict",
        SameSite::Lax => "Lax",
        SameSite::None => "None",
    }
}

/// Display name and help page of a browser's cookie settings.
pub fn browser(lex: &Lex, b: Browser) -> (&'static str, &'static str) {
    let url = match b {
        Browser::Chrome => "https://support.google.com/chrome/answer/95647",
        Browser::Firefox => "https://support.mozilla.org/kb/clear-cookies-and-site-data-firefox",
        Browser::Safari => "https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac",
        Browser::Edge => "https://support.microsoft.com/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09",
        Browser::Opera => "https://help.opera.com/en/latest/web-preferences/#cookies",
    };
    (pick(Browser::ALL, &lex.browsers, b), url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::{DE, EN};
    use cookiec_check::model::Duration;

    fn dur(n: u64, u: TimeUnit) -> Duration {
        Duration {
            seconds: n * u.seconds(),
            parts: vec![(n, u)],
            span: Default::default(),
        }
    }

    fn life(kind: LifetimeKind, sliding: bool, configurable: bool) -> Lifetime {
        Lifetime {
            kind,
            sliding,
            configurable,
            span: Default::default(),
        }
    }

    #[test]
    fn dates_read_like_the_seeds() {
        assert_eq!(
            date(
                &EN,
                Date {
                    year: 2026,
                    month: 6,
                    day: Some(1)
                }
            ),
            "1 June 2026"
        );
        assert_eq!(
            date(
                &EN,
                Date {
                    year: 2026,
                    month: 3,
                    day: None
                }
            ),
            "March 2026"
        );
        assert_eq!(
            date(
                &DE,
                Date {
                    year: 2026,
                    month: 5,
                    day: Some(4)
                }
            ),
            "4. Mai 2026"
        );
        assert_eq!(
            iso_date(Date {
                year: 2026,
                month: 3,
                day: None
            }),
            "2026-03"
        );
    }

    #[test]
    fn lifetimes_in_words() {
        let fixed = |d| LifetimeKind::Fixed { duration: d };
        let l = |kind, s, c| lifetime(&EN, Some(&life(kind, s, c)), None);
        assert_eq!(l(LifetimeKind::Session, false, false), "Session");
        assert_eq!(l(LifetimeKind::UntilCleared, false, false), "Until cleared");
        assert_eq!(
            l(LifetimeKind::UntilSignOut, false, false),
            "Until you sign out or your session expires"
        );
        assert_eq!(l(fixed(dur(7, TimeUnit::Day)), false, false), "7 days");
        assert_eq!(l(fixed(dur(1, TimeUnit::Day)), false, false), "1 day");
        assert_eq!(
            lifetime(
                &EN,
                Some(&life(fixed(dur(3, TimeUnit::Week)), true, false)),
                Some("each opening of the map editor")
            ),
            "Renewed up to 3 weeks after each opening of the map editor"
        );
        assert_eq!(
            l(fixed(dur(1, TimeUnit::Week)), true, true),
            "Set per deployment; default 1 week, extended on activity"
        );
        assert_eq!(
            lifetime(
                &DE,
                Some(&life(fixed(dur(2, TimeUnit::Hour)), true, false)),
                Some("jedem Seitenaufruf")
            ),
            "Bis zu 2 Stunden, erneuert bei jedem Seitenaufruf"
        );
        assert_eq!(lifetime(&EN, None, None), "Not specified");
    }

    #[test]
    fn seconds_pick_the_largest_whole_unit() {
        assert_eq!(seconds(&EN, 14 * 86_400), "2 weeks");
        assert_eq!(seconds(&EN, 90), "90 seconds");
        assert_eq!(seconds(&EN, 3_600), "1 hour");
    }

    #[test]
    fn every_variant_has_a_phrase_in_every_language() {
        for lex in [&EN, &DE] {
            assert!(ItemKind::ALL.iter().all(|k| !kind(lex, *k).is_empty()));
            assert!(Region::ALL.iter().all(|r| !region(lex, *r).is_empty()));
            assert!(Commitment::ALL
                .iter()
                .all(|c| !commitment(lex, *c).is_empty()));
            assert!(ProviderRole::ALL.iter().all(|r| !role(lex, *r).is_empty()));
            assert!(WithdrawMethod::ALL
                .iter()
                .all(|w| !withdraw(lex, *w).is_empty()));
            assert!(ChangeNotice::ALL
                .iter()
                .all(|c| !change_notice(lex, *c).is_empty()));
            assert!(ConsentMode::ALL
                .iter()
                .all(|m| !consent_mode(lex, *m).is_empty()));
            assert!(Browser::ALL.iter().all(|b| !browser(lex, *b).0.is_empty()));
        }
    }
}
