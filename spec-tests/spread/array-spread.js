// esid: sec-runtime-semantics-arrayaccumulation
// Spread in array literals: arrays, strings, Sets, holes become undefined.
const a = [1, 2], b = [3];
console.log([...a, ...b, 4], [...'abc'], [...new Set([1, 1, 2])]);
console.log([...[, 'x']], [0, ...[], 5]);
const copy = [...a];
copy.push(9);
console.log(a, copy);
console.log([...new Map([['k', 1]]).keys()]);
try { [...{}]; } catch (e) { console.log(e.name, e.message); }
try { [...123]; } catch (e) { console.log(e.name, e.message); }
