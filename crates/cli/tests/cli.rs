//! The `mini-js` binary end to end: run, trace and check.

use std::process::Command;

fn mini_js(args: &[&str]) -> (i32, String, String) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let out = Command::new(env!("CARGO_BIN_EXE_mini-js"))
        .args(args)
        .current_dir(root)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn run_prints_the_puzzle_answer() {
    let (code, stdout, _) = mini_js(&["run", "examples/event-loop-puzzle.js"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("order: 5,1,3,6,4,2"), "{stdout}");
}

#[test]
fn check_accepts_the_right_answer_and_rejects_a_wrong_one() {
    let (code, stdout, _) = mini_js(&[
        "check",
        "examples/event-loop-puzzle.js",
        "--expect-file",
        "examples/event-loop-puzzle.node-stdout",
        "--status",
        "0",
    ]);
    assert_eq!(code, 0, "{stdout}");
    let (code, stdout, _) = mini_js(&[
        "check",
        "examples/event-loop-puzzle.js",
        "--expect",
        "sync part: 5,1,3,6\\norder: 5,1,3,6,2,4",
    ]);
    assert_eq!(code, 1);
    assert!(stdout.contains("first difference at line 2"), "{stdout}");
    assert!(stdout.contains("actual:   order: 5,1,3,6,4,2"), "{stdout}");
}

#[test]
fn trace_names_the_spec_steps() {
    let (code, stdout, _) = mini_js(&["trace", "examples/await-walkthrough.js"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("suspends, waiting for") && stdout.contains("[§27.7.5.3 Await step 8]"),
        "{stdout}"
    );
    assert!(stdout.contains("NewPromiseReactionJob"), "{stdout}");
}

#[test]
fn empty_standard_input_is_an_empty_program() {
    let (code, _, stderr) = mini_js(&["run", "-"]);
    // Empty standard input is an empty program.
    assert_eq!(code, 0, "{stderr}");
}
