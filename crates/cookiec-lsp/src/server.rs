//! The protocol routing table: capabilities, document notifications and one
//! line per request delegating to its feature module.
//!
//! Robustness rules: a request for an unknown document answers "nothing"
//! and logs a warning; feature code runs on a blocking thread, so a panic in
//! it (or in the checker) becomes a logged error and an empty answer, never
//! a dead server; edits are applied synchronously before the first `.await`.

use crate::analysis::panic_message;
use crate::completion::CompletionCaps;
use crate::documents::{Change, Document, DocumentStore};
use crate::position::Encoding;
use crate::transport::direct::{self, Forwarded};
use crate::{
    code_actions, completion, definition, diagnostics, folding, formatting, hover, references,
    rename,
};
use crate::{semantic_tokens, symbols};
use std::sync::{Arc, OnceLock};
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

/// What was negotiated in `initialize`.
#[derive(Clone, Copy, Debug, Default)]
struct Session {
    enc: Encoding,
    completion: CompletionCaps,
}

pub struct Backend {
    client: Client,
    docs: Arc<DocumentStore>,
    session: OnceLock<Session>,
    /// One check at a time: a version still queued behind a running check
    /// is skipped once a newer one has arrived, so a burst of edits costs
    /// the check in progress and the latest one, not one per edit.
    checking: tokio::sync::Mutex<()>,
    /// Checks actually run for publication (observed by tests).
    checks_run: std::sync::atomic::AtomicUsize,
    /// Where replies written without the library's router go
    /// ([`crate::transport::direct`]); set by the stdio transport.
    direct: Option<tokio::sync::mpsc::UnboundedSender<Vec<u8>>>,
}

impl Backend {
    pub fn new(client: Client) -> Self {
        Backend {
            client,
            docs: Arc::new(DocumentStore::default()),
            session: OnceLock::new(),
            checking: tokio::sync::Mutex::new(()),
            checks_run: Default::default(),
            direct: None,
        }
    }

    /// Let the backend write whole reply frames to `out` itself.
    pub fn with_direct_replies(mut self, out: tokio::sync::mpsc::UnboundedSender<Vec<u8>>) -> Self {
        self.direct = Some(out);
        self
    }

    /// `textDocument/documentSymbol`, forwarded by the transport: the same
    /// answer as [`LanguageServer::document_symbol`], serialised on the
    /// blocking thread that builds it and written as the reply frame.
    pub async fn direct_document_symbol(&self, req: Forwarded<DocumentSymbolParams>) {
        let Some(out) = &self.direct else {
            return;
        };
        let id = req.id;
        let uri = req.params.text_document.uri;
        let reply_id = id.clone();
        let frame = self
            .with_doc("documentSymbol", &uri, move |doc| {
                direct::reply_raw(&reply_id, &symbols::outline_json(doc))
            })
            .await
            .unwrap_or_else(|| direct::reply(&id, &None::<DocumentSymbolResponse>));
        let _ = out.send(frame);
    }

    /// How many versions were checked for publication so far.
    pub fn checks_run(&self) -> usize {
        self.checks_run.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn session(&self) -> Session {
        self.session.get().copied().unwrap_or_default()
    }

    async fn log(&self, typ: MessageType, message: String) {
        self.client.log_message(typ, message).await;
    }

    /// Run `f` on the current snapshot of `uri` on a blocking thread.
    async fn with_doc<T, F>(&self, what: &str, uri: &Uri, f: F) -> Option<T>
    where
        T: Send + 'static,
        F: FnOnce(&Document) -> T + Send + 'static,
    {
        let Some(doc) = self.docs.get(uri) else {
            self.log(
                MessageType::WARNING,
                format!("{what}: {} is not open", uri.as_str()),
            )
            .await;
            return None;
        };
        self.run(what, doc, f).await
    }

    async fn run<T, F>(&self, what: &str, doc: Arc<Document>, f: F) -> Option<T>
    where
        T: Send + 'static,
        F: FnOnce(&Document) -> T + Send + 'static,
    {
        match tokio::task::spawn_blocking(move || f(&doc)).await {
            Ok(v) => Some(v),
            Err(e) => {
                let why = if e.is_panic() {
                    panic_message(e.into_panic().as_ref())
                } else {
                    e.to_string()
                };
                self.log(
                    MessageType::ERROR,
                    format!("internal error in {what}: {why}"),
                )
                .await;
                None
            }
        }
    }

    /// Check `doc` and publish its diagnostics, unless a newer version has
    /// arrived meanwhile (its own publication follows).
    async fn publish(&self, doc: Arc<Document>) {
        let (uri, version) = (doc.uri.clone(), doc.version);
        let _turn = self.checking.lock().await;
        if !self.docs.is_current(&uri, version) {
            return;
        }
        self.checks_run
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let result = self
            .run("diagnostics", doc, |d| {
                (diagnostics::diagnostics(d), d.analysis().failure.clone())
            })
            .await;
        let Some((diags, failure)) = result else {
            return;
        };
        if let Some(why) = failure {
            self.log(
                MessageType::ERROR,
                format!("internal error while checking {}: {why}", uri.as_str()),
            )
            .await;
        }
        if self.docs.is_current(&uri, version) {
            self.client
                .publish_diagnostics(uri, diags, Some(version))
                .await;
        }
    }
}

fn capabilities(enc: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(enc.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                ..Default::default()
            },
        )),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".into(), "\"".into(), "[".into()]),
            ..Default::default()
        }),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: semantic_tokens::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: None,
                ..Default::default()
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::from(code_actions::FIX_ALL),
            ]),
            ..Default::default()
        })),
        document_formatting_provider: Some(OneOf::Left(true)),
        document_range_formatting_provider: Some(OneOf::Left(true)),
        ..Default::default()
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let caps = &params.capabilities;
        let enc = Encoding::negotiate(
            caps.general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let snippets = caps
            .text_document
            .as_ref()
            .and_then(|t| t.completion.as_ref())
            .and_then(|c| c.completion_item.as_ref())
            .and_then(|i| i.snippet_support)
            .unwrap_or(false);
        let _ = self.session.set(Session {
            enc,
            completion: CompletionCaps { snippets },
        });
        Ok(InitializeResult {
            capabilities: capabilities(self.session().enc),
            server_info: Some(ServerInfo {
                name: "cookiec".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            ..Default::default()
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let enc = self.session().enc;
        self.log(
            MessageType::INFO,
            format!(
                "cookiec language server ready (positions in {})",
                enc.kind().as_str()
            ),
        )
        .await;
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let td = params.text_document;
        let doc = self
            .docs
            .open(td.uri, td.version, td.text, self.session().enc);
        self.publish(doc).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        // Applied here, synchronously, before the first await.
        match self
            .docs
            .change(&uri, params.text_document.version, params.content_changes)
        {
            Change::Applied(doc) => self.publish(doc).await,
            Change::Stale { stored, received } => {
                self.log(
                    MessageType::WARNING,
                    format!(
                        "ignored change to {} version {received}: already at version {stored}",
                        uri.as_str()
                    ),
                )
                .await;
            }
            Change::Unknown => {
                self.log(
                    MessageType::WARNING,
                    format!("change to {}, which is not open", uri.as_str()),
                )
                .await;
            }
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.docs.close(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let p = params.text_document_position;
        let caps = self.session().completion;
        let items = self
            .with_doc("completion", &p.text_document.uri, move |d| {
                completion::completion(d, p.position, caps)
            })
            .await;
        Ok(items.map(CompletionResponse::Array))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        Ok(self
            .with_doc("hover", &p.text_document.uri, move |d| {
                hover::hover(d, p.position)
            })
            .await
            .flatten())
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        let loc = self
            .with_doc("definition", &p.text_document.uri, move |d| {
                definition::definition(d, p.position)
            })
            .await
            .flatten();
        Ok(loc.map(GotoDefinitionResponse::Scalar))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let include = params.context.include_declaration;
        Ok(self
            .with_doc("references", &p.text_document.uri, move |d| {
                references::references(d, p.position, include)
            })
            .await)
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let pos = params.position;
        match self
            .with_doc("prepareRename", &params.text_document.uri, move |d| {
                rename::prepare(d, pos)
            })
            .await
        {
            Some(Ok(r)) => Ok(Some(r)),
            Some(Err(why)) => Err(Error::invalid_params(why)),
            None => Ok(None),
        }
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let p = params.text_document_position;
        let new_name = params.new_name;
        let result = self
            .with_doc("rename", &p.text_document.uri, move |d| {
                rename::rename(d, p.position, &new_name)
            })
            .await;
        match result {
            Some(Ok(edit)) => Ok(edit),
            Some(Err(why)) => {
                self.log(MessageType::WARNING, format!("rename refused: {why}"))
                    .await;
                Err(Error::invalid_params(why))
            }
            None => Ok(None),
        }
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let symbols = self
            .with_doc(
                "documentSymbol",
                &params.text_document.uri,
                symbols::document_symbols,
            )
            .await;
        Ok(symbols.map(DocumentSymbolResponse::Nested))
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        Ok(self
            .with_doc(
                "foldingRange",
                &params.text_document.uri,
                folding::folding_ranges,
            )
            .await)
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let tokens = self
            .with_doc(
                "semanticTokens",
                &params.text_document.uri,
                semantic_tokens::semantic_tokens,
            )
            .await;
        Ok(tokens.map(SemanticTokensResult::Tokens))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let range = params.range;
        let only = params.context.only;
        Ok(self
            .with_doc("codeAction", &params.text_document.uri, move |d| {
                code_actions::code_actions(d, range, only.as_deref())
            })
            .await)
    }

    async fn formatting(&self, params: DocumentFormattingParams) -> Result<Option<Vec<TextEdit>>> {
        match self
            .with_doc("formatting", &params.text_document.uri, formatting::format)
            .await
        {
            Some(Ok(edits)) => Ok(Some(edits)),
            Some(Err(why)) => {
                self.log(MessageType::WARNING, why).await;
                Ok(None)
            }
            None => Ok(None),
        }
    }

    async fn range_formatting(
        &self,
        params: DocumentRangeFormattingParams,
    ) -> Result<Option<Vec<TextEdit>>> {
        let range = params.range;
        let result = self
            .with_doc("rangeFormatting", &params.text_document.uri, move |d| {
                formatting::format_range(d, range)
            })
            .await;
        match result {
            Some(Ok(edits)) => Ok(Some(edits)),
            Some(Err(why)) => {
                self.log(MessageType::WARNING, why).await;
                Ok(None)
            }
            None => Ok(None),
        }
    }
}
