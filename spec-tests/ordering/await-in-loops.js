// esid: sec-async-function-definitions-runtime-semantics-evaluation
// await in while, for and do-while conditions and bodies; a then chain counts ticks alongside.
async function loops() {
  let i = 0;
  while (await (i < 2)) { console.log('while', i); i++; }
  for (let j = await 0; j < 2; j += await 1) console.log('for', j);
  do { console.log('do', i); } while (await (--i > 0));
}
loops().then(() => console.log('loops done at tick', t));
let t = 0;
(function tick() { Promise.resolve().then(() => { t++; if (t < 12) tick(); else console.log('ticks', t); }); })();
