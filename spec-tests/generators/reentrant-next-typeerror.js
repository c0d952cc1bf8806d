// esid: sec-generatorvalidate
// Calling next on a running generator from inside itself throws a TypeError.
let self;
function* g() {
  try {
    self.next();
  } catch (e) {
    console.log('inside:', e.constructor.name);
  }
  yield 'survived';
}
self = g();
console.log(self.next().value);
