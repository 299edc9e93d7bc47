#![no_main]
//! See cookiec_oracles::lsp_stream for what is checked.
libfuzzer_sys::fuzz_target!(|data: &[u8]| cookiec_oracles::lsp_stream(data));
