// esid: sec-object.assign
// Object.assign copies own enumerable properties using Get and Set.
const target = { a: 1 };
const r = Object.assign(target, { b: 2 }, null, { a: 3 }, 'xy');
console.log(r === target, target);
const log = [];
const src = { get g() { log.push('get'); return 'G'; } };
const dst = { set g(v) { log.push('set ' + v); } };
Object.assign(dst, src);
console.log(log);
const s = Symbol('s');
console.log(Object.assign({}, { [s]: 'sym' })[s]);
console.log(Object.assign({}, Object.create({ inherited: 1 })));
