//! The grammar proper: statements (§14), expressions (§13), functions and classes (§15),
//! scripts (§16.1), as chumsky combinators.

use super::cover::{comma_between, expr_to_pattern, simple_target};
use super::fast::{self, peek2, Inp};
use super::{span, unexpected, Ctx, In, E, P, S};
use crate::ast::*;
use crate::lexer::{Keyword, Punct, TemplateKind, TemplatePart, Token};
use chumsky::prelude::*;
use chumsky::recursive::Indirect;
use std::cell::OnceCell;
use std::rc::Rc;

type Rec<'t, O> = Recursive<Indirect<'t, 't, In<'t>, O, E<'t>>>;

/// A parser declared before its definition, for the grammar's mutual recursion (statements,
/// assignment expressions, binding patterns, left-hand sides). chumsky's `Recursive::declare`
/// owns its definition strongly, and every clone is strong too: a definition that mentions the
/// parser (or another declared parser that mentions it) would keep itself alive, an `Rc` cycle
/// that leaks the whole grammar on every parse. So the grammar refers to a declared parser only
/// through [`weak`]; the strong handles are owned by the finished script parser ([`owning`]) and
/// freed with it.
type Late<'t, O> = Rc<Rec<'t, O>>;

/// Declares a [`Late`] parser; define it with [`define`].
fn declare<'t, O: 't>() -> Late<'t, O> {
    Rc::new(Recursive::declare())
}

/// Gives a declared parser its definition.
fn define<'t, O: 't>(late: &Late<'t, O>, parser: impl Parser<'t, In<'t>, O, E<'t>> + Clone + 't) {
    // A clone of a declared parser shares its definition cell.
    let mut cell = Rec::clone(late);
    cell.define(parser);
}

/// A reference to a declared parser that does not keep it alive (see [`Late`]).
fn weak<'t, O: 't>(late: &Late<'t, O>) -> impl Parser<'t, In<'t>, O, E<'t>> + Clone {
    let late = Rc::downgrade(late);
    custom(
        move |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            // The script parser owns every declared parser while it runs (`owning`).
            let parser = late
                .upgrade()
                .expect("a declared parser lives as long as the script parser");
            inp.parse(&*parser)
        },
    )
}

/// `parser`, owning `keep` (the strong handles of the declared parsers it uses through
/// [`weak`]) for as long as it lives.
fn owning<'t, O: 't, K: 't>(
    parser: impl Parser<'t, In<'t>, O, E<'t>> + Clone + 't,
    keep: K,
) -> P<'t, O> {
    let keep = Rc::new(keep);
    parser
        .map(move |out| {
            let _owned = &keep;
            out
        })
        .boxed()
}

// ───────────────────────────── token helpers ─────────────────────────────

fn p<'t>(x: Punct) -> impl Parser<'t, In<'t>, Token, E<'t>> + Clone {
    just(Token::Punct(x))
}

/// The `}` that closes a block, a body, a class, an object or a `switch`. The reference
/// grammar takes a `}` missing at the end of the input as an error and closes the braces
/// there, rather than failing the statement around them: that statement's recovery would skip
/// only its first line and parse the rest again, once more for every unclosed brace around it
/// (exponential in the number of unclosed bodies). The error is the one the failure gave
/// ("Unexpected end of input", expecting `}`), found once. The quiet pass (`fast`) only fails.
fn close_brace<'t>(fast: bool) -> P<'t, ()> {
    close(fast, Punct::RBrace)
}

/// The `)` or `]` that closes a parenthesized expression, a condition, an array literal or a
/// computed member: missing at the end of the input, closed there, as [`close_brace`] does
/// for `}` and for the same reason (an unclosed `(` or `[` around unclosed bodies failed every
/// statement around it, and each statement's recovery parsed the rest again: exponential).
fn close<'t>(fast: bool, x: Punct) -> P<'t, ()> {
    if fast {
        p(x).ignored().boxed()
    } else {
        p(x).ignored().recover_with(via_parser(end())).boxed()
    }
}

fn kw<'t>(k: Keyword) -> impl Parser<'t, In<'t>, Token, E<'t>> + Clone {
    just(Token::Keyword(k))
}

/// A contextual keyword (an identifier token with this name).
fn word<'t>(name: &'static str) -> impl Parser<'t, In<'t>, Token, E<'t>> + Clone {
    just(Token::Ident(name.into()))
}

/// Looks at the next token (and whether a line terminator precedes it) without consuming it;
/// succeeds when `f` says so. At the end of input `f` sees `None`.
fn peek<'t>(
    f: impl Fn(Option<&Token>, bool) -> bool + Clone + 't,
) -> impl Parser<'t, In<'t>, (), E<'t>> + Clone {
    custom(
        move |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            let before = inp.cursor();
            let cp = inp.save();
            let tok = inp.next();
            let sp = inp.span_since(&before);
            let nl = tok.is_none() || inp.state().newline_before(sp.start);
            inp.rewind(cp);
            if f(tok.as_ref(), nl) {
                Ok(())
            } else {
                Err(unexpected(tok, sp))
            }
        },
    )
}

/// `[no LineTerminator here]` before the next token.
fn no_nl<'t>() -> impl Parser<'t, In<'t>, (), E<'t>> + Clone {
    peek(|t, nl| t.is_some() && !nl)
}

/// Automatic semicolon insertion (§12.10.1): a `;`, or nothing before `}`, at the end of the
/// input, or before a token on a new line.
fn semi<'t>() -> impl Parser<'t, In<'t>, (), E<'t>> + Clone {
    custom(
        |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            let before = inp.cursor();
            let cp = inp.save();
            let tok = inp.next();
            let sp = inp.span_since(&before);
            match tok {
                Some(Token::Punct(Punct::Semi)) => Ok(()),
                None | Some(Token::Punct(Punct::RBrace)) => {
                    inp.rewind(cp);
                    Ok(())
                }
                Some(t) => {
                    let nl = inp.state().newline_before(sp.start);
                    inp.rewind(cp);
                    if nl {
                        Ok(())
                    } else {
                        Err(<super::Err<'t> as chumsky::label::LabelError<
                            't,
                            In<'t>,
                            chumsky::error::RichPattern<'t, Token>,
                        >>::expected_found(
                            [chumsky::error::RichPattern::Token(
                                chumsky::util::MaybeRef::Val(Token::Punct(Punct::Semi)),
                            )],
                            Some(chumsky::util::MaybeRef::Val(t)),
                            sp,
                        ))
                    }
                }
            }
        },
    )
}

fn custom_err<'t>(sp: S, msg: impl Into<String>) -> super::Err<'t> {
    super::PErr(Some(Box::new(Rich::custom(sp, msg.into()))))
}

/// One level of nesting around `parser`: counts the real depth of the tree being built (whatever
/// separates the levels: brackets, commas, arrows, statements, prefix operators) and refuses to go
/// deeper than the state's limit. Past the limit every nested parser fails at once, so the parse
/// unwinds in linear time and `parse_script` reports the depth alone.
fn nested<'t, O: 't>(parser: impl Parser<'t, In<'t>, O, E<'t>> + Clone + 't) -> P<'t, O> {
    let enter = custom(
        |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            let before = inp.cursor();
            let here = inp.span_since(&before);
            let st = inp.state();
            if st.too_deep.is_none() && st.depth >= st.max_depth {
                st.too_deep = Some(here);
            }
            st.steps += 1;
            if st.gave_up.is_none() && st.steps > st.max_steps {
                st.gave_up = Some(here);
            }
            if st.too_deep.is_some() || st.gave_up.is_some() {
                return Err(custom_err(here, "too deeply nested"));
            }
            st.depth += 1;
            Ok(())
        },
    );
    // On failure the level is left counted: backtracking restores the depth (`PState` is the
    // parser's inspector).
    let leave = custom(
        |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            inp.state().depth -= 1;
            Ok(())
        },
    );
    enter.ignore_then(parser).then_ignore(leave).boxed()
}

fn mk(kind: ExprKind, sp: Span) -> Expr {
    Expr::new(kind, sp)
}

fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(inner) => unparen(inner),
        _ => e,
    }
}

fn with_in<'t, O: 't>(
    parser: impl Parser<'t, In<'t>, O, E<'t>> + Clone + 't,
) -> impl Parser<'t, In<'t>, O, E<'t>> + Clone {
    chumsky::primitive::map_ctx(|c: &Ctx| Ctx { in_: true, ..*c }, parser)
}

fn func_ctx(is_async: bool, is_gen: bool) -> Ctx {
    Ctx {
        in_: true,
        yield_: is_gen,
        await_: is_async,
    }
}

/// The source text of a span: a view into the shared script text, not a copy.
fn source_of(text: &Rc<str>, sp: S) -> SourceText {
    SourceText::new(text.clone(), span(sp))
}

/// Whether a statement list starts with a "use strict" directive (§11.2.1 Directive Prologues).
fn has_use_strict(body: &[Stmt], source: &str) -> bool {
    for stmt in body {
        match &stmt.kind {
            StmtKind::Expr(e) if matches!(e.kind, ExprKind::String(_)) => {
                let text = source.get(e.span.range()).unwrap_or("");
                if text == "'use strict'" || text == "\"use strict\"" {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

type Params = (Vec<PatElem>, Option<Pattern>);

#[allow(clippy::too_many_arguments)]
fn make_function(
    name: Option<Ident>,
    kind: FunctionKind,
    is_async: bool,
    is_generator: bool,
    params: Params,
    body: FunctionBody,
    strict: bool,
    sp: S,
    source: &Rc<str>,
) -> Rc<Function> {
    Rc::new(Function {
        name,
        kind,
        is_async,
        is_generator,
        params: params.0,
        rest: params.1,
        body,
        strict,
        span: span(sp),
        source: source_of(source, sp),
        scope: OnceCell::new(),
        may_use_arguments: true,
    })
}

enum Suffix {
    Member(MemberProp, bool),
    Call(Vec<Argument>, bool),
    Tagged(Rc<Template>),
}

/// One piece of a template literal before it is built.
struct Tpl {
    parts: Vec<Rc<TemplatePart>>,
    exprs: Vec<Expr>,
    sp: S,
}

fn template_part<'t>(
    kind: TemplateKind,
) -> impl Parser<'t, In<'t>, Rc<TemplatePart>, E<'t>> + Clone {
    any()
        .filter(move |t: &Token| matches!(t, Token::Template(part) if part.kind == kind))
        .map(|t| match t {
            Token::Template(part) => part,
            _ => unreachable!("filtered to template tokens"),
        })
        .labelled("template")
}

fn build_template(tpl: Tpl, site_id: u32) -> Rc<Template> {
    Rc::new(Template {
        cooked: tpl.parts.iter().map(|p| p.cooked.clone().ok()).collect(),
        raw: tpl.parts.iter().map(|p| p.raw.clone()).collect(),
        exprs: tpl.exprs,
        span: span(tpl.sp),
        site_id,
    })
}

/// A class element before the class is assembled.
enum Member {
    Empty,
    Method {
        key: PropKey,
        kind: MethodKind,
        is_static: bool,
        func: Rc<Function>,
        sp: S,
    },
    Field {
        key: PropKey,
        is_static: bool,
        value: Option<Box<Expr>>,
        sp: S,
    },
    StaticBlock(Vec<Stmt>),
}

/// A private name as the key of an object literal's or object pattern's property: only classes
/// declare private names (§13.2.5, §14.3.3).
fn no_private_key<'t>(key: &PropKey, emitter: &mut chumsky::input::Emitter<super::Err<'t>>) {
    if let PropKey::Private(id) = key {
        emitter.emit(custom_err(
            SimpleSpan::from(id.span.range()),
            format!("Unexpected identifier '#{}'", id.name),
        ));
    }
}

fn key_name(key: &PropKey) -> Option<String> {
    match key {
        PropKey::Ident(id) => Some(id.name.to_string()),
        PropKey::String(s, _) => Some(String::from_utf16_lossy(s)),
        _ => None,
    }
}

fn key_span(key: &PropKey) -> Option<Span> {
    match key {
        PropKey::Ident(id) | PropKey::Private(id) => Some(id.span),
        PropKey::String(_, sp) | PropKey::Number(_, sp) => Some(*sp),
        PropKey::Computed(e) => Some(e.span),
    }
}

/// The Module goal's grammar: the script grammar with `await` an operator at the top level
/// (`[+Await]` on ModuleItemList, §16.2.1).
pub(crate) fn module<'t>(fast: bool) -> P<'t, Program> {
    chumsky::primitive::map_ctx(|c: &Ctx| Ctx { await_: true, ..*c }, script(fast)).boxed()
}

/// The whole script parser. `fast`: with the shortcuts of the quiet pass ([`super::fast`]),
/// which choose an alternative by the next token instead of trying each in turn; otherwise the
/// reference grammar, whose failures explain errors.
pub(crate) fn script<'t>(fast: bool) -> P<'t, Program> {
    // The declared parsers, owned by the script parser; the grammar refers to them weakly.
    let stmt_late = declare::<Stmt>();
    let assign_late = declare::<Expr>();
    let binding_late = declare::<Pattern>();
    let lhs_late = declare::<Expr>();
    let stmt = weak(&stmt_late);
    let assign = weak(&assign_late);
    let binding = weak(&binding_late);
    let lhs = weak(&lhs_late);

    // ── identifiers and names ──
    let ident_any = select! {
        Token::Ident(name) = e => Ok(Ident { name, span: span(e.span()) }),
        Token::EscapedIdent(name) = e => {
            let sp = span(e.span());
            // A reserved word written with escapes is no identifier (§12.7.2 early errors).
            if Keyword::from_name(&name).is_some() { Err(sp) } else { Ok(Ident { name, span: sp }) }
        },
    }
    .try_map(|r: Result<Ident, Span>, sp| {
        r.map_err(|_| custom_err(sp, "Keyword must not contain escaped characters"))
    })
    .labelled("identifier")
    .boxed();
    // An IdentifierReference / BindingIdentifier / LabelIdentifier: `yield` and `await` are
    // reserved where they are operators.
    let ident = ident_any
        .clone()
        .try_map_with(|id: Ident, e| {
            let ctx: &Ctx = e.ctx();
            if (ctx.yield_ && &*id.name == "yield") || (ctx.await_ && &*id.name == "await") {
                Err(custom_err(
                    e.span(),
                    format!("Unexpected identifier '{}'", id.name),
                ))
            } else {
                Ok(id)
            }
        })
        .boxed();
    let ident_name = select! {
        Token::Ident(name) = e => Ident { name, span: span(e.span()) },
        Token::EscapedIdent(name) = e => Ident { name, span: span(e.span()) },
        Token::Keyword(k) = e => Ident { name: k.as_str().into(), span: span(e.span()) },
    }
    .labelled("property name")
    .boxed();
    let private_name =
        select! { Token::PrivateName(name) = e => Ident { name, span: span(e.span()) } }
            .labelled("private name")
            .boxed();

    let expr = assign
        .clone()
        .separated_by(p(Punct::Comma))
        .at_least(1)
        .collect::<Vec<Expr>>()
        .map_with(|mut list, e| {
            if list.len() == 1 {
                list.pop().expect("one element")
            } else {
                mk(ExprKind::Sequence(list), span(e.span()))
            }
        })
        .boxed();
    let expr_in = with_in(expr.clone()).boxed();
    let assign_in = with_in(assign.clone()).boxed();

    // ── property keys ──
    let prop_key = choice((
        ident_name.clone().map(PropKey::Ident),
        select! {
            Token::String(s) = e => PropKey::String(s, span(e.span())),
            Token::Number(n) = e => PropKey::Number(n, span(e.span())),
            // A BigInt literal names the property ToString(value) (§13.2.5.4).
            Token::BigInt(n) = e => PropKey::String(n.to_string().encode_utf16().collect(), span(e.span())),
        },
        assign_in
            .clone()
            .delimited_by(p(Punct::LBracket), p(Punct::RBracket))
            .map(|e| PropKey::Computed(Box::new(e))),
        private_name.clone().map(PropKey::Private),
    ))
    .boxed();

    // ── binding patterns (§14.3.3) ──
    let pat_elem = binding
        .clone()
        .then(p(Punct::Eq).ignore_then(assign_in.clone()).or_not())
        .map(|(target, default)| PatElem {
            target,
            default: default.map(Box::new),
        })
        .boxed();
    {
        enum ArrItem {
            Elem(PatElem),
            Rest(Pattern, S),
        }
        let array_pat = choice((
            p(Punct::Ellipsis)
                .ignore_then(binding.clone())
                .map_with(|pat, e| ArrItem::Rest(pat, e.span())),
            pat_elem.clone().map(ArrItem::Elem),
        ))
        .or_not()
        .separated_by(p(Punct::Comma))
        .collect::<Vec<_>>()
        .delimited_by(p(Punct::LBracket), p(Punct::RBracket))
        .validate(|mut items, e, emitter| {
            if matches!(items.last(), Some(None)) {
                items.pop();
                // BindingRestElement ends the pattern: `[...x,]` is no ArrayBindingPattern.
                if let Some(Some(ArrItem::Rest(_, sp))) = items.last() {
                    emitter.emit(custom_err(*sp, "Rest element must be last element"));
                }
            }
            let mut elems = Vec::new();
            let mut rest = None;
            let n = items.len();
            for (i, item) in items.into_iter().enumerate() {
                match item {
                    None => elems.push(None),
                    Some(ArrItem::Elem(el)) => elems.push(Some(el)),
                    Some(ArrItem::Rest(pat, sp)) => {
                        if i + 1 != n {
                            emitter.emit(custom_err(sp, "Rest element must be last element"));
                        }
                        rest = Some(Box::new(pat));
                    }
                }
            }
            Pattern::Array {
                elems,
                rest,
                span: span(e.span()),
            }
        });
        enum ObjItem {
            Prop(ObjectPatProp),
            Rest(Pattern, S),
        }
        let obj_pat = choice((
            p(Punct::Ellipsis)
                .ignore_then(ident.clone())
                .map_with(|id, e| ObjItem::Rest(Pattern::Ident(id), e.span())),
            prop_key
                .clone()
                .then_ignore(p(Punct::Colon))
                .then(pat_elem.clone())
                .validate(|(key, value), _, emitter| {
                    no_private_key(&key, emitter);
                    ObjItem::Prop(ObjectPatProp {
                        key,
                        value,
                        shorthand: false,
                    })
                }),
            ident
                .clone()
                .then(p(Punct::Eq).ignore_then(assign_in.clone()).or_not())
                .map(|(id, default)| {
                    ObjItem::Prop(ObjectPatProp {
                        key: PropKey::Ident(id.clone()),
                        value: PatElem {
                            target: Pattern::Ident(id),
                            default: default.map(Box::new),
                        },
                        shorthand: true,
                    })
                }),
        ))
        .separated_by(p(Punct::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(p(Punct::LBrace), close_brace(fast))
        .validate(|items, e, emitter| {
            let mut props = Vec::new();
            let mut rest = None;
            let n = items.len();
            for (i, item) in items.into_iter().enumerate() {
                match item {
                    ObjItem::Prop(prop) => props.push(prop),
                    ObjItem::Rest(pat, sp) => {
                        // BindingRestProperty ends the pattern, without a trailing comma.
                        if i + 1 != n || comma_between(e.state().source, sp.end, e.span().end) {
                            emitter.emit(custom_err(sp, "Rest element must be last element"));
                        }
                        rest = Some(Box::new(pat));
                    }
                }
            }
            Pattern::Object {
                props,
                rest,
                span: span(e.span()),
            }
        });
        define(
            &binding_late,
            nested(
                choice((ident.clone().map(Pattern::Ident), array_pat, obj_pat))
                    .labelled("binding pattern"),
            ),
        );
    }

    // ── functions (§15.1–§15.8) ──
    enum Param {
        Elem(PatElem),
        Rest(Pattern, S),
    }
    let formal_params = choice((
        p(Punct::Ellipsis)
            .ignore_then(binding.clone())
            .map_with(|pat, e| Param::Rest(pat, e.span())),
        pat_elem.clone().map(Param::Elem),
    ))
    .separated_by(p(Punct::Comma))
    .allow_trailing()
    .collect::<Vec<_>>()
    .delimited_by(p(Punct::LParen), p(Punct::RParen))
    .validate(|items, e, emitter| {
        let mut params = Vec::new();
        let mut rest = None;
        let n = items.len();
        for (i, item) in items.into_iter().enumerate() {
            match item {
                Param::Elem(el) => params.push(el),
                Param::Rest(pat, sp) => {
                    let source: &str = e.state().source;
                    let after = source.get(sp.end..).unwrap_or("").trim_start();
                    if i + 1 != n {
                        emitter.emit(custom_err(
                            sp,
                            "Rest parameter must be last formal parameter",
                        ));
                    } else if after.starts_with(',') {
                        // FormalParameters has no `FunctionRestParameter ,` (§15.1).
                        emitter.emit(custom_err(
                            sp,
                            "A rest parameter may not have a trailing comma",
                        ));
                    }
                    rest = Some(pat);
                }
            }
        }
        (params, rest)
    })
    .boxed();

    let stmt_list = stmt.clone().repeated().collect::<Vec<Stmt>>().boxed();
    let block_body = stmt_list
        .clone()
        .delimited_by(p(Punct::LBrace), close_brace(fast))
        .boxed();
    // A function body and whether it has a "use strict" directive.
    let func_body = block_body
        .clone()
        .map_with(|body, e| {
            let strict = has_use_strict(&body, e.state().source);
            (body, strict)
        })
        .boxed();
    let params_body = formal_params.clone().then(func_body.clone()).boxed();
    let tail =
        |is_async: bool, is_gen: bool| params_body.clone().with_ctx(func_ctx(is_async, is_gen));

    let async_kw = word("async").then_ignore(no_nl()).boxed();
    // `function` declarations and expressions (the name is optional here; declarations check).
    // A function's name: checked by early.rs, since a declaration's name follows the
    // enclosing [Yield, Await] and an expression's the function's own (§15.2.1, §15.5.1).
    let fn_name = ident_any.clone();
    let function = choice((
        async_kw
            .clone()
            .ignore_then(kw(Keyword::Function))
            .ignore_then(p(Punct::Star))
            .ignore_then(fn_name.clone().or_not())
            .then(tail(true, true))
            .map(|(n, pb)| (n, true, true, pb)),
        async_kw
            .clone()
            .ignore_then(kw(Keyword::Function))
            .ignore_then(fn_name.clone().or_not())
            .then(tail(true, false))
            .map(|(n, pb)| (n, true, false, pb)),
        kw(Keyword::Function)
            .ignore_then(p(Punct::Star))
            .ignore_then(fn_name.clone().or_not())
            .then(tail(false, true))
            .map(|(n, pb)| (n, false, true, pb)),
        kw(Keyword::Function)
            .ignore_then(fn_name.clone().or_not())
            .then(tail(false, false))
            .map(|(n, pb)| (n, false, false, pb)),
    ))
    .map_with(|(name, is_async, is_gen, (params, (body, strict))), e| {
        make_function(
            name,
            FunctionKind::Normal,
            is_async,
            is_gen,
            params,
            FunctionBody::Block(body),
            strict,
            e.span(),
            &e.state().text,
        )
    })
    .boxed();

    // Concise methods (§15.4): `(key, kind, function)`.
    let method_def = {
        let m = |is_async: bool, is_gen: bool, kind: MethodKind| {
            prop_key
                .clone()
                .then(tail(is_async, is_gen))
                .map(move |(key, pb)| (key, kind, is_async, is_gen, pb))
        };
        let not_key_end = peek(|t, _| {
            !matches!(
                t,
                Some(Token::Punct(
                    Punct::LParen
                        | Punct::Comma
                        | Punct::Colon
                        | Punct::Eq
                        | Punct::Semi
                        | Punct::RBrace
                )) | None
            )
        });
        choice((
            word("get").ignore_then(not_key_end.clone()).ignore_then(m(
                false,
                false,
                MethodKind::Get,
            )),
            word("set").ignore_then(not_key_end.clone()).ignore_then(m(
                false,
                false,
                MethodKind::Set,
            )),
            async_kw.clone().ignore_then(p(Punct::Star)).ignore_then(m(
                true,
                true,
                MethodKind::Method,
            )),
            async_kw
                .clone()
                .ignore_then(not_key_end.clone())
                .ignore_then(m(true, false, MethodKind::Method)),
            p(Punct::Star).ignore_then(m(false, true, MethodKind::Method)),
            m(false, false, MethodKind::Method),
        ))
        .validate(
            |(key, kind, is_async, is_gen, (params, (body, strict))): (
                PropKey,
                MethodKind,
                bool,
                bool,
                (Params, (Vec<Stmt>, bool)),
            ),
             e,
             emitter| {
                let sp = e.span();
                match kind {
                    MethodKind::Get if !params.0.is_empty() || params.1.is_some() => emitter.emit(
                        custom_err(sp, "Getter must not have any formal parameters."),
                    ),
                    MethodKind::Set if params.1.is_some() => emitter.emit(custom_err(
                        sp,
                        "Setter function argument must not be a rest parameter",
                    )),
                    MethodKind::Set if params.0.len() != 1 => emitter.emit(custom_err(
                        sp,
                        "Setter must have exactly one formal parameter.",
                    )),
                    _ => {}
                }
                let func = make_function(
                    None,
                    FunctionKind::Method,
                    is_async,
                    is_gen,
                    params,
                    FunctionBody::Block(body),
                    strict,
                    e.span(),
                    &e.state().text,
                );
                (key, kind, func, e.span())
            },
        )
        .boxed()
    };

    // ── classes (§15.7) ──
    let class_tail = {
        let field = prop_key
            .clone()
            .then(
                p(Punct::Eq)
                    .ignore_then(assign.clone().with_ctx(func_ctx(false, false)))
                    .or_not(),
            )
            .then_ignore(semi())
            .boxed();
        let static_kw = word("static").then_ignore(peek(|t, _| {
            !matches!(
                t,
                Some(Token::Punct(
                    Punct::LParen | Punct::Eq | Punct::Semi | Punct::RBrace
                )) | None
            )
        }));
        let member = choice((
            p(Punct::Semi).map(|_| Member::Empty),
            word("static")
                .ignore_then(block_body.clone().with_ctx(func_ctx(false, false)))
                .map(Member::StaticBlock),
            static_kw.clone().or_not().then(method_def.clone()).map(
                |(st, (key, kind, func, sp))| Member::Method {
                    key,
                    kind,
                    is_static: st.is_some(),
                    func,
                    sp,
                },
            ),
            static_kw
                .clone()
                .or_not()
                .then(field)
                .map_with(|(st, (key, value)), e| Member::Field {
                    key,
                    is_static: st.is_some(),
                    value: value.map(Box::new),
                    sp: e.span(),
                }),
        ))
        .boxed();
        kw(Keyword::Extends)
            .ignore_then(lhs.clone())
            .or_not()
            .then(
                member
                    .repeated()
                    .collect::<Vec<_>>()
                    .delimited_by(p(Punct::LBrace), close_brace(fast)),
            )
            .boxed()
    };
    let class = kw(Keyword::Class)
        .ignore_then(ident.clone().or_not())
        .then(class_tail)
        .validate(|(name, (super_class, members)), e, emitter| {
            let mut constructor: Option<Rc<Function>> = None;
            let mut out = Vec::new();
            for m in members {
                match m {
                    Member::Empty => {}
                    Member::StaticBlock(body) => out.push(ClassMember::StaticBlock(body)),
                    Member::Method {
                        key,
                        kind,
                        is_static,
                        mut func,
                        sp,
                    } => {
                        let name = key_name(&key);
                        let ksp = key_span(&key).map_or(sp, |s| SimpleSpan::from(s.range()));
                        if let Some(f) = Rc::get_mut(&mut func) {
                            f.strict = true;
                        }
                        if is_static && name.as_deref() == Some("prototype") {
                            emitter.emit(custom_err(
                                ksp,
                                "Classes may not have a static property named 'prototype'",
                            ));
                        }
                        if !is_static && name.as_deref() == Some("constructor") {
                            let problem = match kind {
                                MethodKind::Get => Some("Class constructor may not be a getter"),
                                MethodKind::Set => Some("Class constructor may not be a setter"),
                                MethodKind::Method if func.is_async && func.is_generator => {
                                    Some("Class constructor may not be an async method")
                                }
                                MethodKind::Method if func.is_async => {
                                    Some("Class constructor may not be an async method")
                                }
                                MethodKind::Method if func.is_generator => {
                                    Some("Class constructor may not be a generator")
                                }
                                MethodKind::Method => None,
                            };
                            if let Some(msg) = problem {
                                emitter.emit(custom_err(ksp, msg));
                            } else if constructor.is_some() {
                                emitter
                                    .emit(custom_err(ksp, "A class may only have one constructor"));
                            } else {
                                if let Some(f) = Rc::get_mut(&mut func) {
                                    f.kind = FunctionKind::ClassConstructor;
                                }
                                constructor = Some(func);
                                continue;
                            }
                        }
                        if let PropKey::Private(id) = &key {
                            if &*id.name == "constructor" {
                                emitter.emit(custom_err(
                                    ksp,
                                    "Classes may not have a private field named '#constructor'",
                                ));
                            }
                        }
                        out.push(ClassMember::Method {
                            key,
                            kind,
                            is_static,
                            func,
                        });
                    }
                    Member::Field {
                        key,
                        is_static,
                        value,
                        sp,
                    } => {
                        let name = key_name(&key);
                        let ksp = key_span(&key).map_or(sp, |s| SimpleSpan::from(s.range()));
                        if name.as_deref() == Some("constructor") {
                            emitter.emit(custom_err(
                                ksp,
                                "Classes may not have a field named 'constructor'",
                            ));
                        }
                        if is_static && name.as_deref() == Some("prototype") {
                            emitter.emit(custom_err(
                                ksp,
                                "Classes may not have a static property named 'prototype'",
                            ));
                        }
                        if let PropKey::Private(id) = &key {
                            if &*id.name == "constructor" {
                                emitter.emit(custom_err(
                                    ksp,
                                    "Classes may not have a private field named '#constructor'",
                                ));
                            }
                        }
                        out.push(ClassMember::Field {
                            key,
                            is_static,
                            value,
                            span: span(sp),
                        });
                    }
                }
            }
            let sp = e.span();
            Rc::new(Class {
                name,
                super_class: super_class.map(Box::new),
                constructor,
                members: out,
                span: span(e.span()),
                source: source_of(&e.state().text, sp),
            })
        })
        .boxed();

    // ── templates ──
    let template = choice((
        template_part(TemplateKind::NoSubstitution).map_with(|part, e| Tpl {
            parts: vec![part],
            exprs: vec![],
            sp: e.span(),
        }),
        template_part(TemplateKind::Head)
            .then(expr_in.clone())
            .then(
                template_part(TemplateKind::Middle)
                    .then(expr_in.clone())
                    .repeated()
                    .collect::<Vec<_>>(),
            )
            .then(template_part(TemplateKind::Tail))
            .map_with(|(((head, first), middles), tail), e| {
                let mut parts = vec![head];
                let mut exprs = vec![first];
                for (m, x) in middles {
                    parts.push(m);
                    exprs.push(x);
                }
                parts.push(tail);
                Tpl {
                    parts,
                    exprs,
                    sp: e.span(),
                }
            }),
    ))
    .boxed();
    let tagged_template = template
        .clone()
        .map_with(|tpl, e| {
            let site = e.state().next_site;
            e.state().next_site += 1;
            build_template(tpl, site)
        })
        .boxed();
    let untagged_template = template
        .clone()
        .validate(|tpl, e, emitter| {
            for part in &tpl.parts {
                if let Err(msg) = &part.cooked {
                    emitter.emit(custom_err(
                        tpl.sp,
                        format!(
                            "{msg}\ninvalid escape sequence (only allowed in tagged templates)"
                        ),
                    ));
                }
            }
            let site = e.state().next_site;
            e.state().next_site += 1;
            mk(
                ExprKind::Template(build_template(tpl, site)),
                span(e.span()),
            )
        })
        .boxed();

    // ── primary expressions (§13.2) ──
    let array_lit = {
        choice((
            p(Punct::Ellipsis)
                .ignore_then(assign_in.clone())
                .map(ArrayElement::Spread),
            assign_in.clone().map(ArrayElement::Expr),
        ))
        .or_not()
        .separated_by(p(Punct::Comma))
        .collect::<Vec<_>>()
        .delimited_by(p(Punct::LBracket), close(fast, Punct::RBracket))
        .map_with(|mut items, e| {
            if matches!(items.last(), Some(None)) {
                items.pop();
            }
            let elems = items
                .into_iter()
                .map(|i| i.unwrap_or(ArrayElement::Hole))
                .collect();
            mk(ExprKind::Array(elems), span(e.span()))
        })
        .boxed()
    };
    let object_lit = {
        let prop = choice((
            p(Punct::Ellipsis)
                .ignore_then(assign_in.clone())
                .map(PropDef::Spread),
            method_def
                .clone()
                .validate(|(key, kind, func, sp), _, emitter| {
                    if let PropKey::Private(_) = key {
                        emitter.emit(custom_err(
                            sp,
                            "Unexpected identifier\nprivate names are only valid in classes",
                        ));
                    }
                    PropDef::Method { key, kind, func }
                }),
            prop_key
                .clone()
                .then_ignore(p(Punct::Colon))
                .then(assign_in.clone())
                .validate(|(key, value), _, emitter| {
                    no_private_key(&key, emitter);
                    PropDef::KeyValue { key, value }
                }),
            // CoverInitializedName `{ a = 1 }`: only valid once the literal becomes a pattern.
            ident
                .clone()
                .then_ignore(p(Punct::Eq))
                .then(assign_in.clone())
                .map(|(id, value)| {
                    let sp = id.span.to(value.span);
                    PropDef::KeyValue {
                        key: PropKey::Ident(id.clone()),
                        value: mk(
                            ExprKind::Assign {
                                op: AssignOp::Assign,
                                target: Box::new(Pattern::Ident(id)),
                                value: Box::new(value),
                            },
                            sp,
                        ),
                    }
                }),
            ident.clone().map(PropDef::Shorthand),
        ));
        prop.separated_by(p(Punct::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(p(Punct::LBrace), close_brace(fast))
            .map_with(|props, e| mk(ExprKind::Object(props), span(e.span())))
            .boxed()
    };
    let paren = expr_in
        .clone()
        .delimited_by(p(Punct::LParen), close(fast, Punct::RParen))
        .map_with(|inner, e| mk(ExprKind::Paren(Box::new(inner)), span(e.span())))
        .boxed();
    // `/re/` in operand position where the lexer read a division (after `)` or `}` ending a
    // statement head or block, or after `yield`/`await`): the InputElementRegExp goal applies
    // here, so rescan the source from the `/` and skip the tokens the literal covers.
    let regex = custom(
        |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            let before = inp.cursor();
            let cp = inp.save();
            let t = inp.next();
            let sp = inp.span_since(&before);
            if !matches!(t, Some(Token::Punct(Punct::Slash | Punct::SlashEq))) {
                inp.rewind(cp);
                return Err(<super::Err<'t> as chumsky::label::LabelError<
                    't,
                    In<'t>,
                    chumsky::error::RichPattern<'t, Token>,
                >>::expected_found(
                    [chumsky::error::RichPattern::Label(
                        std::borrow::Cow::Borrowed("expression"),
                    )],
                    t.map(chumsky::util::MaybeRef::Val),
                    sp,
                ));
            }
            let source: &'t str = inp.state().source;
            let Some((body_end, len)) = crate::lexer::scan_regex(&source[sp.start..]) else {
                return Err(custom_err(sp, "Invalid regular expression: missing /"));
            };
            let end = sp.start + len;
            // Skip the tokens inside the literal; it must end on a token boundary.
            let mut last_end = sp.end;
            while last_end < end {
                let b = inp.cursor();
                if inp.next().is_none() {
                    break;
                }
                last_end = inp.span_since(&b).end;
            }
            let whole = SimpleSpan::from(sp.start..end);
            if last_end != end {
                return Err(custom_err(whole, "Invalid regular expression: missing /"));
            }
            match crate::lexer::regexp_literal(
                &source[sp.start + 1..sp.start + body_end - 1],
                &source[sp.start + body_end..end],
            ) {
                Ok(lit) => Ok(mk(ExprKind::RegExp(Rc::new(lit)), span(whole))),
                Err(msg) => Err(custom_err(whole, msg)),
            }
        },
    )
    .boxed();
    let this = kw(Keyword::This)
        .map_with(|_, e| mk(ExprKind::This, span(e.span())))
        .boxed();
    let literal = select! {
        Token::Number(n) => ExprKind::Number(n),
        Token::BigInt(n) => ExprKind::BigInt(n),
        Token::String(s) => ExprKind::String(s),
        Token::RegExp(r) => ExprKind::RegExp(r),
        Token::Keyword(Keyword::True) => ExprKind::Bool(true),
        Token::Keyword(Keyword::False) => ExprKind::Bool(false),
        Token::Keyword(Keyword::Null) => ExprKind::Null,
    }
    .map_with(|k, e| mk(k, span(e.span())))
    .boxed();
    let function_expr = function
        .clone()
        .map_with(|f, e| mk(ExprKind::Function(f), span(e.span())))
        .boxed();
    let class_expr = class
        .clone()
        .map_with(|c, e| mk(ExprKind::Class(c), span(e.span())))
        .boxed();
    let ident_expr = ident
        .clone()
        .map(|id| mk(ExprKind::Ident(id.name), id.span))
        .boxed();
    let primary = choice((
        this.clone(),
        // The lexer reported it already; let parsing go on.
        just(Token::Error).map_with(|_, e| mk(ExprKind::Null, span(e.span()))),
        literal.clone(),
        function_expr.clone(),
        class_expr.clone(),
        ident_expr.clone(),
        untagged_template.clone(),
        array_lit.clone(),
        object_lit.clone(),
        paren.clone(),
        regex,
    ))
    .labelled("expression")
    .boxed();
    let primary = if fast {
        custom(move |inp: &mut Inp<'t, '_>| {
            let alt = match inp.peek_ref() {
                Some(Token::Ident(name)) if &**name != "async" => &ident_expr,
                Some(Token::EscapedIdent(_)) => &ident_expr,
                Some(Token::Keyword(Keyword::This)) => &this,
                Some(
                    Token::Number(_)
                    | Token::String(_)
                    | Token::RegExp(_)
                    | Token::Keyword(Keyword::True | Keyword::False | Keyword::Null),
                ) => &literal,
                Some(Token::Keyword(Keyword::Function)) => &function_expr,
                Some(Token::Keyword(Keyword::Class)) => &class_expr,
                Some(Token::Template(_)) => &untagged_template,
                Some(Token::Punct(Punct::LBracket)) => &array_lit,
                Some(Token::Punct(Punct::LBrace)) => &object_lit,
                Some(Token::Punct(Punct::LParen)) => &paren,
                _ => &primary,
            };
            inp.parse(alt)
        })
        .boxed()
    } else {
        primary
    };

    // ── member, call and new expressions (§13.3) ──
    // Arguments (§13.3.8). After an argument only `,` or `)` may follow: V8 then says
    // "missing ) after argument list".
    let args = {
        let item = choice((
            p(Punct::Ellipsis)
                .ignore_then(assign_in.clone())
                .map(Argument::Spread),
            assign_in.clone().map(Argument::Expr),
        ));
        let missing = custom(
            |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| -> Result<Vec<Argument>, super::Err<'t>> {
                let before = inp.cursor();
                let cp = inp.save();
                let _ = inp.next();
                let sp = inp.span_since(&before);
                inp.rewind(cp);
                Err(custom_err(sp, "missing ) after argument list\nexpected `,` or `)`"))
            },
        );
        // The reference grammar closes a list left open at the end of the input there (see
        // `close`), after `(` or `,` as after an argument.
        let missing = if fast {
            missing.boxed()
        } else {
            missing
                .recover_with(via_parser(end().map(|_| Vec::new())))
                .boxed()
        };
        // The arguments after `(` or `,`, in reverse order.
        let tail = recursive(|tail| {
            let list = choice((
                p(Punct::RParen).map(|_| Vec::new()),
                item.then(choice((
                    p(Punct::RParen).map(|_| Vec::new()),
                    p(Punct::Comma).ignore_then(tail),
                    missing,
                )))
                .map(|(a, mut rest): (Argument, Vec<Argument>)| {
                    rest.push(a);
                    rest
                }),
            ));
            if fast {
                list.boxed()
            } else {
                list.recover_with(via_parser(end().map(|_| Vec::new())))
                    .boxed()
            }
        });
        p(Punct::LParen)
            .ignore_then(tail)
            .map(|mut v: Vec<Argument>| {
                v.reverse();
                v
            })
            .boxed()
    };

    let member_prop = choice((
        p(Punct::Dot)
            .ignore_then(ident_name.clone())
            .map(MemberProp::Ident),
        p(Punct::Dot)
            .ignore_then(private_name.clone())
            .map(MemberProp::Private),
        expr_in
            .clone()
            .delimited_by(p(Punct::LBracket), close(fast, Punct::RBracket))
            .map(|e| MemberProp::Computed(Box::new(e))),
    ))
    .boxed();
    let super_member = kw(Keyword::Super)
        .ignore_then(member_prop.clone())
        .validate(|property, e, emitter| {
            // `super.#x` is no MemberExpression (§13.3).
            if let MemberProp::Private(id) = &property {
                emitter.emit(custom_err(
                    SimpleSpan::from(id.span.range()),
                    "Unexpected private field",
                ));
            }
            mk(ExprKind::SuperMember { property }, span(e.span()))
        })
        .boxed();
    let new_target = kw(Keyword::New)
        .then(p(Punct::Dot))
        .then(word("target"))
        .map_with(|_, e| mk(ExprKind::NewTarget, span(e.span())))
        .boxed();
    let apply = |base: Expr, (suffix, end): (Suffix, S)| -> Expr {
        let sp = Span::new(base.span.start as usize, end.end);
        match suffix {
            Suffix::Member(property, optional) => mk(
                ExprKind::Member {
                    object: Box::new(base),
                    property,
                    optional,
                },
                sp,
            ),
            Suffix::Call(args, optional) => mk(
                ExprKind::Call {
                    callee: Box::new(base),
                    args,
                    optional,
                },
                sp,
            ),
            Suffix::Tagged(quasi) => mk(
                ExprKind::TaggedTemplate {
                    tag: Box::new(base),
                    quasi,
                },
                sp,
            ),
        }
    };
    // MemberExpression, NewExpression and CallExpression (§13.3) in one loop: the `new`s in
    // front, one base, then every suffix, each tried once. (Separate suffix loops for the
    // MemberExpression and the CallExpression tried a suffix that had failed once more, and
    // `new X(…` was parsed once with its arguments and once without: the work doubled per
    // level of unclosed brackets.) The suffixes are then given out as the grammar does:
    // arguments close the innermost `new` still open, members and tagged templates extend
    // its callee, and the `new`s left open take no arguments.
    //
    // A `new` that is not `new.target`, with its span.
    let new_kw = kw(Keyword::New)
        .then_ignore(peek(|t, _| !matches!(t, Some(Token::Punct(Punct::Dot)))))
        .map_with(|_, e| e.span());
    let news = new_kw.repeated().at_least(1).collect::<Vec<S>>();
    let super_call = kw(Keyword::Super)
        .ignore_then(args.clone())
        .map_with(|args, e| mk(ExprKind::SuperCall { args }, span(e.span())))
        .boxed();
    let call_suffix = choice((
        member_prop.clone().map(|m| Suffix::Member(m, false)),
        args.clone().map(|a| Suffix::Call(a, false)),
        tagged_template.clone().map(Suffix::Tagged),
        p(Punct::QuestionDot).ignore_then(choice((
            ident_name
                .clone()
                .map(|n| Suffix::Member(MemberProp::Ident(n), true)),
            private_name
                .clone()
                .map(|n| Suffix::Member(MemberProp::Private(n), true)),
            expr_in
                .clone()
                .delimited_by(p(Punct::LBracket), close(fast, Punct::RBracket))
                .map(|x| Suffix::Member(MemberProp::Computed(Box::new(x)), true)),
            args.clone().map(|a| Suffix::Call(a, true)),
        ))),
    ))
    .map_with(|s, e| (s, e.span()))
    .boxed();
    // The quiet pass's suffixes, chosen by their first token.
    let dot_suffix = member_prop
        .clone()
        .map_with(|m, e| (Suffix::Member(m, false), e.span()))
        .boxed();
    let call_args = args
        .clone()
        .map_with(|a, e| (Suffix::Call(a, false), e.span()))
        .boxed();
    let tagged_suffix = tagged_template
        .clone()
        .map_with(|t, e| (Suffix::Tagged(t), e.span()))
        .boxed();
    let lhs_ref = choice((
        news.then(choice((
            new_target.clone(),
            super_member.clone(),
            primary.clone(),
        ))),
        choice((super_call, new_target, super_member, primary.clone())).map(|e| (Vec::new(), e)),
    ))
    .then(call_suffix.clone().repeated().collect::<Vec<_>>())
    .validate(move |((mut open, base), suffixes), _, emitter| {
        // `open`: the `new`s not given their arguments yet, the innermost last.
        let close = |e: Expr, kw: S, args: Vec<Argument>, end: usize| {
            mk(
                ExprKind::New {
                    callee: Box::new(e),
                    args,
                },
                Span::new(kw.start, end),
            )
        };
        let mut e = base;
        let mut chain = false;
        for (s, sp) in suffixes {
            let s = if open.is_empty() {
                s
            } else {
                match s {
                    // (The callee cannot be an optional chain: only the end of this loop
                    // makes one.)
                    Suffix::Call(args, false) => {
                        let kw = open.pop().expect("a new is open");
                        e = close(e, kw, args, sp.end);
                        continue;
                    }
                    s @ (Suffix::Member(_, false) | Suffix::Tagged(_)) => {
                        e = apply(e, (s, sp));
                        continue;
                    }
                    s => {
                        // `?.`: `new X` without arguments cannot be followed by an optional
                        // chain.
                        emitter.emit(custom_err(sp, "Invalid optional chain from new expression"));
                        while let Some(kw) = open.pop() {
                            let end = e.span.end as usize;
                            e = close(e, kw, vec![], end);
                        }
                        s
                    }
                }
            };
            match &s {
                Suffix::Member(_, true) | Suffix::Call(_, true) => chain = true,
                Suffix::Tagged(_) if chain => {
                    emitter.emit(custom_err(sp, "Invalid tagged template on optional chain"))
                }
                _ => {}
            }
            e = apply(e, (s, sp));
        }
        while let Some(kw) = open.pop() {
            let end = e.span.end as usize;
            e = close(e, kw, vec![], end);
        }
        if chain {
            let sp = e.span;
            e = mk(ExprKind::OptionalChain(Box::new(e)), sp);
        }
        e
    })
    .boxed();
    let lhs_def = if fast {
        let primary = primary.clone();
        custom(move |inp: &mut Inp<'t, '_>| {
            // `new` and `super` take the reference path.
            if let Some(Token::Keyword(Keyword::New | Keyword::Super)) = inp.peek_ref() {
                return inp.parse(&lhs_ref);
            }
            let mut e = inp.parse(&primary)?;
            let mut chain = false;
            loop {
                let suffix = match inp.peek_ref() {
                    Some(Token::Punct(Punct::Dot | Punct::LBracket)) => &dot_suffix,
                    Some(Token::Punct(Punct::LParen)) => &call_args,
                    Some(Token::Template(t))
                        if matches!(t.kind, TemplateKind::NoSubstitution | TemplateKind::Head) =>
                    {
                        &tagged_suffix
                    }
                    Some(Token::Punct(Punct::QuestionDot)) => &call_suffix,
                    _ => break,
                };
                // Like `repeated`: a suffix that fails is not part of the expression.
                let cp = inp.save();
                match inp.parse(suffix) {
                    Ok((s, sp)) => {
                        match &s {
                            Suffix::Member(_, true) | Suffix::Call(_, true) => chain = true,
                            Suffix::Tagged(_) if chain => return fast::fail(inp),
                            _ => {}
                        }
                        e = apply(e, (s, sp));
                    }
                    Err(_) => {
                        inp.rewind(cp);
                        break;
                    }
                }
            }
            if chain {
                let sp = e.span;
                e = mk(ExprKind::OptionalChain(Box::new(e)), sp);
            }
            Ok(e)
        })
        .boxed()
    } else {
        lhs_ref
    };
    define(&lhs_late, lhs_def);

    // ── update and unary (§13.4, §13.5) ──
    let update_op = select! {
        Token::Punct(Punct::PlusPlus) => UpdateOp::Inc,
        Token::Punct(Punct::MinusMinus) => UpdateOp::Dec,
    };
    let postfix = lhs
        .clone()
        .then(no_nl().ignore_then(update_op).or_not())
        .validate(|(target, op), e, emitter| match op {
            None => target,
            Some(op) => {
                if !simple_target(&target) {
                    emitter.emit(custom_err(
                        SimpleSpan::from(target.span.range()),
                        "Invalid left-hand side expression in postfix operation",
                    ));
                }
                mk(
                    ExprKind::Update {
                        op,
                        prefix: false,
                        target: Box::new(target),
                    },
                    span(e.span()),
                )
            }
        })
        .boxed();
    let unary: P<'t, Expr> = recursive(|unary| {
        // Each prefix operator is a level of the tree.
        let unary = nested(unary);
        let unary_op = select! {
            Token::Punct(Punct::Minus) => UnaryOp::Minus,
            Token::Punct(Punct::Plus) => UnaryOp::Plus,
            Token::Punct(Punct::Bang) => UnaryOp::Not,
            Token::Punct(Punct::Tilde) => UnaryOp::BitNot,
            Token::Keyword(Keyword::TypeOf) => UnaryOp::TypeOf,
            Token::Keyword(Keyword::Void) => UnaryOp::Void,
            Token::Keyword(Keyword::Delete) => UnaryOp::Delete,
        };
        // `await` as an operator; outside async functions, only when it is clearly meant as
        // one (an operand follows on the same line), to report it well.
        let await_expr = word("await")
            .then_ignore(
                custom(|inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
                    if inp.ctx().await_ {
                        return Ok(());
                    }
                    let before = inp.cursor();
                    let cp = inp.save();
                    let tok = inp.next();
                    let sp = inp.span_since(&before);
                    let nl = inp.state().newline_before(sp.start);
                    inp.rewind(cp);
                    let operand = matches!(
                        tok,
                        Some(
                            Token::Ident(_)
                                | Token::EscapedIdent(_)
                                | Token::Number(_)
                                | Token::BigInt(_)
                                | Token::String(_)
                                | Token::RegExp(_)
                                | Token::Template(_)
                                | Token::Keyword(
                                    Keyword::This
                                        | Keyword::New
                                        | Keyword::Function
                                        | Keyword::Class
                                        | Keyword::Null
                                        | Keyword::True
                                        | Keyword::False
                                        | Keyword::TypeOf
                                        | Keyword::Void
                                        | Keyword::Delete
                                        | Keyword::Super
                                )
                        )
                    );
                    if operand && !nl {
                        Ok(())
                    } else {
                        Err(unexpected(tok, sp))
                    }
                }),
            )
            .ignore_then(unary.clone())
            .validate(|arg: Expr, e, emitter| {
                if !e.ctx().await_ {
                    emitter.emit(custom_err(
                        e.span(),
                        "await is only valid in async functions and the top level bodies of modules",
                    ));
                }
                mk(ExprKind::Await(Box::new(arg)), span(e.span()))
            });
        let alternatives = choice((
            unary_op.then(unary.clone()).validate(|(op, arg): (UnaryOp, Expr), e, emitter| {
                if op == UnaryOp::Delete {
                    if let ExprKind::Member {
                        property: MemberProp::Private(_),
                        ..
                    } = &unparen(&arg).kind
                    {
                        emitter.emit(custom_err(e.span(), "Private fields can not be deleted"));
                    }
                }
                mk(ExprKind::Unary { op, arg: Box::new(arg) }, span(e.span()))
            }),
            update_op.then(unary.clone()).validate(|(op, target): (UpdateOp, Expr), e, emitter| {
                if !simple_target(&target) {
                    emitter.emit(custom_err(
                        SimpleSpan::from(target.span.range()),
                        "Invalid left-hand side expression in prefix operation",
                    ));
                }
                mk(
                    ExprKind::Update {
                        op,
                        prefix: true,
                        target: Box::new(target),
                    },
                    span(e.span()),
                )
            }),
            await_expr,
            postfix.clone(),
        ));
        if fast {
            let slow = alternatives.boxed();
            let postfix = postfix.clone();
            custom(move |inp: &mut Inp<'t, '_>| match inp.peek_ref() {
                Some(
                    Token::Punct(
                        Punct::Minus
                        | Punct::Plus
                        | Punct::Bang
                        | Punct::Tilde
                        | Punct::PlusPlus
                        | Punct::MinusMinus,
                    )
                    | Token::Keyword(Keyword::TypeOf | Keyword::Void | Keyword::Delete),
                ) => inp.parse(&slow),
                Some(Token::Ident(name)) if &**name == "await" => inp.parse(&slow),
                _ => inp.parse(&postfix),
            })
            .boxed()
        } else {
            alternatives.boxed()
        }
    })
    .boxed();

    // ── binary operators (§13.6–§13.12) ──
    let exponent = recursive(|exponent| {
        unary
            .clone()
            .then(p(Punct::StarStar).ignore_then(exponent).or_not())
            .validate(|(left, right): (Expr, Option<Expr>), e, emitter| match right {
                None => left,
                Some(right) => {
                    if matches!(left.kind, ExprKind::Unary { .. } | ExprKind::Await(_)) {
                        emitter.emit(custom_err(
                            SimpleSpan::from(left.span.range()),
                            "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence",
                        ));
                    }
                    mk(
                        ExprKind::Binary {
                            op: BinaryOp::Exp,
                            left: Box::new(left),
                            right: Box::new(right),
                        },
                        span(e.span()),
                    )
                }
            })
    })
    .boxed();
    fn level<'t>(
        lower: P<'t, Expr>,
        op: impl Parser<'t, In<'t>, BinaryOp, E<'t>> + Clone + 't,
    ) -> P<'t, Expr> {
        lower
            .clone()
            .foldl(op.then(lower).repeated(), |left, (op, right)| {
                let sp = left.span.to(right.span);
                mk(
                    ExprKind::Binary {
                        op,
                        left: Box::new(left),
                        right: Box::new(right),
                    },
                    sp,
                )
            })
            .boxed()
    }
    let multiplicative = level(
        exponent,
        select! {
            Token::Punct(Punct::Star) => BinaryOp::Mul,
            Token::Punct(Punct::Slash) => BinaryOp::Div,
            Token::Punct(Punct::Percent) => BinaryOp::Rem,
        },
    );
    let additive = level(
        multiplicative,
        select! {
            Token::Punct(Punct::Plus) => BinaryOp::Add,
            Token::Punct(Punct::Minus) => BinaryOp::Sub,
        },
    );
    let shift = level(
        additive,
        select! {
            Token::Punct(Punct::Shl) => BinaryOp::Shl,
            Token::Punct(Punct::Shr) => BinaryOp::Shr,
            Token::Punct(Punct::UShr) => BinaryOp::UShr,
        },
    );
    let relational = {
        let op = select! {
            Token::Punct(Punct::Lt) => BinaryOp::Lt,
            Token::Punct(Punct::Gt) => BinaryOp::Gt,
            Token::Punct(Punct::LtEq) => BinaryOp::LtEq,
            Token::Punct(Punct::GtEq) => BinaryOp::GtEq,
            Token::Keyword(Keyword::InstanceOf) => BinaryOp::InstanceOf,
        }
        .or(kw(Keyword::In).try_map_with(|_, e| {
            if e.ctx().in_ {
                Ok(BinaryOp::In)
            } else {
                Err(unexpected(Some(Token::Keyword(Keyword::In)), e.span()))
            }
        }));
        // `#x in obj` is a RelationalExpression[+In] only: not in a `for (…;` head.
        let private_in = private_name
            .clone()
            .then_ignore(kw(Keyword::In).try_map_with(|t, e| {
                if e.ctx().in_ {
                    Ok(t)
                } else {
                    Err(unexpected(Some(t), e.span()))
                }
            }))
            .then(shift.clone())
            .map_with(|(name, right), e| {
                mk(
                    ExprKind::PrivateIn {
                        name,
                        right: Box::new(right),
                    },
                    span(e.span()),
                )
            });
        choice((private_in, shift.clone()))
            .foldl(op.then(shift).repeated(), |left, (op, right)| {
                let sp = left.span.to(right.span);
                mk(
                    ExprKind::Binary {
                        op,
                        left: Box::new(left),
                        right: Box::new(right),
                    },
                    sp,
                )
            })
            .boxed()
    };
    let equality = level(
        relational,
        select! {
            Token::Punct(Punct::EqEq) => BinaryOp::Eq,
            Token::Punct(Punct::NotEq) => BinaryOp::NotEq,
            Token::Punct(Punct::EqEqEq) => BinaryOp::StrictEq,
            Token::Punct(Punct::NotEqEq) => BinaryOp::StrictNotEq,
        },
    );
    let bit_and = level(
        equality,
        select! { Token::Punct(Punct::Amp) => BinaryOp::BitAnd },
    );
    let bit_xor = level(
        bit_and,
        select! { Token::Punct(Punct::Caret) => BinaryOp::BitXor },
    );
    let bit_or = level(
        bit_xor,
        select! { Token::Punct(Punct::Pipe) => BinaryOp::BitOr },
    );
    let logical = |lower: P<'t, Expr>, tok: Punct, op: LogicalOp| -> P<'t, Expr> {
        lower
            .clone()
            .foldl(p(tok).ignore_then(lower).repeated(), move |left, right| {
                let sp = left.span.to(right.span);
                mk(
                    ExprKind::Logical {
                        op,
                        left: Box::new(left),
                        right: Box::new(right),
                    },
                    sp,
                )
            })
            .boxed()
    };
    let and = logical(bit_or, Punct::AmpAmp, LogicalOp::And);
    let or = logical(and, Punct::PipePipe, LogicalOp::Or);
    // `??` may not be mixed with `&&` / `||` without parentheses (§13.13 CoalesceExpression).
    let short_circuit = or
        .clone()
        .then(
            p(Punct::QuestionQuestion)
                .ignore_then(or)
                .map_with(|r, e| (r, e.span()))
                .repeated()
                .collect::<Vec<_>>(),
        )
        .validate(|(first, rest): (Expr, Vec<(Expr, S)>), e, emitter| {
            if rest.is_empty() {
                return first;
            }
            // The operator token of an unparenthesized `&&` / `||` operand.
            let mixed = |x: &Expr, source: &str| -> Option<(S, &'static str)> {
                if let ExprKind::Logical {
                    op: op @ (LogicalOp::And | LogicalOp::Or),
                    left,
                    right,
                } = &x.kind
                {
                    let text = if *op == LogicalOp::And { "&&" } else { "||" };
                    let (from, to) = (left.span.end as usize, right.span.start as usize);
                    let at = source.get(from..to).and_then(|s| s.find(text)).map_or(from, |i| from + i);
                    return Some((SimpleSpan::from(at..at + 2), text));
                }
                None
            };
            let source = e.state().source;
            if mixed(&first, source).is_some() {
                let at = rest[0].1.start;
                emitter.emit(custom_err(
                    SimpleSpan::from(at..at + 2),
                    "Unexpected token '??'\ncannot mix `??` with `&&` or `||` without parentheses",
                ));
            }
            let mut left = first;
            for (right, _) in rest {
                if let Some((sp, text)) = mixed(&right, source) {
                    emitter.emit(custom_err(
                        sp,
                        format!("Unexpected token '{text}'\ncannot mix `??` with `&&` or `||` without parentheses"),
                    ));
                }
                let s = left.span.to(right.span);
                left = mk(
                    ExprKind::Logical {
                        op: LogicalOp::Nullish,
                        left: Box::new(left),
                        right: Box::new(right),
                    },
                    s,
                );
            }
            left
        })
        .boxed();
    let short_circuit = if fast {
        let unary = unary.clone();
        custom(move |inp: &mut Inp<'t, '_>| fast::binary(inp, &unary, 0)).boxed()
    } else {
        short_circuit
    };
    let conditional = short_circuit
        .then(
            p(Punct::Question)
                .ignore_then(assign_in.clone())
                .then_ignore(p(Punct::Colon))
                .then(assign.clone())
                .or_not(),
        )
        .map_with(|(test, rest), e| match rest {
            None => test,
            Some((cons, alt)) => mk(
                ExprKind::Conditional {
                    test: Box::new(test),
                    cons: Box::new(cons),
                    alt: Box::new(alt),
                },
                span(e.span()),
            ),
        })
        .boxed();

    // ── arrow functions (§15.3, §15.9) ──
    let arrow_params = choice((
        ident.clone().map(|id| {
            (
                vec![PatElem {
                    target: Pattern::Ident(id),
                    default: None,
                }],
                None,
            )
        }),
        // Only when the matching `)` is followed by `=>`: trying every parenthesized
        // expression as a parameter list would be exponential in nested defaults.
        arrow_ahead().ignore_then(formal_params.clone()),
    ))
    .then_ignore(no_nl())
    .then_ignore(p(Punct::Arrow))
    .boxed();
    let concise_body = |is_async: bool| -> P<'t, (FunctionBody, bool)> {
        choice((
            func_body
                .clone()
                .map(|(body, strict)| (FunctionBody::Block(body), strict))
                .with_ctx(func_ctx(is_async, false)),
            // ExpressionBody's lookahead is not `{` (§15.3): a body that failed as a block
            // is not tried again as an object literal, which would parse it (and every
            // arrow nested in it) once more.
            peek(|t, _| t != Some(&Token::Punct(Punct::LBrace)))
                .ignore_then(chumsky::primitive::map_ctx(
                    move |c: &Ctx| Ctx {
                        in_: c.in_,
                        yield_: false,
                        await_: is_async,
                    },
                    assign.clone(),
                ))
                .map(|x| (FunctionBody::Expr(Box::new(x)), false)),
        ))
        .boxed()
    };
    let arrow = choice((
        async_kw
            .clone()
            .ignore_then(arrow_params.clone().with_ctx(func_ctx(true, false)))
            .then(concise_body(true))
            .map(|x| (true, x)),
        arrow_params.then(concise_body(false)).map(|x| (false, x)),
    ))
    .map_with(|(is_async, (params, (body, strict))), e| {
        let f = make_function(
            None,
            FunctionKind::Arrow,
            is_async,
            false,
            params,
            body,
            strict,
            e.span(),
            &e.state().text,
        );
        mk(ExprKind::Arrow(f), span(e.span()))
    })
    .boxed();

    // ── yield (§15.5) ──
    let yield_expr = word("yield")
        .then(
            no_nl()
                .ignore_then(choice((
                    p(Punct::Star)
                        .ignore_then(assign.clone())
                        .map(|x| (true, Some(x))),
                    assign.clone().map(|x| (false, Some(x))),
                )))
                .or_not(),
        )
        .try_map_with(|(_, arg), e| {
            if !e.ctx().yield_ {
                return Err(unexpected(None, e.span()));
            }
            let (delegate, arg) = arg.unwrap_or((false, None));
            Ok(mk(
                ExprKind::Yield {
                    arg: arg.map(Box::new),
                    delegate,
                },
                span(e.span()),
            ))
        })
        .boxed();

    // ── assignment (§13.15) ──
    let assign_op = select! {
        Token::Punct(Punct::Eq) => AssignOp::Assign,
        Token::Punct(Punct::PlusEq) => AssignOp::Op(BinaryOp::Add),
        Token::Punct(Punct::MinusEq) => AssignOp::Op(BinaryOp::Sub),
        Token::Punct(Punct::StarEq) => AssignOp::Op(BinaryOp::Mul),
        Token::Punct(Punct::SlashEq) => AssignOp::Op(BinaryOp::Div),
        Token::Punct(Punct::PercentEq) => AssignOp::Op(BinaryOp::Rem),
        Token::Punct(Punct::StarStarEq) => AssignOp::Op(BinaryOp::Exp),
        Token::Punct(Punct::ShlEq) => AssignOp::Op(BinaryOp::Shl),
        Token::Punct(Punct::ShrEq) => AssignOp::Op(BinaryOp::Shr),
        Token::Punct(Punct::UShrEq) => AssignOp::Op(BinaryOp::UShr),
        Token::Punct(Punct::AmpEq) => AssignOp::Op(BinaryOp::BitAnd),
        Token::Punct(Punct::PipeEq) => AssignOp::Op(BinaryOp::BitOr),
        Token::Punct(Punct::CaretEq) => AssignOp::Op(BinaryOp::BitXor),
        Token::Punct(Punct::AmpAmpEq) => AssignOp::Logical(LogicalOp::And),
        Token::Punct(Punct::PipePipeEq) => AssignOp::Logical(LogicalOp::Or),
        Token::Punct(Punct::QuestionQuestionEq) => AssignOp::Logical(LogicalOp::Nullish),
    };
    let assignment = conditional
        .then(assign_op.then(assign.clone()).or_not())
        .validate(|(left, rest), e, emitter| match rest {
            None => left,
            Some((op, value)) => {
                let target = match expr_to_pattern(left, op == AssignOp::Assign, e.state().source) {
                    Ok(pat) => pat,
                    Err((msg, sp)) => {
                        emitter.emit(custom_err(SimpleSpan::from(sp.range()), msg));
                        Pattern::Ident(Ident {
                            name: "invalid".into(),
                            span: sp,
                        })
                    }
                };
                mk(
                    ExprKind::Assign {
                        op,
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                    span(e.span()),
                )
            }
        })
        .boxed();
    let assign_def = if fast {
        let any = choice((arrow, yield_expr, assignment.clone())).boxed();
        custom(move |inp: &mut Inp<'t, '_>| {
            // Arrow functions start with `async`, an identifier and `=>`, or `(`; `yield`
            // is an operator in generators; everything else is an assignment.
            let alt = match peek2(inp) {
                (Some(Token::Ident(name)), _, _)
                    if &**name == "async" || (&**name == "yield" && inp.ctx().yield_) =>
                {
                    &any
                }
                (
                    Some(Token::Ident(_) | Token::EscapedIdent(_)),
                    Some(Token::Punct(Punct::Arrow)),
                    _,
                ) => &any,
                (Some(Token::Punct(Punct::LParen)), _, _) => &any,
                _ => &assignment,
            };
            inp.parse(alt)
        })
        .boxed()
    } else {
        choice((arrow, yield_expr, assignment))
            .labelled("expression")
            .boxed()
    };
    define(&assign_late, nested(assign_def));

    // ── statements (§14) ──
    let var_kind = choice((
        kw(Keyword::Var).to(VarKind::Var),
        kw(Keyword::Const).to(VarKind::Const),
        word("let")
            .then_ignore(peek(|t, _| {
                matches!(
                    t,
                    Some(
                        Token::Ident(_)
                            | Token::EscapedIdent(_)
                            | Token::Punct(Punct::LBracket | Punct::LBrace)
                    )
                )
            }))
            .to(VarKind::Let),
    ))
    .boxed();
    // Declarators; `in_for` relaxes the initializer requirements (for-in/of heads check them).
    let declarators = |require_init: bool| {
        var_kind
            .clone()
            .then(
                binding
                    .clone()
                    .then(p(Punct::Eq).ignore_then(assign.clone()).or_not())
                    .map_with(|(target, init), e| VarDeclarator {
                        target,
                        init: init.map(Box::new),
                        span: span(e.span()),
                    })
                    .separated_by(p(Punct::Comma))
                    .at_least(1)
                    .collect::<Vec<_>>(),
            )
            .validate(move |(kind, decls), e, emitter| {
                if require_init {
                    for d in &decls {
                        if d.init.is_none() {
                            let sp = SimpleSpan::from(d.span.range());
                            if kind == VarKind::Const {
                                emitter.emit(custom_err(
                                    sp,
                                    "Missing initializer in const declaration",
                                ));
                            } else if !matches!(d.target, Pattern::Ident(_)) {
                                emitter.emit(custom_err(
                                    sp,
                                    "Missing initializer in destructuring declaration",
                                ));
                            }
                        }
                    }
                }
                VarDecl {
                    kind,
                    decls,
                    span: span(e.span()),
                }
            })
    };
    let var_stmt = declarators(true)
        .then_ignore(semi())
        .map_with(|d, e| Stmt {
            kind: StmtKind::VarDecl(d),
            span: span(e.span()),
        })
        .boxed();

    let paren_expr = expr_in
        .clone()
        .delimited_by(p(Punct::LParen), close(fast, Punct::RParen))
        .boxed();
    let block = block_body
        .clone()
        .map_with(|body, e| Stmt {
            kind: StmtKind::Block(body),
            span: span(e.span()),
        })
        .boxed();
    let st = |kind: StmtKind, sp: S| Stmt {
        kind,
        span: span(sp),
    };

    // The body of `if`, a loop or a label: a single-statement context, where no declaration
    // may stand, so `let` at the end of a line is the identifier `let` and a semicolon is
    // inserted after it (§12.10.1) — unless `[` follows, which ExpressionStatement's
    // lookahead excludes (§14.5); that stays a (misplaced) declaration.
    let body = {
        let let_identifier = expr_in
            .clone()
            .then_ignore(semi())
            .map_with(move |x, e| st(StmtKind::Expr(Box::new(x)), e.span()))
            .boxed();
        let stmt = stmt.clone();
        let body = custom(move |inp: &mut Inp<'t, '_>| match peek2(inp) {
            (Some(Token::Ident(name)), Some(next), true)
                if &**name == "let" && *next != Token::Punct(Punct::LBracket) =>
            {
                inp.parse(&let_identifier)
            }
            _ => inp.parse(&stmt),
        });
        if fast {
            body.boxed()
        } else {
            // A body missing at the end of the input (`if (a)` and nothing after): the
            // reference grammar reports it and goes on, rather than failing the statement
            // around it (see `close`).
            body.recover_with(via_parser(
                end().map_with(move |_, e| st(StmtKind::Empty, e.span())),
            ))
            .boxed()
        }
    };
    let if_stmt = kw(Keyword::If)
        .ignore_then(paren_expr.clone())
        .then(body.clone())
        .then(kw(Keyword::Else).ignore_then(body.clone()).or_not())
        .map_with(move |((test, cons), alt), e| {
            st(
                StmtKind::If {
                    test: Box::new(test),
                    cons: Box::new(cons),
                    alt: alt.map(Box::new),
                },
                e.span(),
            )
        })
        .boxed();
    let while_stmt = kw(Keyword::While)
        .ignore_then(paren_expr.clone())
        .then(body.clone())
        .map_with(move |(test, body), e| {
            st(
                StmtKind::While {
                    test: Box::new(test),
                    body: Box::new(body),
                },
                e.span(),
            )
        })
        .boxed();
    let do_while = kw(Keyword::Do)
        .ignore_then(body.clone())
        .then_ignore(kw(Keyword::While))
        .then(paren_expr.clone())
        // §12.10.1: a semicolon is inserted after `do … while (…)` whatever follows.
        .then_ignore(p(Punct::Semi).or_not())
        .map_with(move |(body, test), e| {
            st(
                StmtKind::DoWhile {
                    body: Box::new(body),
                    test: Box::new(test),
                },
                e.span(),
            )
        })
        .boxed();

    let for_stmt = {
        enum Head {
            In(ForHead, Expr),
            Of(ForHead, Expr),
            Classic(Option<ForInit>, Option<Expr>, Option<Expr>),
        }
        let in_or_of = choice((
            kw(Keyword::In)
                .ignore_then(expr_in.clone())
                .map(|x| (false, x)),
            word("of").ignore_then(assign_in.clone()).map(|x| (true, x)),
        ));
        let decl_head = var_kind
            .clone()
            .then(binding.clone())
            .then(
                p(Punct::Eq)
                    .ignore_then(assign.clone())
                    .map_with(|_, e| e.span())
                    .or_not(),
            )
            .then(in_or_of.clone())
            .validate(|(((kind, target), init), (of, right)), _, emitter| {
                if let Some(sp) = init {
                    emitter.emit(custom_err(
                        sp,
                        if of {
                            "for-of loop variable declaration may not have an initializer."
                        } else {
                            "for-in loop variable declaration may not have an initializer."
                        },
                    ));
                }
                let head = ForHead::Decl { kind, target };
                if of {
                    Head::Of(head, right)
                } else {
                    Head::In(head, right)
                }
            });
        let rest = p(Punct::Semi)
            .ignore_then(expr_in.clone().or_not())
            .then_ignore(p(Punct::Semi))
            .then(expr_in.clone().or_not());
        let classic_decl =
            chumsky::primitive::map_ctx(|c: &Ctx| Ctx { in_: false, ..*c }, declarators(true))
                .then(rest.clone())
                .map(|(d, (test, update))| Head::Classic(Some(ForInit::VarDecl(d)), test, update));
        let expr_head = lhs
            .clone()
            .then(in_or_of)
            .validate(|(left, (of, right)), e, emitter| {
                let target = match expr_to_pattern(left, true, e.state().source) {
                    Ok(p) => p,
                    Err((msg, sp)) => {
                        const REST: &str = "Rest element must be last element";
                        emitter.emit(custom_err(
                            SimpleSpan::from(sp.range()),
                            if msg == REST {
                                REST
                            } else if of {
                                "Invalid left-hand side in for-of loop"
                            } else {
                                "Invalid left-hand side in for-in loop"
                            },
                        ));
                        Pattern::Ident(Ident {
                            name: "invalid".into(),
                            span: sp,
                        })
                    }
                };
                if of {
                    Head::Of(ForHead::Pattern(target), right)
                } else {
                    Head::In(ForHead::Pattern(target), right)
                }
            });
        let classic_expr =
            chumsky::primitive::map_ctx(|c: &Ctx| Ctx { in_: false, ..*c }, expr.clone())
                .or_not()
                .then(rest)
                .map(|(init, (test, update))| {
                    Head::Classic(init.map(|x| ForInit::Expr(Box::new(x))), test, update)
                });
        let head = choice((decl_head, classic_decl, expr_head, classic_expr))
            .delimited_by(p(Punct::LParen), p(Punct::RParen));
        kw(Keyword::For)
            .ignore_then(word("await").or_not())
            .then(head)
            .then(body.clone())
            .validate(|((is_await, head), body), e, emitter| {
                let body = Box::new(body);
                if is_await.is_some() && !e.ctx().await_ {
                    emitter.emit(custom_err(
                        e.span(),
                        "await is only valid in async functions and the top level bodies of modules",
                    ));
                }
                let kind = match head {
                    Head::Of(left, right) => StmtKind::ForOf {
                        left,
                        right: Box::new(right),
                        body,
                        is_await: is_await.is_some(),
                    },
                    Head::In(left, right) => {
                        if is_await.is_some() {
                            emitter.emit(custom_err(e.span(), "Unexpected token 'in'\nfor await needs `of`"));
                        }
                        StmtKind::ForIn {
                            left,
                            right: Box::new(right),
                            body,
                        }
                    }
                    Head::Classic(init, test, update) => {
                        if is_await.is_some() {
                            emitter.emit(custom_err(e.span(), "Unexpected token ';'\nfor await needs `of`"));
                        }
                        StmtKind::For {
                            init,
                            test: test.map(Box::new),
                            update: update.map(Box::new),
                            body,
                        }
                    }
                };
                Stmt {
                    kind,
                    span: span(e.span()),
                }
            })
            .boxed()
    };

    let label = no_nl().ignore_then(ident.clone()).or_not();
    let continue_stmt = kw(Keyword::Continue)
        .ignore_then(label.clone())
        .then_ignore(semi())
        .map_with(move |l, e| st(StmtKind::Continue(l), e.span()))
        .boxed();
    let break_stmt = kw(Keyword::Break)
        .ignore_then(label)
        .then_ignore(semi())
        .map_with(move |l, e| st(StmtKind::Break(l), e.span()))
        .boxed();
    let return_stmt = kw(Keyword::Return)
        .ignore_then(no_nl().ignore_then(expr_in.clone()).or_not())
        .then_ignore(semi())
        .map_with(move |x, e| st(StmtKind::Return(x.map(Box::new)), e.span()))
        .boxed();
    let throw_stmt = kw(Keyword::Throw)
        .ignore_then(custom(
            |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
                let before = inp.cursor();
                let cp = inp.save();
                let tok = inp.next();
                let sp = inp.span_since(&before);
                let nl = tok.is_some() && inp.state().newline_before(sp.start);
                inp.rewind(cp);
                if nl {
                    Err(custom_err(sp, "Illegal newline after throw"))
                } else {
                    Ok(())
                }
            },
        ))
        .ignore_then(expr_in.clone())
        .then_ignore(semi())
        .map_with(move |x, e| st(StmtKind::Throw(Box::new(x)), e.span()))
        .boxed();
    let try_stmt = kw(Keyword::Try)
        .ignore_then(block_body.clone())
        .then(
            kw(Keyword::Catch)
                .ignore_then(
                    binding
                        .clone()
                        .delimited_by(p(Punct::LParen), p(Punct::RParen))
                        .or_not(),
                )
                .then(block_body.clone())
                .map_with(|(param, body), e| CatchClause {
                    param,
                    body,
                    span: span(e.span()),
                })
                .map(Some)
                // Once `catch` is there, the clause must parse (no backtracking past it).
                .or(peek(|t, _| t != Some(&Token::Keyword(Keyword::Catch))).map(|_| None)),
        )
        .then(
            kw(Keyword::Finally)
                .ignore_then(block_body.clone())
                .or_not(),
        )
        .validate(move |((block, handler), finalizer), e, emitter| {
            if handler.is_none() && finalizer.is_none() {
                emitter.emit(custom_err(e.span(), "Missing catch or finally after try"));
            }
            st(
                StmtKind::Try {
                    block,
                    handler,
                    finalizer,
                },
                e.span(),
            )
        })
        .boxed();
    let switch_stmt = {
        let case = choice((
            kw(Keyword::Case).ignore_then(expr_in.clone()).map(Some),
            kw(Keyword::Default).map(|_| None),
        ))
        .then_ignore(p(Punct::Colon))
        .then(stmt_list.clone())
        .map_with(|(test, body), e| SwitchCase {
            test: test.map(Box::new),
            body,
            span: span(e.span()),
        });
        kw(Keyword::Switch)
            .ignore_then(paren_expr.clone())
            .then(
                case.repeated()
                    .collect::<Vec<_>>()
                    .delimited_by(p(Punct::LBrace), close_brace(fast)),
            )
            .validate(move |(discriminant, cases), e, emitter| {
                let mut defaults = cases.iter().filter(|c| c.test.is_none());
                if let (Some(_), Some(second)) = (defaults.next(), defaults.next()) {
                    emitter.emit(custom_err(
                        SimpleSpan::from(second.span.range()),
                        "More than one default clause in switch statement",
                    ));
                }
                st(
                    StmtKind::Switch {
                        discriminant: Box::new(discriminant),
                        cases,
                    },
                    e.span(),
                )
            })
            .boxed()
    };
    let labeled = ident
        .clone()
        .then_ignore(p(Punct::Colon))
        .then(body.clone())
        .map_with(move |(label, body), e| {
            st(
                StmtKind::Labeled {
                    label,
                    body: Box::new(body),
                },
                e.span(),
            )
        })
        .boxed();
    let function_decl = function
        .clone()
        .validate(move |f, e, emitter| {
            if f.name.is_none() {
                emitter.emit(custom_err(
                    e.span(),
                    "Function statements require a function name",
                ));
            }
            st(StmtKind::FunctionDecl(f), e.span())
        })
        .boxed();
    let class_decl = class
        .clone()
        .validate(move |c, e, emitter| {
            if c.name.is_none() {
                // Point at the token after `class`.
                let src: &str = e.state().source;
                let from = e.span().start + "class".len();
                let rest = src.get(from..e.span().end).unwrap_or("");
                let at = from + (rest.len() - rest.trim_start().len());
                let (tok, len) = if c.super_class.is_some() {
                    ("extends", 7)
                } else {
                    ("{", 1)
                };
                emitter.emit(custom_err(
                    SimpleSpan::from(at..at + len),
                    format!("Unexpected token '{tok}'\nclass declarations need a name"),
                ));
            }
            st(StmtKind::ClassDecl(c), e.span())
        })
        .boxed();
    // ExpressionStatement's lookahead (§14.5): not `{`, `function`, `class` or `let [`. And
    // `let` followed by a name or `{` continues as a LexicalDeclaration, so no semicolon is
    // inserted after that `let` (§12.10.1) even on a new line: `let` / `yield 0` is an error.
    let expr_stmt = custom(|inp: &mut Inp<'t, '_>| {
        let (first, second, nl) = peek2(inp);
        let allowed = match first {
            // Nor `async function` (§14.5): a declaration that failed is not tried again as
            // a function expression, which would parse its body (and every async function
            // nested in it) once more.
            Some(Token::Ident(name)) if &**name == "async" => {
                nl || second != Some(&Token::Keyword(Keyword::Function))
            }
            Some(
                Token::Punct(Punct::LBrace) | Token::Keyword(Keyword::Function | Keyword::Class),
            ) => false,
            Some(Token::Ident(name)) if &**name == "let" => !matches!(
                second,
                Some(
                    Token::Ident(_)
                        | Token::EscapedIdent(_)
                        | Token::Punct(Punct::LBracket | Punct::LBrace)
                )
            ),
            _ => true,
        };
        if allowed {
            Ok(())
        } else {
            fast::fail(inp)
        }
    })
    .ignore_then(expr_in.clone())
    .then_ignore(semi())
    .map_with(move |x, e| st(StmtKind::Expr(Box::new(x)), e.span()))
    .boxed();
    let module_item = choice((kw(Keyword::Import), kw(Keyword::Export)))
        .then(skip_rest_of_statement())
        .validate(move |_, e, emitter| {
            emitter.emit(custom_err(
                e.span(),
                "modules are not supported (import/export)\nscripts only: no import or export",
            ));
            st(StmtKind::Empty, e.span())
        })
        .boxed();
    // The body is skipped, not parsed: it would be thrown away, and `with (o)` repeated
    // would nest as deep as it is long.
    let with_stmt = kw(Keyword::With)
        .ignore_then(paren_expr.clone())
        .then(skip_statement())
        .validate(move |_, e, emitter| {
            emitter.emit(custom_err(e.span(), "the with statement is not supported"));
            st(StmtKind::Empty, e.span())
        })
        .boxed();

    let empty = p(Punct::Semi)
        .map_with(move |_, e| st(StmtKind::Empty, e.span()))
        .boxed();
    let debugger = kw(Keyword::Debugger)
        .then_ignore(semi())
        .map_with(move |_, e| st(StmtKind::Debugger, e.span()))
        .boxed();
    let statement = choice((
        block.clone(),
        var_stmt.clone(),
        empty.clone(),
        function_decl.clone(),
        class_decl.clone(),
        if_stmt.clone(),
        for_stmt.clone(),
        while_stmt.clone(),
        do_while.clone(),
        continue_stmt.clone(),
        break_stmt.clone(),
        return_stmt.clone(),
        throw_stmt.clone(),
        try_stmt.clone(),
        switch_stmt.clone(),
        debugger.clone(),
        module_item.clone(),
        with_stmt.clone(),
        labeled.clone(),
        expr_stmt.clone(),
    ))
    .boxed();
    let statement = if fast {
        custom(move |inp: &mut Inp<'t, '_>| {
            let (first, second, nl) = peek2(inp);
            let alt = match first {
                Some(Token::Punct(Punct::LBrace)) => &block,
                Some(Token::Punct(Punct::Semi)) => &empty,
                Some(Token::Keyword(k)) => match k {
                    Keyword::Var | Keyword::Const => &var_stmt,
                    Keyword::Function => &function_decl,
                    Keyword::Class => &class_decl,
                    Keyword::If => &if_stmt,
                    Keyword::For => &for_stmt,
                    Keyword::While => &while_stmt,
                    Keyword::Do => &do_while,
                    Keyword::Continue => &continue_stmt,
                    Keyword::Break => &break_stmt,
                    Keyword::Return => &return_stmt,
                    Keyword::Throw => &throw_stmt,
                    Keyword::Try => &try_stmt,
                    Keyword::Switch => &switch_stmt,
                    Keyword::Debugger => &debugger,
                    Keyword::Import | Keyword::Export => &module_item,
                    Keyword::With => &with_stmt,
                    _ => &expr_stmt,
                },
                // `let` and then a name or a pattern is a declaration (`let` alone may be
                // an identifier).
                Some(Token::Ident(name)) if &**name == "let" => match second {
                    Some(
                        Token::Ident(_)
                        | Token::EscapedIdent(_)
                        | Token::Punct(Punct::LBracket | Punct::LBrace),
                    ) => &var_stmt,
                    _ => &statement,
                },
                Some(Token::Ident(name)) if &**name == "async" => match second {
                    Some(Token::Keyword(Keyword::Function)) if !nl => &function_decl,
                    _ => &statement,
                },
                Some(Token::Ident(_) | Token::EscapedIdent(_))
                    if second == Some(&Token::Punct(Punct::Colon)) =>
                {
                    &labeled
                }
                _ => &expr_stmt,
            };
            inp.parse(alt)
        })
        .boxed()
    } else {
        statement
            .recover_with(via_parser(
                skip_rest_of_statement().map_with(move |_, e| st(StmtKind::Empty, e.span())),
            ))
            .labelled("statement")
            .boxed()
    };
    define(&stmt_late, nested(statement));

    let script = stmt_list.then_ignore(end()).map_with(|body, e| {
        let strict = has_use_strict(&body, e.state().source);
        Program {
            body,
            strict,
            span: span(e.span()),
        }
    });
    owning(script, (stmt_late, assign_late, binding_late, lhs_late))
}

/// Succeeds (consuming nothing) when the next token is `(` and the token after its matching
/// `)` is `=>` on the same line.
fn arrow_ahead<'t>() -> impl Parser<'t, In<'t>, (), E<'t>> + Clone {
    custom(
        |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            let start = inp.save();
            let first = inp.cursor();
            let mut depth = 0usize;
            let mut ok = false;
            let mut first_tok = None;
            while let Some(tok) = inp.next() {
                if first_tok.is_none() {
                    first_tok = Some(tok.clone());
                }
                match tok {
                    Token::Punct(Punct::LParen | Punct::LBracket | Punct::LBrace) => depth += 1,
                    Token::Template(ref t) if t.kind == TemplateKind::Head => depth += 1,
                    Token::Template(ref t) if t.kind == TemplateKind::Tail => {
                        depth = depth.saturating_sub(1)
                    }
                    Token::Punct(Punct::RBracket | Punct::RBrace) => {
                        depth = depth.saturating_sub(1)
                    }
                    Token::Punct(Punct::RParen) => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            let before = inp.cursor();
                            let next = inp.next();
                            let sp = inp.span_since(&before);
                            ok = next == Some(Token::Punct(Punct::Arrow))
                                && !inp.state().newline_before(sp.start);
                            break;
                        }
                    }
                    _ => {}
                }
                if depth == 0 {
                    // The first token was not `(`.
                    break;
                }
            }
            let sp = inp.span_since(&first);
            inp.rewind(start);
            if ok {
                Ok(())
            } else {
                Err(unexpected(first_tok, SimpleSpan::from(sp.start..sp.start)))
            }
        },
    )
}

/// Recovery: skips tokens up to a plausible end of statement — a `;` (consumed), a `}` that
/// closes an enclosing block (not consumed), or a token on a new line at bracket depth 0. Fails
/// without consuming anything if it cannot skip at least one token.
fn skip_rest_of_statement<'t>() -> impl Parser<'t, In<'t>, (), E<'t>> + Clone {
    custom(
        |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            let mut depth = 0usize;
            let mut consumed = 0usize;
            loop {
                let before = inp.cursor();
                let cp = inp.save();
                let Some(tok) = inp.next() else {
                    inp.rewind(cp);
                    break;
                };
                let sp = inp.span_since(&before);
                let nl = inp.state().newline_before(sp.start);
                if consumed == 0 && matches!(tok, Token::Keyword(Keyword::Case | Keyword::Default))
                {
                    // These end a statement list; the enclosing `switch` deals with them.
                    inp.rewind(cp);
                    break;
                }
                if consumed > 0 && nl && (depth == 0 || starts_statement(&tok)) {
                    inp.rewind(cp);
                    break;
                }
                match tok {
                    Token::Punct(Punct::LParen | Punct::LBracket | Punct::LBrace) => depth += 1,
                    Token::Template(ref t) if t.kind == TemplateKind::Head => depth += 1,
                    Token::Template(ref t) if t.kind == TemplateKind::Tail => {
                        depth = depth.saturating_sub(1)
                    }
                    Token::Punct(Punct::RParen | Punct::RBracket) => {
                        depth = depth.saturating_sub(1)
                    }
                    Token::Punct(Punct::RBrace) => {
                        if depth == 0 {
                            inp.rewind(cp);
                            break;
                        }
                        depth -= 1;
                    }
                    Token::Punct(Punct::Semi) if depth == 0 => {
                        consumed += 1;
                        break;
                    }
                    _ => {}
                }
                consumed += 1;
            }
            if consumed == 0 {
                let before = inp.cursor();
                let cp = inp.save();
                let tok = inp.next();
                let sp = inp.span_since(&before);
                inp.rewind(cp);
                return Err(unexpected(tok, sp));
            }
            Ok(())
        },
    )
}

/// Skips one statement without parsing it: a `{…}` block, or tokens up to a `;` at bracket depth 0
/// (consumed) or a bracket that closes an enclosing one (not consumed). Linear, never recursive.
fn skip_statement<'t>() -> impl Parser<'t, In<'t>, (), E<'t>> + Clone {
    custom(
        |inp: &mut chumsky::input::InputRef<'t, '_, In<'t>, E<'t>>| {
            let mut depth = 0usize;
            let mut first = true;
            let mut block = false;
            loop {
                let cp = inp.save();
                let Some(tok) = inp.next() else {
                    inp.rewind(cp);
                    break;
                };
                if first {
                    block = tok == Token::Punct(Punct::LBrace);
                    first = false;
                }
                match tok {
                    Token::Punct(Punct::LParen | Punct::LBracket | Punct::LBrace) => depth += 1,
                    Token::Template(ref t) if t.kind == TemplateKind::Head => depth += 1,
                    Token::Template(ref t) if t.kind == TemplateKind::Tail => {
                        depth = depth.saturating_sub(1)
                    }
                    Token::Punct(Punct::RParen | Punct::RBracket | Punct::RBrace) => {
                        if depth == 0 {
                            inp.rewind(cp);
                            break;
                        }
                        depth -= 1;
                        if block && depth == 0 {
                            break;
                        }
                    }
                    Token::Punct(Punct::Semi) if depth == 0 => break,
                    _ => {}
                }
            }
            Ok(())
        },
    )
}

/// Tokens that (on a new line) almost certainly start a new statement, even if brackets are
/// left open before them.
fn starts_statement(t: &Token) -> bool {
    match t {
        Token::Keyword(k) => matches!(
            k,
            Keyword::Var
                | Keyword::Const
                | Keyword::Function
                | Keyword::Class
                | Keyword::If
                | Keyword::For
                | Keyword::While
                | Keyword::Do
                | Keyword::Return
                | Keyword::Throw
                | Keyword::Try
                | Keyword::Switch
                | Keyword::Break
                | Keyword::Continue
        ),
        Token::Ident(name) => &**name == "let",
        _ => false,
    }
}
