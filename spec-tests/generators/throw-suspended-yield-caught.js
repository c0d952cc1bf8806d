// esid: sec-generator.prototype.throw
// throw() at a yield is catchable inside the generator, which can keep yielding.
function* g() {
  let n = 0;
  while (true) {
    try {
      yield n++;
    } catch (e) {
      console.log('recovered from', e);
      yield 'after error';
    }
  }
}
const it = g();
console.log(it.next().value);
console.log(it.next().value);
console.log(it.throw('oops').value);
console.log(it.next().value);
