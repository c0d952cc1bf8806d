//! Environment Records (ECMA-262 §9.1) and PrivateEnvironment Records (§9.2).
//!
//! Declarative, function and global records share one struct: a list of bindings plus what
//! the kind adds (a `this` binding, the global object). Object environment records exist in
//! the spec only for the global object and `with`; `with` is outside the subset.

use crate::heap::{EnvId, ObjectId};
use crate::value::Value;
use mini_js_syntax::ast::Atom;
use std::rc::Rc;

/// [[ThisMode]] of a function (§10.2 Table 30).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThisMode {
    Lexical,
    Strict,
    Global,
}

/// [[ThisBindingStatus]] of a Function Environment Record (§9.1.1.3 Table 18).
#[derive(Clone, Debug)]
pub enum ThisBinding {
    Lexical,
    Uninitialized,
    Initialized(Value),
}

#[derive(Clone, Debug)]
pub struct Binding {
    pub name: Atom,
    /// `None` while uninitialized (the temporal dead zone).
    pub value: Option<Value>,
    pub mutable: bool,
    /// Strict bindings throw on assignment when immutable, even in sloppy code.
    pub strict: bool,
}

#[derive(Debug)]
pub enum EnvKind {
    Declarative,
    /// A Function Environment Record (§9.1.1.3).
    Function {
        this: ThisBinding,
        /// [[FunctionObject]]
        function: ObjectId,
        /// [[NewTarget]]: an object or undefined.
        new_target: Value,
        /// The [[HomeObject]] of the function (for `super`), or of the field initializer.
        home: Option<ObjectId>,
        /// The call's arguments, kept until the code first reads `arguments` (the
        /// arguments object is created lazily; see `expressions::resolve_arguments`).
        arguments: Option<Vec<Value>>,
        /// The mapped arguments object (§10.4.4.7) whose indices alias this record's
        /// parameter bindings, once created.
        mapped_arguments: Option<ObjectId>,
    },
    /// The Global Environment Record (§9.1.1.4): `bindings` is its [[DeclarativeRecord]], the
    /// object record is the global object.
    Global {
        object: ObjectId,
        this: ObjectId,
    },
}

#[derive(Debug)]
pub struct Env {
    /// [[OuterEnv]]
    pub outer: Option<EnvId>,
    pub bindings: Vec<Binding>,
    pub kind: EnvKind,
    /// A function (or class) was created with this record or one inside it as its scope,
    /// so the record can outlive the code that made it. Set by
    /// [`mark_captured`]; a record that is not captured is visible only to the running
    /// code (CreatePerIterationEnvironment can reuse it).
    pub captured: bool,
}

/// Marks `env` and every record outside it as captured by a closure. A captured record's
/// outer records are all captured already ([[OuterEnv]] never changes), so the walk stops
/// at the first one.
pub fn mark_captured(heap: &mut crate::heap::Heap, env: EnvId) {
    let mut next = Some(env);
    while let Some(id) = next {
        let e = heap.env_mut(id);
        if e.captured {
            break;
        }
        e.captured = true;
        next = e.outer;
    }
}

impl Env {
    pub fn declarative(outer: Option<EnvId>) -> Env {
        Env {
            outer,
            bindings: Vec::new(),
            kind: EnvKind::Declarative,
            captured: false,
        }
    }

    /// The index of the binding named `name`, if this record has one (HasBinding for the
    /// declarative part).
    #[inline]
    pub fn find(&self, name: &str) -> Option<usize> {
        self.bindings.iter().position(|b| &*b.name == name)
    }

    /// [`Env::find`] for an atom: the parser gives every occurrence of a name the same atom,
    /// so comparing pointers first settles most lookups without comparing text.
    #[inline]
    pub fn find_atom(&self, name: &Atom) -> Option<usize> {
        self.bindings
            .iter()
            .position(|b| Rc::ptr_eq(&b.name, name) || *b.name == **name)
    }

    /// CreateMutableBinding / CreateImmutableBinding: the binding starts uninitialized.
    pub fn create_binding(&mut self, name: Atom, mutable: bool, strict: bool) -> usize {
        if let Some(i) = self.find(&name) {
            return i;
        }
        let before = self.bindings.capacity();
        self.bindings.push(Binding {
            name,
            value: None,
            mutable,
            strict,
        });
        // The heap's byte accounting counts the storage the record grew by.
        let grown = self.bindings.capacity() - before;
        crate::heap::note_allocation(grown * std::mem::size_of::<Binding>());
        self.bindings.len() - 1
    }

    /// CreateMutableBinding followed by InitializeBinding.
    pub fn create_initialized(&mut self, name: Atom, value: Value) -> usize {
        let i = self.create_binding(name, true, false);
        self.bindings[i].value = Some(value);
        i
    }

    /// HasThisBinding (§9.1.1.3.2 / §9.1.1.4.?).
    pub fn has_this_binding(&self) -> bool {
        match &self.kind {
            EnvKind::Function { this, .. } => !matches!(this, ThisBinding::Lexical),
            EnvKind::Global { .. } => true,
            EnvKind::Declarative => false,
        }
    }
}

/// A Private Name (§6.2.12): a globally unique value naming a private class element.
#[derive(Clone, Debug)]
pub struct PrivateName(pub Rc<Atom>);

impl PartialEq for PrivateName {
    fn eq(&self, other: &PrivateName) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
impl Eq for PrivateName {}

impl PrivateName {
    /// [[Description]], `#x`.
    pub fn description(&self) -> &str {
        &self.0
    }
}

/// A PrivateEnvironment Record (§9.2): the private names a class body declares.
#[derive(Debug)]
pub struct PrivateEnvironment {
    /// [[OuterPrivateEnvironment]]
    pub outer: Option<PrivateEnvId>,
    /// [[Names]]
    pub names: Vec<PrivateName>,
}

pub type PrivateEnvId = Rc<PrivateEnvironment>;

/// ResolvePrivateIdentifier (§9.2.1.2).
#[doc(alias = "ResolvePrivateIdentifier")]
pub fn resolve_private_identifier(env: &PrivateEnvId, identifier: &str) -> PrivateName {
    // 1. Let names be privateEnv.[[Names]].
    // 2. For each Private Name pn of names, if pn.[[Description]] is identifier, return pn.
    if let Some(pn) = env.names.iter().find(|pn| pn.description() == identifier) {
        return pn.clone();
    }
    // 3. Let outerPrivateEnv be privateEnv.[[OuterPrivateEnvironment]].
    // 4. Assert: outerPrivateEnv is not null. (Early errors guarantee it.)
    let outer = env
        .outer
        .as_ref()
        .expect("early errors guarantee every private name is declared");
    // 5. Return ResolvePrivateIdentifier(outerPrivateEnv, identifier).
    resolve_private_identifier(outer, identifier)
}
