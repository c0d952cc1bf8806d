// esid: sec-iterator.prototype.take
// take and drop: limits are converted with ToNumber; a bad limit is a RangeError; take closes the source when done.
function* naturals() {
  let i = 0;
  try {
    while (true) yield i++;
  } finally {
    console.log('naturals closed at', i);
  }
}
console.log(naturals().take(3).toArray());
console.log(naturals().drop(5).take(2).toArray());
console.log(naturals().take('2').toArray(), naturals().take(1.9).toArray(), naturals().take(0).toArray());
console.log([1, 2, 3].values().drop(Infinity).toArray(), [1, 2].values().take(Infinity).toArray());
for (const limit of [-1, NaN, 'x', undefined]) {
  try {
    [].values().take(limit);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
try {
  [].values().drop(-5);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const t = naturals().take(1);
console.log(t.next(), t.next(), t.next());
