//! Outputs of a checked `.cookies` model: the human policy (Markdown, HTML,
//! text) per language, the runtime JSON config, the header rules JSON and
//! an nginx snippet. Reads only [`cookiec_check::model::Model`].
//!
//! ```text
//! Model ──outline──▶ Doc (per language) ──▶ .md / .html / .txt
//!       ──config───▶ RuntimeConfig ──▶ cookiec.config.json
//!       ──headers──▶ HeaderRules ──▶ cookiec.headers.json, nginx.conf,
//!                                    cookiec-filter.js + .json + nginx-filter.conf (njs),
//!                                    nginx-module.conf (the native module)
//! ```
//!
//! Output is deterministic: the same model gives byte-identical files.

pub mod banner;
pub mod banner_regions;
pub mod c15t;
pub mod common;
pub mod config;
pub mod cookieconsent;
pub mod diff;
pub mod doc;
pub mod gcm;
pub mod headers;
pub mod js;
pub mod klaro;
pub mod lex;
pub mod nginx_module;
pub mod njs;
pub mod policy;
pub mod record;
pub mod revision;
pub mod safety;
pub mod schema;
pub mod words;

/// The reference enforcement of the header rules (moved to
/// `cookiec-enforce` so servers share it without the checker).
pub use cookiec_enforce as enforce;
pub use headers::Undeclared;
pub use policy::Template;
pub use safety::CODES;

use cookiec_check::ValidModel;
use cookiec_diagnostics::Diagnostic;

/// File names of the outputs (documented in `docs/outputs.md`).
pub const CONFIG_FILE: &str = "cookiec.config.json";
pub const HEADERS_FILE: &str = "cookiec.headers.json";
pub const NGINX_FILE: &str = "nginx.conf";
pub const COOKIECONSENT_FILE: &str = "cookieconsent.config.js";

pub fn policy_file(lang: &str, ext: &str) -> String {
    format!("policy.{lang}.{ext}")
}

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Languages to write policies for; empty: every declared language.
    pub langs: Vec<String>,
    /// HTML page template; `None`: the built-in layout.
    pub template: Option<Template>,
    pub undeclared: Undeclared,
}

/// One output file: a name relative to the output directory, and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub name: String,
    pub contents: Vec<u8>,
}

#[derive(Debug)]
pub enum EmitError {
    /// Values that cannot be emitted safely (E301, E302), with spans into
    /// the source.
    Diagnostics(Vec<Diagnostic>),
    /// `--lang` named a language the policy does not declare.
    UnknownLanguage { lang: String, declared: Vec<String> },
}

impl std::fmt::Display for EmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EmitError::Diagnostics(d) => write!(f, "{} value(s) cannot be emitted safely", d.len()),
            EmitError::UnknownLanguage { lang, declared } => write!(
                f,
                "language `{lang}` is not declared by the policy (declared: {})",
                declared.join(", ")
            ),
        }
    }
}

/// Every output for `model`, in a fixed order.
pub fn emit(model: &ValidModel, opts: &Options) -> Result<Vec<Output>, EmitError> {
    let emitter = prepare(model, opts)?;
    let mut out = Vec::new();
    let done: Result<(), std::convert::Infallible> = emitter.each(|o| {
        out.push(o);
        Ok(())
    });
    match done {
        Ok(()) => Ok(out),
        Err(never) => match never {},
    }
}

/// A model the emitters have accepted: what [`prepare`] returns, and
/// what produces the outputs one at a time.
pub struct Emitter<'m> {
    model: std::borrow::Cow<'m, ValidModel>,
    opts: &'m Options,
    declared: Vec<String>,
}

/// Everything that can refuse an emit, done before any output exists: a
/// caller that writes outputs as they come never writes a partial set for
/// these reasons.
pub fn prepare<'m>(model: &'m ValidModel, opts: &'m Options) -> Result<Emitter<'m>, EmitError> {
    // cookiec's own consent record is disclosed when it supplies the banner.
    let model = record::disclosed(model);
    let unsafe_values = safety::check(&model);
    if !unsafe_values.is_empty() {
        return Err(EmitError::Diagnostics(unsafe_values));
    }
    // Never empty in a valid model.
    let declared: Vec<String> = model.policy.language_tags();
    for l in &opts.langs {
        if !declared.contains(l) {
            return Err(EmitError::UnknownLanguage {
                lang: l.clone(),
                declared,
            });
        }
    }
    Ok(Emitter {
        model,
        opts,
        declared,
    })
}

impl Emitter<'_> {
    /// Hand each output to `sink` in the order of [`emit`], stopping at the
    /// sink's first error. The documents and banner configurations are
    /// handed over as soon as each is made and the server-side outputs
    /// (made meanwhile on a second thread) after them, so a caller that
    /// writes and drops them never holds the whole set (15 times the source
    /// for a large policy).
    pub fn each<E>(&self, mut sink: impl FnMut(Output) -> Result<(), E>) -> Result<(), E> {
        // Two cores are the common case; the second makes the server-side
        // outputs (a third of the work) while this thread writes the rest.
        std::thread::scope(|scope| {
            let headers = scope.spawn(|| self.header_outputs());
            self.client_outputs(&mut sink)?;
            let headers = headers
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            headers.into_iter().try_for_each(&mut sink)
        })
    }

    /// The policy documents, the runtime config and the banner configs, in
    /// order.
    fn client_outputs<E>(&self, sink: &mut impl FnMut(Output) -> Result<(), E>) -> Result<(), E> {
        let model: &ValidModel = &self.model;
        let opts = self.opts;
        let declared = &self.declared;
        let template = opts.template.clone().unwrap_or_default();

        // The content hash covers every declared language, whatever --lang
        // selects, so it does not depend on how the build was invoked.
        let docs: Vec<_> = declared
            .iter()
            .map(|l| policy::outline::outline(model, l))
            .collect();
        let markdown: Vec<(String, String)> = docs
            .iter()
            .map(|d| (d.lang.clone(), policy::markdown::render(d)))
            .collect();
        let content_hash = revision::content_hash(&markdown);

        for (doc, (lang, md)) in docs.into_iter().zip(markdown) {
            if !opts.langs.is_empty() && !opts.langs.contains(&lang) {
                continue;
            }
            let html = policy::html::page(&doc, &template).into_bytes();
            let text = with_newline(policy::text::render(&doc));
            drop(doc);
            sink(Output {
                name: policy_file(&lang, "md"),
                contents: with_newline(md),
            })?;
            sink(Output {
                name: policy_file(&lang, "html"),
                contents: html,
            })?;
            sink(Output {
                name: policy_file(&lang, "txt"),
                contents: text,
            })?;
        }
        let config = config::build(model, &content_hash);
        sink(Output {
            name: CONFIG_FILE.into(),
            contents: json(&config),
        })?;
        let revision = config.revision.clone();
        drop(config);
        sink(Output {
            name: COOKIECONSENT_FILE.into(),
            contents: cookieconsent::build(model, &revision, &content_hash).into_bytes(),
        })?;
        sink(Output {
            name: c15t::FILE.into(),
            contents: c15t::build(model, &revision, &content_hash).into_bytes(),
        })?;
        sink(Output {
            name: klaro::FILE.into(),
            contents: klaro::build(model, &revision, &content_hash).into_bytes(),
        })?;
        // Only for a policy that maps Consent Mode types (else every type
        // would merely be denied).
        if !gcm::mapping(model).is_empty() {
            sink(Output {
                name: gcm::FILE.into(),
                contents: gcm::build(model, &revision).into_bytes(),
            })?;
        }
        Ok(())
    }

    /// The server-side outputs: they depend on the model and its revision
    /// only, so [`Self::each`] makes them on a second thread beside the
    /// documents and banner configurations.
    fn header_outputs(&self) -> Vec<Output> {
        let model: &ValidModel = &self.model;
        let rules =
            headers::build_for_revision(model, self.opts.undeclared, revision::revision(model));
        vec![
            Output {
                name: NGINX_FILE.into(),
                contents: headers::nginx(&rules).into_bytes(),
            },
            Output {
                name: nginx_module::FILE.into(),
                contents: nginx_module::conf(&rules).into_bytes(),
            },
            Output {
                name: njs::CONF_FILE.into(),
                contents: njs::conf(&rules).into_bytes(),
            },
            Output {
                name: njs::FILTER_FILE.into(),
                contents: njs::filter(&rules).into_bytes(),
            },
            Output {
                name: njs::POLICY_FILE.into(),
                contents: njs::policy(&rules).into_bytes(),
            },
            Output {
                name: HEADERS_FILE.into(),
                contents: json(&rules),
            },
        ]
    }
}

fn with_newline(mut s: String) -> Vec<u8> {
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s.into_bytes()
}

/// Pretty JSON with a final newline. Serialising these types (strings,
/// numbers, string-keyed maps) cannot fail.
fn json<T: serde::Serialize>(v: &T) -> Vec<u8> {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s.into_bytes()
}
