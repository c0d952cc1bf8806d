// esid: sec-delete-operator-runtime-semantics-evaluation
// In strict mode deleting a non-configurable property throws a TypeError.
'use strict';
const o = Object.freeze({ k: 1 });
try {
  delete o.k;
  console.log('no throw');
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  delete [].length;
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log(delete o.other);
