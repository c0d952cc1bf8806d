pub fn init(_agent: &mut crate::Agent) {}
