//! An object's own properties, in insertion order (the order OrdinaryOwnPropertyKeys
//! reports string and symbol keys in, §10.1.11.1).
//!
//! Most objects have a handful of properties — `{x, y, tag}`, an iterator result, a
//! promise's resolving functions — and are made by the hundred thousand. For them a hash
//! table costs more than it saves: its index table, a stored hash per entry, hashing every
//! key on every read. Up to [`SMALL`] properties live in a plain vector searched in order;
//! an object that grows past that moves to an insertion-ordered hash map once.
//!
//! A hash map that is full grows by doubling, which holds the old storage and the new at
//! once; the heap limit is asked first (`object.rs`). When it refuses, the new property
//! waits in a small second map that follows the first in insertion order, and the run stops
//! at its next safe point (unless a collection makes room: then the next growth takes the
//! waiting properties in).

use crate::object::Property;
use crate::value::PropertyKey;
use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

/// The most properties kept in the vector form.
const SMALL: usize = 8;

#[derive(Clone, Debug)]
enum Repr {
    Small(Vec<(PropertyKey, Property)>),
    /// Boxed: most objects are small, and the hash map's header would triple every
    /// object's size.
    Large(Box<Large>),
}

type Map = IndexMap<PropertyKey, Property, FxBuildHasher>;

#[derive(Clone, Debug)]
struct Large {
    map: Map,
    /// The properties added while the heap limit refused `map`'s growth (see the module
    /// comment): after `map`'s in insertion order. Empty (and unallocated) but between a
    /// refusal and the stop at the next safe point, or a collection that made room.
    waiting: Map,
}

/// An insertion-ordered map from property keys to properties (see the module comment).
#[derive(Clone, Debug)]
pub struct PropertyMap(Repr);

impl Default for PropertyMap {
    fn default() -> PropertyMap {
        PropertyMap(Repr::Small(Vec::new()))
    }
}

impl PropertyMap {
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Small(v) => v.len(),
            Repr::Large(l) => l.map.len() + l.waiting.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entries the storage holds without growing (for the heap's byte accounting).
    pub fn capacity(&self) -> usize {
        match &self.0 {
            Repr::Small(v) => v.capacity(),
            Repr::Large(l) => l.map.capacity() + l.waiting.capacity(),
        }
    }

    /// The capacity of the hash map form when a new key would make it grow (it is full, or
    /// properties wait to go in); `None` when a new key fits, or in the vector form.
    pub fn growth_needed(&self) -> Option<usize> {
        match &self.0 {
            Repr::Small(_) => None,
            Repr::Large(l) => {
                (l.map.len() + l.waiting.len() >= l.map.capacity()).then_some(l.map.capacity())
            }
        }
    }

    /// Adds a new key (not in the map) without growing the hash map's storage: the heap
    /// limit refused its growth. It waits in the second map (see the module comment). In
    /// the vector form, an ordinary insert.
    pub fn insert_without_growth(&mut self, key: PropertyKey, property: Property) {
        match &mut self.0 {
            Repr::Small(_) => {
                self.insert(key, property);
            }
            Repr::Large(l) => {
                debug_assert!(!l.map.contains_key(&key));
                l.waiting.insert(key, property);
            }
        }
    }

    /// Makes room for `additional` more entries.
    pub fn reserve(&mut self, additional: usize) {
        match &mut self.0 {
            Repr::Small(v) => {
                if v.len() + additional <= SMALL {
                    v.reserve_exact(additional);
                }
            }
            Repr::Large(l) => {
                l.take_waiting(additional);
                l.map.reserve(additional)
            }
        }
    }

    pub fn get(&self, key: &PropertyKey) -> Option<&Property> {
        match &self.0 {
            Repr::Small(v) => v.iter().find(|(k, _)| k == key).map(|(_, p)| p),
            Repr::Large(l) => match l.map.get(key) {
                None if !l.waiting.is_empty() => l.waiting.get(key),
                found => found,
            },
        }
    }

    pub fn get_mut(&mut self, key: &PropertyKey) -> Option<&mut Property> {
        match &mut self.0 {
            Repr::Small(v) => v.iter_mut().find(|(k, _)| k == key).map(|(_, p)| p),
            Repr::Large(l) => {
                if l.waiting.is_empty() {
                    l.map.get_mut(key)
                } else {
                    match l.map.get_mut(key) {
                        Some(p) => Some(p),
                        None => l.waiting.get_mut(key),
                    }
                }
            }
        }
    }

    /// The position of `key` in insertion order (what [`PropertyMap::get_index`] takes),
    /// for inline caches.
    pub fn get_index_of(&self, key: &PropertyKey) -> Option<usize> {
        match &self.0 {
            Repr::Small(v) => v.iter().position(|(k, _)| k == key),
            Repr::Large(l) => match l.map.get_index_of(key) {
                None if !l.waiting.is_empty() => {
                    l.waiting.get_index_of(key).map(|i| l.map.len() + i)
                }
                found => found,
            },
        }
    }

    /// The entry at position `i` in insertion order. Positions move when a key is removed,
    /// so a cached position is checked against its key.
    pub fn get_index(&self, i: usize) -> Option<(&PropertyKey, &Property)> {
        match &self.0 {
            Repr::Small(v) => v.get(i).map(|(k, p)| (k, p)),
            Repr::Large(l) => match i.checked_sub(l.map.len()) {
                None => l.map.get_index(i),
                Some(j) => l.waiting.get_index(j),
            },
        }
    }

    /// Sets `key` to `property`: a new key goes last, an existing one keeps its place.
    /// Returns the property it replaced.
    pub fn insert(&mut self, key: PropertyKey, property: Property) -> Option<Property> {
        match &mut self.0 {
            Repr::Small(v) => {
                if let Some((_, p)) = v.iter_mut().find(|(k, _)| *k == key) {
                    return Some(std::mem::replace(p, property));
                }
                if v.len() < SMALL {
                    // Most objects with properties have one or two (every function its
                    // `length` and `name`): the first insert reserves two, not a `Vec`'s four.
                    if v.capacity() == 0 {
                        v.reserve_exact(2);
                    }
                    v.push((key, property));
                    return None;
                }
                let mut map = IndexMap::with_capacity_and_hasher(SMALL * 2, FxBuildHasher);
                map.extend(v.drain(..));
                map.insert(key, property);
                self.0 = Repr::Large(Box::new(Large {
                    map,
                    waiting: IndexMap::with_hasher(FxBuildHasher),
                }));
                None
            }
            Repr::Large(l) => {
                if !l.waiting.is_empty() {
                    if let Some(p) = l.waiting.get_mut(&key) {
                        return Some(std::mem::replace(p, property));
                    }
                    if !l.map.contains_key(&key) {
                        // A new key goes after the waiting ones.
                        l.take_waiting(1);
                    }
                }
                l.map.insert(key, property)
            }
        }
    }

    /// Removes `key`, keeping the order of the others.
    pub fn shift_remove(&mut self, key: &PropertyKey) -> Option<Property> {
        match &mut self.0 {
            Repr::Small(v) => {
                let i = v.iter().position(|(k, _)| k == key)?;
                Some(v.remove(i).1)
            }
            Repr::Large(l) => match l.map.shift_remove(key) {
                None if !l.waiting.is_empty() => l.waiting.shift_remove(key),
                found => found,
            },
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&PropertyKey, &Property)> {
        let (small, large) = match &self.0 {
            Repr::Small(v) => (Some(v.iter().map(|(k, p)| (k, p))), None),
            Repr::Large(l) => (None, Some(l.map.iter().chain(l.waiting.iter()))),
        };
        small
            .into_iter()
            .flatten()
            .chain(large.into_iter().flatten())
    }

    pub fn keys(&self) -> impl Iterator<Item = &PropertyKey> {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Property> {
        self.iter().map(|(_, p)| p)
    }
}

impl Large {
    /// Moves the waiting properties into the map, with room for `additional` more.
    fn take_waiting(&mut self, additional: usize) {
        if !self.waiting.is_empty() {
            self.map.reserve(self.waiting.len() + additional);
            let waiting =
                std::mem::replace(&mut self.waiting, IndexMap::with_hasher(FxBuildHasher));
            self.map.extend(waiting);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    fn key(s: &str) -> PropertyKey {
        PropertyKey::from(s)
    }

    fn names(m: &PropertyMap) -> Vec<String> {
        m.keys()
            .map(|k| match k {
                PropertyKey::String(s) => s.to_string(),
                PropertyKey::Symbol(_) => unreachable!(),
            })
            .collect()
    }

    /// Properties added while the heap limit refused the map's growth follow the map's in
    /// every view (iteration, lookups, positions), keep their place when replaced or when a
    /// key before them is removed, and move into the map, still in order, at the next
    /// insert of a new key.
    #[test]
    fn waiting_properties_keep_insertion_order() {
        let mut m = PropertyMap::default();
        let mut expected = Vec::new();
        while m.growth_needed().is_none() {
            let name = format!("k{}", expected.len());
            m.insert(key(&name), Property::data(Value::Number(0.0)));
            expected.push(name);
        }
        assert_eq!(m.growth_needed(), Some(m.capacity()));
        let full = m.capacity();
        for name in ["w0", "w1", "w2"] {
            m.insert_without_growth(key(name), Property::data(Value::Number(1.0)));
            expected.push(name.to_string());
        }
        assert_eq!(names(&m), expected);
        assert_eq!(m.len(), expected.len());
        assert!(m.capacity() > full, "the waiting map counts");
        assert_eq!(m.get_index_of(&key("w1")), Some(expected.len() - 2));
        let (k, _) = m.get_index(expected.len() - 2).expect("in range");
        assert_eq!(*k, key("w1"));
        assert!(m.get(&key("w2")).is_some());
        // Replacing keeps the place; removing a key of the map moves the waiting ones up.
        assert!(m.insert(key("w0"), Property::data(Value::Null)).is_some());
        assert!(m.shift_remove(&key("k1")).is_some());
        expected.remove(1);
        assert_eq!(names(&m), expected);
        assert_eq!(m.get_index_of(&key("w0")), Some(expected.len() - 3));
        // Room was made for a new key (after the waiting ones) though the map has a free
        // slot: the new key must not go before them.
        assert!(m.growth_needed().is_some());
        m.insert(key("n"), Property::data(Value::Number(2.0)));
        expected.push("n".into());
        assert_eq!(names(&m), expected);
        assert!(m.growth_needed().is_none());
        assert!(matches!(
            m.get(&key("w0")),
            Some(Property::Data {
                value: Value::Null,
                ..
            })
        ));
    }

    /// Insertion order survives the move from the vector to the hash map, replacing keeps a
    /// key's place, and removing keeps the others' order, in both forms.
    #[test]
    fn order_is_insertion_order_in_both_forms() {
        for n in [3usize, SMALL, SMALL + 5] {
            let mut m = PropertyMap::default();
            for i in 0..n {
                assert!(m
                    .insert(
                        key(&format!("k{i}")),
                        Property::data(Value::Number(i as f64))
                    )
                    .is_none());
            }
            // Replacing k0 keeps it first.
            assert!(m.insert(key("k0"), Property::data(Value::Null)).is_some());
            m.shift_remove(&key("k1"));
            let keys: Vec<String> = m
                .keys()
                .map(|k| match k {
                    PropertyKey::String(s) => s.to_string(),
                    PropertyKey::Symbol(_) => unreachable!(),
                })
                .collect();
            let mut expected = vec!["k0".to_string()];
            expected.extend((2..n).map(|i| format!("k{i}")));
            assert_eq!(keys, expected, "{n} keys");
            assert_eq!(m.len(), n - 1);
            assert!(matches!(
                m.get(&key("k0")),
                Some(Property::Data {
                    value: Value::Null,
                    ..
                })
            ));
            assert!(m.get(&key("k1")).is_none());
        }
    }
}
