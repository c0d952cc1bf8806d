// esid: sec-promise.all
// GetIterator failures reject the returned promise instead of throwing (step 6).
const r = Promise.all(5);
console.log(r instanceof Promise);
r.catch((e) => console.log(e.constructor.name + ': ' + e.message));
Promise.all().catch((e) => console.log(e.constructor.name + ': ' + e.message));
try { Promise.all.call(1, []); } catch (e) { console.log('threw', e.message); }
