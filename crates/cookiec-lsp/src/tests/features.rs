use super::*;
use crate::{
    code_actions, definition, diagnostics, folding, formatting, hover, references, rename,
    semantic_tokens, symbols,
};
use cookiec_check::names::Names;
use tower_lsp_server::ls_types::{HoverContents, PrepareRenameResponse, SymbolKind};

fn hover_at(src: &str) -> (Document, String, Range) {
    let (doc, pos) = fixture(src);
    let h = hover::hover(&doc, pos).unwrap_or_else(|| panic!("no hover"));
    let HoverContents::Markup(m) = h.contents else {
        panic!("not markup")
    };
    let range = h.range.unwrap();
    (doc, m.value, range)
}

#[test]
fn hover_documents_declarations_and_fields_from_the_schema() {
    let (doc, text, range) = hover_at(&at("cookie \"_ga\"", 0, 2));
    assert_eq!(covered(&doc, range), "cookie");
    assert!(
        text.contains(cookiec_check::schema::declaration("cookie").unwrap().doc),
        "{text}"
    );
    let (doc, text, range) = hover_at(&at("same-site", 0, 3));
    assert_eq!(covered(&doc, range), "same-site");
    assert!(text.contains(
        cookiec_check::schema::field("cookie", "same-site")
            .unwrap()
            .doc
    ));
}

#[test]
fn hover_normalises_lifetimes() {
    let (doc, text, range) = hover_at(&at("7 days", 0, 3));
    assert!(text.contains("7 days = 604 800 s"), "{text}");
    assert_eq!(covered(&doc, range), "7 days");
    let (_, text, _) = hover_at(&at("2 years", 0, 0));
    assert!(text.contains("2 years = 63 072 000 s"), "{text}");
}

#[test]
fn hover_shows_the_catalog_entry_of_a_well_known_cookie() {
    let (doc, text, range) = hover_at(&at("\"__stripe_mid\"", 0, 4));
    assert_eq!(covered(&doc, range), "\"__stripe_mid\"");
    assert!(
        text.contains("Stripe, Inc.") && text.contains("https://"),
        "{text}"
    );
}

#[test]
fn hover_documents_enum_values() {
    let (doc, text, range) = hover_at(&at("same-site lax", 0, "same-site l".len()));
    assert_eq!(covered(&doc, range), "lax");
    assert!(text.contains("`lax`"), "{text}");
}

#[test]
fn hover_summarises_referenced_categories_and_providers() {
    let (doc, text, range) = hover_at(&at(
        "category essential\n  purpose",
        0,
        "category ess".len(),
    ));
    assert_eq!(covered(&doc, range), "essential");
    assert!(
        text.contains("Strictly necessary 必要") && text.contains("required"),
        "{text}"
    );
    let (_, text, _) = hover_at(&at("provider stripe\n  purpose", 0, "provider s".len()));
    assert!(
        text.contains("Stripe, Inc.") && text.contains("payments"),
        "{text}"
    );
}

#[test]
fn definition_jumps_from_a_reference_to_the_declared_id() {
    let (doc, pos) = fixture(&at(
        "category analytics\n  purpose",
        0,
        "category anal".len(),
    ));
    let loc = definition::definition(&doc, pos).unwrap();
    assert_eq!(covered(&doc, loc.range), "analytics");
    assert_eq!(
        doc.text[..doc.offset(loc.range.start)].lines().last(),
        Some("category ")
    );
    let (doc, pos) = fixture(&at("purpose \"Fraud", 0, 0));
    assert!(
        definition::definition(&doc, pos).is_none(),
        "no symbol under a field name"
    );
}

#[test]
fn references_list_every_use_with_or_without_the_declaration() {
    let (doc, pos) = fixture(&at("category essential {", 0, "category e".len()));
    let all = references::references(&doc, pos, true);
    assert_eq!(all.len(), 3);
    assert!(all.iter().all(|l| covered(&doc, l.range) == "essential"));
    assert_eq!(references::references(&doc, pos, false).len(), 2);
}

#[test]
fn rename_edits_every_occurrence_and_validates_the_name() {
    let (doc, pos) = fixture(&at("provider stripe\n  purpose", 0, "provider str".len()));
    let PrepareRenameResponse::RangeWithPlaceholder { range, placeholder } =
        rename::prepare(&doc, pos).unwrap()
    else {
        panic!("expected a placeholder")
    };
    assert_eq!(
        (covered(&doc, range), placeholder.as_str()),
        ("stripe", "stripe")
    );
    let edit = rename::rename(&doc, pos, "stripe-payments")
        .unwrap()
        .unwrap();
    let edits = &edit.changes.unwrap()[&doc.uri];
    assert_eq!(edits.len(), 2);
    assert!(edits
        .iter()
        .all(|e| covered(&doc, e.range) == "stripe" && e.new_text == "stripe-payments"));
    for bad in ["9lives", "has space", "", "yes", "first-party"] {
        assert!(rename::rename(&doc, pos, bad).is_err(), "{bad:?} accepted");
    }
    let (doc, pos) = fixture(&at("category essential {", 0, "category e".len()));
    let err = rename::rename(&doc, pos, "analytics").unwrap_err();
    assert!(err.contains("already exists"), "{err}");
}

/// The outline written straight from the tree (what `cookiec lsp`
/// answers) is, byte for byte, the typed symbols serialised: on every
/// example, on broken variants of them, with long and empty labels, in both
/// column units.
#[test]
fn the_direct_outline_is_the_typed_outline_serialised() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut texts: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "cookies"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    assert!(texts.len() > 3, "the examples are found");
    texts.push(BASE.to_string());
    texts.push(format!(
        "cookie \"\" {{\n  purpose \"{}\"\n}}\ncategory\nx [1, 2] {{\n}}\n",
        "é🍪".repeat(40)
    ));
    let broken: Vec<String> = texts
        .iter()
        .map(|t| t.replacen('}', "", 1))
        .chain(texts.iter().map(|t| t.replacen('\n', " ] \n", 3)))
        .collect();
    texts.extend(broken);
    for text in &texts {
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let doc = Document::new("file:///a.cookies".parse().unwrap(), 1, text.clone(), enc);
            let typed = serde_json::to_string(&symbols::document_symbols(&doc)).unwrap();
            let direct = symbols::outline_json(&doc);
            assert_eq!(direct, typed, "for:\n{text}");
        }
    }
}

#[test]
fn rename_refuses_the_built_in_provider_and_non_symbols() {
    let src = BASE.replace("  provider stripe\n", "  provider first-party\n");
    let (doc, pos) = fixture(&src.replacen("provider first-party", "provider first-$0party", 1));
    assert!(rename::prepare(&doc, pos).is_err());
    let (doc, pos) = fixture(&at("purpose \"Fraud", 0, 2));
    assert!(rename::prepare(&doc, pos).is_err());
}

#[test]
fn symbols_outline_every_declaration() {
    let (doc, _) = fixture(&format!("{BASE}$0"));
    let syms = symbols::document_symbols(&doc);
    let names: Vec<&str> = syms.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Café 🍪 Shop",
            "essential",
            "analytics",
            "stripe",
            "session_id",
            "__stripe_mid",
            "_ga"
        ]
    );
    assert_eq!(syms[1].kind, SymbolKind::ENUM);
    assert_eq!(covered(&doc, syms[1].selection_range), "essential");
    assert_eq!(covered(&doc, syms[0].selection_range), "\"Café 🍪 Shop\"");
    let children = syms[4].children.as_ref().unwrap();
    assert_eq!(children[0].name, "category");
    assert!(
        covered(&doc, syms[4].range).starts_with("cookie \"session_id\" {")
            && covered(&doc, syms[4].range).ends_with('}')
    );
}

#[test]
fn folding_covers_blocks_nested_blocks_lists_and_comment_runs() {
    let src = format!("# one\n# two\n{BASE}  $0");
    let (doc, _) = fixture(&src);
    let ranges = folding::folding_ranges(&doc);
    let starts: Vec<(u32, u32)> = ranges.iter().map(|r| (r.start_line, r.end_line)).collect();
    assert!(starts.contains(&(0, 1)), "comment run: {starts:?}");
    assert!(starts.contains(&(2, 6)), "policy block: {starts:?}");
    // The nested consent block of `analytics` (lines 15..18 after two comment lines).
    assert!(starts.contains(&(16, 18)), "nested block: {starts:?}");
}

#[test]
fn semantic_tokens_classify_and_measure_in_the_negotiated_encoding() {
    for enc in [Encoding::Utf16, Encoding::Utf8] {
        let (doc, _) = fixture_enc(&format!("{BASE}$0"), enc);
        let tokens = semantic_tokens::semantic_tokens(&doc).data;
        // Decode to absolute (line, col, len, type, mods).
        let (mut line, mut col) = (0, 0);
        let mut abs = Vec::new();
        for t in &tokens {
            if t.delta_line > 0 {
                line += t.delta_line;
                col = t.delta_start;
            } else {
                col += t.delta_start;
            }
            abs.push((line, col, t.length, t.token_type, t.token_modifiers_bitset));
        }
        let text_of = |&(l, c, len, _, _): &(u32, u32, u32, u32, u32)| {
            let start = doc.offset(tower_lsp_server::ls_types::Position::new(l, c));
            let end = doc.offset(tower_lsp_server::ls_types::Position::new(l, c + len));
            doc.text[start..end].to_string()
        };
        let find = |s: &str| {
            abs.iter()
                .find(|t| text_of(t) == s)
                .unwrap_or_else(|| panic!("{enc:?}: no token {s}"))
        };
        assert_eq!(find("policy").3, 0, "keyword");
        assert_eq!(find("controller").3, 1, "property");
        assert_eq!(find("\"Café 🍪 Shop\"").3, 2, "string, measured in {enc:?}");
        assert_eq!(find("7").3, 3, "number");
        assert_eq!(find("lax").3, 6, "enum member");
        assert_eq!(find("stripe").4, 1, "declaration modifier");
    }
}

#[test]
fn semantic_tokens_mark_declarations_and_references() {
    let (doc, _) = fixture(&format!("{BASE}$0"));
    let tokens = semantic_tokens::semantic_tokens(&doc).data;
    // Every token lies on one line and within it.
    let mut line = 0;
    let mut col = 0;
    let mut essential = Vec::new();
    for t in &tokens {
        if t.delta_line > 0 {
            line += t.delta_line;
            col = t.delta_start;
        } else {
            col += t.delta_start;
        }
        let start = doc.offset(tower_lsp_server::ls_types::Position::new(line, col));
        let end = doc.offset(tower_lsp_server::ls_types::Position::new(
            line,
            col + t.length,
        ));
        assert!(!doc.text[start..end].contains('\n'));
        if &doc.text[start..end] == "essential" {
            essential.push((t.token_type, t.token_modifiers_bitset));
        }
    }
    assert_eq!(
        essential,
        [(7, 1), (7, 0), (7, 0)],
        "type, declaration once"
    );
}

#[test]
fn diagnostics_are_the_checkers_with_codes_links_and_exact_ranges() {
    set_docs_base();
    let src = BASE.replace("same-site lax", "same-site laxx");
    let (doc, _) = fixture(&format!("{src}$0"));
    let diags = diagnostics::diagnostics(&doc);
    assert_eq!(diags.len(), doc.analysis().diagnostics.len());
    let d = diags
        .iter()
        .find(|d| covered(&doc, d.range) == "laxx")
        .unwrap_or_else(|| panic!("no diagnostic on laxx: {diags:?}"));
    let tower_lsp_server::ls_types::NumberOrString::String(code) = d.code.clone().unwrap() else {
        panic!()
    };
    let href = d
        .code_description
        .as_ref()
        .unwrap()
        .href
        .as_str()
        .to_string();
    assert!(
        href.starts_with(DOCS_BASE) && href.ends_with(&format!("/codes/{code}.md")),
        "{href}"
    );
    assert_eq!(d.source.as_deref(), Some("cookiec"));
}

#[test]
fn syntax_errors_are_reported_with_ranges_after_non_bmp_text() {
    set_docs_base();
    let (doc, _) = fixture("cookie \"🍪\" { purpose \"x\" } }\n$0");
    let diags = diagnostics::diagnostics(&doc);
    assert!(!diags.is_empty());
    assert!(
        diags.iter().any(|d| covered(&doc, d.range).contains('}')),
        "{diags:?}"
    );
}

#[test]
fn code_actions_carry_the_diagnostics_fixes() {
    let src = BASE.replace("same-site lax", "same-site laxx");
    let (doc, _) = fixture(&format!("{src}$0"));
    let start = doc.text.find("laxx").unwrap();
    let range = doc.range(cookiec_diagnostics::Span::new(start, start + 4));
    let actions = code_actions::code_actions(&doc, range, None);
    let fixed: Vec<String> = actions
        .iter()
        .filter_map(|a| match a {
            tower_lsp_server::ls_types::CodeActionOrCommand::CodeAction(a) => a.edit.clone(),
            _ => None,
        })
        .filter_map(|e| e.changes)
        .flat_map(|c| c.into_values().flatten())
        .map(|e| e.new_text)
        .collect();
    assert!(fixed.iter().any(|t| t == "lax"), "{actions:?}");
}

#[test]
fn formatting_returns_edits_that_produce_the_formatters_output() {
    let messy = BASE.replace("  consent required\n", "      consent    required\n");
    let (doc, _) = fixture(&format!("{messy}$0"));
    let edits = formatting::format(&doc).unwrap();
    assert_eq!(edits.len(), 1);
    let span = doc.span(edits[0].range);
    let result = format!(
        "{}{}{}",
        &doc.text[..span.start],
        edits[0].new_text,
        &doc.text[span.end..]
    );
    assert_eq!(result, cookiec_fmt::format(&doc.text).unwrap());
    assert!(result.contains("\n  consent required\n"));
    let (broken, _) = fixture("cookie \"x\" { purpose \"unterminated\n$0");
    assert!(formatting::format(&broken).is_err());
}

#[test]
fn names_table_finds_definitions_and_references() {
    let (doc, _) = fixture(&format!("{BASE}$0"));
    let names = Names::of(&doc.analysis().file);
    assert_eq!(
        names
            .declared(cookiec_check::names::SymbolKind::Category)
            .count(),
        2
    );
    assert_eq!(
        names
            .all_of(cookiec_check::names::SymbolKind::Provider, "stripe")
            .count(),
        2
    );
}

#[test]
fn features_never_panic_on_positions_past_the_end_or_garbage() {
    let garbage = [
        "",
        "{{{{",
        "}}}",
        "cookie \"\u{0}\" [ , , ] { {",
        "\"unterminated",
        "# only a comment",
        "🍪🍪🍪\r\n\r\n",
    ];
    for text in garbage.iter().copied().chain([BASE]) {
        let doc = Document::new(
            "file:///g.cookies".parse().unwrap(),
            1,
            text.to_string(),
            Encoding::Utf16,
        );
        for pos in [
            (0, 0),
            (0, 1),
            (0, 999),
            (999, 0),
            (u32::MAX, u32::MAX),
            (1, 3),
        ] {
            let p = tower_lsp_server::ls_types::Position::new(pos.0, pos.1);
            let _ = crate::completion::completion(
                &doc,
                p,
                crate::completion::CompletionCaps { snippets: true },
            );
            let _ = hover::hover(&doc, p);
            let _ = definition::definition(&doc, p);
            let _ = references::references(&doc, p, true);
            let _ = rename::prepare(&doc, p);
            let _ = rename::rename(&doc, p, "x");
            let r = Range::new(p, tower_lsp_server::ls_types::Position::new(0, 0));
            let _ = code_actions::code_actions(&doc, r, None);
        }
        let _ = symbols::document_symbols(&doc);
        let _ = folding::folding_ranges(&doc);
        let _ = semantic_tokens::semantic_tokens(&doc);
        let _ = formatting::format(&doc);
        let _ = diagnostics::diagnostics(&doc);
    }
}

const INSECURE: &str = "policy \"Shop\" {\n  controller \"Shop Ltd\"\n  email \"privacy@shop.example\"\n}\n\n\
category essential {\n  title \"Essential\"\n  consent required\n}\n\n\
cookie \"sid\" {\n  category essential\n  purpose \"Session 🍪.\"\n  lifetime 7 days\n  same-site non$0e\n}\n";

fn apply_edit(doc: &Document, edit: &tower_lsp_server::ls_types::WorkspaceEdit) -> String {
    let mut edits: Vec<_> = edit.changes.as_ref().unwrap()[&doc.uri]
        .iter()
        .map(|e| (doc.span(e.range), e.new_text.clone()))
        .collect();
    edits.sort_by_key(|(s, _)| std::cmp::Reverse(s.start));
    let mut text = doc.text.clone();
    for (span, new) in edits {
        text.replace_range(span.range(), &new);
    }
    text
}

#[test]
fn quick_fix_adds_secure_where_same_site_none_needs_it() {
    let (doc, pos) = fixture(INSECURE);
    let actions = code_actions::code_actions(&doc, Range::new(pos, pos), None);
    let fix = actions
        .iter()
        .find_map(|a| match a {
            tower_lsp_server::ls_types::CodeActionOrCommand::CodeAction(a)
                if a.title.contains("secure") =>
            {
                Some(a)
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no secure fix: {actions:?}"));
    assert_eq!(
        fix.kind,
        Some(tower_lsp_server::ls_types::CodeActionKind::QUICKFIX)
    );
    let diag = &fix.diagnostics.as_ref().unwrap()[0];
    assert_eq!(covered(&doc, diag.range), "none");
    let fixed = apply_edit(&doc, fix.edit.as_ref().unwrap());
    let after = cookiec_check::check_source(&fixed);
    assert!(!after.has_errors(), "{fixed}\n{:?}", after.diagnostics);
}

#[test]
fn fix_all_applies_every_safe_fix_and_honours_only() {
    let (doc, pos) = fixture(INSECURE);
    let only = [tower_lsp_server::ls_types::CodeActionKind::from(
        code_actions::FIX_ALL,
    )];
    let actions = code_actions::code_actions(&doc, Range::new(pos, pos), Some(&only));
    assert_eq!(actions.len(), 1, "only the fix-all action: {actions:?}");
    let tower_lsp_server::ls_types::CodeActionOrCommand::CodeAction(all) = &actions[0] else {
        panic!()
    };
    let fixed = apply_edit(&doc, all.edit.as_ref().unwrap());
    assert_eq!(
        fixed,
        cookiec_check::apply_fixes(&doc.text, &doc.analysis().diagnostics, true),
        "same as --fix"
    );
}

#[test]
fn lint_codes_complete_and_hover_from_the_registry() {
    let src = format!("{}lint {{\n  allow [$0]\n}}\n", INSECURE.replace("$0", ""));
    let (doc, pos) = fixture(&src);
    let items = crate::completion::completion(
        &doc,
        pos,
        crate::completion::CompletionCaps { snippets: true },
    );
    assert!(
        items.iter().any(|i| i.label == "SPEC004"),
        "{:?}",
        items.iter().map(|i| &i.label).collect::<Vec<_>>()
    );
    let src = format!(
        "{}lint {{\n  allow [SPEC0$004]\n}}\n",
        INSECURE.replace("$0", "")
    );
    let (doc, text, range) = hover_at(&src);
    assert_eq!(covered(&doc, range), "SPEC004");
    assert!(text.contains("**SPEC004**"), "{text}");
}

#[test]
fn range_formatting_touches_only_the_declarations_in_range() {
    let messy = BASE
        .replace("  consent required\n", "      consent    required\n")
        .replace(
            "  purpose \"Fraud prevention.\"",
            "        purpose   \"Fraud prevention.\"",
        );
    let (doc, _) = fixture(&format!("{messy}$0"));
    let start = doc.text.find("category essential").unwrap();
    let range = doc.range(cookiec_diagnostics::Span::new(start, start + 5));
    let edits = formatting::format_range(&doc, range).unwrap();
    assert_eq!(edits.len(), 1);
    let span = doc.span(edits[0].range);
    let result = format!(
        "{}{}{}",
        &doc.text[..span.start],
        edits[0].new_text,
        &doc.text[span.end..]
    );
    assert!(result.contains("\n  consent required\n"), "{result}");
    assert!(
        result.contains("        purpose   \"Fraud"),
        "the cookie outside the range is untouched"
    );
}

#[test]
fn multi_line_strings_become_one_token_per_line_and_fold() {
    let src = "section faq {\n  title \"FAQ\"\n  body \"\"\"\n    Line one 🍪\n    Line two\n    \"\"\"\n}\n$0";
    let (doc, _) = fixture(src);
    let tokens = semantic_tokens::semantic_tokens(&doc).data;
    let (mut line, mut col) = (0, 0);
    let mut strings = Vec::new();
    for t in &tokens {
        if t.delta_line > 0 {
            line += t.delta_line;
            col = t.delta_start;
        } else {
            col += t.delta_start;
        }
        if t.token_type == 2 {
            let start = doc.offset(tower_lsp_server::ls_types::Position::new(line, col));
            let end = doc.offset(tower_lsp_server::ls_types::Position::new(
                line,
                col + t.length,
            ));
            strings.push(doc.text[start..end].to_string());
        }
    }
    assert_eq!(
        strings,
        [
            "\"FAQ\"",
            "\"\"\"",
            "    Line one 🍪",
            "    Line two",
            "    \"\"\""
        ]
    );
    let folds = folding::folding_ranges(&doc);
    assert!(
        folds.iter().any(|f| (f.start_line, f.end_line) == (2, 4)),
        "{folds:?}"
    );
}

#[test]
fn secondary_labels_become_related_information() {
    let dup = BASE.replace(
        "provider stripe {",
        "category essential {\n  title \"Again\"\n  consent required\n}\n\nprovider stripe {",
    );
    let (doc, _) = fixture(&format!("{dup}$0"));
    let diags = diagnostics::diagnostics(&doc);
    let d = diags
        .iter()
        .find(|d| d.related_information.is_some())
        .unwrap_or_else(|| panic!("no related information: {diags:?}"));
    let related = &d.related_information.as_ref().unwrap()[0];
    assert_eq!(related.location.uri, doc.uri);
    assert_eq!(covered(&doc, related.location.range), "essential");
    assert!(
        doc.offset(related.location.range.start) < doc.offset(d.range.start),
        "points at the first declaration"
    );
}

/// Every mechanical fix a lint rule offers on its fixtures is offered as a
/// code action on the diagnostic's range, and applying it makes the
/// diagnostic go away: the LSP side of the rules' fix tests.
#[test]
fn every_lint_rule_fix_is_a_code_action_that_removes_its_diagnostic() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/rules");
    let mut checked = 0;
    for dir in std::fs::read_dir(&root).unwrap().flatten() {
        if !dir.path().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if !name.starts_with("fires") {
                continue;
            }
            let text = std::fs::read_to_string(file.path()).unwrap();
            let doc = Document::new(
                "file:///fixture.cookies".parse().unwrap(),
                1,
                text,
                Encoding::Utf16,
            );
            for d in doc.analysis().diagnostics.clone() {
                for fix in &d.fixes {
                    let range =
                        Range::new(doc.position(d.span().start), doc.position(d.span().end));
                    let actions = code_actions::code_actions(&doc, range, None);
                    let action = actions
                        .iter()
                        .find_map(|a| match a {
                            tower_lsp_server::ls_types::CodeActionOrCommand::CodeAction(a)
                                if a.title == fix.title =>
                            {
                                Some(a)
                            }
                            _ => None,
                        })
                        .unwrap_or_else(|| {
                            panic!("{name} in {:?}: no action `{}`", dir.file_name(), fix.title)
                        });
                    let fixed = apply_edit(&doc, action.edit.as_ref().unwrap());
                    let after = cookiec_check::check_source(&fixed);
                    let still = after
                        .diagnostics
                        .iter()
                        .filter(|a| a.code == d.code && a.message == d.message)
                        .count();
                    let before = doc
                        .analysis()
                        .diagnostics
                        .iter()
                        .filter(|a| a.code == d.code && a.message == d.message)
                        .count();
                    assert!(
                        still < before,
                        "{:?}/{name}: `{}` left {}:\n{fixed}",
                        dir.file_name(),
                        fix.title,
                        d.code
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 10, "only {checked} rule fixes exercised");
}

#[test]
fn lint_rule_diagnostics_link_to_their_rule_page() {
    let (doc, _) = fixture(INSECURE);
    let diags = diagnostics::diagnostics(&doc);
    let d = diags
        .iter()
        .find(|d| {
            d.code
                == Some(tower_lsp_server::ls_types::NumberOrString::String(
                    "SPEC004".into(),
                ))
        })
        .unwrap_or_else(|| panic!("no SPEC004: {diags:?}"));
    let href = d
        .code_description
        .as_ref()
        .unwrap()
        .href
        .as_str()
        .to_string();
    assert_eq!(href, format!("{DOCS_BASE}/rules/SPEC004.md"));
}

/// Links need an absolute documentation base. Every test that reads links
/// sets the same value, so running them in parallel cannot race.
const DOCS_BASE: &str = "https://docs.example/cookiec/docs";

fn set_docs_base() {
    std::env::set_var(cookiec_diagnostics::DOCS_BASE_ENV, DOCS_BASE);
}

/// Issue 13: `on-behalf-of` is a provider reference like an item's
/// `provider`, and `self-hosted` is documented from the schema.
#[test]
fn on_behalf_of_is_a_provider_reference_and_self_hosted_hovers() {
    let src = BASE.replace(
        "  role [payments]\n}",
        "  role [payments]\n}\n\nprovider cdn {\n  name \"CDN\"\n  self-hosted yes\n  on-behalf-of stripe\n}",
    );
    let (doc, pos) = fixture(&src.replacen("on-behalf-of stripe", "on-behalf-of str$0ipe", 1));
    let loc = definition::definition(&doc, pos).unwrap();
    assert_eq!(covered(&doc, loc.range), "stripe");
    assert_eq!(
        doc.text[..doc.offset(loc.range.start)].lines().last(),
        Some("provider ")
    );
    let (doc, text, range) = hover_at(&src.replacen("self-hosted yes", "self-ho$0sted yes", 1));
    assert_eq!(covered(&doc, range), "self-hosted");
    assert!(text.contains(
        cookiec_check::schema::field("provider", "self-hosted")
            .unwrap()
            .doc
    ));
}
