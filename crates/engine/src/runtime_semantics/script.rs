//! Scripts (ECMA-262 §16.1): ScriptEvaluation and GlobalDeclarationInstantiation. The host
//! parses the script, creates the agent and calls [`script_evaluation`]; then it runs the
//! jobs.

use crate::runtime_semantics::machine::{ContextKind, ExecutionContext};
use crate::value::Value;
use crate::{Abrupt, Agent};

/// ScriptEvaluation ( scriptRecord ) (§16.1.6): GlobalDeclarationInstantiation, then the
/// statements, on a new execution context.
pub fn script_evaluation<'a>(
    agent: &mut Agent<'a>,
    program: &'a mini_js_syntax::Program,
) -> Result<Value, Abrupt> {
    crate::trace::script_started(agent);
    let global_env = agent.global_env;
    agent.machine.push_context(ExecutionContext {
        frames: Vec::new(),
        frame_base: 0,
        function: None,
        lex_env: global_env,
        var_env: global_env,
        private_env: None,
        kind: ContextKind::Script,
        strict: program.strict,
        return_to_native: true,
        call_site: Default::default(),
    });
    if let Err(e) = global_declaration_instantiation(agent, program) {
        agent.machine.pop_context();
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
