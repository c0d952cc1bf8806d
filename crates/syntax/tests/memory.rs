//! Parsing frees what it builds: a host that parses many scripts (a quiz server, the engine's
//! one-thread-per-script runs) must not grow. The grammar is rebuilt for every parse, so a
//! reference cycle among its recursive parsers would leak it whole each time (about 10 KB).
//!
//! Alone in its test binary so no other test's allocations move the resident size.

use mini_js_syntax::{parse_script, parse_script_with, ParseOptions};

/// A realistic program touching every recursive part of the grammar: statements, assignment
/// expressions, binding patterns, left-hand sides, classes, functions, templates.
const PROGRAM: &str = r#"
function fib(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); }
class Point {
  #x = 0;
  constructor(x, y) { this.#x = x; this.y = y; }
  get len() { return Math.sqrt(this.#x ** 2 + this.y ** 2); }
  static of([a, b] = []) { return new Point(a, b); }
}
const data = [1, 2, { a: 1, b: [4, 5], ...rest }].map((v, i) => typeof v === "number" ? v * i : `item ${i}: ${v}`);
let { p = 1, q: [r, ...s] } = obj ?? {};
async function* gen() { for await (const x of src) { yield x?.value ?? null; } }
outer: for (let i = 0; i < 10; i++) {
  try { if (i % 3) continue outer; else break; } catch ({ message }) { console.log(message); } finally { i += 0; }
}
switch (k) { case 1: x = a && b || c; break; default: x = s.test(g) ? 1 : 2; }
"#;

/// The resident set size in bytes (Linux: the second field of /proc/self/statm, in pages).
fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("/proc/self/statm");
    let pages: usize = statm
        .split_whitespace()
        .nth(1)
        .and_then(|f| f.parse().ok())
        .expect("statm's resident field");
    pages * 4096
}

fn parse_many(n: usize) {
    for i in 0..n {
        // Both entry points, and a failing parse too (its second, explaining pass).
        let program = parse_script(PROGRAM).expect("the program parses");
        assert!(!program.body.is_empty());
        let options = ParseOptions::default();
        assert!(
            parse_script_with("let x = (1 +;", &options).is_err(),
            "parse {i}"
        );
    }
}

#[test]
#[cfg(target_os = "linux")]
fn repeated_parses_do_not_grow_memory() {
    const PARSES: usize = 2_000;
    // Warm up: the allocator's pools and any lazily built tables reach their steady size.
    parse_many(200);
    let before = resident_bytes();
    parse_many(PARSES);
    let after = resident_bytes();
    let grown = after.saturating_sub(before);
    // Leaking the grammar (about 10 KB a parse, two parses a round) would grow by some 40 MB;
    // a steady parser stays within the allocator's slack.
    assert!(
        grown < 4 << 20,
        "resident memory grew by {grown} bytes over {PARSES} rounds ({} bytes a round)",
        grown / PARSES
    );
}
