// esid: sec-promise.prototype.then
// A nested then (registered inside a handler) runs after sibling chains advance.
Promise.resolve()
  .then(() => {
    console.log('A1');
    Promise.resolve().then(() => console.log('A1 nested'));
  })
  .then(() => console.log('A2'));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'));
