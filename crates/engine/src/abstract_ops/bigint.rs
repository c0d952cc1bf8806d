//! The BigInt type (ECMA-262 §6.1.6.2) and the conversions to and from it (§7.1.13
//! ToBigInt, §7.1.14 StringToBigInt, §21.2.1.1.1 NumberToBigInt, ToNumeric's BigInt side).
//!
//! A BigInt value is an `Rc<num_bigint::BigInt>`: num-bigint's arithmetic already has the
//! spec's semantics (division truncates toward zero, `%` takes the dividend's sign, `>>`
//! rounds toward −∞, `&`/`|`/`^` act on the infinite two's complement form), so each
//! operation here is the spec's steps around one library call, plus V8's size limit.

use crate::abstract_ops::type_conversion::{is_js_whitespace, to_primitive, PreferredType};
use crate::builtins::ErrorKind;
use crate::value::{number_to_string, JsString, Value};
use crate::{Agent, JsResult};
use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// The largest BigInt, in bits, V8 builds (`BigInt::kMaxLengthBits`); a larger result is a
/// `RangeError: Maximum BigInt size exceeded`. NOTE(mini-js): the spec has no limit; this
/// is an implementation limit, and the heap limit (RunOptions) may stop a run earlier.
pub const MAX_BIGINT_BITS: u64 = 1 << 30;

/// V8's message when an operator gets a BigInt and a Number.
pub const CANNOT_MIX: &str = "Cannot mix BigInt and other types, use explicit conversions";

/// The result of ToNumeric: a Number or a BigInt.
#[derive(Clone, Debug)]
pub enum Numeric {
    Number(f64),
    BigInt(Rc<BigInt>),
}

impl Numeric {
    pub fn into_value(self) -> Value {
        match self {
            Numeric::Number(n) => Value::Number(n),
            Numeric::BigInt(b) => Value::BigInt(b),
        }
    }
}

/// A new BigInt value, its bytes counted in the heap's accounting like a string's.
pub fn bigint_value(n: BigInt) -> Value {
    crate::heap::note_allocation(16 + n.bits() as usize / 8);
    Value::BigInt(Rc::new(n))
}

/// Fails with V8's RangeError when a result of `bits` bits would pass [`MAX_BIGINT_BITS`],
/// and reserves its bytes against the heap limit before it is computed.
fn check_size(agent: &mut Agent, bits: u64) -> JsResult<()> {
    if bits > MAX_BIGINT_BITS {
        return Err(agent.throw(ErrorKind::RangeError, "Maximum BigInt size exceeded"));
    }
    agent.reserve_bytes((bits / 8) as usize)
}

// ───────────────────────────── §6.1.6.2 the BigInt type ─────────────────────────────

/// BigInt::unaryMinus ( x ) (§6.1.6.2.1)
#[doc(alias = "BigInt::unaryMinus")]
pub fn bigint_unary_minus(x: &BigInt) -> BigInt {
    // 1. If x = 0ℤ, return 0ℤ. 2. Return -x.
    -x
}

/// BigInt::bitwiseNOT ( x ) (§6.1.6.2.2)
#[doc(alias = "BigInt::bitwiseNOT")]
pub fn bigint_bitwise_not(x: &BigInt) -> BigInt {
    // 1. Return -x - 1ℤ.
    -x - 1
}

/// BigInt::exponentiate ( base, exponent ) (§6.1.6.2.3)
#[doc(alias = "BigInt::exponentiate")]
pub fn bigint_exponentiate(
    agent: &mut Agent,
    base: &BigInt,
    exponent: &BigInt,
) -> JsResult<BigInt> {
    // 1. If exponent < 0ℤ, throw a RangeError exception.
    if exponent.is_negative() {
        return Err(agent.throw(ErrorKind::RangeError, "Exponent must be positive"));
    }
    // 2. If base = 0ℤ and exponent = 0ℤ, return 1ℤ.
    if exponent.is_zero() {
        return Ok(BigInt::one());
    }
    // (0, 1 and -1 to any power stay small, however large the exponent.)
    if base.is_zero() || base.magnitude().is_one() {
        let odd = exponent.bit(0);
        return Ok(if base.is_negative() && !odd {
            BigInt::one()
        } else {
            base.clone()
        });
    }
    // NOTE(mini-js): the result has at least (bits(base) - 1) × exponent + 1 bits.
    let e = exponent.to_u64().filter(|e| *e <= MAX_BIGINT_BITS);
    let Some(e) = e else {
        return Err(agent.throw(ErrorKind::RangeError, "Maximum BigInt size exceeded"));
    };
    check_size(agent, (base.bits() - 1).saturating_mul(e) + 1)?;
    // 3. Return base raised to the power exponent.
    Ok(num_traits::pow::Pow::pow(base, e))
}

/// BigInt::multiply ( x, y ) (§6.1.6.2.4)
#[doc(alias = "BigInt::multiply")]
pub fn bigint_multiply(agent: &mut Agent, x: &BigInt, y: &BigInt) -> JsResult<BigInt> {
    if !x.is_zero() && !y.is_zero() {
        check_size(agent, x.bits() + y.bits() - 1)?;
    }
    // 1. Return x × y.
    Ok(x * y)
}

/// BigInt::divide ( x, y ) (§6.1.6.2.5)
#[doc(alias = "BigInt::divide")]
pub fn bigint_divide(agent: &mut Agent, x: &BigInt, y: &BigInt) -> JsResult<BigInt> {
    // 1. If y = 0ℤ, throw a RangeError exception.
    if y.is_zero() {
        return Err(agent.throw(ErrorKind::RangeError, "Division by zero"));
    }
    // 2. Let quotient be ℝ(x) / ℝ(y). 3. Return ℤ(truncate(quotient)).
    Ok(x / y)
}

/// BigInt::remainder ( n, d ) (§6.1.6.2.6)
#[doc(alias = "BigInt::remainder")]
pub fn bigint_remainder(agent: &mut Agent, n: &BigInt, d: &BigInt) -> JsResult<BigInt> {
    // 1. If d = 0ℤ, throw a RangeError exception.
    if d.is_zero() {
        return Err(agent.throw(ErrorKind::RangeError, "Division by zero"));
    }
    // 2. If n = 0ℤ, return 0ℤ. 3-5. r has the sign of n and |r| < |d|.
    Ok(n % d)
}

/// BigInt::add ( x, y ) (§6.1.6.2.7)
#[doc(alias = "BigInt::add")]
pub fn bigint_add(agent: &mut Agent, x: &BigInt, y: &BigInt) -> JsResult<BigInt> {
    check_size(agent, x.bits().max(y.bits()) + 1)?;
    // 1. Return x + y.
    Ok(x + y)
}

/// BigInt::subtract ( x, y ) (§6.1.6.2.8)
#[doc(alias = "BigInt::subtract")]
pub fn bigint_subtract(agent: &mut Agent, x: &BigInt, y: &BigInt) -> JsResult<BigInt> {
    check_size(agent, x.bits().max(y.bits()) + 1)?;
    // 1. Return x - y.
    Ok(x - y)
}

/// BigInt::leftShift ( x, y ) (§6.1.6.2.9)
#[doc(alias = "BigInt::leftShift")]
pub fn bigint_left_shift(agent: &mut Agent, x: &BigInt, y: &BigInt) -> JsResult<BigInt> {
    // 1. If y < 0ℤ, then a. Return ℤ(floor(ℝ(x) / 2^-ℝ(y))).
    if y.is_negative() {
        return Ok(match (-y).to_u64() {
            Some(s) => x >> s,
            None => floor_all_shifted_out(x),
        });
    }
    if x.is_zero() {
        return Ok(BigInt::zero());
    }
    // 2. Return x × 2^y.
    let Some(s) = y.to_u64().filter(|s| *s <= MAX_BIGINT_BITS) else {
        return Err(agent.throw(ErrorKind::RangeError, "Maximum BigInt size exceeded"));
    };
    check_size(agent, x.bits() + s)?;
    Ok(x << s)
}

/// floor(x / 2^s) for a shift past every bit of x: 0, or -1 for a negative x.
fn floor_all_shifted_out(x: &BigInt) -> BigInt {
    if x.is_negative() {
        BigInt::from(-1)
    } else {
        BigInt::zero()
    }
}

/// BigInt::signedRightShift ( x, y ) (§6.1.6.2.10)
#[doc(alias = "BigInt::signedRightShift")]
pub fn bigint_signed_right_shift(agent: &mut Agent, x: &BigInt, y: &BigInt) -> JsResult<BigInt> {
    // 1. Return BigInt::leftShift(x, -y).
    bigint_left_shift(agent, x, &-y)
}

/// BigInt::unsignedRightShift ( x, y ) (§6.1.6.2.11)
#[doc(alias = "BigInt::unsignedRightShift")]
pub fn bigint_unsigned_right_shift(agent: &mut Agent) -> JsResult<BigInt> {
    // 1. Throw a TypeError exception.
    Err(agent.type_error("BigInts have no unsigned right shift, use >> instead"))
}

/// BigInt::lessThan ( x, y ) (§6.1.6.2.12)
#[doc(alias = "BigInt::lessThan")]
pub fn bigint_less_than(x: &BigInt, y: &BigInt) -> bool {
    // 1. If ℝ(x) < ℝ(y), return true; otherwise return false.
    x < y
}

/// BigInt::equal ( x, y ) (§6.1.6.2.13)
#[doc(alias = "BigInt::equal")]
pub fn bigint_equal(x: &BigInt, y: &BigInt) -> bool {
    // 1. If ℝ(x) = ℝ(y), return true; otherwise return false.
    x == y
}

/// BigInt::bitwiseAND ( x, y ) (§6.1.6.2.18, BigIntBitwiseOp with &)
#[doc(alias = "BigInt::bitwiseAND")]
pub fn bigint_bitwise_and(x: &BigInt, y: &BigInt) -> BigInt {
    x & y
}

/// BigInt::bitwiseXOR ( x, y ) (§6.1.6.2.19, BigIntBitwiseOp with ^)
#[doc(alias = "BigInt::bitwiseXOR")]
pub fn bigint_bitwise_xor(x: &BigInt, y: &BigInt) -> BigInt {
    x ^ y
}

/// BigInt::bitwiseOR ( x, y ) (§6.1.6.2.20, BigIntBitwiseOp with |)
#[doc(alias = "BigInt::bitwiseOR")]
pub fn bigint_bitwise_or(x: &BigInt, y: &BigInt) -> BigInt {
    x | y
}

/// BigInt::toString ( x, radix ) (§6.1.6.2.21): the digits in `radix` (lower-case letters),
/// a `-` before a negative value, no `n`.
#[doc(alias = "BigInt::toString")]
pub fn bigint_to_string(x: &BigInt, radix: u32) -> String {
    x.to_str_radix(radix)
}

// ───────────────────────────── comparisons with Numbers ─────────────────────────────

/// How a BigInt compares with a Number by mathematical value; `None` when the Number is NaN
/// (IsLessThan steps 4.e–4.k, IsLooselyEqual steps 12–13).
pub fn compare_bigint_number(x: &BigInt, y: f64) -> Option<Ordering> {
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    // floor(y) is an integer that a BigInt holds exactly.
    let fl = y.floor();
    let fl_big = BigInt::from_f64(fl).unwrap_or_default();
    Some(match x.cmp(&fl_big) {
        // y > floor(y) when y has a fraction: x = floor(y) is then less than y.
        Ordering::Equal if fl != y => Ordering::Less,
        o => o,
    })
}

// ───────────────────────────── conversions ─────────────────────────────

/// ToNumeric ( value ) (§7.1.3)
#[doc(alias = "ToNumeric")]
pub fn to_numeric_value(agent: &mut Agent, v: &Value) -> JsResult<Numeric> {
    match v {
        Value::Number(n) => Ok(Numeric::Number(*n)),
        Value::BigInt(b) => Ok(Numeric::BigInt(b.clone())),
        _ => {
            // 1. Let primValue be ? ToPrimitive(value, number).
            let prim = to_primitive(agent, v, PreferredType::Number)?;
            // 2. If primValue is a BigInt, return primValue.
            if let Value::BigInt(b) = prim {
                return Ok(Numeric::BigInt(b));
            }
            // 3. Return ? ToNumber(primValue).
            Ok(Numeric::Number(crate::abstract_ops::to_number(
                agent, &prim,
            )?))
        }
    }
}

/// ToBigInt ( argument ) (§7.1.13)
#[doc(alias = "ToBigInt")]
pub fn to_bigint(agent: &mut Agent, argument: &Value) -> JsResult<Rc<BigInt>> {
    // 1. Let prim be ? ToPrimitive(argument, number).
    let prim = to_primitive(agent, argument, PreferredType::Number)?;
    // 2. Return the value that prim corresponds to in Table 12.
    match &prim {
        Value::BigInt(b) => Ok(b.clone()),
        Value::Bool(b) => Ok(Rc::new(BigInt::from(*b as u8))),
        Value::String(s) => match string_to_bigint(s) {
            Some(n) => Ok(Rc::new(n)),
            None => Err(agent.throw(
                ErrorKind::SyntaxError,
                format!("Cannot convert {} to a BigInt", s.to_rust_string()),
            )),
        },
        Value::Number(n) => Err(agent.type_error(format!(
            "Cannot convert {} to a BigInt",
            number_to_string(*n)
        ))),
        Value::Undefined => Err(agent.type_error("Cannot convert undefined to a BigInt")),
        Value::Null => Err(agent.type_error("Cannot convert null to a BigInt")),
        Value::Symbol(s) => Err(agent.type_error(format!(
            "Cannot convert {} to a BigInt",
            s.descriptive_string()
        ))),
        Value::Object(_) => unreachable!("ToPrimitive returns a primitive"),
    }
}

/// StringToBigInt ( str ) (§7.1.14): the StringIntegerLiteral grammar — white space around
/// an optionally signed decimal integer or an unsigned 0x/0o/0b literal, no separators;
/// `None` stands for the spec's undefined.
#[doc(alias = "StringToBigInt")]
pub fn string_to_bigint(s: &JsString) -> Option<BigInt> {
    // 1. Let literal be ParseText(str, StringIntegerLiteral). 2. If it fails, return undefined.
    let units = s.units();
    let start = units.iter().position(|&c| !is_js_whitespace(c));
    let Some(start) = start else {
        // StrWhiteSpace only: 0ℤ.
        return Some(BigInt::zero());
    };
    let end = units.iter().rposition(|&c| !is_js_whitespace(c))? + 1;
    let t: Vec<u8> = units[start..end]
        .iter()
        .map(|&c| u8::try_from(c).ok().filter(u8::is_ascii))
        .collect::<Option<_>>()?;
    let (radix, digits, negative) = match t.as_slice() {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest, false),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest, false),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest, false),
        [b'+', rest @ ..] => (10, rest, false),
        [b'-', rest @ ..] => (10, rest, true),
        rest => (10, rest, false),
    };
    // parse_bytes accepts `_` separators and signs; the literal grammar has neither here.
    if digits.is_empty() || !digits.iter().all(|c| (*c as char).is_digit(radix)) {
        return None;
    }
    // 3. Let mv be the MV of literal. 4. Return ℤ(mv).
    let mv = BigInt::parse_bytes(digits, radix)?;
    Some(if negative { -mv } else { mv })
}

/// NumberToBigInt ( number ) (§21.2.1.1.1)
#[doc(alias = "NumberToBigInt")]
pub fn number_to_bigint(agent: &mut Agent, number: f64) -> JsResult<BigInt> {
    // 1. If IsIntegralNumber(number) is false, throw a RangeError exception.
    if !number.is_finite() || number.trunc() != number {
        return Err(agent.throw(
            ErrorKind::RangeError,
            format!(
                "The number {} cannot be converted to a BigInt because it is not an integer",
                number_to_string(number)
            ),
        ));
    }
    // 2. Return ℤ(ℝ(number)).
    Ok(BigInt::from_f64(number).unwrap_or_default())
}

/// 𝔽(ℝ(x)): the Number nearest a BigInt (ties to even), ±∞ past the largest finite Number
/// (Number ( value ) step 2.b).
pub fn bigint_to_number(x: &BigInt) -> f64 {
    let m = x.magnitude().to_f64().unwrap_or(f64::INFINITY);
    if x.sign() == Sign::Minus {
        -m
    } else {
        m
    }
}

/// ToBigInt64 ( argument ) / ToBigUint64 ( argument ) on a BigInt (§7.1.15–7.1.16) and
/// BigInt.asIntN / asUintN: `x` modulo 2^bits, as a signed (two's complement) or unsigned
/// value.
pub fn bigint_as_n(x: &BigInt, bits: u64, signed: bool) -> Option<BigInt> {
    if bits == 0 {
        return Some(BigInt::zero());
    }
    // x fits already: its value does not change.
    let fits = if signed {
        x.bits() < bits
    } else {
        !x.is_negative() && x.bits() <= bits
    };
    if fits {
        return Some(x.clone());
    }
    // Here x has at least `bits` bits (or is negative), so 2^bits is no larger than x's
    // size, except for a negative x in asUintN, whose result has `bits` bits.
    if bits > MAX_BIGINT_BITS {
        return None;
    }
    let modulus = BigInt::one() << bits;
    // mod = x modulo 2^bits (the non-negative remainder).
    let mut m = ((x % &modulus) + &modulus) % &modulus;
    if signed && m.bit(bits - 1) {
        m -= &modulus;
    }
    Some(m)
}
