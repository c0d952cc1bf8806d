//! The front end never panics and never overflows the stack: random bytes, random token soup,
//! every truncation of valid programs, and very deep nesting.

use mini_js_syntax::{lexer, parse_script};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PROGRAM: &str = r#"#!/usr/bin/env node
'use strict';
const { a, b: [c = 1, ...d], ...e } = obj ?? {};
let x = 0x1F + 0o7 + 0b1 + 1_000 + .5e-3, s = 'it\'s \u{1F600}\x41\n';
function* gen(p = 1, ...rest) { yield p; yield* rest; return yield; }
async function f() { for await (const v of src) { await v; } }
const arrow = async (q, { r } = {}) => q?.[r]?.(r) ?? -(q ** 2);
class A extends (B ?? Object) {
  #p = 1; static #q; static s = 2; [k] = 3;
  constructor(...args) { super(...args); this.#p++; }
  get p() { return this.#p; } set p(v) { this.#p = v; }
  static { A.t = new.target ?? `t${A.s}${`n${1}`}`; }
  async *it() { yield* [1, 2]; }
  #m() { return #p in this; }
}
label: for (let i = 0; i < 10; i++) { if (i % 2) continue label; else break label; }
for (const k in o) switch (k) { case 'a': x ||= 1; break; default: x &&= 2; }
try { throw new Error(`bad ${x}`); } catch ({ message }) { console.log(message); } finally {}
do x--; while (x > 0)
[a, b] = [b, a]; ({ a, b = 2 } = o);
tag`raw\u{zz}${x}`;
var o2 = { __proto__: null, get g() {}, set g(v) {}, async *ag() {}, [Symbol.iterator]() {}, ...o };
"#;

#[test]
fn random_bytes_do_not_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..2000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_script(&text);
        let _ = lexer::tokenize(&text);
    }
}

#[test]
fn token_soup_does_not_panic() {
    const PIECES: &[&str] = &[
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ";",
        ",",
        ".",
        "...",
        "?.",
        "?",
        ":",
        "=",
        "=>",
        "+",
        "-",
        "*",
        "**",
        "/",
        "%",
        "++",
        "--",
        "!",
        "~",
        "&&",
        "||",
        "??",
        "??=",
        "<",
        ">",
        "in",
        "of",
        "instanceof",
        "typeof",
        "new",
        "new.target",
        "super",
        "this",
        "class",
        "extends",
        "static",
        "get",
        "set",
        "async",
        "await",
        "function",
        "function*",
        "yield",
        "yield*",
        "let",
        "const",
        "var",
        "if",
        "else",
        "for",
        "while",
        "do",
        "return",
        "break",
        "continue",
        "throw",
        "try",
        "catch",
        "finally",
        "switch",
        "case",
        "default",
        "x",
        "y",
        "#p",
        "1",
        "0x1",
        ".5",
        "'s'",
        "`t`",
        "`a${",
        "}b`",
        "\n",
        " ",
        "//c\n",
        "/*c*/",
        "import",
        "with",
        "delete",
        "void",
        "debugger",
        "label:",
        "10n",
        "\\u0061",
        "'use strict';",
    ];
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let n = 1 + rng.below(40);
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(PIECES[rng.below(PIECES.len())]);
            src.push(' ');
        }
        let _ = parse_script(&src);
    }
}

#[test]
fn sample_program_parses() {
    if let Err(diags) = parse_script(PROGRAM) {
        panic!("{:?}", diags.iter().map(|d| &d.message).collect::<Vec<_>>());
    }
}

#[test]
fn truncations_do_not_panic() {
    // Every prefix (at char boundaries) is handled without panicking.
    for (i, _) in PROGRAM.char_indices() {
        let _ = parse_script(&PROGRAM[..i]);
    }
    // And every third suffix.
    for (i, _) in PROGRAM.char_indices().step_by(3) {
        let _ = parse_script(&PROGRAM[i..]);
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}"), ("`${", "}`")] {
        let src = format!("x = {}1{}", open.repeat(10_000), close.repeat(10_000));
        let errs = parse_script(&src).expect_err("too deep");
        assert!(
            errs.iter().any(|d| d.message == "too deeply nested"),
            "{open}: {errs:?}"
        );
        // Unclosed.
        let errs = parse_script(&open.repeat(10_000)).expect_err("too deep");
        assert!(!errs.is_empty());
    }
    for prefix in [
        "!", "-", "~", "typeof ", "++", "new ", "a = ", "a ? b : ", "x => ", "a ** ",
    ] {
        let src = format!("{}x", prefix.repeat(20_000));
        let _ = parse_script(&src);
    }
}

#[test]
fn moderate_nesting_parses() {
    let src = format!("x = {}1{}", "(".repeat(500), ")".repeat(500));
    assert!(parse_script(&src).is_ok());
    let src = format!("x = {}1{}", "[".repeat(500), "]".repeat(500));
    assert!(parse_script(&src).is_ok());
    let src = format!("{}x", "!".repeat(2000));
    assert!(parse_script(&src).is_ok());
    let src = format!("{}{}", "function f() {".repeat(300), "}".repeat(300));
    assert!(parse_script(&src).is_ok());
}

#[test]
fn long_flat_programs_are_fast() {
    let stmt =
        "var a = b + c * d - (e / f) % g; if (a) { a = [1, 2, { k: a }]; } else f(a, b, ...c);\n";
    let src = stmt.repeat(5_000);
    let start = std::time::Instant::now();
    let p = parse_script(&src).expect("parses");
    assert_eq!(p.body.len(), 10_000);
    let elapsed = start.elapsed();
    assert!(elapsed.as_secs() < 20, "parsing 400 KB took {elapsed:?}");
}

#[test]
fn nested_parenthesized_defaults_are_not_exponential() {
    // `(a0 = (a1 = (a2 = …)))`: each `(` could start arrow parameters; trying them all would
    // take 2^n steps.
    let n = 200;
    let mut src = String::from("x = ");
    for i in 0..n {
        src.push_str(&format!("(a{i} = "));
    }
    src.push('1');
    src.push_str(&")".repeat(n));
    let start = std::time::Instant::now();
    assert!(parse_script(&src).is_ok());
    assert!(start.elapsed().as_secs() < 5, "took {:?}", start.elapsed());
    // And the same as arrow parameters.
    let src = format!(
        "f = ({}) => 1",
        (0..n)
            .map(|i| format!("a{i} = (b{i}) => (c{i})"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert!(parse_script(&src).is_ok());
}

#[test]
fn long_left_associative_chains_are_refused_not_overflowed() {
    // Left-associative chains build trees as deep as they are long; dropping or walking a
    // 100 000-deep tree would overflow a test thread's stack.
    for chain in [
        format!("x = {}'z'", "'a' + ".repeat(100_000)),
        format!("x = a{}", ".b".repeat(100_000)),
        format!("x = f{}", "()".repeat(100_000)),
        format!("x = {}c", "await ".repeat(100_000)),
        format!("x = {}c", "a ? b : ".repeat(100_000)),
    ] {
        let errs = parse_script(&chain).expect_err("refused");
        assert!(
            errs.iter().any(|d| d.message == "too deeply nested"),
            "{errs:?}"
        );
    }
    // A long but reasonable concatenation is fine.
    let src = format!("x = {}'z'", "'a' + ".repeat(1_000));
    assert!(parse_script(&src).is_ok());
}

/// The programs of examples/ (and the sample above): seeds for the mutation test.
fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    files.sort();
    let mut out: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("read"))
        .collect();
    out.push(PROGRAM.to_string());
    out
}

fn char_floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One random mutation of a seed: a truncation, byte flips, a splice of two programs, a
/// repeated slice, a deep nesting or one of the parser bombs inserted somewhere.
fn mutate(rng: &mut Rng, seeds: &[String]) -> String {
    let a = &seeds[rng.below(seeds.len())];
    let b = &seeds[rng.below(seeds.len())];
    let at = char_floor(a, rng.below(a.len() + 1));
    match rng.below(6) {
        0 => a[..at].to_string(),
        1 => {
            let mut bytes = a.clone().into_bytes();
            for _ in 0..1 + rng.below(8) {
                if !bytes.is_empty() {
                    let i = rng.below(bytes.len());
                    bytes[i] ^= 1 << rng.below(8);
                }
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
        2 => {
            let bt = char_floor(b, rng.below(b.len() + 1));
            format!("{}{}", &a[..at], &b[bt..])
        }
        3 => {
            let end = char_floor(a, at + rng.below(40));
            let piece = &a[at..end];
            format!(
                "{}{}{}",
                &a[..at],
                piece.repeat(1 + rng.below(500)),
                &a[at..]
            )
        }
        4 => {
            const OPEN: [(&str, &str); 8] = [
                ("(", ")"),
                ("[", "]"),
                ("{", "}"),
                ("f(a,", ")"),
                ("(a,b)=>(", ")"),
                ("`${", "}`"),
                ("!(", ")"),
                ("{a:", "}"),
            ];
            let (open, close) = OPEN[rng.below(OPEN.len())];
            let n = 1 + rng.below(5_000);
            format!(
                "{}{}1{}{}",
                &a[..at],
                open.repeat(n),
                close.repeat(n),
                &a[at..]
            )
        }
        _ => {
            let bomb = match rng.below(4) {
                0 => "(a,b)=>".repeat(1 + rng.below(5_000)),
                1 => "@".repeat(1 + rng.below(4_000)),
                2 => "with({})".repeat(1 + rng.below(1_000)),
                _ => "a ? b : ".repeat(1 + rng.below(2_000)),
            };
            format!("{}{}{}", &a[..at], bomb, &a[at..])
        }
    }
}

#[test]
fn mutations_of_real_programs_are_handled_quickly() {
    let seeds = seeds();
    let mut rng = Rng(0x5EED_0F11);
    let cases: usize = std::env::var("MUTATION_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(150);
    // Cases over half a second, and cases the parser's work bound stopped.
    let (mut slow, mut gave_up) = (0, 0);
    let run = std::time::Instant::now();
    for case in 0..cases {
        let src = mutate(&mut rng, &seeds);
        if std::env::var_os("MUTATION_TRACE").is_some() {
            eprintln!("case {case} starts: {} bytes", src.len());
            let _ = std::fs::write(std::env::temp_dir().join("mutation-case.js"), &src);
        }
        let start = std::time::Instant::now();
        if let Err(diags) = parse_script(&src) {
            assert!(!diags.is_empty());
            assert!(
                diags.len() <= mini_js_syntax::MAX_DIAGNOSTICS + 1,
                "case {case}"
            );
            for d in &diags {
                let _ = d.render(&d.message, "m.js", &src, false);
            }
            if diags.iter().any(|d| d.message == "too complex to parse") {
                gave_up += 1;
                eprintln!(
                    "case {case}: too complex to parse: {:?}",
                    &src[..src.len().min(200)]
                );
            }
        }
        let took = start.elapsed();
        if took.as_millis() > 500 {
            slow += 1;
            // Kept for a look: mutation-slow-<case>.js in the temporary directory.
            let name = format!("mutation-slow-{case}.js");
            let _ = std::fs::write(std::env::temp_dir().join(name), &src);
            eprintln!(
                "case {case}: {} bytes, {took:?}: {:?}",
                src.len(),
                &src[..src.len().min(200)]
            );
        }
        assert!(
            took.as_secs() < 10,
            "case {case} ({} bytes) took {took:?}",
            src.len()
        );
    }
    eprintln!(
        "{cases} cases in {:?}: {slow} over 0.5 s, {gave_up} too complex to parse",
        run.elapsed()
    );
}
