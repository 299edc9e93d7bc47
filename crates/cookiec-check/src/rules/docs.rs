//! The rule documentation pages under `docs/rules/`, generated from the
//! registry (a test regenerates them with `UPDATE_DOCS=1` and fails when
//! the committed pages are stale).

use super::{Rule, REGISTRY};
use std::fmt::Write;

const GENERATED: &str = "<!-- Generated from crates/cookiec-check/src/rules by `UPDATE_DOCS=1 cargo test -p cookiec-check --test rules`; do not edit. -->\n";

/// The Markdown page of one rule: its documentation with a table of its
/// metadata under the heading.
pub fn page(rule: &Rule) -> String {
    let doc = rule.info.doc.trim();
    let (heading, body) = doc.split_once('\n').unwrap_or((doc, ""));
    let mut out = String::new();
    out.push_str(GENERATED);
    let _ = writeln!(out, "{heading}\n");
    let _ = writeln!(out, "{}\n", rule.info.summary);
    out.push_str("| | |\n|---|---|\n");
    let _ = writeln!(out, "| code | `{}` |", rule.info.code);
    let _ = writeln!(out, "| name | `{}` |", rule.info.name);
    let _ = writeln!(
        out,
        "| default severity | {} |",
        rule.info.severity.as_str()
    );
    let _ = writeln!(out, "| kind | {} |", rule.kind.as_str());
    let _ = writeln!(out, "| jurisdictions | {} |", rule.jurisdictions_label());
    let _ = writeln!(out, "| fix | {} |", rule.fix.as_str());
    let _ = writeln!(out, "| source | {} |", rule.source.replace('|', "\\|"));
    if let Some(n) = rule.kind.notice() {
        let _ = write!(out, "\n> {n}\n");
    }
    out.push('\n');
    out.push_str(body.trim_start_matches('\n'));
    out.push('\n');
    out
}

/// `docs/rules/README.md`: every rule in one table.
pub fn index() -> String {
    let mut out = String::new();
    out.push_str(GENERATED);
    out.push_str("# Lint rules\n\n");
    out.push_str(
        "Every rule `cookiec check` runs after the language checks. Spec and policy rules run \
for every file; legal and platform rules run for the jurisdictions of the file: \
`lint { jurisdictions [...] }`, else `consent { regions [...] }`, else none, or the \
`--jurisdiction` option. EU rules run for `eu`, `eea` and the member states cookiec knows \
(`fr`, `de`, `it`, `es`, `nl`); national rules (FR, DE, IT, ES, UK, US states, BR) run only \
when their region is named, so that a site declaring `eu` is not flooded with every \
national variant.\n\n\
Turn a rule off for a file with `lint { allow [CODE] }`, raise it to an error with \
`lint { deny [CODE] }`, or suppress it on one declaration with `allow CODE \"reason\"` \
(the reason is required). `cookiec explain CODE` prints a rule's page; `cookiec rules` \
lists them. Legal rules are information, not legal advice.\n\n\
Some cookie-specification requirements are enforced by the language itself rather than by \
a rule: a SameSite value other than `strict`, `lax` or `none` is an error of the checker \
(E206), and so are `http-only`, `secure`, `same-site` and `partitioned` on items that are \
not cookies (E202).\n\n",
    );
    out.push_str("| code | name | severity | kind | jurisdictions | fix | summary |\n");
    out.push_str("|---|---|---|---|---|---|---|\n");
    for r in REGISTRY {
        let _ = writeln!(
            out,
            "| [{code}]({code}.md) | `{}` | {} | {} | {} | {} | {} |",
            r.info.name,
            r.info.severity.as_str(),
            r.kind.as_str(),
            r.jurisdictions_label(),
            r.fix.as_str(),
            r.info.summary.replace('|', "\\|"),
            code = r.info.code,
        );
    }
    out
}

/// Every generated file: (file name under `docs/rules/`, contents).
pub fn files() -> Vec<(String, String)> {
    let mut out = vec![("README.md".to_string(), index())];
    out.extend(
        REGISTRY
            .iter()
            .map(|r| (format!("{}.md", r.info.code), page(r))),
    );
    out
}

/// The page documenting `code`, relative to the documentation base
/// ([`cookiec_diagnostics::docs_base`]): `rules/EU003.md` for lint rules,
/// `codes/E208.md` for every other code.
pub fn doc_path(code: &str) -> String {
    match REGISTRY.iter().find(|r| r.info.code == code) {
        Some(rule) => format!("rules/{}.md", rule.info.code),
        None => format!("codes/{code}.md"),
    }
}

/// The page of `code` under the configured documentation base.
pub fn doc_link(code: &str) -> String {
    cookiec_diagnostics::docs_link::join(&cookiec_diagnostics::docs_base(), &doc_path(code))
}

/// The published page of a lint rule; `None` for codes that are not lint
/// rules.
pub fn url(code: &str) -> Option<String> {
    REGISTRY
        .iter()
        .any(|r| r.info.code == code)
        .then(|| doc_link(code))
}

#[cfg(test)]
mod tests {
    #[test]
    fn pages_of_rules_and_other_codes() {
        assert_eq!(super::doc_path("EU003"), "rules/EU003.md");
        assert_eq!(super::doc_path("E208"), "codes/E208.md");
        assert!(super::url("EU003").is_some_and(|u| u.ends_with("/rules/EU003.md")));
        assert_eq!(super::url("E208"), None);
    }
}
