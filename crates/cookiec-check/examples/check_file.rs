//! Scratch: print diagnostics of files (development aid).
fn main() {
    for a in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&a).unwrap_or_default();
        let c = cookiec_check::check_source(&src);
        print!(
            "{}",
            cookiec_diagnostics::render(&a, &src, &c.diagnostics, false)
        );
        println!("{a}: {} diagnostics", c.diagnostics.len());
    }
}
