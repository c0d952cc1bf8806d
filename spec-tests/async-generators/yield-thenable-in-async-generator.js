// esid: sec-asyncgeneratoryield
// yield of a thenable in an async generator awaits it (its then is called in a job).
async function* g() {
  const got = yield { then(ok) { console.log('thenable then called'); ok('thenable value'); } };
  console.log('resumed with', got);
}
const it = g();
it.next().then(r => console.log('first result', r.value, r.done));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
