//! How V8 names an expression in its TypeError messages ("o.p is not a function",
//! "{} is not iterable"): a rendering of the AST, not the source text, so `o['p']` reads
//! `o.p` and anything it cannot name reads `(intermediate value)`.

use crate::value::number_to_string;
use mini_js_syntax::ast::*;

const INTERMEDIATE: &str = "(intermediate value)";

/// The expression as V8's CallPrinter renders it.
pub fn call_printer(e: &Expr) -> String {
    let mut out = String::new();
    print_expr(e, &mut out);
    out
}

fn print_expr(e: &Expr, out: &mut String) {
    match &e.kind {
        ExprKind::Ident(name) => out.push_str(name),
        ExprKind::This => out.push_str("this"),
        ExprKind::Null => out.push_str("null"),
        ExprKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        ExprKind::Number(n) => out.push_str(&number_to_string(*n)),
        ExprKind::String(s) => {
            out.push('"');
            out.push_str(&String::from_utf16_lossy(s));
            out.push('"');
        }
        // V8 names a parenthesized optional chain `(intermediate value)`.
        ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::OptionalChain(_)) => {
            out.push_str("(intermediate value)")
        }
        ExprKind::RegExp(r) => {
            out.push('/');
            out.push_str(&r.pattern);
            out.push('/');
            out.push_str(&r.flags);
        }
        ExprKind::Paren(inner) | ExprKind::OptionalChain(inner) => print_expr(inner, out),
        ExprKind::Member {
            object,
            property,
            optional,
        } => {
            print_expr(object, out);
            if *optional {
                out.push_str("?.");
            }
            print_member_prop(property, *optional, out);
        }
        ExprKind::SuperMember { property } => {
            out.push_str("super");
            print_member_prop(property, false, out);
        }
        ExprKind::Call { callee, .. } => {
            print_expr(callee, out);
            out.push_str("(...)");
        }
        ExprKind::Object(props) => {
            out.push('{');
            for _ in props {
                out.push_str(INTERMEDIATE);
            }
            out.push('}');
        }
        ExprKind::Array(elems) => {
            out.push('[');
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match el {
                    ArrayElement::Hole => {}
                    ArrayElement::Expr(x) => print_expr(x, out),
                    ArrayElement::Spread(x) => {
                        out.push_str("(...");
                        print_expr(x, out);
                        out.push(')');
                    }
                }
            }
            out.push(']');
        }
        ExprKind::Unary { op, arg } => {
            let op = match op {
                UnaryOp::Minus => "-",
                UnaryOp::Plus => "+",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "~",
                UnaryOp::TypeOf => "typeof ",
                UnaryOp::Void => "void ",
                UnaryOp::Delete => "delete ",
            };
            out.push('(');
            out.push_str(op);
            print_expr(arg, out);
            out.push(')');
        }
        _ => out.push_str(INTERMEDIATE),
    }
}

/// `.name`, `.#name`, or `[key]`; a string-literal key prints as a dotted name.
fn print_member_prop(p: &MemberProp, after_optional: bool, out: &mut String) {
    match p {
        MemberProp::Ident(id) => {
            if !after_optional {
                out.push('.');
            }
            out.push_str(&id.name);
        }
        MemberProp::Private(id) => {
            if !after_optional {
                out.push('.');
            }
            out.push('#');
            out.push_str(&id.name);
        }
        MemberProp::Computed(k) => match &k.kind {
            ExprKind::String(s) => {
                if !after_optional {
                    out.push('.');
                }
                out.push_str(&String::from_utf16_lossy(s));
            }
            _ => {
                out.push('[');
                print_expr(k, out);
                out.push(']');
            }
        },
    }
}
