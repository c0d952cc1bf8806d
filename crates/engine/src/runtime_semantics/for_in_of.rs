//! The for-in, for-of and for-await-of statements (ECMA-262 §14.7.5):
//! ForIn/OfHeadEvaluation and ForIn/OfBodyEvaluation, one machine step per spec step.

use crate::abstract_ops::operations_on_iterator_objects::*;
use crate::abstract_ops::*;
use crate::environment::Env;
use crate::heap::{EnvId, ObjectId};
use crate::runtime_semantics::frames::{Frame, Labels};
use crate::runtime_semantics::patterns::{bind_pattern, BindMode};
use crate::runtime_semantics::scope_analysis::bound_names;
use crate::runtime_semantics::statements::{loop_continues, loop_exit};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast::*;
use std::collections::VecDeque;

/// The iteration in progress: an iterator record, or the For-In Iterator's state.
pub enum Iteration {
    /// An iterator (for-of) with its kind.
    Iterator {
        record: IteratorRecord,
        kind: IteratorKind,
    },
    /// The For-In Iterator (§14.7.5.10): [[Object]], [[ObjectWasVisited]], [[VisitedKeys]],
    /// [[RemainingKeys]]. NOTE(mini-js): as V8 does (visible through proxies), the first
    /// step asks every object on the chain for its keys and its prototype; the remaining
    /// keys are kept with the object they came from, and each is still looked up
    /// ([[GetOwnProperty]]) when its turn comes.
    Enumerate {
        object: Option<ObjectId>,
        object_was_visited: bool,
        visited: Vec<JsString>,
        remaining: VecDeque<(ObjectId, JsString)>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForStep {
    /// ForIn/OfHeadEvaluation: the expression's value arrived.
    Head,
    /// 6.a: the result of calling next() arrived (or, async, 6.b: its awaited value).
    NextResult,
    /// 6.f-i: the binding of the value finished.
    Bound,
    /// 6.j-m: the body finished.
    Body,
    /// IteratorClose / AsyncIteratorClose after the loop stopped.
    Closing,
}

pub struct ForInOfState<'a> {
    pub stmt: &'a Stmt,
    pub labels: Labels,
    pub step: ForStep,
    pub iteration: Option<Iteration>,
    pub old_env: EnvId,
    /// The last iteration's record when no closure captured it: the next iteration's
    /// ForDeclarationBindingInstantiation empties it and uses it again (see step 6.g).
    pub spare_env: Option<EnvId>,
    /// The completion waiting while the iterator is closed.
    pub pending: Option<JsResult<Value>>,
}

fn parts(stmt: &Stmt) -> (&ForHead, &Expr, &Stmt, bool, bool) {
    match &stmt.kind {
        StmtKind::ForIn { left, right, body } => (left, right, body, true, false),
        StmtKind::ForOf {
            left,
            right,
            body,
            is_await,
        } => (left, right, body, false, *is_await),
        _ => unreachable!("for-in/of statement"),
    }
}

/// ForIn/OfHeadEvaluation ( uninitializedBoundNames, expr, iterationKind ) (§14.7.5.6)
#[doc(alias = "ForIn/OfHeadEvaluation")]
pub fn start_for_in_of<'a>(agent: &mut Agent<'a>, stmt: &'a Stmt, labels: Labels) {
    let (left, right, _, _, _) = parts(stmt);
    // 1. Let oldEnv be the running execution context's LexicalEnvironment.
    let old_env = agent.machine.ctx().lex_env;
    // 2. If uninitializedBoundNames is not empty, then a TDZ environment for the expression.
    if let ForHead::Decl { kind, target } = left {
        if *kind != VarKind::Var {
            let mut names = Vec::new();
            bound_names(target, &mut names);
            let tdz = agent.heap.alloc_env(Env::declarative(Some(old_env)));
            for n in names {
                agent.heap.env_mut(tdz).create_binding(n, true, true);
            }
            agent.machine.ctx_mut().lex_env = tdz;
        }
    }
    agent
        .machine
        .push_frame(Frame::ForInOf(Box::new(ForInOfState {
            stmt,
            labels,
            step: ForStep::Head,
            iteration: None,
            old_env,
            spare_env: None,
            pending: None,
        })));
    // 3. Let exprRef be Completion(Evaluation of expr).
    crate::runtime_semantics::machine::eval_now(agent, right);
}

/// One step of ForIn/OfBodyEvaluation (§14.7.5.7).
pub fn resume_for_in_of<'a>(
    agent: &mut Agent<'a>,
    mut s: Box<ForInOfState<'a>>,
    c: JsResult<Value>,
) {
    let (left, _, body, is_for_in, is_await) = parts(s.stmt);
    match s.step {
        ForStep::Head => {
            // 4. Set the running execution context's LexicalEnvironment to oldEnv.
            agent.machine.ctx_mut().lex_env = s.old_env;
            // 5. Let exprValue be ? GetValue(exprRef).
            let v = match c {
                Ok(v) => v,
                Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            };
            if is_for_in {
                // 6.a. If exprValue is either undefined or null, return Completion { [[Type]]: break }.
                if v.is_nullish() {
                    return crate::runtime_semantics::machine::deliver_now(
                        agent,
                        Ok(Value::Undefined),
                    );
                }
                // 6.b-c. Let obj be ! ToObject(exprValue); EnumerateObjectProperties(obj).
                let obj = match to_object(agent, &v) {
                    Ok(o) => o,
                    Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
                };
                s.iteration = Some(Iteration::Enumerate {
                    object: Some(obj),
                    object_was_visited: false,
                    visited: Vec::new(),
                    remaining: VecDeque::new(),
                });
            } else {
                // 7.b. Let iteratorKind be async or sync; return ? GetIterator(exprValue, iteratorKind).
                let kind = if is_await {
                    IteratorKind::Async
                } else {
                    IteratorKind::Sync
                };
                let r = if is_await {
                    get_iterator(agent, &v, kind)
                } else {
                    let (_, right, _, _, _) = parts(s.stmt);
                    crate::runtime_semantics::expressions::get_iterator_of(agent, &v, right)
                };
                match r {
                    Ok(record) => s.iteration = Some(Iteration::Iterator { record, kind }),
                    Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
                }
            }
            crate::trace::for_of_step(
                agent,
                s.stmt,
                "§14.7.5.6 ForIn/OfHeadEvaluation",
                "iterator obtained",
            );
            call_next(agent, s);
        }
        ForStep::NextResult => {
            // 6.a-b. nextResult (awaited for async iterators).
            let next_result = match c {
                Ok(v) => v,
                Err(e) => return crate::runtime_semantics::machine::deliver_now(agent, Err(e)),
            };
            let value = match s.iteration.as_mut().expect("iterating") {
                Iteration::Enumerate { .. } => match next_result {
                    Value::Undefined => {
                        return crate::runtime_semantics::machine::deliver_now(
                            agent,
                            Ok(Value::Undefined),
                        )
                    }
                    v => v,
                },
                Iteration::Iterator { record, .. } => {
                    crate::trace::for_of_step(
                        agent,
                        s.stmt,
                        "§14.7.5.7 ForIn/OfBodyEvaluation step 6.c",
                        "nextResult arrived",
                    );
                    // A generator resumed by `generator_resume_for_of` gave the value and
                    // doneness its result object would have held: 6.c-f read them directly.
                    let given_done = agent.machine.iteration_done.take();
                    // 6.c. If nextResult is not an Object, throw a TypeError exception.
                    let result = match (given_done, &next_result) {
                        (Some(_), _) => None,
                        (None, Value::Object(r)) => Some(*r),
                        (None, _) => {
                            let shown = crate::describe::brief_value(agent, &next_result);
                            let e = agent
                                .type_error(format!("Iterator result {shown} is not an object"));
                            return crate::runtime_semantics::machine::deliver_now(agent, Err(e));
                        }
                    };
                    // 6.d. Let done be ? IteratorComplete(nextResult).
                    let done = match (given_done, result) {
                        (Some(done), _) => done,
                        (None, Some(r)) => match iterator_complete(agent, r) {
                            Ok(d) => d,
                            Err(e) => {
                                return crate::runtime_semantics::machine::deliver_now(
                                    agent,
                                    Err(e),
                                )
                            }
                        },
                        (None, None) => unreachable!("6.c returned"),
                    };
                    // 6.e. If done is true, return V.
                    if done {
                        record.done = true;
                        crate::trace::for_of_step(
                            agent,
                            s.stmt,
                            "§14.7.5.7 ForIn/OfBodyEvaluation step 6.e",
                            "done: the loop ends",
                        );
                        return crate::runtime_semantics::machine::deliver_now(
                            agent,
                            Ok(Value::Undefined),
                        );
                    }
                    // 6.f. Let nextValue be ? IteratorValue(nextResult).
                    match result {
                        None => next_result,
                        Some(r) => match iterator_value(agent, r) {
                            Ok(v) => v,
                            Err(e) => {
                                return crate::runtime_semantics::machine::deliver_now(
                                    agent,
                                    Err(e),
                                )
                            }
                        },
                    }
                }
            };
            crate::trace::for_of_step(
                agent,
                s.stmt,
                "§14.7.5.7 ForIn/OfBodyEvaluation step 6.f",
                "value bound",
            );
            // 6.g-h. Bind the value: lhs is an assignment target, a var binding or a
            //        lexical binding in a fresh iterationEnv.
            s.step = ForStep::Bound;
            let (pattern, mode) = match left {
                ForHead::Pattern(p) => (p, BindMode::Assign),
                ForHead::Decl {
                    kind: VarKind::Var,
                    target,
                } => (target, BindMode::Put),
                ForHead::Decl { kind, target } => {
                    // ForDeclarationBindingInstantiation in iterationEnv = NewDeclarativeEnvironment(oldEnv).
                    // NOTE(mini-js): a fresh record per iteration is observable only through
                    // a closure that captured the last one. When none did, that record,
                    // emptied (its bindings uninitialized again), is the same as a new one.
                    if let Some(spare) = s.spare_env.take() {
                        for b in &mut agent.heap.env_mut(spare).bindings {
                            b.value = None;
                        }
                        agent.machine.ctx_mut().lex_env = spare;
                        return bind_value(agent, s, target, value, BindMode::Init(spare));
                    }
                    let iteration_env = agent.heap.alloc_env(Env::declarative(Some(s.old_env)));
                    let mut names = Vec::new();
                    bound_names(target, &mut names);
                    for n in names {
                        agent.heap.env_mut(iteration_env).create_binding(
                            n,
                            *kind != VarKind::Const,
                            true,
                        );
                    }
                    agent.machine.ctx_mut().lex_env = iteration_env;
                    (target, BindMode::Init(iteration_env))
                }
            };
            bind_value(agent, s, pattern, value, mode);
        }
        ForStep::Bound => {
            // 6.i. If status is an abrupt completion, then close the iterator (not for-in).
            if let Err(e) = c {
                agent.machine.ctx_mut().lex_env = s.old_env;
                return close_iterator(agent, s, Err(e));
            }
            enter_body(agent, s, body);
        }
        ForStep::Body => {
            let iteration_env = agent.machine.ctx().lex_env;
            if iteration_env != s.old_env && !agent.heap.env(iteration_env).captured {
                s.spare_env = Some(iteration_env);
            }
            // 6.k. Set the running execution context's LexicalEnvironment to oldEnv.
            agent.machine.ctx_mut().lex_env = s.old_env;
            // 6.l. If LoopContinues(result, labelSet) is false, then
            if !loop_continues(&c, &s.labels) {
                // i. If iterationKind is enumerate, return ? UpdateEmpty(result, V).
                // ii-iv. Else close the iterator with status.
                return close_iterator(agent, s, c);
            }
            call_next(agent, s);
        }
        ForStep::Closing => {
            // AsyncIteratorClose: the awaited return() result arrived.
            let pending = s.pending.take().expect("a completion waits for the close");
            let r = match (pending, c) {
                (Err(e @ Abrupt::Throw(_)), _) => Err(e),
                (_, Err(e)) => Err(e),
                (p, Ok(inner)) => {
                    if !matches!(inner, Value::Object(_)) {
                        let shown = crate::describe::brief_value(agent, &inner);
                        Err(agent.type_error(format!("Iterator result {shown} is not an object")))
                    } else {
                        p
                    }
                }
            };
            loop_exit(agent, r);
        }
    }
}

/// Steps 6.g-h: binds the iteration's value to the loop's target, then (6.i-j) enters the
/// body. A plain identifier is bound here and the body entered in the same step when the
/// machine may run on at once (`machine::may_run_now`): the Deliver step the binding would
/// take is counted all the same.
fn bind_value<'a>(
    agent: &mut Agent<'a>,
    s: Box<ForInOfState<'a>>,
    target: &'a Pattern,
    value: Value,
    mode: BindMode,
) {
    if let Pattern::Ident(id) = target {
        if crate::runtime_semantics::machine::may_run_now(agent) {
            let r =
                crate::runtime_semantics::patterns::bind_identifier(agent, &id.name, value, mode);
            if let Err(e) = r {
                // As `bind_pattern` would: the error goes to the loop's frame in a step.
                agent.machine.push_frame(Frame::ForInOf(s));
                return agent.machine.deliver(Err(e));
            }
            agent.machine.steps += 1;
            let (_, _, body, _, _) = parts(s.stmt);
            return enter_body(agent, s, body);
        }
    }
    agent.machine.push_frame(Frame::ForInOf(s));
    bind_pattern(agent, target, value, mode);
}

/// Step 6.j: Let result be Completion(Evaluation of stmt).
fn enter_body<'a>(agent: &mut Agent<'a>, mut s: Box<ForInOfState<'a>>, body: &'a Stmt) {
    s.step = ForStep::Body;
    crate::trace::for_of_step(
        agent,
        s.stmt,
        "§14.7.5.7 ForIn/OfBodyEvaluation step 6.j",
        "body entered",
    );
    agent.machine.push_frame(Frame::ForInOf(s));
    crate::runtime_semantics::machine::exec_now(agent, body);
}

/// Step 6.a: call next() (a machine-level call, so generators run without nesting), or take
/// the next key of the For-In Iterator.
fn call_next<'a>(agent: &mut Agent<'a>, mut s: Box<ForInOfState<'a>>) {
    s.step = ForStep::NextResult;
    match s.iteration.as_mut().expect("iterating") {
        Iteration::Enumerate { .. } => {
            let next = for_in_iterator_next(agent, s.iteration.as_mut().expect("iterating"));
            agent.machine.push_frame(Frame::ForInOf(s));
            crate::runtime_semantics::machine::deliver_now(agent, next);
        }
        Iteration::Iterator { record, kind } => {
            let (next, iterator) = (record.next_method.clone(), record.iterator);
            let is_async = *kind == IteratorKind::Async;
            let s_stmt = s.stmt;
            crate::trace::for_of_step(
                agent,
                s.stmt,
                "§14.7.5.7 ForIn/OfBodyEvaluation step 6.a",
                "call next()",
            );
            agent.machine.push_frame(Frame::ForInOf(s));
            if is_async {
                // 6.b. If iteratorKind is async, set nextResult to ? Await(nextResult).
                crate::trace::for_of_step(
                    agent,
                    s_stmt,
                    "§14.7.5.7 ForIn/OfBodyEvaluation step 6.b",
                    "Await(nextResult)",
                );
                agent.machine.push_await_at(s_stmt.span);
            }
            if !is_async
                && crate::builtins::generator::generator_resume_for_of(agent, iterator, &next)
            {
                return;
            }
            match next
                .as_object()
                .filter(|o| agent.heap.get(*o).is_callable())
            {
                Some(f) => crate::runtime_semantics::machine::call_from_machine(
                    agent,
                    f,
                    Value::Object(iterator),
                    Vec::new(),
                ),
                None => {
                    let shown = crate::describe::brief_value(agent, &next);
                    let e = agent.type_error(format!("{shown} is not a function"));
                    crate::runtime_semantics::machine::deliver_now(agent, Err(e));
                }
            }
        }
    }
}

/// %ForInIteratorPrototype%.next ( ) (§14.7.5.10.2.1): the next enumerable string key, or
/// undefined when done.
fn for_in_iterator_next(agent: &mut Agent, it: &mut Iteration) -> JsResult<Value> {
    let Iteration::Enumerate {
        object,
        object_was_visited,
        visited,
        remaining,
    } = it
    else {
        unreachable!("For-In Iterator")
    };
    // 5.a. If O.[[ObjectWasVisited]] is false, then (for every object of the chain at once)
    if !*object_was_visited {
        while let Some(o) = *object {
            // i. Let keys be ? object.[[OwnPropertyKeys]]().
            // ii. For each key of keys, if key is a String, append it to [[RemainingKeys]].
            for k in crate::abstract_ops::own_property_keys(agent, o)? {
                if let PropertyKey::String(s) = k {
                    remaining.push_back((o, s));
                }
            }
            // c. Set object to ? object.[[GetPrototypeOf]]().
            *object = crate::abstract_ops::get_prototype_of(agent, o)?;
        }
        // iii. Set O.[[ObjectWasVisited]] to true.
        *object_was_visited = true;
    }
    // b. Repeat, while O.[[RemainingKeys]] is not empty,
    while let Some((o, r)) = remaining.pop_front() {
        // ii. If there does not exist an element v of O.[[VisitedKeys]] such that SameValue(r, v), then
        if !visited.contains(&r) {
            // 1. Let desc be ? object.[[GetOwnProperty]](r).
            // 2. If desc is not undefined, then
            let key = PropertyKey::String(r.clone());
            if let Some(desc) = crate::abstract_ops::get_own_property(agent, o, &key)? {
                // a. Append r to O.[[VisitedKeys]].
                visited.push(r.clone());
                // b. If desc.[[Enumerable]] is true, return CreateIteratorResultObject(r, false).
                if desc.enumerable() {
                    return Ok(Value::String(r));
                }
            }
        }
    }
    // c. object is null: return CreateIteratorResultObject(undefined, true).
    Ok(Value::Undefined)
}

/// The loop stopped with `c`: IteratorClose (sync) or AsyncIteratorClose, then the
/// loop's completion.
fn close_iterator<'a>(agent: &mut Agent<'a>, mut s: Box<ForInOfState<'a>>, c: JsResult<Value>) {
    match s.iteration.as_ref().expect("iterating") {
        Iteration::Enumerate { .. } => loop_exit(agent, c),
        Iteration::Iterator { record, kind } => {
            crate::trace::for_of_step(
                agent,
                s.stmt,
                "§14.7.5.7 ForIn/OfBodyEvaluation step 6.l",
                "IteratorClose",
            );
            if *kind == IteratorKind::Sync {
                let r = iterator_close(agent, record.iterator, c);
                return loop_exit(agent, r);
            }
            // AsyncIteratorClose ( iteratorRecord, completion ) (§7.4.13)
            let iterator = record.iterator;
            // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
            let ret = get_method(
                agent,
                &Value::Object(iterator),
                &PropertyKey::from("return"),
            );
            match ret {
                // 4.b. If return is undefined, return ? completion.
                Ok(Value::Undefined) => loop_exit(agent, c),
                Ok(ret) => {
                    // 4.c-d. innerResult = Call(return, iterator), then Await it.
                    s.step = ForStep::Closing;
                    s.pending = Some(c);
                    let span = s.stmt.span;
                    agent.machine.push_frame(Frame::ForInOf(s));
                    agent.machine.push_await_at(span);
                    let f = ret.as_object().expect("GetMethod returns callables");
                    crate::runtime_semantics::machine::call_from_machine(
                        agent,
                        f,
                        Value::Object(iterator),
                        Vec::new(),
                    );
                }
                Err(e) => {
                    // 5. If completion is a throw completion, return ? completion.
                    let r = if matches!(c, Err(Abrupt::Throw(_))) {
                        c
                    } else {
                        Err(e)
                    };
                    loop_exit(agent, r);
                }
            }
        }
    }
}
