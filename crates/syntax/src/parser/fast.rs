//! Shortcuts of the quiet pass (see [`super::parse_script_with`]).
//!
//! The reference grammar is a tree of chumsky `choice`s: at every statement, operand and
//! operator it tries alternative after alternative, and each failure is bookkeeping (an error
//! built, compared and merged). The quiet pass instead looks at the next token (or two) and
//! runs the one alternative that can start with it — the one `choice` would have picked — and
//! reads binary operators by precedence climbing instead of through twelve levels of folds.
//!
//! The contract: when the quiet pass succeeds, its tree is the one the reference grammar
//! builds (`tests/parse.rs` compares them). A shortcut may fail where the reference grammar
//! would not (it is then only slower: an input with errors is parsed again by the reference
//! grammar, whose errors are the diagnostics), so every unusual case simply fails or hands
//! over to the reference parser before consuming anything.

use super::{span, unexpected, Ctx, Err, In, E, P};
use crate::ast::{BinaryOp, Expr, ExprKind, Ident, LogicalOp};
use crate::lexer::{Keyword, Punct, Token};
use chumsky::input::InputRef;

pub(super) type Inp<'t, 'p> = InputRef<'t, 'p, In<'t>, E<'t>>;

/// The next token and the one after it, and whether a line terminator precedes the second;
/// consumes nothing.
pub(super) fn peek2<'t>(inp: &mut Inp<'t, '_>) -> (Option<&'t Token>, Option<&'t Token>, bool) {
    let cp = inp.save();
    let first = inp.next_ref();
    let before = inp.cursor();
    let second = inp.next_ref();
    let sp = inp.span_since(&before);
    let nl = second.is_some() && inp.state().newline_before(sp.start);
    inp.rewind(cp);
    (first, second, nl)
}

/// "Unexpected token" at the next token (in the quiet pass errors carry nothing).
pub(super) fn fail<'t, O>(inp: &mut Inp<'t, '_>) -> Result<O, Err<'t>> {
    let cp = inp.save();
    let before = inp.cursor();
    let tok = inp.next_ref().cloned();
    let sp = inp.span_since(&before);
    inp.rewind(cp);
    Err(unexpected(tok, sp))
}

/// A binary operator: a `BinaryOp` or a short-circuit `LogicalOp`.
#[derive(Clone, Copy, PartialEq)]
enum Op {
    Binary(BinaryOp),
    Logical(LogicalOp),
}

/// Precedence of the relational operators: `#x in …` starts a RelationalExpression.
const RELATIONAL: u8 = 8;
/// Precedence of `**`, the only right-associative one.
const EXPONENT: u8 = 12;

/// The binary operator a token is, with its precedence (§13.6–§13.13, from `??` at 1 to `**`
/// at 12). `in` is one only where the grammar has `[+In]`.
fn binary_op(t: &Token, ctx: &Ctx) -> Option<(u8, Op)> {
    use BinaryOp as B;
    let (prec, op) = match t {
        Token::Punct(p) => match p {
            Punct::QuestionQuestion => (1, Op::Logical(LogicalOp::Nullish)),
            Punct::PipePipe => (2, Op::Logical(LogicalOp::Or)),
            Punct::AmpAmp => (3, Op::Logical(LogicalOp::And)),
            Punct::Pipe => (4, Op::Binary(B::BitOr)),
            Punct::Caret => (5, Op::Binary(B::BitXor)),
            Punct::Amp => (6, Op::Binary(B::BitAnd)),
            Punct::EqEq => (7, Op::Binary(B::Eq)),
            Punct::NotEq => (7, Op::Binary(B::NotEq)),
            Punct::EqEqEq => (7, Op::Binary(B::StrictEq)),
            Punct::NotEqEq => (7, Op::Binary(B::StrictNotEq)),
            Punct::Lt => (RELATIONAL, Op::Binary(B::Lt)),
            Punct::Gt => (RELATIONAL, Op::Binary(B::Gt)),
            Punct::LtEq => (RELATIONAL, Op::Binary(B::LtEq)),
            Punct::GtEq => (RELATIONAL, Op::Binary(B::GtEq)),
            Punct::Shl => (9, Op::Binary(B::Shl)),
            Punct::Shr => (9, Op::Binary(B::Shr)),
            Punct::UShr => (9, Op::Binary(B::UShr)),
            Punct::Plus => (10, Op::Binary(B::Add)),
            Punct::Minus => (10, Op::Binary(B::Sub)),
            Punct::Star => (11, Op::Binary(B::Mul)),
            Punct::Slash => (11, Op::Binary(B::Div)),
            Punct::Percent => (11, Op::Binary(B::Rem)),
            Punct::StarStar => (EXPONENT, Op::Binary(B::Exp)),
            _ => return None,
        },
        Token::Keyword(Keyword::InstanceOf) => (RELATIONAL, Op::Binary(B::InstanceOf)),
        Token::Keyword(Keyword::In) if ctx.in_ => (RELATIONAL, Op::Binary(B::In)),
        _ => return None,
    };
    Some((prec, op))
}

/// An unparenthesized `&&` / `||`, which may not be an operand of `??` (§13.13).
fn and_or(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Logical {
            op: LogicalOp::And | LogicalOp::Or,
            ..
        }
    )
}

/// A ShortCircuitExpression (`??`, `||`, `&&` and every binary operator below them) by
/// precedence climbing: operands are UnaryExpressions (`unary`), operators bind at least as
/// tightly as `min`. Builds the tree of the reference grammar's levels (left-associative,
/// `**` right-associative); its early errors (`-a ** b`, `??` mixed with `&&`/`||`) fail, for
/// the reference grammar to explain.
pub(super) fn binary<'t>(
    inp: &mut Inp<'t, '_>,
    unary: &P<'t, Expr>,
    min: u8,
) -> Result<Expr, Err<'t>> {
    let mut left = match inp.peek_ref() {
        // `#x in obj` (§13.10 RelationalExpression : PrivateIdentifier in ShiftExpression).
        Some(Token::PrivateName(name)) if min <= RELATIONAL && inp.ctx().in_ => {
            let before = inp.cursor();
            inp.skip();
            let name = Ident {
                name: name.clone(),
                span: span(inp.span_since(&before)),
            };
            if inp.peek_ref() != Some(&Token::Keyword(Keyword::In)) {
                return fail(inp);
            }
            inp.skip();
            let right = binary(inp, unary, RELATIONAL + 1)?;
            let sp = name.span.to(right.span);
            Expr::new(
                ExprKind::PrivateIn {
                    name,
                    right: Box::new(right),
                },
                sp,
            )
        }
        _ => inp.parse(unary)?,
    };
    while let Some(tok) = inp.peek_ref() {
        let Some((prec, op)) = binary_op(tok, inp.ctx()) else {
            break;
        };
        if prec < min {
            break;
        }
        inp.skip();
        let right = if prec == EXPONENT {
            // The reference grammar's ExponentiationExpression reports `-a ** b`.
            if matches!(left.kind, ExprKind::Unary { .. } | ExprKind::Await(_)) {
                return fail(inp);
            }
            binary(inp, unary, EXPONENT)?
        } else {
            binary(inp, unary, prec + 1)?
        };
        let sp = left.span.to(right.span);
        let kind = match op {
            Op::Binary(op) => ExprKind::Binary {
                op,
                left: Box::new(left),
                right: Box::new(right),
            },
            Op::Logical(op) => {
                if op == LogicalOp::Nullish && ((and_or(&left)) || and_or(&right)) {
                    return fail(inp);
                }
                ExprKind::Logical {
                    op,
                    left: Box::new(left),
                    right: Box::new(right),
                }
            }
        };
        left = Expr::new(kind, sp);
    }
    Ok(left)
}
