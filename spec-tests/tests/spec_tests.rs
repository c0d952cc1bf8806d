//! Runs every `spec-tests/**/*.js` and `examples/**/*.js` under mini-js.
//!
//! For each file:
//! 1. an insta snapshot of `exit: <code> / --- stdout / --- stderr` (named
//!    `spec@<path>.snap` or `examples@<path>.snap` in `tests/snapshots/`);
//! 2. stdout and exit status must equal the Node 26 recording (`NAME.node-stdout`,
//!    `NAME.node-status`, written by `scripts/record-node.sh`) when it exists, unless the
//!    file has a `// node-differs: <reason>` line.
//!
//! Failures are collected: one run reports every snapshot change (insta's glob! keeps
//! going) and every Node mismatch (listed together at the end), then fails once.

use std::fs;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};

use mini_js_spec_tests::{
    compare_with_node, esid_problem, js_files, node_differs_reason, node_expectation,
    relative_to_root, render_snapshot, repo_root, run_case, CaseRun,
};

/// Runs the glob over `base` (relative to this file) and checks every file.
fn run_suite(snapshot_name: &'static str, base: &str) {
    let known = known_failures();
    let mut known_seen = 0usize;
    let mut mismatches: Vec<String> = Vec::new();
    let mut checked_against_node = 0usize;
    let mut node_differs = 0usize;

    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("snapshots");
    settings.set_omit_expression(true);

    let glob_result = catch_unwind(AssertUnwindSafe(|| {
        settings.bind(|| {
            insta::glob!(base, "**/*.js", |path: &std::path::Path| {
                let rel = relative_to_root(path);
                let source = fs::read_to_string(path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                let out = match run_case(&rel, &source) {
                    CaseRun::Finished(out) => out,
                    CaseRun::Panicked(msg) => {
                        mismatches.push(format!("=== {rel}\nmini-js panicked: {msg}\n"));
                        return;
                    }
                };
                if known.contains(&rel) {
                    // A known failure: no snapshot of wrong output; it must still differ
                    // from Node, or the list is stale.
                    known_seen += 1;
                    if let Some(node) = node_expectation(path) {
                        if compare_with_node(&rel, &out, &node).is_none() {
                            mismatches.push(format!(
                                "=== {rel}\nnow matches Node: remove it from spec-tests/known-failures.txt\n"
                            ));
                        }
                    }
                    return;
                }
                let mut snap_settings = insta::Settings::clone_current();
                snap_settings.set_description(rel.clone());
                snap_settings.bind(|| {
                    insta::assert_snapshot!(snapshot_name, render_snapshot(&out));
                });

                if let Some(reason) = node_differs_reason(&source) {
                    assert!(
                        !reason.is_empty(),
                        "{rel}: `// node-differs:` needs a reason"
                    );
                    node_differs += 1;
                    return;
                }
                if let Some(node) = node_expectation(path) {
                    checked_against_node += 1;
                    if let Some(report) = compare_with_node(&rel, &out, &node) {
                        mismatches.push(report);
                    }
                }
            });
        });
    }));

    println!(
        "{snapshot_name}: {checked_against_node} compared with Node, {node_differs} marked node-differs, {known_seen} known failures skipped, {} differ from Node",
        mismatches.len()
    );
    if !mismatches.is_empty() {
        let mut msg = format!(
            "{} file(s) differ from the recorded Node output:\n",
            mismatches.len()
        );
        for m in &mismatches {
            msg.push('\n');
            msg.push_str(m);
        }
        if glob_result.is_err() {
            msg.push_str("\n(snapshot assertions failed too; see above)\n");
        }
        panic!("{msg}");
    }
    if let Err(payload) = glob_result {
        resume_unwind(payload);
    }
}

/// The cases mini-js does not get right yet (spec-tests/known-failures.txt, one path per
/// line relative to the repository root; `#` starts a comment). Each is a to-do, not a pass.
fn known_failures() -> Vec<String> {
    let path = repo_root().join("spec-tests/known-failures.txt");
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn spec() {
    // Base is the crate directory (spec-tests/), one level up from this file.
    run_suite("spec", "..");
}

#[test]
fn examples() {
    run_suite("examples", "../../examples");
}

/// Every spec-test names the ECMA-262 section it checks on its first line.
#[test]
fn every_spec_test_has_an_esid() {
    let dir = repo_root().join("spec-tests");
    let files = js_files(&dir);
    assert!(
        files.len() >= 100,
        "expected the spec-tests corpus, found {} files",
        files.len()
    );
    let problems: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let source = fs::read_to_string(path).expect("readable test file");
            esid_problem(&source).map(|p| format!("{}: {p}", relative_to_root(path)))
        })
        .collect();
    assert!(
        problems.is_empty(),
        "files without a valid esid line:\n{}",
        problems.join("\n")
    );
}

/// Every case and example has a Node recording (run scripts/record-node.sh after adding one).
#[test]
fn every_case_has_a_node_recording() {
    let root = repo_root();
    let mut missing = Vec::new();
    for dir in ["spec-tests", "examples"] {
        for path in js_files(&root.join(dir)) {
            if node_expectation(&path).is_none() {
                missing.push(relative_to_root(&path));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no .node-stdout/.node-status recorded for (run scripts/record-node.sh):\n{}",
        missing.join("\n")
    );
}
