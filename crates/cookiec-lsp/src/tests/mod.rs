//! In-process tests of every feature, on cursor-marked fixtures: `$0` marks
//! the cursor; assertions check the text a returned range covers, so a
//! wrong column (UTF-16 vs UTF-8) fails visibly. Fixtures contain emoji and
//! CJK text on purpose.

#![allow(clippy::unwrap_used, clippy::panic)]

mod completion;
mod features;

use crate::documents::Document;
use crate::position::Encoding;
use tower_lsp_server::ls_types::{Position, Range};

/// A policy using most constructs, with non-ASCII and non-BMP text.
pub const BASE: &str = r#"policy "Café 🍪 Shop" {
  controller "Café GmbH"
  email "privacy@cafe.example"
  languages [en]
  commitments [no-sale]
}

category essential {
  title "Strictly necessary 必要"
  consent required
}

category analytics {
  title "Statistics 📊"
  consent {
    default opt-in
    us-ca opt-out
  }
}

provider stripe {
  name "Stripe, Inc."
  role [payments]
}

cookie "session_id" {
  category essential
  purpose "Keeps you signed in 🔐."
  lifetime 7 days
  http-only
  secure
  same-site lax
}

cookie "__stripe_mid" {
  category essential
  provider stripe
  purpose "Fraud prevention."
  lifetime 1 year
}

cookie "_ga" {
  category analytics
  purpose "Counts visits 🍪."
  lifetime 2 years
}
"#;

/// The document of `src` with `$0` removed, and the cursor position.
pub fn fixture_enc(src: &str, enc: Encoding) -> (Document, Position) {
    let offset = src.find("$0").unwrap_or_else(|| panic!("no $0 in fixture"));
    let text = src.replacen("$0", "", 1);
    let doc = Document::new("file:///fixture.cookies".parse().unwrap(), 1, text, enc);
    let pos = doc.position(offset);
    (doc, pos)
}

pub fn fixture(src: &str) -> (Document, Position) {
    fixture_enc(src, Encoding::Utf16)
}

/// `BASE` with `$0` inserted before the `nth` (0-based) occurrence of
/// `needle`, plus `delta` bytes.
pub fn at(needle: &str, nth: usize, delta: usize) -> String {
    let mut start = 0;
    for _ in 0..nth {
        start += BASE[start..].find(needle).unwrap() + needle.len();
    }
    let i = start
        + BASE[start..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not in BASE"))
        + delta;
    format!("{}$0{}", &BASE[..i], &BASE[i..])
}

/// The text `range` covers.
pub fn covered(doc: &Document, range: Range) -> &str {
    doc.span(range).slice(&doc.text)
}
