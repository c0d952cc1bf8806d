//! Lexer tests: token dumps (`--dump-tokens`), line-terminator flags, cooked and raw template
//! values.

use mini_js_syntax::lexer::{dump_tokens, lex, Punct, TemplateKind, Token};

#[test]
fn dump_tokens_output() {
    let src = "let x = 0x1F + .5; // c\nconst s = 'a\\n' + `t${x}u${`v`}w`;\n/* m\n */ a?.b ?? c?.[0] ** 2n\n#priv café";
    insta::assert_snapshot!("dump_tokens", dump_tokens(src));
}

#[test]
fn newline_flags() {
    let lexed = lex("a\nb /* x */ c /*\n*/ d // e\nf\u{2028}g");
    let flags: Vec<(String, bool)> = lexed
        .tokens
        .iter()
        .zip(&lexed.newline_before)
        .map(|((t, _), nl)| (t.to_string(), *nl))
        .collect();
    let expected: Vec<(String, bool)> = [
        ("a", false),
        ("b", true),
        ("c", false),
        ("d", true),
        ("f", true),
        ("g", true),
    ]
    .iter()
    .map(|(s, b)| (s.to_string(), *b))
    .collect();
    assert_eq!(flags, expected);
}

#[test]
fn template_cooked_and_raw() {
    let lexed = lex("`a\\u0041\\\nb\r\n${x}\\x`");
    let parts: Vec<_> = lexed
        .tokens
        .iter()
        .filter_map(|(t, _)| match t {
            Token::Template(p) => Some(p.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].kind, TemplateKind::Head);
    let cooked = parts[0].cooked.as_ref().expect("valid");
    assert_eq!(String::from_utf16_lossy(cooked), "aAb\n");
    assert_eq!(String::from_utf16_lossy(&parts[0].raw), "a\\u0041\\\nb\n");
    assert_eq!(parts[1].kind, TemplateKind::Tail);
    assert!(
        parts[1].cooked.is_err(),
        "\\x without digits has no cooked value"
    );
    assert_eq!(String::from_utf16_lossy(&parts[1].raw), "\\x");
}

#[test]
fn braces_inside_substitutions() {
    let lexed = lex("`${ {a: {b: 1}} }`");
    assert!(lexed.diagnostics.is_empty());
    let kinds: Vec<&str> = lexed.tokens.iter().map(|(t, _)| t.kind_name()).collect();
    assert_eq!(kinds.first(), Some(&"TemplateHead"));
    assert_eq!(kinds.last(), Some(&"TemplateTail"));
    assert_eq!(
        lexed
            .tokens
            .iter()
            .filter(|(t, _)| *t == Token::Punct(Punct::RBrace))
            .count(),
        2
    );
}

#[test]
fn lexer_errors_are_tokens_not_panics() {
    let lexed = lex("a @ b 'open\n` ${ x");
    assert!(lexed.tokens.iter().any(|(t, _)| *t == Token::Error));
    assert!(lexed.diagnostics.len() >= 2);
}

#[test]
fn line_continuations_keep_one_lf_in_the_raw_value() {
    // `\` and CRLF, `\` and LF, `\` and CR: each raw value is `\` and one LF; cooked, nothing.
    let lexed = lex("`\\\r\n\\\n\\\r`");
    let Some((Token::Template(part), _)) = lexed.tokens.first() else {
        panic!("a template")
    };
    assert_eq!(String::from_utf16_lossy(&part.raw), "\\\n\\\n\\\n");
    assert_eq!(part.cooked.as_deref(), Ok(&[][..]));
}
