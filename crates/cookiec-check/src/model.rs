//! The typed model the checker builds from a syntax tree.
//!
//! Everything a diagnostic (or the language server) may point at keeps its
//! span. Emitters read only this model, never the syntax tree.

use cookiec_diagnostics::Span;
use serde::Serialize;
use std::collections::BTreeMap;

// The enumerated values are the schema's (written once there); the model
// stores them typed.
pub use cookiec_schema::{
    Browser, ChangeNotice, Commitment, ConsentMode, CookieWall, ExemptionGround, GeneratedSection,
    GoogleConsentType, ItemKind, LegalBasis, LifetimeWord, OptOutLink, ProviderRole, Region,
    SameSite, SignalResponse, Status, TimeUnit, UsPrivacyUse, WithdrawMethod,
};

/// A checked `.cookies` file.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Model {
    pub policy: Policy,
    pub categories: Vec<Category>,
    pub providers: Vec<Provider>,
    pub items: Vec<Item>,
    pub consent: Consent,
    pub sections: Vec<Section>,
    pub lint: LintConfig,
}

/// A value with the span of the text it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

pub use crate::lang_map::LangMap;
pub use crate::validated::{EmailAddress, LangTag, WebUrl};

/// A BCP 47 language tag (`en`, `pt-BR`), validated.
pub type Lang = LangTag;

/// Translated text: language → string, in tag order (a sorted map keeps
/// output deterministic).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    pub by_lang: LangMap<String>,
    pub span: Span,
}

impl Text {
    /// The text in `lang`, falling back to `default_lang`, then any.
    pub fn get<'a>(&'a self, lang: &str, default_lang: &str) -> &'a str {
        self.by_lang
            .get(lang)
            .or_else(|| self.by_lang.get(default_lang))
            .or_else(|| self.by_lang.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// A translated list of strings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TextList {
    pub by_lang: LangMap<Vec<String>>,
    pub span: Span,
}

impl TextList {
    pub fn get<'a>(&'a self, lang: &str, default_lang: &str) -> &'a [String] {
        self.by_lang
            .get(lang)
            .or_else(|| self.by_lang.get(default_lang))
            .or_else(|| self.by_lang.values().next())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    /// `None` for a month-precision date (`2026-03`).
    pub day: Option<u8>,
}

/// A length of time, normalised to seconds (month = 30 days, year = 365
/// days), keeping the units as written for display.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Duration {
    pub seconds: u64,
    /// As written, e.g. `[(1, Year), (6, Month)]`.
    pub parts: Vec<(u64, TimeUnit)>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LifetimeKind {
    Session,
    UntilCleared,
    /// Until the visitor signs out or the server-side session expires
    /// (authentication cookies whose end the server decides).
    UntilSignOut,
    Fixed {
        duration: Duration,
    },
}

impl LifetimeKind {
    /// The word this lifetime is written as, when it is not a duration.
    pub fn word(&self) -> Option<LifetimeWord> {
        match self {
            LifetimeKind::Session => Some(LifetimeWord::Session),
            LifetimeKind::UntilCleared => Some(LifetimeWord::UntilCleared),
            LifetimeKind::UntilSignOut => Some(LifetimeWord::UntilSignOut),
            LifetimeKind::Fixed { .. } => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Lifetime {
    pub kind: LifetimeKind,
    /// Renewed on activity.
    pub sliding: bool,
    /// Set per deployment; the duration given is the default.
    pub configurable: bool,
    /// `at-most`: the duration is a maximum, the item may end sooner.
    pub at_most: bool,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Policy {
    pub service: Spanned<String>,
    /// The legal entity responsible; not every published policy names it
    /// (rule POL006 warns).
    pub controller: Option<Spanned<String>>,
    pub address: Option<Spanned<String>>,
    /// Contact e-mail (rule POL006 warns when missing).
    pub email: Option<Spanned<EmailAddress>>,
    pub website: Option<Spanned<WebUrl>>,
    pub privacy_policy: Option<Spanned<WebUrl>>,
    pub updated: Option<Spanned<Date>>,
    pub effective: Option<Spanned<Date>>,
    pub reference: Option<Spanned<String>>,
    /// Never empty after checking; the first is the default language.
    pub languages: Vec<Spanned<Lang>>,
    pub summary: Option<Text>,
    pub commitments: Vec<Spanned<Commitment>>,
    /// `external-analytics-examples ["Google Analytics"]`: what the
    /// `no-external-analytics` commitment names "such as".
    pub external_analytics_examples: Vec<Spanned<String>>,
    pub changes: Vec<Spanned<ChangeNotice>>,
    pub browser_help: Vec<Spanned<Browser>>,
    pub learn_more: Vec<Spanned<WebUrl>>,
    /// The span of the whole `policy` declaration.
    pub span: Span,
}

impl Policy {
    /// Who to contact: the controller, or the service when the policy does
    /// not name one.
    pub fn contact_name(&self) -> &str {
        self.controller
            .as_ref()
            .map(|c| c.value.as_str())
            .unwrap_or(&self.service.value)
    }

    /// The declared language tags, the default first.
    pub fn language_tags(&self) -> Vec<String> {
        self.languages.iter().map(|l| l.value.to_string()).collect()
    }

    pub fn default_lang(&self) -> &str {
        self.languages
            .first()
            .map(|l| l.value.as_str())
            .unwrap_or("en")
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Category {
    pub id: Spanned<String>,
    pub title: Text,
    pub description: Option<Text>,
    /// Consent mode for `Region::Default` is always present after checking.
    pub consent: BTreeMap<Region, Spanned<ConsentMode>>,
    pub purposes: Option<TextList>,
    pub if_blocked: Option<Text>,
    pub excludes: Option<Text>,
    pub status: Status,
    pub google_consent: Vec<Spanned<GoogleConsentType>>,
    pub tcf_purposes: Vec<Spanned<u8>>,
    /// `counts-as [sale, sharing]` as written on the category (see
    /// [`Model::counts_as`] for what its items add).
    pub counts_as: Vec<Spanned<UsPrivacyUse>>,
    pub legal_basis: Option<Spanned<LegalBasis>>,
    pub legal_provision: Option<Text>,
    pub span: Span,
}

impl Category {
    /// The consent mode in `region`: the region's own line, else its
    /// parent's (`fr` → `eu` → `eea`), else the default.
    pub fn consent_in(&self, region: Region) -> ConsentMode {
        region
            .chain()
            .iter()
            .find_map(|r| self.consent.get(r))
            .map(|m| m.value)
            .unwrap_or(ConsentMode::OptIn)
    }

    pub fn is_required(&self) -> bool {
        self.consent_in(Region::Default) == ConsentMode::Required
    }
}

/// The id of the built-in first-party provider.
pub const FIRST_PARTY: &str = "first-party";

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Provider {
    pub id: Spanned<String>,
    pub name: Spanned<String>,
    pub roles: Vec<Spanned<ProviderRole>>,
    pub purpose: Option<Text>,
    pub privacy: Option<Spanned<WebUrl>>,
    pub website: Option<Spanned<WebUrl>>,
    /// `Some(None)` for `sets-own-cookies yes`, `Some(Some(text))` for a
    /// condition, `None` when not stated or `no`.
    pub sets_own_cookies: Option<Option<Text>>,
    /// `sets-own-cookies no`: stated that they do not (the policy then
    /// says so instead of deriving it from the items).
    pub sets_own_cookies_no: bool,
    pub class: bool,
    pub country: Option<Spanned<String>>,
    /// False for the built-in first-party provider and for a
    /// `self-hosted` tool (the data stays with the site).
    pub third_party: bool,
    /// `self-hosted yes`: software run on the site's own servers.
    pub self_hosted: bool,
    /// `on-behalf-of <id>`: the provider this one works for (resolved,
    /// E208 when undeclared).
    pub on_behalf_of: Option<Spanned<String>>,
    /// `in-use` (default) or `may-use` (the site may load them); never
    /// `not-used` (E206: a provider the site does not use is not declared).
    pub status: Status,
    pub span: Span,
}

/// How an item's name is published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum NamePattern {
    Exact(String),
    /// `"_ga_*"`: everything before the first `*` (a glob with a single
    /// trailing star).
    Prefix(String),
    /// A glob with a star elsewhere, or a regex literal.
    Regex(NameRegex),
    /// No published name.
    Unnamed,
}

/// A name regex that compiles: its source as written (what is shown and
/// serialised), its literal prefix, and the matcher, compiled at most once
/// and only when a name is first matched against it (clones share it).
///
/// Checking a file proves the regex valid by parsing it, which is a small
/// part of compiling it; most regexes of a large file are never matched
/// during a check, and compiling all of them was a tenth of the check.
/// A regex that could exceed the compiled-size limit (the one error a
/// parse cannot rule out) is compiled at once, so its error is still
/// reported where it is written.
#[derive(Clone, Debug)]
pub struct NameRegex {
    source: String,
    compiled: std::sync::Arc<std::sync::OnceLock<regex::Regex>>,
    literal_prefix: String,
    anchored: bool,
}

impl NameRegex {
    pub fn new(source: &str) -> Result<Self, regex::Error> {
        // The regex crate's own syntax settings (Unicode, UTF-8, nesting
        // limit 250) are regex-syntax's defaults, and it reports a syntax
        // error as this same text.
        let hir = regex_syntax::parse(source).map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let compiled = std::sync::OnceLock::new();
        if compiled_size_bound(&hir) > LAZY_COMPILE_LIMIT {
            let _ = compiled.set(regex::Regex::new(source)?);
        }
        let (literal_prefix, anchored) = literal_start_of_hir(&hir);
        Ok(NameRegex {
            source: source.to_string(),
            compiled: std::sync::Arc::new(compiled),
            literal_prefix,
            anchored,
        })
    }

    /// The text every match starts with, as far as the regex's literals
    /// tell (`^_ga_[0-9]+$` → `_ga_`, `^ab{2}` → `abb`, `^ab|^cd` → ``).
    pub fn literal_prefix(&self) -> &str {
        &self.literal_prefix
    }

    /// The text every matching *name* starts with: the literal prefix of
    /// a regex anchored at the start (`^`), `None` otherwise.
    pub fn required_prefix(&self) -> Option<&str> {
        (self.anchored && !self.literal_prefix.is_empty()).then_some(self.literal_prefix.as_str())
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The required prefix is tested first: a name without it cannot match,
    /// and then the regex need not be compiled at all.
    pub fn is_match(&self, name: &str) -> bool {
        self.required_prefix().is_none_or(|p| name.starts_with(p)) && self.regex().is_match(name)
    }

    pub fn regex(&self) -> &regex::Regex {
        self.compiled.get_or_init(|| {
            // Parsed without error and bounded far below the size limit
            // (see `compiled_size_bound`), so it compiles; should it not,
            // the matcher matches nothing rather than failing the caller.
            regex::Regex::new(&self.source).unwrap_or_else(|_| never_matches())
        })
    }
}

/// Regexes whose bound is below this are compiled lazily. The regex
/// crate refuses a program over 10 MiB; a unit of the bound is at most a
/// few NFA states of a few dozen bytes each, so this leaves a margin of
/// more than ten times.
const LAZY_COMPILE_LIMIT: u64 = 20_000;

/// An upper bound, in NFA-state-sized units, of what compiling `hir`
/// builds: counted repetitions multiply their body, Unicode classes count
/// their UTF-8 ranges.
fn compiled_size_bound(hir: &regex_syntax::hir::Hir) -> u64 {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 1,
        HirKind::Literal(l) => l.0.len() as u64 + 1,
        HirKind::Class(Class::Unicode(c)) => 8 * c.ranges().len() as u64 + 1,
        HirKind::Class(Class::Bytes(c)) => c.ranges().len() as u64 + 1,
        HirKind::Repetition(r) => {
            let times = u64::from(r.max.unwrap_or(r.min).max(r.min)) + 1;
            compiled_size_bound(&r.sub)
                .saturating_mul(times)
                .saturating_add(1)
        }
        HirKind::Capture(c) => compiled_size_bound(&c.sub).saturating_add(2),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs
            .iter()
            .map(compiled_size_bound)
            .fold(1u64, u64::saturating_add),
    }
}

fn never_matches() -> regex::Regex {
    // `[^\s\S]` is the empty class: it compiles and matches nothing.
    regex::Regex::new("[^\\s\\S]").unwrap_or_else(|_| unreachable_regex())
}

#[allow(clippy::panic)]
fn unreachable_regex() -> regex::Regex {
    panic!("the empty class always compiles")
}

/// The required prefix of the regex `source` (see
/// [`NameRegex::required_prefix`]) without compiling it: for a reader
/// that has only the pattern's text (the nginx filter's tables).
pub fn required_prefix_of(source: &str) -> Option<String> {
    let (prefix, anchored) = literal_start_of(source);
    (anchored && !prefix.is_empty()).then_some(prefix)
}

/// A regex's literal prefix and whether it is anchored at the start, from
/// regex-syntax's literal extractor (the regex crate's own prefilter
/// analysis), so alternations, groups, repetitions and case-insensitive
/// flags are read right: one answer for the overlap check, the cookie
/// prefix rules and the nginx filter's pre-check.
fn literal_start_of(source: &str) -> (String, bool) {
    match regex_syntax::parse(source) {
        Ok(hir) => literal_start_of_hir(&hir),
        Err(_) => (String::new(), false),
    }
}

fn literal_start_of_hir(hir: &regex_syntax::hir::Hir) -> (String, bool) {
    use regex_syntax::hir::literal::Extractor;
    use regex_syntax::hir::Look;
    let anchored = hir.properties().look_set_prefix().contains(Look::Start);
    let seq = Extractor::new().extract(hir);
    let lcp = seq.longest_common_prefix().unwrap_or(&[]);
    // The common bytes may end inside a character: keep whole ones.
    let prefix = match std::str::from_utf8(lcp) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&lcp[..e.valid_up_to()]).unwrap_or(""),
    };
    (prefix.to_string(), anchored)
}

impl PartialEq for NameRegex {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for NameRegex {}

impl std::ops::Deref for NameRegex {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for NameRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NameRegex {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    pub kind: ItemKind,
    pub name: NamePattern,
    /// The label as written (the quoted string or regex), or the kind
    /// keyword for unnamed items.
    pub name_span: Span,
    /// The glob as written when `name` came from one with a `*` that is not
    /// only at the end (`"*_key"`): shown to readers instead of its regex.
    pub glob: Option<String>,
    pub category: Spanned<String>,
    /// `first-party` when not given.
    pub provider: Spanned<String>,
    pub purpose: Text,
    pub lifetime: Option<Lifetime>,
    pub renewed_on: Option<Text>,
    /// `renewed-every`: how often a sliding lifetime is renewed.
    pub renewed_every: Option<Duration>,
    pub contains: Option<Text>,
    /// `value`: what the value holds.
    pub value: Option<Text>,
    pub excludes: Option<Text>,
    pub sent_to_server: bool,
    pub when: Option<Text>,
    pub status: Status,
    pub domain: Option<Spanned<String>>,
    pub path: Option<Spanned<String>>,
    pub http_only: Option<Spanned<bool>>,
    pub secure: Option<Spanned<bool>>,
    pub same_site: Option<Spanned<SameSite>>,
    pub partitioned: Option<Spanned<bool>>,
    pub read_by_script: Option<Spanned<bool>>,
    pub keyed_by: Option<Spanned<String>>,
    /// `counts-as [sale, sharing]`.
    pub counts_as: Vec<Spanned<UsPrivacyUse>>,
    /// `exempt ui-customisation`: the ground on which the author says the
    /// item needs no consent (the consent rules read it).
    pub exempt: Option<Spanned<ExemptionGround>>,
    /// Inline `allow CODE "reason"` suppressions on this item.
    pub allows: Vec<Suppression>,
    pub span: Span,
}

impl Item {
    /// Display name: the exact name, the glob as written, the regex, or
    /// `None` for unnamed items.
    pub fn display_name(&self) -> Option<String> {
        match &self.name {
            NamePattern::Exact(s) => Some(s.clone()),
            NamePattern::Prefix(p) => Some(format!("{p}*")),
            NamePattern::Regex(_) if self.glob.is_some() => self.glob.clone(),
            NamePattern::Regex(r) => Some(format!("/{r}/")),
            NamePattern::Unnamed => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Consent {
    pub regions: Vec<Spanned<Region>>,
    pub banner: Option<Spanned<bool>>,
    /// The banner asks every visitor to accept even the strictly necessary
    /// cookies (Flexopus: "Each user must agree to the use of these
    /// cookies"); implies a banner unless `banner no` is written.
    pub acknowledge_required: Option<Spanned<bool>>,
    pub reject_all: Option<Spanned<bool>>,
    pub withdraw: Vec<Spanned<WithdrawMethod>>,
    /// `settings-link`: the label of the site's settings link.
    pub settings_link: Option<Text>,
    /// `cookie-wall`: what a visitor who declines gets.
    pub cookie_wall: Option<Spanned<CookieWall>>,
    pub gpc: Option<PerRegion<Spanned<SignalResponse>>>,
    pub dnt: Option<PerRegion<Spanned<SignalResponse>>>,
    pub opt_out_links: Vec<Spanned<OptOutLink>>,
    pub opt_out_url: Option<Spanned<WebUrl>>,
    pub record: Option<Spanned<String>>,
    pub record_lifetime: Option<Duration>,
    pub renew_after: Option<PerRegion<Duration>>,
    pub renew_on_change: Option<Spanned<bool>>,
    pub reprompt_after_refusal: Option<PerRegion<Duration>>,
    /// The span of the `consent` declaration, `None` when absent.
    pub span: Option<Span>,
}

/// A value for every region (`gpc honour`: only `default`), or per region
/// (`gpc { default ignore  us-ca sale-sharing }`). A block need not name
/// `default` (except a category's `consent`, which the checker enforces):
/// a region it does not cover has no value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PerRegion<T> {
    pub by_region: BTreeMap<Region, T>,
    /// The field, for diagnostics about the whole declaration.
    pub span: Span,
}

impl<T> PerRegion<T> {
    pub fn uniform(value: T, span: Span) -> Self {
        PerRegion {
            by_region: BTreeMap::from([(Region::Default, value)]),
            span,
        }
    }

    /// The value in `region`: its own, else its parent's, else `default`'s.
    pub fn get(&self, region: Region) -> Option<&T> {
        region.chain().iter().find_map(|r| self.by_region.get(r))
    }

    /// Only a `default` value: the same everywhere.
    pub fn is_uniform(&self) -> bool {
        self.by_region.keys().all(|r| *r == Region::Default)
    }

    pub fn regions(&self) -> impl Iterator<Item = Region> + '_ {
        self.by_region.keys().copied()
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.by_region.values()
    }
}

/// The consent record's name when `record` is not given.
pub const DEFAULT_RECORD: &str = "cookie_consent";

/// The name of cookiec's consent record: `record`, else [`DEFAULT_RECORD`].
pub fn consent_record_name(model: &Model) -> &str {
    model
        .consent
        .record
        .as_ref()
        .map(|r| r.value.as_str())
        .unwrap_or(DEFAULT_RECORD)
}

impl Consent {
    /// The GPC response in `region` (`None`: not stated there).
    pub fn gpc_in(&self, region: Region) -> Option<SignalResponse> {
        self.gpc.as_ref()?.get(region).map(|s| s.value)
    }

    /// The DNT response in `region` (`None`: not stated there).
    pub fn dnt_in(&self, region: Region) -> Option<SignalResponse> {
        self.dnt.as_ref()?.get(region).map(|s| s.value)
    }

    /// `renew-after` in `region`.
    pub fn renew_after_in(&self, region: Region) -> Option<&Duration> {
        self.renew_after.as_ref()?.get(region)
    }

    /// `reprompt-after-refusal` in `region`.
    pub fn reprompt_after_refusal_in(&self, region: Region) -> Option<&Duration> {
        self.reprompt_after_refusal.as_ref()?.get(region)
    }
}

impl Model {
    /// What a category counts as under US state law: its own `counts-as`
    /// and every one of its items' (a category holding one sold cookie is
    /// a category whose acceptance allows a sale).
    pub fn counts_as(&self, category: &str) -> Vec<UsPrivacyUse> {
        let own = self
            .categories
            .iter()
            .filter(|c| c.id.value == category)
            .flat_map(|c| c.counts_as.iter());
        let items = self
            .items
            .iter()
            .filter(|i| i.category.value == category)
            .flat_map(|i| i.counts_as.iter());
        let mut out: Vec<UsPrivacyUse> = own.chain(items).map(|u| u.value).collect();
        out.sort();
        out.dedup();
        out
    }

    /// Whether the file declares any `counts-as` (then its absence on a
    /// category means "not sold"; without any, rules can only guess).
    pub fn declares_counts_as(&self) -> bool {
        self.categories.iter().any(|c| !c.counts_as.is_empty())
            || self.items.iter().any(|i| !i.counts_as.is_empty())
    }

    /// Whether the file says what is sold or shared under US state law: a
    /// `counts-as` anywhere, or a no-sale / no-sharing commitment.
    pub fn states_what_is_sold(&self) -> bool {
        self.declares_counts_as()
            || self
                .policy
                .commitments
                .iter()
                .any(|c| matches!(c.value, Commitment::NoSale | Commitment::NoSharing))
    }

    /// Whether a signal response covers `category` (the caller keeps
    /// required categories on).
    pub fn signal_covers(&self, response: Option<SignalResponse>, category: &Category) -> bool {
        match response {
            Some(SignalResponse::Honour) => true,
            Some(SignalResponse::SaleSharing) => !self.counts_as(&category.id.value).is_empty(),
            Some(SignalResponse::Ignore) | None => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    pub id: Spanned<String>,
    pub title: Text,
    /// Markdown.
    pub body: Text,
    pub after: Option<Spanned<GeneratedSection>>,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LintConfig {
    pub jurisdictions: Vec<Spanned<Region>>,
    pub allow: Vec<Spanned<String>>,
    pub deny: Vec<Spanned<String>>,
    /// Suppressions written inside any declaration, with their scope.
    pub suppressions: Vec<Suppression>,
}

/// `allow CODE "reason"` inside a declaration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suppression {
    pub code: Spanned<String>,
    pub reason: String,
    /// The declaration it applies to: diagnostics whose primary span lies
    /// inside are suppressed.
    pub scope: Span,
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::NameRegex;

    fn prefixes(source: &str) -> (String, Option<String>) {
        let r = NameRegex::new(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        (
            r.literal_prefix().to_string(),
            r.required_prefix().map(str::to_string),
        )
    }

    #[test]
    fn one_answer_for_a_regexs_prefix() {
        let required = |s: &str| prefixes(s).1;
        assert_eq!(required("^_ga_[A-Z0-9]+$").as_deref(), Some("_ga_"));
        assert_eq!(required("^abc?d").as_deref(), Some("ab"));
        assert_eq!(required("^ab*").as_deref(), Some("a"));
        // Repetitions, escapes and groups are read, not guessed at.
        assert_eq!(required("^ab{2}").as_deref(), Some("abb"));
        assert_eq!(required("^a\\.b").as_deref(), Some("a.b"));
        assert_eq!(required("^(ab)").as_deref(), Some("ab"));
        assert_eq!(required("^(?:__Host-)x").as_deref(), Some("__Host-x"));
        // No guarantee: an alternation with an unanchored branch, no `^`,
        // or a case-insensitive start.
        assert_eq!(required("^ab|cd"), None);
        assert_eq!(required("_ga"), None);
        assert_eq!(required("(?i)^ga"), None);
        // Unanchored, a regex still has literals to probe with.
        assert_eq!(prefixes("_ga_[0-9]").0, "_ga_");
        // A common prefix that would end inside a character keeps whole
        // characters only.
        assert_eq!(required("^(é|è)").as_deref(), None);
    }

    /// Checked without compiling, a regex is refused with the regex
    /// crate's own message, and matches as the regex crate would.
    #[test]
    fn lazy_regexes_behave_as_compiled_ones() {
        for bad in ["(", "[a-", "a{2,1}", "(?<n>a)(?<n>b)", "\\p{Nope}", "(?z)a"] {
            let ours = NameRegex::new(bad).map(|_| ()).expect_err(bad).to_string();
            let theirs = regex::Regex::new(bad)
                .map(|_| ())
                .expect_err(bad)
                .to_string();
            assert_eq!(ours, theirs, "{bad}");
        }
        // Too big to compile: refused at once, with the size error.
        let big = "(\\w{100}){100}";
        assert!(matches!(
            NameRegex::new(big),
            Err(regex::Error::CompiledTooBig(_))
        ));
        for (re, yes, no) in [
            ("^_ga_[0-9]+$", "_ga_12", "_ga_x"),
            ("(?i)^sid", "SID_1", "xsid"),
            ("^a.*b$", "a-b", "a-c"),
        ] {
            let r = NameRegex::new(re).unwrap_or_else(|e| panic!("{re}: {e}"));
            let clone = r.clone();
            assert!(r.is_match(yes) && !r.is_match(no), "{re}");
            assert!(clone.is_match(yes) && !clone.is_match(no), "{re}");
        }
    }

    /// The bound that lets a regex be compiled lazily leaves a wide margin
    /// under the regex crate's size limit: the largest patterns just under
    /// it, of the widest classes, compile.
    #[test]
    fn what_is_compiled_lazily_always_compiles() {
        for class in ["\\w", "\\pL", "(?i)\\pL", ".", "[^a]", "\\d", "(?s:.)"] {
            let hir = regex_syntax::parse(class).unwrap_or_else(|e| panic!("{e}"));
            let unit = super::compiled_size_bound(&hir).max(1);
            let times = super::LAZY_COMPILE_LIMIT / unit;
            let pattern = format!("(?:{class}){{{times}}}");
            let hir = regex_syntax::parse(&pattern).unwrap_or_else(|e| panic!("{e}"));
            assert!(super::compiled_size_bound(&hir) > super::LAZY_COMPILE_LIMIT / 2);
            assert!(
                regex::Regex::new(&pattern).is_ok(),
                "{pattern} is compiled lazily and must compile"
            );
        }
    }
}
