//! Map and Set objects (ECMA-262 §24.1, §24.2).
//!
//! [[MapData]] / [[SetData]] is a list of entries in insertion order where deleted entries
//! become empty, exactly as the spec models it, so that live iterators see later additions
//! and skip deletions. An index by key makes lookups O(1).

use crate::value::Value;
use crate::Agent;
use rustc_hash::FxHashMap;

/// A key normalised for hashing with SameValueZero semantics.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MapKey {
    Undefined,
    Null,
    Bool(bool),
    /// The bits of the number, with -0 folded into +0 and every NaN into one NaN.
    Number(u64),
    String(crate::value::JsString),
    Symbol(crate::value::Symbol),
    Object(crate::heap::ObjectId),
}

impl MapKey {
    pub fn of(v: &Value) -> MapKey {
        match v {
            Value::Undefined => MapKey::Undefined,
            Value::Null => MapKey::Null,
            Value::Bool(b) => MapKey::Bool(*b),
            Value::Number(n) => MapKey::Number(if *n == 0.0 {
                0
            } else if n.is_nan() {
                f64::NAN.to_bits()
            } else {
                n.to_bits()
            }),
            Value::String(s) => MapKey::String(s.clone()),
            Value::Symbol(s) => MapKey::Symbol(s.clone()),
            Value::Object(o) => MapKey::Object(*o),
        }
    }
}

/// [[MapData]] (and [[SetData]], whose values are unused).
#[derive(Default)]
pub struct MapData {
    /// Entries in insertion order; `None` marks a deleted entry.
    pub entries: Vec<Option<(Value, Value)>>,
    pub index: FxHashMap<MapKey, usize>,
    /// Live entries.
    pub size: usize,
}

impl MapData {
    pub fn get(&self, key: &Value) -> Option<&Value> {
        let i = *self.index.get(&MapKey::of(key))?;
        self.entries[i].as_ref().map(|(_, v)| v)
    }
    pub fn has(&self, key: &Value) -> bool {
        self.index.contains_key(&MapKey::of(key))
    }
    /// Sets a key, normalising -0 to +0 as Map.prototype.set does.
    pub fn set(&mut self, key: Value, value: Value) {
        let key = match key {
            Value::Number(n) if n == 0.0 => Value::Number(0.0),
            k => k,
        };
        let mk = MapKey::of(&key);
        if let Some(&i) = self.index.get(&mk) {
            if let Some(e) = &mut self.entries[i] {
                e.1 = value;
                return;
            }
        }
        self.entries.push(Some((key, value)));
        self.index.insert(mk, self.entries.len() - 1);
        self.size += 1;
    }
    pub fn delete(&mut self, key: &Value) -> bool {
        match self.index.remove(&MapKey::of(key)) {
            Some(i) => {
                self.entries[i] = None;
                self.size -= 1;
                true
            }
            None => false,
        }
    }
    pub fn clear(&mut self) {
        for e in &mut self.entries {
            *e = None;
        }
        self.index.clear();
        self.size = 0;
    }
}

pub fn init(_agent: &mut Agent) {}
