// esid: sec-boolean-literals
// true/false/null literals and their types.
console.log(true, false, null);
console.log(typeof true, typeof false, typeof null);
console.log(true + 1, false + 1, null + 1);
console.log(!true, !false, !null);
console.log(String(null), String(true));
