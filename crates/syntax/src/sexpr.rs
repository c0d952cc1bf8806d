//! A compact s-expression rendering of the AST, for tests and `--dump-ast`. Spans are left out.

use crate::ast::*;
use std::fmt::Write;

/// One line per top-level statement.
pub fn program(p: &Program) -> String {
    let mut out = String::new();
    if p.strict {
        out.push_str("(strict)\n");
    }
    for s in &p.body {
        out.push_str(&stmt(s));
        out.push('\n');
    }
    out
}

fn utf16(s: &[u16]) -> String {
    format!("{:?}", String::from_utf16_lossy(s))
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(" ")
}

pub fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Empty => "(empty)".into(),
        StmtKind::Expr(e) => expr(e),
        StmtKind::VarDecl(d) => var_decl(d),
        StmtKind::FunctionDecl(f) => function(f),
        StmtKind::ClassDecl(c) => class(c),
        StmtKind::Block(b) => format!("(block {})", list(b, stmt)),
        StmtKind::If { test, cons, alt } => match alt {
            Some(alt) => format!("(if {} {} {})", expr(test), stmt(cons), stmt(alt)),
            None => format!("(if {} {})", expr(test), stmt(cons)),
        },
        StmtKind::For {
            init,
            test,
            update,
            body,
        } => format!(
            "(for {} {} {} {})",
            match init {
                None => "_".into(),
                Some(ForInit::VarDecl(d)) => var_decl(d),
                Some(ForInit::Expr(e)) => expr(e),
            },
            test.as_ref().map_or("_".into(), |e| expr(e)),
            update.as_ref().map_or("_".into(), |e| expr(e)),
            stmt(body)
        ),
        StmtKind::ForIn { left, right, body } => {
            format!("(for-in {} {} {})", for_head(left), expr(right), stmt(body))
        }
        StmtKind::ForOf {
            left,
            right,
            body,
            is_await,
        } => format!(
            "({} {} {} {})",
            if *is_await { "for-await-of" } else { "for-of" },
            for_head(left),
            expr(right),
            stmt(body)
        ),
        StmtKind::While { test, body } => format!("(while {} {})", expr(test), stmt(body)),
        StmtKind::DoWhile { body, test } => format!("(do {} {})", stmt(body), expr(test)),
        StmtKind::Return(e) => match e {
            Some(e) => format!("(return {})", expr(e)),
            None => "(return)".into(),
        },
        StmtKind::Break(l) => match l {
            Some(l) => format!("(break {})", l.name),
            None => "(break)".into(),
        },
        StmtKind::Continue(l) => match l {
            Some(l) => format!("(continue {})", l.name),
            None => "(continue)".into(),
        },
        StmtKind::Throw(e) => format!("(throw {})", expr(e)),
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            let mut out = format!("(try (block {})", list(block, stmt));
            if let Some(h) = handler {
                let _ = write!(
                    out,
                    " (catch {} (block {}))",
                    h.param.as_ref().map_or("_".into(), pattern),
                    list(&h.body, stmt)
                );
            }
            if let Some(f) = finalizer {
                let _ = write!(out, " (finally {})", list(f, stmt));
            }
            out.push(')');
            out
        }
        StmtKind::Switch {
            discriminant,
            cases,
        } => format!(
            "(switch {} {})",
            expr(discriminant),
            list(cases, |c| format!(
                "({} {})",
                c.test
                    .as_ref()
                    .map_or("default".into(), |t| format!("case {}", expr(t))),
                list(&c.body, stmt)
            ))
        ),
        StmtKind::Labeled { label, body } => format!("(label {} {})", label.name, stmt(body)),
        StmtKind::Debugger => "(debugger)".into(),
    }
}

fn var_decl(d: &VarDecl) -> String {
    let kind = match d.kind {
        VarKind::Var => "var",
        VarKind::Let => "let",
        VarKind::Const => "const",
    };
    format!(
        "({kind} {})",
        list(&d.decls, |decl| match &decl.init {
            Some(init) => format!("({} {})", pattern(&decl.target), expr(init)),
            None => pattern(&decl.target),
        })
    )
}

fn for_head(h: &ForHead) -> String {
    match h {
        ForHead::Decl { kind, target } => format!("({kind:?} {})", pattern(target)).to_lowercase(),
        ForHead::Pattern(p) => pattern(p),
    }
}

pub fn pattern(p: &Pattern) -> String {
    match p {
        Pattern::Ident(id) => id.name.to_string(),
        Pattern::Expr(e) => expr(e),
        Pattern::Object { props, rest, .. } => {
            let mut parts: Vec<String> = props
                .iter()
                .map(|prop| {
                    if prop.shorthand {
                        pat_elem(&prop.value)
                    } else {
                        format!("({}: {})", prop_key(&prop.key), pat_elem(&prop.value))
                    }
                })
                .collect();
            if let Some(r) = rest {
                parts.push(format!("...{}", pattern(r)));
            }
            format!("{{{}}}", parts.join(" "))
        }
        Pattern::Array { elems, rest, .. } => {
            let mut parts: Vec<String> = elems
                .iter()
                .map(|e| e.as_ref().map_or("_".into(), pat_elem))
                .collect();
            if let Some(r) = rest {
                parts.push(format!("...{}", pattern(r)));
            }
            format!("[{}]", parts.join(" "))
        }
    }
}

fn pat_elem(e: &PatElem) -> String {
    match &e.default {
        Some(d) => format!("(= {} {})", pattern(&e.target), expr(d)),
        None => pattern(&e.target),
    }
}

fn prop_key(k: &PropKey) -> String {
    match k {
        PropKey::Ident(id) => id.name.to_string(),
        PropKey::String(s, _) => utf16(s),
        PropKey::Number(n, _) => format!("{n}"),
        PropKey::Computed(e) => format!("[{}]", expr(e)),
        PropKey::Private(id) => format!("#{}", id.name),
    }
}

fn function(f: &Function) -> String {
    let mut head = String::from(match f.kind {
        FunctionKind::Normal => "function",
        FunctionKind::Arrow => "arrow",
        FunctionKind::Method => "method",
        FunctionKind::ClassConstructor => "constructor",
        FunctionKind::Module => "module",
    });
    if f.is_async {
        head.push_str(" async");
    }
    if f.is_generator {
        head.push('*');
    }
    if f.strict {
        head.push_str(" strict");
    }
    if let Some(n) = &f.name {
        let _ = write!(head, " {}", n.name);
    }
    let mut params: Vec<String> = f.params.iter().map(pat_elem).collect();
    if let Some(r) = &f.rest {
        params.push(format!("...{}", pattern(r)));
    }
    let body = match &f.body {
        FunctionBody::Block(b) => format!("(block {})", list(b, stmt)),
        FunctionBody::Expr(e) => expr(e),
    };
    format!("({head} ({}) {body})", params.join(" "))
}

fn class(c: &Class) -> String {
    let mut out = String::from("(class");
    if let Some(n) = &c.name {
        let _ = write!(out, " {}", n.name);
    }
    if let Some(s) = &c.super_class {
        let _ = write!(out, " (extends {})", expr(s));
    }
    if let Some(ctor) = &c.constructor {
        let _ = write!(out, " {}", function(ctor));
    }
    for m in &c.members {
        out.push(' ');
        match m {
            ClassMember::Method {
                key,
                kind,
                is_static,
                func,
            } => {
                let _ = write!(
                    out,
                    "({}{:?} {} {})",
                    if *is_static { "static " } else { "" },
                    kind,
                    prop_key(key),
                    function(func)
                );
            }
            ClassMember::Field {
                key,
                is_static,
                value,
                ..
            } => {
                let _ = write!(
                    out,
                    "({}field {}{})",
                    if *is_static { "static " } else { "" },
                    prop_key(key),
                    value
                        .as_ref()
                        .map_or(String::new(), |v| format!(" {}", expr(v)))
                );
            }
            ClassMember::StaticBlock(b) => {
                let _ = write!(out, "(static-block {})", list(b, stmt));
            }
        }
    }
    out.push(')');
    out
}

fn args(a: &[Argument]) -> String {
    list(a, |a| match a {
        Argument::Expr(e) => expr(e),
        Argument::Spread(e) => format!("...{}", expr(e)),
    })
}

fn member_prop(p: &MemberProp) -> String {
    match p {
        MemberProp::Ident(id) => id.name.to_string(),
        MemberProp::Computed(e) => format!("[{}]", expr(e)),
        MemberProp::Private(id) => format!("#{}", id.name),
    }
}

fn template(t: &Template) -> String {
    let mut parts = Vec::new();
    for (i, cooked) in t.cooked.iter().enumerate() {
        parts.push(cooked.as_ref().map_or("<invalid>".into(), |c| utf16(c)));
        if let Some(e) = t.exprs.get(i) {
            parts.push(expr(e));
        }
    }
    format!("(template {})", parts.join(" "))
}

fn binary_op(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Rem => "%",
        Exp => "**",
        Shl => "<<",
        Shr => ">>",
        UShr => ">>>",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
        Eq => "==",
        NotEq => "!=",
        StrictEq => "===",
        StrictNotEq => "!==",
        Lt => "<",
        Gt => ">",
        LtEq => "<=",
        GtEq => ">=",
        In => "in",
        InstanceOf => "instanceof",
    }
}

fn logical_op(op: LogicalOp) -> &'static str {
    match op {
        LogicalOp::And => "&&",
        LogicalOp::Or => "||",
        LogicalOp::Nullish => "??",
    }
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Number(n) => format!("{n}"),
        ExprKind::BigInt(n) => format!("{n}n"),
        ExprKind::RegExp(r) => format!("/{}/{}", r.pattern, r.flags),
        ExprKind::String(s) => utf16(s),
        ExprKind::Template(t) => template(t),
        ExprKind::TaggedTemplate { tag, quasi } => {
            format!("(tagged {} {})", expr(tag), template(quasi))
        }
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Null => "null".into(),
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::This => "this".into(),
        ExprKind::Array(items) => format!(
            "[{}]",
            list(items, |i| match i {
                ArrayElement::Hole => "_".into(),
                ArrayElement::Expr(e) => expr(e),
                ArrayElement::Spread(e) => format!("...{}", expr(e)),
            })
        ),
        ExprKind::Object(props) => format!(
            "{{{}}}",
            list(props, |p| match p {
                PropDef::KeyValue { key, value } => format!("({}: {})", prop_key(key), expr(value)),
                PropDef::Shorthand(id) => id.name.to_string(),
                PropDef::Method { key, kind, func } => {
                    format!("({kind:?} {} {})", prop_key(key), function(func))
                }
                PropDef::Spread(e) => format!("...{}", expr(e)),
            })
        ),
        ExprKind::Function(f) | ExprKind::Arrow(f) => function(f),
        ExprKind::Class(c) => class(c),
        ExprKind::Unary { op, arg } => {
            let op = match op {
                UnaryOp::Minus => "-",
                UnaryOp::Plus => "+",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "~",
                UnaryOp::TypeOf => "typeof",
                UnaryOp::Void => "void",
                UnaryOp::Delete => "delete",
            };
            format!("({op} {})", expr(arg))
        }
        ExprKind::Update { op, prefix, target } => {
            let op = match op {
                UpdateOp::Inc => "++",
                UpdateOp::Dec => "--",
            };
            if *prefix {
                format!("({op}pre {})", expr(target))
            } else {
                format!("({op}post {})", expr(target))
            }
        }
        ExprKind::Binary { op, left, right } => {
            format!("({} {} {})", binary_op(*op), expr(left), expr(right))
        }
        ExprKind::PrivateIn { name, right } => format!("(in #{} {})", name.name, expr(right)),
        ExprKind::Logical { op, left, right } => {
            format!("({} {} {})", logical_op(*op), expr(left), expr(right))
        }
        ExprKind::Assign { op, target, value } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Op(b) => format!("{}=", binary_op(*b)),
                AssignOp::Logical(l) => format!("{}=", logical_op(*l)),
            };
            format!("({op} {} {})", pattern(target), expr(value))
        }
        ExprKind::Conditional { test, cons, alt } => {
            format!("(? {} {} {})", expr(test), expr(cons), expr(alt))
        }
        ExprKind::Call {
            callee,
            args: a,
            optional,
        } => {
            format!(
                "({} {}{})",
                if *optional { "call?." } else { "call" },
                expr(callee),
                {
                    let a = args(a);
                    if a.is_empty() {
                        a
                    } else {
                        format!(" {a}")
                    }
                }
            )
        }
        ExprKind::New { callee, args: a } => {
            let a = args(a);
            if a.is_empty() {
                format!("(new {})", expr(callee))
            } else {
                format!("(new {} {a})", expr(callee))
            }
        }
        ExprKind::Member {
            object,
            property,
            optional,
        } => format!(
            "({} {} {})",
            if *optional { "?." } else { "." },
            expr(object),
            member_prop(property)
        ),
        ExprKind::SuperMember { property } => format!("(. super {})", member_prop(property)),
        ExprKind::SuperCall { args: a } => format!("(super-call {})", args(a)),
        ExprKind::OptionalChain(e) => format!("(chain {})", expr(e)),
        ExprKind::Sequence(items) => format!("(, {})", list(items, expr)),
        ExprKind::Yield { arg, delegate } => {
            let kw = if *delegate { "yield*" } else { "yield" };
            match arg {
                Some(a) => format!("({kw} {})", expr(a)),
                None => format!("({kw})"),
            }
        }
        ExprKind::Await(a) => format!("(await {})", expr(a)),
        ExprKind::NewTarget => "new.target".into(),
        ExprKind::Paren(e) => format!("(paren {})", expr(e)),
    }
}
