//! The limit flags end to end: a stopped run exits with status 3 and says which limit
//! stopped it; `run` streams stdout and stderr in the program's order.

use std::process::Command;

/// Writes `source` to a temporary file and runs `mini-js ARGS FILE`; `2>&1` when `merged`.
fn mini_js(name: &str, source: &str, args: &[&str], merged: bool) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("mini-js-cli-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, source).unwrap();
    let bin = env!("CARGO_BIN_EXE_mini-js");
    let mut cmd = if merged {
        let mut c = Command::new("sh");
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        c.arg("-c").arg(format!(
            "'{bin}' {} '{}' 2>&1",
            quoted.join(" "),
            file.display()
        ));
        c
    } else {
        let mut c = Command::new(bin);
        c.args(args).arg(&file);
        c
    };
    let out = cmd.output().expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_stopped_run_exits_with_status_3_and_names_the_limit() {
    let (code, stdout, stderr) = mini_js(
        "steps.js",
        "console.log('before'); while (true) {}",
        &["run", "--max-steps", "1000"],
        false,
    );
    assert_eq!(code, 3, "{stderr}");
    assert_eq!(stdout, "before\n");
    assert_eq!(
        stderr,
        "mini-js: stopped: step limit of 1000 steps reached (--max-steps)\n"
    );

    let (code, _, stderr) = mini_js(
        "heap.js",
        "const a = []; while (true) a.push({ a });",
        &["run", "--max-heap-mb", "16"],
        false,
    );
    assert_eq!(code, 3);
    assert_eq!(
        stderr,
        "mini-js: stopped: heap limit of 16 MiB reached (--max-heap-mb)\n"
    );

    let (code, _, stderr) = mini_js(
        "time.js",
        "setInterval(() => {}, 5);",
        &["trace", "--timeout-ms", "200"],
        false,
    );
    assert_eq!(code, 3);
    assert!(stderr.contains("time limit of 200 ms reached"), "{stderr}");

    let (code, stdout, _) = mini_js(
        "output.js",
        "for (;;) console.log('0123456789');",
        &["run", "--max-output-kb", "2"],
        false,
    );
    assert_eq!(code, 3);
    assert_eq!(stdout.len(), 2048);
}

#[test]
fn check_does_not_report_a_match_for_a_stopped_run() {
    let (code, stdout, stderr) = mini_js(
        "check.js",
        "console.log('done'); for (;;) {}",
        &["check", "--expect", "done", "--timeout-ms", "300"],
        false,
    );
    assert_eq!(code, 3, "{stdout}");
    assert!(stdout.starts_with("not checked:"), "{stdout}");
    assert!(stdout.contains("time limit of 300 ms reached"), "{stdout}");
    assert!(stderr.contains("mini-js: stopped:"), "{stderr}");
}

#[test]
fn run_streams_stdout_and_stderr_in_the_program_order() {
    let (code, merged, _) = mini_js(
        "streams.js",
        "console.log(1); console.error(2); console.log(3); \
         setTimeout(() => { console.error(4); console.log(5); }, 1);",
        &["run"],
        true,
    );
    assert_eq!(code, 0);
    assert_eq!(merged, "1\n2\n3\n4\n5\n");
}

/// A catastrophic backtracking pattern runs inside one call into the regex engine; the
/// wall-time limit still stops it (the matcher calls the engine back as it works).
#[test]
fn the_time_limit_stops_a_catastrophic_regexp() {
    let started = std::time::Instant::now();
    let (code, stdout, stderr) = mini_js(
        "redos.js",
        "console.log('start'); console.log(/^(a+)+$/.test('a'.repeat(40) + '!'));",
        &["run", "--timeout-ms", "300"],
        false,
    );
    assert_eq!(code, 3, "{stdout}{stderr}");
    assert_eq!(stdout, "start\n");
    assert!(stderr.contains("time limit of 300 ms reached"), "{stderr}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}
