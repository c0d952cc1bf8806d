//! The early-error pass records which functions may refer to `arguments`
//! (`Function::may_use_arguments`): a call of a function that cannot keeps no argument list
//! for an arguments object, so a reference the pass missed would make `arguments` fail.

use mini_js_syntax::ast::{FunctionBody, Stmt, StmtKind};
use mini_js_syntax::parse_script;

/// `(name, may_use_arguments)` of the function declarations among `stmts` and, one level
/// down, among their bodies' statements.
fn flags_of(stmts: &[Stmt], depth: usize, out: &mut Vec<(String, bool)>) {
    for s in stmts {
        if let StmtKind::FunctionDecl(f) = &s.kind {
            let name = f
                .name
                .as_ref()
                .map(|n| n.name.to_string())
                .unwrap_or_default();
            out.push((name, f.may_use_arguments));
            if let (FunctionBody::Block(body), 0) = (&f.body, depth) {
                flags_of(body, depth + 1, out);
            }
        }
    }
}

fn flags(src: &str) -> Vec<(String, bool)> {
    let program = parse_script(src).expect("parses");
    let mut out = Vec::new();
    flags_of(&program.body, 0, &mut out);
    out
}

#[test]
fn references_to_arguments_are_found_through_arrows_but_not_nested_functions() {
    let src = "
        function plain(a, b) { return a + b; }
        function direct() { return arguments.length; }
        function viaArrow() { return (() => () => arguments[0])()(); }
        function outer() { function inner() { return arguments; } return inner; }
        function shadowedName(x) { var args = x; return args; }
        function inTypeof() { return typeof arguments; }
        function inDefault(a = arguments.length) { return a; }
        function shorthand() { return { arguments }; }
        function assigned() { arguments = 1; }
    ";
    let got = flags(src);
    let expect = [
        ("plain", false),
        ("direct", true),
        ("viaArrow", true),
        ("outer", false),
        ("inner", true),
        ("shadowedName", false),
        ("inTypeof", true),
        ("inDefault", true),
        ("shorthand", true),
        ("assigned", true),
    ];
    let expect: Vec<(String, bool)> = expect.iter().map(|(n, b)| (n.to_string(), *b)).collect();
    assert_eq!(got, expect);
}
