//! The lexer (ECMA-262 §12 ECMAScript Language: Lexical Grammar).
//!
//! A logos state machine recognises punctuators, ASCII identifiers, numeric literals, comments
//! and the openings of strings and templates. A thin wrapper around it does what a regular
//! automaton cannot: it scans string and template bodies by hand (escapes, `${` nesting with a
//! brace stack), extends identifiers with Unicode letters and `\u` escapes, computes numeric
//! values, and records for every token whether a LineTerminator precedes it (for automatic
//! semicolon insertion and the `[no LineTerminator here]` restrictions).
//!
//! Errors never panic: they become [`Token::Error`] plus a [`Diagnostic`].

use crate::ast::{Atom, Span, Utf16};
use crate::Diagnostic;
use logos::Logos;
use std::fmt;
use std::rc::Rc;

/// Reserved words (ECMA-262 §12.7.2). Contextual keywords (`async`, `await`, `yield`, `let`,
/// `static`, `of`, `get`, `set`, …) are [`Token::Ident`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Keyword {
    Break,
    Case,
    Catch,
    Class,
    Const,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Enum,
    Export,
    Extends,
    False,
    Finally,
    For,
    Function,
    If,
    Import,
    In,
    InstanceOf,
    New,
    Null,
    Return,
    Super,
    Switch,
    This,
    Throw,
    True,
    Try,
    TypeOf,
    Var,
    Void,
    While,
    With,
}

impl Keyword {
    pub fn as_str(self) -> &'static str {
        use Keyword::*;
        match self {
            Break => "break",
            Case => "case",
            Catch => "catch",
            Class => "class",
            Const => "const",
            Continue => "continue",
            Debugger => "debugger",
            Default => "default",
            Delete => "delete",
            Do => "do",
            Else => "else",
            Enum => "enum",
            Export => "export",
            Extends => "extends",
            False => "false",
            Finally => "finally",
            For => "for",
            Function => "function",
            If => "if",
            Import => "import",
            In => "in",
            InstanceOf => "instanceof",
            New => "new",
            Null => "null",
            Return => "return",
            Super => "super",
            Switch => "switch",
            This => "this",
            Throw => "throw",
            True => "true",
            Try => "try",
            TypeOf => "typeof",
            Var => "var",
            Void => "void",
            While => "while",
            With => "with",
        }
    }

    pub fn from_name(s: &str) -> Option<Keyword> {
        use Keyword::*;
        Some(match s {
            "break" => Break,
            "case" => Case,
            "catch" => Catch,
            "class" => Class,
            "const" => Const,
            "continue" => Continue,
            "debugger" => Debugger,
            "default" => Default,
            "delete" => Delete,
            "do" => Do,
            "else" => Else,
            "enum" => Enum,
            "export" => Export,
            "extends" => Extends,
            "false" => False,
            "finally" => Finally,
            "for" => For,
            "function" => Function,
            "if" => If,
            "import" => Import,
            "in" => In,
            "instanceof" => InstanceOf,
            "new" => New,
            "null" => Null,
            "return" => Return,
            "super" => Super,
            "switch" => Switch,
            "this" => This,
            "throw" => Throw,
            "true" => True,
            "try" => Try,
            "typeof" => TypeOf,
            "var" => Var,
            "void" => Void,
            "while" => While,
            "with" => With,
            _ => return None,
        })
    }
}

/// Punctuators (ECMA-262 §12.8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Punct {
    LBrace,
    RBrace,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Dot,
    Ellipsis,
    Semi,
    Comma,
    Lt,
    Gt,
    LtEq,
    GtEq,
    EqEq,
    NotEq,
    EqEqEq,
    NotEqEq,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    StarStar,
    PlusPlus,
    MinusMinus,
    Shl,
    Shr,
    UShr,
    Amp,
    Pipe,
    Caret,
    Bang,
    Tilde,
    AmpAmp,
    PipePipe,
    QuestionQuestion,
    Question,
    /// `?.` (made by the wrapper from `?` when `.` follows and no digit after it).
    QuestionDot,
    Colon,
    Eq,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    PercentEq,
    StarStarEq,
    ShlEq,
    ShrEq,
    UShrEq,
    AmpEq,
    PipeEq,
    CaretEq,
    AmpAmpEq,
    PipePipeEq,
    QuestionQuestionEq,
    Arrow,
}

impl Punct {
    pub fn as_str(self) -> &'static str {
        use Punct::*;
        match self {
            LBrace => "{",
            RBrace => "}",
            LParen => "(",
            RParen => ")",
            LBracket => "[",
            RBracket => "]",
            Dot => ".",
            Ellipsis => "...",
            Semi => ";",
            Comma => ",",
            Lt => "<",
            Gt => ">",
            LtEq => "<=",
            GtEq => ">=",
            EqEq => "==",
            NotEq => "!=",
            EqEqEq => "===",
            NotEqEq => "!==",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Percent => "%",
            StarStar => "**",
            PlusPlus => "++",
            MinusMinus => "--",
            Shl => "<<",
            Shr => ">>",
            UShr => ">>>",
            Amp => "&",
            Pipe => "|",
            Caret => "^",
            Bang => "!",
            Tilde => "~",
            AmpAmp => "&&",
            PipePipe => "||",
            QuestionQuestion => "??",
            Question => "?",
            QuestionDot => "?.",
            Colon => ":",
            Eq => "=",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            PercentEq => "%=",
            StarStarEq => "**=",
            ShlEq => "<<=",
            ShrEq => ">>=",
            UShrEq => ">>>=",
            AmpEq => "&=",
            PipeEq => "|=",
            CaretEq => "^=",
            AmpAmpEq => "&&=",
            PipePipeEq => "||=",
            QuestionQuestionEq => "??=",
            Arrow => "=>",
        }
    }
}

/// The raw logos token: what a regular automaton can decide on its own.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0B\x0C\r\n]+")]
enum Raw {
    #[regex(r"[A-Za-z$_][A-Za-z0-9$_]*")]
    Ident,
    #[regex(r"#[A-Za-z$_][A-Za-z0-9$_]*")]
    Private,
    #[regex(r"[0-9][0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]*)?")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?")]
    Decimal,
    #[regex(r"0[xX][0-9a-fA-F_]*")]
    Hex,
    #[regex(r"0[oO][0-9_]*")]
    Octal,
    #[regex(r"0[bB][0-9_]*")]
    Binary,
    #[token("\"")]
    #[token("'")]
    Quote,
    #[token("`")]
    Backtick,
    #[regex(r"//[^\n\r\u{2028}\u{2029}]*")]
    LineComment,
    #[token("/*")]
    BlockComment,
    #[regex(r"[\u{A0}\u{FEFF}\u{1680}\u{2000}-\u{200A}\u{202F}\u{205F}\u{3000}\u{2028}\u{2029}]+")]
    UnicodeSpace,
    #[token("\\")]
    Backslash,
    #[token("#")]
    Hash,
    #[token("{", |_| Punct::LBrace)]
    #[token("}", |_| Punct::RBrace)]
    #[token("(", |_| Punct::LParen)]
    #[token(")", |_| Punct::RParen)]
    #[token("[", |_| Punct::LBracket)]
    #[token("]", |_| Punct::RBracket)]
    #[token(".", |_| Punct::Dot)]
    #[token("...", |_| Punct::Ellipsis)]
    #[token(";", |_| Punct::Semi)]
    #[token(",", |_| Punct::Comma)]
    #[token("<", |_| Punct::Lt)]
    #[token(">", |_| Punct::Gt)]
    #[token("<=", |_| Punct::LtEq)]
    #[token(">=", |_| Punct::GtEq)]
    #[token("==", |_| Punct::EqEq)]
    #[token("!=", |_| Punct::NotEq)]
    #[token("===", |_| Punct::EqEqEq)]
    #[token("!==", |_| Punct::NotEqEq)]
    #[token("+", |_| Punct::Plus)]
    #[token("-", |_| Punct::Minus)]
    #[token("*", |_| Punct::Star)]
    #[token("/", |_| Punct::Slash)]
    #[token("%", |_| Punct::Percent)]
    #[token("**", |_| Punct::StarStar)]
    #[token("++", |_| Punct::PlusPlus)]
    #[token("--", |_| Punct::MinusMinus)]
    #[token("<<", |_| Punct::Shl)]
    #[token(">>", |_| Punct::Shr)]
    #[token(">>>", |_| Punct::UShr)]
    #[token("&", |_| Punct::Amp)]
    #[token("|", |_| Punct::Pipe)]
    #[token("^", |_| Punct::Caret)]
    #[token("!", |_| Punct::Bang)]
    #[token("~", |_| Punct::Tilde)]
    #[token("&&", |_| Punct::AmpAmp)]
    #[token("||", |_| Punct::PipePipe)]
    #[token("??", |_| Punct::QuestionQuestion)]
    #[token("?", |_| Punct::Question)]
    #[token(":", |_| Punct::Colon)]
    #[token("=", |_| Punct::Eq)]
    #[token("+=", |_| Punct::PlusEq)]
    #[token("-=", |_| Punct::MinusEq)]
    #[token("*=", |_| Punct::StarEq)]
    #[token("/=", |_| Punct::SlashEq)]
    #[token("%=", |_| Punct::PercentEq)]
    #[token("**=", |_| Punct::StarStarEq)]
    #[token("<<=", |_| Punct::ShlEq)]
    #[token(">>=", |_| Punct::ShrEq)]
    #[token(">>>=", |_| Punct::UShrEq)]
    #[token("&=", |_| Punct::AmpEq)]
    #[token("|=", |_| Punct::PipeEq)]
    #[token("^=", |_| Punct::CaretEq)]
    #[token("&&=", |_| Punct::AmpAmpEq)]
    #[token("||=", |_| Punct::PipePipeEq)]
    #[token("??=", |_| Punct::QuestionQuestionEq)]
    #[token("=>", |_| Punct::Arrow)]
    Punct(Punct),
}

/// Which piece of a template literal a template token is (ECMA-262 §12.9.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateKind {
    /// `` `…` ``
    NoSubstitution,
    /// `` `…${ ``
    Head,
    /// `}…${`
    Middle,
    /// `` }…` ``
    Tail,
}

/// One piece of a template literal.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplatePart {
    pub kind: TemplateKind,
    /// The cooked value, or the message of the invalid escape (allowed in tagged templates only).
    pub cooked: Result<Utf16, Rc<str>>,
    pub raw: Utf16,
}

/// A token of the input element grammar.
#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    /// An IdentifierName that is not a reserved word (contextual keywords included).
    Ident(Atom),
    /// An IdentifierName written with `\u` escapes (its value). It is an identifier, or a
    /// property name even when its value is a reserved word, but never a keyword: neither a
    /// reserved word (an early error where an identifier is read) nor a contextual keyword
    /// (`\u0061sync` does not start an async function; §12.7.2).
    EscapedIdent(Atom),
    /// A reserved word.
    Keyword(Keyword),
    /// `#name` (the name without `#`).
    PrivateName(Atom),
    Number(f64),
    /// A BigInt literal's value (`10n`, `0xFFn`).
    BigInt(Rc<num_bigint::BigInt>),
    /// A string literal's value.
    String(Utf16),
    Template(Rc<TemplatePart>),
    /// A RegularExpressionLiteral (§12.9.5), already checked (§13.2.7.2).
    RegExp(Rc<crate::regexp::RegExpLiteral>),
    Punct(Punct),
    /// Something the lexer could not make sense of (a diagnostic was reported).
    Error,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Ident(name) | Token::EscapedIdent(name) => write!(f, "{name}"),
            Token::Keyword(k) => write!(f, "{}", k.as_str()),
            Token::PrivateName(name) => write!(f, "#{name}"),
            Token::Number(n) => write!(f, "{n}"),
            Token::BigInt(n) => write!(f, "{n}n"),
            Token::String(s) => write!(f, "{:?}", String::from_utf16_lossy(s)),
            Token::Template(t) => write!(f, "`{}`", String::from_utf16_lossy(&t.raw)),
            Token::Punct(p) => write!(f, "{}", p.as_str()),
            Token::RegExp(r) => write!(f, "/{}/{}", r.pattern, r.flags),
            Token::Error => write!(f, "<error>"),
        }
    }
}

impl Token {
    /// A short description of the token kind, for `--dump-tokens`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Token::Ident(_) | Token::EscapedIdent(_) => "Ident",
            Token::Keyword(_) => "Keyword",
            Token::PrivateName(_) => "PrivateName",
            Token::Number(_) => "Number",
            Token::BigInt(_) => "BigInt",
            Token::String(_) => "String",
            Token::Template(t) => match t.kind {
                TemplateKind::NoSubstitution => "Template",
                TemplateKind::Head => "TemplateHead",
                TemplateKind::Middle => "TemplateMiddle",
                TemplateKind::Tail => "TemplateTail",
            },
            Token::Punct(_) => "Punct",
            Token::RegExp(_) => "RegExp",
            Token::Error => "Error",
        }
    }
}

/// Something about a token that matters only in strict mode code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrictNote {
    /// `017`, `08`
    LegacyOctalNumber,
    /// `"\017"`, `"\8"`
    OctalEscape,
}

/// Everything the lexer produces.
#[derive(Debug, Default)]
pub struct Lexed {
    pub tokens: Vec<(Token, Span)>,
    /// `newline_before[i]`: a LineTerminator occurs between token `i - 1` (or the start of the
    /// input) and token `i`.
    pub newline_before: Vec<bool>,
    /// A LineTerminator occurs between the last token and the end of the input.
    pub newline_at_end: bool,
    pub diagnostics: Vec<Diagnostic>,
    /// Legacy octal literals and escapes: errors only in strict mode code.
    pub strict_notes: Vec<(Span, StrictNote)>,
    /// The source ends inside an unterminated template, comment or string.
    pub unterminated: bool,
    /// One shared [`Atom`] per identifier name: the evaluator compares the names of bindings
    /// by pointer before it compares their text.
    atoms: std::collections::HashSet<Atom>,
}

impl Lexed {
    /// The atom for `name`, the same for every occurrence in the source.
    fn intern(&mut self, name: &str) -> Atom {
        if let Some(a) = self.atoms.get(name) {
            return a.clone();
        }
        let a: Atom = name.into();
        self.atoms.insert(a.clone());
        a
    }
}

/// Splits `source` into tokens with their byte spans; errors become [`Token::Error`] tokens and
/// diagnostics.
pub fn tokenize(source: &str) -> (Vec<(Token, Span)>, Vec<Diagnostic>) {
    let lexed = lex(source);
    (lexed.tokens, lexed.diagnostics)
}

/// One token a line, with its span and a `nl` mark when a line terminator precedes it: the
/// output of `mini-js run --dump-tokens`.
pub fn dump_tokens(source: &str) -> String {
    use std::fmt::Write;
    let lexed = lex(source);
    let mut out = String::new();
    for (i, (token, span)) in lexed.tokens.iter().enumerate() {
        let nl = if lexed.newline_before[i] { " nl" } else { "" };
        let text = &source[span.range()];
        let _ = match token {
            Token::Number(n) => writeln!(
                out,
                "{}..{}{nl} {} {text} = {}",
                span.start,
                span.end,
                token.kind_name(),
                n
            ),
            Token::String(s) => writeln!(
                out,
                "{}..{}{nl} {} {text} = {:?}",
                span.start,
                span.end,
                token.kind_name(),
                String::from_utf16_lossy(s)
            ),
            _ => writeln!(
                out,
                "{}..{}{nl} {} {text}",
                span.start,
                span.end,
                token.kind_name()
            ),
        };
    }
    for d in &lexed.diagnostics {
        let (line, col) = d.line_col(source);
        let _ = writeln!(out, "{}: {} at {line}:{col}", d.name, d.message);
    }
    out
}

pub(crate) fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Other_ID_Start: in ID_Start for compatibility, though not letters (and some not in
/// XID_Start, which `unicode-ident` gives).
fn is_other_id_start(c: char) -> bool {
    matches!(
        c,
        '\u{1885}' | '\u{1886}' | '\u{2118}' | '\u{212E}' | '\u{309B}' | '\u{309C}'
    )
}

/// U+2E2F VERTICAL TILDE: a letter, but Pattern_Syntax, so in neither ID_Start nor ID_Continue.
const VERTICAL_TILDE: char = '\u{2E2F}';

/// IdentifierStartChar (§12.7): `$`, `_` or ID_Start.
fn is_id_start(c: char) -> bool {
    c == '$'
        || c == '_'
        || unicode_ident::is_xid_start(c)
        || is_other_id_start(c)
        || (c.is_alphabetic() && !c.is_ascii() && c != VERTICAL_TILDE)
}

/// IdentifierPartChar (§12.7): `$`, ZWNJ, ZWJ or ID_Continue.
fn is_id_continue(c: char) -> bool {
    c == '$'
        || c == '\u{200C}'
        || c == '\u{200D}'
        || unicode_ident::is_xid_continue(c)
        || is_other_id_start(c)
        // Other_ID_Continue.
        || matches!(c, '\u{00B7}' | '\u{0387}' | '\u{1369}'..='\u{1371}' | '\u{19DA}' | '\u{30FB}' | '\u{FF65}')
        || (c.is_alphanumeric() && !c.is_ascii() && c != VERTICAL_TILDE)
}

/// Lexes the whole input.
pub fn lex(source: &str) -> Lexed {
    let mut out = Lexed::default();
    let mut lexer = Raw::lexer(source);
    // Hashbang comment (§12.5): only at the very start.
    if source.starts_with("#!") {
        let end = source
            .char_indices()
            .find(|&(_, c)| is_line_terminator(c))
            .map_or(source.len(), |(i, _)| i);
        lexer.bump(end);
    }
    // The brace stack: `true` for a `${` that a `}` closes back into the template.
    let mut braces: Vec<bool> = Vec::new();
    // For each open `(`: whether it opens the head of `if`, `while`, `for` or `with`, after
    // whose `)` a `/` starts a regular expression (InputElementRegExp), not a division.
    let mut parens: Vec<bool> = Vec::new();
    let mut closed_statement_head = false;
    let mut prev_end = 0usize;
    let mut pending_nl = false;

    let push = |out: &mut Lexed,
                token: Token,
                start: usize,
                end: usize,
                prev_end: &mut usize,
                pending_nl: &mut bool| {
        let gap = &source[(*prev_end).min(start)..start];
        let nl = *pending_nl || gap.chars().any(is_line_terminator);
        out.tokens.push((token, Span::new(start, end)));
        out.newline_before.push(nl);
        *prev_end = end;
        *pending_nl = false;
    };

    while let Some(raw) = lexer.next() {
        let span = lexer.span();
        let start = span.start;
        let text = lexer.slice();
        let raw = match raw {
            Ok(raw) => raw,
            Err(()) => {
                // Not recognised by the automaton: a Unicode identifier, or garbage.
                let c = source[start..].chars().next().unwrap_or('\0');
                if is_id_start(c) {
                    let len = scan_ident_tail(&source[start..], c.len_utf8());
                    lexer.bump(len - (span.end - start));
                    let end = start + len;
                    let token = ident_token(&source[start..end], start, &mut out);
                    push(&mut out, token, start, end, &mut prev_end, &mut pending_nl);
                } else {
                    out.diagnostics.push(
                        Diagnostic::syntax(
                            "Invalid or unexpected token",
                            Span::new(start, span.end),
                        )
                        .with_label(format!("unexpected character {c:?}")),
                    );
                    push(
                        &mut out,
                        Token::Error,
                        start,
                        span.end,
                        &mut prev_end,
                        &mut pending_nl,
                    );
                }
                continue;
            }
        };
        match raw {
            Raw::LineComment | Raw::UnicodeSpace => {
                if text.chars().any(is_line_terminator) {
                    pending_nl = true;
                }
            }
            Raw::BlockComment => {
                let rest = lexer.remainder();
                match rest.find("*/") {
                    Some(i) => {
                        if rest[..i].chars().any(is_line_terminator) {
                            pending_nl = true;
                        }
                        lexer.bump(i + 2);
                    }
                    None => {
                        lexer.bump(rest.len());
                        out.unterminated = true;
                        out.diagnostics.push(
                            Diagnostic::syntax(
                                "Unexpected end of input",
                                Span::new(source.len(), source.len()),
                            )
                            .with_label("unterminated comment"),
                        );
                    }
                }
            }
            Raw::Ident | Raw::Backslash => {
                let len = scan_ident_tail(&source[start..], text.len());
                if len == 0 {
                    // A lone `\` that does not start a `\u` escape.
                    out.diagnostics.push(
                        Diagnostic::syntax(
                            "Invalid or unexpected token",
                            Span::new(start, span.end),
                        )
                        .with_label("unexpected `\\`"),
                    );
                    push(
                        &mut out,
                        Token::Error,
                        start,
                        span.end,
                        &mut prev_end,
                        &mut pending_nl,
                    );
                    continue;
                }
                lexer.bump(len - text.len());
                let end = start + len;
                let token = ident_token(&source[start..end], start, &mut out);
                push(&mut out, token, start, end, &mut prev_end, &mut pending_nl);
            }
            Raw::Private | Raw::Hash => {
                let len = scan_ident_tail(&source[start + 1..], text.len() - 1);
                if len == 0 {
                    out.diagnostics.push(
                        Diagnostic::syntax(
                            "Invalid or unexpected token",
                            Span::new(start, span.end),
                        )
                        .with_label("`#` must be followed by a name"),
                    );
                    push(
                        &mut out,
                        Token::Error,
                        start,
                        span.end,
                        &mut prev_end,
                        &mut pending_nl,
                    );
                    continue;
                }
                lexer.bump(len + 1 - text.len());
                let end = start + 1 + len;
                let token = match ident_token(&source[start + 1..end], start + 1, &mut out) {
                    Token::Ident(name) | Token::EscapedIdent(name) => Token::PrivateName(name),
                    Token::Keyword(k) => Token::PrivateName(k.as_str().into()),
                    other => other,
                };
                push(&mut out, token, start, end, &mut prev_end, &mut pending_nl);
            }
            Raw::Decimal | Raw::Hex | Raw::Octal | Raw::Binary => {
                let mut end = span.end;
                let rest = lexer.remainder();
                let token = if rest.starts_with('n') {
                    lexer.bump(1);
                    end += 1;
                    match bigint_value(raw, text) {
                        Ok(value) => Token::BigInt(Rc::new(value)),
                        Err(msg) => {
                            out.diagnostics.push(
                                Diagnostic::syntax(msg, Span::new(start, end))
                                    .with_label("invalid BigInt literal"),
                            );
                            Token::Error
                        }
                    }
                } else {
                    match number_value(raw, text) {
                        Ok((value, legacy)) => {
                            if legacy {
                                out.strict_notes
                                    .push((Span::new(start, end), StrictNote::LegacyOctalNumber));
                            }
                            Token::Number(value)
                        }
                        Err(msg) => {
                            out.diagnostics.push(
                                Diagnostic::syntax(msg, Span::new(start, end))
                                    .with_label("invalid numeric literal"),
                            );
                            Token::Error
                        }
                    }
                };
                // A numeric literal must not be immediately followed by an identifier start
                // or a digit (§12.9.3).
                let next = lexer.remainder().chars().next();
                if let Some(c) = next {
                    if token != Token::Error && (is_id_start(c) || c == '\\' || c.is_ascii_digit())
                    {
                        out.diagnostics.push(
                            Diagnostic::syntax(
                                "Invalid or unexpected token",
                                Span::new(start, end + c.len_utf8()),
                            )
                            .with_label("an identifier cannot start right after a numeric literal"),
                        );
                        push(
                            &mut out,
                            Token::Error,
                            start,
                            end,
                            &mut prev_end,
                            &mut pending_nl,
                        );
                        continue;
                    }
                }
                push(&mut out, token, start, end, &mut prev_end, &mut pending_nl);
            }
            Raw::Quote => {
                let quote = text.chars().next().unwrap_or('"');
                let rest = lexer.remainder();
                let scanned = scan_string(rest, quote, span.end);
                lexer.bump(scanned.len);
                let end = span.end + scanned.len;
                for note in scanned.octal {
                    out.strict_notes.push((note, StrictNote::OctalEscape));
                }
                let token = match scanned.value {
                    Ok(v) => Token::String(v.into()),
                    Err((msg, sp)) => {
                        let label = if msg == "Invalid or unexpected token" {
                            "this string literal is not closed on its line"
                        } else {
                            "invalid escape sequence"
                        };
                        out.diagnostics
                            .push(Diagnostic::syntax(msg, sp).with_label(label));
                        Token::Error
                    }
                };
                push(&mut out, token, start, end, &mut prev_end, &mut pending_nl);
            }
            Raw::Backtick => {
                let scanned = scan_template(lexer.remainder(), span.end);
                lexer.bump(scanned.len);
                let end = span.end + scanned.len;
                let kind = match scanned.end {
                    TemplateEnd::Backtick => TemplateKind::NoSubstitution,
                    TemplateEnd::Substitution => {
                        braces.push(true);
                        TemplateKind::Head
                    }
                    TemplateEnd::Eof => {
                        out.unterminated = true;
                        out.diagnostics.push(
                            Diagnostic::syntax(
                                "Unterminated template literal",
                                Span::new(start, end),
                            )
                            .with_label("the template starts here"),
                        );
                        push(
                            &mut out,
                            Token::Error,
                            start,
                            end,
                            &mut prev_end,
                            &mut pending_nl,
                        );
                        continue;
                    }
                };
                let part = TemplatePart {
                    kind,
                    cooked: scanned.cooked.map(Into::into).map_err(Into::into),
                    raw: scanned.raw.into(),
                };
                push(
                    &mut out,
                    Token::Template(Rc::new(part)),
                    start,
                    end,
                    &mut prev_end,
                    &mut pending_nl,
                );
            }
            Raw::Punct(p) => {
                let mut p = p;
                let mut end = span.end;
                let prev = out.tokens.last().map(|(t, _)| t);
                let after_head =
                    closed_statement_head && prev == Some(&Token::Punct(Punct::RParen));
                closed_statement_head = false;
                match p {
                    Punct::LParen => parens.push(matches!(
                        prev,
                        Some(Token::Keyword(
                            Keyword::If | Keyword::While | Keyword::For | Keyword::With
                        ))
                    )),
                    Punct::RParen => closed_statement_head = parens.pop().unwrap_or(false),
                    Punct::Slash | Punct::SlashEq if after_head || regex_allowed(prev) => {
                        if let Some((body_end, len)) = scan_regex(&source[start..]) {
                            lexer.bump(len - (span.end - start));
                            let end = start + len;
                            let token = match regexp_literal(
                                &source[start + 1..start + body_end - 1],
                                &source[start + body_end..end],
                            ) {
                                Ok(lit) => Token::RegExp(Rc::new(lit)),
                                Err(msg) => {
                                    out.diagnostics.push(
                                        Diagnostic::syntax(msg, Span::new(start, end))
                                            .with_label("this regular expression literal"),
                                    );
                                    Token::Error
                                }
                            };
                            push(&mut out, token, start, end, &mut prev_end, &mut pending_nl);
                            continue;
                        }
                    }
                    Punct::LBrace => braces.push(false),
                    Punct::RBrace if braces.last() == Some(&true) => {
                        braces.pop();
                        {
                            // Back into the template: a TemplateMiddle or TemplateTail.
                            let scanned = scan_template(lexer.remainder(), span.end);
                            lexer.bump(scanned.len);
                            let end = span.end + scanned.len;
                            let kind = match scanned.end {
                                TemplateEnd::Backtick => TemplateKind::Tail,
                                TemplateEnd::Substitution => {
                                    braces.push(true);
                                    TemplateKind::Middle
                                }
                                TemplateEnd::Eof => {
                                    out.unterminated = true;
                                    out.diagnostics.push(
                                        Diagnostic::syntax(
                                            "Unterminated template literal",
                                            Span::new(start, end),
                                        )
                                        .with_label("the template continues here"),
                                    );
                                    push(
                                        &mut out,
                                        Token::Error,
                                        start,
                                        end,
                                        &mut prev_end,
                                        &mut pending_nl,
                                    );
                                    continue;
                                }
                            };
                            let part = TemplatePart {
                                kind,
                                cooked: scanned.cooked.map(Into::into).map_err(Into::into),
                                raw: scanned.raw.into(),
                            };
                            push(
                                &mut out,
                                Token::Template(Rc::new(part)),
                                start,
                                end,
                                &mut prev_end,
                                &mut pending_nl,
                            );
                            continue;
                        }
                    }
                    Punct::RBrace => {
                        braces.pop();
                    }
                    Punct::Question => {
                        // `?.` is optional chaining unless a digit follows (`a?.5:b`).
                        let rest = lexer.remainder().as_bytes();
                        if rest.first() == Some(&b'.')
                            && !rest.get(1).is_some_and(u8::is_ascii_digit)
                        {
                            lexer.bump(1);
                            end += 1;
                            p = Punct::QuestionDot;
                        }
                    }
                    Punct::Lt if lexer.remainder().starts_with("!--") => {
                        // An HTML-like comment (Annex B.1.1): skip to the end of the line.
                        let rest = lexer.remainder();
                        let len = rest.find(is_line_terminator).unwrap_or(rest.len());
                        lexer.bump(len);
                        continue;
                    }
                    _ => {}
                }
                push(
                    &mut out,
                    Token::Punct(p),
                    start,
                    end,
                    &mut prev_end,
                    &mut pending_nl,
                );
            }
        }
    }
    out.newline_at_end = pending_nl
        || source[prev_end.min(source.len())..]
            .chars()
            .any(is_line_terminator);
    out
}

/// Whether a `/` after this token starts a regular expression literal rather than a division
/// (the usual heuristic: after an operator, an opening bracket, a keyword that takes an
/// operand, or at the start of the input). The parser catches the remaining cases.
fn regex_allowed(prev: Option<&Token>) -> bool {
    match prev {
        None => true,
        Some(Token::Punct(p)) => !matches!(
            p,
            Punct::RParen | Punct::RBracket | Punct::RBrace | Punct::PlusPlus | Punct::MinusMinus
        ),
        Some(Token::Keyword(k)) => matches!(
            k,
            Keyword::Return
                | Keyword::TypeOf
                | Keyword::InstanceOf
                | Keyword::In
                | Keyword::New
                | Keyword::Delete
                | Keyword::Void
                | Keyword::Throw
                | Keyword::Case
                | Keyword::Do
                | Keyword::Else
        ),
        Some(Token::Template(t)) => matches!(t.kind, TemplateKind::Head | TemplateKind::Middle),
        Some(_) => false,
    }
}

/// The early errors of a RegularExpressionLiteral (§13.2.7.2): its flags and its pattern
/// must parse (IsValidRegularExpressionLiteral).
pub(crate) fn regexp_literal(
    body: &str,
    flags: &str,
) -> Result<crate::regexp::RegExpLiteral, String> {
    if crate::regexp::parse_flags(flags.chars().map(u32::from)).is_none() {
        return Err("Invalid regular expression flags".into());
    }
    let pattern: Vec<u16> = body.encode_utf16().collect();
    let flag_units: Vec<u32> = flags.chars().map(u32::from).collect();
    crate::regexp::compile(&pattern, &flag_units)?;
    Ok(crate::regexp::RegExpLiteral {
        pattern: body.into(),
        flags: flags.into(),
    })
}

/// The lengths of the body (both slashes included) and of the whole regular expression
/// literal at the start of `s` (which starts with `/`), or `None` if it is not closed on its
/// line.
pub(crate) fn scan_regex(s: &str) -> Option<(usize, usize)> {
    let mut chars = s.char_indices().skip(1);
    let mut in_class = false;
    let mut body_end = None;
    while let Some((i, c)) = chars.next() {
        match c {
            c if is_line_terminator(c) => return None,
            '\\' => {
                let (_, next) = chars.next()?;
                if is_line_terminator(next) {
                    return None;
                }
            }
            '[' => in_class = true,
            ']' => in_class = false,
            '/' if !in_class => {
                body_end = Some(i + 1);
                break;
            }
            _ => {}
        }
    }
    let body_end = body_end?;
    if body_end == 2 {
        // `//` is a comment, never an empty regular expression.
        return None;
    }
    let flags = s[body_end..]
        .chars()
        .take_while(|&c| is_id_continue(c))
        .map(char::len_utf8)
        .sum::<usize>();
    Some((body_end, body_end + flags))
}

/// The length of an identifier starting at `s[0]`, of which the first `known` bytes are
/// already known to be identifier characters. Returns 0 if `s` does not start an identifier.
fn scan_ident_tail(s: &str, known: usize) -> usize {
    let mut i = if s.starts_with('\\') { 0 } else { known };
    loop {
        let rest = &s[i..];
        let Some(c) = rest.chars().next() else { break };
        if c == '\\' {
            match unicode_escape(&rest[1..]) {
                Some((_, len)) => i += 1 + len,
                None => break,
            }
        } else if (i == 0 && is_id_start(c)) || (i > 0 && is_id_continue(c)) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// Decodes `uXXXX` or `u{X…}` at the start of `s` (after a backslash): the code point and the
/// bytes consumed.
fn unicode_escape(s: &str) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'u') {
        return None;
    }
    if b.get(1) == Some(&b'{') {
        let close = s[2..].find('}')?;
        let digits = &s[2..2 + close];
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let trimmed = digits.trim_start_matches('0');
        if trimmed.len() > 6 {
            return None;
        }
        let v = u32::from_str_radix(if trimmed.is_empty() { "0" } else { trimmed }, 16).ok()?;
        if v > 0x10FFFF {
            return None;
        }
        Some((v, 3 + close))
    } else {
        let digits = s.get(1..5)?;
        if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        Some((u32::from_str_radix(digits, 16).ok()?, 5))
    }
}

/// Makes an identifier or keyword token from identifier source text (which may contain `\u`
/// escapes).
fn ident_token(text: &str, start: usize, out: &mut Lexed) -> Token {
    if !text.contains('\\') {
        return match Keyword::from_name(text) {
            Some(k) => Token::Keyword(k),
            None => Token::Ident(out.intern(text)),
        };
    }
    let mut name = String::new();
    let mut i = 0;
    let mut ok = true;
    while i < text.len() {
        let rest = &text[i..];
        if let Some(esc) = rest.strip_prefix('\\') {
            let (cp, len) = unicode_escape(esc).unwrap_or((0xFFFD, esc.len()));
            match char::from_u32(cp) {
                Some(c)
                    if (name.is_empty() && is_id_start(c))
                        || (!name.is_empty() && is_id_continue(c)) =>
                {
                    name.push(c)
                }
                _ => ok = false,
            }
            i += 1 + len;
        } else {
            let c = rest.chars().next().unwrap_or('\0');
            name.push(c);
            i += c.len_utf8();
        }
    }
    let span = Span::new(start, start + text.len());
    if !ok {
        out.diagnostics.push(
            Diagnostic::syntax("Invalid Unicode escape sequence", span)
                .with_label("not an identifier character"),
        );
        return Token::Error;
    }
    Token::EscapedIdent(name.into())
}

/// The value of a numeric literal, and whether it is a legacy octal (or `08`-style) literal.
/// The MV of a BigIntLiteral (§12.9.3: NonDecimalIntegerLiteral or DecimalIntegerLiteral
/// followed by `n`); `text` is the literal without its `n`. A fraction, an exponent or a
/// leading `0` (legacy octal, `08`) makes it a SyntaxError.
fn bigint_value(raw: Raw, text: &str) -> Result<num_bigint::BigInt, &'static str> {
    let (digits, radix) = match raw {
        Raw::Hex => (&text[2..], 16),
        Raw::Octal => (&text[2..], 8),
        Raw::Binary => (&text[2..], 2),
        _ => {
            let b = text.as_bytes();
            if b.len() > 1 && b[0] == b'0' && b[1] == b'_' {
                return Err("Numeric separator can not be used after leading 0.");
            }
            if b[0] == b'.' || text.contains(['.', 'e', 'E']) || (b.len() > 1 && b[0] == b'0') {
                return Err("Invalid or unexpected token");
            }
            (text, 10)
        }
    };
    if digits.is_empty() || digits.starts_with('_') && radix != 10 {
        return Err("Invalid or unexpected token");
    }
    if digits.contains("__") {
        return Err("Only one underscore is allowed as numeric separator");
    }
    if digits.ends_with('_') {
        return Err("Numeric separators are not allowed at the end of numeric literals");
    }
    let cleaned: Vec<u8> = digits.bytes().filter(|&c| c != b'_').collect();
    num_bigint::BigInt::parse_bytes(&cleaned, radix).ok_or("Invalid or unexpected token")
}

fn number_value(raw: Raw, text: &str) -> Result<(f64, bool), &'static str> {
    let check_separators = |digits: &str| -> Result<(), &'static str> {
        if digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
            if digits.contains("__") {
                return Err("Only one underscore is allowed as numeric separator");
            }
            return Err("Numeric separators are not allowed at the end of numeric literals");
        }
        Ok(())
    };
    let radix = |digits: &str, radix: u32| -> Result<f64, &'static str> {
        if digits.is_empty() {
            return Err("Invalid or unexpected token");
        }
        check_separators(digits)?;
        let mut v = 0f64;
        for c in digits.chars().filter(|&c| c != '_') {
            let d = c.to_digit(radix).ok_or("Invalid or unexpected token")?;
            v = v * radix as f64 + d as f64;
        }
        Ok(v)
    };
    match raw {
        Raw::Hex => Ok((radix(&text[2..], 16)?, false)),
        Raw::Octal => Ok((radix(&text[2..], 8)?, false)),
        Raw::Binary => Ok((radix(&text[2..], 2)?, false)),
        _ => {
            let bytes = text.as_bytes();
            // Legacy octal `017` and `08`/`09` (NonOctalDecimalIntegerLiteral), sloppy only.
            // Neither takes separators, nor does the DecimalIntegerLiteral `0` (`0_1`).
            if bytes.len() > 1
                && bytes[0] == b'0'
                && (bytes[1].is_ascii_digit()
                    || (bytes[1] == b'_' && bytes.get(2).is_some_and(u8::is_ascii_digit)))
            {
                if text.contains('_') {
                    return Err("Numeric separator can not be used after leading 0.");
                }
                let int_end = text.find(['.', 'e', 'E']).unwrap_or(text.len());
                if text[..int_end].bytes().all(|c| (b'0'..=b'7').contains(&c)) {
                    if int_end != text.len() {
                        return Err("Invalid or unexpected token");
                    }
                    return Ok((radix(&text[1..], 8)?, true));
                }
                let v: f64 = text.parse().map_err(|_| "Invalid or unexpected token")?;
                return Ok((v, true));
            }
            // Separators: only between digits.
            for part in text.split(['.', 'e', 'E', '+', '-']) {
                if !part.is_empty() {
                    check_separators(part)?;
                }
            }
            if text.contains("_.")
                || text.contains("._")
                || text.contains("_e")
                || text.contains("_E")
            {
                return Err("Numeric separators are not allowed at the end of numeric literals");
            }
            let cleaned: String = text.chars().filter(|&c| c != '_').collect();
            if cleaned.ends_with(['e', 'E', '+', '-']) {
                return Err("Invalid or unexpected token");
            }
            let v: f64 = cleaned.parse().map_err(|_| "Invalid or unexpected token")?;
            Ok((v, false))
        }
    }
}

struct ScannedString {
    /// Bytes after the opening quote, closing quote included.
    len: usize,
    value: Result<Vec<u16>, (String, Span)>,
    octal: Vec<Span>,
}

fn push_cp(out: &mut Vec<u16>, cp: u32) {
    match char::from_u32(cp) {
        Some(c) => {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
        }
        // A lone surrogate from `\uD800`.
        None => out.push(cp as u16),
    }
}

/// What an escape sequence means, after the backslash.
enum Escape {
    /// A code point (or a lone surrogate code unit).
    Cp(u32),
    /// A line continuation: nothing.
    Nothing,
    /// A legacy octal escape `\17` or a `\8`/`\9`: fine in sloppy strings, never in templates.
    Octal(u32),
    Invalid(&'static str),
}

/// Decodes one escape sequence starting right after a `\`; returns it and the bytes consumed.
fn escape(s: &str) -> (Escape, usize) {
    let Some(c) = s.chars().next() else {
        return (Escape::Invalid("Invalid or unexpected token"), 0);
    };
    let simple = |cp: u32| (Escape::Cp(cp), 1);
    match c {
        'n' => simple(0x0A),
        't' => simple(0x09),
        'r' => simple(0x0D),
        'b' => simple(0x08),
        'f' => simple(0x0C),
        'v' => simple(0x0B),
        '\r' => {
            if s[1..].starts_with('\n') {
                (Escape::Nothing, 2)
            } else {
                (Escape::Nothing, 1)
            }
        }
        '\n' | '\u{2028}' | '\u{2029}' => (Escape::Nothing, c.len_utf8()),
        'x' => match s.get(1..3) {
            Some(h) if h.bytes().all(|b| b.is_ascii_hexdigit()) => {
                (Escape::Cp(u32::from_str_radix(h, 16).unwrap_or(0)), 3)
            }
            _ => (Escape::Invalid("Invalid hexadecimal escape sequence"), 1),
        },
        'u' => match unicode_escape(s) {
            Some((cp, len)) => (Escape::Cp(cp), len),
            None => (Escape::Invalid("Invalid Unicode escape sequence"), 1),
        },
        '0'..='7' => {
            let b = s.as_bytes();
            if c == '0' && !b.get(1).is_some_and(u8::is_ascii_digit) {
                return (Escape::Cp(0), 1);
            }
            // LegacyOctalEscapeSequence: up to three digits, value ≤ 0o377.
            let mut len = 1;
            let mut v = (b[0] - b'0') as u32;
            let max = if b[0] <= b'3' { 3 } else { 2 };
            while len < max {
                match b.get(len) {
                    Some(d @ b'0'..=b'7') => {
                        v = v * 8 + (d - b'0') as u32;
                        len += 1;
                    }
                    _ => break,
                }
            }
            (Escape::Octal(v), len)
        }
        '8' | '9' => (Escape::Octal(c as u32), 1),
        other => (Escape::Cp(other as u32), other.len_utf8()),
    }
}

/// Scans a string literal body after its opening quote (`base` is its byte offset).
fn scan_string(s: &str, quote: char, base: usize) -> ScannedString {
    let mut value = Vec::new();
    let mut octal = Vec::new();
    let mut error: Option<(String, Span)> = None;
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or('\0');
        if c == quote {
            return ScannedString {
                len: i + 1,
                value: match error {
                    Some(e) => Err(e),
                    None => Ok(value),
                },
                octal,
            };
        }
        if c == '\n' || c == '\r' {
            break;
        }
        if c == '\\' {
            let (esc, len) = escape(&s[i + 1..]);
            let esc_span = Span::new(base + i, base + i + 1 + len.max(1));
            match esc {
                Escape::Cp(cp) => push_cp(&mut value, cp),
                Escape::Nothing => {}
                Escape::Octal(cp) => {
                    octal.push(esc_span);
                    push_cp(&mut value, cp);
                }
                Escape::Invalid(msg) => {
                    if error.is_none() {
                        error = Some((msg.to_string(), esc_span));
                    }
                }
            }
            i += 1 + len;
            if len == 0 {
                break;
            }
        } else {
            push_cp(&mut value, c as u32);
            i += c.len_utf8();
        }
    }
    // Unterminated: stop at the line end.
    ScannedString {
        len: i,
        value: Err((
            "Invalid or unexpected token".to_string(),
            Span::new(base - 1, base + i),
        )),
        octal,
    }
}

enum TemplateEnd {
    Backtick,
    Substitution,
    Eof,
}

struct ScannedTemplate {
    /// Bytes consumed, the closing `` ` `` or `${` included.
    len: usize,
    cooked: Result<Vec<u16>, String>,
    raw: Vec<u16>,
    end: TemplateEnd,
}

/// Scans template characters (after `` ` `` or `}`) up to and including `` ` `` or `${`.
fn scan_template(s: &str, _base: usize) -> ScannedTemplate {
    let mut cooked = Vec::new();
    let mut raw = Vec::new();
    let mut error: Option<String> = None;
    let mut i = 0;
    let finish = |len, cooked, raw, end, error: Option<String>| ScannedTemplate {
        len,
        cooked: match error {
            Some(e) => Err(e),
            None => Ok(cooked),
        },
        raw,
        end,
    };
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or('\0');
        match c {
            '`' => return finish(i + 1, cooked, raw, TemplateEnd::Backtick, error),
            '$' if s[i + 1..].starts_with('{') => {
                return finish(i + 2, cooked, raw, TemplateEnd::Substitution, error)
            }
            '\r' => {
                // CR and CRLF are normalised to LF in both cooked and raw values.
                cooked.push(0x0A);
                raw.push(0x0A);
                i += if s[i + 1..].starts_with('\n') { 2 } else { 1 };
            }
            '\\' => {
                let (esc, len) = escape(&s[i + 1..]);
                let len = len.max(1).min(s.len() - i - 1);
                // The raw value keeps the escape, with CR and CRLF normalised to LF (§12.9.6
                // TRV of LineTerminatorSequence).
                let mut chars = s[i..i + 1 + len].chars().peekable();
                while let Some(rc) = chars.next() {
                    if rc == '\r' {
                        if chars.peek() != Some(&'\n') {
                            raw.push(0x0A);
                        }
                        continue;
                    }
                    push_cp(&mut raw, rc as u32);
                }
                match esc {
                    Escape::Cp(cp) => push_cp(&mut cooked, cp),
                    Escape::Nothing => {}
                    Escape::Octal(_) => {
                        if error.is_none() {
                            let zero = s[i + 1..].starts_with('0');
                            error = Some(if zero || s[i + 1..].starts_with(['8', '9']) {
                                "\\8 and \\9 are not allowed in template strings".into()
                            } else {
                                "Octal escape sequences are not allowed in template strings".into()
                            });
                            if zero {
                                error = Some(
                                    "Octal escape sequences are not allowed in template strings"
                                        .into(),
                                );
                            }
                        }
                    }
                    Escape::Invalid(msg) => {
                        if error.is_none() {
                            error = Some(msg.into());
                        }
                    }
                }
                i += 1 + len;
                if len == 0 {
                    break;
                }
            }
            _ => {
                push_cp(&mut cooked, c as u32);
                push_cp(&mut raw, c as u32);
                i += c.len_utf8();
            }
        }
    }
    finish(s.len(), cooked, raw, TemplateEnd::Eof, error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Token> {
        let lexed = lex(src);
        assert!(lexed.diagnostics.is_empty(), "{:?}", lexed.diagnostics);
        lexed.tokens.into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn numbers() {
        let n = |s: &str| match kinds(s).as_slice() {
            [Token::Number(v)] => *v,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(n("0"), 0.0);
        assert_eq!(n("1_000"), 1000.0);
        assert_eq!(n(".5"), 0.5);
        assert_eq!(n("1e3"), 1000.0);
        assert_eq!(n("1.5E-2"), 0.015);
        assert_eq!(n("0x1F"), 31.0);
        assert_eq!(n("0o17"), 15.0);
        assert_eq!(n("0b101"), 5.0);
        assert_eq!(n("017"), 15.0);
        assert_eq!(n("019"), 19.0);
        assert_eq!(n("5."), 5.0);
    }

    #[test]
    fn templates_nest() {
        let toks = kinds("`a${ `b${c}` }d`");
        let names: Vec<_> = toks.iter().map(Token::kind_name).collect();
        assert_eq!(
            names,
            [
                "TemplateHead",
                "TemplateHead",
                "Ident",
                "TemplateTail",
                "TemplateTail"
            ]
        );
    }

    #[test]
    fn optional_chaining_vs_conditional() {
        assert_eq!(kinds("a?.b")[1], Token::Punct(Punct::QuestionDot));
        assert_eq!(kinds("a?.5:b")[1], Token::Punct(Punct::Question));
    }
}
