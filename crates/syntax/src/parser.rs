//! The parser: chumsky combinators over the token stream of [`crate::lexer`] (ECMA-262 §13–§16),
//! then early errors on the tree (`early`).
//!
//! - The grammar parameters `[In]`, `[Yield]` and `[Await]` are chumsky *context* ([`Ctx`]),
//!   set where the grammar sets them (function bodies, `for` heads, parentheses).
//! - Whether a line terminator precedes a token lives in the parser *state*; automatic
//!   semicolon insertion (§12.10) and the `[no LineTerminator here]` restrictions read it.
//! - Assignment patterns use the cover grammar: the left side is parsed as an expression, then
//!   converted (`cover`).

mod cover;
mod early;
mod grammar;

use crate::ast::{Program, Span};
use crate::lexer::{self, Keyword, Punct, Token};
use crate::Diagnostic;
use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::extra;
use chumsky::input::{Input, MappedInput};
use chumsky::inspector::SimpleState;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;

pub(crate) type S = SimpleSpan;
pub(crate) type Mapper<'t> = fn(&'t (Token, S)) -> (&'t Token, &'t S);
pub(crate) type In<'t> = MappedInput<Token, S, &'t [(Token, S)], Mapper<'t>>;
pub(crate) type Err<'t> = Rich<'t, Token, S>;
pub(crate) type E<'t> = extra::Full<Err<'t>, SimpleState<PState<'t>>, Ctx>;
pub(crate) type P<'t, O> = Boxed<'t, 't, In<'t>, O, E<'t>>;

/// The grammar parameters of ECMA-262 (§5.1.5): `[In]`, `[Yield]`, `[Await]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ctx {
    /// `in` is a relational operator here (false in a `for (…;` head).
    pub in_: bool,
    /// Inside a generator body: `yield` is an operator.
    pub yield_: bool,
    /// Inside an async function body: `await` is an operator.
    pub await_: bool,
}

impl Default for Ctx {
    fn default() -> Ctx {
        Ctx {
            in_: true,
            yield_: false,
            await_: false,
        }
    }
}

/// Parser state: the source text, where line terminators are, the template site counter.
pub struct PState<'t> {
    pub source: &'t str,
    /// Start offsets of the tokens preceded by a line terminator (sorted).
    pub nl_starts: Vec<u32>,
    pub next_site: u32,
}

impl PState<'_> {
    pub fn newline_before(&self, start: usize) -> bool {
        self.nl_starts.binary_search(&(start as u32)).is_ok()
    }
}

pub(crate) fn span(s: S) -> Span {
    Span::new(s.start, s.end)
}

/// Bracket nesting deeper than this is refused with "too deeply nested".
pub const MAX_NESTING: usize = 1000;
/// At most this many operator and bracket tokens between two `;`, `,` or `}`: this bounds
/// the depth of the tree (left-associative chains nest too), so that walking or dropping it
/// cannot exhaust the stack.
pub const MAX_CHAIN: usize = 5000;

pub fn parse_script(source: &str) -> Result<Program, Vec<Diagnostic>> {
    let lexed = lexer::lex(source);
    let mut diags = lexed.diagnostics.clone();
    if let Some(d) = check_nesting(&lexed.tokens) {
        diags.push(d);
        return Err(diags);
    }
    let tokens: Vec<(Token, S)> = lexed
        .tokens
        .iter()
        .map(|(t, sp)| (t.clone(), SimpleSpan::from(sp.range())))
        .collect();
    let nl_starts: Vec<u32> = lexed
        .tokens
        .iter()
        .zip(&lexed.newline_before)
        .filter(|(_, nl)| **nl)
        .map(|((_, sp), _)| sp.start)
        .collect();
    let eoi = SimpleSpan::from(source.len()..source.len());
    let mapper: Mapper<'_> = |(t, s)| (t, s);
    let input = tokens.as_slice().map(eoi, mapper);
    let mut state = SimpleState(PState {
        source,
        nl_starts,
        next_site: 0,
    });
    let parser = grammar::script();
    let result = parser.parse_with_state(input, &mut state);
    let (output, errs) = result.into_output_errors();
    let had_lex_errors = !diags.is_empty();
    for err in errs {
        // A lexer error already explains an error token.
        if err.found() == Some(&Token::Error) {
            continue;
        }
        let d = rich_to_diagnostic(err, source);
        // A lexer error already explains an error token.
        if had_lex_errors && diags.iter().any(|x| x.span.start == d.span.start) {
            continue;
        }
        diags.push(d);
    }
    match output {
        Some(mut program) => {
            early::check(&mut program, source, &lexed.strict_notes, &mut diags);
            if diags.is_empty() {
                Ok(program)
            } else {
                Err(finish(diags))
            }
        }
        None => {
            if diags.is_empty() {
                diags.push(Diagnostic::syntax(
                    "Unexpected end of input",
                    Span::new(source.len(), source.len()),
                ));
            }
            Err(finish(diags))
        }
    }
}

fn finish(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    diags.dedup_by(|a, b| a.span.start == b.span.start && a.message == b.message);
    diags
}

/// Refuses inputs nested so deeply that walking the tree could exhaust the stack.
fn check_nesting(tokens: &[(Token, Span)]) -> Option<Diagnostic> {
    let mut depth = 0usize;
    let mut run = 0usize;
    for (t, sp) in tokens {
        match t {
            Token::Punct(Punct::LParen | Punct::LBracket | Punct::LBrace) => depth += 1,
            Token::Template(part) if part.kind == lexer::TemplateKind::Head => depth += 1,
            Token::Punct(Punct::RParen | Punct::RBracket | Punct::RBrace) => {
                depth = depth.saturating_sub(1)
            }
            Token::Template(part) if part.kind == lexer::TemplateKind::Tail => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
        // Operators nest without brackets, and left-associative chains (`a + b + …`,
        // `a.b.c…`, `f()()…`) build trees as deep as they are long: bound the number of
        // operator and bracket tokens between two `;`, `,` or `}`.
        match t {
            Token::Punct(Punct::Semi | Punct::Comma | Punct::RBrace) => run = 0,
            Token::Ident(name) | Token::EscapedIdent(name)
                if &**name != "await" && &**name != "yield" => {}
            Token::Number(_) | Token::String(_) | Token::PrivateName(_) | Token::Error => {}
            Token::Template(part) if part.kind == lexer::TemplateKind::NoSubstitution => {}
            Token::Keyword(Keyword::This | Keyword::Null | Keyword::True | Keyword::False) => {}
            _ => run += 1,
        }
        if depth > MAX_NESTING || run > MAX_CHAIN {
            return Some(Diagnostic::syntax("too deeply nested", *sp).with_label(
                if depth > MAX_NESTING {
                    format!("more than {MAX_NESTING} levels of brackets")
                } else {
                    format!("more than {MAX_CHAIN} operators in one expression")
                },
            ));
        }
    }
    None
}

/// How V8 names an unexpected token.
pub(crate) fn unexpected_message(found: Option<&Token>, source_text: &str) -> String {
    match found {
        None => "Unexpected end of input".into(),
        Some(Token::Ident(name)) => {
            format!("Unexpected identifier '{name}'")
        }
        Some(Token::EscapedIdent(name)) if Keyword::from_name(name).is_some() => {
            "Keyword must not contain escaped characters".into()
        }
        Some(Token::EscapedIdent(name)) => format!("Unexpected identifier '{name}'"),
        Some(Token::Number(_)) => "Unexpected number".into(),
        Some(Token::String(_)) => "Unexpected string".into(),
        Some(Token::Template(_)) => "Unexpected template string".into(),
        Some(Token::PrivateName(_)) => format!("Unexpected identifier '{source_text}'"),
        Some(Token::Keyword(k)) => match k {
            Keyword::True | Keyword::False | Keyword::Null => {
                format!("Unexpected token '{}'", k.as_str())
            }
            Keyword::Enum => "Unexpected reserved word".into(),
            _ => format!("Unexpected token '{}'", k.as_str()),
        },
        Some(Token::Punct(p)) => format!("Unexpected token '{}'", p.as_str()),
        Some(Token::Error) => "Invalid or unexpected token".into(),
    }
}

pub(crate) fn is_strict_reserved(name: &str) -> bool {
    matches!(
        name,
        "implements"
            | "interface"
            | "let"
            | "package"
            | "private"
            | "protected"
            | "public"
            | "static"
            | "yield"
    )
}

fn describe_pattern(p: &RichPattern<'_, Token>) -> Option<String> {
    Some(match p {
        RichPattern::Token(t) => match &**t {
            Token::Ident(n) => format!("`{n}`"),
            Token::Keyword(k) => format!("`{}`", k.as_str()),
            Token::Punct(p) => format!("`{}`", p.as_str()),
            _ => return None,
        },
        RichPattern::Label(l) => l.to_string(),
        RichPattern::Identifier(s) => format!("`{s}`"),
        RichPattern::Any => "something".into(),
        RichPattern::SomethingElse => return None,
        RichPattern::EndOfInput => "end of input".into(),
    })
}

fn rich_to_diagnostic(err: Err<'_>, source: &str) -> Diagnostic {
    let sp = span(*err.span());
    let sp = Span::new(
        (sp.start as usize).min(source.len()),
        (sp.end as usize).min(source.len()),
    );
    match err.into_reason() {
        RichReason::Custom(msg) => {
            // Custom errors may carry a label after a newline.
            match msg.split_once('\n') {
                Some((m, label)) => Diagnostic::syntax(m, sp).with_label(label),
                None => Diagnostic::syntax(msg, sp).with_label("here"),
            }
        }
        RichReason::ExpectedFound { expected, found } => {
            let text = source.get(sp.range()).unwrap_or("");
            let message = unexpected_message(found.as_deref(), text);
            let mut names: Vec<String> = expected.iter().filter_map(describe_pattern).collect();
            names.sort();
            names.dedup();
            if names.len() > 8 {
                // Keep what most likely closes or continues the construct.
                const KEEP: [&str; 11] = [
                    "`)`",
                    "`]`",
                    "`}`",
                    "`,`",
                    "`;`",
                    "`:`",
                    "`=>`",
                    "`(`",
                    "`{`",
                    "expression",
                    "identifier",
                ];
                names.retain(|n| KEEP.contains(&n.as_str()));
            }
            let d = Diagnostic::syntax(message, sp);
            match names.len() {
                0 if found.is_none() => d.with_label("the input ends here"),
                0 => d.with_label("unexpected token"),
                1 => d.with_label(format!("expected {}", names[0])),
                n if n <= 8 => d.with_label(format!("expected one of {}", names.join(", "))),
                _ => d.with_label("unexpected token"),
            }
        }
    }
}

/// An "unexpected token" error with nothing in particular expected.
pub(crate) fn unexpected<'t>(found: Option<Token>, sp: S) -> Err<'t> {
    <Err<'t> as chumsky::label::LabelError<'t, In<'t>, RichPattern<'t, Token>>>::expected_found(
        std::iter::empty(),
        found.map(MaybeRef::Val),
        sp,
    )
}
