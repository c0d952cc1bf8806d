//! Evaluation of expressions (ECMA-262 §13) as machine steps.
//!
//! `evaluate_expression` does the first step of a node: leaves produce their value at once;
//! compound nodes push a frame (the rest of the algorithm) and evaluate their first operand.
//! The `resume_*` functions are those frames' continuations.

use crate::abstract_ops::bigint::{bigint_add, bigint_subtract, bigint_value, Numeric};
use crate::abstract_ops::*;
use crate::environment::{EnvKind, ThisBinding};
use crate::heap::{EnvId, ObjectId};
use crate::object::{Object, ObjectKind, Property, PropertyDescriptor};
use crate::runtime_semantics::call_printer::call_printer;
use crate::runtime_semantics::frames::{CallKind, Frame};
use crate::runtime_semantics::machine::{call_from_machine, construct_from_machine};
use crate::runtime_semantics::machine::{deliver_now, eval_now};
use crate::runtime_semantics::operators::{
    apply_binary, apply_unary, array_from_values, typeof_value,
};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast::*;

/// The first step of evaluating an expression.
pub fn evaluate_expression<'a>(agent: &mut Agent<'a>, e: &'a Expr) {
    if matches!(
        e.kind,
        ExprKind::Binary { .. }
            | ExprKind::Logical { .. }
            | ExprKind::Conditional { .. }
            | ExprKind::Unary { .. }
            | ExprKind::Member { .. }
    ) && evaluate_at_once(agent, e)
    {
        return;
    }
    let m = &mut agent.machine;
    match &e.kind {
        ExprKind::Number(n) => {
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Number(*n)))
        }
        ExprKind::BigInt(n) => {
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::BigInt(n.clone())))
        }
        // §13.2.7.3: RegExpCreate(pattern, flags), a new object each time.
        ExprKind::RegExp(r) => {
            let pattern = Value::str(&r.pattern);
            let flags = Value::str(&r.flags);
            let c = crate::builtins::regexp::regexp_create(agent, &pattern, &flags);
            crate::runtime_semantics::machine::deliver_now(agent, c.map(Value::Object));
        }
        ExprKind::String(s) => crate::runtime_semantics::machine::deliver_now(
            agent,
            Ok(Value::String(JsString::from_units(s.clone()))),
        ),
        ExprKind::Bool(b) => {
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Bool(*b)))
        }
        ExprKind::Null => crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Null)),
        ExprKind::Ident(name) => {
            let r = match get_identifier_expr_value_opt(agent, e, name) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(agent.reference_error(format!("{name} is not defined"))),
                Err(err) => Err(err),
            };
            crate::runtime_semantics::machine::deliver_now(agent, r);
        }
        ExprKind::This => {
            let r = resolve_this_binding(agent);
            crate::runtime_semantics::machine::deliver_now(agent, r);
        }
        ExprKind::Paren(inner) => crate::runtime_semantics::machine::eval_now(agent, inner),
        ExprKind::Template(t) => {
            if t.exprs.is_empty() {
                let s = t.cooked[0].clone().unwrap_or_else(|| t.raw[0].clone());
                crate::runtime_semantics::machine::deliver_now(
                    agent,
                    Ok(Value::String(JsString::from_units(s))),
                );
            } else {
                let acc = match &t.cooked[0] {
                    Some(head) if !head.is_empty() => JsString::from_units(head.clone()),
                    _ => JsString::from(""),
                };
                m.push_frame(Frame::Template {
                    tpl: t,
                    index: 0,
                    acc,
                });
                crate::runtime_semantics::machine::eval_now(agent, &t.exprs[0]);
            }
        }
        ExprKind::TaggedTemplate { tag, quasi } => {
            // Like a call: a member tag supplies `this`.
            start_callee(agent, tag, CallKind::Tagged(quasi), e);
        }
        ExprKind::Array(elems) => {
            resume_array_literal(
                agent,
                elems,
                0,
                Vec::with_capacity(elems.len()),
                Value::Undefined,
                true,
            );
        }
        ExprKind::Object(props) => {
            let obj = new_object(agent);
            // Room for the literal's own properties, so a small literal's storage is made
            // once at its exact size.
            let storage = &mut agent.heap.get_mut(obj).props;
            let before = storage.capacity();
            storage.reserve(props.len());
            crate::gc::note_properties_growth(before, storage.capacity());
            agent.machine.push_frame(Frame::ObjectLit {
                props,
                index: 0,
                obj,
                key: None,
            });
            continue_object_literal(agent, props, 0, obj);
        }
        ExprKind::Function(f) | ExprKind::Arrow(f) => {
            let name = agent.machine.pending_name.take();
            let fo = crate::runtime_semantics::functions::instantiate_function_expression(
                agent, f, name,
            );
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Object(fo)));
        }
        ExprKind::Class(c) => {
            let name = agent.machine.pending_name.take();
            crate::runtime_semantics::functions::class_definition_evaluation(agent, c, name, false);
        }
        ExprKind::Unary { op, arg } => match op {
            UnaryOp::TypeOf => {
                // `typeof (x)`: a parenthesized identifier is still a Reference (§13.2.1.1).
                let ident = strip_parens(arg);
                if let ExprKind::Ident(name) = &ident.kind {
                    // typeof an unresolvable reference is "undefined".
                    let r = match get_identifier_expr_value_opt(agent, ident, name) {
                        Ok(Some(v)) => Ok(Value::str(typeof_value(agent, &v))),
                        Ok(None) => Ok(Value::str("undefined")),
                        Err(e) => Err(e),
                    };
                    crate::runtime_semantics::machine::deliver_now(agent, r);
                } else {
                    m.push_frame(Frame::Unary { op: *op });
                    crate::runtime_semantics::machine::eval_now(agent, arg);
                }
            }
            UnaryOp::Delete => evaluate_delete(agent, arg),
            _ => {
                m.push_frame(Frame::Unary { op: *op });
                crate::runtime_semantics::machine::eval_now(agent, arg);
            }
        },
        ExprKind::Update { op, prefix, target } => {
            let target = strip_parens(target);
            match &target.kind {
                ExprKind::Ident(name) => {
                    let r = update_identifier(agent, target, name, *op, *prefix);
                    crate::runtime_semantics::machine::deliver_now(agent, r);
                }
                ExprKind::Member { object, .. } => {
                    m.push_frame(Frame::RefObject {
                        member: target,
                        purpose: RefPurpose::Update {
                            op: *op,
                            prefix: *prefix,
                        },
                    });
                    crate::runtime_semantics::machine::eval_now(agent, object);
                }
                ExprKind::SuperMember { property } => {
                    start_super_reference(
                        agent,
                        property,
                        RefPurpose::Update {
                            op: *op,
                            prefix: *prefix,
                        },
                    );
                }
                _ => {
                    let err = agent
                        .syntax_error("Invalid left-hand side expression in postfix operation");
                    crate::runtime_semantics::machine::deliver_now(agent, Err(err));
                }
            }
        }
        ExprKind::Binary { op, left, right } => {
            if let Some(l) = evaluate_operand_at_once(agent, left) {
                // The left operand delivered: the BinaryLeft frame's step.
                agent.machine.steps += 1;
                agent
                    .machine
                    .push_frame(Frame::BinaryRight { op: *op, left: l });
                eval_now(agent, right);
                return;
            }
            agent
                .machine
                .push_frame(Frame::BinaryLeft { op: *op, right });
            eval_now(agent, left);
        }
        ExprKind::PrivateIn { name, right } => {
            m.push_frame(Frame::PrivateIn { name });
            crate::runtime_semantics::machine::eval_now(agent, right);
        }
        ExprKind::Logical { op, left, right } => {
            if let Some(l) = evaluate_operand_at_once(agent, left) {
                // The left operand delivered: the Logical frame's step.
                agent.machine.steps += 1;
                if logical_short_circuits(*op, &l) {
                    deliver_now(agent, Ok(l));
                } else {
                    eval_now(agent, right);
                }
                return;
            }
            agent.machine.push_frame(Frame::Logical { op: *op, right });
            eval_now(agent, left);
        }
        ExprKind::Conditional { test, cons, alt } => {
            if let Some(t) = evaluate_operand_at_once(agent, test) {
                // The test delivered: the Conditional frame's step.
                agent.machine.steps += 1;
                eval_now(agent, if to_boolean(&t) { cons } else { alt });
                return;
            }
            agent.machine.push_frame(Frame::Conditional { cons, alt });
            eval_now(agent, test);
        }
        ExprKind::Sequence(exprs) => {
            if exprs.len() > 1 {
                m.push_frame(Frame::Sequence { rest: &exprs[1..] });
            }
            crate::runtime_semantics::machine::eval_now(agent, &exprs[0]);
        }
        ExprKind::Assign { op, target, value } => evaluate_assignment(agent, e, *op, target, value),
        ExprKind::Member { object, .. } => {
            m.push_frame(Frame::RefObject {
                member: e,
                purpose: RefPurpose::Get,
            });
            crate::runtime_semantics::machine::eval_now(agent, object);
        }
        ExprKind::SuperMember { property } => {
            start_super_reference(agent, property, RefPurpose::Get)
        }
        ExprKind::OptionalChain(inner) => {
            m.push_frame(Frame::OptionalChain);
            crate::runtime_semantics::machine::eval_now(agent, inner);
        }
        ExprKind::Call { callee, .. } => start_callee(agent, callee, CallKind::Call, e),
        ExprKind::New { callee, .. } => {
            m.push_frame(Frame::NewCallee { expr: e });
            crate::runtime_semantics::machine::eval_now(agent, callee);
        }
        ExprKind::SuperCall { args } => {
            // SuperCall : super Arguments (§13.3.7.1)
            // 1. Let newTarget be GetNewTarget(). 3. Let func be GetSuperConstructor().
            let this_env = get_this_environment(agent);
            let (func_obj, new_target) = match &agent.heap.env(this_env).kind {
                EnvKind::Function {
                    function,
                    new_target,
                    ..
                } => (*function, new_target.clone()),
                _ => unreachable!("early errors put super() in constructors"),
            };
            let func = agent
                .heap
                .get(func_obj)
                .proto
                .map_or(Value::Null, Value::Object);
            resume_call_args(
                agent,
                e,
                func,
                new_target,
                args,
                0,
                Vec::with_capacity(args.len()),
                CallKind::Super { env: this_env },
                Value::Undefined,
                true,
            );
        }
        ExprKind::NewTarget => {
            let env = get_this_environment(agent);
            let v = match &agent.heap.env(env).kind {
                EnvKind::Function { new_target, .. } => new_target.clone(),
                _ => Value::Undefined,
            };
            crate::runtime_semantics::machine::deliver_now(agent, Ok(v));
        }
        ExprKind::Await(arg) => {
            m.push_await_at(e.span);
            crate::runtime_semantics::machine::eval_now(agent, arg);
        }
        ExprKind::Yield { arg, delegate } => {
            m.push_frame(Frame::Yield {
                delegate: *delegate,
            });
            match arg {
                Some(a) => crate::runtime_semantics::machine::eval_now(agent, a),
                None => crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined)),
            }
        }
    }
}

/// Evaluates a pure expression (`runtime_semantics::pure`) in this step, delivering its
/// value and counting the steps its node-by-node evaluation takes. False (and nothing
/// done) when it is not pure.
fn evaluate_at_once(agent: &mut Agent, e: &Expr) -> bool {
    match evaluate_operand_at_once(agent, e) {
        Some(v) => {
            // This Eval step is already counted.
            agent.machine.steps -= 1;
            deliver_now(agent, Ok(v));
            true
        }
        None => false,
    }
}

/// The first operand of an operator whose other operand is not pure, evaluated at once
/// when it is pure; its steps are counted. `None` (and nothing done) otherwise.
pub(crate) fn evaluate_operand_at_once(agent: &mut Agent, operand: &Expr) -> Option<Value> {
    if agent.options.step_by_step || !crate::runtime_semantics::pure::has_pure_shape(operand) {
        return None;
    }
    let span = agent.machine.span;
    match crate::runtime_semantics::pure::evaluate_pure(agent, operand) {
        Some(done) => {
            agent.machine.steps += done.steps;
            Some(done.value)
        }
        None => {
            agent.machine.span = span;
            None
        }
    }
}

/// How a frame delivers its value: the continuation of an expression frame.
pub fn strip_parens(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}

/// IsAnonymousFunctionDefinition ( expr ) (§8.4.3)
#[doc(alias = "IsAnonymousFunctionDefinition")]
pub fn is_anonymous_function_definition(e: &Expr) -> bool {
    match &strip_parens(e).kind {
        ExprKind::Function(f) => f.name.is_none(),
        ExprKind::Arrow(_) => true,
        ExprKind::Class(c) => c.name.is_none(),
        _ => false,
    }
}

/// Evaluates `e` with NamedEvaluation when it is an anonymous function definition.
pub fn eval_named<'a>(agent: &mut Agent<'a>, e: &'a Expr, name: impl FnOnce() -> PropertyKey) {
    if is_anonymous_function_definition(e) {
        agent.machine.pending_name = Some(name());
    }
    crate::runtime_semantics::machine::eval_now(agent, e);
}

// ───────────────────────────── identifiers and this ─────────────────────────────

/// ResolveBinding + GetValue for an identifier reference (§9.4.2, §6.2.5.5); `Ok(None)` for
/// an unresolvable reference.
pub fn get_identifier_value_opt(agent: &mut Agent, name: &Atom) -> JsResult<Option<Value>> {
    let mut env = Some(agent.machine.ctx().lex_env);
    while let Some(id) = env {
        let e = agent.heap.env(id);
        if let Some(i) = e.find(name) {
            return match &e.bindings[i].value {
                Some(v) => Ok(Some(v.clone())),
                None => {
                    Err(agent
                        .reference_error(format!("Cannot access '{name}' before initialization")))
                }
            };
        }
        match &e.kind {
            EnvKind::Global { .. } => return global_object_value(agent, id, name),
            EnvKind::Function {
                arguments: Some(_), ..
            } if &**name == "arguments" => {
                return Ok(Some(materialize_arguments(agent, id)));
            }
            _ => {}
        }
        env = e.outer;
    }
    Ok(None)
}

/// Where an identifier's name is bound, as far as the declarative records tell.
pub enum Resolved {
    /// In this declarative Environment Record (the global one's declarative part
    /// included), at this index.
    Binding(EnvId, usize),
    /// In no declarative record: the global object decides (the global environment's id).
    GlobalObject(EnvId),
    /// Anything else (a function's lazily made `arguments`): the full lookup decides.
    Other,
}

/// The index marking a cached resolution as "the global environment, this many hops out".
const CACHED_GLOBAL: u32 = 0xFFFF;

/// ResolveBinding (§9.4.2) of identifier `expr` (named `name`) from the running context's
/// LexicalEnvironment, through the identifier's cache (`Expr::binding_cache`) or by walking
/// outward, which fills the cache.
///
/// The environments around a piece of code always hold the same names (there is no `with`
/// and no direct `eval` in the subset, and a function's `arguments`, the one binding made
/// late, is never cached), so a name found `hops` records outward at index `i` is found
/// there again; the binding's name is checked all the same. Only the global environment
/// gains names as scripts run (its declarative part only grows), so a name cached as absent
/// from that part is checked again when the part has grown.
#[inline]
pub fn resolve_identifier(agent: &Agent, expr: &Expr, name: &Atom) -> Resolved {
    let c = expr.binding_cache.get();
    if c != 0 {
        let mut id = Some(agent.machine.ctx().lex_env);
        for _ in 1..(c >> 16) {
            id = id.and_then(|id| agent.heap.env(id).outer);
        }
        if let Some(id) = id {
            let e = agent.heap.env(id);
            let i = c & 0xFFFF;
            if i == CACHED_GLOBAL {
                if let EnvKind::Global { .. } = e.kind {
                    if (expr.global_slot.get() >> 32) as usize == e.bindings.len() + 1 {
                        return Resolved::GlobalObject(id);
                    }
                    return global_resolution(expr, id, e, name);
                }
            } else if let Some(b) = e.bindings.get(i as usize) {
                if std::rc::Rc::ptr_eq(&b.name, name) || b.name == *name {
                    return Resolved::Binding(id, i as usize);
                }
            }
        }
    }
    let mut env = Some(agent.machine.ctx().lex_env);
    let mut hops: u32 = 0;
    while let Some(id) = env {
        let e = agent.heap.env(id);
        let cacheable = hops < 0xFFFF && &**name != "arguments";
        match &e.kind {
            EnvKind::Global { .. } => {
                let found = global_resolution(expr, id, e, name);
                if cacheable {
                    match found {
                        // In the declarative part: cached like any binding.
                        Resolved::Binding(_, i) if (i as u32) < CACHED_GLOBAL => {
                            expr.binding_cache.set((hops + 1) << 16 | i as u32)
                        }
                        _ => expr.binding_cache.set((hops + 1) << 16 | CACHED_GLOBAL),
                    }
                }
                return found;
            }
            EnvKind::Function {
                arguments: Some(_), ..
            } if &**name == "arguments" => return Resolved::Other,
            _ => {}
        }
        if let Some(i) = e.find_atom(name) {
            if cacheable && (i as u32) < CACHED_GLOBAL {
                expr.binding_cache.set((hops + 1) << 16 | i as u32);
            }
            return Resolved::Binding(id, i);
        }
        hops += 1;
        env = e.outer;
    }
    Resolved::Other
}

/// The global Environment Record `e` (id `id`) resolving `name`: a binding of its
/// declarative part, else its object part; an absence is noted in `expr`'s cache with the
/// part's size.
fn global_resolution(expr: &Expr, id: EnvId, e: &crate::environment::Env, name: &Atom) -> Resolved {
    match e.find_atom(name) {
        Some(i) => Resolved::Binding(id, i),
        None => {
            let seen = (e.bindings.len() as u64 + 1) << 32;
            let slot = expr.global_slot.get() & 0xFFFF_FFFF;
            expr.global_slot.set(seen | slot);
            Resolved::GlobalObject(id)
        }
    }
}

/// GetBindingValue of the global object's property `name` (an Object Environment Record:
/// HasProperty, then Get); `None` when it has none.
fn global_object_value(
    agent: &mut Agent,
    global_env: EnvId,
    name: &Atom,
) -> JsResult<Option<Value>> {
    let EnvKind::Global { object, .. } = agent.heap.env(global_env).kind else {
        unreachable!("the global environment")
    };
    let key = agent.identifier_key(name);
    if let Some(v) = agent.heap.get(object).get_own_data(&key) {
        return Ok(Some(v));
    }
    if has_property(agent, object, &key)? {
        return Ok(Some(get(agent, object, &key)?));
    }
    Ok(None)
}

/// The value of the global object's own data property `name`, through `expr`'s inline
/// cache ([`Expr::global_slot`]): the position the property was found at last time, checked
/// against the key found there. `None` when the global object has no such own data
/// property (an accessor, a property on its prototype chain, or none: the caller's full
/// lookup decides).
pub fn global_own_data(
    agent: &mut Agent,
    expr: &Expr,
    object: ObjectId,
    name: &Atom,
) -> Option<Value> {
    let slot = expr.global_slot.get() & 0xFFFF_FFFF;
    let obj = agent.heap.get(object);
    if !matches!(obj.kind, ObjectKind::Ordinary) {
        return None;
    }
    if slot != 0 {
        if let Some((PropertyKey::String(k), p)) = obj.props.get_index(slot as usize - 1) {
            if k.eq_str(name) {
                return match p {
                    Property::Data { value, .. } => Some(value.clone()),
                    Property::Accessor { .. } => None,
                };
            }
        }
    }
    let key = agent.identifier_key(name);
    let obj = agent.heap.get(object);
    let i = obj.props.get_index_of(&key)?;
    let Some((_, Property::Data { value, .. })) = obj.props.get_index(i) else {
        return None;
    };
    if let Ok(i) = u32::try_from(i + 1) {
        let seen = expr.global_slot.get() & !0xFFFF_FFFF;
        expr.global_slot.set(seen | u64::from(i));
    }
    Some(value.clone())
}

/// GetValue of identifier `expr` (ResolveBinding through [`resolve_identifier`]); `None`
/// when unresolvable.
pub fn get_identifier_expr_value_opt(
    agent: &mut Agent,
    expr: &Expr,
    name: &Atom,
) -> JsResult<Option<Value>> {
    match resolve_identifier(agent, expr, name) {
        Resolved::Binding(env, i) => match &agent.heap.env(env).bindings[i].value {
            Some(v) => Ok(Some(v.clone())),
            None => {
                Err(agent.reference_error(format!("Cannot access '{name}' before initialization")))
            }
        },
        Resolved::GlobalObject(global) => {
            let EnvKind::Global { object, .. } = agent.heap.env(global).kind else {
                unreachable!("the global environment")
            };
            if let Some(v) = global_own_data(agent, expr, object, name) {
                return Ok(Some(v));
            }
            global_object_value(agent, global, name)
        }
        Resolved::Other => get_identifier_value_opt(agent, name),
    }
}

/// GetValue of the identifier `name` that `expr` names or assigns to (its resolution cached
/// on `expr`): a ReferenceError when unresolvable.
fn get_identifier_expr_value(agent: &mut Agent, expr: &Expr, name: &Atom) -> JsResult<Value> {
    match get_identifier_expr_value_opt(agent, expr, name)? {
        Some(v) => Ok(v),
        None => Err(agent.reference_error(format!("{name} is not defined"))),
    }
}

/// PutValue of identifier `name`, the target of assignment `expr` (whose cache holds the
/// target's resolution, [`resolve_identifier`]): an initialized mutable declarative binding
/// that no mapped arguments object aliases is set in place (SetMutableBinding step 4's
/// ordinary case); everything else takes [`put_identifier_value`].
fn put_identifier_expr_value(
    agent: &mut Agent,
    expr: &Expr,
    name: &Atom,
    v: Value,
) -> JsResult<()> {
    if let Resolved::Binding(env, i) = resolve_identifier(agent, expr, name) {
        let e = agent.heap.env_mut(env);
        if !matches!(
            e.kind,
            EnvKind::Function {
                mapped_arguments: Some(_),
                ..
            }
        ) {
            let b = &mut e.bindings[i];
            if b.mutable && b.value.is_some() {
                b.value = Some(v);
                return Ok(());
            }
        }
    }
    put_identifier_value(agent, name, v)
}

/// GetValue of an identifier: a ReferenceError when unresolvable.
pub fn get_identifier_value(agent: &mut Agent, name: &Atom) -> JsResult<Value> {
    match get_identifier_value_opt(agent, name)? {
        Some(v) => Ok(v),
        None => Err(agent.reference_error(format!("{name} is not defined"))),
    }
}

/// CreateUnmappedArgumentsObject ( argumentsList ) (§10.4.4.6), or CreateMappedArgumentsObject
/// (§10.4.4.7) for sloppy functions with simple parameter lists, made the first time the code
/// reads `arguments`, and bound in the function's environment.
fn materialize_arguments(agent: &mut Agent, env: EnvId) -> Value {
    let (args, function) = match &mut agent.heap.env_mut(env).kind {
        EnvKind::Function {
            arguments,
            function,
            ..
        } => (arguments.take().unwrap_or_default(), *function),
        _ => unreachable!("arguments live in function environments"),
    };
    let op = agent.intrinsics.object_prototype;
    let len = args.len();
    let map = parameter_map(agent, function, env, len);
    let obj = agent
        .heap
        .alloc(Object::new(Some(op), ObjectKind::Arguments(None)));
    {
        for (i, mut a) in args.into_iter().enumerate() {
            // A mapped index reads the parameter's current value (the object is made lazily).
            if let Some(Some(name)) = map.as_ref().and_then(|m| m.names.get(i)) {
                let e = agent.heap.env(env);
                if let Some(v) = e.find(name).and_then(|b| e.bindings[b].value.clone()) {
                    a = v;
                }
            }
            agent
                .heap
                .get_mut(obj)
                .props
                .insert(PropertyKey::from_index(i as u32), Property::data(a));
        }
        let o = agent.heap.get_mut(obj);
        o.props.insert(
            PropertyKey::from("length"),
            Property::hidden(Value::Number(len as f64)),
        );
    }
    let iter_key = PropertyKey::Symbol(agent.symbols.iterator.clone());
    let values = Value::Object(agent.intrinsics.array_prototype_values);
    agent
        .heap
        .get_mut(obj)
        .props
        .insert(iter_key, Property::hidden(values));
    let strict = match &agent.heap.get(function).kind {
        ObjectKind::Function(f) => f.code.strict,
        _ => false,
    };
    if strict {
        let thrower = Some(agent.intrinsics.throw_type_error);
        agent.heap.get_mut(obj).props.insert(
            PropertyKey::from("callee"),
            Property::Accessor {
                get: thrower,
                set: thrower,
                enumerable: false,
                configurable: false,
            },
        );
    } else {
        agent.heap.get_mut(obj).props.insert(
            PropertyKey::from("callee"),
            Property::hidden(Value::Object(function)),
        );
    }
    if let Some(map) = map {
        agent.heap.get_mut(obj).kind = ObjectKind::Arguments(Some(map));
        if let EnvKind::Function {
            mapped_arguments, ..
        } = &mut agent.heap.env_mut(env).kind
        {
            *mapped_arguments = Some(obj);
        }
    }
    let e = agent.heap.env_mut(env);
    let i = e.create_binding(Atom::from("arguments"), !strict, strict);
    e.bindings[i].value = Some(Value::Object(obj));
    Value::Object(obj)
}

/// CreateMappedArgumentsObject steps 15-17 (§10.4.4.7): the [[ParameterMap]] of a sloppy
/// function with a simple parameter list (`None` when its arguments object is unmapped).
/// Later parameters of a duplicated name win; indices past the arguments are not mapped.
fn parameter_map(
    agent: &Agent,
    function: ObjectId,
    env: EnvId,
    len: usize,
) -> Option<Box<crate::object::ParameterMap>> {
    let ObjectKind::Function(f) = &agent.heap.get(function).kind else {
        return None;
    };
    let code = f.code;
    let simple = code
        .params
        .iter()
        .all(|p| p.default.is_none() && matches!(p.target, Pattern::Ident(_)))
        && code.rest.is_none();
    if code.strict || !simple {
        return None;
    }
    let mut names: Vec<Option<Atom>> = vec![None; len];
    // 17. Let index be numberOfParameters - 1; repeat while index ≥ 0 (right to left).
    let mut mapped: Vec<&Atom> = Vec::new();
    for (index, p) in code.params.iter().enumerate().rev() {
        let Pattern::Ident(id) = &p.target else {
            continue;
        };
        // b. If mappedNames does not contain name, then append it, and if index < len map it.
        if !mapped.contains(&&id.name) {
            mapped.push(&id.name);
            if index < len {
                names[index] = Some(id.name.clone());
            }
        }
    }
    Some(Box::new(crate::object::ParameterMap { env, names }))
}

/// Writes a parameter's new value into the mapped arguments object's aliasing index.
fn sync_mapped_argument(agent: &mut Agent, args: ObjectId, name: &Atom, v: Value) {
    let obj = agent.heap.get_mut(args);
    let ObjectKind::Arguments(Some(map)) = &obj.kind else {
        return;
    };
    let Some(i) = map.names.iter().position(|n| n.as_ref() == Some(name)) else {
        return;
    };
    if let Some(Property::Data { value, .. }) =
        obj.props.get_mut(&PropertyKey::from_index(i as u32))
    {
        *value = v;
    }
}

/// PutValue for an identifier reference (§6.2.5.6).
pub fn put_identifier_value(agent: &mut Agent, name: &Atom, v: Value) -> JsResult<()> {
    let strict = agent.machine.ctx().strict;
    let mut env = Some(agent.machine.ctx().lex_env);
    while let Some(id) = env {
        let e = agent.heap.env_mut(id);
        if let Some(i) = e.find(name) {
            let b = &mut e.bindings[i];
            // SetMutableBinding (§9.1.1.1.5)
            if b.value.is_none() {
                return Err(
                    agent.reference_error(format!("Cannot access '{name}' before initialization"))
                );
            }
            if b.mutable {
                b.value = Some(v.clone());
                // A parameter aliased by a mapped arguments object (§10.4.4.7 MakeArgSetter).
                if let EnvKind::Function {
                    mapped_arguments: Some(args),
                    ..
                } = e.kind
                {
                    sync_mapped_argument(agent, args, name, v);
                }
                return Ok(());
            }
            if b.strict || strict {
                return Err(agent.type_error("Assignment to constant variable."));
            }
            return Ok(());
        }
        match &e.kind {
            EnvKind::Global { object, .. } => {
                let object = *object;
                let key = agent.identifier_key(name);
                // 3. If IsUnresolvableReference(V) is true and strict, throw a ReferenceError.
                if strict && !has_property(agent, object, &key)? {
                    return Err(agent.reference_error(format!("{name} is not defined")));
                }
                return set(agent, object, key, v, strict);
            }
            EnvKind::Function {
                arguments: Some(_), ..
            } if &**name == "arguments" => {
                materialize_arguments(agent, id);
                return put_identifier_value(agent, name, v);
            }
            _ => {}
        }
        env = e.outer;
    }
    unreachable!("the global environment ends every chain")
}

/// InitializeBinding ( N, V ) (§9.1.1.1.4) in a specific environment.
pub fn initialize_binding(agent: &mut Agent, env: EnvId, name: &Atom, v: Value) {
    let e = agent.heap.env_mut(env);
    match e.find(name) {
        Some(i) => e.bindings[i].value = Some(v),
        None => {
            if let EnvKind::Global { object, .. } = e.kind {
                let key = agent.identifier_key(name);
                agent
                    .heap
                    .get_mut(object)
                    .props
                    .insert(key, Property::data(v));
            } else {
                unreachable!("InitializeBinding of a binding the environment created: {name}")
            }
        }
    }
}

/// GetThisEnvironment ( ) (§9.4.3)
#[doc(alias = "GetThisEnvironment")]
pub fn get_this_environment(agent: &Agent) -> EnvId {
    let mut env = agent.machine.ctx().lex_env;
    loop {
        let e = agent.heap.env(env);
        if e.has_this_binding() {
            return env;
        }
        env = e.outer.expect("the global environment has a this binding");
    }
}

/// ResolveThisBinding ( ) (§9.4.4)
#[doc(alias = "ResolveThisBinding")]
pub fn resolve_this_binding(agent: &mut Agent) -> JsResult<Value> {
    let env = get_this_environment(agent);
    match &agent.heap.env(env).kind {
        EnvKind::Function { this, .. } => match this {
            ThisBinding::Initialized(v) => Ok(v.clone()),
            _ => Err(agent.reference_error(
                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
            )),
        },
        EnvKind::Global { this, .. } => Ok(Value::Object(*this)),
        EnvKind::Declarative => unreachable!("has_this_binding"),
    }
}

/// GetSuperBase of the running code: [[HomeObject]].[[GetPrototypeOf]]().
fn super_base(agent: &mut Agent) -> JsResult<Value> {
    let env = get_this_environment(agent);
    let home = match &agent.heap.env(env).kind {
        EnvKind::Function { home, .. } => *home,
        _ => None,
    };
    match home {
        Some(h) => Ok(agent.heap.get(h).proto.map_or(Value::Null, Value::Object)),
        None => Err(agent.syntax_error("'super' keyword unexpected here")),
    }
}

// ───────────────────────────── references ─────────────────────────────

/// What a member reference is evaluated for.
#[derive(Clone, Copy, Debug)]
pub enum RefPurpose<'a> {
    Get,
    /// `target = value` or `target op= value`.
    Assign {
        op: AssignOp,
        value: &'a Expr,
    },
    Update {
        op: UpdateOp,
        prefix: bool,
    },
    Delete,
    /// The callee of a call: the base becomes `this`.
    Callee {
        kind: CallKind<'a>,
        call: &'a Expr,
    },
    /// A destructuring assignment target; the reference goes back to the pattern.
    PatternTarget,
}

/// A property reference (§6.2.5): base value, key and `this` (for super references).
#[derive(Clone, Debug)]
pub struct PropRef {
    pub base: Value,
    pub key: RefKey,
    pub this: Value,
}

#[derive(Clone, Debug)]
pub enum RefKey {
    Key(PropertyKey),
    Private(crate::environment::PrivateName),
    /// `base[expr]` whose key value is an object not yet passed through ToPropertyKey: for
    /// `a[k] = v` and destructuring targets the conversion waits for PutValue, after the
    /// right-hand side (§13.3.3 EvaluatePropertyAccessWithExpressionKey, NOTE).
    Pending(Value),
}

/// The base's ToObject and then the key's ToPropertyKey, in GetValue/PutValue's order
/// (§6.2.5.5 step 3.a-b, §6.2.5.6 step 3.a-b): a nullish base throws before the key is
/// converted. `reading` words the error for GetValue, else for PutValue.
fn resolve_pending_key(agent: &mut Agent, r: &PropRef, reading: bool) -> JsResult<PropertyKey> {
    let RefKey::Pending(v) = &r.key else {
        unreachable!("only pending keys are resolved")
    };
    if r.base.is_nullish() {
        let b = if r.base.is_undefined() {
            "undefined"
        } else {
            "null"
        };
        let what = if reading { "read" } else { "set" };
        return Err(agent.type_error(format!("Cannot {what} properties of {b}")));
    }
    to_property_key(agent, v)
}

/// GetValue ( V ) (§6.2.5.5) for a property reference.
pub fn get_reference_value(agent: &mut Agent, r: &PropRef) -> JsResult<Value> {
    if let RefKey::Pending(_) = &r.key {
        let key = resolve_pending_key(agent, r, true)?;
        let r = PropRef {
            base: r.base.clone(),
            key: RefKey::Key(key),
            this: r.this.clone(),
        };
        return get_reference_value(agent, &r);
    }
    match &r.key {
        RefKey::Private(p) => private_get(agent, &r.base, p),
        RefKey::Pending(_) => unreachable!("resolved above"),
        RefKey::Key(k) => {
            if r.base.is_nullish() {
                return Err(cannot_read(agent, &r.base, k));
            }
            match &r.base {
                Value::Object(o) => get_with_receiver(agent, *o, k, r.this.clone()),
                _ => get_v(agent, &r.base, k),
            }
        }
    }
}

fn cannot_read(agent: &mut Agent, base: &Value, k: &PropertyKey) -> Abrupt {
    let base = if base.is_undefined() {
        "undefined"
    } else {
        "null"
    };
    agent.type_error(format!(
        "Cannot read properties of {base} (reading '{}')",
        key_display(k)
    ))
}

/// PutValue ( V, W ) (§6.2.5.6) for a property reference.
pub fn put_reference_value(agent: &mut Agent, r: &PropRef, v: Value) -> JsResult<()> {
    if let RefKey::Pending(_) = &r.key {
        let key = resolve_pending_key(agent, r, false)?;
        let r = PropRef {
            base: r.base.clone(),
            key: RefKey::Key(key),
            this: r.this.clone(),
        };
        return put_reference_value(agent, &r, v);
    }
    match &r.key {
        RefKey::Private(p) => private_set(agent, &r.base, p, v),
        RefKey::Pending(_) => unreachable!("resolved above"),
        RefKey::Key(k) => {
            let strict = agent.machine.ctx().strict;
            if r.base.is_nullish() {
                let base = if r.base.is_undefined() {
                    "undefined"
                } else {
                    "null"
                };
                return Err(agent.type_error(format!(
                    "Cannot set properties of {base} (setting '{}')",
                    key_display(k)
                )));
            }
            let target = match &r.base {
                Value::Object(o) => *o,
                other => to_object(agent, other)?,
            };
            // b. Let succeeded be ? baseObj.[[Set]](V.[[ReferencedName]], W, GetThisValue(V)).
            let succeeded = set_with_receiver(agent, target, k.clone(), v, r.this.clone())?;
            // c. If succeeded is false and V.[[Strict]] is true, throw a TypeError exception.
            if !succeeded && strict {
                if !matches!(r.base, Value::Object(_)) {
                    // V8 quotes the primitive's string form: `on bigint '1'`.
                    let shown = match &r.base {
                        Value::Symbol(s) => s.descriptive_string(),
                        other => to_string(agent, other)?.to_rust_string(),
                    };
                    let ty = r.base.type_name();
                    return Err(agent.type_error(format!(
                        "Cannot create property '{}' on {ty} '{shown}'",
                        key_display(k)
                    )));
                }
                return Err(cannot_assign_error(agent, target, k));
            }
            Ok(())
        }
    }
}

/// Starts evaluating `super.x` / `super[x]`.
fn start_super_reference<'a>(
    agent: &mut Agent<'a>,
    property: &'a MemberProp,
    purpose: RefPurpose<'a>,
) {
    // SuperProperty evaluation (§13.3.7.1): env = GetThisEnvironment(); actualThis = ? env.GetThisBinding().
    let this = match resolve_this_binding(agent) {
        Ok(t) => t,
        Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
    };
    match property {
        MemberProp::Ident(id) => {
            let key = agent.identifier_key(&id.name);
            finish_super_reference(agent, this, key, purpose);
        }
        MemberProp::Computed(expr) => {
            agent.machine.push_frame(Frame::SuperKey { this, purpose });
            crate::runtime_semantics::machine::eval_now(agent, expr);
        }
        MemberProp::Private(_) => unreachable!("super.#x is a syntax error"),
    }
}

/// MakeSuperPropertyReference ( actualThis, propertyKey, strict ) (§13.3.7.3) and then the
/// purpose's next step.
pub fn finish_super_reference<'a>(
    agent: &mut Agent<'a>,
    this: Value,
    key: PropertyKey,
    purpose: RefPurpose<'a>,
) {
    finish_super_reference_with(agent, this, RefKey::Key(key), purpose);
}

/// `super[expr]`: the key's value arrived (SuperProperty evaluation, §13.3.7.1). As for
/// `base[expr]`, an object key's ToPropertyKey waits for GetValue or PutValue (after the
/// right-hand side of `super[k] = v`); other keys convert at once, without side effects.
pub fn resume_super_key<'a>(agent: &mut Agent<'a>, this: Value, purpose: RefPurpose<'a>, v: Value) {
    let key = if matches!(v, Value::Object(_)) {
        RefKey::Pending(v)
    } else {
        match to_property_key(agent, &v) {
            Ok(k) => RefKey::Key(k),
            Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
        }
    };
    finish_super_reference_with(agent, this, key, purpose);
}

fn finish_super_reference_with<'a>(
    agent: &mut Agent<'a>,
    this: Value,
    key: RefKey,
    purpose: RefPurpose<'a>,
) {
    let base = match super_base(agent) {
        Ok(b) => b,
        Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
    };
    let r = PropRef { base, key, this };
    use_reference(agent, r, purpose);
}

/// Member object evaluated: the key next (or at once for `.name`).
pub fn resume_ref_object<'a>(
    agent: &mut Agent<'a>,
    member: &'a Expr,
    purpose: RefPurpose<'a>,
    base: Value,
) {
    let ExprKind::Member {
        property, optional, ..
    } = &member.kind
    else {
        unreachable!("RefObject holds a member expression")
    };
    // OptionalChain: `a?.b` short-circuits when a is undefined or null.
    if *optional && base.is_nullish() {
        return short_circuit_optional_chain(agent);
    }
    match property {
        MemberProp::Ident(id) => {
            // V8 reports a failing property access at the property name (`o.name.length`
            // at `length`).
            agent.machine.span = id.span;
            let r = PropRef {
                this: base.clone(),
                base,
                key: RefKey::Key(agent.identifier_key(&id.name)),
            };
            use_reference(agent, r, purpose);
        }
        MemberProp::Private(id) => {
            let Some(penv) = agent.machine.ctx().private_env.clone() else {
                let e = agent.syntax_error(format!(
                    "Private field '#{}' must be declared in an enclosing class",
                    id.name
                ));
                return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
            };
            let name = crate::environment::resolve_private_identifier(&penv, &id.name);
            let r = PropRef {
                this: base.clone(),
                base,
                key: RefKey::Private(name),
            };
            use_reference(agent, r, purpose);
        }
        MemberProp::Computed(expr) => {
            if let Some(key) = evaluate_operand_at_once(agent, expr) {
                // The key delivered: the RefKey frame's step.
                agent.machine.steps += 1;
                return resume_ref_key(agent, base, purpose, key);
            }
            agent.machine.push_frame(Frame::RefKey { base, purpose });
            crate::runtime_semantics::machine::eval_now(agent, expr);
        }
    }
}

/// PutValue(r, v) for `r = v` once the value arrived (the PutRef frame), delivering v.
pub fn put_ref(agent: &mut Agent, r: PropRef, target_span: Span, v: Value) {
    // An error PutValue throws (`Cannot set properties of null`) points at the target, not
    // at the right-hand side evaluated just before.
    agent.machine.span = target_span;
    let res = put_reference_value(agent, &r, v.clone()).map(|_| v);
    if res.is_err() && agent.machine.throw_span.is_none() {
        agent.machine.throw_span = Some(target_span);
    }
    crate::runtime_semantics::machine::deliver_now(agent, res);
}

/// Member key evaluated (EvaluatePropertyAccessWithExpressionKey, §13.3.3).
pub fn resume_ref_key<'a>(agent: &mut Agent<'a>, base: Value, purpose: RefPurpose<'a>, key: Value) {
    // An object key's ToPropertyKey can be observed: it runs after the base's ToObject
    // (GetValue, PutValue), and for `a[k] = v` and destructuring targets after the value
    // is evaluated. Other keys convert without side effects, at once.
    let key = if matches!(key, Value::Object(_)) {
        RefKey::Pending(key)
    } else {
        match to_property_key(agent, &key) {
            Ok(k) => RefKey::Key(k),
            Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
        }
    };
    let r = PropRef {
        this: base.clone(),
        base,
        key,
    };
    use_reference(agent, r, purpose);
}

/// What to do with an evaluated property reference.
fn use_reference<'a>(agent: &mut Agent<'a>, mut r: PropRef, purpose: RefPurpose<'a>) {
    // A reference that is read and then written (`a[k] += v`, `a[k]++`, delete) converts
    // its key once, in GetValue's order; `a[k] = v` and destructuring targets keep it for
    // PutValue.
    let converts_now = !matches!(
        purpose,
        RefPurpose::PatternTarget
            | RefPurpose::Assign {
                op: AssignOp::Assign,
                ..
            }
    );
    if converts_now && matches!(r.key, RefKey::Pending(_)) {
        match resolve_pending_key(agent, &r, true) {
            Ok(k) => r.key = RefKey::Key(k),
            Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
        }
    }
    match purpose {
        RefPurpose::Get => {
            let v = get_reference_value(agent, &r);
            crate::runtime_semantics::machine::deliver_now(agent, v);
        }
        RefPurpose::Assign { op, value } => match op {
            AssignOp::Assign => {
                // The right-hand side first: PutValue's ToObject(base) throws after it
                // (§13.15.2 step 1.e-f).
                let target_span = agent.machine.span;
                if let Some(v) = evaluate_operand_at_once(agent, value) {
                    // The value delivered: the PutRef frame's step.
                    agent.machine.steps += 1;
                    return put_ref(agent, r, target_span, v);
                }
                agent.machine.push_frame(Frame::PutRef { r, target_span });
                crate::runtime_semantics::machine::eval_now(agent, value);
            }
            AssignOp::Op(bop) => {
                let old = match get_reference_value(agent, &r) {
                    Ok(v) => v,
                    Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
                };
                if let Some(v) = evaluate_operand_at_once(agent, value) {
                    // The value delivered: the CompoundRef frame's step.
                    agent.machine.steps += 1;
                    return resume_compound_ref(agent, r, bop, old, v);
                }
                agent
                    .machine
                    .push_frame(Frame::CompoundRef { r, op: bop, old });
                crate::runtime_semantics::machine::eval_now(agent, value);
            }
            AssignOp::Logical(lop) => {
                let old = match get_reference_value(agent, &r) {
                    Ok(v) => v,
                    Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
                };
                if logical_short_circuits(lop, &old) {
                    return crate::runtime_semantics::machine::deliver_now(agent, Ok(old));
                }
                let target_span = agent.machine.span;
                agent.machine.push_frame(Frame::PutRef { r, target_span });
                crate::runtime_semantics::machine::eval_now(agent, value);
            }
        },
        RefPurpose::Update { op, prefix } => {
            let result = (|| {
                // 1-3. Let oldValue be ? ToNumeric(? GetValue(expr)).
                let old = get_reference_value(agent, &r)?;
                let old = to_numeric(agent, &old)?;
                // 4. Let newValue be oldValue ± 1 (Number::add or BigInt::add).
                let new = update_value(agent, &old, op)?;
                // 5. Perform ? PutValue(expr, newValue).
                put_reference_value(agent, &r, new.clone())?;
                // 6. Return oldValue (postfix) or newValue (prefix).
                Ok(if prefix { new } else { old.into_value() })
            })();
            crate::runtime_semantics::machine::deliver_now(agent, result);
        }
        RefPurpose::Delete => {
            let result = (|| {
                let RefKey::Key(k) = &r.key else {
                    unreachable!("delete of a private name is a syntax error")
                };
                if r.base.is_nullish() {
                    return Err(agent.type_error("Cannot convert undefined or null to object"));
                }
                // 5.b-d. Let baseObj be ? ToObject(ref.[[Base]]); deleteStatus = ? baseObj.[[Delete]](name).
                let o = to_object(agent, &r.base)?;
                let status = delete_own_property(agent, o, k)?;
                // e. If deleteStatus is false and ref.[[Strict]] is true, throw a TypeError exception.
                if !status && agent.machine.ctx().strict {
                    if crate::builtins::proxy::is_proxy(agent, o) {
                        return Err(agent.type_error(format!(
                            "'deleteProperty' on proxy: trap returned falsish for property '{}'",
                            key_display(k)
                        )));
                    }
                    let msg = format!(
                        "Cannot delete property '{}' of {}",
                        key_display(k),
                        crate::describe::brief_object(agent, o)
                    );
                    return Err(agent.type_error(msg));
                }
                Ok(Value::Bool(status))
            })();
            crate::runtime_semantics::machine::deliver_now(agent, result);
        }
        RefPurpose::Callee { kind, call } => match get_reference_value(agent, &r) {
            Ok(func) => start_arguments(agent, call, func, r.this, kind),
            Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
        },
        RefPurpose::PatternTarget => {
            agent.machine.pending_ref = Some(r);
            crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined));
        }
    }
}

/// The result of `op` would not evaluate its right operand.
pub fn logical_short_circuits(op: LogicalOp, v: &Value) -> bool {
    match op {
        LogicalOp::And => !to_boolean(v),
        LogicalOp::Or => to_boolean(v),
        LogicalOp::Nullish => !v.is_nullish(),
    }
}

/// OptionalChain short-circuit: the whole chain evaluates to undefined.
pub fn short_circuit_optional_chain(agent: &mut Agent) {
    while let Some(f) = agent.machine.pop_frame() {
        match f {
            Frame::OptionalChain => break,
            // delete of a short-circuited chain deletes nothing and is true (§13.5.1.2 step 2).
            Frame::OptionalDelete => {
                return crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Bool(true)))
            }
            Frame::OptionalCallee { call, kind } => {
                return start_arguments(agent, call, Value::Undefined, Value::Undefined, kind);
            }
            _ => {}
        }
    }
    crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined));
}

// ───────────────────────────── calls ─────────────────────────────

/// Evaluates a callee: member callees supply `this` (EvaluateCall, §13.3.6.2).
fn start_callee<'a>(agent: &mut Agent<'a>, callee: &'a Expr, kind: CallKind<'a>, call: &'a Expr) {
    let inner = strip_parens(callee);
    match &inner.kind {
        ExprKind::Member { object, .. } => {
            if let Some(base) = evaluate_operand_at_once(agent, object) {
                // The object delivered: the RefObject frame's step.
                agent.machine.steps += 1;
                return resume_ref_object(agent, inner, RefPurpose::Callee { kind, call }, base);
            }
            agent.machine.push_frame(Frame::RefObject {
                member: inner,
                purpose: RefPurpose::Callee { kind, call },
            });
            crate::runtime_semantics::machine::eval_now(agent, object);
        }
        ExprKind::SuperMember { property } => {
            start_super_reference(agent, property, RefPurpose::Callee { kind, call });
        }
        // `(a?.b)()`: a parenthesized optional chain ending in a member access is a
        // Reference (§13.3.9.1), whose base is the call's this value.
        ExprKind::OptionalChain(chain) if !std::ptr::eq(inner, callee) => {
            let member = strip_parens(chain);
            if let ExprKind::Member { object, .. } = &member.kind {
                agent
                    .machine
                    .push_frame(Frame::OptionalCallee { call, kind });
                agent.machine.push_frame(Frame::RefObject {
                    member,
                    purpose: RefPurpose::Callee { kind, call },
                });
                crate::runtime_semantics::machine::eval_now(agent, object);
            } else {
                agent.machine.push_frame(Frame::Callee { call, kind });
                crate::runtime_semantics::machine::eval_now(agent, callee);
            }
        }
        _ => {
            if let Some(func) = evaluate_operand_at_once(agent, callee) {
                // The callee delivered: the Callee frame's step.
                agent.machine.steps += 1;
                return resume_callee(agent, call, kind, func);
            }
            agent.machine.push_frame(Frame::Callee { call, kind });
            crate::runtime_semantics::machine::eval_now(agent, callee);
        }
    }
}

/// The callee's value is known: evaluate the arguments.
pub fn start_arguments<'a>(
    agent: &mut Agent<'a>,
    call: &'a Expr,
    func: Value,
    this: Value,
    kind: CallKind<'a>,
) {
    match (&call.kind, kind) {
        (ExprKind::Call { args, optional, .. }, CallKind::Call) => {
            // OptionalCall: `f?.()` short-circuits when f is undefined or null.
            if *optional && func.is_nullish() {
                return short_circuit_optional_chain(agent);
            }
            let values = agent.heap.take_value_list(args.len());
            resume_call_args(
                agent,
                call,
                func,
                this,
                args,
                0,
                values,
                kind,
                Value::Undefined,
                true,
            );
        }
        (ExprKind::New { args, .. }, CallKind::New) => {
            let values = agent.heap.take_value_list(args.len());
            resume_call_args(
                agent,
                call,
                func,
                this,
                args,
                0,
                values,
                kind,
                Value::Undefined,
                true,
            );
        }
        (_, CallKind::Tagged(quasi)) => {
            // GetTemplateObject, then the substitutions.
            let template = get_template_object(agent, quasi);
            if quasi.exprs.is_empty() {
                return finish_call(agent, call, func, this, vec![Value::Object(template)], kind);
            }
            agent.machine.push_frame(Frame::TaggedArgs {
                call,
                func,
                this,
                quasi,
                values: vec![Value::Object(template)],
            });
            crate::runtime_semantics::machine::eval_now(agent, &quasi.exprs[0]);
        }
        _ => unreachable!("call kinds match their nodes"),
    }
}

/// One argument evaluated (ArgumentListEvaluation, §13.3.8.1); the next, or the call.
pub fn resume_call_args<'a>(
    agent: &mut Agent<'a>,
    call: &'a Expr,
    func: Value,
    this: Value,
    args: &'a [Argument],
    mut index: usize,
    mut values: Vec<Value>,
    kind: CallKind<'a>,
    v: Value,
    first: bool,
) {
    if !first {
        match &args[index] {
            Argument::Expr(_) => values.push(v),
            Argument::Spread(e) => match spread_arguments(agent, &v, e) {
                Ok(list) => {
                    let n = values.len() + list.len();
                    if let Err(e) =
                        crate::runtime_semantics::machine::check_argument_count(agent, n)
                    {
                        return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
                    }
                    values.extend(list)
                }
                Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            },
        }
        index += 1;
    }
    // Pure arguments are evaluated here, each counting its steps and the CallArgs frame's
    // step that receives it.
    while let Some(Argument::Expr(e)) = args.get(index) {
        match evaluate_operand_at_once(agent, e) {
            Some(v) => {
                agent.machine.steps += 1;
                values.push(v);
                index += 1;
            }
            None => break,
        }
    }
    if index < args.len() {
        let e = match &args[index] {
            Argument::Expr(e) | Argument::Spread(e) => e,
        };
        agent.machine.push_frame(Frame::CallArgs {
            call,
            func,
            this,
            args,
            index,
            values,
            kind,
        });
        crate::runtime_semantics::machine::eval_now(agent, e);
        return;
    }
    finish_call(agent, call, func, this, values, kind);
}

/// Where V8 places a call in a stack trace: the property name of a method call (`o.f()` at
/// `f`), the name of a plain call (`f()` at `f`), the argument list of any other callee
/// (`(() => 1)()` at the second `(`), the `new` keyword of a construction.
pub fn call_position(call: &Expr) -> Span {
    let callee = match &call.kind {
        ExprKind::Call { callee, .. } | ExprKind::TaggedTemplate { tag: callee, .. } => callee,
        _ => return call.span,
    };
    let mut callee: &Expr = callee;
    while let ExprKind::OptionalChain(inner) = &callee.kind {
        callee = inner;
    }
    match &callee.kind {
        ExprKind::Member { property, .. } | ExprKind::SuperMember { property } => match property {
            MemberProp::Ident(id) | MemberProp::Private(id) => id.span,
            MemberProp::Computed(e) => e.span,
        },
        ExprKind::Ident(_) => callee.span,
        _ => Span {
            start: callee.span.end,
            end: callee.span.end + 1,
        },
    }
}

/// Every argument is evaluated: [[Call]] or [[Construct]].
fn finish_call<'a>(
    agent: &mut Agent<'a>,
    call: &'a Expr,
    func: Value,
    this: Value,
    args: Vec<Value>,
    kind: CallKind<'a>,
) {
    // Host-defined (V8): the call's position, where a stack frame of the callee's caller
    // points and where an error thrown by a built-in callee is reported.
    agent.machine.span = call_position(call);
    match kind {
        CallKind::Call | CallKind::Tagged(_) => {
            // EvaluateCall 4. If IsCallable(func) is false, throw a TypeError exception.
            let Some(f) = func
                .as_object()
                .filter(|o| agent.heap.get(*o).is_callable())
            else {
                let callee = match &call.kind {
                    ExprKind::Call { callee, .. }
                    | ExprKind::TaggedTemplate { tag: callee, .. } => callee,
                    _ => call,
                };
                let text = call_printer(callee);
                let e = agent.type_error(format!("{text} is not a function"));
                return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
            };
            crate::trace::call(agent, f, call.span);
            call_from_machine(agent, f, this, args);
        }
        CallKind::New => {
            // EvaluateNew 7. If IsConstructor(constructor) is false, throw a TypeError exception.
            if !is_constructor(agent, &func) {
                let callee = match &call.kind {
                    ExprKind::New { callee, .. } => callee,
                    _ => call,
                };
                let text = call_printer(callee);
                let e = agent.type_error(format!("{text} is not a constructor"));
                return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
            }
            let f = func.as_object().expect("constructor");
            construct_from_machine(agent, f, args, f);
        }
        CallKind::Super { env } => {
            // SuperCall 5. If IsConstructor(func) is false, throw a TypeError exception.
            if !is_constructor(agent, &func) {
                let shown = crate::describe::brief_value(agent, &func);
                let e = agent.type_error(format!(
                    "Super constructor {shown} of anonymous class is not a constructor"
                ));
                return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
            }
            // 6. Let result be ? Construct(func, argList, newTarget).
            let f = func.as_object().expect("constructor");
            let new_target = this.as_object().expect("super() runs under new");
            agent.machine.push_frame(Frame::SuperCallResult { env });
            construct_from_machine(agent, f, args, new_target);
        }
    }
}

/// SuperCall steps 7-11: bind `this` and initialize the fields.
pub fn resume_super_call_result<'a>(agent: &mut Agent<'a>, env: EnvId, result: Value) {
    // 8. Perform ? thisER.BindThisValue(result).
    let f = match &mut agent.heap.env_mut(env).kind {
        EnvKind::Function { this, function, .. } => {
            if matches!(this, ThisBinding::Initialized(_)) {
                let e = agent.reference_error("Super constructor may only be called once");
                return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
            }
            *this = ThisBinding::Initialized(result.clone());
            *function
        }
        _ => unreachable!("super() binds a function environment's this"),
    };
    // 10. Perform ? InitializeInstanceElements(result, F).
    let fields = match &agent.heap.get(f).kind {
        ObjectKind::Function(d) => d.fields.clone(),
        _ => Vec::new(),
    };
    let obj = result.as_object().expect("constructors return objects");
    agent.machine.push_frame(Frame::Value { value: result });
    crate::runtime_semantics::functions::start_initialize_instance_elements(agent, obj, f, fields);
    // The fields (or nothing) deliver to the Value frame, which gives `result`.
    if agent.machine.step.is_none() {
        crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Undefined));
    }
}

/// GetTemplateObject ( templateLiteral ) (§13.2.8.4): one frozen strings array with a frozen
/// `raw` array per template site.
#[doc(alias = "GetTemplateObject")]
pub fn get_template_object(agent: &mut Agent, t: &Template) -> ObjectId {
    if let Some(o) = agent.template_map.get(&t.site_id) {
        return *o;
    }
    let cooked: Vec<Option<Value>> = t
        .cooked
        .iter()
        .map(|c| {
            Some(
                c.clone()
                    .map_or(Value::Undefined, |s| Value::String(JsString::from_units(s))),
            )
        })
        .collect();
    let raw: Vec<Option<Value>> = t
        .raw
        .iter()
        .map(|r| Some(Value::String(JsString::from_units(r.clone()))))
        .collect();
    let template = array_from_values(agent, cooked);
    let raw_obj = array_from_values(agent, raw);
    let _ = set_integrity_level(agent, raw_obj, true);
    agent.heap.get_mut(template).define_own_property(
        PropertyKey::from("raw"),
        PropertyDescriptor::data(Value::Object(raw_obj), false, false, false),
    );
    let _ = set_integrity_level(agent, template, true);
    agent.template_map.insert(t.site_id, template);
    template
}

// ───────────────────────────── literals ─────────────────────────────

/// ArrayAccumulation's SpreadElement steps 2-4 (§13.2.4.1): GetIterator and drain it; V8
/// names the spread expression when it has no Symbol.iterator method.
fn spread_to_list(agent: &mut Agent, v: &Value, e: &Expr) -> JsResult<Vec<Value>> {
    let mut record = get_iterator_of(agent, v, e)?;
    crate::abstract_ops::operations_on_iterator_objects::iterator_to_list(agent, &mut record)
}

/// ArgumentListEvaluation's spread (§13.3.8.1): GetIterator and drain it, with V8's messages
/// for arguments that cannot be spread.
fn spread_arguments(agent: &mut Agent, v: &Value, e: &Expr) -> JsResult<Vec<Value>> {
    // 2.a. Let method be ? GetMethod(obj, %Symbol.iterator%).
    if v.is_nullish() {
        let shown = if v.is_undefined() {
            "undefined"
        } else {
            "null"
        };
        return Err(agent.type_error(format!(
            "{} is not iterable (cannot read property {shown})",
            call_printer(e)
        )));
    }
    let key = PropertyKey::Symbol(agent.symbols.iterator.clone());
    let method = get_method(agent, v, &key)?;
    // 3. If method is undefined, throw a TypeError exception.
    if method.is_undefined() {
        return Err(agent
            .type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function"));
    }
    use crate::abstract_ops::operations_on_iterator_objects as iter;
    let mut record = iter::get_iterator_from_method(agent, v, &method)?;
    // IteratorToList, stopped past V8's argument bound. NOTE(mini-js): V8 drains the
    // whole iterable first; stopping at the bound keeps an endless iterator from
    // exhausting the host (an iterator with side effects past ~125,000 steps differs).
    let mut list = Vec::new();
    while let Some(v) = iter::iterator_step_value(agent, &mut record)? {
        list.push(v);
        crate::runtime_semantics::machine::check_argument_count(agent, list.len())?;
    }
    Ok(list)
}

/// GetIterator ( obj, sync ) (§7.4.4) of the value of expression `e` (a spread, a for-of
/// head): V8's TypeError names the expression, "o is not iterable".
pub fn get_iterator_of(
    agent: &mut Agent,
    v: &Value,
    e: &Expr,
) -> JsResult<crate::abstract_ops::operations_on_iterator_objects::IteratorRecord> {
    // 2.a. Let method be ? GetMethod(obj, %Symbol.iterator%) (undefined and null have none).
    let method = if v.is_nullish() {
        Value::Undefined
    } else {
        let key = PropertyKey::Symbol(agent.symbols.iterator.clone());
        get_method(agent, v, &key)?
    };
    // 3. If method is undefined, throw a TypeError exception.
    if method.is_undefined() {
        return Err(agent.type_error(format!("{} is not iterable", call_printer(e))));
    }
    // 4. Return ? GetIteratorFromMethod(obj, method).
    crate::abstract_ops::operations_on_iterator_objects::get_iterator_from_method(agent, v, &method)
}

/// ArrayLiteral evaluation (§13.2.4.1): elements in order; spread through the iterator protocol.
pub fn resume_array_literal<'a>(
    agent: &mut Agent<'a>,
    elems: &'a [ArrayElement],
    mut index: usize,
    mut values: Vec<Option<Value>>,
    v: Value,
    first: bool,
) {
    if !first {
        match &elems[index] {
            ArrayElement::Expr(_) => values.push(Some(v)),
            ArrayElement::Spread(e) => match spread_to_list(agent, &v, e) {
                Ok(list) => {
                    // The values grow under the heap limit, checked before they reallocate.
                    if crate::heap::reserve_counted(&mut values, list.len()).is_err() {
                        let max = agent.options.max_heap_bytes.unwrap_or(u64::MAX);
                        let stop = crate::Abrupt::Terminate(crate::Limit::HeapBytes(max));
                        return crate::runtime_semantics::machine::deliver_now(agent, Err(stop));
                    }
                    values.extend(list.into_iter().map(Some))
                }
                Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            },
            ArrayElement::Hole => unreachable!("holes are not evaluated"),
        }
        index += 1;
    }
    while index < elems.len() {
        match &elems[index] {
            ArrayElement::Hole => {
                values.push(None);
                index += 1;
            }
            ArrayElement::Expr(e) | ArrayElement::Spread(e) => {
                agent.machine.push_frame(Frame::ArrayLit {
                    elems,
                    index,
                    values,
                });
                crate::runtime_semantics::machine::eval_now(agent, e);
                return;
            }
        }
    }
    let a = array_from_values(agent, values);
    crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Object(a)));
}

/// PropertyDefinitionEvaluation (§13.2.5.5) from property `index` on.
pub fn continue_object_literal<'a>(
    agent: &mut Agent<'a>,
    props: &'a [PropDef],
    mut index: usize,
    obj: ObjectId,
) {
    // The ObjectLit frame is on the stack; pop it while we work synchronously.
    agent.machine.pop_frame();
    while index < props.len() {
        match &props[index] {
            PropDef::KeyValue { key, value } => {
                match key {
                    PropKey::Computed(k) => {
                        agent.machine.push_frame(Frame::ObjectLit {
                            props,
                            index,
                            obj,
                            key: None,
                        });
                        crate::runtime_semantics::machine::eval_now(agent, k);
                    }
                    _ => {
                        let k = literal_key(agent, key);
                        agent.machine.push_frame(Frame::ObjectLit {
                            props,
                            index,
                            obj,
                            key: Some(k.clone()),
                        });
                        // 3-5. `__proto__: function () {}` is a proto setter: no NamedEvaluation.
                        if is_proto_key(key) {
                            crate::runtime_semantics::machine::eval_now(agent, value);
                        } else {
                            eval_named(agent, value, || k);
                        }
                    }
                }
                return;
            }
            PropDef::Shorthand(id) => {
                match get_identifier_value(agent, &id.name) {
                    Ok(v) => {
                        let key = agent.identifier_key(&id.name);
                        let _ = create_data_property(agent, obj, key, v);
                    }
                    Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
                }
                index += 1;
            }
            PropDef::Spread(e) => {
                agent.machine.push_frame(Frame::ObjectLit {
                    props,
                    index,
                    obj,
                    key: None,
                });
                crate::runtime_semantics::machine::eval_now(agent, e);
                return;
            }
            PropDef::Method { key, .. } => match key {
                PropKey::Computed(k) => {
                    agent.machine.push_frame(Frame::ObjectLit {
                        props,
                        index,
                        obj,
                        key: None,
                    });
                    crate::runtime_semantics::machine::eval_now(agent, k);
                    return;
                }
                _ => {
                    let k = literal_key(agent, key);
                    if let Err(e) = define_object_method(agent, obj, &props[index], k) {
                        return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
                    }
                    index += 1;
                }
            },
        }
    }
    crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Object(obj)));
}

/// Whether a non-computed property name is `__proto__` (PropertyDefinitionEvaluation
/// step 3: isProtoSetter).
fn is_proto_key(pk: &PropKey) -> bool {
    matches!(pk, PropKey::Ident(id) if &*id.name == "__proto__")
        || matches!(pk, PropKey::String(s, _) if String::from_utf16_lossy(s) == "__proto__")
}

/// A value arrived for property `index` of an object literal: a computed key, a property
/// value or a spread source.
pub fn resume_object_literal<'a>(
    agent: &mut Agent<'a>,
    props: &'a [PropDef],
    index: usize,
    obj: ObjectId,
    key: Option<PropertyKey>,
    v: Value,
) {
    let result: JsResult<bool> = (|| match (&props[index], key) {
        (PropDef::KeyValue { value, key: pk }, None) => {
            // The computed key arrived: evaluate the value next.
            let k = to_property_key(agent, &v)?;
            agent.machine.push_frame(Frame::ObjectLit {
                props,
                index,
                obj,
                key: Some(k.clone()),
            });
            let _ = pk;
            eval_named(agent, value, || k);
            Ok(false)
        }
        (PropDef::KeyValue { key: pk, .. }, Some(k)) => {
            // __proto__: value sets the prototype (§13.2.5.5 step 5).
            if is_proto_key(pk) {
                match v {
                    Value::Object(p) => {
                        let _ = set_prototype_of(agent, obj, Some(p)); // an ordinary object: never throws
                    }
                    Value::Null => {
                        let _ = set_prototype_of(agent, obj, None);
                    }
                    _ => {}
                }
            } else {
                create_data_property_or_throw(agent, obj, k, v)?;
            }
            Ok(true)
        }
        (PropDef::Spread(_), _) => {
            copy_data_properties(agent, obj, &v, &[])?;
            Ok(true)
        }
        (PropDef::Method { .. }, None) => {
            let k = to_property_key(agent, &v)?;
            define_object_method(agent, obj, &props[index], k)?;
            Ok(true)
        }
        _ => unreachable!("object literal frame states"),
    })();
    match result {
        Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
        Ok(false) => {}
        Ok(true) => {
            agent.machine.push_frame(Frame::ObjectLit {
                props,
                index: index + 1,
                obj,
                key: None,
            });
            continue_object_literal(agent, props, index + 1, obj);
        }
    }
}

/// MethodDefinitionEvaluation for an object literal method, getter or setter.
fn define_object_method<'a>(
    agent: &mut Agent<'a>,
    obj: ObjectId,
    prop: &'a PropDef,
    key: PropertyKey,
) -> JsResult<()> {
    let PropDef::Method { kind, func, .. } = prop else {
        unreachable!("method definitions")
    };
    crate::runtime_semantics::functions::define_method_property(agent, obj, key, *kind, func, true)
}

/// The property key of a non-computed property name.
pub fn literal_key(agent: &mut Agent, k: &PropKey) -> PropertyKey {
    match k {
        PropKey::Ident(id) => agent.identifier_key(&id.name),
        PropKey::String(s, _) => PropertyKey::String(JsString::from_units(s.clone())),
        PropKey::Number(n, _) => {
            PropertyKey::String(JsString::from(crate::value::number_to_string(*n)))
        }
        PropKey::Computed(_) | PropKey::Private(_) => unreachable!("not a literal key"),
    }
}

// ───────────────────────────── assignment ─────────────────────────────

/// AssignmentExpression evaluation (§13.15.2).
fn evaluate_assignment<'a>(
    agent: &mut Agent<'a>,
    e: &'a Expr,
    op: AssignOp,
    target: &'a Pattern,
    value: &'a Expr,
) {
    match target {
        Pattern::Ident(id) => match op {
            AssignOp::Assign => {
                // A pure right-hand side (never an anonymous function, so NamedEvaluation
                // does not apply) is evaluated here; the PutIdent frame's step follows.
                if let Some(v) = evaluate_operand_at_once(agent, value) {
                    agent.machine.steps += 1;
                    let r = put_identifier_expr_value(agent, e, &id.name, v.clone()).map(|_| v);
                    return crate::runtime_semantics::machine::deliver_now(agent, r);
                }
                agent.machine.push_frame(Frame::PutIdent { name: &id.name });
                // 1.c. NamedEvaluation only when IsIdentifierRef of the target is true: a
                // parenthesized `(f) = function () {}` (the target starts after the
                // expression does) names nothing.
                if id.span.start > e.span.start {
                    crate::runtime_semantics::machine::eval_now(agent, value);
                } else {
                    eval_named(agent, value, || PropertyKey::from(&*id.name));
                }
            }
            AssignOp::Op(bop) => match get_identifier_expr_value(agent, e, &id.name) {
                Ok(old) => {
                    if let Some(v) = evaluate_operand_at_once(agent, value) {
                        // The value delivered: the CompoundIdent frame's step.
                        agent.machine.steps += 1;
                        return resume_compound_ident(agent, e, &id.name, bop, old, v);
                    }
                    agent.machine.push_frame(Frame::CompoundIdent {
                        assign: e,
                        name: &id.name,
                        op: bop,
                        old,
                    });
                    crate::runtime_semantics::machine::eval_now(agent, value);
                }
                Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            },
            AssignOp::Logical(lop) => match get_identifier_expr_value(agent, e, &id.name) {
                Ok(old) => {
                    if logical_short_circuits(lop, &old) {
                        return crate::runtime_semantics::machine::deliver_now(agent, Ok(old));
                    }
                    agent.machine.push_frame(Frame::PutIdent { name: &id.name });
                    eval_named(agent, value, || PropertyKey::from(&*id.name));
                }
                Err(e) => crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            },
        },
        Pattern::Expr(t) => {
            let t = strip_parens(t);
            match &t.kind {
                ExprKind::Member { object, .. } => {
                    let purpose = RefPurpose::Assign { op, value };
                    if let Some(base) = evaluate_operand_at_once(agent, object) {
                        // The object delivered: the RefObject frame's step.
                        agent.machine.steps += 1;
                        return resume_ref_object(agent, t, purpose, base);
                    }
                    agent
                        .machine
                        .push_frame(Frame::RefObject { member: t, purpose });
                    crate::runtime_semantics::machine::eval_now(agent, object);
                }
                ExprKind::SuperMember { property } => {
                    start_super_reference(agent, property, RefPurpose::Assign { op, value })
                }
                ExprKind::Ident(name) => {
                    // A parenthesized identifier target: `(x) = 1`.
                    let _ = name;
                    let e = agent.syntax_error("Invalid left-hand side in assignment");
                    crate::runtime_semantics::machine::deliver_now(agent, Err(e));
                }
                _ => {
                    let e = agent.syntax_error("Invalid left-hand side in assignment");
                    crate::runtime_semantics::machine::deliver_now(agent, Err(e));
                }
            }
        }
        Pattern::Object { .. } | Pattern::Array { .. } => {
            // 1.b-e. Let rval be ? GetValue(? Evaluation of AssignmentExpression), then
            // DestructuringAssignmentEvaluation of the pattern with rval; the result is rval.
            agent
                .machine
                .push_frame(Frame::DestructureAssign { pattern: target });
            crate::runtime_semantics::machine::eval_now(agent, value);
        }
    }
}

/// `x op= v` for an identifier (the target of `assign`): the right operand arrived.
pub fn resume_compound_ident(
    agent: &mut Agent,
    assign: &Expr,
    name: &Atom,
    op: BinaryOp,
    old: Value,
    v: Value,
) {
    let r = apply_binary(agent, op, old, v).and_then(|nv| {
        put_identifier_expr_value(agent, assign, name, nv.clone())?;
        Ok(nv)
    });
    crate::runtime_semantics::machine::deliver_now(agent, r);
}

/// `o.p op= v`: the right operand arrived.
pub fn resume_compound_ref(agent: &mut Agent, r: PropRef, op: BinaryOp, old: Value, v: Value) {
    let res = apply_binary(agent, op, old, v).and_then(|nv| {
        put_reference_value(agent, &r, nv.clone())?;
        Ok(nv)
    });
    crate::runtime_semantics::machine::deliver_now(agent, res);
}

/// UpdateExpression on an identifier (§13.4).
fn update_identifier(
    agent: &mut Agent,
    target: &Expr,
    name: &Atom,
    op: UpdateOp,
    prefix: bool,
) -> JsResult<Value> {
    // The loop counter's path: an initialized, mutable declarative binding holding a Number
    // (not a parameter a mapped arguments object aliases) is read and written in place —
    // GetValue, Number::add or Number::subtract, SetMutableBinding.
    if let Resolved::Binding(env, i) = resolve_identifier(agent, target, name) {
        let e = agent.heap.env_mut(env);
        let aliased = matches!(
            e.kind,
            EnvKind::Function {
                mapped_arguments: Some(_),
                ..
            }
        );
        let b = &mut e.bindings[i];
        if let (Some(Value::Number(n)), true, false) = (&b.value, b.mutable, aliased) {
            let n = *n;
            let new = if op == UpdateOp::Inc {
                n + 1.0
            } else {
                n - 1.0
            };
            b.value = Some(Value::Number(new));
            return Ok(Value::Number(if prefix { new } else { n }));
        }
    }
    let old = get_identifier_value(agent, name)?;
    // A Number needs no conversion (the loop counter's path).
    if let Value::Number(n) = old {
        let new = if op == UpdateOp::Inc {
            n + 1.0
        } else {
            n - 1.0
        };
        put_identifier_value(agent, name, Value::Number(new))?;
        return Ok(Value::Number(if prefix { new } else { n }));
    }
    let old = to_numeric(agent, &old)?;
    let new = update_value(agent, &old, op)?;
    put_identifier_value(agent, name, new.clone())?;
    Ok(if prefix { new } else { old.into_value() })
}

/// UpdateExpression step 4 (§13.4.2.1–13.4.5.1): oldValue + 1 or oldValue - 1, with the
/// Number or the BigInt operation (1𝔽 or 1ℤ).
fn update_value(agent: &mut Agent, old: &Numeric, op: UpdateOp) -> JsResult<Value> {
    Ok(match (old, op) {
        (Numeric::Number(n), UpdateOp::Inc) => Value::Number(n + 1.0),
        (Numeric::Number(n), _) => Value::Number(n - 1.0),
        (Numeric::BigInt(b), UpdateOp::Inc) => {
            bigint_value(bigint_add(agent, b, &num_bigint::BigInt::from(1))?)
        }
        (Numeric::BigInt(b), _) => {
            bigint_value(bigint_subtract(agent, b, &num_bigint::BigInt::from(1))?)
        }
    })
}

/// The delete operator (§13.5.1.2).
fn evaluate_delete<'a>(agent: &mut Agent<'a>, arg: &'a Expr) {
    let arg = strip_parens(arg);
    match &arg.kind {
        ExprKind::Member { object, .. } => {
            agent.machine.push_frame(Frame::RefObject {
                member: arg,
                purpose: RefPurpose::Delete,
            });
            crate::runtime_semantics::machine::eval_now(agent, object);
        }
        ExprKind::SuperMember { .. } => {
            let e = agent.reference_error("Unsupported reference to 'super'");
            crate::runtime_semantics::machine::deliver_now(agent, Err(e));
        }
        ExprKind::Ident(name) => {
            // 4. If IsUnresolvableReference(ref) is true, return true; environment bindings
            //    are not deletable, global object properties may be.
            let r = delete_identifier(agent, name);
            crate::runtime_semantics::machine::deliver_now(agent, r);
        }
        ExprKind::OptionalChain(chain) => {
            // `delete a?.b` deletes through the chain's final Reference.
            let inner = strip_parens(chain);
            if let ExprKind::Member { object, .. } = &inner.kind {
                agent.machine.push_frame(Frame::OptionalDelete);
                agent.machine.push_frame(Frame::RefObject {
                    member: inner,
                    purpose: RefPurpose::Delete,
                });
                crate::runtime_semantics::machine::eval_now(agent, object);
            } else {
                agent.machine.push_frame(Frame::Unary {
                    op: UnaryOp::Delete,
                });
                crate::runtime_semantics::machine::eval_now(agent, arg);
            }
        }
        _ => {
            agent.machine.push_frame(Frame::Unary {
                op: UnaryOp::Delete,
            });
            crate::runtime_semantics::machine::eval_now(agent, arg);
        }
    }
}

fn delete_identifier(agent: &mut Agent, name: &Atom) -> JsResult<Value> {
    let mut env = Some(agent.machine.ctx().lex_env);
    while let Some(id) = env {
        let e = agent.heap.env(id);
        if e.find(name).is_some() {
            return Ok(Value::Bool(false));
        }
        // The arguments object's binding exists before it is made (lazily).
        if let EnvKind::Function {
            arguments: Some(_), ..
        } = &e.kind
        {
            if &**name == "arguments" {
                return Ok(Value::Bool(false));
            }
        }
        if let EnvKind::Global { object, .. } = e.kind {
            let key = agent.identifier_key(name);
            return Ok(Value::Bool(agent.heap.get_mut(object).delete(&key)));
        }
        env = e.outer;
    }
    Ok(Value::Bool(true))
}

/// A template substitution arrived: ToString it and continue.
pub fn resume_template<'a>(
    agent: &mut Agent<'a>,
    tpl: &'a Template,
    index: usize,
    acc: JsString,
    v: Value,
) {
    let s = match to_string(agent, &v) {
        Ok(s) => s,
        Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
    };
    let tail = &tpl.cooked[index + 1];
    let tail_len = tail.as_deref().map_or(0, <[u16]>::len);
    if !crate::value::string_length_ok(acc.len() + s.len() + tail_len) {
        let e = agent.range_error(crate::value::INVALID_STRING_LENGTH);
        return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
    }
    // Concatenated as `+` does: a long text is a rope, so `${s}${s}` copies nothing.
    let mut acc = acc.concat(&s);
    if let Some(tail) = tail.as_ref().filter(|t| !t.is_empty()) {
        acc = acc.concat(&JsString::from_units(tail.clone()));
    }
    if index + 1 < tpl.exprs.len() {
        agent.machine.push_frame(Frame::Template {
            tpl,
            index: index + 1,
            acc,
        });
        crate::runtime_semantics::machine::eval_now(agent, &tpl.exprs[index + 1]);
    } else {
        crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::String(acc)));
    }
}

/// A tagged template's substitution arrived.
pub fn resume_tagged_args<'a>(
    agent: &mut Agent<'a>,
    call: &'a Expr,
    func: Value,
    this: Value,
    quasi: &'a Template,
    mut values: Vec<Value>,
    v: Value,
) {
    values.push(v);
    let next = values.len() - 1;
    if next < quasi.exprs.len() {
        agent.machine.push_frame(Frame::TaggedArgs {
            call,
            func,
            this,
            quasi,
            values,
        });
        crate::runtime_semantics::machine::eval_now(agent, &quasi.exprs[next]);
    } else {
        finish_call(agent, call, func, this, values, CallKind::Tagged(quasi));
    }
}

/// The callee (not a member expression) arrived.
pub fn resume_callee<'a>(agent: &mut Agent<'a>, call: &'a Expr, kind: CallKind<'a>, func: Value) {
    start_arguments(agent, call, func, Value::Undefined, kind);
}

/// `#x in obj` (§13.10.1)
pub fn resume_private_in(agent: &mut Agent, name: &Ident, v: Value) {
    let Value::Object(o) = v else {
        let e = agent
            .type_error("Cannot use 'in' operator to search for a private field in a non-object");
        return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
    };
    let penv = agent
        .machine
        .ctx()
        .private_env
        .clone()
        .expect("early errors check private names");
    let p = crate::environment::resolve_private_identifier(&penv, &name.name);
    let found = private_element_find(agent, o, &p).is_some();
    crate::runtime_semantics::machine::deliver_now(agent, Ok(Value::Bool(found)));
}

/// Applies a unary operator to its operand's value.
pub fn resume_unary(agent: &mut Agent, op: UnaryOp, v: Value) {
    let r = apply_unary(agent, op, v);
    crate::runtime_semantics::machine::deliver_now(agent, r);
}
