//! Shared helpers for the spec-test harness (`tests/spec_tests.rs`).
//!
//! Every `spec-tests/**/*.js` and `examples/**/*.js` is run with
//! [`mini_js_host_node::run_script`]; the harness snapshots the result with insta and also
//! compares stdout and exit status with what Node 26 printed, as recorded next to the
//! file by `scripts/record-node.sh` (`NAME.node-stdout`, `NAME.node-status`).

use std::fmt::Write as _;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use mini_js_host_node::{run_script, RunOptions, RunOutput};

/// A step budget large enough for every case (the slowest take a few million steps), so
/// that an engine bug that loops forever fails one case instead of hanging the suite.
pub const MAX_STEPS: u64 = 2_000_000_000;

/// The marker a test file uses to say that the spec, not Node, decides its expected output.
pub const NODE_DIFFERS_MARKER: &str = "// node-differs:";

/// The prefix every spec-test file's first line must start with.
pub const ESID_PREFIX: &str = "// esid: sec-";

/// The workspace root (the parent of this crate's directory).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("spec-tests lives inside the workspace")
        .to_path_buf()
}

/// `path` relative to the repository root, with `/` separators, e.g.
/// `spec-tests/operators/additive.js`.
pub fn relative_to_root(path: &Path) -> String {
    let root = repo_root();
    let root = root.canonicalize().unwrap_or(root);
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let rel = path.strip_prefix(&root).unwrap_or(&path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every `*.js` file under `dir`, recursively, sorted. Skips `target`, `node_modules`
/// and `snapshots` directories.
pub fn js_files(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                let name = entry.file_name();
                if matches!(name.to_str(), Some("target" | "node_modules" | "snapshots")) {
                    continue;
                }
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "js") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

/// The result of running one case: the engine's output, or the panic message if the
/// engine panicked (a panic is always a failure, never a snapshot).
pub enum CaseRun {
    Finished(RunOutput),
    Panicked(String),
}

/// Runs `source` as the script `rel_name` (path relative to the repository root).
pub fn run_case(rel_name: &str, source: &str) -> CaseRun {
    let options = RunOptions {
        max_steps: Some(MAX_STEPS),
        // MINI_JS_GC_THRESHOLD=1 runs the collector at nearly every safe point.
        gc_threshold: mini_js_host_node::gc::gc_threshold_from_env(),
        // The step limit bounds every case; a wall-clock limit would make slow (debug,
        // busy machine) runs flaky.
        timeout: None,
        ..RunOptions::default()
    };
    match catch_unwind(AssertUnwindSafe(|| run_script(rel_name, source, &options))) {
        Ok(out) => CaseRun::Finished(out),
        Err(payload) => {
            let msg = if let Some(s) = payload.downcast_ref::<&str>() {
                (*s).to_string()
            } else if let Some(s) = payload.downcast_ref::<String>() {
                s.clone()
            } else {
                "non-string panic payload".to_string()
            };
            CaseRun::Panicked(msg)
        }
    }
}

/// The text block that is snapshotted for each case:
///
/// ```text
/// exit: <code>
/// --- stdout
/// <stdout>
/// --- stderr
/// <stderr>
/// ```
pub fn render_snapshot(out: &RunOutput) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "exit: {}", out.exit_code);
    s.push_str("--- stdout\n");
    push_block(&mut s, &out.stdout);
    s.push_str("--- stderr\n");
    push_block(&mut s, &out.stderr);
    s
}

fn push_block(s: &mut String, text: &str) {
    s.push_str(text);
    if !text.is_empty() && !text.ends_with('\n') {
        s.push_str("\n[no newline at end]\n");
    }
}

/// What Node 26 printed for a case, as recorded by `scripts/record-node.sh`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeExpectation {
    pub stdout: String,
    pub exit_code: i32,
}

/// Reads `NAME.node-stdout` and `NAME.node-status` beside `js_path`, if both exist.
pub fn node_expectation(js_path: &Path) -> Option<NodeExpectation> {
    let stdout = fs::read(js_path.with_extension("node-stdout")).ok()?;
    let status = fs::read_to_string(js_path.with_extension("node-status")).ok()?;
    let exit_code = status
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("{}: malformed .node-status {status:?}", js_path.display()));
    let stdout = String::from_utf8_lossy(&stdout).into_owned();
    Some(NodeExpectation {
        stdout: normalize_stack_frames(&stdout),
        exit_code,
    })
}

/// The text after a frame's location (`:12:34` or `:12:34)`) on its line.
fn frame_suffix(line: &str) -> &str {
    let b = line.as_bytes();
    let mut end = b.len();
    while end > 0 {
        // Find `:digits:digits` ending at `end`, scanning back from the line's end.
        let mut i = end;
        while i > 0 && b[i - 1].is_ascii_digit() {
            i -= 1;
        }
        if i < end && i > 0 && b[i - 1] == b':' {
            let mut j = i - 1;
            while j > 0 && b[j - 1].is_ascii_digit() {
                j -= 1;
            }
            if j < i - 1 && j > 0 && b[j - 1] == b':' {
                let rest = &line[end..];
                return rest.strip_prefix(')').unwrap_or(rest);
            }
        }
        end -= 1;
    }
    ""
}

/// Node's stack frames as mini-js prints them: Node's own frames (`node:internal/…`) are
/// dropped, and a script's absolute path (`/home/x/spec-tests/a.js`, recorded wherever the
/// recording ran) becomes its path from the repository root (`spec-tests/a.js`), the name
/// mini-js runs it under.
pub fn normalize_stack_frames(stdout: &str) -> String {
    let mut out = String::with_capacity(stdout.len());
    for line in stdout.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("at ") && line.contains("node:") {
            // What follows the frame (` {`, `,`) joins the line before, as when the frame
            // is not printed at all.
            let suffix = frame_suffix(line.trim_end_matches('\n'));
            if !suffix.is_empty() && out.ends_with('\n') {
                out.pop();
                out.push_str(suffix);
                out.push('\n');
            }
            continue;
        }
        if !trimmed.starts_with("at ") {
            out.push_str(line);
            continue;
        }
        let mut line = line.to_string();
        for root in ["/spec-tests/", "/examples/"] {
            if let Some(at) = line.find(root) {
                let start = line[..at].rfind(['(', ' ']).map_or(0, |i| i + 1);
                line.replace_range(start..at + 1, "");
            }
        }
        out.push_str(&line);
    }
    out
}

/// The reason given on a `// node-differs: <reason>` line, if the file has one.
pub fn node_differs_reason(source: &str) -> Option<&str> {
    source
        .lines()
        .map(str::trim_start)
        .find_map(|line| line.strip_prefix(NODE_DIFFERS_MARKER))
        .map(str::trim)
}

/// Compares mini-js's stdout and exit status with Node's. Returns a readable report
/// (file name, exit codes, unified-style diff of stdout) when they differ.
pub fn compare_with_node(
    rel_name: &str,
    out: &RunOutput,
    node: &NodeExpectation,
) -> Option<String> {
    if out.stdout == node.stdout && out.exit_code == node.exit_code {
        return None;
    }
    let mut report = format!("=== {rel_name}\n");
    if out.exit_code != node.exit_code {
        let _ = writeln!(
            report,
            "exit status: node {}, mini-js {}",
            node.exit_code, out.exit_code
        );
    }
    if out.stdout != node.stdout {
        report.push_str(&unified_diff(&node.stdout, &out.stdout, "node", "mini-js"));
    }
    if !out.stderr.is_empty() {
        report.push_str("--- mini-js stderr (first 5 lines):\n");
        for line in out.stderr.lines().take(5) {
            let _ = writeln!(report, "  {line}");
        }
    }
    Some(report)
}

/// A line diff of `old` against `new` in unified style (`-` old only, `+` new only, ` `
/// both), with up to three lines of context around each change. Lines are compared
/// exactly; a missing final newline is shown as `\ No newline at end of file`.
pub fn unified_diff(old: &str, new: &str, old_label: &str, new_label: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let ops = diff_ops(&a, &b);

    let mut out = format!("--- {old_label}\n+++ {new_label}\n");
    const CONTEXT: usize = 3;
    let changed: Vec<bool> = ops.iter().map(|op| !matches!(op, Op::Same(_))).collect();
    let near_change = |i: usize| {
        let lo = i.saturating_sub(CONTEXT);
        let hi = (i + CONTEXT + 1).min(ops.len());
        changed[lo..hi].iter().any(|&c| c)
    };
    let mut skipped = false;
    for (i, op) in ops.iter().enumerate() {
        if !near_change(i) {
            skipped = true;
            continue;
        }
        if skipped {
            out.push_str("@@ ... @@\n");
            skipped = false;
        }
        let (sign, line) = match op {
            Op::Same(l) => (' ', *l),
            Op::Del(l) => ('-', *l),
            Op::Add(l) => ('+', *l),
        };
        out.push(sign);
        out.push_str(line);
        if !line.ends_with('\n') {
            out.push_str("\n\\ No newline at end of file\n");
        }
    }
    out
}

enum Op<'a> {
    Same(&'a str),
    Del(&'a str),
    Add(&'a str),
}

fn diff_ops<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Op<'a>> {
    // Strip the common prefix and suffix, then LCS on the middle (outputs are small;
    // past a size limit, fall back to "all old lines removed, all new lines added").
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut ops: Vec<Op<'a>> = a[..prefix].iter().map(|l| Op::Same(l)).collect();
    if am.len().saturating_mul(bm.len()) > 4_000_000 {
        ops.extend(am.iter().map(|l| Op::Del(l)));
        ops.extend(bm.iter().map(|l| Op::Add(l)));
    } else {
        let (n, m) = (am.len(), bm.len());
        // lcs[i][j] = LCS length of am[i..] and bm[j..]
        let mut lcs = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if am[i] == bm[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push(Op::Same(am[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
                ops.push(Op::Del(am[i]));
                i += 1;
            } else {
                ops.push(Op::Add(bm[j]));
                j += 1;
            }
        }
    }
    ops.extend(a[a.len() - suffix..].iter().map(|l| Op::Same(l)));
    ops
}

/// The marker of tests of host behaviour that ECMA-262 leaves to the host (console output,
/// util.inspect): `// esid: host-<area>-<rule>`, e.g. `// esid: host-console-log`.
pub const HOST_ESID_PREFIX: &str = "// esid: host-";

/// Checks that the first line of a spec-test names its ECMA-262 section (or, for host
/// behaviour, its `host-` area).
pub fn esid_problem(source: &str) -> Option<String> {
    let first = source.lines().next().unwrap_or("");
    if let Some(rest) = first.strip_prefix(HOST_ESID_PREFIX) {
        let ok = !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        return (!ok).then(|| format!("malformed host esid {first:?}"));
    }
    if !first.starts_with(ESID_PREFIX) {
        return Some(format!(
            "first line is {first:?}, expected `{ESID_PREFIX}<anchor>`"
        ));
    }
    let anchor = first["// esid: ".len()..].trim();
    if anchor.len() <= "sec-".len() || anchor.contains(char::is_whitespace) {
        return Some(format!("malformed esid {anchor:?}"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_changed_lines() {
        let d = unified_diff("a\nb\nc\n", "a\nB\nc\n", "node", "mini-js");
        assert_eq!(d, "--- node\n+++ mini-js\n a\n-b\n+B\n c\n");
    }

    #[test]
    fn diff_marks_missing_newline() {
        let d = unified_diff("x\n", "x", "node", "mini-js");
        assert!(d.contains("-x\n+x\n\\ No newline at end of file"), "{d}");
    }

    #[test]
    fn node_differs_marker() {
        let src = "// esid: sec-x\n// node-differs: V8 bug 123\nconsole.log(1)\n";
        assert_eq!(node_differs_reason(src), Some("V8 bug 123"));
        assert_eq!(node_differs_reason("console.log(1)"), None);
    }

    #[test]
    fn esid_check() {
        assert!(esid_problem("// esid: sec-addition-operator-plus\n").is_none());
        assert!(esid_problem("// esid: addition\n").is_some());
        assert!(esid_problem("console.log(1)\n").is_some());
        assert!(esid_problem("// esid: host-console-log\n").is_none());
        assert!(esid_problem("// esid: host-\n").is_some());
    }
}
