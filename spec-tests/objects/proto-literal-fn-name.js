// esid: sec-runtime-semantics-propertydefinitionevaluation
// `__proto__: function () {}` sets the prototype and names nothing; other keys name.
const o = { __proto__: function () {}, f: function () {}, ['__proto__']: () => {} };
console.log(Object.getPrototypeOf(o).name === '', o.f.name, o.__proto__ === Object.getPrototypeOf(o));
console.log(Object.getOwnPropertyNames(o), o.__proto__.name);
