//! The JSON object (ECMA-262 §25.5): JSON.parse and JSON.stringify.

use super::{define_method, define_value, new_prototype};
use crate::abstract_ops::{
    arg, call, create_array_from_list, create_data_property, enumerable_own_properties, get,
    is_array, is_callable, length_of_array_like, new_object, to_integer_or_infinity, to_number,
    to_property_key, to_string, EnumerableKind,
};
use crate::heap::ObjectId;
use crate::object::ObjectKind;
use crate::value::{number_to_string, JsString, PropertyKey, Value};
use crate::{Agent, JsResult};

/// Nesting depth beyond which parse and stringify throw a RangeError instead of recursing.
const MAX_DEPTH: usize = 10_000;

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    let json = new_prototype(agent, op);
    agent.intrinsics.json = json;
    define_method(agent, json, "parse", json_parse, 2);
    define_method(agent, json, "stringify", json_stringify, 3);
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    define_value(agent, json, tag, Value::str("JSON"), false, false, true);
    let global = agent.global_object;
    super::define_hidden(agent, global, "JSON", Value::Object(json));
}

// ───────────────────────────── JSON.parse ─────────────────────────────

struct Parser<'s> {
    text: &'s [u16],
    pos: usize,
    depth: usize,
}

enum ParseError {
    Syntax(String),
    TooDeep,
    /// A limit of the run (time, cancel, heap) stopped the parse.
    Stop(crate::Abrupt),
}

impl Parser<'_> {
    fn peek(&self) -> Option<u16> {
        self.text.get(self.pos).copied()
    }
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(0x20 | 0x09 | 0x0A | 0x0D)) {
            self.pos += 1;
        }
    }
    fn source(&self) -> String {
        String::from_utf16_lossy(self.text)
    }
    /// V8's message for an unexpected character (or the end of input) at `self.pos`.
    fn unexpected(&self) -> ParseError {
        let Some(c) = self.peek() else {
            return ParseError::Syntax("Unexpected end of JSON input".into());
        };
        let ch = String::from_utf16_lossy(&[c]);
        let src = self.source();
        // JSON.parse(undefined) parses the text "undefined"; V8 names it without a token.
        if self.pos == 0 && src == "undefined" {
            return ParseError::Syntax("\"undefined\" is not valid JSON".into());
        }
        let context = if self.text.len() <= 40 {
            format!("\"{src}\"")
        } else {
            let start = self.pos.saturating_sub(10);
            let end = (self.pos + 10).min(self.text.len());
            let pre = if start > 0 { "...\"" } else { "\"" };
            let post = if end < self.text.len() { "\"..." } else { "\"" };
            format!(
                "{pre}{}{post}",
                String::from_utf16_lossy(&self.text[start..end])
            )
        };
        ParseError::Syntax(format!(
            "Unexpected token '{ch}', {context} is not valid JSON"
        ))
    }
    /// A message with V8's " in JSON at position N (line L column C)" suffix.
    fn at(&self, msg: &str) -> ParseError {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line = before.iter().filter(|&&c| c == 0x0A).count() + 1;
        let col = self.pos - before.iter().rposition(|&c| c == 0x0A).map_or(0, |i| i + 1) + 1;
        ParseError::Syntax(format!(
            "{msg} in JSON at position {} (line {line} column {col})",
            self.pos
        ))
    }

    fn expect_word(&mut self, word: &str, v: Value) -> Result<Value, ParseError> {
        for b in word.bytes() {
            if self.peek() != Some(u16::from(b)) {
                return Err(self.unexpected());
            }
            self.pos += 1;
        }
        Ok(v)
    }

    fn value(&mut self, agent: &mut Agent) -> Result<Value, ParseError> {
        // No JavaScript runs inside the parse: each value polls the run's limits (a text of
        // a hundred million values is parsed under the time and heap limits).
        crate::limits::poll(agent).map_err(ParseError::Stop)?;
        self.skip_ws();
        match self.peek() {
            None => Err(self.unexpected()),
            Some(0x7B) => self.object(agent),
            Some(0x5B) => self.array(agent),
            Some(0x22) => Ok(Value::String(self.string()?)),
            Some(0x74) => self.expect_word("true", Value::Bool(true)),
            Some(0x66) => self.expect_word("false", Value::Bool(false)),
            Some(0x6E) => self.expect_word("null", Value::Null),
            Some(c) if c == u16::from(b'-') || (0x30..=0x39).contains(&c) => self.number(),
            Some(_) => Err(self.unexpected()),
        }
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.pos;
        let digit = |c: Option<u16>| c.is_some_and(|c| (0x30..=0x39).contains(&c));
        if self.peek() == Some(u16::from(b'-')) {
            self.pos += 1;
        }
        if self.peek() == Some(0x30) {
            self.pos += 1;
            // A leading zero may not be followed by more digits.
            if digit(self.peek()) {
                return Err(self.at("Unexpected number"));
            }
        } else if digit(self.peek()) {
            while digit(self.peek()) {
                self.pos += 1;
            }
        } else {
            return Err(if self.peek().is_none() {
                ParseError::Syntax(
                    "No number after minus sign in JSON at position ".to_string()
                        + &self.pos.to_string()
                        + &format!(" (line 1 column {})", self.pos + 1),
                )
            } else {
                self.unexpected()
            });
        }
        if self.peek() == Some(u16::from(b'.')) {
            self.pos += 1;
            if !digit(self.peek()) {
                return Err(if self.peek().is_none() {
                    ParseError::Syntax(format!(
                        "Unterminated fractional number in JSON at position {} (line 1 column {})",
                        self.pos,
                        self.pos + 1
                    ))
                } else {
                    self.unexpected()
                });
            }
            while digit(self.peek()) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if !digit(self.peek()) {
                return Err(if self.peek().is_none() {
                    ParseError::Syntax(format!("Exponent part is missing a number in JSON at position {} (line 1 column {})", self.pos, self.pos + 1))
                } else {
                    self.unexpected()
                });
            }
            while digit(self.peek()) {
                self.pos += 1;
            }
        }
        let s = String::from_utf16_lossy(&self.text[start..self.pos]);
        Ok(Value::Number(s.parse::<f64>().unwrap_or(f64::NAN)))
    }

    fn string(&mut self) -> Result<JsString, ParseError> {
        // Opening quote.
        self.pos += 1;
        let mut out: Vec<u16> = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(ParseError::Syntax(format!(
                    "Unterminated string in JSON at position {} (line 1 column {})",
                    self.pos,
                    self.pos + 1
                )));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(JsString::from_units(out));
                }
                0x5C => {
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return Err(self.unexpected());
                    };
                    let simple = match e {
                        0x22 => Some(0x22),
                        0x5C => Some(0x5C),
                        0x2F => Some(0x2F),
                        0x62 => Some(0x08),
                        0x66 => Some(0x0C),
                        0x6E => Some(0x0A),
                        0x72 => Some(0x0D),
                        0x74 => Some(0x09),
                        _ => None,
                    };
                    if let Some(s) = simple {
                        out.push(s);
                        self.pos += 1;
                    } else if e == 0x75 {
                        self.pos += 1;
                        let mut v: u16 = 0;
                        for _ in 0..4 {
                            let d = self
                                .peek()
                                .and_then(|d| char::from_u32(u32::from(d)))
                                .and_then(|d| d.to_digit(16));
                            let Some(d) = d else {
                                return Err(ParseError::Syntax(format!(
                                    "Bad Unicode escape in JSON at position {} (line 1 column {})",
                                    self.pos,
                                    self.pos + 1
                                )));
                            };
                            v = v * 16 + d as u16;
                            self.pos += 1;
                        }
                        out.push(v);
                    } else {
                        return Err(ParseError::Syntax(format!(
                            "Bad escaped character in JSON at position {} (line 1 column {})",
                            self.pos,
                            self.pos + 1
                        )));
                    }
                }
                c if c < 0x20 => {
                    return Err(ParseError::Syntax(format!(
                        "Bad control character in string literal in JSON at position {} (line 1 column {})",
                        self.pos,
                        self.pos + 1
                    )));
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::TooDeep);
        }
        Ok(())
    }

    fn array(&mut self, agent: &mut Agent) -> Result<Value, ParseError> {
        self.enter()?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(0x5D) {
            self.pos += 1;
        } else {
            loop {
                let v = self.value(agent)?;
                // The list grows under the heap limit, checked before it reallocates.
                crate::heap::push_counted(&mut items, v)
                    .map_err(|()| ParseError::Stop(crate::limits::heap_limit_stop(agent)))?;
                self.skip_ws();
                match self.peek() {
                    Some(0x2C) => self.pos += 1,
                    Some(0x5D) => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.at("Expected ',' or ']' after array element")),
                }
            }
        }
        self.depth -= 1;
        Ok(Value::Object(create_array_from_list(agent, items)))
    }

    fn object(&mut self, agent: &mut Agent) -> Result<Value, ParseError> {
        self.enter()?;
        self.pos += 1;
        let obj = new_object(agent);
        self.skip_ws();
        if self.peek() == Some(0x7D) {
            self.pos += 1;
        } else {
            let mut first = true;
            loop {
                self.skip_ws();
                if self.peek() != Some(0x22) {
                    return Err(if first {
                        self.at("Expected property name or '}'")
                    } else {
                        self.at("Expected double-quoted property name")
                    });
                }
                first = false;
                let key = self.string()?;
                self.skip_ws();
                if self.peek() != Some(0x3A) {
                    return Err(self.at("Expected ':' after property name"));
                }
                self.pos += 1;
                let v = self.value(agent)?;
                // CreateDataProperty (a "__proto__" key is an ordinary own property).
                agent.heap.get_mut(obj).define_own_property(
                    PropertyKey::String(key),
                    crate::object::PropertyDescriptor::data(v, true, true, true),
                );
                self.skip_ws();
                match self.peek() {
                    Some(0x2C) => self.pos += 1,
                    Some(0x7D) => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.at("Expected ',' or '}' after property value")),
                }
            }
        }
        self.depth -= 1;
        Ok(Value::Object(obj))
    }
}

/// JSON.parse ( text [ , reviver ] ) (§25.5.1)
fn json_parse(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Let jsonString be ? ToString(text).
    let text = to_string(agent, &arg(args, 0))?;
    agent.check_flatten(&text)?;
    // 2-5. Parse jsonString as a JSON text (§25.5.1 ParseJSON) and evaluate it.
    let mut p = Parser {
        text: text.units(),
        pos: 0,
        depth: 0,
    };
    let result = p.value(agent).and_then(|v| {
        p.skip_ws();
        if p.pos < p.text.len() {
            Err(ParseError::Syntax(format!(
                "Unexpected non-whitespace character after JSON at position {} (line 1 column {})",
                p.pos,
                p.pos + 1
            )))
        } else {
            Ok(v)
        }
    });
    let unfiltered = match result {
        Ok(v) => v,
        Err(ParseError::Syntax(m)) => return Err(agent.syntax_error(m)),
        Err(ParseError::TooDeep) => {
            return Err(agent.range_error("Maximum call stack size exceeded"))
        }
        Err(ParseError::Stop(stop)) => return Err(stop),
    };
    // 6. If IsCallable(reviver) is true, then
    let reviver = arg(args, 1);
    if is_callable(agent, &reviver) {
        // a. Let root be OrdinaryObjectCreate(%Object.prototype%).
        let root = new_object(agent);
        // c. Perform ! CreateDataPropertyOrThrow(root, rootName, unfiltered).
        create_data_property(agent, root, PropertyKey::from(""), unfiltered)?;
        // d. Return ? InternalizeJSONProperty(root, rootName, reviver).
        return internalize_json_property(agent, root, PropertyKey::from(""), &reviver, 0);
    }
    // 7. Return unfiltered.
    Ok(unfiltered)
}

/// InternalizeJSONProperty ( holder, name, reviver ) (§25.5.1.1)
#[doc(alias = "InternalizeJSONProperty")]
fn internalize_json_property(
    agent: &mut Agent,
    holder: ObjectId,
    name: PropertyKey,
    reviver: &Value,
    depth: usize,
) -> JsResult<Value> {
    if depth > MAX_DEPTH {
        return Err(agent.range_error("Maximum call stack size exceeded"));
    }
    // 1. Let val be ? Get(holder, name).
    let val = get(agent, holder, &name)?;
    // 2. If val is an Object, then
    if let Value::Object(o) = val {
        // a. Let isArray be ? IsArray(val).
        if is_array(agent, &val)? {
            // b.i. Let len be ? LengthOfArrayLike(val).
            let len = length_of_array_like(agent, o)? as u64;
            // iii. Repeat, while I < len,
            for i in 0..len {
                let key = PropertyKey::String(JsString::from(i.to_string()));
                internalize_element(agent, o, key, reviver, depth)?;
            }
        } else {
            // c.i. Let keys be ? EnumerableOwnProperties(val, key).
            let keys = enumerable_own_properties(agent, o, EnumerableKind::Key)?;
            for k in keys {
                let key = to_property_key(agent, &k)?;
                internalize_element(agent, o, key, reviver, depth)?;
            }
        }
    }
    // 3. Return ? Call(reviver, holder, « name, val »).
    call(
        agent,
        reviver,
        Value::Object(holder),
        &[name.to_value(), val],
    )
}

fn internalize_element(
    agent: &mut Agent,
    o: ObjectId,
    key: PropertyKey,
    reviver: &Value,
    depth: usize,
) -> JsResult<()> {
    // 1. Let newElement be ? InternalizeJSONProperty(val, prop, reviver).
    let new_element = internalize_json_property(agent, o, key.clone(), reviver, depth + 1)?;
    // 2. If newElement is undefined, perform ? val.[[Delete]](prop).
    if new_element.is_undefined() {
        crate::abstract_ops::delete_own_property(agent, o, &key)?;
    } else {
        // 3. Else, perform ? CreateDataProperty(val, prop, newElement).
        create_data_property(agent, o, key, new_element)?;
    }
    Ok(())
}

// ───────────────────────────── JSON.stringify ─────────────────────────────

/// The JSON Serialization Record (§25.5.2.1, Table 78).
struct State {
    replacer_function: Option<Value>,
    stack: Vec<ObjectId>,
    indent: String,
    gap: String,
    property_list: Option<Vec<PropertyKey>>,
    /// Set when a cycle was found (util.format's %j prints "[Circular]" then).
    cycle: bool,
}

/// JSON.stringify ( value [ , replacer [ , space ] ] ) (§25.5.2)
fn json_stringify(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let mut state = State {
        replacer_function: None,
        stack: Vec::new(),
        indent: String::new(),
        gap: String::new(),
        property_list: None,
        cycle: false,
    };
    match stringify(
        agent,
        &mut state,
        &arg(args, 0),
        &arg(args, 1),
        &arg(args, 2),
    )? {
        Some(s) => Ok(Value::String(JsString::from(s))),
        None => Ok(Value::Undefined),
    }
}

/// JSON.stringify for util.format's `%j`: `undefined` for undefined, `[Circular]` for cycles.
pub fn stringify_for_format(agent: &mut Agent, v: &Value) -> JsResult<String> {
    let mut state = State {
        replacer_function: None,
        stack: Vec::new(),
        indent: String::new(),
        gap: String::new(),
        property_list: None,
        cycle: false,
    };
    match stringify(agent, &mut state, v, &Value::Undefined, &Value::Undefined) {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Ok("undefined".to_string()),
        Err(_) if state.cycle => Ok("[Circular]".to_string()),
        Err(e) => Err(e),
    }
}

fn stringify(
    agent: &mut Agent,
    state: &mut State,
    value: &Value,
    replacer: &Value,
    space: &Value,
) -> JsResult<Option<String>> {
    // 4. If replacer is an Object, then
    if let Value::Object(r) = replacer {
        // a. If IsCallable(replacer) is true, set ReplacerFunction to replacer.
        if is_callable(agent, replacer) {
            state.replacer_function = Some(replacer.clone());
        } else if is_array(agent, replacer)? {
            // b. Else if IsArray(replacer), build PropertyList.
            let mut list: Vec<PropertyKey> = Vec::new();
            let len = length_of_array_like(agent, *r)? as u64;
            for k in 0..len {
                let v = get(
                    agent,
                    *r,
                    &PropertyKey::String(JsString::from(k.to_string())),
                )?;
                let item = match &v {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(JsString::from(number_to_string(*n))),
                    Value::Object(o) => match agent.heap.get(*o).kind {
                        ObjectKind::StringObject(_) | ObjectKind::NumberObject(_) => {
                            Some(to_string(agent, &v)?)
                        }
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(item) = item {
                    let key = PropertyKey::String(item);
                    if !list.contains(&key) {
                        list.push(key);
                    }
                }
            }
            state.property_list = Some(list);
        }
    }
    // 5. If space is an Object, unwrap Number and String objects.
    let mut space = space.clone();
    if let Value::Object(o) = &space {
        match agent.heap.get(*o).kind {
            ObjectKind::NumberObject(_) => space = Value::Number(to_number(agent, &space)?),
            ObjectKind::StringObject(_) => space = Value::String(to_string(agent, &space)?),
            _ => {}
        }
    }
    // 6-8. Let gap be up to 10 spaces or the first 10 code units of the string.
    state.gap = match &space {
        Value::Number(_) => {
            let n = to_integer_or_infinity(agent, &space)?.clamp(0.0, 10.0) as usize;
            " ".repeat(n)
        }
        Value::String(s) => {
            let u = s.units();
            String::from_utf16_lossy(&u[..u.len().min(10)])
        }
        _ => String::new(),
    };
    // 9. Let wrapper be OrdinaryObjectCreate(%Object.prototype%).
    let wrapper = new_object(agent);
    // 10. Perform ! CreateDataPropertyOrThrow(wrapper, the empty String, value).
    create_data_property(agent, wrapper, PropertyKey::from(""), value.clone())?;
    // 12. Return ? SerializeJSONProperty(state, the empty String, wrapper).
    serialize_json_property(agent, state, PropertyKey::from(""), wrapper)
}

/// SerializeJSONProperty ( state, key, holder ) (§25.5.2.2)
#[doc(alias = "SerializeJSONProperty")]
fn serialize_json_property(
    agent: &mut Agent,
    state: &mut State,
    key: PropertyKey,
    holder: ObjectId,
) -> JsResult<Option<String>> {
    // 1. Let value be ? Get(holder, key).
    let mut value = get(agent, holder, &key)?;
    // 2. If value is an Object or value is a BigInt, then
    if let Value::Object(_) | Value::BigInt(_) = value {
        // a. Let toJSON be ? GetV(value, "toJSON").
        let to_json = crate::abstract_ops::get_v(agent, &value, &PropertyKey::from("toJSON"))?;
        // b. If IsCallable(toJSON) is true, set value to ? Call(toJSON, value, « key »).
        if is_callable(agent, &to_json) {
            value = call(agent, &to_json, value.clone(), &[key.to_value()])?;
        }
    }
    // 3. If state.[[ReplacerFunction]] is not undefined, then
    if let Some(f) = state.replacer_function.clone() {
        value = call(agent, &f, Value::Object(holder), &[key.to_value(), value])?;
    }
    // 4. If value is an Object, unwrap Number, String, Boolean objects.
    if let Value::Object(o) = &value {
        match agent.heap.get(*o).kind {
            ObjectKind::NumberObject(_) => value = Value::Number(to_number(agent, &value)?),
            ObjectKind::StringObject(_) => value = Value::String(to_string(agent, &value)?),
            ObjectKind::BooleanObject(b) => value = Value::Bool(b),
            // e. Else if value has a [[BigIntData]] internal slot, set value to
            //    value.[[BigIntData]].
            ObjectKind::BigIntObject(ref b) => value = Value::BigInt(b.clone()),
            _ => {}
        }
    }
    match &value {
        // 5-7. null, true, false.
        Value::Null => Ok(Some("null".into())),
        Value::Bool(true) => Ok(Some("true".into())),
        Value::Bool(false) => Ok(Some("false".into())),
        // 8. If value is a String, return QuoteJSONString(value).
        Value::String(s) => Ok(Some(quote_json_string(s))),
        // 9. If value is a Number: finite → ToString, else "null".
        Value::Number(n) => Ok(Some(if n.is_finite() {
            number_to_string(*n)
        } else {
            "null".into()
        })),
        // 10. If value is a BigInt, throw a TypeError exception.
        Value::BigInt(_) => Err(agent.type_error("Do not know how to serialize a BigInt")),
        // 11. If value is an Object and IsCallable(value) is false, serialize it.
        Value::Object(o) if !is_callable(agent, &value) => {
            let o = *o;
            if is_array(agent, &value)? {
                serialize_json_array(agent, state, o).map(Some)
            } else {
                serialize_json_object(agent, state, o).map(Some)
            }
        }
        // 12. Return undefined.
        _ => Ok(None),
    }
}

/// QuoteJSONString ( value ) (§25.5.2.3)
#[doc(alias = "QuoteJSONString")]
pub fn quote_json_string(s: &JsString) -> String {
    // 1. Let product be the String value consisting solely of the code unit 0x0022 (QUOTATION MARK).
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    // 2. For each code point C of StringToCodePoints(value), do
    for r in char::decode_utf16(s.units().iter().copied()) {
        match r {
            Ok('\u{8}') => out.push_str("\\b"),
            Ok('\t') => out.push_str("\\t"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\u{c}') => out.push_str("\\f"),
            Ok('\r') => out.push_str("\\r"),
            Ok('"') => out.push_str("\\\""),
            Ok('\\') => out.push_str("\\\\"),
            Ok(c) if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            Ok(c) => out.push(c),
            // c. Lone surrogates become \uXXXX escapes.
            Err(e) => out.push_str(&format!("\\u{:04x}", e.unpaired_surrogate())),
        }
    }
    // 3. Set product to the string-concatenation of product and 0x0022 (QUOTATION MARK).
    out.push('"');
    out
}

fn check_cycle(agent: &mut Agent, state: &mut State, o: ObjectId) -> JsResult<()> {
    // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
    if state.stack.contains(&o) {
        state.cycle = true;
        return Err(agent.type_error("Converting circular structure to JSON"));
    }
    if state.stack.len() >= MAX_DEPTH {
        return Err(agent.range_error("Maximum call stack size exceeded"));
    }
    Ok(())
}

/// SerializeJSONObject ( state, value ) (§25.5.2.5)
#[doc(alias = "SerializeJSONObject")]
fn serialize_json_object(
    agent: &mut Agent,
    state: &mut State,
    value: ObjectId,
) -> JsResult<String> {
    check_cycle(agent, state, value)?;
    // 2. Append value to state.[[Stack]].
    state.stack.push(value);
    // 3. Let stepback be state.[[Indent]]. 4. Set state.[[Indent]] to indent + gap.
    let stepback = state.indent.clone();
    state.indent = format!("{}{}", state.indent, state.gap);
    // 5-6. Let K be PropertyList or EnumerableOwnProperties(value, key).
    let keys: Vec<PropertyKey> = match &state.property_list {
        Some(l) => l.clone(),
        None => enumerable_own_properties(agent, value, EnumerableKind::Key)?
            .into_iter()
            .filter_map(|k| match k {
                Value::String(s) => Some(PropertyKey::String(s)),
                _ => None,
            })
            .collect(),
    };
    // 7-8. For each element P of K, serialize the property.
    let mut partial = Vec::new();
    let mut units = 0;
    for p in keys {
        if let Some(str_p) = serialize_json_property(agent, state, p.clone(), value)? {
            let PropertyKey::String(ks) = &p else {
                continue;
            };
            let mut member = quote_json_string(ks);
            member.push(':');
            if !state.gap.is_empty() {
                member.push(' ');
            }
            member.push_str(&str_p);
            units += json_units(&member) + 1 + state.indent.len();
            check_json_length(agent, units)?;
            partial.push(member);
        }
    }
    // 9-10. Join the members.
    let result = if partial.is_empty() {
        "{}".to_string()
    } else if state.gap.is_empty() {
        format!("{{{}}}", partial.join(","))
    } else {
        let sep = format!(",\n{}", state.indent);
        format!("{{\n{}{}\n{stepback}}}", state.indent, partial.join(&sep))
    };
    // 11-12. Remove the last element of state.[[Stack]]; restore the indent.
    state.stack.pop();
    state.indent = stepback;
    Ok(result)
}

/// The length in UTF-16 code units of serialized JSON text.
fn json_units(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    }
}

/// The result would pass V8's string length cap: throw before building it.
fn check_json_length(agent: &mut Agent, units: usize) -> JsResult<()> {
    if crate::value::string_length_ok(units) {
        Ok(())
    } else {
        Err(agent.range_error(crate::value::INVALID_STRING_LENGTH))
    }
}

/// SerializeJSONArray ( state, value ) (§25.5.2.6)
#[doc(alias = "SerializeJSONArray")]
fn serialize_json_array(agent: &mut Agent, state: &mut State, value: ObjectId) -> JsResult<String> {
    check_cycle(agent, state, value)?;
    state.stack.push(value);
    let stepback = state.indent.clone();
    state.indent = format!("{}{}", state.indent, state.gap);
    // 5. Let len be ? LengthOfArrayLike(value).
    let len = length_of_array_like(agent, value)? as u64;
    // 10.a-b. The separator between elements.
    let separator = if state.gap.is_empty() {
        ",".to_string()
    } else {
        format!(",\n{}", state.indent)
    };
    // NOTE(mini-js): the elements are joined as they come (not kept as a list of strings),
    // so the memory is that of the result, which the string length cap bounds.
    let mut body = String::new();
    let mut units = 0usize;
    // 7-8. For each index, serialize the element ("null" for undefined).
    let mut i = 0u64;
    while i < len {
        // A run of holes reads as undefined with no side effect when no replacer function
        // sees the keys (see array::next_present_index): each one serializes as "null".
        if state.replacer_function.is_none() {
            let next =
                crate::builtins::array::next_present_index(agent, value, i as f64, len as f64)
                    as u64;
            if next > i {
                let run = (next - i) as usize;
                units = run
                    .saturating_mul(5 + state.indent.len())
                    .saturating_add(units);
                check_json_length(agent, units)?;
                agent.reserve_bytes(run.saturating_mul(4 + separator.len()))?;
                for j in 0..run {
                    if i > 0 || j > 0 {
                        body.push_str(&separator);
                    }
                    body.push_str("null");
                }
                i = next;
                continue;
            }
        }
        let key = PropertyKey::String(JsString::from(i.to_string()));
        let s = serialize_json_property(agent, state, key, value)?;
        let s = s.unwrap_or_else(|| "null".to_string());
        units += json_units(&s) + 1 + state.indent.len();
        check_json_length(agent, units)?;
        if i > 0 {
            body.push_str(&separator);
        }
        body.push_str(&s);
        i += 1;
    }
    let result = if len == 0 {
        "[]".to_string()
    } else if state.gap.is_empty() {
        format!("[{body}]")
    } else {
        format!("[\n{}{body}\n{stepback}]", state.indent)
    };
    state.stack.pop();
    state.indent = stepback;
    Ok(result)
}
