//! `CookiePolicyLayer`: a [`tower_layer::Layer`] that enforces a compiled
//! cookiec policy (`cookiec.headers.json`) on every response of an axum 0.8
//! / hyper 1 service, with the reference semantics of [`cookiec_enforce`].
//!
//! ```no_run
//! use axum::{routing::get, Router};
//! use cookiec_tower::CookiePolicyLayer;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let policy = CookiePolicyLayer::from_path("out/cookiec.headers.json")?
//!     .country_header("cf-ipcountry")?;
//! let app = Router::new().route("/", get(|| async { "hi" })).layer(policy);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
//! axum::serve(listener, app).await?;
//! # Ok(()) }
//! ```
//!
//! Per response it strips `Set-Cookie` lines of cookies whose category is
//! not granted, adds or corrects the declared attributes, expires withdrawn
//! cookies the request still carries (for every declared domain and path,
//! with the request's exact names), and handles undeclared cookies as the
//! rules say. Every other header and the body are left untouched; header
//! bytes are read as Latin-1 so any byte round-trips and unknown attributes
//! survive as sent. What it does is reported through `tracing` (target
//! `cookiec_tower`).

mod extract;
mod layer;

pub use cookiec_enforce::{HeaderRules, LoadError, Undeclared};
pub use layer::{
    CookiePolicy, CookiePolicyLayer, InvalidHeaderName, ResponseFuture, VisitorRegion,
};
