//! `grammar/keywords.json` is generated from the schema. This test fails
//! when the committed file is stale; `UPDATE_KEYWORDS=1 cargo test -p
//! cookiec-check --test keywords` regenerates it.

use std::path::Path;

#[test]
fn keywords_json_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar/keywords.json");
    let expected = cookiec_check::schema::keywords().to_json();
    if std::env::var_os("UPDATE_KEYWORDS").is_some() {
        let written = std::fs::write(&path, &expected);
        assert!(
            written.is_ok(),
            "cannot write {}: {written:?}",
            path.display()
        );
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "grammar/keywords.json is stale: run `UPDATE_KEYWORDS=1 cargo test -p cookiec-check --test keywords` \
         (then regenerate the editor grammars from it)"
    );
}
