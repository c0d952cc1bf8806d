// esid: sec-generator.prototype.next
// Two generators advanced alternately keep independent state.
function* letters() { for (const c of 'abc') { console.log('  letters yields', c); yield c; } }
function* numbers() { let n = 1; while (true) { console.log('  numbers yields', n); yield n++; } }
const L = letters();
const N = numbers();
const out = [];
for (let r = L.next(); !r.done; r = L.next()) out.push(r.value + N.next().value);
console.log(out.join(' '));
