//! Function objects and their instantiation (ECMA-262 §10.2, §15.2–15.7):
//! OrdinaryFunctionCreate, MakeConstructor, FunctionDeclarationInstantiation as machine
//! steps, method definitions, and ClassDefinitionEvaluation.

use crate::abstract_ops::*;
use crate::builtins::{define_value, set_function_length, set_function_name};
use crate::environment::{
    Env, EnvKind, PrivateEnvId, PrivateEnvironment, PrivateName, ThisBinding, ThisMode,
};
use crate::heap::{EnvId, ObjectId};
use crate::object::{
    ClassElementName, ClassFieldDefinition, ConstructorKind, FunctionData, Object, ObjectKind,
    Property, PropertyDescriptor,
};
use crate::runtime_semantics::expressions::{
    initialize_binding, is_anonymous_function_definition, literal_key,
};
use crate::runtime_semantics::frames::Frame;
use crate::runtime_semantics::machine::{ContextKind, ExecutionContext};
use crate::runtime_semantics::patterns::{bind_pattern, BindMode};
use crate::runtime_semantics::scope_analysis::{
    function_of_stmt, function_scope, lexically_scoped_declarations, FunctionScope,
};
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};
use mini_js_syntax::ast::*;
use std::rc::Rc;

/// OrdinaryFunctionCreate ( functionPrototype, sourceText, ParameterList, Body, thisMode,
/// env, privateEnv ) (§10.2.3) followed by SetFunctionLength.
#[doc(alias = "OrdinaryFunctionCreate")]
pub fn ordinary_function_create<'a>(
    agent: &mut Agent<'a>,
    proto: ObjectId,
    code: &'a Function,
    env: EnvId,
    private_env: Option<PrivateEnvId>,
) -> ObjectId {
    // 7-9. If thisMode is lexical-this, [[ThisMode]] is lexical; strict: strict; else global.
    let this_mode = if code.kind == FunctionKind::Arrow {
        ThisMode::Lexical
    } else if code.strict {
        ThisMode::Strict
    } else {
        ThisMode::Global
    };
    // The function keeps env (and every record outside it) alive past the running code.
    crate::environment::mark_captured(&mut agent.heap, env);
    let f = agent.heap.alloc(Object::new(
        Some(proto),
        ObjectKind::Function(Box::new(FunctionData {
            code,
            env,
            private_env,
            this_mode,
            home_object: None,
            constructor_kind: ConstructorKind::Base,
            is_constructor: false,
            is_class_constructor: false,
            fields: Vec::new(),
            private_methods: Vec::new(),
            class: None,
        })),
    ));
    // 22. Perform SetFunctionLength(F, len): the number of parameters before the first
    //     default or rest (ExpectedArgumentCount).
    let len = code
        .params
        .iter()
        .take_while(|p| p.default.is_none())
        .count();
    set_function_length(agent, f, len as f64);
    f
}

/// MakeConstructor ( F [ , writablePrototype [ , prototype ] ] ) (§10.2.5)
#[doc(alias = "MakeConstructor")]
pub fn make_constructor(
    agent: &mut Agent,
    f: ObjectId,
    writable_prototype: bool,
    prototype: Option<ObjectId>,
) {
    if let ObjectKind::Function(d) = &mut agent.heap.get_mut(f).kind {
        d.is_constructor = true;
    }
    // 5. If prototype is not present, then
    let prototype = prototype.unwrap_or_else(|| {
        // a. Set prototype to OrdinaryObjectCreate(%Object.prototype%).
        let p = new_object(agent);
        // b. Perform ! DefinePropertyOrThrow(prototype, "constructor", { [[Value]]: F,
        //    [[Writable]]: writablePrototype, [[Enumerable]]: false, [[Configurable]]: true }).
        define_value(
            agent,
            p,
            "constructor",
            Value::Object(f),
            writable_prototype,
            false,
            true,
        );
        p
    });
    // 6. Perform ! DefinePropertyOrThrow(F, "prototype", { [[Value]]: prototype,
    //    [[Writable]]: writablePrototype, [[Enumerable]]: false, [[Configurable]]: false }).
    define_value(
        agent,
        f,
        "prototype",
        Value::Object(prototype),
        writable_prototype,
        false,
        false,
    );
}

/// The intrinsic prototype of a function by its kind (%Function.prototype%,
/// %AsyncFunction.prototype%, %GeneratorFunction.prototype%, …).
fn function_proto_for(agent: &Agent, code: &Function) -> ObjectId {
    let i = &agent.intrinsics;
    match (code.is_async, code.is_generator) {
        (false, false) => i.function_prototype,
        (true, false) => i.async_function_prototype,
        (false, true) => i.generator_function_prototype,
        (true, true) => i.async_generator_function_prototype,
    }
}

/// The "prototype" object a generator function gets (§15.5.3, §15.6.3).
fn make_generator_prototype(agent: &mut Agent, f: ObjectId, code: &Function) {
    let parent = if code.is_async {
        agent.intrinsics.async_generator_prototype
    } else {
        agent.intrinsics.generator_prototype
    };
    let p = agent
        .heap
        .alloc(Object::new(Some(parent), ObjectKind::Ordinary));
    define_value(agent, f, "prototype", Value::Object(p), true, false, false);
}

/// A new function object for `code` in the running context's environments, named `name`.
fn create_function<'a>(
    agent: &mut Agent<'a>,
    code: &'a Function,
    env: EnvId,
    name: Option<PropertyKey>,
) -> ObjectId {
    let proto = function_proto_for(agent, code);
    let private_env = agent.machine.ctx().private_env.clone();
    let f = ordinary_function_create(agent, proto, code, env, private_env);
    // SetFunctionName(F, name)
    let name = name.unwrap_or_else(|| PropertyKey::from(""));
    set_function_name(agent, f, &name, None);
    if code.is_generator {
        make_generator_prototype(agent, f, code);
    } else if code.kind == FunctionKind::Normal && !code.is_async {
        make_constructor(agent, f, true, None);
    }
    f
}

/// InstantiateFunctionObject (§15.2.4, §15.5.3, §15.6.3, §15.8.3) for a declaration.
#[doc(alias = "InstantiateFunctionObject")]
pub fn instantiate_function_object<'a>(agent: &mut Agent<'a>, f: &'a Rc<Function>) -> ObjectId {
    let env = agent.machine.ctx().lex_env;
    // The name's key is made once per identifier, not per function object.
    let name = f.name.as_ref().map(|n| agent.identifier_key(&n.name));
    create_function(
        agent,
        f,
        env,
        Some(name.unwrap_or_else(|| PropertyKey::from("default"))),
    )
}

/// InstantiateOrdinaryFunctionExpression / InstantiateArrowFunctionExpression and the async
/// and generator forms (§15.2.5, §15.3.4, …): a named function expression binds its own name
/// in a scope of its own.
pub fn instantiate_function_expression<'a>(
    agent: &mut Agent<'a>,
    f: &'a Rc<Function>,
    name: Option<PropertyKey>,
) -> ObjectId {
    let env = agent.machine.ctx().lex_env;
    match &f.name {
        Some(own) if f.kind != FunctionKind::Arrow => {
            // 2-5. funcEnv = NewDeclarativeEnvironment(scope); CreateImmutableBinding(name).
            let func_env = agent.heap.alloc_env(Env::declarative(Some(env)));
            agent
                .heap
                .env_mut(func_env)
                .create_binding(own.name.clone(), false, false);
            let name = agent.identifier_key(&own.name);
            let fo = create_function(agent, f, func_env, Some(name));
            // 8. Perform ! funcEnv.InitializeBinding(name, closure).
            initialize_binding(agent, func_env, &own.name, Value::Object(fo));
            fo
        }
        _ => create_function(agent, f, env, name),
    }
}

/// DefineMethodProperty / MethodDefinitionEvaluation (§15.4.4) for methods, getters and
/// setters of object literals and classes.
pub fn define_method_property<'a>(
    agent: &mut Agent<'a>,
    home: ObjectId,
    key: PropertyKey,
    kind: MethodKind,
    func: &'a Function,
    enumerable: bool,
) -> JsResult<()> {
    let env = agent.machine.ctx().lex_env;
    let proto = function_proto_for(agent, func);
    let private_env = agent.machine.ctx().private_env.clone();
    let f = ordinary_function_create(agent, proto, func, env, private_env);
    // MakeMethod(closure, object): [[HomeObject]].
    if let ObjectKind::Function(d) = &mut agent.heap.get_mut(f).kind {
        d.home_object = Some(home);
    }
    if func.is_generator {
        make_generator_prototype(agent, f, func);
    }
    let desc = match kind {
        MethodKind::Method => {
            set_function_name(agent, f, &key, None);
            PropertyDescriptor::data(Value::Object(f), true, enumerable, true)
        }
        MethodKind::Get => {
            set_function_name(agent, f, &key, Some("get"));
            PropertyDescriptor {
                get: Some(Value::Object(f)),
                enumerable: Some(enumerable),
                configurable: Some(true),
                ..Default::default()
            }
        }
        MethodKind::Set => {
            set_function_name(agent, f, &key, Some("set"));
            PropertyDescriptor {
                set: Some(Value::Object(f)),
                enumerable: Some(enumerable),
                configurable: Some(true),
                ..Default::default()
            }
        }
    };
    define_property_or_throw(agent, home, key, desc)
}

// ───────────────────────── FunctionDeclarationInstantiation ─────────────────────────

/// FunctionDeclarationInstantiation ( func, argumentsList ) (§10.2.11): steps 1-26 (the
/// parameters) here, run as frames when defaults or patterns need evaluation; then
/// [`finish_function_declaration_instantiation`].
#[doc(alias = "FunctionDeclarationInstantiation")]
pub fn function_declaration_instantiation<'a>(
    agent: &mut Agent<'a>,
    code: &'a Function,
    env: EnvId,
    mut args: Vec<Value>,
) {
    let scope = function_scope(code);
    if let Some(template) = scope.binding_template.get() {
        // Steps 21-34 as they ran the first time (the same code makes the same bindings):
        // copy the bindings, then 26. bind the parameters positionally.
        if agent.heap.env(env).bindings.capacity() == 0 {
            agent.heap.env_mut(env).bindings = agent.heap.take_binding_list();
        }
        let e = agent.heap.env_mut(env);
        let before = e.bindings.capacity();
        e.bindings.extend_from_slice(template);
        let n = args.len().min(code.params.len());
        if code.may_use_arguments {
            for (b, v) in e.bindings.iter_mut().zip(&args[..n]) {
                b.value = Some(v.clone());
            }
        } else {
            // Nothing will read the list again: its values move into the bindings.
            for (b, v) in e.bindings.iter_mut().zip(args.drain(..n)) {
                b.value = Some(v);
            }
        }
        let grown = e.bindings.capacity() - before;
        crate::heap::note_allocation(grown * std::mem::size_of::<crate::environment::Binding>());
        keep_arguments(agent, code, env, args);
        instantiate_functions_and_evaluate_body(agent, code, env, scope);
        return;
    }
    // 21. For each String paramName of parameterNames: CreateMutableBinding, and when
    //     hasDuplicates, InitializeBinding(paramName, undefined).
    {
        let e = agent.heap.env_mut(env);
        for name in &scope.parameter_names {
            let i = e.create_binding(name.clone(), true, false);
            if scope.has_duplicates {
                e.bindings[i].value = Some(Value::Undefined);
            }
        }
    }
    if scope.simple_parameter_list && !scope.has_duplicates {
        // 26. IteratorBindingInitialization of simple identifiers: bind positionally.
        for (i, p) in code.params.iter().enumerate() {
            if let Pattern::Ident(id) = &p.target {
                let v = args.get(i).cloned().unwrap_or_default();
                initialize_binding(agent, env, &id.name, v);
            }
        }
        keep_arguments(agent, code, env, args);
        finish_function_declaration_instantiation(agent, code, env);
        return;
    }
    // 22. The arguments object (made lazily) may be read by parameter initializers.
    keep_arguments(agent, code, env, args.clone());
    agent.machine.push_frame(Frame::BindParams {
        code,
        env,
        index: 0,
        args,
    });
    agent.machine.ok(Value::Undefined);
}

/// Keeps the arguments for a lazily created arguments object (not for arrow functions, nor
/// for a module's body, which has no arguments object).
fn keep_arguments(agent: &mut Agent, code: &Function, env: EnvId, args: Vec<Value>) {
    if !code.may_use_arguments {
        // Code that never names `arguments` can never observe the object: the list goes
        // back to the heap's spare lists for the next call.
        agent.heap.give_back_value_list(args);
        return;
    }
    if !matches!(code.kind, FunctionKind::Arrow | FunctionKind::Module) {
        if let EnvKind::Function { arguments, .. } = &mut agent.heap.env_mut(env).kind {
            crate::heap::note_allocation(args.capacity() * std::mem::size_of::<Value>());
            *arguments = Some(args);
        }
    }
}

/// One parameter bound: the next one, its default, or the end of the parameters.
pub fn resume_bind_params<'a>(
    agent: &mut Agent<'a>,
    code: &'a Function,
    env: EnvId,
    index: usize,
    args: Vec<Value>,
    stage_default: bool,
    v: Value,
) {
    let scope = function_scope(code);
    let mode = if scope.has_duplicates {
        BindMode::Put
    } else {
        BindMode::Init(env)
    };
    if stage_default {
        // The default's value arrived: bind parameter `index`.
        agent.machine.push_frame(Frame::BindParams {
            code,
            env,
            index: index + 1,
            args,
        });
        bind_pattern(agent, &code.params[index].target, v, mode);
        return;
    }
    if index < code.params.len() {
        let p = &code.params[index];
        let value = args.get(index).cloned().unwrap_or_default();
        if value.is_undefined() {
            if let Some(d) = &p.default {
                agent.machine.push_frame(Frame::BindParamDefault {
                    code,
                    env,
                    index,
                    args,
                });
                match &p.target {
                    Pattern::Ident(id) if is_anonymous_function_definition(d) => {
                        agent.machine.pending_name = Some(PropertyKey::from(&*id.name));
                        agent.machine.eval(d);
                    }
                    _ => agent.machine.eval(d),
                }
                return;
            }
        }
        agent.machine.push_frame(Frame::BindParams {
            code,
            env,
            index: index + 1,
            args,
        });
        bind_pattern(agent, &p.target, value, mode);
        return;
    }
    if let Some(rest) = &code.rest {
        if index == code.params.len() {
            // The rest parameter: an array of the remaining arguments.
            let remaining: Vec<Option<Value>> = args
                .iter()
                .skip(code.params.len())
                .cloned()
                .map(Some)
                .collect();
            let arr = crate::runtime_semantics::operators::array_from_values(agent, remaining);
            agent.machine.push_frame(Frame::BindParams {
                code,
                env,
                index: index + 1,
                args,
            });
            bind_pattern(agent, rest, Value::Object(arr), mode);
            return;
        }
    }
    finish_function_declaration_instantiation(agent, code, env);
}

/// FunctionDeclarationInstantiation steps 27-37, then the body (EvaluateBody).
pub fn finish_function_declaration_instantiation<'a>(
    agent: &mut Agent<'a>,
    code: &'a Function,
    env: EnvId,
) {
    let scope = function_scope(code);
    // argumentsObjectNeeded: the arguments object is made lazily, so parameterBindings
    // holds "arguments" exactly when the environment keeps the arguments.
    // A function declaration named "arguments" takes the name over (step 18).
    let arguments_function = match &code.body {
        FunctionBody::Block(body) => scope.functions_to_initialize.iter().any(|&i| {
            function_of_stmt(&body[i])
                .and_then(|f| f.name.as_ref())
                .is_some_and(|n| &*n.name == "arguments")
        }),
        FunctionBody::Expr(_) => false,
    };
    let arguments_needed = !arguments_function
        && matches!(
            agent.heap.env(env).kind,
            EnvKind::Function {
                arguments: Some(_),
                ..
            }
        );
    let is_parameter_binding =
        |n: &Atom| scope.parameter_names.contains(n) || (arguments_needed && &**n == "arguments");
    let var_env = if !scope.has_parameter_expressions {
        // 27. If hasParameterExpressions is false: the vars share env with the parameters.
        //     a-c. For each n in varNames not in parameterBindings (nor already made):
        //     CreateMutableBinding(n) and InitializeBinding(n, undefined).
        let e = agent.heap.env_mut(env);
        for n in &scope.var_names {
            if !is_parameter_binding(n) && e.find(n).is_none() {
                e.create_initialized(n.clone(), Value::Undefined);
            }
        }
        env
    } else {
        // 28. Else: a separate Environment Record, so that closures made by parameter
        //     expressions do not see the body's var declarations.
        //     a. Let varEnv be NewDeclarativeEnvironment(env).
        let var_env = agent.heap.alloc_env(Env::declarative(Some(env)));
        //     b. Set the VariableEnvironment of calleeContext to varEnv.
        agent.machine.ctx_mut().var_env = var_env;
        //     e-f. For each n in varNames: CreateMutableBinding(n); its initial value is
        //     undefined, or env's value of n when n is a parameter binding and not a
        //     function name.
        for n in &scope.var_names {
            if agent.heap.env(var_env).find(n).is_some() {
                continue;
            }
            if arguments_needed && &**n == "arguments" {
                // NOTE(mini-js): the arguments object is made on first use in env; leaving
                // the name to env's binding shows the same object.
                continue;
            }
            let initial = if scope.parameter_names.contains(n) {
                let e = agent.heap.env(env);
                e.find(n)
                    .and_then(|i| e.bindings[i].value.clone())
                    .unwrap_or_default()
            } else {
                Value::Undefined
            };
            agent
                .heap
                .env_mut(var_env)
                .create_initialized(n.clone(), initial);
        }
        // 30-31. lexEnv: mini-js has no direct eval, so varEnv serves as lexEnv.
        agent.machine.ctx_mut().lex_env = var_env;
        var_env
    };
    // 29. Annex B.3.2.1: sloppy block-level functions get a var binding too.
    {
        let e = agent.heap.env_mut(var_env);
        for n in &scope.annex_b_function_names {
            if e.find(n).is_none() {
                e.create_initialized(n.clone(), Value::Undefined);
            }
        }
    }
    let env = var_env;
    // 33-34. LexicallyScopedDeclarations: CreateImmutableBinding / CreateMutableBinding
    //        (the declarations are found once per function: FunctionScope).
    let e = agent.heap.env_mut(env);
    for (n, mutable, strict) in &scope.lexical_bindings {
        e.create_binding(n.clone(), *mutable, *strict);
    }
    if scope.simple_parameter_list && !scope.has_duplicates {
        // Record the bindings for the next call (see `FunctionScope::binding_template`).
        let mut template = e.bindings.clone();
        for b in &mut template[..code.params.len()] {
            b.value = Some(Value::Undefined);
        }
        let _ = scope.binding_template.set(template);
    }
    instantiate_functions_and_evaluate_body(agent, code, env, scope);
}

/// FunctionDeclarationInstantiation steps 36-37, then EvaluateBody.
fn instantiate_functions_and_evaluate_body<'a>(
    agent: &mut Agent<'a>,
    code: &'a Function,
    env: EnvId,
    scope: &FunctionScope,
) {
    let FunctionBody::Block(body) = &code.body else {
        // A concise arrow body: no declarations; the expression's value is returned.
        agent.machine.push_frame(Frame::ArrowBody);
        let FunctionBody::Expr(e) = &code.body else {
            unreachable!()
        };
        agent.machine.eval(e);
        return;
    };
    // 36. For each Parse Node f of functionsToInitialize: InstantiateFunctionObject and
    //     varEnv.SetMutableBinding(fn, fo, false).
    for &i in &scope.functions_to_initialize {
        let f = function_of_stmt(&body[i]).expect("a function declaration");
        let fo = instantiate_function_object(agent, f);
        if let Some(n) = &f.name {
            initialize_binding(agent, env, &n.name, Value::Object(fo));
        }
    }
    // 37. Return unused. Then EvaluateBody for the function's kind.
    start_body(agent, code, body);
}

/// EvaluateBody: the statements, or for generators GeneratorStart first.
fn start_body<'a>(agent: &mut Agent<'a>, code: &'a Function, body: &'a [Stmt]) {
    if code.is_generator {
        crate::builtins::generator_body_start(agent, code, body);
        return;
    }
    crate::runtime_semantics::statements::continue_statement_list(agent, body, 0);
}

// ───────────────────────── classes ─────────────────────────

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassStage {
    Heritage,
    ElementKey,
    StaticElements,
}

/// A static element, run after the class is defined: a field or a static block.
pub enum StaticElement<'a> {
    Field(ClassFieldDefinition<'a>),
    Block(&'a [Stmt]),
}

/// ClassDefinitionEvaluation's state between machine steps.
pub struct ClassState<'a> {
    pub class: &'a Class,
    pub name: Option<PropertyKey>,
    pub stage: ClassStage,
    pub outer_env: EnvId,
    pub class_env: EnvId,
    pub outer_private: Option<PrivateEnvId>,
    pub private_env: Option<PrivateEnvId>,
    pub proto: ObjectId,
    pub f: ObjectId,
    pub index: usize,
    pub instance_fields: Vec<ClassFieldDefinition<'a>>,
    pub static_elements: Vec<StaticElement<'a>>,
    pub instance_private_methods: Vec<(PrivateName, Property)>,
    pub static_private_methods: Vec<(PrivateName, Property)>,
}

/// ClassDefinitionEvaluation (§15.7.14): starts with the heritage.
#[doc(alias = "ClassDefinitionEvaluation")]
pub fn class_definition_evaluation<'a>(
    agent: &mut Agent<'a>,
    class: &'a Class,
    name: Option<PropertyKey>,
    _is_decl: bool,
) {
    // 1. Let env be the LexicalEnvironment of the running execution context.
    let outer_env = agent.machine.ctx().lex_env;
    // 2. Let classEnv be NewDeclarativeEnvironment(env).
    let class_env = agent.heap.alloc_env(Env::declarative(Some(outer_env)));
    // 3. If classBinding is not undefined, then CreateImmutableBinding(classBinding, true).
    if let Some(n) = &class.name {
        agent
            .heap
            .env_mut(class_env)
            .create_binding(n.name.clone(), false, true);
    }
    // 4-6. outerPrivateEnvironment; classPrivateEnvironment with a new Private Name for
    //      each private element.
    let outer_private = agent.machine.ctx().private_env.clone();
    let mut names: Vec<PrivateName> = Vec::new();
    for m in &class.members {
        let key = match m {
            ClassMember::Method { key, .. } | ClassMember::Field { key, .. } => Some(key),
            ClassMember::StaticBlock(_) => None,
        };
        if let Some(PropKey::Private(id)) = key {
            if !names.iter().any(|n| n.description() == &*id.name) {
                names.push(PrivateName(Rc::new(id.name.clone())));
            }
        }
    }
    let private_env = if names.is_empty() {
        outer_private.clone()
    } else {
        Some(Rc::new(PrivateEnvironment {
            outer: outer_private.clone(),
            names,
        }))
    };
    let name = name.or_else(|| class.name.as_ref().map(|n| PropertyKey::from(&*n.name)));
    let st = ClassState {
        class,
        name,
        stage: ClassStage::Heritage,
        outer_env,
        class_env,
        outer_private,
        private_env,
        proto: ObjectId(0),
        f: ObjectId(0),
        index: 0,
        instance_fields: Vec::new(),
        static_elements: Vec::new(),
        instance_private_methods: Vec::new(),
        static_private_methods: Vec::new(),
    };
    match &class.super_class {
        Some(h) => {
            // 8.a-c. Set the running execution context's LexicalEnvironment to classEnv and
            //        evaluate ClassHeritage.
            agent.machine.ctx_mut().lex_env = class_env;
            agent.machine.push_frame(Frame::ClassDef(Box::new(st)));
            agent.machine.eval(h);
        }
        None => resume_class(agent, Box::new(st), Ok(Value::Undefined)),
    }
}

/// The next step of ClassDefinitionEvaluation.
pub fn resume_class<'a>(agent: &mut Agent<'a>, mut st: Box<ClassState<'a>>, c: JsResult<Value>) {
    let v = match c {
        Ok(v) => v,
        Err(e) => {
            agent.machine.ctx_mut().lex_env = st.outer_env;
            agent.machine.ctx_mut().private_env = st.outer_private.clone();
            return agent.machine.deliver(Err(e));
        }
    };
    let r: JsResult<bool> = (|| match st.stage {
        ClassStage::Heritage => {
            create_class_constructor(agent, &mut st, v)?;
            st.stage = ClassStage::ElementKey;
            continue_class_elements(agent, st, None)
        }
        ClassStage::ElementKey => {
            let key = to_property_key(agent, &v)?;
            continue_class_elements(agent, st, Some(key))
        }
        ClassStage::StaticElements => continue_static_elements(agent, st),
    })();
    if let Err(e) = r {
        agent.machine.deliver(Err(e));
    }
}

/// Steps 8.d-14 and 17-18: the prototype, the constructor F.
fn create_class_constructor<'a>(
    agent: &mut Agent<'a>,
    st: &mut ClassState<'a>,
    superclass: Value,
) -> JsResult<()> {
    let class = st.class;
    // 8.d. Set the running execution context's LexicalEnvironment to env.
    agent.machine.ctx_mut().lex_env = st.outer_env;
    let (proto_parent, constructor_parent) = if class.super_class.is_none() {
        // 7. protoParent = %Object.prototype%, constructorParent = %Function.prototype%.
        (
            Some(agent.intrinsics.object_prototype),
            agent.intrinsics.function_prototype,
        )
    } else if matches!(superclass, Value::Null) {
        // 8.g. If superclass is null: protoParent null, constructorParent %Function.prototype%.
        (None, agent.intrinsics.function_prototype)
    } else if !is_constructor(agent, &superclass) {
        // 8.h. If IsConstructor(superclass) is false, throw a TypeError exception.
        let shown = crate::describe::no_side_effects_to_string(agent, &superclass);
        return Err(agent.type_error(format!(
            "Class extends value {shown} is not a constructor or null"
        )));
    } else {
        // 8.i. Let protoParent be ? Get(superclass, "prototype").
        let sc = superclass.as_object().expect("constructor");
        let pp = get_str(agent, sc, "prototype")?;
        match pp {
            Value::Object(p) => (Some(p), sc),
            Value::Null => (None, sc),
            other => {
                let shown = crate::describe::no_side_effects_to_string(agent, &other);
                return Err(agent.type_error(format!(
                    "Class extends value does not have valid prototype property {shown}"
                )));
            }
        }
    };
    // 9. Let proto be OrdinaryObjectCreate(protoParent).
    let proto = agent
        .heap
        .alloc(Object::new(proto_parent, ObjectKind::Ordinary));
    // 10-11. constructor = ConstructorMethod of ClassBody, or a default constructor.
    let code: &'a Function = match &class.constructor {
        Some(c) => c,
        None => agent.default_constructor(class.super_class.is_some()),
    };
    // 12. Set the running execution context's LexicalEnvironment to classEnv.
    agent.machine.ctx_mut().lex_env = st.class_env;
    // 13. Set the running execution context's PrivateEnvironment to classPrivateEnvironment.
    agent.machine.ctx_mut().private_env = st.private_env.clone();
    // 14. (DefineMethod of constructor) F = OrdinaryFunctionCreate(constructorParent, …).
    let f = ordinary_function_create(
        agent,
        constructor_parent,
        code,
        st.class_env,
        st.private_env.clone(),
    );
    if let ObjectKind::Function(d) = &mut agent.heap.get_mut(f).kind {
        // MakeClassConstructor(F); [[HomeObject]] is proto.
        d.is_class_constructor = true;
        d.home_object = Some(proto);
        d.class = Some(class);
        d.this_mode = ThisMode::Strict;
        // 16. If ClassHeritage is present, set F.[[ConstructorKind]] to derived.
        if class.super_class.is_some() {
            d.constructor_kind = ConstructorKind::Derived;
        }
    }
    // 15. Perform SetFunctionName(F, className).
    let name = st.name.clone().unwrap_or_else(|| PropertyKey::from(""));
    set_function_name(agent, f, &name, None);
    // 17. Perform MakeConstructor(F, false, proto).
    make_constructor(agent, f, false, Some(proto));
    // 18. Perform CreateMethodProperty(proto, "constructor", F).
    crate::builtins::define_hidden(agent, proto, "constructor", Value::Object(f));
    st.proto = proto;
    st.f = f;
    Ok(())
}

/// Step 19-20: ClassElementEvaluation for each element, in order.
fn continue_class_elements<'a>(
    agent: &mut Agent<'a>,
    mut st: Box<ClassState<'a>>,
    mut computed: Option<PropertyKey>,
) -> JsResult<bool> {
    while st.index < st.class.members.len() {
        let member = &st.class.members[st.index];
        let (key, is_static) = match member {
            ClassMember::Method { key, is_static, .. }
            | ClassMember::Field { key, is_static, .. } => (Some(key), *is_static),
            ClassMember::StaticBlock(_) => (None, true),
        };
        let name = match key {
            Some(PropKey::Computed(e)) => match computed.take() {
                Some(k) => Some(ClassElementName::Key(k)),
                None => {
                    st.stage = ClassStage::ElementKey;
                    agent.machine.push_frame(Frame::ClassDef(st));
                    agent.machine.eval(e);
                    return Ok(true);
                }
            },
            Some(PropKey::Private(id)) => {
                let penv = st.private_env.clone().expect("class private environment");
                Some(ClassElementName::Private(
                    crate::environment::resolve_private_identifier(&penv, &id.name),
                ))
            }
            Some(k) => Some(ClassElementName::Key(literal_key(agent, k))),
            None => None,
        };
        let home = if is_static { st.f } else { st.proto };
        match member {
            ClassMember::Method { kind, func, .. } => match name.expect("methods have names") {
                ClassElementName::Key(k) => {
                    define_method_property(agent, home, k, *kind, func, false)?
                }
                ClassElementName::Private(p) => {
                    let element = private_method(agent, home, &p, *kind, func);
                    let list = if is_static {
                        &mut st.static_private_methods
                    } else {
                        &mut st.instance_private_methods
                    };
                    // A getter and a setter of one name combine into one accessor.
                    match (list.iter_mut().find(|(n, _)| *n == p), element) {
                        (
                            Some((_, Property::Accessor { get, set, .. })),
                            Property::Accessor { get: g, set: s, .. },
                        ) => {
                            if g.is_some() {
                                *get = g;
                            }
                            if s.is_some() {
                                *set = s;
                            }
                        }
                        (_, element) => list.push((p, element)),
                    }
                }
            },
            ClassMember::Field { value, .. } => {
                // ClassFieldDefinitionEvaluation: the initializer runs later, per instance.
                let field = ClassFieldDefinition {
                    name: name.expect("fields have names"),
                    initializer: value.as_deref(),
                    env: st.class_env,
                    private_env: st.private_env.clone(),
                    home_object: home,
                };
                if is_static {
                    st.static_elements.push(StaticElement::Field(field));
                } else {
                    st.instance_fields.push(field);
                }
            }
            ClassMember::StaticBlock(body) => st.static_elements.push(StaticElement::Block(body)),
        }
        st.index += 1;
    }
    // 21. Set the running execution context's LexicalEnvironment to env.
    agent.machine.ctx_mut().lex_env = st.outer_env;
    // 22. If classBinding is not undefined, perform ! classEnv.InitializeBinding(classBinding, F).
    if let Some(n) = &st.class.name {
        initialize_binding(agent, st.class_env, &n.name, Value::Object(st.f));
    }
    // 23-24. Set F.[[PrivateMethods]] to instancePrivateMethods and F.[[Fields]] to instanceFields.
    let fields = std::mem::take(&mut st.instance_fields);
    let methods = std::mem::take(&mut st.instance_private_methods);
    if let ObjectKind::Function(d) = &mut agent.heap.get_mut(st.f).kind {
        d.fields = fields;
        d.private_methods = methods;
    }
    // 25. For each PrivateElement method of staticPrivateMethods: PrivateMethodOrAccessorAdd(F, method).
    for (p, m) in std::mem::take(&mut st.static_private_methods) {
        private_method_or_accessor_add(agent, st.f, p, m)?;
    }
    st.index = 0;
    st.stage = ClassStage::StaticElements;
    continue_static_elements(agent, st)
}

/// A private method's function object and PrivateElement.
fn private_method<'a>(
    agent: &mut Agent<'a>,
    home: ObjectId,
    p: &PrivateName,
    kind: MethodKind,
    func: &'a Function,
) -> Property {
    let env = agent.machine.ctx().lex_env;
    let proto = function_proto_for(agent, func);
    let private_env = agent.machine.ctx().private_env.clone();
    let f = ordinary_function_create(agent, proto, func, env, private_env);
    if let ObjectKind::Function(d) = &mut agent.heap.get_mut(f).kind {
        d.home_object = Some(home);
    }
    let key = PropertyKey::from(p.description().to_string().as_str());
    let key = match key {
        PropertyKey::String(s) => {
            PropertyKey::String(crate::value::JsString::from(format!("#{s}")))
        }
        k => k,
    };
    match kind {
        MethodKind::Method => {
            set_function_name(agent, f, &key, None);
            Property::Data {
                value: Value::Object(f),
                writable: false,
                enumerable: false,
                configurable: false,
            }
        }
        MethodKind::Get => {
            set_function_name(agent, f, &key, Some("get"));
            Property::Accessor {
                get: Some(f),
                set: None,
                enumerable: false,
                configurable: false,
            }
        }
        MethodKind::Set => {
            set_function_name(agent, f, &key, Some("set"));
            Property::Accessor {
                get: None,
                set: Some(f),
                enumerable: false,
                configurable: false,
            }
        }
    }
}

/// Step 31: the static fields and blocks in order, each run with `this` = F.
fn continue_static_elements<'a>(
    agent: &mut Agent<'a>,
    mut st: Box<ClassState<'a>>,
) -> JsResult<bool> {
    if st.index < st.static_elements.len() {
        let f = st.f;
        let i = st.index;
        st.index += 1;
        let element = match &st.static_elements[i] {
            StaticElement::Field(field) => Err(field.clone()),
            StaticElement::Block(b) => Ok(*b),
        };
        // A static block's body closes over classEnv (it was created in step 19, where the
        // class binding is visible), not the surrounding environment.
        let (class_env, private_env) = (st.class_env, st.private_env.clone());
        agent.machine.push_frame(Frame::ClassDef(st));
        match element {
            Err(field) => {
                agent.machine.push_frame(Frame::DefineField {
                    receiver: f,
                    name: field.name.clone(),
                });
                run_initializer(agent, f, &field, None);
            }
            Ok(block) => run_initializer(
                agent,
                f,
                &ClassFieldDefinition {
                    name: ClassElementName::Key(PropertyKey::from("")),
                    initializer: None,
                    env: class_env,
                    private_env,
                    home_object: f,
                },
                Some(block),
            ),
        }
        return Ok(true);
    }
    // 32. Set the running execution context's PrivateEnvironment to outerPrivateEnvironment.
    agent.machine.ctx_mut().private_env = st.outer_private.clone();
    // 33. Return F.
    agent.machine.ok(Value::Object(st.f));
    Ok(true)
}

/// Runs a field initializer (or a static block) for `receiver` in a context of its own,
/// as the spec's initializer methods are called with `this` = receiver (DefineField step 3,
/// ClassStaticBlockDefinitionEvaluation).
fn run_initializer<'a>(
    agent: &mut Agent<'a>,
    receiver: ObjectId,
    field: &ClassFieldDefinition<'a>,
    block: Option<&'a [Stmt]>,
) {
    let f = agent.machine.ctx().function.unwrap_or(receiver);
    let env = agent.heap.alloc_env(Env {
        outer: Some(field.env),
        bindings: Vec::new(),
        kind: EnvKind::Function {
            this: ThisBinding::Initialized(Value::Object(receiver)),
            function: f,
            new_target: Value::Undefined,
            home: Some(field.home_object),
            arguments: None,
            mapped_arguments: None,
        },
        captured: false,
    });
    agent.machine.push_context(ExecutionContext {
        frames: Vec::new(),
        frame_base: 0,
        function: None,
        lex_env: env,
        var_env: env,
        private_env: field.private_env.clone(),
        kind: ContextKind::FieldInit,
        strict: true,
        return_to_native: false,
        call_site: Default::default(),
    });
    match (block, field.initializer) {
        (Some(b), _) => {
            let decls = lexically_scoped_declarations(b, true);
            crate::runtime_semantics::statements::block_declaration_instantiation(
                agent, decls, env,
            );
            let mut vars = Vec::new();
            let mut annex = Vec::new();
            crate::runtime_semantics::scope_analysis::var_declared_names(
                b, &mut vars, &mut annex, true,
            );
            for v in vars {
                agent
                    .heap
                    .env_mut(env)
                    .create_initialized(v, Value::Undefined);
            }
            agent.machine.push_frame(Frame::Discard);
            crate::runtime_semantics::statements::continue_statement_list(agent, b, 0);
        }
        (None, Some(init)) => {
            // NamedEvaluation with the field name; a Private Name's is its description.
            if is_anonymous_function_definition(init) {
                agent.machine.pending_name = Some(match &field.name {
                    ClassElementName::Key(k) => k.clone(),
                    ClassElementName::Private(p) => {
                        PropertyKey::from(format!("#{}", p.description()).as_str())
                    }
                });
            }
            agent.machine.eval(init);
        }
        (None, None) => agent.machine.ok(Value::Undefined),
    }
}

/// DefineField ( receiver, fieldRecord ) (§7.3.33) once the initializer's value is known.
pub fn define_field(
    agent: &mut Agent,
    receiver: ObjectId,
    name: &ClassElementName,
    v: Value,
) -> JsResult<Value> {
    match name {
        // 5. If fieldName is a Private Name, perform ? PrivateFieldAdd(receiver, fieldName, initValue).
        ClassElementName::Private(p) => private_field_add(agent, receiver, p.clone(), v)?,
        // 6. Else, perform ? CreateDataPropertyOrThrow(receiver, fieldName, initValue).
        ClassElementName::Key(k) => create_data_property_or_throw(agent, receiver, k.clone(), v)?,
    }
    Ok(Value::Undefined)
}

/// F.[[PrivateMethods]], if any.
pub fn private_methods_of(agent: &Agent, f: ObjectId) -> Option<Vec<(PrivateName, Property)>> {
    match &agent.heap.get(f).kind {
        ObjectKind::Function(d) if !d.private_methods.is_empty() => Some(d.private_methods.clone()),
        _ => None,
    }
}

/// InitializeInstanceElements ( O, constructor ) (§7.3.34): the private methods at once,
/// then each field's initializer as a step of its own. Leaves the machine with a pending
/// step only when there is work; the caller's frame receives undefined at the end.
pub fn start_initialize_instance_elements<'a>(
    agent: &mut Agent<'a>,
    o: ObjectId,
    f: ObjectId,
    fields: Vec<ClassFieldDefinition<'a>>,
) {
    // 1-2. For each PrivateElement method of constructor.[[PrivateMethods]]:
    //      PrivateMethodOrAccessorAdd(O, method).
    if let Some(methods) = private_methods_of(agent, f) {
        for (p, m) in methods {
            if let Err(e) = private_method_or_accessor_add(agent, o, p, m) {
                return agent.machine.deliver(Err(e));
            }
        }
    }
    // 3-4. For each fieldRecord of constructor.[[Fields]]: DefineField(O, fieldRecord).
    if fields.is_empty() {
        return;
    }
    agent.machine.push_frame(Frame::InitFields {
        receiver: o,
        fields: Rc::new(fields),
        index: 0,
    });
    agent.machine.ok(Value::Undefined);
}

/// The next field of InitializeInstanceElements.
pub fn resume_init_fields<'a>(
    agent: &mut Agent<'a>,
    receiver: ObjectId,
    fields: Rc<Vec<ClassFieldDefinition<'a>>>,
    index: usize,
) {
    if index >= fields.len() {
        return agent.machine.ok(Value::Undefined);
    }
    let field = fields[index].clone();
    agent.machine.push_frame(Frame::InitFields {
        receiver,
        fields,
        index: index + 1,
    });
    agent.machine.push_frame(Frame::DefineField {
        receiver,
        name: field.name.clone(),
    });
    run_initializer(agent, receiver, &field, None);
}

/// The default constructors' code (§15.7.14 step 14.a), parsed once per run.
pub fn default_constructor_source() -> &'static str {
    "(class { constructor() {} }); (class extends Object { constructor(...args) { super(...args); } });"
}

/// The function a default constructor runs, from the parsed default-constructor program.
pub fn default_constructor_of(program: &Program, derived: bool) -> &Function {
    let stmt = &program.body[if derived { 1 } else { 0 }];
    let StmtKind::Expr(e) = &stmt.kind else {
        unreachable!("default constructor program")
    };
    let mut e: &Expr = e;
    while let ExprKind::Paren(inner) = &e.kind {
        e = inner;
    }
    let ExprKind::Class(c) = &e.kind else {
        unreachable!("default constructor program")
    };
    c.constructor.as_ref().expect("explicit constructor")
}
