// esid: host-console-custom-inspect
// line breaks in a custom result are indented to the current level
const custom = Symbol.for('nodejs.util.inspect.custom');
class Multi { [custom]() { return 'line1\nline2'; } }
console.log({ a: { m: new Multi() } });
