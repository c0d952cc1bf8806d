//! The engine evaluates pure expressions (no user code can run inside them) in one machine
//! step and counts the steps a node-by-node evaluation would take
//! (`mini_js_engine::runtime_semantics::pure`). This checks that the shortcut is exact: every
//! spec-test, example and benchmark program prints the same, ends the same, takes the same
//! number of steps and reaches the same virtual time with the shortcut and without it
//! (`RunOptions::step_by_step`).

use mini_js_host_node::{run_script, RunOptions};
use mini_js_spec_tests::{js_files, relative_to_root, repo_root, MAX_STEPS};

#[test]
fn pure_expressions_change_no_step() {
    let root = repo_root();
    let mut files = js_files(&root.join("spec-tests"));
    files.extend(js_files(&root.join("examples")));
    files.extend(js_files(&root.join("bench/programs")));
    let mut differ = Vec::new();
    let mut compared = 0;
    for path in &files {
        let rel = relative_to_root(path);
        let source = std::fs::read_to_string(path).expect("read a test file");
        let options = RunOptions {
            max_steps: Some(MAX_STEPS),
            timeout: None,
            ..RunOptions::default()
        };
        let fast = run_script(&rel, &source, &options);
        let slow = run_script(
            &rel,
            &source,
            &RunOptions {
                step_by_step: true,
                ..options
            },
        );
        compared += 1;
        let same = fast.stdout == slow.stdout
            && fast.stderr == slow.stderr
            && fast.exit_code == slow.exit_code
            && fast.steps == slow.steps
            && fast.virtual_ms == slow.virtual_ms;
        if !same {
            differ.push(format!(
                "{rel}: steps {} vs {} step by step, virtual ms {} vs {}, exit {} vs {}, stdout same: {}, stderr same: {}",
                fast.steps,
                slow.steps,
                fast.virtual_ms,
                slow.virtual_ms,
                fast.exit_code,
                slow.exit_code,
                fast.stdout == slow.stdout,
                fast.stderr == slow.stderr
            ));
        }
    }
    assert!(compared > 500, "only {compared} programs found");
    assert!(
        differ.is_empty(),
        "{} of {compared} programs differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
