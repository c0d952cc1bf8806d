// esid: host-console-custom-inspect
// an exception in a custom method escapes console.log
const custom = Symbol.for('nodejs.util.inspect.custom');
class Thrower { [custom]() { throw new Error('inspect failed'); } }
try { console.log(new Thrower()); } catch (e) { console.log('caught', e.message); }
console.log('after');
