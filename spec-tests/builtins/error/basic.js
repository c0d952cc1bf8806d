// esid: sec-error-objects
// Error name, message, toString, instanceof and prototype chain of native errors.
const e = new Error('boom');
console.log(e.name, e.message, String(e), e instanceof Error, Object.keys(e));
console.log(String(new Error()), new Error().message === '', String(new Error(undefined)), new Error(42).message);
for (const C of [TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError]) {
  const x = new C('m');
  console.log(x.name, String(x), x instanceof Error, x instanceof C, Object.getPrototypeOf(C) === Error);
}
const noNew = Error('without new');
console.log(noNew instanceof Error, noNew.message);
console.log(Object.prototype.hasOwnProperty.call(e, 'message'), Object.prototype.hasOwnProperty.call(e, 'name'));
