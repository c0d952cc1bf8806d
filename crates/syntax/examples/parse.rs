//! `cargo run -p mini-js-syntax --example parse -- [--debug] file.js`: prints the AST (as
//! s-expressions, or Rust Debug) or the diagnostics.
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let debug = args.iter().any(|a| a == "--debug");
    args.retain(|a| a != "--debug");
    let path = args.first().expect("usage: parse [--debug] FILE");
    let source = std::fs::read_to_string(path).expect("read");
    match mini_js_syntax::parse_script(&source) {
        Ok(program) if debug => println!("{program:#?}"),
        Ok(program) => print!("{}", mini_js_syntax::sexpr::program(&program)),
        Err(diags) => {
            for d in diags {
                print!(
                    "{}",
                    d.render(&format!("{}: {}", d.name, d.message), path, &source, false)
                );
            }
        }
    }
}
