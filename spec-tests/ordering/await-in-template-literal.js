// esid: sec-template-literals-runtime-semantics-evaluation
// await inside template substitutions, evaluated left to right.
const get = (v) => { console.log('get', v); return Promise.resolve(v); };
async function main() {
  const s = `${await get('one')}-${await get('two')}-${(await get(3)) + 1}`;
  console.log(s);
}
main();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
