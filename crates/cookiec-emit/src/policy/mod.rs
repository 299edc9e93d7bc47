//! The human policy: one [`crate::doc::Doc`] per language (`outline`),
//! rendered to Markdown, HTML and plain text.

pub(crate) mod custom;
pub mod html;
pub mod markdown;
pub mod outline;
mod provider_facts;
pub mod template;
pub mod text;

pub use template::Template;
