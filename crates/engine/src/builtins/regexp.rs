//! RegExp (Regular Expression) Objects (ECMA-262 §22.2): the RegExp constructor,
//! %RegExp.prototype% with its Symbol methods, %RegExpStringIteratorPrototype%, and the String
//! methods that dispatch to them (match, matchAll, search). Patterns are compiled and run by
//! the `regress` crate (the [[RegExpMatcher]]); everything observable around it is here.

use super::{
    create_constructor, define_getter, define_method, define_symbol_method, define_value,
    new_prototype, InternalSlots,
};
use crate::abstract_ops::operations_on_iterator_objects::create_iterator_result_object;
use crate::abstract_ops::{
    arg, call, construct, create_array_from_list, create_data_property_or_throw,
    define_property_or_throw, get, get_method, get_str, is_callable, length_of_array_like,
    ordinary_create_from_constructor, ordinary_object_create, same_value, set, species_constructor,
    to_boolean, to_integer_or_infinity, to_length, to_number, to_object, to_string, to_uint32_f64,
};
use crate::builtins::iterator::code_point_at;
use crate::builtins::string::SplitParts;
use crate::heap::ObjectId;
use crate::object::{ObjectKind, PropertyDescriptor};
use crate::value::{JsString, PropertyKey, Value};
use crate::{Agent, JsResult};
use mini_js_syntax::regexp::{compile, parse_flags, RegExpFlags};
use std::sync::Arc;

type Native = fn(&mut Agent, Value, &[Value], Option<ObjectId>) -> JsResult<Value>;

thread_local! {
    /// The keys "lastIndex" and "exec", made once: a global match or a split reads and writes
    /// them for every match, and a key made each time was counted each time in the heap's
    /// allocation count (millions of short-lived strings reported as gigabytes).
    static KEYS: (PropertyKey, PropertyKey) =
        (PropertyKey::from("lastIndex"), PropertyKey::from("exec"));
}

fn last_index_key() -> PropertyKey {
    KEYS.with(|k| k.0.clone())
}

fn exec_key() -> PropertyKey {
    KEYS.with(|k| k.1.clone())
}

/// The internal slots of a RegExp instance (§22.2.8): [[OriginalSource]], [[OriginalFlags]]
/// and [[RegExpMatcher]]. `matcher` is `None` between RegExpAlloc and RegExpInitialize.
pub struct RegExpData {
    pub original_source: JsString,
    pub original_flags: JsString,
    pub flags: RegExpFlags,
    pub matcher: Option<Arc<regress::Regex>>,
    /// The last failed sticky search: in this string, no match starts from `from` up to
    /// `next` (the leftmost match found from `from`, or the end when there is none). Split
    /// (whose splitter is sticky) tries every position in turn: without this, each try would
    /// search the rest of the string again.
    pub sticky_miss: Option<StickyMiss>,
}

/// See [`RegExpData::sticky_miss`].
pub struct StickyMiss {
    string: JsString,
    from: usize,
    next: Option<usize>,
}

/// The slots of a RegExp String Iterator (§22.2.9): [[IteratingRegExp]], [[IteratedString]],
/// [[Global]], [[Unicode]], [[Done]].
pub struct RegExpStringIteratorData {
    pub regexp: ObjectId,
    pub string: JsString,
    pub global: bool,
    pub unicode: bool,
    pub done: bool,
}

pub fn init(agent: &mut Agent) {
    let op = agent.intrinsics.object_prototype;
    // §22.2.6: %RegExp.prototype% is an ordinary object (no [[RegExpMatcher]]).
    let proto = new_prototype(agent, op);
    agent.intrinsics.regexp_prototype = proto;
    let regexp = create_constructor(agent, "RegExp", 2, regexp_constructor, proto);
    agent.intrinsics.regexp = regexp;
    // §22.2.5.1 RegExp.escape ( S ) (Node 26 has it).
    define_method(agent, regexp, "escape", regexp_escape, 1);
    // §22.2.5.3 get RegExp [ %Symbol.species% ]
    let species = PropertyKey::Symbol(agent.symbols.species.clone());
    define_getter(agent, regexp, species, regexp_species);
    // §22.2.6 Properties of the RegExp Prototype Object (Node's order).
    agent.intrinsics.regexp_prototype_exec =
        define_method(agent, proto, "exec", regexp_prototype_exec, 1);
    let getters: &[(&str, Native)] = &[
        ("dotAll", regexp_prototype_dot_all),
        ("flags", regexp_prototype_flags),
        ("global", regexp_prototype_global),
        ("hasIndices", regexp_prototype_has_indices),
        ("ignoreCase", regexp_prototype_ignore_case),
        ("multiline", regexp_prototype_multiline),
        ("source", regexp_prototype_source),
        ("sticky", regexp_prototype_sticky),
        ("unicode", regexp_prototype_unicode),
        ("unicodeSets", regexp_prototype_unicode_sets),
    ];
    for (name, f) in getters {
        define_getter(agent, proto, PropertyKey::from(*name), *f);
    }
    define_method(agent, proto, "compile", regexp_prototype_compile, 2);
    define_method(agent, proto, "toString", regexp_prototype_to_string, 0);
    define_method(agent, proto, "test", regexp_prototype_test, 1);
    let symbols: [(crate::value::Symbol, Native, u32); 5] = [
        (agent.symbols.match_.clone(), regexp_prototype_match, 1),
        (
            agent.symbols.match_all.clone(),
            regexp_prototype_match_all,
            1,
        ),
        (agent.symbols.replace.clone(), regexp_prototype_replace, 2),
        (agent.symbols.search.clone(), regexp_prototype_search, 1),
        (agent.symbols.split.clone(), regexp_prototype_split, 2),
    ];
    for (sym, f, len) in symbols {
        define_symbol_method(agent, proto, sym, f, len);
    }
    // §22.2.9.2 %RegExpStringIteratorPrototype%
    let ip = agent.intrinsics.iterator_prototype;
    let rsip = new_prototype(agent, ip);
    agent.intrinsics.regexp_string_iterator_prototype = rsip;
    define_method(agent, rsip, "next", regexp_string_iterator_next, 0);
    let tag = PropertyKey::Symbol(agent.symbols.to_string_tag.clone());
    define_value(
        agent,
        rsip,
        tag,
        Value::str("RegExp String Iterator"),
        false,
        false,
        true,
    );
    // The String methods that only dispatch to these (§22.1.3.13, 14, 22).
    let sp = agent.intrinsics.string_prototype;
    define_method(agent, sp, "match", string_prototype_match, 1);
    define_method(agent, sp, "matchAll", string_prototype_match_all, 1);
    define_method(agent, sp, "search", string_prototype_search, 1);
    let global = agent.global_object;
    super::define_hidden(agent, global, "RegExp", Value::Object(regexp));
}

// ───────────────────────────── abstract operations ─────────────────────────────

/// The RegExp slots of `o`, if it has a [[RegExpMatcher]] slot.
fn regexp_data<'x>(agent: &'x Agent, o: ObjectId) -> Option<&'x RegExpData> {
    match &agent.heap.get(o).kind {
        ObjectKind::Internal(slots) => match &**slots {
            InternalSlots::RegExp(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is an object with a [[RegExpMatcher]] internal slot.
pub fn has_regexp_matcher(agent: &Agent, v: &Value) -> bool {
    matches!(v, Value::Object(o) if regexp_data(agent, *o).is_some())
}

/// The text of a RegExp's toString as the original methods give it (for util.inspect):
/// `/source/flags` from the slots.
pub fn regexp_display(agent: &Agent, o: ObjectId) -> Option<String> {
    let d = regexp_data(agent, o)?;
    let source = escape_regexp_pattern(d.original_source.units());
    Some(format!(
        "/{}/{}",
        String::from_utf16_lossy(&source),
        d.original_flags.to_rust_string()
    ))
}

/// IsRegExp ( argument ) (§7.2.6)
#[doc(alias = "IsRegExp")]
pub fn is_regexp(agent: &mut Agent, argument: &Value) -> JsResult<bool> {
    // 1. If argument is not an Object, return false.
    let Value::Object(o) = argument else {
        return Ok(false);
    };
    // 2. Let matcher be ? Get(argument, %Symbol.match%).
    let key = PropertyKey::Symbol(agent.symbols.match_.clone());
    let matcher = get(agent, *o, &key)?;
    // 3. If matcher is not undefined, return ToBoolean(matcher).
    if !matcher.is_undefined() {
        return Ok(to_boolean(&matcher));
    }
    // 4. If argument has a [[RegExpMatcher]] internal slot, return true.
    // 5. Return false.
    Ok(regexp_data(agent, *o).is_some())
}

/// RegExp ( pattern, flags ) (§22.2.4.1)
fn regexp_constructor(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    nt: Option<ObjectId>,
) -> JsResult<Value> {
    let pattern = arg(args, 0);
    let flags = arg(args, 1);
    // 1. Let patternIsRegExp be ? IsRegExp(pattern).
    let pattern_is_regexp = is_regexp(agent, &pattern)?;
    // 2. If NewTarget is undefined, then
    let new_target = match nt {
        Some(nt) => nt,
        None => {
            // a. Let newTarget be the active function object.
            let new_target = agent.intrinsics.regexp;
            // b. If patternIsRegExp is true and flags is undefined, then
            if pattern_is_regexp && flags.is_undefined() {
                let Value::Object(p) = &pattern else {
                    unreachable!("IsRegExp is true only for objects")
                };
                // i. Let patternConstructor be ? Get(pattern, "constructor").
                let pattern_constructor = get_str(agent, *p, "constructor")?;
                // ii. If SameValue(newTarget, patternConstructor) is true, return pattern.
                if same_value(&Value::Object(new_target), &pattern_constructor) {
                    return Ok(pattern);
                }
            }
            new_target
        }
    };
    // 4. If pattern is an Object and pattern has a [[RegExpMatcher]] internal slot, then
    let (p, f) = match &pattern {
        Value::Object(o) if regexp_data(agent, *o).is_some() => {
            let d = regexp_data(agent, *o).expect("checked");
            // a. Let P be pattern.[[OriginalSource]].
            let p = Value::String(d.original_source.clone());
            // b-c. If flags is undefined, let F be pattern.[[OriginalFlags]]; else F = flags.
            let f = if flags.is_undefined() {
                Value::String(d.original_flags.clone())
            } else {
                flags
            };
            (p, f)
        }
        // 5. Else if patternIsRegExp is true, then
        Value::Object(o) if pattern_is_regexp => {
            // a. Let P be ? Get(pattern, "source").
            let p = get_str(agent, *o, "source")?;
            // b. If flags is undefined, let F be ? Get(pattern, "flags"); else F = flags.
            let f = if flags.is_undefined() {
                get_str(agent, *o, "flags")?
            } else {
                flags
            };
            (p, f)
        }
        // 6. Else, let P be pattern and F be flags.
        _ => (pattern, flags),
    };
    // 7. Let O be ? RegExpAlloc(newTarget).
    let o = regexp_alloc(agent, Some(new_target))?;
    // 8. Return ? RegExpInitialize(O, P, F).
    regexp_initialize(agent, o, &p, &f)
}

/// RegExpAlloc ( newTarget ) (§22.2.3.2)
#[doc(alias = "RegExpAlloc")]
fn regexp_alloc(agent: &mut Agent, new_target: Option<ObjectId>) -> JsResult<ObjectId> {
    // 1. Let obj be ? OrdinaryCreateFromConstructor(newTarget, "%RegExp.prototype%",
    //    « [[OriginalSource]], [[OriginalFlags]], [[RegExpRecord]], [[RegExpMatcher]] »).
    let default = agent.intrinsics.regexp_prototype;
    let kind = ObjectKind::Internal(Box::new(InternalSlots::RegExp(Box::new(RegExpData {
        original_source: JsString::from(""),
        original_flags: JsString::from(""),
        flags: RegExpFlags::default(),
        matcher: None,
        sticky_miss: None,
    }))));
    let obj = ordinary_create_from_constructor(agent, new_target, default, kind)?;
    // 2. Perform ! DefinePropertyOrThrow(obj, "lastIndex", PropertyDescriptor { [[Writable]]:
    //    true, [[Enumerable]]: false, [[Configurable]]: false }).
    define_property_or_throw(
        agent,
        obj,
        last_index_key(),
        PropertyDescriptor::data(Value::Undefined, true, false, false),
    )?;
    // 3. Return obj.
    Ok(obj)
}

/// The code points of a pattern string, surrogate pairs joined and lone surrogates kept.
fn code_points(units: &[u16]) -> Vec<u32> {
    char::decode_utf16(units.iter().copied())
        .map(|r| {
            r.map(u32::from)
                .unwrap_or_else(|e| e.unpaired_surrogate() as u32)
        })
        .collect()
}

/// RegExpInitialize ( obj, pattern, flags ) (§22.2.3.3)
#[doc(alias = "RegExpInitialize")]
fn regexp_initialize(
    agent: &mut Agent,
    obj: ObjectId,
    pattern: &Value,
    flags: &Value,
) -> JsResult<Value> {
    // 1-2. If pattern is undefined, let P be the empty String; else P = ? ToString(pattern).
    let p = if pattern.is_undefined() {
        JsString::from("")
    } else {
        to_string(agent, pattern)?
    };
    // 3-4. If flags is undefined, let F be the empty String; else F = ? ToString(flags).
    let f = if flags.is_undefined() {
        JsString::from("")
    } else {
        to_string(agent, flags)?
    };
    // 5-6. If F contains any code unit other than "d", "g", "i", "m", "s", "u", "v", or "y",
    //      or contains a code unit more than once, or both "u" and "v", throw a SyntaxError.
    // 7-13. Parse P with the flags (ParsePattern); a parse error is a SyntaxError.
    let flag_points = code_points(f.units());
    let Some(parsed) = parse_flags(flag_points.iter().copied()) else {
        return Err(agent.syntax_error(format!(
            "Invalid flags supplied to RegExp constructor '{}'",
            f.to_rust_string()
        )));
    };
    let matcher = compile(p.units(), &flag_points).map_err(|msg| agent.syntax_error(msg))?;
    // 14-17. Set obj.[[OriginalSource]], [[OriginalFlags]], [[RegExpRecord]], [[RegExpMatcher]].
    if let ObjectKind::Internal(slots) = &mut agent.heap.get_mut(obj).kind {
        if let InternalSlots::RegExp(d) = &mut **slots {
            d.original_source = p;
            d.original_flags = f;
            d.flags = parsed;
            d.matcher = Some(Arc::new(matcher));
            d.sticky_miss = None;
        }
    }
    // 18. Perform ? Set(obj, "lastIndex", +0𝔽, true).
    set(agent, obj, last_index_key(), Value::Number(0.0), true)?;
    // 19. Return obj.
    Ok(Value::Object(obj))
}

/// RegExpCreate ( P, F ) (§22.2.3.1): what a RegularExpressionLiteral evaluates to
/// (§13.2.7.3), and what String.prototype.match / matchAll / search make of a non-RegExp.
#[doc(alias = "RegExpCreate")]
pub fn regexp_create(agent: &mut Agent, p: &Value, f: &Value) -> JsResult<ObjectId> {
    // 1. Let obj be ! RegExpAlloc(%RegExp%).
    let regexp = agent.intrinsics.regexp;
    let obj = regexp_alloc(agent, Some(regexp))?;
    // 2. Return ? RegExpInitialize(obj, P, F).
    regexp_initialize(agent, obj, p, f)?;
    Ok(obj)
}

/// EscapeRegExpPattern ( P, F ) (§22.2.6.13.1): "/" and line terminators escaped (as V8
/// does: a "/" inside a class or already escaped stays), "(?:)" for the empty pattern.
#[doc(alias = "EscapeRegExpPattern")]
pub fn escape_regexp_pattern(p: &[u16]) -> Vec<u16> {
    if p.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(p.len());
    let mut in_class = false;
    let mut i = 0;
    while i < p.len() {
        let c = p[i];
        match c {
            0x5C /* \ */ => {
                out.push(c);
                if let Some(&next) = p.get(i + 1) {
                    match next {
                        0x0A => out.extend("n".encode_utf16()),
                        0x0D => out.extend("r".encode_utf16()),
                        0x2028 => out.extend("u2028".encode_utf16()),
                        0x2029 => out.extend("u2029".encode_utf16()),
                        _ => out.push(next),
                    }
                    i += 1;
                }
            }
            0x2F /* / */ if !in_class => out.extend("\\/".encode_utf16()),
            0x5B => {
                in_class = true;
                out.push(c);
            }
            0x5D => {
                in_class = false;
                out.push(c);
            }
            0x0A => out.extend("\\n".encode_utf16()),
            0x0D => out.extend("\\r".encode_utf16()),
            0x2028 => out.extend("\\u2028".encode_utf16()),
            0x2029 => out.extend("\\u2029".encode_utf16()),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// AdvanceStringIndex ( S, index, unicode ) (§22.2.7.3)
#[doc(alias = "AdvanceStringIndex")]
pub fn advance_string_index(s: &[u16], index: usize, unicode: bool) -> usize {
    // 1. Assert: index ≤ 2**53 - 1.
    // 2. If unicode is false, return index + 1.
    // 3. Let length be the length of S.
    // 4. If index + 1 ≥ length, return index + 1.
    if !unicode || index + 1 >= s.len() {
        return index + 1;
    }
    // 5. Let cp be CodePointAt(S, index).
    // 6. Return index + cp.[[CodeUnitCount]].
    index + code_point_at(s, index).1
}

/// `lastIndex` advanced past an empty match (the step shared by @@match, @@replace and the
/// RegExp String Iterator): thisIndex = ToLength(Get(rx, "lastIndex")), set to
/// AdvanceStringIndex(S, thisIndex, fullUnicode).
fn advance_last_index(
    agent: &mut Agent,
    rx: ObjectId,
    s: &JsString,
    unicode: bool,
) -> JsResult<()> {
    let v = get(agent, rx, &last_index_key())?;
    let this_index = to_length(agent, &v)?;
    let next = if this_index >= s.len() as f64 {
        this_index + 1.0
    } else {
        advance_string_index(s.units(), this_index as usize, unicode) as f64
    };
    set(agent, rx, last_index_key(), Value::Number(next), true)
}

/// RegExpExec ( R, S ) (§22.2.7.1)
#[doc(alias = "RegExpExec")]
pub fn regexp_exec(agent: &mut Agent, r: ObjectId, s: &JsString) -> JsResult<Value> {
    // 1. Let exec be ? Get(R, "exec").
    let exec = get(agent, r, &exec_key())?;
    regexp_exec_with(agent, r, s, exec)
}

/// What [`regexp_exec_match`] found.
enum Exec {
    /// RegExpExec returned null.
    Null,
    /// The built-in exec matched: the match its result array would have held.
    Match(regress::Match),
    /// Another exec returned this object.
    Object(ObjectId),
}

/// RegExpExec ( R, S ) for @@match and @@split, which only read the match and its captures
/// from the result. When `exec` is the built-in %RegExp.prototype.exec% (as it almost always
/// is) the result array is unobservable, so it is not made: a global match or a split of
/// millions of matches made an array of six properties per match, about 800 bytes that no
/// collection could free before the loop ended. Every observable step (the Get of "exec",
/// the reads and writes of "lastIndex") happens as in [`regexp_exec`].
fn regexp_exec_match(agent: &mut Agent, r: ObjectId, s: &JsString) -> JsResult<Exec> {
    // 1. Let exec be ? Get(R, "exec").
    let exec = get(agent, r, &exec_key())?;
    // 2.a-c with the built-in exec: its step 2 (RequireInternalSlot), then RegExpBuiltinExec.
    if matches!(exec, Value::Object(f) if f == agent.intrinsics.regexp_prototype_exec)
        && regexp_data(agent, r).is_some()
    {
        return Ok(match regexp_builtin_match(agent, r, s)? {
            Some(m) => Exec::Match(m),
            None => Exec::Null,
        });
    }
    Ok(match regexp_exec_with(agent, r, s, exec)? {
        Value::Object(o) => Exec::Object(o),
        _ => Exec::Null,
    })
}

/// RegExpExec ( R, S ) from step 2, with `exec` the value of R's "exec".
fn regexp_exec_with(agent: &mut Agent, r: ObjectId, s: &JsString, exec: Value) -> JsResult<Value> {
    // 2. If IsCallable(exec) is true, then
    if is_callable(agent, &exec) {
        // a. Let result be ? Call(exec, R, « S »).
        let result = call(agent, &exec, Value::Object(r), &[Value::String(s.clone())])?;
        // b. If result is not an Object and result is not null, throw a TypeError exception.
        if !matches!(result, Value::Object(_) | Value::Null) {
            return Err(agent.type_error("object null or function expected"));
        }
        // c. Return result.
        return Ok(result);
    }
    // 3. Perform ? RequireInternalSlot(R, [[RegExpMatcher]]).
    if regexp_data(agent, r).is_none() {
        return Err(agent.type_error("RegExp exec method called on an incompatible receiver"));
    }
    // 4. Return ? RegExpBuiltinExec(R, S).
    regexp_builtin_exec(agent, r, s)
}

/// RegExpBuiltinExec ( R, S ) (§22.2.7.2)
#[doc(alias = "RegExpBuiltinExec")]
pub fn regexp_builtin_exec(agent: &mut Agent, r: ObjectId, s: &JsString) -> JsResult<Value> {
    match regexp_builtin_match(agent, r, s)? {
        None => Ok(Value::Null),
        Some(m) => match_result_array(agent, r, s, m),
    }
}

/// RegExpBuiltinExec ( R, S ) steps 1-17: the match (and R's "lastIndex" updated), or `None`
/// where the result is null.
fn regexp_builtin_match(
    agent: &mut Agent,
    r: ObjectId,
    s: &JsString,
) -> JsResult<Option<regress::Match>> {
    // 1. Let length be the length of S.
    let length = s.len();
    // 2. Let lastIndex be ℝ(? ToLength(! Get(R, "lastIndex"))).
    let li = get(agent, r, &last_index_key())?;
    let mut last_index = to_length(agent, &li)?;
    // 3-8. Let flags be R.[[OriginalFlags]]; global, sticky, hasIndices; fullUnicode.
    let d = regexp_data(agent, r).expect("RegExpBuiltinExec on a RegExp");
    let flags = d.flags;
    let Some(matcher) = d.matcher.clone() else {
        return Err(agent.type_error("RegExp exec method called on an uninitialized RegExp"));
    };
    let (global, sticky) = (flags.global, flags.sticky);
    let full_unicode = flags.unicode || flags.unicode_sets;
    // 4-5. If global is false and sticky is false, set lastIndex to 0.
    if !global && !sticky {
        last_index = 0.0;
    }
    // 12-13. The matching loop: fail past the end, or (sticky) when no match starts exactly
    //        at lastIndex.
    let found = if last_index > length as f64 {
        None
    } else {
        let mut start = last_index as usize;
        // With fullUnicode, element lastIndex of S inside a surrogate pair belongs to the
        // pair's character (step 13's inputIndex).
        let u = s.units();
        if full_unicode
            && start > 0
            && start < u.len()
            && (0xD800..0xDC00).contains(&u[start - 1])
            && (0xDC00..0xE000).contains(&u[start])
        {
            start -= 1;
        }
        let known_miss = sticky
            && regexp_data(agent, r)
                .and_then(|d| d.sticky_miss.as_ref())
                .is_some_and(|miss| {
                    miss.string.units().as_ptr() == u.as_ptr()
                        && miss.string.len() == u.len()
                        && miss.from <= start
                        && miss.next.is_none_or(|next| start < next)
                });
        if known_miss {
            None
        } else {
            let found = super::regexp_runner::run_matcher(agent, &matcher, full_unicode, s, start)?;
            if sticky && found.as_ref().is_none_or(|m| m.start() != start) {
                let miss = StickyMiss {
                    string: s.clone(),
                    from: start,
                    next: found.as_ref().map(|m| m.start()),
                };
                if let ObjectKind::Internal(slots) = &mut agent.heap.get_mut(r).kind {
                    if let InternalSlots::RegExp(d) = &mut **slots {
                        d.sticky_miss = Some(miss);
                    }
                }
            }
            found.filter(|m| !sticky || m.start() == start)
        }
    };
    let Some(m) = found else {
        // 13.a.i / 13.c.i. If global or sticky, perform ? Set(R, "lastIndex", +0𝔽, true).
        if global || sticky {
            set(agent, r, last_index_key(), Value::Number(0.0), true)?;
        }
        // Return null.
        return Ok(None);
    };
    // 14-16. Let e be r's endIndex value (code unit indices already: the input is UTF-16).
    let e = m.end();
    // 17. If global is true or sticky is true, perform ? Set(R, "lastIndex", 𝔽(e), true).
    if global || sticky {
        set(agent, r, last_index_key(), Value::Number(e as f64), true)?;
    }
    Ok(Some(m))
}

/// RegExpBuiltinExec ( R, S ) steps 18-35: the result array of the match `m`.
fn match_result_array(
    agent: &mut Agent,
    r: ObjectId,
    s: &JsString,
    m: regress::Match,
) -> JsResult<Value> {
    let has_indices = regexp_data(agent, r).is_some_and(|d| d.flags.has_indices);
    let (start, e) = (m.start(), m.end());
    // 18-19. Let n be the number of elements in r's captures List.
    // 20-22. Let A be ! ArrayCreate(n + 1); index; input.
    let n = m.captures.len();
    let a = create_array_from_list(agent, Vec::new());
    create_data_property_or_throw(
        agent,
        a,
        PropertyKey::from("index"),
        Value::Number(start as f64),
    )?;
    create_data_property_or_throw(
        agent,
        a,
        PropertyKey::from("input"),
        Value::String(s.clone()),
    )?;
    // 23-25. Let match be the Match Record { [[StartIndex]]: lastIndex, [[EndIndex]]: e };
    //        CreateDataProperty(A, "0", matchedSubstr).
    create_data_property_or_throw(
        agent,
        a,
        PropertyKey::from("0"),
        Value::String(s.slice(start, e)),
    )?;
    // 26-28. If R contains any GroupName, groups is OrdinaryObjectCreate(null); else undefined.
    let named: Vec<(String, Option<regress::Range>)> = m
        .named_groups()
        .map(|(name, range)| (name.to_string(), range))
        .collect();
    let has_groups = !named.is_empty();
    let groups = if has_groups {
        Value::Object(ordinary_object_create(agent, None))
    } else {
        Value::Undefined
    };
    // 29. Perform ! CreateDataProperty(A, "groups", groups).
    create_data_property_or_throw(agent, a, PropertyKey::from("groups"), groups.clone())?;
    // 33. For each integer i such that 1 ≤ i ≤ n, in ascending order, do
    let mut indices: Vec<Option<(usize, usize)>> = vec![Some((start, e))];
    for i in 1..=n {
        // a-d. Let capturedValue be undefined, or the captured substring.
        let cap = m.captures[i - 1].clone();
        let value = match &cap {
            Some(range) => Value::String(s.slice(range.start, range.end)),
            None => Value::Undefined,
        };
        indices.push(cap.map(|r| (r.start, r.end)));
        // e. Perform ! CreateDataProperty(A, ! ToString(𝔽(i)), capturedValue).
        create_data_property_or_throw(agent, a, PropertyKey::from(i.to_string().as_str()), value)?;
    }
    // f. If the ith capture of R was defined with a GroupName, CreateDataProperty(groups, s,
    //    capturedValue) (names in order, a duplicate name taking the participating group).
    if let Value::Object(g) = groups {
        for (name, range) in &named {
            let value = match range {
                Some(r) => Value::String(s.slice(r.start, r.end)),
                None => Value::Undefined,
            };
            create_data_property_or_throw(agent, g, PropertyKey::from(name.as_str()), value)?;
        }
    }
    // 34. If hasIndices is true, then
    if has_indices {
        // a. Let indicesArray be MakeMatchIndicesIndexPairArray(S, indices, groupNames,
        //    hasGroups).
        let indices_array =
            make_match_indices_index_pair_array(agent, &indices, &named, has_groups)?;
        // b. Perform ! CreateDataProperty(A, "indices", indicesArray).
        create_data_property_or_throw(agent, a, PropertyKey::from("indices"), indices_array)?;
    }
    // 35. Return A.
    Ok(Value::Object(a))
}

/// MakeMatchIndicesIndexPairArray ( S, indices, groupNames, hasGroups ) (§22.2.7.8)
#[doc(alias = "MakeMatchIndicesIndexPairArray")]
fn make_match_indices_index_pair_array(
    agent: &mut Agent,
    indices: &[Option<(usize, usize)>],
    named: &[(String, Option<regress::Range>)],
    has_groups: bool,
) -> JsResult<Value> {
    // 1-4. Let A be ! ArrayCreate(n); groups is a null-prototype object or undefined.
    let a = create_array_from_list(agent, Vec::new());
    let groups = if has_groups {
        Value::Object(ordinary_object_create(agent, None))
    } else {
        Value::Undefined
    };
    // 6. For each i, the pair [start, end] (GetMatchIndexPair) or undefined.
    for (i, pair) in indices.iter().enumerate() {
        let v = match pair {
            Some((s, e)) => {
                let pair = create_array_from_list(
                    agent,
                    vec![Value::Number(*s as f64), Value::Number(*e as f64)],
                );
                Value::Object(pair)
            }
            None => Value::Undefined,
        };
        create_data_property_or_throw(agent, a, PropertyKey::from(i.to_string().as_str()), v)?;
    }
    // 5. Perform ! CreateDataProperty(A, "groups", groups).
    create_data_property_or_throw(agent, a, PropertyKey::from("groups"), groups.clone())?;
    if let Value::Object(g) = groups {
        for (name, range) in named {
            let v = match range {
                Some(r) => Value::Object(create_array_from_list(
                    agent,
                    vec![Value::Number(r.start as f64), Value::Number(r.end as f64)],
                )),
                None => Value::Undefined,
            };
            create_data_property_or_throw(agent, g, PropertyKey::from(name.as_str()), v)?;
        }
    }
    Ok(Value::Object(a))
}

/// GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
/// (§22.1.3.19.1)
#[doc(alias = "GetSubstitution")]
pub(crate) fn get_substitution(
    agent: &mut Agent,
    result: &mut super::string::StringBuilder,
    matched: &JsString,
    string: &JsString,
    position: usize,
    captures: &[Option<JsString>],
    named_captures: &Value,
    template: &JsString,
) -> JsResult<()> {
    // The parts of matched, string and the captures are appended as slices of those strings
    // (long ones are not copied).
    enum Piece<'p> {
        Slice(&'p JsString, usize, usize),
        Owned(JsString),
    }
    let template_string = template;
    let template = template_string.units();
    let s = string.units();
    const DOLLAR: u16 = b'$' as u16;
    let is_digit = |c: u16| (b'0' as u16..=b'9' as u16).contains(&c);
    // 1. Let stringLength be the length of str.
    let string_length = s.len();
    // 3. Let result be the empty String (NOTE(mini-js): appended to the caller's result
    //    directly, under the length and heap limits, without copies of the parts).
    // 4. Let templateRemainder be replacementTemplate.
    let mut i = 0;
    // 5. Repeat, while templateRemainder is not the empty String,
    while i < template.len() {
        let rest = &template[i..];
        let (ref_len, replacement): (usize, Option<Piece>) = if rest[0] != DOLLAR || rest.len() == 1
        {
            // g. Else: ref is the first code unit, refReplacement is ref.
            (1, None)
        } else {
            match rest[1] {
                // b. "$$" is "$".
                c if c == DOLLAR => (2, Some(Piece::Slice(template_string, i, i + 1))),
                // c. "$`" is the part of str before position.
                0x60 => (
                    2,
                    Some(Piece::Slice(string, 0, position.min(string_length))),
                ),
                // d. "$&" is matched.
                0x26 => (2, Some(Piece::Slice(matched, 0, matched.len()))),
                // e. "$'" is the part of str after the match.
                0x27 => {
                    let tail_pos = (position + matched.len()).min(string_length);
                    (2, Some(Piece::Slice(string, tail_pos, string_length)))
                }
                // f. "$" followed by one or more decimal digits.
                c if is_digit(c) => {
                    // i-ii. Take two digits if there are two, else one.
                    let mut digit_count = if rest.len() > 2 && is_digit(rest[2]) {
                        2
                    } else {
                        1
                    };
                    let digit = |k: usize| (rest[k] - b'0' as u16) as usize;
                    let mut index = if digit_count == 2 {
                        digit(1) * 10 + digit(2)
                    } else {
                        digit(1)
                    };
                    let capture_len = captures.len();
                    // vi. If index > captureLen and digitCount = 2, use one digit.
                    if index > capture_len && digit_count == 2 {
                        digit_count = 1;
                        index = digit(1);
                    }
                    // vii-ix. A capture in range is its value ("" if undefined); else ref stays.
                    if (1..=capture_len).contains(&index) {
                        let v = match &captures[index - 1] {
                            Some(c) => Piece::Slice(c, 0, c.len()),
                            None => Piece::Owned(JsString::from("")),
                        };
                        (1 + digit_count, Some(v))
                    } else {
                        (1 + digit_count, None)
                    }
                }
                // g. "$<": a named capture when namedCaptures is an object and ">" follows.
                0x3C => {
                    let gt = rest.iter().position(|&c| c == b'>' as u16);
                    match (gt, named_captures) {
                        (Some(gt_pos), Value::Object(nc)) => {
                            let group_name = JsString::from(rest[2..gt_pos].to_vec());
                            let capture = get(agent, *nc, &PropertyKey::from(group_name))?;
                            let v = if capture.is_undefined() {
                                JsString::from("")
                            } else {
                                to_string(agent, &capture)?
                            };
                            (gt_pos + 1, Some(Piece::Owned(v)))
                        }
                        _ => (2, None),
                    }
                }
                _ => (1, None),
            }
        };
        match replacement {
            Some(Piece::Slice(from, a, b)) => result.push_slice(agent, from, a, b)?,
            Some(Piece::Owned(v)) => result.push_str(agent, &v)?,
            None => result.push_slice(agent, template_string, i, i + ref_len)?,
        }
        i += ref_len;
    }
    Ok(())
}

/// Whether a flags string contains the code unit `c`.
fn has_flag(flags: &JsString, c: char) -> bool {
    flags.units().contains(&(c as u16))
}

/// `this` as an Object, or the TypeError V8 gives for `RegExp.prototype.name`.
fn this_regexp_object(agent: &mut Agent, this: &Value, name: &str) -> JsResult<ObjectId> {
    match this {
        Value::Object(o) => Ok(*o),
        _ => {
            let shown = crate::describe::brief_value(agent, this);
            Err(agent.type_error(format!(
                "Method RegExp.prototype.{name} called on incompatible receiver {shown}"
            )))
        }
    }
}

// ───────────────────────────── the constructor's properties ─────────────────────────────

/// get RegExp [ %Symbol.species% ] (§22.2.5.3)
fn regexp_species(
    _agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. Return the this value.
    Ok(this)
}

/// RegExp.escape ( S ) (§22.2.5.1)
fn regexp_escape(
    agent: &mut Agent,
    _this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1. If S is not a String, throw a TypeError exception.
    let Value::String(s) = arg(args, 0) else {
        return Err(agent.type_error("RegExp.escape requires a string"));
    };
    // 2. Let escaped be the empty String.
    let mut escaped: Vec<u16> = Vec::new();
    // 3. Let cpList be StringToCodePoints(S).
    let cps = code_points(s.units());
    // 4. For each code point c of cpList, do
    for (k, &c) in cps.iter().enumerate() {
        // a. If escaped is empty and c is a decimal digit or ASCII letter, escape it as \xHH.
        let ch = char::from_u32(c);
        if k == 0 && ch.is_some_and(|ch| ch.is_ascii_alphanumeric()) {
            escaped.extend(format!("\\x{c:02x}").encode_utf16());
        } else {
            // b. Else, EncodeForRegExpEscape(c).
            encode_for_regexp_escape(c, &mut escaped);
        }
    }
    // 5. Return escaped.
    Ok(Value::String(JsString::from(escaped)))
}

/// EncodeForRegExpEscape ( c ) (§22.2.5.1.1)
fn encode_for_regexp_escape(c: u32, out: &mut Vec<u16>) {
    let syntax = "^$\\.*+?()[]{}|/";
    let other_punct = ",-=<>#&!%:;@~'`\"";
    match char::from_u32(c) {
        // 1. A SyntaxCharacter or "/": a backslash then c.
        Some(ch) if syntax.contains(ch) => {
            out.push(b'\\' as u16);
            out.push(c as u16);
        }
        // 2. A ControlEscape character: \t \n \v \f \r.
        Some('\t') => out.extend("\\t".encode_utf16()),
        Some('\n') => out.extend("\\n".encode_utf16()),
        Some('\u{B}') => out.extend("\\v".encode_utf16()),
        Some('\u{C}') => out.extend("\\f".encode_utf16()),
        Some('\r') => out.extend("\\r".encode_utf16()),
        // 3-5. Other punctuators, white space, line terminators, and lone surrogates:
        //      \xHH below 0x100, else \uHHHH per code unit.
        ch if ch.is_some_and(|ch| {
            other_punct.contains(ch)
                || crate::abstract_ops::is_js_whitespace(ch as u32 as u16)
                || matches!(ch, '\u{2028}' | '\u{2029}')
        }) || (0xD800..=0xDFFF).contains(&c) =>
        {
            if c <= 0xFF {
                out.extend(format!("\\x{c:02x}").encode_utf16());
            } else {
                let mut buf = [0u16; 2];
                let units: Vec<u16> = match char::from_u32(c) {
                    Some(ch) => ch.encode_utf16(&mut buf).to_vec(),
                    None => vec![c as u16],
                };
                for u in units {
                    out.extend(format!("\\u{u:04x}").encode_utf16());
                }
            }
        }
        // 6. Otherwise c itself (UTF16EncodeCodePoint).
        Some(ch) => {
            let mut buf = [0u16; 2];
            out.extend_from_slice(ch.encode_utf16(&mut buf));
        }
        None => out.push(c as u16),
    }
}

// ───────────────────────────── %RegExp.prototype% ─────────────────────────────

/// RegExp.prototype.compile ( pattern, flags ) (Annex B.2.4.1)
fn regexp_prototype_compile(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let O be the this value; RequireInternalSlot(O, [[RegExpMatcher]]).
    let o = match &this {
        Value::Object(o) if regexp_data(agent, *o).is_some() => *o,
        _ => {
            let shown = crate::describe::brief_value(agent, &this);
            return Err(agent.type_error(format!(
                "Method RegExp.prototype.compile called on incompatible receiver {shown}"
            )));
        }
    };
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    // 3. If pattern is an Object and pattern has a [[RegExpMatcher]] internal slot, then
    let (p, f) = match &pattern {
        Value::Object(po) if regexp_data(agent, *po).is_some() => {
            // a. If flags is not undefined, throw a TypeError exception.
            if !flags.is_undefined() {
                return Err(agent
                    .type_error("Cannot supply flags when constructing one RegExp from another"));
            }
            // b-c. Let P be pattern.[[OriginalSource]] and F be pattern.[[OriginalFlags]].
            let d = regexp_data(agent, *po).expect("checked");
            (
                Value::String(d.original_source.clone()),
                Value::String(d.original_flags.clone()),
            )
        }
        // 4. Else, let P be pattern and F be flags.
        _ => (pattern, flags),
    };
    // 5. Return ? RegExpInitialize(O, P, F).
    regexp_initialize(agent, o, &p, &f)
}

/// RegExp.prototype.exec ( string ) (§22.2.6.2)
fn regexp_prototype_exec(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let R be the this value; RequireInternalSlot(R, [[RegExpMatcher]]).
    let r = match &this {
        Value::Object(o) if regexp_data(agent, *o).is_some() => *o,
        _ => {
            let shown = crate::describe::brief_value(agent, &this);
            return Err(agent.type_error(format!(
                "Method RegExp.prototype.exec called on incompatible receiver {shown}"
            )));
        }
    };
    // 3. Let S be ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    agent.check_flatten(&s)?;
    // 4. Return ? RegExpBuiltinExec(R, S).
    regexp_builtin_exec(agent, r, &s)
}

/// RegExpHasFlag ( R, codeUnit ) (§22.2.6.4.1) for the flag getters.
#[doc(alias = "RegExpHasFlag")]
fn regexp_has_flag(
    agent: &mut Agent,
    this: &Value,
    name: &str,
    pick: fn(&RegExpFlags) -> bool,
) -> JsResult<Value> {
    // 1. If R is not an Object, throw a TypeError exception.
    let r = this_regexp_object(agent, this, name)?;
    // 2. If R does not have an [[OriginalFlags]] internal slot, then
    match regexp_data(agent, r) {
        Some(d) => Ok(Value::Bool(pick(&d.flags))),
        // a. If SameValue(R, %RegExp.prototype%) is true, return undefined.
        None if r == agent.intrinsics.regexp_prototype => Ok(Value::Undefined),
        // b. Otherwise, throw a TypeError exception.
        None => {
            let shown = crate::describe::brief_value(agent, this);
            Err(agent.type_error(format!(
                "Method RegExp.prototype.{name} called on incompatible receiver {shown}"
            )))
        }
    }
}

macro_rules! flag_getter {
    ($fn_name:ident, $name:literal, $field:ident, $clause:literal) => {
        #[doc = concat!("get RegExp.prototype.", $name, " (§", $clause, ")")]
        fn $fn_name(
            agent: &mut Agent,
            this: Value,
            _args: &[Value],
            _nt: Option<ObjectId>,
        ) -> JsResult<Value> {
            regexp_has_flag(agent, &this, $name, |f| f.$field)
        }
    };
}

flag_getter!(regexp_prototype_dot_all, "dotAll", dot_all, "22.2.6.3");
flag_getter!(regexp_prototype_global, "global", global, "22.2.6.6");
flag_getter!(
    regexp_prototype_has_indices,
    "hasIndices",
    has_indices,
    "22.2.6.7"
);
flag_getter!(
    regexp_prototype_ignore_case,
    "ignoreCase",
    ignore_case,
    "22.2.6.8"
);
flag_getter!(
    regexp_prototype_multiline,
    "multiline",
    multiline,
    "22.2.6.11"
);
flag_getter!(regexp_prototype_sticky, "sticky", sticky, "22.2.6.16");
flag_getter!(regexp_prototype_unicode, "unicode", unicode, "22.2.6.18");
flag_getter!(
    regexp_prototype_unicode_sets,
    "unicodeSets",
    unicode_sets,
    "22.2.6.19"
);

/// get RegExp.prototype.flags (§22.2.6.4)
fn regexp_prototype_flags(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let R be the this value; if R is not an Object, throw a TypeError exception.
    let Value::Object(r) = this else {
        let shown = crate::describe::brief_value(agent, &this);
        return Err(agent.type_error(format!(
            "RegExp.prototype.flags getter called on non-object {shown}"
        )));
    };
    // 3-18. For each flag property in order, append its code unit when ToBoolean(? Get(R, name)).
    let mut result = String::new();
    for (name, c) in [
        ("hasIndices", 'd'),
        ("global", 'g'),
        ("ignoreCase", 'i'),
        ("multiline", 'm'),
        ("dotAll", 's'),
        ("unicode", 'u'),
        ("unicodeSets", 'v'),
        ("sticky", 'y'),
    ] {
        if to_boolean(&get_str(agent, r, name)?) {
            result.push(c);
        }
    }
    // 19. Return result.
    Ok(Value::str(&result))
}

/// get RegExp.prototype.source (§22.2.6.13)
fn regexp_prototype_source(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let R be the this value; if R is not an Object, throw a TypeError exception.
    let r = this_regexp_object(agent, &this, "source")?;
    // 3. If R does not have an [[OriginalSource]] internal slot, then
    let Some(d) = regexp_data(agent, r) else {
        // a. If SameValue(R, %RegExp.prototype%) is true, return "(?:)".
        if r == agent.intrinsics.regexp_prototype {
            return Ok(Value::str("(?:)"));
        }
        // b. Otherwise, throw a TypeError exception.
        let shown = crate::describe::brief_value(agent, &this);
        return Err(agent.type_error(format!(
            "Method RegExp.prototype.source called on incompatible receiver {shown}"
        )));
    };
    // 4-6. Return EscapeRegExpPattern(src, flags).
    Ok(Value::String(JsString::from(escape_regexp_pattern(
        d.original_source.units(),
    ))))
}

/// RegExp.prototype.test ( S ) (§22.2.6.16)
fn regexp_prototype_test(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let R be the this value; if R is not an Object, throw a TypeError exception.
    let r = this_regexp_object(agent, &this, "test")?;
    // 3. Let string be ? ToString(S).
    let s = to_string(agent, &arg(args, 0))?;
    agent.check_flatten(&s)?;
    // 4. Let match be ? RegExpExec(R, string).
    let m = regexp_exec(agent, r, &s)?;
    // 5. If match is not null, return true; else return false.
    Ok(Value::Bool(!matches!(m, Value::Null)))
}

/// RegExp.prototype.toString ( ) (§22.2.6.17)
fn regexp_prototype_to_string(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let R be the this value; if R is not an Object, throw a TypeError exception.
    let r = this_regexp_object(agent, &this, "toString")?;
    // 3. Let pattern be ? ToString(? Get(R, "source")).
    let source = get_str(agent, r, "source")?;
    let pattern = to_string(agent, &source)?;
    // 4. Let flags be ? ToString(? Get(R, "flags")).
    let flags = get_str(agent, r, "flags")?;
    let flags = to_string(agent, &flags)?;
    // 5. Return "/" + pattern + "/" + flags.
    let result = JsString::from("/")
        .concat(&pattern)
        .concat(&JsString::from("/"))
        .concat(&flags);
    Ok(Value::String(result))
}

/// RegExp.prototype [ %Symbol.match% ] ( string ) (§22.2.6.8)
fn regexp_prototype_match(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let rx be the this value; if rx is not an Object, throw a TypeError exception.
    let rx = this_regexp_object(agent, &this, "@@match")?;
    // 3. Let S be ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    agent.check_flatten(&s)?;
    // 4. Let flags be ? ToString(? Get(rx, "flags")).
    let flags = get_str(agent, rx, "flags")?;
    let flags = to_string(agent, &flags)?;
    // 5. If flags does not contain "g", return ? RegExpExec(rx, S).
    if !has_flag(&flags, 'g') {
        return regexp_exec(agent, rx, &s);
    }
    // 6.a-b. If flags contains "u" or "v", let fullUnicode be true.
    let full_unicode = has_flag(&flags, 'u') || has_flag(&flags, 'v');
    // 6.c. Perform ? Set(rx, "lastIndex", +0𝔽, true).
    set(agent, rx, last_index_key(), Value::Number(0.0), true)?;
    // 6.d-e. Let A be ! ArrayCreate(0); let n be 0. (A is made at the end, from the list of
    //        the matches: nothing observes it before; n is the list's length.)
    let mut parts = SplitParts::default();
    // 6.f. Repeat,
    loop {
        // i. Let result be ? RegExpExec(rx, S).
        let empty = match regexp_exec_match(agent, rx, &s)? {
            // ii. If result is null, return null if n = 0, else A.
            Exec::Null => {
                return Ok(if parts.len() == 0 {
                    Value::Null
                } else {
                    Value::Object(parts.into_array(agent))
                });
            }
            // iii.1-2. matchStr is result's "0": the matched substring.
            Exec::Match(m) => {
                parts.push(agent, &s, m.start(), m.end())?;
                m.start() == m.end()
            }
            Exec::Object(result) => {
                // iii.1. Let matchStr be ? ToString(? Get(result, "0")).
                let m0 = get_str(agent, result, "0")?;
                let match_str = to_string(agent, &m0)?;
                // iii.2. Perform ! CreateDataProperty(A, ! ToString(𝔽(n)), matchStr).
                let empty = match_str.is_empty();
                parts.push_value(agent, Value::String(match_str))?;
                empty
            }
        };
        // iii.3. If matchStr is the empty String, advance lastIndex.
        if empty {
            advance_last_index(agent, rx, &s, full_unicode)?;
        }
        // iii.4. Set n to n + 1.
    }
}

/// RegExp.prototype [ %Symbol.matchAll% ] ( string ) (§22.2.6.9)
fn regexp_prototype_match_all(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let R be the this value; if R is not an Object, throw a TypeError exception.
    let r = this_regexp_object(agent, &this, "@@matchAll")?;
    // 3. Let S be ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    agent.check_flatten(&s)?;
    // 4. Let C be ? SpeciesConstructor(R, %RegExp%).
    let default = agent.intrinsics.regexp;
    let c = species_constructor(agent, r, default)?;
    // 5. Let flags be ? ToString(? Get(R, "flags")).
    let flags = get_str(agent, r, "flags")?;
    let flags = to_string(agent, &flags)?;
    // 6. Let matcher be ? Construct(C, « R, flags »).
    let matcher = construct(
        agent,
        c,
        &[Value::Object(r), Value::String(flags.clone())],
        None,
    )?;
    let Value::Object(matcher) = matcher else {
        return Err(agent.type_error("RegExp species constructor returned a non-object"));
    };
    // 7. Let lastIndex be ? ToLength(? Get(R, "lastIndex")).
    let li = get(agent, r, &last_index_key())?;
    let last_index = to_length(agent, &li)?;
    // 8. Perform ? Set(matcher, "lastIndex", lastIndex, true).
    set(
        agent,
        matcher,
        last_index_key(),
        Value::Number(last_index),
        true,
    )?;
    // 9-12. global and fullUnicode from flags.
    let global = has_flag(&flags, 'g');
    let unicode = has_flag(&flags, 'u') || has_flag(&flags, 'v');
    // 13. Return CreateRegExpStringIterator(matcher, S, global, fullUnicode).
    Ok(Value::Object(create_regexp_string_iterator(
        agent, matcher, s, global, unicode,
    )))
}

/// CreateRegExpStringIterator ( R, S, global, fullUnicode ) (§22.2.9.1)
#[doc(alias = "CreateRegExpStringIterator")]
fn create_regexp_string_iterator(
    agent: &mut Agent,
    regexp: ObjectId,
    string: JsString,
    global: bool,
    unicode: bool,
) -> ObjectId {
    let proto = agent.intrinsics.regexp_string_iterator_prototype;
    let kind = ObjectKind::Internal(Box::new(InternalSlots::RegExpStringIterator(Box::new(
        RegExpStringIteratorData {
            regexp,
            string,
            global,
            unicode,
            done: false,
        },
    ))));
    agent
        .heap
        .alloc(crate::object::Object::new(Some(proto), kind))
}

/// %RegExpStringIteratorPrototype%.next ( ) (§22.2.9.2.1)
fn regexp_string_iterator_next(
    agent: &mut Agent,
    this: Value,
    _args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-3. Let O be the this value; it must have the RegExp String Iterator slots.
    let state = match &this {
        Value::Object(o) => match &agent.heap.get(*o).kind {
            ObjectKind::Internal(slots) => match &**slots {
                InternalSlots::RegExpStringIterator(d) => {
                    Some((*o, d.regexp, d.string.clone(), d.global, d.unicode, d.done))
                }
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((o, r, s, global, unicode, done)) = state else {
        let shown = crate::describe::brief_value(agent, &this);
        return Err(agent.type_error(format!(
            "Method %RegExpStringIterator%.prototype.next called on incompatible receiver {shown}"
        )));
    };
    let set_done = |agent: &mut Agent| {
        if let ObjectKind::Internal(slots) = &mut agent.heap.get_mut(o).kind {
            if let InternalSlots::RegExpStringIterator(d) = &mut **slots {
                d.done = true;
            }
        }
    };
    // 4. If O.[[Done]] is true, return CreateIteratorResultObject(undefined, true).
    if done {
        return Ok(Value::Object(create_iterator_result_object(
            agent,
            Value::Undefined,
            true,
        )));
    }
    // 5-9. Let match be ? RegExpExec(R, S).
    let m = regexp_exec(agent, r, &s)?;
    // 10. If match is null, then set [[Done]] and return the done result.
    let Value::Object(mo) = m else {
        set_done(agent);
        return Ok(Value::Object(create_iterator_result_object(
            agent,
            Value::Undefined,
            true,
        )));
    };
    // 11. If global is false, then set [[Done]] and return the match.
    if !global {
        set_done(agent);
        return Ok(Value::Object(create_iterator_result_object(
            agent, m, false,
        )));
    }
    // 12. Let matchStr be ? ToString(? Get(match, "0")); advance lastIndex past an empty one.
    let m0 = get_str(agent, mo, "0")?;
    let match_str = to_string(agent, &m0)?;
    if match_str.is_empty() {
        advance_last_index(agent, r, &s, unicode)?;
    }
    // 13. Return CreateIteratorResultObject(match, false).
    Ok(Value::Object(create_iterator_result_object(
        agent, m, false,
    )))
}

/// RegExp.prototype [ %Symbol.replace% ] ( string, replaceValue ) (§22.2.6.11)
fn regexp_prototype_replace(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let rx be the this value; if rx is not an Object, throw a TypeError exception.
    let rx = this_regexp_object(agent, &this, "@@replace")?;
    // 3. Let S be ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    agent.check_flatten(&s)?;
    // 4. Let lengthS be the length of S.
    let length_s = s.len();
    // 5-6. If IsCallable(replaceValue) is false, set replaceValue to ? ToString(replaceValue).
    let mut replace_value = arg(args, 1);
    let functional = is_callable(agent, &replace_value);
    if !functional {
        replace_value = Value::String(to_string(agent, &replace_value)?);
    }
    // 7. Let flags be ? ToString(? Get(rx, "flags")).
    let flags = get_str(agent, rx, "flags")?;
    let flags = to_string(agent, &flags)?;
    // 8-9. Let global be whether flags contains "g"; if so, fullUnicode and lastIndex = 0.
    let global = has_flag(&flags, 'g');
    let full_unicode = has_flag(&flags, 'u') || has_flag(&flags, 'v');
    if global {
        set(agent, rx, last_index_key(), Value::Number(0.0), true)?;
    }
    // 10-12. Let results be a new empty List; collect the matches.
    let mut results: Vec<ObjectId> = Vec::new();
    // a. Let result be ? RegExpExec(rx, S); b. stop when it is null.
    while let Value::Object(result) = regexp_exec(agent, rx, &s)? {
        // c.i. Append result to results (counted: a global replace of a huge string
        //      stops at the heap limit).
        crate::heap::push_counted(&mut results, result).map_err(|()| {
            let max = agent.options.max_heap_bytes.unwrap_or(u64::MAX);
            crate::Abrupt::Terminate(crate::Limit::HeapBytes(max))
        })?;
        // c.ii. If global is false, stop.
        if !global {
            break;
        }
        // c.iii. Let matchStr be ? ToString(? Get(result, "0")); advance past an empty match.
        let m0 = get_str(agent, result, "0")?;
        let match_str = to_string(agent, &m0)?;
        if match_str.is_empty() {
            advance_last_index(agent, rx, &s, full_unicode)?;
        }
    }
    // 13-14. Let accumulatedResult be ""; nextSourcePosition be 0.
    let mut accumulated = super::string::StringBuilder::new();
    let mut next_source_position = 0usize;
    // 15. For each element result of results, do
    for result in results {
        // a-b. Let resultLength be ? LengthOfArrayLike(result); nCaptures = max(len - 1, 0).
        let result_length = length_of_array_like(agent, result)?;
        let n_captures = (result_length as usize).saturating_sub(1);
        // c-d. Let matched be ? ToString(? Get(result, "0")); matchLength its length.
        let m0 = get_str(agent, result, "0")?;
        let matched = to_string(agent, &m0)?;
        let match_length = matched.len();
        // e-g. Let position be ? ToIntegerOrInfinity(? Get(result, "index")), clamped.
        let idx = get_str(agent, result, "index")?;
        let position = to_integer_or_infinity(agent, &idx)?;
        let position = position.clamp(0.0, length_s as f64) as usize;
        // h-i. Let captures be the captured strings (undefined stays undefined).
        let mut captures: Vec<Option<JsString>> = Vec::with_capacity(n_captures);
        for n in 1..=n_captures {
            let cap_n = get(agent, result, &PropertyKey::from(n.to_string().as_str()))?;
            captures.push(if cap_n.is_undefined() {
                None
            } else {
                Some(to_string(agent, &cap_n)?)
            });
        }
        // j. Let namedCaptures be ? Get(result, "groups").
        let named_captures = get_str(agent, result, "groups")?;
        // k-l. The replacement: the function's result, or GetSubstitution; m. if position ≥
        //      nextSourcePosition, append S[nextSourcePosition..position] and it.
        //      NOTE(mini-js): the substitution is written straight into the result after the
        //      preserved part (or into a scratch list when it is dropped: its getters still
        //      run), under the length and heap limits.
        let kept = position >= next_source_position;
        if functional {
            // k.i-iv. replacerArgs = « matched » + captures + « position, S » (+ groups).
            let mut replacer_args = vec![Value::String(matched.clone())];
            replacer_args.extend(captures.iter().map(|c| match c {
                Some(c) => Value::String(c.clone()),
                None => Value::Undefined,
            }));
            replacer_args.push(Value::Number(position as f64));
            replacer_args.push(Value::String(s.clone()));
            if !named_captures.is_undefined() {
                replacer_args.push(named_captures);
            }
            // v-vi. Let replValue be ? Call(replaceValue, undefined, replacerArgs).
            let repl_value = call(agent, &replace_value, Value::Undefined, &replacer_args)?;
            let replacement = to_string(agent, &repl_value)?;
            if kept {
                accumulated.push_slice(agent, &s, next_source_position, position)?;
                accumulated.push_str(agent, &replacement)?;
            }
        } else {
            // l.i. If namedCaptures is not undefined, set it to ? ToObject(namedCaptures).
            let named_captures = if named_captures.is_undefined() {
                Value::Undefined
            } else {
                Value::Object(to_object(agent, &named_captures)?)
            };
            let Value::String(template) = &replace_value else {
                unreachable!("replaceValue was made a String")
            };
            // l.ii. Let replacement be ? GetSubstitution(...).
            let mut dropped = super::string::StringBuilder::new();
            let out = if kept {
                accumulated.push_slice(agent, &s, next_source_position, position)?;
                &mut accumulated
            } else {
                &mut dropped
            };
            get_substitution(
                agent,
                out,
                &matched,
                &s,
                position,
                &captures,
                &named_captures,
                template,
            )?;
        }
        if kept {
            // m.iii. Set nextSourcePosition to position + matchLength.
            next_source_position = position + match_length;
        }
    }
    // 16. If nextSourcePosition ≥ lengthS, return accumulatedResult.
    // 17. Return accumulatedResult + the substring of S from nextSourcePosition.
    if next_source_position < length_s {
        accumulated.push_slice(agent, &s, next_source_position, length_s)?;
    }
    Ok(Value::String(accumulated.finish(agent)?))
}

/// RegExp.prototype [ %Symbol.search% ] ( string ) (§22.2.6.12)
fn regexp_prototype_search(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let rx be the this value; if rx is not an Object, throw a TypeError exception.
    let rx = this_regexp_object(agent, &this, "@@search")?;
    // 3. Let S be ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    agent.check_flatten(&s)?;
    // 4. Let previousLastIndex be ? Get(rx, "lastIndex").
    let previous = get(agent, rx, &last_index_key())?;
    // 5. If SameValue(previousLastIndex, +0𝔽) is false, perform ? Set(rx, "lastIndex", +0𝔽).
    if !same_value(&previous, &Value::Number(0.0)) {
        set(agent, rx, last_index_key(), Value::Number(0.0), true)?;
    }
    // 6. Let result be ? RegExpExec(rx, S).
    let result = regexp_exec(agent, rx, &s)?;
    // 7-8. Let currentLastIndex be ? Get(rx, "lastIndex"); restore previousLastIndex.
    let current = get(agent, rx, &last_index_key())?;
    if !same_value(&current, &previous) {
        set(agent, rx, last_index_key(), previous, true)?;
    }
    // 9-10. If result is null, return -1𝔽; else return ? Get(result, "index").
    match result {
        Value::Object(r) => get_str(agent, r, "index"),
        _ => Ok(Value::Number(-1.0)),
    }
}

/// RegExp.prototype [ %Symbol.split% ] ( string, limit ) (§22.2.6.14)
fn regexp_prototype_split(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    // 1-2. Let rx be the this value; if rx is not an Object, throw a TypeError exception.
    let rx = this_regexp_object(agent, &this, "@@split")?;
    // 3. Let S be ? ToString(string).
    let s = to_string(agent, &arg(args, 0))?;
    agent.check_flatten(&s)?;
    // 4. Let C be ? SpeciesConstructor(rx, %RegExp%).
    let default = agent.intrinsics.regexp;
    let c = species_constructor(agent, rx, default)?;
    // 5. Let flags be ? ToString(? Get(rx, "flags")).
    let flags = get_str(agent, rx, "flags")?;
    let flags = to_string(agent, &flags)?;
    // 6-7. unicodeMatching if flags contains "u" or "v".
    let unicode_matching = has_flag(&flags, 'u') || has_flag(&flags, 'v');
    // 8-9. newFlags is flags with "y" added.
    let new_flags = if has_flag(&flags, 'y') {
        flags
    } else {
        flags.concat(&JsString::from("y"))
    };
    // 10. Let splitter be ? Construct(C, « rx, newFlags »).
    let splitter = construct(
        agent,
        c,
        &[Value::Object(rx), Value::String(new_flags)],
        None,
    )?;
    let Value::Object(splitter) = splitter else {
        return Err(agent.type_error("RegExp species constructor returned a non-object"));
    };
    // 11-12. Let A be ! ArrayCreate(0); lengthA be 0. (A is made at the end, from the list
    //        of the parts: nothing observes it before; lengthA is the list's length.)
    let mut parts = SplitParts::default();
    // 13-14. Let lim be 2**32 - 1 if limit is undefined, else ℝ(? ToUint32(limit)).
    let limit = arg(args, 1);
    let lim = if limit.is_undefined() {
        u32::MAX
    } else {
        let n = to_number(agent, &limit)?;
        to_uint32_f64(n)
    };
    let lim = lim as usize;
    // 15. If lim = 0, return A.
    if lim == 0 {
        return Ok(Value::Object(parts.into_array(agent)));
    }
    // 16-17. If S is the empty String: [S] unless the splitter matches it.
    let size = s.len();
    if size == 0 {
        if !matches!(regexp_exec_match(agent, splitter, &s)?, Exec::Null) {
            return Ok(Value::Object(parts.into_array(agent)));
        }
        parts.push(agent, &s, 0, 0)?;
        return Ok(Value::Object(parts.into_array(agent)));
    }
    // 18-19. Let p be 0; let q be p.
    let mut p = 0usize;
    let mut q = p;
    // 20. Repeat, while q < size,
    while q < size {
        // a. Perform ? Set(splitter, "lastIndex", 𝔽(q), true).
        set(
            agent,
            splitter,
            last_index_key(),
            Value::Number(q as f64),
            true,
        )?;
        // b. Let z be ? RegExpExec(splitter, S).
        let z = regexp_exec_match(agent, splitter, &s)?;
        // c. If z is null, set q to AdvanceStringIndex(S, q, unicodeMatching).
        // d.i-ii. Let e be min(ℝ(? ToLength(? Get(splitter, "lastIndex"))), size): with the
        //         built-in exec, the end of the match (which it stored in "lastIndex").
        let e = match &z {
            Exec::Null => {
                q = advance_string_index(s.units(), q, unicode_matching);
                continue;
            }
            Exec::Match(m) => m.end().min(size),
            Exec::Object(_) => {
                let li = get(agent, splitter, &last_index_key())?;
                (to_length(agent, &li)? as usize).min(size)
            }
        };
        // iii. If e = p, set q to AdvanceStringIndex(S, q, unicodeMatching).
        if e == p {
            q = advance_string_index(s.units(), q, unicode_matching);
            continue;
        }
        // iv.1-4. Append S[p..q]; return A if lengthA = lim.
        parts.push(agent, &s, p, q.min(size))?;
        if parts.len() == lim {
            return Ok(Value::Object(parts.into_array(agent)));
        }
        // 5. Set p to e.
        p = e;
        // 6-10. Append the captures.
        match z {
            Exec::Null => {}
            Exec::Match(m) => {
                for cap in &m.captures {
                    match cap {
                        Some(range) => parts.push(agent, &s, range.start, range.end)?,
                        None => parts.push_value(agent, Value::Undefined)?,
                    }
                    if parts.len() == lim {
                        return Ok(Value::Object(parts.into_array(agent)));
                    }
                }
            }
            Exec::Object(z) => {
                let number_of_captures = length_of_array_like(agent, z)?;
                let number_of_captures = (number_of_captures as usize).saturating_sub(1);
                for i in 1..=number_of_captures {
                    let next_capture = get(agent, z, &PropertyKey::from(i.to_string().as_str()))?;
                    // Rooted: the list is no root, and JavaScript runs before the array is
                    // made (the next exec).
                    agent.heap.native_roots.keep(&next_capture);
                    parts.push_value(agent, next_capture)?;
                    if parts.len() == lim {
                        return Ok(Value::Object(parts.into_array(agent)));
                    }
                }
            }
        }
        // 11. Set q to p.
        q = p;
    }
    // 21-23. Append S[p..size] and return A.
    parts.push(agent, &s, p.min(size), size)?;
    Ok(Value::Object(parts.into_array(agent)))
}

// ───────────────────────────── String.prototype ─────────────────────────────

/// The part shared by String.prototype.match, matchAll and search (§22.1.3.13, 14, 22):
/// dispatch to regexp[@@symbol] when the argument has one, else make a RegExp of it.
fn string_regexp_method(
    agent: &mut Agent,
    this: &Value,
    regexp: Value,
    name: &str,
    symbol: crate::value::Symbol,
    flags: &str,
    check_global: bool,
) -> JsResult<Value> {
    // 1. Let O be ? RequireObjectCoercible(this value).
    if this.is_nullish() {
        return Err(agent.type_error(format!(
            "String.prototype.{name} called on null or undefined"
        )));
    }
    // 2. If regexp is an Object, then
    if let Value::Object(_) = regexp {
        // matchAll: a. If ? IsRegExp(regexp) is true, its flags must contain "g".
        if check_global && is_regexp(agent, &regexp)? {
            let Value::Object(ro) = &regexp else {
                unreachable!()
            };
            let flags = get_str(agent, *ro, "flags")?;
            if flags.is_nullish() {
                return Err(agent.type_error(
                    "String.prototype.matchAll called with a non-global RegExp argument",
                ));
            }
            let flags = to_string(agent, &flags)?;
            if !has_flag(&flags, 'g') {
                return Err(agent.type_error(
                    "String.prototype.matchAll called with a non-global RegExp argument",
                ));
            }
        }
        // Let matcher be ? GetMethod(regexp, @@symbol); if not undefined, call it.
        let key = PropertyKey::Symbol(symbol.clone());
        let matcher = get_method(agent, &regexp, &key)?;
        if !matcher.is_undefined() {
            return call(agent, &matcher, regexp, std::slice::from_ref(this));
        }
    }
    // 3. Let S be ? ToString(O).
    let s = to_string(agent, this)?;
    // 4. Let rx be ? RegExpCreate(regexp, flags).
    let rx = regexp_create(agent, &regexp, &Value::str(flags))?;
    // 5. Return ? Invoke(rx, @@symbol, « S »).
    let key = PropertyKey::Symbol(symbol);
    let f = get(agent, rx, &key)?;
    call(agent, &f, Value::Object(rx), &[Value::String(s)])
}

/// String.prototype.match ( regexp ) (§22.1.3.13)
fn string_prototype_match(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let sym = agent.symbols.match_.clone();
    string_regexp_method(agent, &this, arg(args, 0), "match", sym, "", false)
}

/// String.prototype.matchAll ( regexp ) (§22.1.3.14)
fn string_prototype_match_all(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let sym = agent.symbols.match_all.clone();
    string_regexp_method(agent, &this, arg(args, 0), "matchAll", sym, "g", true)
}

/// String.prototype.search ( regexp ) (§22.1.3.22)
fn string_prototype_search(
    agent: &mut Agent,
    this: Value,
    args: &[Value],
    _nt: Option<ObjectId>,
) -> JsResult<Value> {
    let sym = agent.symbols.search.clone();
    string_regexp_method(agent, &this, arg(args, 0), "search", sym, "", false)
}
