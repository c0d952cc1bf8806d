// esid: sec-asyncgenerator-prototype-return
// return() before start completes the generator without running its body; the value is awaited.
async function* g() {
  try { console.log('never'); yield 1; } finally { console.log('never finally'); }
}
const it = g();
it.return(Promise.resolve('early')).then(r => console.log('return ->', r.value, r.done));
it.next().then(r => console.log('next ->', r.value, r.done));
