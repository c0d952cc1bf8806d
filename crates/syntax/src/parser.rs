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
mod fast;
mod grammar;

use crate::ast::{Program, Span};
use crate::lexer::{self, Keyword, Punct, Token};
use crate::Diagnostic;
use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::extra;
use chumsky::input::{Input, MappedInput};
use chumsky::inspector::Inspector;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;
use std::rc::Rc;

pub(crate) type S = SimpleSpan;
pub(crate) type Mapper<'t> = fn(&'t (Token, S)) -> (&'t Token, &'t S);
pub(crate) type In<'t> = MappedInput<Token, S, &'t [(Token, S)], Mapper<'t>>;
pub(crate) type Err<'t> = PErr<'t>;
pub(crate) type E<'t> = extra::Full<Err<'t>, PState<'t>, Ctx>;
pub(crate) type P<'t, O> = Boxed<'t, 't, In<'t>, O, E<'t>>;

thread_local! {
    /// Set during the first, quiet pass of [`parse_script_with`]: errors carry nothing.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn quiet() -> bool {
    QUIET.with(|q| q.get())
}

/// Resets [`QUIET`] when the quiet pass ends, even by unwinding.
struct QuietPass;

impl QuietPass {
    fn start() -> QuietPass {
        QUIET.with(|q| q.set(true));
        QuietPass
    }
}

impl Drop for QuietPass {
    fn drop(&mut self) {
        QUIET.with(|q| q.set(false));
    }
}

/// The parser's error: chumsky's `Rich` error, or nothing during the quiet pass. Building and
/// merging the expected tokens of every alternative that fails dominated parsing time; a
/// valid program never needs them, so the first pass skips them and only an input with errors
/// is parsed a second time to explain them. Boxed: chumsky moves errors around on every
/// failed alternative, and a pointer moves faster than a `Rich`.
#[derive(Clone, Debug)]
pub(crate) struct PErr<'t>(pub Option<Box<Rich<'t, Token, S>>>);

impl<'t> chumsky::error::Error<'t, In<'t>> for PErr<'t> {
    fn merge(self, other: Self) -> Self {
        match (self.0, other.0) {
            (Some(a), Some(b)) => PErr(Some(Box::new(
                <Rich<'t, Token, S> as chumsky::error::Error<'t, In<'t>>>::merge(*a, *b),
            ))),
            (a, b) => PErr(a.or(b)),
        }
    }
}

impl<'t, L> chumsky::label::LabelError<'t, In<'t>, L> for PErr<'t>
where
    L: Into<RichPattern<'t, Token>>,
{
    fn expected_found<It: IntoIterator<Item = L>>(
        expected: It,
        found: Option<MaybeRef<'t, Token>>,
        span: S,
    ) -> Self {
        if quiet() {
            PErr(None)
        } else {
            PErr(Some(Box::new(
                <Rich<'t, Token, S> as chumsky::label::LabelError<'t, In<'t>, L>>::expected_found(
                    expected, found, span,
                ),
            )))
        }
    }

    fn merge_expected_found<It: IntoIterator<Item = L>>(
        self,
        expected: It,
        found: Option<MaybeRef<'t, Token>>,
        span: S,
    ) -> Self {
        match self.0 {
            Some(r) => PErr(Some(
                Box::new(<Rich<'t, Token, S> as chumsky::label::LabelError<
                    't,
                    In<'t>,
                    L,
                >>::merge_expected_found(
                    *r, expected, found, span
                )),
            )),
            None => Self::expected_found(expected, found, span),
        }
    }

    fn replace_expected_found<It: IntoIterator<Item = L>>(
        self,
        expected: It,
        found: Option<MaybeRef<'t, Token>>,
        span: S,
    ) -> Self {
        match self.0 {
            Some(r) => PErr(Some(
                Box::new(<Rich<'t, Token, S> as chumsky::label::LabelError<
                    't,
                    In<'t>,
                    L,
                >>::replace_expected_found(
                    *r, expected, found, span
                )),
            )),
            None => Self::expected_found(expected, found, span),
        }
    }

    fn label_with(&mut self, label: L) {
        if let Some(r) = &mut self.0 {
            <Rich<'t, Token, S> as chumsky::label::LabelError<'t, In<'t>, L>>::label_with(
                &mut **r, label,
            )
        }
    }

    fn in_context(&mut self, label: L, span: S) {
        if let Some(r) = &mut self.0 {
            <Rich<'t, Token, S> as chumsky::label::LabelError<'t, In<'t>, L>>::in_context(
                &mut **r, label, span,
            )
        }
    }
}

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
    /// The same text, shared by every function's and class's [`crate::ast::SourceText`].
    pub text: Rc<str>,
    /// Start offsets of the tokens preceded by a line terminator (sorted).
    pub nl_starts: Vec<u32>,
    pub next_site: u32,
    /// How deeply the parsers counting levels ([`ParseOptions::max_nesting_depth`]) are nested now.
    pub depth: usize,
    pub max_depth: usize,
    /// Where the depth limit was first exceeded; from then on the parse only unwinds.
    pub too_deep: Option<S>,
    /// Levels entered so far, backtracking included, and how many the input may take: a
    /// bound on the work of pathological backtracking (unclosed brackets nested many times
    /// were exponential).
    pub steps: usize,
    pub max_steps: usize,
    /// Where the parser ran out of steps; from then on the parse only unwinds.
    pub gave_up: Option<S>,
}

/// Backtracking restores the depth (a parser that fails leaves its levels counted; the
/// alternative tried next starts from the checkpoint's depth).
impl<'t> Inspector<'t, In<'t>> for PState<'t> {
    type Checkpoint = usize;
    fn on_token(&mut self, _: &Token) {}
    fn on_save<'parse>(&self, _: &chumsky::input::Cursor<'t, 'parse, In<'t>>) -> usize {
        self.depth
    }
    fn on_rewind<'parse>(
        &mut self,
        marker: &chumsky::input::Checkpoint<'t, 'parse, In<'t>, usize>,
    ) {
        self.depth = *marker.inspector();
    }
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
/// The default [`ParseOptions::max_nesting_depth`]: above the 1,000 levels of brackets and the
/// 2,000 prefix operators that scripts may use, far below what could exhaust a stack.
pub const DEFAULT_MAX_NESTING_DEPTH: usize = 2500;
/// The parser's work bound: levels entered per token (backtracking included), plus a constant.
/// Valid programs take a few per token.
pub const STEPS_PER_TOKEN: usize = 64;
/// At most this many diagnostics per file; then one final "too many errors".
pub const MAX_DIAGNOSTICS: usize = 20;

/// How the parser treats hostile input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseOptions {
    /// The deepest tree the parser builds: every statement, expression, binding pattern and
    /// prefix operator nested in another is one level, whatever separates them (brackets,
    /// commas, arrows, blocks). Deeper input is a SyntaxError "too deeply nested", never a stack
    /// overflow. Brackets alone are also limited to [`MAX_NESTING`] (or this, if smaller).
    pub max_nesting_depth: usize,
}

impl Default for ParseOptions {
    fn default() -> ParseOptions {
        ParseOptions {
            max_nesting_depth: DEFAULT_MAX_NESTING_DEPTH,
        }
    }
}
/// At most this many operator and bracket tokens between two `;`, `,` or `}`: this bounds
/// the depth of the tree (left-associative chains nest too), so that walking or dropping it
/// cannot exhaust the stack.
pub const MAX_CHAIN: usize = 5000;

pub fn parse_script(source: &str) -> Result<Program, Vec<Diagnostic>> {
    parse_script_with(source, &ParseOptions::default())
}

pub fn parse_script_with(source: &str, options: &ParseOptions) -> Result<Program, Vec<Diagnostic>> {
    parse(source, options, true, false)
}

/// Parses `source` with the Module goal symbol (§16.2): strict code whose top level may
/// `await`. mini-js runs a file as a module when it is not a valid script but is a valid
/// module, as Node does for a file whose top level awaits; `import` and `export`
/// declarations are not part of the subset.
pub fn parse_module_with(source: &str, options: &ParseOptions) -> Result<Program, Vec<Diagnostic>> {
    parse(source, options, true, true)
}

/// [`parse_script`] by the reference grammar alone, without the quiet pass and its shortcuts:
/// tests compare the two passes' trees.
#[doc(hidden)]
pub fn parse_script_reference(source: &str) -> Result<Program, Vec<Diagnostic>> {
    parse(source, &ParseOptions::default(), false, false)
}

/// `quiet_first`: a quiet pass with the shortcuts first, then (only for an input with errors)
/// the reference grammar; otherwise the reference grammar alone. `module`: the Module goal
/// (the same grammar, with `await` an operator at the top level and the whole program
/// strict), else the Script goal.
fn parse(
    source: &str,
    options: &ParseOptions,
    quiet_first: bool,
    module: bool,
) -> Result<Program, Vec<Diagnostic>> {
    let lexed = lexer::lex(source);
    let mut diags = lexed.diagnostics.clone();
    if let Some(d) = check_nesting(&lexed.tokens, MAX_NESTING.min(options.max_nesting_depth)) {
        diags.push(d);
        return Err(finish(diags));
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
    let text: Rc<str> = Rc::from(source);
    // The quiet pass runs the grammar with its shortcuts (`fast`), the second pass the
    // reference grammar, whose errors are the diagnostics.
    let pass = |fast: bool| {
        let parser = if module {
            grammar::module(fast)
        } else {
            grammar::script(fast)
        };
        let input = tokens.as_slice().map(eoi, mapper);
        let mut state = PState {
            source,
            text: text.clone(),
            nl_starts: nl_starts.clone(),
            next_site: 0,
            depth: 0,
            max_depth: options.max_nesting_depth,
            too_deep: None,
            steps: 0,
            max_steps: STEPS_PER_TOKEN * tokens.len() + 100_000,
            gave_up: None,
        };
        let result = parser.parse_with_state(input, &mut state);
        debug_assert!(
            result.has_errors() || state.depth == 0,
            "levels left counted"
        );
        (result, state.too_deep, state.gave_up)
    };
    // First a quiet pass; a valid program is done then.
    let quiet = quiet_first.then(|| {
        let _quiet = QuietPass::start();
        pass(true)
    });
    // Otherwise a second pass explains the errors (the depth limit needs no explaining). A
    // quiet pass that ran out of steps is no verdict: it only fails where the reference grammar
    // recovers, so an error near the end (an unclosed `(` around unclosed bodies) can make it
    // backtrack exponentially where the reference pass is linear.
    let (result, too_deep, gave_up) = match quiet {
        Some(quiet) if quiet.1.is_some() || (quiet.2.is_none() && !quiet.0.has_errors()) => quiet,
        _ => pass(false),
    };
    if let Some(at) = gave_up {
        diags.push(
            Diagnostic::syntax("too complex to parse", span(at))
                .with_label("mini-js: the parser gave up here (unclosed brackets?)"),
        );
        return Err(finish(diags));
    }
    if let Some(at) = too_deep {
        // What the parser said while unwinding is noise.
        diags.push(
            Diagnostic::syntax("too deeply nested", span(at)).with_label(format!(
                "mini-js: nesting deeper than {} levels",
                options.max_nesting_depth
            )),
        );
        return Err(finish(diags));
    }
    let (output, errs) = result.into_output_errors();
    // A lexer error already explains an error token.
    let lex_starts: std::collections::HashSet<u32> = diags.iter().map(|d| d.span.start).collect();
    for err in errs {
        // Every error of the second pass is explained.
        let Some(err) = err.0 else { continue };
        let err = *err;
        if err.found() == Some(&Token::Error) {
            continue;
        }
        let d = rich_to_diagnostic(err, source);
        if lex_starts.contains(&d.span.start) {
            continue;
        }
        diags.push(d);
    }
    match output {
        Some(mut program) => {
            // Module code is always strict code (§11.2.2).
            program.strict |= module;
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

/// Sorts the diagnostics by place, drops repeats, and keeps the first [`MAX_DIAGNOSTICS`], then
/// one "too many errors".
fn finish(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    diags.dedup_by(|a, b| a.span.start == b.span.start && a.message == b.message);
    if diags.len() > MAX_DIAGNOSTICS {
        let more = diags.len() - MAX_DIAGNOSTICS;
        let at = diags[MAX_DIAGNOSTICS].span;
        diags.truncate(MAX_DIAGNOSTICS);
        diags.push(
            Diagnostic::syntax(
                "too many errors",
                Span::new(at.start as usize, at.start as usize),
            )
            .with_label(format!(
                "mini-js: {more} more not shown after the first {MAX_DIAGNOSTICS}"
            )),
        );
    }
    diags
}

/// Refuses inputs nested so deeply that walking the tree could exhaust the stack.
fn check_nesting(tokens: &[(Token, Span)], max_depth: usize) -> Option<Diagnostic> {
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
            Token::Number(_)
            | Token::BigInt(_)
            | Token::String(_)
            | Token::RegExp(_)
            | Token::PrivateName(_)
            | Token::Error => {}
            Token::Template(part) if part.kind == lexer::TemplateKind::NoSubstitution => {}
            Token::Keyword(Keyword::This | Keyword::Null | Keyword::True | Keyword::False) => {}
            _ => run += 1,
        }
        if depth > max_depth || run > MAX_CHAIN {
            return Some(Diagnostic::syntax("too deeply nested", *sp).with_label(
                if depth > max_depth {
                    format!("more than {max_depth} levels of brackets")
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
        Some(Token::Number(_) | Token::BigInt(_)) => "Unexpected number".into(),
        Some(Token::String(_)) => "Unexpected string".into(),
        Some(Token::RegExp(_)) => "Unexpected regular expression".into(),
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

fn rich_to_diagnostic(err: Rich<'_, Token, S>, source: &str) -> Diagnostic {
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
