// esid: sec-runtime-semantics-argumentlistevaluation
// Arguments are evaluated left to right, each await suspending in turn: f(await a, await b).
const slow = (v, ms) => new Promise(r => setTimeout(() => { console.log('resolve', v); r(v); }, ms));
function combine(x, y, z) { return [x, y, z].join('+'); }
async function main() {
  const a = slow('a', 300);
  const b = slow('b', 100);
  console.log(combine(await a, await b, await 'c'));
  console.log(combine(await slow('d', 5), 'e', await slow('f', 5)));
}
main();
