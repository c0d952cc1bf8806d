//! BindingInitialization (§8.6.2) and DestructuringAssignmentEvaluation (§13.15.5) as
//! machine steps: patterns whose defaults, computed keys and targets are JavaScript.

use crate::abstract_ops::operations_on_iterator_objects::*;
use crate::abstract_ops::*;
use crate::heap::EnvId;
use crate::runtime_semantics::expressions::{
    eval_named, initialize_binding, put_identifier_value, put_reference_value, strip_parens,
    PropRef, RefPurpose,
};
use crate::runtime_semantics::frames::Frame;
use crate::runtime_semantics::operators::array_from_values;
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};
use mini_js_syntax::ast::*;

/// Where a pattern's identifiers are bound.
#[derive(Clone, Copy, Debug)]
pub enum BindMode {
    /// BindingInitialization with environment undefined: PutValue(ResolveBinding(name)) (var).
    Put,
    /// BindingInitialization with an environment: InitializeBinding (let, const, parameters).
    Init(EnvId),
    /// DestructuringAssignmentEvaluation: targets are references (identifiers or members).
    Assign,
}

/// The state of one object or array pattern being bound.
pub struct PatternState<'a> {
    pub kind: PatternKind<'a>,
    pub mode: BindMode,
    pub index: usize,
    pub stage: ElemStage,
    /// The evaluated reference of a member target (assignment patterns).
    pub target_ref: Option<PropRef>,
    /// The property key of the current element (object patterns).
    pub key: Option<PropertyKey>,
}

pub enum PatternKind<'a> {
    Object {
        props: &'a [ObjectPatProp],
        rest: Option<&'a Pattern>,
        source: Value,
        excluded: Vec<PropertyKey>,
    },
    Array {
        elems: &'a [Option<PatElem>],
        rest: Option<&'a Pattern>,
        iter: IteratorRecord,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElemStage {
    /// Start the element at `index`.
    Start,
    /// A computed key arrived.
    Key,
    /// A member target's reference arrived (in `pending_ref`).
    Ref,
    /// The default initializer's value arrived.
    Default,
    /// A nested pattern finished.
    Nested,
    /// The rest element's reference arrived.
    RestRef,
    /// The rest element's nested pattern finished.
    RestNested,
}

/// Binds `value` to `pattern`; delivers undefined when done (possibly after frames run).
pub fn bind_pattern<'a>(agent: &mut Agent<'a>, pattern: &'a Pattern, value: Value, mode: BindMode) {
    bind_pattern_from(agent, pattern, value, mode, PatternSource::Unnamed);
}

/// Where a destructured value came from, for V8's TypeError messages.
#[derive(Clone, Copy)]
pub enum PatternSource<'a> {
    /// A parameter or an iteration value: V8 describes the value by its type.
    Unnamed,
    /// A declaration's initializer, named as V8's call printer renders it.
    Expr(&'a Expr),
    /// A pattern nested in another: V8 reports the property read.
    Nested,
}

/// [`bind_pattern`] of the value of `source` (a declaration's initializer), which V8's
/// TypeErrors name: "Cannot destructure property 'a' of 'o' as it is null.", "o is not
/// iterable". Without a source (parameters) V8 describes the value by its type.
pub fn bind_pattern_from<'a>(
    agent: &mut Agent<'a>,
    pattern: &'a Pattern,
    value: Value,
    mode: BindMode,
    source: PatternSource<'a>,
) {
    match pattern {
        Pattern::Ident(id) => {
            let r = bind_identifier(agent, &id.name, value, mode);
            agent.machine.deliver(r.map(|_| Value::Undefined));
        }
        Pattern::Expr(e) => {
            // A member target outside a destructuring element: evaluate it, then put.
            agent.machine.push_frame(Frame::PutPendingRef { value });
            start_target_reference(agent, e);
        }
        Pattern::Object { props, rest, .. } => {
            // RequireObjectCoercible(value) (ObjectBindingPattern / ObjectAssignmentPattern).
            if value.is_nullish() {
                let kind = if value.is_undefined() {
                    "undefined"
                } else {
                    "null"
                };
                let shown = match source {
                    PatternSource::Expr(e) => {
                        crate::runtime_semantics::call_printer::call_printer(e)
                    }
                    _ if value.is_undefined() => "undefined".to_string(),
                    _ => "object null".to_string(),
                };
                // V8 names the first property when it has a literal name.
                let first = props.first().and_then(|p| match &p.key {
                    PropKey::Ident(id) => Some(id.name.to_string()),
                    PropKey::String(s, _) => Some(String::from_utf16_lossy(s)),
                    _ => None,
                });
                let msg = match first {
                    Some(k) if matches!(source, PatternSource::Nested) => {
                        format!("Cannot read properties of {kind} (reading '{k}')")
                    }
                    Some(k) => {
                        format!("Cannot destructure property '{k}' of '{shown}' as it is {kind}.")
                    }
                    None => format!("Cannot destructure '{shown}' as it is {kind}."),
                };
                let e = agent.type_error(msg);
                return agent.machine.deliver(Err(e));
            }
            let st = PatternState {
                kind: PatternKind::Object {
                    props,
                    rest: rest.as_deref(),
                    source: value,
                    excluded: Vec::new(),
                },
                mode,
                index: 0,
                stage: ElemStage::Start,
                target_ref: None,
                key: None,
            };
            step_pattern(agent, Box::new(st), Ok(Value::Undefined));
        }
        Pattern::Array { elems, rest, .. } => {
            // 1. Let iteratorRecord be ? GetIterator(value, sync).
            let iter = match source {
                PatternSource::Expr(e) => {
                    crate::runtime_semantics::expressions::get_iterator_of(agent, &value, e)
                }
                _ => get_iterator(agent, &value, IteratorKind::Sync),
            };
            let iter = match iter {
                Ok(i) => i,
                Err(e) => return agent.machine.deliver(Err(e)),
            };
            let st = PatternState {
                kind: PatternKind::Array {
                    elems,
                    rest: rest.as_deref(),
                    iter,
                },
                mode,
                index: 0,
                stage: ElemStage::Start,
                target_ref: None,
                key: None,
            };
            step_pattern(agent, Box::new(st), Ok(Value::Undefined));
        }
    }
}

/// Binds one identifier in the given mode.
pub fn bind_identifier(
    agent: &mut Agent,
    name: &Atom,
    value: Value,
    mode: BindMode,
) -> JsResult<()> {
    match mode {
        BindMode::Init(env) => {
            initialize_binding(agent, env, name, value);
            Ok(())
        }
        BindMode::Put | BindMode::Assign => put_identifier_value(agent, name, value),
    }
}

/// Evaluates a member-expression assignment target to a reference (left in `pending_ref`).
fn start_target_reference<'a>(agent: &mut Agent<'a>, e: &'a Expr) {
    let e = strip_parens(e);
    match &e.kind {
        ExprKind::Member { object, .. } => {
            agent.machine.push_frame(Frame::RefObject {
                member: e,
                purpose: RefPurpose::PatternTarget,
            });
            agent.machine.eval(object);
        }
        _ => {
            let err = agent.syntax_error("Invalid destructuring assignment target");
            agent.machine.deliver(Err(err));
        }
    }
}

/// The target of an element: an identifier, a member expression or a nested pattern.
fn elem_target<'a>(st: &PatternState<'a>) -> Option<&'a PatElem> {
    match &st.kind {
        PatternKind::Object { props, .. } => props.get(st.index).map(|p| &p.value),
        PatternKind::Array { elems, .. } => elems.get(st.index).and_then(|e| e.as_ref()),
    }
}

/// One step of an object or array pattern, given the completion of the previous one.
pub fn step_pattern<'a>(agent: &mut Agent<'a>, mut st: Box<PatternState<'a>>, c: JsResult<Value>) {
    let v = match c {
        Ok(v) => v,
        Err(e) => return close_on_abrupt(agent, &st, Err(e)),
    };
    let result: JsResult<Option<Value>> = (|| {
        loop {
            match st.stage {
                ElemStage::Start => {
                    let n = match &st.kind {
                        PatternKind::Object { props, .. } => props.len(),
                        PatternKind::Array { elems, .. } => elems.len(),
                    };
                    if st.index >= n {
                        return finish_pattern(agent, st).map(|_| None);
                    }
                    if let PatternKind::Object { props, .. } = &st.kind {
                        let prop = &props[st.index];
                        match &prop.key {
                            PropKey::Computed(k) => {
                                st.stage = ElemStage::Key;
                                agent.machine.push_frame(Frame::Pattern(st));
                                agent.machine.eval(k);
                                return Ok(None);
                            }
                            k => {
                                st.key = Some(crate::runtime_semantics::expressions::literal_key(
                                    agent, k,
                                ))
                            }
                        }
                    } else if let PatternKind::Array { elems, iter, .. } = &mut st.kind {
                        if elems[st.index].is_none() {
                            // Elision: IteratorStep unless done.
                            if !iter.done {
                                iterator_step(agent, iter)?;
                            }
                            st.index += 1;
                            continue;
                        }
                    }
                    st.stage = ElemStage::Key;
                    continue;
                }
                ElemStage::Key => {
                    if let PatternKind::Object { .. } = &st.kind {
                        if st.key.is_none() {
                            st.key = Some(to_property_key(agent, &v)?);
                        }
                    }
                    // Assignment targets that are references are evaluated before the value.
                    let target = elem_target(&st).expect("element exists");
                    if let (BindMode::Assign, Pattern::Expr(e)) = (st.mode, &target.target) {
                        st.stage = ElemStage::Ref;
                        agent.machine.push_frame(Frame::Pattern(st));
                        start_target_reference(agent, e);
                        return Ok(None);
                    }
                    st.stage = ElemStage::Ref;
                    continue;
                }
                ElemStage::Ref => {
                    if let Some(r) = agent.machine.pending_ref.take() {
                        st.target_ref = Some(r);
                    }
                    // Get the element's value.
                    let value = match &mut st.kind {
                        PatternKind::Object {
                            source, excluded, ..
                        } => {
                            let key = st.key.clone().expect("key evaluated");
                            excluded.push(key.clone());
                            get_v(agent, &source.clone(), &key)?
                        }
                        PatternKind::Array { iter, .. } => {
                            if iter.done {
                                Value::Undefined
                            } else {
                                iterator_step_value(agent, iter)?.unwrap_or(Value::Undefined)
                            }
                        }
                    };
                    let target = elem_target(&st).expect("element exists");
                    if value.is_undefined() {
                        if let Some(d) = &target.default {
                            st.stage = ElemStage::Default;
                            let name = match &target.target {
                                Pattern::Ident(id) => Some(id.name.clone()),
                                _ => None,
                            };
                            agent.machine.push_frame(Frame::Pattern(st));
                            match name {
                                Some(n) => eval_named(agent, d, || PropertyKey::from(&*n)),
                                None => agent.machine.eval(d),
                            }
                            return Ok(None);
                        }
                    }
                    return bind_element(agent, st, value);
                }
                ElemStage::Default => {
                    return bind_element(agent, st, v.clone());
                }
                ElemStage::Nested => {
                    st.index += 1;
                    st.stage = ElemStage::Start;
                    st.key = None;
                    continue;
                }
                ElemStage::RestRef => {
                    if let Some(r) = agent.machine.pending_ref.take() {
                        st.target_ref = Some(r);
                    }
                    return bind_rest(agent, st).map(|_| None);
                }
                ElemStage::RestNested => {
                    return finish_close(agent, &st).map(Some);
                }
            }
        }
    })();
    match result {
        Ok(Some(v)) => agent.machine.ok(v),
        Ok(None) => {}
        Err(e) => agent.machine.deliver(Err(e)),
    }
}

/// Binds the current element's value to its target.
fn bind_element<'a>(
    agent: &mut Agent<'a>,
    mut st: Box<PatternState<'a>>,
    value: Value,
) -> JsResult<Option<Value>> {
    let target = elem_target(&st).expect("element exists");
    // An abrupt binding closes the iterator of an array pattern (IteratorClose when
    // iteratorRecord.[[Done]] is false, §13.15.5.2 and §8.6.2).
    let bound = match &target.target {
        Pattern::Ident(id) => bind_identifier(agent, &id.name, value, st.mode),
        Pattern::Expr(_) => {
            let r = st.target_ref.take().expect("reference evaluated");
            put_reference_value(agent, &r, value)
        }
        nested => {
            st.stage = ElemStage::Nested;
            let mode = st.mode;
            agent.machine.push_frame(Frame::Pattern(st));
            bind_pattern_from(agent, nested, value, mode, PatternSource::Nested);
            return Ok(None);
        }
    };
    if let Err(e) = bound {
        close_on_abrupt(agent, &st, Err(e));
        return Ok(None);
    }
    st.index += 1;
    st.stage = ElemStage::Start;
    st.key = None;
    agent.machine.push_frame(Frame::Pattern(st));
    agent.machine.ok(Value::Undefined);
    Ok(None)
}

/// After the elements: the rest element, then closing the iterator.
fn finish_pattern<'a>(agent: &mut Agent<'a>, mut st: Box<PatternState<'a>>) -> JsResult<()> {
    let rest = match &st.kind {
        PatternKind::Object { rest, .. } | PatternKind::Array { rest, .. } => *rest,
    };
    match rest {
        None => {
            let v = finish_close(agent, &st)?;
            agent.machine.ok(v);
            Ok(())
        }
        Some(Pattern::Expr(e)) if matches!(st.mode, BindMode::Assign) => {
            st.stage = ElemStage::RestRef;
            agent.machine.push_frame(Frame::Pattern(st));
            start_target_reference(agent, e);
            Ok(())
        }
        Some(_) => bind_rest(agent, st),
    }
}

/// RestBindingInitialization / RestDestructuringAssignmentEvaluation.
fn bind_rest<'a>(agent: &mut Agent<'a>, mut st: Box<PatternState<'a>>) -> JsResult<()> {
    let rest = match &st.kind {
        PatternKind::Object { rest, .. } | PatternKind::Array { rest, .. } => {
            rest.expect("rest exists")
        }
    };
    let value = match &mut st.kind {
        PatternKind::Object {
            source, excluded, ..
        } => {
            // CopyDataProperties(restObj, value, excludedNames).
            let rest_obj = new_object(agent);
            let source = source.clone();
            copy_data_properties(agent, rest_obj, &source, excluded)?;
            Value::Object(rest_obj)
        }
        PatternKind::Array { iter, .. } => {
            let mut values = Vec::new();
            while !iter.done {
                match iterator_step_value(agent, iter)? {
                    Some(v) => values.push(Some(v)),
                    None => break,
                }
            }
            Value::Object(array_from_values(agent, values))
        }
    };
    match rest {
        Pattern::Ident(id) => bind_identifier(agent, &id.name, value, st.mode)?,
        Pattern::Expr(_) => {
            let r = st.target_ref.take().expect("rest reference evaluated");
            put_reference_value(agent, &r, value)?;
        }
        nested => {
            st.stage = ElemStage::RestNested;
            let mode = st.mode;
            agent.machine.push_frame(Frame::Pattern(st));
            bind_pattern_from(agent, nested, value, mode, PatternSource::Nested);
            return Ok(());
        }
    }
    let v = finish_close(agent, &st)?;
    agent.machine.ok(v);
    Ok(())
}

/// The end of an array pattern: IteratorClose when the iterator is not done.
fn finish_close(agent: &mut Agent, st: &PatternState) -> JsResult<Value> {
    if let PatternKind::Array { iter, .. } = &st.kind {
        if !iter.done {
            return iterator_close(agent, iter.iterator, Ok(Value::Undefined));
        }
    }
    Ok(Value::Undefined)
}

/// An abrupt completion inside an array pattern closes its iterator (IfAbruptCloseIterator).
fn close_on_abrupt(agent: &mut Agent, st: &PatternState, c: JsResult<Value>) {
    if let PatternKind::Array { iter, .. } = &st.kind {
        if !iter.done {
            let r = iterator_close(agent, iter.iterator, c);
            return agent.machine.deliver(r);
        }
    }
    agent.machine.deliver(c);
}
