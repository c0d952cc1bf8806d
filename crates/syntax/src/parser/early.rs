//! Early errors (ECMA-262 "Static Semantics: Early Errors") that need more than one production
//! to see — redeclarations, labels, `break`/`continue`/`return` targets, `super`, private
//! names, strict mode restrictions — and strictness propagated into nested functions
//! (§11.2.2 Strict Mode Code).

use super::cover::is_cover_init;
use super::is_strict_reserved;
use crate::ast::*;
use crate::lexer::StrictNote;
use crate::Diagnostic;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub(crate) fn check(
    program: &mut Program,
    source: &str,
    notes: &[(Span, StrictNote)],
    diags: &mut Vec<Diagnostic>,
) {
    let mut c = Checker {
        diags,
        funcs: vec![FnCtx {
            strict: program.strict,
            ..FnCtx::default()
        }],
        scopes: vec![Scope {
            function_top: true,
            ..Scope::default()
        }],
        privates: Vec::new(),
        strict_fns: Vec::new(),
        source,
    };
    for s in &mut program.body {
        c.stmt(s);
    }
    // Legacy octal literals and escapes are errors in strict code only.
    for (sp, note) in notes {
        let innermost = c
            .strict_fns
            .iter()
            .filter(|(f, _)| f.start <= sp.start && sp.end <= f.end)
            .min_by_key(|(f, _)| f.end - f.start);
        let strict = innermost.map_or(program.strict, |(_, s)| *s);
        if strict {
            let msg = match note {
                StrictNote::LegacyOctalNumber => "Octal literals are not allowed in strict mode.",
                StrictNote::OctalEscape => "Octal escape sequences are not allowed in strict mode.",
            };
            c.diags
                .push(Diagnostic::syntax(msg, *sp).with_label("not allowed in strict mode"));
        }
    }
}

#[derive(Default)]
struct FnCtx {
    strict: bool,
    /// An arrow function: `arguments` inside it is its enclosing function's.
    arrow: bool,
    /// The code refers to `arguments` (here or in an arrow function inside).
    uses_arguments: bool,
    /// Inside a function (not the script's top level).
    in_function: bool,
    /// In a class field initializer or static block (arrows included): no `arguments`.
    in_initializer: bool,
    super_prop: bool,
    super_call: bool,
    new_target: bool,
    /// `(label, labels an iteration statement)`.
    labels: Vec<(Atom, bool)>,
    loops: usize,
    breakables: usize,
    /// A generator body: `yield` is an operator, never a binding name.
    generator: bool,
    /// An async function body: `await` is an operator, never a binding name.
    is_async: bool,
    /// A class static block: `await` is reserved (an arrow's body inside is not: its
    /// ConciseBody has no [Await] parameter).
    static_block: bool,
    /// Visiting the formal parameters: no `yield`/`await` expressions (§15.5.1, §15.8.1).
    in_params: bool,
}

#[derive(Default)]
struct Scope {
    lexical: HashMap<Atom, Span>,
    /// Names declared by `var` here or in nested blocks (hoisted through this scope).
    vars: HashSet<Atom>,
    params: HashSet<Atom>,
    catch_params: HashSet<Atom>,
    /// Function declarations directly in this block (sloppy duplicates are allowed).
    functions: HashSet<Atom>,
    function_top: bool,
}

struct Checker<'d> {
    diags: &'d mut Vec<Diagnostic>,
    funcs: Vec<FnCtx>,
    scopes: Vec<Scope>,
    /// Private names declared by each enclosing class.
    privates: Vec<HashSet<Atom>>,
    strict_fns: Vec<(Span, bool)>,
    source: &'d str,
}

fn bound_names(p: &Pattern, out: &mut Vec<Ident>) {
    match p {
        Pattern::Ident(id) => out.push(id.clone()),
        Pattern::Expr(_) => {}
        Pattern::Object { props, rest, .. } => {
            for prop in props {
                bound_names(&prop.value.target, out);
            }
            if let Some(r) = rest {
                bound_names(r, out);
            }
        }
        Pattern::Array { elems, rest, .. } => {
            for el in elems.iter().flatten() {
                bound_names(&el.target, out);
            }
            if let Some(r) = rest {
                bound_names(r, out);
            }
        }
    }
}

fn is_iteration(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::For { .. }
        | StmtKind::ForIn { .. }
        | StmtKind::ForOf { .. }
        | StmtKind::While { .. }
        | StmtKind::DoWhile { .. } => true,
        StmtKind::Labeled { body, .. } => is_iteration(body),
        _ => false,
    }
}

impl Checker<'_> {
    fn err(&mut self, msg: impl Into<String>, sp: Span) {
        self.diags
            .push(Diagnostic::syntax(msg, sp).with_label("here"));
    }

    fn err_label(&mut self, msg: impl Into<String>, sp: Span, label: impl Into<String>) {
        self.diags
            .push(Diagnostic::syntax(msg, sp).with_label(label));
    }

    fn f(&mut self) -> &mut FnCtx {
        self.funcs.last_mut().expect("a function context")
    }

    fn strict(&self) -> bool {
        self.funcs.last().is_some_and(|f| f.strict)
    }

    // ── names ──

    /// A BindingIdentifier.
    fn binding_ident(&mut self, id: &Ident) {
        self.yield_await_name(id);
        if self.strict() {
            if &*id.name == "eval" || &*id.name == "arguments" {
                self.err("Unexpected eval or arguments in strict mode", id.span);
            } else if is_strict_reserved(&id.name) {
                self.err("Unexpected strict mode reserved word", id.span);
            }
        }
    }

    /// `yield` in a generator and `await` in an async function or a class static block are
    /// reserved as binding names and labels (§13.1.1 Static Semantics: Early Errors).
    fn yield_await_name(&mut self, id: &Ident) {
        let f = self.funcs.last().expect("a function context");
        let reserved = match &*id.name {
            "yield" => f.generator,
            "await" => f.is_async || f.static_block,
            _ => false,
        };
        if reserved {
            self.err(format!("Unexpected identifier '{}'", id.name), id.span);
        }
    }

    /// An IdentifierReference.
    fn reference(&mut self, name: &Atom, sp: Span) {
        if &**name == "arguments" {
            if let Some(f) = self.funcs.iter_mut().rev().find(|f| !f.arrow) {
                f.uses_arguments = true;
            }
        }
        if &**name == "await" && self.funcs.last().is_some_and(|f| f.static_block) {
            self.err("Unexpected identifier 'await'", sp);
        }
        if self.strict() && is_strict_reserved(name) {
            self.err("Unexpected strict mode reserved word", sp);
        }
    }

    fn declare_lexical(&mut self, id: &Ident, is_function: bool) {
        self.binding_ident(id);
        if &*id.name == "let" && !is_function {
            self.err("let is disallowed as a lexically bound name", id.span);
        }
        let strict = self.strict();
        let scope = self.scopes.last_mut().expect("a scope");
        let sloppy_fn_dup =
            is_function && !strict && scope.functions.contains(&id.name) && !scope.function_top;
        let clash = scope.lexical.contains_key(&id.name)
            || scope.vars.contains(&id.name)
            || scope.catch_params.contains(&id.name)
            || (scope.function_top && scope.params.contains(&id.name));
        if clash && !sloppy_fn_dup {
            self.err_label(
                format!("Identifier '{}' has already been declared", id.name),
                id.span,
                "declared again here",
            );
            return;
        }
        let scope = self.scopes.last_mut().expect("a scope");
        scope.lexical.insert(id.name.clone(), id.span);
        if is_function {
            scope.functions.insert(id.name.clone());
        }
    }

    fn declare_var(&mut self, id: &Ident) {
        self.binding_ident(id);
        let mut clash = false;
        for scope in self.scopes.iter_mut().rev() {
            if scope.lexical.contains_key(&id.name)
                && !(scope.function_top && scope.functions.contains(&id.name))
            {
                clash = true;
            }
            scope.vars.insert(id.name.clone());
            if scope.function_top {
                break;
            }
        }
        if clash {
            self.err_label(
                format!("Identifier '{}' has already been declared", id.name),
                id.span,
                "declared again here",
            );
        }
    }

    fn with_scope(&mut self, scope: Scope, f: impl FnOnce(&mut Self)) {
        self.scopes.push(scope);
        f(self);
        self.scopes.pop();
    }

    // ── statements ──

    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn single_statement(&mut self, s: &mut Stmt) {
        // IsLabelledFunction(Statement) is an error in `if` and loop bodies (§14.6.1,
        // §14.7.1.1).
        if let StmtKind::Labeled { .. } = &s.kind {
            let mut inner: &Stmt = s;
            while let StmtKind::Labeled { body, .. } = &inner.kind {
                inner = body;
            }
            if matches!(inner.kind, StmtKind::FunctionDecl(_)) {
                let sp = inner.span;
                self.err("Labelled functions cannot be the body of if or a loop", sp);
            }
        }
        match &s.kind {
            StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                self.err("Lexical declaration cannot appear in a single-statement context", s.span)
            }
            StmtKind::ClassDecl(_) => {
                self.err("Unexpected token 'class'", s.span);
            }
            StmtKind::FunctionDecl(f) if f.is_generator => self.err(
                "Generators can only be declared at the top level or inside a block.",
                s.span,
            ),
            StmtKind::FunctionDecl(f) if f.is_async => self.err(
                "Async functions can only be declared at the top level or inside a block.",
                s.span,
            ),
            StmtKind::FunctionDecl(_) if self.strict() => self.err(
                "In strict mode code, functions can only be declared at top level or inside a block.",
                s.span,
            ),
            _ => {}
        }
        // A function declaration as the body of `if` gets its own scope (Annex B.3.3).
        self.with_scope(Scope::default(), |c| c.stmt(s));
    }

    fn var_decl(&mut self, d: &mut VarDecl) {
        for decl in &mut d.decls {
            self.pattern(&mut decl.target, true);
            let mut names = Vec::new();
            bound_names(&decl.target, &mut names);
            for id in &names {
                match d.kind {
                    VarKind::Var => self.declare_var(id),
                    _ => self.declare_lexical(id, false),
                }
            }
            if let Some(init) = &mut decl.init {
                self.expr(init);
            }
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s));
    }

    fn stmt_inner(&mut self, s: &mut Stmt) {
        let sp = s.span;
        match &mut s.kind {
            StmtKind::Empty | StmtKind::Debugger => {}
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::VarDecl(d) => self.var_decl(d),
            StmtKind::FunctionDecl(f) => {
                if let Some(name) = &f.name {
                    let top = self.scopes.last().is_some_and(|s| s.function_top);
                    if top {
                        self.binding_ident(name);
                        let name = name.clone();
                        let scope = self.scopes.last_mut().expect("a scope");
                        if scope.lexical.contains_key(&name.name)
                            && !scope.functions.contains(&name.name)
                        {
                            self.err_label(
                                format!("Identifier '{}' has already been declared", name.name),
                                name.span,
                                "declared again here",
                            );
                        } else {
                            scope.vars.insert(name.name.clone());
                            scope.functions.insert(name.name.clone());
                        }
                    } else {
                        let name = name.clone();
                        // Annex B.3.2.4 lets sloppy blocks repeat plain function
                        // declarations only, not generators or async functions.
                        let plain = !f.is_generator && !f.is_async;
                        let dup = self
                            .scopes
                            .last()
                            .is_some_and(|s| s.functions.contains(&name.name));
                        if !plain && dup {
                            self.err_label(
                                format!("Identifier '{}' has already been declared", name.name),
                                name.span,
                                "declared again here",
                            );
                        } else {
                            self.declare_lexical(&name, true);
                            if !plain {
                                let scope = self.scopes.last_mut().expect("a scope");
                                scope.functions.remove(&name.name);
                            }
                        }
                    }
                }
                self.function(f, false);
            }
            StmtKind::ClassDecl(c) => {
                if let Some(name) = &c.name {
                    let name = name.clone();
                    self.declare_lexical(&name, false);
                }
                self.class(c);
            }
            StmtKind::Block(body) => self.with_scope(Scope::default(), |c| c.stmts(body)),
            StmtKind::If { test, cons, alt } => {
                self.expr(test);
                self.single_statement(cons);
                if let Some(alt) = alt {
                    self.single_statement(alt);
                }
            }
            StmtKind::For {
                init,
                test,
                update,
                body,
            } => self.with_scope(Scope::default(), |c| {
                match init {
                    Some(ForInit::VarDecl(d)) => c.var_decl(d),
                    Some(ForInit::Expr(e)) => c.expr(e),
                    None => {}
                }
                if let Some(t) = test {
                    c.expr(t);
                }
                if let Some(u) = update {
                    c.expr(u);
                }
                c.loop_body(body);
            }),
            StmtKind::ForOf {
                left: ForHead::Pattern(Pattern::Ident(id)),
                is_await,
                ..
            } if (&*id.name == "let" || (&*id.name == "async" && !*is_await))
                && self.source.get(id.span.range()) == Some(&*id.name)
                && !self
                    .source
                    .get(id.span.end as usize..)
                    .unwrap_or("")
                    .trim_start()
                    .starts_with(')') =>
            {
                // for ( [lookahead ∉ { let, async of }] LeftHandSideExpression of …) (§14.7.5).
                let msg = format!(
                    "The left-hand side of a for-of loop may not be '{}'",
                    id.name
                );
                let sp = id.span;
                self.err(msg, sp);
            }
            StmtKind::ForIn { left, right, body }
            | StmtKind::ForOf {
                left, right, body, ..
            } => self.with_scope(Scope::default(), |c| {
                c.expr(right);
                match left {
                    ForHead::Decl { kind, target } => {
                        c.pattern(target, true);
                        let mut names = Vec::new();
                        bound_names(target, &mut names);
                        for id in &names {
                            match kind {
                                VarKind::Var => c.declare_var(id),
                                _ => c.declare_lexical(id, false),
                            }
                        }
                    }
                    ForHead::Pattern(p) => c.pattern(p, false),
                }
                c.loop_body(body);
            }),
            StmtKind::While { test, body } => {
                self.expr(test);
                self.loop_body(body);
            }
            StmtKind::DoWhile { body, test } => {
                self.loop_body(body);
                self.expr(test);
            }
            StmtKind::Return(arg) => {
                if !self.funcs.last().is_some_and(|f| f.in_function) {
                    self.err_label("Illegal return statement", sp, "not inside a function");
                }
                if let Some(a) = arg {
                    self.expr(a);
                }
            }
            StmtKind::Break(label) => match label {
                Some(l) => {
                    if !self.f().labels.iter().any(|(n, _)| *n == l.name) {
                        let msg = format!("Undefined label '{}'", l.name);
                        self.err_label(msg, l.span, "no enclosing statement has this label");
                    }
                }
                None => {
                    if self.f().breakables == 0 {
                        self.err_label(
                            "Illegal break statement",
                            sp,
                            "not inside a loop or switch",
                        );
                    }
                }
            },
            StmtKind::Continue(label) => match label {
                Some(l) => match self.f().labels.iter().rev().find(|(n, _)| *n == l.name) {
                    None => {
                        let msg = format!("Undefined label '{}'", l.name);
                        self.err_label(msg, l.span, "no enclosing statement has this label");
                    }
                    Some((_, false)) => {
                        let msg = format!("Illegal continue statement: '{}' does not denote an iteration statement", l.name);
                        self.err(msg, l.span);
                    }
                    Some(_) => {}
                },
                None => {
                    if self.f().loops == 0 {
                        self.err_label(
                            "Illegal continue statement: no surrounding iteration statement",
                            sp,
                            "not inside a loop",
                        );
                    }
                }
            },
            StmtKind::Throw(e) => self.expr(e),
            StmtKind::Try {
                block,
                handler,
                finalizer,
            } => {
                self.with_scope(Scope::default(), |c| c.stmts(block));
                if let Some(h) = handler {
                    let mut scope = Scope::default();
                    if let Some(p) = &mut h.param {
                        self.pattern(p, true);
                        let mut names = Vec::new();
                        bound_names(p, &mut names);
                        let mut seen = HashSet::new();
                        for id in &names {
                            self.binding_ident(id);
                            if !seen.insert(id.name.clone()) {
                                self.err(
                                    format!("Identifier '{}' has already been declared", id.name),
                                    id.span,
                                );
                            }
                        }
                        // `catch (e) { var e }` is allowed (Annex B.3.4) for a simple parameter.
                        if matches!(p, Pattern::Ident(_)) {
                            scope.catch_params = seen;
                        } else {
                            scope.lexical =
                                names.iter().map(|id| (id.name.clone(), id.span)).collect();
                        }
                    }
                    self.with_scope(scope, |c| c.stmts(&mut h.body));
                }
                if let Some(f) = finalizer {
                    self.with_scope(Scope::default(), |c| c.stmts(f));
                }
            }
            StmtKind::Switch {
                discriminant,
                cases,
            } => {
                self.expr(discriminant);
                self.f().breakables += 1;
                self.with_scope(Scope::default(), |c| {
                    for case in cases.iter_mut() {
                        if let Some(t) = &mut case.test {
                            c.expr(t);
                        }
                        c.stmts(&mut case.body);
                    }
                });
                self.f().breakables -= 1;
            }
            StmtKind::Labeled { label, body } => {
                if self.f().labels.iter().any(|(n, _)| *n == label.name) {
                    let msg = format!("Label '{}' has already been declared", label.name);
                    self.err(msg, label.span);
                }
                self.reference(&label.name, label.span);
                self.yield_await_name(&label.clone());
                let is_loop = is_iteration(body);
                self.f().labels.push((label.name.clone(), is_loop));
                // A labelled statement can always be left with `break label`.
                match &body.kind {
                    StmtKind::FunctionDecl(_) if self.strict() => self.err(
                        "In strict mode code, functions can only be declared at top level or inside a block.",
                        body.span,
                    ),
                    // LabelledItem is a plain FunctionDeclaration only (§14.13).
                    StmtKind::FunctionDecl(f) if f.is_generator || f.is_async => self.err(
                        "Generators and async functions cannot be labelled",
                        body.span,
                    ),
                    StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                        self.err("Lexical declaration cannot appear in a single-statement context", body.span)
                    }
                    StmtKind::ClassDecl(_) => self.err("Unexpected token 'class'", body.span),
                    _ => {}
                }
                self.stmt(body);
                self.f().labels.pop();
            }
        }
    }

    fn loop_body(&mut self, body: &mut Stmt) {
        // A function declaration is no Statement (Annex B allows it only as an `if` branch),
        // and IsLabelledFunction(Statement) is an error for every iteration statement
        // (§14.7.1.1).
        // (Labelled ones are caught by single_statement; strict ones there too.)
        if matches!(body.kind, StmtKind::FunctionDecl(_)) && !self.strict() {
            let sp = body.span;
            self.err(
                "Function declarations are not allowed as the body of a loop",
                sp,
            );
        }
        self.f().loops += 1;
        self.f().breakables += 1;
        self.single_statement(body);
        self.f().loops -= 1;
        self.f().breakables -= 1;
    }

    // ── patterns ──

    /// `binding`: a declaration's pattern (names are declared by the caller); otherwise an
    /// assignment target.
    fn pattern(&mut self, p: &mut Pattern, binding: bool) {
        match p {
            Pattern::Ident(id) => {
                if !binding {
                    self.assign_target_ident(&id.clone());
                }
            }
            Pattern::Expr(e) => self.expr(e),
            Pattern::Object { props, rest, .. } => {
                for prop in props {
                    if let PropKey::Computed(k) = &mut prop.key {
                        self.expr(k);
                    }
                    self.pattern(&mut prop.value.target, binding);
                    if let Some(d) = &mut prop.value.default {
                        self.expr(d);
                    }
                }
                if let Some(r) = rest {
                    self.pattern(r, binding);
                }
            }
            Pattern::Array { elems, rest, .. } => {
                for el in elems.iter_mut().flatten() {
                    self.pattern(&mut el.target, binding);
                    if let Some(d) = &mut el.default {
                        self.expr(d);
                    }
                }
                if let Some(r) = rest {
                    self.pattern(r, binding);
                }
            }
        }
    }

    fn assign_target_ident(&mut self, id: &Ident) {
        if self.strict() && (&*id.name == "eval" || &*id.name == "arguments") {
            self.err("Unexpected eval or arguments in strict mode", id.span);
        } else {
            self.reference(&id.name, id.span);
        }
    }

    // ── functions and classes ──

    fn function(&mut self, f: &mut Rc<Function>, method: bool) {
        let parent_strict = self.strict();
        let (inherit_super_prop, inherit_super_call, inherit_new_target, inherit_init) = {
            let p = self.funcs.last().expect("a function context");
            (p.super_prop, p.super_call, p.new_target, p.in_initializer)
        };
        let Some(func) = Rc::get_mut(f) else { return };
        func.strict |= parent_strict;
        let strict = func.strict;
        self.strict_fns.push((func.span, strict));
        let is_arrow = func.kind == FunctionKind::Arrow;
        // An arrow's parameters keep the enclosing static block's [Await]; its body not.
        let params_in_static_block = is_arrow && self.funcs.last().is_some_and(|p| p.static_block);
        let mut ctx = FnCtx {
            strict,
            in_function: true,
            generator: func.is_generator,
            is_async: func.is_async,

            super_prop: method
                || matches!(
                    func.kind,
                    FunctionKind::Method | FunctionKind::ClassConstructor
                ),
            super_call: false,
            new_target: true,
            ..FnCtx::default()
        };
        if is_arrow {
            ctx.in_initializer = inherit_init;
            ctx.super_prop = inherit_super_prop;
            ctx.super_call = inherit_super_call;
            ctx.new_target = inherit_new_target;
        }
        if func.kind == FunctionKind::ClassConstructor {
            // Set by `class` for derived constructors.
            ctx.super_call = method;
        }
        if let Some(name) = &func.name {
            if strict && (&*name.name == "eval" || &*name.name == "arguments") {
                let sp = name.span;
                self.err("Unexpected eval or arguments in strict mode", sp);
            } else if strict && is_strict_reserved(&name.name) {
                let sp = name.span;
                self.err("Unexpected strict mode reserved word", sp);
            }
        }
        ctx.static_block = params_in_static_block;
        ctx.arrow = is_arrow;
        self.funcs.push(ctx);
        // Parameters.
        let simple = func.rest.is_none()
            && func
                .params
                .iter()
                .all(|p| p.default.is_none() && matches!(p.target, Pattern::Ident(_)));
        let mut names = Vec::new();
        for p in &mut func.params {
            bound_names(&p.target, &mut names);
        }
        if let Some(r) = &func.rest {
            bound_names(r, &mut names);
        }
        let mut seen = HashSet::new();
        for id in &names {
            self.binding_ident(id);
            if !seen.insert(id.name.clone())
                && (strict || is_arrow || !simple || func.kind != FunctionKind::Normal)
            {
                self.err(
                    "Duplicate parameter name not allowed in this context",
                    id.span,
                );
            }
        }
        if !simple {
            if let FunctionBody::Block(body) = &func.body {
                // ContainsUseStrict of the body with a non-simple parameter list is an error
                // whether or not the surrounding code is already strict (§15.2.1).
                let prologue = body.iter().take_while(|s| {
                    matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::String(_)))
                });
                if let Some(d) = prologue.into_iter().find(|s| is_use_strict_directive(s)) {
                    let sp = d.span;
                    self.err(
                        "Illegal 'use strict' directive in function with non-simple parameter list",
                        sp,
                    );
                }
            }
        }
        let scope = Scope {
            function_top: true,
            params: seen,
            ..Scope::default()
        };
        self.scopes.push(scope);
        self.f().in_params = true;
        for p in &mut func.params {
            self.pattern(&mut p.target, true);
            if let Some(d) = &mut p.default {
                self.expr(d);
            }
        }
        if let Some(r) = &mut func.rest {
            self.pattern(r, true);
        }
        self.f().in_params = false;
        self.f().static_block = false;
        match &mut func.body {
            FunctionBody::Block(body) => self.stmts(body),
            FunctionBody::Expr(e) => self.expr(e),
        }
        self.scopes.pop();
        let ctx = self.funcs.pop().expect("pushed above");
        func.may_use_arguments = ctx.uses_arguments || is_arrow;
    }

    fn class(&mut self, c: &mut Rc<Class>) {
        let Some(class) = Rc::get_mut(c) else { return };
        let derived = class.super_class.is_some();
        // The heritage is evaluated outside the class's private scope but in strict mode.
        let saved = self.f().strict;
        self.f().strict = true;
        // The name too is strict mode code: `class let {}`, `class yield {}` are errors.
        if let Some(name) = &class.name {
            self.binding_ident(name);
        }
        if let Some(h) = &mut class.super_class {
            self.expr(h);
        }
        // Private names declared by this class.
        // (get, set, other, whether the accessors are static): a getter and a setter may share a
        // name when both are static or neither is.
        let mut privates: HashMap<Atom, (bool, bool, bool, Option<bool>)> = HashMap::new();
        for m in &class.members {
            let (key, kind, is_static) = match m {
                ClassMember::Method {
                    key,
                    kind,
                    is_static,
                    ..
                } => (key, Some(*kind), *is_static),
                ClassMember::Field { key, is_static, .. } => (key, None, *is_static),
                ClassMember::StaticBlock(_) => continue,
            };
            if let PropKey::Private(id) = key {
                let entry = privates
                    .entry(id.name.clone())
                    .or_insert((false, false, false, None));
                let mismatch = entry.3.is_some_and(|s| s != is_static);
                let dup = match kind {
                    Some(MethodKind::Get) => {
                        let d = entry.0 || entry.2 || mismatch;
                        entry.0 = true;
                        entry.3 = Some(is_static);
                        d
                    }
                    Some(MethodKind::Set) => {
                        let d = entry.1 || entry.2 || mismatch;
                        entry.1 = true;
                        entry.3 = Some(is_static);
                        d
                    }
                    _ => {
                        let d = entry.0 || entry.1 || entry.2;
                        entry.2 = true;
                        d
                    }
                };
                if dup {
                    let msg = format!("Identifier '#{}' has already been declared", id.name);
                    self.err(msg, id.span);
                }
            }
        }
        self.privates.push(privates.into_keys().collect());
        if let Some(ctor) = &mut class.constructor {
            // `method == derived`: a derived constructor may call `super(...)`.
            self.function_ctor(ctor, derived);
        }
        for m in &mut class.members {
            match m {
                ClassMember::Method { key, func, .. } => {
                    if let PropKey::Computed(k) = key {
                        self.expr(k);
                    }
                    self.function(func, true);
                }
                ClassMember::Field { key, value, .. } => {
                    if let PropKey::Computed(k) = key {
                        self.expr(k);
                    }
                    if let Some(v) = value {
                        self.initializer(|c| c.expr(v));
                    }
                }
                ClassMember::StaticBlock(body) => {
                    self.initializer(|c| {
                        c.f().in_function = false;
                        c.f().static_block = true;
                        c.scopes.push(Scope {
                            function_top: true,
                            ..Scope::default()
                        });
                        c.stmts(body);
                        c.scopes.pop();
                    });
                }
            }
        }
        self.privates.pop();
        self.f().strict = saved;
    }

    fn function_ctor(&mut self, f: &mut Rc<Function>, derived: bool) {
        self.function(f, derived);
    }

    /// Field initializers and static blocks: like a method body without parameters.
    fn initializer(&mut self, f: impl FnOnce(&mut Self)) {
        self.funcs.push(FnCtx {
            strict: true,
            in_function: true,
            in_initializer: true,
            super_prop: true,
            new_target: true,
            ..FnCtx::default()
        });
        f(self);
        self.funcs.pop();
    }

    fn private_ref(&mut self, id: &Ident) {
        if !self.privates.iter().any(|s| s.contains(&id.name)) {
            let msg = format!(
                "Private field '#{}' must be declared in an enclosing class",
                id.name
            );
            self.err(msg, id.span);
        }
    }

    // ── expressions ──

    fn args(&mut self, args: &mut [Argument]) {
        for a in args {
            match a {
                Argument::Expr(e) | Argument::Spread(e) => self.expr(e),
            }
        }
    }

    fn member_prop(&mut self, p: &mut MemberProp) {
        match p {
            MemberProp::Ident(_) => {}
            MemberProp::Computed(e) => self.expr(e),
            MemberProp::Private(id) => {
                let id = id.clone();
                self.private_ref(&id);
            }
        }
    }

    fn template(&mut self, t: &mut Rc<Template>) {
        if let Some(t) = Rc::get_mut(t) {
            for e in &mut t.exprs {
                self.expr(e);
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e));
    }

    fn expr_inner(&mut self, e: &mut Expr) {
        let sp = e.span;
        match &mut e.kind {
            ExprKind::Number(_)
            | ExprKind::BigInt(_)
            | ExprKind::String(_)
            | ExprKind::RegExp(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::This => {}
            ExprKind::Ident(name) => {
                let name = name.clone();
                if &*name == "arguments" && self.funcs.last().is_some_and(|f| f.in_initializer) {
                    self.err(
                        "'arguments' is not allowed in class field initializer or static initialization block",
                        sp,
                    );
                }
                self.reference(&name, sp);
            }
            ExprKind::Template(t) => self.template(t),
            ExprKind::TaggedTemplate { tag, quasi } => {
                self.expr(tag);
                self.template(quasi);
            }
            ExprKind::Array(items) => {
                for i in items {
                    match i {
                        ArrayElement::Hole => {}
                        ArrayElement::Expr(e) | ArrayElement::Spread(e) => self.expr(e),
                    }
                }
            }
            ExprKind::Object(props) => {
                let mut proto = 0;
                for p in props.iter() {
                    if let PropDef::KeyValue { key, value } = p {
                        let is_proto = match key {
                            PropKey::Ident(id) => &*id.name == "__proto__",
                            PropKey::String(s, _) => String::from_utf16_lossy(s) == "__proto__",
                            _ => false,
                        };
                        if is_proto && !is_cover_init(key, value) {
                            proto += 1;
                            if proto == 2 {
                                let sp = match key {
                                    PropKey::Ident(id) => id.span,
                                    PropKey::String(_, sp) => *sp,
                                    _ => sp,
                                };
                                self.err(
                                    "Duplicate __proto__ fields are not allowed in object literals",
                                    sp,
                                );
                            }
                        }
                    }
                }
                for p in props {
                    match p {
                        PropDef::KeyValue { key, value } => {
                            if is_cover_init(key, value) {
                                let sp = value.span;
                                self.err_label(
                                    "Invalid shorthand property initializer",
                                    sp,
                                    "`=` is only allowed here when the object is a destructuring pattern",
                                );
                            }
                            if let PropKey::Computed(k) = key {
                                self.expr(k);
                            }
                            self.expr(value);
                        }
                        PropDef::Shorthand(id) => {
                            let id = id.clone();
                            self.reference(&id.name, id.span);
                        }
                        PropDef::Method { key, func, .. } => {
                            if let PropKey::Computed(k) = key {
                                self.expr(k);
                            }
                            self.function(func, true);
                        }
                        PropDef::Spread(e) => self.expr(e),
                    }
                }
            }
            ExprKind::Function(f) => {
                if let Some(name) = &f.name {
                    // The name of a function expression is bound in its own scope, parsed
                    // with the function's own [Yield, Await] (§15.2, §15.5, §15.6, §15.8).
                    if (&*name.name == "yield" && f.is_generator)
                        || (&*name.name == "await" && f.is_async)
                    {
                        let (msg, sp) =
                            (format!("Unexpected identifier '{}'", name.name), name.span);
                        self.err(msg, sp);
                    }
                }
                self.function(f, false);
            }
            ExprKind::Arrow(f) => self.function(f, false),
            ExprKind::Class(c) => self.class(c),
            ExprKind::Unary { op, arg } => {
                if *op == UnaryOp::Delete && self.strict() {
                    let mut inner: &Expr = arg;
                    while let ExprKind::Paren(x) = &inner.kind {
                        inner = x;
                    }
                    if matches!(inner.kind, ExprKind::Ident(_)) {
                        self.err("Delete of an unqualified identifier in strict mode.", sp);
                    }
                }
                self.expr(arg);
            }
            ExprKind::Update { target, .. } => {
                let mut inner: &Expr = target;
                while let ExprKind::Paren(x) = &inner.kind {
                    inner = x;
                }
                if let ExprKind::Ident(name) = &inner.kind {
                    let id = Ident {
                        name: name.clone(),
                        span: inner.span,
                    };
                    if self.strict() && (&*id.name == "eval" || &*id.name == "arguments") {
                        self.err("Unexpected eval or arguments in strict mode", id.span);
                    }
                }
                self.expr(target);
            }
            ExprKind::Binary { left, right, .. } | ExprKind::Logical { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::PrivateIn { name, right } => {
                let name = name.clone();
                self.private_ref(&name);
                self.expr(right);
            }
            ExprKind::Assign { target, value, .. } => {
                self.pattern(target, false);
                self.expr(value);
            }
            ExprKind::Conditional { test, cons, alt } => {
                self.expr(test);
                self.expr(cons);
                self.expr(alt);
            }
            ExprKind::Call { callee, args, .. } => {
                self.expr(callee);
                self.args(args);
            }
            ExprKind::New { callee, args } => {
                self.expr(callee);
                self.args(args);
            }
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(object);
                self.member_prop(property);
            }
            ExprKind::SuperMember { property } => {
                if !self.funcs.last().is_some_and(|f| f.super_prop) {
                    self.err_label(
                        "'super' keyword unexpected here",
                        sp,
                        "`super.x` is only valid inside methods",
                    );
                }
                self.member_prop(property);
            }
            ExprKind::SuperCall { args } => {
                if !self.funcs.last().is_some_and(|f| f.super_call) {
                    self.err_label(
                        "'super' keyword unexpected here",
                        sp,
                        "`super()` is only valid in the constructor of a derived class",
                    );
                }
                self.args(args);
            }
            ExprKind::Await(e) => {
                if self.f().in_params {
                    self.err("Illegal await-expression in formal parameters", sp);
                }
                self.expr(e)
            }
            ExprKind::OptionalChain(e) | ExprKind::Paren(e) => self.expr(e),
            ExprKind::Sequence(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Yield { arg, .. } => {
                if self.f().in_params {
                    self.err("Yield expression not allowed in formal parameter", sp);
                }
                if let Some(a) = arg {
                    self.expr(a);
                }
            }
            ExprKind::NewTarget => {
                if !self.funcs.last().is_some_and(|f| f.new_target) {
                    self.err("new.target expression is not allowed here", sp);
                }
            }
        }
    }
}

fn is_use_strict_directive(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::Expr(e) if matches!(&e.kind, ExprKind::String(v) if String::from_utf16_lossy(v) == "use strict"))
}
