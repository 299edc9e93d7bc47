//! The generated wording of every output, per language, from the Fluent
//! message files of `cookiec-locales` (`locales/<tag>.ftl`).
//!
//! Every sentence cookiec writes itself (headings, labels, lifetimes,
//! commitments, banner texts, ...) is a named message; author text
//! (titles, purposes, sections) comes from the `.cookies` file in each
//! declared language. A declared language without messages gets English
//! wording, and the checker warns about it (W203).
//!
//! Author text never passes through Fluent: each [`Arg::Text`] is replaced
//! by a private-use character before formatting and put back afterwards,
//! so a user string containing `{ $x }` or bidi controls is copied
//! verbatim, and [`Arg::Slot`] marks where inline content (a link, a code
//! span) goes. Fluent's bidi isolation marks (FSI/PDI) are turned off: the
//! outputs are one-direction documents in which they would only be
//! invisible noise, and no shipped language is written right to left.

use cookiec_locales::{Locale, LOCALES};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

type Bundle = FluentBundle<FluentResource>;

/// An argument of a message.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    /// Text placed verbatim (author text, an already formatted duration).
    Text(&'a str),
    /// A number: the message may choose plural forms by it.
    Num(u64),
    /// A keyword the message may select on (`$kind`, `$case`).
    Key(&'a str),
    /// Where inline content goes (see [`Words::pieces`]).
    Slot,
}

/// A part of a formatted message: text, or the slot of argument `n`.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Slot(usize),
}

/// First private-use character standing for an argument.
const MARK: u32 = 0xE000;

/// Messages asked for that no shipped file has, even in English, and
/// messages that formatted with errors (an argument the call did not
/// pass): bugs, counted so the tests can render every example in every
/// language and expect none.
static MISSES: AtomicUsize = AtomicUsize::new(0);

pub fn misses() -> usize {
    MISSES.load(Ordering::Relaxed)
}

fn bundle(locale: &Locale) -> Bundle {
    let id = locale.tag.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    // A syntax error keeps the messages that parsed; the tests require
    // every file to parse cleanly and without duplicate ids.
    let res = FluentResource::try_new(locale.ftl.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = b.add_resource(res);
    b
}

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| LOCALES.iter().map(bundle).collect())
}

/// The wording of one language, with English behind it.
#[derive(Clone, Copy)]
pub struct Words {
    bundle: &'static Bundle,
    fallback: &'static Bundle,
    /// The shipped locale's tag (`pt-BR` for a declared `pt`).
    pub tag: &'static str,
}

/// The wording for `lang` (`de`, `de-AT`, ... → German; a language
/// without messages → English).
pub fn words(lang: &str) -> Words {
    let all = bundles();
    let i = cookiec_locales::find(lang)
        .and_then(|l| LOCALES.iter().position(|x| x.tag == l.tag))
        .unwrap_or(0);
    Words {
        bundle: &all[i.min(all.len() - 1)],
        fallback: &all[0],
        tag: LOCALES[i].tag,
    }
}

impl Words {
    /// Whether this language (not its English fallback) has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    /// A message with arguments, as text (slots stay empty).
    pub fn fmt(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.pieces(id, args)
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) => t,
                Piece::Slot(_) => String::new(),
            })
            .collect()
    }

    /// A message split at its [`Arg::Slot`]s.
    pub fn pieces(&self, id: &str, args: &[(&str, Arg)]) -> Vec<Piece> {
        let Some(raw) = self.format(id, args) else {
            MISSES.fetch_add(1, Ordering::Relaxed);
            return vec![Piece::Text(id.to_string())];
        };
        let mut out = Vec::new();
        let mut text = String::new();
        for c in raw.chars() {
            let arg = (c as u32)
                .checked_sub(MARK)
                .and_then(|i| args.get(i as usize).map(|a| (i as usize, a.1)));
            match arg {
                Some((_, Arg::Text(s))) => text.push_str(s),
                Some((i, Arg::Slot)) => {
                    if !text.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    out.push(Piece::Slot(i));
                }
                _ => text.push(c),
            }
        }
        if !text.is_empty() {
            out.push(Piece::Text(text));
        }
        out
    }

    /// A text attribute of a message (`.case = dative`), from this
    /// language only: attributes are grammatical facts of one language.
    pub fn attr(&self, id: &str, name: &str) -> Option<String> {
        let attr = self.bundle.get_message(id)?.get_attribute(name)?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(attr.value(), None, &mut errors)
                .into_owned(),
        )
    }

    fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let mut fargs = FluentArgs::new();
        for (i, (name, arg)) in args.iter().enumerate() {
            let value: FluentValue = match arg {
                Arg::Text(_) | Arg::Slot => char::from_u32(MARK + i as u32)
                    .map(String::from)
                    .unwrap_or_default()
                    .into(),
                Arg::Num(n) => (*n).into(),
                Arg::Key(k) => (*k).into(),
            };
            fargs.set(*name, value);
        }
        [self.bundle, self.fallback].into_iter().find_map(|b| {
            let pattern = b.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let out = b
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
            if !errors.is_empty() {
                MISSES.fetch_add(1, Ordering::Relaxed);
            }
            Some(out)
        })
    }
}

#[cfg(test)]
mod tests;
