//! The nginx binding of the reference enforcement. nginx's header filter
//! (`module/ngx_http_cookiec_module.c`) hands over the request's headers,
//! the geo values and the upstream `Set-Cookie` lines as byte strings;
//! [`Filter::run`] answers with edits of those lines, so nginx keeps every
//! header it is not told to change. The C side only moves bytes: every
//! decision is `cookiec_enforce`'s, the code the tower layer and the
//! conformance suite run.

pub mod ffi;

// A response costs a few dozen small allocations; glibc's malloc made them a
// quarter of the module's instructions (docs/performance.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cookiec_enforce::{
    latin1, load, Enforcer, LineAction, LoadError, Plan, Request, SignalRule, Undeclared,
};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// Loaded rules, compiled for enforcement.
pub struct Filter {
    enforcer: Enforcer,
}

/// What the header filter knows about one response.
#[derive(Clone, Copy, Debug, Default)]
pub struct Input<'a> {
    /// Every request header, `(name, value)`.
    pub headers: &'a [(&'a [u8], &'a [u8])],
    /// The visitor's country and US state from the geo headers (`None` or
    /// empty: unknown).
    pub country: Option<&'a [u8]>,
    pub subdivision: Option<&'a [u8]>,
    /// The upstream `Set-Cookie` values, in order.
    pub set_cookie: &'a [&'a [u8]],
    /// Unix seconds.
    pub now: i64,
    /// What the error log records: the report is only written for it.
    pub log: LogLevel,
}

/// The most detailed level the error log records, as far as the report
/// cares (`error_log ... warn` is [`LogLevel::Warn`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogLevel {
    /// Neither warnings nor information.
    #[default]
    Quiet,
    Warn,
    Info,
}

/// One change to the response, by upstream line index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit<'a> {
    Rewrite(usize, Cow<'a, [u8]>),
    Drop(usize),
    Append(Cow<'a, [u8]>),
}

/// What a response needs, and a line for the error log.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Output<'a> {
    pub edits: Vec<Edit<'a>>,
    /// Empty when nothing is worth logging.
    pub log: String,
    /// The log line reports undeclared cookies or unsafe lines (a warning,
    /// not information).
    pub warn: bool,
}

impl Filter {
    /// Load and validate `cookiec.headers.json` (once, at configuration).
    pub fn load(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        Ok(Self::new(load::from_path(path)?))
    }

    pub fn new(rules: cookiec_enforce::HeaderRules) -> Self {
        Filter {
            enforcer: Enforcer::new(rules),
        }
    }

    fn request(&self, input: &Input<'_>) -> Request {
        // The signal headers as the rules name them (`Sec-GPC: 1`, `DNT: 1`).
        let flag = |signal: &SignalRule| {
            named(input.headers, &signal.header).any(|v| v.trim_ascii() == signal.value.as_bytes())
        };
        let consent = &self.enforcer.rules().consent;
        let cookie_headers: Vec<Cow<'_, str>> =
            named(input.headers, "cookie").map(latin1::decode).collect();
        let country = geo(input.country);
        let subdivision = geo(input.subdivision);
        Request {
            cookies: cookiec_enforce::request_cookies(cookie_headers.iter().map(|c| c.as_ref())),
            gpc: flag(&consent.gpc),
            dnt: flag(&consent.dnt),
            region: self
                .enforcer
                .region(country.as_deref(), subdivision.as_deref()),
            now: input.now,
        }
    }

    /// The reference enforcement of one response, as edits.
    pub fn run(&self, input: &Input<'_>) -> Output<'_> {
        let request = self.request(input);
        let lines: Vec<Cow<'_, str>> = input.set_cookie.iter().map(|l| latin1::decode(l)).collect();
        let plan = self.enforcer.plan(&request, &lines);
        let mut out = Output::default();
        if input.log > LogLevel::Quiet {
            self.report(&plan, input.log, &mut out);
        }
        if plan.unchanged() {
            return out;
        }
        for (i, action) in plan.lines.into_iter().enumerate() {
            match action {
                LineAction::Keep => {}
                LineAction::Drop => out.edits.push(Edit::Drop(i)),
                LineAction::Rewrite(line) => out
                    .edits
                    .push(Edit::Rewrite(i, Cow::Owned(latin1::encode_owned(line)))),
            }
        }
        for line in plan.append {
            let bytes = match line {
                Cow::Borrowed(s) => latin1::encode(s),
                Cow::Owned(s) => Cow::Owned(latin1::encode_owned(s)),
            };
            out.edits.push(Edit::Append(bytes));
        }
        out
    }

    /// The tower layer's `tracing` events, as one error-log line: the
    /// warnings, and at [`LogLevel::Info`] what was enforced.
    fn report(&self, plan: &Plan<'_, '_>, level: LogLevel, out: &mut Output<'_>) {
        let mut log = String::new();
        let list = |log: &mut String, what: &str, names: &[&str]| {
            if !names.is_empty() {
                let _ = write!(log, "{}{what} {}", sep(log), names.join(", "));
            }
        };
        if !plan.undeclared.is_empty() {
            let action = match self.enforcer.rules().undeclared {
                Undeclared::Strip => "undeclared, stripped:",
                _ => "undeclared, passed:",
            };
            list(&mut log, action, &plan.undeclared);
            out.warn = true;
        }
        let count = |log: &mut String, n: usize, what: &str| {
            if n > 0 {
                let _ = write!(log, "{}{n} {what}", sep(log));
            }
        };
        if plan.unsafe_dropped > 0 {
            count(
                &mut log,
                plan.unsafe_dropped,
                "Set-Cookie line(s) dropped: CR, LF or NUL",
            );
            out.warn = true;
        }
        if level < LogLevel::Info {
            out.log = log;
            return;
        }
        list(&mut log, "no consent, stripped:", &plan.stripped);
        list(&mut log, "no consent, expired:", &plan.expired);
        count(
            &mut log,
            plan.corrected,
            "line(s) with corrected attributes",
        );
        out.log = log;
    }
}

/// The values of the request headers called `name` (any case).
fn named<'a>(
    headers: &'a [(&'a [u8], &'a [u8])],
    name: &'a str,
) -> impl Iterator<Item = &'a [u8]> + 'a {
    headers
        .iter()
        .filter(move |(n, _)| n.eq_ignore_ascii_case(name.as_bytes()))
        .map(|(_, v)| *v)
}

/// A geo value; empty is unknown, as nginx gives an unset variable.
fn geo(v: Option<&[u8]>) -> Option<Cow<'_, str>> {
    v.filter(|v| !v.is_empty()).map(latin1::decode)
}

fn sep(log: &str) -> &'static str {
    if log.is_empty() {
        ""
    } else {
        "; "
    }
}

#[cfg(test)]
mod tests;
