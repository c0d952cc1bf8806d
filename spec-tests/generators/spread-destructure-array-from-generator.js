// esid: sec-runtime-semantics-iteratorbindinginitialization
// Spread, destructuring and Array.from consume a generator and leave it where they stopped.
function* count() {
  try {
    for (let i = 1; i <= 5; i++) { console.log('yield', i); yield i; }
  } finally {
    console.log('count finally');
  }
}
console.log('spread', [...count()].join(','));
const [first, , third] = count();
console.log('destructure', first, third);
console.log('from', Array.from(count(), x => x * 10).join(','));
const g = count();
const [p, q] = g;
console.log('after destructure, next:', JSON.stringify(g.next()));
