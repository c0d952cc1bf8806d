//! Whole runs on arbitrary programs with a small step budget: the engine never panics, never
//! aborts and never overflows the stack, whatever the program does.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let options = mini_js_host_node::RunOptions {
        max_steps: Some(20_000),
        ..Default::default()
    };
    let out = mini_js_host_node::run_script("fuzz.js", &source, &options);
    // A panic inside the evaluator thread surfaces as an internal error (exit 70); under
    // libFuzzer the panic hook already aborts, this catches it if the hook is replaced.
    assert_ne!(out.exit_code, 70, "internal error:\n{}", out.stderr);
});
