//! The agent (ECMA-262 §9.7): everything one running program owns — the heap, the realm,
//! the evaluator machine with its execution context stack, the job queue and the host.

use crate::builtins::ErrorKind;
use crate::execution::host_hooks::Host;
use crate::execution::host_state::HostState;
use crate::heap::{Heap, ObjectId};
use crate::realm::{Intrinsics, WellKnownSymbols};
use crate::runtime_semantics::machine::Machine;
use crate::trace::Tracer;
use crate::value::{JsString, Symbol, Value};
use crate::{Abrupt, AgentOptions};
use rustc_hash::FxHashMap;

pub struct Agent<'a> {
    pub heap: Heap<'a>,
    /// The intrinsics of the one realm (§9.3).
    pub intrinsics: Intrinsics,
    pub symbols: WellKnownSymbols,
    /// The GlobalSymbolRegistry (§20.4.2.2 Symbol.for).
    pub symbol_registry: FxHashMap<JsString, Symbol>,
    /// [[GlobalObject]] and [[GlobalEnv]] of the realm.
    pub global_object: ObjectId,
    pub global_env: crate::heap::EnvId,
    pub machine: Machine<'a>,
    pub jobs: crate::execution::jobs::JobQueue,
    /// The host's side of the agent: output, limits, error sites and its own state.
    pub host: HostState,
    /// The host hooks (§9.5): the host that runs this agent (Node's, or the bare spec one).
    pub hooks: std::rc::Rc<dyn Host>,
    pub tracer: Option<Tracer>,
    pub options: AgentOptions,
    /// The source text and file name, for error snippets and trace lines.
    pub source: &'a str,
    pub filename: String,
    /// [[TemplateMap]] of the realm: one template object per template site.
    pub template_map: FxHashMap<u32, ObjectId>,
    /// The property key of each identifier name, made once: a global reference (every call
    /// of a top-level function), `o.name`, `{name: …}` and a function's name need no fresh
    /// string.
    pub identifier_keys: FxHashMap<usize, (mini_js_syntax::ast::Atom, crate::value::PropertyKey)>,
    /// The code of the default class constructors (base, derived), parsed once per run.
    pub default_ctors: Option<(
        &'a mini_js_syntax::ast::Function,
        &'a mini_js_syntax::ast::Function,
    )>,
}

/// The most identifier keys [`Agent::identifier_key`] keeps.
const IDENTIFIER_KEYS_MAX: usize = 1 << 16;

impl<'a> Agent<'a> {
    /// The property key for the identifier `name` (cached in [`Agent::identifier_keys`]).
    pub fn identifier_key(
        &mut self,
        name: &mini_js_syntax::ast::Atom,
    ) -> crate::value::PropertyKey {
        // Keyed by the atom's address (the lexer shares one atom per name), so a lookup
        // hashes one word instead of the name; the entry holds the atom, so the address
        // stays its own. An equal name from another parse gets an equal key of its own.
        let address = std::rc::Rc::as_ptr(name) as *const u8 as usize;
        if let Some((_, k)) = self.identifier_keys.get(&address) {
            return k.clone();
        }
        self.new_identifier_key(address, name)
    }

    /// [`Agent::identifier_key`] for a name not seen yet.
    #[cold]
    #[inline(never)]
    fn new_identifier_key(
        &mut self,
        address: usize,
        name: &mini_js_syntax::ast::Atom,
    ) -> crate::value::PropertyKey {
        let k = crate::value::PropertyKey::from(&**name);
        // Code made at run time (eval, new Function) brings new atoms each time: the cache
        // starts over rather than grow without bound.
        if self.identifier_keys.len() >= IDENTIFIER_KEYS_MAX {
            self.identifier_keys.clear();
        }
        self.identifier_keys
            .insert(address, (name.clone(), k.clone()));
        k
    }
    /// Creates an agent run by `hooks`, with a fresh realm (InitializeHostDefinedRealm,
    /// §9.6).
    pub fn new(
        filename: &str,
        source: &'a str,
        options: AgentOptions,
        hooks: std::rc::Rc<dyn Host>,
    ) -> Agent<'a> {
        let mut agent = Agent {
            heap: Heap::with_realm_room(),
            intrinsics: Intrinsics::default(),
            symbols: WellKnownSymbols::new(),
            symbol_registry: FxHashMap::default(),
            global_object: ObjectId(0),
            global_env: crate::heap::EnvId(0),
            machine: Machine::default(),
            jobs: Default::default(),
            host: HostState::new(hooks.host_defined()),
            hooks,
            tracer: options.trace.clone().map(Tracer::new),
            options,
            source,
            filename: filename.to_string(),
            template_map: FxHashMap::default(),
            identifier_keys: FxHashMap::default(),
            default_ctors: None,
        };
        // The count of allocations starts here: what the realm's creation counts is the
        // realm's size (a previous run on this thread may have left a count behind).
        crate::heap::reset_for_run();
        crate::realm::initialize_host_defined_realm(&mut agent);
        // The realm's own allocations do not count towards the first collection.
        crate::gc::start_accounting(&mut agent);
        agent
    }

    /// The code of a default class constructor (§15.7.14 step 14.a).
    pub fn default_constructor(&self, derived: bool) -> &'a mini_js_syntax::ast::Function {
        let (base, der) = self
            .default_ctors
            .expect("run_script sets the default constructors");
        if derived {
            der
        } else {
            base
        }
    }

    /// A new error object of the given kind with `message` (as `new TypeError(message)`).
    pub fn new_error(&mut self, kind: ErrorKind, message: &str) -> ObjectId {
        crate::builtins::error::create_error(self, kind, message)
    }

    /// A throw completion carrying a new error of the given kind.
    pub fn throw(&mut self, kind: ErrorKind, message: impl AsRef<str>) -> Abrupt {
        Abrupt::Throw(Value::Object(self.new_error(kind, message.as_ref())))
    }

    pub fn type_error(&mut self, message: impl AsRef<str>) -> Abrupt {
        self.throw(ErrorKind::TypeError, message)
    }

    pub fn range_error(&mut self, message: impl AsRef<str>) -> Abrupt {
        self.throw(ErrorKind::RangeError, message)
    }

    pub fn reference_error(&mut self, message: impl AsRef<str>) -> Abrupt {
        self.throw(ErrorKind::ReferenceError, message)
    }

    pub fn syntax_error(&mut self, message: impl AsRef<str>) -> Abrupt {
        self.throw(ErrorKind::SyntaxError, message)
    }
}
