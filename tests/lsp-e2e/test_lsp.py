"""End-to-end tests of the language server over stdio.

Positions are UTF-16 (neither profile offers UTF-8) and the fixture has
emoji before the interesting columns, so a server counting bytes or code
points fails here."""

import asyncio

import pytest

from lsprotocol import types
from pytest_lsp import LanguageClient

URI = "file:///tmp/cookiec-e2e/shop.cookies"

BROKEN = """\
policy "Shop 🍪" {
  controller "Shop GmbH"
  email "privacy@shop.example"
}

category essential {
  title "Essential 🔐"
  consent required
}

cookie "session" {
  category essentail
  purpose "Keeps you signed in 🔐."
  lifetime 7 days
  same-site laxx
}
"""


def offset(text: str, pos: types.Position) -> int:
    """The index in `text` of a UTF-16 LSP position."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: pos.line])
    line = lines[pos.line] if pos.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(line):
        if units >= pos.character:
            return start + i
        units += 2 if ord(ch) > 0xFFFF else 1
    return start + len(line)


def covered(text: str, rng: types.Range) -> str:
    return text[offset(text, rng.start) : offset(text, rng.end)]


def position_of(text: str, needle: str, delta: int = 0) -> types.Position:
    """The UTF-16 position of `needle` (plus `delta` chars) in `text`."""
    i = text.index(needle) + delta
    line = text.count("\n", 0, i)
    col_text = text[text.rfind("\n", 0, i) + 1 : i]
    return types.Position(line=line, character=sum(2 if ord(c) > 0xFFFF else 1 for c in col_text))


def apply(text: str, edits) -> str:
    spans = sorted(((offset(text, e.range.start), offset(text, e.range.end), e.new_text) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


async def open_doc(client: LanguageClient, text: str, version: int = 1):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="cookies", version=version, text=text)
        )
    )
    return await diagnostics(client)


async def diagnostics(client: LanguageClient):
    params = await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 20)
    return params.diagnostics


def doc_id():
    return types.TextDocumentIdentifier(uri=URI)


async def test_broken_file_reports_coded_diagnostics_with_exact_ranges(client: LanguageClient):
    diags = await open_doc(client, BROKEN)
    by_code = {d.code: d for d in diags}
    assert "E208" in by_code, diags
    assert covered(BROKEN, by_code["E208"].range) == "essentail"
    assert "E206" in by_code, diags
    assert covered(BROKEN, by_code["E206"].range) == "laxx"
    for d in diags:
        assert d.source == "cookiec"
        assert d.code_description is not None and d.code_description.href.endswith(f"/{d.code}.md")
        assert d.code_description.href.startswith("https://docs.example/cookiec/docs/")


async def test_editing_the_file_clears_the_diagnostics(client: LanguageClient):
    await open_doc(client, BROKEN)
    start = position_of(BROKEN, "essentail")
    end = position_of(BROKEN, "essentail", len("essentail"))
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text="essential")
            ],
        )
    )
    after = await diagnostics(client)
    assert "E208" not in {d.code for d in after}, after
    fixed = BROKEN.replace("essentail", "essential")
    start = position_of(fixed, "laxx")
    end = position_of(fixed, "laxx", 4)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=3),
            content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text="lax")],
        )
    )
    after = await diagnostics(client)
    assert not [d for d in after if d.severity == types.DiagnosticSeverity.Error], after


async def complete(client: LanguageClient, text: str, pos: types.Position):
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc_id(), position=pos)
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    return {i.label: i for i in items or []}


async def test_completion_knows_where_the_cursor_is(client: LanguageClient):
    text = BROKEN + "\n\n"
    await open_doc(client, text)
    top = await complete(client, text, types.Position(line=text.count("\n"), character=0))
    assert {"policy", "category", "provider", "cookie", "local-storage", "consent"} <= set(top), top.keys()
    assert {"_ga", "_ga_*", "_fbp", "__stripe_mid"} <= set(top)
    assert "purpose" not in top
    # Inside the cookie block, at the end of the `lifetime` line's indentation.
    in_block = await complete(client, text, position_of(text, "  lifetime", 2))
    assert "provider" in in_block and "http-only" in in_block, in_block.keys()
    after_samesite = await complete(client, text, position_of(text, "same-site ", len("same-site ")))
    assert {"strict", "lax", "none"} <= set(after_samesite), after_samesite.keys()
    ref = await complete(client, text, position_of(text, "category essentail", len("category ")))
    assert "essential" in ref, ref.keys()


async def test_catalog_completion_inserts_a_complete_item(client: LanguageClient):
    text = BROKEN + "\n"
    await open_doc(client, text)
    items = await complete(client, text, types.Position(line=text.count("\n"), character=0))
    ga = items["_ga"]
    new_text = ga.text_edit.new_text
    assert new_text.startswith('cookie "_ga" {'), new_text
    assert "provider google" in new_text and "lifetime 2 years" in new_text
    assert ga.additional_text_edits and "provider google {" in ga.additional_text_edits[0].new_text


async def test_hover_normalises_lifetimes_and_documents_keywords(client: LanguageClient):
    await open_doc(client, BROKEN)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=doc_id(), position=position_of(BROKEN, "7 days", 2))
    )
    assert "7 days = 604 800 s" in hover.contents.value
    assert covered(BROKEN, hover.range) == "7 days"
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=doc_id(), position=position_of(BROKEN, "purpose", 1))
    )
    assert "purpose" in hover.contents.value


async def test_definition_and_rename(client: LanguageClient):
    text = BROKEN.replace("essentail", "essential")
    await open_doc(client, text)
    ref = position_of(text, "category essential\n  purpose", len("category e"))
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc_id(), position=ref)
    )
    loc = result if isinstance(result, types.Location) else result[0]
    assert loc.range.start == position_of(text, "essential {")
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=doc_id(), position=ref, new_name="necessary")
    )
    edits = edit.changes[URI] if edit.changes else [e for dc in edit.document_changes for e in dc.edits]
    renamed = apply(text, edits)
    assert "category necessary {" in renamed and "  category necessary\n" in renamed


async def test_rename_is_prepared_and_validated(client: LanguageClient):
    text = BROKEN.replace("essentail", "essential")
    await open_doc(client, text)
    ref = position_of(text, "category essential {", len("category e"))
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=doc_id(), position=ref)
    )
    assert prepared.placeholder == "essential"
    assert covered(text, prepared.range) == "essential"
    with pytest.raises(Exception) as refused:
        await client.text_document_rename_async(
            types.RenameParams(text_document=doc_id(), position=ref, new_name="9 lives")
        )
    assert "not an identifier" in str(refused.value)


async def test_code_action_applies_the_did_you_mean_fix(client: LanguageClient):
    diags = await open_doc(client, BROKEN)
    laxx = next(d for d in diags if d.code == "E206")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=doc_id(), range=laxx.range, context=types.CodeActionContext(diagnostics=[laxx])
        )
    )
    fixes = [a for a in actions or [] if isinstance(a, types.CodeAction) and a.edit and a.edit.changes]
    assert fixes, actions
    assert "same-site lax\n" in apply(BROKEN, fixes[0].edit.changes[URI])


async def test_formatting_produces_the_canonical_layout(client: LanguageClient):
    messy = BROKEN.replace("essentail", "essential").replace("  consent required", "        consent     required")
    await open_doc(client, messy)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=doc_id(), options=types.FormattingOptions(tab_size=2, insert_spaces=True))
    )
    assert edits, "expected formatting edits"
    assert "\n  consent required\n" in apply(messy, edits)


async def test_outline_folding_and_semantic_tokens(client: LanguageClient):
    await open_doc(client, BROKEN)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc_id()))
    assert [s.name for s in symbols] == ["Shop 🍪", "essential", "session"]
    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=doc_id()))
    assert any(f.start_line == 0 for f in folds)
    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=doc_id()))
    assert tokens.data and len(tokens.data) % 5 == 0


async def test_unknown_documents_and_garbage_positions_do_not_break_the_server(client: LanguageClient):
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri="file:///nope.cookies"),
            position=types.Position(line=0, character=0),
        )
    )
    assert hover is None
    await open_doc(client, BROKEN)
    for pos in [types.Position(line=999, character=0), types.Position(line=0, character=999)]:
        await client.text_document_completion_async(types.CompletionParams(text_document=doc_id(), position=pos))
        await client.text_document_hover_async(types.HoverParams(text_document=doc_id(), position=pos))
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc_id()))
    assert symbols, "server still serving"
    assert any("not open" in m.message for m in client.log_messages)
