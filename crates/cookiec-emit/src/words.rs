//! Fixed wording of the generated policy: dates, lifetimes, consent modes,
//! commitments, browser help links. One place so that the Markdown, HTML and
//! text renderers (and the runtime config) say exactly the same thing.
//!
//! The generated wording is English; user-supplied text (titles, purposes,
//! sections) is published in every declared language.

use cookiec_check::model::{
    Browser, ChangeNotice, Commitment, ConsentMode, Date, Duration, ItemKind, Lifetime,
    LifetimeKind, ProviderRole, Region, SameSite, TimeUnit, WithdrawMethod,
};

const MONTHS: [&str; 12] = [
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

/// "1 June 2026" for a day date, "March 2026" for a month date.
pub fn date(d: Date) -> String {
    let month = MONTHS
        .get(usize::from(d.month).wrapping_sub(1))
        .copied()
        .unwrap_or("?");
    match d.day {
        Some(day) => format!("{day} {month} {}", d.year),
        None => format!("{month} {}", d.year),
    }
}

/// ISO form for machine outputs: `2026-06-01` or `2026-03`.
pub fn iso_date(d: Date) -> String {
    match d.day {
        Some(day) => format!("{:04}-{:02}-{:02}", d.year, d.month, day),
        None => format!("{:04}-{:02}", d.year, d.month),
    }
}

fn unit(u: TimeUnit, n: u64) -> &'static str {
    let one = n == 1;
    match (u, one) {
        (TimeUnit::Second, true) => "second",
        (TimeUnit::Second, false) => "seconds",
        (TimeUnit::Minute, true) => "minute",
        (TimeUnit::Minute, false) => "minutes",
        (TimeUnit::Hour, true) => "hour",
        (TimeUnit::Hour, false) => "hours",
        (TimeUnit::Day, true) => "day",
        (TimeUnit::Day, false) => "days",
        (TimeUnit::Week, true) => "week",
        (TimeUnit::Week, false) => "weeks",
        (TimeUnit::Month, true) => "month",
        (TimeUnit::Month, false) => "months",
        (TimeUnit::Year, true) => "year",
        (TimeUnit::Year, false) => "years",
    }
}

/// A duration in the units it was written in: "7 days", "1 year 6 months".
pub fn duration(d: &Duration) -> String {
    if d.parts.is_empty() {
        return seconds(d.seconds);
    }
    d.parts
        .iter()
        .map(|(n, u)| format!("{n} {}", unit(*u, *n)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A number of seconds in the largest whole unit ("2 weeks", "90 seconds").
pub fn seconds(s: u64) -> String {
    for u in [
        TimeUnit::Year,
        TimeUnit::Month,
        TimeUnit::Week,
        TimeUnit::Day,
        TimeUnit::Hour,
        TimeUnit::Minute,
    ] {
        let per = u.seconds();
        if s >= per && s.is_multiple_of(per) {
            let n = s / per;
            return format!("{n} {}", unit(u, n));
        }
    }
    format!("{s} {}", unit(TimeUnit::Second, s))
}

/// The lifetime column of the cookie tables.
///
/// `renewed_on` is the item's `renewed-on` text ("each opening of the map
/// editor") in the language being rendered.
pub fn lifetime(l: Option<&Lifetime>, renewed_on: Option<&str>) -> String {
    let Some(l) = l else {
        return "Not specified".to_string();
    };
    match &l.kind {
        LifetimeKind::Session => {
            if l.configurable {
                "Session (length set per deployment)".to_string()
            } else {
                "Session".to_string()
            }
        }
        LifetimeKind::UntilCleared => "Until cleared".to_string(),
        LifetimeKind::Fixed { duration: d } => {
            let d = duration(d);
            match (l.sliding, l.configurable, renewed_on) {
                (false, false, _) => d,
                (true, false, Some(on)) => format!("Renewed up to {d} after {on}"),
                (true, false, None) => format!("{d}, renewed on each visit"),
                (false, true, _) => format!("Set per deployment; default {d}"),
                (true, true, Some(on)) => {
                    format!("Set per deployment; default {d}, extended after {on}")
                }
                (true, true, None) => {
                    format!("Set per deployment; default {d}, extended on activity")
                }
            }
        }
    }
}

pub fn kind(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Cookie => "Cookie",
        ItemKind::LocalStorage => "Local storage",
        ItemKind::SessionStorage => "Session storage",
        ItemKind::IndexedDb => "IndexedDB database",
        ItemKind::CacheStorage => "Cache storage",
        ItemKind::Pixel => "Pixel / web beacon",
        ItemKind::ServerSession => "Server-side session",
    }
}

/// What a kind of technology is, for the "what are cookies" section.
pub fn kind_explained(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Cookie => "cookies, small text files your browser stores and sends back to the site with each request",
        ItemKind::LocalStorage => "local storage, which keeps data in your browser without an expiry date and does not send it to the server automatically",
        ItemKind::SessionStorage => "session storage, which keeps data in one browser tab until you close it",
        ItemKind::IndexedDb => "IndexedDB, a database in your browser for larger structured data",
        ItemKind::CacheStorage => "cache storage (used by a service worker), which keeps copies of files so pages load faster and work offline",
        ItemKind::Pixel => "web beacons (pixels, tags), tiny requests that tell a server a page or e-mail was viewed",
        ItemKind::ServerSession => "server-side sessions, data kept on our servers and linked to your browser by a cookie",
    }
}

pub fn consent_mode(m: ConsentMode) -> &'static str {
    match m {
        ConsentMode::Required => "always active (strictly necessary, no consent needed)",
        ConsentMode::OptIn => "used only after you opt in",
        ConsentMode::OptOut => "active unless you opt out",
        ConsentMode::Notice => "active; you are informed by this notice",
    }
}

pub fn region(r: Region) -> &'static str {
    match r {
        Region::Default => "everywhere else",
        Region::Eu => "in the European Union",
        Region::Eea => "in the European Economic Area",
        Region::Uk => "in the United Kingdom",
        Region::Ch => "in Switzerland",
        Region::Fr => "in France",
        Region::De => "in Germany",
        Region::It => "in Italy",
        Region::Es => "in Spain",
        Region::Nl => "in the Netherlands",
        Region::Us => "in the United States",
        Region::UsCa => "in California",
        Region::UsCo => "in Colorado",
        Region::UsCt => "in Connecticut",
        Region::UsVa => "in Virginia",
        Region::Br => "in Brazil",
        Region::Ca => "in Canada",
        Region::Za => "in South Africa",
        Region::Au => "in Australia",
        Region::Jp => "in Japan",
        Region::In => "in India",
    }
}

/// "We do not ..." sentence of a negative commitment.
pub fn commitment(c: Commitment) -> &'static str {
    match c {
        Commitment::NoSale => "We do not sell your personal data.",
        Commitment::NoSharing => {
            "We do not share your personal data for cross-context behavioural advertising."
        }
        Commitment::NoAdvertisingProfiles => "We do not use cookies to build advertising profiles.",
        Commitment::NoCrossSiteTracking => "We do not track you across other websites.",
        Commitment::NoTargetedAdvertising => "We do not deliver targeted advertising.",
        Commitment::NoAdExchanges => "We do not participate in advertising exchanges.",
        Commitment::NoExternalAnalytics => "We do not use external analytics services.",
        Commitment::NoThirdPartyAdvertising => "We do not deploy third-party advertising cookies.",
        Commitment::NoTrackingOrMarketing => {
            "We do not use cookies for tracking or marketing purposes."
        }
    }
}

pub fn change_notice(c: ChangeNotice) -> &'static str {
    match c {
        ChangeNotice::PostedOnPage => "The current version is always posted on this page.",
        ChangeNotice::UpdatedDate => {
            "When we change it, the \u{201c}last updated\u{201d} date at the top changes."
        }
        ChangeNotice::Email => "We tell you about material changes by e-mail.",
        ChangeNotice::Banner => "We show a notice on the site when the policy changes materially.",
        ChangeNotice::EffectiveOnPosting => {
            "Changes are effective when they are posted on this page."
        }
    }
}

pub fn withdraw(w: WithdrawMethod) -> &'static str {
    match w {
        WithdrawMethod::FooterLink => {
            "the \u{201c}Cookie settings\u{201d} link in the footer of every page"
        }
        WithdrawMethod::Banner => "the cookie banner, which you can reopen at any time",
        WithdrawMethod::SettingsPage => "the privacy settings page of your account",
        WithdrawMethod::BrowserOnly => {
            "your browser settings (delete the cookies and site data for this site)"
        }
    }
}

pub fn role(r: ProviderRole) -> &'static str {
    match r {
        ProviderRole::Payments => "payments",
        ProviderRole::Analytics => "analytics",
        ProviderRole::ErrorReporting => "error reporting",
        ProviderRole::Fonts => "web fonts",
        ProviderRole::Identity => "identity and sign-in",
        ProviderRole::Hosting => "hosting",
        ProviderRole::Cdn => "content delivery",
        ProviderRole::Advertising => "advertising",
        ProviderRole::Support => "customer support",
        ProviderRole::Maps => "maps",
        ProviderRole::Video => "video",
        ProviderRole::Integrations => "integrations",
        ProviderRole::Other => "other services",
    }
}

pub fn same_site(s: SameSite) -> &'static str {
    match s {
        SameSite::Strict => "Strict",
        SameSite::Lax => "Lax",
        SameSite::None => "None",
    }
}

/// Display name and help page of a browser's cookie settings.
pub fn browser(b: Browser) -> (&'static str, &'static str) {
    match b {
        Browser::Chrome => ("Google Chrome", "https://support.google.com/chrome/answer/95647"),
        Browser::Firefox => (
            "Mozilla Firefox",
            "https://support.mozilla.org/kb/clear-cookies-and-site-data-firefox",
        ),
        Browser::Safari => ("Apple Safari", "https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac"),
        Browser::Edge => (
            "Microsoft Edge",
            "https://support.microsoft.com/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09",
        ),
        Browser::Opera => ("Opera", "https://help.opera.com/en/latest/web-preferences/#cookies"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            date(Date {
                year: 2026,
                month: 6,
                day: Some(1)
            }),
            "1 June 2026"
        );
        assert_eq!(
            date(Date {
                year: 2026,
                month: 3,
                day: None
            }),
            "March 2026"
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
        assert_eq!(
            lifetime(Some(&life(LifetimeKind::Session, false, false)), None),
            "Session"
        );
        assert_eq!(
            lifetime(Some(&life(LifetimeKind::UntilCleared, false, false)), None),
            "Until cleared"
        );
        assert_eq!(
            lifetime(
                Some(&life(fixed(dur(7, TimeUnit::Day)), false, false)),
                None
            ),
            "7 days"
        );
        assert_eq!(
            lifetime(
                Some(&life(fixed(dur(3, TimeUnit::Week)), true, false)),
                Some("each opening of the map editor")
            ),
            "Renewed up to 3 weeks after each opening of the map editor"
        );
        assert_eq!(
            lifetime(Some(&life(fixed(dur(1, TimeUnit::Week)), true, true)), None),
            "Set per deployment; default 1 week, extended on activity"
        );
        assert_eq!(lifetime(None, None), "Not specified");
    }

    #[test]
    fn seconds_pick_the_largest_whole_unit() {
        assert_eq!(seconds(14 * 86_400), "2 weeks");
        assert_eq!(seconds(90), "90 seconds");
        assert_eq!(seconds(3_600), "1 hour");
    }
}
