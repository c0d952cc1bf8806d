//! Realms (ECMA-262 §9.3): the intrinsics, the well-known symbols, the global object and the
//! global environment.

use crate::environment::{Env, EnvKind};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::value::{JsString, Symbol};
use crate::Agent;

/// The well-known intrinsic objects (§6.1.7.4) the subset uses, by their spec names.
#[derive(Default, Clone)]
pub struct Intrinsics {
    // Fundamental objects
    pub object: ObjectId,
    pub object_prototype: ObjectId,
    pub function: ObjectId,
    pub function_prototype: ObjectId,
    pub boolean: ObjectId,
    pub boolean_prototype: ObjectId,
    pub symbol: ObjectId,
    pub symbol_prototype: ObjectId,
    pub error: ObjectId,
    pub error_prototype: ObjectId,
    pub eval_error: ObjectId,
    pub eval_error_prototype: ObjectId,
    pub range_error: ObjectId,
    pub range_error_prototype: ObjectId,
    pub reference_error: ObjectId,
    pub reference_error_prototype: ObjectId,
    pub syntax_error: ObjectId,
    pub syntax_error_prototype: ObjectId,
    pub type_error: ObjectId,
    pub type_error_prototype: ObjectId,
    pub uri_error: ObjectId,
    pub uri_error_prototype: ObjectId,
    pub aggregate_error: ObjectId,
    pub aggregate_error_prototype: ObjectId,
    /// %ThrowTypeError%
    pub throw_type_error: ObjectId,
    // Numbers and text
    pub number: ObjectId,
    pub number_prototype: ObjectId,
    pub math: ObjectId,
    pub string: ObjectId,
    pub string_prototype: ObjectId,
    pub string_iterator_prototype: ObjectId,
    /// %StringIteratorPrototype%.next, to recognize an unmodified string iterator.
    pub string_iterator_prototype_next: ObjectId,
    // Collections
    pub array: ObjectId,
    pub array_prototype: ObjectId,
    pub array_prototype_values: ObjectId,
    pub array_iterator_prototype: ObjectId,
    /// %ArrayIteratorPrototype%.next, to recognize an unmodified array iterator.
    pub array_iterator_prototype_next: ObjectId,
    pub map: ObjectId,
    pub map_prototype: ObjectId,
    pub map_iterator_prototype: ObjectId,
    pub set: ObjectId,
    pub set_prototype: ObjectId,
    pub set_iterator_prototype: ObjectId,
    pub json: ObjectId,
    // Control abstraction
    pub iterator: ObjectId,
    pub iterator_prototype: ObjectId,
    pub async_iterator_prototype: ObjectId,
    pub async_from_sync_iterator_prototype: ObjectId,
    pub generator_function: ObjectId,
    pub generator_function_prototype: ObjectId,
    pub generator_prototype: ObjectId,
    /// %GeneratorPrototype%.next, to recognize a for-of loop over a generator that calls it
    /// (`builtins::generator::generator_resume_for_of`).
    pub generator_prototype_next: ObjectId,
    pub async_generator_function: ObjectId,
    pub async_generator_function_prototype: ObjectId,
    pub async_generator_prototype: ObjectId,
    pub async_function: ObjectId,
    pub async_function_prototype: ObjectId,
    pub promise: ObjectId,
    /// The getters of %Promise%[%Symbol.species%] and %Array%[%Symbol.species%] (see
    /// `abstract_ops::get_species`).
    pub promise_species_getter: ObjectId,
    pub array_species_getter: ObjectId,
    pub promise_prototype: ObjectId,
    pub promise_prototype_then: ObjectId,
    pub bigint: ObjectId,
    pub bigint_prototype: ObjectId,
    // Weak references and the iterator helpers (builtins/weak.rs, builtins/iterator_helpers.rs)
    pub weak_map_prototype: ObjectId,
    pub weak_set_prototype: ObjectId,
    pub weak_ref_prototype: ObjectId,
    pub finalization_registry_prototype: ObjectId,
    pub iterator_helper_prototype: ObjectId,
    pub wrap_for_valid_iterator_prototype: ObjectId,
    pub regexp: ObjectId,
    pub regexp_prototype: ObjectId,
    /// %RegExp.prototype.exec%: @@match and @@split skip its result array when it is the
    /// exec they find.
    pub regexp_prototype_exec: ObjectId,
    pub regexp_string_iterator_prototype: ObjectId,
}

/// The well-known symbols (§6.1.5.1).
pub struct WellKnownSymbols {
    pub async_iterator: Symbol,
    pub has_instance: Symbol,
    pub is_concat_spreadable: Symbol,
    pub iterator: Symbol,
    pub match_: Symbol,
    pub match_all: Symbol,
    pub replace: Symbol,
    pub search: Symbol,
    pub species: Symbol,
    pub split: Symbol,
    pub to_primitive: Symbol,
    pub to_string_tag: Symbol,
    pub unscopables: Symbol,
}

impl WellKnownSymbols {
    pub fn new() -> WellKnownSymbols {
        let s = |name: &str| Symbol::new(Some(JsString::from(format!("Symbol.{name}"))));
        WellKnownSymbols {
            async_iterator: s("asyncIterator"),
            has_instance: s("hasInstance"),
            is_concat_spreadable: s("isConcatSpreadable"),
            iterator: s("iterator"),
            match_: s("match"),
            match_all: s("matchAll"),
            replace: s("replace"),
            search: s("search"),
            species: s("species"),
            split: s("split"),
            to_primitive: s("toPrimitive"),
            to_string_tag: s("toStringTag"),
            unscopables: s("unscopables"),
        }
    }

    /// The (name, symbol) pairs installed on the Symbol constructor.
    pub fn all(&self) -> Vec<(&'static str, Symbol)> {
        vec![
            ("asyncIterator", self.async_iterator.clone()),
            ("hasInstance", self.has_instance.clone()),
            ("isConcatSpreadable", self.is_concat_spreadable.clone()),
            ("iterator", self.iterator.clone()),
            ("match", self.match_.clone()),
            ("matchAll", self.match_all.clone()),
            ("replace", self.replace.clone()),
            ("search", self.search.clone()),
            ("species", self.species.clone()),
            ("split", self.split.clone()),
            ("toPrimitive", self.to_primitive.clone()),
            ("toStringTag", self.to_string_tag.clone()),
            ("unscopables", self.unscopables.clone()),
        ]
    }
}

impl Default for WellKnownSymbols {
    fn default() -> Self {
        WellKnownSymbols::new()
    }
}

/// InitializeHostDefinedRealm ( ) (§9.6) with CreateIntrinsics (§9.3.2) and
/// SetDefaultGlobalBindings (§9.3.4).
#[doc(alias = "InitializeHostDefinedRealm")]
pub fn initialize_host_defined_realm(agent: &mut Agent) {
    // CreateIntrinsics: %Object.prototype% and %Function.prototype% come first, since every
    // other intrinsic is made from them.
    let object_prototype = agent.heap.alloc(Object::new(None, ObjectKind::Ordinary));
    agent.intrinsics.object_prototype = object_prototype;
    let function_prototype = agent.heap.alloc(Object::new(
        Some(object_prototype),
        ObjectKind::Builtin(crate::object::BuiltinFunction {
            func: crate::builtins::function::function_prototype_call_behaviour,
            is_constructor: false,
            captures: None,
        }),
    ));
    agent.intrinsics.function_prototype = function_prototype;
    // The global object (an ordinary object whose prototype is %Object.prototype%).
    let global = agent
        .heap
        .alloc(Object::new(Some(object_prototype), ObjectKind::Ordinary));
    agent.global_object = global;
    // NewGlobalEnvironment ( G, thisValue ) (§9.1.2.5)
    agent.global_env = agent.heap.alloc_env(Env {
        outer: None,
        bindings: Vec::new(),
        kind: EnvKind::Global {
            object: global,
            this: global,
        },
        captured: true,
    });
    crate::builtins::create_intrinsics(agent);
    let host = agent.hooks.clone();
    host.install_globals(agent);
}
