// esid: sec-generatorfunction.prototype-%symbol.tostringtag%
// typeof and Object.prototype.toString for generator functions and generator objects.
function* gf() {}
const g = gf();
const ts = (v) => Object.prototype.toString.call(v);
console.log(typeof gf, typeof g);
console.log(ts(gf), ts(g));
console.log(ts(Object.getPrototypeOf(gf)), gf.constructor.name);
console.log(g[Symbol.toStringTag], Object.getPrototypeOf(gf)[Symbol.toStringTag]);
console.log(String(g));
