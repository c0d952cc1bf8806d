//! An object's own properties, in insertion order (the order OrdinaryOwnPropertyKeys
//! reports string and symbol keys in, §10.1.11.1).
//!
//! Most objects have a handful of properties — `{x, y, tag}`, an iterator result, a
//! promise's resolving functions — and are made by the hundred thousand. For them a hash
//! table costs more than it saves: its index table, a stored hash per entry, hashing every
//! key on every read. Up to [`SMALL`] properties live in a plain vector searched in order;
//! an object that grows past that moves to an insertion-ordered hash map once.

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
    Large(Box<IndexMap<PropertyKey, Property, FxBuildHasher>>),
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
            Repr::Large(m) => m.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entries the storage holds without growing (for the heap's byte accounting).
    pub fn capacity(&self) -> usize {
        match &self.0 {
            Repr::Small(v) => v.capacity(),
            Repr::Large(m) => m.capacity(),
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
            Repr::Large(m) => m.reserve(additional),
        }
    }

    pub fn get(&self, key: &PropertyKey) -> Option<&Property> {
        match &self.0 {
            Repr::Small(v) => v.iter().find(|(k, _)| k == key).map(|(_, p)| p),
            Repr::Large(m) => m.get(key),
        }
    }

    pub fn get_mut(&mut self, key: &PropertyKey) -> Option<&mut Property> {
        match &mut self.0 {
            Repr::Small(v) => v.iter_mut().find(|(k, _)| k == key).map(|(_, p)| p),
            Repr::Large(m) => m.get_mut(key),
        }
    }

    /// The position of `key` in insertion order (what [`PropertyMap::get_index`] takes),
    /// for inline caches.
    pub fn get_index_of(&self, key: &PropertyKey) -> Option<usize> {
        match &self.0 {
            Repr::Small(v) => v.iter().position(|(k, _)| k == key),
            Repr::Large(m) => m.get_index_of(key),
        }
    }

    /// The entry at position `i` in insertion order. Positions move when a key is removed,
    /// so a cached position is checked against its key.
    pub fn get_index(&self, i: usize) -> Option<(&PropertyKey, &Property)> {
        match &self.0 {
            Repr::Small(v) => v.get(i).map(|(k, p)| (k, p)),
            Repr::Large(m) => m.get_index(i),
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
                let mut m = IndexMap::with_capacity_and_hasher(SMALL * 2, FxBuildHasher);
                m.extend(v.drain(..));
                m.insert(key, property);
                self.0 = Repr::Large(Box::new(m));
                None
            }
            Repr::Large(m) => m.insert(key, property),
        }
    }

    /// Removes `key`, keeping the order of the others.
    pub fn shift_remove(&mut self, key: &PropertyKey) -> Option<Property> {
        match &mut self.0 {
            Repr::Small(v) => {
                let i = v.iter().position(|(k, _)| k == key)?;
                Some(v.remove(i).1)
            }
            Repr::Large(m) => m.shift_remove(key),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&PropertyKey, &Property)> {
        let (small, large) = match &self.0 {
            Repr::Small(v) => (Some(v.iter().map(|(k, p)| (k, p))), None),
            Repr::Large(m) => (None, Some(m.iter())),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    fn key(s: &str) -> PropertyKey {
        PropertyKey::from(s)
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
