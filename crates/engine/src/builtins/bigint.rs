//! BigInt objects (ECMA-262 §21.2): the BigInt function, BigInt.asIntN / asUintN and
//! BigInt.prototype. The BigInt type's operations are in `abstract_ops::bigint`.

use super::{create_constructor, define_method, define_value, new_prototype};
use crate::abstract_ops::bigint::{
    bigint_as_n, bigint_to_string, bigint_value, number_to_bigint, to_bigint,
};
use crate::abstract_ops::{arg, to_integer_or_infinity, to_primitive, PreferredType};
use crate::builtins::ErrorKind;
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};
use num_bigint::BigInt;
use std::rc::Rc;

pub fn init(agent: &mut Agent) {
    // §21.2.3: %BigInt.prototype% is an ordinary object (no [[BigIntData]]).
    let op = agent.intrinsics.object_prototype;
    let proto = new_prototype(agent, op);
    agent.intrinsics.bigint_prototype = proto;
    let bigint = create_constructor(agent, "BigInt", 1, bigint_function, proto);
    agent.intrinsics.bigint = bigint;
    // §21.2.2 Properties of the BigInt Constructor (Node's order: asUintN, then asIntN).
    define_method(agent, bigint, "asUintN", bigint_as_uint_n, 2);
    define_method(agent, bigint, "asIntN", bigint_as_int_n, 2);
    // §21.2.3 Properties of the BigInt Prototype Object.
    define_method(
        agent,
        proto,
        "toLocaleString",
        bigint_prototype_to_locale_string,
        0,
    );
    define_method(agent, proto, "toString", bigint_prototype_to_string, 0);
    define_method(agent, proto, "valueOf", bigint_prototype_value_of, 0);
    // §21.2.3.5 BigInt.prototype [ %Symbol.toStringTag% ]
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    define_value(agent, proto, tag, Value::str("BigInt"), false, false, true);
}

/// BigInt ( value ) (§21.2.1.1)
fn bigint_function(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If NewTarget is not undefined, throw a TypeError exception.
    if nt.is_some() {
        return Err(agent.type_error("BigInt is not a constructor"));
    }
    // 2. Let prim be ? ToPrimitive(value, number).
    let prim = to_primitive(agent, &arg(args, 0), PreferredType::Number)?;
    // 3. If prim is a Number, return ? NumberToBigInt(prim).
    if let Value::Number(n) = prim {
        return Ok(bigint_value(number_to_bigint(agent, n)?));
    }
    // 4. Otherwise, return ? ToBigInt(prim).
    Ok(Value::BigInt(to_bigint(agent, &prim)?))
}

/// BigInt.asIntN ( bits, bigint ) (§21.2.2.1)
fn bigint_as_int_n(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    as_n(agent, args, true)
}

/// BigInt.asUintN ( bits, bigint ) (§21.2.2.2)
fn bigint_as_uint_n(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    as_n(agent, args, false)
}

/// The steps asIntN and asUintN share.
fn as_n(agent: &mut Agent, args: &[Value], signed: bool) -> JsResult<Value> {
    // 1. Set bits to ? ToIndex(bits) (ToIntegerOrInfinity, then a RangeError outside
    //    0 to 2^53 - 1, in V8's words).
    let bits = to_integer_or_infinity(agent, &arg(args, 0))?;
    if !(0.0..=9007199254740991.0).contains(&bits) {
        return Err(agent.throw(
            ErrorKind::RangeError,
            "Invalid value: not (convertible to) a safe integer",
        ));
    }
    // 2. Set bigint to ? ToBigInt(bigint).
    let bigint = to_bigint(agent, &arg(args, 1))?;
    // 3. Let mod be ℝ(bigint) modulo 2^bits.
    // 4. (asIntN) If mod ≥ 2^(bits - 1), return ℤ(mod - 2^bits); else return ℤ(mod).
    //    (asUintN) Return ℤ(mod).
    match bigint_as_n(&bigint, bits as u64, signed) {
        Some(r) if r == *bigint => Ok(Value::BigInt(bigint)),
        Some(r) => Ok(bigint_value(r)),
        None => Err(agent.throw(ErrorKind::RangeError, "Maximum BigInt size exceeded")),
    }
}

/// ThisBigIntValue ( value ) (§21.2.3.4.1)
#[doc(alias = "ThisBigIntValue")]
fn this_bigint_value(agent: &mut Agent, value: &Value, method: &str) -> JsResult<Rc<BigInt>> {
    match value {
        // 1. If value is a BigInt, return value.
        Value::BigInt(b) => Ok(b.clone()),
        // 2. If value is an Object and value has a [[BigIntData]] internal slot, then
        //    a. Assert: value.[[BigIntData]] is a BigInt. b. Return value.[[BigIntData]].
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::BigIntObject(b) => Ok(b.clone()),
            _ => Err(agent.type_error(format!("{method} requires that 'this' be a BigInt"))),
        },
        // 3. Throw a TypeError exception.
        _ => Err(agent.type_error(format!("{method} requires that 'this' be a BigInt"))),
    }
}

/// BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) (§21.2.3.2).
/// NOTE(mini-js): no ECMA-402; the en-US form Node prints (digits grouped by commas).
fn bigint_prototype_to_locale_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let x = this_bigint_value(agent, &this, "BigInt.prototype.toLocaleString")?;
    let digits = bigint_to_string(&x, 10);
    let (sign, int) = match digits.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", digits.as_str()),
    };
    let mut grouped = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    Ok(Value::str(&grouped))
}

/// BigInt.prototype.toString ( [ radix ] ) (§21.2.3.3)
fn bigint_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let x be ? ThisBigIntValue(this value).
    let x = this_bigint_value(agent, &this, "BigInt.prototype.toString")?;
    // 2. If radix is undefined, let radixMV be 10.
    // 3. Else, let radixMV be ? ToIntegerOrInfinity(radix).
    let r = arg(args, 0);
    let radix = if r.is_undefined() {
        10.0
    } else {
        to_integer_or_infinity(agent, &r)?
    };
    // 4. If radixMV is not in the inclusive interval from 2 to 36, throw a RangeError.
    if !(2.0..=36.0).contains(&radix) {
        return Err(agent.range_error("toString() radix argument must be between 2 and 36"));
    }
    // 5. Return BigInt::toString(x, radixMV).
    Ok(Value::str(&bigint_to_string(&x, radix as u32)))
}

/// BigInt.prototype.valueOf ( ) (§21.2.3.4)
fn bigint_prototype_value_of(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return ? ThisBigIntValue(this value).
    Ok(Value::BigInt(this_bigint_value(
        agent,
        &this,
        "BigInt.prototype.valueOf",
    )?))
}
