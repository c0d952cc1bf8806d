// esid: host-console-custom-inspect
// custom methods get the depth left and the options; console.dir skips them
const custom = Symbol.for('nodejs.util.inspect.custom');
class Depth { [custom](depth, opts) { return 'depth=' + depth + ' compact=' + opts.compact; } }
console.log(new Depth(), { x: { y: new Depth() } });
console.dir(new Depth(), { depth: 5 });
