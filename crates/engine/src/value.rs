//! ECMAScript language values (ECMA-262 §6.1): Undefined, Null, Boolean, String, Symbol,
//! Number, BigInt and Object. Objects live in the heap and are referred to by [`ObjectId`].

use crate::heap::ObjectId;
use std::cell::{OnceCell, RefCell};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// An ECMAScript language value. Cheap to clone: strings and symbols are reference counted,
/// objects are heap ids.
#[derive(Clone, Debug, Default)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    /// A BigInt: an immutable arbitrary-precision integer, shared (one pointer wide, so
    /// `Value` does not grow).
    BigInt(Rc<num_bigint::BigInt>),
    String(JsString),
    Symbol(Symbol),
    Object(ObjectId),
}

impl Value {
    pub fn is_undefined(&self) -> bool {
        matches!(self, Value::Undefined)
    }
    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
    pub fn as_object(&self) -> Option<ObjectId> {
        match self {
            Value::Object(o) => Some(*o),
            _ => None,
        }
    }
    pub fn str(s: &str) -> Value {
        Value::String(JsString::from(s))
    }
    /// The result of the `typeof` operator for non-objects; objects are decided by the caller.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undefined => "undefined",
            Value::Null => "object",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::BigInt(_) => "bigint",
            Value::String(_) => "string",
            Value::Symbol(_) => "symbol",
            Value::Object(_) => "object",
        }
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Value {
        Value::Number(n)
    }
}
impl From<num_bigint::BigInt> for Value {
    fn from(n: num_bigint::BigInt) -> Value {
        Value::BigInt(Rc::new(n))
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<JsString> for Value {
    fn from(s: JsString) -> Value {
        Value::String(s)
    }
}
impl From<ObjectId> for Value {
    fn from(o: ObjectId) -> Value {
        Value::Object(o)
    }
}

// ───────────────────────────── strings ─────────────────────────────

/// The longest String value, in UTF-16 code units: V8's limit (2**29 - 24), past which
/// building a string throws `RangeError: Invalid string length`. NOTE(mini-js): the spec
/// allows 2**53 - 1; V8's cap keeps one string from exhausting the host.
pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

/// The message of the RangeError for a string longer than [`MAX_STRING_LENGTH`].
pub const INVALID_STRING_LENGTH: &str = "Invalid string length";

/// Whether a string of `len` code units may be built.
#[inline]
pub fn string_length_ok(len: usize) -> bool {
    len <= MAX_STRING_LENGTH
}

/// An ECMAScript String value: an immutable sequence of UTF-16 code units.
///
/// One pointer wide, so that a [`Value`] is two words: short strings (most property names,
/// numbers turned into text, single characters) keep their code units in the string's own
/// allocation; longer ones point at shared units (a literal's shares the source's).
///
/// NOTE(mini-js): a long concatenation is kept as a rope node until something looks at its
/// code units, so `s += x` in a loop costs O(|x|) a step instead of copying `s` each time
/// (quadratic). The first look flattens the node once, in place; unobservable to programs.
#[derive(Clone)]
pub struct JsString(Rc<Repr>);

/// The most code units a string keeps inline (the room `Repr`'s largest other variant
/// takes anyway).
const INLINE_UNITS: usize = 11;

enum Repr {
    /// Up to [`INLINE_UNITS`] code units, in place.
    Inline { len: u8, units: [u16; INLINE_UNITS] },
    /// The code units, possibly shared (a string literal's with the program text).
    Flat(Rc<[u16]>),
    /// A concatenation not yet flattened.
    Rope(Box<Rope>),
}

/// The bytes a string of `len` code units takes (its node, and its units when they are not
/// in it), for the heap's accounting.
pub fn string_bytes_for(len: usize) -> usize {
    let node = 16 + size_of::<Repr>();
    if len <= INLINE_UNITS {
        node
    } else {
        node + 16 + 2 * len
    }
}

/// `left + right`, flattened on first use (then the parts are let go).
struct Rope {
    len: usize,
    parts: RefCell<Option<(JsString, JsString)>>,
    flat: OnceCell<Rc<[u16]>>,
}

/// Concatenations shorter than this are copied at once: a rope node and its later flattening
/// cost more than copying a short string.
const ROPE_MIN_UNITS: usize = 256;

impl Rope {
    /// The code units of `left + right`, gathered without recursion (a rope built by
    /// `s += c` a million times is a million nodes deep).
    fn flatten(&self) -> Rc<[u16]> {
        // The leaves, in order (flat strings and ropes flattened before).
        let mut leaves: Vec<JsString> = Vec::new();
        let mut stack: Vec<JsString> = Vec::new();
        if let Some((l, r)) = self.parts.borrow().as_ref() {
            stack.push(r.clone());
            stack.push(l.clone());
        }
        while let Some(s) = stack.pop() {
            match &*s.0 {
                Repr::Rope(r) if r.flat.get().is_none() => {
                    if let Some((l, r)) = r.parts.borrow().as_ref() {
                        stack.push(r.clone());
                        stack.push(l.clone());
                    }
                }
                _ => leaves.push(s),
            }
        }
        crate::heap::note_allocation(16 + 2 * self.len);
        // Made in one allocation of the exact length (a Vec turned into an Rc would be
        // copied once more: a 1 GiB string held three times over), then filled in place.
        let mut flat: Rc<[u16]> = std::iter::repeat_n(0, self.len).collect();
        if let Some(out) = Rc::get_mut(&mut flat) {
            let mut at = 0;
            for leaf in &leaves {
                let units = leaf.units();
                out[at..at + units.len()].copy_from_slice(units);
                at += units.len();
            }
        }
        drop(leaves);
        release_parts(self.parts.borrow_mut().take());
        flat
    }
}

impl Drop for Rope {
    fn drop(&mut self) {
        release_parts(self.parts.get_mut().take());
    }
}

/// Drops a rope's parts without recursion: nodes this was the last owner of are taken apart
/// one by one (a deep rope dropped recursively would overflow the Rust stack).
fn release_parts(parts: Option<(JsString, JsString)>) {
    let mut stack: Vec<JsString> = match parts {
        Some((l, r)) => vec![l, r],
        None => return,
    };
    while let Some(s) = stack.pop() {
        if let Ok(Repr::Rope(mut rope)) = Rc::try_unwrap(s.0) {
            if let Some((l, r)) = rope.parts.get_mut().take() {
                stack.push(l);
                stack.push(r);
            }
        }
    }
}

impl JsString {
    /// Wraps new code units, counting them in the heap's byte accounting (short ones are
    /// copied into the string's own node).
    fn counted(units: Rc<[u16]>) -> JsString {
        crate::heap::note_allocation(string_bytes_for(units.len()));
        if units.len() <= INLINE_UNITS {
            return JsString::inline(&units);
        }
        JsString(Rc::new(Repr::Flat(units)))
    }
    /// A short string, its units in its node (not counted: the callers count).
    fn inline(units: &[u16]) -> JsString {
        debug_assert!(units.len() <= INLINE_UNITS);
        let mut buf = [0u16; INLINE_UNITS];
        buf[..units.len()].copy_from_slice(units);
        JsString(Rc::new(Repr::Inline {
            len: units.len() as u8,
            units: buf,
        }))
    }
    /// A string holding a copy of `units`, counted; a one-unit Latin-1 string is shared
    /// (a string's characters taken one by one — spread, for-of, `s[i]`, split('') — cost
    /// nothing each, as in V8's single-character table).
    pub fn from_slice(units: &[u16]) -> JsString {
        if let [u] = units {
            if *u < 256 {
                return LATIN1_STRINGS.with(|table| {
                    table.borrow_mut()[*u as usize]
                        .get_or_insert_with(|| JsString::inline(units))
                        .clone()
                });
            }
        }
        if units.len() <= INLINE_UNITS {
            crate::heap::note_allocation(string_bytes_for(units.len()));
            return JsString::inline(units);
        }
        JsString::counted(units.into())
    }
    pub fn from_units(units: impl Into<Rc<[u16]>>) -> JsString {
        JsString::counted(units.into())
    }
    /// A string of `len` code units, the `i`th being `unit(i)`, built in one allocation
    /// (no intermediate Vec: the big strings of repeat and padStart are not copied).
    pub fn from_fn(len: usize, unit: impl Fn(usize) -> u16) -> JsString {
        if len <= INLINE_UNITS {
            let mut buf = [0u16; INLINE_UNITS];
            for (i, u) in buf[..len].iter_mut().enumerate() {
                *u = unit(i);
            }
            return JsString::from_slice(&buf[..len]);
        }
        JsString::counted((0..len).map(unit).collect())
    }
    /// The code units (a rope is flattened here, once).
    pub fn units(&self) -> &[u16] {
        match &*self.0 {
            Repr::Inline { len, units } => &units[..*len as usize],
            Repr::Flat(u) => u,
            Repr::Rope(r) => r.flat.get_or_init(|| r.flatten()),
        }
    }
    /// An address that identifies this string's storage while it lives (for counting shared
    /// strings once).
    pub fn storage_address(&self) -> usize {
        match &*self.0 {
            Repr::Flat(u) => Rc::as_ptr(u) as *const u16 as usize,
            _ => Rc::as_ptr(&self.0) as usize,
        }
    }
    /// The bytes that flattening this string will allocate: 0 unless it is a rope not
    /// flattened yet.
    pub fn flatten_bytes(&self) -> usize {
        match &*self.0 {
            Repr::Rope(r) if r.flat.get().is_none() => 16 + 2 * r.len,
            _ => 0,
        }
    }
    /// How many string values share this one's storage (for the collector's byte count).
    pub fn share_count(&self) -> usize {
        Rc::strong_count(&self.0)
    }
    pub fn len(&self) -> usize {
        match &*self.0 {
            Repr::Inline { len, .. } => *len as usize,
            Repr::Flat(u) => u.len(),
            Repr::Rope(r) => r.len,
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// String concatenation, or `None` when the result would be longer than
    /// [`MAX_STRING_LENGTH`] (checked before allocating).
    pub fn try_concat(&self, other: &JsString) -> Option<JsString> {
        string_length_ok(self.len() + other.len()).then(|| self.concat(other))
    }
    /// String concatenation of strings known to be short (the `+` operator uses
    /// [`JsString::try_concat`]).
    pub fn concat(&self, other: &JsString) -> JsString {
        if other.is_empty() {
            return self.clone();
        }
        if self.is_empty() {
            return other.clone();
        }
        let len = self.len() + other.len();
        if len >= ROPE_MIN_UNITS {
            crate::heap::note_allocation(size_of::<Rope>() + 16 + string_bytes_for(0));
            return JsString(Rc::new(Repr::Rope(Box::new(Rope {
                len,
                parts: RefCell::new(Some((self.clone(), other.clone()))),
                flat: OnceCell::new(),
            }))));
        }
        let (a, b) = (self.units(), other.units());
        if len <= INLINE_UNITS {
            let mut buf = [0u16; INLINE_UNITS];
            buf[..a.len()].copy_from_slice(a);
            buf[a.len()..len].copy_from_slice(b);
            return JsString::from_slice(&buf[..len]);
        }
        // One allocation of the exact size (a Vec turned into an Rc would be copied once more).
        let units: Rc<[u16]> = a.iter().chain(b).copied().collect();
        JsString::counted(units)
    }
    /// The string as Rust text; lone surrogates become U+FFFD.
    pub fn to_rust_string(&self) -> String {
        char::decode_utf16(self.units().iter().copied())
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect()
    }
    pub fn slice(&self, from: usize, to: usize) -> JsString {
        JsString::from_slice(&self.units()[from..to])
    }
    pub fn eq_str(&self, s: &str) -> bool {
        let units = self.units();
        // A string of n bytes has at most n UTF-16 code units.
        if units.len() > s.len() {
            return false;
        }
        if units.len() == s.len() && s.is_ascii() {
            // One code unit per byte: compare them without decoding.
            return units.iter().zip(s.bytes()).all(|(&u, b)| u == b as u16);
        }
        units.iter().copied().eq(s.encode_utf16())
    }
    /// If this string is a canonical array index ("0", "1", … "4294967294"), that index.
    pub fn as_array_index(&self) -> Option<u32> {
        match &*self.0 {
            // Most keys are names: the first unit tells them from indices without a look
            // at the rest.
            Repr::Inline { len, units }
                if *len == 0 || !(b'0' as u16..=b'9' as u16).contains(&units[0]) =>
            {
                None
            }
            _ if self.len() > 10 => None,
            _ => array_index_of_units(self.units()),
        }
    }
}

impl PartialEq for JsString {
    fn eq(&self, other: &JsString) -> bool {
        match (&*self.0, &*other.0) {
            // Short strings (most property names) compare in place: the unused units of an
            // inline string are always zero.
            (Repr::Inline { len: a, units: x }, Repr::Inline { len: b, units: y }) => {
                a == b && x == y
            }
            // Lengths first: a rope of another length is not flattened to be found unequal.
            _ => {
                self.storage_address() == other.storage_address()
                    || (self.len() == other.len() && self.units() == other.units())
            }
        }
    }
}
impl Eq for JsString {}
impl PartialOrd for JsString {
    fn partial_cmp(&self, other: &JsString) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for JsString {
    fn cmp(&self, other: &JsString) -> std::cmp::Ordering {
        self.units().cmp(other.units())
    }
}
impl Hash for JsString {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.units().hash(state)
    }
}

/// The canonical array index a string denotes, if any (ECMA-262 §6.1.7 "array index").
pub fn array_index_of_units(u: &[u16]) -> Option<u32> {
    if u.is_empty() || u.len() > 10 {
        return None;
    }
    if u[0] == b'0' as u16 {
        return if u.len() == 1 { Some(0) } else { None };
    }
    let mut n: u64 = 0;
    for &c in u {
        if !(b'0' as u16..=b'9' as u16).contains(&c) {
            return None;
        }
        n = n * 10 + (c - b'0' as u16) as u64;
    }
    if n < u32::MAX as u64 {
        Some(n as u32)
    } else {
        None
    }
}

/// Property names every realm and most programs use, made once per thread and shared: a
/// built-in function's "length" and "name" need no fresh string each, nor an anonymous
/// function's empty name.
const COMMON_NAMES: [&str; 9] = [
    "",
    "length",
    "name",
    "prototype",
    "constructor",
    "value",
    "done",
    "next",
    "then",
];

thread_local! {
    static COMMON_STRINGS: [JsString; COMMON_NAMES.len()] =
        COMMON_NAMES.map(|s| JsString::from_slice(&s.bytes().map(u16::from).collect::<Vec<_>>()));
}

thread_local! {
    /// The one-unit strings of the Latin-1 range, made on first use and shared.
    static LATIN1_STRINGS: RefCell<Vec<Option<JsString>>> = RefCell::new(vec![None; 256]);
}

impl From<&str> for JsString {
    fn from(s: &str) -> JsString {
        if let Some(i) = COMMON_NAMES.iter().position(|c| *c == s) {
            return COMMON_STRINGS.with(|c| c[i].clone());
        }
        if s.is_ascii() {
            let bytes = s.as_bytes();
            if bytes.len() <= INLINE_UNITS {
                return JsString::from_fn(bytes.len(), |i| u16::from(bytes[i]));
            }
            // One allocation of the exact size (the bytes iterator knows its length).
            return JsString::counted(s.bytes().map(u16::from).collect());
        }
        JsString::counted(s.encode_utf16().collect::<Vec<u16>>().into())
    }
}
impl From<String> for JsString {
    fn from(s: String) -> JsString {
        JsString::from(s.as_str())
    }
}
impl From<Vec<u16>> for JsString {
    fn from(v: Vec<u16>) -> JsString {
        JsString::counted(v.into())
    }
}

impl fmt::Display for JsString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rust_string())
    }
}
impl fmt::Debug for JsString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_rust_string())
    }
}

// ───────────────────────────── symbols ─────────────────────────────

/// A Symbol value. Identity is the allocation; symbols hold no objects, so reference counting
/// frees them without the collector.
#[derive(Clone)]
pub struct Symbol(Rc<SymbolData>);

#[derive(Debug)]
pub struct SymbolData {
    /// [[Description]]
    pub description: Option<JsString>,
    /// Set for symbols in the GlobalSymbolRegistry (Symbol.for).
    pub registered: bool,
}

impl Symbol {
    pub fn new(description: Option<JsString>) -> Symbol {
        Symbol(Rc::new(SymbolData {
            description,
            registered: false,
        }))
    }
    pub fn registered(description: JsString) -> Symbol {
        Symbol(Rc::new(SymbolData {
            description: Some(description),
            registered: true,
        }))
    }
    pub fn description(&self) -> Option<&JsString> {
        self.0.description.as_ref()
    }
    pub fn is_registered(&self) -> bool {
        self.0.registered
    }
    /// SymbolDescriptiveString: `Symbol(desc)`.
    pub fn descriptive_string(&self) -> String {
        match &self.0.description {
            Some(d) => format!("Symbol({d})"),
            None => "Symbol()".to_string(),
        }
    }
}
impl PartialEq for Symbol {
    fn eq(&self, other: &Symbol) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
impl Eq for Symbol {}
impl Hash for Symbol {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (Rc::as_ptr(&self.0) as usize).hash(state)
    }
}
impl fmt::Debug for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.descriptive_string())
    }
}

// ───────────────────────────── property keys ─────────────────────────────

/// A property key (ECMA-262 §6.1.7): a String or a Symbol.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PropertyKey {
    String(JsString),
    Symbol(Symbol),
}

impl PropertyKey {
    pub fn as_array_index(&self) -> Option<u32> {
        match self {
            PropertyKey::String(s) => s.as_array_index(),
            PropertyKey::Symbol(_) => None,
        }
    }
    /// The key of array index `i`. NOTE(mini-js): not counted in the heap's byte accounting:
    /// a built-in's loop over a huge sparse array makes one such short key per index and drops
    /// it at once (reference counting frees it), so counting them would report gigabytes that
    /// never lived together; a key that is kept is counted with its property map.
    pub fn from_index(i: u32) -> PropertyKey {
        let mut digits = [0u16; 16];
        let at = decimal_digits(u64::from(i), &mut digits);
        // Ten digits at most: inline, and left out of the count (see above).
        PropertyKey::String(JsString::inline(&digits[at..]))
    }
    pub fn to_value(&self) -> Value {
        match self {
            PropertyKey::String(s) => Value::String(s.clone()),
            PropertyKey::Symbol(s) => Value::Symbol(s.clone()),
        }
    }
    pub fn is_symbol(&self) -> bool {
        matches!(self, PropertyKey::Symbol(_))
    }
}

impl From<&str> for PropertyKey {
    fn from(s: &str) -> PropertyKey {
        PropertyKey::String(JsString::from(s))
    }
}
impl From<JsString> for PropertyKey {
    fn from(s: JsString) -> PropertyKey {
        PropertyKey::String(s)
    }
}
impl From<Symbol> for PropertyKey {
    fn from(s: Symbol) -> PropertyKey {
        PropertyKey::Symbol(s)
    }
}

// ───────────────────────────── numbers ─────────────────────────────

/// Number::toString(x) with radix 10 (ECMA-262 §6.1.6.1.20): the shortest decimal that
/// round-trips, in the spec's exponent rules. ryu-js implements exactly this algorithm.
#[doc(alias = "Number::toString")]
pub fn number_to_string(x: f64) -> String {
    if x == 0.0 {
        return "0".to_string();
    }
    if let Some(i) = small_integer(x) {
        return i.to_string();
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(x).to_string()
}

/// `x` as an integer when it is one of at most 15 digits (its decimal form is its digits,
/// with a minus sign when negative; -0 is not one: it prints as "0").
#[inline]
fn small_integer(x: f64) -> Option<i64> {
    (x.fract() == 0.0 && x.abs() < 1e15 && !(x == 0.0 && x.is_sign_negative())).then_some(x as i64)
}

/// Number::toString(x) as a String value, made without intermediate text for an integer of
/// at most 15 digits (the common case: counters, indices, `'p' + i`).
pub fn number_to_js_string(x: f64) -> JsString {
    let Some(i) = small_integer(x) else {
        return JsString::from(number_to_string(x));
    };
    let mut digits = [0u16; 16];
    let mut at = decimal_digits(i.unsigned_abs(), &mut digits);
    if i < 0 {
        at -= 1;
        digits[at] = b'-' as u16;
    }
    JsString::from_slice(&digits[at..])
}

/// Writes the decimal digits of `n` (at most 15) at the end of `digits` as code units;
/// returns where they start.
fn decimal_digits(mut n: u64, digits: &mut [u16; 16]) -> usize {
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' as u16 + (n % 10) as u16;
        n /= 10;
        if n == 0 {
            return at;
        }
    }
}

/// Number::toString(x, radix) for radix 2..=36 other than 10.
pub fn number_to_string_radix(x: f64, radix: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if x == 0.0 {
        return "0".into();
    }
    let negative = x < 0.0;
    let x = x.abs();
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut int_part = x.trunc();
    let mut frac = x - int_part;
    let mut int_digits = Vec::new();
    if int_part == 0.0 {
        int_digits.push(b'0');
    }
    while int_part >= 1.0 {
        let d = (int_part % radix as f64) as usize;
        int_digits.push(digits[d]);
        int_part = (int_part / radix as f64).trunc();
    }
    int_digits.reverse();
    let mut s = String::from_utf8(int_digits).expect("ascii digits");
    if frac > 0.0 {
        s.push('.');
        // Enough digits to distinguish the value, as V8 does (up to 52 bits of fraction).
        let mut delta = 0.5 * (next_up(x) - x);
        delta = delta.max(f64::MIN_POSITIVE);
        let mut out = Vec::new();
        loop {
            frac *= radix as f64;
            delta *= radix as f64;
            let d = frac.trunc() as usize;
            out.push(d);
            frac -= d as f64;
            if (frac > 0.5 || (frac == 0.5 && (d & 1) == 1)) && frac + delta > 1.0 {
                {
                    // Round up and propagate carries.
                    let mut i = out.len();
                    loop {
                        if i == 0 {
                            break;
                        }
                        i -= 1;
                        out[i] += 1;
                        if out[i] < radix as usize {
                            break;
                        }
                        out[i] = 0;
                    }
                    break;
                }
            }
            if frac < delta || out.len() > 1100 {
                break;
            }
        }
        while out.last() == Some(&0) {
            out.pop();
        }
        for d in out {
            s.push(digits[d] as char);
        }
    }
    if negative {
        format!("-{s}")
    } else {
        s
    }
}

fn next_up(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1)
}

#[cfg(test)]
mod size_tests {
    use super::Value;
    use std::mem::size_of;

    /// A BigInt is one pointer in a `Value`, and so is a string: a `Value` is two words.
    #[test]
    fn bigint_does_not_grow_value() {
        assert_eq!(
            size_of::<std::rc::Rc<num_bigint::BigInt>>(),
            size_of::<usize>()
        );
        assert!(size_of::<Value>() <= 2 * size_of::<usize>());
        eprintln!("size_of::<Value>() = {}", size_of::<Value>());
    }
}

#[cfg(test)]
mod rope_tests {
    use super::JsString;

    /// `s += c` a million times makes a rope a million nodes deep: reading it and dropping it
    /// must not recurse (a recursive flatten or drop would overflow the test thread's stack).
    #[test]
    fn deep_rope_flattens_and_drops_without_recursion() {
        let mut s = JsString::from("x".repeat(300).as_str());
        let c = JsString::from("ab");
        for _ in 0..1_000_000 {
            s = s.concat(&c);
        }
        assert_eq!(s.len(), 300 + 2_000_000);
        assert_eq!(s.units().len(), s.len());
        assert_eq!(s.units()[300], b'a' as u16);
        assert_eq!(s.units()[s.len() - 1], b'b' as u16);
        let mut t = JsString::from("y".repeat(300).as_str());
        for _ in 0..1_000_000 {
            t = t.concat(&c);
        }
        drop(t); // never flattened
    }

    /// A rope equals, orders and hashes as its flat text does, and a flattened rope shared by
    /// two longer ropes is copied from, not walked again.
    #[test]
    fn rope_is_indistinguishable_from_flat() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        let a = JsString::from("a".repeat(200).as_str());
        let b = JsString::from("b".repeat(200).as_str());
        let rope = a.concat(&b);
        let flat = JsString::from(("a".repeat(200) + &"b".repeat(200)).as_str());
        assert!(rope == flat);
        assert_eq!(rope.cmp(&flat), std::cmp::Ordering::Equal);
        let hash = |s: &JsString| {
            let mut h = DefaultHasher::new();
            s.hash(&mut h);
            h.finish()
        };
        assert_eq!(hash(&rope), hash(&flat));
        let left = rope.concat(&a);
        let right = b.concat(&rope);
        assert_eq!(left.to_rust_string()[..200], "a".repeat(200));
        assert_eq!(right.to_rust_string()[600 - 200..], "b".repeat(200));
        assert_eq!(rope.slice(199, 201).to_rust_string(), "ab");
    }
}

#[cfg(test)]
mod index_key_tests {
    use super::PropertyKey;

    /// The hand-made digits of an index key are the canonical numeric string.
    #[test]
    fn index_keys_are_canonical() {
        for i in [0u32, 7, 10, 99, 4_294_967_294, u32::MAX] {
            match PropertyKey::from_index(i) {
                PropertyKey::String(s) => {
                    assert_eq!(s.to_rust_string(), i.to_string());
                    assert_eq!(s.as_array_index(), (i != u32::MAX).then_some(i));
                }
                PropertyKey::Symbol(_) => unreachable!(),
            }
        }
    }
}
