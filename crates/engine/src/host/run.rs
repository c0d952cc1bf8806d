//! The run loop (Node's, reduced to the subset): parse, run the script, drain the job
//! queue, run timers on the virtual clock, report an uncaught exception or an unhandled
//! rejection the way `mini-js run` prints it.

use crate::runtime_semantics::machine::{ContextKind, ExecutionContext};
use crate::value::Value;
use crate::{Abrupt, Agent, RunOptions, RunOutput};
use mini_js_syntax::Diagnostic;

/// The Rust stack the evaluator thread gets: nested machine loops (built-ins calling into
/// JavaScript) are bounded by MAX_NATIVE_DEPTH, and this leaves room for all of them.
const EVALUATOR_STACK: usize = 256 << 20;

/// Parses and runs a script on a thread with a large stack; never panics on bad programs.
pub fn run_script(filename: &str, source: &str, options: &RunOptions) -> RunOutput {
    let filename = filename.to_string();
    let source = source.to_string();
    let options = options.clone();
    let handle = std::thread::Builder::new()
        .stack_size(EVALUATOR_STACK)
        .spawn(move || run_on_this_thread(&filename, &source, options));
    match handle.map(|h| h.join()) {
        Ok(Ok(out)) => out,
        Ok(Err(panic)) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            RunOutput {
                stderr: format!("mini-js internal error (please report): {msg}\n"),
                exit_code: 70,
                ..Default::default()
            }
        }
        Err(e) => RunOutput {
            stderr: format!("mini-js: could not start the evaluator thread: {e}\n"),
            exit_code: 70,
            ..Default::default()
        },
    }
}

/// Renders syntax errors as Node names them, with the source line underlined.
pub fn render_syntax_errors(filename: &str, source: &str, errors: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in errors {
        let title = format!("{}: {}", d.name, d.message);
        out.push_str(&d.render(&title, filename, source, false));
    }
    out
}

pub fn run_on_this_thread(filename: &str, source: &str, options: RunOptions) -> RunOutput {
    let program = match mini_js_syntax::parse_script(source) {
        Ok(p) => p,
        Err(errors) => {
            return RunOutput {
                stderr: render_syntax_errors(filename, source, &errors),
                exit_code: 1,
                ..Default::default()
            }
        }
    };
    let defaults = mini_js_syntax::parse_script(
        crate::runtime_semantics::functions::default_constructor_source(),
    )
    .expect("the default constructors parse");
    let mut agent = Agent::new(filename, source, options);
    agent.default_ctors = Some((
        crate::runtime_semantics::functions::default_constructor_of(&defaults, false),
        crate::runtime_semantics::functions::default_constructor_of(&defaults, true),
    ));
    let result = script_evaluation(&mut agent, &program);
    let exit_code = match result {
        Err(abrupt) => {
            // An uncaught exception in the script ends the run: Node runs no microtask and
            // no timer after it.
            report_abrupt(&mut agent, abrupt);
            1
        }
        Ok(_) => run_event_loop(&mut agent),
    };
    let trace = match &agent.tracer {
        Some(t) => crate::host::render_trace(&agent, t),
        None => String::new(),
    };
    RunOutput {
        stdout: std::mem::take(&mut agent.host.stdout),
        stderr: std::mem::take(&mut agent.host.stderr),
        exit_code,
        trace,
        heap: crate::gc::final_stats(&agent.heap),
    }
}

/// Node's event loop, reduced to the subset: drain the microtask queue and check for
/// unhandled rejections; then, while timers wait, take the next one (earliest due time, then
/// creation order), advance the virtual clock to it, run it, drain, check; repeat. Returns the
/// exit status: 0, or 1 after an uncaught exception in a job or timer callback or an
/// unhandled rejection (reported on stderr), which end the run at once.
///
/// Jobs run from here, at native depth 0, never from inside a built-in.
pub fn run_event_loop(agent: &mut Agent) -> i32 {
    loop {
        if let Err(abrupt) = drain_microtasks(agent) {
            report_abrupt(agent, abrupt);
            return 1;
        }
        if agent.options.unhandled_rejections == crate::UnhandledRejections::None {
            agent.host.pending_rejections.clear();
        }
        if let Some(promise) = agent.host.pending_rejections.first().copied() {
            report_unhandled_rejection(agent, promise);
            return 1;
        }
        agent.machine.throw_span = None;
        if let Err(abrupt) = count_host_step(agent) {
            report_abrupt(agent, abrupt);
            return 1;
        }
        match crate::host::timers::run_next_timer(agent) {
            None => return 0,
            Some(Ok(_)) => {}
            Some(Err(abrupt)) => {
                report_abrupt(agent, abrupt);
                return 1;
            }
        }
    }
}

/// Runs microtasks (promise jobs and queueMicrotask callbacks, FIFO) until the queue is
/// empty. An abrupt completion of a job is an uncaught exception: the run ends there.
pub fn drain_microtasks(agent: &mut Agent) -> Result<(), Abrupt> {
    while let Some((seq, job)) = crate::execution::jobs::next_job(agent) {
        count_host_step(agent)?;
        agent.machine.throw_span = None;
        crate::trace::job_run(agent, seq, &job);
        crate::execution::jobs::run_job(agent, job)?;
    }
    Ok(())
}

/// Counts a job or a timer as an evaluator step, so `--max-steps` also stops programs that
/// loop through built-in callbacks alone (`setInterval(Object, 1)`).
fn count_host_step(agent: &mut Agent) -> Result<(), Abrupt> {
    agent.machine.steps += 1;
    match agent.options.max_steps {
        Some(max) if agent.machine.steps > max => Err(Abrupt::Terminate(format!(
            "the program ran more than {max} steps (--max-steps); stopped"
        ))),
        _ => Ok(()),
    }
}

/// Prints an unhandled rejection the way Node's default mode (`--unhandled-rejections=throw`)
/// reports it: the reason as an uncaught exception.
fn report_unhandled_rejection(agent: &mut Agent, promise: crate::ObjectId) {
    let reason = crate::builtins::promise::promise_state(agent, promise)
        .map(|(_, r)| r)
        .unwrap_or(Value::Undefined);
    let text = match &reason {
        Value::Object(o) if matches!(agent.heap.get(*o).kind, crate::object::ObjectKind::Error) => {
            format!("Uncaught {}", uncaught_text(agent, &reason))
        }
        other => {
            let shown = match other {
                Value::String(s) => s.to_rust_string(),
                _ => crate::host::inspect::inspect(agent, other, &Default::default()),
            };
            format!(
                "Uncaught [UnhandledPromiseRejection: This error originated either by throwing \
                 inside of an async function without a catch block, or by rejecting a promise \
                 which was not handled with .catch(). The promise rejected with the reason \
                 \"{shown}\".]"
            )
        }
    };
    agent.host.stderr.push_str(&text);
    agent.host.stderr.push('\n');
}

/// ScriptEvaluation ( scriptRecord ) (§16.1.6): GlobalDeclarationInstantiation, then the
/// statements, on a new execution context.
pub fn script_evaluation<'a>(
    agent: &mut Agent<'a>,
    program: &'a mini_js_syntax::Program,
) -> Result<Value, Abrupt> {
    let global_env = agent.global_env;
    agent.machine.push_context(ExecutionContext {
        frames: Vec::new(),
        function: None,
        lex_env: global_env,
        var_env: global_env,
        private_env: None,
        kind: ContextKind::Script,
        strict: program.strict,
        return_to_native: true,
    });
    if let Err(e) = global_declaration_instantiation(agent, program) {
        agent.machine.contexts.pop();
        return Err(e);
    }
    crate::runtime_semantics::statements::continue_statement_list(agent, &program.body, 0);
    crate::runtime_semantics::machine::run(agent)
}

/// GlobalDeclarationInstantiation ( script, env ) (§16.1.7)
#[doc(alias = "GlobalDeclarationInstantiation")]
fn global_declaration_instantiation<'a>(
    agent: &mut Agent<'a>,
    program: &'a mini_js_syntax::Program,
) -> Result<(), Abrupt> {
    use crate::runtime_semantics::scope_analysis::*;
    let env = agent.global_env;
    let global = agent.global_object;
    let mut var_names = Vec::new();
    let mut functions = Vec::new();
    let mut annex_b = Vec::new();
    analyze_body(&program.body, &mut var_names, &mut functions, &mut annex_b);
    let lex = lexically_scoped_declarations(&program.body, false);
    // 3-4. A lexical name that is already declared is a SyntaxError.
    for d in &lex {
        let names: Vec<_> = match d {
            LexDecl::LetConst { names, .. } => names.clone(),
            LexDecl::Class(n) => vec![(*n).clone()],
            LexDecl::Function(_) => vec![],
        };
        for n in names {
            if var_names.contains(&n) {
                return Err(
                    agent.syntax_error(format!("Identifier '{n}' has already been declared"))
                );
            }
            // 5.d. HasRestrictedGlobalProperty(name): a non-configurable own property of the
            //      global object (undefined, NaN, Infinity) cannot be shadowed (§9.1.1.4.14).
            let global = agent.global_object;
            let restricted = agent
                .heap
                .get(global)
                .props
                .get(&crate::value::PropertyKey::from(&*n))
                .is_some_and(|p| !p.configurable());
            if restricted {
                return Err(
                    agent.syntax_error(format!("Identifier '{n}' has already been declared"))
                );
            }
        }
    }
    // 16-17. Lexical declarations: uninitialized bindings in the declarative record.
    for d in lex {
        match d {
            LexDecl::LetConst { names, is_const } => {
                for n in names {
                    agent.heap.env_mut(env).create_binding(n, !is_const, true);
                }
            }
            LexDecl::Class(n) => {
                agent
                    .heap
                    .env_mut(env)
                    .create_binding(n.clone(), true, false);
            }
            LexDecl::Function(_) => {}
        }
    }
    // 18. CreateGlobalVarBinding for each var name (undefined unless already present).
    for n in var_names.iter().chain(annex_b.iter()) {
        let key = crate::value::PropertyKey::from(&**n);
        if agent.heap.get(global).get_own_property(&key).is_none() {
            agent.heap.get_mut(global).props.insert(
                key,
                crate::object::Property::Data {
                    value: Value::Undefined,
                    writable: true,
                    enumerable: true,
                    configurable: false,
                },
            );
        }
    }
    // 17. For each functionsToInitialize: CreateGlobalFunctionBinding(fn, fo, false).
    for i in functions {
        let f = function_of_stmt(&program.body[i]).expect("function declaration");
        let fo = crate::runtime_semantics::functions::instantiate_function_object(agent, f);
        let name = f
            .name
            .as_ref()
            .map(|n| n.name.to_string())
            .unwrap_or_default();
        agent.heap.get_mut(global).props.insert(
            crate::value::PropertyKey::from(name.as_str()),
            crate::object::Property::Data {
                value: Value::Object(fo),
                writable: true,
                enumerable: true,
                configurable: false,
            },
        );
    }
    Ok(())
}

/// Prints an uncaught exception as `Uncaught Name: message` with a snippet at the throw site.
pub fn report_abrupt(agent: &mut Agent, abrupt: Abrupt) {
    match abrupt {
        Abrupt::Throw(v) => {
            let text = uncaught_text(agent, &v);
            let span = agent.machine.throw_span.unwrap_or(agent.machine.span);
            let d = Diagnostic::new("Uncaught", text.clone(), span).with_label("thrown here");
            let source = agent.source;
            let rendered = d.render(&format!("Uncaught {text}"), &agent.filename, source, false);
            agent.host.stderr.push_str(&rendered);
        }
        Abrupt::Terminate(msg) => {
            agent.host.stderr.push_str(&format!("mini-js: {msg}\n"));
        }
        other => {
            agent
                .host
                .stderr
                .push_str(&format!("mini-js: unexpected completion {other:?}\n"));
        }
    }
}

/// How an uncaught value is named: `TypeError: msg` for errors, the inspected value otherwise.
pub fn uncaught_text(agent: &Agent, v: &Value) -> String {
    match v {
        Value::Object(o) if matches!(agent.heap.get(*o).kind, crate::object::ObjectKind::Error) => {
            crate::host::inspect::error_text(agent, *o)
        }
        other => crate::host::inspect::inspect(agent, other, &Default::default()),
    }
}
