//! Evaluation of statements and declarations (ECMA-262 §14) as machine steps.

use crate::abstract_ops::*;
use crate::environment::Env;
use crate::heap::EnvId;
use crate::runtime_semantics::expressions::{eval_named, initialize_binding};
use crate::runtime_semantics::frames::{ForStage, Frame, Labels, SwitchStage, TryStage};
use crate::runtime_semantics::machine::{eval_now, exec_now, ContextKind};
use crate::runtime_semantics::patterns::BindMode;
use crate::runtime_semantics::scope_analysis::{lexically_scoped_declarations, LexDecl};
use crate::value::{PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast::*;
use std::rc::Rc;

/// The first step of evaluating a statement.
pub fn evaluate_statement<'a>(agent: &mut Agent<'a>, s: &'a Stmt) {
    let labels = std::mem::take(&mut agent.machine.pending_labels);
    let m = &mut agent.machine;
    match &s.kind {
        StmtKind::Empty | StmtKind::Debugger => {
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined))
        }
        StmtKind::Expr(e) => eval_now(agent, e),
        StmtKind::VarDecl(d) => continue_var_decls(agent, d, 0),
        StmtKind::FunctionDecl(f) => {
            // Annex B.3.2.1: evaluating a sloppy block-level function declaration copies its
            // binding to the var of the same name.
            if let Some(name) = &f.name {
                if !agent.machine.ctx().strict && !f.is_async && !f.is_generator {
                    let ctx = agent.machine.ctx();
                    if ctx.lex_env != ctx.var_env {
                        let var_env = ctx.var_env;
                        if let Ok(Some(v)) =
                            crate::runtime_semantics::expressions::get_identifier_value_opt(
                                agent, &name.name,
                            )
                        {
                            if agent.heap.env(var_env).find(&name.name).is_some() {
                                initialize_binding(agent, var_env, &name.name, v);
                            }
                        }
                    }
                }
            }
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined))
        }
        StmtKind::ClassDecl(c) => {
            let name = c.name.as_ref().expect("class declarations have names");
            agent
                .machine
                .push_frame(Frame::BindLexical { name: &name.name });
            crate::runtime_semantics::functions::class_definition_evaluation(agent, c, None, true);
        }
        StmtKind::Block(stmts) => start_block(agent, stmts),
        StmtKind::If { test, cons, alt } => {
            if let Some(v) =
                crate::runtime_semantics::expressions::evaluate_operand_at_once(agent, test)
            {
                // The test delivered: the If frame's step.
                agent.machine.steps += 1;
                return if to_boolean(&v) {
                    exec_now(agent, cons)
                } else if let Some(a) = alt {
                    exec_now(agent, a)
                } else {
                    crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined))
                };
            }
            let m = &mut agent.machine;
            m.push_frame(Frame::If {
                cons,
                alt: alt.as_deref(),
            });
            crate::runtime_semantics::machine::eval_now(agent, test);
        }
        StmtKind::While { test, .. } => {
            m.push_frame(Frame::While {
                stmt: s,
                labels,
                in_body: false,
            });
            crate::runtime_semantics::machine::eval_now(agent, test);
        }
        StmtKind::DoWhile { body, .. } => {
            m.push_frame(Frame::DoWhile {
                stmt: s,
                labels,
                in_body: true,
            });
            crate::runtime_semantics::machine::exec_now(agent, body);
        }
        StmtKind::For { init, .. } => start_for(agent, s, init.as_ref(), labels),
        StmtKind::ForIn { .. } | StmtKind::ForOf { .. } => {
            crate::runtime_semantics::for_in_of::start_for_in_of(agent, s, labels)
        }
        StmtKind::Return(arg) => match arg {
            Some(a) => {
                if !matches!(m.ctx().kind, ContextKind::AsyncGenerator { .. }) {
                    if let Some(v) =
                        crate::runtime_semantics::expressions::evaluate_operand_at_once(agent, a)
                    {
                        // The value delivered: the Return frame's step.
                        agent.machine.steps += 1;
                        return crate::runtime_semantics::machine::deliver_now(
                            agent,
                            Err(Abrupt::Return(v)),
                        );
                    }
                }
                let m = &mut agent.machine;
                m.push_frame(Frame::Return);
                // ReturnStatement evaluation step 3: if GetGeneratorKind() is async, set
                // exprValue to ? Await(exprValue).
                if matches!(m.ctx().kind, ContextKind::AsyncGenerator { .. }) {
                    m.push_await_at(a.span);
                }
                eval_now(agent, a);
            }
            None => crate::runtime_semantics::machine::deliver_now(
                agent,
                Err(Abrupt::Return(Value::Undefined)),
            ),
        },
        StmtKind::Throw(arg) => {
            m.push_frame(Frame::Throw { span: s.span });
            crate::runtime_semantics::machine::eval_now(agent, arg);
        }
        StmtKind::Break(label) => crate::runtime_semantics::machine::deliver_now(
            agent,
            Err(Abrupt::Break(label.as_ref().map(|l| l.name.clone()))),
        ),
        StmtKind::Continue(label) => crate::runtime_semantics::machine::deliver_now(
            agent,
            Err(Abrupt::Continue(label.as_ref().map(|l| l.name.clone()))),
        ),
        StmtKind::Try { block, .. } => {
            m.push_frame(Frame::Try {
                stmt: s,
                stage: TryStage::Block,
            });
            start_block(agent, block);
        }
        StmtKind::Switch { discriminant, .. } => {
            m.push_frame(Frame::Switch {
                stmt: s,
                stage: SwitchStage::Discriminant,
                labels,
            });
            crate::runtime_semantics::machine::eval_now(agent, discriminant);
        }
        StmtKind::Labeled { label, body } => {
            // LabelledEvaluation (§14.13.4): the label joins the label set of the body.
            m.push_frame(Frame::Labeled { label: &label.name });
            let mut labels = labels;
            labels.push(label.name.clone());
            if matches!(
                body.kind,
                StmtKind::Labeled { .. }
                    | StmtKind::For { .. }
                    | StmtKind::ForIn { .. }
                    | StmtKind::ForOf { .. }
                    | StmtKind::While { .. }
                    | StmtKind::DoWhile { .. }
                    | StmtKind::Switch { .. }
            ) {
                agent.machine.pending_labels = labels;
            }
            crate::runtime_semantics::machine::exec_now(agent, body);
        }
    }
}

/// Runs a statement list: the next statement, or the list's (empty) completion.
#[inline]
pub fn continue_statement_list<'a>(agent: &mut Agent<'a>, stmts: &'a [Stmt], index: usize) {
    continue_statement_list_with(agent, stmts, index, None);
}

/// The statement list from `index` on, whose value so far is `last` (`None`: empty). The
/// list's value is its last non-empty statement value (UpdateEmpty, §14.2.2) — the
/// completion value `mini-js -p` prints.
#[inline]
pub fn continue_statement_list_with<'a>(
    agent: &mut Agent<'a>,
    stmts: &'a [Stmt],
    index: usize,
    last: Option<Value>,
) {
    if index < stmts.len() {
        // The last statement's completion goes straight to the frame below, unless it is
        // empty and an earlier value must stand in for it.
        if index + 1 < stmts.len() || (last.is_some() && is_empty_completion(&stmts[index])) {
            agent.machine.push_frame(Frame::StmtList {
                stmts,
                index: index + 1,
                last,
            });
        }
        exec_now(agent, &stmts[index]);
    } else {
        crate::runtime_semantics::machine::deliver_now(agent, Ok(last.unwrap_or(Value::Undefined)));
    }
}

/// Whether a statement's normal completion is empty (declarations, `;`, a block of those).
/// NOTE(mini-js): decided from the statement's kind; loops and `if` give their value or
/// undefined, never empty, so `1; while (false);` is undefined where the spec says 1.
pub fn is_empty_completion(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::VarDecl(_)
        | StmtKind::FunctionDecl(_)
        | StmtKind::ClassDecl(_)
        | StmtKind::Empty => true,
        StmtKind::Block(b) => b.iter().all(is_empty_completion),
        _ => false,
    }
}

/// Block : { StatementList } (§14.2.2): BlockDeclarationInstantiation in a new environment,
/// the statements, then the old environment back.
pub fn start_block<'a>(agent: &mut Agent<'a>, stmts: &'a [Stmt]) {
    let decls = lexically_scoped_declarations(stmts, true);
    if decls.is_empty() {
        continue_statement_list(agent, stmts, 0);
        return;
    }
    // 1. Let oldEnv be the running execution context's LexicalEnvironment.
    let old_env = agent.machine.ctx().lex_env;
    // 2. Let blockEnv be NewDeclarativeEnvironment(oldEnv).
    let block_env = agent.heap.alloc_env(Env::declarative(Some(old_env)));
    // 3. Perform BlockDeclarationInstantiation(StatementList, blockEnv).
    // 4. Set the running execution context's LexicalEnvironment to blockEnv.
    agent.machine.ctx_mut().lex_env = block_env;
    block_declaration_instantiation(agent, decls, block_env);
    // 5-6. Evaluate the StatementList; set the LexicalEnvironment back to oldEnv.
    agent.machine.push_frame(Frame::RestoreEnv { env: old_env });
    continue_statement_list(agent, stmts, 0);
}

/// BlockDeclarationInstantiation ( code, env ) (§14.2.3)
#[doc(alias = "BlockDeclarationInstantiation")]
pub fn block_declaration_instantiation<'a>(
    agent: &mut Agent<'a>,
    decls: Vec<LexDecl<'a>>,
    env: EnvId,
) {
    // 3. For each element d of declarations, do
    let mut functions = Vec::new();
    for d in decls {
        match d {
            // a.i-ii. For each element dn of the BoundNames of d: CreateImmutableBinding for
            //         constants, CreateMutableBinding otherwise.
            LexDecl::LetConst { names, is_const } => {
                let e = agent.heap.env_mut(env);
                for n in names {
                    e.create_binding(n, !is_const, true);
                }
            }
            LexDecl::Class(n) => {
                agent
                    .heap
                    .env_mut(env)
                    .create_binding(n.clone(), true, false);
            }
            LexDecl::Function(f) => {
                if let Some(name) = &f.name {
                    agent
                        .heap
                        .env_mut(env)
                        .create_binding(name.name.clone(), true, false);
                }
                functions.push(f);
            }
        }
    }
    // a.iii. If d is a function declaration: InstantiateFunctionObject and InitializeBinding
    //        (after every binding exists, so functions may refer to each other).
    for f in functions {
        let fo = crate::runtime_semantics::functions::instantiate_function_object(agent, f);
        if let Some(name) = &f.name {
            initialize_binding(agent, env, &name.name, Value::Object(fo));
        }
    }
}

/// Evaluates the declarators of a var/let/const statement from `index` on.
pub fn continue_var_decls<'a>(agent: &mut Agent<'a>, d: &'a VarDecl, index: usize) {
    let mut index = index;
    while index < d.decls.len() {
        let decl = &d.decls[index];
        match &decl.init {
            Some(init) => {
                agent.machine.push_frame(Frame::VarDecls { decl: d, index });
                match &decl.target {
                    Pattern::Ident(id) => eval_named(agent, init, || PropertyKey::from(&*id.name)),
                    _ => crate::runtime_semantics::machine::eval_now(agent, init),
                }
                return;
            }
            None => {
                // LexicalBinding : BindingIdentifier — `let x;` initializes x to undefined.
                if d.kind != VarKind::Var {
                    if let Pattern::Ident(id) = &decl.target {
                        let env = agent.machine.ctx().lex_env;
                        initialize_binding(agent, env, &id.name, Value::Undefined);
                    }
                }
                index += 1;
            }
        }
    }
    crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined));
}

/// A declarator's initializer arrived: bind it, then the next declarator.
pub fn resume_var_decls<'a>(agent: &mut Agent<'a>, d: &'a VarDecl, index: usize, v: Value) {
    let mode = if d.kind == VarKind::Var {
        BindMode::Put
    } else {
        BindMode::Init(agent.machine.ctx().lex_env)
    };
    agent.machine.push_frame(Frame::VarDeclsNext {
        decl: d,
        index: index + 1,
    });
    let decl = &d.decls[index];
    crate::runtime_semantics::patterns::bind_pattern_from(
        agent,
        &decl.target,
        v,
        mode,
        match decl.init.as_deref() {
            Some(e) => crate::runtime_semantics::patterns::PatternSource::Expr(e),
            None => crate::runtime_semantics::patterns::PatternSource::Unnamed,
        },
    );
}

/// LoopContinues ( completion, labelSet ) (§14.7.1.2)
#[doc(alias = "LoopContinues")]
pub fn loop_continues(c: &JsResult<Value>, labels: &Labels) -> bool {
    match c {
        // 1. If completion is a normal completion, return true.
        Ok(_) => true,
        // 2. If completion is not a continue completion, return false.
        // 3. If completion.[[Target]] is empty, return true.
        Err(Abrupt::Continue(None)) => true,
        // 4. If labelSet contains completion.[[Target]], return true.
        Err(Abrupt::Continue(Some(l))) => labels.iter().any(|x| x == l),
        // 5. Return false.
        Err(_) => false,
    }
}

/// The completion of a loop that stopped: a break with an empty target ends it normally
/// (LabelledEvaluation of a BreakableStatement, §14.13.4).
pub fn loop_exit(agent: &mut Agent, c: JsResult<Value>) {
    match c {
        Err(Abrupt::Break(None)) => {
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined))
        }
        other => crate::runtime_semantics::machine::deliver_now(agent, other),
    }
}

/// The while loop's test or body finished.
pub fn resume_while<'a>(
    agent: &mut Agent<'a>,
    stmt: &'a Stmt,
    labels: Labels,
    in_body: bool,
    c: JsResult<Value>,
) {
    let StmtKind::While { test, body } = &stmt.kind else {
        unreachable!("While frame")
    };
    if in_body {
        // f. If LoopContinues(stmtResult, labelSet) is false, return UpdateEmpty(stmtResult, V).
        if !loop_continues(&c, &labels) {
            return loop_exit(agent, c);
        }
        agent.machine.push_frame(Frame::While {
            stmt,
            labels,
            in_body: false,
        });
        crate::runtime_semantics::machine::eval_now(agent, test);
    } else {
        // a-d. Let exprValue be ? GetValue(exprRef); if ToBoolean is false, return V.
        match c {
            Ok(v) if to_boolean(&v) => {
                agent.machine.push_frame(Frame::While {
                    stmt,
                    labels,
                    in_body: true,
                });
                crate::runtime_semantics::machine::exec_now(agent, body);
            }
            Ok(_) => crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined)),
            Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
        }
    }
}

/// The do-while loop's body or test finished.
pub fn resume_do_while<'a>(
    agent: &mut Agent<'a>,
    stmt: &'a Stmt,
    labels: Labels,
    in_body: bool,
    c: JsResult<Value>,
) {
    let StmtKind::DoWhile { test, body } = &stmt.kind else {
        unreachable!("DoWhile frame")
    };
    if in_body {
        if !loop_continues(&c, &labels) {
            return loop_exit(agent, c);
        }
        agent.machine.push_frame(Frame::DoWhile {
            stmt,
            labels,
            in_body: false,
        });
        crate::runtime_semantics::machine::eval_now(agent, test);
    } else {
        match c {
            Ok(v) if to_boolean(&v) => {
                agent.machine.push_frame(Frame::DoWhile {
                    stmt,
                    labels,
                    in_body: true,
                });
                crate::runtime_semantics::machine::exec_now(agent, body);
            }
            Ok(_) => crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined)),
            Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
        }
    }
}

/// ForLoopEvaluation (§14.7.4.2): the init part.
fn start_for<'a>(agent: &mut Agent<'a>, s: &'a Stmt, init: Option<&'a ForInit>, labels: Labels) {
    match init {
        Some(ForInit::VarDecl(d)) if d.kind != VarKind::Var => {
            // 1. Let oldEnv be the running execution context's LexicalEnvironment.
            let old_env = agent.machine.ctx().lex_env;
            // 2. Let loopEnv be NewDeclarativeEnvironment(oldEnv).
            let loop_env = agent.heap.alloc_env(Env::declarative(Some(old_env)));
            // 3-5. For each bound name: CreateImmutableBinding (const) or CreateMutableBinding.
            let is_const = d.kind == VarKind::Const;
            let mut names = Vec::new();
            for decl in &d.decls {
                crate::runtime_semantics::scope_analysis::bound_names(&decl.target, &mut names);
            }
            for n in &names {
                agent
                    .heap
                    .env_mut(loop_env)
                    .create_binding(n.clone(), !is_const, true);
            }
            // 6. Set the running execution context's LexicalEnvironment to loopEnv.
            agent.machine.ctx_mut().lex_env = loop_env;
            // 9. If isConst is false, let perIterationLets be boundNames; else empty.
            let per_iteration: Rc<[Atom]> = if is_const {
                Rc::from([])
            } else {
                Rc::from(names)
            };
            agent.machine.push_frame(Frame::RestoreEnv { env: old_env });
            agent.machine.push_frame(Frame::For {
                stmt: s,
                labels,
                stage: ForStage::Init,
                per_iteration,
            });
            // 7. Let forDcl be Completion(Evaluation of LexicalDeclaration).
            continue_var_decls(agent, d, 0);
        }
        Some(ForInit::VarDecl(d)) => {
            agent.machine.push_frame(Frame::For {
                stmt: s,
                labels,
                stage: ForStage::Init,
                per_iteration: Rc::from([]),
            });
            continue_var_decls(agent, d, 0);
        }
        Some(ForInit::Expr(e)) => {
            agent.machine.push_frame(Frame::For {
                stmt: s,
                labels,
                stage: ForStage::Init,
                per_iteration: Rc::from([]),
            });
            crate::runtime_semantics::machine::eval_now(agent, e);
        }
        None => {
            agent.machine.push_frame(Frame::For {
                stmt: s,
                labels,
                stage: ForStage::Init,
                per_iteration: Rc::from([]),
            });
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined));
        }
    }
}

/// CreatePerIterationEnvironment ( perIterationBindings ) (§14.7.4.4)
#[doc(alias = "CreatePerIterationEnvironment")]
fn create_per_iteration_environment(agent: &mut Agent, per_iteration: &[Atom]) {
    // 1. If perIterationBindings has any elements, then
    if per_iteration.is_empty() {
        return;
    }
    // a. Let lastIterationEnv be the running execution context's LexicalEnvironment.
    let last = agent.machine.ctx().lex_env;
    // NOTE(mini-js): a fresh record per iteration is observable only through a closure
    // that captured the last one (each closure sees its own iteration's bindings). When no
    // closure did, lastIterationEnv is seen by nothing but this loop, and thisIterationEnv
    // would hold the same bindings with the same values: the loop keeps using it.
    if !agent.heap.env(last).captured {
        return;
    }
    // b. Let outer be lastIterationEnv.[[OuterEnv]].
    let outer = agent.heap.env(last).outer;
    // d. Let thisIterationEnv be NewDeclarativeEnvironment(outer).
    // e. For each element bn of perIterationBindings: CreateMutableBinding, then
    //    InitializeBinding with lastIterationEnv.GetBindingValue(bn, true).
    let bindings = agent.heap.env(last).bindings.clone();
    let this_env = agent.heap.alloc_env(Env {
        outer,
        bindings,
        kind: crate::environment::EnvKind::Declarative,
        captured: false,
    });
    // f. Set the running execution context's LexicalEnvironment to thisIterationEnv.
    agent.machine.ctx_mut().lex_env = this_env;
}

/// ForBodyEvaluation ( test, increment, stmt, perIterationBindings, labelSet ) (§14.7.4.3):
/// one step of the loop.
pub fn resume_for<'a>(
    agent: &mut Agent<'a>,
    stmt: &'a Stmt,
    labels: Labels,
    stage: ForStage,
    per_iteration: Rc<[Atom]>,
    c: JsResult<Value>,
) {
    let StmtKind::For {
        test, update, body, ..
    } = &stmt.kind
    else {
        unreachable!("For frame")
    };
    let next = match stage {
        ForStage::Init => {
            if let Err(e) = c {
                return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
            }
            // 2. Perform ? CreatePerIterationEnvironment(perIterationBindings).
            create_per_iteration_environment(agent, &per_iteration);
            ForStage::Test
        }
        ForStage::Test => match c {
            // 3.a.iii. If ToBoolean(testValue) is false, return V.
            Ok(v) if !to_boolean(&v) => {
                return crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined))
            }
            Ok(_) => ForStage::Body,
            Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
        },
        ForStage::Body => {
            // 3.c. If LoopContinues(result, labelSet) is false, return ? UpdateEmpty(result, V).
            if !loop_continues(&c, &labels) {
                return loop_exit(agent, c);
            }
            // 3.e. Perform ? CreatePerIterationEnvironment(perIterationBindings).
            create_per_iteration_environment(agent, &per_iteration);
            // 3.f. If increment is not empty, evaluate it.
            if let Some(u) = update {
                agent.machine.push_frame(Frame::For {
                    stmt,
                    labels,
                    stage: ForStage::Update,
                    per_iteration,
                });
                eval_now(agent, u);
                return;
            }
            ForStage::Test
        }
        ForStage::Update => {
            if let Err(e) = c {
                return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
            }
            ForStage::Test
        }
    };
    match next {
        ForStage::Test => match test {
            // 3.a. If test is not empty, evaluate it.
            Some(t) => {
                if let Some(v) =
                    crate::runtime_semantics::expressions::evaluate_operand_at_once(agent, t)
                {
                    // A pure test, evaluated here; its delivery is the For frame's step.
                    agent.machine.steps += 1;
                    // 3.a.iii. If ToBoolean(testValue) is false, return V.
                    if !to_boolean(&v) {
                        return crate::runtime_semantics::machine::deliver_now(
                            agent,
                            Ok(Value::Undefined),
                        );
                    }
                    // 3.b. Let result be Completion(Evaluation of stmt).
                    agent.machine.push_frame(Frame::For {
                        stmt,
                        labels,
                        stage: ForStage::Body,
                        per_iteration,
                    });
                    return exec_now(agent, body);
                }
                agent.machine.push_frame(Frame::For {
                    stmt,
                    labels,
                    stage: ForStage::Test,
                    per_iteration,
                });
                eval_now(agent, t);
            }
            None => {
                agent.machine.push_frame(Frame::For {
                    stmt,
                    labels,
                    stage: ForStage::Body,
                    per_iteration,
                });
                exec_now(agent, body);
            }
        },
        ForStage::Body => {
            // 3.b. Let result be Completion(Evaluation of stmt).
            agent.machine.push_frame(Frame::For {
                stmt,
                labels,
                stage: ForStage::Body,
                per_iteration,
            });
            exec_now(agent, body);
        }
        _ => unreachable!("next stage is Test or Body"),
    }
}

/// TryStatement evaluation (§14.15.3): the block, the catch and the finally in turn.
pub fn resume_try<'a>(agent: &mut Agent<'a>, stmt: &'a Stmt, stage: TryStage, c: JsResult<Value>) {
    let StmtKind::Try {
        handler, finalizer, ..
    } = &stmt.kind
    else {
        unreachable!("Try frame")
    };
    match stage {
        TryStage::Block => {
            // Let B be Completion(Evaluation of Block); if B is a throw completion, let C be
            // Completion(CatchClauseEvaluation of Catch with B.[[Value]]).
            if let (Err(Abrupt::Throw(v)), Some(h)) = (&c, handler) {
                let v = v.clone();
                agent.machine.throw_span = None;
                agent.machine.push_frame(Frame::Try {
                    stmt,
                    stage: TryStage::Catch,
                });
                start_catch(agent, h, v);
                return;
            }
            finish_try(agent, stmt, finalizer.as_deref(), c);
        }
        TryStage::Catch => finish_try(agent, stmt, finalizer.as_deref(), c),
        TryStage::Finally(saved) => {
            // If F is a normal completion, set F to B (or C).
            match c {
                Ok(_) => crate::runtime_semantics::machine::deliver_now(agent, *saved),
                Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            }
        }
    }
}

/// Runs the finally block, if any, remembering the earlier completion.
fn finish_try<'a>(
    agent: &mut Agent<'a>,
    stmt: &'a Stmt,
    finalizer: Option<&'a [Stmt]>,
    c: JsResult<Value>,
) {
    if let Err(Abrupt::Terminate(_)) = c {
        return crate::runtime_semantics::machine::deliver_now(agent, c);
    }
    match finalizer {
        Some(f) => {
            agent.machine.push_frame(Frame::Try {
                stmt,
                stage: TryStage::Finally(Box::new(c)),
            });
            start_block(agent, f);
        }
        None => crate::runtime_semantics::machine::deliver_now(agent, c),
    }
}

/// CatchClauseEvaluation (§14.15.2): a new environment with the parameter's bindings.
fn start_catch<'a>(agent: &mut Agent<'a>, h: &'a CatchClause, thrown: Value) {
    match &h.param {
        None => start_block(agent, &h.body),
        Some(param) => {
            // 1. Let oldEnv be the running execution context's LexicalEnvironment.
            let old_env = agent.machine.ctx().lex_env;
            // 2. Let catchEnv be NewDeclarativeEnvironment(oldEnv).
            let catch_env = agent.heap.alloc_env(Env::declarative(Some(old_env)));
            // 3. For each element argName of the BoundNames of CatchParameter: CreateMutableBinding.
            let mut names = Vec::new();
            crate::runtime_semantics::scope_analysis::bound_names(param, &mut names);
            for n in names {
                agent.heap.env_mut(catch_env).create_binding(n, true, false);
            }
            // 4. Set the running execution context's LexicalEnvironment to catchEnv.
            agent.machine.ctx_mut().lex_env = catch_env;
            agent.machine.push_frame(Frame::RestoreEnv { env: old_env });
            // 6. Let B be Completion(Evaluation of Block) — after binding the parameter.
            agent.machine.push_frame(Frame::CatchBody { body: &h.body });
            // 5. Let status be Completion(BindingInitialization of CatchParameter).
            crate::runtime_semantics::patterns::bind_pattern(
                agent,
                param,
                thrown,
                BindMode::Init(catch_env),
            );
        }
    }
}

/// CaseBlockEvaluation (§14.12.2) step by step.
pub fn resume_switch<'a>(
    agent: &mut Agent<'a>,
    stmt: &'a Stmt,
    stage: SwitchStage,
    labels: Labels,
    c: JsResult<Value>,
) {
    let StmtKind::Switch { cases, .. } = &stmt.kind else {
        unreachable!("Switch frame")
    };
    match stage {
        SwitchStage::Discriminant => {
            let v = match c {
                Ok(v) => v,
                Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            };
            // SwitchStatement evaluation: a new block environment for the case block.
            let all: Vec<&'a Stmt> = cases.iter().flat_map(|c| c.body.iter()).collect();
            let _ = all;
            let old_env = agent.machine.ctx().lex_env;
            let mut decls = Vec::new();
            for case in cases.iter() {
                decls.extend(lexically_scoped_declarations(&case.body, true));
            }
            if !decls.is_empty() {
                let block_env = agent.heap.alloc_env(Env::declarative(Some(old_env)));
                agent.machine.ctx_mut().lex_env = block_env;
                block_declaration_instantiation(agent, decls, block_env);
                agent.machine.push_frame(Frame::RestoreEnv { env: old_env });
            }
            next_case_test(agent, stmt, v, 0, labels);
        }
        SwitchStage::Test { value, index } => match c {
            Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            Ok(t) => {
                if is_strictly_equal(&value, &t) {
                    run_cases_from(agent, stmt, index, labels);
                } else {
                    next_case_test(agent, stmt, value, index + 1, labels);
                }
            }
        },
        SwitchStage::Body { index } => {
            // A break with an empty target ends the switch normally.
            match c {
                Ok(_) => run_cases_from(agent, stmt, index + 1, labels),
                Err(Abrupt::Break(None)) => {
                    crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined))
                }
                Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            }
        }
    }
}

/// Evaluates the next case test (skipping `default`), or falls back to the default clause.
fn next_case_test<'a>(
    agent: &mut Agent<'a>,
    stmt: &'a Stmt,
    value: Value,
    mut index: usize,
    labels: Labels,
) {
    let StmtKind::Switch { cases, .. } = &stmt.kind else {
        unreachable!("Switch statement")
    };
    while index < cases.len() {
        if let Some(test) = &cases[index].test {
            agent.machine.push_frame(Frame::Switch {
                stmt,
                stage: SwitchStage::Test { value, index },
                labels,
            });
            crate::runtime_semantics::machine::eval_now(agent, test);
            return;
        }
        index += 1;
    }
    // No case matched: run from the default clause, if any.
    match cases.iter().position(|c| c.test.is_none()) {
        Some(d) => run_cases_from(agent, stmt, d, labels),
        None => crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined)),
    }
}

/// Runs case bodies from `index` on (fall-through).
fn run_cases_from<'a>(agent: &mut Agent<'a>, stmt: &'a Stmt, index: usize, labels: Labels) {
    let StmtKind::Switch { cases, .. } = &stmt.kind else {
        unreachable!("Switch statement")
    };
    if index >= cases.len() {
        return crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined));
    }
    agent.machine.push_frame(Frame::Switch {
        stmt,
        stage: SwitchStage::Body { index },
        labels,
    });
    continue_statement_list(agent, &cases[index].body, 0);
}

/// InitializeBoundName for a class declaration's name in the running lexical environment.
pub fn bind_lexical(agent: &mut Agent, name: &Atom, v: Value) -> JsResult<Value> {
    let env = agent.machine.ctx().lex_env;
    initialize_binding(agent, env, name, v);
    Ok(Value::Undefined)
}
