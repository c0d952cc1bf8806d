//! Objects (ECMA-262 §6.1.7, §10.1): properties with attributes, a prototype, and the
//! internal slots of the exotic and built-in object kinds the subset needs.
//!
//! The functions here are the parts of the essential internal methods that never call into
//! JavaScript (own properties only); `abstract_ops::operations_on_objects` builds [[Get]],
//! [[Set]] and friends on top of them.

use crate::environment::ThisMode;
use crate::heap::{EnvId, ObjectId};
use crate::value::{JsString, PropertyKey, Value};
use mini_js_syntax::ast;

pub use crate::property_map::PropertyMap;

/// A property's value and attributes (ECMA-262 Table 3 and Table 4).
#[derive(Clone, Debug)]
pub enum Property {
    Data {
        value: Value,
        writable: bool,
        enumerable: bool,
        configurable: bool,
    },
    Accessor {
        /// [[Get]]: a function object or undefined (`None`). Ids, not values, so that a
        /// property is 32 bytes, not 56: every object's property storage is a list of them.
        get: Option<ObjectId>,
        /// [[Set]], likewise.
        set: Option<ObjectId>,
        enumerable: bool,
        configurable: bool,
    },
}

/// An accessor function as the value a descriptor holds (undefined for none).
pub fn accessor_value(f: Option<ObjectId>) -> Value {
    f.map_or(Value::Undefined, Value::Object)
}

/// A descriptor's [[Get]] or [[Set]] value as an accessor property holds it. Only a
/// function object or undefined reaches a property (ToPropertyDescriptor and the built-ins
/// check), so anything else is undefined.
pub fn accessor_function(v: &Value) -> Option<ObjectId> {
    match v {
        Value::Object(o) => Some(*o),
        _ => None,
    }
}

impl Property {
    /// A writable, enumerable, configurable data property (CreateDataProperty's kind).
    pub fn data(value: Value) -> Property {
        Property::Data {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
        }
    }
    /// A writable, non-enumerable, configurable data property (built-in methods).
    pub fn hidden(value: Value) -> Property {
        Property::Data {
            value,
            writable: true,
            enumerable: false,
            configurable: true,
        }
    }
    pub fn enumerable(&self) -> bool {
        match self {
            Property::Data { enumerable, .. } | Property::Accessor { enumerable, .. } => {
                *enumerable
            }
        }
    }
    pub fn configurable(&self) -> bool {
        match self {
            Property::Data { configurable, .. } | Property::Accessor { configurable, .. } => {
                *configurable
            }
        }
    }
    fn is_default_data(&self) -> bool {
        matches!(
            self,
            Property::Data {
                writable: true,
                enumerable: true,
                configurable: true,
                ..
            }
        )
    }
}

/// A Property Descriptor (ECMA-262 §6.2.6): every field optional.
#[derive(Clone, Debug, Default)]
pub struct PropertyDescriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
    pub fn data(value: Value, writable: bool, enumerable: bool, configurable: bool) -> Self {
        PropertyDescriptor {
            value: Some(value),
            writable: Some(writable),
            enumerable: Some(enumerable),
            configurable: Some(configurable),
            ..Default::default()
        }
    }
    pub fn from_property(p: &Property) -> PropertyDescriptor {
        match p.clone() {
            Property::Data {
                value,
                writable,
                enumerable,
                configurable,
            } => PropertyDescriptor::data(value, writable, enumerable, configurable),
            Property::Accessor {
                get,
                set,
                enumerable,
                configurable,
            } => PropertyDescriptor {
                get: Some(accessor_value(get)),
                set: Some(accessor_value(set)),
                enumerable: Some(enumerable),
                configurable: Some(configurable),
                ..Default::default()
            },
        }
    }
}

/// The object kinds: ordinary objects and the internal slots of everything else.
pub enum ObjectKind<'a> {
    Ordinary,
    /// An Array exotic object (§10.4.2).
    Array(ArrayStorage),
    /// An ECMAScript function object (§10.2).
    Function(Box<FunctionData<'a>>),
    /// A built-in function object (§10.3).
    Builtin(BuiltinFunction),
    /// A bound function exotic object (§10.4.1).
    Bound(Box<BoundFunction>),
    /// An object with an [[ErrorData]] slot.
    Error,
    /// An arguments object (§10.4.4), printed as `[Arguments]`: unmapped (§10.4.4.6) with
    /// `None`, else the [[ParameterMap]] of a mapped one (§10.4.4.7).
    Arguments(Option<Box<ParameterMap>>),
    BooleanObject(bool),
    NumberObject(f64),
    /// A String exotic object (§10.4.3).
    StringObject(JsString),
    SymbolObject(crate::value::Symbol),
    /// An object with a [[BigIntData]] slot (§21.2.4).
    BigIntObject(std::rc::Rc<num_bigint::BigInt>),
    Map(Box<crate::builtins::map_set::MapData>),
    Set(Box<crate::builtins::map_set::MapData>),
    /// A Generator instance (§27.5.2).
    Generator(Box<crate::builtins::generator::GeneratorData<'a>>),
    /// An AsyncGenerator instance (§27.6.2).
    AsyncGenerator(Box<crate::builtins::async_generator::AsyncGeneratorData<'a>>),
    /// A Promise instance (§27.2.6).
    Promise(Box<crate::builtins::promise::PromiseData>),
    /// The execution context of an async function suspended in Await (§27.7.5.3 step 7).
    /// Internal: never reachable from JavaScript, only from the promise reactions that
    /// resume it. `None` while the context runs.
    Continuation(Option<Box<crate::runtime_semantics::machine::ExecutionContext<'a>>>),
    /// Objects of the built-in libraries that need their own slots (iterators, promises,
    /// generators, …) keep them here.
    Internal(Box<crate::builtins::InternalSlots>),
    /// A Proxy exotic object (§10.5): [[ProxyTarget]] and [[ProxyHandler]].
    Proxy(crate::builtins::proxy::ProxyData),
}

/// The elements of an Array: a dense prefix `elems` (holes are `None`) and the "length",
/// which may be far past it. Elements that are not plain writable/enumerable/configurable
/// data properties, and elements stored sparsely (an index far past the dense prefix, as in
/// `a[4294967294] = 1`), live in the object's property map under their index key; an index
/// is in one place or the other, never both. Holes are never materialised past the prefix,
/// so `new Array(1e8)` and `a[2e8] = 1` cost almost nothing.
pub struct ArrayStorage {
    pub elems: Vec<Option<Value>>,
    /// The value of "length": at least `elems.len()`.
    pub length: u32,
    pub length_writable: bool,
}

/// An index this far past the dense prefix (and past this many elements) is stored sparsely.
const DENSE_GAP: usize = 1024;

impl ArrayStorage {
    /// Dense storage for these elements; "length" is their count.
    pub fn from_elems(elems: Vec<Option<Value>>) -> ArrayStorage {
        ArrayStorage {
            length: elems.len() as u32,
            elems,
            length_writable: true,
        }
    }

    /// An array of `length` holes (nothing materialised).
    pub fn with_length(length: u32) -> ArrayStorage {
        ArrayStorage {
            elems: Vec::new(),
            length,
            length_writable: true,
        }
    }

    /// The value of "length".
    pub fn len(&self) -> usize {
        self.length as usize
    }

    pub fn is_empty(&self) -> bool {
        self.length == 0
    }

    /// Whether index `i` belongs in the dense prefix (growing it by at most about half of
    /// itself plus [`DENSE_GAP`]).
    fn is_dense_index(&self, i: usize) -> bool {
        i < self.elems.len() + DENSE_GAP.max(self.elems.len() / 2)
    }

    /// Appends a value at index "length" (fast path of push and CreateDataProperty on a
    /// dense array); false when the array is not dense up to its length (or its storage
    /// cannot grow under the heap limit).
    pub fn push_dense(&mut self, v: Value) -> bool {
        if self.elems.len() != self.len() || self.length == u32::MAX {
            return false;
        }
        if !self.make_dense_room(self.elems.len()) {
            return false;
        }
        self.elems.push(Some(v));
        self.length += 1;
        true
    }

    /// Makes the dense prefix's storage large enough for index `i` (the prefix itself is
    /// not lengthened), counting what it grows by. A growth doubles the capacity (at least),
    /// and reallocating holds the old storage and the new at once: the heap limit is asked
    /// first (`heap::may_grow`, one comparison per growth). False when it refused: the
    /// caller stores the element sparsely, and the run stops at its next safe point unless
    /// a collection makes room.
    fn make_dense_room(&mut self, i: usize) -> bool {
        let before = self.elems.capacity();
        if i < before {
            return true;
        }
        let wanted = before.saturating_mul(2).max(i + 1).max(4);
        if !crate::heap::may_grow(wanted.saturating_mul(size_of::<Option<Value>>())) {
            return false;
        }
        self.elems.reserve_exact(wanted - self.elems.len());
        crate::gc::note_elements_growth(before, self.elems.capacity());
        true
    }
}

/// The kind of ECMAScript function code, for [[Call]] and [[Construct]].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstructorKind {
    Base,
    Derived,
}

/// The internal slots of an ECMAScript function object (ECMA-262 Table 30).
pub struct FunctionData<'a> {
    /// [[ECMAScriptCode]] and [[FormalParameters]].
    pub code: &'a ast::Function,
    /// [[Environment]]
    pub env: EnvId,
    /// [[PrivateEnvironment]]
    pub private_env: Option<crate::environment::PrivateEnvId>,
    /// [[ThisMode]]
    pub this_mode: ThisMode,
    /// [[HomeObject]]
    pub home_object: Option<ObjectId>,
    /// [[ConstructorKind]]
    pub constructor_kind: ConstructorKind,
    /// Whether the function has a [[Construct]] internal method.
    pub is_constructor: bool,
    /// [[IsClassConstructor]]
    pub is_class_constructor: bool,
    /// [[Fields]]: the class's instance field definitions, for class constructors.
    pub fields: Vec<ClassFieldDefinition<'a>>,
    /// [[PrivateMethods]]
    pub private_methods: Vec<(crate::environment::PrivateName, Property)>,
    /// The class this function is the constructor of (for toString and inspection).
    pub class: Option<&'a ast::Class>,
}

/// ClassFieldDefinition Record (§6.2.11): [[Name]] and [[Initializer]].
#[derive(Clone)]
pub struct ClassFieldDefinition<'a> {
    pub name: ClassElementName,
    pub initializer: Option<&'a ast::Expr>,
    /// The field's environment for evaluating the initializer (the class scope).
    pub env: EnvId,
    pub private_env: Option<crate::environment::PrivateEnvId>,
    pub home_object: ObjectId,
}

#[derive(Clone, Debug)]
pub enum ClassElementName {
    Key(PropertyKey),
    Private(crate::environment::PrivateName),
}

/// A native function: receives the `this` value, the arguments and, when called through
/// [[Construct]], the new target.
pub type NativeFn =
    for<'a> fn(&mut crate::Agent<'a>, Value, &[Value], Option<ObjectId>) -> crate::JsResult<Value>;

pub struct BuiltinFunction {
    pub func: NativeFn,
    /// Whether the built-in has a [[Construct]] internal method.
    pub is_constructor: bool,
    /// Data captured by spec-defined closures (CreateBuiltinFunction with an abstract
    /// closure); `None` for plain built-ins.
    pub captures: Option<Box<crate::builtins::Captures>>,
}

/// A mapped arguments object's [[ParameterMap]] (§10.4.4.7): index `i` aliases the
/// parameter binding `names[i]` of `env` until the mapping is removed (`None`).
pub struct ParameterMap {
    pub env: EnvId,
    pub names: Vec<Option<ast::Atom>>,
}

/// [[BoundTargetFunction]], [[BoundThis]], [[BoundArguments]].
pub struct BoundFunction {
    pub target: ObjectId,
    pub this: Value,
    pub args: Vec<Value>,
    /// The value of the own "name" property while it is the one bind defined: `"bound "`
    /// `count` times, then `base`. The property map holds a placeholder under "name" (for
    /// the key order) that [[GetOwnProperty]] replaces with this text. NOTE(mini-js): V8
    /// builds such names as ropes; spelling them out would make a chain of n binds cost
    /// O(n²) memory.
    pub lazy_name: Option<(u32, JsString)>,
}

impl BoundFunction {
    /// The text of a lazy "name".
    pub fn name_text(count: u32, base: &JsString) -> JsString {
        let prefix = "bound ".encode_utf16().collect::<Vec<u16>>();
        let mut v = Vec::with_capacity(prefix.len() * count as usize + base.len());
        for _ in 0..count {
            v.extend_from_slice(&prefix);
        }
        v.extend_from_slice(base.units());
        JsString::from(v)
    }
}

pub struct Object<'a> {
    /// [[Prototype]]
    pub proto: Option<ObjectId>,
    /// [[Extensible]]
    pub extensible: bool,
    pub props: PropertyMap,
    pub kind: ObjectKind<'a>,
    /// Private elements (§7.3.27), in the order they were added.
    pub private: PrivateElements,
}

/// An object's [[PrivateElements]]: a list that only instances of classes with private
/// members have, so it is kept behind a pointer (an object without one pays 8 bytes, not a
/// vector's 24).
#[derive(Default)]
#[allow(clippy::box_collection)] // the box is the point: 8 bytes in every object, not 24
pub struct PrivateElements(Option<Box<Vec<(crate::environment::PrivateName, Property)>>>);

impl PrivateElements {
    pub fn iter(&self) -> std::slice::Iter<'_, (crate::environment::PrivateName, Property)> {
        self.0.as_deref().map_or(&[][..], |v| &v[..]).iter()
    }

    pub fn iter_mut(
        &mut self,
    ) -> std::slice::IterMut<'_, (crate::environment::PrivateName, Property)> {
        match &mut self.0 {
            Some(v) => v.iter_mut(),
            None => [].iter_mut(),
        }
    }

    pub fn push(&mut self, element: (crate::environment::PrivateName, Property)) {
        self.0.get_or_insert_with(Box::default).push(element);
    }

    /// Entries the storage holds without growing (for the heap's byte accounting).
    pub fn capacity(&self) -> usize {
        self.0.as_ref().map_or(0, |v| v.capacity())
    }
}

impl<'a> Object<'a> {
    pub fn new(proto: Option<ObjectId>, kind: ObjectKind<'a>) -> Object<'a> {
        Object {
            proto,
            extensible: true,
            props: PropertyMap::default(),
            kind,
            private: PrivateElements::default(),
        }
    }

    pub fn is_callable(&self) -> bool {
        match &self.kind {
            ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => true,
            ObjectKind::Proxy(p) => p.callable,
            _ => false,
        }
    }

    pub fn is_constructor(&self) -> bool {
        match &self.kind {
            ObjectKind::Function(f) => f.is_constructor,
            ObjectKind::Builtin(b) => b.is_constructor,
            ObjectKind::Proxy(p) => p.constructor,
            // A bound function is a constructor when its target is; the caller checks that.
            _ => false,
        }
    }

    pub fn array(&self) -> Option<&ArrayStorage> {
        match &self.kind {
            ObjectKind::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn array_mut(&mut self) -> Option<&mut ArrayStorage> {
        match &mut self.kind {
            ObjectKind::Array(a) => Some(a),
            _ => None,
        }
    }

    /// [[GetOwnProperty]] (§10.1.5 OrdinaryGetOwnProperty, with the Array and String exotic
    /// objects' element storage). Never calls into JavaScript.
    pub fn get_own_property(&self, key: &PropertyKey) -> Option<Property> {
        match &self.kind {
            ObjectKind::Array(a) => {
                if let Some(i) = key.as_array_index() {
                    if let Some(Some(v)) = a.elems.get(i as usize) {
                        return Some(Property::data(v.clone()));
                    }
                } else if is_length(key) {
                    return Some(Property::Data {
                        value: Value::Number(a.length as f64),
                        writable: a.length_writable,
                        enumerable: false,
                        configurable: false,
                    });
                }
            }
            ObjectKind::StringObject(s) => {
                // §10.4.3.5 StringGetOwnProperty
                if let Some(i) = key.as_array_index() {
                    if (i as usize) < s.len() {
                        return Some(Property::Data {
                            value: Value::String(s.slice(i as usize, i as usize + 1)),
                            writable: false,
                            enumerable: true,
                            configurable: false,
                        });
                    }
                } else if is_length(key) {
                    return Some(Property::Data {
                        value: Value::Number(s.len() as f64),
                        writable: false,
                        enumerable: false,
                        configurable: false,
                    });
                }
            }
            ObjectKind::Bound(b) if is_name(key) => {
                if let Some((count, base)) = &b.lazy_name {
                    let mut p = self.props.get(key).cloned()?;
                    if let Property::Data { value, .. } = &mut p {
                        *value = Value::String(BoundFunction::name_text(*count, base));
                    }
                    return Some(p);
                }
            }
            _ => {}
        }
        self.props.get(key).cloned()
    }

    /// Spells out a bound function's lazy "name" before it is redefined.
    fn materialize_bound_name(&mut self) {
        let ObjectKind::Bound(b) = &mut self.kind else {
            return;
        };
        if let Some((count, base)) = b.lazy_name.take() {
            if let Some(Property::Data { value, .. }) =
                self.props.get_mut(&PropertyKey::from("name"))
            {
                *value = Value::String(BoundFunction::name_text(count, &base));
            }
        }
    }

    /// A fast path for [[Get]] of an own data property; `None` when absent or an accessor.
    #[inline]
    pub fn get_own_data(&self, key: &PropertyKey) -> Option<Value> {
        match self.get_own_property(key)? {
            Property::Data { value, .. } => Some(value),
            Property::Accessor { .. } => None,
        }
    }

    /// ValidateAndApplyPropertyDescriptor (§10.1.6.3) for this object, with the Array
    /// exotic [[DefineOwnProperty]] (§10.4.2.1) folded in. Returns false where the spec
    /// returns false. Never calls into JavaScript; a non-number `length` value must have
    /// been converted by the caller (ArraySetLength's ToNumber steps).
    pub fn define_own_property(&mut self, key: PropertyKey, desc: PropertyDescriptor) -> bool {
        if matches!(self.kind, ObjectKind::Bound(_)) && is_name(&key) {
            self.materialize_bound_name();
        }
        if let ObjectKind::Array(_) = self.kind {
            if is_length(&key) {
                return self.array_set_length(desc);
            }
            if let Some(index) = key.as_array_index() {
                return self.array_define_index(index, key, desc);
            }
        }
        if let ObjectKind::StringObject(s) = &self.kind {
            if let Some(i) = key.as_array_index() {
                if (i as usize) < s.len() {
                    let current = self.get_own_property(&key).expect("string index exists");
                    return is_compatible(&current, &desc);
                }
            } else if is_length(&key) {
                let current = self.get_own_property(&key).expect("length exists");
                return is_compatible(&current, &desc);
            }
        }
        let current = self.props.get(&key).cloned();
        let is_new = current.is_none();
        match validate_and_apply(current, self.extensible, desc) {
            Some(Some(p)) => {
                self.insert_property(key, p, is_new);
                true
            }
            Some(None) => true,
            None => false,
        }
    }

    /// Stores a property in the property map, counting the storage it grew by. A full
    /// map's growth is asked of the heap limit first; when refused, a new property waits
    /// beside the map (see `property_map`) and the run stops at its next safe point.
    fn insert_property(&mut self, key: PropertyKey, p: Property, is_new: bool) {
        let before = self.props.capacity();
        if is_new {
            if let Some(capacity) = self.props.growth_needed() {
                if !crate::gc::properties_may_grow(capacity) {
                    self.props.insert_without_growth(key, p);
                    crate::gc::note_properties_growth(before, self.props.capacity());
                    return;
                }
            }
        }
        self.props.insert(key, p);
        // The heap's byte accounting counts the storage the map grew by.
        crate::gc::note_properties_growth(before, self.props.capacity());
    }

    /// Array exotic [[DefineOwnProperty]] for an array index (§10.4.2.1 step 1).
    fn array_define_index(
        &mut self,
        index: u32,
        key: PropertyKey,
        desc: PropertyDescriptor,
    ) -> bool {
        let extensible = self.extensible;
        let a = self.array_mut().expect("caller checked Array");
        let len = a.len();
        // 1.b-g: an index at or past a non-writable length cannot be added.
        if index as usize >= len && !a.length_writable {
            return false;
        }
        let fast = a.elems.get(index as usize).and_then(|v| v.clone());
        let current = match fast {
            Some(v) => Some(Property::data(v)),
            None => self.props.get(&key).cloned(),
        };
        let Some(result) = validate_and_apply(current, extensible, desc) else {
            return false;
        };
        let a = self.array_mut().expect("caller checked Array");
        // 1.h-j: an index at or past "length" sets "length" to index + 1.
        if index as usize >= a.len() {
            a.length = index + 1;
        }
        let i = index as usize;
        match result {
            None => true,
            Some(p) if p.is_default_data() && a.is_dense_index(i) && a.make_dense_room(i) => {
                let Property::Data { value, .. } = p else {
                    unreachable!("default data")
                };
                if i >= a.elems.len() {
                    a.elems.resize(i + 1, None);
                }
                a.elems[i] = Some(value);
                if !self.props.is_empty() {
                    self.props.shift_remove(&key);
                }
                true
            }
            Some(p) => {
                if let Some(slot) = a.elems.get_mut(i) {
                    *slot = None;
                }
                let is_new = self.props.get(&key).is_none();
                self.insert_property(key, p, is_new);
                true
            }
        }
    }

    /// ArraySetLength (§10.4.2.4) once the new length is known to be a valid uint32.
    fn array_set_length(&mut self, desc: PropertyDescriptor) -> bool {
        let a = self.array_mut().expect("caller checked Array");
        if desc.is_accessor() || desc.configurable == Some(true) || desc.enumerable == Some(true) {
            return false;
        }
        let Some(value) = desc.value.clone() else {
            if desc.writable == Some(true) && !a.length_writable {
                return false;
            }
            if desc.writable == Some(false) {
                a.length_writable = false;
            }
            return true;
        };
        let Value::Number(n) = value else {
            unreachable!("ArraySetLength: the caller converts the length to a Number")
        };
        let new_len = n as usize;
        let old_len = a.len();
        if new_len != old_len && !a.length_writable {
            return false;
        }
        if new_len < old_len {
            // 17. Delete elements from the end, in descending index order; a
            //     non-configurable one stops it. NOTE(mini-js): only the present indices are
            //     visited (the property map's index keys, then the dense prefix, whose
            //     elements are all configurable), never every index below the old length.
            let mut indices: Vec<u32> = self
                .props
                .keys()
                .filter_map(PropertyKey::as_array_index)
                .filter(|&i| i as usize >= new_len)
                .collect();
            indices.sort_unstable_by(|a, b| b.cmp(a));
            let mut stop = new_len;
            for i in indices {
                let k = PropertyKey::from_index(i);
                if self.props.get(&k).is_some_and(|p| !p.configurable()) {
                    stop = i as usize + 1;
                    break;
                }
                self.props.shift_remove(&k);
            }
            let a = self.array_mut().expect("Array");
            a.elems.truncate(stop);
            a.length = stop as u32;
            if desc.writable == Some(false) {
                a.length_writable = false;
            }
            return stop == new_len;
        }
        a.length = new_len as u32;
        if desc.writable == Some(false) {
            a.length_writable = false;
        }
        true
    }

    /// [[Delete]] (§10.1.10 OrdinaryDelete) for own properties.
    pub fn delete(&mut self, key: &PropertyKey) -> bool {
        if matches!(self.kind, ObjectKind::Bound(_)) && is_name(key) {
            self.materialize_bound_name();
        }
        match &mut self.kind {
            ObjectKind::Array(a) => {
                if let Some(i) = key.as_array_index() {
                    if let Some(slot) = a.elems.get_mut(i as usize) {
                        if slot.is_some() {
                            *slot = None;
                            return true;
                        }
                    }
                } else if is_length(key) {
                    return false;
                }
            }
            ObjectKind::StringObject(s) => {
                if let Some(i) = key.as_array_index() {
                    if (i as usize) < s.len() {
                        return false;
                    }
                } else if is_length(key) {
                    return false;
                }
            }
            _ => {}
        }
        match self.props.get(key) {
            None => true,
            Some(p) if p.configurable() => {
                self.props.shift_remove(key);
                true
            }
            Some(_) => false,
        }
    }

    /// [[OwnPropertyKeys]] (§10.1.11 OrdinaryOwnPropertyKeys): array indices ascending, then
    /// strings in creation order, then symbols in creation order.
    pub fn own_property_keys(&self) -> Vec<PropertyKey> {
        let mut indices: Vec<u32> = Vec::new();
        let mut extra_index_props = false;
        match &self.kind {
            ObjectKind::Array(a) => {
                for (i, v) in a.elems.iter().enumerate() {
                    if v.is_some() {
                        indices.push(i as u32);
                    }
                }
            }
            ObjectKind::StringObject(s) => indices.extend(0..s.len() as u32),
            _ => {}
        }
        let base = indices.len();
        for k in self.props.keys() {
            if let Some(i) = k.as_array_index() {
                indices.push(i);
                extra_index_props = true;
            }
        }
        if extra_index_props || base == 0 {
            indices.sort_unstable();
        }
        let mut keys: Vec<PropertyKey> = indices.into_iter().map(PropertyKey::from_index).collect();
        if matches!(
            self.kind,
            ObjectKind::Array(_) | ObjectKind::StringObject(_)
        ) {
            keys.push(PropertyKey::from("length"));
        }
        for k in self.props.keys() {
            if let PropertyKey::String(s) = k {
                if s.as_array_index().is_none() {
                    keys.push(k.clone());
                }
            }
        }
        for k in self.props.keys() {
            if k.is_symbol() {
                keys.push(k.clone());
            }
        }
        keys
    }
}

pub fn is_length(key: &PropertyKey) -> bool {
    matches!(key, PropertyKey::String(s) if s.eq_str("length"))
}

fn is_name(key: &PropertyKey) -> bool {
    matches!(key, PropertyKey::String(s) if s.eq_str("name"))
}

/// IsCompatiblePropertyDescriptor for a property that can never change.
fn is_compatible(current: &Property, desc: &PropertyDescriptor) -> bool {
    validate_and_apply(Some(current.clone()), false, desc.clone()).is_some()
}

/// ValidateAndApplyPropertyDescriptor (§10.1.6.3). `None`: the definition is refused.
/// `Some(None)`: allowed, nothing changes. `Some(Some(p))`: store `p`.
#[doc(alias = "ValidateAndApplyPropertyDescriptor")]
pub fn validate_and_apply(
    current: Option<Property>,
    extensible: bool,
    desc: PropertyDescriptor,
) -> Option<Option<Property>> {
    // 1. Assert: IsPropertyKey(P) is true.
    // 2. If current is undefined, then
    let Some(current) = current else {
        // a. If extensible is false, return false.
        if !extensible {
            return None;
        }
        // b. If O is undefined, return true. (Callers always pass an object.)
        // c. If IsAccessorDescriptor(Desc) is true, then create an accessor property
        //    with defaults for missing fields; d. Else create a data property.
        let enumerable = desc.enumerable.unwrap_or(false);
        let configurable = desc.configurable.unwrap_or(false);
        return Some(Some(if desc.is_accessor() {
            Property::Accessor {
                get: desc.get.as_ref().and_then(accessor_function),
                set: desc.set.as_ref().and_then(accessor_function),
                enumerable,
                configurable,
            }
        } else {
            Property::Data {
                value: desc.value.unwrap_or_default(),
                writable: desc.writable.unwrap_or(false),
                enumerable,
                configurable,
            }
        }));
        // e. Return true.
    };
    // 3. Assert: current is a fully populated Property Descriptor.
    // 4. If Desc does not have any fields, return true.
    if desc.value.is_none()
        && desc.writable.is_none()
        && desc.get.is_none()
        && desc.set.is_none()
        && desc.enumerable.is_none()
        && desc.configurable.is_none()
    {
        return Some(None);
    }
    // 5. If current.[[Configurable]] is false, then
    if !current.configurable() {
        // a. If Desc has a [[Configurable]] field and Desc.[[Configurable]] is true, return false.
        if desc.configurable == Some(true) {
            return None;
        }
        // b. If Desc has an [[Enumerable]] field and it differs, return false.
        if desc.enumerable.is_some_and(|e| e != current.enumerable()) {
            return None;
        }
        // c. If IsGenericDescriptor(Desc) is false and IsAccessorDescriptor(Desc) is not
        //    IsAccessorDescriptor(current), return false.
        let current_is_accessor = matches!(current, Property::Accessor { .. });
        if (desc.is_accessor() || desc.is_data()) && desc.is_accessor() != current_is_accessor {
            return None;
        }
        match &current {
            // d. If IsAccessorDescriptor(current) is true, then
            Property::Accessor { get, set, .. } => {
                // i-ii. A differing [[Get]] or [[Set]] is refused.
                if desc
                    .get
                    .as_ref()
                    .is_some_and(|g| accessor_function(g) != *get)
                    || desc
                        .set
                        .as_ref()
                        .is_some_and(|s| accessor_function(s) != *set)
                {
                    return None;
                }
            }
            // e. Else if current.[[Writable]] is false, then
            Property::Data {
                value, writable, ..
            } => {
                if !writable {
                    // i. If Desc.[[Writable]] is true, return false.
                    if desc.writable == Some(true) {
                        return None;
                    }
                    // ii. If Desc has a [[Value]] field, return SameValue(Desc.[[Value]], current.[[Value]]).
                    if let Some(v) = &desc.value {
                        if !same_value_ref(v, value) {
                            return None;
                        }
                    }
                }
            }
        }
    }
    // 6. If O is not undefined, then
    let enumerable = desc.enumerable.unwrap_or(current.enumerable());
    let configurable = desc.configurable.unwrap_or(current.configurable());
    let new = match current {
        // a. If IsDataDescriptor(current) and IsAccessorDescriptor(Desc), replace with an
        //    accessor property keeping [[Configurable]] and [[Enumerable]].
        Property::Data { .. } if desc.is_accessor() => Property::Accessor {
            get: desc.get.as_ref().and_then(accessor_function),
            set: desc.set.as_ref().and_then(accessor_function),
            enumerable,
            configurable,
        },
        // b. Else if IsAccessorDescriptor(current) and IsDataDescriptor(Desc), replace with
        //    a data property.
        Property::Accessor { .. } if desc.is_data() => Property::Data {
            value: desc.value.unwrap_or_default(),
            writable: desc.writable.unwrap_or(false),
            enumerable,
            configurable,
        },
        // c. Else, set each field of Desc on the property.
        Property::Data {
            value, writable, ..
        } => Property::Data {
            value: desc.value.unwrap_or(value),
            writable: desc.writable.unwrap_or(writable),
            enumerable,
            configurable,
        },
        Property::Accessor { get, set, .. } => Property::Accessor {
            get: desc.get.as_ref().map_or(get, accessor_function),
            set: desc.set.as_ref().map_or(set, accessor_function),
            enumerable,
            configurable,
        },
    };
    // 7. Return true.
    Some(Some(new))
}

/// SameValue (§7.2.10) without the agent.
pub fn same_value_ref(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Number(a), Value::Number(b)) => {
            (a.is_nan() && b.is_nan()) || (a == b && a.is_sign_negative() == b.is_sign_negative())
        }
        _ => crate::abstract_ops::testing_comparison::same_value_non_number(x, y),
    }
}

#[cfg(test)]
mod size_tests {
    /// Every object is an arena slot of this size: a field that grows it costs every object
    /// a program makes (issue 14's memory target). Rare parts (a large property table,
    /// private elements) go behind a pointer.
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<super::Object>() <= 80);
        assert!(std::mem::size_of::<crate::property_map::PropertyMap>() <= 24);
        // A property is an entry of every object's property storage.
        // (24 bytes since a string, and so a `Value`, is two words.)
        assert!(std::mem::size_of::<super::Property>() <= 24);
    }
}
