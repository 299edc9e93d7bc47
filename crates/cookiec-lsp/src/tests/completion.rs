use super::*;
use crate::completion::{completion, CompletionCaps};
use cookiec_check::schema;
use tower_lsp_server::ls_types::{CompletionItem, CompletionTextEdit};

const SNIPPETS: CompletionCaps = CompletionCaps { snippets: true };

fn labels(src: &str) -> Vec<String> {
    let (doc, pos) = fixture(src);
    completion(&doc, pos, SNIPPETS)
        .into_iter()
        .map(|i| i.label)
        .collect()
}

fn item(src: &str, label: &str, caps: CompletionCaps) -> (Document, CompletionItem) {
    let (doc, pos) = fixture(src);
    let it = completion(&doc, pos, caps)
        .into_iter()
        .find(|i| i.label == label)
        .unwrap_or_else(|| panic!("no {label}"));
    (doc, it)
}

fn edit_of(i: &CompletionItem) -> &tower_lsp_server::ls_types::TextEdit {
    match i.text_edit.as_ref().unwrap() {
        CompletionTextEdit::Edit(e) => e,
        CompletionTextEdit::InsertAndReplace(_) => panic!("unexpected insert/replace"),
    }
}

#[test]
fn top_level_offers_every_declaration_of_the_schema_and_catalog_cookies() {
    let src = format!("{BASE}\n$0");
    let got = labels(&src);
    for d in schema::declarations() {
        assert!(
            got.iter().any(|l| l == d.keyword),
            "{} missing: {got:?}",
            d.keyword
        );
    }
    for c in [
        "_ga",
        "_ga_*",
        "_gid",
        "_fbp",
        "__stripe_mid",
        "__stripe_sid",
        "_hjSessionUser_*",
    ] {
        assert!(got.iter().any(|l| l == c), "catalog {c} missing");
    }
    assert!(
        !got.iter().any(|l| l == "purpose"),
        "fields are not top-level"
    );
}

#[test]
fn block_offers_the_fields_not_yet_given() {
    // An empty line inside the first cookie's block.
    let src = at("  http-only", 0, 0).replace("$0", "$0\n");
    let got = labels(&src);
    for want in ["provider", "when", "domain", "partitioned", "allow"] {
        assert!(got.contains(&want.to_string()), "{want} missing: {got:?}");
    }
    for given in ["category", "purpose", "lifetime", "secure", "same-site"] {
        assert!(
            !got.contains(&given.to_string()),
            "{given} is already given: {got:?}"
        );
    }
    let policy = labels(&at("  languages", 0, 0).replace("$0", "$0\n"));
    assert!(policy.contains(&"website".to_string()) && !policy.contains(&"email".to_string()));
}

#[test]
fn typed_field_prefix_is_replaced() {
    let src = BASE.replace("  http-only\n", "  http-only\n  dom$0\n");
    let (doc, it) = item(&src, "domain", SNIPPETS);
    assert_eq!(covered(&doc, edit_of(&it).range), "dom");
    assert_eq!(edit_of(&it).new_text, "domain \"$1\"");
}

#[test]
fn enum_values_follow_the_field_type() {
    let got = labels(&at("same-site lax", 0, "same-site ".len()));
    assert!(
        got.contains(&"strict".to_string()) && got.contains(&"none".to_string()),
        "{got:?}"
    );
    let modes = labels(&BASE.replace("  consent required\n", "  consent $0\n"));
    assert_eq!(modes, ["required", "opt-in", "opt-out", "notice"]);
    let bools = labels(&BASE.replace("  http-only\n", "  http-only\n  partitioned $0\n"));
    assert_eq!(bools, ["yes", "no"]);
}

#[test]
fn list_values_skip_those_already_listed() {
    let got = labels(&BASE.replace("commitments [no-sale]", "commitments [no-sale, $0]"));
    assert!(got.contains(&"no-sharing".to_string()), "{got:?}");
    assert!(!got.contains(&"no-sale".to_string()));
}

#[test]
fn references_offer_declared_ids() {
    let cats = labels(&at(
        "category essential\n  purpose \"Keeps",
        0,
        "category ".len(),
    ));
    assert_eq!(cats, ["essential", "analytics"]);
    let provs = labels(&BASE.replace("  http-only\n", "  http-only\n  provider $0\n"));
    assert_eq!(provs, ["stripe", "first-party"]);
}

#[test]
fn lifetime_offers_words_then_units() {
    let words = labels(&BASE.replace("lifetime 7 days", "lifetime $0"));
    assert_eq!(
        words,
        [
            "session",
            "until-cleared",
            "until-sign-out",
            "sliding",
            "configurable",
            "at-most"
        ]
    );
    let units = labels(&BASE.replace("lifetime 7 days", "lifetime 7 $0"));
    assert!(
        units.contains(&"days".to_string()) && !units.contains(&"day".to_string()),
        "{units:?}"
    );
    let one = labels(&BASE.replace("lifetime 7 days", "lifetime 1 $0"));
    assert!(
        one.contains(&"year".to_string()) && !one.contains(&"years".to_string()),
        "{one:?}"
    );
}

#[test]
fn consent_block_offers_missing_regions_then_modes() {
    let regions = labels(&BASE.replace("    us-ca opt-out\n", "    us-ca opt-out\n    $0\n"));
    assert!(regions.contains(&"eu".to_string()), "{regions:?}");
    assert!(!regions.contains(&"us-ca".to_string()) && !regions.contains(&"default".to_string()));
    let modes = labels(&BASE.replace("    us-ca opt-out\n", "    us-ca opt-out\n    eu $0\n"));
    assert_eq!(modes, ["required", "opt-in", "opt-out", "notice"]);
}

#[test]
fn nothing_inside_strings_and_comments() {
    assert!(labels(&BASE.replace("Fraud prevention.", "Fraud $0prevention.")).is_empty());
    assert!(labels(&format!("{BASE}# a comment $0\n")).is_empty());
}

#[test]
fn catalog_cookie_inserts_a_complete_item_and_its_provider() {
    let src = format!("{BASE}\n$0");
    let (doc, it) = item(&src, "_fbp", SNIPPETS);
    let text = &edit_of(&it).new_text;
    assert!(text.starts_with("cookie \"_fbp\" {\n"), "{text}");
    assert!(
        text.contains("\tprovider meta\n") && text.contains("\tlifetime 90 days\n"),
        "{text}"
    );
    // Declared categories are offered as a choice.
    assert!(
        text.contains("category ${1|analytics,essential|}")
            || text.contains("category ${1|essential,analytics|}"),
        "{text}"
    );
    let extra = it.additional_text_edits.as_ref().unwrap();
    assert_eq!(extra.len(), 1);
    assert!(
        extra[0].new_text.contains("provider meta {"),
        "{}",
        extra[0].new_text
    );
    assert_eq!(
        doc.offset(extra[0].range.start),
        doc.text.len(),
        "appended at the end"
    );
    // The suggested category comes first when declared.
    let (_, ga) = item(&src, "_ga_*", SNIPPETS);
    assert!(edit_of(&ga)
        .new_text
        .contains("category ${1|analytics,essential|}"));
}

#[test]
fn catalog_cookie_reuses_a_declared_provider() {
    let src = format!("{BASE}\n$0");
    let (_, it) = item(&src, "__stripe_sid", SNIPPETS);
    assert!(it.additional_text_edits.is_none(), "stripe is declared");
    assert!(edit_of(&it).new_text.contains("\tprovider stripe\n"));
}

#[test]
fn catalog_after_the_cookie_keyword_replaces_the_header() {
    let src = format!("{BASE}\ncookie \"_g$0");
    let (doc, it) = item(&src, "_gid", SNIPPETS);
    assert_eq!(covered(&doc, edit_of(&it).range), "cookie \"_g");
    assert_eq!(it.filter_text.as_deref(), Some("cookie \"_gid\""));
}

#[test]
fn without_snippet_support_plain_text_is_inserted() {
    let plain = CompletionCaps { snippets: false };
    let src = format!("{BASE}\n$0");
    let (_, it) = item(&src, "_gid", plain);
    let text = &edit_of(&it).new_text;
    assert!(!text.contains('$'), "{text}");
    assert!(text.contains("\tcategory analytics\n"));
}

#[test]
fn prefix_range_is_right_after_non_bmp_text_in_both_encodings() {
    let src = "cookie \"🍪日本\" { same-site l$0 }\n";
    for enc in [Encoding::Utf16, Encoding::Utf8] {
        let (doc, pos) = fixture_enc(src, enc);
        let items = completion(&doc, pos, SNIPPETS);
        let lax = items
            .iter()
            .find(|i| i.label == "lax")
            .unwrap_or_else(|| panic!("{enc:?}: {items:?}"));
        assert_eq!(covered(&doc, edit_of(lax).range), "l", "{enc:?}");
    }
}

/// Apply a completion item's edits to the document text.
fn accept(doc: &Document, it: &CompletionItem) -> String {
    let mut edits: Vec<&tower_lsp_server::ls_types::TextEdit> = vec![edit_of(it)];
    edits.extend(it.additional_text_edits.iter().flatten());
    let mut spans: Vec<(cookiec_diagnostics::Span, &str)> = edits
        .iter()
        .map(|e| (doc.span(e.range), e.new_text.as_str()))
        .collect();
    spans.sort_by_key(|(s, _)| std::cmp::Reverse(s.start));
    let mut text = doc.text.clone();
    for (span, new) in spans {
        text.replace_range(span.range(), new);
    }
    text
}

#[test]
fn every_catalog_item_inserted_as_completed_checks_without_errors() {
    let head =
        "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n\n\
        category essential {\n  title \"Essential\"\n  consent required\n}\n\n\
        category analytics {\n  title \"Analytics\"\n  consent opt-in\n}\n\n\
        category marketing {\n  title \"Marketing\"\n  consent opt-in\n}\n\n\
        category functional {\n  title \"Functional\"\n  consent opt-in\n}\n\n$0";
    let plain = CompletionCaps { snippets: false };
    for entry in &crate::catalog::catalog().cookies {
        let (doc, it) = item(head, &entry.name, plain);
        let text = accept(&doc, &it);
        let checked = cookiec_check::check_source(&text);
        let errors: Vec<String> = checked
            .errors()
            .map(|d| format!("{} {}", d.code, d.message))
            .collect();
        assert!(errors.is_empty(), "{}:\n{text}\n{errors:#?}", entry.name);
        assert!(
            checked
                .model
                .items
                .iter()
                // The label as written: a glob with an inner `*` is a
                // regex in the model.
                .any(|i| text.get(i.name_span.range())
                    == Some(cookiec_syntax::quote(&entry.name).as_str())),
            "{} not in the model",
            entry.name
        );
    }
}

#[test]
fn completion_works_while_typing_an_unclosed_block_at_the_end() {
    let head = BASE;
    let fields = labels(&format!("{head}\ncookie \"new\" {{\n  $0"));
    assert!(
        fields.contains(&"category".to_string()) && fields.contains(&"purpose".to_string()),
        "{fields:?}"
    );
    let cats = labels(&format!("{head}\ncookie \"new\" {{\n  category $0"));
    assert_eq!(cats, ["essential", "analytics"]);
    let units = labels(&format!(
        "{head}\ncookie \"new\" {{\n  category essential\n  lifetime 3 $0"
    ));
    assert!(units.contains(&"weeks".to_string()), "{units:?}");
    let modes = labels(&format!("{head}\ncategory x {{\n  consent {{\n    eu $0"));
    assert_eq!(modes, ["required", "opt-in", "opt-out", "notice"]);
}

#[test]
fn a_line_typed_before_a_closing_brace_completes_its_values() {
    let src = BASE.replace("  same-site lax\n}", "  same-site lax\n  partitioned $0\n}");
    assert_eq!(labels(&src), ["yes", "no"]);
    let src = BASE.replace("  lifetime 1 year\n}", "  lifetime 1 year\n  status $0}");
    assert_eq!(labels(&src), ["in-use", "may-use"]);
}
