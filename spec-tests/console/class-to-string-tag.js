// esid: host-console-log
// Symbol.toStringTag on the prototype appears in brackets
class Tagged {}
Object.defineProperty(Tagged.prototype, Symbol.toStringTag, { value: 'Special' });
console.log(new Tagged());
const o = { a: 1 };
Object.defineProperty(o, Symbol.toStringTag, { value: 'Custom', enumerable: false });
console.log(o);
