// esid: sec-binary-logical-operators-runtime-semantics-evaluation
// && and || return one of their operands and short-circuit.
console.log(1 && 2, 0 && 2, '' && 'x', 'a' && '', null && undefined);
console.log(1 || 2, 0 || 2, '' || 'x', null || undefined, false || 0);
let n = 0;
false && n++;
true || n++;
console.log(n);
true && n++;
false || n++;
console.log(n);
console.log(!!'0', !!'', !![], !!{});
