//! The machine's frames: each is "the rest of an algorithm" waiting for a completion.
//! [`resume`] hands a completion to its frame. Most frames pass abrupt completions on; the
//! ones that intercept them (try, loops, labels, environments, iterator closing) say so.

use crate::heap::{EnvId, ObjectId};
use crate::object::{ClassElementName, ClassFieldDefinition};
use crate::runtime_semantics::expressions::{self as ex, PropRef, RefPurpose};
use crate::runtime_semantics::for_in_of::ForInOfState;
use crate::runtime_semantics::functions::{self as fun, ClassState};
use crate::runtime_semantics::patterns::PatternState;
use crate::runtime_semantics::statements as st;
use crate::value::Value;
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast::*;
use std::rc::Rc;

/// A label set (§14.13): the labels of the enclosing labelled statements.
pub type Labels = Vec<Atom>;

#[derive(Clone, Copy, Debug)]
pub enum CallKind<'a> {
    Call,
    New,
    Tagged(&'a Template),
    Super { env: EnvId },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForStage {
    Init,
    Test,
    Body,
    Update,
}

pub enum TryStage {
    Block,
    Catch,
    /// Running the finally block; the completion of the block or catch waits here.
    Finally(Box<JsResult<Value>>),
}

pub enum SwitchStage {
    Discriminant,
    Test { value: Value, index: usize },
    Body { index: usize },
}

pub enum Frame<'a> {
    // ── expressions
    BinaryLeft {
        op: BinaryOp,
        right: &'a Expr,
    },
    BinaryRight {
        op: BinaryOp,
        left: Value,
    },
    Logical {
        op: LogicalOp,
        right: &'a Expr,
    },
    Conditional {
        cons: &'a Expr,
        alt: &'a Expr,
    },
    Unary {
        op: UnaryOp,
    },
    Sequence {
        rest: &'a [Expr],
    },
    PrivateIn {
        name: &'a Ident,
    },
    ArrayLit {
        elems: &'a [ArrayElement],
        index: usize,
        values: Vec<Option<Value>>,
    },
    ObjectLit {
        props: &'a [PropDef],
        index: usize,
        obj: ObjectId,
        key: Option<crate::value::PropertyKey>,
    },
    Template {
        tpl: &'a Template,
        index: usize,
        /// The text so far: concatenated as `+` does (a long one is a rope, not a copy).
        acc: crate::value::JsString,
    },
    TaggedArgs {
        call: &'a Expr,
        func: Value,
        this: Value,
        quasi: &'a Template,
        values: Vec<Value>,
    },
    /// The object of a member expression arrived.
    RefObject {
        member: &'a Expr,
        purpose: RefPurpose<'a>,
    },
    /// The computed key of a member expression arrived.
    RefKey {
        base: Value,
        purpose: RefPurpose<'a>,
    },
    /// The computed key of `super[key]` arrived.
    SuperKey {
        this: Value,
        purpose: RefPurpose<'a>,
    },
    OptionalChain,
    /// `delete a?.b`: the boundary of the chain; a short-circuit makes the delete `true`.
    OptionalDelete,
    /// `(a?.b)()`: the boundary of a chain that is a callee. The chain is a Reference, so
    /// the call keeps its `this`; a short-circuit makes the callee undefined (the call then
    /// evaluates its arguments and throws).
    OptionalCallee {
        call: &'a Expr,
        kind: CallKind<'a>,
    },
    Callee {
        call: &'a Expr,
        kind: CallKind<'a>,
    },
    NewCallee {
        expr: &'a Expr,
    },
    CallArgs {
        call: &'a Expr,
        func: Value,
        this: Value,
        args: &'a [Argument],
        index: usize,
        values: Vec<Value>,
        kind: CallKind<'a>,
    },
    SuperCallResult {
        env: EnvId,
    },
    /// Gives `value` once the completion before it is normal.
    Value {
        value: Value,
    },
    /// Discards a normal completion's value (gives undefined).
    Discard,
    PutIdent {
        name: &'a Atom,
    },
    PutRef {
        r: PropRef,
        /// The target's span: PutValue throws after the right-hand side, but the error
        /// points at the target, as Node's does.
        target_span: Span,
    },
    /// A pattern's member target was evaluated (`pending_ref`); put `value` there.
    PutPendingRef {
        value: Value,
    },
    CompoundIdent {
        /// The assignment, whose node caches its target's resolution.
        assign: &'a Expr,
        name: &'a Atom,
        op: BinaryOp,
        old: Value,
    },
    CompoundRef {
        r: PropRef,
        op: BinaryOp,
        old: Value,
    },
    DestructureAssign {
        pattern: &'a Pattern,
    },
    Pattern(Box<PatternState<'a>>),
    /// An Await waiting for its operand; `span` is the source of the await (for the trace
    /// and for errors).
    Await {
        span: Span,
    },
    Yield {
        delegate: bool,
    },
    // ── statements
    StmtList {
        stmts: &'a [Stmt],
        index: usize,
        /// The value of the list so far (UpdateEmpty), `None` while it is empty.
        last: Option<Value>,
    },
    RestoreEnv {
        env: EnvId,
    },
    VarDecls {
        decl: &'a VarDecl,
        index: usize,
    },
    VarDeclsNext {
        decl: &'a VarDecl,
        index: usize,
    },
    BindLexical {
        name: &'a Atom,
    },
    If {
        cons: &'a Stmt,
        alt: Option<&'a Stmt>,
    },
    While {
        stmt: &'a Stmt,
        labels: Labels,
        in_body: bool,
    },
    DoWhile {
        stmt: &'a Stmt,
        labels: Labels,
        in_body: bool,
    },
    For {
        stmt: &'a Stmt,
        labels: Labels,
        stage: ForStage,
        per_iteration: Rc<[Atom]>,
    },
    ForInOf(Box<ForInOfState<'a>>),
    Return,
    Throw {
        span: Span,
    },
    Try {
        stmt: &'a Stmt,
        stage: TryStage,
    },
    CatchBody {
        body: &'a [Stmt],
    },
    Switch {
        stmt: &'a Stmt,
        stage: SwitchStage,
        labels: Labels,
    },
    Labeled {
        label: &'a Atom,
    },
    // ── functions and classes
    BindParams {
        code: &'a Function,
        env: EnvId,
        index: usize,
        args: Vec<Value>,
    },
    BindParamDefault {
        code: &'a Function,
        env: EnvId,
        index: usize,
        args: Vec<Value>,
    },
    ArrowBody,
    ClassDef(Box<ClassState<'a>>),
    InitFields {
        receiver: ObjectId,
        fields: Rc<Vec<ClassFieldDefinition<'a>>>,
        index: usize,
    },
    DefineField {
        receiver: ObjectId,
        name: ClassElementName,
    },
    /// [[Construct]] step 8 (OrdinaryCallEvaluateBody), waiting for InitializeInstanceElements.
    EvaluateBody {
        code: &'a Function,
        env: EnvId,
        args: Vec<Value>,
    },
    /// Library frames (generators, async functions, promise jobs) keep their state here.
    Builtin(crate::builtins::BuiltinFrame<'a>),
}

/// Hands a completion to a frame: the frame's continuation.
pub fn resume<'a>(agent: &mut Agent<'a>, frame: Frame<'a>, c: JsResult<Value>) {
    // Frames that look at abrupt completions come first.
    let frame = match frame {
        Frame::RestoreEnv { env } => {
            let inner = agent.machine.ctx().lex_env;
            agent.machine.ctx_mut().lex_env = env;
            // NOTE(mini-js): the block's record (its last iteration's, for a loop) is
            // unreachable once the block ends, unless a closure made inside captured it.
            if inner != env && !agent.heap.env(inner).captured {
                agent.heap.free_env(inner);
            }
            return crate::runtime_semantics::machine::deliver_now(agent, c);
        }
        Frame::While {
            stmt,
            labels,
            in_body,
        } => return st::resume_while(agent, stmt, labels, in_body, c),
        Frame::DoWhile {
            stmt,
            labels,
            in_body,
        } => return st::resume_do_while(agent, stmt, labels, in_body, c),
        Frame::For {
            stmt,
            labels,
            stage,
            per_iteration,
        } => return st::resume_for(agent, stmt, labels, stage, per_iteration, c),
        Frame::ForInOf(state) => {
            return crate::runtime_semantics::for_in_of::resume_for_in_of(agent, state, c)
        }
        Frame::Try { stmt, stage } => return st::resume_try(agent, stmt, stage, c),
        Frame::Switch {
            stmt,
            stage,
            labels,
        } => return st::resume_switch(agent, stmt, stage, labels, c),
        Frame::Labeled { label } => {
            // LabelledStatement: a break targeting this label ends it normally.
            return match c {
                Err(Abrupt::Break(Some(l))) if &l == label => {
                    crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined))
                }
                other => crate::runtime_semantics::machine::deliver_now(agent, other),
            };
        }
        Frame::Pattern(state) => {
            return crate::runtime_semantics::patterns::step_pattern(agent, state, c)
        }
        Frame::ClassDef(state) => return fun::resume_class(agent, state, c),
        Frame::Builtin(b) => return crate::builtins::resume_builtin_frame(agent, b, c),
        other => other,
    };
    // Every other frame passes an abrupt completion on.
    let v = match c {
        Ok(v) => v,
        Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
    };
    match frame {
        Frame::BinaryLeft { op, right } => {
            agent.machine.push_frame(Frame::BinaryRight { op, left: v });
            crate::runtime_semantics::machine::eval_now(agent, right);
        }
        Frame::BinaryRight { op, left } => {
            let r = crate::runtime_semantics::operators::apply_binary(agent, op, left, v);
            crate::runtime_semantics::machine::deliver_now(agent, r);
        }
        Frame::Logical { op, right } => {
            if ex::logical_short_circuits(op, &v) {
                crate::runtime_semantics::machine::deliver_now(agent, Ok(v));
            } else {
                crate::runtime_semantics::machine::eval_now(agent, right);
            }
        }
        Frame::Conditional { cons, alt } => {
            let branch = if crate::abstract_ops::to_boolean(&v) {
                cons
            } else {
                alt
            };
            crate::runtime_semantics::machine::eval_now(agent, branch);
        }
        Frame::Unary { op } => ex::resume_unary(agent, op, v),
        Frame::Sequence { rest } => {
            if rest.len() > 1 {
                agent
                    .machine
                    .push_frame(Frame::Sequence { rest: &rest[1..] });
            }
            crate::runtime_semantics::machine::eval_now(agent, &rest[0]);
        }
        Frame::PrivateIn { name } => ex::resume_private_in(agent, name, v),
        Frame::ArrayLit {
            elems,
            index,
            values,
        } => ex::resume_array_literal(agent, elems, index, values, v, false),
        Frame::ObjectLit {
            props,
            index,
            obj,
            key,
        } => ex::resume_object_literal(agent, props, index, obj, key, v),
        Frame::Template { tpl, index, acc } => ex::resume_template(agent, tpl, index, acc, v),
        Frame::TaggedArgs {
            call,
            func,
            this,
            quasi,
            values,
        } => ex::resume_tagged_args(agent, call, func, this, quasi, values, v),
        Frame::RefObject { member, purpose } => ex::resume_ref_object(agent, member, purpose, v),
        Frame::RefKey { base, purpose } => ex::resume_ref_key(agent, base, purpose, v),
        Frame::SuperKey { this, purpose } => ex::resume_super_key(agent, this, purpose, v),
        Frame::OptionalChain | Frame::OptionalDelete | Frame::OptionalCallee { .. } => {
            crate::runtime_semantics::machine::deliver_now(agent, Ok(v))
        }
        Frame::Value { value } => crate::runtime_semantics::machine::deliver_now(agent, Ok(value)),
        Frame::Discard => {
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined))
        }
        Frame::Callee { call, kind } => ex::resume_callee(agent, call, kind, v),
        Frame::NewCallee { expr } => {
            ex::start_arguments(agent, expr, v, Value::Undefined, CallKind::New)
        }
        Frame::CallArgs {
            call,
            func,
            this,
            args,
            index,
            values,
            kind,
        } => ex::resume_call_args(agent, call, func, this, args, index, values, kind, v, false),
        Frame::SuperCallResult { env } => ex::resume_super_call_result(agent, env, v),
        Frame::PutIdent { name } => {
            let r = ex::put_identifier_value(agent, name, v.clone()).map(|_| v);
            crate::runtime_semantics::machine::deliver_now(agent, r);
        }
        Frame::PutRef { r, target_span } => ex::put_ref(agent, r, target_span, v),
        Frame::PutPendingRef { value } => {
            let r = agent
                .machine
                .pending_ref
                .take()
                .expect("the target reference was evaluated");
            let res = ex::put_reference_value(agent, &r, value).map(|_| Value::Undefined);
            crate::runtime_semantics::machine::deliver_now(agent, res);
        }
        Frame::CompoundIdent {
            assign,
            name,
            op,
            old,
        } => ex::resume_compound_ident(agent, assign, name, op, old, v),
        Frame::CompoundRef { r, op, old } => ex::resume_compound_ref(agent, r, op, old, v),
        Frame::DestructureAssign { pattern } => {
            agent.machine.push_frame(Frame::Value { value: v.clone() });
            crate::runtime_semantics::patterns::bind_pattern(
                agent,
                pattern,
                v,
                crate::runtime_semantics::patterns::BindMode::Assign,
            );
        }
        Frame::Await { span } => {
            agent.machine.span = span;
            crate::builtins::await_value(agent, v)
        }
        Frame::Yield { delegate } => crate::builtins::yield_value(agent, v, delegate),
        Frame::StmtList { stmts, index, last } => {
            // StatementList : StatementList StatementListItem (§14.2.2): UpdateEmpty(s, sl).
            let last = if st::is_empty_completion(&stmts[index - 1]) {
                last
            } else {
                Some(v)
            };
            st::continue_statement_list_with(agent, stmts, index, last)
        }
        Frame::VarDecls { decl, index } => st::resume_var_decls(agent, decl, index, v),
        Frame::VarDeclsNext { decl, index } => st::continue_var_decls(agent, decl, index),
        Frame::BindLexical { name } => {
            let r = st::bind_lexical(agent, name, v);
            crate::runtime_semantics::machine::deliver_now(agent, r);
        }
        Frame::If { cons, alt } => {
            if crate::abstract_ops::to_boolean(&v) {
                crate::runtime_semantics::machine::exec_now(agent, cons);
            } else if let Some(a) = alt {
                crate::runtime_semantics::machine::exec_now(agent, a);
            } else {
                crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined));
            }
        }
        Frame::Return => {
            crate::runtime_semantics::machine::deliver_now(agent, Err(Abrupt::Return(v)))
        }
        Frame::Throw { span } => {
            agent.machine.throw_span = Some(span);
            agent.machine.thrown = Some(v.clone());
            crate::runtime_semantics::machine::deliver_now(agent, Err(Abrupt::Throw(v)));
        }
        Frame::CatchBody { body } => st::start_block(agent, body),
        Frame::BindParams {
            code,
            env,
            index,
            args,
        } => fun::resume_bind_params(agent, code, env, index, args, false, v),
        Frame::BindParamDefault {
            code,
            env,
            index,
            args,
        } => fun::resume_bind_params(agent, code, env, index, args, true, v),
        Frame::ArrowBody => {
            crate::runtime_semantics::machine::deliver_now(agent, Err(Abrupt::Return(v)))
        }
        Frame::EvaluateBody { code, env, args } => {
            fun::function_declaration_instantiation(agent, code, env, args)
        }
        Frame::InitFields {
            receiver,
            fields,
            index,
        } => fun::resume_init_fields(agent, receiver, fields, index),
        Frame::DefineField { receiver, name } => {
            let r = fun::define_field(agent, receiver, &name, v);
            crate::runtime_semantics::machine::deliver_now(agent, r);
        }
        Frame::RestoreEnv { .. }
        | Frame::While { .. }
        | Frame::DoWhile { .. }
        | Frame::For { .. }
        | Frame::ForInOf(_)
        | Frame::Try { .. }
        | Frame::Switch { .. }
        | Frame::Labeled { .. }
        | Frame::Pattern(_)
        | Frame::ClassDef(_)
        | Frame::Builtin(_) => unreachable!("handled above"),
    }
}
