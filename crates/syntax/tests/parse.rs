//! Parser tests: the tree (as compact s-expressions) for precedence, associativity, automatic
//! semicolon insertion, templates, literals and every construct of the subset.

use mini_js_syntax::{parse_script, sexpr};

/// The s-expression of a script that must parse, one line per statement (trailing newline
/// trimmed).
fn tree(src: &str) -> String {
    match parse_script(src) {
        Ok(p) => sexpr::program(&p).trim_end().to_string(),
        Err(diags) => panic!(
            "{src:?} should parse but: {:?}",
            diags.iter().map(|d| &d.message).collect::<Vec<_>>()
        ),
    }
}

fn check(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (src, expected) in cases {
        let got = tree(src);
        if got != *expected {
            failures.push(format!(
                "source:   {src}\nexpected: {expected}\ngot:      {got}\n"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn precedence_and_associativity() {
    check(&[
        ("a + b * c", "(+ a (* b c))"),
        ("a * b + c", "(+ (* a b) c)"),
        ("a - b - c", "(- (- a b) c)"),
        ("a ** b ** c", "(** a (** b c))"),
        ("(-a) ** b", "(** (paren (- a)) b)"),
        ("a ** -b", "(** a (- b))"),
        ("a < b == c < d", "(== (< a b) (< c d))"),
        ("a << b + c", "(<< a (+ b c))"),
        ("a & b | c ^ d", "(| (& a b) (^ c d))"),
        ("a || b && c", "(|| a (&& b c))"),
        ("a ?? b ?? c", "(?? (?? a b) c)"),
        ("(a || b) ?? c", "(?? (paren (|| a b)) c)"),
        ("a ?? (b && c)", "(?? a (paren (&& b c)))"),
        ("a ? b : c ? d : e", "(? a b (? c d e))"),
        ("a = b = c", "(= a (= b c))"),
        ("a += b -= c", "(+= a (-= b c))"),
        ("a &&= b ||= c ??= d", "(&&= a (||= b (??= c d)))"),
        ("a, b = c, d", "(, a (= b c) d)"),
        ("!a instanceof B", "(instanceof (! a) B)"),
        ("typeof a + b", "(+ (typeof a) b)"),
        ("void 0, delete a.b", "(, (void 0) (delete (. a b)))"),
        ("- -a", "(- (- a))"),
        ("-(-a)", "(- (paren (- a)))"),
        ("a++ + ++b", "(+ (++post a) (++pre b))"),
        ("a-- - --b", "(- (--post a) (--pre b))"),
        ("x = a ? b : c", "(= x (? a b c))"),
        ("a in b", "(in a b)"),
        ("a >>> b >> c", "(>> (>>> a b) c)"),
        ("a !== b === c != d == e", "(== (!= (=== (!== a b) c) d) e)"),
        ("a % b / c", "(/ (% a b) c)"),
        ("a <= b >= c > d", "(> (>= (<= a b) c) d)"),
        ("x = y => z = 1", "(= x (arrow (y) (= z 1)))"),
    ]);
}

#[test]
fn member_call_new() {
    check(&[
        ("a.b.c", "(. (. a b) c)"),
        ("a[b][c]", "(. (. a [b]) [c])"),
        ("a.b(c)(d)", "(call (call (. a b) c) d)"),
        ("new X", "(new X)"),
        ("new X()", "(new X)"),
        ("new X(1, 2)", "(new X 1 2)"),
        ("new X.y(1)", "(new (. X y) 1)"),
        ("new X().y", "(. (new X) y)"),
        ("new new X()()", "(new (new X))"),
        ("new new X", "(new (new X))"),
        ("new X.y", "(new (. X y))"),
        ("new (f())()", "(new (paren (call f)))"),
        // Arguments close the innermost `new`; members and tagged templates extend its callee.
        ("new new X()", "(new (new X))"),
        ("new new X()()()", "(call (new (new X)))"),
        (
            "new new X.a(1).b(2).c",
            "(. (new (. (new (. X a) 1) b) 2) c)",
        ),
        ("new X`t`(1)", "(new (tagged X (template \"t\")) 1)"),
        ("new X()`t`", "(tagged (new X) (template \"t\"))"),
        ("new X()?.y", "(chain (?. (new X) y))"),
        (
            "function f() { new new.target }",
            "(function f () (block (new new.target)))",
        ),
        ("f(...a, b, ...c)", "(call f ...a b ...c)"),
        ("f(a,)", "(call f a)"),
        ("a.if.class.new", "(. (. (. a if) class) new)"),
        (
            "class A { #x; m() { this.#x } }",
            "(class A (field #x) (Method m (method strict () (block (. this #x)))))",
        ),
        (
            "function f() { new.target }",
            "(function f () (block new.target))",
        ),
    ]);
}

#[test]
fn optional_chains() {
    check(&[
        ("a?.b", "(chain (?. a b))"),
        ("a?.b.c", "(chain (. (?. a b) c))"),
        ("a?.[x]", "(chain (?. a [x]))"),
        ("a?.()", "(chain (call?. a))"),
        ("a?.b()", "(chain (call (?. a b)))"),
        ("a.b?.(c).d", "(chain (. (call?. (. a b) c) d))"),
        ("a?.b?.c", "(chain (?. (?. a b) c))"),
        ("(a?.b).c", "(. (paren (chain (?. a b))) c)"),
        ("a?.b + 1", "(+ (chain (?. a b)) 1)"),
        ("x ?.5 : 1", "(? x 0.5 1)"),
        (
            "class A { #x; m() { this?.#x } }",
            "(class A (field #x) (Method m (method strict () (block (chain (?. this #x))))))",
        ),
    ]);
}

#[test]
fn automatic_semicolon_insertion() {
    check(&[
        // A call continues across a line break.
        ("a\n(b)", "(call a b)"),
        // So does a member access or a template.
        ("a\n.b", "(. a b)"),
        ("a\n`t`", "(tagged a (template \"t\"))"),
        // `return` is a restricted production.
        (
            "function f() { return\nx }",
            "(function f () (block (return) x))",
        ),
        (
            "function f() { return x\n}",
            "(function f () (block (return x)))",
        ),
        // Postfix `++` may not follow a line break: it becomes prefix on the next line.
        ("a\n++b", "a\n(++pre b)"),
        ("a++\nb", "(++post a)\nb"),
        // `break` / `continue` labels must be on the same line.
        (
            "l: while (1) { break\nl }",
            "(label l (while 1 (block (break) l)))",
        ),
        (
            "l: while (1) { continue\nl }",
            "(label l (while 1 (block (continue) l)))",
        ),
        (
            "l: while (1) { break l }",
            "(label l (while 1 (block (break l))))",
        ),
        // Statements end before `}` and at the end of the input.
        ("{ a } b", "(block a)\nb"),
        ("a", "a"),
        // `do … while (x)` takes a semicolon even without a line break.
        ("do x; while (y) z", "(do x y)\nz"),
        ("do {} while (y)\nz", "(do (block ) y)\nz"),
        // A line break alone does not end a statement when the next token continues it.
        ("var a = 1\n+ 2", "(var (a (+ 1 2)))"),
        ("let x = 1\nlet y = 2", "(let (x 1))\n(let (y 2))"),
        ("x\n=\n1", "(= x 1)"),
        // `yield` has no operand across a line break.
        (
            "function* g() { yield\n1 }",
            "(function* g () (block (yield) 1))",
        ),
        // Class fields end at a line break.
        (
            "class A { x = 1\n y\n static z }",
            "(class A (field x 1) (field y) (static field z))",
        ),
        // `async` followed by a line break is an identifier.
        ("async\nfunction f() {}", "async\n(function f () (block ))"),
        ("var x = async\n(a)", "(var (x (call async a)))"),
        // Empty statements.
        (";;", "(empty)\n(empty)"),
        ("if (a) ; else b", "(if a (empty) b)"),
    ]);
}

#[test]
fn declarations_and_patterns() {
    check(&[
        ("var a, b = 1", "(var a (b 1))"),
        (
            "let [x, , y = 2, ...z] = arr",
            "(let ([x _ (= y 2) ...z] arr))",
        ),
        (
            "const {a, b: [c], d = 1, ...e} = o",
            "(const ({a (b: [c]) (= d 1) ...e} o))",
        ),
        (
            "let {[k]: v, 'q': w, 1: n} = o",
            "(let ({([k]: v) (\"q\": w) (1: n)} o))",
        ),
        ("let [[a], {b}] = c", "(let ([[a] {b}] c))"),
        ("let [,] = a", "(let ([_] a))"),
        ("let [a,,] = b", "(let ([a _] b))"),
        ("let\nx = 1", "(let (x 1))"),
        ("let = 1", "(= let 1)"),
        ("var let; let", "(var let)\nlet"),
        ("let\n[a] = b", "(let ([a] b))"),
    ]);
}

#[test]
fn destructuring_assignment() {
    check(&[
        ("[a, b] = [b, a]", "(= [a b] [b a])"),
        ("({a, b} = o)", "(paren (= {a b} o))"),
        (
            "({a = 1, b: {c} = {}} = o)",
            "(paren (= {(= a 1) (b: (= {c} {}))} o))",
        ),
        (
            "[a.b, c[0], ...d.e] = f",
            "(= [(. a b) (. c [0]) ...(. d e)] f)",
        ),
        ("[x = 1, [y] = []] = z", "(= [(= x 1) (= [y] [])] z)"),
        ("({...rest} = o)", "(paren (= {...rest} o))"),
        ("(x) = 1", "(= x 1)"),
        ("(a.b) = 1", "(= (. a b) 1)"),
        ("[a, , b] = c", "(= [a _ b] c)"),
        ("for ([a, b] of c) ;", "(for-of [a b] c (empty))"),
        ("for ({a = 1} of c) ;", "(for-of {(= a 1)} c (empty))"),
        ("for (x.y in o) ;", "(for-in (. x y) o (empty))"),
    ]);
}

#[test]
fn functions() {
    check(&[
        (
            "function f(a, b = 1, ...c) {}",
            "(function f (a (= b 1) ...c) (block ))",
        ),
        (
            "function* g() { yield 1; yield* h(); }",
            "(function* g () (block (yield 1) (yield* (call h))))",
        ),
        (
            "async function f() { await x }",
            "(function async f () (block (await x)))",
        ),
        (
            "async function* f() { for await (const x of y) yield x }",
            "(function async* f () (block (for-await-of (const x) y (yield x))))",
        ),
        ("(function () {})", "(paren (function () (block )))"),
        ("(function* () {})", "(paren (function* () (block )))"),
        (
            "(async function () {})",
            "(paren (function async () (block )))",
        ),
        ("x => x * 2", "(arrow (x) (* x 2))"),
        ("(a, b) => { return a }", "(arrow (a b) (block (return a)))"),
        ("() => ({})", "(arrow () (paren {}))"),
        ("([a], {b}) => a", "(arrow ([a] {b}) a)"),
        ("(a = 1, ...r) => a", "(arrow ((= a 1) ...r) a)"),
        ("async x => await x", "(arrow async (x) (await x))"),
        ("async (a, b) => a", "(arrow async (a b) a)"),
        ("async () => {}", "(arrow async () (block ))"),
        ("async(a, b)", "(call async a b)"),
        ("async", "async"),
        (
            "function f() { 'use strict'; }",
            "(function strict f () (block \"use strict\"))",
        ),
        (
            "'use strict'; function f() {}",
            "(strict)\n\"use strict\"\n(function strict f () (block ))",
        ),
        (
            "function* g() { yield yield a, b }",
            "(function* g () (block (, (yield (yield a)) b)))",
        ),
        (
            "function* g() { const x = yield; f(yield) }",
            "(function* g () (block (const (x (yield))) (call f (yield))))",
        ),
        (
            "function f() { var yield = 1; return yield }",
            "(function f () (block (var (yield 1)) (return yield)))",
        ),
        (
            "function f() { var await = 1 }",
            "(function f () (block (var (await 1))))",
        ),
        (
            "function f() { return new.target }",
            "(function f () (block (return new.target)))",
        ),
    ]);
}

#[test]
fn objects_and_arrays() {
    check(&[
        ("[1, , 2, ...a,]", "[1 _ 2 ...a]"),
        ("[,]", "[_]"),
        ("[]", "[]"),
        ("[,,]", "[_ _]"),
        ("({})", "(paren {})"),
        (
            "({a, b: 1, [c]: 2, 'd': 3, 4: 5, ...e})",
            "(paren {a (b: 1) ([c]: 2) (\"d\": 3) (4: 5) ...e})",
        ),
        (
            "({m() {}, get x() { return 1 }, set x(v) {}, *g() {}, async f() {}, async *h() {}})",
            "(paren {(Method m (method () (block ))) (Get x (method () (block (return 1)))) (Set x (method (v) (block ))) (Method g (method* () (block ))) (Method f (method async () (block ))) (Method h (method async* () (block )))})",
        ),
        (
            "({get: 1, set: 2, async: 3, static: 4, get() {}, set() {}, async() {}})",
            "(paren {(get: 1) (set: 2) (async: 3) (static: 4) (Method get (method () (block ))) (Method set (method () (block ))) (Method async (method () (block )))})",
        ),
        ("({__proto__: null})", "(paren {(__proto__: null)})"),
        ("({if: 1, class: 2})", "(paren {(if: 1) (class: 2)})"),
        ("({get [k]() {}})", "(paren {(Get [k] (method () (block )))})"),
    ]);
}

#[test]
fn classes() {
    check(&[
        ("class A {}", "(class A)"),
        ("(class {})", "(paren (class))"),
        ("class A extends B {}", "(class A (extends B))"),
        ("class A extends (B, C) {}", "(class A (extends (paren (, B C))))"),
        (
            "class A extends B { constructor(x) { super(x) } }",
            "(class A (extends B) (constructor strict (x) (block (super-call x))))",
        ),
        (
            "class A { static m() {} get x() {} set x(v) {} static get y() {} *g() {} async a() {} async *ag() {} }",
            "(class A (static Method m (method strict () (block ))) (Get x (method strict () (block ))) (Set x (method strict (v) (block ))) (static Get y (method strict () (block ))) (Method g (method* strict () (block ))) (Method a (method async strict () (block ))) (Method ag (method async* strict () (block ))))",
        ),
        (
            "class A { #x = 1; static #y; #m() {} static { this.z = 1 } x; 'y' = 2; [k] = 3; static static() {} }",
            "(class A (field #x 1) (static field #y) (Method #m (method strict () (block ))) (static-block (= (. this z) 1)) (field x) (field \"y\" 2) (field [k] 3) (static Method static (method strict () (block ))))",
        ),
        ("class A { static; get; set; async }", "(class A (field static) (field get) (field set) (field async))"),
        ("class A { m() { return #x in this } #x }", "(class A (Method m (method strict () (block (return (in #x this))))) (field #x))"),
        ("class A { 'constructor'() {} }", "(class A (constructor strict () (block )))"),
        ("class A { static constructor() {} }", "(class A (static Method constructor (method strict () (block ))))"),
        ("class A { m() { function f() {} } }", "(class A (Method m (method strict () (block (function strict f () (block ))))))"),
    ]);
}

#[test]
fn statements() {
    check(&[
        ("if (a) b; else c", "(if a b c)"),
        ("if (a) if (b) c; else d", "(if a (if b c d))"),
        ("for (;;) {}", "(for _ _ _ (block ))"),
        (
            "for (let i = 0, n = 1; i < n; i++) ;",
            "(for (let (i 0) (n 1)) (< i n) (++post i) (empty))",
        ),
        ("for (var x in o) ;", "(for-in (var x) o (empty))"),
        (
            "for (const [k, v] of m) ;",
            "(for-of (const [k v]) m (empty))",
        ),
        ("for (x of y) ;", "(for-of x y (empty))"),
        ("for (let of of xs) ;", "(for-of (let of) xs (empty))"),
        (
            "for (i = 0; i < 1; i++) ;",
            "(for (= i 0) (< i 1) (++post i) (empty))",
        ),
        (
            "for (var i = 0 ? 1 : 2;;) ;",
            "(for (var (i (? 0 1 2))) _ _ (empty))",
        ),
        (
            "for (var i = (a in b);;) ;",
            "(for (var (i (paren (in a b)))) _ _ (empty))",
        ),
        (
            "for (let x = [a in b];;) ;",
            "(for (let (x [(in a b)])) _ _ (empty))",
        ),
        ("while (a) b", "(while a b)"),
        ("do a; while (b)", "(do a b)"),
        (
            "switch (x) { case 1: a; case 2: default: b }",
            "(switch x (case 1 a) (case 2 ) (default b))",
        ),
        (
            "try { a } catch (e) { b } finally { c }",
            "(try (block a) (catch e (block b)) (finally c))",
        ),
        (
            "try { a } catch { b }",
            "(try (block a) (catch _ (block b)))",
        ),
        (
            "try { a } catch ({message}) { b }",
            "(try (block a) (catch {message} (block b)))",
        ),
        ("try { a } finally { c }", "(try (block a) (finally c))"),
        (
            "a: b: while (1) continue a",
            "(label a (label b (while 1 (continue a))))",
        ),
        ("throw new Error('x')", "(throw (new Error \"x\"))"),
        ("debugger", "(debugger)"),
        (
            "{ let a; { const b = 1 } }",
            "(block (let a) (block (const (b 1))))",
        ),
        ("x: function f() {}", "(label x (function f () (block )))"),
    ]);
}

#[test]
fn templates() {
    check(&[
        ("`a`", "(template \"a\")"),
        ("`a${b}c`", "(template \"a\" b \"c\")"),
        ("`${a}${b}`", "(template \"\" a \"\" b \"\")"),
        (
            "`a${ `b${c}` }d`",
            "(template \"a\" (template \"b\" c \"\") \"d\")",
        ),
        ("`${ {a: 1}.a }`", "(template \"\" (. {(a: 1)} a) \"\")"),
        (
            "`${ function () { return `x${1}` } }`",
            "(template \"\" (function () (block (return (template \"x\" 1 \"\")))) \"\")",
        ),
        ("tag`a${b}c`", "(tagged tag (template \"a\" b \"c\"))"),
        ("a.b`x`", "(tagged (. a b) (template \"x\"))"),
        ("tag`\\unicode`", "(tagged tag (template <invalid>))"),
        ("`line\r\nbreak`", "(template \"line\\nbreak\")"),
        ("`\\n\\x41\\u{1F600}`", "(template \"\\nA😀\")"),
        ("`$ {}` + `$`", "(+ (template \"$ {}\") (template \"$\"))"),
    ]);
}

#[test]
fn template_site_ids_are_unique() {
    let p = parse_script("tag`a`; tag`b`; function f() { return tag`c${`d`}` }").unwrap();
    let mut ids = Vec::new();
    fn walk_expr(e: &mini_js_syntax::ast::Expr, ids: &mut Vec<u32>) {
        use mini_js_syntax::ast::*;
        match &e.kind {
            ExprKind::TaggedTemplate { quasi, .. } => {
                ids.push(quasi.site_id);
                for x in &quasi.exprs {
                    walk_expr(x, ids);
                }
            }
            ExprKind::Template(t) => {
                ids.push(t.site_id);
                for x in &t.exprs {
                    walk_expr(x, ids);
                }
            }
            _ => {}
        }
    }
    use mini_js_syntax::ast::{FunctionBody, StmtKind};
    for s in &p.body {
        match &s.kind {
            StmtKind::Expr(e) => walk_expr(e, &mut ids),
            StmtKind::FunctionDecl(f) => {
                if let FunctionBody::Block(b) = &f.body {
                    if let StmtKind::Return(Some(e)) = &b[0].kind {
                        walk_expr(e, &mut ids);
                    }
                }
            }
            _ => {}
        }
    }
    assert_eq!(ids.len(), 4);
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 4, "site ids must be unique: {ids:?}");
}

#[test]
fn numeric_literals() {
    check(&[
        ("0", "0"),
        ("1_000_000", "1000000"),
        (".5", "0.5"),
        ("5.", "5"),
        ("1e3", "1000"),
        ("1.5e-3", "0.0015"),
        ("2E+2", "200"),
        ("0x1F", "31"),
        ("0XfF", "255"),
        ("0o17", "15"),
        ("0b1010", "10"),
        ("0b1_0", "2"),
        ("017", "15"),
        ("019", "19"),
        ("08.5", "8.5"),
        ("0.1", "0.1"),
        ("1..toString", "(. 1 toString)"),
        ("1 .toString", "(. 1 toString)"),
        ("9007199254740993", "9007199254740992"),
        ("0xFFFFFFFFFFFFFFFFF", "295147905179352830000"),
        ("1e400", "inf"),
    ]);
}

#[test]
fn string_literals() {
    check(&[
        (r#""a\nb""#, r#""a\nb""#),
        (r#"'\t\r\b\f\v\0'"#, r#""\t\r\u{8}\u{c}\u{b}\0""#),
        (r#"'\x41\u0042\u{43}\u{1F600}'"#, r#""ABC😀""#),
        (r#"'it\'s'"#, r#""it's""#),
        (r#""say \"hi\"""#, r#""say \"hi\"""#),
        ("'a\\\nb'", r#""ab""#),
        ("'a\\\r\nb'", r#""ab""#),
        (r#"'\101'"#, r#""A""#),
        (r#"'\08'"#, r#""\08""#),
        (r#"'\8'"#, r#""8""#),
        (r#"'\q'"#, r#""q""#),
        (r#"'\uD83D\uDE00'"#, r#""😀""#),
        (r#"'\uD800'"#, "\"\u{fffd}\""),
        ("'\u{2028}'", r#""\u{2028}""#),
    ]);
}

#[test]
fn comments_and_hashbang() {
    check(&[
        ("#!/usr/bin/env node\na", "a"),
        ("a /* x */ + /* y\n */ b // z", "(+ a b)"),
        ("a /*\n*/ ++b", "a\n(++pre b)"),
        ("a // c\n++b", "a\n(++pre b)"),
        ("/* only a comment */", ""),
        ("", ""),
    ]);
}

#[test]
fn unicode_identifiers() {
    check(&[
        ("var café = 1", "(var (café 1))"),
        ("var \\u0061b = 1; ab", "(var (ab 1))\nab"),
        ("var a\\u{62} = 1", "(var (ab 1))"),
        (
            "var π = Math.PI, $ = 1, _x = 2",
            "(var (π (. Math PI)) ($ 1) (_x 2))",
        ),
        ("ｘ", "ｘ"),
    ]);
}

#[test]
fn spans_and_source_text() {
    use mini_js_syntax::ast::{ExprKind, StmtKind};
    let src = "let f = async (a) => a;\nfunction g() { return 1 }\nclass C { m() {} }";
    let p = parse_script(src).unwrap();
    let StmtKind::VarDecl(d) = &p.body[0].kind else {
        panic!()
    };
    let init = d.decls[0].init.as_ref().unwrap();
    let ExprKind::Arrow(f) = &init.kind else {
        panic!()
    };
    assert_eq!(&*f.source, "async (a) => a");
    assert_eq!(&src[init.span.range()], "async (a) => a");
    let StmtKind::FunctionDecl(g) = &p.body[1].kind else {
        panic!()
    };
    assert_eq!(&*g.source, "function g() { return 1 }");
    assert_eq!(&src[p.body[1].span.range()], "function g() { return 1 }");
    let StmtKind::ClassDecl(c) = &p.body[2].kind else {
        panic!()
    };
    assert_eq!(&*c.source, "class C { m() {} }");
    let mini_js_syntax::ast::ClassMember::Method { func, .. } = &c.members[0] else {
        panic!()
    };
    assert_eq!(&*func.source, "m() {}");
    assert_eq!(&src[p.body[0].span.range()], "let f = async (a) => a;");
}

#[test]
fn let_at_the_end_of_a_line_in_a_single_statement_context() {
    // No declaration may stand there, so `let` is the identifier and a semicolon is inserted.
    check(&[
        ("if (a) let\nx = 1;", "(if a let)\n(= x 1)"),
        ("if (a) let // ASI\n{}", "(if a let)\n(block )"),
        ("if (a) b; else let\nc;", "(if a b let)\nc"),
        ("while (a) let\n{}", "(while a let)\n(block )"),
        ("for (;;) let\nx;", "(for _ _ _ let)\nx"),
        ("for (x in y) let\nx;", "(for-in x y let)\nx"),
        ("for (x of y) let\nx;", "(for-of x y let)\nx"),
        ("L: let\n{}", "(label L let)\n(block )"),
        // An operator on the next line continues the expression.
        ("if (a) let\n+ 1;", "(if a (+ let 1))"),
        // In a statement list, `let` and a name is a declaration, whatever the lines.
        ("let\nx = 1;", "(let (x 1))"),
    ]);
}
