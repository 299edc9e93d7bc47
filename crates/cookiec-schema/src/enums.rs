//! Every enumerated value of the language, written once.
//!
//! Each enum derives its spellings with `strum`; the `keywords!` macro only
//! adds the same small inherent API to each, so callers need no trait in
//! scope (`Region::NAMES`, `Region::parse("eu")`, `r.as_str()`).

use serde::Serialize;
use strum::{EnumString, IntoStaticStr, VariantArray, VariantNames};

/// Declares the enums: one derive list and the inherent API for each.
macro_rules! keywords {
    ($( $(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident),+ $(,)? } )+) => {$(
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize,
            EnumString, IntoStaticStr, VariantNames, VariantArray,
        )]
        $(#[$m])*
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            /// Every spelling, in declaration order (the schema's value lists).
            pub const NAMES: &'static [&'static str] = <$name as VariantNames>::VARIANTS;
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = <$name as VariantArray>::VARIANTS;

            /// The spelling in `.cookies` source and in JSON outputs.
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            pub fn parse(s: &str) -> Option<Self> {
                s.parse().ok()
            }

            /// Every spelling, for completion and did-you-mean.
            pub fn names() -> Vec<&'static str> {
                Self::NAMES.to_vec()
            }
        }
    )+};
}

keywords! {
    #[strum(serialize_all = "kebab-case")]
    Commitment {
        NoSale, NoSharing, NoAdvertisingProfiles, NoCrossSiteTracking,
        NoTargetedAdvertising, NoAdExchanges, NoExternalAnalytics,
        NoThirdPartyAdvertising, NoTrackingOrMarketing,
    }

    #[strum(serialize_all = "kebab-case")]
    ChangeNotice { PostedOnPage, UpdatedDate, Email, Banner, EffectiveOnPosting }

    #[strum(serialize_all = "kebab-case")]
    Browser { Chrome, Firefox, Safari, Edge, Opera }

    #[strum(serialize_all = "kebab-case")]
    ConsentMode { Required, OptIn, OptOut, Notice }

    /// Regions: consent modes per region, lint jurisdictions, banner regions.
    #[strum(serialize_all = "kebab-case")]
    Region {
        Default, Eu, Eea, Uk, Ch, Fr, De, It, Es, Nl, Us, UsCa, UsCo, UsCt, UsVa,
        Br, Ca, Za, Au, Jp, In,
    }

    #[strum(serialize_all = "kebab-case")]
    Status { InUse, MayUse, NotUsed }

    #[strum(serialize_all = "snake_case")]
    GoogleConsentType {
        AdStorage, AdUserData, AdPersonalization, AnalyticsStorage,
        FunctionalityStorage, PersonalizationStorage, SecurityStorage,
    }

    #[strum(serialize_all = "kebab-case")]
    ProviderRole {
        Payments, Analytics, ErrorReporting, Fonts, Identity, Hosting, Cdn,
        Advertising, Support, Maps, Video, Integrations, Other,
    }

    #[strum(serialize_all = "kebab-case")]
    ItemKind {
        Cookie, LocalStorage, SessionStorage,
        #[strum(serialize = "indexeddb")]
        IndexedDb,
        CacheStorage, Pixel, ServerSession,
    }

    #[strum(serialize_all = "kebab-case")]
    SameSite { Strict, Lax, None }

    #[strum(serialize_all = "kebab-case")]
    SignalResponse {
        /// Opts out of every category that is not strictly necessary.
        Honour,
        Ignore,
        /// Opts out of the categories counted as a sale, a sharing or
        /// targeted advertising (the US state opt-out rights) only.
        SaleSharing,
    }

    /// What a visitor who declines gets (`cookie-wall`).
    #[strum(serialize_all = "kebab-case")]
    CookieWall {
        /// The site is usable without accepting (the default).
        None,
        /// No access without accepting ("cookie wall").
        Wall,
        /// Access without accepting only by paying ("consent or pay").
        ConsentOrPay,
    }

    /// The lawful basis of processing (GDPR Art. 6(1)(a) to (f)).
    #[strum(serialize_all = "kebab-case")]
    LegalBasis {
        Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests,
    }

    /// What US state privacy laws call a use of personal information
    /// (`counts-as [sale, sharing]`): CCPA/CPRA sale and sharing
    /// (cross-context behavioural advertising), and the targeted
    /// advertising of the Colorado, Connecticut and Virginia acts.
    #[strum(serialize_all = "kebab-case")]
    UsPrivacyUse { Sale, Sharing, TargetedAdvertising }

    /// The opt-out links US state laws name, each with its fixed label.
    #[strum(serialize_all = "kebab-case")]
    OptOutLink {
        /// "Do Not Sell or Share My Personal Information" (CCPA §1798.135).
        DoNotSellOrShare,
        /// "Do Not Sell My Personal Information".
        DoNotSell,
        /// "Your Privacy Choices" (the alternative opt-out link, with its icon).
        YourPrivacyChoices,
        /// "Limit the Use of My Sensitive Personal Information".
        LimitSensitive,
    }

    #[strum(serialize_all = "kebab-case")]
    WithdrawMethod { FooterLink, Banner, SettingsPage, BrowserOnly }

    #[strum(serialize_all = "kebab-case")]
    GeneratedSection {
        Intro, WhatAreCookies, Categories, Items, ThirdParties, Commitments,
        Signals, UsPrivacy, Manage, Changes, Contact,
    }

    /// A lifetime that is a word, not a duration (`lifetime session`).
    #[strum(serialize_all = "kebab-case")]
    LifetimeWord {
        /// Until the browser closes.
        Session,
        /// Until the visitor clears site data (web storage has no expiry).
        UntilCleared,
        /// Until the visitor signs out or the server-side session expires.
        UntilSignOut,
    }

    /// A word before a lifetime's duration (`lifetime sliding 3 weeks`).
    #[strum(serialize_all = "kebab-case")]
    LifetimeFlag {
        /// Renewed on activity.
        Sliding,
        /// Set per deployment; the duration given is the default.
        Configurable,
        /// The duration is a maximum: the item may go sooner.
        AtMost,
    }
}

// The grounds an item is exempt from consent on (`exempt ui-customisation`),
// kept apart from the list above: the consent rules read them.
keywords! {
    /// Why an item needs no consent, as the law words its exceptions:
    /// Art. 29 WP Opinion 04/2012 (WP194) §3 for ePrivacy Art. 5(3), and
    /// PECR Schedule A1 as inserted by the Data (Use and Access) Act 2025.
    #[strum(serialize_all = "kebab-case")]
    ExemptionGround {
        /// Remembers what the visitor typed or chose in a form or basket
        /// (WP194 §3.1; PECR Sch. A1 strictly necessary).
        UserInput,
        /// Keeps a signed-in visitor signed in (WP194 §3.2).
        Authentication,
        /// Security the visitor benefits from: CSRF, fraud and abuse
        /// detection, bot protection (WP194 §3.3; PECR Sch. A1).
        Security,
        /// Routes requests to one server (WP194 §3.5).
        LoadBalancing,
        /// Stores a choice about the interface the visitor made: theme,
        /// language, layout, a dismissed hint (WP194 §3.6; PECR Sch. A1
        /// appearance and preferences).
        UiCustomisation,
        /// Stores the visitor's consent choice itself.
        ConsentRecord,
        /// First-party statistics to improve the site: exempt in the UK
        /// only (PECR Sch. A1 as amended in 2025), with clear information
        /// and a simple way to object; needs consent in the EU.
        Statistics,
    }
}

impl ExemptionGround {
    /// Whether the EU's consent exemption (ePrivacy Art. 5(3), strictly
    /// necessary for a service the visitor asked for) covers this ground:
    /// every ground but `statistics`.
    pub fn exempt_in_eu(self) -> bool {
        self != ExemptionGround::Statistics
    }

    /// Whether the UK exception for this ground asks for a simple way to
    /// object (PECR Sch. A1: statistical purposes).
    pub fn needs_objection_in_uk(self) -> bool {
        self == ExemptionGround::Statistics
    }
}

impl Region {
    /// The region a visitor of `self` is also in, if the language has one
    /// (France is in the EU, the EU in the EEA, California in the US).
    pub fn parent(self) -> Option<Region> {
        match self {
            Region::Fr | Region::De | Region::It | Region::Es | Region::Nl => Some(Region::Eu),
            Region::Eu => Some(Region::Eea),
            Region::UsCa | Region::UsCo | Region::UsCt | Region::UsVa => Some(Region::Us),
            _ => None,
        }
    }

    /// `self`, its parents, then `default`: the order in which a per-region
    /// value is looked up (`fr`, `eu`, `eea`, `default`).
    pub fn chain(self) -> Vec<Region> {
        let mut out = vec![self];
        let mut r = self;
        while let Some(p) = r.parent() {
            out.push(p);
            r = p;
        }
        if self != Region::Default {
            out.push(Region::Default);
        }
        out
    }

    /// A US state, or the US as a whole.
    pub fn is_us(self) -> bool {
        self == Region::Us || self.parent() == Some(Region::Us)
    }
}

/// The status values an item or provider may take (`not-used` is for
/// categories only: a provider or item the site does not use is not
/// declared).
pub const ITEM_STATUS: &[&str] = &[Status::InUse.spelling(), Status::MayUse.spelling()];

impl Status {
    /// `as_str` in const context (for [`ITEM_STATUS`]).
    const fn spelling(self) -> &'static str {
        match self {
            Status::InUse => "in-use",
            Status::MayUse => "may-use",
            Status::NotUsed => "not-used",
        }
    }
}

impl LifetimeWord {
    /// The one-line meaning shown on hover and in completion.
    pub fn doc(self) -> &'static str {
        match self {
            LifetimeWord::Session => "deleted when the browser closes",
            LifetimeWord::UntilCleared => "kept until the visitor clears site data",
            LifetimeWord::UntilSignOut => {
                "kept until the visitor signs out or the server-side session expires"
            }
        }
    }
}

impl LifetimeFlag {
    /// The one-line meaning shown on hover and in completion.
    pub fn doc(self) -> &'static str {
        match self {
            LifetimeFlag::Sliding => "renewed on activity",
            LifetimeFlag::Configurable => "configurable per deployment (this is the default)",
            LifetimeFlag::AtMost => "at most this long (it may end sooner)",
        }
    }
}

/// A duration unit (`7 days`): seconds per unit, month = 30 days, year =
/// 365 days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, VariantArray)]
#[serde(rename_all = "lowercase")]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    pub fn seconds(self) -> u64 {
        match self {
            TimeUnit::Second => 1,
            TimeUnit::Minute => 60,
            TimeUnit::Hour => 3_600,
            TimeUnit::Day => 86_400,
            TimeUnit::Week => 7 * 86_400,
            TimeUnit::Month => 30 * 86_400,
            TimeUnit::Year => 365 * 86_400,
        }
    }

    /// `(singular, plural)` as written in source.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            TimeUnit::Second => ("second", "seconds"),
            TimeUnit::Minute => ("minute", "minutes"),
            TimeUnit::Hour => ("hour", "hours"),
            TimeUnit::Day => ("day", "days"),
            TimeUnit::Week => ("week", "weeks"),
            TimeUnit::Month => ("month", "months"),
            TimeUnit::Year => ("year", "years"),
        }
    }

    /// The unit a source word names, singular or plural.
    pub fn parse(word: &str) -> Option<TimeUnit> {
        <TimeUnit as VariantArray>::VARIANTS
            .iter()
            .copied()
            .find(|u| {
                let (one, many) = u.words();
                word == one || word == many
            })
    }
}

/// Every unit word, singular then plural, in unit order.
pub fn unit_words() -> Vec<&'static str> {
    <TimeUnit as VariantArray>::VARIANTS
        .iter()
        .flat_map(|u| {
            let (one, many) = u.words();
            [one, many]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_are_the_language_words() {
        assert_eq!(ItemKind::IndexedDb.as_str(), "indexeddb");
        assert_eq!(Region::UsCa.as_str(), "us-ca");
        assert_eq!(Region::parse("in"), Some(Region::In));
        assert_eq!(
            Region::Fr.chain(),
            [Region::Fr, Region::Eu, Region::Eea, Region::Default]
        );
        assert_eq!(
            Region::UsCa.chain(),
            [Region::UsCa, Region::Us, Region::Default]
        );
        assert_eq!(Region::Default.chain(), [Region::Default]);
        assert!(Region::UsVa.is_us() && !Region::Eu.is_us());
        assert_eq!(GoogleConsentType::AdUserData.as_str(), "ad_user_data");
        assert_eq!(ProviderRole::ErrorReporting.as_str(), "error-reporting");
        assert_eq!(LifetimeWord::UntilSignOut.as_str(), "until-sign-out");
        assert_eq!(Status::NAMES, &["in-use", "may-use", "not-used"]);
        assert_eq!(ITEM_STATUS, &["in-use", "may-use"]);
        assert!(ConsentMode::parse("opt_in").is_none());
        assert_eq!(TimeUnit::parse("weeks"), Some(TimeUnit::Week));
        assert_eq!(unit_words().len(), 14);
    }
}
