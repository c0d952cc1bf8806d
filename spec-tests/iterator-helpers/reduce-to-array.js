// esid: sec-iterator.prototype.reduce
// reduce with and without an initial value, toArray, forEach's counter.
function* gen() {
  yield 1;
  yield 2;
  yield 3;
}
console.log(gen().reduce((a, b) => a + b), gen().reduce((a, b) => a + b, 10));
console.log(gen().reduce((acc, x, i) => acc.concat(`${i}:${x}`), []));
try {
  [].values().reduce((a, b) => a + b);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log([].values().reduce((a, b) => a + b, 'init'), [].values().toArray());
gen().forEach((x, i) => console.log('forEach', x, i));
console.log(gen().forEach(() => {}), gen().find((x) => x > 5), gen().every((x) => x > 0), gen().some((x) => x > 2));
try {
  Iterator.prototype.toArray.call(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
