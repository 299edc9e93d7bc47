//! Imports the real Open Cookie Database, read in place from the shared
//! data beside the repository (`../shared/data/open-cookie-database/`, not
//! copied into the repository). Skips, saying so, when the file is absent.
#![allow(clippy::unwrap_used)]

use cookiec_catalog::ocd;
use std::path::PathBuf;
use std::time::Instant;

/// `../shared/data` from the repository's root; `COOKIEC_SHARED_DATA`
/// names another place (a git worktree has no `shared/` beside it).
fn data() -> Option<PathBuf> {
    let base = std::env::var_os("COOKIEC_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    let p = base.join("open-cookie-database/open-cookie-database.csv");
    if p.exists() {
        Some(p)
    } else {
        println!("SKIP: {} is absent", p.display());
        None
    }
}

#[test]
fn the_real_database_imports_with_typed_lifetimes_and_a_report_of_the_rest() {
    let Some(path) = data() else { return };
    let start = Instant::now();
    let got = ocd::import_path(&path).unwrap();
    let took = start.elapsed();
    println!("{}", got.summary());
    println!("import took {took:?}");
    // The budget holds for an optimised build (`cargo test --release`);
    // a debug build is several times slower.
    #[cfg(not(debug_assertions))]
    assert!(took < std::time::Duration::from_millis(50), "{took:?}");
    assert!(got.rows > 2_000, "{}", got.rows);
    assert!(got.typed() > 1_800, "{}", got.summary());
    assert!(
        got.reported() > 0 && got.reported() < 300,
        "{}",
        got.summary()
    );
    assert_eq!(got.typed() + got.reported(), got.rows);
    let ga = got.catalog.lookup("_ga").unwrap();
    assert_eq!(ga.category, "analytics");
    assert!(ga.lifetime.is_some());
    // A wildcard row matches a concrete instance.
    assert!(got.catalog.lookup("_gac_UA-1234").is_some());
    // Every entry names a provider of the imported catalog.
    for c in &got.catalog.cookies {
        assert!(got.catalog.provider(&c.provider).is_some(), "{}", c.name);
    }
}
