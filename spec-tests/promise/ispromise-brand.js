// esid: sec-ispromise
// then requires the [[PromiseState]] slot: an object inheriting from Promise.prototype has none.
const fake = Object.create(Promise.prototype);
try { fake.then(() => {}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(fake instanceof Promise);
