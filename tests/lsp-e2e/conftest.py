"""Drive `cookiec lsp` over stdio with pytest-lsp, once per recorded client
capability profile (VS Code and Neovim). pytest-lsp checks every reply
against the LSP types and the client's capabilities."""

import os
import pathlib

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("COOKIEC_BIN", str(ROOT / "target" / "release" / "cookiec"))

PROFILES = ["visual-studio-code", "neovim@v0.7.0"]

# Diagnostics link to their documentation only under an absolute base
# (docs/ci.md); the server inherits this environment.
DOCS_BASE = "https://docs.example/cookiec/docs"
os.environ["COOKIEC_DOCS_BASE"] = DOCS_BASE


@pytest_lsp.fixture(
    params=PROFILES,
    config=ClientServerConfig(server_command=[BIN, "lsp"]),
)
async def client(request, lsp_client: LanguageClient):
    params = types.InitializeParams(
        capabilities=client_capabilities(request.param),
        root_uri=ROOT.as_uri(),
    )
    result = await lsp_client.initialize_session(params)
    lsp_client.server_capabilities = result.capabilities
    yield
    await lsp_client.shutdown_session()
