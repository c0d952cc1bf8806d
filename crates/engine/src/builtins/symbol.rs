//! Symbol objects (ECMA-262 §20.4).

use super::{
    create_constructor, define_getter, define_method, define_symbol_method, define_value,
    new_prototype,
};
use crate::abstract_ops::{arg, to_string};
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::{PropertyKey, Symbol, Value};
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let proto = new_prototype(agent, op);
    agent.intrinsics.symbol_prototype = proto;
    let symbol = create_constructor(agent, "Symbol", 0, symbol_constructor, proto);
    agent.intrinsics.symbol = symbol;
    define_method(agent, symbol, "for", symbol_for, 1);
    define_method(agent, symbol, "keyFor", symbol_key_for, 1);
    // §20.4.2: the well-known symbols, non-writable, non-enumerable, non-configurable.
    for (name, sym) in agent.symbols.all() {
        define_value(agent, symbol, name, Value::Symbol(sym), false, false, false);
    }
    define_getter(
        agent,
        proto,
        PropertyKey::from("description"),
        symbol_prototype_description,
    );
    define_method(agent, proto, "toString", symbol_prototype_to_string, 0);
    define_method(agent, proto, "valueOf", symbol_prototype_value_of, 0);
    let to_primitive = agent.symbols.to_primitive.clone();
    let f = define_symbol_method(
        agent,
        proto,
        to_primitive.clone(),
        symbol_prototype_value_of,
        1,
    );
    // Symbol.prototype [ %Symbol.toPrimitive% ] is non-writable (§20.4.3.5).
    define_value(
        agent,
        proto,
        to_primitive,
        Value::Object(f),
        false,
        false,
        true,
    );
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    define_value(agent, proto, tag, Value::str("Symbol"), false, false, true);
}

/// Symbol ( [ description ] ) (§20.4.1.1)
fn symbol_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is not undefined, throw a TypeError exception.
    if nt.is_some() {
        return Err(agent.type_error("Symbol is not a constructor"));
    }
    // 2-3. If description is undefined, let descString be undefined; else ? ToString(description).
    let d = arg(args, 0);
    let desc = if d.is_undefined() {
        None
    } else {
        Some(to_string(agent, &d)?)
    };
    // 4. Return a new Symbol whose [[Description]] is descString.
    Ok(Value::Symbol(Symbol::new(desc)))
}

/// Symbol.for ( key ) (§20.4.2.2)
fn symbol_for(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let stringKey be ? ToString(key).
    let key = to_string(agent, &arg(args, 0))?;
    // 2. For each element e of the GlobalSymbolRegistry, if e.[[Key]] is stringKey, return e.[[Symbol]].
    if let Some(s) = agent.symbol_registry.get(&key) {
        return Ok(Value::Symbol(s.clone()));
    }
    // 4-6. Create a new symbol, append it to the registry and return it.
    let s = Symbol::registered(key.clone());
    agent.symbol_registry.insert(key, s.clone());
    Ok(Value::Symbol(s))
}

/// Symbol.keyFor ( sym ) (§20.4.2.6)
fn symbol_key_for(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If sym is not a Symbol, throw a TypeError exception.
    let Value::Symbol(s) = arg(args, 0) else {
        let shown = crate::describe::brief_value(agent, &arg(args, 0));
        return Err(agent.type_error(format!("{shown} is not a symbol")));
    };
    // 2. Return KeyForSymbol(sym).
    if s.is_registered() {
        Ok(s.description()
            .cloned()
            .map_or(Value::Undefined, Value::String))
    } else {
        Ok(Value::Undefined)
    }
}

/// ThisSymbolValue ( value ) (§20.4.3.4.1)
#[doc(alias = "ThisSymbolValue")]
fn this_symbol_value(agent: &mut Agent, value: &Value, method: &str) -> JsResult<Symbol> {
    match value {
        // 1. If value is a Symbol, return value.
        Value::Symbol(s) => Ok(s.clone()),
        // 2. If value has a [[SymbolData]] internal slot, return it.
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::SymbolObject(s) => Ok(s.clone()),
            _ => Err(agent.type_error(format!("{method} requires that 'this' be a Symbol"))),
        },
        // 3. Throw a TypeError exception.
        _ => Err(agent.type_error(format!("{method} requires that 'this' be a Symbol"))),
    }
}

/// get Symbol.prototype.description (§20.4.3.2)
fn symbol_prototype_description(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let sym be ? ThisSymbolValue(s); return sym.[[Description]].
    let s = this_symbol_value(agent, &this, "Symbol.prototype.description")?;
    Ok(s.description()
        .cloned()
        .map_or(Value::Undefined, Value::String))
}

/// Symbol.prototype.toString ( ) (§20.4.3.3)
fn symbol_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let sym be ? ThisSymbolValue(this value). 2. Return SymbolDescriptiveString(sym).
    let s = this_symbol_value(agent, &this, "Symbol.prototype.toString")?;
    Ok(Value::str(&s.descriptive_string()))
}

/// Symbol.prototype.valueOf ( ) (§20.4.3.4) and Symbol.prototype [ %Symbol.toPrimitive% ] (§20.4.3.5)
fn symbol_prototype_value_of(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return ? ThisSymbolValue(this value).
    Ok(Value::Symbol(this_symbol_value(
        agent,
        &this,
        "Symbol.prototype.valueOf",
    )?))
}
