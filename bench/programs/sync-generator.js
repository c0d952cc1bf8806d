// Sync generators driven by for-of, spread and destructuring.
function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}
function* squares(source) {
  for (const v of source) yield v * v;
}
let total = 0;
for (const v of squares(range(300000))) total += v % 1000;
const firstTen = [...squares(range(10))];
const [a, b, c] = range(100);
console.log('generators', total, firstTen.join(','), a + b + c);
