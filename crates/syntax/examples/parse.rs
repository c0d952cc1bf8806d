//! `cargo run -p mini-js-syntax --example parse -- [--debug] [--quiet] [--max-nesting-depth=N]
//! file.js`: prints the AST (as s-expressions, or Rust Debug) or the diagnostics; `--quiet`
//! prints nothing for a valid program (to time the parser alone).
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let debug = args.iter().any(|a| a == "--debug");
    let quiet = args.iter().any(|a| a == "--quiet");
    let mut options = mini_js_syntax::ParseOptions::default();
    for a in &args {
        if let Some(n) = a.strip_prefix("--max-nesting-depth=") {
            options.max_nesting_depth = n.parse().expect("a number");
        }
    }
    args.retain(|a| !a.starts_with("--"));
    let path = args.first().expect("usage: parse [--debug] FILE");
    let source = std::fs::read_to_string(path).expect("read");
    match mini_js_syntax::parse_script_with(&source, &options) {
        Ok(_) if quiet => {}
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
