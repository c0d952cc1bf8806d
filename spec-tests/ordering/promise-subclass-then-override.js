// esid: sec-speciesconstructor
// A subclass overriding then sees every then call, including those from Promise.all and await.
class Loud extends Promise {
  then(a, b) {
    console.log('Loud.then called');
    return super.then(a, b);
  }
}
const l = Loud.resolve(7);
(async () => {
  const v = await l;
  console.log('await got', v);
})();
Promise.all([l]).then(v => console.log('all got', v[0]));
console.log('sync end');
