//! JavaScript values for the generated banner configurations
//! (vanilla-cookieconsent, c15t, Klaro, Consent Mode): a small value tree
//! rendered with a fixed key order, string literals that cannot break out
//! of a `<script>` element, and the declared cookies as name matchers.

use cookiec_check::model::{ItemKind, NamePattern};
use cookiec_check::ValidModel;

/// A JavaScript value; rendered with fixed key order.
pub enum Js {
    Obj(Vec<(&'static str, Js)>),
    /// An object whose keys come from data (category ids, languages).
    Map(Vec<(String, Js)>),
    Arr(Vec<Js>),
    Str(String),
    Bool(bool),
    Num(u64),
    Regex(String),
    /// A JavaScript identifier defined by the generated module itself.
    Ident(&'static str),
    /// An expression the emitter assembled from identifiers of its own and
    /// literals rendered with [`str_lit`] (never from raw user text).
    Expr(String),
}

pub fn str_lit(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_str_lit(&mut out, s);
    out
}

/// [`str_lit`], appended to `out`: a JSON string with `<`, U+2028 and
/// U+2029 escaped too, so `</script>` cannot appear and the literal is
/// valid in every JavaScript version.
fn push_str_lit(out: &mut String, s: &str) {
    cookiec_diagnostics::push_json_str(out, s, true);
}

/// Two spaces per level.
fn push_indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

pub fn render(v: &Js, indent: usize, out: &mut String) {
    match v {
        Js::Obj(fields) if fields.is_empty() => out.push_str("{}"),
        Js::Map(fields) if fields.is_empty() => out.push_str("{}"),
        Js::Obj(fields) => render_fields(fields.iter().map(|(k, v)| (*k, v)), indent, out),
        Js::Map(fields) => render_fields(fields.iter().map(|(k, v)| (k.as_str(), v)), indent, out),
        Js::Arr(items) if items.is_empty() => out.push_str("[]"),
        Js::Arr(items) => {
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                push_indent(out, indent + 1);
                render(v, indent + 1, out);
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            push_indent(out, indent);
            out.push(']');
        }
        Js::Str(s) => push_str_lit(out, s),
        Js::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Js::Num(n) => out.push_str(&n.to_string()),
        Js::Ident(name) => out.push_str(name),
        Js::Expr(e) => out.push_str(e),
        Js::Regex(r) => {
            out.push_str("new RegExp(");
            push_str_lit(out, r);
            out.push(')');
        }
    }
}

/// An object's fields, one per line, keys as string literals.
fn render_fields<'a>(
    fields: impl ExactSizeIterator<Item = (&'a str, &'a Js)>,
    indent: usize,
    out: &mut String,
) {
    let n = fields.len();
    out.push_str("{\n");
    for (i, (k, v)) in fields.enumerate() {
        push_indent(out, indent + 1);
        push_str_lit(out, k);
        out.push_str(": ");
        render(v, indent + 1, out);
        if i + 1 < n {
            out.push(',');
        }
        out.push('\n');
    }
    push_indent(out, indent);
    out.push('}');
}

pub fn regex_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\^$.|?*+()[]{}/".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Regex syntax that means the same in Rust's `regex` and JavaScript:
/// literals, classes, groups without `(?` flags or names, anchors,
/// quantifiers, `\d \w \s \.` style escapes.
pub fn js_compatible(re: &str) -> bool {
    !re.contains("(?")
        && !["\\p", "\\P", "\\A", "\\z", "\\Z", "[[:"]
            .iter()
            .any(|x| re.contains(x))
        && re.is_ascii()
}

/// `s` on one line, for a `//` comment (line terminators become spaces).
pub fn comment_safe(s: &str) -> String {
    s.replace(['\n', '\r', '\u{2028}', '\u{2029}'], " ")
}

/// `v` rendered at the top level.
pub fn to_string(v: &Js) -> String {
    let mut out = String::new();
    render(v, 0, &mut out);
    out
}

/// One named browser cookie of a category, as a banner can find it.
pub struct CookieMatch {
    /// An exact name (`Js::Str`) or a `RegExp` (`Js::Regex`).
    pub name: Js,
    pub path: Option<String>,
    pub domain: Option<String>,
}

impl CookieMatch {
    /// `{name, path?, domain?}`, the shape vanilla-cookieconsent's
    /// `autoClear` and the c15t module read.
    pub fn into_obj(self) -> Js {
        let mut fields = vec![("name", self.name)];
        if let Some(p) = self.path {
            fields.push(("path", Js::Str(p)));
        }
        if let Some(d) = self.domain {
            fields.push(("domain", Js::Str(d)));
        }
        Js::Obj(fields)
    }
}

/// A classic script: the `//` comment `header`, then an IIFE in strict
/// mode that runs `prelude`, declares `var config = <data>;` and runs
/// `body` (two-space indented JavaScript; `body` reads `config`).
pub fn config_script(header: &str, prelude: &str, data: &Js, body: &str) -> String {
    let mut out = String::from(header);
    out.push_str("(function () {\n  \"use strict\";\n");
    out.push_str(prelude);
    out.push_str("  var config = ");
    render(data, 1, &mut out);
    out.push_str(";\n");
    out.push_str(body);
    out.push_str("})();\n");
    out
}

/// `s` with two more spaces before every line that has text.
pub fn indent(s: &str) -> String {
    s.lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("  {l}\n")
            }
        })
        .collect()
}

/// Every named cookie of `category` that JavaScript can match by name:
/// exact names as strings, prefixes and regexes as `RegExp`. A regex
/// outside the syntax Rust and JavaScript share would make `new RegExp`
/// throw and break the whole banner: it is left out (the header rules
/// still clear it server-side). A cookie a third party sets on its own
/// domain is left out too: no script of the site can see or delete it.
pub fn cookie_matchers(model: &ValidModel, category: &str) -> Vec<CookieMatch> {
    model
        .category_id(category)
        .into_iter()
        .flat_map(|id| model.items_in(id))
        .filter(|it| it.kind == ItemKind::Cookie)
        .filter(|it| cookiec_check::site_domain::third_party_domain(model, it).is_none())
        .filter_map(|it| {
            let name = match &it.name {
                NamePattern::Exact(n) => Js::Str(n.clone()),
                NamePattern::Prefix(p) => Js::Regex(format!("^{}", regex_escape(p))),
                NamePattern::Regex(r) if js_compatible(r) => Js::Regex(r.to_string()),
                NamePattern::Regex(_) | NamePattern::Unnamed => return None,
            };
            Some(CookieMatch {
                name,
                path: it.path.as_ref().map(|p| p.value.clone()),
                domain: it.domain.as_ref().map(|d| d.value.clone()),
            })
        })
        .collect()
}

/// `//` comment lines naming the cookies [`cookie_matchers`] leaves out
/// because a third party sets them on its own domain (empty when there are
/// none), so that their absence from the clean-up is not read as an
/// omission.
pub fn not_cleared_note(model: &ValidModel) -> String {
    let left_out: Vec<String> = model
        .items
        .iter()
        .filter(|it| it.kind == ItemKind::Cookie)
        .filter_map(|it| {
            let domain = cookiec_check::site_domain::third_party_domain(model, it)?;
            Some(format!("{} ({domain})", it.display_name()?))
        })
        .collect();
    if left_out.is_empty() {
        return String::new();
    }
    format!(
        "// Not cleared on withdrawal: set by a third party on its own domain, which no\n\
         // script of this site can reach (the policy tells visitors how to remove them):\n\
         //   {}\n",
        comment_safe(&left_out.join(", "))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_cannot_break_out() {
        assert_eq!(str_lit("a\"b</script>\n"), "\"a\\\"b\\u003c/script>\\n\"");
        assert_eq!(str_lit("x\u{2028}"), "\"x\\u2028\"");
    }

    #[test]
    fn only_shared_regex_syntax_reaches_javascript() {
        assert!(js_compatible("^_pk_ses\\.[0-9]+\\.[0-9a-f]{4}$"));
        assert!(!js_compatible("(?i)^sid$"));
        assert!(!js_compatible("^\\p{L}+$"));
    }
}
