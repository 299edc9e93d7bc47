//! The fuzz oracles in the normal suite: every fixture and example, every
//! saved fuzz finding (`fuzz/regressions/TARGET/*`), and bounded random
//! inputs (proptest, 16 cases each).

use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let mut paths = Vec::new();
    files_under(&root().join("tests/fixtures"), &mut paths);
    files_under(&root().join("examples"), &mut paths);
    paths.retain(|p| p.extension().is_some_and(|e| e == "cookies"));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

type Oracle = fn(&[u8]);

const ORACLES: &[(&str, Oracle)] = &[
    ("parse_check", cookiec_oracles::parse_check),
    ("fmt", cookiec_oracles::fmt),
    ("build_outputs", cookiec_oracles::build),
    ("lsp_stream", cookiec_oracles::lsp_stream),
    ("enforce", cookiec_oracles::enforce),
];

#[test]
fn every_fixture_passes_every_oracle() {
    let seeds = seeds();
    assert!(seeds.len() > 50, "fixtures not found");
    for (_, oracle) in ORACLES {
        for s in &seeds {
            oracle(s);
        }
    }
}

#[test]
fn every_saved_fuzz_finding_passes_its_oracle() {
    for (target, oracle) in ORACLES {
        let mut paths = Vec::new();
        files_under(&root().join("fuzz/regressions").join(target), &mut paths);
        for p in paths {
            if let Ok(data) = std::fs::read(&p) {
                oracle(&data);
            }
        }
    }
}

/// Bytes near the language: fixture text with random splices.
fn spliced() -> impl Strategy<Value = Vec<u8>> {
    let seeds = seeds();
    let n = seeds.len();
    (
        0..n,
        any::<usize>(),
        proptest::collection::vec(any::<u8>(), 0..24),
    )
        .prop_map(move |(i, at, junk)| {
            let mut s = seeds[i].clone();
            let at = at % (s.len() + 1);
            s.splice(at..at, junk);
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_pass_every_oracle(data in proptest::collection::vec(any::<u8>(), 0..512)) {
        for (_, oracle) in ORACLES {
            oracle(&data);
        }
    }

    #[test]
    fn spliced_fixtures_pass_every_oracle(data in spliced()) {
        for (_, oracle) in ORACLES {
            oracle(&data);
        }
    }
}
