//! URI Handling Functions (ECMA-262 §19.2.6): encodeURI, encodeURIComponent, decodeURI,
//! decodeURIComponent; and Annex B's escape and unescape (§B.2.1).

use super::define_method;
use crate::abstract_ops::{arg, to_string};
use crate::heap::ObjectId;
use crate::value::{JsString, Value};
use crate::{Agent, JsResult};

pub fn init(agent: &mut Agent) {
    let global = agent.global_object;
    define_method(agent, global, "decodeURI", decode_uri, 1);
    define_method(agent, global, "decodeURIComponent", decode_uri_component, 1);
    define_method(agent, global, "encodeURI", encode_uri, 1);
    define_method(agent, global, "encodeURIComponent", encode_uri_component, 1);
    define_method(agent, global, "escape", escape, 1);
    define_method(agent, global, "unescape", unescape, 1);
}

/// uriReserved ::: one of `; / ? : @ & = + $ ,` (§19.2.6.1), with `#`.
const RESERVED_AND_HASH: &str = ";/?:@&=+$,#";

/// uriUnreserved: ASCII letters, decimal digits and uriMark `- _ . ! ~ * ' ( )`.
fn is_unreserved(c: u16) -> bool {
    matches!(c, 0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A)
        || "-_.!~*'()".encode_utf16().any(|m| m == c)
}

fn uri_error(agent: &mut Agent) -> crate::Abrupt {
    agent.throw(crate::builtins::ErrorKind::URIError, "URI malformed")
}

/// decodeURI ( encodedURI ) (§19.2.6.1)
fn decode_uri(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let uriString be ? ToString(encodedURI).
    let s = to_string(agent, &arg(args, 0))?;
    // 2. Let preserveEscapeSet be ";/?:@&=+$,#". 3. Return ? Decode(uriString, preserveEscapeSet).
    decode(agent, &s, RESERVED_AND_HASH)
}

/// decodeURIComponent ( encodedURIComponent ) (§19.2.6.2)
fn decode_uri_component(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = to_string(agent, &arg(args, 0))?;
    // 2. Let preserveEscapeSet be the empty String.
    decode(agent, &s, "")
}

/// encodeURI ( uri ) (§19.2.6.3)
fn encode_uri(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = to_string(agent, &arg(args, 0))?;
    // 2. Let extraUnescaped be ";/?:@&=+$,#".
    encode(agent, &s, RESERVED_AND_HASH)
}

/// encodeURIComponent ( uriComponent ) (§19.2.6.4)
fn encode_uri_component(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = to_string(agent, &arg(args, 0))?;
    // 2. Let extraUnescaped be the empty String.
    encode(agent, &s, "")
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

fn push_escape(r: &mut Vec<u16>, byte: u8) {
    r.push(b'%' as u16);
    r.push(HEX[(byte >> 4) as usize] as u16);
    r.push(HEX[(byte & 15) as usize] as u16);
}

/// Encode ( string, extraUnescaped ) (§19.2.6.5)
#[doc(alias = "Encode")]
fn encode(agent: &mut Agent, s: &JsString, extra_unescaped: &str) -> JsResult<Value> {
    let units = s.units();
    // 1-2. Let len be the length of string; R the empty String.
    let mut r: Vec<u16> = Vec::with_capacity(units.len());
    // 4. Let k be 0. 5. Repeat, while k < len:
    let mut k = 0;
    while k < units.len() {
        // a. Let C be the code unit at index k within string.
        let c = units[k];
        // b. If unescapedSet contains C, then append C.
        if is_unreserved(c) || extra_unescaped.encode_utf16().any(|x| x == c) {
            r.push(c);
            k += 1;
            continue;
        }
        // c.i. Let cp be CodePointAt(string, k). ii. If cp.[[IsUnpairedSurrogate]], throw.
        let cp = match c {
            0xD800..=0xDBFF => match units.get(k + 1) {
                Some(&lo) if (0xDC00..=0xDFFF).contains(&lo) => {
                    k += 1;
                    0x10000 + ((c as u32 - 0xD800) << 10) + (lo as u32 - 0xDC00)
                }
                _ => return Err(uri_error(agent)),
            },
            0xDC00..=0xDFFF => return Err(uri_error(agent)),
            _ => c as u32,
        };
        // iii-v. Escape each octet of the UTF-8 encoding of cp.
        let ch = char::from_u32(cp).expect("a scalar value");
        let mut buf = [0u8; 4];
        for b in ch.encode_utf8(&mut buf).bytes() {
            push_escape(&mut r, b);
        }
        k += 1;
    }
    // 6. Return R.
    Ok(Value::String(JsString::from(r)))
}

fn hex_value(c: u16) -> Option<u8> {
    char::from_u32(c as u32)?.to_digit(16).map(|d| d as u8)
}

/// The byte of the escape `%XY` at `k`, if there is one.
fn escape_byte(units: &[u16], k: usize) -> Option<u8> {
    if units.get(k) != Some(&(b'%' as u16)) {
        return None;
    }
    let hi = hex_value(*units.get(k + 1)?)?;
    let lo = hex_value(*units.get(k + 2)?)?;
    Some(hi << 4 | lo)
}

/// Decode ( string, preserveEscapeSet ) (§19.2.6.6)
#[doc(alias = "Decode")]
fn decode(agent: &mut Agent, s: &JsString, preserve_escape_set: &str) -> JsResult<Value> {
    let units = s.units();
    let mut r: Vec<u16> = Vec::with_capacity(units.len());
    let mut k = 0;
    // 4. Repeat, while k < len:
    while k < units.len() {
        let c = units[k];
        // b. If C is not "%", the code unit is kept.
        if c != b'%' as u16 {
            r.push(c);
            k += 1;
            continue;
        }
        // c.i-iii. The escape at k must be `%` and two hex digits.
        let Some(b) = escape_byte(units, k) else {
            return Err(uri_error(agent));
        };
        // iv. Let n be the number of leading 1 bits in B.
        let n = b.leading_ones() as usize;
        if n == 0 {
            // v. A single-octet character: kept escaped when in preserveEscapeSet.
            if preserve_escape_set.encode_utf16().any(|x| x == b as u16) {
                r.extend_from_slice(&units[k..k + 3]);
            } else {
                r.push(b as u16);
            }
            k += 3;
            continue;
        }
        // vi.1-2. If n = 1 or n > 4, throw a URIError.
        if n == 1 || n > 4 {
            return Err(uri_error(agent));
        }
        // 3-7. The continuation octets, each an escape `%XY` of the form 10xxxxxx.
        let mut octets = vec![b];
        for j in 1..n {
            match escape_byte(units, k + 3 * j) {
                Some(o) if o & 0xC0 == 0x80 => octets.push(o),
                _ => return Err(uri_error(agent)),
            }
        }
        // 8-9. The octets must be a valid UTF-8 encoding of one code point.
        let Some(ch) = std::str::from_utf8(&octets)
            .ok()
            .and_then(|t| t.chars().next())
        else {
            return Err(uri_error(agent));
        };
        let mut buf = [0u16; 2];
        r.extend_from_slice(ch.encode_utf16(&mut buf));
        k += 3 * n;
    }
    Ok(Value::String(JsString::from(r)))
}

/// escape ( string ) (§B.2.1.1)
fn escape(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Set string to ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    // 3. Let unescapedSet be ASCII word characters and "@*+-./".
    let unescaped = |c: u16| {
        matches!(c, 0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A)
            || "@*_+-./".encode_utf16().any(|x| x == c)
    };
    let mut r: Vec<u16> = Vec::with_capacity(s.len());
    // 5. For each code unit C: kept, `%XY` below 256, else `%uWXYZ`.
    for &c in s.units() {
        if unescaped(c) {
            r.push(c);
        } else if c < 256 {
            push_escape(&mut r, c as u8);
        } else {
            r.push(b'%' as u16);
            r.push(b'u' as u16);
            for shift in [12, 8, 4, 0] {
                r.push(HEX[((c >> shift) & 15) as usize] as u16);
            }
        }
    }
    Ok(Value::String(JsString::from(r)))
}

/// unescape ( string ) (§B.2.1.2)
fn unescape(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let s = to_string(agent, &arg(args, 0))?;
    let units = s.units();
    let mut r: Vec<u16> = Vec::with_capacity(units.len());
    let mut k = 0;
    while k < units.len() {
        let c = units[k];
        if c == b'%' as u16 {
            // `%uWXYZ`
            if units.get(k + 1) == Some(&(b'u' as u16)) && k + 6 <= units.len() {
                let digits: Option<Vec<u8>> =
                    units[k + 2..k + 6].iter().map(|&d| hex_value(d)).collect();
                if let Some(d) = digits {
                    r.push(d.iter().fold(0u16, |acc, &x| acc << 4 | x as u16));
                    k += 6;
                    continue;
                }
            }
            // `%XY`
            if let Some(b) = escape_byte(units, k) {
                r.push(b as u16);
                k += 3;
                continue;
            }
        }
        r.push(c);
        k += 1;
    }
    Ok(Value::String(JsString::from(r)))
}
