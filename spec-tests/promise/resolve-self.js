// esid: sec-createresolvingfunctions
// Resolving a promise with itself rejects it with a TypeError (step 7).
let resolve;
const p = new Promise((r) => { resolve = r; });
p.catch((e) => console.log(e instanceof TypeError, e.message));
resolve(p);
