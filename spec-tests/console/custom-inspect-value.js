// esid: host-console-custom-inspect
// a custom method returning an object or this
const custom = Symbol.for('nodejs.util.inspect.custom');
class Deleg { [custom]() { return { delegated: true }; } }
console.log([new Deleg()]);
class Self { constructor() { this.v = 1; } [custom]() { return this; } }
console.log(new Self());
