// esid: sec-generatorvalidate
// return() and throw() on the running generator also throw TypeError, catchable by the generator.
let it;
function* g() {
  for (const m of ['return', 'throw']) {
    try {
      it[m]('x');
      console.log(m, 'did not throw');
    } catch (e) {
      console.log(m, 'threw', e instanceof TypeError);
    }
  }
  yield 'still alive';
}
it = g();
console.log(it.next().value, it.next().done);
