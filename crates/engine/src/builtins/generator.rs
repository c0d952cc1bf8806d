//! Generator objects (ECMA-262 §27.5, shared/spec/07-generator-objects.txt), the
//! %GeneratorFunction% family of intrinsics (§27.3), and `yield*` (§15.5.5).
//!
//! A generator's execution context lives in the generator object while it is suspended:
//! GeneratorYield pops the running context off the machine's stack into
//! [`GeneratorData::context`], with all its frames; GeneratorResume pushes it back and
//! delivers the resumption completion to its top frame. No Rust stack is kept across a
//! `yield`.

use super::{define_method, define_value, new_prototype, BuiltinFrame};
use crate::abstract_ops::operations_on_iterator_objects::{
    create_iterator_result_object, get_iterator, iterator_close, iterator_complete, iterator_value,
    IteratorKind, IteratorRecord,
};
use crate::abstract_ops::operations_on_objects::get_method;
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::runtime_semantics::frames::Frame;
use crate::runtime_semantics::machine::{return_from_context, ContextKind, ExecutionContext, Step};
use crate::value::{PropertyKey, Value};
use crate::{Abrupt, Agent, JsResult};
use mini_js_syntax::ast;

/// [[GeneratorState]]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeneratorState {
    SuspendedStart,
    SuspendedYield,
    Executing,
    Completed,
}

/// The internal slots of a Generator instance (§27.5.2, Table 91).
pub struct GeneratorData<'a> {
    /// [[GeneratorState]]
    pub state: GeneratorState,
    /// [[GeneratorContext]]: present while suspended (in place: a `yield` allocates
    /// nothing; the generator object's data is boxed already).
    pub context: Option<ExecutionContext<'a>>,
    /// Resumed by a for-of loop's fast path ([`generator_resume_for_of`]): a `yield` or the
    /// body's completion hands the loop its value without an iterator result object.
    pub values_to_for_of: bool,
}

pub fn init(agent: &mut Agent) {
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    let function_prototype = agent.intrinsics.function_prototype;
    let iterator_prototype = agent.intrinsics.iterator_prototype;

    // %AsyncIteratorPrototype% (§27.1.3): [%Symbol.asyncIterator%]() returns this.
    // (%AsyncFromSyncIteratorPrototype% inherits from it.)
    let async_iterator_prototype = new_prototype(agent, agent.intrinsics.object_prototype);
    agent.intrinsics.async_iterator_prototype = async_iterator_prototype;
    let sym = agent.symbols.async_iterator.clone();
    super::define_symbol_method(
        agent,
        async_iterator_prototype,
        sym,
        async_iterator_prototype_async_iterator,
        0,
    );

    // The four function kinds: %X%, %X.prototype% and (for generators) %X.prototype.prototype%.
    // (§27.3 GeneratorFunction, §27.4 AsyncGeneratorFunction, §27.7 AsyncFunction)
    let kinds: [(&str, &str, Option<ObjectId>); 3] = [
        ("GeneratorFunction", "Generator", Some(iterator_prototype)),
        (
            "AsyncGeneratorFunction",
            "AsyncGenerator",
            Some(async_iterator_prototype),
        ),
        ("AsyncFunction", "", None),
    ];
    for (name, instance_tag, instance_parent) in kinds {
        // %X.prototype%: an ordinary object inheriting from %Function.prototype%.
        let fp = new_prototype(agent, function_prototype);
        // %X%: a constructor that would compile source text, which mini-js does not do.
        let ctor = super::create_constructor(agent, name, 1, dynamic_function_unsupported, fp);
        // These constructors are intrinsics only: SetDefaultGlobalBindings (§9.3.4) does not
        // give them a global name (reachable as `(function* () {}).constructor`).
        let global = agent.global_object;
        agent
            .heap
            .get_mut(global)
            .delete(&crate::value::PropertyKey::from(name));
        let function = agent.intrinsics.function;
        agent.heap.get_mut(ctor).proto = Some(function);
        define_value(
            agent,
            fp,
            "constructor",
            Value::Object(ctor),
            false,
            false,
            true,
        );
        define_value(agent, fp, tag.clone(), Value::str(name), false, false, true);
        match name {
            "GeneratorFunction" => {
                agent.intrinsics.generator_function = ctor;
                agent.intrinsics.generator_function_prototype = fp;
            }
            "AsyncGeneratorFunction" => {
                agent.intrinsics.async_generator_function = ctor;
                agent.intrinsics.async_generator_function_prototype = fp;
            }
            _ => {
                agent.intrinsics.async_function = ctor;
                agent.intrinsics.async_function_prototype = fp;
            }
        }
        let Some(parent) = instance_parent else {
            continue;
        };
        // %X.prototype.prototype% (%GeneratorPrototype%, %AsyncGeneratorPrototype%).
        let gp = new_prototype(agent, parent);
        define_value(
            agent,
            fp,
            "prototype",
            Value::Object(gp),
            false,
            false,
            true,
        );
        define_value(
            agent,
            gp,
            "constructor",
            Value::Object(fp),
            false,
            false,
            true,
        );
        define_value(
            agent,
            gp,
            tag.clone(),
            Value::str(instance_tag),
            false,
            false,
            true,
        );
        if name == "GeneratorFunction" {
            agent.intrinsics.generator_prototype = gp;
            agent.intrinsics.generator_prototype_next =
                define_method(agent, gp, "next", generator_prototype_next, 1);
            define_method(agent, gp, "return", generator_prototype_return, 1);
            define_method(agent, gp, "throw", generator_prototype_throw, 1);
        } else {
            agent.intrinsics.async_generator_prototype = gp;
            super::async_generator::init_prototype(agent, gp);
        }
    }
}

/// %AsyncIteratorPrototype% [ %Symbol.asyncIterator% ] ( ) (§27.1.3.1)
fn async_iterator_prototype_async_iterator(
    _agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return the this value.
    Ok(this)
}

/// GeneratorFunction ( ...parameterArgs, bodyArg ) and its async kin (§27.3.1.1): they
/// create functions from source text (CreateDynamicFunction), which is outside the subset.
fn dynamic_function_unsupported(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Err(agent.type_error(
        "creating functions from source text (CreateDynamicFunction) is not supported by mini-js",
    ))
}

/// %GeneratorPrototype%.next ( value ) (§27.5.1.2)
fn generator_prototype_next(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return ? GeneratorResume(this value, value, empty).
    let value = args.first().cloned().unwrap_or_default();
    generator_resume(agent, this, value, "next")
}

/// %GeneratorPrototype%.return ( value ) (§27.5.1.3)
fn generator_prototype_return(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let g be the this value.
    // 2. Let C be ReturnCompletion(value).
    let c = Abrupt::Return(args.first().cloned().unwrap_or_default());
    // 3. Return ? GeneratorResumeAbrupt(g, C, empty).
    generator_resume_abrupt(agent, this, c, "return")
}

/// %GeneratorPrototype%.throw ( exception ) (§27.5.1.4)
fn generator_prototype_throw(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let g be the this value.
    // 2. Let C be ThrowCompletion(exception).
    let c = Abrupt::Throw(args.first().cloned().unwrap_or_default());
    // 3. Return ? GeneratorResumeAbrupt(g, C, empty).
    generator_resume_abrupt(agent, this, c, "throw")
}

/// EvaluateGeneratorBody (§15.5.2) steps 2-4, after FunctionDeclarationInstantiation: the
/// generator object is made, GeneratorStart parks the body, and the call returns the object.
#[doc(alias = "EvaluateGeneratorBody")]
pub fn evaluate_generator_body<'a>(agent: &mut Agent<'a>, body: &'a [ast::Stmt]) {
    let f = agent
        .machine
        .ctx()
        .function
        .expect("a generator function's context");
    // 2. Let G be ? OrdinaryCreateFromConstructor(functionObject,
    //    "%GeneratorFunction.prototype.prototype%", « [[GeneratorState]], [[GeneratorContext]],
    //    [[GeneratorBrand]] »).
    let default = agent.intrinsics.generator_prototype;
    let g = crate::abstract_ops::ordinary_create_from_constructor(
        agent,
        Some(f),
        default,
        ObjectKind::Generator(Box::new(GeneratorData {
            state: GeneratorState::SuspendedStart,
            context: None,
            values_to_for_of: false,
        })),
    );
    let g = match g {
        Ok(g) => g,
        Err(e) => return agent.machine.deliver(Err(e)),
    };
    // 3. Perform GeneratorStart(G, FunctionBody).
    generator_start(agent, g, body);
    // 4. Return ReturnCompletion(G).
}

/// GeneratorStart ( generator, generatorBody ) (§27.5.3.1)
#[doc(alias = "GeneratorStart")]
fn generator_start<'a>(agent: &mut Agent<'a>, generator: ObjectId, body: &'a [ast::Stmt]) {
    // 1. Assert: The value of generator.[[GeneratorState]] is suspended-start.
    // 2. Let genContext be the running execution context.
    // 3. Set the Generator component of genContext to generator.
    agent.machine.ctx_mut().kind = ContextKind::Generator {
        generator: Some(generator),
    };
    // 4-5. When resumed, the context evaluates generatorBody (the closure's steps 4.a-l run
    //      in finish_context → generator_completed).
    agent
        .machine
        .push_frame(Frame::Builtin(BuiltinFrame::GeneratorBody(body)));
    // 6. Set generator.[[GeneratorContext]] to genContext.
    let ctx = agent.machine.pop_context();
    let return_to_native = ctx.return_to_native;
    set_context(agent, generator, Some(ctx));
    crate::trace::generator_event(agent, "§27.5.3.1 GeneratorStart", generator, "created");
    // 7. Return unused — and EvaluateGeneratorBody returns G from the call.
    return_from_context(agent, return_to_native, Ok(Value::Object(generator)));
}

/// The closure of GeneratorStart, step 4.c onwards: the body starts when first resumed.
pub fn resume_generator_body<'a>(agent: &mut Agent<'a>, body: &'a [ast::Stmt], c: JsResult<Value>) {
    match c {
        // 4.c.i. Let result be Completion(Evaluation of generatorBody).
        Ok(_) => crate::runtime_semantics::statements::continue_statement_list(agent, body, 0),
        Err(e) => agent.machine.deliver(Err(e)),
    }
}

/// GeneratorStart's closure, steps 4.e-l: the body finished with `c`.
pub fn generator_completed(
    agent: &mut Agent,
    generator: ObjectId,
    c: JsResult<Value>,
) -> JsResult<Value> {
    // 4.e. Remove acGenContext from the execution context stack (done by the machine).
    // 4.f. Set acGenerator.[[GeneratorState]] to completed.
    // 4.g. Any execution state associated with acGenerator can be discarded.
    set_state(agent, generator, GeneratorState::Completed);
    crate::trace::generator_event(
        agent,
        "§27.5.3.1 GeneratorStart step 4.g",
        generator,
        "completed",
    );
    let result_value = match c {
        // 4.i. If result is a normal completion, let resultValue be undefined.
        Ok(_) => Value::Undefined,
        // 4.j. Else if result is a return completion, let resultValue be result.[[Value]].
        Err(Abrupt::Return(v)) => v,
        // 4.k. Else, return ? result.
        Err(e) => return Err(e),
    };
    if data_mut(agent, generator).values_to_for_of {
        // Resumed by a for-of loop: the value goes to it as is (`generator_resume_for_of`).
        agent.machine.iteration_done = Some(true);
        return Ok(result_value);
    }
    // 4.l. Return CreateIteratorResultObject(resultValue, true).
    Ok(Value::Object(create_iterator_result_object(
        agent,
        result_value,
        true,
    )))
}

fn data_mut<'b, 'a>(agent: &'b mut Agent<'a>, g: ObjectId) -> &'b mut GeneratorData<'a> {
    match &mut agent.heap.get_mut(g).kind {
        ObjectKind::Generator(d) => d,
        _ => unreachable!("a generator object"),
    }
}

fn set_state(agent: &mut Agent, g: ObjectId, state: GeneratorState) {
    data_mut(agent, g).state = state;
}

fn set_context<'a>(agent: &mut Agent<'a>, g: ObjectId, ctx: Option<ExecutionContext<'a>>) {
    data_mut(agent, g).context = ctx;
}

/// GeneratorValidate ( generator, generatorBrand ) (§27.5.3.2)
#[doc(alias = "GeneratorValidate")]
fn generator_validate(agent: &mut Agent, generator: &Value, method: &str) -> JsResult<ObjectId> {
    // 1-2. Perform ? RequireInternalSlot(generator, [[GeneratorState]]) and [[GeneratorBrand]].
    // 3. (Every generator of source text has the brand empty.)
    let state = match generator {
        Value::Object(g) => match &agent.heap.get(*g).kind {
            ObjectKind::Generator(d) => Some((*g, d.state)),
            _ => None,
        },
        _ => None,
    };
    let Some((g, state)) = state else {
        let shown = crate::describe::brief_value(agent, generator);
        return Err(agent.type_error(format!(
            "{method} method called on incompatible receiver {shown}"
        )));
    };
    // 6. If state is executing, throw a TypeError exception.
    if state == GeneratorState::Executing {
        return Err(agent.type_error("Generator is already running"));
    }
    // 7. Return state.
    Ok(g)
}

fn state_of(agent: &Agent, g: ObjectId) -> GeneratorState {
    match &agent.heap.get(g).kind {
        ObjectKind::Generator(d) => d.state,
        _ => unreachable!("a generator object"),
    }
}

/// GeneratorResume ( generator, value, generatorBrand ) (§27.5.3.3)
#[doc(alias = "GeneratorResume")]
fn generator_resume(
    agent: &mut Agent,
    generator: Value,
    value: Value,
    method: &str,
) -> JsResult<Value> {
    // 1. Let state be ? GeneratorValidate(generator, generatorBrand).
    let g = generator_validate(agent, &generator, method)?;
    // 2. If state is completed, return CreateIteratorResultObject(undefined, true).
    if state_of(agent, g) == GeneratorState::Completed {
        return Ok(Value::Object(create_iterator_result_object(
            agent,
            Value::Undefined,
            true,
        )));
    }
    // 3. Assert: state is either suspended-start or suspended-yield.
    // 4-9. Push genContext and resume it with NormalCompletion(value).
    resume_generator_context(agent, g, Ok(value), false)
}

/// NOTE(mini-js): ForIn/OfBodyEvaluation step 6.a, `Call(iteratorRecord.[[NextMethod]],
/// iteratorRecord.[[Iterator]])`, when the method is the intrinsic %GeneratorPrototype%.next
/// and the iterator a suspended generator: GeneratorResume(generator, undefined, empty) as
/// that method does, except that the generator gives the loop the value it yields (or
/// returns) and whether it is done, not an iterator result object. The loop would read
/// only "done" and "value" of that object, own data properties of an ordinary object no
/// code can reach, so leaving it unmade changes nothing a program can see. The value
/// arrives as the call's result and [`crate::runtime_semantics::machine::Machine::
/// iteration_done`] says whether it is done. Returns false, doing nothing, when the fast
/// path does not apply.
pub fn generator_resume_for_of(agent: &mut Agent, iterator: ObjectId, next: &Value) -> bool {
    if !matches!(next, Value::Object(f) if *f == agent.intrinsics.generator_prototype_next) {
        return false;
    }
    let suspended = match &agent.heap.get(iterator).kind {
        ObjectKind::Generator(d) => matches!(
            d.state,
            GeneratorState::SuspendedStart | GeneratorState::SuspendedYield
        ),
        _ => false,
    };
    if !suspended {
        return false;
    }
    // %GeneratorPrototype%.next step 1: GeneratorResume(this value, undefined, empty), whose
    // steps 1-3 hold for a suspended generator.
    match resume_generator_context(agent, iterator, Ok(Value::Undefined), true) {
        Ok(_) => {
            agent.machine.context_pushed = false;
            match agent.machine.resume_step.take() {
                // The generator's frames take the resumption at once (the loop's caller is
                // done: this is its last action).
                Some(Step::Deliver(c)) => crate::runtime_semantics::machine::deliver_now(agent, c),
                step => agent.machine.step = step,
            }
        }
        Err(e) => agent.machine.deliver(Err(e)),
    }
    true
}

/// GeneratorResumeAbrupt ( generator, abruptCompletion, generatorBrand ) (§27.5.3.4)
#[doc(alias = "GeneratorResumeAbrupt")]
fn generator_resume_abrupt(
    agent: &mut Agent,
    generator: Value,
    abrupt: Abrupt,
    method: &str,
) -> JsResult<Value> {
    // 1. Let state be ? GeneratorValidate(generator, generatorBrand).
    let g = generator_validate(agent, &generator, method)?;
    let mut state = state_of(agent, g);
    // 2. If state is suspended-start, then
    if state == GeneratorState::SuspendedStart {
        // a. Set generator.[[GeneratorState]] to completed.
        // b. Any execution state associated with generator can be discarded.
        set_state(agent, g, GeneratorState::Completed);
        set_context(agent, g, None);
        // c. Set state to completed.
        state = GeneratorState::Completed;
    }
    // 3. If state is completed, then
    if state == GeneratorState::Completed {
        // a. If abruptCompletion is a return completion, then
        if let Abrupt::Return(v) = abrupt {
            // i. Return CreateIteratorResultObject(abruptCompletion.[[Value]], true).
            return Ok(Value::Object(create_iterator_result_object(agent, v, true)));
        }
        // b. Return ? abruptCompletion.
        return Err(abrupt);
    }
    // 4. Assert: state is suspended-yield.
    // 5-10. Push genContext and resume it with abruptCompletion.
    resume_generator_context(agent, g, Err(abrupt), false)
}

/// GeneratorResume steps 4-9 (and GeneratorResumeAbrupt 5-10): push genContext and resume it
/// with `completion`. The built-in's caller (the machine) runs the context; its next
/// GeneratorYield or its completion is the result of the call.
fn resume_generator_context(
    agent: &mut Agent,
    g: ObjectId,
    completion: JsResult<Value>,
    values_to_for_of: bool,
) -> JsResult<Value> {
    crate::runtime_semantics::machine::check_stack(agent)?;
    data_mut(agent, g).values_to_for_of = values_to_for_of;
    // 4. Let genContext be generator.[[GeneratorContext]].
    let mut ctx = data_mut(agent, g)
        .context
        .take()
        .expect("a suspended generator keeps its context");
    // 5-6. Let methodContext be the running execution context; suspend methodContext.
    // 7. Set generator.[[GeneratorState]] to executing.
    set_state(agent, g, GeneratorState::Executing);
    crate::trace::generator_event(agent, "§27.5.3.3 GeneratorResume step 9", g, "resumed");
    // 8. Push genContext onto the execution context stack.
    ctx.return_to_native = false;
    agent.machine.push_context(ctx);
    // 9. Resume the suspended evaluation of genContext using completion.
    agent.machine.context_pushed = true;
    agent.machine.resume_step = Some(Step::Deliver(completion));
    Ok(Value::Undefined)
}

/// GeneratorYield ( iteratorResult ) (§27.5.3.6)
#[doc(alias = "GeneratorYield")]
pub fn generator_yield(agent: &mut Agent, iterator_result: Value) {
    // 1. Let genContext be the running execution context.
    // 2-3. Let generator be the value of the Generator component of genContext.
    let ContextKind::Generator {
        generator: Some(generator),
    } = agent.machine.ctx().kind
    else {
        unreachable!("GeneratorYield in a generator's context")
    };
    // 5. Set generator.[[GeneratorState]] to suspended-yield.
    set_state(agent, generator, GeneratorState::SuspendedYield);
    crate::trace::generator_event(
        agent,
        "§27.5.3.6 GeneratorYield step 6",
        generator,
        "suspended",
    );
    // 6. Remove genContext from the execution context stack.
    let ctx = agent.machine.pop_context();
    let return_to_native = ctx.return_to_native;
    set_context(agent, generator, Some(ctx));
    // 7-8. Resume callerContext passing NormalCompletion(iteratorResult). (The resumption
    //      completion is later delivered to the frame below the yield.)
    return_from_context(agent, return_to_native, Ok(iterator_result));
}

/// The generator kind of the running context (GetGeneratorKind, §27.5.3.5).
#[doc(alias = "GetGeneratorKind")]
pub fn get_generator_kind(agent: &Agent) -> Option<IteratorKind> {
    match agent.machine.ctx().kind {
        ContextKind::Generator { .. } => Some(IteratorKind::Sync),
        ContextKind::AsyncGenerator { .. } => Some(IteratorKind::Async),
        _ => None,
    }
}

/// Yield ( value ) (§27.5.3.7), once the operand's value arrived.
#[doc(alias = "Yield")]
pub fn yield_(agent: &mut Agent, value: Value) {
    // 1. Let generatorKind be GetGeneratorKind().
    match get_generator_kind(agent) {
        // 2. If generatorKind is async, return ? AsyncGeneratorYield(? Await(value)).
        Some(IteratorKind::Async) => super::async_generator::yield_awaited(agent, value),
        // 3. Otherwise, return ? GeneratorYield(CreateIteratorResultObject(value, false)).
        _ => {
            if let ContextKind::Generator { generator: Some(g) } = agent.machine.ctx().kind {
                if data_mut(agent, g).values_to_for_of {
                    // Resumed by a for-of loop: the value goes to it as is (see
                    // `generator_resume_for_of`).
                    agent.machine.iteration_done = Some(false);
                    return generator_yield(agent, value);
                }
            }
            let r = create_iterator_result_object(agent, value, false);
            generator_yield(agent, Value::Object(r));
        }
    }
}

// ───────────────────────────── yield* ─────────────────────────────

/// Which method of the inner iterator `yield*` called last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DelegateCall {
    Next,
    Throw,
    Return,
}

/// Where `yield*` (§15.5.5, YieldExpression : yield * AssignmentExpression) stands.
pub enum YieldStarStage {
    /// Waiting for the completion the generator is resumed with (`received`).
    Received,
    /// Waiting for the result of calling the inner iterator's method (after Await when async).
    InnerResult(DelegateCall),
    /// Async only: waiting for Await(received.[[Value]]) of a return with no inner return().
    AwaitedReturnValue,
    /// Async only: AsyncIteratorClose's awaited return() result, before the TypeError of
    /// step 8.b.iii.6.
    ClosedForThrow,
}

pub struct YieldStarState {
    pub iterator: IteratorRecord,
    pub kind: IteratorKind,
    pub stage: YieldStarStage,
}

/// `yield* AssignmentExpression`, steps 1-7, once the operand's value arrived.
pub fn yield_star_start(agent: &mut Agent, value: Value) {
    // 1. Let generatorKind be GetGeneratorKind().
    let kind = get_generator_kind(agent).unwrap_or(IteratorKind::Sync);
    // 5. Let iteratorRecord be ? GetIterator(value, generatorKind).
    let iterator = match get_iterator(agent, &value, kind) {
        Ok(r) => r,
        Err(e) => return agent.machine.deliver(Err(e)),
    };
    // 7. Let received be NormalCompletion(undefined).
    let state = Box::new(YieldStarState {
        iterator,
        kind,
        stage: YieldStarStage::Received,
    });
    yield_star_received(agent, state, Ok(Value::Undefined));
}

/// Resumes the `yield*` loop with `c` at its current stage.
pub fn resume_yield_star(agent: &mut Agent, mut s: Box<YieldStarState>, c: JsResult<Value>) {
    match s.stage {
        YieldStarStage::Received => yield_star_received(agent, s, c),
        YieldStarStage::InnerResult(call) => {
            // A throw from the call (or from Await) propagates (8.a.i, 8.b.ii.1, 8.c.iv).
            let inner = match c {
                Ok(v) => v,
                Err(e) => return agent.machine.deliver(Err(e)),
            };
            // 8.a.iii. If innerResult is not an Object, throw a TypeError exception.
            let Value::Object(inner) = inner else {
                let shown = crate::describe::brief_value(agent, &inner);
                let e = agent.type_error(format!("Iterator result {shown} is not an object"));
                return agent.machine.deliver(Err(e));
            };
            // 8.a.iv. Let done be ? IteratorComplete(innerResult).
            let done = match iterator_complete(agent, inner) {
                Ok(d) => d,
                Err(e) => return agent.machine.deliver(Err(e)),
            };
            if done {
                // 8.a.v.1. Return ? IteratorValue(innerResult).
                // 8.c.viii.1-2. Set value to ? IteratorValue(innerReturnResult); return
                //              ReturnCompletion(value).
                let v = iterator_value(agent, inner);
                let r = match (call, v) {
                    (_, Err(e)) => Err(e),
                    (DelegateCall::Return, Ok(v)) => Err(Abrupt::Return(v)),
                    (_, Ok(v)) => Ok(v),
                };
                return agent.machine.deliver(r);
            }
            s.stage = YieldStarStage::Received;
            if s.kind == IteratorKind::Async {
                // 8.a.vi. Set received to Completion(AsyncGeneratorYield(? IteratorValue(innerResult))).
                let v = match iterator_value(agent, inner) {
                    Ok(v) => v,
                    Err(e) => return agent.machine.deliver(Err(e)),
                };
                agent
                    .machine
                    .push_frame(Frame::Builtin(BuiltinFrame::YieldStar(s)));
                super::async_generator::async_generator_yield(agent, v);
            } else {
                // 8.a.vii. Else, set received to Completion(GeneratorYield(innerResult)).
                agent
                    .machine
                    .push_frame(Frame::Builtin(BuiltinFrame::YieldStar(s)));
                generator_yield(agent, Value::Object(inner));
            }
        }
        YieldStarStage::ClosedForThrow => {
            // AsyncIteratorClose 6-7: a throw from return() wins; a non-object result is a
            // TypeError; else 8.b.iii.6: throw a TypeError (protocol violation).
            let e = match c {
                Err(e) => e,
                Ok(Value::Object(_)) => {
                    agent.type_error("The iterator does not provide a 'throw' method.")
                }
                Ok(v) => {
                    let shown = crate::describe::brief_value(agent, &v);
                    agent.type_error(format!("Iterator result {shown} is not an object"))
                }
            };
            agent.machine.deliver(Err(e));
        }
        YieldStarStage::AwaitedReturnValue => {
            // 8.c.iii.2.a-3. Set value to ? Await(value); return ReturnCompletion(value).
            let r = match c {
                Ok(v) => Err(Abrupt::Return(v)),
                Err(e) => Err(e),
            };
            agent.machine.deliver(r);
        }
    }
}

/// Step 8 of `yield*`, with the completion `received` the generator was resumed with.
fn yield_star_received(agent: &mut Agent, mut s: Box<YieldStarState>, received: JsResult<Value>) {
    let iterator = Value::Object(s.iterator.iterator);
    let (call, method, arg) = match received {
        // 8.a. If received is a normal completion, then
        Ok(v) => {
            // i. Let innerResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]], « received.[[Value]] »).
            (DelegateCall::Next, s.iterator.next_method.clone(), v)
        }
        // 8.b. Else if received is a throw completion, then
        Err(Abrupt::Throw(v)) => {
            // i. Let throw be ? GetMethod(iterator, "throw").
            let throw = match get_method(agent, &iterator, &PropertyKey::from("throw")) {
                Ok(t) => t,
                Err(e) => return agent.machine.deliver(Err(e)),
            };
            // ii. If throw is not undefined, then
            if !throw.is_undefined() {
                // 1. Let innerResult be ? Call(throw, iterator, « received.[[Value]] »).
                (DelegateCall::Throw, throw, v)
            } else {
                // iii. Else,
                // 1. NOTE: If iterator does not have a throw method, this throw is going to
                //    terminate the yield* loop. But first we need to give iterator a chance
                //    to clean up.
                // 2. Let closeCompletion be NormalCompletion(empty).
                if s.kind == IteratorKind::Async {
                    // 3. If generatorKind is async, perform ? AsyncIteratorClose(iteratorRecord, closeCompletion).
                    return super::async_generator::yield_star_async_close_then_throw(agent, s);
                }
                // 4. Else, perform ? IteratorClose(iteratorRecord, closeCompletion).
                let closed = iterator_close(agent, s.iterator.iterator, Ok(Value::Undefined));
                // 5-6. Throw a TypeError exception (yield* protocol violation).
                let e = match closed {
                    Err(e) => e,
                    Ok(_) => agent.type_error("The iterator does not provide a 'throw' method."),
                };
                return agent.machine.deliver(Err(e));
            }
        }
        // 8.c. Else (a return completion),
        Err(Abrupt::Return(v)) => {
            // ii. Let return be ? GetMethod(iterator, "return").
            let ret = match get_method(agent, &iterator, &PropertyKey::from("return")) {
                Ok(r) => r,
                Err(e) => return agent.machine.deliver(Err(e)),
            };
            // iii. If return is undefined, then
            if ret.is_undefined() {
                // 1. Set value to received.[[Value]].
                if s.kind == IteratorKind::Async {
                    // 2.a. Set value to ? Await(value).
                    s.stage = YieldStarStage::AwaitedReturnValue;
                    agent
                        .machine
                        .push_frame(Frame::Builtin(BuiltinFrame::YieldStar(s)));
                    agent.machine.push_await();
                    return agent.machine.ok(v);
                }
                // 3. Return ReturnCompletion(value).
                return agent.machine.deliver(Err(Abrupt::Return(v)));
            }
            // iv. Let innerReturnResult be ? Call(return, iterator, « received.[[Value]] »).
            (DelegateCall::Return, ret, v)
        }
        // (Termination passes through.)
        Err(e) => return agent.machine.deliver(Err(e)),
    };
    s.stage = YieldStarStage::InnerResult(call);
    let is_async = s.kind == IteratorKind::Async;
    agent
        .machine
        .push_frame(Frame::Builtin(BuiltinFrame::YieldStar(s)));
    if is_async {
        // 8.a.ii / 8.b.ii.2 / 8.c.v. If generatorKind is async, set innerResult to ? Await(innerResult).
        agent.machine.push_await();
    }
    match method
        .as_object()
        .filter(|o| agent.heap.get(*o).is_callable())
    {
        Some(f) => {
            crate::runtime_semantics::machine::call_from_machine(agent, f, iterator, vec![arg])
        }
        None => {
            let shown = crate::describe::brief_value(agent, &method);
            let e = agent.type_error(format!("{shown} is not a function"));
            agent.machine.deliver(Err(e));
        }
    }
}

// ───────────────────────────── CreateListIteratorRecord ─────────────────────────────

/// CreateListIteratorRecord ( list ) (§7.4.15): an Iterator Record whose next() returns the
/// elements of `list` — a generator made by CreateIteratorFromClosure, with
/// %Iterator.prototype% as its prototype and %GeneratorPrototype.next% as its next method.
///
/// (FunctionDeclarationInstantiation binds parameters from the argument list directly: the
/// list iterator it would use is never visible to JavaScript, so the result is the same.)
#[doc(alias = "CreateListIteratorRecord")]
pub fn create_list_iterator_record(agent: &mut Agent, list: Vec<Value>) -> IteratorRecord {
    // 1. Let closure be a new Abstract Closure that yields each element of list.
    // 2. Let iterator be CreateIteratorFromClosure(closure, empty, %Iterator.prototype%).
    let proto = agent.intrinsics.iterator_prototype;
    let iterator =
        create_iterator_from_closure(agent, BuiltinFrame::ListIterator(list.into(), 0), proto);
    // 3. Return the Iterator Record { [[Iterator]]: iterator, [[NextMethod]]:
    //    %GeneratorPrototype.next%, [[Done]]: false }.
    let gp = agent.intrinsics.generator_prototype;
    let next_method =
        crate::abstract_ops::get(agent, gp, &PropertyKey::from("next")).unwrap_or_default();
    IteratorRecord {
        iterator,
        next_method,
        done: false,
    }
}

/// CreateIteratorFromClosure ( closure, generatorBrand, generatorPrototype ) (§27.5.3.8),
/// for closures that are built-in frames.
#[doc(alias = "CreateIteratorFromClosure")]
fn create_iterator_from_closure<'a>(
    agent: &mut Agent<'a>,
    closure: BuiltinFrame<'a>,
    prototype: ObjectId,
) -> ObjectId {
    // 3-6. Let generator be OrdinaryObjectCreate(generatorPrototype, …); state suspended-start.
    let generator = agent.heap.alloc(crate::object::Object::new(
        Some(prototype),
        ObjectKind::Generator(Box::new(GeneratorData {
            state: GeneratorState::SuspendedStart,
            context: None,
            values_to_for_of: false,
        })),
    ));
    // 7-13. A new execution context whose Function is null; GeneratorStart(generator,
    //       closure) parks it with the closure as its code.
    let global_env = agent.global_env;
    let ctx = ExecutionContext {
        frames: vec![Frame::Builtin(closure)],
        frame_base: 0,
        function: None,
        lex_env: global_env,
        var_env: global_env,
        private_env: None,
        kind: ContextKind::Generator {
            generator: Some(generator),
        },
        strict: true,
        return_to_native: false,
        call_site: agent.machine.span,
    };
    set_context(agent, generator, Some(ctx));
    // 14-16. Return generator.
    generator
}

/// CreateListIteratorRecord's closure, step 1.a-b, resumed with `c`.
pub fn resume_list_iterator(
    agent: &mut Agent,
    list: std::rc::Rc<[Value]>,
    index: usize,
    c: JsResult<Value>,
) {
    // GeneratorYield's resumption: a return or throw completion ends the closure.
    if let Err(e) = c {
        return agent.machine.deliver(Err(e));
    }
    // a. For each element E of list, do
    match list.get(index).cloned() {
        Some(e) => {
            // i. Perform ? GeneratorYield(CreateIteratorResultObject(E, false)).
            agent
                .machine
                .push_frame(Frame::Builtin(BuiltinFrame::ListIterator(list, index + 1)));
            let r = create_iterator_result_object(agent, e, false);
            generator_yield(agent, Value::Object(r));
        }
        // b. Return NormalCompletion(undefined).
        None => agent.machine.ok(Value::Undefined),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abstract_ops::operations_on_iterator_objects::iterator_to_list;

    /// CreateListIteratorRecord yields the list's elements in order, then is done.
    #[test]
    fn list_iterator_yields_the_list() {
        let mut agent = Agent::new(
            "test.js",
            "",
            crate::AgentOptions::default(),
            std::rc::Rc::new(crate::execution::host_hooks::TestHost),
        );
        let list = vec![Value::Number(1.0), Value::str("two"), Value::Bool(true)];
        let mut record = create_list_iterator_record(&mut agent, list);
        let out = iterator_to_list(&mut agent, &mut record).expect("no throw");
        let shown: Vec<String> = out
            .iter()
            .map(|v| crate::describe::brief_value(&agent, v))
            .collect();
        assert_eq!(shown, ["1", "\"two\"", "true"]);
        // A finished list iterator keeps answering done.
        let again = iterator_to_list(&mut agent, &mut record).expect("no throw");
        assert!(again.is_empty());
    }
}
