//! The parser's quiet pass chooses alternatives by the next token and reads binary operators
//! by precedence climbing (parser/fast.rs); whenever it succeeds, its tree must be the one the
//! reference grammar builds. These tests compare the two on every program of the repository,
//! on prefixes of them, and on constructs the shortcuts treat specially.

use mini_js_syntax::{parse_script, parse_script_reference};
use std::path::{Path, PathBuf};

fn same_tree(src: &str, what: &str) {
    let fast = parse_script(src);
    let reference = parse_script_reference(src);
    match (&fast, &reference) {
        (Ok(a), Ok(b)) => assert_eq!(
            format!("{a:?}"),
            format!("{b:?}"),
            "{what}: the trees differ"
        ),
        (Err(a), Err(b)) => assert_eq!(
            format!("{a:?}"),
            format!("{b:?}"),
            "{what}: the diagnostics differ"
        ),
        _ => panic!("{what}: one pass accepts, the other refuses:\n{fast:?}\n{reference:?}"),
    }
}

fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            js_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "js") {
            out.push(p);
        }
    }
}

#[test]
fn the_repositorys_programs_parse_to_the_same_trees() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["examples", "spec-tests"] {
        js_files(&root.join(dir), &mut files);
    }
    files.sort();
    assert!(files.len() > 50, "found {} programs", files.len());
    for f in &files {
        let src = std::fs::read_to_string(f).expect("read");
        same_tree(&src, &f.display().to_string());
    }
}

#[test]
fn prefixes_parse_to_the_same_trees() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut files = Vec::new();
    js_files(&root, &mut files);
    files.sort();
    for f in files.iter().take(12) {
        let src = std::fs::read_to_string(f).expect("read");
        // Cut at line ends: many prefixes are programs of their own.
        for (i, _) in src.match_indices('\n').step_by(3) {
            same_tree(&src[..i], &format!("{} up to byte {i}", f.display()));
        }
    }
}

#[test]
fn special_cases_parse_to_the_same_trees() {
    for src in [
        // Binary operators: precedence, associativity, `**`, `??`, `in`, private `in`.
        "x = a + b * c - d / e % f << g >> h >>> i < j > k <= l >= m == n != o === p !== q & r ^ s | t && u || v;",
        "x = a ** b ** c; y = (-a) ** b; z = a * b ** c * d;",
        "x = -a ** b;",
        "x = await a ** b;",
        "x = a ?? b ?? c; y = (a || b) ?? c; z = a ?? (b && c);",
        "x = a || b ?? c;",
        "x = a ?? b && c;",
        "x = a && b || c && d || e;",
        "for (var i = a in b; i < 3; i++) ;",
        "for (x in a < b ? c : d) ;",
        "for (var x = (a in b); ;) break;",
        "class C { #x; m(o) { return #x in o && #x in o === true; } }",
        "class C { #x; m(o) { return a < #x in o; } }",
        "class C { #x; m(o) { return #x + 1; } }",
        "x = a instanceof B in c;",
        "x = typeof a + void b - !c * ~d;",
        "x = a < b > c; y = a / b / c; z = a - -b + +c;",
        // Suffixes and optional chains.
        "a.b[c](d)`e`.f?.g.h?.[i]?.(j).k; new a.b.c(d).e; new new a()(); new.target;",
        "a?.b`c`;",
        "new a?.b();",
        "x = a\n++b; y = a\n(b); z = a\n[b];",
        "f(...a, b)(c)[d]; super.x;",
        "x = `a${b}c${d}e`; tag`a${b}`; x = a`b`;",
        // Arrows, async, yield, await.
        "x = a => a; y = (a, b) => a + b; z = async a => a; w = async (a) => await a; v = async;",
        "x = async\n(a); y = (a) + (b); z = ((a)) => 1;",
        "async function f() { await a; await (b); x = await c + d; for await (x of y) ; }",
        "function* g() { yield; yield a; yield* b; x = yield c; yield\na; }",
        "function f() { yield = 1; await = 2; return yield + await; }",
        "x = \\u0061sync => 1; \\u0061 = 2;",
        // Statements.
        "let x = 1; let [a] = b; let {c} = d; let\ny = 2; let; let = 3; let.a = 4;",
        "async function f() {} async () => 1; async\nfunction g() {}",
        "a: b: for (;;) { continue a; break b; } c: d;",
        "if (a) b; else c; while (a) ; do a; while (b) x; switch (a) { case 1: b; default: c; }",
        "try { a } catch (e) { b } finally { c } try {} catch {} throw a\nb;",
        "label: function f() {} ; ; debugger; with (a) {}",
        "import x from 'y';",
        "var a = 1, b; const c = 2; x = function () {}; x = class {}; class D extends E {}",
        "x = { a, b: 1, [c]: 2, d() {}, get e() {}, set f(v) {}, async g() {}, *h() {}, ...i, j = 1 };",
        "({ a = 1 } = b); [a, , b = 2, ...c] = d; x = [, a, , ...b, ];",
        "x = /re/g; y = a / b / c;",
        "x = (1, 2); y = a ? b : c ? d : e; z = a = b += c **= d ??= e;",
        "x = this; y = null; z = true + false; w = 'a' + 1.5;",
        "delete a.b; delete a.#b;",
    ] {
        same_tree(src, src);
    }
}

/// Every file of a test262 checkout's language directory (`MINI_JS_TEST262=DIR`, e.g.
/// `../../shared/test262` from a worktree; `MINI_JS_TEST262_DIR=test` for all of it): slow in
/// a debug build, so run by hand.
#[test]
#[ignore]
fn test262_parses_to_the_same_trees() {
    let dir = std::env::var("MINI_JS_TEST262").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../../shared/test262").into()
    });
    let mut files = Vec::new();
    let sub = std::env::var("MINI_JS_TEST262_DIR").unwrap_or_else(|_| "test/language".into());
    js_files(&Path::new(&dir).join(sub), &mut files);
    files.sort();
    assert!(!files.is_empty(), "no test262 checkout at {dir}");
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        same_tree(&src, &f.display().to_string());
    }
    eprintln!("{} files compared", files.len());
}
