//! `mini-js explain`, `trace` (text and JSON lines) and `timeline`, end to end: snapshots of
//! every view for the programs under tests/programs/ and a few examples, the causal chain of
//! every console event in the JSON, the JSON schema's fields, the filters, and the SVG.

use std::collections::HashMap;
use std::process::Command;

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn mini_js(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mini-js"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The programs every view is snapshotted for (paths from the repository root).
const PROGRAMS: &[&str] = &[
    "examples/explain-puzzle.js",
    "examples/event-loop-puzzle.js",
    "examples/await-walkthrough.js",
    "examples/async-range-iterable.js",
    "crates/cli/tests/programs/await-thenable.js",
    "crates/cli/tests/programs/return-promise-ticks.js",
    "crates/cli/tests/programs/finally-order.js",
    "crates/cli/tests/programs/for-await-break.js",
    "crates/cli/tests/programs/promise-all-pool.js",
    "crates/cli/tests/programs/timers-and-microtasks.js",
    "crates/cli/tests/programs/unhandled-rejection.js",
    "crates/cli/tests/programs/queue-microtask-vs-then.js",
    "crates/cli/tests/programs/resolve-with-promise.js",
    "crates/cli/tests/programs/ping-pong.js",
    "crates/cli/tests/programs/caught-rejection.js",
    "crates/cli/tests/programs/node-queues.js",
];

fn snap_name(program: &str, view: &str) -> String {
    let stem = std::path::Path::new(program)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("program");
    format!("{view}@{stem}")
}

fn snapshot_all(view: &str, args: &[&str]) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/views");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for p in PROGRAMS {
            let mut a = args.to_vec();
            a.insert(1, p);
            let (code, stdout, stderr) = mini_js(&a);
            let shown = format!("exit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}");
            insta::assert_snapshot!(snap_name(p, view), shown);
        }
    });
}

#[test]
fn explain_snapshots() {
    snapshot_all("explain", &["explain"]);
}

#[test]
fn trace_text_snapshots() {
    snapshot_all("trace", &["trace"]);
}

#[test]
fn trace_json_snapshots() {
    snapshot_all("json", &["trace", "--format", "json"]);
}

#[test]
fn timeline_text_snapshots() {
    snapshot_all("timeline", &["timeline", "--format", "text"]);
}

fn json_lines(program: &str) -> Vec<serde_json::Value> {
    let (_, stdout, _) = mini_js(&["trace", program, "--format", "json"]);
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

/// Every console event's chain — its job, the enqueue of that job, the job running then, … —
/// ends at the script (job 0) or at a timer job, for every program.
#[test]
fn every_console_line_has_a_chain_to_the_script_or_a_timer() {
    let mut checked = 0;
    for p in PROGRAMS.iter().chain(["examples/three-patterns.js"].iter()) {
        let events = json_lines(p);
        let mut enqueue_of: HashMap<u64, &serde_json::Value> = HashMap::new();
        let mut source_of: HashMap<u64, String> = HashMap::new();
        for e in &events {
            match e["kind"].as_str() {
                Some("enqueue") => {
                    enqueue_of.insert(e["enqueued"].as_u64().expect("enqueued"), e);
                }
                Some("job") => {
                    source_of.insert(
                        e["id"].as_u64().expect("id"),
                        e["source"].as_str().expect("source").to_string(),
                    );
                }
                _ => {}
            }
        }
        for e in events.iter().filter(|e| e["kind"] == "console") {
            let mut job = e["job"].as_u64().expect("a console event has a job");
            let mut steps = 0;
            loop {
                if job == 0 || source_of.get(&job).map(String::as_str) == Some("timer") {
                    break;
                }
                let enq = enqueue_of
                    .get(&job)
                    .unwrap_or_else(|| panic!("{p}: job {job} has no enqueue event ({e})"));
                assert!(
                    enq["seq"].as_u64() < e["seq"].as_u64(),
                    "{p}: job {job} enqueued after the output"
                );
                job = enq["job"].as_u64().expect("an enqueue has a job");
                steps += 1;
                assert!(steps < 100_000, "{p}: the chain loops");
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "only {checked} console events checked");
}

/// The JSON schema: a header with the version, then seq 0, 1, 2, … with the named fields.
#[test]
fn json_lines_have_the_documented_fields() {
    let events = json_lines("examples/explain-puzzle.js");
    assert_eq!(events[0]["kind"], "header");
    assert_eq!(events[0]["version"], 1);
    for (i, e) in events[1..].iter().enumerate() {
        assert_eq!(e["seq"].as_u64(), Some(i as u64), "{e}");
        for field in [
            "kind", "clause", "step", "text", "line", "column", "job", "cause",
        ] {
            assert!(e.get(field).is_some(), "missing {field}: {e}");
        }
        match e["kind"].as_str().unwrap_or("") {
            "enqueue" => assert!(e["enqueued"].is_u64(), "{e}"),
            "job" => {
                assert!(e["id"].is_u64(), "{e}");
                assert!(e["source"] == "microtask" || e["source"] == "timer", "{e}");
            }
            "console" => {
                assert_eq!(e["stream"], "stdout", "{e}");
                assert!(e["data"].is_string() && e["line"].is_u64(), "{e}");
            }
            _ => {}
        }
    }
    let printed: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "console")
        .map(|e| e["data"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(printed, ["5", "1", "3", "6", "4", "2"]);
    // Await's suspension is step 8 and its resumption 3.d (not 7 and 3.c).
    assert!(events
        .iter()
        .any(|e| e["kind"] == "await" && e["clause"] == "27.7.5.3" && e["step"] == "8"));
    assert!(events
        .iter()
        .any(|e| e["kind"] == "resume" && e["clause"] == "27.7.5.3" && e["step"] == "3.d"));
}

/// `explain` on the classic puzzle says why 4 comes before 2 in words.
#[test]
fn explain_says_why_4_comes_before_2() {
    let (code, out, _) = mini_js(&["explain", "examples/explain-puzzle.js"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("because the promise from `Promise.resolve()` (line 16)")
            && out.contains("is already fulfilled"),
        "{out}"
    );
    assert!(
        out.contains("resume `await second()` in `first`")
            && out.contains("because the promise returned by `second()` (line 5)")
            && out.contains("was fulfilled"),
        "{out}"
    );
    assert!(out.contains("Microtask checkpoint 1 at 0 ms"), "{out}");
    assert!(!out.contains(" #3"), "explain shows no heap ids: {out}");
}

#[test]
fn filters_keep_only_what_was_asked() {
    let (code, out, _) = mini_js(&["trace", "examples/explain-puzzle.js", "--only", "console"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines
            .iter()
            .all(|l| l.contains("▷ stdout") || l.starts_with("──")),
        "{out}"
    );
    assert_eq!(lines.iter().filter(|l| l.contains("▷ stdout")).count(), 6);

    let (_, out, _) = mini_js(&["trace", "examples/explain-puzzle.js", "--function", "first"]);
    assert!(out.contains("resume `await second()` in `first`"), "{out}");
    assert!(
        !out.contains("▷ stdout: 3"),
        "second's output is not first's: {out}"
    );
    assert!(
        out.contains("▷ stdout: 1") && out.contains("▷ stdout: 2"),
        "{out}"
    );

    let (code, _, err) = mini_js(&["trace", "examples/explain-puzzle.js", "--only", "nonsense"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown event kind 'nonsense'"), "{err}");

    let (_, out, _) = mini_js(&["trace", "examples/explain-puzzle.js", "--queue"]);
    assert!(
        out.contains("queue: job 1 (resume `await null` in `second`"),
        "{out}"
    );
}

/// The three patterns read 1760, 220 and 660 ms on their lanes.
#[test]
fn timeline_shows_the_three_patterns_durations() {
    let (code, out, _) = mini_js(&["timeline", "examples/three-patterns.js", "--format", "text"]);
    assert_eq!(code, 0);
    let lane = |name: &str| {
        out.lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no lane {name}: {out}"))
            .to_string()
    };
    assert!(lane("sequential()").contains("(1760 ms)"), "{out}");
    assert!(lane("parallel()").contains("(220 ms)"), "{out}");
    assert!(lane("pooled()").contains("(660 ms)"), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/views");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!("timeline@three-patterns", out));
}

/// The SVG is well-formed XML, self-contained, and names the lanes.
#[test]
fn timeline_svg_parses_as_xml() {
    let dir = std::env::temp_dir().join(format!("mini-js-svg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let path = dir.join("t.svg");
    let (code, _, err) = mini_js(&[
        "timeline",
        "examples/three-patterns.js",
        "-o",
        path.to_str().expect("a UTF-8 path"),
    ]);
    assert_eq!(code, 0, "{err}");
    let svg = std::fs::read_to_string(&path).expect("the SVG was written");
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert!(doc.descendants().all(|n| n.tag_name().name() != "script"));
    assert!(
        !svg.contains("@import") && !svg.contains("href"),
        "no external resources"
    );
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(texts.iter().any(|t| t.contains("(1760 ms)")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("(220 ms)")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("(660 ms)")), "{texts:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
