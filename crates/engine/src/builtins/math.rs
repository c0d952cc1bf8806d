//! The Math object (ECMA-262 §21.3).
//!
//! Math.random is deterministic: a xorshift64* generator with a fixed seed, so every run of
//! a program prints the same numbers (the spec leaves the algorithm to the implementation).

use super::{define_method, define_value, new_prototype};
use crate::abstract_ops::{arg, to_number, to_uint32_f64};
use crate::heap::ObjectId;
use crate::object::NativeFn;
use crate::value::{PropertyKey, Value};
use crate::{Agent, JsResult};
use std::cell::Cell;

thread_local! {
    /// The xorshift state of Math.random (fixed seed; every run is the same).
    static RANDOM_STATE: Cell<u64> = const { Cell::new(0x2545_F491_4F6C_DD1D) };
}

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let math = new_prototype(agent, op);
    agent.intrinsics.math = math;
    let constants = [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ];
    for (name, v) in constants {
        define_value(agent, math, name, Value::Number(v), false, false, false);
    }
    let unary: [(&str, NativeFn); 29] = [
        ("abs", math_abs),
        ("acos", math_acos),
        ("acosh", math_acosh),
        ("asin", math_asin),
        ("asinh", math_asinh),
        ("atan", math_atan),
        ("atanh", math_atanh),
        ("cbrt", math_cbrt),
        ("ceil", math_ceil),
        ("clz32", math_clz32),
        ("cos", math_cos),
        ("cosh", math_cosh),
        ("exp", math_exp),
        ("expm1", math_expm1),
        ("floor", math_floor),
        ("fround", math_fround),
        ("log", math_log),
        ("log1p", math_log1p),
        ("log10", math_log10),
        ("log2", math_log2),
        ("round", math_round),
        ("sign", math_sign),
        ("sin", math_sin),
        ("sinh", math_sinh),
        ("sqrt", math_sqrt),
        ("tan", math_tan),
        ("tanh", math_tanh),
        ("trunc", math_trunc),
        ("random", math_random),
    ];
    for (name, f) in unary {
        let len = if name == "random" { 0 } else { 1 };
        define_method(agent, math, name, f, len);
    }
    define_method(agent, math, "atan2", math_atan2, 2);
    define_method(agent, math, "hypot", math_hypot, 2);
    define_method(agent, math, "imul", math_imul, 2);
    define_method(agent, math, "max", math_max, 2);
    define_method(agent, math, "min", math_min, 2);
    define_method(agent, math, "pow", math_pow, 2);
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    define_value(agent, math, tag, Value::str("Math"), false, false, true);
    let global = agent.global_object;
    super::define_hidden(agent, global, "Math", Value::Object(math));
}

fn num0(agent: &mut Agent, args: &[Value]) -> JsResult<f64> {
    to_number(agent, &arg(args, 0))
}

macro_rules! unary_math {
    ($(#[$doc:meta] $name:ident => $f:expr;)*) => {
        $(
            #[$doc]
            fn $name(agent: &mut Agent, _this: Value, args: &[Value], _nt: Option<ObjectId>) -> JsResult<Value> {
                // 1. Let n be ? ToNumber(x).
                let n = num0(agent, args)?;
                let f: fn(f64) -> f64 = $f;
                Ok(Value::Number(f(n)))
            }
        )*
    };
}

unary_math! {
    /// Math.abs ( x ) (§21.3.2.1)
    math_abs => f64::abs;
    /// Math.acos ( x ) (§21.3.2.2)
    math_acos => f64::acos;
    /// Math.acosh ( x ) (§21.3.2.3)
    math_acosh => f64::acosh;
    /// Math.asin ( x ) (§21.3.2.4)
    math_asin => f64::asin;
    /// Math.asinh ( x ) (§21.3.2.5)
    math_asinh => |n| if n == 0.0 { n } else { n.asinh() };
    /// Math.atan ( x ) (§21.3.2.6)
    math_atan => f64::atan;
    /// Math.atanh ( x ) (§21.3.2.7)
    math_atanh => |n| if n == 0.0 { n } else { n.atanh() };
    /// Math.cbrt ( x ) (§21.3.2.9)
    math_cbrt => f64::cbrt;
    /// Math.ceil ( x ) (§21.3.2.10)
    math_ceil => f64::ceil;
    /// Math.cos ( x ) (§21.3.2.12)
    math_cos => f64::cos;
    /// Math.cosh ( x ) (§21.3.2.13)
    math_cosh => f64::cosh;
    /// Math.exp ( x ) (§21.3.2.14)
    math_exp => f64::exp;
    /// Math.expm1 ( x ) (§21.3.2.15)
    math_expm1 => |n| if n == 0.0 { n } else { n.exp_m1() };
    /// Math.floor ( x ) (§21.3.2.16)
    math_floor => f64::floor;
    /// Math.fround ( x ) (§21.3.2.17)
    math_fround => |n| f64::from(n as f32);
    /// Math.log ( x ) (§21.3.2.20)
    math_log => f64::ln;
    /// Math.log1p ( x ) (§21.3.2.21)
    math_log1p => |n| if n == 0.0 { n } else { n.ln_1p() };
    /// Math.log10 ( x ) (§21.3.2.22)
    math_log10 => f64::log10;
    /// Math.log2 ( x ) (§21.3.2.23)
    math_log2 => f64::log2;
    /// Math.round ( x ) (§21.3.2.28)
    math_round => js_round;
    /// Math.sign ( x ) (§21.3.2.29)
    math_sign => |n| if n.is_nan() || n == 0.0 { n } else { n.signum() };
    /// Math.sin ( x ) (§21.3.2.30)
    math_sin => f64::sin;
    /// Math.sinh ( x ) (§21.3.2.31)
    math_sinh => |n| if n == 0.0 { n } else { n.sinh() };
    /// Math.sqrt ( x ) (§21.3.2.32)
    math_sqrt => f64::sqrt;
    /// Math.tan ( x ) (§21.3.2.33)
    math_tan => f64::tan;
    /// Math.tanh ( x ) (§21.3.2.34)
    math_tanh => |n| if n == 0.0 { n } else { n.tanh() };
    /// Math.trunc ( x ) (§21.3.2.35)
    math_trunc => f64::trunc;
}

/// Math.round's rounding: ties toward +∞, -0 preserved, (-0.5, -0] → -0.
fn js_round(n: f64) -> f64 {
    // 2. If n is not finite or n is an integral Number, return n.
    if !n.is_finite() || n.trunc() == n {
        return n;
    }
    // 3. If n < 0.5𝔽 and n > +0𝔽, return +0𝔽. 4. If n < -0𝔽 and n ≥ -0.5𝔽, return -0𝔽.
    if n < 0.5 && n > 0.0 {
        return 0.0;
    }
    if (-0.5..0.0).contains(&n) {
        return -0.0;
    }
    // 5. Return the integral Number closest to n, preferring the one closer to +∞.
    let f = n.floor();
    if n - f >= 0.5 {
        f + 1.0
    } else {
        f
    }
}

/// Math.clz32 ( x ) (§21.3.2.11)
fn math_clz32(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let n be ? ToUint32(x). 2. Return the number of leading zero bits.
    let n = to_uint32_f64(num0(agent, args)?);
    Ok(Value::Number(f64::from(n.leading_zeros())))
}

/// Math.random ( ) (§21.3.2.27): xorshift64* with a fixed seed.
fn math_random(
    _agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let r = RANDOM_STATE.with(|s| {
        let mut x = s.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        s.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    });
    // 53 random bits in [0, 1).
    Ok(Value::Number((r >> 11) as f64 / (1u64 << 53) as f64))
}

/// Math.atan2 ( y, x ) (§21.3.2.8)
fn math_atan2(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let ny be ? ToNumber(y). 2. Let nx be ? ToNumber(x).
    let y = to_number(agent, &arg(args, 0))?;
    let x = to_number(agent, &arg(args, 1))?;
    Ok(Value::Number(y.atan2(x)))
}

/// Math.imul ( x, y ) (§21.3.2.19)
fn math_imul(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let a be ℝ(? ToUint32(x)). 2. Let b be ℝ(? ToUint32(y)).
    let a = to_uint32_f64(to_number(agent, &arg(args, 0))?);
    let b = to_uint32_f64(to_number(agent, &arg(args, 1))?);
    // 3-4. Let product be (a × b) modulo 2^32, as a signed 32-bit integer.
    Ok(Value::Number(f64::from(a.wrapping_mul(b) as i32)))
}

/// Math.pow ( base, exponent ) (§21.3.2.26)
fn math_pow(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. ToNumber both. 3. Return Number::exponentiate(base, exponent).
    let b = to_number(agent, &arg(args, 0))?;
    let e = to_number(agent, &arg(args, 1))?;
    Ok(Value::Number(
        crate::runtime_semantics::operators::number_exponentiate(b, e),
    ))
}

fn all_numbers(agent: &mut Agent, args: &[Value]) -> JsResult<Vec<f64>> {
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        out.push(to_number(agent, a)?);
    }
    Ok(out)
}

/// Math.hypot ( ...args ) (§21.3.2.18)
fn math_hypot(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let coerced be the ToNumber of every argument.
    let ns = all_numbers(agent, args)?;
    // 3-4. Any infinity gives +∞; then any NaN gives NaN.
    if ns.iter().any(|n| n.is_infinite()) {
        return Ok(Value::Number(f64::INFINITY));
    }
    if ns.iter().any(|n| n.is_nan()) {
        return Ok(Value::Number(f64::NAN));
    }
    // 5-7. The square root of the sum of squares (scaled to avoid overflow).
    let max = ns.iter().fold(0.0f64, |m, n| m.max(n.abs()));
    if max == 0.0 {
        return Ok(Value::Number(0.0));
    }
    let sum: f64 = ns.iter().map(|n| (n / max) * (n / max)).sum();
    Ok(Value::Number(sum.sqrt() * max))
}

/// Math.max ( ...args ) (§21.3.2.24)
fn math_max(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let ns = all_numbers(agent, args)?;
    let mut highest = f64::NEG_INFINITY;
    for n in ns {
        if n.is_nan() {
            return Ok(Value::Number(f64::NAN));
        }
        if n > highest || (n == 0.0 && highest == 0.0 && highest.is_sign_negative()) {
            highest = n;
        }
    }
    Ok(Value::Number(highest))
}

/// Math.min ( ...args ) (§21.3.2.25)
fn math_min(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let ns = all_numbers(agent, args)?;
    let mut lowest = f64::INFINITY;
    for n in ns {
        if n.is_nan() {
            return Ok(Value::Number(f64::NAN));
        }
        if n < lowest || (n == 0.0 && lowest == 0.0 && n.is_sign_negative()) {
            lowest = n;
        }
    }
    Ok(Value::Number(lowest))
}
