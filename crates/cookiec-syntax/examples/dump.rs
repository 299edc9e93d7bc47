//! Print the parse of a file: `cargo run -p cookiec-syntax --example dump FILE`.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let p = cookiec_syntax::parse(&src);
    for n in &p.file.nodes {
        print_node(n, 0);
    }
    print!(
        "{}",
        cookiec_diagnostics::render(&path, &src, &p.diagnostics, false)
    );
}

fn print_node(n: &cookiec_syntax::ast::Node, depth: usize) {
    let vals: Vec<String> = n.values.iter().map(|v| format!("{:?}", v.kind)).collect();
    println!(
        "{}{} {:?} {}..{}",
        "  ".repeat(depth),
        n.name.name,
        vals,
        n.span.start,
        n.span.end
    );
    for c in n.children() {
        print_node(c, depth + 1);
    }
}
