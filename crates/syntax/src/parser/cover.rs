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

/// Whether a `,` lies between `from` and `to` in `source`, outside comments: after a rest
/// element, a trailing comma the literal's tree no longer shows (`[...x,]`, `{...x,}`).
pub(crate) fn comma_between(source: &str, from: usize, to: usize) -> bool {
    let text = source.get(from..to).unwrap_or("");
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after
                .find(['\n', '\r', '\u{2028}', '\u{2029}'])
                .map_or("", |i| &after[i..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |i| &after[i + 2..]);
        } else if c == ',' {
            return true;
        } else {
            rest = &rest[c.len_utf8()..];
        }
    }
    false
}

/// Converts the left-hand side of an assignment. `destructure`: `=` (patterns allowed) rather
/// than a compound operator. `source`: the script's text.
pub(crate) fn expr_to_pattern(e: Expr, destructure: bool, source: &str) -> Result<Pattern, Error> {
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
                expr_to_pattern(*inner, false, source)
            } else {
                Err((LHS, e.span))
            }
        }
        ExprKind::Array(_) | ExprKind::Object(_) if destructure => to_pattern(e, source),
        _ => Err((LHS, e.span)),
    }
}

/// A destructuring assignment target inside a pattern (AssignmentElement's target).
fn target(e: Expr, source: &str) -> Result<Pattern, Error> {
    match e.kind {
        ExprKind::Array(_) | ExprKind::Object(_) => to_pattern(e, source),
        _ => {
            let sp = e.span;
            expr_to_pattern(e, false, source)
                .map_err(|_| ("Invalid destructuring assignment target", sp))
        }
    }
}

/// An element with an optional default: `target = default`.
fn elem(e: Expr, source: &str) -> Result<PatElem, Error> {
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
            target: target(e, source)?,
            default: None,
        }),
    }
}

fn to_pattern(e: Expr, source: &str) -> Result<Pattern, Error> {
    let span = e.span;
    match e.kind {
        ExprKind::Array(items) => {
            let n = items.len();
            let mut elems = Vec::new();
            let mut rest = None;
            for (i, item) in items.into_iter().enumerate() {
                match item {
                    ArrayElement::Hole => elems.push(None),
                    ArrayElement::Expr(x) => elems.push(Some(elem(x, source)?)),
                    ArrayElement::Spread(x) => {
                        // AssignmentRestElement ends the pattern: no elision or comma after
                        // it (§13.15.5).
                        if i + 1 != n
                            || comma_between(source, x.span.end as usize, span.end as usize)
                        {
                            return Err(("Rest element must be last element", x.span));
                        }
                        if matches!(x.kind, ExprKind::Assign { .. }) {
                            return Err(("Invalid destructuring assignment target", x.span));
                        }
                        rest = Some(Box::new(target(x, source)?));
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
                            value: elem(value, source)?,
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
                        if i + 1 != n
                            || comma_between(source, x.span.end as usize, span.end as usize)
                        {
                            return Err(("Rest element must be last element", x.span));
                        }
                        let sp = x.span;
                        match expr_to_pattern(x, false, source) {
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
