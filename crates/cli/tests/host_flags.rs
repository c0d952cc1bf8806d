//! The host flags end to end: `--host`, `--step-ns`, `--unhandled-rejections`, and the
//! script's own arguments after the file.

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
fn arguments_after_the_file_reach_process_argv() {
    let (code, stdout, _) = mini_js(&[
        "run",
        "spec-tests/node-host/process-basics.js",
        "one",
        "--two",
    ]);
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("true 4 [ 'one', '--two' ]\n"),
        "{stdout}"
    );
}

#[test]
fn spec_host_has_no_process() {
    let (code, _, stderr) = mini_js(&[
        "run",
        "--host",
        "spec",
        "spec-tests/node-host/tick-before-promise.js",
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("process is not defined"), "{stderr}");
}

#[test]
fn unhandled_rejections_flag() {
    let file = "spec-tests/node-host/unhandled-rejection-non-error.js";
    let (code, _, _) = mini_js(&["run", file]);
    assert_eq!(code, 1);
    let (code, stdout, stderr) = mini_js(&["run", "--unhandled-rejections=warn", file]);
    assert_eq!((code, stdout.as_str()), (0, "before\n"));
    assert!(
        stderr.contains("UnhandledPromiseRejectionWarning"),
        "{stderr}"
    );
    let (code, _, _) = mini_js(&["run", "--unhandled-rejections=none", file]);
    assert_eq!(code, 0);
}

#[test]
fn step_ns_zero_stops_the_clock_during_synchronous_code() {
    // busy-wait.js would never end with a stopped clock: --max-steps stops it instead.
    let (code, _, stderr) = mini_js(&[
        "run",
        "--step-ns",
        "0",
        "--max-steps",
        "100000",
        "spec-tests/node-host/busy-wait.js",
    ]);
    assert_eq!(code, 3, "a limit stop exits with status 3");
    assert!(stderr.contains("--max-steps"), "{stderr}");
    let (code, stdout, _) = mini_js(&["run", "spec-tests/node-host/busy-wait.js"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("busy-wait done true true"), "{stdout}");
}

#[test]
fn timing_note_on_stderr() {
    let (code, stdout, stderr) = mini_js(&["run", "spec-tests/node-host/timing-note.js"]);
    assert_eq!((code, stdout.as_str()), (0, "immediate timeout\n"));
    assert_eq!(
        stderr,
        "mini-js: note: the order of setTimeout(…, 0) and setImmediate at line 5 depends on timing in Node\n"
    );
}

/// Node's process warnings for `--unhandled-rejections=warn|none|warn-with-error-code`, as
/// Node 26 prints them for tests/fixtures/late-handled-rejection.js, with two deliberate
/// differences: the `(node:PID)` prefix has the word `PID` where Node prints its process id,
/// and Node's own `node:internal` frames below the script's are not invented. Rejection ids
/// are given when a promise is rejected without a handler, so the one handled in time uses
/// up id 1; the late handler makes the PromiseRejectionHandledWarning.
#[test]
fn rejection_warnings_as_node_words_them() {
    let file = "crates/cli/tests/fixtures/late-handled-rejection.js";
    let unhandled = format!(
        "(node:PID) UnhandledPromiseRejectionWarning: Error: late\n    at Object.<anonymous> \
         ({file}:3:29)\n(Use `node --trace-warnings ...` to show where the warning was \
         created)\n(node:PID) UnhandledPromiseRejectionWarning: Unhandled promise rejection. \
         This error originated either by throwing inside of an async function without a catch \
         block, or by rejecting a promise which was not handled with .catch(). To terminate \
         the node process on unhandled promise rejection, use the CLI flag \
         `--unhandled-rejections=strict` (see \
         https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: 2)\n"
    );
    let handled = "(node:PID) PromiseRejectionHandledWarning: Promise rejection was handled \
                   asynchronously (rejection id: 2)\n";
    let hint = "(Use `node --trace-warnings ...` to show where the warning was created)\n";
    for (mode, status, stderr) in [
        ("warn", 0, format!("{unhandled}{handled}")),
        ("none", 0, format!("{handled}{hint}")),
        ("warn-with-error-code", 1, format!("{unhandled}{handled}")),
    ] {
        let flag = format!("--unhandled-rejections={mode}");
        let (code, out, err) = mini_js(&["run", &flag, file]);
        assert_eq!((code, out.as_str()), (status, "caught late\n"), "{mode}");
        assert_eq!(err, stderr, "{mode}");
    }
}
