// esid: sec-async-function-definitions-runtime-semantics-evaluation
// await inside destructuring defaults, computed keys and spread elements.
const lazy = (v) => { console.log('lazy', String(v)); return Promise.resolve(v); };
async function main() {
  const { a = await lazy('default-a'), b = await lazy('default-b') } = { b: 'given-b' };
  console.log(a, b);
  const arr = [...(await lazy([1, 2])), await lazy(3)];
  console.log(arr.join(','));
  const obj = { [await lazy('key')]: await lazy('val') };
  console.log(JSON.stringify(obj));
}
main();
