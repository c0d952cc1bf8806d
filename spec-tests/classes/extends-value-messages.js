// esid: sec-runtime-semantics-classdefinitionevaluation
// Step 8.h and 8.i.ii's TypeErrors name the value as V8 does (no quotes around strings,
// #<Object> for objects, [object Array] for arrays).
for (const v of [5, 'abc', true, undefined, Symbol('s'), { a: 1 }, [1, 2]]) {
  try {
    class A extends v {}
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
for (const p of [3, 'x', false]) {
  function F() {}
  F.prototype = p;
  try {
    class B extends F {}
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
