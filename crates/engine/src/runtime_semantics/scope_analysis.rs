//! Static semantics the declaration-instantiation algorithms need (ECMA-262 §8.2, §8.4):
//! BoundNames, VarDeclaredNames, LexicallyScopedDeclarations, computed once per function and
//! cached on the AST node.

use mini_js_syntax::ast::*;
use std::rc::Rc;

/// What FunctionDeclarationInstantiation (§10.2.11) needs to know about a function's code.
#[derive(Debug, Default)]
pub struct FunctionScope {
    /// parameterNames: BoundNames of the formals, in order.
    pub parameter_names: Vec<Atom>,
    pub has_duplicates: bool,
    /// IsSimpleParameterList
    pub simple_parameter_list: bool,
    /// ContainsExpression of the formals.
    pub has_parameter_expressions: bool,
    /// VarDeclaredNames of the body (function declarations at the top level included).
    pub var_names: Vec<Atom>,
    /// The top-level statements that are the last function declaration of each name
    /// (functionsToInitialize), as indices into the body, in the order to initialize them.
    pub functions_to_initialize: Vec<usize>,
    /// Names of sloppy-mode block-level functions hoisted as vars (Annex B.3.2.1).
    pub annex_b_function_names: Vec<Atom>,
    /// The body's LexicallyScopedDeclarations other than functions, as the bindings
    /// FunctionDeclarationInstantiation step 34 creates: name, mutable, strict (`let` and
    /// `const` bindings are strict; a class's is not).
    pub lexical_bindings: Vec<(Atom, bool, bool)>,
    /// For a function with a simple parameter list and no duplicate parameters: the
    /// bindings FunctionDeclarationInstantiation steps 21-34 leave in its environment, the
    /// parameters (first, in order) bound to undefined. Recorded the first time the steps
    /// run; later calls copy it and bind the arguments (see
    /// `functions::function_declaration_instantiation`).
    pub binding_template: std::cell::OnceCell<Vec<crate::environment::Binding>>,
}

/// BoundNames of a binding pattern, appended to `out`.
pub fn bound_names(p: &Pattern, out: &mut Vec<Atom>) {
    match p {
        Pattern::Ident(id) => out.push(id.name.clone()),
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
            for e in elems.iter().flatten() {
                bound_names(&e.target, out);
            }
            if let Some(r) = rest {
                bound_names(r, out);
            }
        }
    }
}

/// Whether a pattern contains an initializer or a computed key (ContainsExpression).
fn pattern_has_expression(p: &Pattern) -> bool {
    match p {
        Pattern::Ident(_) | Pattern::Expr(_) => false,
        Pattern::Object { props, rest, .. } => {
            props.iter().any(|prop| {
                matches!(prop.key, PropKey::Computed(_))
                    || prop.value.default.is_some()
                    || pattern_has_expression(&prop.value.target)
            }) || rest.as_deref().is_some_and(pattern_has_expression)
        }
        Pattern::Array { elems, rest, .. } => {
            elems
                .iter()
                .flatten()
                .any(|e| e.default.is_some() || pattern_has_expression(&e.target))
                || rest.as_deref().is_some_and(pattern_has_expression)
        }
    }
}

fn push_unique(v: &mut Vec<Atom>, name: &Atom) {
    if !v.iter().any(|n| n == name) {
        v.push(name.clone());
    }
}

/// VarDeclaredNames of a statement list, excluding top-level function declarations (the
/// caller adds those); descends into nested statements but not into functions.
pub fn var_declared_names(stmts: &[Stmt], out: &mut Vec<Atom>, annex_b: &mut Vec<Atom>, top: bool) {
    for s in stmts {
        var_names_stmt(s, out, annex_b, top);
    }
}

fn var_names_decl(d: &VarDecl, out: &mut Vec<Atom>) {
    if d.kind == VarKind::Var {
        let mut names = Vec::new();
        for decl in &d.decls {
            bound_names(&decl.target, &mut names);
        }
        for n in &names {
            push_unique(out, n);
        }
    }
}

fn var_names_stmt(s: &Stmt, out: &mut Vec<Atom>, annex_b: &mut Vec<Atom>, top: bool) {
    match &s.kind {
        StmtKind::VarDecl(d) => var_names_decl(d, out),
        StmtKind::FunctionDecl(f) if !top => {
            // Annex B.3.2.1: a block-level function in sloppy code also gets a var binding.
            if let Some(name) = &f.name {
                if !f.strict && !f.is_async && !f.is_generator {
                    push_unique(annex_b, &name.name);
                }
            }
        }
        StmtKind::Block(b) => var_declared_names(b, out, annex_b, false),
        StmtKind::If { cons, alt, .. } => {
            var_names_stmt(cons, out, annex_b, false);
            if let Some(a) = alt {
                var_names_stmt(a, out, annex_b, false);
            }
        }
        StmtKind::For { init, body, .. } => {
            if let Some(ForInit::VarDecl(d)) = init {
                var_names_decl(d, out);
            }
            var_names_stmt(body, out, annex_b, false);
        }
        StmtKind::ForIn { left, body, .. } | StmtKind::ForOf { left, body, .. } => {
            if let ForHead::Decl {
                kind: VarKind::Var,
                target,
            } = left
            {
                let mut names = Vec::new();
                bound_names(target, &mut names);
                for n in &names {
                    push_unique(out, n);
                }
            }
            var_names_stmt(body, out, annex_b, false);
        }
        StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } => {
            var_names_stmt(body, out, annex_b, false)
        }
        StmtKind::Labeled { body, .. } => var_names_stmt(body, out, annex_b, top),
        StmtKind::Try {
            block,
            handler,
            finalizer,
        } => {
            var_declared_names(block, out, annex_b, false);
            if let Some(h) = handler {
                var_declared_names(&h.body, out, annex_b, false);
            }
            if let Some(f) = finalizer {
                var_declared_names(f, out, annex_b, false);
            }
        }
        StmtKind::Switch { cases, .. } => {
            for c in cases {
                var_declared_names(&c.body, out, annex_b, false);
            }
        }
        _ => {}
    }
}

/// The function declarations directly in a statement list (through labels), as
/// (statement index, function).
pub fn top_level_functions(stmts: &[Stmt]) -> Vec<(usize, &Rc<Function>)> {
    let mut out = Vec::new();
    for (i, s) in stmts.iter().enumerate() {
        let mut s = s;
        while let StmtKind::Labeled { body, .. } = &s.kind {
            s = body;
        }
        if let StmtKind::FunctionDecl(f) = &s.kind {
            out.push((i, f));
        }
    }
    out
}

/// The function a top-level statement declares (through labels).
pub fn function_of_stmt(s: &Stmt) -> Option<&Rc<Function>> {
    let mut s = s;
    while let StmtKind::Labeled { body, .. } = &s.kind {
        s = body;
    }
    match &s.kind {
        StmtKind::FunctionDecl(f) => Some(f),
        _ => None,
    }
}

/// A lexically scoped declaration of a block or body (LexicallyScopedDeclarations).
pub enum LexDecl<'a> {
    LetConst { names: Vec<Atom>, is_const: bool },
    Class(&'a Atom),
    Function(&'a Rc<Function>),
}

/// LexicallyScopedDeclarations of a statement list. At the top level of a function or
/// script, function declarations are var-scoped and are left out (`include_functions`).
pub fn lexically_scoped_declarations(stmts: &[Stmt], include_functions: bool) -> Vec<LexDecl<'_>> {
    let mut out = Vec::new();
    for s in stmts {
        let mut s = s;
        while let StmtKind::Labeled { body, .. } = &s.kind {
            s = body;
        }
        match &s.kind {
            StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                let mut names = Vec::new();
                for decl in &d.decls {
                    bound_names(&decl.target, &mut names);
                }
                out.push(LexDecl::LetConst {
                    names,
                    is_const: d.kind == VarKind::Const,
                });
            }
            StmtKind::ClassDecl(c) => {
                if let Some(n) = &c.name {
                    out.push(LexDecl::Class(&n.name));
                }
            }
            StmtKind::FunctionDecl(f) if include_functions => out.push(LexDecl::Function(f)),
            _ => {}
        }
    }
    out
}

/// Analyses a function's code once.
pub fn analyze_function(f: &Function) -> FunctionScope {
    let mut scope = FunctionScope {
        simple_parameter_list: f.rest.is_none()
            && f.params
                .iter()
                .all(|p| p.default.is_none() && matches!(p.target, Pattern::Ident(_))),
        ..Default::default()
    };
    for p in &f.params {
        bound_names(&p.target, &mut scope.parameter_names);
        if p.default.is_some() || pattern_has_expression(&p.target) {
            scope.has_parameter_expressions = true;
        }
    }
    if let Some(r) = &f.rest {
        bound_names(r, &mut scope.parameter_names);
        if pattern_has_expression(r) {
            scope.has_parameter_expressions = true;
        }
    }
    let mut seen = Vec::new();
    for n in &scope.parameter_names {
        if seen.contains(n) {
            scope.has_duplicates = true;
        }
        seen.push(n.clone());
    }
    if let FunctionBody::Block(body) = &f.body {
        analyze_body(
            body,
            &mut scope.var_names,
            &mut scope.functions_to_initialize,
            &mut scope.annex_b_function_names,
        );
        for d in lexically_scoped_declarations(body, false) {
            match d {
                LexDecl::LetConst { names, is_const } => scope
                    .lexical_bindings
                    .extend(names.into_iter().map(|n| (n, !is_const, true))),
                LexDecl::Class(n) => scope.lexical_bindings.push((n.clone(), true, false)),
                LexDecl::Function(_) => {}
            }
        }
    }
    scope
}

/// VarDeclaredNames and functionsToInitialize of a function body or script.
pub fn analyze_body(
    body: &[Stmt],
    var_names: &mut Vec<Atom>,
    functions: &mut Vec<usize>,
    annex_b: &mut Vec<Atom>,
) {
    let mut declared_function_names: Vec<Atom> = Vec::new();
    // Functions to initialize: the last declaration of each name, in reverse source order
    // (FunctionDeclarationInstantiation step 14).
    for (i, f) in top_level_functions(body).into_iter().rev() {
        let name = f
            .name
            .as_ref()
            .map(|n| n.name.clone())
            .unwrap_or_else(|| Atom::from("*default*"));
        if !declared_function_names.contains(&name) {
            declared_function_names.insert(0, name);
            functions.insert(0, i);
        }
    }
    for n in &declared_function_names {
        push_unique(var_names, n);
    }
    var_declared_names(body, var_names, annex_b, true);
}

/// The cached analysis of `f`.
pub fn function_scope(f: &Function) -> &FunctionScope {
    f.scope
        .get_or_init(|| Rc::new(analyze_function(f)) as Rc<dyn std::any::Any>)
        .downcast_ref::<FunctionScope>()
        .expect("Function.scope holds a FunctionScope")
}
