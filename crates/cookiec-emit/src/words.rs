//! Values in words: dates, durations, lifetimes, and the phrases for each
//! enum of the model, in the wording of one language ([`Words`]). One
//! place so that the Markdown, HTML, text and banner outputs say exactly
//! the same thing. Enum phrases are messages named after the enum's
//! spelling in `.cookies` (`region-us-ca`, `kind-local-storage`).

use crate::lex::{Arg, Words};
use cookiec_check::model::{
    Browser, ChangeNotice, Commitment, ConsentMode, Date, Duration, ItemKind, Lifetime,
    LifetimeKind, ProviderRole, Region, SameSite, TimeUnit, WithdrawMethod,
};

/// "1 June 2026" / "1. Juni 2026" for a day date, "March 2026" for a month.
pub fn date(w: &Words, d: Date) -> String {
    let month = w.get(&format!("month-{}", d.month.clamp(1, 12)));
    let (month, year) = (Arg::Text(&month), Arg::Num(u64::from(d.year)));
    match d.day {
        Some(day) => w.fmt(
            "date-day",
            &[
                ("day", Arg::Num(u64::from(day))),
                ("month", month),
                ("year", year),
            ],
        ),
        None => w.fmt("date-month", &[("month", month), ("year", year)]),
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

fn unit_id(u: TimeUnit) -> &'static str {
    match u {
        TimeUnit::Second => "unit-second",
        TimeUnit::Minute => "unit-minute",
        TimeUnit::Hour => "unit-hour",
        TimeUnit::Day => "unit-day",
        TimeUnit::Week => "unit-week",
        TimeUnit::Month => "unit-month",
        TimeUnit::Year => "unit-year",
    }
}

fn count(w: &Words, n: u64, u: TimeUnit, case: &str) -> String {
    w.fmt(unit_id(u), &[("n", Arg::Num(n)), ("case", Arg::Key(case))])
}

/// A duration in the units it was written in: "7 days", "1 year 6 months",
/// in the grammatical case `case` (`nominative` unless a sentence asks
/// for another through its `.case` attribute).
pub fn duration_case(w: &Words, d: &Duration, case: &str) -> String {
    // A policy states a handful of distinct durations, each once per item,
    // language and output: formatting them through Fluent every time was a
    // sixth of a large build. Words of a language never change, so the
    // text is kept per language, duration and case.
    type Key = (&'static str, u64, Vec<(u64, TimeUnit)>, String);
    thread_local! {
        static FORMATTED: std::cell::RefCell<rustc_hash::FxHashMap<Key, String>> =
            std::cell::RefCell::default();
    }
    let key: Key = (w.tag, d.seconds, d.parts.clone(), case.to_string());
    if let Some(hit) = FORMATTED.with(|m| m.borrow().get(&key).cloned()) {
        return hit;
    }
    let text = format_duration(w, d, case);
    FORMATTED.with(|m| {
        let mut m = m.borrow_mut();
        // Bounded: a hostile file could state millions of durations.
        if m.len() > 4096 {
            m.clear();
        }
        m.insert(key, text.clone());
    });
    text
}

fn format_duration(w: &Words, d: &Duration, case: &str) -> String {
    if d.parts.is_empty() {
        return seconds_case(w, d.seconds, case);
    }
    let mut parts = d.parts.iter().map(|(n, u)| count(w, *n, *u, case));
    let first = parts.next().unwrap_or_default();
    parts.fold(first, |a, b| {
        w.fmt(
            "duration-and",
            &[("a", Arg::Text(&a)), ("b", Arg::Text(&b))],
        )
    })
}

pub fn duration(w: &Words, d: &Duration) -> String {
    duration_case(w, d, "nominative")
}

/// A duration in the case the sentence `id` asks for (its `.case`).
pub fn duration_for(w: &Words, id: &str, d: &Duration) -> String {
    let case = w.attr(id, "case");
    duration_case(w, d, case.as_deref().unwrap_or("nominative"))
}

/// A number of seconds in the largest whole unit ("2 weeks", "90 seconds").
pub fn seconds(w: &Words, s: u64) -> String {
    seconds_case(w, s, "nominative")
}

fn seconds_case(w: &Words, s: u64, case: &str) -> String {
    for u in UNITS.iter().rev().take(6) {
        let per = u.seconds();
        if s >= per && s.is_multiple_of(per) {
            return count(w, s / per, *u, case);
        }
    }
    count(w, s, TimeUnit::Second, case)
}

/// The lifetime column of the cookie tables.
///
/// `renewed_on` is the item's `renewed-on` text ("each opening of the map
/// editor") in the language being rendered.
pub fn lifetime(
    w: &Words,
    kind: ItemKind,
    l: Option<&Lifetime>,
    renewed_on: Option<&str>,
) -> String {
    lifetime_every(w, kind, l, renewed_on, None)
}

/// [`lifetime`] with the item's `renewed-every` interval: a sliding
/// lifetime renewed periodically reads "2 minutes after your last
/// activity, renewed every 30 seconds".
pub fn lifetime_every(
    w: &Words,
    kind: ItemKind,
    l: Option<&Lifetime>,
    renewed_on: Option<&str>,
    renewed_every: Option<&Duration>,
) -> String {
    let simple = |id: &str| w.fmt(id, &[("kind", Arg::Key(kind.as_str()))]);
    let Some(l) = l else {
        return simple("lifetime-not-specified");
    };
    match &l.kind {
        LifetimeKind::Session if l.configurable => simple("lifetime-session-configurable"),
        LifetimeKind::Session => simple("lifetime-session"),
        LifetimeKind::UntilCleared => simple("lifetime-until-cleared"),
        LifetimeKind::UntilSignOut => simple("lifetime-until-sign-out"),
        LifetimeKind::Fixed { duration: d } => {
            if let (true, false, Some(every)) = (l.sliding, l.configurable, renewed_every) {
                let id = "lifetime-sliding-every";
                let (d, every) = (duration_for(w, id, d), duration(w, every));
                return w.fmt(
                    id,
                    &[
                        ("d", Arg::Text(&d)),
                        ("every", Arg::Text(&every)),
                        ("kind", Arg::Key(kind.as_str())),
                    ],
                );
            }
            let id = match (l.sliding, l.configurable, renewed_on.is_some()) {
                (false, false, _) if l.at_most => "lifetime-at-most",
                (false, false, _) => return duration(w, d),
                (true, false, true) => "lifetime-sliding-on",
                (true, false, false) => "lifetime-sliding",
                (false, true, _) => "lifetime-configurable",
                (true, true, true) => "lifetime-configurable-sliding-on",
                (true, true, false) => "lifetime-configurable-sliding",
            };
            let d = duration_for(w, id, d);
            w.fmt(
                id,
                &[
                    ("d", Arg::Text(&d)),
                    ("on", Arg::Text(renewed_on.unwrap_or(""))),
                    ("kind", Arg::Key(kind.as_str())),
                ],
            )
        }
    }
}

pub fn kind(w: &Words, k: ItemKind) -> String {
    w.get(&format!("kind-{}", k.as_str()))
}

/// What a kind of technology is, for the "what are cookies" section.
pub fn kind_explained(w: &Words, k: ItemKind) -> String {
    w.get(&format!("kind-explained-{}", k.as_str()))
}

pub fn consent_mode(w: &Words, m: ConsentMode) -> String {
    w.get(&format!("consent-mode-{}", m.as_str()))
}

pub fn region(w: &Words, r: Region) -> String {
    w.get(&format!("region-{}", r.as_str()))
}

/// "We do not ..." sentence of a negative commitment.
pub fn commitment(w: &Words, c: Commitment) -> String {
    w.get(&format!("commitment-{}", c.as_str()))
}

/// "A, B or C" in the language of `w`.
pub fn or_list(w: &Words, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => w.fmt(
            "list-or",
            &[("a", Arg::Text(&init.join(", "))), ("b", Arg::Text(last))],
        ),
    }
}

pub fn change_notice(w: &Words, c: ChangeNotice) -> String {
    w.get(&format!("change-{}", c.as_str()))
}

pub fn withdraw(w: &Words, m: WithdrawMethod) -> String {
    w.get(&format!("withdraw-{}", m.as_str()))
}

pub fn role(w: &Words, r: ProviderRole) -> String {
    w.get(&format!("role-{}", r.as_str()))
}

/// Attribute spelling in `Set-Cookie` headers.
pub fn same_site(s: SameSite) -> &'static str {
    match s {
        SameSite::Strict => "Strict",
        SameSite::Lax => "Lax",
        SameSite::None => "None",
    }
}

/// Display name (a brand, the same in every language) and help page of a
/// browser's cookie settings.
pub fn browser(b: Browser) -> (&'static str, &'static str) {
    match b {
        Browser::Chrome => (
            "Google Chrome",
            "https://support.google.com/chrome/answer/95647",
        ),
        Browser::Firefox => (
            "Mozilla Firefox",
            "https://support.mozilla.org/kb/clear-cookies-and-site-data-firefox",
        ),
        Browser::Safari => (
            "Apple Safari",
            "https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac",
        ),
        Browser::Edge => ("Microsoft Edge", "https://support.microsoft.com/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09"),
        Browser::Opera => (
            "Opera",
            "https://help.opera.com/en/latest/web-preferences/#cookies",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::words;
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
            at_most: false,
            span: Default::default(),
        }
    }

    fn day(year: u16, month: u8, day: Option<u8>) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn dates_read_like_the_seeds() {
        let (en, de) = (words("en"), words("de"));
        assert_eq!(date(&en, day(2026, 6, Some(1))), "1 June 2026");
        assert_eq!(date(&en, day(2026, 3, None)), "March 2026");
        assert_eq!(date(&de, day(2026, 5, Some(4))), "4. Mai 2026");
        assert_eq!(date(&words("fr"), day(2026, 6, Some(1))), "1er juin 2026");
        assert_eq!(
            date(&words("es"), day(2026, 5, Some(4))),
            "4 de mayo de 2026"
        );
        assert_eq!(date(&words("pt-BR"), day(2026, 3, None)), "março de 2026");
        assert_eq!(iso_date(day(2026, 3, None)), "2026-03");
    }

    #[test]
    fn durations_agree_with_their_number() {
        let d = |lang: &str, n, u| duration(&words(lang), &dur(n, u));
        assert_eq!(d("en", 1, TimeUnit::Day), "1 day");
        assert_eq!(d("en", 2, TimeUnit::Day), "2 days");
        assert_eq!(d("fr", 13, TimeUnit::Month), "13 mois");
        assert_eq!(d("fr", 1, TimeUnit::Year), "1 an");
        assert_eq!(d("nl", 2, TimeUnit::Year), "2 jaar");
        assert_eq!(d("nl", 2, TimeUnit::Day), "2 dagen");
        assert_eq!(d("pt-BR", 6, TimeUnit::Month), "6 meses");
        assert_eq!(d("it", 1, TimeUnit::Month), "1 mese");
        assert_eq!(d("es", 30, TimeUnit::Minute), "30 minutos");
        let two = Duration {
            seconds: 0,
            parts: vec![(1, TimeUnit::Year), (6, TimeUnit::Month)],
            span: Default::default(),
        };
        assert_eq!(duration(&words("en"), &two), "1 year 6 months");
        assert_eq!(duration(&words("fr"), &two), "1 an et 6 mois");
    }

    #[test]
    fn german_sentences_ask_for_their_case() {
        // "bis zu" takes the dative: "bis zu 13 Monaten".
        let de = words("de");
        let l = life(
            LifetimeKind::Fixed {
                duration: dur(13, TimeUnit::Month),
            },
            true,
            false,
        );
        assert_eq!(
            lifetime(&de, ItemKind::Cookie, Some(&l), Some("jedem Seitenaufruf")),
            "Bis zu 13 Monaten, bei jedem Seitenaufruf verlängert"
        );
        assert_eq!(duration(&de, &dur(13, TimeUnit::Month)), "13 Monate");
    }

    #[test]
    fn lifetimes_in_words() {
        let en = words("en");
        let fixed = |d| LifetimeKind::Fixed { duration: d };
        let l = |kind, s, c| lifetime(&en, ItemKind::Cookie, Some(&life(kind, s, c)), None);
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
                &en,
                ItemKind::Cookie,
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
                &words("de"),
                ItemKind::Cookie,
                Some(&life(fixed(dur(2, TimeUnit::Hour)), true, false)),
                Some("jedem Seitenaufruf")
            ),
            "Bis zu 2 Stunden, bei jedem Seitenaufruf verlängert"
        );
        assert_eq!(lifetime(&en, ItemKind::Cookie, None, None), "Not specified");
    }

    #[test]
    fn author_text_is_copied_verbatim() {
        // Fluent syntax and marks in author text are not interpreted.
        let en = words("en");
        let l = life(
            LifetimeKind::Fixed {
                duration: dur(2, TimeUnit::Hour),
            },
            true,
            false,
        );
        assert_eq!(
            lifetime(&en, ItemKind::Cookie, Some(&l), Some("{ $d } \u{e000}")),
            "Renewed up to 2 hours after { $d } \u{e000}"
        );
    }

    #[test]
    fn every_variant_has_a_phrase_in_every_language() {
        for l in cookiec_locales::LOCALES {
            let w = words(l.tag);
            let ids = ItemKind::NAMES
                .iter()
                .flat_map(|k| [format!("kind-{k}"), format!("kind-explained-{k}")])
                .chain(
                    ConsentMode::NAMES
                        .iter()
                        .map(|m| format!("consent-mode-{m}")),
                )
                .chain(Region::NAMES.iter().map(|r| format!("region-{r}")))
                .chain(Commitment::NAMES.iter().map(|c| format!("commitment-{c}")))
                .chain(ChangeNotice::NAMES.iter().map(|c| format!("change-{c}")))
                .chain(
                    WithdrawMethod::NAMES
                        .iter()
                        .map(|m| format!("withdraw-{m}")),
                )
                .chain(ProviderRole::NAMES.iter().map(|r| format!("role-{r}")))
                .chain(UNITS.iter().map(|u| unit_id(*u).to_string()))
                .chain((1..=12).map(|m| format!("month-{m}")));
            for id in ids {
                assert!(w.has(&id), "{} has no {id}", l.tag);
            }
        }
    }

    #[test]
    fn seconds_pick_the_largest_whole_unit() {
        let en = words("en");
        assert_eq!(seconds(&en, 14 * 86_400), "2 weeks");
        assert_eq!(seconds(&en, 90), "90 seconds");
        assert_eq!(seconds(&en, 3_600), "1 hour");
    }
}
