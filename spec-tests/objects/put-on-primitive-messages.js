// esid: sec-putvalue
// PutValue step 3.c: in strict code a failed [[Set]] on a primitive base throws a TypeError,
// worded as V8 words it ('on string 'abc'', 'on number '5'').
'use strict';
for (const v of ['abc', 5, -0, true, Symbol('q')]) {
  try {
    v.x = 1;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
