//! The front end on arbitrary bytes: lexing and parsing never panic, never overflow the stack,
//! and every diagnostic renders.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let _ = mini_js_syntax::lexer::tokenize(&source);
    if let Err(diags) = mini_js_syntax::parse_script(&source) {
        assert!(!diags.is_empty());
        assert!(diags.len() <= mini_js_syntax::MAX_DIAGNOSTICS + 1);
        for d in &diags {
            let _ = d.render(&format!("{}: {}", d.name, d.message), "fuzz.js", &source, false);
        }
    }
});
