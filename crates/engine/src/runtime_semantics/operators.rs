//! The operators (ECMA-262 §13.5–13.15): ApplyStringOrNumericBinaryOperator, typeof,
//! instanceof, in, and the relational and equality operators.

use crate::abstract_ops::bigint::*;
use crate::abstract_ops::*;
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::{JsString, PropertyKey, Value};
use crate::{Agent, JsResult};
use mini_js_syntax::ast::{BinaryOp, UnaryOp};
use num_bigint::BigInt;

/// The `typeof` operator's result for a value (§13.5.3.1 Table 41).
pub fn typeof_value(agent: &Agent, v: &Value) -> &'static str {
    match v {
        Value::Object(o) => {
            if agent.heap.get(*o).is_callable() {
                "function"
            } else {
                "object"
            }
        }
        other => other.type_name(),
    }
}

/// Evaluation of a unary operator on its operand's value (§13.5.4–13.5.7); typeof, void
/// and delete are handled where the operand is evaluated.
pub fn apply_unary(agent: &mut Agent, op: UnaryOp, v: Value) -> JsResult<Value> {
    Ok(match op {
        // §13.5.4.1 2-4. Let oldValue be ? ToNumeric(expr); Number::unaryMinus or
        // BigInt::unaryMinus.
        UnaryOp::Minus => match to_numeric(agent, &v)? {
            Numeric::Number(n) => Value::Number(-n),
            Numeric::BigInt(b) => bigint_value(bigint_unary_minus(&b)),
        },
        UnaryOp::Plus => Value::Number(to_number(agent, &v)?),
        UnaryOp::Not => Value::Bool(!to_boolean(&v)),
        // §13.5.6.1 2-4. Number::bitwiseNOT or BigInt::bitwiseNOT.
        UnaryOp::BitNot => match to_numeric(agent, &v)? {
            Numeric::Number(n) => Value::Number(!to_int32_f64(n) as f64),
            Numeric::BigInt(b) => bigint_value(bigint_bitwise_not(&b)),
        },
        UnaryOp::TypeOf => Value::str(typeof_value(agent, &v)),
        UnaryOp::Void => Value::Undefined,
        UnaryOp::Delete => Value::Bool(true),
    })
}

/// EvaluateStringOrNumericBinaryExpression and the other binary operators on two values.
pub fn apply_binary(agent: &mut Agent, op: BinaryOp, l: Value, r: Value) -> JsResult<Value> {
    use BinaryOp::*;
    if let (Value::Number(a), Value::Number(b)) = (&l, &r) {
        if let Some(v) = number_binary(op, *a, *b) {
            return Ok(v);
        }
    }
    if matches!(
        op,
        Eq | NotEq | StrictEq | StrictNotEq | Lt | Gt | LtEq | GtEq
    ) {
        // A rope compared is flattened: under the heap limit only.
        agent.check_comparison_flatten(matches!(op, StrictEq | StrictNotEq), &l, &r)?;
    }
    Ok(match op {
        Add => return apply_addition(agent, l, r),
        Sub | Mul | Div | Rem | Exp | Shl | Shr | UShr | BitAnd | BitOr | BitXor => {
            return apply_numeric(agent, op, l, r)
        }
        // §13.11 Equality operators
        Eq => Value::Bool(is_loosely_equal(agent, &l, &r)?),
        NotEq => Value::Bool(!is_loosely_equal(agent, &l, &r)?),
        StrictEq => Value::Bool(is_strictly_equal(&l, &r)),
        StrictNotEq => Value::Bool(!is_strictly_equal(&l, &r)),
        // §13.10.1 Relational operators
        Lt => Value::Bool(is_less_than(agent, &l, &r, true)? == Some(true)),
        Gt => Value::Bool(is_less_than(agent, &r, &l, false)? == Some(true)),
        LtEq => Value::Bool(is_less_than(agent, &r, &l, false)? == Some(false)),
        GtEq => Value::Bool(is_less_than(agent, &l, &r, true)? == Some(false)),
        InstanceOf => Value::Bool(instanceof_operator(agent, &l, &r)?),
        In => {
            // RelationalExpression : RelationalExpression in ShiftExpression
            let Value::Object(o) = r else {
                let shown = crate::describe::brief_value(agent, &r);
                let key = match &l {
                    Value::String(s) => s.to_rust_string(),
                    other => crate::describe::brief_value(agent, other),
                };
                return Err(agent.type_error(format!(
                    "Cannot use 'in' operator to search for '{key}' in {}",
                    shown.trim_matches('"')
                )));
            };
            let key = to_property_key(agent, &l)?;
            Value::Bool(has_property(agent, o, &key)?)
        }
    })
}

/// The common operators on two Numbers: what the general path reaches once ToPrimitive and
/// ToNumeric have nothing to convert (Number::add, ::subtract, ::multiply, ::divide,
/// ::remainder, ::lessThan, ::equal), without going through them. `None` for the others.
#[inline]
fn number_binary(op: BinaryOp, a: f64, b: f64) -> Option<Value> {
    use BinaryOp::*;
    Some(match op {
        Add => Value::Number(a + b),
        Sub => Value::Number(a - b),
        Mul => Value::Number(a * b),
        Div => Value::Number(a / b),
        Rem => Value::Number(number_remainder(a, b)),
        // IsLessThan gives undefined for NaN, which each of these turns into false — as the
        // IEEE comparisons do.
        Lt => Value::Bool(a < b),
        Gt => Value::Bool(a > b),
        LtEq => Value::Bool(a <= b),
        GtEq => Value::Bool(a >= b),
        // Number::equal: NaN is unequal to everything, +0 equals -0.
        Eq | StrictEq => Value::Bool(a == b),
        NotEq | StrictNotEq => Value::Bool(a != b),
        _ => return None,
    })
}

/// The addition operator (§13.15.3 ApplyStringOrNumericBinaryOperator step 1).
fn apply_addition(agent: &mut Agent, l: Value, r: Value) -> JsResult<Value> {
    if let (Value::Number(a), Value::Number(b)) = (&l, &r) {
        return Ok(Value::Number(a + b));
    }
    if let (Value::BigInt(a), Value::BigInt(b)) = (&l, &r) {
        return Ok(bigint_value(bigint_add(agent, a, b)?));
    }
    // a. Let lprim be ? ToPrimitive(lval). b. Let rprim be ? ToPrimitive(rval).
    let lprim = to_primitive(agent, &l, PreferredType::Default)?;
    let rprim = to_primitive(agent, &r, PreferredType::Default)?;
    // c. If lprim is a String or rprim is a String, then concatenate.
    if matches!(lprim, Value::String(_)) || matches!(rprim, Value::String(_)) {
        let ls = to_string(agent, &lprim)?;
        let rs = to_string(agent, &rprim)?;
        // NOTE(mini-js): V8's string length cap first (a RangeError the program can catch),
        // then the heap limit, both before the concatenation allocates.
        if !crate::value::string_length_ok(ls.len() + rs.len()) {
            return Err(agent.range_error(crate::value::INVALID_STRING_LENGTH));
        }
        agent.reserve_bytes(2 * (ls.len() + rs.len()))?;
        return match ls.try_concat(&rs) {
            Some(s) => Ok(Value::String(s)),
            None => Err(agent.range_error(crate::value::INVALID_STRING_LENGTH)),
        };
    }
    // d. Set lval to lprim. e. Set rval to rprim. 3-8. Numeric addition.
    apply_numeric(agent, BinaryOp::Add, lprim, rprim)
}

/// ApplyStringOrNumericBinaryOperator steps 3-8 (§13.15.3): the numeric operators on a
/// Number pair or a BigInt pair.
fn apply_numeric(agent: &mut Agent, op: BinaryOp, l: Value, r: Value) -> JsResult<Value> {
    use BinaryOp::*;
    // 3. Let lnum be ? ToNumeric(lval). 4. Let rnum be ? ToNumeric(rval).
    let (a, b) = match (to_numeric(agent, &l)?, to_numeric(agent, &r)?) {
        (Numeric::Number(a), Numeric::Number(b)) => (a, b),
        // 6. If lnum is a BigInt, then … 7-8. the BigInt operation of Table 5.
        (Numeric::BigInt(a), Numeric::BigInt(b)) => return apply_bigint(agent, op, &a, &b),
        // 5. If Type(lnum) is not Type(rnum), throw a TypeError exception.
        _ => return Err(agent.type_error(CANNOT_MIX)),
    };
    Ok(Value::Number(match op {
        Add => a + b,
        Sub => a - b,
        Mul => a * b,
        Div => a / b,
        Rem => number_remainder(a, b),
        Exp => number_exponentiate(a, b),
        Shl => {
            (crate::abstract_ops::to_int32_f64(a)
                .wrapping_shl(crate::abstract_ops::to_uint32_f64(b) & 31)) as f64
        }
        Shr => {
            (crate::abstract_ops::to_int32_f64(a) >> (crate::abstract_ops::to_uint32_f64(b) & 31))
                as f64
        }
        UShr => {
            (crate::abstract_ops::to_uint32_f64(a) >> (crate::abstract_ops::to_uint32_f64(b) & 31))
                as f64
        }
        BitAnd => {
            (crate::abstract_ops::to_int32_f64(a) & crate::abstract_ops::to_int32_f64(b)) as f64
        }
        BitOr => {
            (crate::abstract_ops::to_int32_f64(a) | crate::abstract_ops::to_int32_f64(b)) as f64
        }
        BitXor => {
            (crate::abstract_ops::to_int32_f64(a) ^ crate::abstract_ops::to_int32_f64(b)) as f64
        }
        _ => unreachable!("numeric operators only"),
    }))
}

/// The BigInt row of Table 5 (§13.15.3 step 8) for `op`.
fn apply_bigint(agent: &mut Agent, op: BinaryOp, a: &BigInt, b: &BigInt) -> JsResult<Value> {
    use BinaryOp::*;
    let r = match op {
        Exp => bigint_exponentiate(agent, a, b)?,
        Mul => bigint_multiply(agent, a, b)?,
        Div => bigint_divide(agent, a, b)?,
        Rem => bigint_remainder(agent, a, b)?,
        Add => bigint_add(agent, a, b)?,
        Sub => bigint_subtract(agent, a, b)?,
        Shl => bigint_left_shift(agent, a, b)?,
        Shr => bigint_signed_right_shift(agent, a, b)?,
        UShr => bigint_unsigned_right_shift(agent)?,
        BitAnd => bigint_bitwise_and(a, b),
        BitXor => bigint_bitwise_xor(a, b),
        BitOr => bigint_bitwise_or(a, b),
        _ => unreachable!("numeric operators only"),
    };
    Ok(bigint_value(r))
}

/// Number::remainder ( n, d ) (§6.1.6.1.6): the sign of the dividend, like C's fmod.
pub fn number_remainder(n: f64, d: f64) -> f64 {
    if n.is_nan() || d.is_nan() || n.is_infinite() || d == 0.0 {
        return f64::NAN;
    }
    if d.is_infinite() || n == 0.0 {
        return n;
    }
    // Both integers of at most 2^53: the integer remainder is exact (and much cheaper
    // than the floating-point one); its sign is the dividend's, as below.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if n.fract() == 0.0 && d.fract() == 0.0 && n.abs() <= EXACT && d.abs() <= EXACT {
        let r = (n as i64 % d as i64) as f64;
        return if r == 0.0 { 0.0f64.copysign(n) } else { r };
    }
    let r = n % d;
    if r == 0.0 {
        0.0f64.copysign(n)
    } else {
        r
    }
}

/// Number::exponentiate ( base, exponent ) (§6.1.6.1.3)
pub fn number_exponentiate(base: f64, exponent: f64) -> f64 {
    // 1. If exponent is NaN, return NaN. 2. If exponent is ±0, return 1.
    if exponent.is_nan() {
        return f64::NAN;
    }
    if exponent == 0.0 {
        return 1.0;
    }
    // 9.b / 12. |base| is 1 and exponent is ±∞: NaN (unlike C's pow).
    if (base == 1.0 || base == -1.0) && exponent.is_infinite() {
        return f64::NAN;
    }
    base.powf(exponent)
}

/// InstanceofOperator ( V, target ) (§13.10.2)
#[doc(alias = "InstanceofOperator")]
pub fn instanceof_operator(agent: &mut Agent, v: &Value, target: &Value) -> JsResult<bool> {
    // 1. If target is not an Object, throw a TypeError exception.
    let Value::Object(t) = target else {
        return Err(agent.type_error("Right-hand side of 'instanceof' is not an object"));
    };
    // 2. Let instOfHandler be ? GetMethod(target, %Symbol.hasInstance%).
    let key = PropertyKey::Symbol(agent.symbols.has_instance.clone());
    let handler = get_method(agent, target, &key)?;
    // 3. If instOfHandler is not undefined, then
    if !handler.is_undefined() {
        // a. Return ToBoolean(? Call(instOfHandler, target, « V »)).
        let r = call(agent, &handler, target.clone(), std::slice::from_ref(v))?;
        return Ok(to_boolean(&r));
    }
    // 4. If IsCallable(target) is false, throw a TypeError exception.
    if !agent.heap.get(*t).is_callable() {
        return Err(agent.type_error("Right-hand side of 'instanceof' is not callable"));
    }
    // 5. Return ? OrdinaryHasInstance(target, V).
    ordinary_has_instance(agent, target, v)
}

/// A new Array from values (ArrayCreate + CreateDataPropertyOrThrow for each).
pub fn array_from_values(agent: &mut Agent, values: Vec<Option<Value>>) -> ObjectId {
    let proto = agent.intrinsics.array_prototype;
    agent.heap.alloc(crate::object::Object::new(
        Some(proto),
        ObjectKind::Array(crate::object::ArrayStorage::from_elems(values)),
    ))
}

/// The text of a string value.
pub fn js_string(s: &str) -> JsString {
    JsString::from(s)
}
