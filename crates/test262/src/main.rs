//! `mini-js-test262`: runs test262 (a checkout, by default `../shared/test262` next to the
//! project) against mini-js, the way test262's INTERPRETING.md asks a host to, and compares
//! the result with the project's expectations file.
//!
//! Each test runs in-process through `mini_js_host_node::run_script` (its own big-stack
//! evaluator thread), on a pool of worker threads, with a step limit and a wall-clock
//! timeout. A test file counts once: it passes when every variant it runs in (sloppy and
//! strict, unless its flags say otherwise) passes. Tests that need something outside
//! mini-js's subset (modules, features in [`UNSUPPORTED_FEATURES`], `$262` members other
//! than `global`) are counted as unsupported, apart from failures.

mod meta;
mod report;

use clap::Parser;
use meta::Meta;
use mini_js_host_node::{RunOptions, UnhandledRejections};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// Features (test262's `features.txt` names) mini-js does not implement: a test that lists
/// one is unsupported, not failed.
pub const UNSUPPORTED_FEATURES: &[&str] = &[
    // Built-ins outside the subset.
    "TypedArray",
    "ArrayBuffer",
    "SharedArrayBuffer",
    "DataView",
    "Atomics",
    "Atomics.pause",
    "Atomics.waitAsync",
    "resizable-arraybuffer",
    "arraybuffer-transfer",
    "Float16Array",
    "uint8array-base64",
    "joint-iteration",
    "iterator-chunking",
    "iterator-includes",
    "Iterator.prototype.join",
    "await-dictionary",
    "ShadowRealm",
    "Temporal",
    "Intl.Era-monthcode",
    "Intl.Locale-info",
    "Intl.NumberFormat-v3",
    "Intl-enumeration",
    "IsHTMLDDA",
    "cross-realm",
    "host-gc-required",
    "tail-call-optimization",
    "explicit-resource-management",
    "error-stack-accessor",
    "decorators",
    // Annex B's legacy RegExp statics (RegExp.$1, RegExp.lastMatch, …).
    "legacy-regexp",
    // Modules.
    "top-level-await",
    "dynamic-import",
    "import-attributes",
    "import-defer",
    "import.meta",
    "json-modules",
    "source-phase-imports",
    "source-phase-imports-module-source",
    "export-star-as-namespace-from-module",
];

/// Globals outside mini-js's subset: a test that stops on "X is not defined" for one of
/// them is unsupported.
const OUT_OF_SUBSET_GLOBALS: &[&str] = &[
    "ArrayBuffer",
    "SharedArrayBuffer",
    "DataView",
    "Atomics",
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
    "Intl",
];

const TIMEOUT: &str = "timeout after";

/// `$262` members the test262 host of mini-js provides (see `crates/host-node/src/test262.rs`).
const HOST_MEMBERS: &[&str] = &["global"];

#[derive(Parser, Debug)]
#[command(name = "mini-js-test262", about = "Run test262 against mini-js")]
struct Args {
    /// The test262 checkout (default: ../shared/test262 from the project root).
    #[arg(long)]
    test262: Option<PathBuf>,
    /// Run the tests of a list: `mission`, `core` (the lists in the checkout) or a file of
    /// test paths, one a line, relative to the checkout.
    #[arg(long)]
    list: Option<String>,
    /// Test files or directories, relative to the checkout (default: `test`, all of it).
    paths: Vec<String>,
    /// The expectations file (default: test262-expectations.txt in the project root).
    #[arg(long)]
    expectations: Option<PathBuf>,
    /// Do not compare with the expectations file (just report).
    #[arg(long)]
    no_expectations: bool,
    /// Rewrite the expectations file from this run: drop entries that pass, add new failures
    /// with their error as the reason, keep every other entry and its reason.
    #[arg(long)]
    update_expectations: bool,
    /// Where to write one line per test (default: target/test262/results.txt).
    #[arg(long)]
    results: Option<PathBuf>,
    /// Worker threads (default: the number of CPUs).
    #[arg(long)]
    threads: Option<usize>,
    /// Evaluator step limit per run.
    #[arg(long, default_value_t = 20_000_000)]
    max_steps: u64,
    /// Wall-clock limit per run, in seconds.
    #[arg(long, default_value_t = 20)]
    timeout: u64,
    /// Directory depth of the table's rows, counted below `test/`.
    #[arg(long, default_value_t = 3)]
    depth: usize,
    /// Internal: run as a worker process (test paths on stdin, outcomes on stdout).
    #[arg(long, hide = true)]
    worker: bool,
    /// Print every failure with its message.
    #[arg(short, long)]
    verbose: bool,
}

/// How one test file ended.
#[derive(Clone, Debug)]
pub enum Outcome {
    Pass,
    Fail(String),
    Unsupported(String),
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `../shared/test262` from the project root; from a git worktree under `wt/`, the same
/// folder one level further up.
fn default_suite(root: &Path) -> PathBuf {
    let near = root.join("../shared/test262");
    let far = root.join("../../shared/test262");
    if !near.is_dir() && far.is_dir() {
        far
    } else {
        near
    }
}

fn main() {
    let args = Args::parse();
    let root = project_root();
    let suite = args.test262.clone().unwrap_or_else(|| default_suite(&root));
    if !suite.join("harness/assert.js").is_file() {
        eprintln!(
            "mini-js-test262: {} is not a test262 checkout (no harness/assert.js)",
            suite.display()
        );
        std::process::exit(2);
    }
    if args.worker {
        worker_main(&suite, &args);
        return;
    }
    let tests = match collect_tests(&suite, &args) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("mini-js-test262: {e}");
            std::process::exit(2);
        }
    };
    let started = Instant::now();
    let results = run_all(&suite, &tests, &args);
    let elapsed = started.elapsed();

    let results_path = args
        .results
        .clone()
        .unwrap_or_else(|| root.join("target/test262/results.txt"));
    if let Some(dir) = results_path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let table = report::table(&results, args.depth);
    let mut lines = String::new();
    for (path, outcome) in &results {
        match outcome {
            Outcome::Pass => lines.push_str(&format!("PASS {path}\n")),
            Outcome::Fail(m) => lines.push_str(&format!("FAIL {path}: {m}\n")),
            Outcome::Unsupported(r) => lines.push_str(&format!("SKIP {path}: {r}\n")),
        }
    }
    if let Err(e) = std::fs::write(&results_path, lines) {
        eprintln!(
            "mini-js-test262: cannot write {}: {e}",
            results_path.display()
        );
    }
    let _ = std::fs::write(results_path.with_file_name("table.md"), &table);
    if args.verbose {
        for (path, outcome) in &results {
            if let Outcome::Fail(m) = outcome {
                println!("FAIL {path}: {m}");
            }
        }
    }
    print!("{table}");
    println!(
        "{} tests in {:.1}s; results in {}",
        results.len(),
        elapsed.as_secs_f64(),
        results_path.display()
    );

    if args.no_expectations {
        return;
    }
    let exp_path = args
        .expectations
        .clone()
        .unwrap_or_else(|| root.join("test262-expectations.txt"));
    let expectations = report::read_expectations(&exp_path);
    if args.update_expectations {
        report::write_expectations(&exp_path, &expectations, &results);
        println!("updated {}", exp_path.display());
        return;
    }
    let problems = report::compare(&expectations, &results);
    if problems.is_empty() {
        println!("all results as expected ({})", exp_path.display());
    } else {
        for p in &problems {
            println!("{p}");
        }
        println!(
            "{} unexpected result(s) against {}",
            problems.len(),
            exp_path.display()
        );
        std::process::exit(1);
    }
}

/// The test files to run, as paths relative to the checkout, sorted.
fn collect_tests(suite: &Path, args: &Args) -> Result<Vec<String>, String> {
    let mut tests = Vec::new();
    if let Some(list) = &args.list {
        let file = match list.as_str() {
            "mission" => suite.join("mission.txt"),
            "core" => suite.join("core.txt"),
            other => PathBuf::from(other),
        };
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        tests.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string),
        );
    }
    let mut paths = args.paths.clone();
    if paths.is_empty() && args.list.is_none() {
        paths.push("test".to_string());
    }
    for p in paths {
        let full = suite.join(&p);
        if full.is_dir() {
            walk(suite, &full, &mut tests)?;
        } else if full.is_file() {
            tests.push(p.trim_start_matches("./").to_string());
        } else {
            return Err(format!("no test file or directory {}", full.display()));
        }
    }
    tests.sort();
    tests.dedup();
    Ok(tests)
}

fn walk(suite: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(suite, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "js")
            && !path.to_string_lossy().contains("_FIXTURE")
        {
            if let Ok(rel) = path.strip_prefix(suite) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    Ok(())
}

/// Runs every test on a pool of worker processes (this binary with `--worker`), one
/// test at a time each, in-process there; results come back sorted by path. A worker that
/// dies (an abort in the engine) costs one test, reported as a failure, and is replaced.
fn run_all(suite: &Path, tests: &[String], args: &Args) -> BTreeMap<String, Outcome> {
    let next = Arc::new(AtomicUsize::new(0));
    let results = Arc::new(Mutex::new(BTreeMap::new()));
    let tests: Arc<Vec<String>> = Arc::new(tests.to_vec());
    let threads = args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let worker_args: Vec<String> = vec![
        "--worker".into(),
        "--test262".into(),
        suite.to_string_lossy().into_owned(),
        "--max-steps".into(),
        args.max_steps.to_string(),
        "--timeout".into(),
        args.timeout.to_string(),
    ];
    let workers: Vec<_> = (0..threads.max(1))
        .map(|_| {
            let (next, results, tests) = (next.clone(), results.clone(), tests.clone());
            let worker_args = worker_args.clone();
            std::thread::spawn(move || {
                let mut worker: Option<Worker> = None;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = tests.get(i) else { break };
                    if worker.is_none() {
                        worker = Worker::spawn(&worker_args);
                    }
                    let outcome = match worker.as_mut().map(|w| w.run(path)) {
                        Some(Ok(outcome)) => outcome,
                        Some(Err(e)) => {
                            worker = None;
                            Outcome::Fail(e)
                        }
                        None => Outcome::Fail("cannot start a worker process".into()),
                    };
                    results.lock().unwrap().insert(path.clone(), outcome);
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    Arc::try_unwrap(results)
        .map(|m| m.into_inner().unwrap())
        .unwrap_or_default()
}

/// A worker process and its pipes.
struct Worker {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    stdout: std::io::BufReader<std::process::ChildStdout>,
}

impl Worker {
    fn spawn(args: &[String]) -> Option<Worker> {
        use std::process::{Command, Stdio};
        let mut child = Command::new(std::env::current_exe().ok()?)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let stdin = child.stdin.take()?;
        let stdout = std::io::BufReader::new(child.stdout.take()?);
        Some(Worker {
            child,
            stdin,
            stdout,
        })
    }

    /// Sends one test and reads its outcome; `Err` when the worker died on it.
    fn run(&mut self, path: &str) -> Result<Outcome, String> {
        use std::io::{BufRead, Write};
        let sent = writeln!(self.stdin, "{path}").and_then(|_| self.stdin.flush());
        let mut line = String::new();
        let read = sent.and_then(|_| self.stdout.read_line(&mut line));
        match read {
            Ok(n) if n > 0 => Ok(decode(line.trim_end_matches('\n'))),
            _ => {
                let status = self.child.wait().map(|s| s.to_string()).unwrap_or_default();
                Err(format!("the engine crashed the worker process ({status})"))
            }
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One outcome as one line of the worker protocol.
fn encode(outcome: &Outcome) -> String {
    let one_line = |m: &str| m.replace(['\n', '\r'], " ");
    match outcome {
        Outcome::Pass => "PASS".into(),
        Outcome::Fail(m) => format!("FAIL {}", one_line(m)),
        Outcome::Unsupported(r) => format!("SKIP {}", one_line(r)),
    }
}

fn decode(line: &str) -> Outcome {
    match line.split_at(line.len().min(4)) {
        ("PASS", _) => Outcome::Pass,
        ("SKIP", r) => Outcome::Unsupported(r.trim_start().to_string()),
        ("FAIL", m) => Outcome::Fail(m.trim_start().to_string()),
        _ => Outcome::Fail(format!("bad worker reply {line:?}")),
    }
}

/// `--worker`: reads test paths from stdin, runs each, writes one outcome line per test. A
/// run that timed out cannot be stopped from outside its thread, so the worker exits after
/// reporting it; the parent starts another.
fn worker_main(suite: &Path, args: &Args) {
    use std::io::{BufRead, Write};
    let harness = Harness::load(suite);
    let limits = Limits {
        max_steps: args.max_steps,
        timeout: Duration::from_secs(args.timeout),
    };
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout();
    for line in stdin.lock().lines() {
        let Ok(path) = line else { break };
        let outcome = run_test(suite, path.trim(), &harness, limits);
        let timed_out = matches!(&outcome, Outcome::Fail(m) if m.contains(TIMEOUT));
        if writeln!(stdout, "{}", encode(&outcome))
            .and_then(|_| stdout.flush())
            .is_err()
            || timed_out
        {
            std::process::exit(0);
        }
    }
}

#[derive(Clone, Copy)]
struct Limits {
    max_steps: u64,
    timeout: Duration,
}

/// The harness files, read once.
struct Harness {
    dir: PathBuf,
    files: Mutex<HashMap<String, Option<Arc<String>>>>,
}

impl Harness {
    fn load(suite: &Path) -> Harness {
        Harness {
            dir: suite.join("harness"),
            files: Mutex::new(HashMap::new()),
        }
    }

    fn get(&self, name: &str) -> Option<Arc<String>> {
        let mut files = self.files.lock().unwrap();
        files
            .entry(name.to_string())
            .or_insert_with(|| {
                std::fs::read_to_string(self.dir.join(name))
                    .ok()
                    .map(Arc::new)
            })
            .clone()
    }
}

/// Why a test cannot run on mini-js, if it cannot.
fn unsupported(meta: &Meta, source: &str) -> Option<String> {
    if meta.has_flag("module") {
        return Some("module".into());
    }
    if meta.has_flag("CanBlockIsTrue") {
        return Some("needs a blocking agent".into());
    }
    if let Some(f) = meta
        .features
        .iter()
        .find(|f| UNSUPPORTED_FEATURES.contains(&f.as_str()))
    {
        return Some(format!("feature {f}"));
    }
    // The BigInt typed arrays: tests of them often list only the BigInt feature.
    for name in ["BigInt64Array", "BigUint64Array"] {
        if source.contains(name) {
            return Some(format!("TypedArray {name}"));
        }
    }
    // $262 members mini-js's host does not provide.
    let mut rest = source;
    while let Some(i) = rest.find("$262.") {
        rest = &rest[i + 5..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !HOST_MEMBERS.contains(&name.as_str()) {
            return Some(format!("$262.{name}"));
        }
    }
    None
}

/// Runs one test file in each variant its flags ask for.
fn run_test(suite: &Path, path: &str, harness: &Harness, limits: Limits) -> Outcome {
    let source = match std::fs::read_to_string(suite.join(path)) {
        Ok(s) => s,
        Err(e) => return Outcome::Fail(format!("cannot read the test: {e}")),
    };
    let meta = meta::parse(&source);
    if let Some(reason) = unsupported(&meta, &source) {
        return Outcome::Unsupported(reason);
    }
    if let Some(neg) = &meta.negative {
        if neg.phase == "resolution" {
            return Outcome::Unsupported("module resolution".into());
        }
    }
    let raw = meta.has_flag("raw");
    let variants: &[bool] = if raw || meta.has_flag("noStrict") {
        &[false]
    } else if meta.has_flag("onlyStrict") {
        &[true]
    } else {
        &[false, true]
    };
    for &strict in variants {
        let full = match assemble(&meta, &source, strict, raw, harness) {
            Ok(s) => s,
            Err(e) => return Outcome::Fail(e),
        };
        if let Err(e) = run_variant(path, &full, &meta, limits) {
            if let Some(feature) = unsupported_by_engine(&e) {
                return Outcome::Unsupported(format!("mini-js: {feature}"));
            }
            if let Some(what) = uses_code_from_strings(&meta, &source, harness) {
                return Outcome::Unsupported(format!("failed; uses {what}"));
            }
            let mode = if strict { "strict" } else { "sloppy" };
            let msg = if variants.len() > 1 {
                format!("[{mode}] {e}")
            } else {
                e
            };
            return Outcome::Fail(msg);
        }
    }
    Outcome::Pass
}

/// The program a variant runs: `"use strict";` for the strict variant, the harness
/// (assert.js, sta.js, doneprintHandle.js for async tests, then the includes), the test.
fn assemble(
    meta: &Meta,
    source: &str,
    strict: bool,
    raw: bool,
    harness: &Harness,
) -> Result<String, String> {
    if raw {
        return Ok(source.to_string());
    }
    let mut full = String::new();
    if strict {
        full.push_str("\"use strict\";\n");
    }
    let mut names = vec!["assert.js", "sta.js"];
    if meta.has_flag("async") {
        names.push("doneprintHandle.js");
    }
    names.extend(meta.includes.iter().map(String::as_str));
    for name in names {
        let text = harness
            .get(name)
            .ok_or_else(|| format!("missing harness file {name}"))?;
        full.push_str(&text);
        full.push('\n');
    }
    full.push_str(source);
    Ok(full)
}

/// Runs one variant and judges it: `Ok` when it passed, else why not.
fn run_variant(path: &str, source: &str, meta: &Meta, limits: Limits) -> Result<(), String> {
    let negative = meta.negative.as_ref();
    // The parse phase is judged on the parser alone: test262's parse-negative tests must
    // be rejected before any code runs.
    if let Err(errors) = mini_js_syntax::parse_script(source) {
        let first = &errors[0];
        return match negative {
            Some(n) if n.phase == "parse" && n.error_type == first.name => Ok(()),
            Some(n) if n.phase == "parse" => Err(format!(
                "expected a {} at parse time, got {}: {}",
                n.error_type, first.name, first.message
            )),
            _ => Err(format!("{}: {}", first.name, first.message)),
        };
    }
    if let Some(n) = negative {
        if n.phase == "parse" {
            return Err(format!(
                "expected a {} at parse time; it parsed",
                n.error_type
            ));
        }
    }
    let options = RunOptions {
        max_steps: Some(limits.max_steps),
        unhandled_rejections: UnhandledRejections::None,
        test262_host: true,
        ..Default::default()
    };
    let (tx, rx) = mpsc::channel();
    let (name, src) = (path.to_string(), source.to_string());
    std::thread::spawn(move || {
        let _ = tx.send(mini_js_host_node::run_script(&name, &src, &options));
    });
    let out = match rx.recv_timeout(limits.timeout) {
        Ok(out) => out,
        // The run goes on in the background until the step limit stops it.
        Err(_) => return Err(format!("{TIMEOUT} {}s", limits.timeout.as_secs())),
    };
    let first_err_line = || error_summary(&out.stderr);
    if let Some(n) = negative {
        // phase: runtime
        let wanted = format!("Uncaught {}", n.error_type);
        return if out.exit_code != 0 && out.stderr.contains(&wanted) {
            Ok(())
        } else if out.exit_code == 0 {
            Err(format!("expected {} at runtime; it ran", n.error_type))
        } else {
            Err(format!(
                "expected {} at runtime, got {}",
                n.error_type,
                first_err_line()
            ))
        };
    }
    if meta.has_flag("async") {
        if out.stdout.lines().any(|l| l == "Test262:AsyncTestComplete") {
            return Ok(());
        }
        if let Some(l) = out
            .stdout
            .lines()
            .find(|l| l.starts_with("Test262:AsyncTestFailure"))
        {
            return Err(l.to_string());
        }
        if out.exit_code != 0 {
            return Err(first_err_line());
        }
        return Err("async test did not call $DONE".into());
    }
    if out.exit_code == 0 {
        Ok(())
    } else {
        Err(first_err_line())
    }
}

/// `eval` or the `Function` constructor, when the test or one of its includes mentions
/// them: mini-js has neither (code from strings is outside its subset), and a test that
/// uses them and fails — often an `assert.throws` that caught the missing eval's
/// ReferenceError — counts as unsupported. Only failing tests are asked.
fn uses_code_from_strings(meta: &Meta, source: &str, harness: &Harness) -> Option<&'static str> {
    let mentions = |text: &str| {
        if has_word(text, "eval") {
            Some("eval")
        } else if text.contains("Function(") || text.contains(".constructor(") {
            Some("the Function constructor")
        } else {
            None
        }
    };
    mentions(strip_front_matter(source)).or_else(|| {
        meta.includes
            .iter()
            .filter_map(|name| harness.get(name))
            .find_map(|text| mentions(&text))
    })
}

fn strip_front_matter(source: &str) -> &str {
    match source.find("---*/") {
        Some(i) => &source[i..],
        None => source,
    }
}

/// Whether `word` occurs in `text` as a whole identifier.
fn has_word(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// The error mini-js printed, on one line: the first line of stderr, and when that opens an
/// inspected object (`Uncaught Test262Error {`), the object's lines joined.
fn error_summary(stderr: &str) -> String {
    let mut lines = stderr.lines().filter(|l| !l.trim().is_empty());
    let Some(first) = lines.next() else {
        return "(no message)".into();
    };
    let mut text = first.trim_end().to_string();
    if text.ends_with('{') {
        for l in lines.by_ref() {
            text.push(' ');
            text.push_str(l.trim());
            if l.starts_with('}') {
                break;
            }
        }
    }
    text
}

/// When a failure is mini-js reporting a feature outside its subset (its "… is not
/// supported" errors, and the absent `eval`), the feature; such a test is unsupported.
fn unsupported_by_engine(message: &str) -> Option<String> {
    if message.contains("ReferenceError: eval is not defined") {
        return Some("eval".into());
    }
    for global in OUT_OF_SUBSET_GLOBALS {
        if message.contains(&format!("ReferenceError: {global} is not defined")) {
            return Some(format!("{global} (not in the subset)"));
        }
    }
    if message.contains(" is not supported") || message.contains(" are not supported") {
        let m = message
            .find("Error: ")
            .map_or(message, |i| &message[i + 7..]);
        return Some(m.to_string());
    }
    None
}
