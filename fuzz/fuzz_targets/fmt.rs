#![no_main]
//! See cookiec_oracles::fmt for what is checked.
libfuzzer_sys::fuzz_target!(|data: &[u8]| cookiec_oracles::fmt(data));
