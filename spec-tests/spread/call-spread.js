// esid: sec-runtime-semantics-argumentlistevaluation
// Spread in call arguments and new expressions.
function f(...args) { return args.join('|'); }
console.log(f(...[1, 2], 3, ...'ab'));
console.log(Math.max(...[4, 9, 2]), Math.min(...[]));
function Pair(a, b) { this.sum = a + b; }
console.log(new Pair(...[20, 22]).sum);
const arr = [1, 2, 3];
arr.push(...[4, 5]);
console.log(arr);
console.log(JSON.stringify(f(...[], ...[])), ((...xs) => xs.length)(...[undefined]));
