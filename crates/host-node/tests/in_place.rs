//! `run_script` on a thread that already has the evaluator's stack runs the script there
//! (no thread of its own); the program must not be able to tell, and the deep recursions
//! the evaluator's stack is sized for must still end in a catchable RangeError.

use mini_js_host_node::run::runs_in_place;
use mini_js_host_node::{run_script, RunOptions};

const DEEP: &str = "
function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }
try { f(1e6); } catch (e) { console.log('js', e instanceof RangeError, e.message); }
function g(n) { return n === 0 ? 0 : [1].map(() => g(n - 1))[0]; }
try { g(1e5); } catch (e) { console.log('native', e instanceof RangeError, e.message); }
console.log(f(5000), g(500));
";

const EXPECTED: &str = "js true Maximum call stack size exceeded
native true Maximum call stack size exceeded
5000 0
";

#[test]
fn a_small_stack_spawns_the_evaluator_thread() {
    // The test harness's threads have a few MiB of stack.
    assert!(!runs_in_place());
    let out = run_script("deep.js", DEEP, &RunOptions::default());
    assert_eq!(out.stdout, EXPECTED, "{}", out.stderr);
}

#[test]
fn a_thread_with_the_evaluator_stack_runs_the_script_in_place() {
    let out = std::thread::Builder::new()
        .stack_size(320 << 20)
        .spawn(|| {
            assert!(runs_in_place());
            run_script("deep.js", DEEP, &RunOptions::default())
        })
        .expect("a thread")
        .join()
        .expect("no panic");
    assert_eq!(out.stdout, EXPECTED, "{}", out.stderr);
    assert_eq!(out.exit_code, 0);
}
