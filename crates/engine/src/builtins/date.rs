//! Date objects (ECMA-262 §21.4), reduced: `Date.now()`, `new Date()` and `new Date(ms)`,
//! getTime/valueOf, toISOString and toJSON. The current time is the host's
//! (`Host::time_value_now`: mini-js's hosts read their virtual clock). Local time zones and
//! date parsing are outside the subset and say so.

use crate::builtins::{define_method, new_prototype, InternalSlots};
use crate::heap::ObjectId;
use crate::object::{Object, ObjectKind};
use crate::value::Value;
use crate::{Agent, JsResult};

/// Creates %Date% and %Date.prototype% and the global `Date`.
pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let date_proto = new_prototype(agent, op);
    let date = crate::builtins::create_constructor(agent, "Date", 7, date_constructor, date_proto);
    define_method(agent, date, "now", date_now, 0);
    define_method(agent, date_proto, "getTime", date_prototype_get_time, 0);
    define_method(agent, date_proto, "valueOf", date_prototype_get_time, 0);
    define_method(
        agent,
        date_proto,
        "toISOString",
        date_prototype_to_iso_string,
        0,
    );
    define_method(agent, date_proto, "toJSON", date_prototype_to_json, 1);
    define_method(agent, date_proto, "toString", date_prototype_to_string, 0);
}

/// Date.now ( ) (§21.4.3.1): the host's current time value.
fn date_now(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Number(
        crate::execution::host_hooks::host_time_value_now(agent),
    ))
}

/// Date ( ...values ) (§21.4.2.1), reduced: `new Date()` reads the virtual clock and
/// `new Date(ms)` takes a time value. Everything that needs time zones or date parsing is
/// outside the subset and says so.
fn date_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    let Some(nt) = nt else {
        return Err(agent.syntax_error(
            "Date() called as a function (local time strings) is not supported by mini-js",
        ));
    };
    let time = match args {
        [] => crate::execution::host_hooks::host_time_value_now(agent),
        [Value::Number(n)] => time_clip(*n),
        [Value::Object(o)] if date_value(agent, &Value::Object(*o)).is_some() => {
            date_value(agent, &Value::Object(*o)).unwrap_or(f64::NAN)
        }
        // 4.b.ii. Let v be ? ToPrimitive(value); iii-iv. a String is parsed, else
        // tv = ? ToNumber(v) (a BigInt or a Symbol throws its TypeError).
        [v] if !matches!(v, Value::String(_)) => {
            let prim = crate::abstract_ops::to_primitive(
                agent,
                v,
                crate::abstract_ops::PreferredType::Default,
            )?;
            if matches!(prim, Value::String(_)) {
                return Err(agent.syntax_error(
                    "new Date with a string or date components is not supported by mini-js",
                ));
            }
            time_clip(crate::abstract_ops::to_number(agent, &prim)?)
        }
        _ => {
            return Err(agent.syntax_error(
                "new Date with a string or date components is not supported by mini-js",
            ))
        }
    };
    let proto = agent.intrinsics.object_prototype;
    let default = match crate::abstract_ops::get_str(agent, nt, "prototype")? {
        Value::Object(p) => p,
        _ => proto,
    };
    let o = agent.heap.alloc(Object::new(
        Some(default),
        ObjectKind::Internal(Box::new(InternalSlots::Date { time })),
    ));
    Ok(Value::Object(o))
}

/// TimeClip ( time ) (§21.4.1.31)
fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > 8.64e15 {
        return f64::NAN;
    }
    t.trunc() + 0.0
}

/// The [[DateValue]] of a Date object.
pub fn date_value(agent: &Agent, v: &Value) -> Option<f64> {
    match v {
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::Internal(slots) => match &**slots {
                InternalSlots::Date { time } => Some(*time),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn this_date(agent: &mut Agent, this: &Value) -> JsResult<f64> {
    match date_value(agent, this) {
        Some(t) => Ok(t),
        None => Err(agent.type_error("this is not a Date object.")),
    }
}

/// Date.prototype.getTime ( ) / valueOf ( ) (§21.4.4.10, §21.4.4.44)
fn date_prototype_get_time(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Ok(Value::Number(this_date(agent, &this)?))
}

/// Date.prototype.toISOString ( ) (§21.4.4.36)
fn date_prototype_to_iso_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let t = this_date(agent, &this)?;
    match iso_string(t) {
        Some(s) => Ok(Value::str(&s)),
        None => Err(agent.range_error("Invalid time value")),
    }
}

/// Date.prototype.toJSON ( key ) (§21.4.4.37), for Date objects: null for an invalid date.
fn date_prototype_to_json(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    match date_value(agent, &this) {
        Some(t) if t.is_nan() => Ok(Value::Null),
        _ => date_prototype_to_iso_string(agent, this, args, nt),
    }
}

/// Date.prototype.toString needs the local time zone: outside the subset.
fn date_prototype_to_string(
    agent: &mut Agent,
    _this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    Err(agent.syntax_error(
        "Date.prototype.toString (local time) is not supported by mini-js; use toISOString",
    ))
}

/// A time value as `YYYY-MM-DDTHH:mm:ss.sssZ` (Date Time String Format, §21.4.1.32), or None
/// for NaN.
pub fn iso_string(t: f64) -> Option<String> {
    if t.is_nan() {
        return None;
    }
    let ms_per_day = 86_400_000.0;
    let day = (t / ms_per_day).floor();
    let in_day = t - day * ms_per_day;
    // Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil inverse).
    let z = day as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let ms = in_day as i64;
    let (h, min, s, milli) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    let year = if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else if y < 0 {
        format!("-{:06}", -y)
    } else {
        format!("+{y:06}")
    };
    Some(format!(
        "{year}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{milli:03}Z"
    ))
}

#[cfg(test)]
mod tests {
    use super::iso_string;

    #[test]
    fn iso_strings() {
        assert_eq!(iso_string(0.0).as_deref(), Some("1970-01-01T00:00:00.000Z"));
        assert_eq!(
            iso_string(1_700_000_000_000.0).as_deref(),
            Some("2023-11-14T22:13:20.000Z")
        );
        assert_eq!(
            iso_string(-1.0).as_deref(),
            Some("1969-12-31T23:59:59.999Z")
        );
        assert_eq!(
            iso_string(951_782_400_000.0).as_deref(),
            Some("2000-02-29T00:00:00.000Z")
        );
        assert_eq!(iso_string(f64::NAN), None);
    }
}
