#![no_main]
//! See cookiec_oracles::build for what is checked.
libfuzzer_sys::fuzz_target!(|data: &[u8]| cookiec_oracles::build(data));
