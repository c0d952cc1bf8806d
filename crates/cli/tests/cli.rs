//! The `mini-js` binary end to end: every path of the command line, snapshotted with
//! insta-cmd (arguments, exit status, stdout, stderr), JSON parsed back with serde_json,
//! colours checked on a pseudo-terminal.

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `mini-js` run from the repository root, colour off unless a test asks for it.
fn cli() -> Command {
    let mut c = Command::new(get_cargo_bin("mini-js"));
    c.current_dir(root()).env_remove("NO_COLOR");
    c
}

/// `mini-js` run in the fixtures folder (short file names in errors).
fn in_fixtures() -> Command {
    let mut c = cli();
    c.current_dir(root().join("crates/cli/tests/fixtures"));
    c
}

fn run_json(cmd: &mut Command) -> (i32, serde_json::Value) {
    let out = cmd.output().expect("mini-js runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8 JSON");
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    (out.status.code().unwrap_or(-1), value)
}

/// The JSON, pretty, with the step count (which changes with the engine) redacted.
fn pretty_without_steps(mut v: serde_json::Value) -> String {
    v["steps"] = "[steps]".into();
    serde_json::to_string_pretty(&v).unwrap()
}

// ───────────────────────────── Node's habits ─────────────────────────────

#[test]
fn a_file_runs_without_a_subcommand() {
    assert_cmd_snapshot!("file", cli().arg("examples/order-puzzle.js"));
}

#[test]
fn run_is_the_same_as_a_bare_file() {
    let bare = cli().arg("examples/order-puzzle.js").output().unwrap();
    let run = cli()
        .args(["run", "examples/order-puzzle.js"])
        .output()
        .unwrap();
    assert_eq!(bare, run);
}

#[test]
fn eval_runs_code() {
    assert_cmd_snapshot!(
        "eval",
        cli().args([
            "-e",
            "Promise.resolve().then(() => console.log('then')); console.log('sync')"
        ])
    );
}

#[test]
fn eval_errors_are_named_eval() {
    assert_cmd_snapshot!("eval-error", cli().args(["--eval", "throw new Error('x')"]));
}

#[test]
fn print_shows_the_completion_value_last() {
    assert_cmd_snapshot!(
        "print",
        cli().args([
            "-p",
            "setTimeout(() => console.log('timer')); [1, 2].map(x => ({ x }))"
        ])
    );
    assert_cmd_snapshot!(
        "print-empty-statements",
        cli().args(["-p", "'kept'; var x;"])
    );
}

#[test]
fn dash_reads_standard_input() {
    assert_cmd_snapshot!(
        "stdin",
        cli()
            .arg("-")
            .pass_stdin("console.log(new Error('from stdin').stack)")
    );
    // With no file at all, a piped script runs too (as `node < file`).
    assert_cmd_snapshot!("stdin-implicit", cli().pass_stdin("console.log(1 + 1)"));
}

#[test]
fn version() {
    assert_cmd_snapshot!("version", cli().arg("-v"));
}

#[test]
fn a_missing_file_exits_1_as_node_does() {
    let mut c = cli();
    c.current_dir("/").arg("no-such-mini-js-file.js");
    assert_cmd_snapshot!("missing-file", c);
}

#[test]
fn help_describes_every_option_of_every_subcommand() {
    assert_cmd_snapshot!("help", cli().arg("--help"));
    assert_cmd_snapshot!("help-run", cli().args(["run", "--help"]));
    assert_cmd_snapshot!("help-check", cli().args(["check", "--help"]));
    assert_cmd_snapshot!("help-trace", cli().args(["trace", "--help"]));
}

// ───────────────────────────── diagnostics ─────────────────────────────

#[test]
fn uncaught_errors_show_the_failing_property_and_the_stack() {
    assert_cmd_snapshot!("uncaught", in_fixtures().arg("uncaught.js"));
}

#[test]
fn uncaught_non_errors_have_no_dangling_colon() {
    assert_cmd_snapshot!("throw-42", in_fixtures().arg("throw-42.js"));
}

#[test]
fn unhandled_rejections_show_the_origin_and_async_frames() {
    assert_cmd_snapshot!("async-rejection", in_fixtures().arg("async-rejection.js"));
}

#[test]
fn a_caught_async_exception_leaves_no_stale_span() {
    assert_cmd_snapshot!("stale-span", in_fixtures().arg("stale-span.js"));
}

#[test]
fn error_stack_and_console_log_show_the_frames() {
    assert_cmd_snapshot!("error-stack", in_fixtures().arg("error-stack.js"));
}

/// Runs `mini-js ARGS` on a pseudo-terminal (util-linux `script`), returning what it wrote.
fn on_a_terminal(args: &str, no_color: bool) -> Option<String> {
    let bin = get_cargo_bin("mini-js");
    let mut c = Command::new("script");
    c.current_dir(root().join("crates/cli/tests/fixtures"))
        .args(["-qec", &format!("{} {args}", bin.display()), "/dev/null"])
        .env_remove("NO_COLOR");
    if no_color {
        c.env("NO_COLOR", "1");
    }
    let out = c.output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).replace('\u{1b}', "␛"))
}

#[test]
fn colours_on_a_terminal_plain_in_pipes_and_with_no_color() {
    let Some(coloured) = on_a_terminal("throw-42.js", false) else {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    };
    assert!(coloured.contains("␛["), "{coloured}");
    insta::assert_snapshot!("terminal-colours", coloured.replace("\r\n", "\n"));
    let plain = on_a_terminal("throw-42.js", true).unwrap();
    assert!(!plain.contains('␛'), "{plain}");
    let piped = in_fixtures().arg("throw-42.js").output().unwrap();
    assert!(!piped.stderr.contains(&0x1b));
    let forced = in_fixtures()
        .args(["run", "--color", "always", "throw-42.js"])
        .output()
        .unwrap();
    assert!(forced.stderr.contains(&0x1b));
}

// ───────────────────────────── check ─────────────────────────────

#[test]
fn check_order() {
    assert_cmd_snapshot!(
        "check-order-ok",
        cli().args([
            "check",
            "examples/order-puzzle.js",
            "--order",
            "5,1,3,6,4,2"
        ])
    );
    assert_cmd_snapshot!(
        "check-order-wrong",
        cli().args([
            "check",
            "examples/order-puzzle.js",
            "--order",
            "5, 1, 3, 6, 2, 4"
        ])
    );
}

#[test]
fn check_expect_comments() {
    assert_cmd_snapshot!(
        "check-comments-ok",
        cli().args(["check", "examples/order-puzzle.js"])
    );
    assert_cmd_snapshot!(
        "check-comments-wrong",
        cli().args(["check", "crates/cli/tests/fixtures/puzzles/wrong-answer.js"])
    );
}

#[test]
fn check_expect_and_expect_file_and_status() {
    assert_cmd_snapshot!(
        "check-expect-file",
        cli().args([
            "check",
            "examples/event-loop-puzzle.js",
            "--expect-file",
            "examples/event-loop-puzzle.node-stdout",
            "--status",
            "0",
        ])
    );
    assert_cmd_snapshot!(
        "check-expect-wrong",
        cli().args([
            "check",
            "examples/event-loop-puzzle.js",
            "--expect",
            "sync part: 5,1,3,6\\norder: 5,1,3,6,2,4",
        ])
    );
    assert_cmd_snapshot!(
        "check-status-wrong",
        cli().args(["check", "examples/order-puzzle.js", "--expect-status", "1"])
    );
}

#[test]
fn check_a_file_without_expectations_is_an_error() {
    assert_cmd_snapshot!(
        "check-no-expectations",
        in_fixtures().args(["check", "throw-42.js"])
    );
}

#[test]
fn check_a_folder() {
    assert_cmd_snapshot!("check-dir", in_fixtures().args(["check", "puzzles"]));
}

#[test]
fn check_update_rewrites_the_comments() {
    let dir = std::env::temp_dir().join(format!("mini-js-update-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("puzzle.js");
    std::fs::write(
        &file,
        "queueMicrotask(() => console.log('b'));\nconsole.log('a'); // expect: b\n// expect: a\n",
    )
    .unwrap();
    let mut c = cli();
    c.current_dir(&dir).args(["check", "--update", "puzzle.js"]);
    assert_cmd_snapshot!("check-update", c);
    let updated = std::fs::read_to_string(&file).unwrap();
    insta::assert_snapshot!("check-update-file", updated);
    // The file now checks.
    let ok = cli()
        .current_dir(&dir)
        .args(["check", "puzzle.js"])
        .status()
        .unwrap();
    assert!(ok.success());
    std::fs::remove_dir_all(&dir).ok();
}

// ───────────────────────────── JSON ─────────────────────────────

#[test]
fn run_json_is_one_object() {
    let (code, v) = run_json(cli().args(["run", "--json", "examples/order-puzzle.js"]));
    assert_eq!(code, 0);
    assert_eq!(v["file"], "examples/order-puzzle.js");
    assert_eq!(v["stdout"], "5\n1\n3\n6\n4\n2\n");
    assert_eq!(v["stderr"], "");
    assert_eq!(v["status"], 0);
    assert!(v["stopped"].is_null());
    assert_eq!(v["virtual_ms"], 1);
    assert!(v["steps"].as_u64().unwrap() > 0);
    insta::assert_snapshot!("run-json", pretty_without_steps(v));
}

#[test]
fn run_json_of_an_uncaught_error() {
    let (code, v) = run_json(in_fixtures().args(["--json", "uncaught.js"]));
    assert_eq!(code, 1);
    assert_eq!(v["status"], 1);
    assert!(v["stderr"]
        .as_str()
        .unwrap()
        .contains("at lengthOfName (uncaught.js:4:17)"));
}

#[test]
fn check_json_reports_the_difference() {
    let (code, v) = run_json(cli().args([
        "check",
        "--json",
        "examples/order-puzzle.js",
        "--order",
        "5,1,3,6,2,4",
    ]));
    assert_eq!(code, 1);
    assert_eq!(v["matched"], false);
    assert_eq!(v["difference"]["kind"], "order");
    assert_eq!(v["difference"]["index"], 5);
    assert_eq!(v["difference"]["actual"], "5,1,3,6,4,2");
    // The differing line explained as `mini-js explain` words it: 4 came from a reaction
    // queued at once on an already-fulfilled promise.
    let why = v["explanation"].as_str().expect("an explanation");
    assert!(why.starts_with("why `4` was printed there"), "{why}");
    assert!(why.contains("PerformPromiseThen step 10.c"), "{why}");
    insta::assert_snapshot!("check-json", pretty_without_steps(v));
}

#[test]
fn check_json_of_a_folder() {
    let (code, v) = run_json(in_fixtures().args(["check", "--json", "puzzles"]));
    assert_eq!(code, 1);
    assert_eq!(v["passed"], 2);
    assert_eq!(v["failed"], 1);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    assert!(files.iter().any(|f| f["matched"] == false
        && f["difference"]["line"] == 1
        && f["difference"]["expected"] == "b"));
}

#[test]
fn trace_names_the_spec_steps() {
    let out = cli()
        .args(["trace", "examples/await-walkthrough.js"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        stdout.contains("suspends, waiting for") && stdout.contains("[§27.7.5.3 Await step 8]"),
        "{stdout}"
    );
    assert!(stdout.contains("NewPromiseReactionJob"), "{stdout}");
}

#[test]
fn dump_ast_and_tokens_still_work() {
    let out = cli()
        .args(["run", "--dump-tokens", "-"])
        .pass_stdin_output("let x = 1;");
    assert!(out.contains("Let") || out.contains("let"), "{out}");
}

/// Runs a command with `stdin` piped in, returning its stdout.
trait PassStdinOutput {
    fn pass_stdin_output(&mut self, stdin: &str) -> String;
}

impl PassStdinOutput for Command {
    fn pass_stdin_output(&mut self, stdin: &str) -> String {
        use std::io::Write;
        let mut child = self
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        String::from_utf8_lossy(&child.wait_with_output().unwrap().stdout).into_owned()
    }
}
