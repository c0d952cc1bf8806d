//! Object objects (ECMA-262 §20.1): the Object constructor and %Object.prototype%.

use super::{create_builtin_function, create_constructor, define_method};
use crate::abstract_ops::operations_on_iterator_objects::{
    get_iterator, iterator_close, iterator_step_value, IteratorKind,
};
use crate::abstract_ops::{
    arg, call, create_array_from_list, create_data_property_or_throw, define_own_property,
    enumerable_own_properties, get, get_prototype_of, get_str, has_property, invoke, is_callable,
    key_display, new_object, ordinary_create_from_constructor, ordinary_object_create, same_value,
    same_value_zero, set, set_integrity_level, set_prototype_of, test_integrity_level, to_boolean,
    to_object, to_property_key, EnumerableKind,
};
use crate::abstract_ops::{get_own_property, is_extensible, own_property_keys, prevent_extensions};
use crate::heap::ObjectId;
use crate::object::{NativeFn, ObjectKind, Property, PropertyDescriptor};
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let object = create_constructor(agent, "Object", 1, object_constructor, op);
    agent.intrinsics.object = object;
    define_method(
        agent,
        op,
        "hasOwnProperty",
        object_prototype_has_own_property,
        1,
    );
    define_method(agent, op, "toString", object_prototype_to_string, 0);
    define_method(agent, op, "valueOf", object_prototype_value_of, 0);
    init_statics(agent, object, op);
}

/// Object ( [ value ] ) (§20.1.1.1)
fn object_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    let object = agent.intrinsics.object;
    let op = agent.intrinsics.object_prototype;
    // 1. If NewTarget is neither undefined nor the active function object, then
    if let Some(nt) = nt {
        if nt != object {
            // a. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Object.prototype%").
            return Ok(Value::Object(ordinary_create_from_constructor(
                agent,
                Some(nt),
                op,
                ObjectKind::Ordinary,
            )?));
        }
    }
    let value = arg(args, 0);
    // 2. If value is either undefined or null, return OrdinaryObjectCreate(%Object.prototype%).
    if value.is_nullish() {
        return Ok(Value::Object(crate::abstract_ops::new_object(agent)));
    }
    // 3. Return ! ToObject(value).
    Ok(Value::Object(to_object(agent, &value)?))
}

/// Object.prototype.hasOwnProperty ( V ) (§20.1.3.2)
fn object_prototype_has_own_property(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let P be ? ToPropertyKey(V).
    let p = to_property_key(agent, &arg(args, 0))?;
    // 2. Let O be ? ToObject(this value).
    let o = to_object(agent, &this)?;
    // 3. Return ? HasOwnProperty(O, P).
    Ok(Value::Bool(crate::abstract_ops::has_own_property(
        agent, o, &p,
    )?))
}

/// Object.prototype.toString ( ) (§20.1.3.6)
pub fn object_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Undefined and null have fixed tags.
    match this {
        Value::Undefined => return Ok(Value::str("[object Undefined]")),
        Value::Null => return Ok(Value::str("[object Null]")),
        _ => {}
    }
    // 3. Let O be ! ToObject(this value).
    let o = to_object(agent, &this)?;
    // 4-14. Let builtinTag be decided by the object's internal slots.
    // 4. Let isArray be ? IsArray(O) (V8 names this method when O is a revoked proxy).
    if matches!(&agent.heap.get(o).kind, ObjectKind::Proxy(p) if p.target.is_none()) {
        return Err(agent.type_error(
            "Cannot perform 'Object.prototype.toString' on a proxy that has been revoked",
        ));
    }
    let is_array = crate::abstract_ops::is_array(agent, &Value::Object(o))?;
    let obj = agent.heap.get(o);
    let builtin_tag = match &obj.kind {
        _ if is_array => "Array",
        ObjectKind::Proxy(_) if obj.is_callable() => "Function",
        ObjectKind::Arguments(_) => "Arguments",
        ObjectKind::Function(_) | ObjectKind::Builtin(_) | ObjectKind::Bound(_) => "Function",
        ObjectKind::Error => "Error",
        ObjectKind::BooleanObject(_) => "Boolean",
        ObjectKind::NumberObject(_) => "Number",
        ObjectKind::StringObject(_) => "String",
        _ if crate::builtins::regexp::has_regexp_matcher(agent, &Value::Object(o)) => "RegExp",
        _ => "Object",
    };
    // 15. Let tag be ? Get(O, %Symbol.toStringTag%).
    let key = crate::value::PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    let tag = crate::abstract_ops::get(agent, o, &key)?;
    // 16. If tag is not a String, set tag to builtinTag.
    let tag = match tag {
        Value::String(s) => s.to_rust_string(),
        _ => builtin_tag.to_string(),
    };
    // 17. Return the string-concatenation of "[object ", tag, and "]".
    Ok(Value::str(&format!("[object {tag}]")))
}

/// Object.prototype.valueOf ( ) (§20.1.3.7)
fn object_prototype_value_of(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return ? ToObject(this value).
    Ok(Value::Object(to_object(agent, &this)?))
}

/// Installs the Object constructor's functions and the rest of %Object.prototype%.
fn init_statics(agent: &mut Agent, object: ObjectId, op: ObjectId) {
    let statics: [(&str, NativeFn, u32); 23] = [
        ("assign", object_assign, 2),
        ("create", object_create, 2),
        ("defineProperties", object_define_properties, 2),
        ("defineProperty", object_define_property, 3),
        ("entries", object_entries, 1),
        ("freeze", object_freeze, 1),
        ("fromEntries", object_from_entries, 1),
        (
            "getOwnPropertyDescriptor",
            object_get_own_property_descriptor,
            2,
        ),
        (
            "getOwnPropertyDescriptors",
            object_get_own_property_descriptors,
            1,
        ),
        ("getOwnPropertyNames", object_get_own_property_names, 1),
        ("getOwnPropertySymbols", object_get_own_property_symbols, 1),
        ("getPrototypeOf", object_get_prototype_of, 1),
        ("groupBy", object_group_by, 2),
        ("hasOwn", object_has_own, 2),
        ("is", object_is, 2),
        ("isExtensible", object_is_extensible, 1),
        ("isFrozen", object_is_frozen, 1),
        ("isSealed", object_is_sealed, 1),
        ("keys", object_keys, 1),
        ("preventExtensions", object_prevent_extensions, 1),
        ("seal", object_seal, 1),
        ("setPrototypeOf", object_set_prototype_of, 2),
        ("values", object_values, 1),
    ];
    for (name, f, len) in statics {
        define_method(agent, object, name, f, len);
    }
    define_method(
        agent,
        op,
        "isPrototypeOf",
        object_prototype_is_prototype_of,
        1,
    );
    define_method(
        agent,
        op,
        "propertyIsEnumerable",
        object_prototype_property_is_enumerable,
        1,
    );
    define_method(
        agent,
        op,
        "toLocaleString",
        object_prototype_to_locale_string,
        0,
    );
    define_method(
        agent,
        op,
        "__defineGetter__",
        object_prototype_define_getter,
        2,
    );
    define_method(
        agent,
        op,
        "__defineSetter__",
        object_prototype_define_setter,
        2,
    );
    define_method(
        agent,
        op,
        "__lookupGetter__",
        object_prototype_lookup_getter,
        1,
    );
    define_method(
        agent,
        op,
        "__lookupSetter__",
        object_prototype_lookup_setter,
        1,
    );
    // Object.prototype.__proto__ (§B.2.2.1): an accessor with a getter and a setter.
    let getter = create_builtin_function(
        agent,
        object_prototype_proto_get,
        0,
        "get __proto__",
        false,
        None,
    );
    let setter = create_builtin_function(
        agent,
        object_prototype_proto_set,
        1,
        "set __proto__",
        false,
        None,
    );
    agent.heap.get_mut(op).props.insert(
        PropertyKey::from("__proto__"),
        Property::Accessor {
            get: Some(getter),
            set: Some(setter),
            enumerable: false,
            configurable: true,
        },
    );
}

/// The argument as an object, or V8's TypeError for `what` (e.g. "Object.defineProperty").
fn require_object(agent: &mut Agent, v: &Value, message: &str) -> JsResult<ObjectId> {
    match v {
        Value::Object(o) => Ok(*o),
        _ => Err(agent.type_error(message)),
    }
}

/// ToPropertyDescriptor ( Obj ) (§6.2.6.5)
#[doc(alias = "ToPropertyDescriptor")]
pub fn to_property_descriptor(agent: &mut Agent, obj: &Value) -> JsResult<PropertyDescriptor> {
    // 1. If Obj is not an Object, throw a TypeError exception.
    let Value::Object(o) = obj else {
        let shown = crate::describe::brief_value(agent, obj);
        return Err(agent.type_error(format!("Property description must be an object: {shown}")));
    };
    let o = *o;
    // 2. Let desc be a new Property Descriptor that initially has no fields.
    let mut desc = PropertyDescriptor::default();
    // 3-4. enumerable
    if has_property(agent, o, &PropertyKey::from("enumerable"))? {
        let v = get_str(agent, o, "enumerable")?;
        desc.enumerable = Some(to_boolean(&v));
    }
    // 5-6. configurable
    if has_property(agent, o, &PropertyKey::from("configurable"))? {
        let v = get_str(agent, o, "configurable")?;
        desc.configurable = Some(to_boolean(&v));
    }
    // 7-8. value
    if has_property(agent, o, &PropertyKey::from("value"))? {
        desc.value = Some(get_str(agent, o, "value")?);
    }
    // 9-10. writable
    if has_property(agent, o, &PropertyKey::from("writable"))? {
        let v = get_str(agent, o, "writable")?;
        desc.writable = Some(to_boolean(&v));
    }
    // 11-12. get: if not callable and not undefined, throw a TypeError.
    if has_property(agent, o, &PropertyKey::from("get"))? {
        let g = get_str(agent, o, "get")?;
        if !g.is_undefined() && !is_callable(agent, &g) {
            let shown = crate::describe::brief_value(agent, &g);
            return Err(agent.type_error(format!("Getter must be a function: {shown}")));
        }
        desc.get = Some(g);
    }
    // 13-14. set
    if has_property(agent, o, &PropertyKey::from("set"))? {
        let s = get_str(agent, o, "set")?;
        if !s.is_undefined() && !is_callable(agent, &s) {
            let shown = crate::describe::brief_value(agent, &s);
            return Err(agent.type_error(format!("Setter must be a function: {shown}")));
        }
        desc.set = Some(s);
    }
    // 15. If desc has [[Get]] or [[Set]] and also [[Value]] or [[Writable]], throw a TypeError.
    if desc.is_accessor() && desc.is_data() {
        let shown = crate::describe::brief_value(agent, obj);
        return Err(agent.type_error(format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {shown}"
        )));
    }
    // 16. Return desc.
    Ok(desc)
}

/// FromPropertyDescriptor ( Desc ) (§6.2.6.4)
#[doc(alias = "FromPropertyDescriptor")]
pub fn from_property_descriptor(agent: &mut Agent, desc: Option<&Property>) -> Value {
    // 1. If Desc is undefined, return undefined.
    let Some(desc) = desc else {
        return Value::Undefined;
    };
    // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    let obj = new_object(agent);
    let o = agent.heap.get_mut(obj);
    // 4-9. Each field becomes a data property, in the spec's order.
    match desc {
        Property::Data {
            value,
            writable,
            enumerable,
            configurable,
        } => {
            o.props
                .insert("value".into(), Property::data(value.clone()));
            o.props
                .insert("writable".into(), Property::data(Value::Bool(*writable)));
            o.props.insert(
                "enumerable".into(),
                Property::data(Value::Bool(*enumerable)),
            );
            o.props.insert(
                "configurable".into(),
                Property::data(Value::Bool(*configurable)),
            );
        }
        Property::Accessor {
            get,
            set,
            enumerable,
            configurable,
        } => {
            o.props.insert(
                "get".into(),
                Property::data(crate::object::accessor_value(*get)),
            );
            o.props.insert(
                "set".into(),
                Property::data(crate::object::accessor_value(*set)),
            );
            o.props.insert(
                "enumerable".into(),
                Property::data(Value::Bool(*enumerable)),
            );
            o.props.insert(
                "configurable".into(),
                Property::data(Value::Bool(*configurable)),
            );
        }
    }
    // 10. Return obj.
    Value::Object(obj)
}

/// DefinePropertyOrThrow with V8's message for a refused definition.
fn define_or_throw(
    agent: &mut Agent,
    o: ObjectId,
    key: PropertyKey,
    desc: PropertyDescriptor,
) -> JsResult<()> {
    if !define_own_property(agent, o, key.clone(), desc)? {
        let shown = key_display(&key);
        if crate::builtins::proxy::is_proxy(agent, o) {
            return Err(agent.type_error(format!(
                "'defineProperty' on proxy: trap returned falsish for property '{shown}'"
            )));
        }
        if !agent.heap.get(o).extensible && agent.heap.get(o).get_own_property(&key).is_none() {
            return Err(agent.type_error(format!(
                "Cannot define property {shown}, object is not extensible"
            )));
        }
        return Err(agent.type_error(format!("Cannot redefine property: {shown}")));
    }
    Ok(())
}

/// Object.assign ( target, ...sources ) (§20.1.2.1)
fn object_assign(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let to be ? ToObject(target).
    let to = to_object(agent, &arg(args, 0))?;
    // 3. For each element nextSource of sources, do
    for source in args.iter().skip(1) {
        // a. If nextSource is neither undefined nor null, then
        if source.is_nullish() {
            continue;
        }
        // i. Let from be ! ToObject(nextSource).
        let from = to_object(agent, source)?;
        // ii. Let keys be ? from.[[OwnPropertyKeys]]().
        let keys = own_property_keys(agent, from)?;
        // iii. For each element nextKey of keys, do
        for key in keys {
            // 1-2. If desc is not undefined and desc.[[Enumerable]] is true, then
            let Some(desc) = get_own_property(agent, from, &key)? else {
                continue;
            };
            if desc.enumerable() {
                // a. Let propValue be ? Get(from, nextKey).
                let v = get(agent, from, &key)?;
                // b. Perform ? Set(to, nextKey, propValue, true).
                set(agent, to, key, v, true)?;
            }
        }
    }
    // 4. Return to.
    Ok(Value::Object(to))
}

/// Object.create ( O, Properties ) (§20.1.2.2)
fn object_create(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let o = arg(args, 0);
    // 1. If O is not an Object and O is not null, throw a TypeError exception.
    let proto = match &o {
        Value::Object(p) => Some(*p),
        Value::Null => None,
        _ => {
            let shown = crate::describe::brief_value(agent, &o);
            return Err(agent.type_error(format!(
                "Object prototype may only be an Object or null: {shown}"
            )));
        }
    };
    // 2. Let obj be OrdinaryObjectCreate(O).
    let obj = ordinary_object_create(agent, proto);
    // 3. If Properties is not undefined, then
    let props = arg(args, 1);
    if !props.is_undefined() {
        // a. Return ? ObjectDefineProperties(obj, Properties).
        object_define_properties_op(agent, obj, &props)?;
    }
    // 4. Return obj.
    Ok(Value::Object(obj))
}

/// ObjectDefineProperties ( O, Properties ) (§20.1.2.3.1)
#[doc(alias = "ObjectDefineProperties")]
fn object_define_properties_op(agent: &mut Agent, o: ObjectId, properties: &Value) -> JsResult<()> {
    // 1. Let props be ? ToObject(Properties).
    let props = to_object(agent, properties)?;
    // 2. Let keys be ? props.[[OwnPropertyKeys]]().
    let keys = own_property_keys(agent, props)?;
    // 3. Let descriptors be a new empty List.
    let mut descriptors = Vec::new();
    // 4. For each element nextKey of keys, do
    for key in keys {
        let Some(p) = get_own_property(agent, props, &key)? else {
            continue;
        };
        if p.enumerable() {
            // ii.1. Let descObj be ? Get(props, nextKey).
            let desc_obj = get(agent, props, &key)?;
            // 2. Let desc be ? ToPropertyDescriptor(descObj).
            let desc = to_property_descriptor(agent, &desc_obj)?;
            descriptors.push((key, desc));
        }
    }
    // 5. For each element property of descriptors, perform ? DefinePropertyOrThrow(O, P, desc).
    for (key, desc) in descriptors {
        define_or_throw(agent, o, key, desc)?;
    }
    Ok(())
}

/// Object.defineProperties ( O, Properties ) (§20.1.2.3)
fn object_define_properties(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If O is not an Object, throw a TypeError exception.
    let o = require_object(
        agent,
        &arg(args, 0),
        "Object.defineProperties called on non-object",
    )?;
    // 2. Return ? ObjectDefineProperties(O, Properties).
    object_define_properties_op(agent, o, &arg(args, 1))?;
    Ok(Value::Object(o))
}

/// Object.defineProperty ( O, P, Attributes ) (§20.1.2.4)
fn object_define_property(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If O is not an Object, throw a TypeError exception.
    let o = require_object(
        agent,
        &arg(args, 0),
        "Object.defineProperty called on non-object",
    )?;
    // 2. Let key be ? ToPropertyKey(P).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. Let desc be ? ToPropertyDescriptor(Attributes).
    let desc = to_property_descriptor(agent, &arg(args, 2))?;
    // 4. Perform ? DefinePropertyOrThrow(O, key, desc).
    define_or_throw(agent, o, key, desc)?;
    // 5. Return O.
    Ok(Value::Object(o))
}

fn enumerable_of(agent: &mut Agent, args: &[Value], kind: EnumerableKind) -> JsResult<Value> {
    // 1. Let obj be ? ToObject(O).
    let obj = to_object(agent, &arg(args, 0))?;
    // 2. Let list be ? EnumerableOwnProperties(obj, kind).
    let list = enumerable_own_properties(agent, obj, kind)?;
    // 3. Return CreateArrayFromList(list).
    Ok(Value::Object(create_array_from_list(agent, list)))
}

/// Object.entries ( O ) (§20.1.2.5)
fn object_entries(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    enumerable_of(agent, args, EnumerableKind::KeyValue)
}

/// Object.keys ( O ) (§20.1.2.18)
fn object_keys(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    enumerable_of(agent, args, EnumerableKind::Key)
}

/// Object.values ( O ) (§20.1.2.23)
fn object_values(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    enumerable_of(agent, args, EnumerableKind::Value)
}

/// Object.freeze ( O ) (§20.1.2.6)
fn object_freeze(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let o = arg(args, 0);
    // 1. If O is not an Object, return O.
    let Value::Object(id) = o else { return Ok(o) };
    // 2-3. Let status be ? SetIntegrityLevel(O, frozen).
    if !set_integrity_level(agent, id, true)? {
        return Err(prevent_extensions_falsish(agent));
    }
    // 4. Return O.
    Ok(o)
}

/// Object.seal ( O ) (§20.1.2.22)
fn object_seal(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let o = arg(args, 0);
    let Value::Object(id) = o else { return Ok(o) };
    if !set_integrity_level(agent, id, false)? {
        return Err(prevent_extensions_falsish(agent));
    }
    Ok(o)
}

/// Object.preventExtensions ( O ) (§20.1.2.20)
fn object_prevent_extensions(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let o = arg(args, 0);
    // 1. If O is not an Object, return O.
    let Value::Object(id) = o else { return Ok(o) };
    // 2. Let status be ? O.[[PreventExtensions]]().
    // 3. If status is false, throw a TypeError exception.
    if !prevent_extensions(agent, id)? {
        return Err(prevent_extensions_falsish(agent));
    }
    // 4. Return O.
    Ok(o)
}

/// Object.isFrozen ( O ) (§20.1.2.15)
fn object_is_frozen(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If O is not an Object, return true.
    let Value::Object(id) = arg(args, 0) else {
        return Ok(Value::Bool(true));
    };
    // 2. Return ? TestIntegrityLevel(O, frozen).
    Ok(Value::Bool(test_integrity_level(agent, id, true)?))
}

/// Object.isSealed ( O ) (§20.1.2.16)
fn object_is_sealed(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let Value::Object(id) = arg(args, 0) else {
        return Ok(Value::Bool(true));
    };
    Ok(Value::Bool(test_integrity_level(agent, id, false)?))
}

/// Object.isExtensible ( O ) (§20.1.2.14)
fn object_is_extensible(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If O is not an Object, return false.
    let Value::Object(id) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    // 2. Return ? IsExtensible(O).
    Ok(Value::Bool(is_extensible(agent, id)?))
}

/// Object.is ( value1, value2 ) (§20.1.2.13)
fn object_is(
    _agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return SameValue(value1, value2).
    Ok(Value::Bool(same_value(&arg(args, 0), &arg(args, 1))))
}

/// Object.getPrototypeOf ( O ) (§20.1.2.12)
fn object_get_prototype_of(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let obj be ? ToObject(O).
    let obj = to_object(agent, &arg(args, 0))?;
    // 2. Return ? obj.[[GetPrototypeOf]]().
    Ok(get_prototype_of(agent, obj)?.map_or(Value::Null, Value::Object))
}

/// Object.setPrototypeOf ( O, proto ) (§20.1.2.24)
fn object_set_prototype_of(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let o = arg(args, 0);
    // 1. Set O to ? RequireObjectCoercible(O).
    if o.is_nullish() {
        return Err(agent.type_error("Object.setPrototypeOf called on null or undefined"));
    }
    // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        other => {
            let shown = crate::describe::brief_value(agent, &other);
            return Err(agent.type_error(format!(
                "Object prototype may only be an Object or null: {shown}"
            )));
        }
    };
    // 3. If O is not an Object, return O.
    let Value::Object(id) = o else { return Ok(o) };
    // 4-5. Let status be ? O.[[SetPrototypeOf]](proto); if false, throw a TypeError.
    if !set_prototype_of(agent, id, proto)? {
        if crate::builtins::proxy::is_proxy(agent, id) {
            return Err(agent.type_error(
                "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'",
            ));
        }
        if id == agent.intrinsics.object_prototype {
            return Err(immutable_prototype_error(agent));
        }
        if !agent.heap.get(id).extensible {
            let shown = crate::describe::brief_value(agent, &o);
            return Err(agent.type_error(format!("{shown} is not extensible")));
        }
        return Err(agent.type_error("Cyclic __proto__ value"));
    }
    // 6. Return O.
    Ok(o)
}

/// Object.getOwnPropertyNames ( O ) (§20.1.2.10)
fn object_get_own_property_names(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    own_keys_of(agent, &arg(args, 0), false)
}

/// Object.getOwnPropertySymbols ( O ) (§20.1.2.11)
fn object_get_own_property_symbols(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    own_keys_of(agent, &arg(args, 0), true)
}

/// GetOwnPropertyKeys ( O, type ) (§20.1.2.11.1)
#[doc(alias = "GetOwnPropertyKeys")]
fn own_keys_of(agent: &mut Agent, o: &Value, symbols: bool) -> JsResult<Value> {
    // 1. Let obj be ? ToObject(O).
    let obj = to_object(agent, o)?;
    // 2. Let keys be ? obj.[[OwnPropertyKeys]]().
    let keys = own_property_keys(agent, obj)?;
    // 3-4. Keep the keys of the requested type.
    let list = keys
        .into_iter()
        .filter(|k| k.is_symbol() == symbols)
        .map(|k| k.to_value())
        .collect();
    // 5. Return CreateArrayFromList(nameList).
    Ok(Value::Object(create_array_from_list(agent, list)))
}

/// Object.getOwnPropertyDescriptor ( O, P ) (§20.1.2.8)
fn object_get_own_property_descriptor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let obj be ? ToObject(O).
    let obj = to_object(agent, &arg(args, 0))?;
    // 2. Let key be ? ToPropertyKey(P).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. Let desc be ? obj.[[GetOwnProperty]](key).
    let desc = get_own_property(agent, obj, &key)?;
    // 4. Return FromPropertyDescriptor(desc).
    Ok(from_property_descriptor(agent, desc.as_ref()))
}

/// Object.getOwnPropertyDescriptors ( O ) (§20.1.2.9)
fn object_get_own_property_descriptors(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let obj be ? ToObject(O).
    let obj = to_object(agent, &arg(args, 0))?;
    // 2. Let ownKeys be ? obj.[[OwnPropertyKeys]]().
    let keys = own_property_keys(agent, obj)?;
    // 3. Let descriptors be OrdinaryObjectCreate(%Object.prototype%).
    let descriptors = new_object(agent);
    // 4. For each element key of ownKeys, do
    for key in keys {
        let desc = get_own_property(agent, obj, &key)?;
        if desc.is_some() {
            let d = from_property_descriptor(agent, desc.as_ref());
            create_data_property_or_throw(agent, descriptors, key, d)?;
        }
    }
    // 5. Return descriptors.
    Ok(Value::Object(descriptors))
}

/// Object.fromEntries ( iterable ) (§20.1.2.7)
fn object_from_entries(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let iterable = arg(args, 0);
    // 1. Perform ? RequireObjectCoercible(iterable).
    if iterable.is_nullish() {
        let shown = crate::describe::brief_value(agent, &iterable);
        return Err(agent.type_error(format!("{shown} is not iterable")));
    }
    // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    let obj = new_object(agent);
    // 3-6. AddEntriesFromIterable(obj, iterable, adder) with CreateDataPropertyOnObject.
    let mut record = get_iterator(agent, &iterable, IteratorKind::Sync)?;
    while let Some(next) = iterator_step_value(agent, &mut record)? {
        let r = (|| -> JsResult<()> {
            let Value::Object(entry) = next else {
                let shown = crate::describe::brief_value(agent, &next);
                return Err(
                    agent.type_error(format!("Iterator value {shown} is not an entry object"))
                );
            };
            let k = get(agent, entry, &PropertyKey::from("0"))?;
            let v = get(agent, entry, &PropertyKey::from("1"))?;
            let key = to_property_key(agent, &k)?;
            create_data_property_or_throw(agent, obj, key, v)?;
            Ok(())
        })();
        if let Err(e) = r {
            return iterator_close(agent, record.iterator, Err(e));
        }
    }
    Ok(Value::Object(obj))
}

/// Object.groupBy ( items, callback ) (§20.1.2.12)
fn object_group_by(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let groups = group_by(agent, &arg(args, 0), &arg(args, 1), true)?;
    // 2. Let obj be OrdinaryObjectCreate(null).
    let obj = ordinary_object_create(agent, None);
    // 3. For each Record { [[Key]], [[Elements]] } g of groups, do
    for (k, elements) in groups {
        let arr = create_array_from_list(agent, elements);
        let key = to_property_key(agent, &k)?;
        create_data_property_or_throw(agent, obj, key, Value::Object(arr))?;
    }
    Ok(Value::Object(obj))
}

/// GroupBy ( items, callback, keyCoercion ) (§7.3.35): `property` true for property keys,
/// false for SameValueZero ("collection").
#[doc(alias = "GroupBy")]
pub fn group_by(
    agent: &mut Agent,
    items: &Value,
    callback: &Value,
    property: bool,
) -> JsResult<Vec<(Value, Vec<Value>)>> {
    // 1. Perform ? RequireObjectCoercible(items).
    if items.is_nullish() {
        let shown = crate::describe::brief_value(agent, items);
        return Err(agent.type_error(format!("{shown} is not iterable")));
    }
    // 2. If IsCallable(callback) is false, throw a TypeError exception.
    if !is_callable(agent, callback) {
        let shown = crate::describe::brief_value(agent, callback);
        return Err(agent.type_error(format!("{shown} is not a function")));
    }
    // 3. Let groups be a new empty List.
    let mut groups: Vec<(Value, Vec<Value>)> = Vec::new();
    // 4. Let iteratorRecord be ? GetIterator(items, sync).
    let mut record = get_iterator(agent, items, IteratorKind::Sync)?;
    // 5-6. Let k be 0; repeat,
    let mut k = 0.0;
    while let Some(value) = iterator_step_value(agent, &mut record)? {
        let key = call(
            agent,
            callback,
            Value::Undefined,
            &[value.clone(), Value::Number(k)],
        );
        let key = match key {
            Ok(key) => key,
            Err(e) => return iterator_close(agent, record.iterator, Err(e)),
        };
        let key = if property {
            match to_property_key(agent, &key) {
                Ok(p) => p.to_value(),
                Err(e) => return iterator_close(agent, record.iterator, Err(e)),
            }
        } else {
            match key {
                Value::Number(n) => Value::Number(n + 0.0), // -0 becomes +0
                k => k,
            }
        };
        // AddValueToKeyedGroup
        match groups.iter_mut().find(|(gk, _)| same_value_zero(gk, &key)) {
            Some((_, els)) => els.push(value),
            None => groups.push((key, vec![value])),
        }
        k += 1.0;
    }
    Ok(groups)
}

/// Object.hasOwn ( O, P ) (§20.1.2.13)
fn object_has_own(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let obj be ? ToObject(O).
    let obj = to_object(agent, &arg(args, 0))?;
    // 2. Let key be ? ToPropertyKey(P).
    let key = to_property_key(agent, &arg(args, 1))?;
    // 3. Return ? HasOwnProperty(obj, key).
    Ok(Value::Bool(crate::abstract_ops::has_own_property(
        agent, obj, &key,
    )?))
}

/// Object.prototype.isPrototypeOf ( V ) (§20.1.3.3)
fn object_prototype_is_prototype_of(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If V is not an Object, return false.
    let Value::Object(mut v) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    // 2. Let O be ? ToObject(this value).
    let o = to_object(agent, &this)?;
    // 3. Repeat,
    loop {
        // a. Set V to ? V.[[GetPrototypeOf]]().
        match get_prototype_of(agent, v)? {
            // b. If V is null, return false.
            None => return Ok(Value::Bool(false)),
            // c. If SameValue(O, V) is true, return true.
            Some(p) if p == o => return Ok(Value::Bool(true)),
            Some(p) => v = p,
        }
    }
}

/// Object.prototype.propertyIsEnumerable ( V ) (§20.1.3.4)
fn object_prototype_property_is_enumerable(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let P be ? ToPropertyKey(V).
    let p = to_property_key(agent, &arg(args, 0))?;
    // 2. Let O be ? ToObject(this value).
    let o = to_object(agent, &this)?;
    // 3-5. Let desc be ? O.[[GetOwnProperty]](P); return desc.[[Enumerable]].
    let desc = get_own_property(agent, o, &p)?;
    Ok(Value::Bool(desc.is_some_and(|d| d.enumerable())))
}

/// Object.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (§20.1.3.5)
fn object_prototype_to_locale_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Return ? Invoke(O, "toString").
    invoke(agent, &this, &PropertyKey::from("toString"), &[])
}

/// get Object.prototype.__proto__ (§B.2.2.1.1)
fn object_prototype_proto_get(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let O be ? ToObject(this value).
    let o = to_object(agent, &this)?;
    // 2. Return ? O.[[GetPrototypeOf]]().
    Ok(get_prototype_of(agent, o)?.map_or(Value::Null, Value::Object))
}

/// set Object.prototype.__proto__ (§B.2.2.1.2)
fn object_prototype_proto_set(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let O be ? RequireObjectCoercible(this value).
    if this.is_nullish() {
        return Err(agent.type_error("Object.prototype.__proto__ called on null or undefined"));
    }
    // 2. If proto is not an Object and proto is not null, return undefined.
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Ok(Value::Undefined),
    };
    // 3. If O is not an Object, return undefined.
    let Value::Object(o) = this else {
        return Ok(Value::Undefined);
    };
    // 4-5. Let status be ? O.[[SetPrototypeOf]](proto); if false, throw a TypeError.
    if !set_prototype_of(agent, o, proto)? {
        if crate::builtins::proxy::is_proxy(agent, o) {
            return Err(agent.type_error("'setPrototypeOf' on proxy: trap returned falsish"));
        }
        if o == agent.intrinsics.object_prototype {
            return Err(immutable_prototype_error(agent));
        }
        if !agent.heap.get(o).extensible {
            let shown = crate::describe::brief_value(agent, &this);
            return Err(agent.type_error(format!("{shown} is not extensible")));
        }
        return Err(agent.type_error("Cyclic __proto__ value"));
    }
    Ok(Value::Undefined)
}

fn define_legacy_accessor(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    getter: bool,
) -> JsResult<Value> {
    // 1. Let O be ? ToObject(this value).
    let o = to_object(agent, &this)?;
    // 2. If IsCallable(getter) is false, throw a TypeError exception.
    let f = arg(args, 1);
    if !is_callable(agent, &f) {
        let which = if getter { "getter" } else { "setter" };
        return Err(agent.type_error(format!(
            "Object.prototype.__define{}__: Expecting function",
            if which == "getter" {
                "Getter"
            } else {
                "Setter"
            }
        )));
    }
    // 3. Let desc be PropertyDescriptor { [[Get]]/[[Set]]: f, [[Enumerable]]: true, [[Configurable]]: true }.
    let mut desc = PropertyDescriptor {
        enumerable: Some(true),
        configurable: Some(true),
        ..Default::default()
    };
    if getter {
        desc.get = Some(f);
    } else {
        desc.set = Some(f);
    }
    // 4. Let key be ? ToPropertyKey(P).
    let key = to_property_key(agent, &arg(args, 0))?;
    // 5. Perform ? DefinePropertyOrThrow(O, key, desc).
    define_or_throw(agent, o, key, desc)?;
    Ok(Value::Undefined)
}

/// Object.prototype.__defineGetter__ ( P, getter ) (§B.2.2.2)
fn object_prototype_define_getter(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    define_legacy_accessor(agent, this, args, true)
}

/// Object.prototype.__defineSetter__ ( P, setter ) (§B.2.2.3)
fn object_prototype_define_setter(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    define_legacy_accessor(agent, this, args, false)
}

fn lookup_legacy_accessor(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    getter: bool,
) -> JsResult<Value> {
    // 1. Let O be ? ToObject(this value).
    let mut o = to_object(agent, &this)?;
    // 2. Let key be ? ToPropertyKey(P).
    let key = to_property_key(agent, &arg(args, 0))?;
    // 3. Repeat,
    loop {
        match get_own_property(agent, o, &key)? {
            Some(Property::Accessor { get, set, .. }) => {
                return Ok(crate::object::accessor_value(if getter {
                    get
                } else {
                    set
                }));
            }
            Some(_) => return Ok(Value::Undefined),
            None => match get_prototype_of(agent, o)? {
                Some(p) => o = p,
                None => return Ok(Value::Undefined),
            },
        }
    }
}

/// Object.prototype.__lookupGetter__ ( P ) (§B.2.2.4)
fn object_prototype_lookup_getter(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    lookup_legacy_accessor(agent, this, args, true)
}

/// Object.prototype.__lookupSetter__ ( P ) (§B.2.2.5)
fn object_prototype_lookup_setter(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    lookup_legacy_accessor(agent, this, args, false)
}

/// The TypeError of a [[PreventExtensions]] that returned false (only a proxy's can).
fn prevent_extensions_falsish(agent: &mut Agent) -> crate::Abrupt {
    agent.type_error("'preventExtensions' on proxy: trap returned falsish")
}

/// V8's TypeError for a refused [[SetPrototypeOf]] on %Object.prototype%.
fn immutable_prototype_error(agent: &mut Agent) -> crate::Abrupt {
    agent
        .type_error("Immutable prototype object 'Object.prototype' cannot have their prototype set")
}
