// esid: host-console-error-variants
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// errors with swapped prototypes, changed names and messages, aggregate errors
console.log(Object.setPrototypeOf(new Error('x'), null));
const e = new TypeError('t'); Object.setPrototypeOf(e, Error.prototype); console.log(e);
class Weird extends TypeError {} ; console.log(new Weird('w'));
const m = new Error('multi\nline'); console.log([m]);
const n = new Error('n'); n.name = 'CustomError'; console.log(n);
const o = new Error('o'); o.message = 'changed'; console.log(o);
const p = new Error(); p.message = 'late'; console.log(p);
console.log(new AggregateError([new Error('inner')], 'agg'));
console.log(Object.assign(new Error('with sym'), { [Symbol('k')]: 1 }));
