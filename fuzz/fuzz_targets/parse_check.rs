#![no_main]
//! See cookiec_oracles::parse_check for what is checked.
libfuzzer_sys::fuzz_target!(|data: &[u8]| cookiec_oracles::parse_check(data));
