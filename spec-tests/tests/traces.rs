//! Snapshots of `mini-js trace` for a few programs whose order the trace explains: the
//! classic puzzle, an await walkthrough, a generator, an async generator driven by
//! for await. Trace output is deterministic (object ids, virtual clock), so any change in
//! the engine's sequence of jobs, suspensions or loop steps shows up here.

use mini_js_engine::{run_script, RunOptions};
use mini_js_spec_tests::repo_root;

fn trace_of(rel: &str) -> String {
    let path = repo_root().join(rel);
    let source = std::fs::read_to_string(&path).expect("the traced example exists");
    let options = RunOptions {
        trace: true,
        ..RunOptions::default()
    };
    let out = run_script(rel, &source, &options);
    format!(
        "exit: {}\n--- stdout\n{}--- trace\n{}",
        out.exit_code, out.stdout, out.trace
    )
}

macro_rules! trace_snapshot {
    ($name:ident, $file:expr) => {
        #[test]
        fn $name() {
            let mut settings = insta::Settings::clone_current();
            settings.set_snapshot_path("snapshots/traces");
            settings.set_prepend_module_to_snapshot(false);
            settings.bind(|| insta::assert_snapshot!(stringify!($name), trace_of($file)));
        }
    };
}

trace_snapshot!(event_loop_puzzle, "examples/event-loop-puzzle.js");
trace_snapshot!(await_walkthrough, "examples/await-walkthrough.js");
trace_snapshot!(fibonacci_generator, "examples/fibonacci-generator.js");
trace_snapshot!(async_range_iterable, "examples/async-range-iterable.js");
