//! Every syntax error the front end reports, rendered as the user sees it (no colour).
//!
//! The messages follow V8 (checked with `node --check` on Node 26) wherever V8 has one; the
//! cases marked "ours" are features outside the subset or places where V8 says something
//! less helpful.

use mini_js_syntax::parse_script;

const CASES: &[(&str, &str)] = &[
    // ── redeclarations ──
    ("let-let", "let x = 1;\nlet x = 2;"),
    ("var-let", "var x;\nlet x;"),
    ("let-var-in-block", "let x;\n{ var x; }"),
    ("param-let", "function f(a) { let a; }"),
    ("class-class", "class A {}\nclass A {}"),
    ("const-function", "const a = 1;\nfunction a() {}"),
    ("catch-param-let", "try {} catch (e) { let e; }"),
    // ── declarations ──
    ("const-without-initializer", "const x;"),
    ("destructuring-without-initializer", "let [a, b];"),
    ("let-let", "let let = 1;"),
    ("lexical-in-single-statement", "if (x) let y = 1;"),
    ("function-without-name", "function () {}"),
    // ── await / yield ──
    (
        "await-in-sloppy-function",
        "function f() {\n  await g();\n}",
    ),
    ("await-at-top-level", "await Promise.resolve(1);"),
    (
        "for-await-outside-async",
        "function f() { for await (const x of xs) {} }",
    ),
    ("yield-outside-generator", "function f() { yield 1; }"),
    ("yield-in-strict-code", "'use strict';\nvar yield = 1;"),
    // ── control flow ──
    ("break-outside-loop", "if (x) { break; }"),
    ("continue-outside-loop", "switch (x) { case 1: continue; }"),
    (
        "continue-across-function",
        "while (1) { (function () { continue; }); }",
    ),
    ("undefined-label", "while (1) { break foo; }"),
    ("continue-to-non-loop-label", "a: { continue a; }"),
    ("duplicate-label", "a: a: x;"),
    ("return-outside-function", "return 1;"),
    ("throw-newline", "throw\nnew Error('x');"),
    ("try-alone", "try { x }"),
    ("two-defaults", "switch (x) { default: a; default: b; }"),
    // ── super, new.target, private names ──
    (
        "super-property-in-function",
        "function f() { return super.x; }",
    ),
    (
        "super-call-in-base-class",
        "class A { constructor() { super(); } }",
    ),
    (
        "super-call-in-method",
        "class A extends B { m() { super(); } }",
    ),
    ("new-target-at-top-level", "new.target"),
    (
        "undeclared-private-name",
        "class A { m() { return this.#nope; } }",
    ),
    ("duplicate-private-name", "class A { #x; #x; }"),
    // ── assignment targets ──
    ("assign-to-literal", "1 = 2;"),
    ("assign-to-call", "f() = 1;"),
    ("compound-assign-to-pattern", "[a] += 1;"),
    ("assign-to-optional-chain", "a?.b = 1;"),
    ("bad-destructuring-target", "[a + b] = c;"),
    ("bad-nested-target", "({a: 1} = o);"),
    ("rest-not-last-assignment", "[...a, b] = c;"),
    ("rest-not-last-binding", "let [...a, b] = c;"),
    ("rest-param-not-last", "function f(...a, b) {}"),
    ("postfix-on-call", "f()++;"),
    ("prefix-on-literal", "++1;"),
    ("for-of-bad-target", "for (f() of xs) ;"),
    ("shorthand-initializer", "var o = { a = 1 };"),
    // ── operators ──
    ("nullish-then-or", "a ?? b || c;"),
    ("or-then-nullish", "a || b ?? c;"),
    ("unary-before-exponent", "-a ** b;"),
    ("new-optional-chain", "new a?.b();"),
    ("tagged-optional-chain", "a?.b`x`;"),
    // ── unexpected tokens ──
    ("unexpected-paren", "f(a));"),
    ("unexpected-identifier", "let x = a b;"),
    ("unexpected-number", "let x = 1 2;"),
    ("unexpected-string", "let x = 'a' 'b';"),
    ("unexpected-template", "let x = a++ `t`;"),
    ("unexpected-keyword", "let x = if;"),
    ("unexpected-end", "function f() {\n  return 1;\n"),
    ("unexpected-end-in-call", "f(a,"),
    ("arrow-newline", "let f = (a)\n=> a;"),
    ("missing-paren", "if (x { y }"),
    ("enum", "enum E {}"),
    // ── strict mode ──
    ("strict-reserved-word", "'use strict';\nvar let = 1;"),
    ("strict-eval", "'use strict';\neval = 1;"),
    (
        "strict-arguments-param",
        "function f(arguments) { 'use strict'; }",
    ),
    ("strict-delete", "'use strict';\ndelete x;"),
    ("strict-octal", "'use strict';\nvar n = 017;"),
    (
        "strict-octal-escape",
        "function f() { 'use strict'; return '\\012'; }",
    ),
    (
        "strict-duplicate-params",
        "'use strict';\nfunction f(a, a) {}",
    ),
    ("arrow-duplicate-params", "(a, a) => 1;"),
    (
        "use-strict-non-simple",
        "function f(a = 1) { 'use strict'; }",
    ),
    ("class-body-is-strict", "class A { m() { with (o) {} } }"),
    // ── classes ──
    ("static-prototype", "class A { static prototype() {} }"),
    (
        "static-prototype-field",
        "class A { static prototype = 1; }",
    ),
    (
        "two-constructors",
        "class A {\n  constructor() {}\n  constructor() {}\n}",
    ),
    ("getter-constructor", "class A { get constructor() {} }"),
    ("generator-constructor", "class A { *constructor() {} }"),
    ("async-constructor", "class A { async constructor() {} }"),
    ("field-named-constructor", "class A { constructor = 1; }"),
    // ── regular expression literals (early errors, §13.2.7.2) ──
    (
        "regex-unterminated-group",
        "var re = /ab(c/gi;\nconsole.log(re);",
    ),
    ("regex-bad-flags", "s.replace(/x/gg, 'y');"),
    ("regex-unknown-flag", "x = /=/q;"),
    ("regex-nothing-to-repeat", "var a = /?a/;"),
    ("regex-after-if-paren", "if (a) /re(/.test(b);"),
    (
        "regex-duplicate-group-name",
        "var r = `${/(?<n>x)(?<n>y)/}`;",
    ),
    // ── outside the subset ──
    ("import", "import fs from 'fs';\nconsole.log(1);"),
    ("export", "export const x = 1;"),
    ("with", "with (Math) { console.log(PI); }"),
    // ── lexer ──
    ("unterminated-string", "let s = 'abc;\nlet t = 1;"),
    ("unterminated-template", "let s = `abc${x}"),
    ("unterminated-comment", "let a = 1; /* never closed"),
    ("bad-character", "let a = 1 @ 2;"),
    ("identifier-after-number", "let a = 3in [];"),
    ("bad-hex-escape", "let s = '\\x4';"),
    ("bad-unicode-escape", "let s = '\\u{110000}';"),
    ("bad-escape-in-template", "let s = `\\u{zz}`;"),
    ("octal-escape-in-template", "let s = `\\01`;"),
    ("separator-at-end", "1_;"),
    ("double-separator", "1__0;"),
    ("bigint-legacy-octal", "let big = 01n;"),
    ("bigint-fraction", "1.5n;"),
    ("bigint-exponent", "1e3n;"),
    ("bigint-separator-at-end", "0xF_n;"),
    ("escaped-keyword", "var v\\u0061r = 1; \\u0069f (x) {}"),
    // ── more early errors ──
    ("catch-empty-parameter", "try {} catch () {}"),
    ("class-declaration-without-name", "class extends B {}"),
    ("generator-in-if", "if (x) function* g() {}"),
    ("for-of-initializer", "for (const x = 1 of y) {}"),
    ("getter-with-parameter", "var o = { get a(x) {} };"),
    ("setter-without-parameter", "var o = { set a() {} };"),
    (
        "duplicate-proto",
        "var o = { __proto__: a, '__proto__': b };",
    ),
    ("missing-paren-at-end", "console.log('hi'"),
    ("missing-paren-between-arguments", "console.log('a' 'b');"),
    ("arguments-in-field", "class A { x = arguments; }"),
    // ── several errors in one file ──
    (
        "several",
        "let a = ;\nlet b = 2;\nf(;\nclass C { constructor() {} constructor() {} }\nlet b = 3;",
    ),
];

fn render(name: &str, src: &str) -> String {
    let file = format!("{name}.js");
    match parse_script(src) {
        Ok(_) => "(no error)\n".to_string(),
        Err(diags) => diags
            .iter()
            .map(|d| d.render(&format!("{}: {}", d.name, d.message), &file, src, false))
            .collect::<Vec<_>>()
            .join(""),
    }
}

#[test]
fn syntax_errors() {
    let mut out = String::new();
    for (name, src) in CASES {
        out.push_str(&format!(
            "════ {name}\n{src}\n────\n{}\n",
            render(name, src)
        ));
    }
    insta::assert_snapshot!("syntax_errors", out);
}

#[test]
fn every_case_is_an_error() {
    let ok: Vec<&str> = CASES
        .iter()
        .filter(|(_, src)| parse_script(src).is_ok())
        .map(|(name, _)| *name)
        .collect();
    assert!(ok.is_empty(), "these parsed without error: {ok:?}");
}

/// Early errors with V8's messages (Node 26, `node --check`).
#[test]
fn early_errors_of_patterns_literals_and_let() {
    for (src, message) in [
        // A rest element ends its pattern: no elision or comma after it.
        ("0, [...x,] = [];", "Rest element must be last element"),
        ("0, {...r,} = {};", "Rest element must be last element"),
        ("[[...x,]] = [];", "Rest element must be last element"),
        ("var [...x,] = [];", "Rest element must be last element"),
        ("var {...x,} = {};", "Rest element must be last element"),
        (
            "for ([...x,] in [[]]) ;",
            "Rest element must be last element",
        ),
        ("for ({...x,} of []) ;", "Rest element must be last element"),
        // No separator after a leading 0.
        ("0_0;", "Numeric separator can not be used after leading 0."),
        ("0_7;", "Numeric separator can not be used after leading 0."),
        ("0_9;", "Numeric separator can not be used after leading 0."),
        (
            "08_1;",
            "Numeric separator can not be used after leading 0.",
        ),
        // `let` and a name continue a declaration across lines, so `yield` is its name.
        (
            "function* g() {\n  let\n  yield 0;\n}",
            "Unexpected identifier 'yield'",
        ),
        // `let [` on a new line stays a declaration, misplaced in an `if`.
        (
            "if (a) let\n[x] = 1;",
            "Lexical declaration cannot appear in a single-statement context",
        ),
        // `#x in o` is no RelationalExpression in a `for (…;` head ([~In]).
        (
            "class C { #f; m() { for (#f in o;;) break; } }",
            "Unexpected identifier '#f'",
        ),
        // A class's name is strict mode code.
        (
            "var C = class let {};",
            "Unexpected strict mode reserved word",
        ),
        ("class static {}", "Unexpected strict mode reserved word"),
        ("class yield {}", "Unexpected strict mode reserved word"),
        (
            "class C { static { (class await {}); } }",
            "Unexpected identifier 'await'",
        ),
        // Private names: only declared by classes, never on `super`, and a getter and a
        // setter share one only when both are static or neither is.
        ("x = { #x: 1 };", "Unexpected identifier '#x'"),
        (
            "class C { #x; m() { const { #x: x } = this; } }",
            "Unexpected identifier '#x'",
        ),
        (
            "class C { #x; m() { ({ #x: x } = this); } }",
            "Unexpected identifier '#x'",
        ),
        (
            "class A { #m; m() { return super.#m; } }",
            "Unexpected private field",
        ),
        (
            "class C { get #f() {} static set #f(v) {} }",
            "Identifier '#f' has already been declared",
        ),
        (
            "class C { static get #f() {} set #f(v) {} }",
            "Identifier '#f' has already been declared",
        ),
        // U+2E2F VERTICAL TILDE is a letter but no identifier character.
        ("var \u{2E2F};", "Invalid or unexpected token"),
        ("var a\u{2E2F};", "Invalid or unexpected token"),
    ] {
        let errs = parse_script(src).expect_err(src);
        assert_eq!(errs[0].message, message, "{src}");
    }
    // The same without the mistakes.
    for src in [
        "0, [...x] = []; [x, ...y] = []; ({...r} = {}); x = [...a, ]; y = {...b, };",
        "[...x /* , */] = [];",
        "var [...x] = [], {...y} = {};",
        "0; 0.5; 1_0; 0x1_0; 0e1_0;",
        "function* g() { let\nx = yield 0; }",
        "class C { #f; m(o) { for (var i = (#f in o);;) break; return #f in o; } }",
        "class C { static get #f() {} static set #f(v) {} get #g() {} set #g(v) {} }",
        // Other_ID_Start and Other_ID_Continue characters.
        "var \u{2118}, \u{212E}, \u{309B}, \u{1885}, a\u{1369}, a\u{00B7}, a\u{19DA}, \\u2118;",
    ] {
        if let Err(errs) = parse_script(src) {
            panic!("{src}: {:?}", errs);
        }
    }
}
