//! Expressions that cannot run user code, evaluated in one machine step (issue 14).
//!
//! Most of what a program evaluates — `n < 2`, `i + 1`, `a[i] * 2`, `o.x === y`,
//! `s.length` — reads bindings and data properties of primitives and ordinary objects, and
//! applies operators to primitives. None of that can call into JavaScript, throw, suspend
//! or be observed half-way, so the machine gains nothing by taking one step per node. Here
//! such an expression is evaluated by plain recursion, in the spec's order, and the machine
//! is told how many steps the node-by-node evaluation would have taken, so the step
//! counter, the limits and the virtual clock (which advances per step) stay exactly as they
//! were.
//!
//! The evaluation gives up (returns `None`) at the first thing that could run user code or
//! throw: an object operand of an arithmetic operator (ToPrimitive may call `valueOf`), an
//! accessor property, a proxy, a binding in its temporal dead zone, an unresolvable name,
//! an operator that fails. What it evaluated until then was pure, so the machine evaluates
//! the node again, step by step, from the start, with the same result and the same errors.

use crate::environment::EnvKind;
use crate::object::{ObjectKind, Property};
use crate::runtime_semantics::expressions::{
    get_this_environment, resolve_identifier, strip_parens, Resolved,
};
use crate::runtime_semantics::operators::{apply_binary, apply_unary, typeof_value};
use crate::value::{JsString, PropertyKey, Value};
use crate::{abstract_ops::to_boolean, Agent};
use mini_js_syntax::ast::*;

/// An expression evaluated without the machine, and the number of machine steps its
/// step-by-step evaluation takes (from its Eval step until its value is ready to be
/// delivered to the frame that waits for it).
pub struct Evaluated {
    pub value: Value,
    pub steps: u64,
}

/// Whether `e` has the shape of a pure expression, small enough to evaluate at once
/// (computed by the parser: [`Expr::pure_nodes`]). The values met at run time decide the
/// rest.
#[inline]
pub fn has_pure_shape(e: &Expr) -> bool {
    e.pure_nodes != 0
}

/// Evaluates `e` if it is pure (see the module comment). The caller has checked
/// [`has_pure_shape`] (so the recursion is at most [`Expr::MAX_PURE_NODES`] deep). Sets the machine's span as the step-by-step evaluation would leave
/// it.
pub fn evaluate_pure(agent: &mut Agent, e: &Expr) -> Option<Evaluated> {
    let mut steps = 0;
    let value = pure(agent, e, &mut steps)?;
    Some(Evaluated { value, steps })
}

/// The value of `e`; `steps` grows by the steps of its step-by-step evaluation.
fn pure(agent: &mut Agent, e: &Expr, steps: &mut u64) -> Option<Value> {
    agent.machine.span = e.span;
    match &e.kind {
        // A leaf: one step, the value delivered at once.
        ExprKind::Number(n) => {
            *steps += 1;
            Some(Value::Number(*n))
        }
        ExprKind::String(s) => {
            *steps += 1;
            Some(Value::String(JsString::from_units(s.clone())))
        }
        ExprKind::Bool(b) => {
            *steps += 1;
            Some(Value::Bool(*b))
        }
        ExprKind::Null => {
            *steps += 1;
            Some(Value::Null)
        }
        ExprKind::Ident(name) => {
            *steps += 1;
            identifier_value(agent, e, name)
        }
        ExprKind::This => {
            *steps += 1;
            this_value(agent)
        }
        // The parenthesis step hands over to the inner expression.
        ExprKind::Paren(inner) => {
            *steps += 1;
            pure(agent, inner, steps)
        }
        // Eval, left, its delivery, right, its delivery; the operator is applied in the
        // step that receives the right operand.
        ExprKind::Binary { op, left, right } => {
            *steps += 3;
            let l = pure(agent, left, steps)?;
            let r = pure(agent, right, steps)?;
            binary(agent, *op, l, r)
        }
        // Eval, left, its delivery, and the right operand unless the left decides.
        ExprKind::Logical { op, left, right } => {
            *steps += 2;
            let l = pure(agent, left, steps)?;
            if crate::runtime_semantics::expressions::logical_short_circuits(*op, &l) {
                return Some(l);
            }
            pure(agent, right, steps)
        }
        // Eval, test, its delivery, the branch.
        ExprKind::Conditional { test, cons, alt } => {
            *steps += 2;
            let t = pure(agent, test, steps)?;
            pure(agent, if to_boolean(&t) { cons } else { alt }, steps)
        }
        ExprKind::Unary { op, arg } => unary(agent, *op, arg, steps),
        ExprKind::Member {
            object,
            property,
            optional: false,
        } => {
            // Eval, object, its delivery …
            *steps += 2;
            let base = pure(agent, object, steps)?;
            match property {
                MemberProp::Ident(id) => {
                    // … and the read, in the step that receives the object (V8 reports a
                    // failing read at the property name).
                    agent.machine.span = id.span;
                    let key = agent.identifier_key(&id.name);
                    get_value(agent, &base, &key)
                }
                MemberProp::Computed(key_expr) => {
                    // … the key, its delivery, and the read.
                    *steps += 1;
                    let key = pure(agent, key_expr, steps)?;
                    get_computed(agent, &base, &key)
                }
                MemberProp::Private(_) => None,
            }
        }
        _ => None,
    }
}

/// `typeof x`, `!x`, `-x`, `+x`, `~x`, `void x`.
fn unary(agent: &mut Agent, op: UnaryOp, arg: &Expr, steps: &mut u64) -> Option<Value> {
    if op == UnaryOp::TypeOf {
        // `typeof name` reads the binding in its own step: an unresolvable name is
        // "undefined" (§13.5.3.1).
        let ident = strip_parens(arg);
        if let ExprKind::Ident(name) = &ident.kind {
            *steps += 1;
            let v = identifier_value_or_unresolvable(agent, ident, name)?;
            return Some(match v {
                Some(v) => Value::str(typeof_value(agent, &v)),
                None => Value::str("undefined"),
            });
        }
    }
    if op == UnaryOp::Delete {
        return None;
    }
    // Eval, operand, its delivery (the operator is applied there).
    *steps += 2;
    let v = pure(agent, arg, steps)?;
    match op {
        UnaryOp::Minus | UnaryOp::Plus | UnaryOp::BitNot if matches!(v, Value::Object(_)) => None,
        _ => apply_unary(agent, op, v).ok(),
    }
}

/// A binary operator on values that need no conversion through user code.
fn binary(agent: &mut Agent, op: BinaryOp, l: Value, r: Value) -> Option<Value> {
    let objects = matches!(l, Value::Object(_)) as u8 + matches!(r, Value::Object(_)) as u8;
    let pure = match op {
        // IsStrictlyEqual never converts.
        BinaryOp::StrictEq | BinaryOp::StrictNotEq => true,
        // IsLooselyEqual converts an object only when the other side is not one.
        BinaryOp::Eq | BinaryOp::NotEq => objects != 1,
        BinaryOp::In | BinaryOp::InstanceOf => false,
        _ => objects == 0,
    };
    if !pure {
        return None;
    }
    // An operator that fails (a Symbol in arithmetic, BigInt mixed with Number, a string
    // past the maximum length) is left to the machine, which throws the same error.
    apply_binary(agent, op, l, r).ok()
}

/// ResolveBinding + GetValue for a name bound in a declarative record or as a data property
/// of the global object; `None` for anything else.
fn identifier_value(agent: &mut Agent, expr: &Expr, name: &Atom) -> Option<Value> {
    identifier_value_or_unresolvable(agent, expr, name)?
}

/// Like [`identifier_value`], but `Some(None)` for a name that resolves nowhere.
fn identifier_value_or_unresolvable(
    agent: &mut Agent,
    expr: &Expr,
    name: &Atom,
) -> Option<Option<Value>> {
    match resolve_identifier(agent, expr, name) {
        // A binding in its temporal dead zone throws: the machine does that.
        Resolved::Binding(env, i) => agent.heap.env(env).bindings[i].value.clone().map(Some),
        // HasProperty then Get on the global object, when both meet only data properties:
        // `Some(None)` (unresolvable) when no object on its chain has the name.
        Resolved::GlobalObject(global) => {
            let EnvKind::Global { object, .. } = agent.heap.env(global).kind else {
                return None;
            };
            if let Some(v) =
                crate::runtime_semantics::expressions::global_own_data(agent, expr, object, name)
            {
                return Some(Some(v));
            }
            let key = agent.identifier_key(name);
            data_property(agent, object, &key)
        }
        // `arguments` is made on first use: the machine does that.
        Resolved::Other => None,
    }
}

/// ResolveThisBinding, when `this` is initialized.
fn this_value(agent: &mut Agent) -> Option<Value> {
    let env = get_this_environment(agent);
    match &agent.heap.env(env).kind {
        EnvKind::Function {
            this: crate::environment::ThisBinding::Initialized(v),
            ..
        } => Some(v.clone()),
        EnvKind::Global { this, .. } => Some(Value::Object(*this)),
        _ => None,
    }
}

/// `o[k]`: an array element by its number without making a key, else the property.
fn get_computed(agent: &mut Agent, base: &Value, key: &Value) -> Option<Value> {
    if let (Value::Object(o), Value::Number(n)) = (base, key) {
        if let ObjectKind::Array(a) = &agent.heap.get(*o).kind {
            let i = *n as usize;
            if i as f64 == *n && i < a.elems.len() {
                if let Some(v) = &a.elems[i] {
                    return Some(v.clone());
                }
            }
        }
    }
    let key = match key {
        Value::Object(_) => return None,
        Value::Symbol(s) => PropertyKey::Symbol(s.clone()),
        // (A rope not flattened yet takes the full path, which checks the heap limit.)
        Value::String(s) if s.flatten_bytes() == 0 => PropertyKey::String(s.clone()),
        Value::String(_) => return None,
        // ToPropertyKey of a primitive: ToString, which cannot fail.
        other => crate::abstract_ops::to_property_key(agent, other).ok()?,
    };
    get_value(agent, base, &key)
}

/// GetValue of a property reference: [[Get]] on an object, or on a string's own `length`
/// and indices; `None` when a getter, a proxy or another primitive's prototype is involved.
fn get_value(agent: &mut Agent, base: &Value, key: &PropertyKey) -> Option<Value> {
    match base {
        Value::Object(o) => Some(data_property(agent, *o, key)?.unwrap_or(Value::Undefined)),
        Value::String(s) => {
            if let Some(i) = key.as_array_index() {
                if (i as usize) < s.len() {
                    return Some(Value::String(s.slice(i as usize, i as usize + 1)));
                }
            } else if crate::object::is_length(key) {
                return Some(Value::Number(s.len() as f64));
            }
            None
        }
        _ => None,
    }
}

/// OrdinaryGet along the prototype chain when every step is a data property (or absent):
/// `Some(None)` when no object has the property.
fn data_property(
    agent: &Agent,
    o: crate::heap::ObjectId,
    key: &PropertyKey,
) -> Option<Option<Value>> {
    let mut cur = o;
    loop {
        let obj = agent.heap.get(cur);
        if let ObjectKind::Proxy(_) = obj.kind {
            return None;
        }
        match obj.get_own_property(key) {
            Some(Property::Data { value, .. }) => return Some(Some(value)),
            Some(Property::Accessor { .. }) => return None,
            None => match obj.proto {
                Some(parent) => cur = parent,
                None => return Some(None),
            },
        }
    }
}
