#![no_main]
//! See cookiec_oracles::enforce for what is checked.
libfuzzer_sys::fuzz_target!(|data: &[u8]| cookiec_oracles::enforce(data));
