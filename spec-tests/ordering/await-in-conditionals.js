// esid: sec-async-function-definitions-runtime-semantics-evaluation
// await inside if tests, ternaries and short-circuit operators; skipped operands are not awaited.
const val = (v) => { console.log('make', v); return Promise.resolve(v); };
async function main() {
  if (await val(true)) console.log('if taken');
  const t = (await val(0)) ? 'yes' : await val('no');
  console.log('ternary', t);
  const a = (await val(false)) && (await val('skipped'));
  console.log('and', a);
  const o = (await val(null)) ?? (await val('fallback'));
  console.log('nullish', o);
}
main();
