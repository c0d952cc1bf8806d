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
