// esid: host-console-log
// symbol keys print as Symbol(desc): value, after the string keys
const s = Symbol('tag');
console.log({ [s]: 1, a: 2 });
console.log({ [Symbol()]: 'anon' });
console.log({ [Symbol.iterator]: 0 });
console.log({ [Symbol.for('reg')]: 'r' });
