//! String objects (ECMA-262 §22.1).

pub fn init(_agent: &mut crate::Agent) {}
