use super::*;
use cookiec_enforce::conformance::{Suite, NOW};
use std::ffi::{c_int, c_void};

fn suite() -> Suite {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/conformance/v1/suite.json"
    );
    let text = std::fs::read_to_string(path).expect("the conformance suite is in the repository");
    Suite::parse(&text).expect("the suite parses")
}

/// The response lines after the edits, as nginx applies them.
fn apply(upstream: &[&[u8]], edits: &[Edit<'_>]) -> Vec<Vec<u8>> {
    let mut lines: Vec<Option<Vec<u8>>> = upstream.iter().map(|l| Some(l.to_vec())).collect();
    let mut appended = Vec::new();
    for e in edits {
        match e {
            Edit::Rewrite(i, new) => lines[*i] = Some(new.to_vec()),
            Edit::Drop(i) => lines[*i] = None,
            Edit::Append(new) => appended.push(new.to_vec()),
        }
    }
    lines.into_iter().flatten().chain(appended).collect()
}

/// A case's request headers as bytes, and its country and US state.
type Parts = (Vec<(Vec<u8>, Vec<u8>)>, Option<Vec<u8>>, Option<Vec<u8>>);

fn input_parts(suite: &Suite, case: &cookiec_enforce::conformance::Case) -> Parts {
    let headers: Vec<(Vec<u8>, Vec<u8>)> = case
        .request
        .iter()
        .map(|(n, v)| {
            (
                latin1::encode(n).into_owned(),
                latin1::encode(v).into_owned(),
            )
        })
        .collect();
    let get = |name: &str| {
        case.request
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| latin1::encode(v).into_owned())
    };
    (
        headers,
        get(&suite.country_header),
        get(&suite.subdivision_header),
    )
}

#[test]
fn passes_the_conformance_suite_through_the_byte_interface() {
    let suite = suite();
    let mut failures = Vec::new();
    for case in &suite.cases {
        let filter = Filter::new(suite.policies[&case.policy].clone());
        let (headers, country, subdivision) = input_parts(&suite, case);
        let headers: Vec<(&[u8], &[u8])> = headers.iter().map(|(n, v)| (&n[..], &v[..])).collect();
        let upstream: Vec<Vec<u8>> = case
            .upstream
            .iter()
            .map(|l| latin1::encode(l).into_owned())
            .collect();
        let upstream: Vec<&[u8]> = upstream.iter().map(Vec::as_slice).collect();
        let out = filter.run(&Input {
            headers: &headers,
            country: country.as_deref(),
            subdivision: subdivision.as_deref(),
            set_cookie: &upstream,
            now: NOW,
            log: LogLevel::Quiet,
        });
        let got = apply(&upstream, &out.edits);
        let expect: Vec<Vec<u8>> = case
            .expect
            .iter()
            .map(|l| latin1::encode(l).into_owned())
            .collect();
        if got != expect {
            failures.push(case.name.clone());
        }
    }
    assert!(suite.cases.len() > 100, "the suite has its cases");
    assert!(failures.is_empty(), "failed: {failures:?}");
}

#[test]
fn reports_what_it_did_in_one_log_line_at_the_level_nginx_logs() {
    let suite = suite();
    let rules = suite.policies["shop"].clone();
    let filter = Filter::new(rules);
    let headers: [(&[u8], &[u8]); 1] = [(b"Cookie", b"_ga=1; srv_track=2")];
    let upstream: [&[u8]; 2] = [b"sid=1", b"mystery=1"];
    let out = filter.run(&Input {
        headers: &headers,
        country: Some(b"DE"),
        set_cookie: &upstream,
        now: NOW,
        log: LogLevel::Info,
        ..Input::default()
    });
    assert!(out.warn, "an undeclared cookie is a warning: {}", out.log);
    assert!(
        out.log.contains("undeclared, passed: mystery"),
        "{}",
        out.log
    );
    assert!(
        out.log.contains("no consent, expired: srv_track"),
        "{}",
        out.log
    );
    assert!(
        out.log.contains("1 line(s) with corrected attributes"),
        "{}",
        out.log
    );

    // At `warn`, only the warning; with nothing logged, no line is built.
    let quieter = |log| {
        filter
            .run(&Input {
                headers: &headers,
                country: Some(b"DE"),
                set_cookie: &upstream,
                now: NOW,
                log,
                ..Input::default()
            })
            .log
    };
    assert_eq!(quieter(LogLevel::Warn), "undeclared, passed: mystery");
    assert_eq!(quieter(LogLevel::Quiet), "");
}

// --- through the C ABI, as the module calls it ---------------------------

#[derive(Default)]
struct Collected {
    calls: Vec<(c_int, usize, Vec<u8>)>,
}

#[allow(unsafe_code)]
unsafe extern "C" fn collect(
    ctx: *mut c_void,
    kind: c_int,
    index: usize,
    data: *const u8,
    len: usize,
) -> c_int {
    // SAFETY: the tests pass a live `Collected` and the library valid bytes.
    let (c, bytes) = unsafe {
        (
            &mut *ctx.cast::<Collected>(),
            std::slice::from_raw_parts(data, len),
        )
    };
    c.calls.push((kind, index, bytes.to_vec()));
    0
}

fn s(b: &[u8]) -> ffi::CookiecStr {
    ffi::CookiecStr {
        data: b.as_ptr(),
        len: b.len(),
    }
}

const NONE: ffi::CookiecStr = ffi::CookiecStr {
    data: std::ptr::null(),
    len: 0,
};

#[test]
#[allow(unsafe_code)]
fn the_c_abi_loads_runs_and_reports_errors() {
    let dir = std::env::temp_dir().join(format!("cookiec-nginx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let good = dir.join("rules.json");
    let rules = serde_json_text(&suite().policies["shop"]);
    std::fs::write(&good, rules).expect("write rules");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"version\": 99}").expect("write bad rules");

    let mut errors = Collected::default();
    let path = bad.to_string_lossy().into_owned();
    // SAFETY: a valid path buffer and callback.
    let f = unsafe {
        ffi::cookiec_filter_load(path.as_ptr(), path.len(), collect, (&raw mut errors).cast())
    };
    assert!(f.is_null());
    let (kind, _, message) = &errors.calls[0];
    assert_eq!(*kind, ffi::ERROR);
    assert!(
        String::from_utf8_lossy(message).contains("version 99 is newer"),
        "{}",
        String::from_utf8_lossy(message)
    );

    let path = good.to_string_lossy().into_owned();
    // SAFETY: as above.
    let f = unsafe {
        ffi::cookiec_filter_load(path.as_ptr(), path.len(), collect, (&raw mut errors).cast())
    };
    assert!(!f.is_null());
    let names = [s(b"cookie"), s(b"Sec-GPC")];
    let values = [s(b"_ga=1; srv_track=2"), s(b"1")];
    let lines = [s(b"sid=1"), s(b"_ga_X=GA1.1; Max-Age=100")];
    let input = ffi::CookiecInput {
        header_names: names.as_ptr(),
        header_values: values.as_ptr(),
        n_headers: 2,
        country: s(b"FR"),
        subdivision: NONE,
        set_cookie: lines.as_ptr(),
        n_set_cookie: 2,
        now: NOW,
        log_level: 2,
    };
    let mut got = Collected::default();
    // SAFETY: every pointer of `input` is live for the call.
    let r = unsafe { ffi::cookiec_filter_run(f, &input, collect, (&raw mut got).cast()) };
    assert_eq!(r, 0);
    let kinds: Vec<(c_int, usize)> = got.calls.iter().map(|(k, i, _)| (*k, *i)).collect();
    // sid gets its declared attributes, _ga_X (analytics, GPC in the EU) is
    // stripped, srv_track expired, and the log line comes last.
    assert_eq!(kinds[0], (ffi::REWRITE, 0));
    assert_eq!(kinds[1], (ffi::DROP, 1));
    assert!(kinds[2..kinds.len() - 1]
        .iter()
        .all(|(k, _)| *k == ffi::APPEND));
    assert!(got
        .calls
        .iter()
        .any(|(k, _, b)| *k == ffi::APPEND && b.starts_with(b"srv_track=;")));
    assert_eq!(kinds.last().map(|k| k.0), Some(ffi::LOG_INFO));

    // No input pointers at all: nothing to do, no crash.
    let empty = ffi::CookiecInput {
        header_names: std::ptr::null(),
        header_values: std::ptr::null(),
        n_headers: 0,
        country: NONE,
        subdivision: NONE,
        set_cookie: std::ptr::null(),
        n_set_cookie: 0,
        now: 0,
        log_level: 2,
    };
    let mut none = Collected::default();
    // SAFETY: NULL with 0 lengths is allowed by the contract.
    let r = unsafe { ffi::cookiec_filter_run(f, &empty, collect, (&raw mut none).cast()) };
    assert_eq!(r, 0);
    assert!(none.calls.is_empty());
    // SAFETY: NULL filter and input are refused, not read.
    assert_eq!(
        unsafe { ffi::cookiec_filter_run(std::ptr::null(), &empty, collect, std::ptr::null_mut()) },
        -1
    );
    // SAFETY: `f` came from cookiec_filter_load and is freed once.
    unsafe { ffi::cookiec_filter_free(f) };
    let _ = std::fs::remove_dir_all(&dir);
}

fn serde_json_text(rules: &cookiec_enforce::HeaderRules) -> String {
    serde_json::to_string(rules).expect("rules serialise")
}

// --- any bytes -------------------------------------------------------------

use proptest::prelude::*;

/// Bytes a header value may hold (NUL, CR and LF included: the module gets
/// what nginx parsed, and must not trust it), cookie punctuation weighted.
fn value() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(b"=;, \"%{}_-.:a0Z9\t".to_vec()),
            2 => 0x20u8..0x7f,
            1 => 0x80u8..=0xff,
            1 => prop::sample::select(vec![0u8, b'\r', b'\n']),
        ],
        0..60,
    )
}

static SUITE: std::sync::LazyLock<Suite> = std::sync::LazyLock::new(suite);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// On any bytes the byte interface gives what the reference gives on
    /// the same input read as Latin-1, with every edit's index in range
    /// and no CR, LF or NUL in a line it writes.
    #[test]
    fn any_bytes_give_the_reference_result(
        cookie in value(),
        country in value(),
        lines in prop::collection::vec(value(), 0..6),
        policy in prop::sample::select(vec!["shop", "multilingual", "flexys"]),
    ) {
        let rules = SUITE.policies[policy].clone();
        let filter = Filter::new(rules.clone());
        let headers: [(&[u8], &[u8]); 2] = [(b"Cookie", &cookie), (b"Sec-GPC", b"1")];
        let upstream: Vec<&[u8]> = lines.iter().map(Vec::as_slice).collect();
        let out = filter.run(&Input {
            headers: &headers,
            country: Some(&country),
            set_cookie: &upstream,
            now: NOW,
            log: LogLevel::Info,
            ..Input::default()
        });
        for e in &out.edits {
            match e {
                Edit::Rewrite(i, line) => {
                    prop_assert!(*i < upstream.len());
                    prop_assert!(!line.iter().any(|b| matches!(b, 0 | b'\r' | b'\n')));
                }
                Edit::Drop(i) => prop_assert!(*i < upstream.len()),
                Edit::Append(line) => prop_assert!(!line.iter().any(|b| matches!(b, 0 | b'\r' | b'\n'))),
            }
        }
        let got = apply(&upstream, &out.edits);
        let reference = cookiec_enforce::Enforcer::new(rules);
        let decoded: Vec<String> = upstream.iter().map(|l| latin1::decode(l).into_owned()).collect();
        let country = latin1::decode(&country);
        let request = cookiec_enforce::Request {
            cookies: cookiec_enforce::request_cookies([latin1::decode(&cookie).as_ref()]),
            gpc: true,
            dnt: false,
            region: reference.region((!country.is_empty()).then_some(country.as_ref()), None),
            now: NOW,
        };
        let expect: Vec<Vec<u8>> = reference
            .apply(&request, &decoded)
            .set_cookie
            .iter()
            .map(|l| latin1::encode(l).into_owned())
            .collect();
        prop_assert_eq!(got, expect);
    }
}
