//! Cover grammars: turning an expression that turned out to be an assignment target into a
//! [`Pattern`] (ECMA-262 §13.15.5 Destructuring Assignment, AssignmentTargetType).

use crate::ast::*;

/// Whether an expression is a simple assignment target (AssignmentTargetType is simple):
/// an identifier or a property access, possibly parenthesized.
pub(crate) fn simple_target(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_)
        | ExprKind::Member {
            optional: false, ..
        }
        | ExprKind::SuperMember { .. } => true,
        ExprKind::Paren(inner) => simple_target(inner),
        _ => false,
    }
}

/// `{ a = 1 }` in an object literal: a CoverInitializedName, kept as a `KeyValue` whose value
/// is an assignment to the very same identifier token.
pub(crate) fn is_cover_init(key: &PropKey, value: &Expr) -> bool {
    match (key, &value.kind) {
        (
            PropKey::Ident(k),
            ExprKind::Assign {
                op: AssignOp::Assign,
                target,
                ..
            },
        ) => matches!(&**target, Pattern::Ident(t) if t.span == k.span),
        _ => false,
    }
}

type Error = (&'static str, Span);

/// Converts the left-hand side of an assignment. `destructure`: `=` (patterns allowed) rather
/// than a compound operator.
pub(crate) fn expr_to_pattern(e: Expr, destructure: bool) -> Result<Pattern, Error> {
    const LHS: &str = "Invalid left-hand side in assignment";
    match e.kind {
        ExprKind::Ident(name) => Ok(Pattern::Ident(Ident { name, span: e.span })),
        ExprKind::Member {
            optional: false, ..
        }
        | ExprKind::SuperMember { .. } => Ok(Pattern::Expr(Box::new(e))),
        ExprKind::Paren(inner) => {
            if simple_target(&inner) {
                // `(x) = 1`, `(a.b) = 1`: the parentheses do not matter.
                expr_to_pattern(*inner, false)
            } else {
                Err((LHS, e.span))
            }
        }
        ExprKind::Array(_) | ExprKind::Object(_) if destructure => to_pattern(e),
        _ => Err((LHS, e.span)),
    }
}

/// A destructuring assignment target inside a pattern (AssignmentElement's target).
fn target(e: Expr) -> Result<Pattern, Error> {
    match e.kind {
        ExprKind::Array(_) | ExprKind::Object(_) => to_pattern(e),
        _ => {
            let sp = e.span;
            expr_to_pattern(e, false).map_err(|_| ("Invalid destructuring assignment target", sp))
        }
    }
}

/// An element with an optional default: `target = default`.
fn elem(e: Expr) -> Result<PatElem, Error> {
    match e.kind {
        ExprKind::Assign {
            op: AssignOp::Assign,
            target,
            value,
        } => Ok(PatElem {
            target: *target,
            default: Some(value),
        }),
        _ => Ok(PatElem {
            target: target(e)?,
            default: None,
        }),
    }
}

fn to_pattern(e: Expr) -> Result<Pattern, Error> {
    let span = e.span;
    match e.kind {
        ExprKind::Array(items) => {
            let n = items.len();
            let mut elems = Vec::new();
            let mut rest = None;
            for (i, item) in items.into_iter().enumerate() {
                match item {
                    ArrayElement::Hole => elems.push(None),
                    ArrayElement::Expr(x) => elems.push(Some(elem(x)?)),
                    ArrayElement::Spread(x) => {
                        if i + 1 != n {
                            return Err(("Rest element must be last element", x.span));
                        }
                        if matches!(x.kind, ExprKind::Assign { .. }) {
                            return Err(("Invalid destructuring assignment target", x.span));
                        }
                        rest = Some(Box::new(target(x)?));
                    }
                }
            }
            Ok(Pattern::Array { elems, rest, span })
        }
        ExprKind::Object(defs) => {
            let n = defs.len();
            let mut props = Vec::new();
            let mut rest = None;
            for (i, def) in defs.into_iter().enumerate() {
                match def {
                    PropDef::KeyValue { key, value } => {
                        let shorthand = is_cover_init(&key, &value);
                        props.push(ObjectPatProp {
                            key,
                            value: elem(value)?,
                            shorthand,
                        });
                    }
                    PropDef::Shorthand(id) => props.push(ObjectPatProp {
                        key: PropKey::Ident(id.clone()),
                        value: PatElem {
                            target: Pattern::Ident(id),
                            default: None,
                        },
                        shorthand: true,
                    }),
                    PropDef::Method { func, .. } => {
                        return Err(("Invalid destructuring assignment target", func.span));
                    }
                    PropDef::Spread(x) => {
                        if i + 1 != n {
                            return Err(("Rest element must be last element", x.span));
                        }
                        let sp = x.span;
                        match expr_to_pattern(x, false) {
                            Ok(p) => rest = Some(Box::new(p)),
                            Err(_) => return Err(("`...` must be followed by an assignable reference in assignment contexts", sp)),
                        }
                    }
                }
            }
            Ok(Pattern::Object { props, rest, span })
        }
        _ => Err(("Invalid destructuring assignment target", span)),
    }
}
