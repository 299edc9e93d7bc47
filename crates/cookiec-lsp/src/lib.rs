//! Language server for `.cookies` (`cookiec lsp`).
//!
//! [`server`] is only the routing table of the protocol: each feature lives
//! in its own module as a plain function of a [`documents::Document`]
//! snapshot, so it is tested without a transport. Positions are converted
//! in [`position`] only.

pub mod analysis;
pub mod catalog;
pub mod code_actions;
pub mod completion;
pub mod context;
pub mod definition;
pub mod diagnostics;
pub mod documents;
pub mod folding;
pub mod formatting;
pub mod hover;
pub mod position;
pub mod references;
pub mod rename;
pub mod semantic_tokens;
pub mod server;
pub mod symbols;
pub mod transport;

#[cfg(test)]
mod tests;

pub use server::Backend;

/// Serve the protocol on standard input/output until the client exits;
/// returns the exit code the specification asks for (see [`transport`]).
pub async fn serve_stdio() -> u8 {
    transport::serve(tokio::io::stdin(), tokio::io::stdout())
        .await
        .code()
}

/// [`serve_stdio`] on a runtime of its own, for the synchronous CLI.
pub fn run_stdio() -> std::io::Result<u8> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let code = runtime.block_on(serve_stdio());
    // Standard input is read on a blocking thread that may still wait for
    // bytes after `exit`: do not wait for it.
    runtime.shutdown_background();
    Ok(code)
}
